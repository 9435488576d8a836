"""landbalance:townshipprogress and landbalance:subsidyschedule through Processing
(seed 003_33b11e000febcf0b.txt 二, 五(一)(三)(四)). Areas and money recomputed independently:
official areas by tests/reference_area.py, money as exact fractions of the cents."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from exports_check import sheet_rows
from ledger_data import X0, Y0, box, cents, mu, write

LIANSHUI = "lianshui_requisition"
# 30 mu = 20 000 m²: a 200 m × 100 m box is close to it (its official area differs slightly).
A = box(X0, Y0, 200, 100)
B = box(X0 + 300, Y0, 150, 100)
THIRD = box(X0 + 600, Y0, 20, 11.1111)  # ≈ 222.22 m² ≈ 1/3 mu


def run(name, **params):
    import processing

    return processing.run(f"landbalance:{name}", {"PROGRAMME": LIANSHUI, "OUTPUT": "TEMPORARY_OUTPUT", **params})


def rows(result):
    layer = result["OUTPUT"]
    layer = QgsVectorLayer(layer, "t", "ogr") if isinstance(layer, str) else layer
    return [dict(zip(layer.fields().names(), f.attributes())) for f in layer.getFeatures()]


def fen(cents_value, rate_yuan) -> Fraction:
    """Exact yuan of an area in cents of m² at a rate per mu, in fen."""
    return Fraction(cents_value * 15, 1_000_000) * rate_yuan * 100


def nearest(value: Fraction) -> int:
    return int(value + Fraction(1, 2))


def test_progress_from_an_acceptance_year_field(tmp_path, provider):
    layer = write(tmp_path / "p.gpkg", "XZGD", [
        {"BSM": "1", "ZLDWMC": "南集镇", "YSNF": 2023, "wkt": A},
        {"BSM": "2", "ZLDWMC": "南集镇", "YSNF": 2024, "wkt": B},
        {"BSM": "3", "ZLDWMC": "涟城街道", "YSNF": None, "wkt": THIRD},  # not accepted yet
        {"BSM": "4", "ZLDWMC": "高沟镇", "YSNF": 2023, "wkt": box(X0, Y0 + 500, 400, 300)}])
    xlsx, chart = tmp_path / "进度.xlsx", tmp_path / "进度.png"
    result = run("townshipprogress", INPUT=layer, YEAR_FIELD="YSNF", XLSX=str(xlsx), CHART=str(chart))
    assert result["TARGET_MU"] == 3000
    table = {(r["TOWNSHIP"], r["YEAR"]): r for r in rows(result)}
    # townships foot to the year's rounded total (largest remainder): each within 0.01 mu of its own
    nanji, gaogou = cents(A), cents(box(X0, Y0 + 500, 400, 300))  # ≈ 30 and 180 mu in 2023
    assert table[("合计", 2023)]["ACHIEVED_MU"] == mu(nanji + gaogou)
    assert table[("南集", 2023)]["ACHIEVED_MU"] + table[("高沟", 2023)]["ACHIEVED_MU"] == pytest.approx(
        mu(nanji + gaogou), abs=1e-9)
    assert table[("南集", 2023)]["ACHIEVED_MU"] == pytest.approx(mu(nanji), abs=0.0101)
    assert table[("南集", 2023)]["TARGET_MU"] == 30 and table[("南集", 2024)]["TARGET_MU"] == 50
    assert table[("高沟", 2023)]["ACHIEVED_MU"] == pytest.approx(mu(gaogou), abs=0.0101)
    assert table[("高沟", 2023)]["MET"] == "是" and table[("高沟", 2023)]["GAP_MU"] == 0
    assert table[("合计", 2023)]["TARGET_MU"] == 600 and table[("合计", 2024)]["TARGET_MU"] == 1500
    assert table[("合计", 2025)]["TARGET_MU"] == 900 and table[("合计", 0)]["TARGET_MU"] == 3000
    assert table[("涟城", 0)]["ACHIEVED_MU"] == 0
    body = sheet_rows(xlsx, 0)
    total = next(r for r in body if r and r[0] == "合计")
    assert total[2:6:1][0] == 600 and chart.exists()


def test_progress_top_three_through_a_year(tmp_path, provider):
    layer = write(tmp_path / "p.gpkg", "XZGD", [
        {"BSM": "1", "ZLDWMC": "南集镇", "YSNF": 2023, "wkt": box(X0, Y0, 200, 101)},   # ≈ 30.3 of 30 mu
        {"BSM": "2", "ZLDWMC": "黄营镇", "YSNF": 2023, "wkt": box(X0, Y0 + 300, 400, 100)},  # ≈ 60 of 40
        {"BSM": "3", "ZLDWMC": "唐集镇", "YSNF": 2023, "wkt": box(X0, Y0 + 600, 100, 100)}])  # 15 of 30
    result = run("townshipprogress", INPUT=layer, YEAR_FIELD="YSNF", THROUGH_YEAR=2023)
    assert result["TOP"] == "黄营、南集" and result["TARGET_MU"] == 600


def test_progress_from_the_workflow_store(tmp_path, provider):
    """Parcels entered in the supervision system (录入监管系统) count from that year; earlier steps do not."""
    from land_balance.rules.packs import load_packs
    from land_balance.rules.workflow import Workflow
    from land_balance.store.base import Request
    from land_balance.store.geopackage import GeoPackageStore

    layer = write(tmp_path / "p.gpkg", "XZGD", [{"BSM": "1", "ZLDWMC": "南集镇", "wkt": A},
                                                {"BSM": "2", "ZLDWMC": "南集镇", "wkt": B}])
    flow = Workflow.from_pack(load_packs().get(LIANSHUI))
    store_path = tmp_path / "workflow.gpkg"
    with GeoPackageStore(store_path) as store:
        for k, step in enumerate(flow.step_ids[:6]):
            ids = ["1", "2"] if k < 5 else ["1"]
            level = "city" if step in ("project_approval", "city_acceptance") else "county"
            seen = flow.step_ids[k - 1] if k else None
            store.apply(flow, [Request.advance(i, seen, step) for i in ids], level=level,
                        today=dt.date(2024, 1 + k, 1))
    result = run("townshipprogress", INPUT=layer, STORE=str(store_path))
    table = {(r["TOWNSHIP"], r["YEAR"]): r for r in rows(result)}
    assert table[("南集", 2024)]["ACHIEVED_MU"] == mu(cents(A)) and table[("南集", 2023)]["ACHIEVED_MU"] == 0


def test_progress_township_missing_from_the_table(tmp_path, provider):
    layer = write(tmp_path / "p.gpkg", "XZGD", [{"BSM": "320826X", "ZLDWMC": "某某镇", "YSNF": 2023, "wkt": A}])
    with pytest.raises(QgsProcessingException, match="320826X.*某某镇.*ZLDWMC"):
        run("townshipprogress", INPUT=layer, YEAR_FIELD="YSNF", OUTPUT=str(tmp_path / "t.gpkg"))
    assert not (tmp_path / "t.gpkg").exists()


def test_subsidy_to_the_fen(tmp_path, provider):
    """Project P1: A as paddy and a 1/3-mu dry parcel, reached 市级验收 (two stages paid); project P2:
    B dry, just approved (start-up money), later half occupied: B itself flagged occupied."""
    layer = write(tmp_path / "s.gpkg", "XZGD", [
        {"BSM": "1", "XMBH": "P1", "XMMC": "一号项目", "ZLDWMC": "南集镇", "DLBM": "0101", "HJ": "市级验收", "wkt": A},
        {"BSM": "2", "XMBH": "P1", "XMMC": "一号项目", "ZLDWMC": "南集镇", "DLBM": "0103", "HJ": "city_acceptance",
         "wkt": THIRD},
        {"BSM": "3", "XMBH": "P2", "XMMC": "二号项目", "ZLDWMC": "高沟镇", "DLBM": "0103", "HJ": "works", "ZY": "是",
         "wkt": B}])
    xlsx = tmp_path / "补助.xlsx"
    result = run("subsidyschedule", INPUT=layer, STEP_FIELD="HJ", NAME_FIELD="XMMC", TOWNSHIP_FIELD="ZLDWMC",
                 OCCUPIED_FIELD="ZY", XLSX=str(xlsx))
    a, third, b = cents(A), cents(THIRD), cents(B)
    p1_total = nearest(fen(a, 100_000) + fen(third, 50_000))
    p1_stage1 = nearest(fen(a, 20_000) + fen(third, 10_000))
    p1_stage2 = nearest(fen(a, 60_000) + fen(third, 20_000))
    table = {r["PROJECT"]: r for r in rows(result)}
    p1 = table["P1"]
    assert round(p1["STAGE1_YUAN"] * 100) == p1_stage1 and round(p1["STAGE2_YUAN"] * 100) == p1_stage2
    assert round(p1["STAGE3_YUAN"] * 100) == p1_total - p1_stage1 - p1_stage2
    assert round(p1["TOTAL_YUAN"] * 100) == p1_total and round(p1["PAID_YUAN"] * 100) == p1_stage1 + p1_stage2
    p2 = table["P2"]
    assert round(p2["PAID_YUAN"] * 100) == nearest(fen(b, 10_000))
    assert round(p2["CLAWBACK_YUAN"] * 100) == nearest(fen(b, 10_000))
    assert p2["OCC_DRY_MU"] == mu(b) and p2["STEP"] in ("项目实施", "Works")
    assert result["PROJECTS"] == 2
    assert round(result["TOTAL_YUAN"] * 100) == p1_total + nearest(fen(b, 50_000))
    total = next(r for r in sheet_rows(xlsx, 0) if r and r[0] == "合计")
    assert round(total[6 + 3] * 100) == p1_total + nearest(fen(b, 50_000))  # 补助合计 after the three stages


def test_subsidy_of_a_third_of_a_mu_alone(tmp_path, provider):
    layer = write(tmp_path / "s.gpkg", "XZGD", [{"BSM": "1", "XMBH": "P", "DLBM": "0103", "HJ": "录入监管系统",
                                                "wkt": THIRD}])
    result = run("subsidyschedule", INPUT=layer, STEP_FIELD="HJ")
    (row,) = rows(result)
    expected = nearest(fen(cents(THIRD), 50_000))
    assert round(row["TOTAL_YUAN"] * 100) == expected and round(row["DUE_YUAN"] * 100) == 0
    assert round((row["STAGE1_YUAN"] + row["STAGE2_YUAN"] + row["STAGE3_YUAN"]) * 100) == expected


@pytest.mark.parametrize("field, value, message", [
    ("HJ", "已完工", "P9.*已完工.*HJ"), ("DLBM", "0301", "0301.*neither dry land"), ("XMBH", None, "no project")])
def test_subsidy_bad_input(tmp_path, provider, field, value, message):
    row = {"BSM": "P9", "XMBH": "P", "DLBM": "0103", "HJ": "works", "wkt": A}
    row[field] = value
    layer = write(tmp_path / "s.gpkg", "XZGD", [row])
    with pytest.raises(QgsProcessingException, match=message):
        run("subsidyschedule", INPUT=layer, STEP_FIELD="HJ", XLSX=str(tmp_path / "x.xlsx"))
    assert not (tmp_path / "x.xlsx").exists()
