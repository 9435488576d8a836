"""Quota, sampling, pool, price and money rules, with the seeds' own numbers."""

from __future__ import annotations

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
    pack = packs.get("shaanxi_measures")
    assert ledger.provincial_pool_share(pack, 1000) == (800, 200)
    low, high = ledger.price_band(pack, 100_000)
    assert (low, high) == pytest.approx((85_000, 115_000))


def test_lianshui_subsidy_schedule(packs):
    """seeds/003_33b11e000febcf0b.txt 五(四): dry 5万 paid 1万 + 2万 + rest; paddy 10万 = 2万 + 6万 + rest."""
    rows = ledger.subsidy_schedule(packs.get("lianshui_requisition"), dry_mu=10, paddy_mu=5)
    assert rows == [("project_approval", 200_000.0), ("city_acceptance", 500_000.0), ("system_entry", 300_000.0)]
    assert sum(amount for _, amount in rows) == 10 * 50_000 + 5 * 100_000


def test_lianshui_township_targets(packs):
    pack = packs.get("lianshui_requisition")
    assert ledger.township_target(pack, "高沟镇", 2024) == 180
    assert ledger.township_target(pack, "涟城街道", 2023) == 20
    with pytest.raises(KeyError):
        ledger.township_target(pack, "南集", 2026)
