"""Headless: setstatus and statusreport through qgis_process.bin (as `make demo` and a county's
scripts run them), including a refusal that leaves the store unchanged.

Rules: ../shared/seeds/000_9e49406886a189a5.txt (申请 → 核实 → 公示, 公示5个工作日).
"""

from __future__ import annotations

import pytest
import qgis_headless as qgis_process
from osgeo import gdal

from land_balance.store.geopackage import GeoPackageStore

pytestmark = pytest.mark.slow
MINING = "\"DLBM\" = '0602'"


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    return qgis_process.make_home(tmp_path_factory.mktemp("home"))


def test_setstatus_and_statusreport_via_qgis_process(env, demo_county, tmp_path):
    out, _ = demo_county
    parcels = f"{out / 'county.gpkg'}|layername=DLTB"
    store = tmp_path / "workflow.gpkg"
    common = dict(INPUT=parcels, EXPRESSION=MINING, PROGRAMME="ganzhou_forest_offset", STORE=str(store))
    moved = qgis_process.run(env, "landbalance:setstatus", STEP="申请", DATE="2026-02-10", **common)["results"]
    qgis_process.run(env, "landbalance:setstatus", STEP="verify", DATE="2026-02-11", **common)
    qgis_process.run(env, "landbalance:setstatus", STEP="notice", DATE="2026-02-12", **common)
    with pytest.raises(RuntimeError, match="not allowed"):  # skipping to 造林: refused, nothing written
        qgis_process.run(env, "landbalance:setstatus", STEP="afforest", SEEN_STEP="notice", **common)
    with pytest.raises(RuntimeError, match="as this request expects"):  # advancing parcels that are not at 确认
        qgis_process.run(env, "landbalance:setstatus", STEP="afforest", **common)
    with GeoPackageStore(store) as db:
        statuses = db.statuses("ganzhou_forest_offset")
    assert len(statuses) == moved["COUNT"] > 0
    assert {(s.step, s.due) for s in statuses} == {("notice", "2026-02-26")}  # over the 2026 Spring Festival
    report = qgis_process.run(env, "landbalance:statusreport", INPUT=parcels, PROGRAMME="ganzhou_forest_offset",
                              STORE=str(store),
                              TODAY="2026-02-27", OUTPUT=str(tmp_path / "status.gpkg"),
                              XLSX=str(tmp_path / "status.xlsx"))["results"]
    assert report["PARCELS"] == moved["COUNT"] and report["OVERDUE"] == moved["COUNT"]
    book = gdal.OpenEx(str(tmp_path / "status.xlsx"), gdal.OF_VECTOR)
    assert book is not None and book.GetLayerCount() == 2
