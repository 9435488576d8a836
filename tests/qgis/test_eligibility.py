"""landbalance:eligibility_<pack> through Processing, on a hand-made county, against an
independent shapely + pyproj computation of the same rules.

Seeds: ../shared/seeds/001_c8e0ce7e1182633b.txt (Anhui 转进/转出), 003_33b11e000febcf0b.txt
(Lianshui), 004_7872a60e71286313.txt (Shaanxi), 000_9e49406886a189a5.txt (Ganzhou offset).
"""

from __future__ import annotations

import math
import sqlite3

import numpy as np
import pytest
import shapely
from osgeo import gdal, ogr, osr
from pyproj import Transformer
from qgis.core import QgsProcessingException, QgsProcessingFeedback
from gpkg import add_feature, create_layer
from reference_area import reference_area

X0, Y0 = 40_426_000.0, 3_742_000.0  # EPSG:4528, near 119.2°E 33.8°N
MU = 10000 / 15
TO_LONLAT = Transformer.from_crs(4528, 4490, always_xy=True)
FIELDS = ("BSM", "DLBM", "GDPDJB", "ZZSXDM", "ZLDWDM", "ZLDWMC", "BZ")


def box(x, y, w, h):
    return shapely.box(X0 + x, Y0 + y, X0 + x + w, Y0 + y + h)


def lonlat(geom):
    return shapely.transform(geom, lambda xy: np.column_stack(TO_LONLAT.transform(xy[:, 0], xy[:, 1])))


def official_mu(geom_4528) -> float:
    return reference_area(lonlat(geom_4528)) / MU


# BSM → (DLBM, geometry in EPSG:4528, GDPDJB, ZZSXDM)
PARCELS = {
    "P01": ("0404", box(0, 0, 100, 100), None, "JKHF"),    # clean: 是
    "P02": ("0404", box(200, 0, 100, 100), None, None),    # half in the red line: 部分
    "P03": ("0404", box(400, 0, 100, 100), None, None),    # inside water source level 1: 否
    "P04": ("0101", box(600, 0, 100, 100), "1", None),     # cropland is not an 转进 source: 否 CLASS
    "P05": ("0301", box(0, 300, 20, 20), None, None),      # touching forest 400 + 400 m² = 1.2 mu: 否
    "P06": ("0301", box(20, 300, 20, 20), None, None),
    "P07": ("0301", box(200, 300, 20, 20), None, None),    # lone forest 0.6 mu: 是, needs offset
    "P08": ("0404", box(1100, 300, 100, 100), "5", None),  # on the 31° slope: 否 SLOPE
    "P09": ("0404", box(600, 300, 100, 100), None, None),  # 0.3 m² sliver of red line: 是, noted
    "P10": ("0404", shapely.Polygon([(X0 + 800, Y0), (X0 + 900, Y0 + 100), (X0 + 900, Y0), (X0 + 800, Y0 + 100)]),
            None, None),                                  # bow-tie, repaired
}
ZONES = {
    "eco_redline": [box(250, -50, 100, 200), box(690, 399.99, 3, 100)],
    "water_source_l1": [box(380, -20, 140, 140)],
    "nature_reserve_core": [],
}
EXPECTED = {"P01": "是", "P02": "部分", "P03": "否", "P04": "否", "P05": "否", "P06": "否", "P07": "是",
            "P08": "否", "P09": "是", "P10": "是"}


def write_layer(path, name, epsg, geoms, rows=None, geom_type=ogr.wkbMultiPolygon, with_crs=True, fields=()):
    ds, layer = create_layer(path, name, epsg, geom_type, with_crs, fields)
    for k, geom in enumerate(geoms):
        values = dict(zip(fields, rows[k] if rows else ()))
        geometry = ogr.CreateGeometryFromWkb(shapely.to_wkb(lonlat(geom) if epsg == 4490 else geom))
        add_feature(layer, values, geometry, geom_type)
    del layer, ds  # closes the GeoPackage
    return f"{path}|layername={name}"


def write_dem(path, with_crs=True):
    """5 m cells; flat except east of x = 1000 m, where z rises 0.6 m per metre (30.96°)."""
    cell, cols, rows = 5.0, 260, 120
    x = (np.arange(cols) + 0.5) * cell - 50
    z = np.tile(np.maximum(0.0, x - 1000.0) * 0.6, (rows, 1)).astype(np.float32)
    ds = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((X0 - 50, cell, 0, Y0 + 550, 0, -cell))
    if with_crs:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(4528)
        ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(z)
    ds = None
    return str(path)


def county(tmp_path, zone_epsg=4490, parcel_epsg=4528):
    gpkg = tmp_path / "county.gpkg"
    rows = [(bsm, code, grade, flag, "320826100", "南集镇", None) for bsm, (code, _, grade, flag) in PARCELS.items()]
    layers = {"INPUT": write_layer(gpkg, "DLTB", parcel_epsg, [p[1] for p in PARCELS.values()], rows,
                                   fields=FIELDS)}
    for role, geoms in ZONES.items():
        layers[role.upper()] = write_layer(gpkg, role, zone_epsg, geoms)
    layers["DEM"] = write_dem(tmp_path / "dem.tif")
    return layers


def run(provider, params, pack="anhui_inout", capability="eligibility"):
    import processing

    return processing.run(f"landbalance:{capability}_{pack}", params, feedback=QgsProcessingFeedback())


def read(path, *columns):
    with sqlite3.connect(path) as db:
        table = db.execute("select table_name from gpkg_contents").fetchone()[0]
        rows = db.execute(f'select BSM, {", ".join(columns)} from "{table}"').fetchall()
    return {r[0]: r[1:] for r in rows}


def test_every_rule_against_independent_computation(provider, tmp_path):
    layers = county(tmp_path)
    out = tmp_path / "out.gpkg"
    result = run(provider, {**layers, "RULE_SET": "in", "PLAN_YEAR": 2024, "SLIVER_TOLERANCE": 1.0, "OUTPUT": str(out)})
    got = read(out, "ELIGIBLE", "REASONS", "NOTES", "AREA_MU", "NET_AREA_MU", "ECO_REDLINE", "SLOPE_MEAN",
               "SLOPE_SOURCE", "SCORE")
    assert len(got) == len(PARCELS) and result["PARCELS"] == len(PARCELS)
    assert {k: v[0] for k, v in got.items()} == EXPECTED
    assert result["REPAIRED"] == 1
    for bsm, (_, geom, _, _) in PARCELS.items():
        assert got[bsm][3] == pytest.approx(official_mu(shapely.make_valid(geom)), abs=0.0051)
    red_4528 = shapely.union_all(ZONES["eco_redline"])
    cut = shapely.intersection(PARCELS["P02"][1], red_4528)
    assert got["P02"][5] == pytest.approx(official_mu(cut), abs=0.0051)
    assert got["P02"][4] == pytest.approx(official_mu(PARCELS["P02"][1].difference(red_4528)), abs=0.0051)
    assert got["P02"][1] == f"ECO_REDLINE: 生态保护红线 {official_mu(cut):.2f}亩"
    assert got["P03"][1].startswith("WATER_SOURCE_L1: 饮用水水源一级保护区") and got["P03"][4] == 0
    assert got["P04"][1] == "CLASS: 地类 0101 不在选址范围"
    assert got["P05"][1] == "FOREST_BLOCK: 连片林地 1.20亩 ≥ 1亩"
    assert "补充林地" in got["P07"][2]
    assert got["P08"][1] == f"SLOPE: 平均坡度 {math.degrees(math.atan(0.6)):.1f}° > 25°"
    assert got["P08"][6] == pytest.approx(math.degrees(math.atan(0.6)), abs=0.05) and got["P08"][7] == "DEM"
    assert got["P09"][1] == "" and "碎片 ECO_REDLINE" in got["P09"][2]
    assert got["P01"][8] == 3 + 1 + 1  # 即可恢复 + ≥ 10 mu + flat; no cropland neighbour


def test_mixed_crs_gives_the_same_answer(provider, tmp_path):
    answers = []
    for folder, epsg, parcel_epsg in (("a", 4490, 4528), ("b", 4528, 4528), ("c", 4528, 4490)):
        (tmp_path / folder).mkdir()
        layers = county(tmp_path / folder, zone_epsg=epsg, parcel_epsg=parcel_epsg)
        out = tmp_path / folder / "out.gpkg"
        run(provider, {**layers, "RULE_SET": "in", "PLAN_YEAR": 2024, "OUTPUT": str(out)})
        answers.append(read(out, "ELIGIBLE", "NET_AREA_MU", "ECO_REDLINE"))
    for other in answers[1:]:
        assert {k: v[0] for k, v in answers[0].items()} == {k: v[0] for k, v in other.items()}
        for bsm in PARCELS:
            assert answers[0][bsm][1:] == pytest.approx(other[bsm][1:], abs=0.011)


def test_without_dem_the_slope_grade_decides(provider, tmp_path):
    layers = county(tmp_path)
    del layers["DEM"]
    out = tmp_path / "out.gpkg"
    run(provider, {**layers, "RULE_SET": "in", "OUTPUT": str(out)})
    got = read(out, "ELIGIBLE", "REASONS", "SLOPE_SOURCE")
    assert got["P08"] == ("否", "SLOPE: 耕地坡度级别 5（> 25°）", "GDPDJB")
    assert got["P01"][2] == "无"


def test_supplement_packs_and_usable_output(provider, tmp_path):
    layers = county(tmp_path)
    out, usable = tmp_path / "out.gpkg", tmp_path / "usable.gpkg"
    run(provider, {**layers, "OUTPUT": str(out), "USABLE": str(usable)}, pack="lianshui_requisition")
    got = read(out, "ELIGIBLE", "REASONS", "NET_AREA_MU")
    # 涟水 (seed 003): forest land is not a listed source class; unused land (0404 其他草地) is
    assert got["P05"][0] == "否" and got["P05"][1].startswith("CLASS")
    assert got["P02"][0] == "部分"
    pieces = read(usable, "ELIGIBLE", "NET_AREA_MU")
    assert "P03" not in pieces and pieces["P02"] == ("部分", got["P02"][2])
    rest = PARCELS["P02"][1].difference(shapely.union_all(ZONES["eco_redline"]))
    assert pieces["P02"][1] == pytest.approx(official_mu(rest), abs=0.0051)


@pytest.mark.parametrize("problem, message", [
    ("lines", "LineString"), ("dem_no_crs", "DEM"), ("no_class_field", "DLBM"),
])
def test_bad_input_is_named(provider, tmp_path, problem, message):
    layers = county(tmp_path)
    params = {**layers, "RULE_SET": "in", "OUTPUT": str(tmp_path / "out.gpkg")}
    if problem == "lines":
        params["ECO_REDLINE"] = write_layer(tmp_path / "lines.gpkg", "red_lines", 4528,
                                            [box(0, 0, 10, 10).exterior], geom_type=ogr.wkbLineString)
        message = "red_lines"
    elif problem == "dem_no_crs":
        params["DEM"] = write_dem(tmp_path / "nocrs.tif", with_crs=False)
    else:
        params["CLASS_FIELD"] = "DLBM_X"
    with pytest.raises(QgsProcessingException, match=message):
        run(provider, params)


def test_empty_constraint_layer_is_a_warning(provider, tmp_path):
    layers = county(tmp_path)
    assert "NATURE_RESERVE_CORE" in layers  # written with no zones
    out = tmp_path / "out.gpkg"
    run(provider, {**layers, "RULE_SET": "in", "OUTPUT": str(out)})
    assert all(v[0] == 0 for v in read(out, "NATURE_RESERVE_CORE").values())


def test_forest_offset_pieces(provider, tmp_path):
    # seed 000: pieces that were 采矿用地 (0602) before and 林地 after, numbered from 1 per county
    gpkg = tmp_path / "years.gpkg"
    before = write_layer(gpkg, "DLTB_2022", 4528, [box(0, 0, 100, 100), box(200, 0, 50, 50)],
                         [("B1", "0602", None, None, "320826100", "南集镇", None),
                          ("B2", "0101", None, None, "320826100", "南集镇", None)], fields=FIELDS)
    after = write_layer(gpkg, "DLTB", 4528, [box(0, 0, 60, 100), box(60, 0, 40, 100), box(200, 0, 50, 50)],
                        [("A1", "0301", None, None, "320826100", "南集镇", "矿山生态修复"),
                         ("A2", "0602", None, None, "320826100", "南集镇", None),
                         ("A3", "0301", None, None, "320826100", "南集镇", None)], fields=FIELDS)
    out = tmp_path / "bank.gpkg"
    result = run(provider, {"INPUT": after, "EARLIER": before, "FILLED_BY": "张三", "OUTPUT": str(out)},
                 pack="ganzhou_forest_offset", capability="offsetoverlay")
    assert result["PIECES"] == 1
    with sqlite3.connect(out) as db:
        table = db.execute("select table_name from gpkg_contents").fetchone()[0]
        row = db.execute(f'select TBH, RKMJ_MU, STXF, BGQ_BSM, BGH_BSM, RKTBR, X, Y from "{table}"').fetchone()
    assert row[:6] == (1, pytest.approx(official_mu(box(0, 0, 60, 100)), abs=0.0051), "是", "B1", "A1", "张三")
    assert row[6] == pytest.approx(Y0 + 50, abs=1) and row[7] == pytest.approx(X0 + 30, abs=1)


def test_dem_read_in_strips_gives_the_same_slopes():
    from land_balance.processing import overlay
    from land_balance.rules.slope import slope_degrees

    rows, cols = 50, 40
    y, x = np.mgrid[0:rows, 0:cols] * 5.0
    z = 50 * np.sin(x / 30) * np.cos(y / 20)  # curved: strip edges must see real neighbours
    ds = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, gdal.GDT_Float64)
    ds.SetGeoTransform((X0, 5.0, 0, Y0, 0, -5.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4528)
    ds.SetSpatialRef(srs)
    ds.GetRasterBand(1).WriteArray(z)
    whole = slope_degrees(z, np.ones_like(z, dtype=bool), 5.0, 5.0)
    strips = np.vstack([overlay._strip_slope(ds.GetRasterBand(1), srs, ds.GetGeoTransform(), rows, cols, top,
                                             min(7, rows - top))[0] for top in range(0, rows, 7)])
    assert np.allclose(strips, whole, rtol=0, atol=1e-12)


def test_dem_in_another_crs_gives_the_same_slopes(provider, tmp_path):
    """The DEM in the parcels' CRS, in the same zone without prefix (cells moved by QGIS's
    transform) and warped to EPSG:4490 (cells inverse-projected in numpy)."""
    layers = county(tmp_path)
    unprefixed = tmp_path / "dem_4549.tif"
    gdal.Translate(str(unprefixed), layers["DEM"])
    ds = gdal.Open(str(unprefixed), gdal.GA_Update)
    gt = list(ds.GetGeoTransform())
    gt[0] -= 40_000_000
    ds.SetGeoTransform(gt)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4549)
    ds.SetProjection(srs.ExportToWkt())
    ds = None
    geographic = tmp_path / "dem_4490.tif"
    gdal.Warp(str(geographic), layers["DEM"], dstSRS="EPSG:4490", resampleAlg="bilinear")
    answers = {}
    for name, dem in (("own", layers["DEM"]), ("4549", str(unprefixed)), ("4490", str(geographic))):
        out = tmp_path / f"out_{name}.gpkg"
        run(provider, {**layers, "DEM": dem, "RULE_SET": "in", "PLAN_YEAR": 2024, "OUTPUT": str(out)})
        answers[name] = read(out, "ELIGIBLE", "SLOPE_MEAN", "SLOPE_STEEP_SHARE")
    assert answers["4549"] == answers["own"]
    assert {k: v[0] for k, v in answers["4490"].items()} == {k: v[0] for k, v in answers["own"].items()}
    for bsm, (_, slope, _) in answers["own"].items():
        assert answers["4490"][bsm][1] == pytest.approx(slope, abs=0.5)


def test_parcels_without_geometry_keep_their_row(provider, tmp_path):
    """A parcel without geometry is measured 0 and decided like the others; a layer of only
    such parcels still gives one row each."""
    layers = county(tmp_path)
    ds, layer = create_layer(tmp_path / "county.gpkg", "DLTB_NULL", 4528, fields=FIELDS)
    add_feature(layer, {"BSM": "N01", "DLBM": "0404"}, None)
    del layer, ds
    only_null = f"{tmp_path / 'county.gpkg'}|layername=DLTB_NULL"
    out = tmp_path / "null.gpkg"
    result = run(provider, {**layers, "INPUT": only_null, "RULE_SET": "in", "OUTPUT": str(out)})
    assert result["PARCELS"] == 1
    assert read(out, "AREA_MU", "NET_AREA_MU", "SLOPE_SOURCE") == {"N01": (0.0, 0.0, "DEM")}
    ds, layer = create_layer(tmp_path / "mixed.gpkg", "DLTB", 4528, fields=FIELDS)
    for bsm, (code, geom, grade, flag) in PARCELS.items():
        add_feature(layer, {"BSM": bsm, "DLBM": code, "GDPDJB": grade, "ZZSXDM": flag},
                    ogr.CreateGeometryFromWkb(shapely.to_wkb(geom)))
        if bsm == "P04":
            add_feature(layer, {"BSM": "N01", "DLBM": "0404"}, None)
    del layer, ds
    out = tmp_path / "mixed_out.gpkg"
    run(provider, {**layers, "INPUT": f"{tmp_path / 'mixed.gpkg'}|layername=DLTB", "RULE_SET": "in",
                   "PLAN_YEAR": 2024, "SLIVER_TOLERANCE": 1.0, "OUTPUT": str(out)})
    got = read(out, "ELIGIBLE", "AREA_MU")
    assert {k: v[0] for k, v in got.items() if k != "N01"} == EXPECTED
    assert got["N01"][1] == 0.0


def test_memory_and_shapefile_outputs(provider, tmp_path):
    """The writer thread feeds any sink: memory layers (with the usable parts) and shapefiles."""
    layers = county(tmp_path)
    params = {**layers, "RULE_SET": "in", "PLAN_YEAR": 2024, "SLIVER_TOLERANCE": 1.0}
    result = run(provider, {**params, "OUTPUT": "memory:", "USABLE": "memory:"})
    output, usable = result["OUTPUT"], result["USABLE"]  # processing.run hands back the layers
    verdicts = {f["BSM"]: f["ELIGIBLE"] for f in output.getFeatures()}
    assert verdicts == EXPECTED
    assert {f["BSM"] for f in usable.getFeatures()} == {k for k, v in EXPECTED.items() if v != "否"}
    shp = tmp_path / "out.shp"
    run(provider, {**params, "OUTPUT": str(shp)})
    ds = ogr.Open(str(shp))
    assert {f.GetField("BSM"): f.GetField("ELIGIBLE") for f in ds.GetLayer()} == EXPECTED


def test_geographic_parcels_and_dem_give_the_same_answer(provider, tmp_path):
    """Parcels and DEM both in EPSG:4490: the working CRS is the 3° zone, the DEM's cells are
    found through the numpy inverse projection of the working grid."""
    (tmp_path / "gk").mkdir()
    (tmp_path / "geo").mkdir()
    gk = county(tmp_path / "gk")
    geo = county(tmp_path / "geo", zone_epsg=4490, parcel_epsg=4490)
    geo["DEM"] = str(tmp_path / "geo" / "dem_4490.tif")
    gdal.Warp(geo["DEM"], gk["DEM"], dstSRS="EPSG:4490", resampleAlg="bilinear")
    answers = []
    for layers, folder in ((gk, "gk"), (geo, "geo")):
        out = tmp_path / folder / "out.gpkg"
        run(provider, {**layers, "RULE_SET": "in", "PLAN_YEAR": 2024, "SLIVER_TOLERANCE": 1.0, "OUTPUT": str(out)})
        answers.append(read(out, "ELIGIBLE", "AREA_MU", "SLOPE_MEAN"))
    assert {k: v[0] for k, v in answers[1].items()} == EXPECTED
    for bsm, (_, area, slope) in answers[0].items():
        assert answers[1][bsm][1] == pytest.approx(area, abs=0.011)
        assert answers[1][bsm][2] == pytest.approx(slope, abs=0.5)


@pytest.mark.parametrize("epsg", [4528, 4549, 32650, 4490])
def test_forest_offset_centre_is_cgcs2000_gauss_kruger_inside_the_piece(provider, tmp_path, epsg):
    """附件2: X/Y are CGCS2000 Gauss–Krüger (zone 40, prefixed) whatever the layers' CRS, and
    a point inside the piece when its centroid falls outside (a U-shaped restoration)."""
    u_shape = box(0, 0, 100, 100).difference(box(30, 30, 40, 80))  # centroid in the notch
    assert not u_shape.contains(u_shape.centroid)
    to_epsg = Transformer.from_crs(4528, epsg, always_xy=True)

    def moved(geom):
        return shapely.transform(geom, lambda xy: np.column_stack(to_epsg.transform(xy[:, 0], xy[:, 1])))

    gpkg = tmp_path / "years.gpkg"
    before = write_layer(gpkg, "DLTB_2022", 4528, [box(0, 0, 100, 100)],
                         [("B1", "0602", None, None, "320826100", "南集镇", None)], fields=FIELDS)
    ds, layer = create_layer(gpkg, "DLTB", epsg, fields=FIELDS)
    add_feature(layer, dict(zip(FIELDS, ("A1", "0301", None, None, "320826100", "南集镇", "矿山生态修复"))),
                ogr.CreateGeometryFromWkb(shapely.to_wkb(moved(u_shape))))
    del layer, ds
    out = tmp_path / "bank.gpkg"
    run(provider, {"INPUT": f"{gpkg}|layername=DLTB", "EARLIER": before, "FILLED_BY": "张三", "OUTPUT": str(out)},
        pack="ganzhou_forest_offset", capability="offsetoverlay")
    with sqlite3.connect(out) as db:
        table = db.execute("select table_name from gpkg_contents").fetchone()[0]
        x, y = db.execute(f'select X, Y from "{table}"').fetchone()
    assert 40_000_000 < y < 41_000_000  # easting with the zone number 40 in front
    assert u_shape.buffer(-0.01).contains(shapely.Point(y, x))  # (easting, northing) in EPSG:4528


def test_a_refused_county_copy_is_said_in_the_log_and_the_output(provider, tmp_path):
    """Issue: an edited pack with a mistake silently fell back to the built-in one."""
    import processing

    from land_balance.processing.eligibility import EligibilityAlgorithm
    from land_balance.rules.packs import BUILTIN_DIR, load_packs

    folder = tmp_path / "packs"
    folder.mkdir()
    text = (BUILTIN_DIR / "anhui_inout.toml").read_text(encoding="utf-8")
    (folder / "anhui_inout.toml").write_text(text.replace("value = 25.0", "value = 250", 1), encoding="utf-8")
    algorithm = EligibilityAlgorithm(load_packs([folder]).get("anhui_inout"))
    layers = county(tmp_path)

    class Log(QgsProcessingFeedback):
        warnings = []

        def pushWarning(self, text):  # noqa: N802
            self.warnings.append(text)
            super().pushWarning(text)

    log = Log()
    result = processing.run(algorithm, {"INPUT": layers["INPUT"], "RULE_SET": "in", "PLAN_YEAR": 2024,
                                        "OUTPUT": str(tmp_path / "out.gpkg")}, feedback=log)
    assert any("anhui_inout.toml" in w and "thresholds.max_slope_deg.value" in w for w in log.warnings)
    assert "thresholds.max_slope_deg.value" in result["RULES"] and result["RULES"].startswith("anhui_inout@")
