"""landbalance:areastatistics through Processing, against an independent computation.

Rule source: ../shared/DOMAIN.md "Cross-cutting facts" (the survey's ellipsoidal area) and
"Official area, rounding and control" (half away from zero; tables foot).
"""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from osgeo import ogr
from pyproj import Transformer
from qgis.core import (
    QgsDistanceArea,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from gpkg import add_feature, create_layer
from reference_area import half_away, reference_area

X0, Y0 = 40_426_000.0, 3_742_000.0  # EPSG:4528, near 119.2°E 33.8°N

# (ZLDWMC, DLBM, WKT in EPSG:4528). Big parcels with long edges, a hole, a multipart, a
# bow-tie (self-intersection), a duplicate: the survey's normal input.
PARCELS = [
    ("南集镇", "0101", f"POLYGON(({X0} {Y0},{X0 + 1000} {Y0},{X0 + 1000} {Y0 + 800},{X0} {Y0 + 800},{X0} {Y0}))"),
    ("南集镇", "0103", f"POLYGON(({X0 + 1000} {Y0},{X0 + 1700} {Y0 + 30},{X0 + 1650} {Y0 + 900},{X0 + 1000} {Y0 + 800},"
                       f"{X0 + 1000} {Y0}),({X0 + 1200} {Y0 + 200},{X0 + 1400} {Y0 + 200},{X0 + 1400} {Y0 + 400},"
                       f"{X0 + 1200} {Y0 + 200}))"),
    ("黄营镇", "0301", f"MULTIPOLYGON((({X0} {Y0 + 1000},{X0 + 300} {Y0 + 1000},{X0 + 300} {Y0 + 1300},"
                       f"{X0} {Y0 + 1000})),"
                       f"(({X0 + 500} {Y0 + 1000},{X0 + 900} {Y0 + 1000},{X0 + 900} {Y0 + 1400},{X0 + 500} {Y0 + 1400},"
                       f"{X0 + 500} {Y0 + 1000})))"),
    ("黄营镇", "0602", f"POLYGON(({X0 + 2000} {Y0},{X0 + 2100} {Y0 + 100},{X0 + 2100} {Y0},{X0 + 2000} {Y0 + 100},"
                       f"{X0 + 2000} {Y0}))"),
    ("黄营镇", "0602", f"POLYGON(({X0 + 2000} {Y0},{X0 + 2100} {Y0 + 100},{X0 + 2100} {Y0},{X0 + 2000} {Y0 + 100},"
                       f"{X0 + 2000} {Y0}))"),
    ("涟城街道", "1104", f"POLYGON(({X0 + 3000} {Y0},{X0 + 3000.5} {Y0},{X0 + 3000.5} {Y0 + 0.5},{X0 + 3000} {Y0}))"),
    ("涟城街道", "0702", f"POLYGON(({X0 - 5000} {Y0 - 5000},{X0 - 4100} {Y0 - 5050},{X0 - 4000} {Y0 - 4100},"
                         f"{X0 - 4950} {Y0 - 3990},{X0 - 5000} {Y0 - 5000}))"),
]


def write_gpkg(path, layer_name, epsg, rows, with_crs=True, geom_type=ogr.wkbMultiPolygon):
    ds, layer = create_layer(path, layer_name, epsg, geom_type, with_crs, ("ZLDWMC", "DLBM"))
    for town, code, wkt in rows:
        geometry = ogr.CreateGeometryFromWkt(wkt) if wkt else None
        add_feature(layer, {"ZLDWMC": town, "DLBM": code}, geometry, geom_type)
    del layer, ds  # closes the GeoPackage
    return f"{path}|layername={layer_name}"


def to_lonlat_wkt(wkt):
    transformer = Transformer.from_crs(4528, 4490, always_xy=True)
    geom = shapely.from_wkt(wkt)
    return shapely.transform(geom, lambda xy: np.column_stack(transformer.transform(xy[:, 0], xy[:, 1]))).wkt


def expected_tbmj(wkt_4528):
    return half_away(reference_area(shapely.from_wkt(to_lonlat_wkt(wkt_4528))))


@pytest.fixture()
def county(tmp_path):
    path = tmp_path / "county.gpkg"
    gk = write_gpkg(path, "DLTB", 4528, PARCELS)
    geo = write_gpkg(path, "DLTB_4490", 4490, [(t, c, to_lonlat_wkt(w)) for t, c, w in PARCELS])
    return {"gk": gk, "geo": geo, "path": path}


def run(parameters, provider):
    import processing

    feedback = QgsProcessingFeedback()
    return processing.run("landbalance:areastatistics", parameters, feedback=feedback)


def areas_by_row(layer):
    return [f["AREA_M2"] for f in layer.getFeatures()]


@pytest.mark.parametrize("which", ["gk", "geo"])
def test_areas_match_independent_formula(county, provider, which):
    result = run({"INPUT": county[which], "OUTPUT": "memory:", "SUMMARY": "memory:"}, provider)
    got = areas_by_row(result["OUTPUT"])
    expected = [expected_tbmj(w) for _, _, w in PARCELS]
    assert len(got) == len(PARCELS)
    for g, e in zip(got, expected):
        assert g == pytest.approx(e, abs=0.0100001)
    assert result["REPAIRED"] == 2  # the bow-tie and its duplicate
    assert result["RULES"] == "land_survey@1.0.0"


def test_gauss_kruger_and_geographic_agree_per_parcel(county, provider):
    gk = areas_by_row(run({"INPUT": county["gk"], "OUTPUT": "memory:", "SUMMARY": "memory:"}, provider)["OUTPUT"])
    geo = areas_by_row(run({"INPUT": county["geo"], "OUTPUT": "memory:", "SUMMARY": "memory:"}, provider)["OUTPUT"])
    assert gk == pytest.approx(geo, abs=0.0100001)


def test_output_keeps_fields_and_adds_mu_and_ha(county, provider):
    layer = run({"INPUT": county["gk"], "OUTPUT": "memory:", "SUMMARY": "memory:"}, provider)["OUTPUT"]
    assert layer.fields().names() == ["fid", "ZLDWMC", "DLBM", "AREA_M2", "AREA_MU", "AREA_HA"]
    for feature in layer.getFeatures():
        assert feature["AREA_MU"] == half_away(feature["AREA_M2"] * 15 / 10000, 2)
        assert feature["AREA_HA"] == half_away(feature["AREA_M2"] / 10000, 4)
        assert feature.geometry().isGeosValid()


def test_differs_from_qgis_ellipsoidal_area(county, provider):
    """QGIS's ellipsoidal $area is not the survey's formula: metres² apart on a big parcel."""
    layer = QgsVectorLayer(county["gk"], "DLTB", "ogr")
    first = next(layer.getFeatures())
    measure = QgsDistanceArea()
    measure.setSourceCrs(layer.crs(), QgsProject.instance().transformContext())
    measure.setEllipsoid("EPSG:7044")  # CGCS2000
    qgis_area = measure.measureArea(first.geometry())
    assert abs(qgis_area - expected_tbmj(PARCELS[0][2])) > 0.05


def test_summary_foots_one_row_per_group(county, provider):
    result = run({"INPUT": county["gk"], "GROUP_FIELDS": ["ZLDWMC"], "CLASS_FIELD": "DLBM", "CLASS_LEVEL": 2,
                  "OUTPUT": "memory:", "SUMMARY": "memory:"}, provider)
    rows = [f.attributes() for f in result["SUMMARY"].getFeatures()]
    fields = result["SUMMARY"].fields().names()
    assert fields == ["ZLDWMC", "CLASS_CODE", "CLASS_NAME", "PARCELS", "AREA_M2", "AREA_MU", "AREA_HA"]
    keys = [(r[0], r[1]) for r in rows]
    assert len(keys) == len(set(keys)) == 5
    assert ("南集镇", "耕地") in keys and ("黄营镇", "城镇村及工矿用地") in keys
    assert sum(r[3] for r in rows) == len(PARCELS) == result["PARCELS"]
    assert round(sum(r[4] for r in rows), 2) == result["TOTAL_AREA_M2"]
    assert round(sum(r[5] for r in rows), 2) == result["TOTAL_AREA_MU"]
    assert round(sum(r[6] for r in rows), 4) == result["TOTAL_AREA_HA"]
    assert result["TOTAL_AREA_MU"] == half_away(result["TOTAL_AREA_M2"] * 0.0015, 2)


@pytest.mark.parametrize("level, code, name", [(0, "0101", "水田"), (1, "01", "耕地"), (3, "农用地", "农用地")])
def test_class_levels(county, provider, level, code, name):
    result = run({"INPUT": county["gk"], "CLASS_FIELD": "DLBM", "CLASS_LEVEL": level, "OUTPUT": None,
                  "SUMMARY": "memory:"}, provider)
    assert "OUTPUT" not in result or result["OUTPUT"] is None
    rows = {(f["CLASS_CODE"], f["CLASS_NAME"]) for f in result["SUMMARY"].getFeatures()}
    assert (code, name) in rows


def test_existing_area_fields_are_overwritten(tmp_path, provider):
    layer = QgsVectorLayer("Polygon?crs=EPSG:4528&field=AREA_M2:double", "with_area", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes([123.0])
    feature.setGeometry(QgsGeometry.fromWkt(PARCELS[0][2]))
    layer.dataProvider().addFeatures([feature])
    out = run({"INPUT": layer, "OUTPUT": "memory:", "SUMMARY": "memory:"}, provider)["OUTPUT"]
    assert out.fields().names() == ["AREA_M2", "AREA_MU", "AREA_HA"]
    assert next(out.getFeatures())["AREA_M2"] == pytest.approx(expected_tbmj(PARCELS[0][2]), abs=0.0100001)


def test_parcel_without_geometry_is_kept_with_zero_area(tmp_path, provider):
    path = tmp_path / "nogeom.gpkg"
    source = write_gpkg(path, "DLTB", 4528, PARCELS[:1] + [("南集镇", "0101", None)])
    result = run({"INPUT": source, "OUTPUT": "memory:", "SUMMARY": "memory:"}, provider)
    assert result["OUTPUT"].featureCount() == 2
    assert sorted(areas_by_row(result["OUTPUT"]))[0] == 0


def test_empty_layer_is_refused(tmp_path, provider):
    source = write_gpkg(tmp_path / "e.gpkg", "DLTB", 4528, [])
    with pytest.raises(QgsProcessingException, match="has no features"):
        run({"INPUT": source, "OUTPUT": "memory:", "SUMMARY": "memory:"}, provider)


def test_line_layer_is_refused(tmp_path, provider):
    lines = write_gpkg(tmp_path / "l.gpkg", "roads", 4528,
                       [("南集镇", "1006", f"LINESTRING({X0} {Y0},{X0 + 10} {Y0})")], geom_type=ogr.wkbLineString)
    with pytest.raises(QgsProcessingException, match="must be polygons"):
        run({"INPUT": lines, "OUTPUT": "memory:", "SUMMARY": "memory:"}, provider)


def test_layer_without_crs_is_refused(tmp_path, provider):
    gpkg = write_gpkg(tmp_path / "n.gpkg", "DLTB", 4528, PARCELS[:1], with_crs=False)
    ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(tmp_path / "n.shp"))
    layer = ds.CreateLayer("n", None, ogr.wkbPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt(PARCELS[0][2]))
    layer.CreateFeature(feature)
    ds = None
    for source in (gpkg, str(tmp_path / "n.shp")):
        with pytest.raises(QgsProcessingException, match="no coordinate reference system"):
            run({"INPUT": source, "OUTPUT": "memory:", "SUMMARY": "memory:"}, provider)


def test_missing_group_field_is_named(county, provider):
    with pytest.raises(QgsProcessingException, match="no field “XZQMC”"):
        run({"INPUT": county["gk"], "GROUP_FIELDS": ["XZQMC"], "OUTPUT": "memory:", "SUMMARY": "memory:"}, provider)


def test_gbk_shapefile_without_cpg_reads_chinese(tmp_path, provider):
    from gbk import write_gbk_shapefile

    folder = tmp_path / "DLTB_GBK"
    folder.mkdir()
    write_gbk_shapefile(folder / "DLTB.shp", [(town, wkt) for town, _, wkt in PARCELS[:3]])
    result = run({"INPUT": str(folder / "DLTB.shp"), "GROUP_FIELDS": ["ZLDWMC"], "OUTPUT": "memory:",
                  "SUMMARY": "memory:"}, provider)
    towns = sorted(f["ZLDWMC"] for f in result["SUMMARY"].getFeatures())
    assert towns == ["南集镇", "黄营镇"]


def test_tbmj_expression_equals_algorithm(county, provider):
    import processing

    calculated = processing.run("native:fieldcalculator", {
        "INPUT": county["gk"], "FIELD_NAME": "TBMJ", "FIELD_TYPE": 0, "FIELD_LENGTH": 15, "FIELD_PRECISION": 2,
        "FORMULA": "tbmj($geometry)", "OUTPUT": "memory:"})["OUTPUT"]
    from_expression = [f["TBMJ"] for f in calculated.getFeatures()]
    from_algorithm = areas_by_row(run({"INPUT": county["gk"], "OUTPUT": "memory:", "SUMMARY": "memory:"},
                                      provider)["OUTPUT"])
    assert from_expression == pytest.approx(from_algorithm, abs=1e-9)


def test_tbmj_with_explicit_crs_and_without(provider):
    from qgis.core import QgsExpression, QgsExpressionContext

    expression = QgsExpression(f"tbmj(geom_from_wkt('{PARCELS[0][2]}'), 'EPSG:4528')")
    assert expression.evaluate(QgsExpressionContext()) == pytest.approx(expected_tbmj(PARCELS[0][2]), abs=0.0100001)
    unknown = QgsExpression(f"tbmj(geom_from_wkt('{PARCELS[0][2]}'))")
    assert unknown.evaluate(QgsExpressionContext()) is None
    assert "CRS" in unknown.evalErrorString()


def test_runs_inside_a_model(county, provider, tmp_path):
    """Model Builder: the algorithm as a child, its outputs chained to a model output."""
    import processing
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterVectorLayer,
    )

    model = QgsProcessingModelAlgorithm("area_model", "tests")
    model.addModelParameter(QgsProcessingParameterVectorLayer("parcels", "parcels"),
                            QgsProcessingModelParameter("parcels"))
    child = QgsProcessingModelChildAlgorithm("landbalance:areastatistics")
    child.setChildId("areas")
    child.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromModelParameter("parcels")])
    child.addParameterSources("GROUP_FIELDS", [QgsProcessingModelChildParameterSource.fromStaticValue(["ZLDWMC"])])
    summary = QgsProcessingModelOutput("summary")
    summary.setChildOutputName("SUMMARY")
    summary.setChildId("areas")
    child.setModelOutputs({"summary": summary})
    model.addChildAlgorithm(child)
    path = tmp_path / "area_model.model3"
    assert model.toFile(str(path))
    loaded = QgsProcessingModelAlgorithm()
    assert loaded.fromFile(str(path))
    ok, errors = loaded.validate()
    assert ok, errors
    result = processing.run(loaded, {"parcels": county["gk"], "areas:summary": "memory:"})
    rows = {f["ZLDWMC"]: f["PARCELS"] for f in result["areas:summary"].getFeatures()}
    assert rows == {"南集镇": 2, "黄营镇": 3, "涟城街道": 2}


def test_cancel_stops_without_output(county, provider):
    import processing

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancelled: nothing was written"):
        processing.run("landbalance:areastatistics", {"INPUT": county["gk"], "OUTPUT": "memory:",
                                                      "SUMMARY": "memory:"}, feedback=feedback)


def test_supports_batch_and_model_builder(provider):
    from qgis.core import QgsApplication, QgsProcessingAlgorithm

    algorithm = QgsApplication.processingRegistry().algorithmById("landbalance:areastatistics")
    assert algorithm.flags() & QgsProcessingAlgorithm.FlagSupportsBatch
    assert not algorithm.flags() & QgsProcessingAlgorithm.FlagHideFromModeler
    outputs = {o.name() for o in algorithm.outputDefinitions()}
    assert {"OUTPUT", "SUMMARY", "PARCELS", "TOTAL_AREA_M2", "TOTAL_AREA_MU", "TOTAL_AREA_HA", "RULES"} <= outputs


def test_output_fields_get_translated_aliases_when_loaded(provider):
    from qgis.core import QgsProcessingContext

    from land_balance.processing.layer_output import alias_fields_on_load

    layer = QgsVectorLayer("None?field=PARCELS:integer&field=AREA_MU:double", "summary", "memory")
    QgsProject.instance().addMapLayer(layer)
    try:
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        context.addLayerToLoadOnCompletion(layer.id(), QgsProcessingContext.LayerDetails("summary",
                                                                                       QgsProject.instance()))
        alias_fields_on_load(context, layer.id(), {"PARCELS": "图斑数", "AREA_MU": "面积（亩）"})
        details = context.layerToLoadOnCompletionDetails(layer.id())
        details.postProcessor().postProcessLayer(layer, context, QgsProcessingFeedback())
        assert [layer.attributeDisplayName(i) for i in range(2)] == ["图斑数", "面积（亩）"]
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_curved_and_selected_features(provider):
    """Curved survey boundaries are segmentised for the area; a selection limits both passes."""
    from qgis.core import QgsProcessingFeatureSourceDefinition

    layer = QgsVectorLayer("CurvePolygon?crs=EPSG:4528&field=ZLDWMC:string", "curved", "memory")
    features = []
    for i, town in enumerate(["南集镇", "黄营镇", "南集镇"]):
        x = X0 + i * 1000
        feature = QgsFeature(layer.fields())
        feature.setAttributes([town])
        feature.setGeometry(QgsGeometry.fromWkt(
            f"CURVEPOLYGON(COMPOUNDCURVE(CIRCULARSTRING({x} {Y0},{x + 50} {Y0 + 50},{x + 100} {Y0}),"
            f"({x + 100} {Y0},{x} {Y0})))"))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    try:
        all_rows = run({"INPUT": layer, "OUTPUT": "memory:", "SUMMARY": "memory:"}, provider)
        half_disc = 3.141592653589793 * 50**2 / 2
        for feature in all_rows["OUTPUT"].getFeatures():
            assert feature["AREA_M2"] == pytest.approx(half_disc, rel=2e-3)  # GK scale factor, segments
        layer.selectByIds([f.id() for f in layer.getFeatures()][:2])
        selected = QgsProcessingFeatureSourceDefinition(layer.id(), True)
        result = run({"INPUT": selected, "GROUP_FIELDS": ["ZLDWMC"], "OUTPUT": "memory:", "SUMMARY": "memory:"},
                     provider)
        assert result["PARCELS"] == 2 and result["OUTPUT"].featureCount() == 2
        assert {f["ZLDWMC"]: f["PARCELS"] for f in result["SUMMARY"].getFeatures()} == {"南集镇": 1, "黄营镇": 1}
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_a_local_or_unknown_crs_is_refused_by_name(tmp_path, provider):
    """Issue: a layer in LOCAL_CS gave "-71,007,277,973,425,768 平方米" with exit code 0."""
    from osgeo import osr

    path = tmp_path / "nocrs.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.SetFromUserInput('LOCAL_CS["unknown"]')
    layer = ds.CreateLayer("DLTB", srs, ogr.wkbMultiPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkt(PARCELS[0][2])))
    layer.CreateFeature(feature)
    del layer, ds
    with pytest.raises(QgsProcessingException, match="DLTB.*CGCS2000"):
        run({"INPUT": f"{path}|layername=DLTB", "OUTPUT": str(tmp_path / "o.gpkg"), "SUMMARY": "memory:"}, provider)
    assert not (tmp_path / "o.gpkg").exists()


def test_an_absurd_area_is_never_written(tmp_path, provider):
    """A CRS whose units are wrong for the data (degrees read as metres…) would give areas no
    county has: refused, naming the parcel."""
    import processing

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4490&field=BSM:string", "wrong_units", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["3208260000000001"])
    # metres written into a geographic layer: a "parcel" spanning the whole earth many times
    feature.setGeometry(QgsGeometry.fromWkt(f"MultiPolygon((({X0} {Y0},{X0 + 500} {Y0},{X0 + 500} {Y0 + 500},"
                                            f"{X0} {Y0}))))"))
    layer.dataProvider().addFeatures([feature])
    with pytest.raises(QgsProcessingException):
        processing.run("landbalance:areastatistics", {"INPUT": layer, "OUTPUT": "memory:", "SUMMARY": "memory:"})
