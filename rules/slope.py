"""Slope from a DEM array in metres, and per-parcel slope statistics (numpy only).

The slope is Horn's 3×3 gradient (as GDAL's and QGIS's slope tools compute it), with the
cell spacing in metres: given for a projected DEM, derived per row from the ellipsoid for
a geographic one, so a DEM in EPSG:4490 gives the same degrees as one in Gauss–Krüger.
Parcel statistics come from an id raster (each cell holds the row of the parcel whose
polygon covers the cell centre), summed with bincount: no per-parcel raster queries.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .area import Ellipsoid


def geographic_spacing(rows: int, top_lat: float, cell_lon: float, cell_lat: float, ellipsoid: Ellipsoid):
    """(dx, dy) in metres per row of a north-up geographic grid (degrees per cell given).

    dx = N(φ) cos φ Δλ along the parallel, dy = M(φ) Δφ along the meridian, at each row's
    centre latitude φ (N, M: the prime-vertical and meridian radii of curvature).
    """
    lat = np.radians(top_lat - (np.arange(rows) + 0.5) * abs(cell_lat))
    e2 = ellipsoid.e2
    w = np.sqrt(1.0 - e2 * np.sin(lat) ** 2)
    n = ellipsoid.a / w
    m = ellipsoid.a * (1.0 - e2) / w**3
    return n * np.cos(lat) * np.radians(abs(cell_lon)), m * np.radians(abs(cell_lat))


def slope_degrees(elevation: np.ndarray, valid: np.ndarray, dx, dy) -> np.ndarray:
    """Horn slope (degrees) of every cell; NaN where the cell itself has no elevation.

    ``dx``/``dy`` are metres per cell, scalars or one value per row. Missing neighbours
    (no data, or outside the grid) are extrapolated from the opposite neighbour, so edge
    cells get a slope too.
    """
    z = np.where(valid, elevation, np.nan).astype(np.float64)
    padded = np.pad(z, 1, mode="constant", constant_values=np.nan)
    centre = padded[1:-1, 1:-1]

    def raw(r: int, c: int) -> np.ndarray:
        return padded[1 + r: padded.shape[0] - 1 + r, 1 + c: padded.shape[1] - 1 + c]

    def side(r: int, c: int) -> np.ndarray:
        # A missing neighbour is extrapolated through the centre from the opposite one
        # (exact on a plane), or takes the centre's value when both are missing.
        window, opposite = raw(r, c), raw(-r, -c)
        mirrored = np.where(np.isnan(opposite), centre, 2.0 * centre - opposite)
        return np.where(np.isnan(window), mirrored, window)

    b, d, f, h = side(-1, 0), side(0, -1), side(0, 1), side(1, 0)
    sides = {(-1, 0): b, (0, -1): d, (0, 1): f, (1, 0): h}

    def corner(r: int, c: int) -> np.ndarray:
        # Missing corner: from the two sides next to it (z(r,c) = z(r,0) + z(0,c) − z(0,0)).
        window = raw(r, c)
        return np.where(np.isnan(window), sides[(r, 0)] + sides[(0, c)] - centre, window)

    a, c, g, i = corner(-1, -1), corner(-1, 1), corner(1, -1), corner(1, 1)
    rows = z.shape[0]
    dx = np.broadcast_to(np.asarray(dx, dtype=float).reshape(-1, 1), (rows, 1))
    dy = np.broadcast_to(np.asarray(dy, dtype=float).reshape(-1, 1), (rows, 1))
    gx = ((c + 2 * f + i) - (a + 2 * d + g)) / (8.0 * dx)
    gy = ((g + 2 * h + i) - (a + 2 * b + c)) / (8.0 * dy)
    return np.degrees(np.arctan(np.hypot(gx, gy)))


@dataclass(frozen=True)
class SlopeStats:
    """Per parcel: area-weighted mean slope, share of area steeper than the threshold, cells."""

    mean: np.ndarray
    steep_share: np.ndarray
    cells: np.ndarray


class SlopeSums:
    """Running per-parcel sums over strips of a raster, so a large DEM is never held whole.

    ``row_weight`` (one value per raster row of the strip) weights cells by their ground
    area, which varies with latitude on a geographic grid; a projected grid needs none.
    """

    def __init__(self, parcels: int, threshold_deg: float):
        self.parcels, self.threshold = parcels, threshold_deg
        self.total = np.zeros(parcels)
        self.weighted = np.zeros(parcels)
        self.steep = np.zeros(parcels)
        self.cells = np.zeros(parcels, dtype=np.int64)

    def add(self, ids: np.ndarray, slope: np.ndarray, row_weight=None) -> None:
        ids = np.asarray(ids)
        weight = np.ones(ids.shape) if row_weight is None else np.broadcast_to(
            np.asarray(row_weight, dtype=float).reshape(-1, 1), ids.shape)
        keep = (ids >= 0) & np.isfinite(slope)
        rows, values, w = ids[keep].astype(np.int64), slope[keep], weight[keep]
        n = self.parcels
        self.total += np.bincount(rows, weights=w, minlength=n)
        self.weighted += np.bincount(rows, weights=w * values, minlength=n)
        self.steep += np.bincount(rows, weights=w * (values > self.threshold), minlength=n)
        self.cells += np.bincount(rows, minlength=n)

    def stats(self) -> SlopeStats:
        """Mean and steep share; NaN for a parcel with no cell centre inside (the caller
        samples it at a point instead)."""
        with np.errstate(invalid="ignore", divide="ignore"):
            mean = np.where(self.total > 0, self.weighted / self.total, np.nan)
            share = np.where(self.total > 0, self.steep / self.total, np.nan)
        return SlopeStats(mean, share, self.cells.copy())


def zonal_slope(ids: np.ndarray, slope: np.ndarray, parcels: int, threshold_deg: float,
                row_weight=None) -> SlopeStats:
    """Statistics of ``slope`` over the cells of each parcel id (ids < 0: no parcel)."""
    sums = SlopeSums(parcels, threshold_deg)
    sums.add(ids, slope, row_weight)
    return sums.stats()
