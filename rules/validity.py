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


CHUNK = 50000  # features at a time: the temporaries stay small (a few arrays per vertex)


def certainly_valid(polygons: RaggedPolygons) -> np.ndarray:
    """Per feature: True where the feature is one closed star-shaped ring (then valid)."""
    parts = [_certainly_valid(polygons.features(start, min(start + CHUNK, polygons.count)))
             for start in range(0, polygons.count, CHUNK)]
    return np.concatenate(parts) if parts else np.zeros(0, dtype=bool)


def _certainly_valid(polygons: RaggedPolygons) -> np.ndarray:
    geoms = np.asarray(polygons.geom_offsets, dtype=np.int64)
    parts = np.asarray(polygons.part_offsets, dtype=np.int64)
    rings = np.asarray(polygons.ring_offsets, dtype=np.int64)
    xy = polygons.coords
    n_rings = len(rings) - 1
    if n_rings <= 0 or not len(xy):
        return np.zeros(polygons.count, dtype=bool)
    size = np.diff(rings)
    ring_of = np.repeat(np.arange(n_rings), size)
    first = np.minimum(rings[:-1], len(xy) - 1)
    last = np.maximum(rings[1:] - 1, 0)
    sound = (size >= 4) & (xy[first] == xy[last]).all(axis=1)  # closed, with 3 more points at least
    # Seen from the mean of the ring's vertices (the closing one counted once).
    count = np.maximum(size - 1, 1)
    centre = np.column_stack([(np.bincount(ring_of, xy[:, k], n_rings) - xy[last, k]) / count
                              for k in (0, 1)])
    rel = xy - centre[ring_of]
    angle = np.arctan2(rel[:, 1], rel[:, 0])
    step = np.mod(np.diff(angle) + np.pi, 2 * np.pi) - np.pi  # vertex k → k + 1
    within = np.ones(len(step), dtype=bool)
    within[last[last < len(step)]] = False  # no step from a ring's closing vertex into the next ring
    step_ring = ring_of[:-1]
    total = np.bincount(step_ring, np.where(within, step, 0.0), n_rings)
    turn = np.sign(total)[step_ring] * step
    bad = within & ~((turn > _MARGIN) & (turn < np.pi - _MARGIN))
    bad_ring = np.bincount(step_ring, bad, n_rings) > 0
    bad_ring |= np.bincount(ring_of, ~np.isfinite(rel).all(axis=1) | ((rel[:, 0] == 0) & (rel[:, 1] == 0)),
                            n_rings) > 0
    ring_ok = sound & ~bad_ring & (np.abs(np.abs(total) - 2 * np.pi) < 1e-6)
    # A feature of one part whose one ring is proven simple.
    one = (np.diff(geoms) == 1)
    out = np.zeros(polygons.count, dtype=bool)
    candidates = np.flatnonzero(one)
    part = geoms[candidates]
    single_ring = (parts[part + 1] - parts[part]) == 1
    candidates, ring = candidates[single_ring], parts[part[single_ring]]
    out[candidates] = ring_ok[ring]
    return out
