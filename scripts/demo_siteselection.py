"""`make demo`, site-selection part: Lianshui's eligible candidates → the least-cost plan that meets
the pack's township × year targets, against the greedy choice; the chosen parcels sent on to the
workflow's first step. Needs the eligibility output of scripts/demo_eligibility.py (run first).
QGIS runs in Chinese (LANG=zh_CN.UTF-8), as the county's technician does.
"""

from __future__ import annotations

from pathlib import Path

import qgis_headless
from qgis_headless import layer_rows

PACK = "lianshui_requisition"
PADDY_SHARE = 0.3  # seed 003: new cultivated land "as paddy where possible"; the demo asks for 30 %
TIME_LIMIT = 20


def _width(text: str) -> int:
    return sum(2 if ord(c) > 0x2E80 else 1 for c in text)


def run(env, data: Path, out: Path) -> None:
    env = dict(env, LANG="zh_CN.UTF-8", LC_ALL="zh_CN.UTF-8")  # the plan is filed in Chinese
    candidates = out / f"eligibility_{PACK}_supplement.gpkg"
    selected, plan = out / "siteselection_candidates.gpkg", out / "siteselection_plan.gpkg"
    result = qgis_headless.run(
        env, "landbalance:siteselection", PROGRAMME=PACK, INPUT=str(candidates), PADDY_SHARE_MIN=PADDY_SHARE,
        TIME_LIMIT=TIME_LIMIT, OUTPUT=str(selected), PLAN=str(plan), XLSX=str(out / "补充耕地选址方案.xlsx"),
    )["results"]
    print(f"补充耕地选址优化 Site selection (landbalance:siteselection, {result['RULES']}, paddy ≥ {PADDY_SHARE:.0%})")
    print("  township      target      chosen    of which paddy   cost 万元       gap  why short")
    for township, target, chosen, paddy, cost, gap, note in layer_rows(
            plan, "select TOWNSHIP, TARGET_MU, CHOSEN_MU, PADDY_MU, COST_WAN, GAP_MU, NOTE from {table} "
                  "where YEAR = 0 order by fid"):
        label = township + " " * max(10 - _width(township), 0)
        print(f"  {label}{target:>10,.2f}{chosen:>12,.2f}{paddy:>14,.2f}{cost:>16,.2f}{gap:>10,.2f}  {note or ''}")
    saved = result["GREEDY_COST"] - result["TOTAL_COST"]
    state = "proven optimal" if result["STATUS"] == "optimal" else "time limit"
    print(f"  {result['SELECTED_PARCELS']} parcels, {result['SELECTED_MU']:,.2f} mu "
          f"({result['PADDY_MU']:,.2f} mu paddy), cost {result['TOTAL_COST']:,.0f} yuan — {state}, "
          f"gap ≤ {result['OPTIMALITY_GAP']:.3%}; {result['SHORTFALL_MU']:,.2f} mu of targets cannot be met")
    short = result["GREEDY_SHORTFALL_MU"] - result["SHORTFALL_MU"]
    print(f"  greedy choice (cheapest per mu first) on the same targets: {result['GREEDY_COST']:,.0f} yuan"
          + (f", {short:,.2f} mu more short" if short > 0.005 else "")
          + f" → the plan saves {saved:,.0f} yuan ({saved / result['GREEDY_COST']:.1%})")
    moved = qgis_headless.run(
        env, "landbalance:setstatus", INPUT=str(selected), EXPRESSION="\"SELECTED\" = '是'", PROGRAMME=PACK,
        STEP="选址立项", LEVEL=1, NOTE="选址优化方案", DATE="2024-03-01",
        STORE=str(out / "siteselection_workflow.gpkg"))["results"]
    print(f"  {moved['COUNT']} chosen parcels sent to the workflow (landbalance:setstatus, 选址立项)")
