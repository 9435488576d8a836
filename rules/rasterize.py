"""Which feature covers each grid cell's centre — GDAL's polygon rasterisation, vectorised.

Pure numpy. Slope statistics need, for every DEM cell, the parcel whose polygon holds the
cell's centre. Feeding 200 000 parcels one by one to ``gdal.RasterizeLayer`` costs more
than the whole slope computation, so the scanline fill is done here for all features at
once, with GDAL's rules (alg/llrasterize.cpp) so that both give the same cells: a cell
row's centre line meets the edges whose lower end is at or below it and whose upper end
is above it; crossings are rounded with ⌊x + ½⌋ and filled pairwise (even–odd over all
rings of a feature, so holes stay empty); horizontal edges add no crossing; where
features overlap, the later one wins. A centre exactly on an edge goes to the polygon on
the −x side of a vertical edge (as in GDAL) and on the +y side of a horizontal one, always
(GDAL also fills it along the lower edge of a hole: the one difference), so parcels that
tile the plane get every centre exactly once.
"""

from __future__ import annotations

import numpy as np

from .area import RaggedPolygons, ring_successors


CHUNK_FEATURES = 20000  # features rasterised per step, and cells filled per step: both bound
CHUNK_CELLS = 1 << 22  # the temporaries (and keep them in cache) whatever the layer or grid


def cell_owners(polygons: RaggedPolygons, rows: int, cols: int, grid=None) -> np.ndarray:
    """(rows, cols) int32 grid: index of the feature covering each cell centre, else −1.

    ``polygons.coords`` are in cell units: x = column, y = row, the grid's corner at (0, 0)
    (a north-up geotransform's inverse applied to map coordinates) — or in map units when
    ``grid`` = (x of the corner, cell width, y of the corner, cell height, negative for
    north-up) is given: then each chunk is moved to cell units as it is rasterised.
    """
    owners = np.full(rows * cols, -1, dtype=np.int32)
    if rows == 0 or cols == 0:
        return owners.reshape(rows, cols)
    # Chunks in feature order, spans in feature order within each: a later feature overwrites.
    for first in range(0, polygons.count, CHUNK_FEATURES):
        piece = polygons.features(first, min(first + CHUNK_FEATURES, polygons.count))
        if len(piece.coords) == 0:
            continue
        if grid is not None:
            x0, dx, y0, dy = grid
            piece = piece.with_coords((piece.coords - (x0, y0)) / (dx, dy))
        feature, line, x_from, x_to = _spans(piece, rows)
        start = np.clip(np.floor(x_from + 0.5), 0, cols).astype(np.int64)
        stop = np.clip(np.floor(x_to + 0.5), 0, cols).astype(np.int64)
        keep = stop > start
        _fill_spans(owners, feature[keep] + first, line[keep] * cols + start[keep], (stop - start)[keep])
    return owners.reshape(rows, cols)


def _fill_spans(owners, feature, first_cell, lengths):
    ends = np.cumsum(lengths)
    begin = 0
    while begin < len(lengths):
        end = max(int(np.searchsorted(ends, ends[begin] - lengths[begin] + CHUNK_CELLS, side="right")), begin + 1)
        _fill(owners, feature[begin:end], first_cell[begin:end], lengths[begin:end])
        begin = end


def _fill(owners, feature, first_cell, lengths):
    cells = np.repeat(first_cell - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())
    owner = np.repeat(feature, lengths)
    order = np.argsort(cells, kind="stable")  # within the chunk, the last of a cell wins
    cells, owner = cells[order], owner[order]
    last = np.ones(len(cells), dtype=bool)
    last[:-1] = cells[1:] != cells[:-1]
    owners[cells[last]] = owner[last]


def _edges(polygons: RaggedPolygons):
    """Each vertex's successor on its ring (rings close on themselves) and its feature."""
    part_of_ring = np.repeat(np.arange(len(polygons.part_offsets) - 1), np.diff(polygons.part_offsets))
    feature_of_part = np.repeat(np.arange(polygons.count), np.diff(polygons.geom_offsets))
    feature_of_vertex = np.repeat(feature_of_part[part_of_ring], np.diff(polygons.ring_offsets))
    return ring_successors(polygons.ring_offsets), feature_of_vertex


def _spans(polygons: RaggedPolygons, rows: int):
    """(feature, row, x from, x to) of every filled run, sorted by feature, row and x."""
    nxt, feature = _edges(polygons)
    x1, y1 = polygons.coords[:, 0], polygons.coords[:, 1]
    x2, y2 = x1[nxt], y1[nxt]
    # Centre lines c = j + ½ with low end ≤ c < high end; horizontal edges cross none.
    j_first = np.maximum(np.ceil(np.minimum(y1, y2) - 0.5), 0)
    j_last = np.minimum(np.ceil(np.maximum(y1, y2) - 0.5) - 1, rows - 1)
    count = np.maximum(j_last - j_first + 1, 0).astype(np.int64)
    crossing_edges = np.flatnonzero(count)
    count = count[crossing_edges]
    up = y1[crossing_edges] < y2[crossing_edges]  # each edge bottom → top, as GDAL orders it
    lo_x = np.where(up, x1[crossing_edges], x2[crossing_edges])
    lo_y = np.where(up, y1[crossing_edges], y2[crossing_edges])
    dx = np.where(up, x2[crossing_edges], x1[crossing_edges]) - lo_x
    dy = np.where(up, y2[crossing_edges], y1[crossing_edges]) - lo_y
    edge = np.repeat(np.arange(len(crossing_edges)), count)
    line = (np.repeat(j_first[crossing_edges] - np.cumsum(count) + count, count) + np.arange(count.sum()))
    line = line.astype(np.int64)
    crossing = (line + 0.5 - lo_y[edge]) * dx[edge] / dy[edge] + lo_x[edge]  # GDAL's order of operations
    owner = feature[crossing_edges][edge]
    order = np.lexsort((crossing, owner * rows + line))
    owner, line, crossing = owner[order], line[order], crossing[order]
    return owner[0::2], line[0::2], crossing[0::2], crossing[1::2]
