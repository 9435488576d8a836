"""landbalance:inoutbalance — 耕地进出平衡核算: the year's in/out balance verdict per county and group.

A thin adapter over rules/inout_balance.py (seed 001, DOMAIN.md section 2): the converted-out
and converted-in parcels are read once (processing/parcels.py) and measured by the survey's
formula; a converted-in parcel without a grade takes the grade of the adjacent cultivated
parcel of NEIGHBOURS with the longest shared border (相邻地块比较法): candidate pairs from one
box join (rules/boxes.py), borders measured by GEOS, one buffer per converted-in parcel.
"""

from __future__ import annotations

import datetime as _dt

import numpy as np
from qgis.core import (
    QgsGeometry,
    QgsProcessing,
    QgsWkbTypes,
)

from ..exports.tables import TOTAL
from ..exports.xlsx import INTEGER, NUMBER, TEXT, Column, Sheet
from ..i18n import pick
from ..rules import landclass
from ..rules.boxes import BoxGrid
from ..rules.grades import GradeError, grade_scale, grade_scales, round_fraction
from ..rules.inout_balance import (
    BalanceError, BalanceRules, Border, Flow, gap_hundredths, neighbour_grades, short_mu_units, verdicts,
)
from ..rules.survey import official_m2
from ..rules.tables import FootedTable, Quantity, cents_of
from .base import Cancelled, NamedChoice, fail
from .ledger_common import LedgerAlgorithm, naming_fields
from .ledger_output import INT, REAL, TEXT as TEXT_FIELD, chart_file, folder_of, hundredths, save_workbook, write_table
from .parcels import read_parcels, report_reading, working_crs

CAPABILITY = "inoutbalance"
SOURCES = ("in", "in_paddy", "out", "exempt", "out_paddy", "exempt_paddy")
QUANTITIES = {s: Quantity(s, "mu", 2, source=s) for s in SOURCES}
FROM_PARCEL, FROM_NEIGHBOUR = "图斑", "相邻地块比较法"
ALL = "全部"


class InOutBalance(LedgerAlgorithm):
    OUT = "OUT"
    IN = "IN"
    OUT_CLASS_FIELD = "OUT_CLASS_FIELD"
    OUT_AFTER_CLASS_FIELD = "OUT_AFTER_CLASS_FIELD"
    IN_CLASS_FIELD = "IN_CLASS_FIELD"
    EXEMPT_FIELD = "EXEMPT_FIELD"
    GRADE_FIELD = "GRADE_FIELD"
    GRADE_SCALE = "GRADE_SCALE"
    NEIGHBOURS = "NEIGHBOURS"
    NEIGHBOUR_CLASS_FIELD = "NEIGHBOUR_CLASS_FIELD"
    NEIGHBOUR_GRADE_FIELD = "NEIGHBOUR_GRADE_FIELD"
    YEAR = "YEAR"
    GROUP_FIELD = "GROUP_FIELD"
    OUTPUT = "OUTPUT"
    IN_GRADED = "IN_GRADED"
    REPORT = "REPORT"

    def uses(self, pack) -> bool:
        return bool((pack.section("balance") or {}).get("grade_scales"))

    def name(self):
        return "inoutbalance"

    def displayName(self):
        return self.tr("Cultivated-land in/out balance verdict")

    def shortHelpString(self):
        return self.tr(
            "The year's in/out balance (耕地进出平衡) of each county and group: the converted-in area and its paddy "
            "area must be at least the converted-out area, not counting the outflows the rule pack excludes "
            "(state ecological retirement, disaster damage, natural water expansion, legal conversion — named in "
            "EXEMPT_FIELD), and the area-weighted mean grade of the land in must be as good as that of the land "
            "out; then 落实, otherwise 未落实 (the province freezes the matching indicators). Areas are official "
            "ellipsoidal areas compared to the cent: a county short by 0.01 mu is not balanced. A converted-in "
            "parcel without a grade takes the grade of the adjacent cultivated parcel of NEIGHBOURS with the "
            "longest shared border (相邻地块比较法); IN_GRADED says which parcel it came from. Rule source: {}"
        ).format(self.documents())

    def initAlgorithm(self, config=None):
        self.add_programme_parameter(default="anhui_inout")
        self.add_parcels(self.OUT, self.tr("Parcels converted out (耕地转出)"), self.tr(
            "The year's parcels turned from cultivated land to other agricultural land, one feature each."))
        self.add_parcels(self.IN, self.tr("Parcels converted in (耕地转进)"), self.tr(
            "The year's parcels made cultivated land again, with their class after the change."))
        self.add_field(self.OUT_CLASS_FIELD, self.tr("Class before the change (converted out)"), self.tr(
            "Land-class code of the converted-out parcel before the change; must be cultivated land."), "DLBM",
            self.OUT)
        self.add_field(self.OUT_AFTER_CLASS_FIELD, self.tr("Class after the change (converted out)"), self.tr(
            "Optional: its class after the change, which must not be cultivated land."), parent=self.OUT)
        self.add_field(self.EXEMPT_FIELD, self.tr("Out-exclusion field"), self.tr(
            "Empty, or the rule pack's out-exclusion (id or Chinese name) the outflow falls under; such outflows do "
            "not count against the county."), parent=self.OUT)
        self.add_field(self.IN_CLASS_FIELD, self.tr("Class after the change (converted in)"), self.tr(
            "Land-class code of the converted-in parcel after the change; must be cultivated land (paddy when the "
            "pack's paddy classes say so)."), "DLBM", self.IN)
        self.add_field(self.GRADE_FIELD, self.tr("Grade field"), self.tr(
            "Cultivated-land grade on both layers (国家利用等别 or 耕地质量等级 as GRADE_SCALE says)."), "GDDB",
            self.OUT)
        scales = {s.id: pick(s.name_zh, s.name_en) for p in self.programmes() for s in grade_scales(p, "balance")}
        self.add(NamedChoice(self.GRADE_SCALE, self.tr("Grade scale"), list(scales.items()), "utilization",
                             optional=True),
                 self.tr("Which grade scale of the rule pack the grades are on: its range and which end is better "
                         "(utilization: 国家利用等别 1–15; quality: 耕地质量等级 1–10; 1 best)."))
        self.add_parcels(self.NEIGHBOURS, self.tr("County parcels for grades (DLTB)"), self.tr(
            "Optional: the county's parcels. A converted-in parcel without a grade takes the grade of the adjacent "
            "cultivated parcel with the longest shared border."), optional=True)
        self.add_field(self.NEIGHBOUR_CLASS_FIELD, self.tr("Class field of the county parcels"), self.tr(
            "Land-class code of the county parcels (only cultivated land lends its grade)."), "DLBM",
            self.NEIGHBOURS, advanced=True)
        self.add_field(self.NEIGHBOUR_GRADE_FIELD, self.tr("Grade field of the county parcels"),
                       self.tr("Empty: the same name as the grade field."), parent=self.NEIGHBOURS, advanced=True)
        self.add_year(self.YEAR, self.tr("Year"), self.tr(
            "The year whose balance is decided (titles the report; the rectification deadline follows from it)."),
            _dt.date.today().year - 1)
        self.add_field(self.GROUP_FIELD, self.tr("Group field (e.g. township)"), self.tr(
            "Optional: a field on both layers (e.g. ZLDWMC) giving a verdict per group as well."), parent=self.OUT)
        self.add_sink(self.OUTPUT, self.tr("Balance verdict"), self.tr(
            "One row per county (and per group): areas in and out, excluded outflows, mean grades, VERDICT 落实/未落实 "
            "and the shortfalls."))
        self.add_sink(self.IN_GRADED, self.tr("Converted-in parcels with their grade"), self.tr(
            "Each converted-in parcel with its area, grade and where the grade came from (the parcel, or the "
            "adjacent parcel GRADE_FROM sharing BORDER_M metres)."), QgsProcessing.TypeVectorPolygon, optional=True,
            create=True)
        self.add_xlsx(self.REPORT, self.tr("Balance report (.xlsx)"), self.tr(
            "The verdict table as filed (title, unit line, 合计), the converted-in parcels' grades, and the chart."))
        self.add_chart(self.tr("Converted-in against counted converted-out area and paddy, per group."))
        self.add_outputs(("IN_MU", self.tr("Converted in (mu)")), ("OUT_MU", self.tr("Converted out (mu)")),
                         ("EXEMPT_MU", self.tr("Excluded outflows (mu)")), ("SHORT_MU", self.tr("Shortfall (mu)")),
                         ("SHORT_PADDY_MU", self.tr("Paddy shortfall (mu)")),
                         ("GRADED_BY_NEIGHBOUR", self.tr("Grades from neighbours")))
        self.add_text_outputs(("VERDICT", self.tr("Verdict")))
        self.add_rules_output()

    # -- the run --------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):
        pack = self.programme(parameters, context)
        rules = BalanceRules.of(pack)
        scale = grade_scale(pack, "balance", self.parameterDefinition(self.GRADE_SCALE).chosen(parameters) or "")
        year = self.parameterAsInt(parameters, self.YEAR, context)
        names = {k: self.parameterAsString(parameters, k, context) for k in (
            self.OUT_CLASS_FIELD, self.OUT_AFTER_CLASS_FIELD, self.IN_CLASS_FIELD, self.EXEMPT_FIELD, self.GRADE_FIELD,
            self.GROUP_FIELD, self.NEIGHBOUR_CLASS_FIELD, self.NEIGHBOUR_GRADE_FIELD)}
        for key, default in ((self.OUT_CLASS_FIELD, "DLBM"), (self.IN_CLASS_FIELD, "DLBM"),
                             (self.GRADE_FIELD, scale.field or "GDDB")):
            names[key] = names[key] or default
        in_source, in_name = self.polygon_source(parameters, self.IN, context, feedback)
        out_source, out_name = self.polygon_source(parameters, self.OUT, context, feedback)
        crs = working_crs(in_source)
        outs = self._outflows(out_source, out_name, names, rules, scale, crs, context, feedback)
        inflows, in_parcels, graded_info = self._inflows(in_source, in_name, names, rules, scale, crs, context,
                                                         feedback, parameters)
        by_group = bool(names[self.GROUP_FIELD])
        found = verdicts(inflows, outs, scale, rules.compare, by_group)
        table = self._table(inflows, outs, by_group)
        if feedback.isCanceled():
            raise Cancelled()
        rows = self._rows(table, found, by_group, year, pack)
        several = len({k[0] for k in found if k}) > 1  # the total row only adds to several counties
        table_rows = [r[0] for r in rows if r[3] != "total" or several]
        result = {self.OUTPUT: write_table(self, parameters, self.OUTPUT, context, self.spec(), table_rows,
                                           self.aliases())}
        dest = self._write_graded(parameters, context, in_parcels, inflows, graded_info)
        if dest:
            result[self.IN_GRADED] = dest
        self._report(parameters, context, rows, table, found, by_group, inflows, graded_info, year, pack, scale,
                     in_name, out_name, result)
        overall = found[()]
        feedback.pushInfo(self.tr("{}: {} (in {:.2f} mu, counted out {:.2f} mu).").format(
            year, overall.verdict, rows[-1][1]["in"] / 100, rows[-1][1]["net_out"] / 100))
        result.update(IN_MU=hundredths(rows[-1][1]["in"]), OUT_MU=hundredths(rows[-1][1]["out"]),
                      EXEMPT_MU=hundredths(rows[-1][1]["exempt"]),
                      SHORT_MU=hundredths(short_mu_units(overall.area_short_cents)),
                      SHORT_PADDY_MU=hundredths(short_mu_units(overall.paddy_short_cents)),
                      GRADED_BY_NEIGHBOUR=sum(1 for f in inflows if f.grade_from), VERDICT=overall.verdict,
                      RULES=pack.label)
        return result

    @staticmethod
    def _optional_fields(source, wanted) -> list:
        return [f for f in wanted if f and source.fields().lookupField(f) >= 0]

    def _read(self, source, name, fields, crs, context, feedback):
        extra = naming_fields(source) + self._optional_fields(source, ["ZLDWDM"])
        parcels = read_parcels(source, context, feedback, name, list(dict.fromkeys([f for f in fields if f] + extra)),
                               crs)
        report_reading(parcels, name, feedback)
        cents = cents_of(official_m2(parcels.official_m2(context, name))) if len(parcels) else np.zeros(0, np.int64)
        return parcels, cents.tolist(), parcels.labels(parcels.fids)

    @staticmethod
    def _county(parcels, row) -> str:
        if not parcels.has("ZLDWDM"):
            return ""
        return str(parcels.column("ZLDWDM")[row] or "")[:6]

    def _grade(self, scale, value, layer, label, field):
        try:
            return scale.parse(value)
        except GradeError:
            raise fail(self.tr("Layer “{}”, parcel {}: grade “{}” in field {} is not a {} grade ({}–{}).").format(
                layer, label, value, field, pick(scale.name_zh, scale.name_en), scale.min, scale.max)) from None

    def _outflows(self, source, name, names, rules, scale, crs, context, feedback) -> list:
        before, after, exempt = names[self.OUT_CLASS_FIELD], names[self.OUT_AFTER_CLASS_FIELD], names[self.EXEMPT_FIELD]
        grade_field, group = names[self.GRADE_FIELD], names[self.GROUP_FIELD]
        parcels, cents, labels = self._read(source, name, [before, after, exempt, grade_field, group], crs, context,
                                            feedback)
        out = []
        for row, label in enumerate(labels):
            try:
                paddy = rules.out_is_paddy(parcels.column(before)[row], parcels.column(after)[row] if after else None)
                exemption = rules.exemption(parcels.column(exempt)[row]) if exempt else ""
            except BalanceError as err:
                raise fail(self._balance_message(err, name, label, before, after, exempt)) from None
            grade = self._grade(scale, parcels.column(grade_field)[row], name, label, grade_field)
            if grade is None:
                raise fail(self.tr("Converted-out layer “{}”, parcel {}: no grade in field {}; the quality of "
                                   "the land out must be known.").format(name, label, grade_field))
            out.append(Flow(label, cents[row], paddy, grade, self._county(parcels, row),
                            str(parcels.column(group)[row] or "") if group else "", exemption))
        return out

    def _balance_message(self, err, layer, label, klass, after, exempt) -> str:
        d = err.details
        if err.code == "out_not_cropland":
            return self.tr("Converted-out layer “{}”, parcel {}: class {} “{}” was not cultivated land before the "
                           "change, so it cannot be converted out.").format(layer, label, klass, d["class_code"])
        if err.code == "out_still_cropland":
            return self.tr("Converted-out layer “{}”, parcel {}: class {} “{}” is still cultivated land after the "
                           "change, so it was not converted out.").format(layer, label, after, d["class_code"])
        if err.code == "in_not_cropland":
            return self.tr("Converted-in layer “{}”, parcel {}: class {} “{}” is not cultivated land after the "
                           "change; only cultivated land counts as converted in.").format(
                layer, label, klass, d["class_code"])
        if err.code == "exemption":
            return self.tr("Converted-out layer “{}”, parcel {}: “{}” in field {} is not one of the rule pack's "
                           "out-exclusions ({}).").format(layer, label, d["value"], exempt, "、".join(d["known"]))
        return str(err)

    def _inflows(self, source, name, names, rules, scale, crs, context, feedback, parameters):
        klass, grade_field, group = names[self.IN_CLASS_FIELD], names[self.GRADE_FIELD], names[self.GROUP_FIELD]
        has_grade = source.fields().lookupField(grade_field) >= 0
        neighbours = self.parameterAsSource(parameters, self.NEIGHBOURS, context)
        if not has_grade and neighbours is None:
            raise fail(self.tr("Layer “{}” has no field “{}”.").format(name, grade_field))
        parcels, cents, labels = self._read(source, name, [klass, grade_field if has_grade else "", group], crs,
                                            context, feedback)
        paddy, grades = [], []
        for row, label in enumerate(labels):
            try:
                paddy.append(rules.in_is_paddy(parcels.column(klass)[row]))
            except BalanceError as err:
                raise fail(self._balance_message(err, name, label, klass, "", "")) from None
            grades.append(self._grade(scale, parcels.column(grade_field)[row], name, label, grade_field)
                          if has_grade else None)
        missing = [row for row, g in enumerate(grades) if g is None]
        info = {}
        if missing:
            if neighbours is None:
                raise fail(self.tr("Converted-in layer “{}”, parcel {}: no grade in field {}; give the county's "
                                   "parcels (NEIGHBOURS) to take it from the adjacent cultivated parcel "
                                   "(相邻地块比较法).").format(name, labels[missing[0]], grade_field))
            info = self._neighbour_grades(parameters, context, feedback, parcels, missing, names, rules, scale, crs)
            for row in missing:
                if row not in info:
                    raise fail(self.tr("Converted-in layer “{}”, parcel {}: no grade in field {} and no adjacent "
                                       "cultivated parcel with a grade to take it from.").format(
                        name, labels[row], grade_field))
                grades[row] = info[row][0]
        flows = [Flow(label, cents[row], paddy[row], grades[row], self._county(parcels, row),
                      str(parcels.column(group)[row] or "") if group else "", "",
                      info[row][1] if row in info else "") for row, label in enumerate(labels)]
        return flows, parcels, info

    def _neighbour_grades(self, parameters, context, feedback, inflows, rows, names, rules, scale, crs) -> dict:
        """相邻地块比较法: for each ungraded inflow, the graded cultivated neighbour sharing the
        longest border (within the pack's tolerance); its own overlapping copy does not count."""
        source, name = self.polygon_source(parameters, self.NEIGHBOURS, context, feedback)
        klass = names[self.NEIGHBOUR_CLASS_FIELD] or "DLBM"
        grade_field = names[self.NEIGHBOUR_GRADE_FIELD] or names[self.GRADE_FIELD]
        # Only cultivated land lends a grade: the provider skips the rest (about half a county).
        spellings = sorted(rules.cropland | {c.lstrip("0") for c in rules.cropland})  # '0101', and 101 as a number
        codes_sql = ", ".join(f"'{c}'" for c in spellings)
        county = read_parcels(source, context, feedback, name, [klass, grade_field] + naming_fields(source), crs,
                              keep_geometries=True, where=f'"{klass}" IN ({codes_sql})')
        report_reading(county, name, feedback)
        codes = [landclass.normalise_code(c) for c in county.column(klass)]
        grades = []
        for value in county.column(grade_field):
            try:
                grades.append(scale.parse(value))
            except GradeError:
                grades.append(None)  # a bad grade lends nothing; the inflow looks further
        lend = np.array([c in rules.cropland and g is not None for c, g in zip(codes, grades)], dtype=bool)
        pack = self.programme(parameters, context)
        tolerance = float(pack.threshold(pack.section("balance").get("adjacent_tolerance", "adjacent_tolerance_m")))
        grow = np.array([-tolerance, -tolerance, tolerance, tolerance])
        boxes = county.boxes() + grow
        in_boxes = inflows.boxes() + grow
        pairs_in, pairs_nb = BoxGrid(boxes, np.flatnonzero(lend)).pairs(in_boxes[rows], np.asarray(rows))
        borders = []
        starts = np.flatnonzero(np.diff(pairs_in, prepend=-1)).tolist() + [len(pairs_in)]
        for k, (start, stop) in enumerate(zip(starts[:-1], starts[1:])):
            if k % 200 == 0 and feedback.isCanceled():
                raise Cancelled()
            row = int(pairs_in[start])
            polygon = inflows.geometries[row]
            engine = QgsGeometry.createGeometryEngine(polygon.constGet())
            engine.prepareGeometry()
            band = QgsGeometry(polygon.constGet().boundary()).buffer(tolerance, 4)
            own = max(polygon.area() * 0.01, 1.0)
            for j in pairs_nb[start:stop].tolist():
                other = county.geometries[j].constGet()
                if engine.intersects(other) and QgsGeometry(engine.intersection(other)).area() > own:
                    continue  # the parcel itself (or a copy over it) in the county layer
                shared = QgsGeometry(other.boundary()).intersection(band)
                length = shared.length() if not shared.isEmpty() else 0.0
                if length > 0:
                    borders.append(Border(row, j, length))
        return neighbour_grades(borders, grades, county.labels(county.fids))

    @staticmethod
    def _table(inflows, outs, by_group) -> FootedTable:
        keys = ("county", "group") if by_group else ("county",)
        table = FootedTable(keys, list(QUANTITIES.values()), subtotals=(1,) if by_group else (),
                            order={})
        for f in inflows:
            table.add((f.county, f.group)[:len(keys)], {"in": f.cents, "in_paddy": f.cents if f.paddy else 0},
                      {})
        for f in outs:
            exempt = f.cents if f.exemption else 0
            table.add((f.county, f.group)[:len(keys)], {
                "out": f.cents, "exempt": exempt, "out_paddy": f.cents if f.paddy else 0,
                "exempt_paddy": exempt if f.paddy else 0})
        return table

    @staticmethod
    def _units(row) -> dict:
        u = {s: row.units[s] for s in SOURCES}
        u["net_out"] = u["out"] - u["exempt"]
        u["net_out_paddy"] = u["out_paddy"] - u["exempt_paddy"]
        return u

    def _rows(self, table, found, by_group, year, pack) -> list:
        """(attributes, units, verdict, row kind) per county and group row, then the total."""
        out = []
        for row in table.rows():
            depth = row.depth
            key = tuple(k for k in row.key[:depth])
            verdict = found[key]
            kind = "county" if depth == 1 else "group"
            group = ALL if depth == 1 else key[1]
            out.append(self._line(key[0], group if by_group else ALL, kind, self._units(row), verdict, year, pack))
        counties = {k[0] for k in found if k}
        county = next(iter(counties)) if len(counties) == 1 else ALL
        out.append(self._line(county, ALL, "total", self._units(table.total()), found[()], year, pack))
        return out

    def _line(self, county, group, kind, u, v, year, pack):
        grade_in = round_fraction(v.in_grade) if v.in_grade is not None else None
        grade_out = round_fraction(v.out_grade) if v.out_grade is not None else None
        gap = gap_hundredths(v.grade_gap)
        reasons = self._reasons(v, grade_in, grade_out)
        mu = {k: hundredths(n) for k, n in u.items()}
        values = [year, county, group, kind, v.in_parcels, v.out_parcels, mu["in"], mu["in_paddy"], grade_in,
                  mu["out"], mu["exempt"], mu["net_out"], mu["out_paddy"], mu["exempt_paddy"], mu["net_out_paddy"],
                  grade_out, v.verdict, hundredths(short_mu_units(v.area_short_cents)),
                  hundredths(short_mu_units(v.paddy_short_cents)), None if gap is None else gap / 100, reasons,
                  pack.label]
        return values, u, v, kind

    def _reasons(self, v, grade_in, grade_out) -> str:
        out = []
        if v.area_short_cents:
            out.append(self.tr("in is {:.2f} mu short of the counted outflows").format(
                short_mu_units(v.area_short_cents) / 100))
        if v.paddy_short_cents:
            out.append(self.tr("paddy in is {:.2f} mu short").format(short_mu_units(v.paddy_short_cents) / 100))
        if not v.grade_ok:
            out.append(self.tr("mean grade in {} is worse than out {}").format(
                "—" if grade_in is None else f"{grade_in:.2f}", f"{grade_out:.2f}"))
        return "；".join(out)

    @staticmethod
    def spec():
        return (("YEAR", INT, 4, 0), ("COUNTY", TEXT_FIELD, 12, 0), ("GROUP", TEXT_FIELD, 100, 0),
                ("ROW_KIND", TEXT_FIELD, 10, 0), ("IN_PARCELS", INT, 10, 0), ("OUT_PARCELS", INT, 10, 0),
                ("IN_MU", REAL, 15, 2), ("IN_PADDY_MU", REAL, 15, 2), ("IN_GRADE", REAL, 6, 2),
                ("OUT_MU", REAL, 15, 2), ("EXEMPT_MU", REAL, 15, 2), ("NET_OUT_MU", REAL, 15, 2),
                ("OUT_PADDY_MU", REAL, 15, 2), ("EXEMPT_PADDY_MU", REAL, 15, 2), ("NET_OUT_PADDY_MU", REAL, 15, 2),
                ("OUT_GRADE", REAL, 6, 2), ("VERDICT", TEXT_FIELD, 8, 0), ("SHORT_MU", REAL, 15, 2),
                ("SHORT_PADDY_MU", REAL, 15, 2), ("SHORT_GRADE", REAL, 6, 2), ("REASONS", TEXT_FIELD, 254, 0),
                ("RULES", TEXT_FIELD, 80, 0))

    def aliases(self) -> dict:
        return {"YEAR": self.tr("Year"), "COUNTY": self.tr("County code"), "GROUP": self.tr("Group"),
                "ROW_KIND": self.tr("Row (county, group or total)"), "IN_PARCELS": self.tr("Parcels in"),
                "OUT_PARCELS": self.tr("Parcels out"), "IN_MU": self.tr("Converted in (mu)"),
                "IN_PADDY_MU": self.tr("Paddy converted in (mu)"), "IN_GRADE": self.tr("Mean grade in"),
                "OUT_MU": self.tr("Converted out (mu)"), "EXEMPT_MU": self.tr("Excluded outflows (mu)"),
                "NET_OUT_MU": self.tr("Counted outflows (mu)"), "OUT_PADDY_MU": self.tr("Paddy converted out (mu)"),
                "EXEMPT_PADDY_MU": self.tr("Excluded paddy outflows (mu)"),
                "NET_OUT_PADDY_MU": self.tr("Counted paddy outflows (mu)"), "OUT_GRADE": self.tr("Mean grade out"),
                "VERDICT": self.tr("Verdict"), "SHORT_MU": self.tr("Shortfall (mu)"),
                "SHORT_PADDY_MU": self.tr("Paddy shortfall (mu)"), "SHORT_GRADE": self.tr("Grade shortfall"),
                "REASONS": self.tr("Why not balanced"), "RULES": self.tr("Rules applied (id@version)")}

    def _write_graded(self, parameters, context, parcels, inflows, info):
        spec = (("BSM", TEXT_FIELD, 18, 0), ("GROUP", TEXT_FIELD, 100, 0), ("AREA_MU", REAL, 15, 2),
                ("PADDY", TEXT_FIELD, 2, 0), ("GRADE", INT, 4, 0), ("GRADE_SRC", TEXT_FIELD, 20, 0),
                ("GRADE_FROM", TEXT_FIELD, 30, 0), ("BORDER_M", REAL, 12, 2))
        mu = self._parcel_mu(inflows)
        rows = [[f.key, f.group, hundredths(mu[k]), "是" if f.paddy else "否", f.grade,
                 FROM_NEIGHBOUR if k in info else FROM_PARCEL, info[k][1] if k in info else None,
                 round(info[k][2], 2) if k in info else None] for k, f in enumerate(inflows)]
        geometries = []
        for g in parcels.geometries:
            g = QgsGeometry(g)
            g.convertToMultiType()
            geometries.append(g)
        return write_table(self, parameters, self.IN_GRADED, context, spec, rows, {
            "BSM": self.tr("Parcel"), "GROUP": self.tr("Group"), "AREA_MU": self.tr("Area (mu)"),
            "PADDY": self.tr("Paddy"), "GRADE": self.tr("Grade"), "GRADE_SRC": self.tr("Grade from"),
            "GRADE_FROM": self.tr("Adjacent parcel lending the grade"), "BORDER_M": self.tr("Shared border (m)")},
            crs=parcels.crs, geometries=geometries, wkb_type=QgsWkbTypes.MultiPolygon)

    @staticmethod
    def _parcel_mu(flows) -> list:
        from ..rules.tables import footed_units

        return footed_units([f.cents for f in flows], "mu", 2).tolist() if flows else []

    # -- the workbook ----------------------------------------------------------------------

    def _report(self, parameters, context, rows, table, found, by_group, inflows, info, year, pack, scale, in_name,
                out_name, result):
        path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        chart_path = self.parameterAsFileOutput(parameters, self.CHART, context)
        if not path and not chart_path:
            return
        detail = [r for r in rows if r[3] == ("group" if by_group else "county")]
        categories = [(r[0][2] if by_group else (r[0][1] or ALL)) for r in detail]
        series = [(self.tr("Converted in"), [r[1]["in"] / 100 for r in detail]),
                  (self.tr("Counted outflows"), [r[1]["net_out"] / 100 for r in detail]),
                  (self.tr("Paddy in"), [r[1]["in_paddy"] / 100 for r in detail]),
                  (self.tr("Counted paddy outflows"), [r[1]["net_out_paddy"] / 100 for r in detail])]
        title = self.tr("{} cultivated land in and out").format(year)
        with chart_file(chart_path, folder_of(path), title, categories, series, unit=self.tr("Unit: mu")) as png:
            if chart_path:
                result[self.CHART] = chart_path
            if path:
                save_workbook(path, [self._verdict_sheet(rows, by_group, year, pack, scale, png),
                                     self._graded_sheet(inflows, info, in_name, year)])
                result[self.REPORT] = path

    def _verdict_sheet(self, rows, by_group, year, pack, scale, png) -> Sheet:
        area, grade = self.tr("Area (mu)"), self.tr("Grade")
        group_in, group_out, group_result = self.tr("Converted in"), self.tr("Converted out"), self.tr("Result")
        columns = [Column(self.tr("County code"), 9), Column(self.tr("Group"), 12)] if by_group else \
            [Column(self.tr("County code"), 10)]
        columns += [Column(self.tr("Parcels"), 6, INTEGER, 0, group_in), Column(area, 10, NUMBER, 2, group_in),
                    Column(self.tr("of which paddy"), 10, NUMBER, 2, group_in), Column(grade, 7, NUMBER, 2, group_in),
                    Column(self.tr("Parcels"), 6, INTEGER, 0, group_out), Column(area, 10, NUMBER, 2, group_out),
                    Column(self.tr("Excluded"), 10, NUMBER, 2, group_out),
                    Column(self.tr("Counted"), 10, NUMBER, 2, group_out),
                    Column(self.tr("Paddy"), 10, NUMBER, 2, group_out),
                    Column(self.tr("Counted paddy"), 10, NUMBER, 2, group_out), Column(grade, 7, NUMBER, 2, group_out),
                    Column(self.tr("Verdict"), 8, TEXT, 0, group_result),
                    Column(self.tr("Area short"), 9, NUMBER, 2, group_result),
                    Column(self.tr("Paddy short"), 9, NUMBER, 2, group_result),
                    Column(self.tr("Grade short"), 8, NUMBER, 2, group_result)]
        body, bold = [], set()
        for values, _, _, kind in rows[:-1]:
            keys = ([values[1] or "—", self.tr("Subtotal") if kind == "county" else values[2]] if by_group
                    else [values[1] or "—"])
            if kind == "county" and by_group:
                bold.add(len(body))
            body.append(keys + self._figures(values))
        values = rows[-1][0]
        total = [TOTAL] + ([""] if by_group else []) + self._figures(values)
        deadline = self._deadline(pack, year)
        notes = [self.tr("Balanced (落实) when the area converted in and its paddy are at least the counted outflows "
                         "and the mean grade in is as good as out ({}: {} is best).").format(
                     pick(scale.name_zh, scale.name_en), scale.min if scale.better == "lower" else scale.max),
                 self.tr("Areas are official ellipsoidal areas compared to the cent; excluded outflows: {}.").format(
                     "、".join(BalanceRules.of(pack).exemption_names.values())),
                 self.tr("Not balanced: the province freezes the matching supplementary indicators; not made up by {} "
                         "they are deducted.").format(deadline),
                 self.tr("Rules: {} — {}").format(pack.label, pack.document_zh)]
        return Sheet(self.tr("In-out balance"), self.tr("{} cultivated-land in/out balance").format(year), columns,
                     body, total, unit_left=self.tr("Year: {}").format(year),
                     unit_right=self.tr("Units: mu; grade: {}").format(pick(scale.name_zh, scale.name_en)),
                     notes=notes, notes_title=self.tr("Notes:"), paper="A3", bold_rows=frozenset(bold), image=png)

    @staticmethod
    def _figures(values) -> list:
        # YEAR, COUNTY, GROUP, KIND, IN_P, OUT_P, IN, IN_PADDY, IN_GRADE, OUT, EXEMPT, NET, OUT_PADDY, EX_PADDY,
        # NET_PADDY, OUT_GRADE, VERDICT, SHORT, SHORT_PADDY, SHORT_GRADE (the reasons stay in the table layer)
        v = values
        return [v[4], v[6], v[7], v[8], v[5], v[9], v[10], v[11], v[12], v[14], v[15], v[16], v[17], v[18], v[19]]

    @staticmethod
    def _deadline(pack, year) -> str:
        ref = (pack.section("balance") or {}).get("deduct_deadline")
        for d in pack.section("deadlines", []):
            if d["id"] == ref and "month" in d:
                return _dt.date(year + d.get("year_offset", 0), d["month"], d["day"]).isoformat()
        return "—"

    def _graded_sheet(self, inflows, info, layer, year) -> Sheet:
        mu = self._parcel_mu(inflows)
        columns = [Column(self.tr("Parcel"), 20), Column(self.tr("Group"), 12),
                   Column(self.tr("Area (mu)"), 11, NUMBER, 2), Column(self.tr("Paddy"), 6),
                   Column(self.tr("Grade"), 6, INTEGER, 0),
                   Column(self.tr("Grade from"), 18), Column(self.tr("Adjacent parcel lending the grade"), 20),
                   Column(self.tr("Shared border (m)"), 12, NUMBER, 2)]
        body = [[f.key, f.group, hundredths(mu[k]), "是" if f.paddy else "否", f.grade,
                 FROM_NEIGHBOUR if k in info else FROM_PARCEL, info[k][1] if k in info else "",
                 round(info[k][2], 2) if k in info else None] for k, f in enumerate(inflows)]
        total = [TOTAL, self.tr("{} parcels").format(len(inflows)), hundredths(sum(mu)), "", "",
                 self.tr("{} from neighbours").format(len(info)), "", None]
        return Sheet(self.tr("Grades in"), self.tr("{} converted-in parcels and their grades").format(year), columns,
                     body, total, unit_left=self.tr("Layer: {}").format(layer), unit_right=self.tr("Unit: mu"),
                     notes=[self.tr("A parcel without a grade takes the grade of the adjacent cultivated parcel with "
                                    "the longest shared border (相邻地块比较法).")], notes_title=self.tr("Notes:"),
                     landscape=False)



def algorithms(packs) -> list:
    return [InOutBalance(packs)]
