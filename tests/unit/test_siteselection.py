"""Site selection (补充耕地选址): costs, targets, the greedy baseline, the optimum against brute
force, binding paddy / grade / budget limits, infeasible townships.

Seeds: ../shared/seeds/003_33b11e000febcf0b.txt (Lianshui: 3 000 mu over 16 townships and
2023–2025, paddy where possible), 001_c8e0ce7e1182633b.txt (Anhui: area, paddy and quality
balance; parcels next to existing cultivated land preferred).
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from land_balance.rules import siteselection as ss
from land_balance.rules import siteselection_milp as milp
from land_balance.rules import siteselection_model as model
from land_balance.rules.packs import load_packs

pytest.importorskip("scipy.optimize", reason="the optimiser needs SciPy (python3-scipy)")

DRY, PADDY = ss.DRY, ss.PADDY


@pytest.fixture(scope="module")
def lianshui():
    return load_packs().get("lianshui_requisition")


# ── a second method: every plan tried ────────────────────────────────────────────────


def brute_force(problem: ss.Problem):
    """(least shortfall, least objective) over every plan: each candidate unused or given
    one (year, result) of its township's years. The lexicographic order of the optimiser."""
    targets, limits = problem.targets, problem.limits
    options = []
    for i in range(problem.count):
        mine = [(-1, -1)]
        if problem.usable()[i]:
            years = [y for y in range(len(targets.years)) if targets.centimu[problem.target[i], y] > 0]
            mine += [(y, r) for y in years for r in (DRY, PADDY) if problem.costs[i, r] >= 0]
        options.append(mine)
    best = (np.inf, np.inf, None)
    for choice in itertools.product(*options):
        plan = ss.Assignment(np.array([c[0] for c in choice]), np.array([c[1] for c in choice]))
        if not _meets_limits(problem, plan):
            continue
        if limits.budget is not None and ss.plan_cost(problem, plan) > limits.budget:
            continue
        key = (ss.shortfall(problem, plan), ss.objective(problem, plan))
        if key[0] < best[0] or (key[0] == best[0] and key[1] < best[1] - 1e-9):
            best = (key[0], key[1], plan)
    return best


def _meets_limits(problem: ss.Problem, plan: ss.Assignment) -> bool:
    limits = problem.limits
    for row in ss.plan_rows(problem, plan):
        if not row.chosen:
            continue
        if row.paddy < limits.paddy_share_min * row.chosen - 1e-9:
            return False
        if limits.grade_max is not None and row.grade > limits.grade_max + 1e-9:
            return False
    return True


def random_problem(seed: int, n: int = 6, townships: int = 1, years: int = 2, paddy=0.0, grade=None, budget=None,
                   bonus=0.0, supply: float = 0.6) -> ss.Problem:
    rng = np.random.default_rng(seed)
    area = rng.integers(50, 800, n)
    town = rng.integers(0, townships, n)
    price = rng.integers(10_000, 60_000, (n, 2)).astype(float)
    price[rng.random(n) < 0.3, PADDY] = np.nan  # some sources cannot become paddy
    costs = np.where(np.isfinite(price), np.rint(price * area[:, None] / 100), -1).astype(np.int64)
    per_town = np.bincount(town, weights=area, minlength=townships)
    table = np.rint(per_town[:, None] * supply / years * rng.uniform(0.6, 1.4, (townships, years))).astype(np.int64)
    targets = ss.Targets([f"T{t}" for t in range(townships)], list(range(2023, 2023 + years)), table)
    pairs = np.array([(i, i + 1) for i in range(n - 1) if rng.random() < 0.5], dtype=np.int64).reshape(-1, 2)
    return ss.Problem(area, town, costs, targets, ss.Limits(paddy, grade, budget, bonus),
                      grade=rng.integers(5, 12, n).astype(float), touches_cultivated=rng.random(n) < 0.3,
                      pairs=(pairs[:, 0], pairs[:, 1]))


def optimum(problem, time_limit=30.0):
    return milp.solve(problem, time_limit=time_limit, gap=0.0)


def assert_matches_brute_force(problem):
    short, value, plan = brute_force(problem)
    solution = optimum(problem)
    assert solution.status == milp.OPTIMAL
    assert ss.shortfall(problem, solution.plan) == short
    assert solution.objective == pytest.approx(value, abs=1e-6)
    assert _meets_limits(problem, solution.plan)
    return solution, plan


# ── costs and targets from the pack ──────────────────────────────────────────────────


def test_costs_by_source_class_and_result(lianshui):
    table = ss.cost_table(lianshui)
    # ponds → paddy at 24 000 yuan/mu, dry at 18 000; sand has no paddy price; 0301 is not priced.
    codes = ["1104", "1205", "0301", "104"]  # 104 (a spreadsheet's 0104) is no class: unpriced
    costs = ss.option_costs(codes, [150, 250, 100, 100], table)
    assert costs.tolist() == [[27000, 36000], [80000, -1], [-1, -1], [-1, -1]]


def test_costs_from_the_countys_own_field(lianshui):
    table = ss.cost_table(lianshui)
    own = ss.option_costs(["1104", "1205", "0301"], [150, 250, 100], table, parcel_cost=[5000.4, 7000, 9000])
    assert own.tolist() == [[5000, 5000], [7000, -1], [9000, -1]]  # an unpriced class: dry land only
    per_mu = ss.option_costs(["1104"], [150], table, parcel_cost=[2000], per_mu=True)
    assert per_mu.tolist() == [[3000, 3000]]


def test_lianshui_targets_from_the_pack(lianshui):
    targets = ss.pack_targets(lianshui)
    assert targets.years == [2023, 2024, 2025]
    assert targets.total() == 3000 * ss.CENTIMU
    assert targets.centimu.sum(axis=0).tolist() == [60000, 150000, 90000]
    gaogou = targets.names.index("高沟")
    assert targets.centimu[gaogou].tolist() == [12000, 18000, 15000]
    one = ss.pack_targets(lianshui, 2024)
    assert one.years == [2024] and one.total() == 150000


def test_township_names_match_as_the_ledger_does():
    names = ["东胡集", "胡集", "涟城"]
    targets = ss.Targets(names, [2023], np.zeros((3, 1), dtype=np.int64))
    found = ss.match_townships(["涟城街道", None, "胡集镇", "东胡集镇", "石湖镇", "胡集村"], targets)
    assert found.tolist() == [2, -1, 1, 0, -1, -1]


def test_a_countys_target_table_adds_up_repeated_rows():
    targets = ss.table_targets([("南集镇", 2024, 12.5), ("南集镇", 2024, 7.5), ("黄营镇", 2025, 30)])
    assert targets.names == ["南集镇", "黄营镇"] and targets.years == [2024, 2025]
    assert targets.centimu.tolist() == [[2000, 0], [0, 3000]]
    assert ss.table_targets([("南集镇", 2024, 1), ("黄营镇", 2025, 3)], year=2025).names == ["黄营镇"]


# ── the greedy baseline ──────────────────────────────────────────────────────────────


def test_greedy_takes_the_cheapest_per_mu_first():
    # 3 parcels, one township, target 2 mu: B (10 000/mu) and C (12 000/mu) before A (20 000/mu).
    area = [100, 120, 150]
    costs = [[20_000, -1], [12_000, -1], [18_000, -1]]
    targets = ss.Targets(["T"], [2024], np.array([[200]]))
    problem = ss.Problem(area, [0, 0, 0], costs, targets)
    plan = ss.greedy(problem)
    assert plan.chosen.tolist() == [False, True, True]
    assert ss.plan_cost(problem, plan) == 30_000


def test_greedy_keeps_the_paddy_share_and_the_grade():
    problem = random_problem(3, n=12, paddy=0.5, grade=8.0, supply=0.5)
    plan = ss.greedy(problem)
    assert _meets_limits(problem, plan)


# ── the optimum ──────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize("seed", range(6))
def test_optimum_equals_brute_force(seed):
    assert_matches_brute_force(random_problem(seed, n=6, townships=2, years=2))


def test_binding_paddy_share_changes_the_plan():
    tight = random_problem(11, n=7, years=1, paddy=0.6)
    free, _ = assert_matches_brute_force(random_problem(11, n=7, years=1))
    bound, _ = assert_matches_brute_force(tight)
    assert all(r.paddy >= 0.6 * r.chosen for r in ss.plan_rows(tight, bound.plan))
    assert bound.cost > free.cost  # the share binds: paddy costs more


def test_binding_grade_limit_changes_the_plan():
    loose = random_problem(5, n=7, years=1)
    tight = random_problem(5, n=7, years=1, grade=7.0)
    free, _ = assert_matches_brute_force(loose)
    bound, _ = assert_matches_brute_force(tight)
    assert all(r.grade <= 7.0 + 1e-9 for r in ss.plan_rows(tight, bound.plan) if r.chosen)
    assert ss.shortfall(tight, bound.plan) > 0 or bound.cost > free.cost


def test_binding_budget_leaves_the_least_shortfall():
    loose = random_problem(8, n=7, townships=2, years=1)
    free = optimum(loose)
    tight = random_problem(8, n=7, townships=2, years=1, budget=int(free.cost * 0.7))
    solution, _ = assert_matches_brute_force(tight)
    assert solution.cost <= tight.limits.budget
    assert ss.shortfall(tight, solution.plan) > 0  # 70 % of the money cannot buy every target
    assert all("预算" in solution.reasons[t] for t in solution.reasons if any(
        r.shortfall for r in ss.plan_rows(tight, solution.plan) if r.township == tight.targets.names[t]))


def test_contiguity_bonus_against_brute_force():
    assert_matches_brute_force(random_problem(21, n=7, years=1, bonus=8000.0))
    assert_matches_brute_force(random_problem(22, n=6, years=2, bonus=3000.0))


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10_000), st.sampled_from([0.0, 0.4]), st.sampled_from([None, 8.0]))
def test_optimum_equals_brute_force_property(seed, paddy, grade):
    assert_matches_brute_force(random_problem(seed, n=5, townships=2, years=2, paddy=paddy, grade=grade))


# ── the split relaxation: candidates whole, years shared out ─────────────────────────


def relaxed_value(problem: ss.Problem, aggregated: bool = False, whole=None) -> float:
    """The optimum of the aggregated programme or of the split relaxation (``whole``: the
    candidates kept in one year), township 0, solved exactly."""
    rows = np.flatnonzero(problem.usable() & (problem.target == 0))
    where = model.slots(problem, [0], aggregated=aggregated)
    outcome = model.solve(model.build(problem, where, rows, whole=whole), 30.0, 0.0)
    assert outcome.proven
    return outcome.value


def big_dry_parcel() -> ss.Problem:
    """Two years of 20 mu, 30 % paddy each. A is 30 mu of cheap land that cannot become
    paddy: taken as one target (40 mu) A and P3 make the cheapest plan (44 mu, 14 of them
    paddy: 30 000 + 49 000 yuan), but A fits one year only, where it needs P3 beside it
    (14 ≥ 30 % of 44), and the other year needs 20 mu with 6 of paddy on its own: A is
    then not worth taking."""
    #            A      P1      P2      D1      D2      P3
    area = [3000, 600, 600, 1000, 1000, 1400]
    costs = [[30_000, -1], [-1, 18_000], [-1, 18_000], [25_000, -1], [25_000, -1], [-1, 49_000]]
    targets = ss.Targets(["T0"], [2023, 2024], np.array([[2000, 2000]]))
    return ss.Problem(area, [0] * 6, costs, targets, ss.Limits(paddy_share_min=0.3))


def test_a_large_parcel_serves_one_year_only():
    problem = big_dry_parcel()
    short, value, plan = brute_force(problem)
    # By hand: without A, P3 + D1 (24 mu, 14 paddy: 74 000) and P1 + P2 + D2 (22 mu, 12
    # paddy: 61 000) — 135 000; with A, A + P3 (79 000) and P1 + P2 + D1 (61 000) — 140 000.
    assert (short, value) == (0, 135_000)
    assert not plan.chosen[0]
    assert relaxed_value(problem, aggregated=True) == 79_000  # A + P3: the aggregated bound is far below
    assert relaxed_value(problem, whole=np.zeros(6, dtype=bool)) == 79_000  # A shared out: 22 + 22 mu
    # A whole: A is worth nothing; P3 + P1 + D1 + D2 (40 mu, 20 paddy: 117 000) shared out
    # half and half meets both years — the bound rises, though no whole-parcel plan is that cheap.
    assert relaxed_value(problem, whole=np.array([True] + [False] * 5)) == 117_000
    assert relaxed_value(problem, whole=np.ones(6, dtype=bool)) == value  # all whole: the plan itself
    solution, _ = assert_matches_brute_force(problem)
    assert solution.bound == pytest.approx(value)


def test_cases_on_a_large_parcel_bound_every_plan():
    """Step 3b on A: left out (the aggregated programme without it: 117 000, its plan shared
    out is the optimum), or in either year as dry land (that year apart: A + P3, the other
    year P1 + P2 + D1) — the least of the cases, not the aggregated 79 000, bounds the plan."""
    problem = big_dry_parcel()
    group = milp._Group(problem, [0], ss.greedy(problem), 30.0, 0.0)
    group.solve()
    assert group._too_large() == 0
    assert 79_000 < group.bound <= 135_000
    assert group.key == (0, 135_000)


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10_000), st.sampled_from([0.0, 0.3]), st.sampled_from([None, 8.0]), st.booleans())
def test_cases_on_a_large_parcel_never_cut_off_the_optimum(seed, paddy, grade, bonus):
    """A cheap parcel larger than any year's target: the cases' bound never passes the
    brute-forced optimum, with or without a contiguity bonus (its neighbours count as next
    to cultivated land in the cases that take it)."""
    problem = random_problem(seed, n=6, townships=1, years=3, paddy=paddy, grade=grade,
                             bonus=3000.0 if bonus else 0.0, supply=0.8)
    problem.centimu[0] = int(problem.targets.centimu[0].max()) + 100
    problem.costs[0] = [1_000, -1]
    if grade is not None:
        problem.grade[0] = grade
    short, value, _ = brute_force(problem)
    if short:
        return
    group = milp._Group(problem, [0], ss.greedy(problem), 30.0, 0.0)
    group.solve()
    assert group._too_large() is not None  # the relaxation takes a parcel too large: step 3b ran
    assert group.bound <= value + 1e-6
    solution = optimum(problem)
    assert solution.objective == pytest.approx(value, abs=1e-6)


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10_000), st.sampled_from([0.0, 0.3]))
def test_cases_on_a_large_parcel_in_a_budget_group(seed, paddy):
    """A budget ties two townships into one group: the cases keep the other township
    aggregated beside them, and still never pass the brute-forced optimum."""
    problem = random_problem(seed, n=6, townships=2, years=2, paddy=paddy, supply=0.8)
    problem.target[:] = [0, 0, 0, 1, 1, 1]
    problem.targets.centimu[:] = np.maximum(problem.targets.centimu, 200)
    problem.centimu[0] = int(max(problem.centimu.max(), problem.targets.centimu[0].max())) + 100
    problem.costs[0] = [1_000, -1]
    problem.limits = ss.Limits(paddy, None, int(problem.costs.max() * problem.count))
    short, value, _ = brute_force(problem)
    if short:
        return
    group = milp._Group(problem, [0, 1], ss.greedy(problem), 30.0, 0.0)
    group.solve()
    assert group._too_large() == 0  # the relaxation takes it: step 3b ran
    assert group.bound <= value + 1e-6
    assert optimum(problem).objective == pytest.approx(value, abs=1e-6)


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10_000), st.sampled_from([0.0, 0.4]), st.sampled_from([None, 8.0]))
def test_split_relaxation_between_aggregated_bound_and_optimum(seed, paddy, grade):
    problem = random_problem(seed, n=6, townships=1, years=3, paddy=paddy, grade=grade, supply=0.8)
    short, value, _ = brute_force(problem)
    if short:
        return  # the relaxations are bounds of plans that meet every target
    aggregated = relaxed_value(problem, aggregated=True)
    split = relaxed_value(problem, whole=np.zeros(problem.count, dtype=bool))
    assert aggregated <= split + 1e-6 <= value + 2e-6
    # every candidate whole: the yearly programme itself
    assert relaxed_value(problem, whole=np.ones(problem.count, dtype=bool)) == pytest.approx(value)


def test_infeasible_township_reported_the_rest_solved():
    # T0 has 3 mu of candidates for a 5 mu target; T1 can meet its 2 mu.
    area = [100, 100, 100, 150, 100]
    costs = [[10_000, -1], [11_000, -1], [12_000, -1], [20_000, -1], [15_000, -1]]
    targets = ss.Targets(["T0", "T1"], [2024], np.array([[500], [200]]))
    problem = ss.Problem(area, [0, 0, 0, 1, 1], costs, targets)
    solution = optimum(problem)
    rows = {r.township: r for r in solution.rows(problem)}
    assert rows["T0"].chosen == 300 and rows["T0"].shortfall == 200
    assert rows["T0"].reason == "可选净面积 3.00亩 < 目标 5.00亩"
    assert rows["T1"].shortfall == 0 and rows["T1"].cost == 35_000
    assert solution.status == milp.OPTIMAL


def test_paddy_limit_diagnosed():
    area = [300, 300]
    costs = [[10_000, 20_000], [10_000, -1]]
    problem = ss.Problem(area, [0, 0], costs, ss.Targets(["T"], [2024], np.array([[600]])), ss.Limits(0.8))
    solution = optimum(problem)
    row = solution.rows(problem)[0]
    assert row.shortfall > 0
    assert row.reason == "可改水田 3.00亩，水田比例 ≥ 80% 时最多 3.75亩"


def test_no_candidates_diagnosed():
    problem = ss.Problem([100], [0], [[100, -1]], ss.Targets(["T0", "T1"], [2024], np.array([[50], [70]])))
    rows = {r.township: r for r in optimum(problem).rows(problem)}
    assert rows["T1"].shortfall == 70 and rows["T1"].reason == "无可选地块"
    assert rows["T0"].shortfall == 0


def test_most_area_under_grade_by_hand():
    # grade limit 8: 2 mu at 6 gives 4 grade-mu of margin; 3 mu at 10 can use 2 of it (1 mu);
    # then 1 mu at 12 would need 4 more: nothing left. 2 + 2 = 4 mu.
    assert ss.most_area_under_grade([200, 300, 100], [6, 10, 12], 8.0) == pytest.approx(400)


def test_same_input_same_plan():
    problem = random_problem(31, n=16, townships=2, years=2, paddy=0.3, grade=9.0)
    first, second = optimum(problem, 20), optimum(problem, 20)
    assert first.status == second.status == milp.OPTIMAL
    assert first.plan.year.tolist() == second.plan.year.tolist()
    assert first.plan.result.tolist() == second.plan.result.tolist()


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 10_000))
def test_greedy_is_never_cheaper_than_the_optimum(seed):
    problem = random_problem(seed, n=30, townships=2, years=2, paddy=0.3, grade=9.0)
    solution = milp.solve(problem, time_limit=10, gap=1e-4)
    greedy_short = ss.shortfall(problem, solution.greedy)
    assert ss.shortfall(problem, solution.plan) <= greedy_short
    if greedy_short == 0:
        assert solution.objective <= ss.objective(problem, solution.greedy) + 1e-6


def test_plan_rows_foot():
    problem = random_problem(41, n=30, townships=3, years=3)
    solution = milp.solve(problem, time_limit=5, gap=1e-3)
    rows = solution.rows(problem)
    assert sum(r.cost for r in rows) == solution.cost
    assert sum(r.chosen for r in rows) == int(problem.centimu[solution.plan.chosen].sum())
    assert all(r.year in problem.targets.years for r in rows)


def test_plan_lines_foot_in_ten_thousand_yuan():
    """Each cost is rounded against its parent (largest remainder): townships to the total, a
    township's years to the township; the years' totals are their rows' sums."""
    rows = [ss.TargetRow("A", 2023, 100, 100, 0, 1, 14_999), ss.TargetRow("A", 2024, 100, 100, 0, 1, 14_999),
            ss.TargetRow("B", 2023, 100, 100, 0, 1, 15_003), ss.TargetRow("B", 2024, 100, 40, 0, 1, 4_999)]
    lines = ss.plan_lines(rows)
    kinds = [(line.township, line.year, line.kind) for line in lines]
    assert kinds == [("A", 2023, "detail"), ("A", 2024, "detail"), ("A", 0, "subtotal"), ("B", 2023, "detail"),
                     ("B", 2024, "detail"), ("B", 0, "subtotal"), ("合计", 2023, "total"), ("合计", 2024, "total"),
                     ("合计", 0, "total")]
    by = {(line.township, line.year): line for line in lines}
    assert by[("合计", 0)].cost == 50_000 and by[("合计", 0)].cost_wan == 500  # 5.00 万元, rounded once
    assert by[("A", 0)].cost_wan + by[("B", 0)].cost_wan == 500
    assert by[("A", 2023)].cost_wan + by[("A", 2024)].cost_wan == by[("A", 0)].cost_wan
    assert by[("合计", 2023)].cost_wan == by[("A", 2023)].cost_wan + by[("B", 2023)].cost_wan
    assert by[("B", 0)].shortfall == 60 and by[("合计", 0)].shortfall == 60
