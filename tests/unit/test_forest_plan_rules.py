"""The forest-land plan's annex tables and indicators (rules/forest_plan.py), against sums done
apart in plain Python and Decimal.

Rule source: seed 002 (花溪区新一轮林地保护利用规划编制工作方案: baseline 2020, near-term 2025, plan end
2035; indicators 林地保有量, 森林保有量, 占用林地定额, 天然林保有量, 重点公益林地比率, 林地生产率) and
DOMAIN.md section 3 and "Indicators and classes used by the ledgers" (grades Ⅰ–Ⅳ, categories
11/12/21/22, BCLD 1/2/3).
"""

from __future__ import annotations

import copy
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from land_balance.rules import forest_plan as fp
from land_balance.rules.packs import PackError, load_pack, load_packs

from test_packs import edited_copy  # tests/unit is on sys.path (pytest prepend mode)

HUAXI = load_packs().get("huaxi_forest_plan")

# (township, DLBM, BH_DJ, SEN_LIN_LB, QI_YUAN, XU_JI m³, BCLD, area cents)
PARCELS = [
    ("青岩镇", "0301", "1", "11", "11", 120.0, "1", 2_000_000),  # 20 000 m² = 2 ha
    ("青岩镇", "0301", "2", "11", "21", 300.5, "1", 3_500_000),
    ("青岩镇", "0305", "Ⅲ", "12", "11", None, "2", 1_234_567),
    ("青岩镇", "0103", None, None, None, None, "3", 999_999),  # reduced forest land: dry land now
    ("石板镇", "0307", "4", "22", None, None, "1", 777_777),  # 其他林地 without origin: outside 森林
    ("石板镇", "0302", "IV", "21", "21", 0.0, "2", 1_111_111),
    ("石板镇", "0101", None, None, None, None, "1", 5_000_000),  # cropland BCLD 1: a warning, not counted
]


def build(rows=PARCELS, spec=None, **overrides):
    spec = spec or fp.plan_spec(HUAXI)
    columns = list(zip(*rows))
    values = {"protection_grades": columns[2], "forest_categories": columns[3], "forest_origins": columns[4],
              "forest_changes": columns[6]}
    values.update(overrides.pop("values", {}))
    return fp.forest_map(spec, columns[0], columns[1], columns[7], values, overrides.pop("stock", columns[5]),
                         **overrides)


def ha(cents: int) -> Decimal:
    return (Decimal(cents) / 100 / 10_000).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


def test_spec_of_the_huaxi_pack():
    spec = fp.plan_spec(HUAXI)
    assert (spec.baseline_year, spec.near_term_year, spec.end_year) == (2020, 2025, 2035)
    assert [i.name_zh for i in spec.indicators] == ["林地保有量", "森林保有量", "占用林地定额", "天然林保有量",
                                                  "重点公益林地比率", "林地生产率"]
    assert [t.kind for t in spec.tables] == ["indicators", "cross", "cross", "cross", "change"]
    assert spec.forest_land == {"0301", "0302", "0303", "0304", "0305", "0306", "0307"}
    assert spec.lists["protection_grades"].id_of()["Ⅱ"] == "II"
    assert spec.decimals == {"ha": 4, "mu": 2, "share": 2, "m3_per_ha": 2}


def test_classification_and_the_grade_table():
    fmap = build()
    grade = next(t for t in fmap.spec.tables if t.by == "protection_grades")
    cross = fp.area_table(fmap, grade).cross()
    assert cross.row_labels == ["石板镇", "青岩镇"]
    assert cross.column_labels == ["I", "II", "III", "IV"]  # every grade of the pack, in its order
    parcels = fp.PARCELS
    assert [cross.cell("青岩镇", g, parcels) for g in cross.column_labels] == [1, 1, 1, 0]
    assert [cross.cell("石板镇", g, parcels) for g in cross.column_labels] == [0, 0, 0, 2]
    hectares = fmap.spec.quantity("ha")
    assert cross.cell("青岩镇", "I", hectares) == 20_000  # 2.0000 ha in ten-thousandths
    assert cross.row_total("石板镇", hectares) == int(ha(777_777 + 1_111_111) * 10_000)
    assert cross.grand_total(parcels) == 5  # forest land only: not the dry land, not the cropland


def test_change_table_counts_every_class_and_warns_where_class_and_bcld_disagree():
    fmap = build()
    change = next(t for t in fmap.spec.tables if t.kind == "change")
    cross = fp.area_table(fmap, change).cross()
    assert cross.column_labels == ["2", "3"]
    mu = fmap.spec.quantity("mu")
    assert cross.cell("青岩镇", "3", mu) == 1500  # 99.9999 m² … 9 999.99 m² = 14.9999… mu → 15.00
    assert cross.column_total("2", fp.PARCELS) == 2
    [(code, details)] = fmap.warnings
    assert code == "change_vs_class" and details["entry"] == "1" and details["rows"] == [6]


def test_indicators_measured_independently():
    values = {v.indicator.id: v for v in fp.indicator_values(build())}
    forest_land = 2_000_000 + 3_500_000 + 1_234_567 + 777_777 + 1_111_111
    assert values["forest_land_retention"].baseline == int(ha(forest_land) * 10_000)
    assert values["forest_retention"].baseline == int(ha(2_000_000 + 3_500_000 + 1_111_111) * 10_000)
    assert values["natural_forest_retention"].baseline == int(ha(2_000_000) * 10_000)  # 0301 origin 11
    share = (Decimal(2_000_000 + 3_500_000) * 100 / forest_land).quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert values["key_public_welfare_ratio"].baseline == int(share * 100)
    per_ha = (Decimal("420.5") / (Decimal(5_500_000) / 1_000_000)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert values["forest_land_productivity"].baseline == int(per_ha * 100)  # 乔木林地 only
    quota = values["occupation_quota"]
    assert quota.baseline is None and quota.reason == "not_measured" and quota.targets is None


def test_targets_and_changes_come_from_the_pack():
    data = copy.deepcopy(HUAXI.data)
    data["plan"]["indicators"][0]["targets"] = [1.5, 2.00005]
    values = fp.indicator_values(build(spec=fp.PlanSpec.of(data)))
    first = values[0]
    assert first.targets == (15_000, 20_001)  # 2.00005 ha → 2.0001 (half away from zero)
    assert first.changes == (15_000 - first.baseline, 20_001 - first.baseline)


def test_stock_per_hectare_is_multiplied_by_the_area():
    per_ha = [10.0, 20.0, None, None, None, 0.0, None]
    value = fp.indicator_values(build(stock=per_ha, stock_per_hectare=True))[-1]
    # (10 × 2 ha + 20 × 3.5 ha) / 5.5 ha
    assert value.baseline == int((Decimal(90) / Decimal("5.5")).quantize(Decimal("0.01"), ROUND_HALF_UP) * 100)


def test_missing_fields_leave_tables_and_indicators_out():
    fmap = build(values={"forest_origins": None}, stock=None)
    values = {v.indicator.id: v for v in fp.indicator_values(fmap)}
    assert values["natural_forest_retention"].baseline is None
    assert values["natural_forest_retention"].reason == "no_field:forest_origins"
    assert values["forest_land_productivity"].reason == "no_field:stock"
    assert all(fmap.available(t) for t in fmap.spec.tables)  # no table is by origin


def test_values_outside_the_lists_are_reported_with_counts_not_binned():
    rows = [list(r) for r in PARCELS]
    rows[0][2], rows[1][2], rows[4][2] = "5", "5", ""
    rows[5][3] = "31"
    with pytest.raises(fp.ForestMapError) as err:
        build(rows)
    assert err.value.code == fp.UNKNOWN_VALUES
    assert err.value.details == {"protection_grades": [("5", 2), ("", 1)], "forest_categories": [("31", 1)]}


def test_empty_values_outside_a_list_scope_are_fine():
    """The dry land (BCLD 3) has no grade and 其他林地 no origin: neither is counted by them."""
    assert build().values["protection_grades"][3] is None


def test_empty_township_and_no_forest_land_are_refused():
    rows = [list(r) for r in PARCELS]
    rows[2][0] = "  "
    with pytest.raises(fp.ForestMapError) as err:
        build(rows)
    assert err.value.code == fp.EMPTY_TOWNSHIP and err.value.details["rows"] == [2]
    cropland = [r for r in PARCELS if not r[1].startswith("03")]
    with pytest.raises(fp.ForestMapError) as err:
        build(cropland)
    assert err.value.code == fp.NO_FOREST_LAND


def test_a_stock_no_parcel_can_have_is_refused():
    with pytest.raises(fp.ForestMapError) as err:
        build(stock=[1.0, -5.0, None, None, None, "many", None])
    assert err.value.code == fp.BAD_STOCK and err.value.details["rows"] == [1, 5]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["甲镇", "乙镇", "丙乡"]), st.sampled_from(["0301", "0305", "0307", "0101"]),
                          st.sampled_from(["1", "2", "3", "4"]), st.integers(0, 10**9)), min_size=1, max_size=60))
def test_every_cross_table_foots_in_rows_and_columns(rows):
    if not any(code.startswith("03") for _, code, _, _ in rows):
        rows = rows + [("甲镇", "0301", "1", 1)]
    data = [(t, c, g, "22", "21", 0.0, "1" if c.startswith("03") else "3", a) for t, c, g, a in rows]
    fmap = build(data)
    for table in fmap.spec.tables:
        if table.kind == "indicators":
            continue
        footed = fp.area_table(fmap, table)
        cross = footed.cross()
        mask = fmap.in_classes(fmap.spec.scope_classes(table))
        for unit in table.units:
            q = fmap.spec.quantity(unit)
            for town in cross.row_labels:
                assert sum(cross.cell(town, c, q) for c in cross.column_labels) == cross.row_total(town, q)
            assert sum(cross.column_total(c, q) for c in cross.column_labels) == cross.grand_total(q)
            per_m2 = {"ha": Decimal(1) / 10_000, "mu": Decimal(15) / 10_000}[unit]
            for town in cross.row_labels:
                for column in cross.column_labels:
                    keys = fmap.land_class if table.by == fp.LAND_CLASS else fmap.values[table.by]
                    inside = mask & (fmap.township == town) & np.array([k == column for k in keys])
                    exact = Decimal(int(fmap.cents[inside].sum())) / 100 * per_m2 * 10**q.decimals
                    assert abs(cross.cell(town, column, q) - exact) < 1  # largest remainder: within a unit


def test_pack_refuses_a_filter_on_an_unknown_list_entry(tmp_path):
    path = edited_copy(tmp_path, "huaxi_forest_plan.toml", 'forest_categories = ["11"]', 'forest_categories = ["13"]')
    with pytest.raises(PackError) as err:
        load_pack(path)
    assert err.value.key == "plan.indicators[4].forest_categories[0]" and "no entry '13'" in err.value.reason


@pytest.mark.parametrize("old, new, key, reason", [
    ('gain = ["2"]', 'gain = ["2", "3"]', "plan.tables[4].loss", "both gain and loss"),
    ('sheet_zh = "附表3 林地保护等级"', 'sheet_zh = "附表2 林地按地类"', "plan.tables[2].sheet_zh", "used twice"),
    ('codes = ["2", "II", "Ⅱ", "Ⅱ级"]', 'codes = ["1", "II"]', "lists.protection_grades[1].codes", "already means"),
    ('measure = "share"', 'measure = "area"', "plan.indicators[4].unit", "measured by area is in ha or mu"),
    ('unit = "m3_per_ha"', 'unit = "m3"', "plan.indicators[5].unit", "is not one of"),
    ('by = "forest_categories"', 'by = "forest_types"', "plan.tables[3].by", "is not one of"),
    ("near_term_year = 2025", "near_term_year = 2040", "plan.near_term_year", "outside the period"),
    ("ha = 4", "ha = 9", "plan.decimals.ha", "above the maximum"),
])
def test_broken_plan_sections_name_the_key(tmp_path, old, new, key, reason):
    path = edited_copy(tmp_path, "huaxi_forest_plan.toml", old, new)
    with pytest.raises(PackError) as err:
        load_pack(path)
    assert err.value.key == key and reason in err.value.reason


def test_a_share_target_above_100_is_refused(tmp_path):
    path = edited_copy(tmp_path, "huaxi_forest_plan.toml", 'forest_categories = ["11"]',
                       'forest_categories = ["11"]\ntargets = [30, 101]')
    with pytest.raises(PackError) as err:
        load_pack(path)
    assert err.value.key == "plan.indicators[4].targets"
