"""A hand-made county for the change-package tests: DLTB with the survey's full field set, change
polygons, and TBMJ from the independent reference formula (tests/reference_area.py: pyproj +
plain Python, nothing shared with the plugin).

Two villages of county 320826 meet at x = 200 m (EPSG:4528 around 119.2°E 33.8°N):

    y 200 ┌ P7 0701 ┐
    y 100 ├ P5 0602 ┼ P6 1006 ┼ P8 0101 ┐
    y   0 └ P1 0103 ┴ P2 0602 ┴ P3 0301 ┴ P4 0404 ┘
          0        100       200       300       400  (x, m)
              王庄村 V1       │    李庄村 V2
"""

from __future__ import annotations

import numpy as np
import shapely
from osgeo import ogr, osr
from pyproj import Transformer

from land_balance.rules.survey_schema import layer_fields
from reference_area import half_away, reference_area

X0, Y0 = 40_426_000.0, 3_742_000.0
EPSG = 4528
COUNTY = "320826"
V1, V2 = "3208260012010000000", "3208260012020000000"
NAMES = {V1: "王庄村", V2: "李庄村"}
TO_LONLAT = Transformer.from_crs(EPSG, 4490, always_xy=True)
OGR_TYPES = {"text": ogr.OFTString, "real": ogr.OFTReal, "integer": ogr.OFTInteger, "date": ogr.OFTDate}


def box(x, y, w, h):
    return shapely.box(X0 + x, Y0 + y, X0 + x + w, Y0 + y + h)


def lonlat(geometry):
    return shapely.transform(geometry, lambda xy: np.column_stack(TO_LONLAT.transform(xy[:, 0], xy[:, 1])))


def official(geometry) -> float:
    """The survey formula by the second method, rounded half away from zero."""
    return half_away(reference_area(lonlat(geometry)))


def bsm(serial: int) -> str:
    return f"{COUNTY}2110{serial:08d}"


# name → (serial, TBBH, village, DLBM, DLMC, geometry, extra fields)
PARCELS = {
    "P1": (1, "1", V1, "0103", "旱地", box(0, 0, 100, 100), {"GDPDJB": "2", "GDLX": "PD", "KCXS": 0.034}),
    "P2": (2, "2", V1, "0602", "采矿用地", box(100, 0, 100, 100), {"CZCSXM": "204"}),
    "P3": (3, "1", V2, "0301", "乔木林地", box(200, 0, 100, 100), {}),
    "P4": (4, "2", V2, "0404", "其他草地", box(300, 0, 100, 100), {}),
    "P5": (5, "3", V1, "0602", "采矿用地", box(0, 100, 100, 100), {"CZCSXM": "204"}),
    "P6": (9, "7", V1, "1006", "农村道路", box(100, 100, 100, 100), {"XZDWKD": 5.0}),
    "P7": (6, "4", V1, "0701", "城镇住宅用地", box(0, 200, 100, 100), {"CZCSXM": "203"}),
    "P8": (7, "3", V2, "0101", "水田", box(200, 100, 100, 100), {"GDPDJB": "1", "GDLX": "", "KCXS": 0.0}),
}


def parcel_record(name: str) -> dict:
    serial, tbbh, village, code, label, geometry, extra = PARCELS[name]
    tbmj = official(geometry)
    kcxs = extra.get("KCXS", 0.0)
    kcmj = half_away(tbmj * kcxs)
    record = {"BSM": bsm(serial), "YSDM": "2001010100", "TBYBH": f"{COUNTY}{serial:012d}", "TBBH": tbbh,
              "DLBM": code, "DLMC": label, "QSXZ": "30", "QSDWDM": village, "QSDWMC": NAMES[village],
              "ZLDWDM": village, "ZLDWMC": NAMES[village], "TBMJ": tbmj, "KCXS": kcxs, "KCMJ": kcmj,
              "TBDLMJ": half_away(tbmj - kcmj), "FRDBS": "0", "SJNF": 2022, "MSSM": "00"}
    if code.startswith("01"):
        record["KCDLBM"] = "1203"
    record.update({k: v for k, v in extra.items() if k != "KCXS" and v != ""})
    return record


def write_layer(path, name, records, geometries, epsg=EPSG, fields=None):
    """A GeoPackage layer with the DLTB field set (or ``fields``: (name, type, length, precision))."""
    fields = fields or [(f.name, f.type, f.length, f.precision) for f in layer_fields("DLTB")]
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.Open(str(path), 1) if path.exists() else driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    layer = ds.CreateLayer(name, srs, ogr.wkbMultiPolygon)
    for field_name, kind, length, precision in fields:
        definition = ogr.FieldDefn(field_name, OGR_TYPES[kind])
        if kind != "integer":
            definition.SetWidth(length)
            definition.SetPrecision(precision)
        layer.CreateField(definition)
    for record, geometry in zip(records, geometries):
        feature = ogr.Feature(layer.GetLayerDefn())
        for key, value in record.items():
            if value is not None and layer.GetLayerDefn().GetFieldIndex(key) >= 0:
                feature.SetField(key, value)
        shape = lonlat(geometry) if epsg == 4490 else geometry
        feature.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkb(shapely.to_wkb(shape))))
        layer.CreateFeature(feature)
    del layer, ds
    return f"{path}|layername={name}"


def write_base(path, epsg=EPSG, names=tuple(PARCELS)):
    return write_layer(path, "DLTB", [parcel_record(n) for n in names], [PARCELS[n][5] for n in names], epsg)


CHANGE_FIELDS = [("DLBM", "text", 5, 0), ("GDPDJB", "text", 2, 0), ("GDLX", "text", 2, 0),
                 ("XZDWKD", "real", 5, 1), ("ZLDWDM", "text", 19, 0), ("ZLDWMC", "text", 255, 0),
                 ("QSDWMC", "text", 255, 0), ("NOTE", "text", 50, 0)]

# The changes of the worked example, in feature order: (geometry, attributes).
CHANGES = [
    (box(0, 100, 100, 100), {"DLBM": "0301", "NOTE": "P5 restored to forest: same geometry, BGXW 1"}),
    (box(150, 20, 100, 60), {"DLBM": "0301", "NOTE": "crosses the village boundary at x = 200"}),
    (box(300, 0, 60, 100), {"DLBM": "0103", "GDPDJB": "3", "GDLX": "TT", "NOTE": "grass to dry land, KCXS 0.052"}),
    (box(250, 170, 100, 60), {"DLBM": "1104", "NOTE": "reaches outside the county: clipped"}),
    (shapely.box(X0 + 100, Y0 + 99.9995, X0 + 200, Y0 + 200), {"DLBM": "1003", "XZDWKD": 12.0,
                                                                "NOTE": "road widened; 0.05 m² sliver of P2"}),
    (box(0, 200, 100, 100), {"DLBM": "0701", "ZLDWMC": "王庄新村", "QSDWMC": "王庄新村",
                             "NOTE": "names only: left out"}),
]


def write_changes(path, changes=CHANGES, epsg=EPSG):
    return write_layer(path, "changes", [a for _, a in changes], [g for g, _ in changes], epsg, CHANGE_FIELDS)


def make_package(folder, epsg=EPSG, changes=CHANGES, **extra):
    """The worked example's package through Processing: (base source, package path)."""
    import processing
    from qgis.core import QgsProcessingFeedback

    base = write_base(folder / "base.gpkg", epsg=epsg)
    change_layer = write_changes(folder / "changes.gpkg", changes)
    package = folder / "pkg.gpkg"
    processing.run("landbalance:changepackage", {"BASE": base, "CHANGES": change_layer, "UPDATE_DATE": "2023-12-31",
                                                 "OUTPUT": str(package), **extra}, feedback=QgsProcessingFeedback())
    return base, package


def package_rows(path, layer):
    """Every row of a package layer as a dict, with its geometry as shapely under ``_geometry``."""
    ds = ogr.Open(str(path))
    out = []
    for feature in ds.GetLayerByName(layer):
        record = {feature.GetFieldDefnRef(i).GetName(): feature.GetField(i) for i in range(feature.GetFieldCount())}
        geometry = feature.GetGeometryRef()
        record["_geometry"] = shapely.from_wkb(bytes(geometry.ExportToWkb())) if geometry is not None else None
        out.append(record)
    return out
