"""The demo-county generator (scripts/demo_county.py): a small county checked against the
survey's rules, computed here independently of the generator wherever that is possible."""

from __future__ import annotations

import json
import math
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import numpy as np
import pytest
import shapely
from osgeo import gdal, ogr, osr
from pyproj import Transformer

REPO = Path(__file__).resolve().parents[2]
for path in (REPO / ".build", REPO / "scripts"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

import demo_county  # noqa: E402 (after the path set-up)
from reference_area import reference_ring_area  # noqa: E402 (tests/, independent of the plugin)

gdal.UseExceptions()
ogr.UseExceptions()

PARCELS = 300
SEED = 20231231

DLTB_FIELDS = [
    "BSM", "YSDM", "TBYBH", "TBBH", "DLBM", "DLMC", "QSXZ", "QSDWDM", "QSDWMC", "ZLDWDM",
    "ZLDWMC", "TBMJ", "KCDLBM", "KCXS", "KCMJ", "TBDLMJ", "GDLX", "GDPDJB", "XZDWKD",
    "TBXHDM", "TBXHMC", "ZZSXDM", "ZZSXMC", "GDDB", "FRDBS", "CZCSXM", "SJNF", "MSSM",
    "HDMC", "BZ",
]
TOWNSHIP_NAMES = [
    "南集镇", "黄营镇", "唐集镇", "石湖镇", "大东镇", "五港镇", "东胡集镇", "涟城街道",
    "保滩镇", "朱码镇", "岔庙镇", "高沟镇", "红窑镇", "梁岔镇", "成集镇", "陈师镇",
]
# GB/T 21010-2017 second-level classes and the 三调 working classes (05H1, 0701 …).
GBT_21010 = {
    "0101": "水田", "0102": "水浇地", "0103": "旱地", "0201": "果园", "0202": "茶园",
    "0203": "橡胶园", "0204": "其他园地", "0301": "乔木林地", "0302": "竹林地",
    "0303": "红树林地", "0304": "森林沼泽", "0305": "灌木林地", "0306": "灌丛沼泽",
    "0307": "其他林地", "0401": "天然牧草地", "0402": "沼泽草地", "0403": "人工牧草地",
    "0404": "其他草地", "05H1": "商业服务业设施用地", "0508": "物流仓储用地",
    "0601": "工业用地", "0602": "采矿用地", "0603": "盐田", "0701": "城镇住宅用地",
    "0702": "农村宅基地", "08H1": "机关团体新闻出版用地", "08H2": "科教文卫用地",
    "0809": "公用设施用地", "0810": "公园与绿地", "09": "特殊用地", "1001": "铁路用地",
    "1002": "轨道交通用地", "1003": "公路用地", "1004": "城镇村道路用地",
    "1005": "交通服务场站用地", "1006": "农村道路", "1007": "机场用地", "1008": "港口码头用地",
    "1009": "管道运输用地", "1101": "河流水面", "1102": "湖泊水面", "1103": "水库水面",
    "1104": "坑塘水面", "1105": "沿海滩涂", "1106": "内陆滩涂", "1107": "沟渠",
    "1108": "沼泽地", "1109": "水工建筑用地", "1110": "冰川及永久积雪", "1201": "空闲地",
    "1202": "设施农用地", "1203": "田坎", "1204": "盐碱地", "1205": "沙地", "1206": "裸土地",
    "1207": "裸岩石砾地",
}
CROPLAND = {"0101", "0102", "0103"}
LAYER_CRS = {
    "DLTB": 4528, "DLTB_2022": 4528, "XZQ": 4528, "eco_redline": 4490,
    "nature_reserve_core": 4528, "water_source_l1": 4490, "urban_dev_boundary": 4528,
    "key_project": 4528, "expropriation_zone": 4528, "public_welfare_forest": 4528,
    "returned_farmland_forest": 4528, "polluted_soil": 4528, "approved_unused": 4528,
    "river_lake": 4528, "river_reservoir_protection": 4528, "new_cropland_project": 4528,
}
CONSTRAINTS = [name for name in LAYER_CRS if name not in ("DLTB", "DLTB_2022", "XZQ")]


# ── reading back ────────────────────────────────────────────────────────────────────


def read_layer(gpkg: Path, name: str):
    """(rows as dicts, geometries as WKB bytes) in feature order."""
    ds = ogr.Open(str(gpkg))
    layer = ds.GetLayerByName(name)
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    rows, wkbs = [], []
    for feature in layer:
        rows.append({n: feature.GetField(n) for n in names})
        wkbs.append(bytes(feature.GetGeometryRef().ExportToIsoWkb()))
    return rows, wkbs


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    out = tmp_path_factory.mktemp("county")
    manifest = demo_county.build_county(out, PARCELS, seed=SEED)
    return out, manifest


@pytest.fixture(scope="module")
def dltb(county):
    rows, wkbs = read_layer(county[0] / "county.gpkg", "DLTB")
    return rows, wkbs, shapely.from_wkb(wkbs)


@pytest.fixture(scope="module")
def dltb_2022(county):
    rows, wkbs = read_layer(county[0] / "county.gpkg", "DLTB_2022")
    return rows, wkbs, shapely.from_wkb(wkbs)


# ── independent implementations of the survey's rules ────────────────────────────────


def half_away(value: float, places: int = 2) -> float:
    """Round half away from zero on the decimal value as printed."""
    quantum = Decimal(1).scaleb(-places)
    return float(Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP))


def survey_area(geometry, to_lonlat: Transformer) -> float:
    if not geometry.is_valid:  # the documented rule: make_valid, keep polygonal parts
        parts = shapely.get_parts(shapely.get_parts(shapely.make_valid(geometry)))
        geometry = shapely.MultiPolygon([p for p in parts if p.geom_type == "Polygon"])
    total = 0.0
    for polygon in shapely.get_parts(geometry):
        for index, ring in enumerate([polygon.exterior, *polygon.interiors]):
            x, y = np.asarray(ring.coords).T
            area = reference_ring_area(list(zip(*to_lonlat.transform(x, y))))
            total += area if index == 0 else -area
    return total


def slope_grade(degrees: float) -> str:
    """GDPDJB: 1 ≤ 2°, 2 ≤ 6°, 3 ≤ 15°, 4 ≤ 25°, 5 above."""
    for grade, bound in (("1", 2), ("2", 6), ("3", 15), ("4", 25)):
        if degrees <= bound:
            return grade
    return "5"


def dem_slope(dem_path: Path) -> np.ndarray:
    slope = gdal.DEMProcessing("/vsimem/demo_slope.tif", str(dem_path), "slope")
    values = slope.GetRasterBand(1).ReadAsArray()
    slope = None
    gdal.Unlink("/vsimem/demo_slope.tif")
    return values


def parcel_labels(dem_path: Path, geometries, keep) -> np.ndarray:
    """Row index of the parcel whose area holds each pixel centre (−1: none)."""
    dem = gdal.Open(str(dem_path))
    raster = gdal.GetDriverByName("MEM").Create("", dem.RasterXSize, dem.RasterYSize, 1,
                                                gdal.GDT_Int32)
    raster.SetGeoTransform(dem.GetGeoTransform())
    raster.SetProjection(dem.GetProjection())
    raster.GetRasterBand(1).Fill(-1)
    vector = ogr.GetDriverByName("Memory").CreateDataSource("parcels")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4528)
    layer = vector.CreateLayer("parcels", srs, ogr.wkbMultiPolygon)
    layer.CreateField(ogr.FieldDefn("row", ogr.OFTInteger))
    for row, geometry in enumerate(geometries):
        if keep[row]:
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("row", row)
            feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geometry)))
            layer.CreateFeature(feature)
    gdal.RasterizeLayer(raster, [1], layer, options=["ATTRIBUTE=row"])
    return raster.GetRasterBand(1).ReadAsArray()


# ── tests ───────────────────────────────────────────────────────────────────────────


def test_same_seed_gives_identical_parcels(county, dltb, tmp_path):
    demo_county.build_county(tmp_path, PARCELS, seed=SEED)
    for layer in ("DLTB", "DLTB_2022"):
        first = read_layer(county[0] / "county.gpkg", layer)
        again = read_layer(tmp_path / "county.gpkg", layer)
        assert first[0] == again[0]
        assert first[1] == again[1]


def test_counts_match_the_manifest(county, dltb):
    out, manifest = county
    assert len(dltb[0]) == PARCELS == manifest["parcels"]
    ds = ogr.Open(str(out / "county.gpkg"))
    for name, count in manifest["layers"].items():
        assert ds.GetLayerByName(name).GetFeatureCount() == count
    on_disk = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert on_disk == json.loads(json.dumps(manifest, ensure_ascii=False))
    tbmj = sum(half_away(r["TBMJ"]) for r in dltb[0])
    assert manifest["tbmj_sum_m2"]["DLTB"] == pytest.approx(tbmj, abs=0.005)
    assert 3000 <= manifest["mean_parcel_m2"] <= 8000


def test_every_layer_has_its_crs(county):
    ds = ogr.Open(str(county[0] / "county.gpkg"))
    found = {ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())}
    assert set(LAYER_CRS) <= found
    for name, epsg in LAYER_CRS.items():
        layer = ds.GetLayerByName(name)
        assert layer.GetSpatialRef().GetAuthorityCode(None) == str(epsg), name
        assert layer.GetGeomType() == ogr.wkbMultiPolygon, name
        assert layer.GetFeatureCount() > 0, name


def test_geographic_layers_hold_lonlat(county):
    ds = ogr.Open(str(county[0] / "county.gpkg"))
    for name in ("eco_redline", "water_source_l1"):
        minx, maxx, miny, maxy = ds.GetLayerByName(name).GetExtent()
        assert 118.5 < minx < maxx < 120.0, name
        assert 33.0 < miny < maxy < 34.5, name


def test_dltb_fields_mirror_the_survey_layer(county):
    ds = ogr.Open(str(county[0] / "county.gpkg"))
    for layer_name in ("DLTB", "DLTB_2022"):
        definition = ds.GetLayerByName(layer_name).GetLayerDefn()
        fields = [definition.GetFieldDefn(i) for i in range(definition.GetFieldCount())]
        assert [f.GetName() for f in fields] == DLTB_FIELDS
        kinds = {f.GetName(): f.GetType() for f in fields}
        widths = {f.GetName(): f.GetWidth() for f in fields}
        for name in ("TBMJ", "KCXS", "KCMJ", "TBDLMJ", "XZDWKD"):
            assert kinds[name] == ogr.OFTReal
        assert kinds["GDDB"] == kinds["SJNF"] == ogr.OFTInteger
        assert widths["BSM"] == 18 and widths["ZLDWDM"] == 19 and widths["TBBH"] == 8


def test_parcels_lie_in_zone_40_around_lianshui(dltb):
    minx, miny, maxx, maxy = shapely.total_bounds(dltb[2])
    assert 40_000_000 < minx < maxx < 41_000_000
    to_lonlat = Transformer.from_crs(4528, 4490, always_xy=True)
    lon, lat = to_lonlat.transform((minx + maxx) / 2, (miny + maxy) / 2)
    assert lon == pytest.approx(119.2, abs=0.3)
    assert lat == pytest.approx(33.8, abs=0.3)


def test_sixteen_contiguous_townships(county, dltb):
    rows = dltb[0]
    assert {r["ZLDWMC"] for r in rows} == set(TOWNSHIP_NAMES)
    for r in rows:
        number = TOWNSHIP_NAMES.index(r["ZLDWMC"]) + 1
        assert r["ZLDWDM"] == f"320826{number:03d}0000000000"
        assert len(r["QSDWDM"]) == 19 and r["QSDWDM"].startswith(r["ZLDWDM"][:9])
        assert r["QSXZ"] in ("10", "30")
    xzq, wkbs = read_layer(county[0] / "county.gpkg", "XZQ")
    assert [r["XZQMC"] for r in xzq] == TOWNSHIP_NAMES
    assert [r["XZQDM"] for r in xzq] == [f"320826{i:03d}" for i in range(1, 17)]
    assert all(shapely.get_num_geometries(shapely.from_wkb(wkbs)) == 1)


def test_land_classes_come_from_gbt_21010(dltb, dltb_2022):
    for rows in (dltb[0], dltb_2022[0]):
        for r in rows:
            assert GBT_21010.get(r["DLBM"]) == r["DLMC"], r["DLBM"]
    codes = [r["DLBM"] for r in dltb[0]]
    assert codes.count("0602") >= 5
    assert codes.count("0101") > 0.25 * len(codes)
    assert {"0702", "1104", "0301", "1107", "1006"} <= set(codes)


def test_tbmj_is_the_survey_formula(dltb, dltb_2022):
    to_lonlat = Transformer.from_crs(4528, 4490, always_xy=True)
    for rows, _, geometries in (dltb, dltb_2022):
        for r, geometry in zip(rows, geometries):
            assert r["TBMJ"] == pytest.approx(survey_area(geometry, to_lonlat), abs=0.01)
            assert r["TBMJ"] == half_away(r["TBMJ"])


def test_field_ridge_deduction(dltb):
    for r in dltb[0]:
        if r["DLBM"] in CROPLAND:
            assert r["KCDLBM"] == "1203"
            assert r["GDLX"] in ("TT", "PD")
            assert r["GDPDJB"] in ("1", "2", "3", "4", "5")
            assert 1 <= r["GDDB"] <= 15
            assert (r["KCXS"] == 0) == (r["GDPDJB"] == "1")
        else:
            assert r["KCXS"] == 0 and r["KCDLBM"] is None and r["GDPDJB"] is None
        assert r["KCMJ"] == half_away(r["TBMJ"] * r["KCXS"])
        assert r["TBDLMJ"] == pytest.approx(r["TBMJ"] - r["KCMJ"], abs=1e-6)
    grades = {r["GDPDJB"] for r in dltb[0] if r["DLBM"] in CROPLAND}
    assert len(grades) >= 3  # some cropland on slopes, not only the plain


def test_slope_grade_agrees_with_the_dem(county, dltb):
    out, manifest = county
    rows, _, geometries = dltb
    defective = set(manifest["defective_bsm"])
    keep = np.array([r["BSM"] not in defective for r in rows])
    labels = parcel_labels(out / "dem.tif", geometries, keep)
    slope = dem_slope(out / "dem.tif")
    inside = labels >= 0
    count = np.bincount(labels[inside], minlength=len(rows))
    total = np.bincount(labels[inside], weights=slope[inside].astype(float), minlength=len(rows))
    checked = 0
    for i, r in enumerate(rows):
        if r["DLBM"] in CROPLAND and keep[i] and count[i] > 0:
            mean = total[i] / count[i]
            assert r["GDPDJB"] == slope_grade(mean), (r["BSM"], mean)
            checked += 1
    assert checked > 0.8 * sum(r["DLBM"] in CROPLAND for r in rows)


def test_dem_is_a_deflated_float_grid_with_steep_hills(county, dltb):
    dem = gdal.Open(str(county[0] / "dem.tif"))
    band = dem.GetRasterBand(1)
    assert band.DataType == gdal.GDT_Float32
    assert band.GetNoDataValue() is not None
    assert dem.GetMetadata("IMAGE_STRUCTURE").get("COMPRESSION") == "DEFLATE"
    srs = osr.SpatialReference(wkt=dem.GetProjection())
    assert srs.GetAuthorityCode(None) == "4528"
    x0, cell, _, y0, _, neg = dem.GetGeoTransform()
    assert cell == -neg == 10.0
    minx, miny, maxx, maxy = shapely.total_bounds(dltb[2])
    assert x0 <= minx and y0 >= maxy
    assert x0 + cell * dem.RasterXSize >= maxx and y0 - cell * dem.RasterYSize <= miny
    elevation = band.ReadAsArray()
    valid = elevation != band.GetNoDataValue()
    assert 0 < np.median(elevation[valid]) < 25  # a plain
    slope = dem_slope(county[0] / "dem.tif")
    assert (slope > 25).sum() > 100
    assert ((slope > 6) & (slope <= 25)).sum() > 100


def test_gbk_shapefile_as_county_offices_send_it(county, dltb):
    folder = county[0] / "DLTB_GBK"
    assert (folder / "DLTB.shp").exists() and (folder / "DLTB.prj").exists()
    assert not (folder / "DLTB.cpg").exists()
    dbf = (folder / "DLTB.dbf").read_bytes()
    assert dbf[29] == 0  # LDID: no code page declared
    header_length = int.from_bytes(dbf[8:10], "little")
    record_length = int.from_bytes(dbf[10:12], "little")
    offset, position = 1, None  # each record starts with a deletion flag
    for start in range(32, header_length - 1, 32):
        name = dbf[start:start + 11].split(b"\x00")[0].decode("ascii")
        if name == "ZLDWMC":
            position = (offset, dbf[start + 16])
        offset += dbf[start + 16]
    assert position is not None
    first_offset, width = position
    names = set()
    for row in range(min(len(dltb[0]), 50)):
        raw = dbf[header_length + row * record_length + first_offset:][:width].rstrip(b" ")
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
        names.add(raw.decode("gbk"))
    assert names <= set(TOWNSHIP_NAMES) and names
    assert "南集镇".encode("gbk") in dbf


def test_planted_defects(county, dltb):
    rows, wkbs, geometries = dltb
    defects = county[1]["defects"]
    bsm = [r["BSM"] for r in rows]
    assert len(set(bsm)) == len(bsm)
    invalid = {b for b, g in zip(bsm, geometries) if not g.is_valid}
    assert invalid == set(defects["self_intersecting"]) and len(invalid) >= 1
    for b in invalid:
        reason = shapely.is_valid_reason(geometries[bsm.index(b)])
        assert "Self-intersection" in reason or "Ring Self-intersection" in reason
    original, copy = defects["duplicate"]
    assert wkbs[bsm.index(original)] == wkbs[bsm.index(copy)]
    holed = [b for b, g in zip(bsm, geometries) if shapely.get_num_interior_rings(
        shapely.get_geometry(g, 0)) > 0]
    assert set(holed) == set(defects["holes"])
    for b in holed:
        hole = shapely.Polygon(shapely.get_geometry(geometries[bsm.index(b)], 0).interiors[0])
        ponds = [r for r, g in zip(rows, geometries) if g.equals(hole)]
        assert [r["DLBM"] for r in ponds] == ["1104"]
    multipart = [b for b, g in zip(bsm, geometries) if shapely.get_num_geometries(g) > 1]
    assert set(multipart) == set(defects["multipart"]) and multipart
    assert all(geometries[bsm.index(b)].is_valid for b in multipart)


def test_neighbours_share_their_edges_exactly(dltb_2022):
    geometries = dltb_2022[2]
    valid = shapely.is_valid(geometries)
    assert shapely.coverage_is_valid(geometries[valid])


def test_mining_land_restored_to_forest(county, dltb, dltb_2022):
    manifest = county[1]
    rows, wkbs, geometries = dltb
    rows_2022, wkbs_2022, geometries_2022 = dltb_2022
    mining_2022 = [g for r, g in zip(rows_2022, geometries_2022) if r["DLBM"] == "0602"]
    mining_2023 = [r for r in rows if r["DLBM"] == "0602"]
    assert len(mining_2022) > len(mining_2023) >= 5
    restored = [(r, g) for r, g in zip(rows, geometries) if r["BZ"] == "矿山生态修复"]
    assert restored and all(r["DLBM"] in ("0301", "0307") for r, _ in restored)
    forest_2023 = shapely.union_all([g for r, g in zip(rows, geometries)
                                     if r["DLBM"] in ("0301", "0307")])
    under_forest = shapely.intersection(shapely.union_all(mining_2022), forest_2023).area
    assert under_forest > 1000
    restored_bsm = {r["BSM"] for r, _ in restored}
    marked = manifest["restored_mining"]
    assert restored_bsm == set(marked["whole"]) | set(marked["split_forest_parts"])
    # Partly restored parcels were split: those boundaries exist in 2023 only.
    assert set(marked["split_forest_parts"]) and not set(wkbs_2022) >= set(wkbs)
    codes_2022 = {r["BSM"]: r["DLBM"] for r in rows_2022}
    codes_2023 = {r["BSM"]: r["DLBM"] for r in rows}
    assert all(codes_2022[b] == "0602" for b in marked["whole"])
    assert all(codes_2022[b] == "0602" and b not in codes_2023 for b in marked["split_from_2022"])
    assert all(codes_2023[b] == "0602" and b not in codes_2022
               for b in marked["split_mining_parts"])
    assert not set(marked["split_forest_parts"]) & set(codes_2022)


def test_other_class_changes_keep_their_parcel(county, dltb, dltb_2022):
    before = {r["BSM"]: r["DLBM"] for r in dltb_2022[0]}
    after = {r["BSM"]: r["DLBM"] for r in dltb[0]}
    changes = county[1]["class_changes"]
    for bsm in changes["cropland_to_pond"]:
        assert before[bsm] == "0101" and after[bsm] == "1104"
    for bsm in changes["pond_to_cropland"]:
        assert before[bsm] == "1104" and after[bsm] == "0101"
    assert changes["cropland_to_pond"] and changes["pond_to_cropland"]


def test_restoration_candidates_and_special_cropland(dltb):
    rows = dltb[0]
    flagged = [r for r in rows if r["ZZSXDM"] in ("JKHF", "GCHF")]
    assert flagged and all(r["DLBM"] not in CROPLAND for r in flagged)
    assert {r["ZZSXMC"] for r in flagged} <= {"即可恢复", "工程恢复"}
    crop_use = [r["ZZSXDM"] for r in rows if r["DLBM"] in CROPLAND]
    assert crop_use.count("LS") > 0.6 * len(crop_use)
    special = [r for r in rows if r["TBXHDM"]]
    assert special and all(r["DLBM"] in CROPLAND for r in special)
    assert {r["TBXHMC"] for r in special} <= {"河道耕地", "林区耕地"}
    towns = {r["CZCSXM"] for r in rows if r["DLBM"] in ("0701", "0702", "05H1", "0601")}
    assert towns <= {"201", "202", "203"} and "203" in towns
    assert {r["CZCSXM"] for r in rows if r["DLBM"] == "0602"} == {"204"}


def test_parcel_numbers(dltb):
    rows = dltb[0]
    assert all(len(r["BSM"]) == 18 and len(r["TBYBH"]) == 18 for r in rows)
    assert {r["SJNF"] for r in rows} == {2023}
    assert {(r["YSDM"], r["MSSM"], r["FRDBS"]) for r in rows} == {("2001010100", "00", "0")}
    numbers = [(r["QSDWDM"], r["TBBH"]) for r in rows if r["QSXZ"] == "30"]
    assert len(set(numbers)) >= len(numbers) - 1  # only the duplicate repeats its number


def test_constraint_layers_overlap_parcels_partly(county, dltb):
    out = county[0]
    valid = dltb[2][shapely.is_valid(dltb[2])]
    county_area = shapely.union_all(valid).area
    parcels = shapely.STRtree(valid)
    to_xy = Transformer.from_crs(4490, 4528, always_xy=True)
    slivers = 0
    for name in CONSTRAINTS:
        rows, wkbs = read_layer(out / "county.gpkg", name)
        geometries = shapely.from_wkb(wkbs)
        if LAYER_CRS[name] == 4490:
            geometries = shapely.transform(geometries, lambda x, y: to_xy.transform(x, y),
                                           interleaved=False)
        assert 1 <= len(rows) <= 60, name
        assert all(r["NAME"] for r in rows), name
        assert shapely.union_all(geometries).area < 0.5 * county_area, name
        hits = parcels.query(geometries, predicate="intersects")
        pieces = shapely.intersection(geometries[hits[0]], valid[hits[1]])
        partial = shapely.area(pieces) < shapely.area(valid[hits[1]]) - 1.0
        assert partial.any(), name
        slivers += int((shapely.area(pieces) < 5.0).sum())
    assert slivers > 0


def test_constraint_attributes(county):
    gpkg = county[0] / "county.gpkg"
    forest, _ = read_layer(gpkg, "public_welfare_forest")
    assert {r["LEVEL"] for r in forest} <= {"国家级", "省级", "地方"}
    projects, _ = read_layer(gpkg, "new_cropland_project")
    assert {r["XMLX"] for r in projects} <= {"高标准农田", "补充耕地", "旱改水"}
    assert all(2015 <= r["WCNF"] <= 2023 and r["XMMC"] for r in projects)


def test_cli_prints_a_timing_line(tmp_path, capsys):
    assert demo_county.main(["--out", str(tmp_path), "--parcels", "200", "--seed", "7"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("demo county: 200 parcels") and line.endswith(" s")
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert math.isfinite(manifest["tbmj_sum_m2"]["DLTB"])
