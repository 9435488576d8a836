"""Overlay plumbing against QGIS itself: the numpy inverse projection gives the areas
QGIS's transform gives, and is used only where QGIS's operation is that projection."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsProcessingContext

from land_balance.processing.overlay import OfficialArea, vertices


def parcels(x0, y0, n=300):
    rng = np.random.default_rng(11)
    out = []
    for _ in range(n):
        x, y = x0 + rng.uniform(-60000, 60000), y0 + rng.uniform(-80000, 80000)
        k = rng.integers(3, 15)
        angles = np.sort(rng.uniform(0, 2 * np.pi, k))
        radius = rng.uniform(5, 300, k)
        shape = shapely.make_valid(shapely.Polygon(np.column_stack([x + radius * np.cos(angles),
                                                                    y + radius * np.sin(angles)])))
        out.append(QgsGeometry.fromWkt(shape.wkt))
    out += [QgsGeometry(), QgsGeometry.fromWkt(f"MULTIPOLYGON((({x0} {y0},{x0 + 50} {y0},{x0 + 50} {y0 + 50},"
                                               f"{x0} {y0}),({x0 + 30} {y0 + 5},{x0 + 45} {y0 + 5},{x0 + 45} {y0 + 20},"
                                               f"{x0 + 30} {y0 + 5})),(({x0 + 100} {y0},{x0 + 120} {y0},"
                                               f"{x0 + 120} {y0 + 30},{x0 + 100} {y0})))")]
    return out


@pytest.mark.parametrize("epsg, x0, y0", [(4528, 40_426_000, 3_742_000), (4549, 426_000, 3_742_000),
                                          (4502, 500_000, 4_000_000)])
def test_numpy_inverse_gives_qgis_areas(qgis_app, epsg, x0, y0):
    area = OfficialArea(QgsCoordinateReferenceSystem(f"EPSG:{epsg}"), QgsProcessingContext())
    details = area.transform.instantiatedCoordinateOperationDetails()
    assert area.grid is not None, (details.proj, area.transform.coordinateOperation(), details.isAvailable)
    geometries = parcels(x0, y0)
    fast = area.of(geometries)
    area.grid = None  # the per-geometry QGIS transform
    slow = area.of(geometries)
    assert fast[-2] == 0 and slow[-2] == 0
    assert np.abs(fast - slow).max() < 1e-5  # m² (floating-point noise; TBMJ is rounded to 0.01 m²)


@pytest.mark.parametrize("epsg", ["EPSG:32650", "EPSG:2385", "EPSG:3857"])
def test_other_grids_go_through_qgis(qgis_app, epsg):
    """WGS 84 UTM and Xi'an 80 need a datum shift to CGCS2000; web Mercator is no GK grid."""
    assert OfficialArea(QgsCoordinateReferenceSystem(epsg), QgsProcessingContext()).grid is None


def test_vertices_keep_parts_and_holes(qgis_app):
    geometries = parcels(40_426_000, 3_742_000, n=0)
    polygons = vertices(geometries)
    assert polygons.count == 2
    assert list(np.diff(polygons.geom_offsets)) == [0, 2] and list(np.diff(polygons.part_offsets)) == [2, 1]
