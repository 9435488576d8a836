#!/usr/bin/env python3
"""Generate a lean benchmark county, shaped unlike the demo county (scripts/demo_county.py).

    python scripts/bench_county_lean.py --out data/bench_lean/200000 --parcels 200000

The demo county has the survey's 31 DLTB fields and Voronoi parcels of 10–40 vertices with
densified shared edges; this one has three fields (BSM, DLBM, ZLDWMC) and parcels of 8
vertices: each cell of a jittered grid, its four corners and four edge midpoints shared
with the neighbours (a clean coverage). The constraint zones are large: blobs of half a
kilometre to a few kilometres, overlapping, dealt into the Lianshui pack's three roles
(water_source_l1, eco_redline, nature_reserve_core) and merged into one multipolygon
feature per role, as a county's dissolved layer is. EPSG:4528 (CGCS2000 3°
Gauss–Krüger zone 40, around 119.2°E 33.8°N). ``dem.tif``: a plain with a few hills
steeper than 25°. Same ``--parcels`` and ``--seed`` give the same files. No QGIS needed.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import numpy as np
import shapely
from osgeo import gdal, ogr, osr

gdal.UseExceptions()
ogr.UseExceptions()

EPSG = 4528
CENTRE = (40_500_000.0, 3_742_000.0)  # easting with the zone prefix 40, northing (≈ 120°E 33.8°N)
CELL_M = 70.0  # ≈ 5 000 m² a parcel
ROLES = ("water_source_l1", "eco_redline", "nature_reserve_core")
CLASSES = ("0101", "0103", "0301", "0702", "1104", "1107", "1006", "0404", "1202", "0602")
CLASS_SHARES = (0.40, 0.12, 0.08, 0.10, 0.10, 0.06, 0.05, 0.03, 0.04, 0.02)
TOWNSHIPS = ("南集镇", "黄营镇", "唐集镇", "石湖镇", "大东镇", "五港镇", "东胡集镇", "涟城街道",
             "保滩镇", "朱码镇", "岔庙镇", "高沟镇", "红窑镇", "梁岔镇", "成集镇", "陈师镇")
DEM_CELL_M = 25.0


def grid_shape(parcels: int) -> tuple[int, int]:
    """(rows, columns) of a near-square grid with at least ``parcels`` cells."""
    cols = math.ceil(math.sqrt(parcels))
    return math.ceil(parcels / cols), cols


def parcel_rings(parcels: int, rng) -> np.ndarray:
    """(parcels, 9, 2) closed rings of 8 vertices (corners and edge midpoints, counter-clockwise)."""
    rows, cols = grid_shape(parcels)
    x0, y0 = CENTRE[0] - cols * CELL_M / 2, CENTRE[1] - rows * CELL_M / 2
    # Corners (rows+1, cols+1), jittered; edge midpoints jittered along their normal.
    cy, cx = np.mgrid[0:rows + 1, 0:cols + 1].astype(float)
    corners = np.stack([x0 + (cx + rng.uniform(-0.25, 0.25, cx.shape)) * CELL_M,
                        y0 + (cy + rng.uniform(-0.25, 0.25, cy.shape)) * CELL_M], axis=-1)
    horizontal = (corners[:, :-1] + corners[:, 1:]) / 2  # (rows+1, cols, 2), on bottom/top edges
    horizontal[..., 1] += rng.uniform(-0.12, 0.12, horizontal.shape[:2]) * CELL_M
    vertical = (corners[:-1] + corners[1:]) / 2  # (rows, cols+1, 2), on left/right edges
    vertical[..., 0] += rng.uniform(-0.12, 0.12, vertical.shape[:2]) * CELL_M
    r, c = np.divmod(np.arange(parcels), cols)
    ring = [corners[r, c], horizontal[r, c], corners[r, c + 1], vertical[r, c + 1],
            corners[r + 1, c + 1], horizontal[r + 1, c], corners[r + 1, c], vertical[r, c], corners[r, c]]
    return np.stack(ring, axis=1)


def multipolygon_wkb(rings: np.ndarray) -> list:
    """Little-endian MultiPolygon WKB, one part with one ring, per row (built in numpy)."""
    n, points = rings.shape[:2]
    head = np.zeros(n, dtype=np.dtype([("o", "u1"), ("t", "<u4"), ("np", "<u4"), ("o2", "u1"), ("t2", "<u4"),
                                       ("nr", "<u4"), ("npt", "<u4")]))
    head["o"], head["t"], head["np"], head["o2"], head["t2"], head["nr"], head["npt"] = 1, 6, 1, 1, 3, 1, points
    body = np.ascontiguousarray(rings, dtype="<f8").reshape(n, -1).view(np.uint8)
    blob = np.concatenate([head.view(np.uint8).reshape(n, -1), body], axis=1)
    return [bytes(b) for b in blob]


def blob(rng, centre, radius: float, vertices: int = 240) -> np.ndarray:
    """A closed star-shaped ring of smooth random radius around ``centre``."""
    angle = np.linspace(0, 2 * math.pi, vertices, endpoint=False)
    wobble = np.zeros(vertices)
    for k in range(2, 7):
        wobble += rng.uniform(-0.25, 0.25) / k * np.cos(k * angle + rng.uniform(0, 2 * math.pi))
    wobble += rng.uniform(-0.01, 0.01, vertices)
    r = radius * (1 + wobble)
    ring = np.column_stack([centre[0] + r * np.cos(angle), centre[1] + r * np.sin(angle)])
    return np.vstack([ring, ring[:1]])


def zone_layers(parcels: int, rng) -> dict:
    """Role id → one MultiPolygon WKB: blobs drawn from one pool, dealt to the roles
    (overlapping each other within a role and across roles), each role's merged into one
    zone feature, as a county's dissolved constraint layer is."""
    rows, cols = grid_shape(parcels)
    width, height = cols * CELL_M, rows * CELL_M
    count = max(12, round(60 * math.sqrt(parcels / 200000)))
    blobs = {role: [] for role in ROLES}
    for k in range(count):
        centre = (CENTRE[0] + rng.uniform(-0.45, 0.45) * width, CENTRE[1] + rng.uniform(-0.45, 0.45) * height)
        radius = rng.uniform(0.01, 0.06) * max(width, height)
        blobs[ROLES[k % len(ROLES)]].append(shapely.Polygon(blob(rng, centre, radius)))
    return {role: shapely.to_wkb(shapely.multipolygons(shapely.get_parts(shapely.union_all(polygons))))
            for role, polygons in blobs.items()}


def srs() -> osr.SpatialReference:
    out = osr.SpatialReference()
    out.ImportFromEPSG(EPSG)
    out.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return out


def write_parcels(ds, rings: np.ndarray, rng) -> None:
    layer = ds.CreateLayer("DLTB", srs(), ogr.wkbMultiPolygon)
    for name, width in (("BSM", 18), ("DLBM", 5), ("ZLDWMC", 60)):
        definition = ogr.FieldDefn(name, ogr.OFTString)
        definition.SetWidth(width)
        layer.CreateField(definition)
    n = len(rings)
    codes = rng.choice(len(CLASSES), size=n, p=CLASS_SHARES)
    rows, cols = grid_shape(n)
    r, c = np.divmod(np.arange(n), cols)
    township = (r * 4 // rows) * 4 + (c * 4 // cols)  # a 4 × 4 patchwork of townships
    definition = layer.GetLayerDefn()
    layer.StartTransaction()
    for i, wkb in enumerate(multipolygon_wkb(rings)):
        feature = ogr.Feature(definition)
        feature.SetFieldString(0, f"3208262023{i + 1:08d}")
        feature.SetFieldString(1, CLASSES[codes[i]])
        feature.SetFieldString(2, TOWNSHIPS[township[i]])
        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb))
        layer.CreateFeature(feature)
    layer.CommitTransaction()


def write_zones(ds, layers: dict) -> None:
    for role, wkb in layers.items():
        layer = ds.CreateLayer(role, srs(), ogr.wkbMultiPolygon)
        layer.CreateField(ogr.FieldDefn("NAME", ogr.OFTString))
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("NAME", role)
        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb))
        layer.CreateFeature(feature)


def write_dem(path: Path, rings: np.ndarray, rng) -> None:
    """A plain at 5–15 m with Gaussian hills whose flanks pass 25°."""
    x_min, y_min = rings[..., 0].min() - 100, rings[..., 1].min() - 100
    x_max, y_max = rings[..., 0].max() + 100, rings[..., 1].max() + 100
    cols, rows = math.ceil((x_max - x_min) / DEM_CELL_M), math.ceil((y_max - y_min) / DEM_CELL_M)
    x = x_min + (np.arange(cols) + 0.5) * DEM_CELL_M
    y = y_max - (np.arange(rows) + 0.5) * DEM_CELL_M
    z = np.empty((rows, cols), dtype=np.float32)
    hills = [(rng.uniform(x_min, x_max), rng.uniform(y_min, y_max), rng.uniform(60, 200))
             for _ in range(max(4, round(len(rings) / 8000)))]
    for top in range(0, rows, 512):  # in strips: a 400 000-parcel DEM is large
        yy = y[top:top + 512, None]
        strip = 10 + 5 * np.sin(x[None, :] / 3000.0) * np.cos(yy / 4000.0)
        for hx, hy, sigma in hills:
            strip = strip + sigma * np.exp(-((x[None, :] - hx) ** 2 + (yy - hy) ** 2) / (2 * sigma**2))
        z[top:top + 512] = strip
    ds = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, gdal.GDT_Float32,
                                              options=["COMPRESS=DEFLATE", "PREDICTOR=3", "TILED=YES"])
    ds.SetGeoTransform((x_min, DEM_CELL_M, 0.0, y_max, 0.0, -DEM_CELL_M))
    ds.SetProjection(srs().ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(-9999.0)
    ds.GetRasterBand(1).WriteArray(z)
    ds = None


def build_county(out_dir, parcels: int, seed: int = 20240101) -> Path:
    """county.gpkg (DLTB + the three role layers) and dem.tif in ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng([seed, parcels])
    rings = parcel_rings(parcels, rng)
    gpkg = out / "county.gpkg"
    partial = out / "county.tmp.gpkg"
    partial.unlink(missing_ok=True)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(partial))
    write_parcels(ds, rings, rng)
    write_zones(ds, zone_layers(parcels, rng))
    ds = None
    write_dem(out / "dem.tif", rings, rng)
    partial.replace(gpkg)  # last: make's target exists only when complete
    return gpkg


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="output folder")
    parser.add_argument("--parcels", type=int, default=200000, help="DLTB features")
    parser.add_argument("--seed", type=int, default=20240101)
    args = parser.parse_args(argv)
    print(build_county(args.out, args.parcels, args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
