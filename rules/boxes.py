"""Pairs of features whose bounding boxes meet, for all features at once (numpy).

Touching tests (forest blocks, neighbours of cropland) first need the candidate pairs a
spatial index would return. Querying an index once per parcel from Python costs more than
the exact GEOS tests that follow, so the boxes are joined here through a uniform grid:
each box is listed in every grid cell it covers, the lists are joined cell by cell, and a
pair is kept only in the cell holding the lower-left corner of the two boxes' overlap, so
that each pair comes out once.
"""

from __future__ import annotations

import numpy as np

from .area import RaggedPolygons

MAX_CELLS_PER_BOX = 4096  # a box bigger than this many grid cells is listed in a coarser grid


def bounds(polygons: RaggedPolygons) -> np.ndarray:
    """(n, 4) xmin, ymin, xmax, ymax of every feature; NaN for a feature without vertices."""
    out = np.full((polygons.count, 4), np.nan)
    geom = np.asarray(polygons.geom_offsets, dtype=np.int64)
    parts = np.asarray(polygons.part_offsets, dtype=np.int64)
    rings = np.asarray(polygons.ring_offsets, dtype=np.int64)
    first, last = rings[parts[geom[:-1]]], rings[parts[geom[1:]]]
    has = last > first
    if not has.any():
        return out
    x, y = polygons.coords[:, 0], polygons.coords[:, 1]
    starts = first[has]
    for column, values, reduce in ((0, x, np.minimum), (1, y, np.minimum), (2, x, np.maximum), (3, y, np.maximum)):
        out[has, column] = reduce.reduceat(values, starts)
    return out


def meeting_pairs(boxes: np.ndarray, rows, others) -> tuple[np.ndarray, np.ndarray]:
    """(i, j) with i in ``rows``, j in ``others``, i ≠ j and the boxes meeting (closed: boxes
    that only touch count), sorted by i then j."""
    rows = np.asarray(rows, dtype=np.int64)
    i, j = BoxGrid(boxes, others).pairs(boxes[rows], rows)
    keep = i != j
    return i[keep], j[keep]


class BoxGrid:
    """Items' boxes listed in the cells of a uniform grid (cell = their median size), for
    many queries. A box over many cells (a river, a county-wide zone) is kept aside and
    compared with every query instead."""

    def __init__(self, boxes: np.ndarray, items):
        items = np.asarray(items, dtype=np.int64)
        self.boxes = boxes
        items = items[~np.isnan(boxes[items, 0])]
        self.cell = 1.0
        self.origin = np.zeros(2)
        if len(items):
            self.cell = max(float(np.median((boxes[items, 2:] - boxes[items, :2]).max(axis=1))), 1e-9)
            self.origin = boxes[items, :2].min(axis=0)
        big = self._covered(boxes[items]) > MAX_CELLS_PER_BOX
        self.big = items[big]
        self.small = items[~big]
        cells, listed = self._listed(boxes[self.small], self.small)
        order = np.argsort(cells, kind="stable")
        self.cells, self.items = cells[order], listed[order]

    def pairs(self, query_boxes: np.ndarray, queries) -> tuple[np.ndarray, np.ndarray]:
        """(query, item) for every query box meeting an item's box, once each, sorted."""
        queries = np.asarray(queries, dtype=np.int64)
        present = ~np.isnan(query_boxes[:, 0])
        query_boxes, queries = query_boxes[present], queries[present]
        big = self._covered(query_boxes) > MAX_CELLS_PER_BOX
        found = [self._join(query_boxes[~big], queries[~big])]
        every = np.concatenate([self.small, self.big])
        found += [self._against(self.boxes[every], every, query_boxes[k], queries[k]) for k in np.flatnonzero(big)]
        found += [self._against(query_boxes[~big], queries[~big], self.boxes[item], item)[::-1]
                  for item in self.big]
        q = np.concatenate([f[0] for f in found])
        i = np.concatenate([f[1] for f in found])
        order = np.lexsort((i, q))
        return q[order], i[order]

    def _join(self, query_boxes, queries):
        cells, listed = self._listed(query_boxes, np.arange(len(queries)))
        lo = np.searchsorted(self.cells, cells, side="left")
        count = np.searchsorted(self.cells, cells, side="right") - lo
        q = np.repeat(listed, count)
        where = np.repeat(cells, count)
        item = self.items[np.repeat(lo - np.cumsum(count) + count, count) + np.arange(int(count.sum()))]
        a, b = query_boxes[q], self.boxes[item]
        keep = _meet(a, b)
        q, item, where = q[keep], item[keep], where[keep]
        corner = np.maximum(query_boxes[q, :2], self.boxes[item, :2])  # lower-left of the overlap: one cell
        keep = self._cell_ids(corner) == where
        return queries[q[keep]], item[keep]

    @staticmethod
    def _against(boxes, ids, box, box_id):
        hit = ids[_meet(boxes, np.broadcast_to(box, boxes.shape))]
        return np.full(len(hit), box_id, dtype=np.int64), hit

    def _span(self, boxes):
        low = np.floor((boxes[:, :2] - self.origin) / self.cell).astype(np.int64)
        high = np.floor((boxes[:, 2:] - self.origin) / self.cell).astype(np.int64)
        return low, high - low + 1

    def _covered(self, boxes) -> np.ndarray:
        _, size = self._span(boxes)
        return size[:, 0] * size[:, 1]

    def _cell_ids(self, points) -> np.ndarray:
        cell = np.floor((points - self.origin) / self.cell).astype(np.int64)
        return cell[:, 0] * (1 << 32) + cell[:, 1]

    def _listed(self, boxes, ids):
        """(cell id, id) for every grid cell each box covers."""
        low, size = self._span(boxes)
        count = size[:, 0] * size[:, 1]
        k = np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count)
        width = np.repeat(size[:, 0], count)
        ix = np.repeat(low[:, 0], count) + k % width
        iy = np.repeat(low[:, 1], count) + k // width
        return ix * (1 << 32) + iy, np.repeat(ids, count)


def _meet(a, b) -> np.ndarray:
    return (a[:, 0] <= b[:, 2]) & (b[:, 0] <= a[:, 2]) & (a[:, 1] <= b[:, 3]) & (b[:, 1] <= a[:, 3])
