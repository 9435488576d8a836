"""The site-selection plan as a table layer and as the .xlsx a county files.

Lines come from rules/siteselection.plan_lines (areas in exact 0.01 mu, costs in 0.01 万元
apportioned so that every subtotal and total foots); nothing is rounded here.
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np

from ..exports.tables import SUBTOTAL, TOTAL
from ..exports.xlsx import INTEGER, NUMBER, Column, Sheet
from ..i18n import tr
from ..rules import landclass
from ..rules import siteselection as rules
from ..rules.grades import round_fraction
from ..rules.siteselection_milp import OPTIMAL
from .ledger_output import INT, REAL, TEXT, hundredths, save_workbook, write_table

SPEC = (("TOWNSHIP", TEXT, 60, 0), ("YEAR", INT, 4, 0), ("TARGET_MU", REAL, 15, 2), ("CHOSEN_MU", REAL, 15, 2),
        ("PADDY_MU", REAL, 15, 2), ("PARCELS", INT, 9, 0), ("COST_WAN", REAL, 15, 2), ("GAP_MU", REAL, 15, 2),
        ("GRADE", REAL, 6, 2), ("NOTE", TEXT, 0, 0), ("RULES", TEXT, 80, 0))


def _grade(line) -> float | None:
    if not line.chosen or not line.grade_area:
        return None
    return round_fraction(Fraction(line.grade_area) / line.chosen, 2)


def plan_table_rows(lines: list, pack) -> list:
    """Attribute lists in SPEC order: every line of the plan, YEAR 0 on a line over all years."""
    return [[line.township, line.year, hundredths(line.target), hundredths(line.chosen), hundredths(line.paddy),
             line.parcels, hundredths(line.cost_wan), hundredths(line.shortfall), _grade(line), line.reason,
             pack.label] for line in lines]


def write_plan_table(algorithm, parameters, key, context, rows):
    return write_table(algorithm, parameters, key, context, SPEC, rows, {
        "TOWNSHIP": tr("Township"), "YEAR": tr("Year (0: all years)"), "TARGET_MU": tr("Target (mu)"),
        "CHOSEN_MU": tr("Chosen (mu)"), "PADDY_MU": tr("Of which paddy (mu)"), "PARCELS": tr("Parcels"),
        "COST_WAN": tr("Cost (10 000 yuan)"), "GAP_MU": tr("Gap (mu)"), "GRADE": tr("Area-weighted grade"),
        "NOTE": tr("Why short"), "RULES": tr("Rules applied (id@version)")})


def plan_workbook(path, pack, lines, solution, problem, parcels, codes, layer) -> str:
    return save_workbook(path, [_plan_sheet(pack, lines, solution, problem, layer),
                                _parcel_sheet(pack, solution, problem, parcels, codes)])


def _years_span(problem) -> str:
    years = problem.targets.years
    return str(years[0]) if len(years) == 1 else f"{years[0]}—{years[-1]}"


def _plan_sheet(pack, lines, solution, problem, layer) -> Sheet:
    graded = problem.grade is not None
    columns = [Column(tr("No."), 5, INTEGER, 0), Column(tr("Township"), 12), Column(tr("Year"), 7),
               Column(tr("Target"), 10, NUMBER, 2, tr("New cultivated land (mu)")),
               Column(tr("Chosen"), 10, NUMBER, 2, tr("New cultivated land (mu)")),
               Column(tr("Of which paddy"), 10, NUMBER, 2, tr("New cultivated land (mu)")),
               Column(tr("Gap"), 9, NUMBER, 2, tr("New cultivated land (mu)")),
               Column(tr("Parcels"), 7, INTEGER, 0), Column(tr("Cost"), 11, NUMBER, 2)] \
        + ([Column(tr("Grade"), 7, NUMBER, 2)] if graded else []) + [Column(tr("Why short"), 30)]
    body, bold, number = [], set(), 0
    for line in lines[:-1]:
        if line.kind == "detail":
            number += 1
        label = str(line.year) if line.year else SUBTOTAL
        if line.kind != "detail":
            bold.add(len(body))
        body.append([number if line.kind == "detail" else None, line.township if line.kind != "total" else TOTAL,
                     label] + _cells(line, graded))
    total = [TOTAL, "", ""] + _cells(lines[-1], graded)
    state = tr("proven optimal") if solution.status == OPTIMAL else tr("stopped at the time limit")
    saved = solution.greedy_cost - solution.cost
    notes = [tr("Chosen: net usable area of the chosen eligible candidates (是, and 部分 with their net area); "
                "a year's surplus does not make up another year's gap."),
             tr("Cost: {} of the pack's cost per mu by source class and result{}; each line foots to its "
                "subtotal and the 合计.").format(pack.label, tr(" (illustrative figures)")
                                                  if rules.site_section(pack).get("illustrative") else ""),
             tr("Optimisation: {} (gap at most {:.3%}); the greedy choice (cheapest per mu first) would cost {:,} "
                "yuan, {:,} yuan more.").format(state, solution.gap, solution.greedy_cost, saved),
             tr("Rules: {} — {}").format(pack.label, pack.document_zh)]
    return Sheet(tr("Site selection plan"), tr("{} site selection for new cultivated land ({})").format(
        pack.name_zh, _years_span(problem)), columns, body, total, unit_left=tr("Layer: {}").format(layer),
        unit_right=tr("Unit: mu; cost: 10 000 yuan"), notes=notes, notes_title=tr("Notes:"),
        bold_rows=frozenset(bold), landscape=False)


def _cells(line, graded: bool) -> list:
    return [hundredths(line.target), hundredths(line.chosen), hundredths(line.paddy), hundredths(line.shortfall),
            line.parcels, hundredths(line.cost_wan)] + ([_grade(line)] if graded else []) + [line.reason]


def _parcel_sheet(pack, solution, problem, parcels, codes) -> Sheet:
    plan, targets = solution.plan, problem.targets
    rows = np.flatnonzero(plan.chosen)
    names = parcels.labels([parcels.fids[r] for r in rows])
    order = sorted(range(len(rows)), key=lambda k: (problem.target[rows[k]], plan.year[rows[k]], names[k]))
    body = []
    for number, k in enumerate(order, start=1):
        r = rows[k]
        found = landclass.lookup(codes[r])
        body.append([number, names[k], targets.names[problem.target[r]], targets.years[plan.year[r]], codes[r],
                     found.name if found else "", hundredths(problem.centimu[r]), rules.RESULT_ZH[plan.result[r]],
                     int(problem.costs[r, plan.result[r]])])
    total = [TOTAL, tr("{} parcels").format(len(rows)), "", "", "", "", hundredths(problem.centimu[rows].sum()), "",
             int(sum(problem.costs[r, plan.result[r]] for r in rows))]
    columns = [Column(tr("No."), 6, INTEGER, 0), Column(tr("Parcel"), 20), Column(tr("Township"), 10),
               Column(tr("Year"), 7), Column(tr("Class code"), 8), Column(tr("Class name"), 12),
               Column(tr("Net area"), 10, NUMBER, 2), Column(tr("Result"), 7), Column(tr("Cost"), 12, INTEGER, 0)]
    return Sheet(tr("Chosen parcels"), tr("{} chosen parcels ({})").format(pack.name_zh, _years_span(problem)),
                 columns, body, total, unit_right=tr("Unit: mu; cost: yuan"), landscape=False)
