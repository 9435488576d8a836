"""Cultivated-land in/out balance (耕地进出平衡) of a county's year: the verdict and its figures.

Seed 001 (《安徽省年度耕地“进出平衡”方案编制和实施指南（试行）》 二(五)): a county has balanced its
year (落实) when

* the area converted in (耕地转进), and its paddy area, are at least the area converted out
  (耕地转出), not counting outflows the pack excludes — state ecological retirement, disaster
  damage, natural water expansion, legal conversion —, and
* the quality of the land in is on the whole at least that of the land out (area-weighted
  mean grade; 耕地质量等别可以按照相邻地块比较法确定: a converted-in parcel without a grade
  takes that of the adjacent cultivated parcel sharing the longest border);

otherwise not (未落实: the province freezes the matching supplementary indicators and deducts
them if the county has not made up the gap by the end of June of the next year).

Areas are whole cents of m² of the official area: a county short by one cent is short, and
nothing is rounded before the comparison. Mean grades are exact fractions. The Processing
adapter measures the parcels and finds the shared borders; everything decided is here.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from . import landclass
from .errors import CodedError
from .grades import GradeScale, weighted_mean
from .packs import Pack, PackError
from .tables import round_ratio, unit_ratio

BALANCED, NOT_BALANCED = "落实", "未落实"
COMPARED = ("area", "paddy_area", "quality")


class BalanceError(CodedError):
    """Input the balance cannot be decided on; ``code`` is stable, ``details`` name the value."""


@dataclass(frozen=True)
class BalanceRules:
    """What the pack's [balance] section says, ready to apply."""

    cropland: frozenset
    paddy: frozenset
    compare: tuple
    exemptions: dict  # any accepted spelling → exclusion id
    exemption_names: dict  # id → name_zh

    @classmethod
    def of(cls, pack: Pack) -> BalanceRules:
        balance = pack.section("balance")
        if balance is None:
            raise PackError(pack.path, "balance", "is required for the in/out balance but missing")
        spellings, names = {}, {}
        for item in balance.get("out_exclusions", []):
            names[item["id"]] = item["name_zh"]
            for text in (item["id"], item["name_zh"], *item.get("values", [])):
                spellings[text.strip()] = item["id"]
        return cls(landclass.expand(balance.get("cropland_classes", ["耕地"])),
                   landclass.expand(balance.get("paddy_classes", ["0101"])),
                   tuple(balance["compare"]), spellings, names)

    def exemption(self, value) -> str:
        """The exclusion id an EXEMPT_FIELD value names ('' when empty)."""
        text = "" if value is None else str(value).strip()
        if not text:
            return ""
        if text not in self.exemptions:
            raise BalanceError("exemption", f"unknown out-exclusion {text!r}", value=text,
                               known=sorted(self.exemption_names.values()))
        return self.exemptions[text]

    def in_is_paddy(self, after_code) -> bool:
        """A converted-in parcel must be cultivated land after the change; paddy or not."""
        code = landclass.normalise_code(after_code)
        if code not in self.cropland:
            raise BalanceError("in_not_cropland", f"converted in but {code or '(empty)'} is not cultivated land",
                               class_code=code)
        return code in self.paddy

    def out_is_paddy(self, before_code, after_code=None) -> bool:
        """A converted-out parcel was cultivated land before and is not after; paddy or not."""
        before = landclass.normalise_code(before_code)
        if before not in self.cropland:
            raise BalanceError("out_not_cropland", f"converted out but {before or '(empty)'} was not cultivated land",
                               class_code=before)
        if after_code is not None:
            after = landclass.normalise_code(after_code)
            if after in self.cropland:
                raise BalanceError("out_still_cropland", f"converted out but {after} is still cultivated land",
                                   class_code=after)
        return before in self.paddy


@dataclass(frozen=True)
class Flow:
    """One converted parcel: official area (cents of m²), paddy, grade, where it counts.

    ``exemption``: for an outflow, the pack's exclusion id ('' when it counts);
    ``grade_from``: for an inflow whose grade came from a neighbour, that parcel's key."""

    key: str
    cents: int
    paddy: bool
    grade: int
    county: str = ""
    group: str = ""
    exemption: str = ""
    grade_from: str = ""


@dataclass(frozen=True)
class Verdict:
    """The balance of a set of inflows and outflows (a county, or a group inside it)."""

    in_cents: int
    in_paddy_cents: int
    out_cents: int  # every outflow
    exempt_cents: int  # of which excluded
    out_paddy_cents: int
    exempt_paddy_cents: int
    in_grade: Fraction | None
    out_grade: Fraction | None  # of the outflows that count
    scale: GradeScale
    compare: tuple = COMPARED
    in_parcels: int = 0
    out_parcels: int = 0

    @property
    def counted_out_cents(self) -> int:
        return self.out_cents - self.exempt_cents

    @property
    def counted_out_paddy_cents(self) -> int:
        return self.out_paddy_cents - self.exempt_paddy_cents

    @property
    def area_short_cents(self) -> int:
        return max(self.counted_out_cents - self.in_cents, 0) if "area" in self.compare else 0

    @property
    def paddy_short_cents(self) -> int:
        return max(self.counted_out_paddy_cents - self.in_paddy_cents, 0) if "paddy_area" in self.compare else 0

    @property
    def grade_ok(self) -> bool:
        if "quality" not in self.compare or self.out_grade is None:
            return True
        return self.in_grade is not None and self.scale.at_least_as_good(self.in_grade, self.out_grade)

    @property
    def grade_gap(self) -> Fraction | None:
        """How much worse the mean grade in is than out (0 when not worse; None: nothing came in)."""
        if self.grade_ok:
            return Fraction(0)
        return None if self.in_grade is None else self.scale.worse_by(self.in_grade, self.out_grade)

    @property
    def balanced(self) -> bool:
        return self.area_short_cents == 0 and self.paddy_short_cents == 0 and self.grade_ok

    @property
    def verdict(self) -> str:
        return BALANCED if self.balanced else NOT_BALANCED


def verdict_of(inflows, outflows, scale: GradeScale, compare=COMPARED) -> Verdict:
    inflows, outflows = list(inflows), list(outflows)
    counted = [f for f in outflows if not f.exemption]
    return Verdict(
        in_cents=sum(f.cents for f in inflows),
        in_paddy_cents=sum(f.cents for f in inflows if f.paddy),
        out_cents=sum(f.cents for f in outflows),
        exempt_cents=sum(f.cents for f in outflows if f.exemption),
        out_paddy_cents=sum(f.cents for f in outflows if f.paddy),
        exempt_paddy_cents=sum(f.cents for f in outflows if f.paddy and f.exemption),
        in_grade=weighted_mean([f.grade for f in inflows], [f.cents for f in inflows]),
        out_grade=weighted_mean([f.grade for f in counted], [f.cents for f in counted]),
        scale=scale, compare=tuple(compare), in_parcels=len(inflows), out_parcels=len(outflows))


def verdicts(inflows, outflows, scale: GradeScale, compare=COMPARED, by_group: bool = False) -> dict:
    """Verdicts keyed (county,) per county — and (county, group) per group when ``by_group`` —
    and () over everything (the counties together: the 合计 of a report)."""
    inflows, outflows = list(inflows), list(outflows)
    depth = 2 if by_group else 1

    def key(flow):
        return (flow.county, flow.group)[:depth]

    keys = sorted({key(f) for f in inflows + outflows})
    if by_group:
        keys = sorted(set(keys) | {k[:1] for k in keys})
    keys.append(())
    return {k: verdict_of([f for f in inflows if key(f)[:len(k)] == k],
                          [f for f in outflows if key(f)[:len(k)] == k], scale, compare) for k in keys}


# ── the adjacent-parcel comparison (相邻地块比较法) ─────────────────────────────────────────


@dataclass(frozen=True)
class Border:
    """A converted-in parcel (row) and a cultivated neighbour (row) sharing ``length`` metres."""

    inflow: int
    neighbour: int
    length: float


def neighbour_grades(borders, grades, keys) -> dict:
    """For each inflow row with graded neighbours: (grade, neighbour key, shared length) of the
    neighbour with the longest shared border (ties: the smaller key, so reruns agree).
    ``grades``/``keys`` are indexed by neighbour row; ungraded neighbours (None) do not count."""
    best = {}
    for border in borders:
        grade = grades[border.neighbour]
        if grade is None or border.length <= 0:
            continue
        candidate = (-border.length, str(keys[border.neighbour]), border.neighbour)
        if border.inflow not in best or candidate < best[border.inflow][0]:
            best[border.inflow] = (candidate, grade)
    return {row: (grade, keys[c[2]], -c[0]) for row, (c, grade) in best.items()}


# ── figures as shown ────────────────────────────────────────────────────────────────


def mu_units(cents: int) -> int:
    """Hundredths of a mu of an area in cents of m², half away from zero."""
    num, den = unit_ratio("mu", 2)
    return int(round_ratio(int(cents) * num, den))


def short_mu_units(cents: int) -> int:
    """A shortfall in hundredths of a mu: rounded, but never shown as 0 when there is one
    (a county one cent of a m² short is short)."""
    if cents <= 0:
        return 0
    return max(mu_units(cents), 1)


def gap_hundredths(gap: Fraction | None) -> int | None:
    """A grade gap in hundredths of a grade: rounded, never 0 when there is one."""
    if gap is None:
        return None
    if gap <= 0:
        return 0
    return max(int(gap * 100 + Fraction(1, 2)), 1)
