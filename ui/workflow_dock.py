"""工作流程面板 — the workflow dock: a parcel's programme steps, history, due dates and actions.

It reads and writes only through store/ (reads directly, writes by running our own
landbalance:setstatus on the task manager, so QGIS never freezes); the steps, levels and
colours come from the rule packs. No rules here: whether a move is allowed is decided by
rules/workflow.py inside the algorithm, and a refusal is shown as the algorithm says it.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import time
from pathlib import Path

from qgis.core import (
    Qgis, QgsApplication, QgsCategorizedSymbolRenderer, QgsDataSourceUri, QgsExpression, QgsFeatureRequest,
    QgsMapLayerProxyModel,
    QgsMessageLog, QgsProcessingAlgRunnerTask, QgsProcessingContext, QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback, QgsProject, QgsRendererCategory, QgsSymbol, QgsVectorLayer, QgsVectorLayerJoinInfo,
    QgsWkbTypes,
)
from qgis.gui import QgsDockWidget, QgsMapLayerComboBox
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, Qt, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QColor, QDesktopServices
from qgis.PyQt.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSplitter, QTableView, QTableWidget, QTableWidgetItem, QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import settings
from ..i18n import pick, tr
from ..processing.pack_registry import LOG_TAG, current_packs
from ..processing.workflow_messages import refusal, store_problem
from ..rules.visible_text import has_visible_character
from ..rules.workflow import ADVANCE, LEVELS, SEND_BACK, TransitionError, Workflow
from ..rules.workflow_report import AREA_MU, step_table
from ..store.base import StoreError
from ..store.location import POSTGRES, connection_uri, default_location, open_store, reload_layers_on
from .dock_loader import DockLoad, LayerSnapshot, dock_context
from .workflow_model import ParcelTableModel, build_rows, filter_rows

STEP_FIELD = "lb_step"  # the joined status field the renderer uses
TOWNSHIP_FIELD = "ZLDWMC"
DOCK_AREA_KEY = "workflow/dock_area"
STORE_PROPERTY = "land_balance/store"  # a layer remembers its store in the project


def is_parcel_layer(layer) -> bool:
    """Survey parcels carry a key (BSM, or TBBH with ZLDWDM) and a land class (DLBM)."""
    fields = layer.fields()
    keyed = fields.lookupField("BSM") >= 0 or (fields.lookupField("TBBH") >= 0 and fields.lookupField("ZLDWDM") >= 0)
    return keyed and fields.lookupField("DLBM") >= 0


def step_label(step) -> str:
    """A step's name in Chinese for a Chinese QGIS, with the English name otherwise."""
    return pick(step.name_zh, step.name_en)


def local_time(at: str) -> str:
    """An event's time (stored in UTC) as the clock on the user's wall shows it."""
    try:
        moment = _dt.datetime.fromisoformat(at.replace("Z", "+00:00"))
    except ValueError:
        return at[:16].replace("T", " ")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_dt.timezone.utc)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class ErrorFeedback(QgsProcessingFeedback):
    """Keeps the algorithm's error (e.g. why rules/workflow.py refused a move) for the dock."""

    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 — Qt API
        self.errors.append(error)
        super().reportError(error, fatalError)


class WorkflowDock(QgsDockWidget):
    changed = pyqtSignal()  # after a transition has been recorded and the view refreshed

    def __init__(self, iface=None, parent=None, packs=None):
        super().__init__(tr("Workflow 工作流程面板"), parent)
        self.setObjectName("LandBalanceWorkflowDock")  # QMainWindow saves/restores its area by this name
        self.iface = iface
        self.packs = packs if packs is not None else current_packs()
        self.flows = [Workflow.from_pack(p) for p in self.packs if p.steps]
        self.rows, self.facts, self.facts_layer = [], {}, None
        self.row_index, self.seen_event, self.loaded_key = {}, 0, None
        self.lazy, self.stale = False, False
        self.task = None
        self.loading = None  # the DockLoad task reading parcels and statuses, while it runs
        self.last_error = ""
        self.shown_parcel = self.shown_step = None
        self._build()
        self._choose_parcel_layer()
        self.dockLocationChanged.connect(self._remember_area)
        self.visibilityChanged.connect(self._on_visibility)
        self.layer_box.layerChanged.connect(self.on_layer_changed)
        self.on_layer_changed(self.layer_box.currentLayer())

    # — layout —
    def _build(self):
        body = QWidget()
        outer = QVBoxLayout(body)
        form = QFormLayout()
        self.layer_box = QgsMapLayerComboBox()
        self.layer_box.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        form.addRow(tr("Parcel layer"), self.layer_box)
        self.programme_box = QComboBox()
        for flow in self.flows:
            self.programme_box.addItem(pick(flow.name_zh, flow.name_en), flow.programme)
        self.programme_box.currentIndexChanged.connect(self.on_programme_changed)
        form.addRow(tr("Programme"), self.programme_box)
        self.store_edit = QLineEdit()
        self.store_edit.setToolTip(tr("A GeoPackage path, or postgres:<QGIS connection name>. "
                                      "Empty: a sidecar next to the project."))
        self.store_edit.editingFinished.connect(self.refresh)
        browse = QPushButton("…")
        browse.clicked.connect(self.choose_store)
        store_row = QHBoxLayout()
        store_row.addWidget(self.store_edit)
        store_row.addWidget(browse)
        form.addRow(tr("Status store"), store_row)
        self.level_box = QComboBox()
        for level, text in zip(LEVELS, (tr("County"), tr("City"), tr("Province"))):
            self.level_box.addItem(text, level)
        self.level_box.setCurrentIndex(max(0, LEVELS.index(settings.value("workflow/level", "county"))))
        self.level_box.currentIndexChanged.connect(self.on_level_changed)
        form.addRow(tr("I record as"), self.level_box)
        outer.addLayout(form)
        outer.addWidget(self._filters())
        splitter = QSplitter(Qt.Vertical)
        self.table = QTableView()
        self.model = ParcelTableModel(self)
        self.table.setModel(self.model)
        self.table.setColumnWidth(0, self.fontMetrics().horizontalAdvance("0" * 19) + 16)  # a whole BSM
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setTextElideMode(Qt.ElideMiddle)  # long keys keep their distinct ends visible
        self.table.horizontalHeader().setDefaultSectionSize(self.fontMetrics().horizontalAdvance("0" * 10) + 12)
        self.table.selectionModel().selectionChanged.connect(self.on_row_selected)
        self.counts = QTableWidget(0, 4)
        self.counts.setHorizontalHeaderLabels([tr("Step"), tr("Parcels"), tr("Area (mu)"), tr("Overdue")])
        self.counts.setEditTriggers(QAbstractItemView.NoEditTriggers)
        # The list and the counts share one place (tabs): the parcel's history gets the room.
        self.views = QTabWidget()
        self.views.addTab(self.table, tr("Parcel list"))
        self.views.addTab(self.counts, tr("By step"))
        splitter.addWidget(self.views)
        splitter.addWidget(self._detail())
        for i, stretch in enumerate((5, 6)):
            splitter.setStretchFactor(i, stretch)
        self.counts.verticalHeader().setVisible(False)
        self.table.verticalHeader().setVisible(False)
        outer.addWidget(splitter)
        # Two lines: what is loaded (counts) and what the last action did — one never hides the other.
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        self.message = QLabel()
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        self.setWidget(body)

    def _filters(self) -> QWidget:
        box = QGroupBox(tr("Filter"))
        row = QHBoxLayout(box)
        self.step_filter = QComboBox()
        self.town_filter = QComboBox()
        self.overdue_filter = QCheckBox(tr("Overdue"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Parcel id"))
        for widget in (self.step_filter, self.town_filter, self.overdue_filter, self.search):
            row.addWidget(widget)
        self.step_filter.currentIndexChanged.connect(self.apply_filter)
        self.town_filter.currentIndexChanged.connect(self.apply_filter)
        self.overdue_filter.toggled.connect(self.apply_filter)
        self.search.textChanged.connect(self.apply_filter)
        return box

    def _detail(self) -> QWidget:
        box = QGroupBox(tr("Parcel"))
        layout = QVBoxLayout(box)
        self.current_label = QLabel(tr("Select a parcel on the map or in the list."))
        self.current_label.setWordWrap(True)
        layout.addWidget(self.current_label)
        self.timeline = QListWidget()
        self.timeline.setWordWrap(True)  # a reason is read whole, not cut at the panel's edge
        self.timeline.setMinimumHeight(self.timeline.fontMetrics().lineSpacing() * 6)
        layout.addWidget(QLabel(tr("History")))
        layout.addWidget(self.timeline, 1)
        self.attachment_list = QListWidget()
        self.attachment_list.itemDoubleClicked.connect(self.open_attachment)
        self.attachment_list.setMaximumHeight(self.attachment_list.fontMetrics().lineSpacing() * 3)
        layout.addWidget(QLabel(tr("Attachments (double-click to open)")))
        layout.addWidget(self.attachment_list)
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("Note (a reason is required to send back)"))
        layout.addWidget(self.note)
        self.pending_attachments = []
        attach = QPushButton(tr("Attach files…"))
        attach.clicked.connect(self.choose_attachments)
        self.attach_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(attach)
        row.addWidget(self.attach_label)
        layout.addLayout(row)
        actions = QHBoxLayout()
        self.advance_button = QPushButton(tr("Advance"))
        self.advance_button.clicked.connect(self.advance)
        self.back_box = QComboBox()
        self.back_button = QPushButton(tr("Send back"))
        self.back_button.clicked.connect(self.send_back)
        for widget in (self.advance_button, self.back_box, self.back_button):
            actions.addWidget(widget)
        layout.addLayout(actions)
        self._enable_actions(None)
        return box

    # — state —
    @property
    def layer(self) -> QgsVectorLayer | None:
        return self.layer_box.currentLayer()

    @property
    def workflow(self) -> Workflow | None:
        i = self.programme_box.currentIndex()
        return self.flows[i] if 0 <= i < len(self.flows) else None

    def store_location(self) -> str:
        text = self.store_edit.text().strip()
        if text or self.layer is None:
            return text
        try:
            return default_location(self.layer.source(), self.layer.providerType())
        except StoreError as err:
            self.show_message(store_problem(err), error=True)
            return ""

    def id_field(self) -> str:
        """The parcel key field as the layer spells it (PostGIS imports often lower-case BSM)."""
        name = settings.value("workflow/id_field", "BSM")
        if self.layer is not None:
            index = self.layer.fields().lookupField(name)
            if index >= 0:
                return self.layer.fields().at(index).name()
        return name

    def selected_parcel(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _choose_parcel_layer(self):
        """Start on a parcel layer (one with BSM or TBBH and DLBM), not merely the first polygon
        layer (XZQ, a constraint zone …)."""
        current = self.layer_box.currentLayer()
        if current is not None and is_parcel_layer(current):
            return
        for layer in QgsProject.instance().mapLayers().values():
            if isinstance(layer, QgsVectorLayer) and layer.geometryType() == QgsWkbTypes.PolygonGeometry \
                    and is_parcel_layer(layer):
                self.layer_box.setLayer(layer)
                return

    # — events —
    def on_layer_changed(self, layer):
        self.facts, self.facts_layer = {}, None
        if layer is not None:
            with contextlib.suppress(TypeError):  # already connected
                layer.selectionChanged.connect(self.on_map_selection, Qt.UniqueConnection)
            remembered = layer.customProperty(STORE_PROPERTY, "")
            if remembered and not self.store_edit.text().strip():
                self.store_edit.setText(remembered)
        self.refresh()

    def on_level_changed(self):
        settings.set_value("workflow/level", self.level_box.currentData())
        if getattr(self, "shown_parcel", None):
            self.show_parcel(self.shown_parcel)

    def reload_packs(self, packs=None):
        """New or edited rule packs: their programmes, steps and colours."""
        self.packs = packs if packs is not None else current_packs()
        self.flows = [Workflow.from_pack(p) for p in self.packs if p.steps]
        current = self.programme_box.currentData()
        self.programme_box.blockSignals(True)
        self.programme_box.clear()
        for flow in self.flows:
            self.programme_box.addItem(pick(flow.name_zh, flow.name_en), flow.programme)
        self.programme_box.setCurrentIndex(max(0, self.programme_box.findData(current)))
        self.programme_box.blockSignals(False)
        self.loaded_key = None
        self.refresh()

    def on_programme_changed(self):
        self.refresh()

    def on_map_selection(self, selected, _deselected, _clear):
        if not selected or self.layer is None:
            return
        fid = selected[0]
        for i, j in enumerate(self.model.visible):
            if self.model.rows[j].fid == fid:
                self.table.selectRow(i)
                return
        self.show_parcel_of_fid(fid)

    def on_row_selected(self, *_):
        row = self.selected_parcel()
        if row is None:
            return
        if self.layer is not None and row.fid is not None and self.layer.selectedFeatureIds() != [row.fid]:
            self.layer.selectByIds([row.fid])
        self.show_parcel(row.parcel_id)

    def _on_visibility(self, shown):
        if shown and self.stale:
            self.stale = False
            self.refresh()

    def _remember_area(self, area):
        settings.set_value(DOCK_AREA_KEY, int(area))

    # — reading through store/ —
    def open(self):
        location = self.store_location()
        if not location:
            raise StoreError(tr("no status store"), "no_store")
        return open_store(location, create=False)  # only a recorded transition creates a store

    def refresh(self):
        """Re-read the statuses, the list, the counts and the layer's style.

        A first read (another layer, programme or store) runs as a background task: the panel
        shows at once and fills in when the parcels and statuses are read. After a transition
        only the parcels changed since the last read are fetched (the store's last_event).
        """
        flow = self.workflow
        if flow is None or self.layer is None:
            self.model.set_rows([], [])
            return
        if self.lazy and not self.isVisible():
            self.stale = True  # a hidden panel does no work; it catches up when shown
            return
        key = (self.layer.id(), flow.programme, self.store_location())
        if key == self.loaded_key and self.rows:
            self._refresh_changes(flow, key)
        else:
            self._start_load(flow, key)

    def _start_load(self, flow, key):
        if self.loading is not None:
            self.loading.cancel()
        known = self.facts if self.facts_layer == self.layer.id() else None
        missing = self.store_missing()
        context = dock_context()
        try:
            snapshot = LayerSnapshot(self.layer, context) if known is None else None
        except QgsProcessingException as err:  # a layer that cannot be parcels (no CRS …): say why
            self.show_message(str(err), error=True)
            return
        task = DockLoad(tr("Reading the workflow of “{}”").format(self.layer.name()), flow,
                        None if missing else self.open,
                        {s.id: step_label(s) for s in flow.steps}, context,
                        snapshot=snapshot, id_field=self.id_field(),
                        town_field=TOWNSHIP_FIELD, facts=known, done=self._load_done)
        task.key = key
        self.loading = task
        self.summary.setText(tr("Reading {} …").format(self.layer.name()))
        QgsApplication.taskManager().addTask(task)

    def _load_done(self, task, ok):
        if task is not self.loading or sip.isdeleted(self):
            return  # a later load replaced this one, or the panel is gone
        flow = self.workflow
        current = (self.layer.id(), flow.programme, self.store_location()) if self.layer and flow else None
        if ok and task.key != current:  # the user chose another layer, programme or store meanwhile
            self.loading = None
            self.refresh()
            return
        if ok:
            self._loaded(task, task.key)
        else:
            self._load_failed(task)

    def _loaded(self, task, key):
        self.loading = None
        layer = QgsProject.instance().mapLayer(key[0])
        if layer is None or layer is not self.layer:
            return
        self.facts, self.facts_layer = task.facts, key[0]
        self.seen_event = max([0] + [s.last_event for s in task.statuses])
        self._show_rows(task.workflow, key, task.rows, task.counts)
        if task.open_store is None:
            self.summary.setText(tr("No status store yet at {}: it is created when the first step is recorded.")
                                 .format(self.store_location()))
        else:
            self.style_layer()
        if self.shown_parcel is not None:
            self._reselect()

    def _load_failed(self, task):
        self.loading = None
        self.model.set_rows([], [])
        self.loaded_key = None
        if task.error is not None:
            text = store_problem(task.error) if isinstance(task.error, StoreError) else str(task.error)
            self.show_message(text, error=True)
        self.summary.clear()

    def _refresh_changes(self, flow, key):
        """Only the parcels changed since the last read (after a transition: fast on a county)."""
        try:
            with self.open() as store:
                statuses = store.statuses_after(flow.programme, self.seen_event)
        except StoreError as err:
            self.show_message(store_problem(err), error=True)
            return
        names = {s.id: step_label(s) for s in flow.steps}
        for row in build_rows(statuses, self.facts, names, _dt.date.today()):
            i = self.row_index.get(row.parcel_id)
            if i is None:
                self.row_index[row.parcel_id] = len(self.rows)
                self.rows.append(row)
            else:
                self.rows[i] = row
        self.seen_event = max([self.seen_event] + [s.last_event for s in statuses])
        self._show_rows(flow, key, self.rows, None)
        self.restyle()
        if self.shown_parcel is not None:
            self._reselect()

    def _show_rows(self, flow, key, rows, counts):
        if rows is not self.rows:  # a new list (a refresh updates the rows and their index in place)
            self.rows = rows
            self.row_index = {r.parcel_id: i for i, r in enumerate(rows)}
        self.loaded_key = key
        self._fill_filters(flow)
        self.apply_filter()
        self.table.setColumnWidth(0, self.fontMetrics().horizontalAdvance("0" * 19) + 16)  # a whole BSM
        if counts is None:
            counts = step_table(flow, [(r.step,) for r in rows], [r.area_m2 for r in rows], [r.overdue for r in rows])
        self._fill_counts(flow, counts)
        overdue = sum(r.overdue for r in rows)
        self.summary.setText(tr("{} parcels in {}, {} overdue.").format(len(rows), flow.name_zh, overdue))
        if self.store_edit.text().strip() and self.layer is not None:
            self.layer.setCustomProperty(STORE_PROPERTY, self.store_edit.text().strip())

    def wait_loaded(self, timeout_s: float = 120.0) -> bool:
        """Let a background read finish (scripts, tests, benchmarks; the panel itself never waits)."""
        deadline = time.monotonic() + timeout_s
        while self.loading is not None and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.AllEvents, 50)
        return self.loading is None

    def _reselect(self):
        i = self.model.index_of(self.shown_parcel)
        if i >= 0:
            self.table.selectRow(i)
        self.show_parcel(self.shown_parcel)

    def _fill_filters(self, flow):
        for box, items in ((self.step_filter, [(s.id, step_label(s)) for s in flow.steps]),
                           (self.town_filter, [(t, t) for t in sorted({r.township for r in self.rows} - {""})])):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(tr("All"), "")
            for data, text in items:
                box.addItem(text, data)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)

    def apply_filter(self):
        selected = self.selected_parcel()
        visible = filter_rows(self.rows, self.step_filter.currentData() or "", self.town_filter.currentData() or "",
                              self.overdue_filter.isChecked(), self.search.text())
        self.model.set_rows(self.rows, visible)
        if selected is not None:
            i = self.model.index_of(selected.parcel_id)
            if i >= 0:
                self.table.selectRow(i)

    def _fill_counts(self, flow, table):
        """Parcels, mu and overdue per step from the report's own footed table (rules/workflow_report)."""
        by_step = {row.key[0]: row for row in table.rows()}
        self.counts.setRowCount(len(flow.steps))
        for i, step in enumerate(flow.steps):
            row = by_step.get(step.id)
            parcels, late = (row.units["parcels"], row.units["overdue"]) if row else (0, 0)
            mu = f"{row.value(AREA_MU) if row else 0:,.{AREA_MU.decimals}f}"
            for j, text in enumerate((step_label(step), str(parcels), mu, str(late))):
                item = QTableWidgetItem(text)
                if j == 0:
                    item.setBackground(QColor(step.colour))
                self.counts.setItem(i, j, item)
        self.counts.resizeColumnsToContents()

    def show_parcel_of_fid(self, fid: int):
        for pid, facts in self.facts.items():
            if facts[0] == fid:
                self.show_parcel(pid)
                return

    def show_parcel(self, parcel_id: str):
        flow = self.workflow
        self.shown_parcel = parcel_id
        events, statuses = [], []
        try:
            if not self.store_missing():  # a new store: no history yet, the parcel can start
                with self.open() as store:
                    events = store.events(parcel_id)
                    statuses = store.statuses(parcel_ids=[parcel_id])
        except StoreError as err:
            self.show_message(store_problem(err), error=True)
            return
        programmes = "；".join(self._programme_step(s) for s in statuses) or tr("none")
        current = next((s for s in statuses if s.programme == flow.programme), None)
        self.shown_step = current.step if current else None  # the step a request says the user saw
        if current is None:
            text = tr("Parcel {} — not in this programme (programmes: {}).").format(parcel_id, programmes)
        else:
            step = flow.step(current.step)
            due = current.due or tr("none")
            if current.due and current.due_provisional:
                due += " " + tr("(provisional)")
            text = tr("Parcel {} — step {} since {}, due {}. Programmes: {}").format(
                parcel_id, step_label(step), current.since, due, programmes)
        self.current_label.setText(text)
        self.timeline.clear()
        self.attachment_list.clear()
        levels = dict(zip(LEVELS, (tr("County"), tr("City"), tr("Province"))))
        names = {s.id: step_label(s) for s in flow.steps}
        for e in events:
            name = (lambda step: names.get(step, step)) if e.programme == flow.programme else (lambda step: step)
            self.timeline.addItem(f"{local_time(e.at)}  {name(e.from_step) if e.from_step else '—'} → "
                                  f"{name(e.to_step)}  {e.actor} ({levels.get(e.level, e.level)})"
                                  + (f"  “{e.note}”" if e.note else "")
                                  + ("" if e.programme == flow.programme else f"  [{e.programme}]"))
            for name, path, sha in e.attachments:
                item = QListWidgetItem(f"{name}  sha256 {sha[:12]}…")
                item.setData(Qt.UserRole, path)
                self.attachment_list.addItem(item)
        self._enable_actions(current.step if current else None, started=current is not None)

    def _programme_step(self, status) -> str:
        """'补充林地储备库入库流程：变更' — a programme and its step by name (ids for unknown ones)."""
        for flow in self.flows:
            if flow.programme == status.programme:
                try:
                    return f"{pick(flow.name_zh, flow.name_en)}：{step_label(flow.step(status.step))}"
                except TransitionError:
                    break
        return f"{status.programme}：{status.step}"

    def _enable_actions(self, step_id, started: bool = False):
        flow = self.workflow
        parcel = getattr(self, "shown_parcel", None)  # no parcel chosen: nothing to advance
        nxt = flow.next_step(step_id) if flow is not None and parcel and (started or step_id is None) else None
        refusal = self._refusal(step_id if started else None, nxt.id) if nxt else ""
        self.advance_button.setEnabled(nxt is not None and self.task is None and not refusal)
        self.advance_button.setToolTip(refusal)
        self.advance_button.setText(tr("Advance to {}").format(step_label(nxt)) if nxt else tr("Advance"))
        self.advance_target = nxt.id if nxt else None
        self.back_box.clear()
        for step in (flow.back_steps(step_id) if flow is not None and started and parcel else []):
            if not self._refusal(step_id, step.id, note="·"):
                self.back_box.addItem(step_label(step), step.id)
        self.back_button.setEnabled(self.back_box.count() > 0 and self.task is None)

    def _refusal(self, current, target, note: str = "") -> str:
        """Why the rules would refuse this move for the chosen level ('' if allowed). The button is
        greyed out for it; the algorithm and, in PostGIS, the database check it again."""
        if not getattr(self, "shown_parcel", None) or self.store_location().startswith(POSTGRES):
            return ""  # nothing shown yet; in PostGIS the database role decides, not the level chosen here
        try:
            self.workflow.check(self.shown_parcel, current, target, note,
                                self.level_box.currentData())
        except TransitionError as err:
            return refusal(err, self.workflow) if err.code == "level" else ""
        return ""

    # — writing through landbalance:setstatus on the task manager —
    def advance(self):
        if self.advance_target:
            self.run_transition(self.advance_target, ADVANCE)

    def send_back(self):
        target = self.back_box.currentData()
        if not target:
            return
        if not has_visible_character(self.note.text()):
            self.show_message(tr("Sending back needs a reason in the note."), error=True)
            return
        self.run_transition(target, SEND_BACK)

    def run_transition(self, target: str, kind: str):
        row_pid = getattr(self, "shown_parcel", None)
        layer = self.layer
        if layer is None or row_pid is None or row_pid not in self.facts:
            return
        layer.selectByIds([self.facts[row_pid][0]])
        registry = QgsApplication.processingRegistry()
        algorithm = registry.createAlgorithmById("landbalance:setstatus")
        if algorithm is None:
            self.show_message(tr("The Land Balance Processing provider is not loaded."), error=True)
            return
        params = {
            "INPUT": QgsProcessingFeatureSourceDefinition(layer.id(), True), "ID_FIELD": self.id_field(),
            "PROGRAMME": self.programme_box.currentData(), "STEP": target, "NOTE": self.note.text(),
            "ATTACHMENTS": ";".join(self.pending_attachments), "STORE": self.store_location(),
            "LEVEL": LEVELS.index(self.level_box.currentData()),
            "ACTION": (ADVANCE, SEND_BACK).index(kind), "SEEN_STEP": getattr(self, "shown_step", None) or "",
        }
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        self.feedback = ErrorFeedback()
        self.algorithm = algorithm  # the task does not own it: keep it alive while it runs
        self.task = QgsProcessingAlgRunnerTask(algorithm, params, self.context, self.feedback)
        self.task.executed.connect(self.on_task_done)
        self._enable_actions(None)
        self.last_error = ""
        self.show_message(tr("Recording…"))
        QgsApplication.taskManager().addTask(self.task)

    def on_task_done(self, ok, results):
        self.task = None
        if ok:
            self.note.clear()
            self.pending_attachments = []
            self.attach_label.clear()
            self.show_message(tr("Recorded: {} parcel(s).").format(int(results.get("COUNT", 0))))
        else:
            reason = self.feedback.errors[-1] if self.feedback.errors else tr("see the log")
            self.last_error = reason
            self.show_message(tr("Not recorded: {}").format(reason), error=True)
        location = self.store_location()
        if not location.startswith(POSTGRES):
            reload_layers_on(location)
        self.refresh()
        if self.shown_parcel is not None and self.loading is not None:
            self.show_parcel(self.shown_parcel)  # the parcel's new step at once; the list follows
        self.changed.emit()

    # — files —
    def choose_store(self):
        path, _ = QFileDialog.getSaveFileName(self, tr("Status store"), self.store_edit.text(),
                                              tr("GeoPackage (*.gpkg)"), options=QFileDialog.DontConfirmOverwrite)
        if path:
            self.store_edit.setText(path)
            self.refresh()

    def choose_attachments(self):
        paths, _ = QFileDialog.getOpenFileNames(self, tr("Attach files"), "", tr("Photos and documents (*)"))
        self.add_attachments(paths)

    def add_attachments(self, paths):
        self.pending_attachments.extend(paths)
        self.attach_label.setText(tr("{} file(s) to attach").format(len(self.pending_attachments)))

    def open_attachment(self, item):
        QDesktopServices.openUrl(QUrl.fromLocalFile(item.data(Qt.UserRole)))

    # — map style —
    def style_layer(self):
        """Join the programme's status to the parcels and colour them by step (the pack's colours)."""
        layer, flow = self.layer, self.workflow
        location = self.store_location()
        if layer is None or flow is None or not location:
            return
        status = self._status_layer(location, flow.programme)
        if status is None:
            return
        for join in layer.vectorJoins():
            if join.prefix() == "lb_":
                layer.removeJoin(join.joinLayerId())
        join = QgsVectorLayerJoinInfo()
        join.setJoinLayer(status)
        join.setJoinFieldName("parcel_id")
        join.setTargetFieldName(self.id_field())
        join.setPrefix("lb_")
        join.setJoinFieldNamesSubset(["step", "due"])
        join.setUsingMemoryCache(True)
        layer.addJoin(join)
        categories = []
        for step in flow.steps:
            symbol = QgsSymbol.defaultSymbol(layer.geometryType())
            symbol.setColor(QColor(step.colour))
            categories.append(QgsRendererCategory(step.id, symbol, step_label(step)))
        outline = QgsSymbol.defaultSymbol(layer.geometryType())
        outline.setColor(QColor(255, 255, 255, 0))
        categories.append(QgsRendererCategory(None, outline, tr("Not in the programme")))
        layer.setRenderer(QgsCategorizedSymbolRenderer(STEP_FIELD, categories))
        layer.triggerRepaint()
        if self.iface is not None and hasattr(self.iface, "layerTreeView"):
            self.iface.layerTreeView().refreshLayerSymbology(layer.id())

    def restyle(self):
        """After a change: the status layer re-reads the store and the parcels' cached join is
        rebuilt now, not at the next map render. A reloaded provider does not mark a memory-cached
        join stale (QGIS listens to layerModified only), so the join is told; the join and the
        renderer stay as they are (re-adding them re-announces every field to every listener)."""
        layer, flow, location = self.layer, self.workflow, self.store_location()
        if layer is None or flow is None or not location:
            return
        status = self._status_layer(location, flow.programme)  # reloads the store's statuses
        if status is None:
            return
        if not any(j.prefix() == "lb_" and j.joinLayerId() == status.id() for j in layer.vectorJoins()):
            self.style_layer()
            return
        status.layerModified.emit()
        next(layer.getFeatures(QgsFeatureRequest().setLimit(1)), None)  # rebuilds the join cache
        layer.triggerRepaint()

    def _status_layer(self, location: str, programme: str):
        project = QgsProject.instance()
        name = f"lb_status {programme}"
        for existing in project.mapLayersByName(name):
            if existing.customProperty("land_balance/store") == location:
                existing.dataProvider().reloadData()
                return existing
        subset = "programme = " + QgsExpression.quotedString(programme)
        if location.startswith(POSTGRES):  # the connection's URI keeps its authcfg, never a password
            uri = QgsDataSourceUri(connection_uri(location[len(POSTGRES):]))
            uri.setDataSource("landbalance", "status", None, subset, "parcel_id")
            status = QgsVectorLayer(uri.uri(False), name, "postgres")
        else:
            status = QgsVectorLayer(f"{location}|layername=lb_status|subset={subset}", name, "ogr")
        if not status.isValid():
            QgsMessageLog.logMessage(tr("Status table of {} could not be read.").format(location), LOG_TAG,
                                     Qgis.Warning)
            return None
        status.setCustomProperty("land_balance/store", location)
        project.addMapLayer(status, False)  # joined, not shown in the legend
        return status

    def store_missing(self) -> bool:
        location = self.store_location()
        return bool(location) and not location.startswith(POSTGRES) and not Path(location).exists()

    def show_message(self, text: str, error: bool = False):
        self.message.setText(text)
        self.message.setStyleSheet("color: #c62828" if error else "")


class DockInstall:
    """The dock in QGIS's main window plus its menu action (plugin.py's initGui/unload call this)."""

    MENU = "Land Balance 占补平衡"

    def __init__(self, iface):
        self.iface = iface
        self.dock = WorkflowDock(iface, iface.mainWindow())
        self.dock.lazy = True  # in QGIS: no reading while the panel is closed
        area = settings.value(DOCK_AREA_KEY, int(Qt.RightDockWidgetArea), int)
        iface.addDockWidget(Qt.DockWidgetArea(area), self.dock)
        self.dock.setVisible(settings.value("workflow/dock_visible", False, bool))
        self.action = self.dock.toggleViewAction()
        self.action.setText(tr("Workflow panel (工作流程面板)"))
        self.dock.visibilityChanged.connect(lambda shown: settings.set_value("workflow/dock_visible", shown))
        iface.addPluginToMenu(tr(self.MENU), self.action)

    def remove(self):
        if self.dock.loading is not None:
            self.dock.loading.cancel()
        self.iface.removePluginMenu(tr(self.MENU), self.action)
        self.iface.removeDockWidget(self.dock)
        self.dock.deleteLater()
