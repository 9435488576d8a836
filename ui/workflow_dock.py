"""工作流程面板 — the workflow dock: a parcel's programme steps, history, due dates and actions.

It reads and writes only through store/ (reads directly, writes by running our own
landbalance:setstatus on the task manager, so QGIS never freezes); the steps, levels and
colours come from the rule packs. No rules here: whether a move is allowed is decided by
rules/workflow.py inside the algorithm, and a refusal is shown as the algorithm says it.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
from pathlib import Path

from qgis.core import (
    Qgis, QgsApplication, QgsCategorizedSymbolRenderer, QgsDataSourceUri, QgsExpression, QgsFeatureRequest,
    QgsMapLayerProxyModel,
    QgsMessageLog, QgsProcessingAlgRunnerTask, QgsProcessingContext, QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback, QgsProject, QgsRendererCategory, QgsSymbol, QgsVectorLayer, QgsVectorLayerJoinInfo,
)
from qgis.gui import QgsDockWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QColor, QDesktopServices
from qgis.PyQt.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSplitter, QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from .. import settings
from ..i18n import pick, tr
from ..processing.pack_registry import LOG_TAG, current_packs
from ..processing.workflow_messages import refusal, store_problem
from ..rules.survey import decimals, m2_to_mu
from ..rules.visible_text import has_visible_character
from ..rules.workflow import ADVANCE, LEVELS, SEND_BACK, TransitionError, Workflow
from ..store.base import StoreError
from ..store.location import POSTGRES, connection_uri, default_location, open_store, reload_layers_on
from .workflow_model import ParcelTableModel, build_rows, filter_rows

STEP_FIELD = "lb_step"  # the joined status field the renderer uses
AREA_FIELD = "TBMJ"
TOWNSHIP_FIELD = "ZLDWMC"
DOCK_AREA_KEY = "workflow/dock_area"


def step_label(step) -> str:
    """A step's name in Chinese for a Chinese QGIS, with the English name otherwise."""
    return pick(step.name_zh, step.name_en)


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
        self.last_error = ""
        self._build()
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
        form.addRow(tr("Parcels"), self.layer_box)
        self.programme_box = QComboBox()
        for flow in self.flows:
            self.programme_box.addItem(f"{flow.name_zh} ({flow.programme})", flow.programme)
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
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.selectionModel().selectionChanged.connect(self.on_row_selected)
        splitter.addWidget(self.table)
        self.counts = QTableWidget(0, 4)
        self.counts.setHorizontalHeaderLabels([tr("Step"), tr("Parcels"), tr("Area (mu)"), tr("Overdue")])
        self.counts.setEditTriggers(QAbstractItemView.NoEditTriggers)
        splitter.addWidget(self.counts)
        splitter.addWidget(self._detail())
        for i, stretch in enumerate((4, 2, 5)):
            splitter.setStretchFactor(i, stretch)
        self.counts.verticalHeader().setVisible(False)
        self.table.verticalHeader().setVisible(False)
        outer.addWidget(splitter)
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
        layout.addWidget(QLabel(tr("History")))
        layout.addWidget(self.timeline)
        self.attachment_list = QListWidget()
        self.attachment_list.itemDoubleClicked.connect(self.open_attachment)
        self.attachment_list.setMaximumHeight(70)
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

    # — events —
    def on_layer_changed(self, layer):
        self.facts, self.facts_layer = {}, None
        if layer is not None:
            with contextlib.suppress(TypeError):  # already connected
                layer.selectionChanged.connect(self.on_map_selection, Qt.UniqueConnection)
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
            self.programme_box.addItem(f"{flow.name_zh} ({flow.programme})", flow.programme)
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
    def read_facts(self):
        """Parcel id → (feature id, township, TBMJ) of the layer, read once per layer."""
        layer = self.layer
        if layer is None or self.facts_layer == layer.id():
            return
        fields = layer.fields()
        names = [fields.at(fields.lookupField(n)).name() for n in (self.id_field(), TOWNSHIP_FIELD, AREA_FIELD)
                 if fields.lookupField(n) >= 0]
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(names, fields)
        id_i, town_i, area_i = (fields.lookupField(n) for n in (self.id_field(), TOWNSHIP_FIELD, AREA_FIELD))
        facts = {}
        if id_i >= 0:
            for feature in layer.getFeatures(request):
                attributes = feature.attributes()
                town = attributes[town_i] if town_i >= 0 else ""
                area = attributes[area_i] if area_i >= 0 else 0.0
                facts[str(attributes[id_i])] = (feature.id(), "" if town is None else str(town),
                                                float(area or 0.0))
        self.facts, self.facts_layer = facts, layer.id()

    def open(self):
        location = self.store_location()
        if not location:
            raise StoreError(tr("no status store"))
        return open_store(location, create=False)  # only a recorded transition creates a store

    def refresh(self):
        """Re-read the statuses, the list, the counts and the layer's style.

        After a transition only the parcels changed since the last read are fetched (the
        store's last_event), so a refresh on 100 000 parcels stays fast.
        """
        flow = self.workflow
        if flow is None or self.layer is None:
            self.model.set_rows([], [])
            return
        if self.lazy and not self.isVisible():
            self.stale = True  # a hidden panel does no work; it catches up when shown
            return
        key = (self.layer.id(), flow.programme, self.store_location())
        incremental = key == self.loaded_key and bool(self.rows)
        try:
            self.read_facts()
            with self.open() as store:
                statuses = (store.statuses_after(flow.programme, self.seen_event) if incremental
                            else store.statuses(flow.programme))
        except StoreError as err:
            self.model.set_rows([], [])
            self.loaded_key = None
            self.show_message(store_problem(err), error=not self.store_missing())
            return
        names = {s.id: step_label(s) for s in flow.steps}
        rows = build_rows(statuses, self.facts, names, _dt.date.today())
        if incremental:
            for row in rows:
                i = self.row_index.get(row.parcel_id)
                if i is None:
                    self.row_index[row.parcel_id] = len(self.rows)
                    self.rows.append(row)
                else:
                    self.rows[i] = row
        else:
            self.rows, self.seen_event = rows, 0
            self.row_index = {r.parcel_id: i for i, r in enumerate(rows)}
        self.seen_event = max([self.seen_event] + [s.last_event for s in statuses])
        self.loaded_key = key
        self._fill_filters(flow)
        self.apply_filter()
        self._fill_counts(flow)
        overdue = sum(r.overdue for r in self.rows)
        self.show_message(tr("{} parcels in {}, {} overdue.").format(len(self.rows), flow.programme, overdue))
        if incremental:
            self.restyle()
        else:
            self.style_layer()
        shown = getattr(self, "shown_parcel", None)
        if shown is not None:
            i = self.model.index_of(shown)
            if i >= 0:
                self.table.selectRow(i)
            self.show_parcel(shown)

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

    def _fill_counts(self, flow):
        by_step = {s.id: [0, 0.0, 0] for s in flow.steps}
        for row in self.rows:
            if row.step in by_step:
                entry = by_step[row.step]
                entry[0] += 1
                entry[1] += row.area_m2
                entry[2] += row.overdue
        self.counts.setRowCount(len(flow.steps))
        for i, step in enumerate(flow.steps):
            parcels, area, late = by_step[step.id]
            mu = f"{float(m2_to_mu(area)):,.{decimals('area_mu')}f}"
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
        programmes = ", ".join(f"{s.programme}: {s.step}" for s in statuses) or tr("none")
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
            self.timeline.addItem(f"{e.at[:16].replace('T', ' ')}  {name(e.from_step) if e.from_step else '—'} → "
                                  f"{name(e.to_step)}  {e.actor} ({levels.get(e.level, e.level)})"
                                  + (f"  “{e.note}”" if e.note else "")
                                  + ("" if e.programme == flow.programme else f"  [{e.programme}]"))
            for name, path, sha in e.attachments:
                item = QListWidgetItem(f"{name}  sha256 {sha[:12]}…")
                item.setData(Qt.UserRole, path)
                self.attachment_list.addItem(item)
        self._enable_actions(current.step if current else None, started=current is not None)

    def _enable_actions(self, step_id, started: bool = False):
        flow = self.workflow
        nxt = flow.next_step(step_id) if flow is not None and (started or step_id is None) else None
        refusal = self._refusal(step_id if started else None, nxt.id) if nxt else ""
        self.advance_button.setEnabled(nxt is not None and self.task is None and not refusal)
        self.advance_button.setToolTip(refusal)
        self.advance_button.setText(tr("Advance to {}").format(step_label(nxt)) if nxt else tr("Advance"))
        self.advance_target = nxt.id if nxt else None
        self.back_box.clear()
        for step in (flow.back_steps(step_id) if flow is not None and started else []):
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
        """After a change: the status layer re-reads the store and the join is cached again."""
        self.style_layer()

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
        self.iface.removePluginMenu(tr(self.MENU), self.action)
        self.iface.removeDockWidget(self.dock)
        self.dock.deleteLater()
