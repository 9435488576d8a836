"""The least-cost site selection, solved as a mixed-integer programme by SciPy's ``milp`` (HiGHS).

The programme is rules/siteselection_model.py's. How it is solved, per group of townships
(each township alone: without a budget they share no constraint, so solving them one by one
gives the same optimum much faster; a budget ties them into one group):

1. Shortfall first. Where the greedy plan meets every target within the budget, no shortfall
   is possible; elsewhere a first programme finds the least total shortfall, and the rest
   keeps to it (a township that lacks land is reported with what it lacks, never an error).
2. The aggregated programme (all years of a township as one target) is a relaxation: its
   optimum is a proven lower bound of the plan's cost. With one year it is the plan itself.
3. Its parcels are shared out over the years (a small programme that minimises what each
   year still lacks), the years topped up from the unused candidates the relaxation priced
   closest to entering, then each year, and each pair of years, re-optimised with the others
   fixed. Cheap, and on large townships within a fraction of a per mille of the bound; the
   parcels of the cheapest set do not always fit every year exactly, and a plan's years are
   interchangeable for the solver, which makes the yearly programme hard for branch-and-bound
   on small townships with paddy and grade limits. If that plan is not yet proven within the
   gap, the yearly programme runs for half the township's time left, told the best plan's
   value so that its core stays small.
3b. Where the relaxation's largest parcel is too large for any one year (as dry land, more
   than the largest yearly target less its paddy share), cases on it as well: left out (the
   aggregated programme without it, whose plan is shared out too: the first half of the
   time goes to the relaxation's own plan, as the parcel may be worth its overshoot), or in
   year y as dry land or paddy (that year apart, the other years together). Each case is a relaxation of
   the plans in it and together they cover every plan, so the least of their bounds is
   proven; the cases that take the parcel are usually closed at once by their LP's reduced
   costs against the best plan. A 47 mu parcel beside 20/50/30 mu years: township gap
   7 % → 0.5–1.3 %, the county's 0.48 % → 0.29–0.34 % (README, Performance).
4. Time the first pass leaves goes to the townships not yet proven, in proportion to their
   gap in yuan, largest first: the split relaxation (rules/siteselection_model.py), round
   after round making whole the candidates it shared out over years — a bound above the
   aggregated one where a large parcel can serve one year only, and a plan, optimal, when it
   shares out nothing; each round's parcels shared out as in step 3 —, then the yearly
   programme if time is left.

The best plan found is kept — never worse than the greedy one — with the best proven bound.
SciPy is imported only when solving: without it the rest of the plugin works.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace

import numpy as np

from . import siteselection_model as model
from .siteselection import PADDY, Assignment, Problem, diagnose, greedy, objective, plan_cost, plan_rows

OPTIMAL, TIME_LIMIT = "optimal", "time_limit"
POOL_FACTOR, POOL_MIN = 4, 400  # candidates a top-up or re-fit may choose from (see _Group._pool)
SPLIT_ROUND = 0.6  # share of the time left a round of the split relaxation may take (step 4)
FIRST_YEARLY = 0.5  # share of a township's first-pass time left for the yearly programme (step 3)


def solver_missing() -> str:
    """'' when SciPy ≥ 1.9 (the first with milp) is installed, else what is missing. Asked of
    the installed distribution, without importing SciPy: the provider asks it when it loads,
    and SciPy's compiled libraries are loaded only when a plan is solved."""
    import importlib.metadata
    import importlib.util

    if importlib.util.find_spec("scipy") is None:
        return "No module named 'scipy'"
    try:
        version = importlib.metadata.version("scipy")
    except importlib.metadata.PackageNotFoundError:
        return ""  # a SciPy without its metadata: its milp is tried when solving
    numbers = [int(part) for part in version.split(".")[:2] if part.isdigit()]
    if numbers < [1, 9]:
        return f"SciPy {version} has no milp (1.9 or newer needed)"
    return ""


@dataclass
class Solution:
    plan: Assignment
    cost: int  # yuan
    objective: float  # cost − contiguity bonus
    bound: float  # proven lower bound of the objective
    status: str  # OPTIMAL or TIME_LIMIT
    greedy: Assignment
    greedy_cost: int
    reasons: dict = field(default_factory=dict)  # township index → why it falls short
    kept_greedy: list = field(default_factory=list)  # townships where the greedy plan was kept

    @property
    def gap(self) -> float:
        """Relative distance to the optimum at most: (plan − bound) / plan."""
        return max(self.objective - self.bound, 0.0) / max(abs(self.objective), 1.0)

    def rows(self, problem: Problem) -> list:
        return plan_rows(problem, self.plan, self.reasons)


def solve(problem: Problem, time_limit: float = 60.0, gap: float = 1e-4, cancelled=None, progress=None) -> Solution:
    """The least-cost plan and its proven bound; ``cancelled()`` is polled and ``progress(share
    done)`` called between groups. Each group gets the time left in proportion to its
    candidates; time a group leaves unused then goes, in a second pass, to the groups not yet
    proven (the yearly programme again, told the better plan found since)."""
    started = time.monotonic()
    baseline = greedy(problem)
    members_of = _groups(problem)
    sizes = [int(np.isin(problem.target, members).sum()) + 1 for members in members_of]
    groups = []
    for g, members in enumerate(members_of):
        if cancelled is not None and cancelled():
            break
        left = max(time_limit - (time.monotonic() - started), 0.01)
        groups.append(_Group(problem, members, baseline, left * sizes[g] / sum(sizes[g:]), gap))
        groups[-1].solve()
        if progress is not None:
            progress(sum(sizes[: g + 1]) / sum(sizes))
    unproven = sorted((g for g in groups if not g.proven), key=lambda g: g.bound - g.key[1])
    for k, group in enumerate(unproven):
        left = time_limit - (time.monotonic() - started)
        if left < 0.5 or (cancelled is not None and cancelled()):
            break
        gaps = [max(g.key[1] - g.bound, 1.0) for g in unproven[k:]]
        group.improve(left * gaps[0] / sum(gaps))
    plan = Assignment.empty(problem.count)
    bound, status, reasons, kept = 0.0, OPTIMAL, {}, []
    for group in groups:
        mask = group.mask
        chosen = group.best if group.best is not None else Assignment.empty(problem.count)
        plan.year[mask], plan.result[mask] = chosen.year[mask], chosen.result[mask]
        bound += min(group.bound, group.key[1]) if np.isfinite(group.key[1]) else group.bound
        status = status if group.proven else TIME_LIMIT
        reasons.update(group.reasons)
        kept += group.members if group.kept_greedy else []
    if len(groups) < len(members_of):
        status = TIME_LIMIT
    return Solution(plan, plan_cost(problem, plan), objective(problem, plan), min(bound, objective(problem, plan)),
                    status, baseline, plan_cost(problem, baseline), reasons, kept)


def _groups(problem: Problem) -> list:
    """Townships with targets; each alone unless a budget ties them together."""
    asked = [t for t in range(len(problem.targets.names)) if problem.targets.centimu[t].sum() > 0]
    if problem.limits.budget is not None:
        return [asked] if asked else []
    return [[t] for t in asked]


class _Group:
    """One group of townships: the steps of the module's docstring, keeping the best plan."""

    def __init__(self, problem: Problem, members: list, baseline: Assignment, time_limit: float, gap: float):
        self.problem, self.members, self.gap = problem, members, gap
        self.deadline = time.monotonic() + time_limit
        self.mask = np.isin(problem.target, members)
        self.rows = np.flatnonzero(problem.usable() & self.mask)
        self.best, self.key, self.kept_greedy, self.reduced = None, (np.inf, np.inf), False, None
        self.whole = np.zeros(problem.count, dtype=bool)  # candidates the split relaxation keeps in one year
        self.relaxed = None  # the aggregated programme's plan
        fallback = _restricted(baseline, self.mask)
        budget = problem.limits.budget
        if budget is None or plan_cost(problem, fallback) <= budget:
            self.offer(fallback)
            self.kept_greedy = True

    def left(self, share: float = 1.0) -> float:
        return max((self.deadline - time.monotonic()) * share, 0.01)

    def shortfall(self, plan: Assignment) -> int:
        names = {self.problem.targets.names[t] for t in self.members}
        return sum(r.shortfall for r in plan_rows(self.problem, plan) if r.township in names)

    def offer(self, plan: Assignment | None) -> None:
        """Keep ``plan`` if it lacks less, or as much at a lower objective."""
        if plan is None:
            return
        key = (self.shortfall(plan), objective(self.problem, plan))
        if key[0] < self.key[0] or (key[0] == self.key[0] and key[1] < self.key[1] - 1e-6):
            self.best, self.key, self.kept_greedy = plan, key, False

    def solve(self) -> None:
        """The first pass: shortfall, relaxation, shared-out plan, then the yearly programme."""
        self.phase_one_proven, self.reasons, self.bound, self.cap = True, {}, -np.inf, 0
        if self.key[0] > 0:
            self.cap, self.phase_one_proven = self._least_shortfall()
        if self.cap > 0:
            budget = self.problem.limits.budget
            self.reasons = {t: diagnose(self.problem, t, budget_short=budget is not None) for t in self.members}
            self.bound = self._yearly(self.cap).bound
        else:
            self.bound = self._aggregated()
            if not self._within(self.bound, self.cap) and time.monotonic() < self.deadline:
                self.deadline = time.monotonic() + self.left(FIRST_YEARLY)
                self.bound = max(self.bound, self._yearly(0).bound)

    def improve(self, time_limit: float) -> None:
        """The yearly programme again, with more time and the best plan's value."""
        self.deadline = time.monotonic() + time_limit
        if self.cap == 0:
            self._large_parcel()
            self._disaggregate()
        if not self._within(self.bound, self.cap) and time.monotonic() < self.deadline:
            self.bound = max(self.bound, self._yearly(self.cap).bound)

    @property
    def proven(self) -> bool:
        return self.phase_one_proven and self._within(self.bound, self.cap)

    def _within(self, bound: float, cap: int) -> bool:
        """Whether the best plan lacks no more than ``cap`` and is proven within the gap."""
        short, value = self.key
        return short <= cap and np.isfinite(value) and value - bound <= model.tolerance(value, self.gap)

    def _asked(self) -> int:
        return int(self.problem.targets.centimu[self.members].sum())

    def _upper(self, cap: int) -> float | None:
        return self.key[1] if self.key[0] <= cap and np.isfinite(self.key[1]) else None

    # — the steps —

    def _least_shortfall(self) -> tuple:
        """(least total shortfall of the yearly programme in 0.01 mu, proven?); the greedy
        plan's, or all that is asked, when the solver finds nothing better in time."""
        where = model.slots(self.problem, self.members)
        programme = model.build(self.problem, where, self.rows, shortfall=True, phase_one=True, contiguity=False)
        known = self.key[0] if np.isfinite(self.key[0]) else self._asked()
        outcome = model.solve(programme, self.left(1 / 3), self.gap, float(known))
        if outcome.chosen is None:
            return known, outcome.proven
        return min(self.shortfall(outcome.plan(programme, self.problem)), known), outcome.proven

    def _yearly(self, cap: int) -> model.Outcome:
        where = model.slots(self.problem, self.members)
        programme = model.build(self.problem, where, self.rows, shortfall=cap > 0, cap=cap)
        outcome = model.solve(programme, self.left(), self.gap, self._upper(cap))
        if outcome.chosen is not None:
            self.offer(outcome.plan(programme, self.problem))
        return outcome

    def _aggregated(self) -> float:
        """The relaxation's bound (raised by step 3b where it applies); its plan shared out
        over the years."""
        where = model.slots(self.problem, self.members, aggregated=True)
        programme = model.build(self.problem, where, self.rows)
        # The bound of every plan comes from here: solved four times tighter than asked.
        outcome = model.solve(programme, self.left(1 / 3), self.gap / 4, self._upper(0))
        if outcome.chosen is None:
            return outcome.bound
        if outcome.reduced is not None:
            self.reduced = np.full(self.problem.count, np.inf)
            self.reduced[: len(outcome.reduced)] = outcome.reduced
        plan = self.relaxed = outcome.plan(programme, self.problem)
        self.bound = outcome.bound
        years = self.problem.targets.centimu[self.members] > 0
        if (years.sum(axis=1) <= 1).all():  # one year each: the relaxation is the plan
            first = years.argmax(axis=1)
            chosen = np.flatnonzero(plan.chosen)
            plan.year[chosen] = first[np.searchsorted(self.members, self.problem.target[chosen])]
            self.offer(plan)
        elif self._too_large() is None:
            self._share_out(plan, self.bound)
        else:  # half the time for this plan (the parcel may be worth its overshoot), half for step 3b
            deadline, self.deadline = self.deadline, time.monotonic() + self.left(0.5)
            self._share_out(plan, self.bound)
            self.deadline = deadline
            self._large_parcel()
        return self.bound

    def _disaggregate(self) -> None:
        """The split relaxation (rules/siteselection_model.py), round after round making whole
        the candidates the last round shared out over years: each round's optimum bounds every
        plan — above the aggregated bound where a large parcel can serve one year only — and
        a round that shares out nothing is a plan, and optimal when proven. Stops at a round
        not solved to the end (the next, with more candidates whole, would be slower)."""
        if self.key[0] > 0:
            return
        where = model.slots(self.problem, self.members)
        if not self.whole.any() and self.relaxed is not None:
            # The aggregated plan shared out by the LP: when it can be, the first round's
            # optimum is the aggregated one, and the parcels the LP splits are made whole now.
            split = model.shared_out(self.problem, where, np.flatnonzero(self.relaxed.chosen), self.relaxed.result)
            if split is not None:
                self.whole[split] = True
        stop = self.deadline
        while time.monotonic() < stop - 0.05 and not self._within(self.bound, 0):
            programme = model.build(self.problem, where, self.rows, whole=self.whole)
            # A round leaves time to share its parcels out into a plan.
            outcome = model.solve(programme, (stop - time.monotonic()) * SPLIT_ROUND, self.gap, self._upper(0))
            if outcome.chosen is None:
                return
            self.bound = max(self.bound, outcome.bound)
            if outcome.split is None or not len(outcome.split):
                self.offer(outcome.plan(programme, self.problem))
                return
            self.whole[outcome.split] = True
            # Its parcels, shared out, often make a better plan than the aggregated ones did.
            self._share_out(outcome.taken(programme, self.problem), self.bound)
            if not outcome.proven:
                return

    def _large_parcel(self) -> None:
        """Step 3b, cases on the aggregated plan's largest parcel when it is too large for one
        of its township's years (a 47 mu parcel against a 20 mu year): the relaxation lets it
        serve every year's paddy share, a plan only one year's. Either it is left out — the
        aggregated programme without it, whose plan is then shared out —, or it serves year y
        as dry land or paddy — that year apart, the township's other years together
        (model.case_slots). The cases cover every plan: the least of their bounds bounds the
        optimum. A case that cannot beat the best plan is closed by its LP's reduced costs."""
        parcel = self._too_large()
        if parcel is None:
            return
        rows = self.rows[self.rows != parcel]
        where = model.slots(self.problem, self.members, aggregated=True)
        programme = model.build(self.problem, where, rows)
        outcome = model.solve(programme, self.left(1 / 3), self.gap / 4, self._upper(0))
        bounds, without = [outcome.bound], outcome.plan(programme, self.problem) if outcome.chosen is not None else None
        problem, bonus = self._next_to(parcel)
        years = np.flatnonzero(self.problem.targets.centimu[self.problem.target[parcel]] > 0)
        for result in np.flatnonzero(self.problem.costs[parcel] >= 0):
            for year in years:
                where = model.case_slots(problem, self.members, parcel, int(year), int(result))
                constant = where.cost - bonus
                upper = self._upper(0)
                outcome = model.solve(model.build(problem, where, rows), self.left(0.25), self.gap,
                                      None if upper is None else upper - constant)
                bounds.append(outcome.bound + constant)
        self.bound = max(self.bound, min(bounds))
        if without is not None:
            self._share_out(without, self.bound)

    def _too_large(self) -> int | None:
        """The relaxed plan's largest parcel if, made what the plan makes it, it goes beyond
        the target of every year it could serve: as paddy, larger than the largest yearly
        target; as dry land, larger than (1 − paddy share) of it, the year's paddy share
        coming on top."""
        chosen = np.flatnonzero(self.relaxed.chosen) if self.relaxed is not None else np.zeros(0, dtype=np.int64)
        if not len(chosen):
            return None
        parcel = int(chosen[np.argmax(self.problem.centimu[chosen])])
        yearly = self.problem.targets.centimu[self.problem.target[parcel]]
        room = yearly.max() * (1.0 if self.relaxed.result[parcel] == PADDY else 1 - self.problem.limits.paddy_share_min)
        return parcel if (yearly > 0).sum() > 1 and self.problem.centimu[parcel] > room else None

    def _next_to(self, parcel: int) -> tuple:
        """The problem for the cases where ``parcel`` is taken, and the most contiguity bonus
        it can earn: its neighbours count as touching cultivated land (at most what they could
        earn next to it), so every case stays a relaxation."""
        problem = self.problem
        if problem.limits.contiguity_bonus <= 0:
            return problem, 0.0
        first, second = problem.neighbours()
        touches = problem.touches_cultivated.copy()
        touches[second[first == parcel]] = True
        return replace(problem, touches_cultivated=touches), problem.bonus_per_centimu() * problem.centimu[parcel]

    def _share_out(self, relaxed: Assignment, bound: float) -> None:
        """The relaxation's parcels over the years, topped up, then the years re-optimised one
        and two at a time with the others fixed — until the plan meets the bound."""
        chosen = np.flatnonzero(relaxed.chosen)
        where = model.slots(self.problem, self.members)
        programme = model.build(self.problem, where, chosen, results=relaxed.result, shortfall=True,
                                phase_one=True, contiguity=False)
        outcome = model.solve(programme, self.left(0.15), self.gap)
        if outcome.chosen is None:
            return
        plan = outcome.plan(programme, self.problem)
        if self.shortfall(plan) > 0:
            plan = self._top_up(plan)
        if plan is None:
            return
        self.offer(plan)
        n_years = self.problem.targets.centimu.shape[1]
        for years in [[y] for y in range(n_years)] + [[a, b] for a in range(n_years) for b in range(a + 1, n_years)]:
            if time.monotonic() >= self.deadline or self._within(bound, 0):
                return
            plan = self._refit(plan, years)
            self.offer(plan)

    def _pool(self, own, plan: Assignment) -> np.ndarray:
        """Candidates a heuristic step may add: ``own`` and the unused ones the relaxation
        priced closest to entering (its reduced costs), a few times as many as ``own``."""
        unused = self.rows[~plan.chosen[self.rows]]
        if self.reduced is not None and len(unused) > POOL_MIN:
            k = max(POOL_FACTOR * len(own), POOL_MIN)
            unused = unused[np.argsort(self.reduced[unused], kind="stable")[:k]]
        return np.union1d(own, unused)

    def _top_up(self, plan: Assignment) -> Assignment | None:
        unused = self._pool(np.zeros(0, dtype=np.int64), plan)
        where = model.slots(self.problem, self.members, fixed=plan)
        programme = model.build(self.problem, where, unused, contiguity=False)
        outcome = model.solve(programme, self.left(0.2), self.gap)
        return None if outcome.chosen is None else outcome.plan(programme, self.problem, fixed=plan)

    def _refit(self, plan: Assignment, years: list) -> Assignment:
        """These years chosen again from their own parcels and the unused ones, others fixed."""
        others = plan.copy()
        mine = self.rows[np.isin(plan.year[self.rows], years)]
        if not len(mine):
            return plan
        others.year[mine], others.result[mine] = -1, -1
        pool = self._pool(mine, others)
        where = model.slots(self.problem, self.members, years=years, fixed=others)
        if not len(where):
            return plan
        programme = model.build(self.problem, where, pool, contiguity=False)
        upper = float(self.problem.costs[mine, plan.result[mine]].sum())
        outcome = model.solve(programme, self.left(0.2), self.gap, upper)
        if outcome.chosen is None:
            return plan
        refitted = outcome.plan(programme, self.problem, fixed=others)
        return refitted if objective(self.problem, refitted) < objective(self.problem, plan) - 1e-6 else plan


def _restricted(plan: Assignment, mask: np.ndarray) -> Assignment:
    out = plan.copy()
    out.year[~mask] = -1
    out.result[~mask] = -1
    return out
