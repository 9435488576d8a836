"""Quota, sampling, pool, price and money rules of the packs, on plain numbers.

Every figure comes from the pack passed in; nothing here knows 500 mu or 30 %.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .area import round_half_away
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


def provincial_pool_share(pack: Pack, indicator_mu: float) -> tuple[float, float]:
    """(county keeps, province pool) of a consolidation project's indicators."""
    pool = pack.section("pool")
    if pool is None:
        raise PackError(pack.path, "pool", "is required for the pool share but missing")
    to_province = float(round_half_away(indicator_mu * float(pool["share_to_province"]), 2))
    return indicator_mu - to_province, to_province


def price_band(pack: Pack, guide_price: float) -> tuple[float, float]:
    """Lowest and highest price a cross-city trade may agree around the guide price."""
    trading = pack.section("trading")
    if trading is None:
        raise PackError(pack.path, "trading", "is required for the price band but missing")
    float_max = float(trading["price_float_max"])
    return guide_price * (1 - float_max), guide_price * (1 + float_max)


def subsidy_schedule(pack: Pack, dry_mu: float, paddy_mu: float) -> list:
    """(step id, yuan) paid at each stage of a project; the remainder stage pays the rest."""
    money = pack.section("money")
    if money is None:
        raise PackError(pack.path, "money", "is required for the subsidy schedule but missing")
    total = dry_mu * money["subsidy"]["dry"] + paddy_mu * money["subsidy"]["paddy"]
    paid, rows = 0.0, []
    for stage in money["stages"]:
        if stage.get("remainder"):
            amount = total - paid
        else:
            amount = dry_mu * stage.get("dry", 0) + paddy_mu * stage.get("paddy", 0)
        amount = float(round_half_away(amount, 2))
        paid += amount
        rows.append((stage["step"], amount))
    return rows


def township_match(township, names) -> int:
    """Index of the name a parcel's township goes by in a target table, or −1: the same name,
    else the longest name the township starts with (the pack's 南集 is the survey's 南集镇)."""
    text = "" if township is None else str(township).strip()
    best, length = -1, 0
    for index, name in enumerate(names):
        if text == name:
            return index
        if name and text.startswith(name) and len(name) > length:
            best, length = index, len(name)
    return best


def township_target(pack: Pack, township: str, year: int) -> float:
    """New cultivated land a township must deliver in a year (亩)."""
    targets = pack.section("targets")
    if targets is None:
        raise PackError(pack.path, "targets", "is required but missing")
    if year not in targets["years"]:
        raise KeyError(f"{pack.id}: no target for {year}; years are {targets['years']}")
    names = list(targets["townships"])
    index = township_match(township, names)
    if index < 0:
        raise KeyError(f"{pack.id}: no township {township!r} in targets.townships")
    return float(targets["townships"][names[index]][targets["years"].index(year)])
