"""Quota, sampling, pool, price and money rules, with the seeds' own numbers."""

from __future__ import annotations

import pytest

from land_balance.rules import ledger
from land_balance.rules.packs import load_packs


@pytest.fixture(scope="module")
def packs():
    return load_packs()


# seeds/000_9e49406886a189a5.txt 二(三)2: < 500 mu all to the county; > 500 mu: 500 to the county.
@pytest.mark.parametrize(
    "banked, county, pool",
    [(0, 0, 0), (123.45, 123.45, 0), (499.99, 499.99, 0), (500, 500, 0), (500.01, 500, 0.01), (1234.5, 500, 734.5)],
)
def test_ganzhou_quota_split(packs, banked, county, pool):
    split = ledger.forest_quota(packs.get("ganzhou_forest_offset"), banked, 2023)
    assert split.to_county_mu == pytest.approx(county)
    assert split.to_province_pool_mu == pytest.approx(pool)


def test_ganzhou_exactly_500_says_which_way(packs):
    """The seed is silent at exactly 500 mu; the pack decides (all to the county) and says so."""
    split = ledger.forest_quota(packs.get("ganzhou_forest_offset"), 500, 2023)
    assert "≤ 500" in split.rule


def test_ganzhou_quota_lapses_after_pilot(packs):
    pack = packs.get("ganzhou_forest_offset")
    assert ledger.forest_quota(pack, 300, 2024).to_county_mu == 300
    lapsed = ledger.forest_quota(pack, 300, 2025)
    assert lapsed.to_county_mu == 0 and "作废" in lapsed.rule


def test_ganzhou_sampling_is_by_area(packs):
    """City checks 30 % and province 15 % of the total area (seed 000 二(三)1)."""
    targets = ledger.sampling_targets(packs.get("ganzhou_forest_offset"), 1000.0)
    assert targets == {"city_check": 300.0, "province_recheck": 150.0}
    assert ledger.sampling_targets(packs.get("ganzhou_forest_offset"), 333.33)["city_check"] == 100.0


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
