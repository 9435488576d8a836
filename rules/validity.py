"""A cheap proof that most parcels are valid polygons, so that GEOS checks only the rest.

A ring whose vertices, seen from one point inside it, turn strictly one way — every step
between consecutive vertices less than half a turn, one full turn in all — is star-shaped
from that point: each edge lies in its own angular sector, so no two edges cross or touch
except at their shared vertex, and the ring is simple. A polygon of one such closed ring is
valid (OGC, as GEOS judges it). Parcels are mostly of this kind (one ring, roughly
convex), seen from the mean of their vertices. Everything else — holes, several parts,
repeated or too few points, a ring that is not star-shaped from that point — is only a
candidate: the caller asks GEOS.
"""

from __future__ import annotations

import numpy as np

from .area import RaggedPolygons

_MARGIN = 1e-9  # radians: steps this close to 0 or π are left to GEOS (rounding)


def certainly_valid(polygons: RaggedPolygons) -> np.ndarray:
    """Per feature: True where the feature is one closed star-shaped ring (then valid)."""
    geoms = np.asarray(polygons.geom_offsets, dtype=np.int64)
    parts = np.asarray(polygons.part_offsets, dtype=np.int64)
    rings = np.asarray(polygons.ring_offsets, dtype=np.int64)
    n = polygons.count
    out = np.zeros(n, dtype=bool)
    one_part = np.flatnonzero(np.diff(geoms) == 1)
    first_ring = parts[geoms[one_part]]
    one_ring = (parts[geoms[one_part] + 1] - first_ring) == 1
    features, ring = one_part[one_ring], first_ring[one_ring]
    start, stop = rings[ring], rings[ring + 1]
    size = stop - start
    keep = size >= 4
    features, start, size = features[keep], start[keep], size[keep]
    if not len(features):
        return out
    xy = polygons.coords
    closed = (xy[start] == xy[start + size - 1]).all(axis=1)
    features, start, size = features[closed], start[closed], size[closed]
    # Every vertex but the closing one, ring by ring; steps to the next (the last to the first).
    count = size - 1
    ring_of = np.repeat(np.arange(len(features)), count)
    index = np.repeat(start - np.concatenate([[0], np.cumsum(count)[:-1]]), count) + np.arange(int(count.sum()))
    points = xy[index]
    centre = np.column_stack([np.bincount(ring_of, points[:, k]) for k in (0, 1)]) / count[:, None]
    rel = points - centre[ring_of]
    angle = np.arctan2(rel[:, 1], rel[:, 0])
    following = np.arange(len(angle)) + 1
    last = np.cumsum(count) - 1
    following[last] = last - count + 1
    step = np.mod(angle[following] - angle + np.pi, 2 * np.pi) - np.pi
    total = np.bincount(ring_of, step, minlength=len(features))
    turn = np.sign(total)[ring_of] * step
    bad = ~((turn > _MARGIN) & (turn < np.pi - _MARGIN)) | ~np.isfinite(rel).all(axis=1) | (np.hypot(*rel.T) == 0)
    bad_ring = np.bincount(ring_of, bad, minlength=len(features)) > 0
    full = np.abs(np.abs(total) - 2 * np.pi) < 1e-6
    out[features[full & ~bad_ring]] = True
    return out
