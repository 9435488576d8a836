"""Box pairs from the grid join against brute force."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from land_balance.rules import boxes as box_module
from land_balance.rules.area import RaggedPolygons
from land_balance.rules.boxes import bounds, meeting_pairs


def brute(boxes, rows, others):
    pairs = set()
    for i in rows:
        for j in others:
            if i == j or np.isnan(boxes[i, 0]) or np.isnan(boxes[j, 0]):
                continue
            a, b = boxes[i], boxes[j]
            if a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]:
                pairs.add((i, j))
    return sorted(pairs)


def random_boxes(seed, n=400):
    rng = np.random.default_rng(seed)
    xy = rng.uniform(0, 1000, (n, 2))
    size = rng.lognormal(2.5, 0.8, (n, 2))
    out = np.column_stack([xy, xy + size])
    out[::37] = np.nan  # parcels without geometry
    out[5] = [-50, -50, 2000, 30]  # a river across the county
    out[6] = [out[7, 2], out[7, 1], out[7, 2] + 10, out[7, 3]]  # only touches box 7
    out[8] = np.round(out[8])
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_pairs_match_brute_force(seed):
    boxes = random_boxes(seed)
    rng = np.random.default_rng(seed)
    rows = np.flatnonzero(rng.random(len(boxes)) < 0.5)
    others = np.flatnonzero(rng.random(len(boxes)) < 0.6)
    i, j = meeting_pairs(boxes, rows, others)
    assert list(zip(i.tolist(), j.tolist())) == brute(boxes, rows, others)
    assert (6, 7) in set(zip(*meeting_pairs(boxes, [6], [7])))


def test_big_boxes_on_either_side(monkeypatch):
    monkeypatch.setattr(box_module, "MAX_CELLS_PER_BOX", 2)
    boxes = random_boxes(4, n=150)
    everything = np.arange(len(boxes))
    i, j = meeting_pairs(boxes, everything, everything)
    assert list(zip(i.tolist(), j.tolist())) == brute(boxes, everything, everything)


def test_no_candidates():
    boxes = np.array([[0, 0, 1, 1], [5, 5, 6, 6], [np.nan] * 4])
    assert [len(a) for a in meeting_pairs(boxes, [0], [1])] == [0, 0]
    assert [len(a) for a in meeting_pairs(boxes, [2], [0, 1])] == [0, 0]


def test_bounds_of_ragged_features():
    shapes = [shapely.box(1, 2, 3, 4), shapely.MultiPolygon([shapely.box(0, 0, 1, 1), shapely.box(5, -1, 6, 0)]),
              shapely.box(10, 10, 20, 20).difference(shapely.box(12, 12, 13, 13))]
    polygons = RaggedPolygons.from_shapely(shapes)
    empty = RaggedPolygons(polygons.coords, polygons.ring_offsets, polygons.part_offsets,
                           np.concatenate([polygons.geom_offsets, polygons.geom_offsets[-1:]]))
    got = bounds(empty)
    assert np.array_equal(got[:3], np.array([s.bounds for s in shapes]))
    assert np.isnan(got[3]).all()
