"""The 附件2 reserve-bank form (rules/reserve_form.py, exports/reserve_bank.py), written and
read back cell by cell, without QGIS.

Seed 000_9e49406886a189a5.txt, 附件2: the title, 单位（盖章）and 年度, the columns in order, the
填表说明 notes (copied here from the seed, character for character), areas in mu to 2 decimals.
"""

from __future__ import annotations

import pytest

from land_balance.exports.reserve_bank import form_sheet
from land_balance.exports.xlsx import write_workbook
from land_balance.exports.xlsx_read import as_rows, cell_ref, read_workbook
from land_balance.rules.packs import load_packs
from land_balance.rules.reserve_form import (
    BankedParcel, FormError, FormSpec, class_label, form_values, mu_to_cents, number_rows, read_filled_form,
    restored_text, single_county,
)
from land_balance.rules.tables import units_of_total

PACK = load_packs().get("ganzhou_forest_offset")
SPEC = FormSpec.from_pack(PACK)

# 附件2 of the seed, as printed there.
SEED_TITLE = "赣州市林地占补平衡补充林地储备库"
SEED_UNIT_LINE = "单位（盖章）：          县（市、区）林业局                                       年度：    年"
SEED_NOTES = ("填表说明：1.图斑号：填写前后年度国土数据库叠加后符合入库地类要求的图斑，以县为单位，从1开始依次编号；"
              "2.图斑面积：填写整个图斑号的面积；3.X坐标、Y坐标：填写图斑中心点坐标，采用大地2000坐标系；"
              "4.地类情况：填写国土的地类，如采矿用地、耕地、林地、湿地、草地等；5.生态修复情况：填写是或否；"
              "6.入库面积：填写自然资源部门已经将图斑内的采矿用地变更为林地的面积；7.入库填报人：填写填报表格人的姓名。"
              "8.面积：单位为亩，保留小数点后2位。")
COLUMNS = ["图斑号", "图斑面积", "X坐标", "Y坐标", "地类情况", "生态修复情况", "入库面积", "入库填报人"]


def parcels(n=3):
    rows = [BankedParcel(bank_cents=561351 + 1000 * i, parcel_cents=561351 + 2000 * i, x=3740948.345 + i,
                         y=40425763.543 + i, land_class="林地", restored="是" if i % 2 == 0 else "否",
                         reporter="张三", township="岔庙镇", parcel_id=f"3208262110000006{i:02d}", county="320826",
                         label=f"BSM {i}") for i in range(n)]
    return number_rows(rows)


def test_the_pack_says_what_the_seed_prints():
    assert SPEC.title == SEED_TITLE and SPEC.annex == "附件2"
    assert SPEC.header == COLUMNS
    assert SPEC.notes_title + "".join(SPEC.notes) == SEED_NOTES
    assert SPEC.area_decimals == 2
    left, right = SEED_UNIT_LINE.split("林业局")
    assert SPEC.unit_text("崇义县") == "单位（盖章）：崇义县（市、区）林业局"
    assert left.replace(" ", "").startswith(SPEC.unit_label) and SPEC.year_text(2023) == "年度：2023年"
    assert right.split()[0].startswith("年度：")


def test_unit_must_be_a_county_name():
    with pytest.raises(FormError) as err:
        SPEC.unit_text("崇义")
    assert err.value.code == "unit_suffix"
    with pytest.raises(FormError) as err:
        SPEC.unit_text("  ")
    assert err.value.code == "unit_missing"
    assert SPEC.unit_of("单位（盖章）：章贡区（市、区）林业局") == "章贡区"


@pytest.mark.parametrize("value, label", [("0602", "采矿用地"), ("0301", "林地"), ("乔木林地", "林地"),
                                          ("0101", "耕地"), ("林地", "林地"), ("0404", "草地"), ("0201", "园地"),
                                          (602, "采矿用地")])
def test_land_class_as_the_form_names_it(value, label):
    assert class_label(value, SPEC.class_options) == label


@pytest.mark.parametrize("value, code", [("", "class_missing"), (None, "class_missing"), ("9999", "class_unknown"),
                                         ("森林", "class_unknown")])
def test_bad_land_class(value, code):
    with pytest.raises(FormError) as err:
        class_label(value, SPEC.class_options)
    assert err.value.code == code


def test_restored_text():
    assert [restored_text(v) for v in ("是", "否", True, 0, "1", None)] == ["是", "否", "是", "否", "是", "否"]
    with pytest.raises(FormError):
        restored_text("也许")


def test_rows_foot_and_each_area_is_rounded_once():
    """Areas in mu from cents: the 合计 row is the total's cents rounded once, and every row
    sums to it (largest remainder)."""
    rows = parcels(7)
    values, total = form_values(SPEC, rows)
    bank = SPEC.index("bank_area")
    assert round(sum(v[bank] for v in values), 2) == total[bank]
    assert total[bank] * 100 == units_of_total(sum(p.bank_cents for p in rows), "mu", 2)
    for v, p in zip(values, rows):
        assert abs(v[bank] - p.bank_cents * 3 / 200000) < 0.01  # within one unit of its own exact mu
    assert [v[0] for v in values] == list(range(1, 8)) and total[0] == "合计"


def test_parcels_of_two_counties_are_refused():
    rows = parcels(2)
    rows[1].county = "360725"
    with pytest.raises(FormError) as err:
        single_county(rows)
    assert err.value.details["counties"] == ["320826", "360725"]


def write(tmp_path, rows, unit="崇义县", year=2023):
    path = tmp_path / "form.xlsx"
    write_workbook(path, [form_sheet(SPEC, rows, unit, year)])
    return path


def test_written_form_cell_by_cell(tmp_path):
    rows = parcels(3)
    sheet = next(iter(read_workbook(write(tmp_path, rows)).values()))
    grid = as_rows(sheet)
    assert grid[0][0] == "附件2" and grid[1][0] == SEED_TITLE
    assert grid[2][0] == "单位（盖章）：崇义县（市、区）林业局" and "年度：2023年" in grid[2]
    assert grid[3][:8] == COLUMNS
    assert grid[4][:8] == [1, 8.42, 3740948.345, 40425763.543, "林地", "是", 8.42, "张三"]
    assert grid[7][0] == "合计" and grid[7][6] == round(grid[4][6] + grid[5][6] + grid[6][6], 2)
    notes = grid[9][0]
    assert notes.replace("\n", "") == SEED_NOTES


def test_a_written_form_reads_back_to_the_same_parcels(tmp_path):
    rows = parcels(4)
    cells = next(iter(read_workbook(write(tmp_path, rows)).values()))
    filled = read_filled_form(SPEC, cells, cell_ref)
    assert (filled.unit, filled.year, len(filled.parcels)) == ("崇义县", 2023, 4)
    values, _ = form_values(SPEC, rows)
    for got, row, v in zip(filled.parcels, rows, values):
        assert got.ref == row.ref and got.number == row.number and got.restored == row.restored
        assert got.attributes["form_bank_units"] == round(v[6] * 100)
        assert units_of_total(got.bank_cents, "mu", 2) == round(v[6] * 100)  # mu → cents → the same mu


@pytest.mark.parametrize("cell, value, code, ref", [
    ((3, 2), "X", "header", "C4"),
    ((1, 0), "赣州市补充林地储备库", "header", "A2"),
    ((4, 6), None, "cell_empty", "G5"),
    ((4, 6), 0, "zero_area", "G5"),
    ((4, 1), 1.0, "parcel_smaller", "B5"),
    ((5, 4), "森林", "class_unknown", "E6"),
    ((5, 4), "", "class_missing", "E6"),
    ((4, 7), "", "reporter_missing", "H5"),
    ((6, 6), 3.0, "total", "G8"),
])
def test_a_form_that_differs_is_refused_naming_the_cell(tmp_path, cell, value, code, ref):
    cells = next(iter(read_workbook(write(tmp_path, parcels(3))).values()))
    if cell == (6, 6):
        cell = (7, 6)  # the 合计 row
    cells[cell] = value
    with pytest.raises(FormError) as err:
        read_filled_form(SPEC, cells, cell_ref)
    assert err.value.code == code and err.value.details["cell"] == ref


def test_year_of_the_form_and_a_year_given(tmp_path):
    cells = next(iter(read_workbook(write(tmp_path, parcels(1), year=2022)).values()))
    assert read_filled_form(SPEC, cells, cell_ref, 2022).year == 2022
    with pytest.raises(FormError) as err:
        read_filled_form(SPEC, cells, cell_ref, 2023)
    assert err.value.code == "year_differs"


def test_mu_to_cents_round_trip():
    for units in range(0, 100_000, 37):
        assert units_of_total(mu_to_cents(units), "mu", 2) == units
