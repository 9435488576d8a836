"""landbalance:setstatus and landbalance:statusreport — thin adapters over store/ and rules/workflow.

setstatus moves every parcel of the input (its selection, or those matching an expression)
to a step of a programme, in one transaction. statusreport counts parcels, official area
(mu) and overdue parcels per step and township, as a table and an .xlsx (OGR's XLSX driver).
Seeds: ../shared/seeds/000_9e49406886a189a5.txt, 003_33b11e000febcf0b.txt.
"""

from __future__ import annotations

import datetime as _dt

from qgis.core import (
    QgsExpression, QgsFeature, QgsFeatureRequest,
    QgsFeatureSink, QgsField, QgsFields, QgsProcessing, QgsProcessingParameterExpression,
    QgsProcessingFeatureSourceDefinition, QgsProcessingUtils, QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..rules.calendar import WorkingCalendar
from ..rules.survey import decimals
from ..rules.workflow import ADVANCE, LEVELS, SEND_BACK, TransitionError, Workflow, parcel_key
from ..rules.workflow_report import AREA_M2, AREA_MU, OVERDUE, overdue_statuses, summarise
from ..rules.workflow_report import PARCELS as PARCELS_Q
from ..settings import extra_working_days, person
from ..store.base import Attachment, Request, StoreError
from ..store.location import default_location, open_store, reload_layers_on
from .base import LandBalanceAlgorithm, fail, programme_parameter
from ..exports.tables import TOTAL as TOTAL_LABEL
from ..exports.tables import footed_sheet, quantity_column
from ..exports.xlsx import Column, Sheet, XlsxError, write_workbook
from ..rules.survey import official_m2
from .layer_output import alias_fields_on_load, name_on_load
from .parcels import plain, read_parcels
from .workflow_messages import refusal, store_problem


CAPABILITY = "workflow"


def workflows(packs) -> list:
    return [Workflow.from_pack(p) for p in packs if p.steps]


def calendar_for(pack_data: dict) -> WorkingCalendar:
    """The pack's [calendar] plus the settings' extra holidays/workdays (years the library lacks)."""
    return WorkingCalendar.for_pack(pack_data, *extra_working_days())


class WorkflowAlgorithm(LandBalanceAlgorithm):
    PROGRAMME = "PROGRAMME"

    def __init__(self, packs=None):
        super().__init__()
        self.packs = packs
        self.flows = workflows(packs) if packs is not None else []

    def createInstance(self):
        return type(self)(self.packs)

    def group(self):
        return self.tr("Workflow")

    def groupId(self):
        return "workflow"

    def add_common(self, with_expression: bool):
        self.add_parcels(self.INPUT, self.tr("Parcels"),
                         self.tr("The parcel layer (or its selected features) the programme follows."),
                         types=(QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVector))
        self.add_id_field(self.tr("Stable parcel key: BSM; or TBBH, which is numbered within its village and is "
                                  "keyed with the village's ZLDWDM (坐落单位代码)."))
        if with_expression:
            self.add(QgsProcessingParameterExpression(
                "EXPRESSION", self.tr("Only parcels matching"), parentLayerParameterName=self.INPUT, optional=True),
                self.tr("An expression choosing the parcels to move, e.g. \"BZ\" = '矿山生态修复'; empty: all of "
                        "the input (or its selection)."))
        # Shown by name; a script or model gives the pack id and keeps working when a county
        # adds a pack (an index would shift).
        packs = [self.packs.get(w.programme) for w in self.flows]
        self.addParameter(programme_parameter(self.PROGRAMME, packs, self.tr("Programme")))
        self.add_store_parameters(
            help_text=self.tr("Empty: a sidecar GeoPackage next to the project (else next to the parcels' file)."),
            auth_help=self.tr("For a postgres: store whose connection has no saved authentication: the QGIS "
                              "authentication configuration to use (never a password in a script)."))

    def workflow(self, parameters, context) -> Workflow:
        if not self.flows:
            raise fail(self.tr("No rule pack has workflow steps."))
        pack_id = self.parameterDefinition(self.PROGRAMME).chosen(parameters)
        for flow in self.flows:
            if flow.programme == pack_id:
                return flow
        known = ", ".join(flow.programme for flow in self.flows)
        raise fail(self.tr("No programme “{}” among the rule packs with workflow steps ({}).").format(pack_id, known))

    def packs_used(self, parameters, context) -> list:
        pack_id = self.parameterDefinition(self.PROGRAMME).chosen(parameters)
        return [self.packs.get(pack_id)] if self.packs is not None and pack_id in self.packs.packs else []

    def pack_data(self, workflow: Workflow) -> dict:
        return self.packs.get(workflow.programme).data

    def store(self, parameters, context, create: bool = True):
        """The status store; a report (create=False) never creates one where none is."""
        location = self.parameterAsString(parameters, self.STORE, context)
        authcfg = self.parameterAsString(parameters, self.AUTHCFG, context)
        try:
            if not location:
                layer = self.input_layer(parameters, context)
                if layer is None:
                    raise StoreError(self.tr("give the status store: the input is not a layer with a file"))
                location = default_location(layer.source(), layer.providerType())
            return open_store(location, authcfg, create=create)
        except StoreError as err:
            raise fail(store_problem(err) if err.code else self.tr("Status store: {}").format(err)) from None

    def date(self, parameters, context, name: str = "DATE") -> _dt.date | None:
        """The date parameter's day, or None when it is not given."""
        value = self.parameterAsDateTime(parameters, name, context)
        return value.date().toPyDate() if value.isValid() else None

    def input_layer(self, parameters, context):
        """The input as a layer, also when it is given as 'selected features of layer X'."""
        value = parameters.get(self.INPUT)
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            return QgsProcessingUtils.mapLayerFromString(value.source.staticValue(), context)
        return self.parameterAsVectorLayer(parameters, self.INPUT, context)

    def id_field(self, parameters, context, source) -> str:
        name = self.parameterAsString(parameters, self.ID_FIELD, context) or "BSM"
        if source.fields().lookupField(name) < 0:
            raise fail(self.tr("Layer “{}” has no field {} to identify parcels.").format(source.sourceName(), name))
        return name

    def key_indexes(self, source, id_field: str) -> tuple:
        fields = source.fields()
        zldwdm = fields.lookupField("ZLDWDM")
        if id_field.upper() == "TBBH" and zldwdm < 0:
            raise fail(self.tr("Layer “{}”: TBBH is numbered within each village; it needs the ZLDWDM field "
                               "(坐落单位代码) to identify parcels.").format(source.sourceName()))
        return fields.lookupField(id_field), zldwdm

    def parcel_id(self, source, feature, id_field: str, indexes) -> str:
        key_index, zldwdm = indexes
        value = plain(feature.attributes()[key_index])
        village = plain(feature.attributes()[zldwdm]) if zldwdm >= 0 else None
        key = parcel_key(id_field, value, village)
        if not key:
            raise fail(self.tr("Layer “{}”, feature {}: the parcel id field {} is empty.").format(
                source.sourceName(), feature.id(), id_field))
        return key


class SetStatus(WorkflowAlgorithm):
    store_path = ""
    STEP = "STEP"
    NOTE = "NOTE"
    ATTACHMENTS = "ATTACHMENTS"
    DATE = "DATE"
    ASSIGNEE = "ASSIGNEE"
    ACTION = "ACTION"
    SEEN_STEP = "SEEN_STEP"

    def name(self):
        return "setstatus"

    def displayName(self):
        return self.tr("Set workflow step")

    def shortHelpString(self):
        steps = "; ".join(f"{w.name_zh}: " + " → ".join(f"{s.id} {s.name_zh}" for s in w.steps) for w in self.flows)
        return self.tr("Moves every parcel of the input (its selected features, or those matching the expression) "
                       "to a step of the programme, in one transaction: all parcels or none. Only the next step, "
                       "or back to a step the pack allows with a reason in the note; no skipping. Steps: {}").format(
            steps)

    def initAlgorithm(self, config=None):
        self.add_common(with_expression=True)
        self.add_text(self.STEP, self.tr("Step (id or Chinese name)"),
                      self.tr("The step the parcels go to: its Chinese name (核实) or id (verify)."), optional=False)
        self.add_text(self.NOTE, self.tr("Note (reason when going back)"),
                      self.tr("Kept with the event; sending back needs a reason with a visible character."))
        self.add_text(self.ATTACHMENTS, self.tr("Attachments (file paths, ; between)"),
                      self.tr("Field photos and documents; the log keeps each path and its sha256."))
        self.add_level(self.tr("In a PostGIS store the database role decides, not this choice."))
        self.add_date(self.DATE, self.tr("Date (default today)"), self.tr(
            "The day the step was taken (YYYY-MM-DD in scripts); empty: today. A PostgreSQL store records its own "
            "date and refuses another."), optional=True, advanced=True)
        self.add_text(self.ASSIGNEE, self.tr("Assignee"),
                      self.tr("Who handles the parcels at the new step (kept with the status)."))
        self.add_choice(self.ACTION, self.tr("Action"), [
            self.tr("Advance to the step"), self.tr("Send back to the step (with a reason)")],
            self.tr("Advancing and sending back are separate requests: an advance is never recorded as a "
                    "send-back, nor the other way round."))
        self.add_text(self.SEEN_STEP, self.tr("Step the parcels are at, as you saw it"), self.tr(
            "Id or Chinese name. A parcel that has moved since is refused, naming who moved it and when. Empty "
            "when advancing: the step before STEP. Needed when sending back."))
        self.add_outputs(("COUNT", self.tr("Parcels moved")))
        self.add_text_outputs(("STORE", self.tr("Status store")))

    def processAlgorithm(self, parameters, context, feedback):
        workflow = self.workflow(parameters, context)
        target = self.step_id(workflow, self.parameterAsString(parameters, self.STEP, context))
        kind = (ADVANCE, SEND_BACK)[self.parameterAsEnum(parameters, self.ACTION, context)]
        seen = self.seen_step(workflow, kind, target, self.parameterAsString(parameters, self.SEEN_STEP, context))
        today = self.date(parameters, context)  # None: the store's own date
        requests = self.requests(parameters, context, feedback, (kind, seen, target))
        if not requests:
            raise fail(self.tr("No parcel selected or matching: nothing was changed."))
        store = self.store(parameters, context)
        try:
            done = store.apply(workflow, requests, actor=person() or None,
                               level=LEVELS[self.parameterAsEnum(parameters, self.LEVEL, context)],
                               calendar=calendar_for(self.pack_data(workflow)), today=today)
        except TransitionError as err:
            raise fail(self.tr("Nothing was changed: {}").format(refusal(err, workflow))) from None
        except StoreError as err:
            raise fail(self.tr("Nothing was changed: {}").format(store_problem(err))) from None
        finally:
            store.close()
        self.store_path = str(getattr(store, "path", ""))
        feedback.pushInfo(self.tr("{} parcels moved to {} ({}).").format(len(done), target, workflow.programme))
        self.log_due_dates(feedback, done)
        return {"COUNT": len(done), "STORE": str(getattr(store, "path", store.backend))}

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802 — runs in the main thread
        if self.store_path:
            reload_layers_on(self.store_path)
        return {}

    def seen_step(self, workflow: Workflow, kind: str, target: str, text: str):
        """The step the user saw the parcels at (None: not in the programme yet)."""
        if text.strip():
            return self.step_id(workflow, text)
        if kind == SEND_BACK:
            raise fail(self.tr("Sending back needs the step the parcels are at now (SEEN_STEP)."))
        return workflow.step_before(target)

    def log_due_dates(self, feedback, done):
        """Say each due date, and warn when one is provisional (a year the working calendar does not know)."""
        dues = sorted({r.due for r in done if r.due})
        if dues:
            feedback.pushInfo(self.tr("Due: {}.").format(", ".join(dues)))
        provisional = sorted({r.due for r in done if r.due_provisional})
        if provisional:
            feedback.pushWarning(self.tr(
                "Due date {} is provisional for {} parcel(s): the working calendar does not know that year's official "
                "holidays yet. Add them in the settings (working-day calendar) or the rule pack's [calendar]; in a "
                "PostgreSQL store the administrator registers them.").format(
                ", ".join(provisional), sum(r.due_provisional for r in done)))

    def step_id(self, workflow: Workflow, text: str) -> str:
        for s in workflow.steps:
            if text.strip() in (s.id, s.name_zh, s.name_en):
                return s.id
        raise fail(self.tr("Programme {}: no step “{}” (steps: {}).").format(
            workflow.programme, text, ", ".join(workflow.step_ids)))

    def requests(self, parameters, context, feedback, move: tuple) -> list:
        """One Request per parcel; `move` is (kind, seen step, target step)."""
        source = self.parameterAsSource(parameters, self.INPUT, context)
        id_field = self.id_field(parameters, context, source)
        indexes = self.key_indexes(source, id_field)
        note = self.parameterAsString(parameters, self.NOTE, context)
        assignee = self.parameterAsString(parameters, self.ASSIGNEE, context) or None
        attachments = self.attachments(self.parameterAsString(parameters, self.ATTACHMENTS, context))
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
        expression = self.parameterAsExpression(parameters, "EXPRESSION", context)
        if expression:
            parsed = QgsExpression(expression)
            if parsed.hasParserError():
                raise fail(self.tr("Expression “{}”: {}").format(expression, parsed.parserErrorString()))
            request.setFilterExpression(expression)
            request.setExpressionContext(self.createExpressionContext(parameters, context, source))
        out, seen = [], {}
        for feature in source.getFeatures(request):
            if feedback.isCanceled():
                raise fail(self.tr("Cancelled: nothing was changed."))
            key = self.parcel_id(source, feature, id_field, indexes)
            if key in seen:
                raise fail(self.tr("Layer “{}”: features {} and {} have the same parcel id {}.").format(
                    source.sourceName(), seen[key], feature.id(), key))
            seen[key] = feature.id()
            out.append(Request(key, *move, note, attachments, assignee))
        return out

    def attachments(self, text: str) -> tuple:
        try:
            return tuple(Attachment.of_file(p.strip()) for p in text.split(";") if p.strip())
        except StoreError as err:
            raise fail(store_problem(err)) from None


class StatusReport(WorkflowAlgorithm):
    TOWNSHIP_FIELD = "TOWNSHIP_FIELD"
    TODAY = "TODAY"

    def name(self):
        return "statusreport"

    def displayName(self):
        return self.tr("Workflow status report")

    def shortHelpString(self):
        return self.tr("Counts parcels, their official area (m², mu) and the overdue ones per step and township of "
                       "a programme, from the status store; writes a table and an .xlsx with a sheet per step "
                       "summary and a list of overdue parcels. Due dates count official working days (公示5个工作日); "
                       "a due date in a year without published holidays is marked provisional.")

    def initAlgorithm(self, config=None):
        self.add_common(with_expression=False)
        self.add_field(self.TOWNSHIP_FIELD, self.tr("Township field"),
                       self.tr("The field the report groups parcels by (ZLDWMC, 坐落单位名称)."), "ZLDWMC")
        self.add_date(self.TODAY, self.tr("Report date (default today)"),
                      self.tr("Parcels due before this day are overdue (YYYY-MM-DD in scripts); empty: today."),
                      optional=True)
        self.add_sink(self.OUTPUT, self.tr("Status by step and township"),
                      self.tr("One row per step (ROW_KIND step) and per township in it: parcels, m², mu, overdue."))
        self.add_xlsx(self.XLSX, self.tr("Status report (.xlsx)"), self.tr(
            "The report as a county files it: steps with their townships and a 合计 row, and the overdue parcels."))
        self.add_outputs(("PARCELS", self.tr("Parcels in the programme")), ("OVERDUE", self.tr("Overdue parcels")))

    def processAlgorithm(self, parameters, context, feedback):
        workflow = self.workflow(parameters, context)
        today = self.date(parameters, context, self.TODAY) or _dt.date.today()
        source = self.parameterAsSource(parameters, self.INPUT, context)
        id_field = self.id_field(parameters, context, source)
        town_field = self.parameterAsString(parameters, self.TOWNSHIP_FIELD, context)
        if town_field and source.fields().lookupField(town_field) < 0:
            raise fail(self.tr("Layer “{}” has no field “{}”.").format(source.sourceName(), town_field))
        store = self.store(parameters, context, create=False)
        try:
            statuses = store.statuses(workflow.programme)
        except StoreError as err:
            raise fail(store_problem(err)) from None
        finally:
            store.close()
        parcels = read_parcels(source, context, feedback, source.sourceName(), [town_field] if town_field else [],
                               key_field=id_field, keep_geometries=False)
        towns, areas = self.parcel_facts(parcels, town_field, context, source.sourceName())
        table = summarise(workflow, statuses, towns, areas, today)
        late = overdue_statuses(statuses, today)
        xlsx = self.parameterAsFileOutput(parameters, self.XLSX, context)
        if xlsx:
            self.write_xlsx(xlsx, workflow, table, late, towns, today)
        dest = self.write_table(parameters, context, workflow, table)
        feedback.pushInfo(self.tr("{} parcels in {}, {} overdue.").format(len(statuses), workflow.name_zh, len(late)))
        result = {self.OUTPUT: dest, "PARCELS": len(statuses), "OVERDUE": len(late)}
        if xlsx:
            result[self.XLSX] = xlsx
        return result

    @staticmethod
    def parcel_facts(parcels, town_field, context, name):
        """Township and official area (m²) of each parcel key."""
        areas_m2 = official_m2(parcels.official_m2(context, name)) if len(parcels) else []
        towns_of = parcels.column(town_field) if town_field else [""] * len(parcels)
        towns = {key: "" if town is None else str(town) for key, town in zip(parcels.keys, towns_of)}
        areas = {key: float(area) for key, area in zip(parcels.keys, areas_m2)}
        return towns, areas

    def table_fields(self) -> QgsFields:
        fields = QgsFields()
        for name, kind, length, precision in (
            ("PROGRAMME", QVariant.String, 60, 0), ("STEP", QVariant.String, 40, 0),
            ("STEP_ZH", QVariant.String, 40, 0), ("STEP_EN", QVariant.String, 60, 0),
            ("ROW_KIND", QVariant.String, 10, 0), ("ZLDWMC", QVariant.String, 100, 0), ("PARCELS", QVariant.Int, 10, 0),
            ("AREA_M2", QVariant.Double, 20, decimals("area_m2")), ("AREA_MU", QVariant.Double, 20,
                                                                     decimals("area_mu")),
            ("OVERDUE", QVariant.Int, 10, 0),
        ):
            fields.append(QgsField(name, kind, "", length, precision))
        return fields

    def features(self, workflow, table) -> list:
        """A step's row (all its townships) before its township rows, in the pack's order."""
        fields = self.table_fields()
        out = []
        for row in table.rows():
            step = workflow.step(row.key[0])
            feature = QgsFeature(fields)
            town = self.tr("All townships") if row.kind == "subtotal" else row.key[1]
            kind = "step" if row.kind == "subtotal" else "township"
            feature.setAttributes([workflow.programme, step.id, step.name_zh, step.name_en, kind, town,
                                   row.units["parcels"], row.value(AREA_M2), row.value(AREA_MU), row.units["overdue"]])
            out.append(feature)
        return out

    def write_table(self, parameters, context, workflow, table):
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, self.table_fields(), QgsWkbTypes.NoGeometry)
        if sink is None:
            raise self.invalidSinkError(parameters, self.OUTPUT)
        if not sink.addFeatures(self.features(workflow, table), QgsFeatureSink.FastInsert):
            raise fail(self.tr("The status table could not be written: {}").format(sink.lastError()))
        name_on_load(context, dest, self.tr("Workflow status_{}").format(workflow.name_zh))
        alias_fields_on_load(context, dest, {
            "PROGRAMME": self.tr("Programme"), "STEP": self.tr("Step id"), "STEP_ZH": self.tr("Step"),
            "STEP_EN": self.tr("Step (English)"), "ROW_KIND": self.tr("Row (step or township)"),
            "ZLDWMC": self.tr("Township"), "PARCELS": self.tr("Parcels"),
            "AREA_M2": self.tr("Area (m²)"), "AREA_MU": self.tr("Area (mu)"), "OVERDUE": self.tr("Overdue parcels")})
        return dest

    def write_xlsx(self, path, workflow, table, late, towns, today):
        """The report as a county files it: steps with their townships, and the overdue list."""
        names = {s.id: s.name_zh for s in workflow.steps}
        title = self.tr("{} — workflow status report").format(workflow.name_zh)
        unit_left = self.tr("Report date: {}").format(today.isoformat())
        summary = footed_sheet(
            table, self.tr("Status by step"), title, [Column(self.tr("Step"), 14), Column(self.tr("Township"), 16)],
            [(PARCELS_Q, quantity_column(PARCELS_Q, self.tr("Parcels"), 9)),
             (AREA_M2, quantity_column(AREA_M2, self.tr("m²"), 16, self.tr("Area"))),
             (AREA_MU, quantity_column(AREA_MU, self.tr("mu"), 14, self.tr("Area"))),
             (OVERDUE, quantity_column(OVERDUE, self.tr("Overdue parcels"), 10))],
            label=lambda depth, value: names.get(value, value) if depth == 0 else value,
            unit_left=unit_left, unit_right=self.tr("Units: m², mu"),
            notes=[self.tr("Areas are official ellipsoidal areas (图斑椭球面积); township rows add up to their step, "
                           "steps to the total."),
                   self.tr("A due date marked provisional counts Monday to Friday: that year's holidays were not "
                           "known yet.")],
            notes_title=self.tr("Notes:"))
        yes, no = self.tr("yes"), self.tr("no")
        overdue = Sheet(self.tr("Overdue parcels"), self.tr("{} — overdue parcels").format(workflow.name_zh), [
            Column(self.tr("Parcel"), 22), Column(self.tr("Township"), 16), Column(self.tr("Step"), 12),
            Column(self.tr("Since"), 12), Column(self.tr("Due"), 12), Column(self.tr("Due date provisional"), 10),
            Column(self.tr("Assignee"), 14)],
            [[s.parcel_id, towns.get(s.parcel_id, ""), names.get(s.step, s.step), s.since, s.due,
              yes if s.due_provisional else no, s.assignee or ""] for s in late],
            total=[TOTAL_LABEL, self.tr("{} parcels").format(len(late)), "", "", "", "", ""],
            unit_left=unit_left)
        try:
            write_workbook(path, [summary, overdue])
        except XlsxError as err:
            raise fail(self.tr("The .xlsx could not be written: {}").format(err)) from None

def algorithms(packs) -> list:
    return [SetStatus(packs), StatusReport(packs)]
