"""`make bench` (site selection): the least-cost plan (rules/siteselection_milp.py, SciPy's milp /
HiGHS) on synthetic candidates, against the greedy choice a technician makes by hand (cheapest
per mu first) on the same targets.

Candidates are drawn deterministically: 16 Lianshui townships, sources in the pack's classes
(ponds and ditches 45 %, construction land 25 %, unused land 15 %, farm land 10 %, sand 5 %)
priced by the pack's cost per mu times a site factor (lognormal, σ 0.25), net areas lognormal
around 3 mu, expected quality grades 5–12. Targets: the pack's township × 2023–2025 table
(3 000 mu) scaled with the number of candidates (× n / 20 000: a county ten times larger has ten
times the task). Two scenarios: the areas alone (Lianshui's default: no paddy share), and with
30 % paddy and an area-weighted grade of at most 8 per township and year (both bind).

For each: time to a proven optimum (gap ≤ the tolerance) or the gap at the time limit, the
greedy cost, and what the plan saves. Runs in this process (no QGIS); the machine's load is
printed before each run — the figures depend on it.

    python bench/bench_siteselection.py [--sizes 20000 200000] [--limit 60] [--gap 0.001] [--seed 20231231]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

from bench_area import machine

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / ".build"))

from land_balance.rules import siteselection as rules  # noqa: E402
from land_balance.rules.packs import load_packs  # noqa: E402
from land_balance.rules.siteselection_milp import OPTIMAL, solve  # noqa: E402

SOURCES = (("1104", 0.45), ("0602", 0.25), ("0404", 0.15), ("1202", 0.10), ("1205", 0.05))
SCENARIOS = {"area": rules.Limits(), "paddy30_grade8": rules.Limits(paddy_share_min=0.3, grade_max=8.0)}


def candidates(n: int, limits: rules.Limits, seed: int = 20231231) -> rules.Problem:
    rng = np.random.default_rng(seed)
    pack = load_packs().get("lianshui_requisition")
    targets = rules.pack_targets(pack)
    targets.centimu = np.rint(targets.centimu * n / 20_000).astype(np.int64)
    share = targets.centimu.sum(axis=1) / targets.total()
    township = rng.choice(len(targets.names), size=n, p=0.5 * share + 0.5 / len(share))
    codes = rng.choice([c for c, _ in SOURCES], size=n, p=[w for _, w in SOURCES])
    centimu = np.clip(np.rint(rng.lognormal(np.log(3.0), 0.9, n) * 100), 5, 6000).astype(np.int64)
    table = rules.cost_table(pack)
    costs = rules.option_costs(codes, centimu, table)
    factor = rng.lognormal(0.0, 0.25, n)[:, None] * rng.lognormal(0.0, 0.05, (n, 2))
    costs = np.where(costs >= 0, np.rint(costs * factor), -1).astype(np.int64)
    grade = np.clip(np.rint(rng.normal(8.0, 1.5, n)), 5, 12)
    return rules.Problem(centimu, township, costs, targets, limits, grade=grade)


def bench(n: int, scenario: str, limit: float, gap: float, seed: int = 20231231) -> dict:
    problem = candidates(n, SCENARIOS[scenario], seed)
    load = os.getloadavg()[0]
    started = time.perf_counter()
    greedy = rules.greedy(problem)
    greedy_seconds = time.perf_counter() - started
    started = time.perf_counter()
    solution = solve(problem, limit, gap)
    seconds = time.perf_counter() - started
    return {"n": n, "scenario": scenario, "load": load, "seconds": seconds, "status": solution.status,
            "gap": solution.gap, "cost": solution.cost, "greedy_cost": rules.plan_cost(problem, greedy),
            "greedy_seconds": greedy_seconds, "shortfall": rules.shortfall(problem, solution.plan),
            "greedy_shortfall": rules.shortfall(problem, greedy), "asked": problem.targets.total()}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 200_000])
    parser.add_argument("--scenarios", nargs="+", default=list(SCENARIOS), choices=list(SCENARIOS))
    parser.add_argument("--limit", type=float, default=60.0, help="time limit of the optimiser (s)")
    parser.add_argument("--gap", type=float, default=1e-3, help="relative gap that counts as proven optimal")
    parser.add_argument("--seed", type=int, default=20231231, help="of the synthetic candidates")
    args = parser.parse_args(argv)
    print(f"Site selection — {machine()}")
    print(f"time limit {args.limit:g} s, proven optimal at a gap ≤ {args.gap:.2%}")
    print("candidates  scenario         load   target mu   plan (s)  status       gap      plan yuan"
          "    greedy yuan  greedy/plan  greedy (s)")
    for n in args.sizes:
        for scenario in args.scenarios:
            r = bench(n, scenario, args.limit, args.gap, args.seed)
            state = "optimal" if r["status"] == OPTIMAL else "time limit"
            short = f"  short {r['shortfall'] / 100:.2f} mu" if r["shortfall"] else ""
            print(f"{n:>10,}  {scenario:<15} {r['load']:>5.2f} {r['asked'] / 100:>11,.0f} {r['seconds']:>10.1f}  "
                  f"{state:<11} {r['gap']:>6.3%} {r['cost']:>14,} {r['greedy_cost']:>14,} "
                  f"{r['greedy_cost'] / r['cost']:>12.3f} {r['greedy_seconds']:>11.2f}{short}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
