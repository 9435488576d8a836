"""landbalance:forestplanstats — 林地保护利用规划附表: the plan's annex tables and indicators.

A thin adapter: the one map is read by processing/forest_map.py, counted by
rules/forest_plan.py (FootedTable per annex table), and written as one .xlsx (exports/xlsx.py,
one sheet per table of the pack) and as two table layers Model Builder can chain.
"""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingMultiStepFeedback,
)
from qgis.PyQt.QtCore import QVariant

from ..exports.tables import TOTAL, cross_sheet
from ..exports.xlsx import Column, Fixed, Sheet, XlsxError, write_workbook
from ..i18n import tr
from ..rules import forest_plan
from ..rules.tables import as_value, units_of_total
from .base import Cancelled, fail
from .forest_map import ForestPlanAlgorithm, add_input_parameters, add_stock_unit_parameter, base_year, read_forest_map
from .layer_output import alias_fields_on_load, name_on_load
from .pack_registry import with_refusal_note

CAPABILITY = "forestplanstats"


def unit_label(unit: str) -> str:
    return {"ha": tr("ha"), "mu": tr("mu"), "share": "%", "m3_per_ha": tr("m³/ha"), "m2": tr("m²")}.get(unit, unit)


class ForestPlanStatistics(ForestPlanAlgorithm):
    INDICATORS = "INDICATORS"
    TABLES = "TABLES"

    def name(self):
        return "forestplanstats"

    def displayName(self):
        return self.tr("Forest-land protection plan: annex tables")

    def shortHelpString(self):
        return self.tr(
            "The annex tables (规划附表) of a forest-land protection and use plan from the forest resource one map "
            "(森林资源管理一张图) or DLTB: the main indicators (林地保有量, 森林保有量, 重点公益林地比率, "
            "占用林地定额, 天然林保有量, 林地生产率) with the baseline measured from the data and the near-term and "
            "plan-end targets from the rule pack, and forest land by land class, protection grade, forest category "
            "and township, and supplementary and reduced forest land (BCLD 2/3) by township. Which tables, their "
            "titles, units and decimals come from the pack's [plan] section.\n\n"
            "Areas are the land survey's official ellipsoidal areas; every table adds up in its rows and columns. A "
            "grade, category, origin or BCLD value the pack does not list, an empty township or a layer without "
            "forest land stops the run with a message and writes nothing.\n\n"
            "Rules: {}."
        ).format(self.documents())

    def initAlgorithm(self, config=None):
        add_input_parameters(self)
        self.add_plan_parameters()
        add_stock_unit_parameter(self)
        self.add_xlsx(self.XLSX, self.tr("Annex tables (.xlsx)"), self.tr(
            "One sheet per annex table of the pack, each with its title, unit line, 合计 row and notes, printable on "
            "A4/A3."), optional=False)
        self.add_sink(self.INDICATORS, self.tr("Plan indicators"),
                      self.tr("One row per indicator: baseline, targets and changes (a table layer)."))
        self.add_sink(self.TABLES, self.tr("Annex table cells"), self.tr(
            "Every number of the area tables, one row per township and column, with the township, column and county "
            "totals (ROW_KIND), as a table layer."))
        self.add_outputs(("PARCELS", self.tr("Parcels read")), ("FOREST_LAND_PARCELS", self.tr("Forest-land parcels")),
                         ("FOREST_LAND_HA", self.tr("Forest land (ha)")))
        self.add_rules_output()

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(3, feedback)
        pack = self.programme(parameters, context)
        spec = forest_plan.plan_spec(pack)
        year = base_year(self, parameters, context, spec)
        xlsx = self.parameterAsFileOutput(parameters, self.XLSX, context)
        read = read_forest_map(self, parameters, context, steps, spec)
        fmap = read.fmap

        steps.setCurrentStep(1)
        values = forest_plan.indicator_values(fmap)
        tables = []
        for table in spec.tables:
            if table.kind == "indicators":
                continue
            if not fmap.available(table):
                feedback.pushWarning(self.tr("Table “{}” left out: the layer has no field for it.").format(
                    table.title_zh))
                continue
            tables.append((table, forest_plan.area_table(fmap, table)))
        if feedback.isCanceled():
            raise Cancelled()

        steps.setCurrentStep(2)
        sheets = self.sheets(spec, pack, year, read.name, values, dict((t.id, f) for t, f in tables))
        try:
            write_workbook(xlsx, sheets)
        except XlsxError as err:
            raise fail(self.tr("The .xlsx could not be written: {}").format(err)) from None
        result = {self.XLSX: xlsx, "RULES": with_refusal_note(pack.label, pack)}
        result[self.INDICATORS] = self.write_indicators(parameters, context, spec, year, values)
        result[self.TABLES] = self.write_cells(parameters, context, spec, tables)
        name_on_load(context, result[self.INDICATORS], self.tr("Plan indicators_{}").format(spec.area_name_zh))
        name_on_load(context, result[self.TABLES], self.tr("Annex table cells_{}").format(spec.area_name_zh))
        forest = fmap.forest_land
        forest_ha = units_of_total(int(fmap.cents[forest].sum()), "ha", spec.decimals["ha"])
        result.update(PARCELS=len(fmap.cents), FOREST_LAND_PARCELS=int(forest.sum()),
                      FOREST_LAND_HA=as_value(forest_ha, spec.decimals["ha"]))
        self.log_indicators(feedback, values)
        steps.setProgress(100)
        return result

    # -- the workbook ---------------------------------------------------------------------

    def sheets(self, spec, pack, year, layer, values, footed) -> list:
        out = []
        for table in spec.tables:
            if table.kind == "indicators":
                out.append(self.indicator_sheet(spec, pack, year, layer, table, values))
            elif table.id in footed:
                out.append(self.area_sheet(spec, pack, year, layer, table, footed[table.id]))
        return out

    def unit_line(self, spec, year, units) -> tuple:
        return (self.tr("Area: {}").format(spec.area_name_zh or "—"),
                self.tr("Baseline year: {}    Units: {}").format(year, "、".join(unit_label(u) for u in units)))

    def common_notes(self, pack, layer) -> list:
        return [self.tr("Areas are the official ellipsoidal areas (图斑椭球面积) of the parcels of “{}”; hectares and "
                        "mu are rounded so that every row and column adds up exactly to its total.").format(layer),
                self.tr("Rules: {}").format(pack.label)]

    def indicator_sheet(self, spec, pack, year, layer, table, values) -> Sheet:
        columns = [Column(self.tr("No."), 6), Column(self.tr("Indicator"), 18), Column(self.tr("Unit"), 12),
                   Column(self.tr("Nature"), 9), Column(self.tr("Baseline {}").format(year), 14),
                   Column(self.tr("Near term {}").format(spec.near_term_year), 14),
                   Column(self.tr("Plan end {}").format(spec.end_year), 14),
                   Column(self.tr("Change by {}").format(spec.near_term_year), 14),
                   Column(self.tr("Change by {}").format(spec.end_year), 14), Column(self.tr("Note"), 46)]
        natures = {"binding": self.tr("binding"), "expected": self.tr("expected")}
        rows = []
        for number, value in enumerate(values, 1):
            shown = [self.fixed(value.baseline, value.decimals)]
            shown += [self.fixed(t, value.decimals) for t in (value.targets or (None, None))]
            shown += [self.fixed(c, value.decimals) for c in (value.changes or (None, None))]
            rows.append([number, value.indicator.name_zh, unit_label(value.indicator.unit),
                         natures.get(value.indicator.nature, "")] + shown + [self.indicator_note(value)])
        notes = [self.tr("Baseline: measured from the one map of the baseline year; targets: from the rule pack "
                         "(plan.indicators[].targets), as the approved plan sets them; “—”: none.")]
        notes += self.common_notes(pack, layer)
        return Sheet(table.sheet_zh, f"{spec.area_name_zh}{table.title_zh}", columns, rows, None,
                     self.tr("Area: {}").format(spec.area_name_zh or "—"), self.tr("Baseline year: {}").format(year),
                     notes, self.tr("Notes:"), paper="A4")

    def fixed(self, units, decimals):
        return "—" if units is None else Fixed(as_value(units, decimals), decimals)

    def indicator_note(self, value) -> str:
        reason = value.reason
        if reason == "not_measured":
            text = "" if value.indicator.note_zh else self.tr("not measured from the data")
        elif reason.startswith("no_field"):
            text = self.tr("the layer has no field for it")
        elif reason == "no_area":
            text = self.tr("no such land in the layer")
        else:
            text = ""
        return "；".join(t for t in (value.indicator.note_zh, text) if t)

    def area_sheet(self, spec, pack, year, layer, table, footed) -> Sheet:
        cross = footed.cross()
        columns = forest_plan.columns_of(spec, table)
        groups = [(spec.quantity(u), self.tr("Area ({})").format(unit_label(u))) for u in table.units]
        options = {}
        if table.kind == "change":
            gain, loss = set(table.gain), set(table.loss)
            options = {"total_title": None, "derived": [(self.tr("Net change"), lambda v: sum(
                n for k, n in v.items() if k in gain) - sum(n for k, n in v.items() if k in loss))]}
        left, right = self.unit_line(spec, year, table.units)
        notes = ([table.note_zh] if table.note_zh else []) + self.common_notes(pack, layer)
        wide = (len(columns) + 1) * len(table.units) > 12
        return cross_sheet(cross, groups, table.sheet_zh, f"{spec.area_name_zh}{table.title_zh}",
                           self.tr("Township"), column_label=lambda key: forest_plan.column_name(spec, table, key),
                           columns=columns, width=12, unit_left=left, unit_right=right, notes=notes,
                           notes_title=self.tr("Notes:"), paper="A3" if wide else "A4", **options)

    # -- the table layers -----------------------------------------------------------------

    def indicator_fields(self) -> QgsFields:
        fields = QgsFields()
        for name, kind in (("ID", QVariant.String), ("NAME", QVariant.String), ("UNIT", QVariant.String),
                           ("NATURE", QVariant.String), ("BASE_YEAR", QVariant.Int), ("BASELINE", QVariant.Double),
                           ("NEAR_YEAR", QVariant.Int), ("NEAR_TARGET", QVariant.Double), ("END_YEAR", QVariant.Int),
                           ("END_TARGET", QVariant.Double), ("NEAR_CHANGE", QVariant.Double),
                           ("END_CHANGE", QVariant.Double), ("NOTE", QVariant.String)):
            fields.append(QgsField(name, kind))
        return fields

    def write_indicators(self, parameters, context, spec, year, values) -> str:
        fields = self.indicator_fields()
        sink, dest = self.parameterAsSink(parameters, self.INDICATORS, context, fields)
        if sink is None:
            raise self.invalidSinkError(parameters, self.INDICATORS)
        features = []
        for value in values:
            numbers = [None if u is None else as_value(u, value.decimals) for u in
                       (value.baseline,) + (value.targets or (None, None)) + (value.changes or (None, None))]
            feature = QgsFeature(fields)
            feature.setAttributes([value.indicator.id, value.indicator.name_zh, unit_label(value.indicator.unit),
                                   value.indicator.nature, year, numbers[0], spec.near_term_year, numbers[1],
                                   spec.end_year, numbers[2], numbers[3], numbers[4], self.indicator_note(value)])
            features.append(feature)
        self.flush(sink, features)
        alias_fields_on_load(context, dest, {
            "ID": self.tr("Indicator id"), "NAME": self.tr("Indicator"), "UNIT": self.tr("Unit"),
            "NATURE": self.tr("Nature"), "BASE_YEAR": self.tr("Baseline year"), "BASELINE": self.tr("Baseline"),
            "NEAR_YEAR": self.tr("Near-term year"), "NEAR_TARGET": self.tr("Near-term target"),
            "END_YEAR": self.tr("Plan end year"), "END_TARGET": self.tr("Plan-end target"),
            "NEAR_CHANGE": self.tr("Near-term change"), "END_CHANGE": self.tr("Plan-end change"),
            "NOTE": self.tr("Note")})
        return dest

    def cell_fields(self) -> QgsFields:
        fields = QgsFields()
        for name, kind in (("TABLE_ID", QVariant.String), ("TABLE_NAME", QVariant.String),
                           ("TOWNSHIP", QVariant.String), ("COLUMN_KEY", QVariant.String),
                           ("COLUMN_NAME", QVariant.String), ("ROW_KIND", QVariant.String),
                           ("PARCELS", QVariant.LongLong), ("AREA_HA", QVariant.Double), ("AREA_MU", QVariant.Double)):
            fields.append(QgsField(name, kind))
        return fields

    def write_cells(self, parameters, context, spec, tables) -> str:
        fields = self.cell_fields()
        sink, dest = self.parameterAsSink(parameters, self.TABLES, context, fields)
        if sink is None:
            raise self.invalidSinkError(parameters, self.TABLES)
        features = []
        for table, footed in tables:
            for row in cell_rows(spec, table, footed):
                feature = QgsFeature(fields)
                feature.setAttributes([table.id, table.title_zh] + row)
                features.append(feature)
        self.flush(sink, features)
        alias_fields_on_load(context, dest, {
            "TABLE_ID": self.tr("Table id"), "TABLE_NAME": self.tr("Table"), "TOWNSHIP": self.tr("Township"),
            "COLUMN_KEY": self.tr("Column code"), "COLUMN_NAME": self.tr("Column"), "ROW_KIND": self.tr("Row kind"),
            "PARCELS": self.tr("Parcels"), "AREA_HA": self.tr("Area (ha)"), "AREA_MU": self.tr("Area (mu)")})
        return dest

    def flush(self, sink, features) -> None:
        if features and not sink.addFeatures(features, QgsFeatureSink.FastInsert):
            raise fail(self.tr("Could not write to the output: {}").format(sink.lastError()))

    def log_indicators(self, feedback, values) -> None:
        for value in values:
            shown = "—" if value.baseline is None else f"{as_value(value.baseline, value.decimals)}"
            feedback.pushInfo(self.tr("{}: {} {} (baseline)").format(
                value.indicator.name_zh, shown, unit_label(value.indicator.unit)))


def cell_rows(spec, table, footed) -> list:
    """[township, column key, column name, row kind, parcels, ha, mu] for every number of an area
    table: cells, township totals ('township'; a change table has the net change, 'net',
    instead), column totals over the townships ('column') and the county total ('total')."""
    cross = footed.cross()
    columns = forest_plan.columns_of(spec, table)
    quantities = [forest_plan.PARCELS] + [spec.quantity(u) if u in table.units else None for u in ("ha", "mu")]
    present = [q for q in quantities if q is not None]
    names = {key: forest_plan.column_name(spec, table, key) for key in columns}
    sign = {key: (1 if key in table.gain else -1) for key in columns}

    def numbers(units: dict) -> list:
        return [None if q is None else as_value(units[q.id], q.decimals if q.is_area else 0) for q in quantities]

    def net(cells: dict) -> dict:
        return {q.id: sum(sign[key] * cells[key][q.id] for key in columns) for q in present}

    def block(town, cells: dict, total: dict, kind: str) -> list:
        out = [[town, key, names[key], "cell" if kind == "township" else "column"] + numbers(cells[key])
               for key in columns]
        if table.kind == "change":
            return out + [[town, "net", tr("Net change"), "net"] + numbers(net(cells))]
        return out + [[town, "", TOTAL, kind] + numbers(total)]

    rows = []
    for town in cross.row_labels:
        cells = {key: {q.id: cross.cell(town, key, q) for q in present} for key in columns}
        rows += block(town, cells, {q.id: cross.row_total(town, q) for q in present}, "township")
    cells = {key: {q.id: cross.column_total(key, q) for q in present} for key in columns}
    return rows + block(TOTAL, cells, {q.id: cross.grand_total(q) for q in present}, "total")


def algorithms(packs) -> list:
    return [ForestPlanStatistics(packs)]
