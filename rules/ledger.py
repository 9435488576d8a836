"""Quota, sampling, pool, price and money rules of the packs, on plain numbers.

Every figure comes from the pack passed in; nothing here knows 500 mu or 30 %.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from .packs import Pack, PackError


@dataclass(frozen=True)
class QuotaSplit:
    """New forest-occupation quota from a year's banked area (亩)."""

    to_county_mu: float
    to_province_pool_mu: float
    rule: str  # which branch of the pack's rule decided, for the report


def forest_quota(pack: Pack, banked_mu: float, year: int | None = None) -> QuotaSplit:
    """Split banked area into county quota and provincial pool (seed 000, 二(三)2).

    Below the cap all goes to the county; above it the county gets the cap and the rest
    goes to the pool. At exactly the cap the seed is silent; the pack's ``at_cap`` decides.
    Outside the pack's valid years the quota lapses when ``lapse_after_valid_years``.
    """
    quota = pack.section("quota")
    if quota is None:
        raise PackError(pack.path, "quota", "is required for the forest quota but missing")
    if banked_mu < 0:
        raise ValueError(f"banked area must not be negative, got {banked_mu}")
    valid = pack.data["pack"].get("valid_years")
    if year is not None and valid and quota.get("lapse_after_valid_years") and not valid[0] <= year <= valid[1]:
        return QuotaSplit(0.0, 0.0, f"{year} 不在有效期 {valid[0]}–{valid[1]} 内，定额作废")
    cap = float(quota["county_cap_mu"])
    if banked_mu < cap or (banked_mu == cap and quota["at_cap"] == "county"):
        return QuotaSplit(banked_mu, 0.0, f"补充林地面积 {banked_mu:g} 亩 ≤ {cap:g} 亩，全部下达县")
    return QuotaSplit(cap, banked_mu - cap, f"补充林地面积 {banked_mu:g} 亩 > {cap:g} 亩，县 {cap:g} 亩，余量省级统筹")


def sampling_targets(pack: Pack, total: float) -> dict:
    """Area (or count) each level must check, by sampling id: share × total, rounded up
    to the unit of the basis so that a check never falls short of its share."""
    out = {}
    for rule in pack.section("sampling", []):
        need = total * float(rule["share"])
        if rule["basis"] == "area":
            out[rule["id"]] = math.ceil(round(need * 100, 6)) / 100
        else:
            out[rule["id"]] = math.ceil(round(need, 6))
    return out


def exact(value) -> Fraction:
    """A number as an exact fraction; a float as the decimal it prints as (0.2 → 1/5)."""
    if isinstance(value, float):
        return Fraction(repr(value))
    return Fraction(value)


def nearest_int(value: Fraction) -> int:
    """An exact fraction to a whole number, half away from zero."""
    whole = int(abs(value) + Fraction(1, 2))
    return -whole if value < 0 else whole


def provincial_pool_share(pack: Pack, amount: int) -> tuple[int, int]:
    """(county keeps, province pool) of a whole indicator amount (hundredths of mu, kg):
    the pack's share to the provincial pool, rounded half away from zero; the rest stays."""
    pool = pack.section("pool")
    if pool is None:
        raise PackError(pack.path, "pool", "is required for the pool share but missing")
    to_province = nearest_int(int(amount) * exact(pool["share_to_province"]))
    return int(amount) - to_province, to_province


def price_band(pack: Pack, guide_fen: int) -> tuple[int, int]:
    """Lowest and highest price (fen) a cross-city trade may agree around the guide price:
    guide × (1 ∓ float), rounded inwards so that the band never exceeds the float."""
    trading = pack.section("trading")
    if trading is None:
        raise PackError(pack.path, "trading", "is required for the price band but missing")
    float_max = exact(trading["price_float_max"])
    low, high = int(guide_fen) * (1 - float_max), int(guide_fen) * (1 + float_max)
    return math.ceil(low), math.floor(high)


# ── Lianshui's subsidy (seed 003 五(三)(四)) ─────────────────────────────────────────────


def money_section(pack: Pack) -> dict:
    money = pack.section("money")
    if money is None:
        raise PackError(pack.path, "money", "is required for the subsidy schedule but missing")
    return money


def yuan_per_mu_fen(dry_mu, paddy_mu, dry_rate, paddy_rate) -> int:
    """dry mu × dry rate + paddy mu × paddy rate (yuan per mu), in fen, rounded once."""
    return nearest_int((exact(dry_mu) * exact(dry_rate) + exact(paddy_mu) * exact(paddy_rate)) * 100)


def subsidy_schedule(pack: Pack, dry_mu, paddy_mu) -> list:
    """(step id, fen) paid at each stage of a project; the remainder stage pays the rest, so
    the stages add up to the subsidy exactly. Areas are exact (a Fraction of cents of m² in
    mu): 1/3 mu of dry land earns 16 666.67 yuan, paid 3 333.33 + 6 666.67 + 6 666.67."""
    money = money_section(pack)
    total = yuan_per_mu_fen(dry_mu, paddy_mu, money["subsidy"]["dry"], money["subsidy"]["paddy"])
    paid, rows = 0, []
    for stage in money["stages"]:
        if stage.get("remainder"):
            amount = total - paid
        else:
            amount = yuan_per_mu_fen(dry_mu, paddy_mu, stage.get("dry", 0), stage.get("paddy", 0))
        paid += amount
        rows.append((stage["step"], amount))
    return rows


def clawback_fen(pack: Pack, dry_mu, paddy_mu) -> int:
    """扣减 for new cultivated land later occupied and not restored (fen)."""
    rates = money_section(pack).get("clawback")
    if rates is None:
        raise PackError(pack.path, "money.clawback", "is required for deductions but missing")
    return yuan_per_mu_fen(dry_mu, paddy_mu, rates["dry"], rates["paddy"])


@dataclass(frozen=True)
class SubsidyPlan:
    """One project's subsidy at the step it reached (fen): each stage, what is paid by now
    (the stages whose step it has reached), what is still due, and the claw-back."""

    stages: tuple  # (step id, fen, reached)
    clawback: int = 0

    @property
    def total(self) -> int:
        return sum(amount for _, amount, _ in self.stages)

    @property
    def paid(self) -> int:
        return sum(amount for _, amount, reached in self.stages if reached)

    @property
    def due(self) -> int:
        return self.total - self.paid

    @property
    def net_due(self) -> int:
        """Still to pay after the claw-back."""
        return max(self.due - self.clawback, 0)

    @property
    def refund(self) -> int:
        """To be returned when the claw-back exceeds what is still due."""
        return max(self.clawback - self.due, 0)


def project_subsidy(pack: Pack, dry_mu, paddy_mu, step: str | None, occupied_dry_mu=0,
                    occupied_paddy_mu=0) -> SubsidyPlan:
    """The schedule of a project whose workflow has reached ``step`` (None: not approved yet)."""
    order = [s["id"] for s in pack.steps]
    if step is not None and step not in order:
        raise KeyError(f"{pack.id}: no workflow step {step!r}")
    reached = order.index(step) if step is not None else -1
    stages = tuple((stage, amount, order.index(stage) <= reached)
                   for stage, amount in subsidy_schedule(pack, dry_mu, paddy_mu))
    return SubsidyPlan(stages, clawback_fen(pack, occupied_dry_mu, occupied_paddy_mu)
                       if (occupied_dry_mu or occupied_paddy_mu) else 0)


# ── Lianshui's township targets (seed 003 二) ────────────────────────────────────────────

TOWNSHIP_SUFFIXES = ("镇", "乡", "街道", "街道办事处", "办事处")


def targets_section(pack: Pack) -> dict:
    targets = pack.section("targets")
    if targets is None:
        raise PackError(pack.path, "targets", "is required but missing")
    return targets


def match_township(pack: Pack, township: str) -> str | None:
    """The target table's name for a township as a layer spells it ('高沟镇' → '高沟',
    '涟城街道' → '涟城'), or None when the table has no such township."""
    text = (township or "").strip()
    names = targets_section(pack)["townships"]
    if text in names:
        return text
    found = [n for n in names if text.startswith(n) and text[len(n):] in TOWNSHIP_SUFFIXES]
    return max(found, key=len) if found else None


def township_target(pack: Pack, township: str, year: int) -> float:
    """New cultivated land a township must deliver in a year (亩)."""
    targets = targets_section(pack)
    if year not in targets["years"]:
        raise KeyError(f"{pack.id}: no target for {year}; years are {targets['years']}")
    name = match_township(pack, township)
    if name is None:
        raise KeyError(f"{pack.id}: no township {township!r} in targets.townships")
    return float(targets["townships"][name][targets["years"].index(year)])
