"""The reserve-bank algorithms through Processing on a hand-made county: the 附件2 form cell by
cell against independently computed areas and coordinates, the ledger after a sequence of
entries (refused ones included), the quota, the samples, the report.

Seed: 000_9e49406886a189a5.txt (附件2, 二(二)7–8, 二(三)1–4, 三(三)).
"""

from __future__ import annotations

import dataclasses
import re
import shutil
from pathlib import Path

import pytest
from bank_county import LATER, PIECES, official_cents, write_county, write_layer
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from land_balance.exports.reserve_bank import form_sheet
from land_balance.exports.xlsx import write_workbook
from land_balance.exports.xlsx_read import as_rows, read_workbook
from land_balance.i18n import tr
from land_balance.rules.packs import load_packs
from land_balance.rules.reserve_bank import Bank
from land_balance.rules.reserve_form import BankedParcel, FormSpec, number_rows
from land_balance.rules.tables import footed_units, units_of_total

PACK = "ganzhou_forest_offset"
BANK = Bank(load_packs().get(PACK))


def run(name, **params):
    import processing

    return processing.run(f"landbalance:{name}", params, feedback=QgsProcessingFeedback())


@pytest.fixture()
def pieces(provider, tmp_path):
    later, earlier = write_county(tmp_path)
    out = tmp_path / "pieces.gpkg"
    run(f"offsetoverlay_{PACK}", INPUT=later, EARLIER=earlier, FILLED_BY="李明", OUTPUT=str(out))
    return str(out)


@pytest.fixture()
def store(tmp_path):
    """A ledger for this test: memory:<name> lives as long as the QGIS session (the journal's
    GeoPackage and PostgreSQL back ends keep it in the store location)."""
    return f"memory:reserve_bank_{tmp_path.name}"


def form(pieces, tmp_path, **params):
    args = dict(INPUT=pieces, PROGRAMME=PACK, YEAR=2023, UNIT="崇义县", OUTPUT=str(tmp_path / "form.xlsx"))
    args.update(params)
    return run("reservebankform", **args)


def sheet(path):
    return as_rows(next(iter(read_workbook(path).values())))


def test_form_cell_by_cell(pieces, tmp_path):
    result = form(pieces, tmp_path, TABLE=str(tmp_path / "rows.gpkg"))
    grid = sheet(result["OUTPUT"])
    assert grid[0][0] == "附件2" and grid[1][0] == "赣州市林地占补平衡补充林地储备库"
    assert grid[2][0] == "单位（盖章）：崇义县（市、区）林业局" and "年度：2023年" in grid[2]
    assert grid[3][:8] == ["图斑号", "图斑面积", "X坐标", "Y坐标", "地类情况", "生态修复情况", "入库面积", "入库填报人"]
    bank_cents = [official_cents(p[1]) for p in PIECES]
    parcel_cents = [official_cents(LATER[p[0]][1]) for p in PIECES]
    bank_mu = footed_units(bank_cents, "mu", 2).tolist()
    # 图斑面积 = 入库面积 + the rest of the parcel, each footed: never less than the banked part
    parcel_mu = [b + r for b, r in zip(bank_mu, footed_units([p - b for p, b in zip(parcel_cents, bank_cents)],
                                                             "mu", 2).tolist())]
    for k, (_, geom, restored, _) in enumerate(PIECES):
        row = grid[4 + k]
        centre = geom.centroid
        assert row[0] == k + 1
        assert round(row[1] * 100) == parcel_mu[k] and round(row[6] * 100) == bank_mu[k]
        assert abs(row[6] - bank_cents[k] * 3 / 200_000) < 0.01  # within 0.01 of its own exact mu
        assert row[2] == pytest.approx(centre.y, abs=0.002) and row[3] == pytest.approx(centre.x, abs=0.002)
        assert row[4] == "林地" and row[5] == restored and row[7] == "李明"
    total = grid[4 + len(PIECES)]
    assert total[0] == "合计"
    assert round(total[6] * 100) == units_of_total(sum(bank_cents), "mu", 2) == sum(bank_mu)
    assert round(total[1] * 100) == sum(parcel_mu)
    assert all(row[1] >= row[6] for row in grid[4:4 + len(PIECES)])
    assert result["PARCELS"] == 4 and result["BANK_AREA_MU"] == total[6]
    notes = grid[6 + len(PIECES)][0]
    assert notes.startswith("填表说明：\n1.图斑号：") and notes.endswith("8.面积：单位为亩，保留小数点后2位。")
    ds = ogr.Open(str(tmp_path / "rows.gpkg"))
    rows = sorted((f.GetField("TBH"), f.GetField("RKMJ_MU"), f.GetField("BANK_REF")) for f in ds.GetLayer(0))
    assert [r[1] for r in rows] == [grid[4 + k][6] for k in range(4)]


def test_form_only_parcels_that_reached_the_entry_step(pieces, tmp_path):
    store = str(tmp_path / "workflow.gpkg")
    later = write_layer(tmp_path / "later.gpkg", "DLTB", LATER)
    for step in ("apply", "verify", "notice", "confirm", "afforest", "accept", "change"):
        run("setstatus", INPUT=later, EXPRESSION="\"BSM\" in ('360725211000000104', '360725211000000106')",
            PROGRAMME=PACK, STEP=step, STORE=store, DATE="2023-06-01")
    run("setstatus", INPUT=later, EXPRESSION="\"BSM\" = '360725211000000101'", PROGRAMME=PACK, STEP="apply",
        STORE=store, DATE="2023-06-01")
    result = form(pieces, tmp_path, STORE=store)
    grid = sheet(result["OUTPUT"])
    assert result["PARCELS"] == 2 and [grid[4][0], grid[5][0]] == [1, 2]  # numbered again from 1
    assert grid[4][6] == pytest.approx(official_cents(PIECES[2][1]) * 3 / 200_000, abs=0.0051)


@pytest.mark.parametrize("change, message", [
    ({"YEAR": 2021}, "2021"),
    ({"YEAR": 2025}, "2025"),
    ({"UNIT": "崇义"}, "UNIT"),
])
def test_bad_parameters_are_refused_and_nothing_written(pieces, tmp_path, change, message):
    with pytest.raises(QgsProcessingException, match=message):
        form(pieces, tmp_path, **change)
    assert not (tmp_path / "form.xlsx").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".~")]


def bad_layer(tmp_path, parcels, name="bad"):
    return write_layer(tmp_path / f"{name}.gpkg", "DLTB", parcels)


@pytest.mark.parametrize("code, bz, message", [
    ("9999", "矿山生态修复", "9999"),
    (None, "矿山生态修复", "land class"),
])
def test_bad_parcels_are_named(provider, tmp_path, code, bz, message):
    parcels = dict(LATER)
    bsm = "360725211000000105"
    parcels[bsm] = (code, parcels[bsm][1], "扬眉镇", bz)
    with pytest.raises(QgsProcessingException, match=message) as err:
        form(bad_layer(tmp_path, parcels), tmp_path, REPORTER="李明")
    assert bsm in str(err.value)
    assert not (tmp_path / "form.xlsx").exists()


def test_missing_reporter_and_zero_area(provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="RKTBR"):
        form(bad_layer(tmp_path, LATER), tmp_path)
    path = tmp_path / "empty.gpkg"
    source = write_layer(path, "DLTB", LATER)
    ds = ogr.Open(str(path), 1)
    layer = ds.GetLayer(0)
    feature = layer.GetNextFeature()
    feature.SetGeometryDirectly(None)
    layer.SetFeature(feature)
    del layer, ds
    with pytest.raises(QgsProcessingException, match="0.00 m²") as err:
        form(source, tmp_path, REPORTER="李明")
    assert "360725211000000101" in str(err.value)


def test_ledger_sequence_with_refusals(pieces, tmp_path, store):
    rows = tmp_path / "rows.gpkg"
    form(pieces, tmp_path, TABLE=str(rows))
    deposited = run("bankdeposit", INPUT=str(rows), PROGRAMME=PACK, YEAR=2023, STORE=store)
    banked = units_of_total(sum(official_cents(p[1]) for p in PIECES), "mu", 2)
    assert deposited["DEPOSITED"] == 4 and round(deposited["AREA_MU"] * 100) == banked
    with pytest.raises(QgsProcessingException, match="2023"):
        run("bankdeposit", INPUT=str(rows), PROGRAMME=PACK, YEAR=2024, STORE=store)  # banked twice
    quota = run("forestquota", PROGRAMME=PACK, YEAR=2023, STORE=store)
    assert round(quota["COUNTY_QUOTA_MU"] * 100) == banked and quota["POOL_MU"] == 0 and quota["LAPSED"] == 0
    with pytest.raises(QgsProcessingException, match="2023"):
        run("forestquota", PROGRAMME=PACK, YEAR=2023, STORE=store)  # the grant of a year once
    used = run("bankdrawdown", PROGRAMME=PACK, YEAR=2024, PROJECT="某公路建设项目", APPROVAL="赣林地许准〔2024〕12号",
               AREA_MU=10.5, STORE=store)
    assert round(used["BALANCE_MU"] * 100) == banked - 1050
    with pytest.raises(QgsProcessingException) as err:
        run("bankdrawdown", PROGRAMME=PACK, YEAR=2024, PROJECT="某矿山项目", APPROVAL="赣林地许准〔2024〕13号",
            AREA_MU=100, STORE=store)
    missing = 10000 - (banked - 1050)
    assert f"{missing / 100:,.2f}" in str(err.value)
    lost = tmp_path / "lost.gpkg"
    shutil.copy(rows, lost)
    ds = ogr.Open(str(lost), 1)
    layer = ds.GetLayer(0)
    for f in list(layer):
        if f.GetField("TBH") != 2:
            layer.DeleteFeature(f.GetFID())
    del layer, ds
    deducted = run("bankdeduction", INPUT=str(lost), PROGRAMME=PACK, YEAR=2023, REASON="灭失", STORE=store)
    lost_units = units_of_total(official_cents(PIECES[1][1]), "mu", 2)
    assert round(deducted["DEDUCTED_MU"] * 100) == lost_units and deducted["OWED_MU"] == 0
    report = run("bankreport", PROGRAMME=PACK, STORE=store, YEAR=2025, OUTPUT=str(tmp_path / "report.xlsx"),
                 CHART=str(tmp_path / "chart.png"))
    assert round(report["BALANCE_MU"] * 100) == banked - 1050 - lost_units
    assert round(report["BANKED_MU"] * 100) == banked and Path(report["CHART"]).stat().st_size > 1000
    summary = sheet(report["OUTPUT"])
    years = {row[0]: row for row in summary if row and row[0] in ("2023", "2024", "合计")}
    assert round(years["2023"][1] * 100) == banked and round(years["2023"][7] * 100) == lost_units
    assert years["2024"][5] == 10.5 and years["合计"][5] == 10.5
    lapse = run("banklapse", PROGRAMME=PACK, YEAR=2025, STORE=store)
    assert round(lapse["LAPSED_MU"] * 100) == banked - 1050 - lost_units


def test_form_read_back_into_the_ledger(pieces, tmp_path, store):
    written = form(pieces, tmp_path)
    imported = run("bankformimport", FORM=written["OUTPUT"], PROGRAMME=PACK, STORE=store)
    assert (imported["DEPOSITED"], imported["YEAR"], imported["UNIT"]) == (4, 2023, "崇义县")
    assert imported["AREA_MU"] == written["BANK_AREA_MU"]
    # the same parcels from the layer are the same parcels: refused, banked in 2023
    with pytest.raises(QgsProcessingException, match="2023"):
        run("bankdeposit", INPUT=pieces, PROGRAMME=PACK, YEAR=2023, STORE=store)


def test_form_with_another_header_is_refused_naming_the_cell(pieces, tmp_path, store):
    """Another city's (or an edited) form: its Y column titled differently → refused at D4."""
    spec = FormSpec.from_pack(load_packs().get(PACK))
    columns = list(spec.columns)
    columns[3] = dataclasses.replace(columns[3], title="Y坐标（米）")
    rows = number_rows([BankedParcel(100_000, 100_000, 3742050.0, 40426030.0, "林地", "是", "李明")])
    path = tmp_path / "other.xlsx"
    write_workbook(path, [form_sheet(dataclasses.replace(spec, columns=tuple(columns)), rows, "崇义县", 2023)])
    with pytest.raises(QgsProcessingException, match="D4") as err:
        run("bankformimport", FORM=str(path), PROGRAMME=PACK, STORE=store)
    assert "“Y坐标”" in str(err.value) and "Y坐标（米）" in str(err.value)


def test_quota_from_a_layer_with_deductions_and_after_the_pilot(pieces, tmp_path):
    """Without a store: the banked layer's area; a deduction larger than the quota is owed."""
    banked = units_of_total(sum(official_cents(p[1]) for p in PIECES), "mu", 2)
    plain = run("forestquota", INPUT=pieces, PROGRAMME=PACK, YEAR=2023)
    assert round(plain["COUNTY_QUOTA_MU"] * 100) == banked and "< 500.00亩" in plain["RULE"]
    lost = write_layer(tmp_path / "lost.gpkg", "DLTB", LATER)  # more land lost than the year banked
    owed = run("forestquota", INPUT=pieces, PROGRAMME=PACK, YEAR=2023, DEDUCTIONS=lost)
    deducted = sum(units_of_total(official_cents(p[1]), "mu", 2) for p in LATER.values())
    assert round(owed["DEDUCTED_MU"] * 100) == deducted
    assert owed["COUNTY_QUOTA_MU"] == 0 and round(owed["OWED_MU"] * 100) == deducted - banked
    lapsed = run("forestquota", INPUT=pieces, PROGRAMME=PACK, YEAR=2025)
    assert lapsed["LAPSED"] == 1 and lapsed["COUNTY_QUOTA_MU"] == 0 and "作废" in lapsed["RULE"]
    with pytest.raises(QgsProcessingException, match="2021"):
        run("forestquota", INPUT=pieces, PROGRAMME=PACK, YEAR=2021)


def test_samples_city_then_province(pieces, tmp_path):
    city = run("verificationsample", INPUT=pieces, PROGRAMME=PACK, SAMPLING="city_check", SEED=7,
               OUTPUT=str(tmp_path / "city.gpkg"), CHECKLIST=str(tmp_path / "city.xlsx"))
    cents = {bsm: official_cents(geom) for bsm, geom, _, _ in PIECES}
    ds = ogr.Open(str(tmp_path / "city.gpkg"))
    drawn = {f.GetField("BGH_BSM"): f.GetField("DRAW") for f in ds.GetLayer(0) if f.GetField("SAMPLE") == "是"}
    del ds
    got = sum(cents[b] for b in drawn)
    assert 10 * got >= 3 * sum(cents.values())
    assert got - min(cents[b] for b in drawn) < 0.3 * sum(cents.values())  # minimal
    assert city["SAMPLED_PARCELS"] == len(drawn) and sorted(drawn.values()) == list(range(1, len(drawn) + 1))
    again = run("verificationsample", INPUT=pieces, PROGRAMME=PACK, SAMPLING="city_check", SEED=7,
                OUTPUT=str(tmp_path / "again.gpkg"))
    assert again["SAMPLED"] == city["SAMPLED"]
    province = run("verificationsample", INPUT=str(tmp_path / "city.gpkg"), PROGRAMME=PACK,
                   SAMPLING="province_recheck", SEED=8, POPULATION_FIELD="SAMPLE", OUTPUT=str(tmp_path / "prov.gpkg"))
    ds = ogr.Open(str(tmp_path / "prov.gpkg"))
    rechecked = [f.GetField("BGH_BSM") for f in ds.GetLayer(0) if f.GetField("SAMPLE") == "是"]
    kept = {f.GetField("SAMPLE_PREV") for f in ds.GetLayer(0)}
    del ds
    assert set(rechecked) <= set(drawn) and kept == {"是", "否"}
    assert 100 * sum(cents[b] for b in rechecked) >= 15 * sum(cents.values())
    assert province["SAMPLED_PARCELS"] == len(rechecked) and province["SAMPLED"] >= province["TARGET"]
    checklist = sheet(tmp_path / "city.xlsx")
    assert checklist[2][:9] == [tr(t) for t in ("No.", "Parcel no.", "Township", "Area (mu)", "X", "Y",
                                                "Check result", "Checked by", "Date")]
    body = [r for r in checklist[3:] if r and isinstance(r[0], int)]
    assert len(body) == len(drawn)
    total = next(r for r in checklist if r and r[0] == "合计")
    assert round(total[3] * 100) == round(sum(r[3] for r in body) * 100) == round(city["SAMPLED"] * 100)


def test_population_too_small_is_said(pieces, tmp_path):
    """A re-check from a population that cannot reach the share says how much it lacks."""
    city = tmp_path / "city.gpkg"
    run("verificationsample", INPUT=pieces, PROGRAMME=PACK, SAMPLING="province_recheck", SEED=1,
        OUTPUT=str(city))
    ds = ogr.Open(str(city), 1)
    layer = ds.GetLayer(0)
    for f in layer:  # the smallest piece only may be drawn
        f.SetField("SAMPLE", "是" if f.GetField("TBH") == 3 else "否")
        layer.SetFeature(f)
    del layer, ds
    with pytest.raises(QgsProcessingException, match="15%"):
        run("verificationsample", INPUT=str(city), PROGRAMME=PACK, SAMPLING="province_recheck", SEED=1,
            POPULATION_FIELD="SAMPLE", OUTPUT=str(tmp_path / "p.gpkg"))


def test_provincial_bank_and_refusals_by_year_and_level(pieces, tmp_path, store):
    """入库: the province takes the county's parcels, recorded at its level; years outside the pilot
    and a lapse while it runs are refused, naming the years."""
    run("bankdeposit", INPUT=pieces, PROGRAMME=PACK, YEAR=2022, STORE=store)
    with pytest.raises(QgsProcessingException, match=re.escape(tr("Province"))):
        run("bankdeposit", INPUT=pieces, PROGRAMME=PACK, YEAR=2023, BANK=1, STORE=store)  # recorded by the county
    provincial = run("bankdeposit", INPUT=pieces, PROGRAMME=PACK, YEAR=2023, BANK=1, LEVEL=2, STORE=store)
    assert provincial["DEPOSITED"] == 4
    with pytest.raises(QgsProcessingException, match="2021") as err:
        run("bankdrawdown", PROGRAMME=PACK, YEAR=2021, PROJECT="甲", APPROVAL="甲1号", AREA_MU=1, STORE=store)
    assert "2022" in str(err.value) and "2024" in str(err.value)
    with pytest.raises(QgsProcessingException, match="2024"):
        run("banklapse", PROGRAMME=PACK, YEAR=2024, STORE=store)
    with pytest.raises(QgsProcessingException) as err:
        run("bankdrawdown", PROGRAMME=PACK, YEAR=2023, PROJECT="甲", APPROVAL="甲1号", STORE=store)
    assert tr("Give the area used (mu), or a layer of the projects' land.") in str(err.value)


def test_draw_down_from_a_layer_of_projects(pieces, tmp_path, store):
    """Projects' occupied land as polygons: one draw-down per approval number, its official area."""
    run("bankdeposit", INPUT=pieces, PROGRAMME=PACK, YEAR=2022, STORE=store)
    run("forestquota", PROGRAMME=PACK, YEAR=2022, STORE=store)
    land = write_layer(tmp_path / "projects.gpkg", "projects", {
        "P1": ("0301", PIECES[2][1], "扬眉镇", "赣林地许准〔2023〕7号"),
        "P2": ("0301", PIECES[3][1], "扬眉镇", "赣林地许准〔2023〕7号")})
    drawn = run("bankdrawdown", INPUT=land, PROJECT="某项目", APPROVAL_FIELD="BZ", PROGRAMME=PACK, YEAR=2023,
                STORE=store)
    assert drawn["PROJECTS"] == 1
    assert round(drawn["DRAWN_MU"] * 100) == units_of_total(official_cents(PIECES[2][1]) + official_cents(PIECES[3][1]),
                                                            "mu", 2)
