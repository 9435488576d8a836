"""The dock's parcel list: plain rows from the store and the layer, filtered fast (no rules here)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from qgis.PyQt.QtCore import QAbstractTableModel, Qt
from qgis.PyQt.QtGui import QBrush, QColor

from ..i18n import tr
from ..rules.workflow import is_overdue
from ..rules.workflow_report import parse_day


@dataclass
class ParcelRow:
    parcel_id: str
    fid: int | None
    township: str
    step: str
    step_name: str
    since: str
    due: str
    provisional: bool
    overdue: bool
    area_m2: float


def build_rows(statuses, facts: dict, step_names: dict, today: _dt.date) -> list:
    """One row per parcel of the programme; `facts` maps parcel id → (fid, township, TBMJ)."""
    rows = []
    for s in statuses:
        fid, township, area = facts.get(s.parcel_id, (None, "", 0.0))
        rows.append(ParcelRow(s.parcel_id, fid, township, s.step, step_names.get(s.step, s.step), s.since,
                              s.due or "", s.due_provisional, is_overdue(parse_day(s.due), today), area))
    return rows


def filter_rows(rows, step: str = "", township: str = "", overdue_only: bool = False, text: str = "") -> list:
    """Indexes of the rows that pass every filter; empty filter values let everything through."""
    text = text.strip()
    return [i for i, r in enumerate(rows)
            if (not step or r.step == step) and (not township or r.township == township)
            and (not overdue_only or r.overdue) and (not text or text in r.parcel_id)]


class ParcelTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows = []
        self.visible = []
        self.headers = [tr("Parcel"), tr("Township"), tr("Step"), tr("Since"), tr("Due")]

    def set_rows(self, rows, visible):
        self.beginResetModel()
        self.rows, self.visible = rows, visible
        self.endResetModel()

    def row_at(self, index: int) -> ParcelRow:
        return self.rows[self.visible[index]]

    def index_of(self, parcel_id: str) -> int:
        for i, j in enumerate(self.visible):
            if self.rows[j].parcel_id == parcel_id:
                return i
        return -1

    def rowCount(self, parent=None):  # noqa: N802 — Qt API
        return 0 if parent is not None and parent.isValid() else len(self.visible)

    def columnCount(self, parent=None):  # noqa: N802 — Qt API
        return len(self.headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 — Qt API
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        row = self.row_at(index.row())
        if role == Qt.DisplayRole:
            due = row.due + ("*" if row.provisional and row.due else "")
            return (row.parcel_id, row.township, row.step_name, row.since, due)[index.column()]
        if role == Qt.ForegroundRole and row.overdue:
            return QBrush(QColor("#c62828"))
        if role == Qt.ToolTipRole and row.provisional:
            return tr("Provisional: the holidays of that year are not known yet (weekdays counted).")
        return None
