"""Cell owners by the vectorised scanline fill against GDAL's own rasterisation."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from osgeo import gdal, ogr

from land_balance.rules import rasterize
from land_balance.rules.area import RaggedPolygons
from land_balance.rules.rasterize import cell_owners

ROWS, COLS = 60, 80


def gdal_owners(geometries, rows=ROWS, cols=COLS) -> np.ndarray:
    """What gdal.RasterizeLayer burns (ATTRIBUTE = feature index), grid corner at (0, 0), y down."""
    memory = ogr.GetDriverByName("Memory").CreateDataSource("t")
    layer = memory.CreateLayer("p", None, ogr.wkbMultiPolygon)
    layer.CreateField(ogr.FieldDefn("ROW", ogr.OFTInteger))
    for row, geometry in enumerate(geometries):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField(0, row)
        feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geometry)))
        layer.CreateFeature(feature)
    raster = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, gdal.GDT_Int32)
    raster.SetGeoTransform((0, 1, 0, 0, 0, 1))
    raster.GetRasterBand(1).Fill(-1)
    gdal.RasterizeLayer(raster, [1], layer, options=["ATTRIBUTE=ROW"])
    return raster.GetRasterBand(1).ReadAsArray()


def ours(geometries, rows=ROWS, cols=COLS) -> np.ndarray:
    return cell_owners(RaggedPolygons.from_shapely(geometries), rows, cols)


def random_parcels(seed: int, n: int = 300):
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n):
        cx, cy = rng.uniform(-5, COLS + 5), rng.uniform(-5, ROWS + 5)
        k = rng.integers(3, 12)
        angles = np.sort(rng.uniform(0, 2 * np.pi, k))
        radius = rng.uniform(0.3, 6, k)
        shape = shapely.make_valid(shapely.Polygon(np.column_stack([cx + radius * np.cos(angles),
                                                                    cy + radius * np.sin(angles)])))
        if rng.random() < 0.2:
            shape = shape.difference(shapely.Point(cx, cy).buffer(rng.uniform(0.5, 2)))
        if rng.random() < 0.1:
            shape = shapely.union(shape, shapely.box(cx + 7, cy, cx + 9, cy + 3))
        out.append(shapely.make_valid(shape))
    return [g for g in out if g.geom_type in ("Polygon", "MultiPolygon") and not g.is_empty]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_parcels_get_gdal_cells(seed):
    """Concave rings, holes, multiparts, overlaps (the later feature wins), parts off the grid."""
    parcels = random_parcels(seed)
    assert np.array_equal(ours(parcels), gdal_owners(parcels))


def test_vertices_and_sloped_edges_on_cell_centres_follow_gdal():
    parcels = [
        shapely.box(2.5, 2.5, 10.5, 8.5),  # every edge through a row or column of centres
        shapely.Polygon([(20, 2.5), (30.5, 2.5), (25, 12.5)]),  # a base on a centre line
        shapely.Polygon([(40.5, 10.5), (35, 2.5), (46, 2.5)]),  # apex on a centre
        shapely.box(50, 50, 50.4, 50.4),  # holds no centre
        shapely.box(60, 20, 70, 30).difference(shapely.box(62.2, 22.2, 67.5, 27.2)),  # a hole
    ]
    assert np.array_equal(ours(parcels), gdal_owners(parcels))
    assert (ours(parcels) == 3).sum() == 0


def test_centres_on_shared_edges_belong_to_exactly_one_parcel():
    """A centre on a boundary goes to the parcel on the −x side of a vertical edge (as GDAL)
    and on the +y side of a horizontal one: a tiling stays a tiling, holes included. (GDAL
    also fills the row on a hole's lower edge in the outer ring, so a parcel filling the
    hole would overlap it there: the one place we differ.)"""
    outer = shapely.box(10, 10.5, 40, 40.5).difference(shapely.box(20.5, 20.5, 30.5, 30.5))
    tiles = [outer, shapely.box(20.5, 20.5, 30.5, 30.5), shapely.box(10, 40.5, 40, 50.5),
             shapely.box(40, 10.5, 50.5, 50.5)]
    got = ours(tiles)
    covered = np.zeros((ROWS, COLS), dtype=int)
    for k in range(len(tiles)):
        covered += ours([tiles[k]]) == 0
    assert covered[10:50, 10:50].max() == 1 and covered[10:50, 10:50].min() == 1
    assert (got[10:50, 10:50] >= 0).all()
    assert (got[20:30, 21:31] == 1).all() and (got[20:30, 20] == 0).all()
    assert (got[30, 21:31] == 0).all()


def test_chunks_keep_the_later_feature_on_top(monkeypatch):
    parcels = [shapely.box(0, 0, 40, 40), shapely.box(10, 10, 30, 30), shapely.box(5, 5, 15, 15)]
    monkeypatch.setattr(rasterize, "CHUNK_FEATURES", 1)
    monkeypatch.setattr(rasterize, "CHUNK_CELLS", 7)
    assert np.array_equal(ours(parcels), gdal_owners(parcels))


def test_nothing_to_burn():
    empty = RaggedPolygons(np.zeros((0, 2)), np.zeros(1, np.int64), np.zeros(1, np.int64), np.zeros(3, np.int64))
    assert (cell_owners(empty, 4, 5) == -1).all() and cell_owners(empty, 4, 5).shape == (4, 5)
