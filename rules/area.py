"""The land survey's official parcel area (图斑椭球面积) and the rounding rules of its tables.

Pure numpy: no Qt, no QGIS. Geometries arrive as a ragged layout of geodetic coordinates
(longitude L, latitude B in degrees on CGCS2000), the same layout GeoArrow and
``shapely.to_ragged_array`` use for multipolygons:

* ``coords``        (N, 2) float array of (L, B) per vertex,
* ``ring_offsets``  rings → vertices (len = rings + 1),
* ``part_offsets``  polygon parts → rings (len = parts + 1); a part's first ring is its
  exterior, the others are holes,
* ``geom_offsets``  features → parts (len = features + 1).

The formula (DOMAIN.md, "Cross-cutting facts"; 第三次全国国土调查技术规程 椭球面积计算):
each edge of a ring adds the area of an ellipsoidal trapezoid

    S_i = 2 b² ΔL [A sin(½ΔB) cos Bm − B sin(3/2 ΔB) cos 3Bm + C sin(5/2 ΔB) cos 5Bm
                   − D sin(7/2 ΔB) cos 7Bm + E sin(9/2 ΔB) cos 9Bm]

and a ring's area is the absolute value of the sum. It is evaluated on the vertices as
they are (no densification), as the regulation does.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Ellipsoid:
    """A reference ellipsoid by semi-major axis ``a`` (m) and flattening ``f``."""

    name: str
    a: float
    f: float

    @property
    def b(self) -> float:
        return self.a * (1.0 - self.f)

    @property
    def e2(self) -> float:
        """First eccentricity squared, e² = f(2 − f) (not the second, e'²: see DOMAIN.md)."""
        return self.f * (2.0 - self.f)


@dataclass(frozen=True)
class RaggedPolygons:
    """Many (multi)polygons as flat coordinate arrays and offsets (see module docstring)."""

    coords: np.ndarray
    ring_offsets: np.ndarray
    part_offsets: np.ndarray
    geom_offsets: np.ndarray

    @property
    def count(self) -> int:
        return len(self.geom_offsets) - 1

    def features(self, start: int, stop: int) -> RaggedPolygons:
        """Features start … stop − 1 (a view of the coordinates, offsets rebased)."""
        geoms = np.asarray(self.geom_offsets[start:stop + 1], dtype=np.int64)
        parts = np.asarray(self.part_offsets[geoms[0]:geoms[-1] + 1], dtype=np.int64)
        rings = np.asarray(self.ring_offsets[parts[0]:parts[-1] + 1], dtype=np.int64)
        return RaggedPolygons(self.coords[rings[0]:rings[-1]], rings - rings[0], parts - parts[0], geoms - geoms[0])

    @classmethod
    def concatenate(cls, pieces) -> RaggedPolygons:
        """The features of ``pieces`` one after another."""
        def sizes(name):
            return np.concatenate([np.diff(np.asarray(getattr(p, name), dtype=np.int64)) for p in pieces])

        offsets = [np.concatenate([[0], np.cumsum(sizes(name))]) for name in
                   ("ring_offsets", "part_offsets", "geom_offsets")]
        return cls(np.concatenate([p.coords for p in pieces]).reshape(-1, 2), *offsets)

    def replaced(self, rows, new: RaggedPolygons) -> RaggedPolygons:
        """These features with those at ``rows`` (ascending) replaced by ``new``'s, in order."""
        pieces, start = [], 0
        for k, row in enumerate(rows):
            pieces += [self.features(start, row), new.features(k, k + 1)]
            start = row + 1
        return RaggedPolygons.concatenate(pieces + [self.features(start, self.count)])

    def with_coords(self, coords: np.ndarray) -> RaggedPolygons:
        """The same features with their vertices moved (e.g. projected)."""
        return RaggedPolygons(coords, self.ring_offsets, self.part_offsets, self.geom_offsets)

    @classmethod
    def from_shapely(cls, geometries) -> RaggedPolygons:
        """From shapely (Multi)Polygons in geodetic (L, B) degrees; shapely is optional."""
        import shapely

        geometries = np.asarray(geometries, dtype=object)
        parts, index = shapely.get_parts(geometries, return_index=True)
        multi = shapely.multipolygons(parts, indices=index, out=np.empty(len(geometries), dtype=object))
        _, coords, (rings, parts, features) = shapely.to_ragged_array(multi)
        return cls(coords[:, :2], rings, parts, features)


def series_coefficients(e2: float) -> tuple[float, float, float, float, float]:
    """A…E of the trapezoid series, from the first eccentricity squared."""
    e4, e6, e8 = e2 * e2, e2**3, e2**4
    a = 1 + 3 / 6 * e2 + 30 / 80 * e4 + 35 / 112 * e6 + 630 / 2304 * e8
    b = 1 / 6 * e2 + 15 / 80 * e4 + 21 / 112 * e6 + 420 / 2304 * e8
    c = 3 / 80 * e4 + 7 / 112 * e6 + 180 / 2304 * e8
    d = 1 / 112 * e6 + 45 / 2304 * e8
    e = 5 / 2304 * e8
    return a, b, c, d, e


def ring_successors(ring_offsets) -> np.ndarray:
    """Index of each vertex's successor on its ring; the last vertex of a ring is followed by
    its first (the closing edge, degenerate on a closed ring)."""
    ring_offsets = np.asarray(ring_offsets, dtype=np.int64)
    starts, ends = ring_offsets[:-1], ring_offsets[1:]
    nxt = np.arange(1, int(ring_offsets[-1]) + 1)
    nonempty = ends > starts
    nxt[ends[nonempty] - 1] = starts[nonempty]
    return nxt


def ring_areas(coords: np.ndarray, ring_offsets: np.ndarray, ellipsoid: Ellipsoid) -> np.ndarray:
    """Unsigned ellipsoidal area (m²) of every ring; rings of fewer than 3 vertices are 0.

    A ring may be closed (last vertex = first) or not: the closing edge is always added,
    and on a closed ring it has ΔB = 0 and contributes exactly nothing.
    """
    ring_offsets = np.asarray(ring_offsets, dtype=np.int64)
    n_rings = len(ring_offsets) - 1
    n = int(ring_offsets[-1]) if n_rings >= 0 else 0
    if n_rings <= 0 or n == 0:
        return np.zeros(max(n_rings, 0))
    lon = np.radians(coords[:n, 0])
    lat = np.radians(coords[:n, 1])
    starts, sizes = ring_offsets[:-1], np.diff(ring_offsets)
    ring_of_vertex = np.repeat(np.arange(n_rings), sizes)
    nxt = ring_successors(ring_offsets)
    nonempty = sizes > 0

    # A reference meridian per ring keeps ΔL small; any fixed L0 cancels on a closed ring.
    l0 = lon[starts[nonempty]]
    ref = np.zeros(n_rings)
    ref[nonempty] = l0
    dl = (lon + lon[nxt]) / 2.0 - ref[ring_of_vertex]
    db = lat[nxt] - lat
    bm = (lat + lat[nxt]) / 2.0
    terms = 2.0 * ellipsoid.b**2 * dl * _series(db, bm, series_coefficients(ellipsoid.e2))
    sums = np.bincount(ring_of_vertex, weights=terms, minlength=n_rings)
    sums[sizes < 3] = 0.0
    return np.abs(sums)


def _series(db: np.ndarray, bm: np.ndarray, coefficients) -> np.ndarray:
    """A sin(½ΔB) cos Bm − B sin(3/2 ΔB) cos 3Bm + … + E sin(9/2 ΔB) cos 9Bm, term by term.

    (Deriving the odd multiples by recurrence needs fewer trigonometric calls but is
    slower here: numpy's vectorised sin/cos beat the extra temporaries.)
    """
    ca, cb, cc, cd, ce = coefficients
    return (
        ca * np.sin(0.5 * db) * np.cos(bm)
        - cb * np.sin(1.5 * db) * np.cos(3 * bm)
        + cc * np.sin(2.5 * db) * np.cos(5 * bm)
        - cd * np.sin(3.5 * db) * np.cos(7 * bm)
        + ce * np.sin(4.5 * db) * np.cos(9 * bm)
    )


def survey_areas(polygons: RaggedPolygons, ellipsoid: Ellipsoid) -> np.ndarray:
    """Unrounded official area (m²) of every feature: exteriors minus holes, parts summed."""
    rings = ring_areas(polygons.coords, polygons.ring_offsets, ellipsoid)
    n_rings = len(rings)
    part_offsets = np.asarray(polygons.part_offsets, dtype=np.int64)
    geom_offsets = np.asarray(polygons.geom_offsets, dtype=np.int64)
    n_parts = len(part_offsets) - 1
    sign = -np.ones(n_rings)
    exterior = part_offsets[:-1][np.diff(part_offsets) > 0]
    sign[exterior] = 1.0
    part_of_ring = np.repeat(np.arange(n_parts), np.diff(part_offsets))
    parts = np.bincount(part_of_ring, weights=rings * sign, minlength=n_parts)
    geom_of_part = np.repeat(np.arange(polygons.count), np.diff(geom_offsets))
    return np.bincount(geom_of_part, weights=parts, minlength=polygons.count)


def round_half_away(values, ndigits: int = 2):
    """Round half away from zero at ``ndigits`` decimals, as the survey's tables do.

    Python's round() and numpy.round() round half to even; 0.125 → 0.12 there, 0.13 here.
    A relative nudge of a few ulps makes a value printed as ...5 round up even when its
    binary form sits just below the half (2.675 is 2.67499999... in binary).
    """
    x = np.asarray(values, dtype=float)
    scale = 10.0**ndigits
    scaled = np.abs(x) * scale
    rounded = np.floor(scaled + 0.5 + scaled * 4 * np.finfo(float).eps) / scale
    out = np.copysign(rounded, x)
    return float(out) if np.ndim(out) == 0 else out


def to_units(values, ndigits: int) -> np.ndarray:
    """Values as whole counts of 10^-ndigits (cents for 2), half away from zero."""
    return np.rint(round_half_away(np.asarray(values, dtype=float), ndigits) * 10.0**ndigits).astype(
        np.int64
    )


def lonlat_rectangle_area(lon1: float, lat1: float, lon2: float, lat2: float, ellipsoid: Ellipsoid) -> float:
    """Closed-form area of a latitude–longitude rectangle on the ellipsoid (authalic form).

    An independent check of the trapezoid series: S = b²ΔL/2 · [q(B)] from B1 to B2 with
    q(B) = sin B / (1 − e² sin² B) + 1/(2e) · ln((1 + e sin B) / (1 − e sin B)).
    """
    e = math.sqrt(ellipsoid.e2)

    def q(lat_deg: float) -> float:
        s = math.sin(math.radians(lat_deg))
        return s / (1 - ellipsoid.e2 * s * s) + math.log((1 + e * s) / (1 - e * s)) / (2 * e)

    dl = math.radians(abs(lon2 - lon1))
    return ellipsoid.b**2 * dl / 2 * abs(q(lat2) - q(lat1))
