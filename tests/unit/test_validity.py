"""rules/validity.py: a feature it calls valid is valid (GEOS, through shapely, agrees);
what it cannot prove is left to GEOS."""

from __future__ import annotations

import numpy as np
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from land_balance.rules.validity import certainly_valid
from land_balance.rules.wkb import ragged_from_wkb


def proven(*geometries) -> list:
    return certainly_valid(ragged_from_wkb([shapely.to_wkb(g) if g is not None else None
                                            for g in geometries])).tolist()


def test_worked_examples():
    square = shapely.box(40_500_000, 3_740_000, 40_500_100, 3_740_080)
    bow_tie = shapely.Polygon([(0, 0), (1, 1), (1, 0), (0, 1)])
    ell = shapely.Polygon([(0, 0), (10, 0), (10, 1), (1, 1), (1, 10), (0, 10)])  # valid, not star-shaped from its mean
    holed = shapely.Polygon(square.exterior, [shapely.box(40_500_010, 3_740_010, 40_500_020, 3_740_020).exterior])
    repeated = shapely.Polygon([(0, 0), (1, 0), (1, 0), (1, 1), (0, 1)])
    spike = shapely.Polygon([(0, 0), (2, 0), (2, 2), (1, 2), (1, 3), (1, 2), (0, 2)])
    two = shapely.MultiPolygon([shapely.box(0, 0, 1, 1), shapely.box(2, 2, 3, 3)])
    assert proven(square, bow_tie, ell, holed, repeated, spike, two, None) == [
        True, False, False, False, False, False, False, False]
    assert proven(shapely.MultiPolygon([square])) == [True]
    assert not bow_tie.is_valid and not spike.is_valid and ell.is_valid  # GEOS decides those left over


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.floats(-50, 50), st.floats(-50, 50)), min_size=3, max_size=12))
def test_what_is_proven_is_valid(points):
    ring = np.array(points) + (40_500_000.0, 3_740_000.0)
    polygon = shapely.Polygon(ring)
    if proven(polygon)[0]:
        assert polygon.is_valid
