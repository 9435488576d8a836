"""An independent implementation of the land survey's area, for tests only.

Written edge by edge in plain Python from ../shared/DOMAIN.md, with pyproj (not QGIS) for
the inverse projection and shapely for repair: nothing shared with the plugin's code path.
"""

from __future__ import annotations

import math

A, INV_F = 6378137.0, 298.257222101


def reference_ring_area(lonlat, a=A, f=1 / INV_F, e2=None):
    b = a * (1 - f)
    e2 = f * (2 - f) if e2 is None else e2
    e4, e6, e8 = e2**2, e2**3, e2**4
    ca = 1 + 3 / 6 * e2 + 30 / 80 * e4 + 35 / 112 * e6 + 630 / 2304 * e8
    cb = 1 / 6 * e2 + 15 / 80 * e4 + 21 / 112 * e6 + 420 / 2304 * e8
    cc = 3 / 80 * e4 + 7 / 112 * e6 + 180 / 2304 * e8
    cd = 1 / 112 * e6 + 45 / 2304 * e8
    ce = 5 / 2304 * e8
    pts = [tuple(p[:2]) for p in lonlat]
    if pts[0] != pts[-1]:
        pts.append(pts[0])
    l0 = math.radians(pts[0][0])
    total = 0.0
    for (l1, b1), (l2, b2) in zip(pts[:-1], pts[1:]):
        l1, b1, l2, b2 = map(math.radians, (l1, b1, l2, b2))
        db, bm, dl = b2 - b1, (b1 + b2) / 2, (l1 + l2) / 2 - l0
        total += 2 * b * b * dl * (
            ca * math.sin(db / 2) * math.cos(bm)
            - cb * math.sin(3 * db / 2) * math.cos(3 * bm)
            + cc * math.sin(5 * db / 2) * math.cos(5 * bm)
            - cd * math.sin(7 * db / 2) * math.cos(7 * bm)
            + ce * math.sin(9 * db / 2) * math.cos(9 * bm)
        )
    return abs(total)


def reference_area(geometry_lonlat) -> float:
    """Official area of a shapely (multi)polygon in CGCS2000 lon/lat, unrounded."""
    import shapely

    if not geometry_lonlat.is_valid:
        geometry_lonlat = shapely.make_valid(geometry_lonlat)
    polygons = [g for g in shapely.get_parts(geometry_lonlat) if g.geom_type in ("Polygon", "MultiPolygon")]
    total = 0.0
    for poly in polygons:
        for part in shapely.get_parts(poly):
            total += reference_ring_area(part.exterior.coords)
            total -= sum(reference_ring_area(r.coords) for r in part.interiors)
    return total


def half_away(value: float, ndigits: int = 2) -> float:
    from decimal import ROUND_HALF_UP, Decimal

    return float(Decimal(repr(value)).quantize(Decimal(1).scaleb(-ndigits), rounding=ROUND_HALF_UP))
