"""landbalance:siteselection — 补充耕地选址优化: the least-cost candidates that meet the targets.

A thin adapter over rules/siteselection.py (costs, targets, greedy baseline, diagnosis) and
rules/siteselection_milp.py (the exact programme, SciPy's milp / HiGHS): the candidates — an
eligibility output — are read once (processing/parcels.py); when contiguity is preferred,
touching parcels come from one box join (rules/boxes.py) and GEOS (processing/overlay.py).
The candidates are written back with SELECTED, YEAR, TOWNSHIP_TARGET, RESULT and COST_YUAN,
the plan per township and year as a table and an .xlsx (processing/siteselection_report.py).

SciPy is checked when the algorithm is built: without it the algorithm is still listed and
says what to install; the rest of the plugin never needs it.
"""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingFeatureSource,
)
from qgis.PyQt.QtCore import QVariant

from ..i18n import tr
from ..rules import landclass
from ..rules import siteselection as rules
from ..rules.siteselection_milp import OPTIMAL, solve, solver_missing
from .base import Cancelled, ProgrammeAlgorithm, fail
from .layer_output import alias_fields_on_load
from .ledger_common import naming_fields
from .overlay import touching_pairs
from .parcels import check_polygon_source, read_parcels, report_reading
from .siteselection_report import plan_table_rows, plan_workbook, write_plan_table
from .source_encoding import fix_source_encoding

CAPABILITY = "siteselection"
BATCH = 5000
MAX_MU = 1e7  # a parcel or target larger than this many mu is a typing mistake, not a county's
OUT_FIELDS = (("SELECTED", QVariant.String, "string", 2, 0), ("YEAR", QVariant.Int, "integer", 4, 0),
              ("TOWNSHIP_TARGET", QVariant.String, "string", 60, 0), ("RESULT", QVariant.String, "string", 4, 0),
              ("COST_YUAN", QVariant.Double, "double", 15, 0))


class SiteSelection(ProgrammeAlgorithm):
    INPUT = "INPUT"
    AREA_FIELD = "AREA_FIELD"
    ELIGIBLE_FIELD = "ELIGIBLE_FIELD"
    CLASS_FIELD = "CLASS_FIELD"
    TOWNSHIP_FIELD = "TOWNSHIP_FIELD"
    SCORE_FIELD = "SCORE_FIELD"
    COST_FIELD = "COST_FIELD"
    COST_PER_MU = "COST_PER_MU"
    TARGET_MU = "TARGET_MU"
    TARGETS = "TARGETS"
    TARGET_TOWNSHIP_FIELD = "TARGET_TOWNSHIP_FIELD"
    TARGET_YEAR_FIELD = "TARGET_YEAR_FIELD"
    TARGET_MU_FIELD = "TARGET_MU_FIELD"
    PLAN_YEAR = "PLAN_YEAR"
    PADDY_SHARE_MIN = "PADDY_SHARE_MIN"
    GRADE_FIELD = "GRADE_FIELD"
    GRADE_MAX = "GRADE_MAX"
    BUDGET = "BUDGET"
    PREFER_CONTIGUOUS = "PREFER_CONTIGUOUS"
    CONTIGUITY_BONUS = "CONTIGUITY_BONUS"
    TIME_LIMIT = "TIME_LIMIT"
    MAX_GAP = "MAX_GAP"
    PLAN = "PLAN"

    def uses(self, pack) -> bool:
        return pack.section("site_selection") is not None

    def name(self):
        return "siteselection"

    def displayName(self):
        return self.tr("Site selection (least cost)")

    def group(self):
        return self.tr("Eligibility overlays")

    def groupId(self):
        return "eligibility"

    def shortHelpString(self):
        missing = solver_missing()
        text = self.tr(
            "Chooses among eligible candidate parcels (the output of an eligibility algorithm: 是 and 部分 "
            "parcels with their usable area; 否 never) those that meet the new-cultivated-land targets per township "
            "and year at the least cost, each made dry land or paddy: at least the paddy share of the chosen area, "
            "an area-weighted quality grade no worse than the limit, within the budget. Costs come from the "
            "county's own cost field or from the rule pack's cost per mu by source class and result. Targets: one "
            "number for the whole layer, a county's target table, or the pack's township × year table. Solved "
            "exactly as a mixed-integer programme (SciPy's milp, HiGHS) with a proven gap at the time limit; "
            "townships that cannot reach their target are reported with what they lack, the rest are solved. "
            "The log compares the plan with the greedy choice (cheapest per mu first). Rule source: {}").format(
            "；".join(p.document_zh for p in self.programmes()))
        return (solver_hint() + "\n\n" + text) if missing else text

    def initAlgorithm(self, config=None):
        self.add_programme_parameter(default="lianshui_requisition")
        self.add_parcels(self.INPUT, self.tr("Eligible candidates"), self.tr(
            "The output of an eligibility algorithm (every field kept): ELIGIBLE, NET_AREA_MU, the class and the "
            "township. Its cultivated parcels are the existing cultivated land."))
        for key, text, default, help_text in (
            (self.AREA_FIELD, self.tr("Usable area field (mu)"), "NET_AREA_MU",
             self.tr("Net usable area of each candidate in mu (部分 parcels count with it).")),
            (self.ELIGIBLE_FIELD, self.tr("Eligibility field (是/部分/否)"), "ELIGIBLE",
             self.tr("Only 是 and 部分 parcels are chosen; without this field every parcel may be.")),
            (self.CLASS_FIELD, self.tr("Land-class field (DLBM)"), "DLBM",
             self.tr("Source class: prices the parcel from the pack's cost table, says whether it can become "
                     "paddy.")),
            (self.TOWNSHIP_FIELD, self.tr("Township field"), "ZLDWMC",
             self.tr("Township as the target table names it (南集 or 南集镇).")),
            (self.SCORE_FIELD, self.tr("Score field"), None,
             self.tr("The eligibility SCORE: breaks ties in the greedy order.")),
            (self.COST_FIELD, self.tr("Cost field (yuan)"), None,
             self.tr("The county's own cost of each parcel, instead of the pack's cost per mu.")),
            (self.GRADE_FIELD, self.tr("Expected quality-grade field"), None,
             self.tr("Quality grade the new cultivated land is expected to have (1 best), e.g. by comparing "
                     "adjacent parcels; needed for the grade limit.")),
        ):
            self.add_field(key, text, help_text, default)
        self.add_flag(self.COST_PER_MU, self.tr("Cost field is yuan per mu"),
                      self.tr("Off: the cost field holds the whole parcel's cost."), advanced=True)
        self.add_number(self.TARGET_MU, self.tr("Target for the whole layer (mu)"),
                        self.tr("One target for all candidates together; leave empty to use a target table."),
                        optional=True, minimum=0, maximum=MAX_MU, double=True)
        self.add_parcels(self.TARGETS, self.tr("Target table"), self.tr(
            "A county's own targets: any table with township, year and target (mu) fields. Without it (and without "
            "a whole-layer target), the rule pack's township × year table."), optional=True,
            types=(QgsProcessing.TypeVector,))
        for key, text, default in ((self.TARGET_TOWNSHIP_FIELD, self.tr("Target table: township field"), "TOWNSHIP"),
                                   (self.TARGET_YEAR_FIELD, self.tr("Target table: year field"), "YEAR"),
                                   (self.TARGET_MU_FIELD, self.tr("Target table: target field (mu)"), "TARGET_MU")):
            self.add_field(key, text, self.tr("A field of the target table."), default, self.TARGETS)
        self.add_year(self.PLAN_YEAR, self.tr("Plan year"), self.tr(
            "The year of a whole-layer target; with a target table, only that year's targets."), optional=True)
        pack_default = self.tr("empty: the rule pack's value")
        for key, text, low, high, help_text in (
            (self.PADDY_SHARE_MIN, self.tr("Minimum paddy share"), 0, 1,
             self.tr("Share of each township's chosen area per year that must become paddy (0–1).")),
            (self.GRADE_MAX, self.tr("Worst area-weighted quality grade"), 1, 15,
             self.tr("The chosen parcels' area-weighted grade per township and year may not be worse (higher) than "
                     "this.")),
            (self.BUDGET, self.tr("Budget (yuan)"), 0, None,
             self.tr("The plan's total cost may not exceed it; targets it cannot pay for are reported short.")),
        ):
            empty = pack_default if key != self.BUDGET else self.tr("Empty: none.")
            self.add_number(key, text, help_text + " " + empty, optional=True, minimum=low, maximum=high, double=True)
        self.add_flag(self.PREFER_CONTIGUOUS, self.tr("Prefer contiguous parcels"), self.tr(
            "A bonus for chosen parcels next to existing cultivated land or to each other (the Anhui guide's "
            "preference for contiguous blocks)."))
        for key, text, low, high, help_text, advanced in (
            (self.CONTIGUITY_BONUS, self.tr("Contiguity bonus (yuan per mu)"), 0, 1e7,
             self.tr("What a mu of contiguous new cultivated land is worth to the county."), True),
            (self.TIME_LIMIT, self.tr("Time limit (seconds)"), 1, 86400,
             self.tr("The best plan found by then is returned with its proven gap to the optimum."), False),
            (self.MAX_GAP, self.tr("Optimality tolerance"), 0, 0.1,
             self.tr("Relative gap at which a plan counts as proven optimal (0: to the yuan)."), True),
        ):
            self.add_number(key, text, help_text + " " + pack_default, optional=True, minimum=low, maximum=high,
                            double=True, advanced=advanced)
        self.add_sink(self.OUTPUT, self.tr("Candidates with the plan"), self.tr(
            "Every candidate with SELECTED (是/否), YEAR, TOWNSHIP_TARGET, RESULT (水田/旱地) and COST_YUAN."),
            QgsProcessing.TypeVectorPolygon)
        self.add_sink(self.PLAN, self.tr("Plan by township and year"), self.tr(
            "Target, chosen mu, paddy mu, parcels, cost and gap per township and year, with subtotals and totals."))
        self.add_xlsx(self.XLSX, self.tr("Plan (.xlsx)"),
                      self.tr("The plan as filed (title, unit line, 合计) and the list of chosen parcels."))
        self.add_outputs(("TOTAL_COST", self.tr("Total cost (yuan)")),
                         ("GREEDY_COST", self.tr("Cost of the greedy choice (yuan)")),
                         ("GREEDY_SHORTFALL_MU", self.tr("Targets the greedy choice does not meet (mu)")),
                         ("OPTIMALITY_GAP", self.tr("Proven gap to the optimum (share)")),
                         ("SELECTED_PARCELS", self.tr("Parcels chosen")), ("SELECTED_MU", self.tr("Area chosen (mu)")),
                         ("PADDY_MU", self.tr("Of which paddy (mu)")),
                         ("SHORTFALL_MU", self.tr("Targets not met (mu)")))
        self.add_text_outputs(("STATUS", self.tr("Status (optimal / time_limit)")))
        self.add_rules_output()

    def checkParameterValues(self, parameters, context):  # noqa: N802 — QGIS API
        if solver_missing():
            return False, solver_hint()
        return super().checkParameterValues(parameters, context)

    # -- run ------------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):
        if solver_missing():
            raise fail(solver_hint())
        pack = self.programme(parameters, context)
        fix_source_encoding(self, parameters, self.INPUT, context, feedback)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        name = self.input_name(parameters, self.INPUT, context)
        check_polygon_source(source, name)
        fields = {key: self.parameterAsString(parameters, key, context) for key in (
            self.ELIGIBLE_FIELD, self.SCORE_FIELD, self.COST_FIELD, self.GRADE_FIELD)}
        for key, default in ((self.AREA_FIELD, "NET_AREA_MU"), (self.CLASS_FIELD, "DLBM"),
                             (self.TOWNSHIP_FIELD, "ZLDWMC")):
            fields[key] = self.parameterAsString(parameters, key, context) or default
        limits = self._limits(parameters, context, pack, fields)
        targets = self._targets(parameters, context, pack)
        contiguous = limits.contiguity_bonus > 0
        wanted = [f for f in fields.values() if f] + naming_fields(source)
        parcels = read_parcels(source, context, feedback, name, wanted, keep_geometries=contiguous)
        report_reading(parcels, name, feedback)
        if not len(parcels):
            raise fail(self.tr("Layer “{}” has no features: nothing to choose from.").format(name))
        problem, codes = self._problem(pack, parcels, fields, targets, limits, name, parameters, context, feedback)
        if contiguous:
            self._contiguity(pack, parcels, problem, codes, feedback)
        time_limit = self._setting(parameters, self.TIME_LIMIT, context, pack, "time_limit_s", 60.0)
        feedback.pushInfo(self.tr("Solving for {} usable candidates, {} townships × {} years, within {:g} s …").format(
            int(problem.usable().sum()), len(targets.names), len(targets.years), time_limit))
        gap = self._setting(parameters, self.MAX_GAP, context, pack, "optimality_gap", 1e-4)
        solution = solve(problem, time_limit, gap,
                         cancelled=feedback.isCanceled, progress=lambda share: feedback.setProgress(100 * share))
        if feedback.isCanceled():
            raise Cancelled()
        rows = solution.rows(problem)
        self._report(solution, problem, rows, feedback)
        result = {self.OUTPUT: self._write_candidates(parameters, context, source, parcels, problem, solution,
                                                      feedback)}
        lines = rules.plan_lines(rows)
        result[self.PLAN] = write_plan_table(self, parameters, self.PLAN, context, plan_table_rows(lines, pack))
        xlsx = self.parameterAsFileOutput(parameters, self.XLSX, context)
        if xlsx:
            plan_workbook(xlsx, pack, lines, solution, problem, parcels, codes, name)
            result[self.XLSX] = xlsx
        chosen = solution.plan.chosen
        result.update(
            TOTAL_COST=float(solution.cost), GREEDY_COST=float(solution.greedy_cost),
            GREEDY_SHORTFALL_MU=rules.shortfall(problem, solution.greedy) / rules.CENTIMU,
            OPTIMALITY_GAP=float(solution.gap), STATUS=solution.status,
            SELECTED_PARCELS=int(chosen.sum()), SELECTED_MU=int(problem.centimu[chosen].sum()) / rules.CENTIMU,
            PADDY_MU=int(problem.centimu[chosen & (solution.plan.result == rules.PADDY)].sum()) / rules.CENTIMU,
            SHORTFALL_MU=sum(r.shortfall for r in rows) / rules.CENTIMU, RULES=pack.label)
        return result

    # -- the problem ------------------------------------------------------------------------

    def _setting(self, parameters, key, context, pack, pack_key, fallback):
        """The parameter, or when it is left empty the pack's [site_selection] value."""
        value = self._optional_number(parameters, key, context)
        return value if value is not None else rules.site_section(pack).get(pack_key, fallback)

    def _limits(self, parameters, context, pack, fields) -> rules.Limits:
        grade_max = self._setting(parameters, self.GRADE_MAX, context, pack, "grade_max", None)
        if grade_max is not None and not fields[self.GRADE_FIELD]:
            raise fail(self.tr("A worst quality grade is given but no expected quality-grade field: choose the field "
                               "that holds each candidate's expected grade."))
        budget = self._optional_number(parameters, self.BUDGET, context)
        bonus = 0.0
        if self.parameterAsBoolean(parameters, self.PREFER_CONTIGUOUS, context):
            bonus = self._setting(parameters, self.CONTIGUITY_BONUS, context, pack, "contiguity_bonus", 0.0)
            if not bonus:
                raise fail(self.tr("Contiguous parcels are preferred but the contiguity bonus is 0: give it, or set "
                                   "contiguity_bonus in the rule pack."))
        share = self._setting(parameters, self.PADDY_SHARE_MIN, context, pack, "paddy_share_min", 0.0)
        return rules.Limits(share, grade_max, None if budget is None else int(round(budget)), bonus)

    @staticmethod
    def _optional_number(parameters, key, context):
        value = parameters.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        return float(value)

    def _targets(self, parameters, context, pack) -> rules.Targets:
        year = self._optional_number(parameters, self.PLAN_YEAR, context)
        year = int(year) if year is not None else None
        whole = self._optional_number(parameters, self.TARGET_MU, context)
        if whole:
            if year is None:
                raise fail(self.tr("A target for the whole layer needs its plan year."))
            return rules.single_target(whole, year)
        if parameters.get(self.TARGETS) not in (None, ""):
            return self._table_targets(parameters, context, year)
        if pack.section("targets") is None:
            raise fail(self.tr("Rule pack {} has no township target table: give a target for the whole layer or a "
                               "target table.").format(pack.label))
        try:
            return rules.pack_targets(pack, year)
        except KeyError:
            years = pack.section("targets")["years"]
            raise fail(self.tr("Rule pack {} has no targets for {}; its years are {}.").format(
                pack.label, year, ", ".join(map(str, years)))) from None

    def _table_targets(self, parameters, context, year) -> rules.Targets:
        table = self.parameterAsSource(parameters, self.TARGETS, context)
        name = self.input_name(parameters, self.TARGETS, context)
        if table is None:
            raise fail(self.tr("Target table “{}” could not be opened.").format(name))
        keys = [self.parameterAsString(parameters, k, context) for k in (
            self.TARGET_TOWNSHIP_FIELD, self.TARGET_YEAR_FIELD, self.TARGET_MU_FIELD)]
        indexes = []
        for field_name in keys:
            index = table.fields().lookupField(field_name) if field_name else -1
            if index < 0:
                raise fail(self.tr("Target table “{}” has no field “{}”.").format(name, field_name or "—"))
            indexes.append(index)
        rows = []
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(indexes)
        for feature in table.getFeatures(request):
            township, raw_year, raw_mu = (feature.attribute(i) for i in indexes)
            try:
                parsed_year, mu = int(float(str(raw_year))), float(str(raw_mu))
            except (TypeError, ValueError):
                raise fail(self.tr("Target table “{}”, row {}: year “{}” and target “{}” must be numbers.").format(
                    name, feature.id(), raw_year, raw_mu)) from None
            if not (0 <= mu <= MAX_MU) or not 1949 <= parsed_year <= 2200:
                raise fail(self.tr("Target table “{}”, row {}: {} mu in {} is not a target a county can have.").format(
                    name, feature.id(), raw_mu, raw_year))
            rows.append((str(township or "").strip(), parsed_year, mu))
        targets = rules.table_targets(rows, year)
        if not targets.total():
            raise fail(self.tr("Target table “{}” asks for nothing{}.").format(
                name, self.tr(" in {}").format(year) if year else ""))
        return targets

    def _problem(self, pack, parcels, fields, targets, limits, name, parameters, context, feedback):
        n = len(parcels)
        area = self._numbers(parcels, fields[self.AREA_FIELD], name, 0.0, MAX_MU)
        centimu = rules.mu_to_centimu(np.nan_to_num(area))
        codes = [landclass.normalise_code(v) for v in parcels.column(fields[self.CLASS_FIELD])]
        eligible = np.ones(n, dtype=bool)
        if fields[self.ELIGIBLE_FIELD]:
            eligible = np.array([str(v or "").strip() in rules.USABLE_VERDICTS
                                 for v in parcels.column(fields[self.ELIGIBLE_FIELD])], dtype=bool)
        centimu = np.where(eligible, centimu, 0)
        townships = parcels.column(fields[self.TOWNSHIP_FIELD])
        target = rules.match_townships(townships, targets)
        self._warn_unmatched(townships, target, eligible, feedback)
        own = None
        if fields[self.COST_FIELD]:
            own = self._numbers(parcels, fields[self.COST_FIELD], name, 0.0, 1e12)
        table = rules.cost_table(pack)
        costs = rules.option_costs(codes, centimu, table, own,
                                   self.parameterAsBoolean(parameters, self.COST_PER_MU, context))
        self._warn_unpriced(codes, costs, eligible & (centimu > 0), feedback)
        grade = None
        if fields[self.GRADE_FIELD]:
            grade = self._numbers(parcels, fields[self.GRADE_FIELD], name, 0.0, 100.0)
            grade[grade <= 0] = np.nan  # 0: no grade (GDDB off cultivated land)
        score = self._numbers(parcels, fields[self.SCORE_FIELD], name, -1e9, 1e9) if fields[self.SCORE_FIELD] \
            else None
        problem = rules.Problem(centimu, target, costs, targets, limits, grade=grade, score=score)
        return problem, codes

    def _numbers(self, parcels, field_name, layer, low, high) -> np.ndarray:
        """A numeric field as floats (NULL → NaN); a value that is no number, or no county's,
        is an error naming the parcel."""
        values = parcels.column(field_name)
        out = np.full(len(values), np.nan)
        for row, value in enumerate(values):
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            try:
                number = float(value)
            except (TypeError, ValueError):
                number = np.nan
            if not np.isfinite(number) or not low <= number <= high:
                parcel = parcels.labels([parcels.fids[row]])[0]
                raise fail(self.tr("Layer “{}”, parcel {}: “{}” in field {} is not a usable number.").format(
                    layer, parcel, value, field_name))
            out[row] = number
        return out

    def _warn_unmatched(self, townships, target, eligible, feedback):
        unmatched = sorted({str(t) for t, k, ok in zip(townships, target.tolist(), eligible) if k < 0 and ok})
        if unmatched:
            count = int(((target < 0) & eligible).sum())
            feedback.pushWarning(self.tr("{} eligible parcels are in townships without a target and are not chosen: "
                                         "{}").format(count, "、".join(unmatched[:10]) + (" …" if len(unmatched) > 10
                                                                                          else "")))

    def _warn_unpriced(self, codes, costs, usable, feedback):
        unpriced = sorted({codes[r] or "—" for r in np.flatnonzero(usable & (costs < 0).all(axis=1))})
        if unpriced:
            message = self.tr("No cost for classes {} in the rule pack: those parcels are not chosen.")
            feedback.pushWarning(message.format("、".join(unpriced)))

    def _contiguity(self, pack, parcels, problem, codes, feedback):
        """Candidates next to existing cultivated land, and touching pairs of candidates."""
        cultivated = landclass.expand(rules.site_section(pack).get("cultivated_classes", ["耕地"]))
        usable = problem.usable()
        rows = np.flatnonzero(usable)
        near_land, _ = touching_pairs(parcels, rows, np.array([c in cultivated for c in codes], dtype=bool),
                                      feedback, first_only=True)
        problem.touches_cultivated[near_land] = True
        problem.pairs = touching_pairs(parcels, rows, usable, feedback, once=True)
        if feedback.isCanceled():
            raise Cancelled()
        feedback.pushInfo(self.tr("Contiguity: {} candidates touch cultivated land, {} pairs of candidates touch.")
                          .format(len(near_land), len(problem.pairs[0])))

    # -- the log ----------------------------------------------------------------------------

    def _report(self, solution, problem, rows, feedback):
        for row in rows:
            if row.shortfall:
                feedback.pushWarning(self.tr("{} {}: {:.2f} mu short of its {:.2f} mu target ({}).").format(
                    row.township, row.year, row.shortfall / 100, row.target / 100, row.reason or "—"))
        chosen = solution.plan.chosen
        state = self.tr("proven optimal") if solution.status == OPTIMAL else self.tr("stopped at the time limit")
        feedback.pushInfo(self.tr("Plan: {} parcels, {:.2f} mu, cost {:,} yuan; {} (gap at most {:.3%}).").format(
            int(chosen.sum()), problem.centimu[chosen].sum() / 100, solution.cost, state, solution.gap))
        short = sum(r.shortfall for r in rows)
        greedy_short = rules.shortfall(problem, solution.greedy)
        saved = solution.greedy_cost - solution.cost
        feedback.pushInfo(self.tr("Greedy choice (cheapest per mu first) on the same targets: {:,} yuan{}; the plan "
                                  "costs {:,} yuan ({:.1%}) less.").format(
            solution.greedy_cost, self.tr(", {:.2f} mu short").format(greedy_short / 100) if greedy_short > short
            else "", saved, saved / solution.greedy_cost if solution.greedy_cost else 0.0))

    # -- writing ------------------------------------------------------------------------------

    def _write_candidates(self, parameters, context, source, parcels, problem, solution, feedback):
        """Second pass over the source: each feature with its fields and the plan's."""
        fields = QgsFields(source.fields())
        indexes = []
        for field_name, kind, type_name, length, precision in OUT_FIELDS:
            index = fields.lookupField(field_name)
            if index < 0:
                fields.append(QgsField(field_name, kind, type_name, length, precision))
                index = fields.count() - 1
            indexes.append(index)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                          source.sourceCrs())
        if sink is None:
            raise self.invalidSinkError(parameters, self.OUTPUT)
        plan, targets = solution.plan, problem.targets
        values = []
        for row in range(len(parcels)):
            if plan.year[row] >= 0:
                values.append((rules.SELECTED, targets.years[plan.year[row]], targets.names[problem.target[row]],
                               rules.RESULT_ZH[plan.result[row]], float(problem.costs[row, plan.result[row]])))
            else:
                values.append((rules.NOT_SELECTED, None, None, None, None))
        row_of = {fid: row for row, fid in enumerate(parcels.fids)}
        batch = []
        flags = QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
        for written, feature in enumerate(source.getFeatures(QgsFeatureRequest(), flags)):
            if written % BATCH == 0 and feedback.isCanceled():
                raise Cancelled()
            row = row_of.get(feature.id())
            if row is None:
                raise fail(self.tr("The input layer changed while it was being read (feature {}).").format(
                    feature.id()))
            feature.setFields(fields, False)
            feature.resizeAttributes(fields.count())
            for index, value in zip(indexes, values[row]):
                feature.setAttribute(index, value)
            batch.append(feature)
            if len(batch) >= BATCH:
                self._flush(sink, batch)
        self._flush(sink, batch)
        alias_fields_on_load(context, dest, {
            "SELECTED": self.tr("Selected"), "YEAR": self.tr("Year"), "TOWNSHIP_TARGET": self.tr("Township target"),
            "RESULT": self.tr("Result (dry / paddy)"), "COST_YUAN": self.tr("Cost (yuan)")})
        return dest

    def _flush(self, sink, batch):
        if batch and not sink.addFeatures(batch, QgsFeatureSink.FastInsert):
            raise fail(self.tr("Could not write to the output: {}").format(sink.lastError()))
        batch.clear()


def solver_hint() -> str:
    return tr("Site selection needs SciPy 1.9 or newer (its milp solver), which this QGIS does not have. Install it "
              "and restart QGIS — Debian/Ubuntu: apt install python3-scipy; Windows (OSGeo4W installer): the "
              "python3-scipy package. Everything else in Land Balance works without it.")


def algorithms(packs) -> list:
    """The algorithm, listed with or without SciPy; without it the log says what to install."""
    if solver_missing():
        from qgis.core import Qgis, QgsMessageLog

        from .pack_registry import LOG_TAG

        QgsMessageLog.logMessage(solver_hint(), LOG_TAG, Qgis.Warning)
    return [SiteSelection(packs)]
