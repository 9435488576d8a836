"""A GeoPackage output's spatial index taken over from its source (processing/gpkg_rtree.py)
is the index GDAL builds itself.

Each algorithm writing a bulk GeoPackage copy runs twice on the same source: as it runs
(the source's R-tree copied) and with the source's index ignored (GDAL builds the output's
index: the general path). Compared: every row (fid, fields, geometry), the database schema,
the gpkg_extensions rows, every index entry, and the answers of QGIS spatial requests on
random rectangles (also against a brute-force scan); rtreecheck, integrity_check and GDAL's
HasSpatialIndex on both. The source has deleted features (fids with gaps), empty and null
geometries and geometries the algorithm repairs after the copy (their index entries follow
through GDAL's triggers). A source without index, a stale source index and a shapefile take
the general path and give the same output.
"""

from __future__ import annotations

import contextlib
import sqlite3

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsFeatureRequest, QgsGeometry, QgsProcessingFeedback, QgsRectangle, QgsVectorLayer

X0, Y0 = 40_500_000.0, 3_740_000.0  # EPSG:4528
COLUMNS, ROWS = 24, 15
DELETED = (3, 17, 18, 19, 100, 200, ROWS * COLUMNS)  # fids removed after the layer was made
BOW_TIE, SPIKE, EMPTY, NULL = 7, 30, 41, 52  # fids of the odd geometries

ALGORITHMS = [
    ("landbalance:areastatistics", {"GROUP_FIELDS": ["ZLDWMC"], "CLASS_FIELD": "DLBM", "SUMMARY": "memory:"}),
    ("landbalance:eligibility_lianshui_requisition", {"RULE_SET": "supplement", "PLAN_YEAR": 2024}),
]


def ring(points) -> str:
    return "(" + ",".join(f"{X0 + x:.3f} {Y0 + y:.3f}" for x, y in list(points) + [points[0]]) + ")"


def parcel_wkt(fid: int, rng) -> str | None:
    row, column = divmod(fid - 1, COLUMNS)
    x, y = column * 100.0, row * 80.0
    if fid == NULL:
        return None
    if fid == EMPTY:
        return "MULTIPOLYGON EMPTY"
    if fid == BOW_TIE:
        return f"MULTIPOLYGON(({ring([(x, y), (x + 90, y + 70), (x + 90, y), (x, y + 70)])}))"
    if fid == SPIKE:  # a spike above the square: the repaired parcel's box is 60 m lower
        return f"MULTIPOLYGON(({ring([(x, y), (x + 90, y), (x + 90, y + 70), (x + 45, y + 70), (x + 45, y + 130), (x + 45, y + 70), (x, y + 70)])}))"  # noqa: E501
    dx, dy = rng.uniform(-8, 8, 4), rng.uniform(-8, 8, 4)
    corners = [(x + 5 + dx[0], y + 5 + dy[0]), (x + 95 + dx[1], y + 5 + dy[1]),
               (x + 95 + dx[2], y + 75 + dy[2]), (x + 5 + dx[3], y + 75 + dy[3])]
    return f"MULTIPOLYGON(({ring(corners)}))"


def write_source(path, spatial_index: bool = True) -> str:
    """A county layer made and then edited as a county would: features deleted afterwards."""
    rng = np.random.default_rng(20240607)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4528)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("DLTB", srs, ogr.wkbMultiPolygon,
                           options=[f"SPATIAL_INDEX={'YES' if spatial_index else 'NO'}"])
    for name in ("BSM", "DLBM", "ZLDWMC"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for fid in range(1, ROWS * COLUMNS + 1):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("BSM", f"B{fid:05d}")
        feature.SetField("DLBM", ("0101", "0301", "0404", "1104")[fid % 4])
        feature.SetField("ZLDWMC", ("南集镇", "黄营镇", "高沟镇")[fid % 3])
        wkt = parcel_wkt(fid, rng)
        if wkt is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    ds = None  # GDAL builds the index on close
    ds = ogr.Open(str(path), 1)
    layer = ds.GetLayer(0)
    for fid in DELETED:
        layer.DeleteFeature(fid)
    ds = None
    return f"{path}|layername=DLTB"


@pytest.fixture(params=[False, True], ids=["gdal_errors", "gdal_exceptions"])
def gdal_mode(request):
    """GDAL's Python bindings as QGIS leaves them, and with exceptions on (another plugin, or
    a script, may switch them on for the whole session)."""
    modules = (gdal, ogr, osr)
    before = [module.GetUseExceptions() for module in modules]
    _exceptions_off(modules)
    if request.param:
        gdal.UseExceptions()
    yield request.param
    _exceptions_off(modules)
    for module, on in zip(modules, before):
        if on:
            module.UseExceptions()


def _exceptions_off(modules):
    """GDAL lets the bindings switch exceptions off only in the reverse order they were switched on."""
    for _ in modules:
        for module in modules:
            if module.GetUseExceptions():
                with contextlib.suppress(RuntimeError):
                    module.DontUseExceptions()
    assert not any(module.GetUseExceptions() for module in modules)


@pytest.fixture()
def spy(monkeypatch):
    """Records whether each run took the source's index; ``spy.general = True`` makes the
    runs ignore the source's index (GDAL builds the output's)."""
    from land_balance.processing import bulk

    class Spy:
        general = False
        taken = []

    has_rtree, copy_index = bulk.has_rtree, bulk.copy_index

    def recorded(*args):
        done = copy_index(*args)
        Spy.taken.append(done)
        return done

    monkeypatch.setattr(bulk, "has_rtree", lambda ds, layer: not Spy.general and has_rtree(ds, layer))
    monkeypatch.setattr(bulk, "copy_index", recorded)
    Spy.taken = []
    return Spy


def run(algorithm, params, source, out):
    import processing

    processing.run(algorithm, {**params, "INPUT": source, "OUTPUT": str(out)}, feedback=QgsProcessingFeedback())
    return out


def both(spy, tmp_path, algorithm, params, source):
    """(taken over, built by GDAL) outputs of one algorithm on one source."""
    for folder in ("fast", "general"):  # the same file name: the same table and index names
        (tmp_path / folder).mkdir()
    fast = run(algorithm, params, source, tmp_path / "fast" / "out.gpkg")
    spy.general = True
    general = run(algorithm, params, source, tmp_path / "general" / "out.gpkg")
    spy.general = False
    return fast, general


def rows(path) -> dict:
    """fid → (fields, ISO WKB or None) of every row."""
    ds = ogr.Open(str(path))
    out = {}
    for feature in ds.GetLayer(0):
        geometry = feature.GetGeometryRef()
        out[feature.GetFID()] = (feature.items(), None if geometry is None else bytes(geometry.ExportToIsoWkb()))
    return out


def database(path) -> dict:
    """What else two outputs must share: schema, extensions, index entries, SQLite's checks."""
    with sqlite3.connect(path) as db:
        table, column = db.execute("SELECT table_name, column_name FROM gpkg_geometry_columns").fetchone()
        rtree = f"rtree_{table}_{column}"
        out = {
            "schema": sorted(db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall(),
                             key=str),
            "extensions": db.execute("SELECT * FROM gpkg_extensions ORDER BY 1, 2, 3").fetchall(),
            "entries": db.execute(f'SELECT * FROM "{rtree}" ORDER BY id').fetchall(),
            "rtreecheck": db.execute("SELECT rtreecheck(?)", (rtree,)).fetchone()[0],
            "integrity": db.execute("PRAGMA integrity_check").fetchall(),
        }
    db.close()
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    result = ds.ExecuteSQL(f"SELECT HasSpatialIndex('{table}', '{column}')")
    out["gdal_index"] = result.GetNextFeature().GetField(0)
    ds.ReleaseResultSet(result)
    return out


def assert_sound(facts: dict, count: int) -> None:
    assert facts["rtreecheck"] == "ok"
    assert facts["integrity"] == [("ok",)]
    assert facts["gdal_index"] == 1
    assert len(facts["entries"]) == count


def requests(path, seed=7, rounds=40) -> list:
    """fids QGIS returns for random rectangles: through the index, and by a full scan."""
    layer = QgsVectorLayer(f"{path}", "out", "ogr")
    assert layer.isValid()
    scan = {f.id(): QgsGeometry(f.geometry()) for f in layer.getFeatures()}
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(rounds):
        x, y = X0 + rng.uniform(-200, COLUMNS * 100), Y0 + rng.uniform(-200, ROWS * 80)
        rect = QgsRectangle(x, y, x + rng.uniform(1, 600), y + rng.uniform(1, 500))
        request = QgsFeatureRequest().setFilterRect(rect).setFlags(QgsFeatureRequest.ExactIntersect)
        found = sorted(f.id() for f in layer.getFeatures(request))
        truth = sorted(fid for fid, g in scan.items() if not g.isEmpty() and g.intersects(rect))
        assert found == truth
        boxes = sorted(f.id() for f in layer.getFeatures(QgsFeatureRequest().setFilterRect(rect)))
        out.append((found, boxes))
    return out


def indexed(n_source=ROWS * COLUMNS) -> int:
    """Rows with a non-empty geometry once the deleted ones are gone."""
    return n_source - len(DELETED) - 2


@pytest.mark.parametrize("algorithm, params", ALGORITHMS)
def test_the_taken_over_index_is_the_index_gdal_builds(provider, tmp_path, gdal_mode, spy, algorithm, params):
    folder = tmp_path / "涟水 county's data"  # a path SQL must quote, in the user's script
    folder.mkdir()
    source = write_source(folder / "county.gpkg")
    fast, general = both(spy, tmp_path, algorithm, params, source)
    assert spy.taken == [True]  # the first run took the source's index, the second did not try
    fast_rows, general_rows = rows(fast), rows(general)
    assert fast_rows == general_rows
    assert set(fast_rows) == set(range(1, ROWS * COLUMNS + 1)) - set(DELETED)  # the source's fids
    fast_db, general_db = database(fast), database(general)
    assert fast_db == general_db
    assert_sound(fast_db, indexed())
    assert requests(fast) == requests(general)


def test_the_outputs_keep_the_source_fids_as_the_general_writer_does(provider, tmp_path, spy):
    """QGIS's own writer (the source read feature by feature) keeps a GeoPackage's fids too."""
    from qgis.core import QgsProcessingFeatureSourceDefinition

    algorithm, params = ALGORITHMS[0]
    source = write_source(tmp_path / "county.gpkg")
    fast = run(algorithm, params, source, tmp_path / "fast.gpkg")
    slow = run(algorithm, params, QgsProcessingFeatureSourceDefinition(source, False, 10**9), tmp_path / "slow.gpkg")
    assert set(rows(fast)) == set(rows(slow))


def test_repaired_geometries_are_found_at_their_new_extent(provider, tmp_path, spy):
    algorithm, params = ALGORITHMS[0]
    out = run(algorithm, params, write_source(tmp_path / "county.gpkg"), tmp_path / "fast.gpkg")
    assert spy.taken == [True]
    layer = QgsVectorLayer(str(out), "out", "ogr")
    spike = layer.getFeature(SPIKE).geometry().boundingBox()
    row, column = divmod(SPIKE - 1, COLUMNS)
    assert spike.yMaximum() < Y0 + row * 80 + 71  # repaired: the spike is gone
    above = QgsRectangle(X0 + column * 100 + 40, Y0 + row * 80 + 90, X0 + column * 100 + 50, Y0 + row * 80 + 125)
    assert SPIKE not in {f.id() for f in layer.getFeatures(QgsFeatureRequest().setFilterRect(above))}
    assert SPIKE in {f.id() for f in layer.getFeatures(QgsFeatureRequest().setFilterRect(spike))}
    bow_tie = layer.getFeature(BOW_TIE).geometry()
    assert bow_tie.isGeosValid() and bow_tie.constGet().numGeometries() == 2
    assert BOW_TIE in {f.id() for f in layer.getFeatures(QgsFeatureRequest().setFilterRect(bow_tie.boundingBox()))}
    with sqlite3.connect(out) as db:
        (maxy,), = db.execute("SELECT maxy FROM rtree_fast_geom WHERE id = ?", (SPIKE,)).fetchall()
    assert spike.yMaximum() <= maxy < spike.yMaximum() + 8  # float32 steps are 4 m here


def test_a_source_without_index_gets_one_from_gdal(provider, tmp_path, gdal_mode, spy):
    algorithm, params = ALGORITHMS[0]
    indexed_source = write_source(tmp_path / "indexed.gpkg")
    plain = write_source(tmp_path / "plain.gpkg", spatial_index=False)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with_index = run(algorithm, params, indexed_source, tmp_path / "a" / "out.gpkg")
    without = run(algorithm, params, plain, tmp_path / "b" / "out.gpkg")
    assert spy.taken == [True]  # only the indexed source was taken over
    assert rows(with_index) == rows(without)
    assert database(with_index) == database(without)
    assert_sound(database(without), indexed())


@pytest.mark.parametrize("stale", [
    "DELETE FROM rtree_DLTB_geom WHERE id = 11",                          # an entry missing
    "UPDATE rtree_DLTB_geom SET minx = minx - 500, maxx = maxx - 500 WHERE id = 12",  # a box moved
    "UPDATE rtree_DLTB_geom SET maxy = maxy + 30 WHERE id = 13",           # a box too large
])
def test_a_stale_source_index_is_not_taken(provider, tmp_path, gdal_mode, spy, stale):
    """A program that edited the source past GDAL's triggers left its index stale: GDAL
    builds the output's index instead, the output is the same as from a sound source."""
    algorithm, params = ALGORITHMS[0]
    sound = write_source(tmp_path / "sound.gpkg")
    path = tmp_path / "stale.gpkg"
    source = write_source(path)
    with sqlite3.connect(path) as db:
        db.execute(stale)
    db.close()
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    want = run(algorithm, params, sound, tmp_path / "a" / "out.gpkg")
    got = run(algorithm, params, source, tmp_path / "b" / "out.gpkg")
    assert spy.taken == [True, False]
    assert rows(got) == rows(want)
    assert database(got) == database(want)
    assert_sound(database(got), indexed())


def test_a_shapefile_source_is_indexed_by_gdal(provider, tmp_path, gdal_mode, spy):
    algorithm, params = ALGORITHMS[0]
    source = write_source(tmp_path / "county.gpkg")
    shp = tmp_path / "DLTB.shp"
    gdal.VectorTranslate(str(shp), str(tmp_path / "county.gpkg"), layers=["DLTB"])
    out = run(algorithm, params, str(shp), tmp_path / "shp.gpkg")
    assert spy.taken == []
    got = rows(out)
    assert sorted(got) == list(range(1, len(got) + 1))  # renumbered 1…n in read order
    want = rows(run(algorithm, params, source, tmp_path / "shp_from_gpkg.gpkg"))
    assert [r[0]["BSM"] for r in got.values()] == [r[0]["BSM"] for r in want.values()]
    facts = database(out)
    assert facts["rtreecheck"] == "ok" and facts["integrity"] == [("ok",)] and facts["gdal_index"] == 1
    assert len(facts["entries"]) == indexed()
