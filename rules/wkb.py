"""Polygon WKB (as QGIS and OGR write it) to the ragged layout of rules/area.py.

numpy only, so the plugin needs no shapely at run time. Handles Polygon and MultiPolygon,
2D/Z/M/ZM, ISO and EWKB type codes, either byte order. Curved types must be segmentised
by the caller (QGIS: ``convertToStraightSegment``).
"""

from __future__ import annotations

import struct

import numpy as np

from .area import RaggedPolygons

_POLYGON, _MULTIPOLYGON = 3, 6


class WkbError(ValueError):
    pass


def _header(buf: bytes, off: int):
    order = "<" if buf[off] == 1 else ">"
    (code,) = struct.unpack_from(order + "I", buf, off + 1)
    dims = 2
    if code & 0x80000000:  # EWKB Z flag
        dims += 1
    if code & 0x40000000:  # EWKB M flag
        dims += 1
    has_srid = bool(code & 0x20000000)
    code &= 0x0FFFFFFF
    base, iso = code % 1000, code // 1000
    dims += {0: 0, 1: 1, 2: 1, 3: 2}.get(iso, 0)
    off += 5 + (4 if has_srid else 0)
    return order, base, dims, off


def _polygon(buf, off, order, dims, coords, ring_sizes):
    (n_rings,) = struct.unpack_from(order + "I", buf, off)
    off += 4
    dtype = np.dtype(order + "f8")
    for _ in range(n_rings):
        (n_points,) = struct.unpack_from(order + "I", buf, off)
        off += 4
        xy = np.frombuffer(buf, dtype=dtype, count=n_points * dims, offset=off).reshape(n_points, dims)
        coords.append(xy[:, :2])
        ring_sizes.append(n_points)
        off += 8 * n_points * dims
    return off, n_rings


# A little-endian 2D MultiPolygon of one part with one ring: most parcels. Its layout is
# fixed, so one unpack reads the whole header (a third of the parsing time on a county).
_SIMPLE = struct.Struct("<BIIBIII")
_SIMPLE_HEAD = (1, 6, 1, 1, 3, 1)


def ragged_from_wkb(blobs) -> RaggedPolygons:
    """One feature per blob; None or empty bytes give a feature with no parts.

    The coordinates are gathered as bytes into one buffer and read by numpy once (one small
    array per parcel, concatenated, cost more than the parsing)."""
    joined, ring_sizes, part_sizes, geom_sizes = bytearray(), [], [], []
    simple, head_size = _SIMPLE.unpack_from, _SIMPLE.size
    for index, buf in enumerate(blobs):
        if not buf:
            geom_sizes.append(0)
            continue
        if len(buf) >= head_size and buf[0] == 1:
            head = simple(buf)
            end = head_size + 16 * head[6]
            if head[:6] == _SIMPLE_HEAD and len(buf) >= end:
                joined += memoryview(buf)[head_size:end]
                ring_sizes.append(head[6])
                part_sizes.append(1)
                geom_sizes.append(1)
                continue
        coords = []
        geom_sizes.append(_parse(buf, index, coords, ring_sizes, part_sizes))
        for xy in coords:
            joined += np.ascontiguousarray(xy, dtype="<f8").tobytes()
    # A writable buffer: numpy uses it as it is, no second copy.
    stacked = np.frombuffer(joined, dtype="<f8").reshape(-1, 2) if joined else np.zeros((0, 2))
    offsets = [np.concatenate([[0], np.cumsum(s, dtype=np.int64)]) for s in (ring_sizes, part_sizes, geom_sizes)]
    return RaggedPolygons(stacked, *offsets)


def _parse(buf, index, coords, ring_sizes, part_sizes) -> int:
    """One feature in any layout: appends its rings' (x, y) arrays and sizes; returns its parts."""
    try:
        order, base, dims, off = _header(buf, 0)
        if base == _POLYGON:
            _, n = _polygon(buf, off, order, dims, coords, ring_sizes)
            part_sizes.append(n)
            return 1
        if base == _MULTIPOLYGON:
            (n_parts,) = struct.unpack_from(order + "I", buf, off)
            off += 4
            for _ in range(n_parts):
                order_p, base_p, dims_p, off = _header(buf, off)
                if base_p != _POLYGON:
                    raise WkbError(f"part of type {base_p} inside a multipolygon")
                off, n = _polygon(buf, off, order_p, dims_p, coords, ring_sizes)
                part_sizes.append(n)
            return n_parts
        raise WkbError(f"geometry type {base} is not a polygon")
    except (struct.error, ValueError) as err:
        raise WkbError(f"feature {index}: {err}") from None


_RING = struct.Struct("<I")
_PART = struct.Struct("<BII")


def multipolygon_wkb(polygons: RaggedPolygons, feature: int) -> bytes:
    """One feature as little-endian 2D MultiPolygon WKB (as QGIS writes it); b"" for none."""
    geoms, parts, rings = polygons.geom_offsets, polygons.part_offsets, polygons.ring_offsets
    first, last = int(geoms[feature]), int(geoms[feature + 1])
    if first == last:
        return b""
    out = [_PART.pack(1, 6, last - first)]
    for part in range(first, last):
        out.append(_PART.pack(1, 3, int(parts[part + 1] - parts[part])))
        for ring in range(int(parts[part]), int(parts[part + 1])):
            start, stop = int(rings[ring]), int(rings[ring + 1])
            out += [_RING.pack(stop - start), np.ascontiguousarray(polygons.coords[start:stop], dtype="<f8").tobytes()]
    return b"".join(out)
