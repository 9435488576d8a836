"""rules/eligibility.py and rules/slope.py: worked examples of every rule, no QGIS.

Seeds: ../shared/seeds/001_c8e0ce7e1182633b.txt (Anhui in/out), 003_33b11e000febcf0b.txt
(Lianshui), 004_7872a60e71286313.txt (Shaanxi); DOMAIN.md sections 2, 4, 5.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from land_balance.rules import eligibility as rules
from land_balance.rules.area import Ellipsoid
from land_balance.rules.packs import load_packs
from land_balance.rules.slope import geographic_spacing, slope_degrees, zonal_slope
from land_balance.rules.survey import m2_per_mu

MU = m2_per_mu()


@pytest.fixture(scope="module")
def packs():
    return load_packs()


@pytest.fixture(scope="module")
def anhui_in(packs):
    return rules.rule_set(packs.get("anhui_inout"), "in")


@pytest.fixture(scope="module")
def anhui_out(packs):
    return rules.rule_set(packs.get("anhui_inout"), "out")


def facts(codes, areas, **kw):
    n = len(codes)
    kw.setdefault("overlap_m2", {})
    return rules.ParcelFacts(codes=list(codes), area_m2=np.asarray(areas, dtype=float), **kw) if n else None


def test_rule_sets_come_from_the_packs(packs, anhui_in, anhui_out):
    # seed 001: 转进 forbidden in these zones; 转出 in the urban boundary, key projects, expropriation, 5-year projects
    assert {r.id for r in anhui_in.roles} == {
        "nature_reserve_core", "water_source_l1", "eco_redline", "polluted_soil", "public_welfare_forest",
        "returned_farmland_forest", "expropriation_zone", "approved_unused", "river_lake"}
    assert {r.id for r in anhui_out.roles} == {"urban_dev_boundary", "key_project", "expropriation_zone",
                                                "new_cropland_project"}
    assert anhui_in.max_slope_deg == 25.0 and anhui_in.contiguous_forest_mu == 1.0
    assert anhui_out.max_slope_deg is None
    shaanxi = rules.rule_set(packs.get("shaanxi_measures"), "supplement")
    assert "river_reservoir_protection" in {r.id for r in shaanxi.roles}
    assert "0301" in shaanxi.forbidden_codes and "0401" in shaanxi.forbidden_codes
    assert [p.id for p in packs if rules.eligibility_rule_sets(p)] == [
        "anhui_inout", "lianshui_requisition", "shaanxi_measures"]


def test_slope_mean_over_25_blocks_whole_parcel(anhui_in):
    # seed 001: 坡度25度以上 禁止转进
    f = facts(["0404", "0404"], [2000, 2000], slope_mean=np.array([27.4, 25.0]),
              steep_share=np.array([0.9, 0.4]), slope_source=rules.SOURCE_DEM)
    v = rules.decide(anhui_in, f)
    assert v.eligible == [rules.NO, rules.YES]
    assert v.reasons[0] == "SLOPE: 平均坡度 27.4° > 25°"
    assert v.net_m2.tolist() == [0.0, 2000.0]


def test_steep_share_measure_when_the_pack_says_so(packs):
    import dataclasses

    rs = dataclasses.replace(rules.rule_set(packs.get("lianshui_requisition"), "supplement"),
                             slope_measure="steep_share", max_steep_share=0.5)
    f = facts(["1104", "1104"], [1000, 1000], slope_mean=np.array([20.0, 30.0]),
              steep_share=np.array([0.6, 0.4]), slope_source=rules.SOURCE_DEM)
    v = rules.decide(rs, f)
    assert v.eligible == [rules.NO, rules.YES]
    assert v.reasons[0].startswith("SLOPE: 坡度 > 25° 的面积占 60.0%")


def test_steep_share_measure_needs_its_threshold(packs):
    import dataclasses

    from land_balance.rules.packs import PackError

    pack = packs.get("lianshui_requisition")
    data = {**pack.data, "rule_sets": [{**pack.data["rule_sets"][0], "slope_measure": "steep_share"}]}
    with pytest.raises(PackError, match="thresholds.max_steep_share"):
        rules.rule_set(dataclasses.replace(pack, data=data), "supplement")


def test_without_dem_grade_5_decides(anhui_in):
    # DOMAIN.md: GDPDJB 5 = over 25°
    f = facts(["0404", "0404", "0404"], [1000] * 3, grades=["5", "4", None], slope_source=rules.SOURCE_GRADE)
    v = rules.decide(anhui_in, f)
    assert v.eligible == [rules.NO, rules.YES, rules.YES]
    assert v.reasons[0] == "SLOPE: 耕地坡度级别 5（> 25°）"
    assert v.slope_source == [rules.SOURCE_GRADE, rules.SOURCE_GRADE, rules.SOURCE_NONE]
    assert "无坡度数据" in v.notes[2]


def test_class_outside_candidates_and_forbidden_classes(packs):
    shaanxi = rules.rule_set(packs.get("shaanxi_measures"), "supplement")
    v = rules.decide(shaanxi, facts(["0101", "0301", "1104"], [1000] * 3))
    assert v.eligible == [rules.NO, rules.NO, rules.YES]
    assert v.reasons[0] == "CLASS: 地类 0101 不在选址范围"
    assert "FORBIDDEN_CLASS" in v.reasons[1]


def test_overlap_under_a_hundredth_of_a_mu_reads_in_square_metres(anhui_in):
    # 3 m² blocks (> the 1 m² sliver tolerance) but is 0.0045 mu: "0.00亩" would hide it.
    # 6.67 m² = 0.010005 mu: from 0.01 mu on, the overlap reads in mu.
    area = np.full(4, 3000.0)
    overlap = {"eco_redline": np.array([3.0, 1.004, 6.0, 6.67])}
    v = rules.decide(anhui_in, facts(["0404"] * 4, area, overlap_m2=overlap, net_m2=area - 7), sliver_m2=1.0)
    assert v.reasons[0] == "ECO_REDLINE: 生态保护红线 3.00㎡"
    assert v.reasons[2] == "ECO_REDLINE: 生态保护红线 6.00㎡"
    assert v.reasons[3] == "ECO_REDLINE: 生态保护红线 0.01亩"
    # 1.004 m² is 1.00 m² as the survey states areas: a sliver, as its note says
    assert v.eligible[1] == rules.YES and "碎片 ECO_REDLINE 1.00㎡ ≤ 1㎡" in v.notes[1]


def test_role_column_is_the_exact_official_overlap_in_mu():
    # the official overlap (0.01 m², half away from zero) × 0.0015: exact at six decimals
    got = rules.overlap_mu(np.array([3.0, 0.005, 0.004, 1000.0, 2.675]))
    assert got.tolist() == [0.0045, 0.000015, 0.0, 1.5, 0.00402]
    # a blocking overlap is never 0 in its column, whatever the tolerance
    for m2, tolerance in ((0.006, 0.0), (1.01, 1.0), (3.0, 1.0)):
        blocked = rules.official_overlap(m2) > tolerance
        assert blocked and rules.overlap_mu(np.array([m2]))[0] > 0


def test_parcel_without_geometry_is_kept_and_not_eligible(anhui_in):
    v = rules.decide(anhui_in, facts(["0404"], [0.0]))
    assert v.eligible == [rules.NO] and v.reasons == ["GEOMETRY: 图斑无几何（面积为0）"]


def test_partial_whole_and_sliver_overlaps(anhui_in):
    area = np.array([3000.0, 3000.0, 3000.0, 3000.0])
    overlap = {"eco_redline": np.array([1000.0, 3000.0, 0.4, 0.0])}
    net = np.array([2000.0, 0.0, 3000.0, 3000.0])
    v = rules.decide(anhui_in, facts(["0404"] * 4, area, overlap_m2=overlap, net_m2=net), sliver_m2=1.0)
    assert v.eligible == [rules.PARTLY, rules.NO, rules.YES, rules.YES]
    assert v.reasons[0] == f"ECO_REDLINE: 生态保护红线 {1000 / MU:.2f}亩"
    assert v.net_m2.tolist() == [2000.0, 0.0, 3000.0, 3000.0]
    assert v.reasons[2] == "" and "碎片 ECO_REDLINE 0.40㎡" in v.notes[2]


def test_contiguous_forest_blocks_are_measured_not_parcels():
    # seed 001: 连片1亩以上的林地 — three touching 300 m² forest parcels make a 900 m² (1.35 mu) block
    labels = rules.blocks(5, [0, 1], [1, 2])
    assert labels[0] == labels[1] == labels[2] != labels[3] != labels[4]
    area = rules.block_areas(labels, [300, 300, 300, 300, 500])
    assert area.tolist() == [900, 900, 900, 300, 500]


def test_forest_block_reason_and_offset_note(anhui_in):
    f = facts(["0301", "0301", "0404"], [300, 300, 300],
              forest_block_mu=np.array([1.35, 0.45, np.nan]))
    v = rules.decide(anhui_in, f)
    assert v.eligible == [rules.NO, rules.YES, rules.YES]
    assert v.reasons[0] == "FOREST_BLOCK: 连片林地 1.35亩 ≥ 1亩"
    assert "补充林地" in v.notes[1] and "补充林地" in v.notes[2]  # 林地、草地转为耕地 → offset


def test_score_ranks_preferred_sources(anhui_in):
    # seed 001: 即可恢复/工程恢复 (3) + 与耕地相邻 (2) + 面积较大 (≥10 mu: 1) + 平坦 (≤6°: 1)
    f = facts(["0201", "0201"], [20 * MU, 2 * MU], restoration=np.array([True, False]),
              adjacent_cropland=np.array([True, False]), slope_mean=np.array([2.0, 10.0]),
              steep_share=np.array([0.0, 0.0]), slope_source=rules.SOURCE_DEM)
    v = rules.decide(anhui_in, f)
    assert v.score == [7.0, 0.0]


def test_new_cropland_projects_protected_five_years(anhui_out):
    # seed 001: 高标准农田、补充耕地、旱改水项目新增耕地5年内不得转出
    role = next(r for r in anhui_out.roles if r.id == "new_cropland_project")
    assert role.applies({"XMLX": "高标准农田", "WCNF": 2020}, 2024)
    assert not role.applies({"XMLX": "高标准农田", "WCNF": 2019}, 2024)
    assert not role.applies({"XMLX": "土地开发", "WCNF": 2023}, 2024)


def test_out_exempts_rural_roads_in_expropriation_zone(anhui_out):
    # seed 001: 除修建农村道路等必要的农田基础设施外
    overlap = {"expropriation_zone": np.array([500.0, 500.0])}
    f = facts(["0103", "0103"], [500, 500], overlap_m2=overlap, net_m2=np.array([0.0, 0.0]),
              targets=["1006", "0201"])
    v = rules.decide(anhui_out, f)
    assert v.eligible == [rules.YES, rules.NO]
    assert v.reasons[1].startswith("EXPROPRIATION_ZONE: 土地征收成片开发范围 0.75亩")


def test_horn_slope_of_a_plane_in_metres():
    # z = 0.5·x over a 10 m grid: slope atan(0.5) = 26.565°
    cols = np.arange(20) * 10.0
    z = np.tile(0.5 * cols, (15, 1))
    s = slope_degrees(z, np.ones_like(z, dtype=bool), 10.0, 10.0)
    assert np.allclose(s, math.degrees(math.atan(0.5)))


def test_geographic_dem_gives_the_same_slope():
    cgcs = Ellipsoid("CGCS2000", 6378137.0, 1 / 298.257222101)
    cell = 0.0003  # degrees, about 28 × 33 m at 34°N
    dx, dy = geographic_spacing(10, 34.0, cell, -cell, cgcs)
    z = np.cumsum(np.tile(dx[:, None] * 0.3, (1, 12)), axis=1)  # 0.3 m per metre eastwards
    s = slope_degrees(z, np.ones_like(z, dtype=bool), dx, dy)
    assert np.allclose(s[:, 1:-1], math.degrees(math.atan(0.3)), atol=1e-6)


def test_zonal_slope_mean_and_steep_share():
    ids = np.array([[0, 0, 1], [0, -1, 1]])
    slope = np.array([[10.0, 30.0, 5.0], [20.0, 50.0, np.nan]])
    stats = zonal_slope(ids, slope, 3, 25.0)
    assert stats.mean[0] == pytest.approx(20.0) and stats.steep_share[0] == pytest.approx(1 / 3)
    assert stats.mean[1] == 5.0 and stats.cells.tolist() == [3, 1, 0]
    assert math.isnan(stats.mean[2])


def test_reasons_round_like_the_columns():
    """290 m² is 0.435 mu: the column shows 0.44 (half away from zero), and so must REASONS."""
    from land_balance.rules.eligibility import shown_mu

    assert shown_mu(290.0) == 0.44
    assert shown_mu(2.895 * 10000 / 15) == 2.90
