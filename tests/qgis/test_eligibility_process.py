"""Eligibility on the demo county: one row per parcel for every pack, the shipped model through
qgis_process.bin, the provider listing. Seeds as in test_eligibility.py."""

from __future__ import annotations

import sqlite3

import pytest
import qgis_headless
from qgis.core import QgsProcessing, QgsProcessingFeedback

pytestmark = pytest.mark.slow


def rows(path, query):
    with sqlite3.connect(path) as db:
        table = db.execute("select table_name from gpkg_contents").fetchone()[0]
        return db.execute(query.format(table=f'"{table}"')).fetchall()


def test_provider_lists_generated_algorithms_and_model(provider):
    ids = {a.id() for a in provider.algorithms()}
    assert {"landbalance:eligibility_anhui_inout", "landbalance:eligibility_lianshui_requisition",
            "landbalance:eligibility_shaanxi_measures", "landbalance:offsetoverlay_ganzhou_forest_offset",
            "landbalance:eligibility_by_township"} <= ids
    alg = provider.algorithm("eligibility_anhui_inout")
    red = alg.parameterDefinition("ECO_REDLINE")
    # the user's language only (no bilingual label pushing the "…" button off-screen); polygons only
    assert red.description() in ("生态保护红线", "Ecological red line") and red.flags() & red.FlagOptional
    assert red.dataTypes() == [QgsProcessing.TypeVectorPolygon]


def test_a_project_layer_named_for_a_role_is_preselected(provider, qgis_new_project):
    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

    red = QgsVectorLayer("MultiPolygon?crs=EPSG:4528", "生态保护红线", "memory")
    water = QgsVectorLayer("MultiPolygon?crs=EPSG:4528", "water_source_l1", "memory")
    QgsProject.instance().addMapLayers([red, water])
    alg = QgsApplication.processingRegistry().createAlgorithmById("landbalance:eligibility_anhui_inout")
    assert alg.parameterDefinition("ECO_REDLINE").defaultValue() == red.id()
    assert alg.parameterDefinition("WATER_SOURCE_L1").defaultValue() == water.id()
    assert alg.parameterDefinition("NATURE_RESERVE_CORE").defaultValue() is None


@pytest.mark.parametrize("pack, rule_set", [("anhui_inout", "in"), ("anhui_inout", "out"),
                                            ("lianshui_requisition", "supplement"),
                                            ("shaanxi_measures", "supplement")])
def test_demo_county_one_row_per_parcel(provider, demo_county, tmp_path, pack, rule_set):
    import processing

    folder, manifest = demo_county
    gpkg = folder / "county.gpkg"
    alg = provider.algorithm(f"eligibility_{pack}")
    params = {"INPUT": f"{gpkg}|layername=DLTB", "RULE_SET": rule_set, "DEM": str(folder / "dem.tif"),
              "PLAN_YEAR": 2024, "OUTPUT": str(tmp_path / "out.gpkg")}
    for p in alg.parameterDefinitions():
        if p.name().lower() in manifest["layers"]:
            params[p.name()] = f"{gpkg}|layername={p.name().lower()}"
    result = processing.run(alg, params, feedback=QgsProcessingFeedback())
    got = rows(tmp_path / "out.gpkg", "select count(*), count(distinct BSM), sum(ELIGIBLE = '是'), "
                                      "sum(NET_AREA_MU > AREA_MU + 0.005) from {table}")
    assert got[0][0] == got[0][1] == manifest["parcels"]  # one row per parcel, none dropped
    assert got[0][2] == result["ELIGIBLE_PARCELS"] and got[0][3] == 0
    assert result["REPAIRED"] >= len(manifest["defects"]["self_intersecting"])


def test_forest_offset_on_demo_county(provider, demo_county, tmp_path):
    import processing

    folder, manifest = demo_county
    gpkg = folder / "county.gpkg"
    params = {"INPUT": f"{gpkg}|layername=DLTB", "EARLIER": f"{gpkg}|layername=DLTB_2022",
              "OUTPUT": str(tmp_path / "b.gpkg")}
    result = processing.run("landbalance:offsetoverlay_ganzhou_forest_offset", params, feedback=QgsProcessingFeedback())
    restored = manifest["restored_mining"]
    after = set(restored["whole"]) | set(restored["split_forest_parts"])
    got = rows(tmp_path / "b.gpkg", "select BGH_BSM, TBH, STXF from {table} order by TBH")
    assert {r[0] for r in got} == after and result["PIECES"] == len(got)
    assert [r[1] for r in got] == list(range(1, len(got) + 1)) and {r[2] for r in got} == {"是"}


def test_model_runs_with_qgis_process(demo_county, tmp_path):
    folder, manifest = demo_county
    gpkg = folder / "county.gpkg"
    env = qgis_headless.make_home(tmp_path / "home")
    params = {"parcels": f"{gpkg}|layername=DLTB", "dem": str(folder / "dem.tif"), "plan_year": 2024,
              "eligibility:eligibility": str(tmp_path / "e.gpkg"), "areastatistics:summary": str(tmp_path / "s.gpkg")}
    for role in ("eco_redline", "water_source_l1", "nature_reserve_core", "river_lake"):
        params[role] = f"{gpkg}|layername={role}"
    qgis_headless.run(env, "landbalance:eligibility_by_township", **params)
    total = rows(tmp_path / "s.gpkg", "select sum(PARCELS), count(distinct ZLDWMC) from {table}")[0]
    assert total[0] == manifest["parcels"] and total[1] == manifest["county"]["townships"]
    verdicts = {r[0] for r in rows(tmp_path / "s.gpkg", "select distinct ELIGIBLE from {table}")}
    assert verdicts <= {"是", "否", "部分"} and "否" in verdicts
