"""Small parcel layers for the cultivated-land ledger tests (OGR only), with their official
areas computed independently (tests/reference_area.py: the formula edge by edge, pyproj)."""

from __future__ import annotations

import numpy as np
import shapely
from osgeo import ogr, osr
from pyproj import Transformer

from reference_area import half_away, reference_area

X0, Y0 = 40_426_000.0, 3_742_000.0  # EPSG:4528 near 119.2°E 33.8°N
TYPES = {str: ogr.OFTString, int: ogr.OFTInteger, float: ogr.OFTReal}


def box(x, y, w, h) -> str:
    return f"POLYGON(({x} {y},{x + w} {y},{x + w} {y + h},{x} {y + h},{x} {y}))"


def write(path, name, rows, epsg=4528) -> str:
    """``rows``: dicts of attributes with a 'wkt' key; field types from the first non-None value."""
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.Open(str(path), 1) if path.exists() else driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    layer = ds.CreateLayer(name, srs, ogr.wkbMultiPolygon)
    fields = {}
    for row in rows:
        for key, value in row.items():
            if key != "wkt" and value is not None and key not in fields:
                fields[key] = TYPES[type(value)]
    for row in rows:
        for key in row:
            if key != "wkt":
                fields.setdefault(key, ogr.OFTString)
    for key, kind in fields.items():
        layer.CreateField(ogr.FieldDefn(key, kind))
    for row in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for key, value in row.items():
            if key != "wkt" and value is not None:
                feature.SetField(key, value)
        feature.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkt(row["wkt"])))
        layer.CreateFeature(feature)
    del layer, ds
    return f"{path}|layername={name}"


def cents(wkt: str, epsg: int = 4528) -> int:
    """The official area of a polygon in whole cents of m², computed independently."""
    transformer = Transformer.from_crs(epsg, 4490, always_xy=True)
    geometry = shapely.transform(shapely.from_wkt(wkt),
                                 lambda xy: np.column_stack(transformer.transform(xy[:, 0], xy[:, 1])))
    return round(half_away(reference_area(geometry)) * 100)


def mu(cents_value: int) -> float:
    """Cents of m² as mu with 2 decimals, half away from zero (exact integers)."""
    hundredths = (cents_value * 3 * 2 + 2000) // (2 * 2000)
    return hundredths / 100
