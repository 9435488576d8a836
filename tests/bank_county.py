"""A hand-made county for the reserve-bank tests: two years of parcels in EPSG:4528 whose
pieces (mining land then, forest now) and their official areas are known independently.

Seed 000_9e49406886a189a5.txt: pieces that were 采矿用地 (0602) in the earlier year and are
林地 in the later one enter the reserve bank; 生态修复情况 from BZ = 矿山生态修复.
"""

from __future__ import annotations

import numpy as np
import shapely
from gpkg import add_feature, create_layer
from osgeo import ogr
from pyproj import Transformer
from reference_area import half_away, reference_area

X0, Y0 = 40_426_000.0, 3_742_000.0  # EPSG:4528 (CGCS2000 3° zone 40, prefixed): near 119.2°E 33.8°N
FIELDS = ("BSM", "DLBM", "ZLDWDM", "ZLDWMC", "BZ")
TO_LONLAT = Transformer.from_crs(4528, 4490, always_xy=True)
COUNTY = "360725"  # 崇义县
RESTORED = "矿山生态修复"


def box(x, y, w, h):
    return shapely.box(X0 + x, Y0 + y, X0 + x + w, Y0 + y + h)


# BSM → (DLBM, geometry, township, BZ)
EARLIER = {
    "360725211000000001": ("0602", box(0, 0, 100, 100), "横水镇", None),
    "360725211000000002": ("0602", box(200, 0, 120, 80), "横水镇", None),
    "360725211000000003": ("0602", box(400, 0, 50, 50), "扬眉镇", None),
    "360725211000000004": ("0101", box(600, 0, 100, 100), "扬眉镇", None),
    "360725211000000005": ("0602", box(800, 0, 60, 60), "扬眉镇", None),
}
LATER = {
    "360725211000000101": ("0301", box(0, 0, 60, 100), "横水镇", RESTORED),
    "360725211000000102": ("0602", box(60, 0, 40, 100), "横水镇", None),
    "360725211000000103": ("0305", box(200, 0, 120, 80), "横水镇", None),
    "360725211000000104": ("0301", box(380, -10, 100, 70), "扬眉镇", RESTORED),
    "360725211000000105": ("0301", box(600, 0, 100, 100), "扬眉镇", RESTORED),
    "360725211000000106": ("0301", box(800, 0, 60, 60), "扬眉镇", RESTORED),
}
# The pieces in the overlay's order (later BSM): (later BSM, piece, restored, township)
PIECES = [
    ("360725211000000101", box(0, 0, 60, 100), "是", "横水镇"),
    ("360725211000000103", box(200, 0, 120, 80), "否", "横水镇"),
    ("360725211000000104", box(400, 0, 50, 50), "是", "扬眉镇"),
    ("360725211000000106", box(800, 0, 60, 60), "是", "扬眉镇"),
]


def lonlat(geom):
    return shapely.transform(geom, lambda xy: np.column_stack(TO_LONLAT.transform(xy[:, 0], xy[:, 1])))


def official_cents(geom_4528) -> int:
    """The survey's area, computed independently (plain Python + pyproj), in cents of m²."""
    return round(half_away(reference_area(lonlat(geom_4528))) * 100)


def write_layer(path, name, parcels, epsg=4528):
    ds, layer = create_layer(path, name, epsg, fields=FIELDS)
    for bsm, (code, geom, town, bz) in parcels.items():
        values = dict(zip(FIELDS, (bsm, code, COUNTY + "100000", town, bz)))
        add_feature(layer, values, ogr.CreateGeometryFromWkb(shapely.to_wkb(geom)))
    del layer, ds
    return f"{path}|layername={name}"


def write_county(folder):
    """(later layer, earlier layer) sources in a new GeoPackage."""
    gpkg = folder / "years.gpkg"
    return write_layer(gpkg, "DLTB", LATER), write_layer(gpkg, "DLTB_2022", EARLIER)
