"""The parcel reader's two paths give the same parcels and the algorithms the same outputs.

A whole GeoPackage or shapefile layer is read as columns (GDAL's Arrow stream,
processing/bulk.py) and a GeoPackage output is copied by GDAL; anything else (here: the same
layer through a QgsProcessingFeatureSourceDefinition with a feature limit, which the bulk
path refuses) goes feature by feature through QGIS. Compared: the parcels read (fids,
attributes, keys, repairs, empties, vertices, official areas), and the outputs of
areastatistics and eligibility field for field and TBMJ for TBMJ, on a hand-made layer with
invalid, empty, null, curved, holed and multipart geometries and on the demo county; tbmj()
gives every parcel's areastatistics TBMJ. A cancelled run leaves no output file.
"""

from __future__ import annotations

import datetime
import sqlite3

import numpy as np
import pytest
from osgeo import ogr, osr
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from gbk import write_gbk_shapefile

X0, Y0 = 40_500_000.0, 3_740_000.0  # EPSG:4528


def ring(*points):
    return "(" + ",".join(f"{X0 + x} {Y0 + y}" for x, y in points + (points[0],)) + ")"


# (BSM, DLBM, ZLDWMC, N, R, D, WKT): every kind of geometry a county's layer holds.
ROWS = [
    ("B01", "0101", "南集镇", 1, 1.5, "2023/05/01", f"POLYGON({ring((0, 0), (100, 0), (100, 80), (0, 80))})"),
    ("B02", "0103", "南集镇", None, None, None,  # a hole
     f"POLYGON({ring((200, 0), (400, 0), (400, 200), (200, 200))},{ring((250, 50), (300, 50), (300, 100))})"),
    ("B03", "0301", "黄营镇", 3, 2.25, None,  # two parts
     f"MULTIPOLYGON(({ring((0, 300), (50, 300), (50, 350))}),({ring((100, 300), (150, 300), (150, 360))}))"),
    ("B04", "0602", "黄营镇", 4, None, "2024/01/31",  # a bow-tie: repaired
     f"POLYGON({ring((500, 0), (600, 100), (600, 0), (500, 100))})"),
    ("B05", "1104", None, 5, 0.0, None, None),  # no geometry
    ("B06", "1104", "涟城街道", 6, 3.0, None, "POLYGON EMPTY"),
    ("B07", "0404", "涟城街道", 7, 4.0, None,  # curved
     f"CURVEPOLYGON(CIRCULARSTRING({X0 + 700} {Y0},{X0 + 760} {Y0 + 60},{X0 + 700} {Y0 + 120},"
     f"{X0 + 640} {Y0 + 60},{X0 + 700} {Y0}))"),
    ("B08", "0702", "涟城街道", 8, 5.0, None,  # an L: not star-shaped from its vertex mean, valid
     f"POLYGON({ring((800, 0), (1000, 0), (1000, 20), (820, 20), (820, 200), (800, 200))})"),
    ("B09", "0101", "高沟镇", 9, 6.0, None,  # a repeated vertex: valid, GEOS decides
     f"POLYGON({ring((1100, 0), (1200, 0), (1200, 0), (1200, 90), (1100, 90))})"),
    ("B10", "0101", "高沟镇", 10, 7.0, None,  # a self-touching ring (a spike): repaired
     f"POLYGON({ring((1300, 0), (1400, 0), (1400, 100), (1350, 100), (1350, 150), (1350, 100), (1300, 100))})"),
]


def write_county(path, epsg=4528):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    source = osr.SpatialReference()
    source.ImportFromEPSG(4528)
    source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_layer = osr.CoordinateTransformation(source, srs)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("DLTB", srs, ogr.wkbMultiPolygon)
    for name, kind in (("BSM", ogr.OFTString), ("DLBM", ogr.OFTString), ("ZLDWMC", ogr.OFTString),
                       ("N", ogr.OFTInteger), ("R", ogr.OFTReal), ("D", ogr.OFTDate)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for *values, wkt in ROWS:
        feature = ogr.Feature(layer.GetLayerDefn())
        for index, value in enumerate(values):
            if value is not None:
                feature.SetField(index, value)
        if wkt:
            geometry = ogr.CreateGeometryFromWkt(wkt)
            if geometry.GetGeometryType() == ogr.wkbPolygon:
                geometry = ogr.ForceToMultiPolygon(geometry)
            if epsg != 4528:
                geometry.Transform(to_layer)
            feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
    ds = None
    return f"{path}|layername=DLTB"


def general(uri):
    """The same whole layer, but through a definition the bulk path does not take."""
    return QgsProcessingFeatureSourceDefinition(uri, False, 10**9)


def read_both(uri, fields, key_field=""):
    from land_balance.processing.bulk import ogr_layer
    from land_balance.processing.parcels import read_parcels
    from land_balance.processing.source_encoding import fix_layer_encoding

    layer = QgsVectorLayer(uri, "DLTB", "ogr")
    fix_layer_encoding(layer)
    context = QgsProcessingContext()
    out = []
    for bulk in (ogr_layer(layer, uri), None):
        source = QgsProcessingFeatureSource(layer, context)
        source.ogr_layer = bulk
        out.append(read_parcels(source, context, QgsProcessingFeedback(), "DLTB", fields, key_field=key_field))
    fast, slow = out
    assert fast.columnar and not slow.columnar
    return fast, slow, context


def assert_same_parcels(fast, slow, context):
    assert fast.fids == slow.fids
    for name in fast.fields:
        assert fast.column(name) == slow.column(name), name
    assert fast.keys == slow.keys
    assert fast.repaired == slow.repaired and fast.empty == slow.empty
    a, b = fast.vertex_arrays(), slow.vertex_arrays()
    for part in ("coords", "ring_offsets", "part_offsets", "geom_offsets"):
        assert np.array_equal(getattr(a, part), getattr(b, part)), part
    assert np.array_equal(fast.official_m2(context), slow.official_m2(context))
    for row in range(len(fast)):
        assert fast.geometries[row].asWkb() == slow.geometries[row].asWkb(), row


@pytest.mark.parametrize("epsg", [4528, 4490])
def test_both_paths_read_the_same_parcels(qgis_app, tmp_path, epsg):
    uri = write_county(tmp_path / "county.gpkg", epsg)
    fast, slow, context = read_both(uri, ["BSM", "ZLDWMC", "N", "R", "D"], key_field="BSM")
    assert_same_parcels(fast, slow, context)
    labels = fast.labels(fast.repaired)
    assert labels == ["B04", "B10"] and fast.labels(fast.empty) == ["B05", "B06"]
    assert fast.column("D")[0] == datetime.date(2023, 5, 1) and fast.column("N")[1] is None


def test_both_paths_read_a_gbk_shapefile_alike(qgis_app, tmp_path):
    rows = [(town, wkt) for _, _, town, _, _, _, wkt in ROWS if wkt and town and "CURVE" not in wkt
            and "EMPTY" not in wkt]
    shp = write_gbk_shapefile(tmp_path / "DLTB.shp", rows)
    fast, slow, context = read_both(str(shp), ["ZLDWMC"])
    assert_same_parcels(fast, slow, context)
    assert fast.column("ZLDWMC")[0] == "南集镇"


def both_outputs(provider, tmp_path, algorithm, params, uri):
    import processing

    outputs = []
    for label, source in (("fast", uri), ("slow", general(uri))):
        out = tmp_path / f"{label}.gpkg"
        result = processing.run(algorithm, {**params, "INPUT": source, "OUTPUT": str(out)},
                                feedback=QgsProcessingFeedback())
        outputs.append((result, rows_of(out)))
    return outputs


def rows_of(path):
    """Every row of a GeoPackage output: its fields by name and its geometry (ISO WKB; None
    for none — QGIS's writer stores a parcel without geometry as an empty one, GDAL's copy
    keeps it NULL)."""
    ds = ogr.Open(str(path))
    layer = ds.GetLayer(0)
    out = []
    for feature in layer:
        geometry = feature.GetGeometryRef()
        empty = geometry is None or geometry.IsEmpty()
        out.append((feature.items(), None if empty else bytes(geometry.ExportToIsoWkb())))
    return out


@pytest.fixture()
def county_uri(tmp_path):
    return write_county(tmp_path / "county.gpkg")


def test_areastatistics_outputs_are_the_same_field_for_field(provider, tmp_path, county_uri):
    params = {"GROUP_FIELDS": ["ZLDWMC"], "CLASS_FIELD": "DLBM", "SUMMARY": "memory:"}
    (fast_result, fast), (slow_result, slow) = both_outputs(provider, tmp_path, "landbalance:areastatistics",
                                                            params, county_uri)
    assert len(fast) == len(slow) == len(ROWS)
    assert fast == slow
    assert fast_result["REPAIRED"] == slow_result["REPAIRED"] == 2
    assert [r[0]["BSM"] for r in fast] == [r[0] for r in ROWS]


def test_areastatistics_of_the_demo_county_is_the_same_both_ways(provider, tmp_path, demo_county):
    folder, _ = demo_county
    uri = f"{folder / 'county.gpkg'}|layername=DLTB"
    params = {"GROUP_FIELDS": ["ZLDWMC"], "CLASS_FIELD": "DLBM", "SUMMARY": "memory:"}
    (_, fast), (_, slow) = both_outputs(provider, tmp_path, "landbalance:areastatistics", params, uri)
    assert fast == slow and len(fast) > 0
    shp = folder / "DLTB_GBK" / "DLTB.shp"  # the GBK shapefile as county offices send it
    (tmp_path / "shp").mkdir()
    (_, fast_shp), (_, slow_shp) = both_outputs(provider, tmp_path / "shp", "landbalance:areastatistics",
                                                params, str(shp))
    assert fast_shp == slow_shp
    assert [r[0]["AREA_M2"] for r in fast_shp] == [r[0]["AREA_M2"] for r in fast]
    assert {r[0]["ZLDWMC"] for r in fast_shp} == {r[0]["ZLDWMC"] for r in fast}


def test_eligibility_outputs_are_the_same_field_for_field(provider, tmp_path, demo_county):
    folder, _ = demo_county
    gpkg = folder / "county.gpkg"
    params = {"RULE_SET": "in", "DEM": str(folder / "dem.tif"), "PLAN_YEAR": 2024}
    for role in ("eco_redline", "water_source_l1", "nature_reserve_core", "public_welfare_forest"):
        params[role.upper()] = f"{gpkg}|layername={role}"
    (fast_result, fast), (slow_result, slow) = both_outputs(
        provider, tmp_path, "landbalance:eligibility_anhui_inout", params, f"{gpkg}|layername=DLTB")
    assert fast == slow
    assert fast_result["REPAIRED"] == slow_result["REPAIRED"] > 0
    assert {r[0]["ELIGIBLE"] for r in fast} == {"是", "否", "部分"}


def test_eligibility_of_the_hand_made_layer_is_the_same_both_ways(provider, tmp_path, county_uri):
    params = {"RULE_SET": "supplement", "PLAN_YEAR": 2024}
    (_, fast), (_, slow) = both_outputs(provider, tmp_path, "landbalance:eligibility_lianshui_requisition",
                                        params, county_uri)
    assert fast == slow and len(fast) == len(ROWS)


def test_tbmj_gives_the_areastatistics_tbmj_of_every_parcel(provider, tmp_path, county_uri, demo_county):
    import processing

    folder, _ = demo_county
    geographic = write_county(tmp_path / "county_4490.gpkg", epsg=4490)  # measured in the zone of its extent
    for uri in (county_uri, geographic, f"{folder / 'county.gpkg'}|layername=DLTB"):
        out = processing.run("landbalance:areastatistics", {"INPUT": uri, "OUTPUT": "memory:", "SUMMARY": "memory:"},
                             feedback=QgsProcessingFeedback())["OUTPUT"]
        layer = QgsVectorLayer(uri, "DLTB", "ogr")
        context = QgsExpressionContext()
        context.appendScope(QgsExpressionContextUtils.layerScope(layer))
        expression = QgsExpression("tbmj($geometry)")
        got, want = [], []
        for feature, measured in zip(layer.getFeatures(), out.getFeatures()):
            context.setFeature(feature)
            value = expression.evaluate(context)
            assert not expression.hasEvalError(), expression.evalErrorString()
            got.append(value)
            want.append(measured["AREA_M2"] if feature.hasGeometry() and not feature.geometry().isEmpty() else None)
        assert got == want and any(g for g in got)


class CancelledFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.cancel()


class CancelAtFirstProgress(QgsProcessingFeedback):
    """The user presses Cancel as soon as the run reports progress (the bulk copy is under way)."""

    def __init__(self):
        super().__init__()
        self.progressChanged.connect(lambda _: self.cancel())


@pytest.mark.parametrize("algorithm, params", [
    ("landbalance:areastatistics", {"SUMMARY": "memory:"}),
    ("landbalance:eligibility_lianshui_requisition", {"RULE_SET": "supplement"}),
])
def test_a_cancelled_bulk_run_leaves_no_output(provider, tmp_path, county_uri, algorithm, params):
    import processing

    out = tmp_path / "out.gpkg"
    try:
        result = processing.run(algorithm, {**params, "INPUT": county_uri, "OUTPUT": str(out)},
                                feedback=CancelAtFirstProgress())
    except QgsProcessingException:
        result = {}
    assert "OUTPUT" not in result
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if "partial" in p.name]


def test_constraint_roles_take_polygons_only(provider):
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById("landbalance:eligibility_anhui_inout")
    assert algorithm.parameterDefinition("ECO_REDLINE").dataTypes() == [QgsProcessing.TypeVectorPolygon]


def test_slope_step_honours_cancel(provider, tmp_path, demo_county):
    from land_balance.processing.base import Cancelled
    from land_balance.processing.overlay import dem_slope_stats
    from land_balance.processing.parcels import OfficialArea

    folder, _ = demo_county
    fast, _, context = read_both(f"{folder / 'county.gpkg'}|layername=DLTB", ["BSM"])
    with pytest.raises(Cancelled):
        dem_slope_stats(str(folder / "dem.tif"), "dem", fast, 25.0, OfficialArea(fast.crs, context), context,
                        CancelledFeedback())


def test_outputs_have_one_row_per_parcel_in_read_order(provider, tmp_path, county_uri):
    import processing

    out = tmp_path / "areas.gpkg"
    processing.run("landbalance:areastatistics", {"INPUT": county_uri, "OUTPUT": str(out), "SUMMARY": "memory:"},
                   feedback=QgsProcessingFeedback())
    with sqlite3.connect(out) as db:
        rows = db.execute('select fid, BSM from "areas" order by fid').fetchall()
    assert rows == [(i + 1, r[0]) for i, r in enumerate(ROWS)]


def test_z_geometries_keep_their_z(qgis_app, tmp_path):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4528)
    path = tmp_path / "z.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("DLTB", srs, ogr.wkbMultiPolygon25D)
    layer.CreateField(ogr.FieldDefn("BSM", ogr.OFTString))
    for k in range(3):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("BSM", f"Z{k}")
        x = X0 + 200 * k
        feature.SetGeometry(ogr.CreateGeometryFromWkt(
            f"MULTIPOLYGON Z ((({x} {Y0} 5,{x + 100} {Y0} 6,{x + 100} {Y0 + 90} 7,{x} {Y0} 5)))"))
        layer.CreateFeature(feature)
    ds = None
    fast, slow, context = read_both(f"{path}|layername=DLTB", ["BSM"])
    assert_same_parcels(fast, slow, context)
    assert fast.geometries[1].constGet().is3D()
