"""A small hand-made county for the workflow-algorithm and dock tests (not the demo generator).

Sixteen parcels in EPSG:4528 on a 4 × 4 grid of 100 m squares in two townships (XZQ), each
with two villages; TBBH is numbered within each village as the survey does (so parcel 1
exists in every village), ZLDWDM is the village's 19-digit code. Five parcels are mining
land (0602), three of them restored to forest (BZ 矿山生态修复); the rest cropland or forest.
TBMJ is left out on purpose: the plugin computes official areas itself.
"""

from __future__ import annotations

from pathlib import Path

from osgeo import ogr

from gpkg import add_feature, create_layer

X0, Y0 = 40_426_000.0, 3_742_000.0  # EPSG:4528, near 119.2°E 33.8°N
SIDE = 100.0
FIELDS = ("BSM", "TBBH", "DLBM", "ZLDWDM", "ZLDWMC", "BZ")
TOWNSHIPS = {"320826100": "南集镇", "320826101": "黄营镇"}
RESTORED = "矿山生态修复"
# grid cell (row, col) → (DLBM, BZ) of the parcels that are not cropland
SPECIAL = {(0, 0): ("0602", None), (1, 1): ("0602", None), (0, 3): ("0301", RESTORED),
           (2, 2): ("0301", RESTORED), (3, 3): ("0301", RESTORED), (2, 0): ("0301", None)}


def square(row: int, col: int) -> str:
    x, y = X0 + col * SIDE, Y0 + row * SIDE
    return f"MULTIPOLYGON((({x} {y},{x + SIDE} {y},{x + SIDE} {y + SIDE},{x} {y + SIDE},{x} {y})))"


def parcels() -> list:
    """(fields dict, WKT) for each parcel, row by row."""
    out, numbers = [], {}
    for row in range(4):
        for col in range(4):
            town = "320826100" if col < 2 else "320826101"
            village = f"{town}{'001' if row < 2 else '002'}0000000"  # 19 digits
            numbers[village] = numbers.get(village, 0) + 1
            code, note = SPECIAL.get((row, col), ("0101" if (row + col) % 2 else "0103", None))
            values = {"BSM": f"32082621100000{row * 4 + col + 1:04d}", "TBBH": str(numbers[village]), "DLBM": code,
                      "ZLDWDM": village, "ZLDWMC": TOWNSHIPS[town], "BZ": note}
            out.append((values, square(row, col)))
    return out


def write_county(path: Path) -> Path:
    """DLTB and XZQ in one GeoPackage; returns its path."""
    ds, layer = create_layer(path, "DLTB", 4528, fields=FIELDS)
    for values, wkt in parcels():
        add_feature(layer, values, ogr.CreateGeometryFromWkt(wkt))
    del layer, ds
    ds, layer = create_layer(path, "XZQ", 4528, fields=("XZQDM", "XZQMC"))
    for k, (code, name) in enumerate(TOWNSHIPS.items()):
        x = X0 + 2 * k * SIDE
        right, top = x + 2 * SIDE, Y0 + 4 * SIDE
        wkt = f"MULTIPOLYGON((({x} {Y0},{right} {Y0},{right} {top},{x} {top},{x} {Y0})))"
        add_feature(layer, {"XZQDM": code, "XZQMC": name}, ogr.CreateGeometryFromWkt(wkt))
    del layer, ds
    return path
