"""Headless: the plugin's algorithms through qgis_process.bin, as a county script runs them."""

from __future__ import annotations

import sqlite3

import pytest
import qgis_headless as qgis_process
from osgeo import ogr
from reference_area import half_away, reference_area
from test_areastatistics import PARCELS, expected_tbmj, to_lonlat_wkt, write_gpkg

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    return qgis_process.make_home(tmp_path_factory.mktemp("home"))


@pytest.mark.parametrize("epsg", [4528, 4490])
def test_areastatistics_via_qgis_process(env, tmp_path, epsg):
    rows = PARCELS if epsg == 4528 else [(t, c, to_lonlat_wkt(w)) for t, c, w in PARCELS]
    source = write_gpkg(tmp_path / "in.gpkg", "DLTB", epsg, rows)
    out, summary = tmp_path / "out.gpkg", tmp_path / "summary.gpkg"
    result = qgis_process.run(env, "landbalance:areastatistics", INPUT=source, GROUP_FIELDS=["ZLDWMC", "DLBM"],
                              OUTPUT=str(out), SUMMARY=str(summary))
    results = result["results"]
    assert results["PARCELS"] == len(PARCELS)
    assert results["REPAIRED"] == 2
    ds = ogr.Open(str(out))
    layer = ds.GetLayer(0)
    got = [f.GetField("AREA_M2") for f in layer]
    assert got == pytest.approx([expected_tbmj(w) for _, _, w in PARCELS], abs=0.0100001)
    with sqlite3.connect(summary) as db:
        table = db.execute("select table_name from gpkg_contents").fetchone()[0]
        sums = db.execute(f'select count(*), sum(PARCELS), sum(AREA_M2), sum(AREA_MU) from "{table}"').fetchone()
    assert sums[1] == len(PARCELS)
    assert round(sums[2], 2) == results["TOTAL_AREA_M2"]
    assert round(sums[3], 2) == results["TOTAL_AREA_MU"]


def test_rulepacks_via_qgis_process_with_user_folder(env, tmp_path):
    from land_balance.rules.packs import BUILTIN_DIR

    text = (BUILTIN_DIR / "ganzhou_forest_offset.toml").read_text(encoding="utf-8")
    (tmp_path / "ganzhou.toml").write_text(text.replace("county_cap_mu = 500", "county_cap_mu = 400"), encoding="utf-8")
    (tmp_path / "broken.toml").write_text("[pack]\nid = 'x'\n", encoding="utf-8")
    out = tmp_path / "packs.gpkg"
    result = qgis_process.run(env, "landbalance:rulepacks", USER_PACKS=str(tmp_path), OUTPUT=str(out))
    assert result["results"]["PACKS"] == 6  # the five programmes and the county's survey parameters
    assert result["results"]["ERRORS"] == 1
    with sqlite3.connect(out) as db:
        table = db.execute("select table_name from gpkg_contents").fetchone()[0]
        cap = db.execute(f'select VALUE, ORIGIN from "{table}" where PACK = ? and KEY = ?',
                         ("ganzhou_forest_offset", "quota.county_cap_mu")).fetchone()
        refused = db.execute(f'select FILE, KEY, VALUE from "{table}" where STATUS = ?', ("refused",)).fetchone()
    assert cap[0] == "400"
    assert refused[0].endswith("broken.toml") and refused[1] == "pack.version" and "missing" in refused[2]


def test_reference_is_independent_of_plugin():
    """The reference used above is plain Python + shapely: a sanity check of one value."""
    import shapely

    square = shapely.from_wkt(to_lonlat_wkt(PARCELS[0][2]))
    assert half_away(reference_area(square)) == pytest.approx(799_900, rel=2e-4)
