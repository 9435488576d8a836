"""The indicator bank algorithms through Processing (seeds 003, 004): a sequence of registrations,
draw-downs, a trade and a deduction with refusals; balances and the ledger report."""

from __future__ import annotations

import uuid

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from exports_check import sheet_rows
from ledger_data import X0, Y0, box, cents, write

SHAANXI = "shaanxi_measures"


def run(name, store, **params):
    import processing

    return processing.run(f"landbalance:{name}", {"PROGRAMME": SHAANXI, "STORE": store, "YEAR": 2024, **params})


@pytest.fixture(params=["memory", "geopackage"])
def store(request, tmp_path):
    """The journal in memory (a dry run) or in the workflow store's GeoPackage."""
    if request.param == "memory":
        return f"memory:{uuid.uuid4().hex}"
    return str(tmp_path / "项目_workflow.gpkg")


def test_sequence_with_refusals(store, tmp_path, provider):
    # 100 mu (40 paddy) at grade 5: grain 100 × 1 050 kg; 20 % to the provincial pool
    r = run("indicatorregister", store, PROJECT="610000-2023-001", NAME="某镇土地整治项目", AREA_MU=100, PADDY_MU=40,
            GRADE=5, CERTIFICATE="验〔2023〕1号", ACCEPTED="2023-06-30", YEAR=2023)
    assert (r["COUNTY_AREA_MU"], r["COUNTY_PADDY_MU"], r["COUNTY_GRAIN_KG"]) == (80, 32, 84_000)
    assert (r["PROVINCE_POOL_AREA_MU"], r["PROVINCE_POOL_GRAIN_KG"]) == (20, 21_000)
    r = run("indicatorregister", store, PROJECT="610000-2023-002", AREA_MU=50, GRAIN_KG=37_500, BANK="city", YEAR=2023)
    assert r["CITY_AREA_MU"] == 40 and r["CITY_GRAIN_KG"] == 30_000
    with pytest.raises(QgsProcessingException, match="610000-2023-001.*already registered"):
        run("indicatorregister", store, PROJECT="610000-2023-001", AREA_MU=1, GRADE=5)
    r = run("indicatordraw", store, PROJECT="工业园区", AREA_MU=90, PADDY_MU=10, GRAIN_KG=90_000)
    assert (r["COUNTY_AREA_MU"], r["CITY_AREA_MU"], r["COUNTY_GRAIN_KG"], r["CITY_GRAIN_KG"]) == (0, 30, 0, 24_000)
    with pytest.raises(QgsProcessingException, match=r"道路.*10\.00 mu.*8\.00 mu"):
        run("indicatordraw", store, PROJECT="道路", AREA_MU=40, PADDY_MU=30)  # 30 area, 22 paddy left
    with pytest.raises(QgsProcessingException, match="610000-2099-9.*not registered"):
        run("indicatordraw", store, PROJECT="x", AREA_MU=1, SOURCES="610000-2099-9")
    with pytest.raises(QgsProcessingException, match=r"85,000\.00 – 115,000\.00"):
        run("indicatortrade", store, REF="JY-1", DIRECTION="sell", COUNTERPARTY="西安市", AREA_MU=10, BANK="city",
            PRICE=115_000.01, GUIDE_PRICE=100_000)
    r = run("indicatortrade", store, REF="JY-1", DIRECTION="sell", COUNTERPARTY="西安市", AREA_MU=10, BANK="city",
            PRICE=115_000, GUIDE_PRICE=100_000)
    assert r["CITY_AREA_MU"] == 20
    with pytest.raises(QgsProcessingException, match="reason"):
        run("indicatordeduct", store, PROJECT="610000-2023-001", PADDY_MU=5, REASON=" ")
    r = run("indicatordeduct", store, PROJECT="610000-2023-001", PADDY_MU=5, REASON="新增耕地被占用无法整改")
    assert r["COUNTY_PADDY_MU"] == 17  # 32 − 10 drawn − 5 deducted
    with pytest.raises(QgsProcessingException, match="NOPE.*not registered"):
        run("indicatordeduct", store, PROJECT="NOPE", AREA_MU=1, REASON="x")

    xlsx = tmp_path / "台账.xlsx"
    r = run("indicatorledger", store, OUTPUT="TEMPORARY_OUTPUT", XLSX=str(xlsx), REPORT_DATE="2025-01-01")
    layer = r["OUTPUT"] if not isinstance(r["OUTPUT"], str) else QgsVectorLayer(r["OUTPUT"], "l", "ogr")
    rows = {(f["BANK"], f["PROJECT"]): f for f in layer.getFeatures()}
    p1 = rows[("county", "610000-2023-001")]
    assert (p1["AREA_REG_MU"], p1["AREA_DRA_MU"], p1["AREA_BAL_MU"]) == (80, 80, 0)
    assert (p1["PADDY_REG_MU"], p1["PADDY_DRA_MU"], p1["PADDY_DED_MU"], p1["PADDY_BAL_MU"]) == (32, 10, 5, 17)
    assert p1["MAINT_END"] == "" and p1["CERTIFICATE"] == "验〔2023〕1号"
    assert rows[("city", "610000-2023-002")]["AREA_TRA_MU"] == -10
    area_sheet = sheet_rows(xlsx, 0)
    total = next(row for row in area_sheet if row and row[0] == "合计")
    assert total[7:12] == [150, -10, 90, 0, 50]  # registered 100 + 50 (pool included); left: city 20, pool 30


def test_register_from_parcels_all_or_nothing(store, tmp_path, provider):
    """Two projects from their parcels; a third parcel of forest land refuses the whole batch."""
    a, b = box(X0, Y0, 200, 100), box(X0 + 300, Y0, 100, 100)
    rows = [{"BSM": "1", "XMBH": "P1", "XMMC": "一号", "DLBM": "0101", "GDDB": 6, "wkt": a},
            {"BSM": "2", "XMBH": "P2", "XMMC": "二号", "DLBM": "0103", "GDDB": 8, "wkt": b}]
    bad = write(tmp_path / "p.gpkg", "bad", rows + [{"BSM": "3", "XMBH": "P3", "DLBM": "0301", "GDDB": 8,
                                                     "wkt": box(X0, Y0 + 300, 10, 10)}])
    with pytest.raises(QgsProcessingException, match="3.*0301.*not cultivated land"):
        run("indicatorregister", store, INPUT=bad)
    good = write(tmp_path / "p.gpkg", "good", rows)
    r = run("indicatorregister", store, INPUT=good)
    assert r["COUNT"] == 2
    area = (cents(a) + cents(b)) * 3 / 2000  # hundredths of a mu, exact
    grain_a = cents(a) * 15 / 1_000_000 * 950  # grade 6 → 950 kg/mu
    grain_b = cents(b) * 15 / 1_000_000 * 750
    county = r["COUNTY_AREA_MU"] * 100 + r["PROVINCE_POOL_AREA_MU"] * 100
    assert county == pytest.approx(round(cents(a) * 3 / 2000) + round(cents(b) * 3 / 2000), abs=1.01)
    assert county == pytest.approx(area, abs=2)
    assert r["COUNTY_GRAIN_KG"] + r["PROVINCE_POOL_GRAIN_KG"] == pytest.approx(round(grain_a) + round(grain_b), abs=1)
    assert r["COUNTY_PADDY_MU"] + r["PROVINCE_POOL_PADDY_MU"] == pytest.approx(cents(a) * 3 / 200_000, abs=0.011)


def test_draw_from_a_layer_and_the_use_order(store, tmp_path, provider):
    run("indicatorregister", store, PROJECT="C1", AREA_MU=10, GRAIN_KG=1000, BANK="county")
    run("indicatorregister", store, PROJECT="M1", AREA_MU=100, GRAIN_KG=100_000, BANK="city")
    occupied = write(tmp_path / "o.gpkg", "o", [{"BSM": "9", "XMMC": "某园区", "DLBM": "0103", "GDDB": 9,
                                                 "wkt": box(X0, Y0, 100, 100)}])  # 15 mu at 650 kg/mu
    r = run("indicatordraw", store, INPUT=occupied)
    assert r["COUNTY_AREA_MU"] == 0  # the county bank first …
    assert r["CITY_AREA_MU"] == pytest.approx(80 - (15 - 8) + 0, abs=0.02)  # … then the city (pool took 20 %)


def test_store_problems_are_explained(provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="save the project"):  # no store, no project, no layer
        run("indicatorregister", "", PROJECT="X", AREA_MU=1, GRAIN_KG=1)
    text = tmp_path / "台账.gpkg"
    text.write_text("备案号,面积\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="not a GeoPackage: it is a text file. It was not changed"):
        run("indicatorregister", str(text), PROJECT="X", AREA_MU=1, GRAIN_KG=1)
    with pytest.raises(QgsProcessingException, match="no status store at"):  # a report makes no store
        run("indicatorledger", str(tmp_path / "absent.gpkg"), OUTPUT="TEMPORARY_OUTPUT")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["台账.gpkg"]
