"""Township progress against Lianshui's targets (seeds/003_33b11e000febcf0b.txt 二, 五(一)).

1 mu = 10000/15 m² = 66 666.67 cents of m²; 30 mu = 2 000 000 cents exactly.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from land_balance.rules.packs import load_packs
from land_balance.rules.township_progress import ProgressError, collect, entry_year, progress

MU30 = 2_000_000  # cents of m² in 30 mu


@pytest.fixture(scope="module")
def pack():
    return load_packs().get("lianshui_requisition")


def test_targets_foot_to_the_seed(pack):
    p = progress(pack, {})
    assert [p.year_total(y).target for y in (2023, 2024, 2025)] == [60_000, 150_000, 90_000]
    assert p.grand_total().target == 300_000  # 3 000 mu
    assert p.township_total("高沟").target == 45_000  # 120 + 180 + 150
    assert p.grand_total().gap == 300_000 and p.top(3) == []


def test_progress_gap_percent_and_top_three(pack):
    """南集 2023: target 30 mu, achieved 30 mu (met, 100 %); 2024: 25 of 50 mu (gap 25, 50 %).
    黄营 delivers 80 mu in 2023 (target 40: 200 %); 高沟 60 of 120 mu in 2023."""
    parcels = [("p1", "南集镇", 2023, MU30), ("p2", "南集镇", 2024, MU30 // 2 + 0), ("p3", "黄营镇", 2023, 2 * MU30),
               ("p4", "黄营镇", 2023, 2 * MU30 // 3), ("p5", "高沟镇", 2023, 2 * MU30)]
    achieved, outside = collect(pack, parcels)
    assert outside == {}
    p = progress(pack, achieved)
    assert p.cell("南集", 2023).achieved == 3_000 and p.cell("南集", 2023).met
    assert p.cell("南集", 2024).achieved == 1_500 and p.cell("南集", 2024).gap == 3_500
    assert p.cell("南集", 2024).percent == 30
    assert p.cell("黄营", 2023).achieved == 8_000 and p.cell("黄营", 2023).percent == 200
    assert p.cell("高沟", 2023).gap == 6_000
    top = p.top(3, 2023)
    assert [t for t, _ in top] == ["黄营", "南集"]  # 200 %, 100 %; 高沟 did not meet its task
    assert p.top(3) == []  # nobody met the whole 2023–2025 task
    assert p.year_total(2023).achieved == 3_000 + 8_000 + 6_000


def test_achieved_foots_by_year(pack):
    """Three thirds of 1 cent-m² … odd areas: township cells add up to the year's rounded total."""
    parcels = [(f"p{i}", town, 2024, 100_001 + i) for i, town in enumerate(["南集", "黄营", "唐集", "石湖"])]
    p = progress(pack, collect(pack, parcels)[0])
    exact_mu = Fraction(sum(c for *_, c in parcels) * 15, 1_000_000)
    assert p.year_total(2024).achieved == round(exact_mu * 100)
    assert sum(p.cell(t, 2024).achieved for t in p.townships) == p.year_total(2024).achieved


def test_unknown_township_names_parcel_and_township(pack):
    with pytest.raises(ProgressError) as err:
        collect(pack, [("3208262110000123", "某某镇", 2023, 100)])
    assert err.value.details["township"] == "某某镇" and err.value.details["parcel"] == "3208262110000123"


def test_years_without_targets_are_set_aside(pack):
    achieved, outside = collect(pack, [("a", "南集", 2026, 500), ("b", "南集", 2023, 100)])
    assert outside == {2026: 500} and achieved == {("南集", 2023): 100}
    assert progress(pack, achieved, through_year=2023).years == (2023,)


def test_entry_year_from_the_workflow(pack):
    order = [s["id"] for s in pack.steps]
    assert entry_year("system_entry", "2024-12-20", [], "system_entry", order) == 2024
    events = [("project_approval", "2023-01-02T00:00:00Z"), ("system_entry", "2023-11-30T08:00:00Z"),
              ("maintenance", "2024-01-05T00:00:00Z")]
    assert entry_year("maintenance", "2024-01-05", events, "system_entry", order) == 2023
    assert entry_year("city_acceptance", "2024-10-01", events[:1], "system_entry", order) is None
