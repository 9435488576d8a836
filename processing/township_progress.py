"""landbalance:townshipprogress — 乡镇新增耕地任务进度: townships' new cultivated land against targets.

A thin adapter over rules/township_progress.py (seed 003 二, 五(一); DOMAIN.md section 4): the
parcels of accepted projects — those whose workflow reached the step the pack counts
(录入监管系统), or those with an acceptance year — are measured by the survey's formula and
summed by township and year against the pack's township × year table.
"""

from __future__ import annotations

import datetime as _dt


from ..exports.tables import TOTAL
from ..exports.xlsx import INTEGER, NUMBER, Column, Sheet
from ..rules.grades import round_fraction
from ..rules.ledger import targets_section
from ..rules.survey import official_m2
from ..rules.tables import cents_of
from ..rules.township_progress import ProgressError, collect, entry_year, progress
from .base import fail
from .ledger_common import LedgerAlgorithm, naming_fields, programme_statuses
from .ledger_output import INT, REAL, TEXT, chart_file, folder_of, hundredths, save_workbook, write_table
from .parcels import read_parcels, report_reading

CAPABILITY = "townshipprogress"
ALL_YEARS = 0


class TownshipProgress(LedgerAlgorithm):
    INPUT = "INPUT"
    TOWNSHIP_FIELD = "TOWNSHIP_FIELD"
    YEAR_FIELD = "YEAR_FIELD"
    THROUGH_YEAR = "THROUGH_YEAR"
    OUTPUT = "OUTPUT"
    XLSX = "XLSX"

    def uses(self, pack) -> bool:
        return pack.section("targets") is not None

    def name(self):
        return "townshipprogress"

    def displayName(self):
        return self.tr("Township progress on new cultivated land")

    def shortHelpString(self):
        return self.tr(
            "New cultivated land of accepted projects per township and year against the rule pack's target table "
            "(Lianshui: 3 000 mu in 2023–2025, 600 / 1 500 / 900 by year): target, achieved, gap and percent, "
            "every column footing to its 合计, and the best townships that met their task (the seed's reward). "
            "A parcel counts from the year its project reached the step the pack counts (entered in the national "
            "supervision system), read from the workflow store, or from the year in YEAR_FIELD. Areas are official "
            "ellipsoidal areas. Rule source: {}").format(self.documents())

    def initAlgorithm(self, config=None):
        self.add_programme_parameter(default="lianshui_requisition")
        self.add_parcels(self.INPUT, self.tr("Parcels of new cultivated land"),
                         self.tr("The projects' new cultivated-land parcels, with their township."))
        self.add_field(self.TOWNSHIP_FIELD, self.tr("Township field"),
                       self.tr("Township as the target table names it (南集 or 南集镇, 涟城 or 涟城街道)."), "ZLDWMC")
        self.add_field(self.YEAR_FIELD, self.tr("Acceptance-year field"), self.tr(
            "Year the parcel's project was entered in the supervision system (a year or a date); empty parcels do "
            "not count. Without it, the workflow store decides."))
        self.add_id_field()
        self.add_store_parameters(help_text=self.tr("Where the projects' workflow is recorded; used when there is no "
                                                    "acceptance-year field."))
        self.add_number(self.THROUGH_YEAR, self.tr("Through year (0: every target year)"),
                        self.tr("Report only the target years up to this one (e.g. mid-term)."), ALL_YEARS,
                        optional=True, minimum=0, maximum=2200)
        self.add_sink(self.OUTPUT, self.tr("Township progress"), self.tr(
            "One row per township and year (YEAR 0: all years reported) and the 合计 rows: target, achieved, gap, "
            "percent, task met, rank."))
        self.add_xlsx(self.XLSX, self.tr("Township progress (.xlsx)"), self.tr(
            "Townships × years with target, achieved, gap and percent, 合计 row, the best townships, and the chart."))
        self.add_chart(self.tr("Target against achieved per township, over the years reported."))
        self.add_outputs(("TARGET_MU", self.tr("Target (mu)")), ("ACHIEVED_MU", self.tr("Achieved (mu)")),
                         ("GAP_MU", self.tr("Gap (mu)")))
        self.add_text_outputs(("TOP", self.tr("Best townships that met their task")))
        self.add_rules_output()

    def processAlgorithm(self, parameters, context, feedback):
        pack = self.programme(parameters, context)
        source, name = self.polygon_source(parameters, self.INPUT, context, feedback)
        town_field = self.parameterAsString(parameters, self.TOWNSHIP_FIELD, context) or "ZLDWMC"
        year_field = self.parameterAsString(parameters, self.YEAR_FIELD, context)
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context) or "BSM"
        location = self.parameterAsString(parameters, "STORE", context)
        if not year_field and not location:
            raise fail(self.tr("Give the acceptance-year field or the workflow store: without either no parcel "
                               "is known to be accepted."))
        parcels = read_parcels(source, context, feedback, name, [town_field] + ([year_field] if year_field else [])
                               + naming_fields(source), key_field="" if year_field else id_field,
                               keep_geometries=False)
        report_reading(parcels, name, feedback)
        cents = cents_of(official_m2(parcels.official_m2(context, name))).tolist() if len(parcels) else []
        years = self._years(parameters, context, pack, parcels, year_field, name)
        labels = parcels.labels(parcels.fids)
        try:
            achieved, outside = collect(pack, [(labels[r], str(t or ""), years[r], cents[r])
                                               for r, t in enumerate(parcels.column(town_field)) if years[r]])
        except ProgressError as err:
            raise fail(self.tr("Layer “{}”, parcel {}: township “{}” in field {} is not in the target table of {} "
                               "({}).").format(name, err.details["parcel"], err.details["township"], town_field,
                                               pack.label, "、".join(err.details["known"]))) from None
        for year, amount in sorted(outside.items()):
            feedback.pushWarning(self.tr("{:.2f} mu accepted in {} lie outside the target years and are not "
                                         "counted.").format(amount * 15 / 1_000_000, year))
        through = self.parameterAsInt(parameters, self.THROUGH_YEAR, context) or None
        result_progress = progress(pack, achieved, through)
        reward = (pack.section("money") or {}).get("reward", {}).get("top", 3)
        top = result_progress.top(reward)
        result = {self.OUTPUT: self._write_table(parameters, context, result_progress, top, pack)}
        self._report(parameters, context, result_progress, top, pack, name, result)
        total = result_progress.grand_total()
        result.update(TARGET_MU=hundredths(total.target), ACHIEVED_MU=hundredths(total.achieved),
                      GAP_MU=hundredths(total.gap), TOP="、".join(t for t, _ in top), RULES=pack.label)
        feedback.pushInfo(self.tr("{} mu of {} mu achieved; best townships that met their task: {}.").format(
            f"{total.achieved / 100:.2f}", f"{total.target / 100:.2f}", result["TOP"] or "—"))
        return result

    def _years(self, parameters, context, pack, parcels, year_field, name) -> list:
        """Each parcel's acceptance year (None: not accepted yet)."""
        if year_field:
            return [self._year(v, name, parcels, r, year_field) for r, v in enumerate(parcels.column(year_field))]
        counted = targets_section(pack).get("counted_step") or pack.steps[-1]["id"]
        order = [s["id"] for s in pack.steps]
        location = self.parameterAsString(parameters, "STORE", context)
        authcfg = self.parameterAsString(parameters, "AUTHCFG", context)
        statuses, events = programme_statuses(location, authcfg, pack.id, with_events=True)
        out = []
        for key in parcels.keys:
            status = statuses.get(key)
            out.append(None if status is None else entry_year(status.step, status.since, events.get(key, []), counted,
                                                              order))
        return out

    def _year(self, value, name, parcels, row, field) -> int | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if isinstance(value, (_dt.date, _dt.datetime)):
            return value.year
        text = str(value).strip()
        try:
            year = int(float(text)) if len(text) <= 6 else int(text[:4])
        except ValueError:
            year = 0
        if not 1949 <= year <= 2200:
            raise fail(self.tr("Layer “{}”, parcel {}: “{}” in field {} is not a year.").format(
                name, parcels.labels([parcels.fids[row]])[0], value, field))
        return year

    def _write_table(self, parameters, context, p, top, pack):
        spec = (("TOWNSHIP", TEXT, 60, 0), ("YEAR", INT, 4, 0), ("TARGET_MU", REAL, 15, 2),
                ("ACHIEVED_MU", REAL, 15, 2), ("GAP_MU", REAL, 15, 2), ("PERCENT", REAL, 8, 1), ("MET", TEXT, 2, 0),
                ("RANK", INT, 2, 0), ("RULES", TEXT, 80, 0))
        rank = {t: k + 1 for k, (t, _) in enumerate(top)}
        rows = []
        for township in p.townships:
            for year in p.years:
                rows.append(self._row(township, year, p.cell(township, year), None, pack))
            rows.append(self._row(township, ALL_YEARS, p.township_total(township), rank.get(township), pack))
        for year in p.years:
            rows.append(self._row(TOTAL, year, p.year_total(year), None, pack))
        rows.append(self._row(TOTAL, ALL_YEARS, p.grand_total(), None, pack))
        return write_table(self, parameters, self.OUTPUT, context, spec, rows, {
            "TOWNSHIP": self.tr("Township"), "YEAR": self.tr("Year (0: all years)"),
            "TARGET_MU": self.tr("Target (mu)"), "ACHIEVED_MU": self.tr("Achieved (mu)"),
            "GAP_MU": self.tr("Gap (mu)"), "PERCENT": self.tr("Percent"),
            "MET": self.tr("Task met"), "RANK": self.tr("Rank among those that met it"),
            "RULES": self.tr("Rules applied (id@version)")})

    @staticmethod
    def _row(township, year, cell, rank, pack):
        percent = round_fraction(cell.percent, 1) if cell.percent is not None else None
        return [township, year, hundredths(cell.target), hundredths(cell.achieved), hundredths(cell.gap), percent,
                "是" if cell.met else "否", rank, pack.label]

    # -- the workbook ----------------------------------------------------------------------

    def _report(self, parameters, context, p, top, pack, layer, result):
        path = self.parameterAsFileOutput(parameters, self.XLSX, context)
        chart_path = self.parameterAsFileOutput(parameters, self.CHART, context)
        if not path and not chart_path:
            return
        span = f"{p.years[0]}—{p.years[-1]}" if len(p.years) > 1 else str(p.years[0])
        title = self.tr("{} township progress on new cultivated land").format(span)
        series = [(self.tr("Target"), [p.township_total(t).target / 100 for t in p.townships]),
                  (self.tr("Achieved"), [p.township_total(t).achieved / 100 for t in p.townships])]
        with chart_file(chart_path, folder_of(path), title, p.townships, series, unit=self.tr("Unit: mu")) as png:
            if chart_path:
                result[self.CHART] = chart_path
            if path:
                save_workbook(path, [self._progress_sheet(p, pack, layer, title, png), self._top_sheet(p, top, pack)])
                result[self.XLSX] = path

    def _cells(self, cell) -> list:
        percent = round_fraction(cell.percent, 1) if cell.percent is not None else None
        return [hundredths(cell.target), hundredths(cell.achieved), hundredths(cell.gap), percent]

    def _progress_sheet(self, p, pack, layer, title, png) -> Sheet:
        columns = [Column(self.tr("No."), 5, INTEGER, 0), Column(self.tr("Township"), 10)]
        groups = [str(y) for y in p.years] + [self.tr("Total")]
        for group in groups:
            columns += [Column(self.tr("Target"), 8, NUMBER, 2, group),
                        Column(self.tr("Achieved"), 9, NUMBER, 2, group),
                        Column(self.tr("Gap"), 8, NUMBER, 2, group), Column(self.tr("Percent"), 7, NUMBER, 1, group)]
        body = []
        for k, township in enumerate(p.townships):
            cells = [c for y in p.years for c in self._cells(p.cell(township, y))]
            body.append([k + 1, township] + cells + self._cells(p.township_total(township)))
        total = [TOTAL, ""] + [c for y in p.years for c in self._cells(p.year_total(y))] \
            + self._cells(p.grand_total())
        notes = [self.tr("Achieved: official ellipsoidal area of the parcels of projects entered in the national "
                         "supervision system, by the year of entry; each year's townships add up to its total."),
                 self.tr("Gap: what is still missing (0 when the task is met); the 合计 row adds the townships' gaps."),
                 self.tr("Rules: {} — {}").format(pack.label, pack.document_zh)]
        return Sheet(self.tr("Township progress"), title, columns, body, total,
                     unit_left=self.tr("Layer: {}").format(layer), unit_right=self.tr("Unit: mu; percent: %"),
                     notes=notes, notes_title=self.tr("Notes:"), paper="A3" if len(p.years) > 2 else "A4", image=png)

    def _top_sheet(self, p, top, pack) -> Sheet:
        reward = (pack.section("money") or {}).get("reward", {})
        columns = [Column(self.tr("Rank"), 6, INTEGER, 0), Column(self.tr("Township"), 12),
                   Column(self.tr("Target"), 10, NUMBER, 2), Column(self.tr("Achieved"), 10, NUMBER, 2),
                   Column(self.tr("Percent"), 8, NUMBER, 1)]
        body = [[k + 1, t] + self._cells(c)[:2] + [self._cells(c)[3]] for k, (t, c) in enumerate(top)]
        target = sum(c.target for _, c in top)
        achieved = sum(c.achieved for _, c in top)
        total = [TOTAL, self.tr("{} townships").format(len(top)), hundredths(target), hundredths(achieved), None]
        notes = [self.tr("Townships that completed or exceeded their task over the years reported, by completion "
                         "rate; the seed rewards the best {} with {}–{} yuan each.").format(
            reward.get("top", 3), f"{reward.get('min_yuan', 0):,.0f}", f"{reward.get('max_yuan', 0):,.0f}")]
        return Sheet(self.tr("Best townships"), self.tr("Townships that met their task"), columns, body, total,
                     unit_right=self.tr("Unit: mu; percent: %"), notes=notes, notes_title=self.tr("Notes:"),
                     landscape=False)


def algorithms(packs) -> list:
    return [TownshipProgress(packs)]
