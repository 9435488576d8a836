"""The land survey's ellipsoidal area (DOMAIN.md "Cross-cutting facts"), checked by other means.

Rule source: the survey's area formula as restated in ../shared/DOMAIN.md; the programmes'
seeds (e.g. seeds/000_9e49406886a189a5.txt, 附件2 "面积：单位为亩，保留小数点后2位") rely on it.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from land_balance.rules.area import (
    Ellipsoid,
    RaggedPolygons,
    lonlat_rectangle_area,
    ring_areas,
    round_half_away,
    survey_areas,
)
from land_balance.rules.survey import cgcs2000, m2_per_mu

from reference_area import A, INV_F, reference_ring_area


def ragged(*features):
    """features: list of parts; part: list of rings; ring: list of (L, B)."""
    coords, rings, parts, geoms = [], [0], [0], [0]
    for feature in features:
        for part in feature:
            for ring in part:
                coords.extend(ring)
                rings.append(rings[-1] + len(ring))
            parts.append(parts[-1] + len(part))
        geoms.append(geoms[-1] + len(feature))
    xy = np.array(coords, dtype=float).reshape(-1, 2)
    return RaggedPolygons(xy, np.array(rings), np.array(parts), np.array(geoms))


def box(l1, b1, l2, b2):
    return [(l1, b1), (l2, b1), (l2, b2), (l1, b2), (l1, b1)]


@pytest.mark.parametrize(
    "rect",
    [
        (119.2, 33.8, 119.2009, 33.8009),  # about 1 ha near Lianshui
        (119.2, 33.8, 119.21, 33.81),  # about 1 km²
        (114.9, 25.8, 115.0, 25.9),  # Ganzhou, 100 km²
        (73.5, 39.0, 74.5, 40.0),  # far west
        (120.0, 0.0, 121.0, 1.0),  # at the equator
        (120.0, 52.0, 121.0, 53.5),  # far north
    ],
)
def test_rectangle_matches_closed_form(rect):
    """A latitude–longitude rectangle has a closed-form ellipsoidal area (authalic form)."""
    exact = lonlat_rectangle_area(*rect, cgcs2000())
    got = survey_areas(ragged([[box(*rect)]]), cgcs2000())[0]
    assert got == pytest.approx(exact, rel=1e-11, abs=1e-6)


def test_closed_form_is_independent():
    """The closed form itself against a textbook value: a 1°×1° cell at the equator ≈ 12 308 km²."""
    cell = lonlat_rectangle_area(0, 0, 1, 1, cgcs2000())
    assert cell == pytest.approx(12_308_778_361, rel=1e-4)


def test_first_not_second_eccentricity():
    """Swapping e² for e'² (a pitfall in circulating code) inflates areas by about 22.6 ppm.

    The inflation grows with latitude: 22.6 ppm is its value at 30°N (28 ppm at Lianshui's 33.8°N).
    """
    ring = box(119.2, 30.0, 119.21, 30.01)
    right = reference_ring_area(ring)
    f = 1 / INV_F
    e2 = f * (2 - f)
    wrong = reference_ring_area(ring, e2=e2 / (1 - e2))
    assert (wrong - right) / right * 1e6 == pytest.approx(22.6, abs=0.3)
    assert survey_areas(ragged([[ring]]), cgcs2000())[0] == pytest.approx(right, abs=1e-6)


def test_orientation_start_vertex_and_closure_do_not_matter():
    ring = [(119.2, 33.8), (119.21, 33.801), (119.215, 33.81), (119.203, 33.812), (119.2, 33.8)]
    base = survey_areas(ragged([[ring]]), cgcs2000())[0]
    reversed_ring = ring[::-1]
    rotated = ring[2:-1] + ring[:3]
    unclosed = ring[:-1]
    for variant in (reversed_ring, rotated, unclosed):
        assert survey_areas(ragged([[variant]]), cgcs2000())[0] == pytest.approx(base, abs=1e-6)


def test_holes_are_subtracted_and_parts_added():
    outer, hole = box(119.2, 33.8, 119.21, 33.81), box(119.202, 33.802, 119.205, 33.805)
    other = box(119.3, 33.8, 119.301, 33.801)
    e = cgcs2000()
    with_hole, multipart = survey_areas(ragged([[outer, hole]], [[outer], [other]]), e)
    assert with_hole == pytest.approx(lonlat_rectangle_area(119.2, 33.8, 119.21, 33.81, e)
                                      - lonlat_rectangle_area(119.202, 33.802, 119.205, 33.805, e), abs=1e-5)
    assert multipart == pytest.approx(lonlat_rectangle_area(119.2, 33.8, 119.21, 33.81, e)
                                      + lonlat_rectangle_area(119.3, 33.8, 119.301, 33.801, e), abs=1e-5)


def test_degenerate_and_empty_features_are_zero():
    e = cgcs2000()
    areas = survey_areas(ragged([], [[[(119.2, 33.8), (119.21, 33.8)]]], [[box(119, 33, 119.001, 33.001)]]), e)
    assert areas[0] == 0 and areas[1] == 0 and areas[2] > 0
    assert len(ring_areas(np.zeros((0, 2)), np.array([0]), e)) == 0


def test_a_range_of_features_measures_as_the_whole():
    """RaggedPolygons.features(): the chunks areas are computed in (offsets rebased)."""
    e = cgcs2000()
    outer, hole = box(119.2, 33.8, 119.21, 33.81), box(119.202, 33.802, 119.205, 33.805)
    polygons = ragged([], [[outer, hole]], [[outer], [box(119.3, 33.8, 119.301, 33.801)]], [],
                      [[box(119.4, 33.8, 119.402, 33.803)]])
    whole = survey_areas(polygons, e)
    for start, stop in ((0, 2), (1, 3), (2, 5), (3, 4), (0, 5)):
        assert np.array_equal(survey_areas(polygons.features(start, stop), e), whole[start:stop])


polygon_vertices = st.lists(
    st.tuples(st.floats(0, 0.02), st.floats(0, 0.02)), min_size=3, max_size=30
)


@settings(max_examples=60, deadline=None)
@given(polygon_vertices, st.floats(73, 135), st.floats(3, 53))
def test_vectorised_equals_plain_formula(offsets, lon0, lat0):
    """Any vertex list: the numpy version equals the formula written edge by edge."""
    ring = [(lon0 + dx, lat0 + dy) for dx, dy in offsets]
    got = survey_areas(ragged([[ring]]), cgcs2000())[0]
    assert got == pytest.approx(reference_ring_area(ring), rel=1e-9, abs=1e-6)


@pytest.mark.parametrize(
    "value, expected",
    [(0.125, 0.13), (-0.125, -0.13), (2.675, 2.68), (1.005, 1.01), (0.124999, 0.12), (3520.165, 3520.17),
     (0.0, 0.0), (12345678.905, 12345678.91)],
)
def test_round_half_away_from_zero(value, expected):
    assert round_half_away(value, 2) == expected


def test_round_half_away_vectorised_and_other_decimals():
    assert list(round_half_away([0.00005, 0.00015, -0.00025], 4)) == [0.0001, 0.0002, -0.0003]


def test_mu_is_ten_thousand_fifteenths_of_a_square_metre():
    assert m2_per_mu() == pytest.approx(10000 / 15)


def test_ellipsoid_properties():
    e = Ellipsoid("CGCS2000", A, 1 / INV_F)
    assert e.e2 == pytest.approx(0.0066943800229, rel=1e-10)
    assert cgcs2000() == e


def test_features_replaced_keep_the_others():
    import shapely

    from land_balance.rules.wkb import ragged_from_wkb

    shapes = [shapely.box(i, 0, i + 1, 1) for i in range(5)]
    holed = shapely.Polygon(shapes[0].exterior, [shapely.box(0.2, 0.2, 0.4, 0.4).exterior])
    two = shapely.MultiPolygon([shapely.box(10, 10, 11, 11), shapely.box(12, 12, 13, 13)])
    base = ragged_from_wkb([shapely.to_wkb(g) for g in shapes])
    got = base.replaced([1, 4], ragged_from_wkb([shapely.to_wkb(holed), shapely.to_wkb(two)]))
    want = ragged_from_wkb([shapely.to_wkb(g) for g in (shapes[0], holed, shapes[2], shapes[3], two)])
    for part in ("coords", "ring_offsets", "part_offsets", "geom_offsets"):
        assert np.array_equal(getattr(got, part), getattr(want, part))
