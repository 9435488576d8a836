"""The site-selection programme for SciPy's ``milp`` (HiGHS), and its exact reduction to a core.

Slots are what must be met: one per township and year (the plan), or one per township for
all its years together (the aggregated programme, a relaxation: any yearly plan is also an
aggregated one, so its optimum is a lower bound for the plan's). Columns are the options
x[i, slot, r] = 1: candidate i made result r (dry land or paddy) for the slot. Per slot:
Σ area·x (+ shortfall) ≥ target; paddy ≥ share × chosen area; Σ area × (grade −
grade_max)·x ≤ 0. Per candidate: Σ x ≤ 1. Contiguity: u_i ≤ area_i·X_i and u_i ≤ Σ area_j·X_j
over the touching candidates j (a candidate next to cultivated land earns it whole), the
objective rewarding u. Optionally Σ cost·x ≤ budget and Σ shortfall ≤ cap. Parcels already
placed (``fixed``) enter as constants.

The split relaxation (``whole``): the yearly slots, each candidate chosen whole or not
(z[i, r] binary) but free to be shared out over the years (x continuous, Σ_years x[i, y, r] =
z[i, r]) unless it is marked whole (its x binary). Every plan is one of its solutions, so its
optimum is a lower bound; it is at least the aggregated one (its years add up to the
aggregated rows) and more where a parcel is large next to a year's target — a 47 mu dry
parcel meets only one year's 30 % paddy share, while the aggregated programme lets it serve
all years. Its binary variables are the candidates', not the years', so it branches without
the years' symmetry. With every candidate whole it is the yearly programme.

Solving goes through the core: the LP relaxation's reduced costs d_j say that a column can
only be in a plan cheaper than U if z_LP + d_j ≤ U. A MILP over the columns with the smallest
d_j is solved first; whatever it does not hold costs at least z_LP + min d_j, which bounds
the optimum from below together with the core's own bound — exact, and on 10⁴ candidates of
which a few hundred matter, far faster than the whole programme.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from .siteselection import PADDY, Assignment, Problem

CORE_FACTOR = 4  # first core: this many times the candidates the LP uses …
CORE_MIN = 200  # … and at least this many


@dataclass
class Slots:
    township: np.ndarray
    year: np.ndarray  # year index, or −1 for all years of the township together
    demand: np.ndarray  # 0.01 mu
    area: np.ndarray  # constants from fixed parcels, per slot
    paddy: np.ndarray
    grade: np.ndarray
    cost: float = 0.0

    def __len__(self):
        return len(self.township)


def slots(problem: Problem, members, aggregated: bool = False, years=None, fixed: Assignment | None = None) -> Slots:
    """Slots of the townships ``members``: per year with a target (only ``years`` if given),
    or one per township; ``fixed`` parcels counted in as constants."""
    table = problem.targets.centimu
    keys = []
    for t in members:
        if aggregated:
            if table[t].sum() > 0:
                keys.append((t, -1, table[t].sum()))
            continue
        keys += [(t, y, table[t, y]) for y in range(table.shape[1])
                 if table[t, y] > 0 and (years is None or y in years)]
    township = np.array([k[0] for k in keys], dtype=np.int64)
    year = np.array([k[1] for k in keys], dtype=np.int64)
    out = Slots(township, year, np.array([k[2] for k in keys], dtype=float), *(np.zeros(len(keys)) for _ in range(3)))
    if fixed is not None:
        _add_fixed(problem, out, fixed)
    return out


def case_slots(problem: Problem, members, parcel: int, year: int, result: int) -> Slots:
    """Slots of the case where ``parcel`` serves ``year`` as ``result``: that year of its
    township apart, the parcel counted in; the township's other years together; the other
    townships aggregated. A relaxation of every plan in the case (each slot a sum of a plan's
    yearly ones); the cost of ``parcel`` is the slots' constant."""
    own = int(problem.target[parcel])
    fixed = Assignment.empty(problem.count)
    fixed.year[parcel], fixed.result[parcel] = year, result
    parts = [slots(problem, [own], years=[year], fixed=fixed)]
    rest = slots(problem, [own], aggregated=True)
    rest.demand = rest.demand - problem.targets.centimu[own, year]
    if rest.demand.sum() > 0:
        parts.append(rest)
    parts.append(slots(problem, [m for m in members if m != own], aggregated=True))
    names = ("township", "year", "demand", "area", "paddy", "grade")
    return Slots(*(np.concatenate([getattr(part, name) for part in parts]) for name in names), cost=parts[0].cost)


def _add_fixed(problem: Problem, out: Slots, fixed: Assignment) -> None:
    rows = np.flatnonzero(fixed.chosen)
    area = problem.centimu[rows].astype(float)
    paddy = np.where(fixed.result[rows] == PADDY, area, 0.0)
    grade = _grade_excess(problem, rows) * area
    for s in range(len(out)):
        hit = (problem.target[rows] == out.township[s]) & ((fixed.year[rows] == out.year[s]) | (out.year[s] < 0))
        out.area[s], out.paddy[s], out.grade[s] = area[hit].sum(), paddy[hit].sum(), grade[hit].sum()
    township_rows = np.isin(problem.target[rows], out.township)
    out.cost = float(problem.costs[rows[township_rows], fixed.result[rows[township_rows]]].sum())


def _grade_excess(problem: Problem, rows) -> np.ndarray:
    if problem.limits.grade_max is None:
        return np.zeros(len(rows))
    return problem.grade[rows] - problem.limits.grade_max


@dataclass
class Programme:
    candidate: np.ndarray  # per x column
    slot: np.ndarray
    result: np.ndarray
    slots: Slots
    c: np.ndarray
    upper: np.ndarray
    integrality: np.ndarray
    matrix: object
    row_lower: np.ndarray
    row_upper: np.ndarray
    n_short: int = 0

    @property
    def n_x(self) -> int:
        return len(self.candidate)


def build(problem: Problem, where: Slots, rows, results=None, shortfall: bool = False, cap=None,
          phase_one: bool = False, contiguity: bool = True, whole=None) -> Programme:
    """The programme over candidates ``rows`` (``results``: a fixed result per candidate, −1
    free). ``phase_one``: minimise the shortfall instead of the cost. ``whole`` (a mask over
    the candidates): the split relaxation — each candidate is chosen whole or not (z[i, r]
    binary) but, unless ``whole`` says so, may be shared out over the years (x continuous,
    Σ_years x[i, y, r] = z[i, r]); see the module's docstring."""
    from scipy import sparse

    rows = np.asarray(rows, dtype=np.int64)
    candidate, slot, result = _columns(problem, where, rows, results)
    n_x, limits = len(candidate), problem.limits
    area = problem.centimu[candidate].astype(float)
    builder = _Rows()
    n_slots = len(where)
    n_short = n_slots if shortfall else 0
    short_cols = n_x + np.arange(n_short)
    need = where.demand - where.area
    builder.add(np.concatenate([slot, np.arange(n_short)]), np.concatenate([np.arange(n_x), short_cols]),
                np.concatenate([area, np.ones(n_short)]), need, np.full(n_slots, np.inf))
    if limits.paddy_share_min > 0:
        share = limits.paddy_share_min
        balance = where.paddy - share * where.area
        builder.add(slot, np.arange(n_x), np.where(result == PADDY, area * (1 - share), -share * area),
                    -balance, np.full(n_slots, np.inf))
    if limits.grade_max is not None:
        builder.add(slot, np.arange(n_x), area * _grade_excess(problem, candidate), np.full(n_slots, -np.inf),
                    -where.grade)
    owner, several = _owners(candidate)
    row_of = np.cumsum(several) - 1
    pick = several[owner]
    builder.add(row_of[owner[pick]], np.flatnonzero(pick), np.ones(int(pick.sum())),
                np.full(int(several.sum()), -np.inf), np.ones(int(several.sum())))
    cost = problem.costs[candidate, result].astype(float)
    c_x = np.zeros(n_x) if phase_one else cost.copy()
    n_u, u_upper = 0, np.zeros(0)
    if contiguity and not phase_one and limits.contiguity_bonus > 0:
        next_to_land = problem.touches_cultivated[candidate]
        c_x[next_to_land] -= problem.bonus_per_centimu() * area[next_to_land]
        n_u, u_upper = _contiguity(problem, candidate, n_x + n_short, builder)
    if limits.budget is not None:
        builder.add(np.zeros(n_x, dtype=np.int64), np.arange(n_x), cost, [-np.inf], [limits.budget - where.cost])
    if shortfall and cap is not None and not phase_one:
        builder.add(np.zeros(n_short, dtype=np.int64), short_cols, np.ones(n_short), [-np.inf], [cap + 0.5])
    n_z, x_integral = 0, np.ones(n_x)
    if whole is not None:
        n_z, x_integral = _split(candidate, result, n_x + n_short + n_u, builder), whole[candidate].astype(float)
    n_cols = n_x + n_short + n_u + n_z
    c = np.concatenate([c_x, np.full(n_short, 1.0 if phase_one else 0.0), np.full(n_u, -problem.bonus_per_centimu()),
                        np.zeros(n_z)])
    upper = np.concatenate([np.ones(n_x), np.maximum(need, 0) if n_short else np.zeros(0), u_upper, np.ones(n_z)])
    r, col, v = builder.arrays()
    matrix = sparse.csr_matrix((v, (r, col)), shape=(builder.count, n_cols))
    integrality = np.concatenate([x_integral, np.zeros(n_short + n_u), np.ones(n_z)])
    return Programme(candidate, slot, result, where, c, upper, integrality, matrix,
                     np.asarray(builder.lower, dtype=float), np.asarray(builder.upper, dtype=float), n_short)


def _split(candidate, result, first_col: int, builder) -> int:
    """z[i, r] binary, one per candidate and result, and Σ_years x[i, y, r] − z[i, r] = 0."""
    pair, link = np.unique(candidate * 2 + result, return_inverse=True)
    n_z = len(pair)
    cols = np.concatenate([np.arange(len(candidate)), first_col + np.arange(n_z)])
    builder.add(np.concatenate([link, np.arange(n_z)]), cols,
                np.concatenate([np.ones(len(candidate)), -np.ones(n_z)]), np.zeros(n_z), np.zeros(n_z))
    return n_z


class _Rows:
    """Constraint rows collected block by block (COO)."""

    def __init__(self):
        self.parts, self.lower, self.upper, self.count = [], [], [], 0

    def add(self, rows, cols, values, lower, upper):
        lower, upper = np.asarray(lower, dtype=float), np.asarray(upper, dtype=float)
        self.parts.append((np.asarray(rows, dtype=np.int64) + self.count, np.asarray(cols, dtype=np.int64),
                           np.asarray(values, dtype=float)))
        self.lower.extend(lower.tolist())
        self.upper.extend(upper.tolist())
        self.count += len(lower)

    def arrays(self):
        if not self.parts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0)
        return tuple(np.concatenate([p[k] for p in self.parts]) for k in range(3))


def _columns(problem: Problem, where: Slots, rows, results):
    """(candidate, slot, result) of every column, sorted by candidate."""
    allowed = problem.costs[rows] >= 0
    if results is not None:
        fixed = np.asarray(results)[rows]
        allowed &= (fixed[:, None] < 0) | (fixed[:, None] == np.arange(2)[None, :])
    parts = []
    for s in range(len(where)):
        mine = np.flatnonzero(problem.target[rows] == where.township[s])
        local, result = np.nonzero(allowed[mine])
        parts.append((rows[mine[local]], np.full(len(local), s), result))
    if not parts:
        return (np.zeros(0, dtype=np.int64),) * 3
    candidate, slot, result = (np.concatenate([p[k] for p in parts]).astype(np.int64) for k in range(3))
    order = np.lexsort((result, slot, candidate))
    return candidate[order], slot[order], result[order]


def _owners(candidate):
    """Per column, the index of its candidate among the programme's candidates; and per
    candidate whether it has several columns (then Σ x ≤ 1 is a row)."""
    if not len(candidate):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=bool)
    first = np.flatnonzero(np.diff(candidate, prepend=-1))
    owner = np.repeat(np.arange(len(first)), np.diff(np.append(first, len(candidate))))
    return owner, np.bincount(owner) > 1


def _contiguity(problem: Problem, candidate, first_col: int, builder: _Rows):
    """u rows for the candidates that can earn the bonus through a touching candidate."""
    first, second = problem.neighbours()
    present = np.zeros(problem.count, dtype=bool)
    present[candidate] = True
    keep = present[first] & present[second] & ~problem.touches_cultivated[first]
    first, second = first[keep], second[keep]
    earners = np.unique(first)
    if not len(earners):
        return 0, np.zeros(0)
    n_u = len(earners)
    u_cols = first_col + np.arange(n_u)
    earner = np.full(problem.count, -1, dtype=np.int64)
    earner[earners] = np.arange(n_u)
    starts, counts = _columns_by_candidate(candidate, problem.count)
    own = np.arange(n_u)
    # u_e − area_e·X_e ≤ 0, then u_e − Σ area_j·X_j ≤ 0 over the candidates j touching e
    for rows_of, whose in ((own, earners), (earner[first], second)):
        builder.add(np.concatenate([own, np.repeat(rows_of, counts[whose])]),
                    np.concatenate([u_cols, _expand(starts[whose], counts[whose])]),
                    np.concatenate([np.ones(n_u), -np.repeat(problem.centimu[whose], counts[whose]).astype(float)]),
                    np.full(n_u, -np.inf), np.zeros(n_u))
    return n_u, problem.centimu[earners].astype(float)


def _columns_by_candidate(candidate, count: int):
    starts = np.full(count, 0, dtype=np.int64)
    counts = np.zeros(count, dtype=np.int64)
    if len(candidate):
        first = np.flatnonzero(np.diff(candidate, prepend=-1))
        starts[candidate[first]] = first
        counts[candidate[first]] = np.diff(np.append(first, len(candidate)))
    return starts, counts


def _expand(starts, counts) -> np.ndarray:
    """start, start+1, …, start+count−1 for each pair, concatenated."""
    total = int(counts.sum())
    return np.repeat(starts, counts) + np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)


# ── solving ──────────────────────────────────────────────────────────────────────────


@dataclass
class Outcome:
    chosen: np.ndarray | None  # x columns set to 1 (None: no plan found)
    value: float  # objective of that plan (inf without one)
    bound: float  # proven lower bound of the optimum
    proven: bool  # optimal within the gap
    shortfall: np.ndarray | None = None  # per slot
    reduced: np.ndarray | None = None  # per candidate: its smallest LP reduced cost (inf: no column)
    split: np.ndarray | None = None  # candidates shared out over several years (the split relaxation)
    x: np.ndarray | None = None  # the x columns' values

    def taken(self, programme: Programme, problem: Problem) -> Assignment:
        """The candidates the solution takes, whole or shared out over years, with their result
        (year 0): the split relaxation's parcels, to be shared out into a plan."""
        out = Assignment.empty(problem.count)
        cols = np.flatnonzero(self.x > 1e-6 if self.x is not None else self.chosen)
        out.year[programme.candidate[cols]] = 0
        out.result[programme.candidate[cols]] = programme.result[cols]
        return out

    def plan(self, programme: Programme, problem: Problem, fixed: Assignment | None = None) -> Assignment:
        """The chosen columns as a plan (aggregated slots: year 0), over ``fixed``."""
        out = fixed.copy() if fixed is not None else Assignment.empty(problem.count)
        cols = np.flatnonzero(self.chosen)
        out.year[programme.candidate[cols]] = np.maximum(programme.slots.year[programme.slot[cols]], 0)
        out.result[programme.candidate[cols]] = programme.result[cols]
        return out


def solve(programme: Programme, time_limit: float, gap: float, upper: float | None = None) -> Outcome:
    """The programme's optimum through its core (see the module's docstring). ``upper``: the
    value of a plan known to be feasible, which lets the LP's reduced costs discard more."""
    started = time.monotonic()
    everything = np.ones(len(programme.c), dtype=bool)
    lp = _relaxation(programme, time_limit) if programme.n_x else None
    if lp is None:
        return _run(programme, everything, time_limit, gap)
    z, reduced = lp
    per_candidate = np.full(int(programme.candidate.max()) + 1, np.inf)
    np.minimum.at(per_candidate, programme.candidate, reduced[: programme.n_x])
    keep = _core(programme, reduced, z, upper, first=True)
    while True:
        outcome = _run(programme, keep, max(time_limit - (time.monotonic() - started), 0.01), gap)
        outcome.reduced = per_candidate
        outside = reduced[: programme.n_x][~keep[: programme.n_x]]
        floor = z + float(outside.min()) if len(outside) else np.inf
        # Whatever HiGHS proved on the core, the LP relaxation's optimum bounds every plan.
        outcome.bound = max(min(outcome.bound, floor), z) if np.isfinite(z) else min(outcome.bound, floor)
        best = min(outcome.value, upper if upper is not None else np.inf)
        if np.isfinite(best) and floor >= best - tolerance(best, gap):
            return outcome  # nothing outside the core beats the best plan known
        if time.monotonic() - started >= time_limit or keep.all():
            outcome.proven = False
            return outcome
        keep = _core(programme, reduced, z, best) if np.isfinite(best) else everything


def tolerance(value: float, gap: float) -> float:
    """How far below ``value`` a bound may be for the plan to count as proven: the relative
    gap, and HiGHS's own absolute tolerance for rounding."""
    return gap * max(abs(value), 1.0) + 1e-9 * abs(value) + 1e-6


def _core(programme: Programme, reduced, z, upper, first: bool = False) -> np.ndarray:
    """Columns to keep: every continuous one, and the x columns whose reduced cost allows a
    plan at ``upper``; ``first`` (or without an upper), at most those of the candidates with
    the smallest reduced costs, a few times as many as the LP uses."""
    keep = np.ones(len(programme.c), dtype=bool)
    rc = reduced[: programme.n_x]
    scale = max(abs(z), 1.0)
    if upper is not None and np.isfinite(upper):
        keep[: programme.n_x] = rc <= (upper - z) + 1e-7 * scale
        if not first:
            return keep
    best = np.full(programme.candidate.max() + 1, np.inf)
    np.minimum.at(best, programme.candidate, rc)
    used = np.unique(programme.candidate[rc <= 1e-9 * scale])
    k = max(CORE_FACTOR * len(used), CORE_MIN)
    values = np.sort(best[np.isfinite(best)])
    if k < len(values):
        keep[: programme.n_x] &= rc <= values[k - 1] + 1e-9 * scale
    return keep


def shared_out(problem: Problem, where: Slots, rows, results) -> np.ndarray | None:
    """The candidates ``rows`` (made ``results``) shared out over the years by the LP that
    meets every year with them: the candidates it splits between years (the ones to keep
    whole next); None when even shared out they cannot meet every year."""
    programme = build(problem, where, rows, results=results, shortfall=True, phase_one=True, contiguity=False)
    lp = _relaxation(programme, 10.0, values=True) if programme.n_x else None
    if lp is None or lp[0] > 0.5:  # a shortfall of 0.005 mu or more
        return None
    x = lp[2][: programme.n_x]
    return np.unique(programme.candidate[(x > 1e-6) & (x < 1 - 1e-6)])


def _relaxation(programme: Programme, time_limit: float, values: bool = False):
    """(z, reduced cost of every column[, the solution]) of the LP relaxation, or None."""
    from scipy import sparse
    from scipy.optimize import linprog

    matrix = programme.matrix.tocsr()
    high, low = np.isfinite(programme.row_upper), np.isfinite(programme.row_lower)
    a_ub = sparse.vstack([matrix[high], -matrix[low]]).tocsr()
    b_ub = np.concatenate([programme.row_upper[high], -programme.row_lower[low]])
    result = linprog(programme.c, A_ub=a_ub if a_ub.shape[0] else None, b_ub=b_ub if a_ub.shape[0] else None,
                     bounds=np.column_stack([np.zeros(len(programme.c)), programme.upper]), method="highs",
                     options={"time_limit": max(time_limit, 0.01)})
    if result.status != 0:
        return None
    reduced = np.asarray(result.lower.marginals) + np.asarray(result.upper.marginals)
    return (float(result.fun), reduced, np.asarray(result.x)) if values else (float(result.fun), reduced)


def _run(programme: Programme, keep, time_limit: float, gap: float) -> Outcome:
    """HiGHS on the kept columns."""
    from scipy.optimize import Bounds, LinearConstraint, milp

    keep = np.asarray(keep, dtype=bool)
    if not keep.any():  # nothing to choose: the empty plan, if it meets the rows
        feasible = bool(np.all(programme.row_lower <= 1e-9) and np.all(programme.row_upper >= -1e-9))
        return Outcome(np.zeros(programme.n_x, dtype=bool) if feasible else None, 0.0 if feasible else np.inf,
                       0.0 if feasible else np.inf, True)
    matrix = programme.matrix.tocsc()[:, np.flatnonzero(keep)]
    constraints = [LinearConstraint(matrix, programme.row_lower, programme.row_upper)] if matrix.shape[0] else []
    result = milp(programme.c[keep], integrality=programme.integrality[keep],
                  bounds=Bounds(np.zeros(int(keep.sum())), programme.upper[keep]), constraints=constraints,
                  options={"time_limit": max(float(time_limit), 0.01), "mip_rel_gap": float(gap), "disp": False})
    bound = getattr(result, "mip_dual_bound", None)
    bound = float(bound) if bound is not None and np.isfinite(bound) else None
    if result.x is None:
        infeasible = result.status == 2
        return Outcome(None, np.inf, np.inf if infeasible else (bound if bound is not None else -np.inf), infeasible)
    x = np.zeros(len(programme.c))
    x[keep] = result.x
    value = float(result.fun)
    proven = result.status == 0
    if bound is None:
        bound = value if proven else -np.inf
    n_x, n_short = programme.n_x, programme.n_short
    shortfall = x[n_x:n_x + n_short] if n_short else None
    split = np.unique(programme.candidate[(x[:n_x] > 1e-6) & (x[:n_x] < 1 - 1e-6)])
    return Outcome(x[:n_x] > 0.5, value, min(bound, value), proven, shortfall, split=split, x=x[:n_x])
