"""Quota, sampling, pool, price and money rules, with the seeds' own numbers."""

from __future__ import annotations

from fractions import Fraction

import pytest

from land_balance.rules import ledger
from land_balance.rules.packs import load_packs


@pytest.fixture(scope="module")
def packs():
    return load_packs()


# seeds/000_9e49406886a189a5.txt 二(三)2: < 500 mu all to the county; > 500 mu: 500 to the county,
# the rest to the provincial pool. Worked in hundredths of a mu.
@pytest.mark.parametrize(
    "banked, county, pool, branch",
    [(0, 0, 0, "below_cap"), (123.45, 12345, 0, "below_cap"), (499.99, 49999, 0, "below_cap"),
     (500, 50000, 0, "at_cap"), (500.01, 50000, 1, "above_cap"), (612.35, 50000, 11235, "above_cap"),
     (1234.5, 50000, 73450, "above_cap")],
)
def test_ganzhou_quota_split(packs, banked, county, pool, branch):
    split = ledger.forest_quota(packs.get("ganzhou_forest_offset"), banked, 2023)
    assert (split.county, split.pool, split.branch, split.lapsed) == (county, pool, branch, False)
    assert split.county + split.pool == split.banked  # nothing lost, nothing made up


def test_612_35_mu(packs):
    """The issue's worked example: 612.35 mu → 500.00 to the county, 112.35 to the pool."""
    split = ledger.forest_quota(packs.get("ganzhou_forest_offset"), 612.35, 2023)
    assert (split.to_county_mu, split.to_province_pool_mu) == (500.00, 112.35)
    assert "612.35亩" in split.rule and "剩余112.35亩由省级" in split.rule


def test_ganzhou_exactly_500_says_which_way(packs):
    """The seed is silent at exactly 500 mu; the pack decides (all to the county) and says so."""
    split = ledger.forest_quota(packs.get("ganzhou_forest_offset"), 500, 2023)
    assert split.branch == "at_cap" and "≤ 500" in split.rule and "方案未作规定" in split.rule
    assert "全部下达县" in split.rule
    below = ledger.forest_quota(packs.get("ganzhou_forest_offset"), 499.99, 2023)
    assert below.to_county_mu == 499.99 and "< 500.00亩" in below.rule


def test_ganzhou_quota_lapses_after_pilot(packs):
    pack = packs.get("ganzhou_forest_offset")
    assert ledger.forest_quota(pack, 300, 2024).to_county_mu == 300
    lapsed = ledger.forest_quota(pack, 300, 2025)
    assert (lapsed.county, lapsed.pool, lapsed.lapsed) == (0, 0, True) and "作废" in lapsed.rule


def test_deduction_larger_than_the_quota_is_owed(packs):
    """三(三): deducted from that year's quota; the county quota never goes below zero."""
    pack = packs.get("ganzhou_forest_offset")
    split = ledger.forest_quota(pack, 300, 2023, deducted_mu=350.50)
    assert (split.county_gross, split.county, split.owed, split.deducted) == (30000, 0, 5050, 35050)
    assert "欠扣50.50亩" in split.rule
    above = ledger.forest_quota(pack, 612.35, 2023, deducted_mu=10)
    assert (above.county, above.pool, above.owed) == (49000, 11235, 0)  # the pool is not touched


def test_ganzhou_sampling_is_by_area(packs):
    """City checks 30 % and province 15 % of the total area (seed 000 二(三)1), rounded up to 0.01 mu."""
    targets = ledger.sampling_targets(packs.get("ganzhou_forest_offset"), 1000.0)
    assert targets == {"city_check": 300.0, "province_recheck": 150.0}
    assert ledger.sampling_targets(packs.get("ganzhou_forest_offset"), 333.33)["city_check"] == 100.0
    assert ledger.sampling_target(packs.get("ganzhou_forest_offset").section("sampling")[0], 333_333) == 100_000


def test_shaanxi_recheck_at_least_30_percent_of_projects(packs):
    """seeds/004_7872a60e71286313.txt 三: 省级复核抽查不低于30% — rounded up, never short."""
    assert ledger.sampling_targets(packs.get("shaanxi_measures"), 17)["province_recheck"] == 6
    assert ledger.sampling_targets(packs.get("shaanxi_measures"), 10)["province_recheck"] == 3


def test_shaanxi_pool_and_price(packs):
    """seeds/004 六: 20 % of a county's indicators to the provincial pool; ±15 % around the guide price."""
    pack = packs.get("shaanxi_measures")
    assert ledger.provincial_pool_share(pack, 1000) == (800, 200)
    assert ledger.provincial_pool_share(pack, 1234) == (987, 247)  # 246.8 → 247 hundredths of a mu
    assert ledger.provincial_pool_share(pack, 3) == (2, 1)  # 0.6 → 1
    assert ledger.price_band(pack, 100_000) == (85_000, 115_000)
    # 3 333.33 yuan: 283 333.05 … 383 332.95 fen → the band rounds inwards
    assert ledger.price_band(pack, 333_333) == (283_334, 383_332)


def test_lianshui_subsidy_schedule(packs):
    """seeds/003_33b11e000febcf0b.txt 五(四): dry 5万 paid 1万 + 2万 + rest; paddy 10万 = 2万 + 6万 + rest (fen)."""
    rows = ledger.subsidy_schedule(packs.get("lianshui_requisition"), dry_mu=10, paddy_mu=5)
    assert rows == [("project_approval", 20_000_000), ("city_acceptance", 50_000_000),
                    ("system_entry", 30_000_000)]
    assert sum(amount for _, amount in rows) == (10 * 50_000 + 5 * 100_000) * 100


def test_a_third_of_a_mu_pays_to_the_fen(packs):
    """1/3 mu dry: 50 000 / 3 = 16 666.67 yuan; 3 333.33 at approval, 6 666.67 at acceptance,
    and the remainder 16 666.67 − 3 333.33 − 6 666.67 = 6 666.67 — the stages add up exactly."""
    rows = ledger.subsidy_schedule(packs.get("lianshui_requisition"), Fraction(1, 3), 0)
    assert rows == [("project_approval", 333_333), ("city_acceptance", 666_667), ("system_entry", 666_667)]
    # 1/3 mu paddy: 33 333.33 = 6 666.67 + 20 000.00 + 6 666.66
    rows = ledger.subsidy_schedule(packs.get("lianshui_requisition"), 0, Fraction(1, 3))
    assert rows == [("project_approval", 666_667), ("city_acceptance", 2_000_000), ("system_entry", 666_666)]
    assert sum(a for _, a in rows) == 3_333_333


def test_subsidy_floats_are_taken_as_written(packs):
    """0.1 + 0.2 mu is 0.3 mu, not 0.30000000000000004: 15 000.00 yuan for dry land."""
    assert sum(a for _, a in ledger.subsidy_schedule(packs.get("lianshui_requisition"), 0.1, 0.2)) == 2_500_000
    assert ledger.exact(0.1) == Fraction(1, 10)


def test_project_subsidy_paid_due_and_clawback(packs):
    """A project of 2 mu dry + 1 mu paddy at 市级验收: paid 1万×2 + 2万 + 2万×2 + 6万 = 14万 of 20万;
    0.5 mu paddy later occupied and not restored: 扣减 2万 × 0.5 = 1万."""
    pack = packs.get("lianshui_requisition")
    plan = ledger.project_subsidy(pack, 2, 1, "city_acceptance", occupied_paddy_mu=Fraction(1, 2))
    assert plan.total == 20_000_000 and plan.paid == 14_000_000 and plan.due == 6_000_000
    assert plan.clawback == 1_000_000 and plan.net_due == 5_000_000 and plan.refund == 0
    assert [reached for *_, reached in plan.stages] == [True, True, False]
    before = ledger.project_subsidy(pack, 2, 1, None)
    assert before.paid == 0 and before.due == 20_000_000
    works = ledger.project_subsidy(pack, 2, 1, "works")  # after approval: the start-up money only
    assert works.paid == 4_000_000
    done = ledger.project_subsidy(pack, 2, 1, "maintenance", occupied_dry_mu=3)
    assert done.due == 0 and done.refund == 3_000_000


def test_lianshui_township_targets(packs):
    pack = packs.get("lianshui_requisition")
    assert ledger.township_target(pack, "高沟镇", 2024) == 180
    assert ledger.township_target(pack, "涟城街道", 2023) == 20
    assert ledger.township_target(pack, "东胡集镇", 2025) == 50
    assert ledger.match_township(pack, "胡集镇") is None
    with pytest.raises(KeyError):
        ledger.township_target(pack, "南集", 2026)
