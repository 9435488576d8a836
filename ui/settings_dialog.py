"""Settings dialog: the folder of the county's own rule packs, and the working-day calendar
for years the built-in one does not know yet."""

from __future__ import annotations

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
)

from ..i18n import tr
from ..rules.calendar import OFFICIAL_YEARS, parse_dates
from ..settings import (
    extra_working_days, person, set_extra_working_days, set_person, set_user_packs_dir, user_packs_dir,
)


class SettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Land Balance settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.folder = QgsFileWidget(self)
        self.folder.setStorageMode(QgsFileWidget.GetDirectory)
        self.folder.setFilePath(user_packs_dir())
        form.addRow(tr("User rule-pack folder"), self.folder)
        self.person = QLineEdit(person(), self)
        self.person.setPlaceholderText(tr("e.g. 李明"))
        self.person.setToolTip(tr("Recorded with every workflow step and ledger entry you make. A PostgreSQL store "
                                  "records your database login instead."))
        form.addRow(tr("Your name"), self.person)
        layout.addLayout(form)
        layout.addWidget(self._hint(tr("Copy a built-in pack (.toml) into this folder and edit its numbers: a pack "
                                       "with the same id replaces the built-in one, a new id adds a programme.")))
        layout.addWidget(self._calendar_box())
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        return label

    def _calendar_box(self) -> QGroupBox:
        box = QGroupBox(tr("Working-day calendar"), self)
        layout = QVBoxLayout(box)
        layout.addWidget(self._hint(tr(
            "Workflow deadlines count working days. The built-in calendar knows the official holidays and "
            "make-up working days (调休) of {}–{}; for a later year enter the State Council's dates here (or in "
            "the rule pack's [calendar]). Until then that year counts Monday to Friday and its due dates are "
            "marked provisional.").format(*OFFICIAL_YEARS)))
        holidays, workdays = extra_working_days()
        form = QFormLayout()
        self.holidays = self._dates_edit(holidays, "2027-01-01, 2027-10-01 …")
        self.workdays = self._dates_edit(workdays, "2027-09-26 …")
        form.addRow(tr("Extra holidays"), self.holidays)
        form.addRow(tr("Make-up working days (调休)"), self.workdays)
        layout.addLayout(form)
        layout.addWidget(self._hint(tr("Dates as YYYY-MM-DD, separated by commas, spaces or new lines.")))
        return box

    def _dates_edit(self, text: str, example: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(text, self)
        edit.setPlaceholderText(example)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4)
        return edit

    def calendar_problems(self) -> tuple[dict, list]:
        """The dates typed ({'holidays': [...], 'workdays': [...]}, sorted) and what is wrong with them."""
        rejected, dates = [], {}
        for name, edit in (("holidays", self.holidays), ("workdays", self.workdays)):
            dates[name] = sorted(set(parse_dates(edit.toPlainText(), rejected)))
        clash = sorted(set(dates["holidays"]) & set(dates["workdays"]))
        problems = []
        if rejected:
            problems.append(tr("Not a date (YYYY-MM-DD): {}").format("、".join(rejected)))
        if clash:
            problems.append(tr("Both a holiday and a working day: {}").format("、".join(map(str, clash))))
        return dates, problems

    def accept(self):
        dates, problems = self.calendar_problems()
        if problems:
            QMessageBox.warning(self, tr("Working-day calendar"), "\n".join(problems))
            return  # the dialog stays open with what was typed
        set_user_packs_dir(self.folder.filePath())
        set_person(self.person.text())
        set_extra_working_days(*(", ".join(d.isoformat() for d in dates[name]) for name in ("holidays", "workdays")))
        super().accept()
