"""补充耕地选址: which eligible candidates make a township's new cultivated land, year by year.

Lianshui must find 3 000 mu of new cultivated land over 16 townships and three years, "as
paddy where possible" (seeds/003_33b11e000febcf0b.txt); an Anhui county must find converted-in
land that balances its outflows in area, paddy and quality, preferring parcels next to existing
cultivated land (seeds/001_c8e0ce7e1182633b.txt, 选址要求). This module holds the problem on
plain arrays — candidates, their options (dry or paddy, each with a cost), the targets per
township and year, the limits (paddy share, area-weighted quality grade, budget) — and what
is decided without a solver: costs from the pack, target tables, the greedy baseline
(cheapest per mu first), the plan's rows and why a township cannot reach its target. The
exact optimum is rules/siteselection_milp.py's.

Units: areas in whole hundredths of a mu (NET_AREA_MU has 2 decimals, so sums are exact),
costs in whole yuan, so every total foots.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from . import landclass
from .area import round_half_away
from .ledger import township_name
from .tables import apportion, round_ratio
from .packs import Pack, PackError

DRY, PADDY = 0, 1
RESULT_ZH = ("旱地", "水田")
SELECTED, NOT_SELECTED = "是", "否"
USABLE_VERDICTS = ("是", "部分")  # 否 is never selected; 部分 counts with its net area
CENTIMU = 100  # area unit: 0.01 mu
WHOLE_LAYER = "全部"  # the one target name when a single TARGET_MU covers the layer

# Reason texts are output data (Chinese, as county tables are), not UI strings.
TEXT = {
    "NO_CANDIDATES": "无可选地块",
    "AREA": "可选净面积 {:.2f}亩 < 目标 {:.2f}亩",
    "PADDY": "可改水田 {:.2f}亩，水田比例 ≥ {:.0%} 时最多 {:.2f}亩",
    "GRADE": "面积加权质量等别 ≤ {:g} 时最多 {:.2f}亩",
    "BUDGET": "预算 {:.2f}万元不足",
    "COMBINATION": "地块面积组合无法同时满足各年度目标",
    "TIME": "时限内未找到满足目标的组合",
}


# ── costs ────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class CostTable:
    """Yuan per mu of new cultivated land by source class: (dry, paddy), None = not possible."""

    prices: dict  # class code → (dry or None, paddy or None)
    pack_label: str = ""

    def price(self, code) -> tuple:
        return self.prices.get(landclass.normalise_code(code), (None, None))


def site_section(pack: Pack) -> dict:
    site = pack.section("site_selection")
    if site is None:
        raise PackError(pack.path, "site_selection", "is required for site selection but missing")
    return site


def cost_table(pack: Pack) -> CostTable:
    prices = {}
    for row in site_section(pack)["costs"]:
        for code in landclass.expand(row["source_classes"]):
            prices[code] = (row.get("dry"), row.get("paddy"))
    return CostTable(prices, pack.label)


def option_costs(codes, centimu, table: CostTable, parcel_cost=None, per_mu: bool = False) -> np.ndarray:
    """(n, 2) whole yuan of making each candidate dry land or paddy; −1 where that result is
    not possible. From the table's price per mu × net area, or — ``parcel_cost`` given — the
    county's own figure for the parcel (``per_mu``: yuan per mu), for every result the table
    allows its class (a class the table does not price: dry land only)."""
    area = np.asarray(centimu, dtype=np.int64)
    out = np.full((len(area), 2), -1, dtype=np.int64)
    priced = [table.price(code) for code in codes]
    for result in (DRY, PADDY):
        price = np.array([np.nan if p[result] is None else float(p[result]) for p in priced], dtype=float)
        if parcel_cost is None:
            value = price * area / CENTIMU
        else:
            own = np.asarray(parcel_cost, dtype=float)
            value = own * area / CENTIMU if per_mu else own.copy()
            allowed = np.isfinite(price) if result == PADDY else (
                np.isfinite(price) | np.array([p == (None, None) for p in priced], dtype=bool))
            value[~allowed] = np.nan
        ok = np.isfinite(value) & (value >= 0)
        out[ok, result] = round_half_away(value[ok], 0).astype(np.int64)
    return out


# ── targets ──────────────────────────────────────────────────────────────────────────


@dataclass
class Targets:
    """New cultivated land to find per township (target name) and year, in 0.01 mu."""

    names: list
    years: list
    centimu: np.ndarray  # (len(names), len(years)) int64; 0 = nothing asked

    def total(self) -> int:
        return int(self.centimu.sum())


def mu_to_centimu(mu) -> np.ndarray:
    return np.rint(round_half_away(np.asarray(mu, dtype=float), 2) * CENTIMU).astype(np.int64)


def pack_targets(pack: Pack, year: int | None = None) -> Targets:
    """The pack's township × year table (e.g. Lianshui's 3 000 mu over 16 townships)."""
    targets = pack.section("targets")
    if targets is None:
        raise PackError(pack.path, "targets", "is required when no target is given, but missing")
    per_mu = 15.0 if targets["unit"] == "ha" else 1.0
    years = list(targets["years"])
    names = list(targets["townships"])
    table = mu_to_centimu(np.array([targets["townships"][n] for n in names], dtype=float) * per_mu)
    if year is not None:
        if year not in years:
            raise KeyError(year)
        keep = years.index(year)
        years, table = [year], table[:, keep:keep + 1]
    return Targets(names, years, table.reshape(len(names), len(years)))


def table_targets(rows, year: int | None = None) -> Targets:
    """Targets from (township, year, mu) rows of a county's own table; rows repeating a
    township and year are added up."""
    rows = [(str(t).strip(), int(y), float(mu)) for t, y, mu in rows if year is None or int(y) == year]
    names = sorted({r[0] for r in rows})
    years = sorted({r[1] for r in rows})
    table = np.zeros((len(names), len(years)), dtype=np.int64)
    for township, y, mu in rows:
        table[names.index(township), years.index(y)] += int(mu_to_centimu(mu))
    return Targets(names, years, table)


def single_target(mu: float, year: int) -> Targets:
    return Targets([WHOLE_LAYER], [year], mu_to_centimu([[mu]]))


def match_townships(townships, targets: Targets) -> np.ndarray:
    """Per parcel, the index of the target its township serves, or −1: the name as the
    target table spells it, with or without a township suffix (南集 is the survey's 南集镇)."""
    if targets.names == [WHOLE_LAYER]:
        return np.zeros(len(townships), dtype=np.int64)
    index = {name: i for i, name in enumerate(targets.names)}
    cache = {}
    for township in set(townships):
        name = township_name(township, targets.names)
        cache[township] = index[name] if name is not None else -1
    return np.array([cache[t] for t in townships], dtype=np.int64)


# ── the problem ──────────────────────────────────────────────────────────────────────


@dataclass
class Limits:
    paddy_share_min: float = 0.0
    grade_max: float | None = None  # area-weighted quality grade (lower is better)
    budget: int | None = None  # yuan for the whole plan
    contiguity_bonus: float = 0.0  # yuan per mu of a chosen parcel that touches


@dataclass
class Problem:
    """Candidates (row = position in the input layer) and what they must deliver.

    ``target``: index into ``targets.names`` of the township a candidate serves (−1: none);
    ``costs``: (n, 2) yuan, −1 where a result is impossible; ``grade``: expected quality
    grade (NaN unknown); ``touches_cultivated``: next to existing cultivated land;
    ``pairs``: touching candidates (i < j). A candidate is usable when it has area, a target,
    a possible result and — under a grade limit — a grade."""

    centimu: np.ndarray
    target: np.ndarray
    costs: np.ndarray
    targets: Targets
    limits: Limits = field(default_factory=Limits)
    grade: np.ndarray | None = None
    touches_cultivated: np.ndarray | None = None
    pairs: tuple = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
    score: np.ndarray | None = None  # the eligibility SCORE: breaks ties in the greedy order

    def __post_init__(self):
        self.centimu = np.asarray(self.centimu, dtype=np.int64)
        self.target = np.asarray(self.target, dtype=np.int64)
        self.costs = np.asarray(self.costs, dtype=np.int64).reshape(-1, 2)
        n = len(self.centimu)
        if self.touches_cultivated is None:
            self.touches_cultivated = np.zeros(n, dtype=bool)
        if self.grade is not None:
            self.grade = np.asarray(self.grade, dtype=float)

    @property
    def count(self) -> int:
        return len(self.centimu)

    def usable(self) -> np.ndarray:
        ok = (self.centimu > 0) & (self.target >= 0) & (self.costs >= 0).any(axis=1)
        if self.limits.grade_max is not None:
            ok &= np.isfinite(self.grade) if self.grade is not None else False
        return ok

    def bonus_per_centimu(self) -> float:
        return float(self.limits.contiguity_bonus) / CENTIMU

    def neighbours(self) -> tuple:
        """Touching pairs of usable candidates serving the same township (a township's
        projects are its own), both directions, sorted by the first."""
        i, j = (np.asarray(a, dtype=np.int64) for a in self.pairs)
        usable = self.usable()
        keep = usable[i] & usable[j] & (self.target[i] == self.target[j]) & (i != j)
        i, j = i[keep], j[keep]
        first, second = np.concatenate([i, j]), np.concatenate([j, i])
        order = np.lexsort((second, first))
        pairs = np.unique(np.column_stack([first[order], second[order]]), axis=0)
        return pairs[:, 0], pairs[:, 1]


@dataclass
class Assignment:
    """The plan for each candidate: year index (−1 not chosen) and result (DRY/PADDY, −1)."""

    year: np.ndarray
    result: np.ndarray

    @classmethod
    def empty(cls, n: int) -> Assignment:
        return cls(np.full(n, -1, dtype=np.int64), np.full(n, -1, dtype=np.int64))

    @property
    def chosen(self) -> np.ndarray:
        return self.year >= 0

    def copy(self) -> Assignment:
        return Assignment(self.year.copy(), self.result.copy())


def plan_cost(problem: Problem, plan: Assignment) -> int:
    rows = np.flatnonzero(plan.chosen)
    return int(problem.costs[rows, plan.result[rows]].sum())


def contiguous_centimu(problem: Problem, plan: Assignment) -> np.ndarray:
    """Per candidate, the part of its area that earns the contiguity bonus: all of a chosen
    parcel next to cultivated land, else as much as the chosen area touching it."""
    chosen = plan.chosen
    area = np.where(chosen, problem.centimu, 0)
    first, second = problem.neighbours()
    touching = np.bincount(first, weights=area[second], minlength=problem.count).astype(np.int64)
    earned = np.minimum(area, touching)
    return np.where(chosen & problem.touches_cultivated, area, earned)


def objective(problem: Problem, plan: Assignment) -> float:
    """What the optimiser minimises: cost less the contiguity bonus earned."""
    bonus = 0.0
    if problem.limits.contiguity_bonus:
        bonus = problem.bonus_per_centimu() * float(contiguous_centimu(problem, plan).sum())
    return plan_cost(problem, plan) - bonus


# ── the plan per township and year ───────────────────────────────────────────────────


@dataclass
class TargetRow:
    township: str
    year: int  # 0 on a line over all years
    target: int  # 0.01 mu
    chosen: int  # 0.01 mu
    paddy: int  # 0.01 mu
    parcels: int
    cost: int  # yuan
    grade_area: float = 0.0  # Σ grade × area of the chosen parcels (0.01 mu)
    reason: str = ""
    kind: str = "detail"  # 'detail', 'subtotal' (a township's years) or 'total' (合计)
    cost_wan: int = 0  # the cost in 0.01 万元, footed (plan_lines)
    lacking: int = 0  # on a subtotal or total line: the sum of its rows' shortfalls

    @property
    def shortfall(self) -> int:
        """What is still missing: a year's target less what was chosen for it (never negative:
        one year's surplus does not make up another's shortfall)."""
        return max(self.target - self.chosen, 0) if self.kind == "detail" else self.lacking

    @property
    def grade(self) -> float | None:
        """Area-weighted quality grade of the chosen parcels."""
        return self.grade_area / self.chosen if self.chosen and self.grade_area else None


def plan_rows(problem: Problem, plan: Assignment, reasons: dict | None = None) -> list:
    """One row per township and year with a target, in the targets' order."""
    targets, out = problem.targets, []
    chosen = np.flatnonzero(plan.chosen)
    key = problem.target[chosen] * len(targets.years) + plan.year[chosen]
    size = len(targets.names) * len(targets.years)
    area = problem.centimu[chosen]
    weights = {"area": area, "paddy": np.where(plan.result[chosen] == PADDY, area, 0),
               "cost": problem.costs[chosen, plan.result[chosen]], "count": np.ones(len(chosen))}
    if problem.grade is not None:
        weights["grade"] = np.nan_to_num(problem.grade[chosen]) * area
    sums = {name: np.bincount(key, weights=w, minlength=size) for name, w in weights.items()}
    for t, name in enumerate(targets.names):
        for y, year in enumerate(targets.years):
            k = t * len(targets.years) + y
            if targets.centimu[t, y] <= 0 and not sums["count"][k]:
                continue
            row = TargetRow(name, year, int(targets.centimu[t, y]), int(round(sums["area"][k])),
                            int(round(sums["paddy"][k])), int(round(sums["count"][k])), int(round(sums["cost"][k])),
                            float(sums["grade"][k]) if "grade" in sums else 0.0)
            if row.shortfall and reasons:
                row.reason = reasons.get(t, "")
            out.append(row)
    return out


def plan_lines(rows: list, total_label: str = "合计", wan: int = 10_000) -> list:
    """The plan table as filed: each township's years then its subtotal (year 0) when it has
    several, then the total of each year and the grand total (``total_label``). Costs are
    shown in 0.01 万元 (``wan`` yuan) and foot: the grand total is rounded once, townships
    are apportioned to it by largest remainder, and each township's years to the township."""
    townships = list(dict.fromkeys(r.township for r in rows))
    years = sorted({r.year for r in rows})
    unit = wan // 100
    by_town = {t: [r for r in rows if r.township == t] for t in townships}
    sums = {t: _summed(t, 0, by_town[t], "subtotal") for t in townships}
    grand = _summed(total_label, 0, rows, "total")
    grand.cost_wan = round_ratio(grand.cost, unit)
    for t, share in zip(townships, apportion([sums[t].cost for t in townships], unit, grand.cost_wan).tolist()):
        sums[t].cost_wan = share
        for row, part in zip(by_town[t], apportion([r.cost for r in by_town[t]], unit, share).tolist()):
            row.cost_wan = part
    out = []
    for t in townships:
        out += by_town[t]
        if len(by_town[t]) > 1:
            out.append(sums[t])
    if len(years) > 1:
        for year in years:
            line = _summed(total_label, year, [r for r in rows if r.year == year], "total")
            line.cost_wan = sum(r.cost_wan for r in rows if r.year == year)
            out.append(line)
    return out + [grand]


def _summed(township: str, year: int, rows: list, kind: str) -> TargetRow:
    line = TargetRow(township, year, sum(r.target for r in rows), sum(r.chosen for r in rows),
                     sum(r.paddy for r in rows), sum(r.parcels for r in rows), sum(r.cost for r in rows),
                     sum(r.grade_area for r in rows), kind=kind)
    line.lacking = sum(r.shortfall for r in rows)
    if kind == "subtotal":
        line.reason = "；".join(dict.fromkeys(r.reason for r in rows if r.reason))
    return line


def shortfall(problem: Problem, plan: Assignment) -> int:
    return sum(row.shortfall for row in plan_rows(problem, plan))


# ── greedy baseline: cheapest per mu first ───────────────────────────────────────────


def greedy(problem: Problem, priority=None, rows=None) -> Assignment:
    """What a technician would do by hand, on the same targets and limits: per township,
    year after year, the cheapest options per mu first — paddy first until the paddy share
    is met, then any result — skipping a parcel that would break the paddy share or the
    quality grade. The plan meets every limit; a target it cannot reach is left short.

    ``priority``: (n, 2) keys per option, lower first, instead of the cost per mu (the
    optimiser passes reduced costs); ``rows``: only these candidates."""
    plan = Assignment.empty(problem.count)
    usable = problem.usable()
    if rows is not None:
        usable &= np.isin(np.arange(problem.count), rows)
    limits = problem.limits
    with np.errstate(invalid="ignore", divide="ignore"):
        per_mu = np.where(problem.costs >= 0, problem.costs / problem.centimu[:, None], np.inf)
    if priority is not None:
        per_mu = np.where(problem.costs >= 0, np.asarray(priority, dtype=float), np.inf)
    score = problem.score if problem.score is not None else np.zeros(problem.count)
    grade_gain = (problem.grade - limits.grade_max) * problem.centimu if limits.grade_max is not None else None
    for t in range(len(problem.targets.names)):
        rows_t = np.flatnonzero(usable & (problem.target == t))
        if not len(rows_t):
            continue
        ties = (rows_t, -problem.centimu[rows_t], -np.nan_to_num(score[rows_t]))
        order = {"any": rows_t[np.lexsort(ties + (per_mu[rows_t].min(axis=1),))],
                 "paddy": rows_t[np.lexsort(ties + (per_mu[rows_t, PADDY],))]}
        for y, need in enumerate(problem.targets.centimu[t]):
            if need > 0:
                _fill(problem, plan, order, int(need), y, per_mu, grade_gain)
    return plan


def _fill(problem, plan, order, need, y, per_mu, grade_gain) -> None:
    share = problem.limits.paddy_share_min
    area_of = problem.centimu
    state = {"area": 0, "paddy": 0, "grade": 0.0}

    def fits(i, result) -> bool:
        if plan.year[i] >= 0 or not np.isfinite(per_mu[i, result]):
            return False
        if grade_gain is not None and state["grade"] + grade_gain[i] > 1e-9:
            return False
        paddy = state["paddy"] + (area_of[i] if result == PADDY else 0)
        return paddy >= share * (state["area"] + area_of[i]) - 1e-9

    def take(i, result) -> None:
        plan.year[i], plan.result[i] = y, result
        state["area"] += int(area_of[i])
        state["paddy"] += int(area_of[i]) if result == PADDY else 0
        if grade_gain is not None:
            state["grade"] += grade_gain[i]

    if share > 0:
        for i in order["paddy"]:
            if state["paddy"] >= share * need - 1e-9:
                break
            if fits(i, PADDY):
                take(i, PADDY)
    for i in order["any"]:
        if state["area"] >= need:
            break
        results = sorted((DRY, PADDY), key=lambda r: (per_mu[i, r], -r))
        for result in results:
            if fits(i, result):
                take(i, result)
                break


# ── why a township cannot reach its target ───────────────────────────────────────────


def most_area_under_grade(centimu, grade, grade_max: float) -> float:
    """The largest area (0.01 mu) whose area-weighted grade stays ≤ grade_max, parcels
    taken whole or in part (an upper bound): every parcel at or better than the limit, then
    the worse ones nearest the limit while the better ones' margin lasts."""
    area, excess = np.asarray(centimu, dtype=float), np.asarray(grade, dtype=float) - grade_max
    good = excess <= 0
    margin = float(-(excess[good] * area[good]).sum())
    total = float(area[good].sum())
    for k in np.argsort(excess[~good], kind="stable"):
        a, e = area[~good][k], excess[~good][k]
        take = min(a, margin / e)
        total += take
        margin -= take * e
        if take < a:
            break
    return total


def diagnose(problem: Problem, township: int, budget_short: bool = False) -> str:
    """Why a township's targets cannot all be met: the first limit that caps its area."""
    rows = np.flatnonzero(problem.usable() & (problem.target == township))
    need = int(problem.targets.centimu[township].sum())
    if not len(rows):
        return TEXT["NO_CANDIDATES"]
    area = problem.centimu[rows]
    available = int(area.sum())
    if available < need:
        return TEXT["AREA"].format(available / CENTIMU, need / CENTIMU)
    share = problem.limits.paddy_share_min
    if share > 0:
        paddy = int(area[problem.costs[rows, PADDY] >= 0].sum())
        if paddy < share * need:
            return TEXT["PADDY"].format(paddy / CENTIMU, share, min(paddy / share, available) / CENTIMU)
    if problem.limits.grade_max is not None:
        most = most_area_under_grade(area, problem.grade[rows], problem.limits.grade_max)
        if most < need:
            return TEXT["GRADE"].format(problem.limits.grade_max, most / CENTIMU)
    if budget_short and problem.limits.budget is not None:
        return TEXT["BUDGET"].format(problem.limits.budget / 10000)
    return TEXT["COMBINATION"]
