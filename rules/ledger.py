"""Quota, sampling, pool, price and money rules of the packs, on plain numbers.

Every figure comes from the pack passed in; nothing here knows 500 mu or 30 %.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from .area import round_half_away
from .packs import Pack, PackError


@dataclass(frozen=True)
class QuotaSplit:
    """New forest-occupation quota from a year's banked area, in whole 10^-decimals mu.

    ``county`` is what the county keeps after the year's deductions (never below zero),
    ``county_gross`` what the cap rule gave it, ``pool`` the provincial pool's share,
    ``owed`` the part of the deductions the county quota could not cover. ``branch`` names
    the rule that decided (below_cap, at_cap, above_cap, lapsed), ``rule`` says it in Chinese.
    """

    banked: int
    county_gross: int
    county: int
    pool: int
    deducted: int
    owed: int
    lapsed: bool
    branch: str
    rule: str
    decimals: int = 2

    def mu(self, units: int) -> float:
        return round(units / 10**self.decimals, self.decimals)

    @property
    def to_county_mu(self) -> float:
        return self.mu(self.county)

    @property
    def to_province_pool_mu(self) -> float:
        return self.mu(self.pool)


def pilot_years(pack: Pack) -> tuple:
    """(first, last) year of the pack's pilot (``pack.valid_years``), or (None, None)."""
    valid = pack.data["pack"].get("valid_years")
    return (valid[0], valid[1]) if valid else (None, None)


def quota_decimals(pack: Pack) -> int:
    return int(pack.section("bank_ledger", {}).get("quota_decimals", decimals_of_areas(pack)))


def decimals_of_areas(pack: Pack) -> int:
    return int(pack.section("form", {}).get("area_decimals", 2))


def forest_quota(pack: Pack, banked_mu: float, year: int | None = None, deducted_mu: float = 0) -> QuotaSplit:
    """Split a year's banked area into county quota and provincial pool (seed 000, 二(三)2),
    then take the year's deductions off the county quota (三(三)).

    ``banked_mu`` and ``deducted_mu`` are mu as reported (each rounded once from official
    m²); the split is worked in whole 10^-d mu (d = bank_ledger.quota_decimals, else
    form.area_decimals), so nothing is lost or made up. Below the cap all goes to the
    county; above it the county gets the cap and the rest goes to the pool. At exactly the
    cap the seed is silent; the pack's ``at_cap`` decides and the rule says so. Deductions
    never take the county quota below zero: the rest is ``owed``. After the pilot years the
    quota lapses when ``lapse_after_valid_years``.
    """
    quota = pack.section("quota")
    if quota is None:
        raise PackError(pack.path, "quota", "is required for the forest quota but missing")
    if banked_mu < 0 or deducted_mu < 0:
        raise ValueError(f"areas must not be negative, got banked {banked_mu}, deducted {deducted_mu}")
    d = quota_decimals(pack)
    banked, deducted = (int(round_half_away(v * 10**d, 0)) for v in (banked_mu, deducted_mu))

    def mu(units: int) -> str:
        return f"{units / 10**d:.{d}f}"

    first, last = pilot_years(pack)
    if year is not None and last is not None and quota.get("lapse_after_valid_years") and year > last:
        return QuotaSplit(banked, 0, 0, 0, deducted, deducted, True, "lapsed",
                          f"{year}年已过试点期（{first}—{last}年），新增林地定额在试点期限内有效，"
                          f"试点期结束未使用的自动作废", d)
    cap = Fraction(str(quota["county_cap_mu"])) * 10**d
    if cap.denominator != 1:
        raise PackError(pack.path, "quota.county_cap_mu", f"has more than {d} decimals")
    cap = int(cap)
    at_cap_county = quota["at_cap"] == "county"
    if banked < cap:
        branch, county, pool = "below_cap", banked, 0
        rule = f"补充林地面积{mu(banked)}亩 < {mu(cap)}亩，按实际补充面积全部下达县（市、区）"
    elif banked == cap:
        branch, county, pool = "at_cap", cap, 0
        rule = (f"补充林地面积{mu(banked)}亩 ≤ {mu(cap)}亩，恰为上限（方案未作规定），按规则包"
                + ("全部下达县（市、区）" if at_cap_county else f"下达县（市、区）{mu(cap)}亩，余量0亩由省级统筹"))
    else:
        branch, county, pool = "above_cap", cap, banked - cap
        rule = (f"补充林地面积{mu(banked)}亩 > {mu(cap)}亩，下达县（市、区）{mu(cap)}亩，"
                f"剩余{mu(pool)}亩由省级林业部门统筹安排")
    net = max(county - deducted, 0)
    owed = deducted - (county - net)
    if deducted:
        rule += f"；扣减当年度定额{mu(deducted)}亩"
        if owed:
            rule += f"，县级定额不足扣减，欠扣{mu(owed)}亩"
    return QuotaSplit(banked, county, net, pool, deducted, owed, False, branch, rule, d)


def share_of(rule: dict) -> Fraction:
    """A sampling rule's share as an exact fraction (0.30 → 3/10, as the pack writes it)."""
    return Fraction(str(rule["share"]))


def sampling_target(rule: dict, total: int) -> int:
    """What a check must reach: share × total rounded up to a whole unit of the basis (cents
    of m² for an area basis, parcels or projects otherwise), so a check never falls short."""
    if total < 0:
        raise ValueError(f"total must not be negative, got {total}")
    share = share_of(rule)
    return -(-total * share.numerator // share.denominator)


def sampling_targets(pack: Pack, total: float) -> dict:
    """Area (mu, 2 decimals) or count each level must check, by sampling id: share × total
    rounded up to a hundredth of a mu or a whole parcel/project, never short. (The draw
    itself works in cents of m²: rules/sampling.py.)"""
    out = {}
    for rule in pack.section("sampling", []):
        if rule["basis"] == "area":
            out[rule["id"]] = sampling_target(rule, int(round_half_away(total * 100, 0))) / 100
        else:
            out[rule["id"]] = sampling_target(rule, int(total))
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
    return township_name(township, targets_section(pack)["townships"])


def township_name(township, names) -> str | None:
    """The one of ``names`` (a target table's townships) that ``township`` is, the same or
    with a township suffix (镇, 乡, 街道 …); None when none is."""
    text = ("" if township is None else str(township)).strip()
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
