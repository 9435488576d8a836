#!/usr/bin/env python3
"""Generate a deterministic demo county of land-survey data (三调-style, 涟水县, Jiangsu).

    python scripts/demo_county.py --out data/demo --parcels 400 --seed 20231231

writes into ``--out``:

* ``county.gpkg`` — ``DLTB`` (2023 parcels), ``DLTB_2022`` (2022 parcels), ``XZQ`` (the 16
  townships) and the constraint layers the land-balance rules overlay (生态保护红线 …);
* ``dem.tif`` — a DEM (EPSG:4528, float32, DEFLATE) whose slopes agree with GDPDJB;
* ``DLTB_GBK/DLTB.shp`` — DLTB as county offices send it: GBK text, no .cpg, LDID 0;
* ``manifest.json`` — counts, area totals and the BSMs of the deliberate defects.

Parcels are a Voronoi tessellation whose shared edges are densified and bent identically
in both neighbours, so the layer is a clean coverage apart from the defects planted on
purpose (self-intersections, a duplicate, holes, multiparts). TBMJ is the survey's
ellipsoidal area computed by ``land_balance.rules.area``. Same ``--seed`` and
``--parcels`` give identical attribute values and geometries. No QGIS needed.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

import demo_inout
import demo_forest_map
import demo_villages
import numpy as np
import shapely
from osgeo import gdal, ogr, osr
from pyproj import Transformer
from shapely.ops import split as split_polygon

REPO = Path(__file__).resolve().parents[1]


def _make_package_importable() -> None:
    """The repo root is the package `land_balance`; .build/land_balance links to it."""
    build = REPO / ".build"
    link = build / "land_balance"
    if not link.exists():
        build.mkdir(exist_ok=True)
        link.symlink_to("..")
    if str(build) not in sys.path:
        sys.path.insert(0, str(build))


_make_package_importable()
from land_balance.rules.area import RaggedPolygons, round_half_away, survey_areas  # noqa: E402 (after the path set-up)
from land_balance.rules.packs import load_packs  # noqa: E402
from land_balance.rules.ridge import coefficient_table  # noqa: E402
from land_balance.rules.survey import cgcs2000, slope_grade  # noqa: E402
from land_balance.rules.survey_schema import layer_fields  # noqa: E402

gdal.UseExceptions()
ogr.UseExceptions()
osr.UseExceptions()

DEFAULT_SEED = 20231231
COUNTY_CODE = "320826"  # 涟水县
COUNTY_CENTRE_LONLAT = (119.2, 33.8)
PROJECTED_EPSG = 4528  # CGCS2000 / 3-degree Gauss-Kruger zone 40 (X carries the prefix 40)
GEOGRAPHIC_EPSG = 4490  # CGCS2000 geographic
MEAN_PARCEL_M2 = 5000.0
YEAR, EARLIER_YEAR = 2023, 2022
NODATA = -9999.0
RESTORED_NOTE = "矿山生态修复"

# Townships in code order 001–016; 涟城 is a 街道 (sub-district), the rest are 镇.
TOWNSHIPS = ("南集", "黄营", "唐集", "石湖", "大东", "五港", "东胡集", "涟城",
             "保滩", "朱码", "岔庙", "高沟", "红窑", "梁岔", "成集", "陈师")
URBAN = TOWNSHIPS.index("涟城")

# GB/T 21010-2017 / 三调 working classes: code → (name, share of parcels).
LAND_CLASSES = {
    "0101": ("水田", 0.35), "0102": ("水浇地", 0.05), "0103": ("旱地", 0.12),
    "0201": ("果园", 0.02), "0204": ("其他园地", 0.01),
    "0301": ("乔木林地", 0.05), "0305": ("灌木林地", 0.01), "0307": ("其他林地", 0.02),
    "0404": ("其他草地", 0.015), "05H1": ("商业服务业设施用地", 0.005),
    "0601": ("工业用地", 0.015), "0602": ("采矿用地", 0.01),
    "0701": ("城镇住宅用地", 0.02), "0702": ("农村宅基地", 0.09),
    "1003": ("公路用地", 0.01), "1006": ("农村道路", 0.04),
    "1101": ("河流水面", 0.01), "1104": ("坑塘水面", 0.07), "1106": ("内陆滩涂", 0.005),
    "1107": ("沟渠", 0.04), "1202": ("设施农用地", 0.015), "1206": ("裸土地", 0.005),
}
CROPLAND = ("0101", "0102", "0103")
STATE_OWNED = ("1003", "1101", "1106", "0602")  # roads, rivers, mining: 国有 (QSXZ 10)
URBAN_BUILT = ("0701", "05H1", "0601")
LINEAR_WIDTH_M = {"1003": (12.0, 30.0), "1006": (3.0, 8.0), "1107": (2.0, 10.0)}

# County table of 田坎系数 KCXS by (GDPDJB, GDLX), from the county_survey pack; grade 1 has no
# deduction.
KCXS_TABLE = coefficient_table(load_packs().get("county_survey"))
ZZSX_NAMES = {"LS": "粮食作物", "FLS": "非粮作物", "LYFL": "粮与非粮轮作", "XG": "休耕",
              "WG": "未耕种", "JKHF": "即可恢复", "GCHF": "工程恢复"}
TBXH_NAMES = {"HDGD": "河道耕地", "LQGD": "林区耕地"}

# DLTB fields with OGR types, from the survey schema (rules/survey_layers.toml):
# (name, type, width, precision).
TEXT, REAL, INTEGER = ogr.OFTString, ogr.OFTReal, ogr.OFTInteger
OGR_TYPES = {"text": TEXT, "real": REAL, "integer": INTEGER}
DLTB_FIELDS = tuple((f.name, OGR_TYPES[f.type], f.length if f.type != "integer" else 0, f.precision)
                    for f in layer_fields("DLTB"))
XZQ_FIELDS = (("XZQDM", TEXT, 9, 0), ("XZQMC", TEXT, 100, 0), ("DCMJ", REAL, 15, 2))

# Constraint layers: id → (Chinese name, EPSG, extra fields). Mixed CRSs on purpose.
NAME_FIELD = ("NAME", TEXT, 100, 0)
CONSTRAINT_LAYERS = {
    "eco_redline": ("生态保护红线", GEOGRAPHIC_EPSG, ()),
    "nature_reserve_core": ("自然保护地核心保护区", PROJECTED_EPSG, ()),
    "water_source_l1": ("饮用水水源一级保护区", GEOGRAPHIC_EPSG, ()),
    "urban_dev_boundary": ("城镇开发边界", PROJECTED_EPSG, ()),
    "key_project": ("拟建重点项目范围", PROJECTED_EPSG, ()),
    "expropriation_zone": ("土地征收成片开发范围", PROJECTED_EPSG, ()),
    "public_welfare_forest": ("公益林", PROJECTED_EPSG, (("LEVEL", TEXT, 10, 0),)),
    "returned_farmland_forest": ("退耕还林工程", PROJECTED_EPSG, ()),
    "polluted_soil": ("土壤严重污染区", PROJECTED_EPSG, ()),
    "approved_unused": ("已批未用", PROJECTED_EPSG, ()),
    "river_lake": ("河道湖区", PROJECTED_EPSG, ()),
    "river_reservoir_protection": ("河道库区保护范围", PROJECTED_EPSG, ()),
    "new_cropland_project": ("新增耕地项目", PROJECTED_EPSG, (
        ("XMLX", TEXT, 20, 0), ("WCNF", INTEGER, 0, 0), ("XMMC", TEXT, 100, 0))),
}
PROJECT_TYPES = ("高标准农田", "补充耕地", "旱改水")
FOREST_LEVELS = ("国家级", "省级", "地方")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏"
VILLAGE_SUFFIXES = ("庄", "圩", "集", "湾", "河", "沟", "营", "港", "桥", "口", "舍", "岗",
                    "楼", "洼", "塘", "墩", "园", "套", "荡", "湖")
COMMUNITY_NAMES = ("安东", "城东", "城西", "城南", "城北", "五里", "红日", "涟漪", "新城",
                   "淮河", "东门", "西门", "南门", "北门", "文化", "幸福", "友谊", "朝阳")


# ── randomness and noise ─────────────────────────────────────────────────────────────


def stage_rng(seed: int, parcels: int, stage: str) -> np.random.Generator:
    """An independent stream per stage, so changing one stage leaves the others alone."""
    return np.random.default_rng([seed, parcels, zlib.crc32(stage.encode())])


class SmoothNoise:
    """Value noise in [-1, 1]: random lattice values, smoothstep-interpolated."""

    def __init__(self, rng: np.random.Generator, bounds, scale: float):
        self.x0, self.y0 = bounds[0] - scale, bounds[1] - scale
        self.scale = scale
        nx = int((bounds[2] - self.x0) / scale) + 3
        ny = int((bounds[3] - self.y0) / scale) + 3
        self.lattice = rng.uniform(-1.0, 1.0, (ny, nx))

    def __call__(self, x, y):
        gx = (np.asarray(x) - self.x0) / self.scale
        gy = (np.asarray(y) - self.y0) / self.scale
        ix, iy = np.floor(gx).astype(np.int64), np.floor(gy).astype(np.int64)
        fx, fy = gx - ix, gy - iy
        fx, fy = fx * fx * (3 - 2 * fx), fy * fy * (3 - 2 * fy)
        v = self.lattice
        top = v[iy, ix] * (1 - fx) + v[iy, ix + 1] * fx
        bottom = v[iy + 1, ix] * (1 - fx) + v[iy + 1, ix + 1] * fx
        return top * (1 - fy) + bottom * fy


# ── county size and shape ────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class DefectPlan:
    """How many of each planted change and defect a county of ``parcels`` gets."""

    self_intersecting: int
    holes: int
    multipart: int
    restored_whole: int
    restored_split: int
    mining_2023: int
    other_changes: int

    @classmethod
    def for_parcels(cls, parcels: int) -> DefectPlan:
        def scaled(rate: float, least: int) -> int:
            return max(least, round(parcels * rate))

        return cls(
            self_intersecting=scaled(1 / 10000, 3),
            holes=scaled(1 / 5000, 2),
            multipart=scaled(1 / 5000, 2),
            restored_whole=scaled(0.002, 2),
            restored_split=scaled(0.001, 1),
            mining_2023=scaled(0.01, 5),
            other_changes=scaled(0.002, 2),
        )

    def base_cells(self, parcels: int) -> int:
        """Tessellation cells so that DLTB ends with exactly ``parcels`` features:
        holes add a pond each, splits add a piece, the duplicate adds one, merges remove one."""
        return parcels - self.holes - self.restored_split - 1 + self.multipart


@dataclass(frozen=True)
class Frame:
    """Where the county lies and how big it is (EPSG:4528 metres)."""

    centre: np.ndarray
    radius: float

    @classmethod
    def for_cells(cls, cells: int) -> Frame:
        to_xy = Transformer.from_crs(GEOGRAPHIC_EPSG, PROJECTED_EPSG, always_xy=True)
        centre = np.round(np.array(to_xy.transform(*COUNTY_CENTRE_LONLAT)))
        return cls(centre, math.sqrt(cells * MEAN_PARCEL_M2 / math.pi))

    def hill_centre(self) -> np.ndarray:
        """The hilly area lies south-west of the centre."""
        return self.centre + 0.5 * self.radius * np.array([-0.7071, -0.7071])

    def hill_radius(self) -> float:
        return 0.4 * self.radius

    def hill_weight(self, x, y):
        """1 in the hills, 0 on the plain, a smooth step between."""
        hx, hy = self.hill_centre()
        r = np.hypot(np.asarray(x) - hx, np.asarray(y) - hy) / self.hill_radius()
        t = np.clip((1.25 - r) / 0.5, 0.0, 1.0)
        return t * t * (3 - 2 * t)


def county_sites(frame: Frame, cells: int, rng: np.random.Generator):
    """Generator points: the county's ``cells`` points first, then a margin ring.

    A jittered grid elongated along the field direction (paddy strips), thinned by a
    smooth density so parcel sizes vary; the county is the ``cells`` points with the
    smallest radius relative to a wavy outline, so its border follows parcel edges.
    """
    keep_mean = 0.6
    base_area = MEAN_PARCEL_M2 * keep_mean
    hx = math.sqrt(base_area * 1.8)
    hy = base_area / hx
    half = 1.7 * frame.radius + 4 * hx
    u, v = np.meshgrid(np.arange(-half, half, hx), np.arange(-half, half, hy))
    u = u.ravel() + rng.uniform(-0.35, 0.35, u.size) * hx
    v = v.ravel() + rng.uniform(-0.35, 0.35, v.size) * hy
    angle = 0.2  # field grid rotation
    x = frame.centre[0] + u * math.cos(angle) - v * math.sin(angle)
    y = frame.centre[1] + u * math.sin(angle) + v * math.cos(angle)
    bounds = (x.min(), y.min(), x.max(), y.max())
    coarse = SmoothNoise(rng, bounds, max(frame.radius / 3, 300.0))
    fine = SmoothNoise(rng, bounds, 400.0)
    density = np.clip(keep_mean + 0.35 * coarse(x, y) + 0.15 * fine(x, y), 0.1, 1.0)
    kept = rng.random(x.size) < density
    x, y = x[kept], y[kept]

    theta = np.arctan2(y - frame.centre[1], x - frame.centre[0])
    outline = 1.0 + 0.22 * np.cos(2 * (theta - 2.4))  # elongated NW–SE like the real county
    for k, amp in ((3, 0.07), (5, 0.04), (7, 0.025)):
        outline += amp * np.cos(k * theta + rng.uniform(0, 2 * np.pi))
    reach = np.hypot(x - frame.centre[0], y - frame.centre[1]) / (frame.radius * outline)
    order = np.argsort(reach, kind="stable")
    cutoff = reach[order[cells - 1]] + 6 * hx / frame.radius
    margin = order[cells:][reach[order[cells:]] <= cutoff]
    chosen = np.concatenate([order[:cells], margin])
    return np.round(np.column_stack([x[chosen], y[chosen]]), 3)


# ── tessellation with shared, bent edges ─────────────────────────────────────────────


@dataclass
class Adjacency:
    """Cells sharing an edge, as CSR arrays (``indices[indptr[i]:indptr[i+1]]``)."""

    indptr: np.ndarray
    indices: np.ndarray

    @classmethod
    def from_pairs(cls, a: np.ndarray, b: np.ndarray, n: int) -> Adjacency:
        src = np.concatenate([a, b])
        dst = np.concatenate([b, a])
        order = np.lexsort((dst, src))
        indptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(src, minlength=n), out=indptr[1:])
        return cls(indptr, dst[order])

    def of(self, i: int) -> np.ndarray:
        return self.indices[self.indptr[i]:self.indptr[i + 1]]

    def pairs(self) -> tuple[np.ndarray, np.ndarray]:
        src = np.repeat(np.arange(len(self.indptr) - 1), np.diff(self.indptr))
        return src, self.indices


def voronoi_cells(sites: np.ndarray, cells: int) -> np.ndarray:
    """Voronoi cells of the first ``cells`` sites (the margin sites only bound them)."""
    diagram = shapely.voronoi_polygons(shapely.multipoints(sites), ordered=True)
    return shapely.get_parts(diagram)[:cells]


def _drop_repeated_vertices(coords, ring_offsets):
    """Mm rounding can collapse a tiny Voronoi edge; drop the repeated vertex."""
    n = len(coords)
    last = np.zeros(n, dtype=bool)
    last[ring_offsets[1:] - 1] = True
    repeated = np.zeros(n, dtype=bool)
    repeated[:-1] = np.all(coords[:-1] == coords[1:], axis=1)
    keep = ~(repeated & ~last)
    ring_of_vertex = np.repeat(np.arange(len(ring_offsets) - 1), np.diff(ring_offsets))
    sizes = np.bincount(ring_of_vertex[keep], minlength=len(ring_offsets) - 1)
    offsets = np.zeros(len(sizes) + 1, dtype=np.int64)
    np.cumsum(sizes, out=offsets[1:])
    return coords[keep], offsets


@dataclass
class EdgeTable:
    """Every ring segment of the coverage and the unique edge it belongs to."""

    coords: np.ndarray
    ring_offsets: np.ndarray
    seg_start: np.ndarray  # vertex index where each segment starts
    seg_cell: np.ndarray
    forward: np.ndarray  # segment runs P→Q of its unique edge
    edge_id: np.ndarray
    p: np.ndarray  # unique edges' canonical endpoints
    q: np.ndarray

    @classmethod
    def of(cls, cells: np.ndarray) -> EdgeTable:
        _, coords, (ring_offsets, geom_offsets) = shapely.to_ragged_array(cells)
        if not np.array_equal(geom_offsets, np.arange(len(cells) + 1)):
            raise ValueError("Voronoi cells must be single-ring polygons")
        coords, ring_offsets = _drop_repeated_vertices(np.round(coords, 3), ring_offsets)
        n = len(coords)
        last = np.zeros(n, dtype=bool)
        last[ring_offsets[1:] - 1] = True
        seg_start = np.flatnonzero(~last)
        ring_of_vertex = np.repeat(np.arange(len(cells)), np.diff(ring_offsets))
        a, b = coords[seg_start], coords[seg_start + 1]
        forward = (a[:, 0] < b[:, 0]) | ((a[:, 0] == b[:, 0]) & (a[:, 1] < b[:, 1]))
        p = np.where(forward[:, None], a, b)
        q = np.where(forward[:, None], b, a)
        keys = np.ascontiguousarray(np.hstack([p, q])).view(np.dtype((np.void, 32))).ravel()
        _, first, edge_id = np.unique(keys, return_index=True, return_inverse=True)
        return cls(coords, ring_offsets, seg_start, ring_of_vertex[seg_start], forward,
                   edge_id.ravel(), p[first], q[first])

    def adjacency(self, cells: int) -> Adjacency:
        order = np.argsort(self.edge_id, kind="stable")
        counts = np.bincount(self.edge_id)
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
        shared = starts[counts == 2]
        return Adjacency.from_pairs(self.seg_cell[order[shared]],
                                    self.seg_cell[order[shared + 1]], cells)


def bend_edges(table: EdgeTable, flat_edges: np.ndarray, rng: np.random.Generator):
    """Densify every unique edge once and offset its new vertices sideways.

    Both cells sharing an edge take the very same inserted points (reversed when they
    run the edge the other way), so neighbours stay exactly adjacent.
    """
    p, q = table.p, table.q
    d = q - p
    length = np.hypot(d[:, 0], d[:, 1])
    n_edges = len(length)
    step = rng.uniform(6.0, 28.0, n_edges)
    straight = rng.random(n_edges) < 0.25  # ditch and road sides stay straight
    inserted = np.where(straight, 0, np.minimum(np.floor(length / step), 12)).astype(np.int64)
    bow = rng.uniform(-0.025, 0.025, n_edges)
    ins_offsets = np.concatenate([[0], np.cumsum(inserted)])
    total = int(ins_offsets[-1])
    edge_of = np.repeat(np.arange(n_edges), inserted)
    j = np.arange(total) - ins_offsets[edge_of] + 1
    t = j / (inserted[edge_of] + 1)
    jitter = rng.normal(0.0, 1.0, total) * np.minimum(0.4, 0.004 * length[edge_of])
    cap = np.minimum(2.5, 0.06 * length[edge_of])
    offset = np.clip(length[edge_of] * bow[edge_of] * 4 * t * (1 - t) + jitter, -cap, cap)
    offset[flat_edges[edge_of]] = 0.0
    normal = np.column_stack([-d[:, 1], d[:, 0]]) / np.maximum(length, 1e-9)[:, None]
    points = p[edge_of] + t[:, None] * d[edge_of] + offset[:, None] * normal[edge_of]
    return np.round(points, 3), inserted, ins_offsets


def assemble_cells(table: EdgeTable, points, inserted, ins_offsets) -> np.ndarray:
    """Rebuild the polygons with each segment's inserted points in its own direction."""
    coords, ring_offsets = table.coords, table.ring_offsets
    n = len(coords)
    per_segment = inserted[table.edge_id]
    block = np.ones(n, dtype=np.int64)
    block[table.seg_start] += per_segment
    out_start = np.concatenate([[0], np.cumsum(block)[:-1]])
    out = np.empty((int(block.sum()), 2))
    out[out_start] = coords

    seg_of = np.repeat(np.arange(len(table.seg_start)), per_segment)
    first_of_seg = np.concatenate([[0], np.cumsum(per_segment)[:-1]])
    m = np.arange(len(seg_of)) - first_of_seg[seg_of] + 1
    k = per_segment[seg_of]
    j = np.where(table.forward[seg_of], m - 1, k - m)
    out[out_start[table.seg_start[seg_of]] + m] = points[ins_offsets[table.edge_id[seg_of]] + j]

    new_rings = np.concatenate([out_start[ring_offsets[:-1]], [len(out)]])
    n_cells = len(ring_offsets) - 1
    return shapely.from_ragged_array(
        shapely.GeometryType.POLYGON, out, (new_rings, np.arange(n_cells + 1)))


def tessellate(sites: np.ndarray, cells: int, rng: np.random.Generator):
    """Parcel-shaped cells with 10–40 vertices and exactly shared edges, plus adjacency."""
    table = EdgeTable.of(voronoi_cells(sites, cells))
    flat = np.zeros(len(table.p), dtype=bool)
    state = rng.bit_generator.state
    for _ in range(4):
        points, inserted, offsets = bend_edges(table, flat, replay(state))
        polygons = assemble_cells(table, points, inserted, offsets)
        invalid = ~shapely.is_valid(polygons)
        if not invalid.any():
            return polygons, table.adjacency(cells)
        # A bend that folds a narrow cell: keep that cell's edges straight instead.
        flat[table.edge_id[invalid[table.seg_cell]]] = True
    raise RuntimeError("could not bend the parcel edges into valid polygons")


def replay(state: dict) -> np.random.Generator:
    """A generator restarted at ``state``: a retry draws the same numbers, so only the
    straightened edges change."""
    rng = np.random.default_rng()
    rng.bit_generator.state = state
    return rng


# ── administrative units ─────────────────────────────────────────────────────────────


def kmeans(points: np.ndarray, k: int, rng: np.random.Generator, rounds: int = 12):
    """Plain Lloyd iterations from k-means++ seeds; returns labels and centres."""
    centres = [points[rng.integers(len(points))]]
    for _ in range(1, k):
        d2 = np.min([np.sum((points - c) ** 2, axis=1) for c in centres], axis=0)
        centres.append(points[rng.choice(len(points), p=d2 / d2.sum())])
    centres = np.array(centres)
    for _ in range(rounds):
        labels = nearest(points, centres)
        for c in range(k):
            members = points[labels == c]
            if len(members):
                centres[c] = members.mean(axis=0)
    return nearest(points, centres), centres


def nearest(points: np.ndarray, centres: np.ndarray) -> np.ndarray:
    best = np.zeros(len(points), dtype=np.int64)
    best_d = np.full(len(points), np.inf)
    for c, centre in enumerate(centres):
        d = np.sum((points - centre) ** 2, axis=1)
        closer = d < best_d
        best[closer], best_d[closer] = c, d[closer]
    return best


@dataclass
class Admin:
    """Township and village of every cell, and the names and codes that go with them."""

    township: np.ndarray  # 0..15 in TOWNSHIPS order
    village: np.ndarray  # global village index
    village_township: np.ndarray
    village_code: list[str]  # 3 digits inside the township
    village_name: list[str]
    township_seat: np.ndarray  # a cell near each township's centre
    village_seat: np.ndarray

    def township_code(self, t: int) -> str:
        return f"{COUNTY_CODE}{t + 1:03d}"

    @staticmethod
    def township_name(t: int) -> str:
        name = TOWNSHIPS[t]
        return f"{name}街道" if t == URBAN else f"{name}镇"


def partition_admin(sites, frame: Frame, adjacency: Adjacency, rng) -> Admin:
    """16 contiguous townships (涟城 in the middle) and villages of ~650 parcels."""
    labels, centres = kmeans(sites, len(TOWNSHIPS), rng)
    labels, centres = _name_townships(labels, centres, frame)
    labels = _absorb_islands(labels, adjacency)
    seats = np.array([_nearest_member(sites, np.flatnonzero(labels == t), c)
                      for t, c in enumerate(centres)])
    village = np.zeros(len(sites), dtype=np.int64)
    village_township, codes, names, village_seats = [], [], [], []
    for t in range(len(TOWNSHIPS)):
        members = np.flatnonzero(labels == t)
        k = int(np.clip(round(len(members) / 650), 1, 99))
        local, local_centres = kmeans(sites[members], k, rng, rounds=6)
        village[members] = local + len(codes)
        village_seats += [_nearest_member(sites, members[local == v], local_centres[v])
                          for v in range(k)]
        village_township += [t] * k
        codes += [f"{v + 1:03d}" if t == URBAN else f"{v + 201:03d}" for v in range(k)]
        names += _village_names(t, k, rng)
    return Admin(labels, village, np.array(village_township), codes, names, seats,
                 np.array(village_seats))


def _name_townships(labels, centres, frame: Frame):
    """涟城 is the cluster nearest the county centre; the others follow clockwise from north."""
    urban = int(np.argmin(np.sum((centres - frame.centre) ** 2, axis=1)))
    others = [c for c in range(len(centres)) if c != urban]
    bearing = [math.atan2(centres[c][0] - frame.centre[0], centres[c][1] - frame.centre[1])
               % (2 * math.pi) for c in others]
    others = [c for _, c in sorted(zip(bearing, others))]
    order = others[:URBAN] + [urban] + others[URBAN:]
    remap = np.empty(len(centres), dtype=np.int64)
    remap[order] = np.arange(len(centres))
    return remap[labels], centres[order]


def _absorb_islands(labels: np.ndarray, adjacency: Adjacency) -> np.ndarray:
    """Give cells cut off from their township's main body to the surrounding township."""
    labels = labels.copy()
    src, dst = adjacency.pairs()
    for _ in range(10):
        component = _components(labels, src, dst)
        sizes = np.bincount(component)
        main = np.zeros(labels.max() + 1, dtype=np.int64)
        for t in range(labels.max() + 1):
            comps = np.unique(component[labels == t])
            main[t] = comps[np.argmax(sizes[comps])]
        stray = component != main[labels]
        if not stray.any():
            return labels
        edge = stray[src] & ~stray[dst]
        labels[src[edge]] = labels[dst[edge]]
    return labels


def _nearest_member(sites, members, centre) -> int:
    return int(members[np.argmin(np.sum((sites[members] - centre) ** 2, axis=1))])


def _components(labels, src, dst) -> np.ndarray:
    """Connected components of same-label neighbours (min-label propagation)."""
    same = labels[src] == labels[dst]
    a, b = src[same], dst[same]  # both directions, sorted by a
    starts = np.flatnonzero(np.r_[True, a[1:] != a[:-1]]) if len(a) else np.array([], int)
    comp = np.arange(len(labels))
    while True:
        new = comp.copy()
        if len(a):
            group_min = np.minimum.reduceat(comp[b], starts)
            new[a[starts]] = np.minimum(comp[a[starts]], group_min)
        new = new[new]  # pointer jumping shortens long chains
        if np.array_equal(new, comp):
            return comp
        comp = new


def _village_names(township: int, k: int, rng) -> list[str]:
    if township == URBAN:
        n = len(COMMUNITY_NAMES)
        picks = rng.permutation(n)
        return [COMMUNITY_NAMES[picks[i % n]] + ("" if i < n else "新村") + "社区"
                for i in range(k)]
    combos = rng.permutation(len(SURNAMES) * len(VILLAGE_SUFFIXES))[:k]
    return [SURNAMES[c // len(VILLAGE_SUFFIXES)] + VILLAGE_SUFFIXES[c % len(VILLAGE_SUFFIXES)]
            + "村" for c in combos]


# ── terrain ──────────────────────────────────────────────────────────────────────────


@dataclass
class Terrain:
    """The DEM grid (north-up, square cells) and its slope in degrees."""

    origin: tuple[float, float]  # top-left corner
    cell: float
    elevation: np.ndarray  # float32, NODATA outside the county's neighbourhood
    slope: np.ndarray  # float32 degrees, as gdaldem computes it

    @property
    def geotransform(self):
        return (self.origin[0], self.cell, 0.0, self.origin[1], 0.0, -self.cell)


def dem_cell_size(parcels: int) -> float:
    """10 m cells for a small county; 25 m for a big one so the GeoTIFF stays small."""
    return 10.0 if parcels <= 20000 else 25.0


def terrain_grid(bounds, cell: float):
    x0 = math.floor(bounds[0] / cell - 5) * cell
    y_top = math.ceil(bounds[3] / cell + 5) * cell
    cols = math.ceil((bounds[2] - x0) / cell) + 5
    rows = math.ceil((y_top - bounds[1]) / cell) + 5
    return (x0, y_top), rows, cols


def elevation_model(frame: Frame, origin, rows, cols, cell, rng) -> np.ndarray:
    """Elevation (m): a plain at 5–20 m, and steep hills in the south-west."""
    x = origin[0] + (np.arange(cols) + 0.5) * cell
    y = origin[1] - (np.arange(rows) + 0.5) * cell
    xx, yy = np.meshgrid(x, y)
    bounds = (x[0], y[-1], x[-1], y[0])
    broad = SmoothNoise(rng, bounds, max(frame.radius / 2, 800.0))
    local = SmoothNoise(rng, bounds, 150.0)
    west_east = np.clip((frame.centre[0] - xx) / frame.radius, -1.5, 1.5)
    z = 11.0 + 3.0 * west_east + 2.0 * broad(xx, yy) + 0.3 * local(xx, yy)
    hills = frame.hill_weight(xx, yy)
    z += min(25.0, 0.05 * frame.hill_radius()) * hills  # the hills' common base
    z += _hill_peaks(frame, origin, xx.shape, cell, rng) * hills
    return z


def _hill_peaks(frame: Frame, origin, shape, cell, rng) -> np.ndarray:
    """Gaussian hills whose flanks reach 10–40°, each added on its own window."""
    peaks = np.zeros(shape)
    hill_r = frame.hill_radius()
    sigma_hi = float(np.clip(hill_r / 2, 60.0, 130.0))
    mean_sigma = (45.0 + sigma_hi) / 2
    count = max(4, round((hill_r / (1.2 * mean_sigma)) ** 2))
    centre = frame.hill_centre()
    for _ in range(count):
        r, a = hill_r * math.sqrt(rng.random()), rng.uniform(0, 2 * math.pi)
        px, py = centre[0] + r * math.cos(a), centre[1] + r * math.sin(a)
        sigma = rng.uniform(45.0, sigma_hi)
        height = sigma * rng.uniform(0.2, 1.1)  # gentle knolls to crags
        c0 = max(0, int((px - 4 * sigma - origin[0]) / cell))
        c1 = min(shape[1], int((px + 4 * sigma - origin[0]) / cell) + 1)
        r0 = max(0, int((origin[1] - py - 4 * sigma) / cell))
        r1 = min(shape[0], int((origin[1] - py + 4 * sigma) / cell) + 1)
        if c0 >= c1 or r0 >= r1:
            continue
        wx = origin[0] + (np.arange(c0, c1) + 0.5) * cell - px
        wy = origin[1] - (np.arange(r0, r1) + 0.5) * cell - py
        peaks[r0:r1, c0:c1] += height * np.exp(-(wx[None, :] ** 2 + wy[:, None] ** 2)
                                               / (2 * sigma**2))
    return peaks


def mem_raster(array: np.ndarray, geotransform, gdal_type, nodata=None):
    ds = gdal.GetDriverByName("MEM").Create("", array.shape[1], array.shape[0], 1, gdal_type)
    ds.SetGeoTransform(geotransform)
    ds.SetProjection(projected_srs().ExportToWkt())
    band = ds.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(array)
    return ds


def build_terrain(frame: Frame, cells: np.ndarray, parcels: int, rng) -> tuple[Terrain, np.ndarray]:
    """The DEM over the county and the raster of cell labels (−1 outside)."""
    cell = dem_cell_size(parcels)
    origin, rows, cols = terrain_grid(shapely.total_bounds(cells), cell)
    geotransform = (origin[0], cell, 0.0, origin[1], 0.0, -cell)
    labels = rasterize_cells(cells, geotransform, rows, cols)
    z = elevation_model(frame, origin, rows, cols, cell, rng).astype(np.float32)
    # Nodata only well away from the county, so every parcel pixel has a full 3×3 window.
    near = _dilate(labels >= 0, 3)
    z[~near] = NODATA
    dem = mem_raster(z, geotransform, gdal.GDT_Float32, NODATA)
    slope_ds = gdal.DEMProcessing("", dem, "slope", format="MEM")
    slope = slope_ds.GetRasterBand(1).ReadAsArray()
    return Terrain(origin, cell, z, slope), labels


def _dilate(mask: np.ndarray, steps: int) -> np.ndarray:
    out = mask.copy()
    for _ in range(steps):
        grown = out.copy()
        grown[1:, :] |= out[:-1, :]
        grown[:-1, :] |= out[1:, :]
        grown[:, 1:] |= out[:, :-1]
        grown[:, :-1] |= out[:, 1:]
        out = grown
    return out


def rasterize_cells(cells: np.ndarray, geotransform, rows: int, cols: int) -> np.ndarray:
    """Cell index of every pixel whose centre lies in a cell (GDAL's rule), −1 elsewhere."""
    source = ogr.GetDriverByName("Memory").CreateDataSource("cells")
    layer = source.CreateLayer("cells", projected_srs(), ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("cell", ogr.OFTInteger))
    definition = layer.GetLayerDefn()
    for i, wkb in enumerate(shapely.to_wkb(cells)):
        feature = ogr.Feature(definition)
        feature.SetField(0, i)
        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb))
        layer.CreateFeature(feature)
    raster = mem_raster(np.full((rows, cols), -1, dtype=np.int32), geotransform, gdal.GDT_Int32)
    gdal.RasterizeLayer(raster, [1], layer, options=["ATTRIBUTE=cell"])
    return raster.GetRasterBand(1).ReadAsArray()


def mean_slope(terrain: Terrain, labels: np.ndarray, sites: np.ndarray) -> np.ndarray:
    """Zonal mean slope per cell; a cell too small to hold a pixel centre takes the pixel
    under its site."""
    n = len(sites)
    inside = labels >= 0
    count = np.bincount(labels[inside], minlength=n)
    total = np.bincount(labels[inside], weights=terrain.slope[inside].astype(np.float64),
                        minlength=n)
    means = np.divide(total, count, out=np.zeros(n), where=count > 0)
    col = ((sites[:, 0] - terrain.origin[0]) / terrain.cell).astype(np.int64)
    row = ((terrain.origin[1] - sites[:, 1]) / terrain.cell).astype(np.int64)
    return np.where(count > 0, means, terrain.slope[row, col])


def projected_srs() -> osr.SpatialReference:
    return _srs(PROJECTED_EPSG)


def _srs(epsg: int) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)  # lon/lat, x/y
    return srs


# ── land classes ─────────────────────────────────────────────────────────────────────


@dataclass
class Landscape:
    """Per-cell facts the class allocation reads."""

    sites: np.ndarray
    slope: np.ndarray  # mean slope, degrees
    hill: np.ndarray  # 1 in the hills, 0 on the plain
    river_distance: np.ndarray
    urban_distance: np.ndarray


class ClassAllocator:
    """Hands out land classes to free cells: bands along lines, blobs grown from seeds."""

    HILL_CROPLAND = "HILL"  # placeholder: cropland in the hills, class decided last

    def __init__(self, adjacency: Adjacency, n: int, rng: np.random.Generator):
        self.adjacency = adjacency
        self.code = np.full(n, "", dtype="<U4")
        self.rng = rng

    @property
    def free(self) -> np.ndarray:
        return self.code == ""

    def band(self, code: str, score: np.ndarray, count: int) -> np.ndarray:
        """The ``count`` free cells with the lowest score (nearest a line, steepest …)."""
        free = np.flatnonzero(self.free)
        chosen = free[np.argsort(score[free], kind="stable")[:count]]
        self.code[chosen] = code
        return chosen

    def blobs(self, code: str, count: int, weight: np.ndarray, mean_size: float,
              first_seeds=()) -> np.ndarray:
        """``count`` cells in blobs of about ``mean_size`` grown from seeds drawn ∝ weight."""
        weight = np.asarray(weight, dtype=float) + 1e-6
        # Efraimidis–Spirakis keys: a weighted random order of all cells in one sort.
        keys = np.log(self.rng.random(len(weight))) / weight
        order = np.concatenate([np.asarray(first_seeds, dtype=np.int64),
                                np.argsort(-keys, kind="stable")])
        taken: list[int] = []
        for seed in order:
            if len(taken) >= count:
                break
            if self.code[seed] == "":
                size = min(count - len(taken), int(self.rng.geometric(1 / mean_size)))
                taken += self._grow(code, int(seed), size)
        return np.array(taken, dtype=np.int64)

    def _grow(self, code: str, seed: int, size: int) -> list[int]:
        frontier, taken = [seed], []
        while frontier and len(taken) < size:
            i = frontier.pop(int(self.rng.random() * len(frontier)))
            if self.code[i] == "":
                self.code[i] = code
                taken.append(i)
                frontier.extend(self.adjacency.of(i).tolist())
        return taken


def class_quotas(n: int, plan: DefectPlan) -> dict[str, int]:
    quotas = {code: round(share * n) for code, (_, share) in LAND_CLASSES.items()}
    quotas["0602"] = plan.mining_2023 + plan.restored_whole  # 2022: before restoration
    return quotas


def river_line(frame: Frame, rng) -> shapely.LineString:
    """A meandering river crossing the county west to east, north of the centre."""
    r = frame.radius
    x = np.linspace(-1.8 * r, 1.8 * r, 240)
    phase = rng.uniform(0, 2 * np.pi, 2)
    y = 0.3 * r + 0.12 * r * np.sin(x / (0.2 * r) + phase[0]) + 0.05 * r * np.sin(
        x / (0.07 * r) + phase[1])
    return shapely.LineString(np.column_stack([x, y]) + frame.centre)


def highway_lines(centre: np.ndarray, radius: float) -> shapely.MultiLineString:
    """Two highways crossing at the county seat."""
    lines = []
    for angle in (math.radians(35), math.radians(115)):
        d = 3 * radius * np.array([math.cos(angle), math.sin(angle)])
        lines.append([centre - d, centre + d])
    return shapely.MultiLineString(lines)


def grid_distance(sites, frame: Frame, spacing: float, shift: float) -> np.ndarray:
    """Distance to a rotated grid of lines every ``spacing`` metres (canals, farm roads)."""
    angle = 0.2
    dx, dy = (sites - frame.centre).T
    u = dx * math.cos(angle) + dy * math.sin(angle) + shift
    v = -dx * math.sin(angle) + dy * math.cos(angle) + shift
    return np.minimum(np.abs(u % spacing - spacing / 2), np.abs(v % spacing - spacing / 2))


def allocate_classes(land: Landscape, admin: Admin, adjacency: Adjacency, frame: Frame,
                     plan: DefectPlan, rng) -> np.ndarray:
    """The earlier year's land class of every cell, spatially clustered like a Jiangsu
    plain county: a river and highways, the county seat in 涟城, villages, ponds, a canal
    grid, forest and quarries in the south-western hills, cropland everywhere else."""
    n = len(land.sites)
    quota = class_quotas(n, plan)
    alloc = ClassAllocator(adjacency, n, rng)
    plain = 1.0 - land.hill
    bounds = (*land.sites.min(axis=0), *land.sites.max(axis=0))
    wobble = SmoothNoise(rng, bounds, max(frame.radius / 8, 200.0))(*land.sites.T)

    alloc.band("1101", land.river_distance, quota["1101"])
    alloc.band("1106", land.river_distance, quota["1106"])
    seat = land.sites[admin.township_seat[URBAN]]
    highways = highway_lines(seat, frame.radius)
    highway_distance = shapely.distance(shapely.points(land.sites), highways)
    alloc.band("1003", highway_distance, quota["1003"])

    # The county seat: shops downtown, housing around it; small towns at township seats.
    downtown = land.urban_distance * (1 + 0.3 * wobble)
    alloc.band("05H1", downtown, math.ceil(0.7 * quota["05H1"]))
    alloc.band("0701", downtown, math.ceil(0.6 * quota["0701"]))
    town_seats = np.delete(admin.township_seat, URBAN)
    for code in ("0701", "05H1"):
        left = quota[code] - int(np.sum(alloc.code == code))
        alloc.blobs(code, left, plain**2, max(1.0, left / 15), first_seeds=town_seats)
    industry = np.exp(-land.urban_distance / (0.3 * frame.radius)) + 0.5 * np.exp(
        -highway_distance / (0.05 * frame.radius))
    alloc.blobs("0601", quota["0601"], industry * plain, 4)

    # Hills: quarries, some sloping cropland, then forest on the steepest ground.
    alloc.blobs("0602", quota["0602"], land.hill**3, 3)
    gentle = np.exp(-land.slope / 12.0)  # farmers terrace the gentler hillsides
    alloc.blobs(ClassAllocator.HILL_CROPLAND, round(0.03 * n), land.hill**2 * gentle, 3)
    steep_first = -(100 * land.hill + land.slope + 6 * wobble)
    for code in ("0301", "0305", "0307"):
        alloc.band(code, steep_first, quota[code])
    alloc.blobs("1206", quota["1206"], land.hill**2, 2)
    river_bank = land.river_distance < 0.05 * frame.radius
    alloc.blobs("0404", quota["0404"], land.hill + 0.2 * river_bank, 2)
    alloc.blobs("0201", quota["0201"], land.hill + 0.3, 3)
    alloc.blobs("0204", quota["0204"], land.hill + 0.3, 2)

    # Villages around their seats, farm facilities beside them, ponds scattered.
    villages = len(admin.village_code)
    alloc.blobs("0702", quota["0702"], plain**2, max(1.0, quota["0702"] / (2 * villages)),
                first_seeds=admin.village_seat)
    src, dst = adjacency.pairs()
    beside_village = np.bincount(src[alloc.code[dst] == "0702"], minlength=n) > 0
    alloc.blobs("1202", quota["1202"], plain * (1 + 4 * beside_village), 1.5)
    alloc.blobs("1104", quota["1104"], plain**2, 2.5)

    # Canals and farm roads on the field grid, spaced so their quota fills one cell wide.
    width = math.sqrt(MEAN_PARCEL_M2)
    for code, shift in (("1107", 0.0), ("1006", 0.5)):
        spacing = 2 * n * MEAN_PARCEL_M2 / (max(quota[code], 1) * width)
        distance = grid_distance(land.sites, frame, spacing, shift * spacing)
        alloc.band(code, distance + 1e6 * (land.hill > 0.5), quota[code])

    return _cropland(alloc, land, quota, wobble)


def _cropland(alloc: ClassAllocator, land: Landscape, quota, wobble) -> np.ndarray:
    """Hill cropland is mostly dry land; on the plain, dry and irrigated land lie where the
    ground is drier, paddy everywhere else."""
    code = alloc.code
    hill = np.flatnonzero(code == ClassAllocator.HILL_CROPLAND)
    code[hill] = np.where(alloc.rng.random(len(hill)) < 0.75, "0103", "0101")
    dry_left = max(0, quota["0103"] - len(hill))
    alloc.band("0103", wobble, dry_left)
    alloc.band("0102", wobble, quota["0102"])
    code[alloc.free] = "0101"
    return code.astype(object)


# ── the year's changes and the planted defects ───────────────────────────────────────


@dataclass
class Changes:
    """What happened between 2022 and 2023 (cell indices)."""

    restored_whole: np.ndarray  # 采矿用地 wholly restored to forest
    restored_split: np.ndarray  # partly restored: the parcel splits into forest + mining
    forest_code: dict[int, str]  # 0301 or 0307 for each restored cell
    crop_to_pond: np.ndarray
    pond_to_crop: np.ndarray

    def code_2023(self, code_2022: np.ndarray) -> np.ndarray:
        code = code_2022.copy()
        for cell in self.restored_whole:
            code[cell] = self.forest_code[int(cell)]
        code[self.crop_to_pond] = "1104"
        code[self.pond_to_crop] = "0101"
        return code


def flat_plain(land: Landscape) -> np.ndarray:
    """Cells whose mean slope is clearly grade 1 whatever a tool does at their edges."""
    return (land.slope < 1.0) & (land.hill < 0.01)


def choose_changes(code_2022: np.ndarray, land: Landscape, plan: DefectPlan, rng) -> Changes:
    mining = rng.permutation(np.flatnonzero(code_2022 == "0602"))
    whole = np.sort(mining[:plan.restored_whole])
    split = np.sort(mining[plan.restored_whole:plan.restored_whole + plan.restored_split])
    forest = {int(c): ("0301" if rng.random() < 0.7 else "0307") for c in np.r_[whole, split]}
    paddy = rng.permutation(np.flatnonzero((code_2022 == "0101") & flat_plain(land)))
    ponds = rng.permutation(np.flatnonzero((code_2022 == "1104") & flat_plain(land)))
    k = plan.other_changes
    return Changes(whole, split, forest, np.sort(paddy[:k]), np.sort(ponds[:k]))


@dataclass
class Defects:
    """Cells carrying a planted defect (identical in both years except the duplicate)."""

    self_intersecting: np.ndarray
    holes: np.ndarray
    multipart: list[tuple[int, int]]  # (kept cell, cell merged into it)
    duplicate: int


def choose_defects(code_2022, code_2023, land: Landscape, adjacency: Adjacency, admin: Admin,
                   changes: Changes, cells, plan: DefectPlan, rng) -> Defects:
    """Defects go on flat, unchanged cells so slope grades and the change overlay stay
    unambiguous."""
    usable = flat_plain(land) & (code_2022 == code_2023)
    usable[np.r_[changes.restored_whole, changes.restored_split]] = False
    paddy = usable & (code_2022 == "0101")

    pairs = _multipart_pairs(code_2022, paddy, adjacency, admin, plan.multipart, rng)
    for pair in pairs:
        usable[list(pair)] = paddy[list(pair)] = False
    areas = shapely.area(cells)
    big_paddy = np.flatnonzero(paddy & (areas > np.median(areas)))
    holes = np.sort(rng.permutation(big_paddy)[:plan.holes])
    usable[holes] = paddy[holes] = False
    duplicate = int(rng.choice(np.flatnonzero(paddy)))
    usable[duplicate] = False
    kinds = usable & np.isin(code_2022, ["0101", "0702", "1104", "0103"])
    crossing = np.sort(rng.permutation(np.flatnonzero(kinds))[:plan.self_intersecting])
    return Defects(crossing, holes, pairs, duplicate)


def _multipart_pairs(code, paddy, adjacency: Adjacency, admin: Admin, wanted: int, rng):
    """Two paddy parcels of one village on either side of a farm road or ditch: the survey
    often keeps them as one multipart parcel."""
    pairs: list[tuple[int, int]] = []
    used = np.zeros(len(code), dtype=bool)
    linear = np.isin(code, ["1006", "1107"])
    # Roads and ditches first; any parcel in between will do if a tiny county lacks them.
    middles = np.r_[rng.permutation(np.flatnonzero(linear)),
                    rng.permutation(np.flatnonzero(~linear))]
    for middle in middles:
        if len(pairs) == wanted:
            break
        sides = [int(c) for c in adjacency.of(middle) if paddy[c] and not used[c]]
        for a_i, a in enumerate(sides):
            partner = next((b for b in sides[a_i + 1:]
                            if admin.village[a] == admin.village[b]
                            and b not in adjacency.of(a)), None)
            if partner is not None:
                pairs.append((min(a, partner), max(a, partner)))
                used[[a, partner]] = True
                break
    return pairs


def bow_tie(polygon: shapely.Polygon) -> shapely.Polygon:
    """Reverse a stretch of the outer ring so it crosses itself (a digitising error)."""
    ring = np.asarray(polygon.exterior.coords)[:-1]
    n = len(ring)
    for start, end in ((n // 4, 3 * n // 4), (1, n // 2), (n // 3, n - 2)):
        crossed = ring.copy()
        crossed[start:end + 1] = crossed[start:end + 1][::-1]
        candidate = shapely.Polygon(crossed)
        if not candidate.is_valid:
            return candidate
    raise RuntimeError("could not make a self-intersecting parcel")


def punch_pond(polygon: shapely.Polygon, rng) -> tuple[shapely.Polygon, shapely.Polygon]:
    """A pond inside a paddy parcel: the paddy gets an interior ring with the pond's
    exact vertices."""
    centre = np.asarray(polygon.centroid.coords[0])
    radius = 0.35 * math.sqrt(polygon.area / math.pi)
    angles = np.sort(rng.uniform(0, 2 * np.pi, int(rng.integers(9, 15))))
    reach = rng.uniform(0.75, 1.0, len(angles))
    for _ in range(6):
        ring = np.round(centre + (radius * reach)[:, None]
                        * np.column_stack([np.cos(angles), np.sin(angles)]), 3)
        pond = shapely.Polygon(ring)
        if pond.is_valid and polygon.contains_properly(pond):
            return shapely.Polygon(polygon.exterior.coords, [ring[::-1]]), pond
        radius *= 0.6
    raise RuntimeError("no room for a pond in the parcel")


def split_restored(polygon: shapely.Polygon, rng) -> tuple[shapely.Polygon, shapely.Polygon]:
    """Cut a mining parcel in two along a straight line: (restored forest part, mining part)."""
    centre = np.asarray(polygon.centroid.coords[0])
    reach = 2 * math.sqrt(polygon.area)
    for _ in range(20):
        angle = rng.uniform(0, np.pi)
        d = reach * np.array([math.cos(angle), math.sin(angle)])
        offset = rng.uniform(-0.2, 0.2) * reach / 2 * np.array([-d[1], d[0]]) / reach
        line = shapely.LineString([centre + offset - d, centre + offset + d])
        pieces = shapely.get_parts(split_polygon(polygon, line))
        if len(pieces) == 2 and min(p.area for p in pieces) > 0.25 * polygon.area:
            first = int(rng.random() < 0.5)
            return pieces[first], pieces[1 - first]
    raise RuntimeError("could not split a restored mining parcel")


# ── parcel layers ────────────────────────────────────────────────────────────────────


@dataclass
class ParcelLayer:
    """One year's DLTB rows before their attributes are spelled out."""

    cell: np.ndarray  # the tessellation cell a row sits on (a pond: its host paddy)
    code: np.ndarray  # DLBM
    geometry: np.ndarray  # shapely (Multi)Polygons, EPSG:4528
    serial: np.ndarray  # BSM / TBYBH serial number
    tbbh: np.ndarray  # parcel number inside the village
    note: np.ndarray  # BZ
    year: int

    def bsm(self) -> list[str]:
        return [f"{COUNTY_CODE}2110{s:08d}" for s in self.serial.tolist()]


def _village_numbers(village: np.ndarray, start=None) -> np.ndarray:
    """Running numbers per village in row order, after ``start[village]`` if given."""
    order = np.argsort(village, kind="stable")
    sorted_village = village[order]
    first = np.r_[0, np.flatnonzero(np.diff(sorted_village)) + 1]
    rank = np.arange(len(village)) - np.repeat(first, np.diff(np.r_[first, len(village)]))
    numbers = np.empty(len(village), dtype=np.int64)
    numbers[order] = rank + 1
    if start is not None:
        numbers += start[village]
    return numbers


def earlier_layer(cells, code_2022, defects: Defects, admin: Admin, rng) -> ParcelLayer:
    """DLTB_2022: one row per cell (merged pairs as one multipart row), crossed rings,
    and paddies with a pond hole, the ponds as rows of their own at the end."""
    geometry = cells.copy()
    for cell in defects.self_intersecting:
        geometry[cell] = bow_tie(cells[cell])
    ponds = []
    for cell in defects.holes:
        geometry[cell], pond = punch_pond(cells[cell], rng)
        ponds.append(pond)
    merged = [b for _, b in defects.multipart]
    for a, b in defects.multipart:
        geometry[a] = shapely.MultiPolygon([cells[a], cells[b]])
    kept = np.setdiff1d(np.arange(len(cells)), merged)
    cell = np.r_[kept, defects.holes]
    code = np.r_[code_2022[kept], ["1104"] * len(ponds)].astype(object)
    geometry = np.r_[geometry[kept], np.array(ponds, dtype=object)]
    return ParcelLayer(cell, code, geometry, np.arange(1, len(cell) + 1),
                       _village_numbers(admin.village[cell]),
                       np.full(len(cell), None, dtype=object), EARLIER_YEAR)


def later_layer(before: ParcelLayer, code_2023, changes: Changes, defects: Defects,
                cells, admin: Admin, rng) -> ParcelLayer:
    """DLTB (2023): the 2022 rows with their classes updated (BSM kept), each partly
    restored mining parcel replaced by two new parcels, and one duplicated row."""
    n_ponds = len(defects.holes)
    is_cell_row = np.arange(len(before.cell)) < len(before.cell) - n_ponds
    code = before.code.copy()
    code[is_cell_row] = code_2023[before.cell[is_cell_row]]
    note = before.note.copy()
    note[is_cell_row & np.isin(before.cell, changes.restored_whole)] = RESTORED_NOTE
    keep = ~(is_cell_row & np.isin(before.cell, changes.restored_split))

    new_cell, new_code, new_geometry, new_note = [], [], [], []
    for cell in changes.restored_split:
        forest, mining = split_restored(cells[cell], rng)
        new_cell += [cell, cell]
        new_code += [changes.forest_code[int(cell)], "0602"]
        new_geometry += [forest, mining]
        new_note += [RESTORED_NOTE, None]
    duplicate = int(np.flatnonzero(is_cell_row & (before.cell == defects.duplicate))[0])
    first = int(before.serial.max()) + 1
    serial = np.arange(first, first + len(new_cell) + 1)  # the pieces, then the duplicate

    village_max = np.zeros(len(admin.village_code), dtype=np.int64)
    np.maximum.at(village_max, admin.village[before.cell], before.tbbh)
    new_tbbh = _village_numbers(admin.village[np.array(new_cell, dtype=np.int64)], village_max)

    def rows(old, new):
        return np.concatenate([old[keep], _objects(new), _objects([old[duplicate]])])

    return ParcelLayer(
        cell=rows(before.cell, new_cell).astype(np.int64),
        code=rows(code, new_code),
        geometry=rows(before.geometry, new_geometry),
        serial=np.r_[before.serial[keep], serial],
        tbbh=np.r_[before.tbbh[keep], new_tbbh, before.tbbh[duplicate]],
        note=rows(note, new_note),
        year=YEAR,
    )


def _objects(items) -> np.ndarray:
    out = np.empty(len(items), dtype=object)
    out[:] = list(items)
    return out


def repaired(geometry) -> shapely.MultiPolygon:
    """make_valid, keeping only the polygonal parts (a crossed ring's lobes)."""
    parts = shapely.get_parts(shapely.get_parts(shapely.make_valid(geometry)))
    return shapely.MultiPolygon([p for p in parts if p.geom_type == "Polygon"])


def official_areas(geometries) -> np.ndarray:
    """Unrounded ellipsoidal area (m²) by the survey's formula, on the vertices as stored.

    A self-intersecting parcel is measured as repaired (make_valid, polygonal parts).
    """
    geometries = as_multipolygons(geometries)
    invalid = np.flatnonzero(~shapely.is_valid(geometries))
    for i in invalid:
        geometries[i] = repaired(geometries[i])
    to_lonlat = Transformer.from_crs(PROJECTED_EPSG, GEOGRAPHIC_EPSG, always_xy=True)
    lonlat = shapely.transform(geometries, lambda x, y: to_lonlat.transform(x, y),
                               interleaved=False)
    return survey_areas(RaggedPolygons.from_shapely(lonlat), cgcs2000())


# ── attributes ───────────────────────────────────────────────────────────────────────


@dataclass
class CellTraits:
    """Attributes that belong to the ground, not to the year: the same in both layers."""

    state_owned: np.ndarray
    slope: np.ndarray
    terraced: np.ndarray  # GDLX TT rather than PD
    crop_use: np.ndarray  # ZZSXDM on cropland
    restorable: np.ndarray  # JKHF / GCHF / None on garden, forest, grass, ponds
    special: np.ndarray  # TBXHDM: HDGD / LQGD / None
    width: np.ndarray  # XZDWKD of linear classes
    quality: np.ndarray  # noise behind GDDB


def cell_traits(code_2022, land: Landscape, admin: Admin, adjacency: Adjacency,
                frame: Frame, rng) -> CellTraits:
    n = len(code_2022)
    state = np.isin(code_2022, STATE_OWNED) | (
        np.isin(code_2022, URBAN_BUILT) & (admin.township == URBAN))
    is_paddy = code_2022 == "0101"
    terraced = np.where(is_paddy, rng.random(n) < 0.9, rng.random(n) < 0.3)
    crop_use = rng.choice(["LS", "FLS", "LYFL", "XG", "WG"], n, p=[0.85, 0.08, 0.05, 0.01, 0.01])
    restorable = np.where(rng.random(n) < 0.3,
                          np.where(rng.random(n) < 0.6, "JKHF", "GCHF"), None).astype(object)
    restorable[~np.isin(code_2022, ["0201", "0204", "0301", "0305", "0307", "0404", "1104"])] = None
    width = np.zeros(n)
    for code, (low, high) in LINEAR_WIDTH_M.items():
        where = code_2022 == code
        width[where] = np.round(rng.uniform(low, high, where.sum()), 1)
    bounds = (*land.sites.min(axis=0), *land.sites.max(axis=0))
    quality = SmoothNoise(rng, bounds, max(frame.radius / 5, 300.0))(*land.sites.T)
    return CellTraits(state, land.slope, terraced, crop_use, restorable,
                      _special_cropland(code_2022, land, adjacency), width, quality)


def _special_cropland(code, land: Landscape, adjacency: Adjacency) -> np.ndarray:
    """TBXHDM on a few cropland parcels: beside the river (河道耕地) and among the hill
    forest (林区耕地)."""
    n = len(code)
    special = np.full(n, None, dtype=object)
    cropland = np.flatnonzero(np.isin(code, CROPLAND))
    k = max(1, round(0.004 * n))
    by_river = cropland[np.argsort(land.river_distance[cropland], kind="stable")[:k]]
    special[by_river] = "HDGD"
    src, dst = adjacency.pairs()
    forest_neighbours = np.bincount(src[np.isin(code[dst], ["0301", "0305", "0307"])],
                                    minlength=n)
    hill_crop = cropland[(land.hill[cropland] > 0.5) & ~np.isin(cropland, by_river)]
    in_forest = hill_crop[np.argsort(-forest_neighbours[hill_crop], kind="stable")[:k]]
    special[in_forest[forest_neighbours[in_forest] > 0]] = "LQGD"
    return special


def parcel_attributes(layer: ParcelLayer, tbmj: np.ndarray, traits: CellTraits,
                      admin: Admin) -> dict[str, list]:
    """The DLTB columns of a layer, in DLTB_FIELDS order; None means NULL."""
    cell, code = layer.cell, layer.code.astype(str)
    n = len(cell)
    cropland = np.isin(code, CROPLAND)
    zzsx = np.where(cropland, traits.crop_use[cell], traits.restorable[cell])
    zzsx[layer.note == RESTORED_NOTE] = None  # restored mining land was never cropland
    special = np.where(cropland, traits.special[cell], None)
    township = admin.township[cell]
    built = np.isin(code, URBAN_BUILT)
    czcs = np.select([built & (township == URBAN), built, code == "0702", code == "0602"],
                     ["201", "202", "203", "204"], "")
    return {
        "BSM": layer.bsm(),
        "YSDM": ["2001010100"] * n,
        "TBYBH": [f"{COUNTY_CODE}{s:012d}" for s in layer.serial.tolist()],
        "TBBH": [str(t) for t in layer.tbbh.tolist()],
        "DLBM": code.tolist(),
        "DLMC": [LAND_CLASSES[c][0] for c in code.tolist()],
        **_ownership_columns(cell, traits, admin),
        "TBMJ": tbmj.tolist(),
        **_cropland_columns(code, cell, tbmj, traits),
        "XZDWKD": np.where(np.isin(code, list(LINEAR_WIDTH_M)), traits.width[cell], 0.0).tolist(),
        "TBXHDM": special.tolist(),
        "TBXHMC": [TBXH_NAMES.get(c) for c in special.tolist()],
        "ZZSXDM": zzsx.tolist(),
        "ZZSXMC": [ZZSX_NAMES.get(c) for c in zzsx.tolist()],
        "GDDB": _quality_grade(code, cell, traits).tolist(),
        "FRDBS": ["0"] * n,
        "CZCSXM": _nullable(czcs),
        "SJNF": [layer.year] * n,
        "MSSM": ["00"] * n,
        "HDMC": [None] * n,
        "BZ": _nullable(layer.note),
    }


def _nullable(values) -> list:
    return [None if v is None or v == "" else v for v in np.asarray(values, object).tolist()]


def _ownership_columns(cell, traits: CellTraits, admin: Admin) -> dict[str, list]:
    """QSXZ … ZLDWMC: collective land belongs to its village, state land is listed under
    the township it lies in."""
    state = traits.state_owned[cell].tolist()
    township = admin.township[cell].tolist()
    village = admin.village[cell].tolist()
    village_code = [f"{admin.township_code(t)}{c}"
                    for t, c in zip(admin.village_township.tolist(), admin.village_code)]
    zl_code = [f"{admin.township_code(t)}0000000000" for t in township]
    zl_name = [Admin.township_name(t) for t in township]
    return {
        "QSXZ": ["10" if s else "30" for s in state],
        "QSDWDM": [z if s else f"{village_code[v]}0000000"
                   for z, s, v in zip(zl_code, state, village)],
        "QSDWMC": [z if s else admin.village_name[v] for z, s, v in zip(zl_name, state, village)],
        "ZLDWDM": zl_code,
        "ZLDWMC": zl_name,
    }


def _cropland_columns(code, cell, tbmj, traits: CellTraits) -> dict[str, list]:
    """KCDLBM … GDPDJB: the field-ridge deduction, KCXS looked up by slope grade × type."""
    cropland = np.isin(code, CROPLAND)
    grade = np.where(cropland, slope_grade(traits.slope[cell]), None)
    gdlx = np.where(cropland, np.where(traits.terraced[cell], "TT", "PD"), None)
    kcxs = np.array([KCXS_TABLE.get((g, t), 0.0) for g, t in zip(grade, gdlx)])
    kcmj = round_half_away(tbmj * kcxs, 2)
    return {
        "KCDLBM": np.where(cropland, "1203", None).tolist(),
        "KCXS": kcxs.tolist(),
        "KCMJ": kcmj.tolist(),
        "TBDLMJ": round_half_away(tbmj - kcmj, 2).tolist(),
        "GDLX": gdlx.tolist(),
        "GDPDJB": grade.tolist(),
    }


def _quality_grade(code, cell, traits: CellTraits) -> np.ndarray:
    """GDDB 国家利用等别 (1 best … 15): paddy best, slopes worse, mostly 5–9; 0 off cropland."""
    cropland = np.isin(code, CROPLAND)
    base = np.select([code == "0101", code == "0102"], [6, 7], 8)
    grade = np.where(cropland, slope_grade(traits.slope[cell]), "1").astype(np.int64)
    gddb = np.clip(base + (grade - 1) // 2 + np.rint(1.3 * traits.quality[cell]), 1, 15)
    return np.where(cropland, gddb, 0).astype(np.int64)


# ── constraint layers ────────────────────────────────────────────────────────────────


@dataclass
class Constraint:
    geometry: shapely.Geometry  # EPSG:4528
    name: str
    extra: tuple = ()


class ConstraintMaker:
    """Polygons of realistic size over the parts of the county each constraint concerns.

    Some are free-hand blobs; some follow parcel outlines pushed out or in by a metre or
    less, which leaves the thin slivers on neighbouring parcels that real overlays show.
    """

    def __init__(self, cells, code_2023, land: Landscape, adjacency: Adjacency,
                 frame: Frame, parcels: int, rng):
        self.cells, self.code, self.land = cells, code_2023, land
        self.adjacency, self.frame, self.rng = adjacency, frame, rng
        self.count = int(np.clip(round(2 + math.sqrt(parcels) / 15), 3, 40))

    def blob(self, centre, radius: float) -> shapely.Polygon:
        n = int(self.rng.integers(24, 64))
        theta = np.linspace(0, 2 * np.pi, n, endpoint=False)
        r = np.ones(n)
        for k, amp in ((2, 0.18), (3, 0.1), (5, 0.05)):
            r += amp * np.cos(k * theta + self.rng.uniform(0, 2 * np.pi))
        ring = np.asarray(centre) + (radius * r)[:, None] * np.column_stack(
            [np.cos(theta), np.sin(theta)])
        return shapely.Polygon(np.round(ring, 3))

    def radius(self, low: float, high: float) -> float:
        return float(np.clip(self.frame.radius * self.rng.uniform(low, high), 30.0, 2500.0))

    def outline(self, members, offset: float) -> shapely.Geometry:
        """Parcel outlines of ``members``, pushed out (or in) by ``offset`` metres."""
        union = shapely.coverage_union_all(self.cells[np.asarray(members)])
        return shapely.buffer(union, offset, join_style="mitre")

    def group(self, seed: int, size: int, allowed: np.ndarray) -> list[int]:
        """A contiguous group of up to ``size`` allowed cells around ``seed``."""
        taken, frontier, seen = [], [seed], {seed}
        while frontier and len(taken) < size:
            i = frontier.pop(0)
            if allowed[i]:
                taken.append(i)
                for j in self.adjacency.of(i).tolist():
                    if j not in seen:
                        seen.add(j)
                        frontier.append(j)
        return taken

    def pick(self, mask: np.ndarray, k: int) -> np.ndarray:
        where = np.flatnonzero(mask)
        if len(where) == 0:
            where = np.arange(len(mask))
        return self.rng.choice(where, size=min(k, len(where)), replace=False)

    def blobs_over(self, mask, k, low, high) -> list[shapely.Polygon]:
        return [self.blob(self.land.sites[c], self.radius(low, high)) for c in self.pick(mask, k)]

    def outlines_over(self, mask, k, size, offsets=(-0.3, 0.4, 0.8)) -> list[shapely.Geometry]:
        return [self.outline(self.group(int(c), size, mask), float(self.rng.choice(offsets)))
                for c in self.pick(mask, k)]

    def layers(self) -> dict[str, list[Constraint]]:
        code, land, k = self.code, self.land, self.count
        forest = np.isin(code, ["0301", "0305", "0307"])
        cropland = np.isin(code, CROPLAND)
        hill = land.hill > 0.5
        water = np.isin(code, ["1101", "1106"])
        near_town = land.urban_distance < 0.5 * self.frame.radius
        urban = np.isin(code, (*URBAN_BUILT, "0702")) & (
            land.urban_distance < 0.35 * self.frame.radius)
        dirty = np.isin(code, ["0601", "0602"])
        river_zone = self.outline(np.flatnonzero(water), 5.0)
        shapes = {
            "eco_redline": self.blobs_over(hill & forest, k - 1, 0.05, 0.12) + [river_zone],
            "nature_reserve_core": self.blobs_over(hill & forest, max(1, k // 4), 0.03, 0.07),
            "water_source_l1": self.blobs_over(code == "1101", max(2, k // 4), 0.02, 0.04),
            "urban_dev_boundary": [self.outline(np.flatnonzero(urban), 60.0)]
            + self.blobs_over(near_town, max(1, k // 6), 0.04, 0.08),
            "key_project": self.blobs_over(near_town | (code == "1003"), k // 2 + 1, 0.02, 0.06),
            "expropriation_zone": self.blobs_over(near_town, k // 2 + 1, 0.02, 0.05)
            + self.outlines_over(near_town & cropland, 2, 4),
            "public_welfare_forest": self.outlines_over(forest, k, 8)
            + self.blobs_over(hill, 2, 0.03, 0.06),
            "returned_farmland_forest": self.blobs_over(hill, k // 2 + 1, 0.02, 0.05)
            + self.outlines_over(hill & cropland, 2, 3),
            "polluted_soil": self.blobs_over(dirty, k // 3 + 1, 0.01, 0.03),
            "approved_unused": self.outlines_over(near_town & cropland, k // 2 + 1, 3)
            + self.blobs_over(near_town, 2, 0.01, 0.03),
            "river_lake": [river_zone] + self.outlines_over(code == "1104", k // 3 + 1, 6),
            "river_reservoir_protection": [
                shapely.buffer(river_zone, min(150.0, 0.06 * self.frame.radius))],
            "new_cropland_project": self.outlines_over(cropland & ~hill, k, 12),
        }
        return {layer: self._named(layer, geometries) for layer, geometries in shapes.items()}

    def _named(self, layer: str, geometries) -> list[Constraint]:
        name_zh = CONSTRAINT_LAYERS[layer][0]
        out = []
        for i, geometry in enumerate(g for g in geometries if not g.is_empty):
            extra: tuple = ()
            if layer == "public_welfare_forest":
                extra = (str(self.rng.choice(FOREST_LEVELS, p=[0.3, 0.4, 0.3])),)
            elif layer == "new_cropland_project":
                kind = str(self.rng.choice(PROJECT_TYPES))
                year = int(self.rng.integers(2015, 2024))
                extra = (kind, year, f"涟水县{year}年{kind}项目{i + 1:02d}")
            out.append(Constraint(geometry, f"{name_zh}{i + 1:03d}", extra))
        return out


# ── writing ──────────────────────────────────────────────────────────────────────────


def as_multipolygons(geometries) -> np.ndarray:
    """The layers are MultiPolygon, as 三调 databases are (vectorised: no per-row objects)."""
    out = np.asarray(geometries, dtype=object).copy()
    single = np.flatnonzero(shapely.get_type_id(out) == shapely.GeometryType.POLYGON)
    if len(single):
        out[single] = shapely.multipolygons(out[single], indices=np.arange(len(single)))
    return out


# Typed setters skip SetField's run-time dispatch: a third of the write time on 200 000 rows.
_SETTERS = {ogr.OFTString: ogr.Feature.SetFieldString,
            ogr.OFTInteger: ogr.Feature.SetFieldInteger64}


def write_layer(ds, name: str, epsg: int, fields, columns: dict[str, list], geometries,
                options=()) -> None:
    layer = ds.CreateLayer(name, _srs(epsg), ogr.wkbMultiPolygon, options=list(options))
    for field_name, kind, width, precision in fields:
        definition = ogr.FieldDefn(field_name, kind)
        definition.SetWidth(width)
        definition.SetPrecision(precision)
        layer.CreateField(definition)
    definition = layer.GetLayerDefn()
    values = [columns[f[0]] for f in fields]
    setters = [_SETTERS.get(f[1], ogr.Feature.SetField) for f in fields]
    wkbs = shapely.to_wkb(as_multipolygons(geometries))
    layer.StartTransaction()
    for row, wkb in enumerate(wkbs):
        feature = ogr.Feature(definition)
        for index, (column, setter) in enumerate(zip(values, setters)):
            value = column[row]
            if value is not None:
                setter(feature, index, value)
        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb))
        layer.CreateFeature(feature)
    layer.CommitTransaction()


def to_lonlat(geometries) -> np.ndarray:
    transformer = Transformer.from_crs(PROJECTED_EPSG, GEOGRAPHIC_EPSG, always_xy=True)
    return shapely.transform(np.asarray(geometries, dtype=object),
                             lambda x, y: transformer.transform(x, y), interleaved=False)


def write_constraints(ds, layers: dict[str, list[Constraint]]) -> dict[str, int]:
    counts = {}
    for layer_id, features in layers.items():
        _, epsg, extra_fields = CONSTRAINT_LAYERS[layer_id]
        geometries = [f.geometry for f in features]
        if epsg == GEOGRAPHIC_EPSG:
            geometries = to_lonlat(geometries)
        fields = (NAME_FIELD, *extra_fields)
        columns = {"NAME": [f.name for f in features]}
        for index, (field_name, *_) in enumerate(extra_fields):
            columns[field_name] = [f.extra[index] for f in features]
        write_layer(ds, layer_id, epsg, fields, columns, geometries)
        counts[layer_id] = len(features)
    return counts


def write_dem(path: Path, terrain: Terrain) -> None:
    rows, cols = terrain.elevation.shape
    ds = gdal.GetDriverByName("GTiff").Create(
        str(path), cols, rows, 1, gdal.GDT_Float32,
        options=["COMPRESS=DEFLATE", "PREDICTOR=3", "TILED=YES", "ZLEVEL=6"])
    ds.SetGeoTransform(terrain.geotransform)
    ds.SetProjection(projected_srs().ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(NODATA)
    band.WriteArray(terrain.elevation)
    band.SetDescription("elevation_m")
    ds = None


def write_gbk_shapefile(folder: Path, gpkg: Path) -> Path:
    """DLTB as county offices send it: GBK text, no .cpg, and LDID 0 in the .dbf header,
    so a reader cannot tell the encoding from the files."""
    folder.mkdir(parents=True, exist_ok=True)
    shp = folder / "DLTB.shp"
    driver = ogr.GetDriverByName("ESRI Shapefile")
    if shp.exists():
        driver.DeleteDataSource(str(shp))
    # QGIS sets SHAPE_ENCODING="" process-wide once it has read a shapefile, which would make
    # OGR write UTF-8 here (the tests build counties inside a QGIS session): unset it.
    previous = gdal.GetConfigOption("SHAPE_ENCODING")
    gdal.SetConfigOption("SHAPE_ENCODING", None)
    try:
        _write_gbk_dbf(driver, shp, gpkg)
    finally:
        gdal.SetConfigOption("SHAPE_ENCODING", previous)
    shp.with_suffix(".cpg").unlink(missing_ok=True)
    with open(shp.with_suffix(".dbf"), "r+b") as dbf:
        dbf.seek(29)
        dbf.write(b"\x00")
    return shp


def _write_gbk_dbf(driver, shp: Path, gpkg: Path) -> None:
    ds = driver.CreateDataSource(str(shp))
    layer = ds.CreateLayer("DLTB", projected_srs(), ogr.wkbMultiPolygon, options=["ENCODING=CP936"])
    for field_name, kind, width, precision in DLTB_FIELDS:  # keep the declared widths
        definition = ogr.FieldDefn(field_name, kind)
        definition.SetWidth(min(width, 254))  # a .dbf text field holds at most 254 bytes
        definition.SetPrecision(precision)
        layer.CreateField(definition)
    ds = None
    gdal.VectorTranslate(str(shp), str(gpkg), layers=["DLTB"], layerName="DLTB",
                         accessMode="append")


# ── the whole county ─────────────────────────────────────────────────────────────────


def township_polygons(cells, admin: Admin) -> np.ndarray:
    return np.array([shapely.coverage_union_all(cells[admin.township == t])
                     for t in range(len(TOWNSHIPS))], dtype=object)


def landscape(frame: Frame, sites, slope, admin: Admin, rng) -> Landscape:
    points = shapely.points(sites)
    river = river_line(frame, rng)
    urban_centre = sites[admin.township_seat[URBAN]]
    return Landscape(
        sites=sites,
        slope=slope,
        hill=frame.hill_weight(sites[:, 0], sites[:, 1]),
        river_distance=shapely.distance(points, river),
        urban_distance=np.hypot(*(sites - urban_centre).T),
    )


def class_counts(codes) -> dict[str, int]:
    values, counts = np.unique(np.asarray(codes, dtype=str), return_counts=True)
    return {str(v): int(c) for v, c in zip(values, counts)}


def build_county(out_dir, parcels: int, seed: int = DEFAULT_SEED) -> dict:
    """Generate the demo county into ``out_dir`` and return its manifest (also written as
    manifest.json). DLTB gets exactly ``parcels`` features."""
    if parcels < 200:
        raise ValueError("a demo county needs at least 200 parcels")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)

    def rng(stage: str) -> np.random.Generator:
        return stage_rng(seed, parcels, stage)

    plan = DefectPlan.for_parcels(parcels)
    n_cells = plan.base_cells(parcels)
    frame = Frame.for_cells(n_cells)
    sites = county_sites(frame, n_cells, rng("sites"))
    cells, adjacency = tessellate(sites, n_cells, rng("edges"))
    sites = sites[:n_cells]
    admin = partition_admin(sites, frame, adjacency, rng("admin"))
    terrain, labels = build_terrain(frame, cells, parcels, rng("terrain"))
    land = landscape(frame, sites, mean_slope(terrain, labels, sites), admin, rng("river"))

    code_2022 = allocate_classes(land, admin, adjacency, frame, plan, rng("classes"))
    changes = choose_changes(code_2022, land, plan, rng("changes"))
    code_2023 = changes.code_2023(code_2022)
    defects = choose_defects(code_2022, code_2023, land, adjacency, admin, changes, cells,
                             plan, rng("defects"))
    earlier = earlier_layer(cells, code_2022, defects, admin, rng("ponds"))
    later = later_layer(earlier, code_2023, changes, defects, cells, admin, rng("split"))
    traits = cell_traits(code_2022, land, admin, adjacency, frame, rng("traits"))
    if len(later.cell) != parcels:
        raise RuntimeError(f"planned {parcels} parcels but made {len(later.cell)}")

    areas = official_areas(np.concatenate([later.geometry, earlier.geometry]))
    tbmj = round_half_away(areas, 2)
    tbmj_later, tbmj_earlier = tbmj[:len(later.cell)], tbmj[len(later.cell):]
    townships = township_polygons(cells, admin)
    constraints = ConstraintMaker(cells, code_2023, land, adjacency, frame, parcels,
                                  rng("constraints")).layers()

    gpkg = out / "county.gpkg"
    if gpkg.exists():
        gpkg.unlink()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg))
    write_layer(ds, "DLTB", PROJECTED_EPSG, DLTB_FIELDS,
                parcel_attributes(later, tbmj_later, traits, admin), later.geometry)
    write_layer(ds, "DLTB_2022", PROJECTED_EPSG, DLTB_FIELDS,
                parcel_attributes(earlier, tbmj_earlier, traits, admin), earlier.geometry)
    write_layer(ds, "XZQ", PROJECTED_EPSG, XZQ_FIELDS, {
        "XZQDM": [admin.township_code(t) for t in range(len(TOWNSHIPS))],
        "XZQMC": [Admin.township_name(t) for t in range(len(TOWNSHIPS))],
        "DCMJ": round_half_away(official_areas(townships), 2).tolist(),
    }, townships)
    demo_villages.write_villages(ds, townships, admin, write_layer, official_areas)  # CJDCQ: village controls
    constraint_counts = write_constraints(ds, constraints)
    constraint_counts[demo_forest_map.LAYER] = demo_forest_map.write_forest_map(ds, constraints, rng("forest_map"),
                                                                                write_layer)
    ds = None
    write_dem(out / "dem.tif", terrain)
    write_gbk_shapefile(out / "DLTB_GBK", gpkg)
    ledger_layers = demo_inout.add_layers(gpkg, seed)  # 耕地台账: GDZC, GDZJ, XZGDXM

    manifest = _manifest(seed, later, earlier, tbmj_later, tbmj_earlier, changes, defects,
                         terrain, constraint_counts)
    manifest["layers"].update(ledger_layers)
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2),
                                       encoding="utf-8")
    return manifest


def _manifest(seed, later: ParcelLayer, earlier: ParcelLayer, tbmj_later, tbmj_earlier,
              changes: Changes, defects: Defects, terrain: Terrain, constraint_counts) -> dict:
    bsm = np.array(later.bsm())
    pieces = 2 * len(changes.restored_split)
    base_row = np.arange(len(bsm)) < len(bsm) - pieces - 1  # not a split piece or the copy
    pond_row = np.isin(later.cell, defects.holes) & (later.code == "1104")
    restored = later.note == RESTORED_NOTE

    def rows_on(cells) -> list[str]:
        return sorted(bsm[np.isin(later.cell, cells) & base_row & ~pond_row].tolist())

    defect_lists = {
        "self_intersecting": rows_on(defects.self_intersecting),
        "duplicate": bsm[later.cell == defects.duplicate].tolist(),  # original, then copy
        "holes": rows_on(defects.holes),
        "multipart": rows_on([a for a, _ in defects.multipart]),
    }
    earlier_bsm = np.array(earlier.bsm())
    rows, cols = terrain.elevation.shape
    return {
        "generator": "scripts/demo_county.py",
        "parcels": len(later.cell),
        "seed": int(seed),
        "county": {"code": COUNTY_CODE, "name": "涟水县", "townships": len(TOWNSHIPS)},
        "crs": {"DLTB": f"EPSG:{PROJECTED_EPSG}", "DLTB_2022": f"EPSG:{PROJECTED_EPSG}",
                "XZQ": f"EPSG:{PROJECTED_EPSG}",
                **{k: f"EPSG:{v[1]}" for k, v in CONSTRAINT_LAYERS.items()}},
        "layers": {"DLTB": len(later.cell), "DLTB_2022": len(earlier.cell),
                   "XZQ": len(TOWNSHIPS), **constraint_counts},
        "class_counts": {"DLTB": class_counts(later.code),
                         "DLTB_2022": class_counts(earlier.code)},
        "tbmj_sum_m2": {"DLTB": round_half_away(float(np.sum(tbmj_later)), 2),
                        "DLTB_2022": round_half_away(float(np.sum(tbmj_earlier)), 2)},
        "mean_parcel_m2": round_half_away(float(np.mean(tbmj_later)), 2),
        "dem": {"file": "dem.tif", "cell_size_m": terrain.cell, "columns": cols, "rows": rows,
                "nodata": NODATA},
        "kcxs": {f"{grade}{kind}": value for (grade, kind), value in KCXS_TABLE.items()},
        "restored_mining": {
            "marker": {"field": "BZ", "value": RESTORED_NOTE},
            "whole": sorted(bsm[restored & base_row].tolist()),
            "split_forest_parts": sorted(bsm[restored & ~base_row].tolist()),
            "split_mining_parts": sorted(bsm[~base_row & ~restored
                                             & (later.code == "0602")].tolist()),
            "split_from_2022": sorted(earlier_bsm[np.isin(earlier.cell, changes.restored_split)
                                                  & (earlier.code == "0602")].tolist()),
        },
        "class_changes": {
            "cropland_to_pond": rows_on(changes.crop_to_pond),
            "pond_to_cropland": rows_on(changes.pond_to_crop),
        },
        "defects": defect_lists,
        "defective_bsm": sorted({b for v in defect_lists.values() for b in v}),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("data/demo"), help="output folder")
    parser.add_argument("--parcels", type=int, default=400, help="DLTB features (≥ 200)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed")
    args = parser.parse_args(argv)
    if args.parcels < 200:
        parser.error("--parcels must be at least 200")
    started = time.perf_counter()
    manifest = build_county(args.out, args.parcels, args.seed)
    area_km2 = manifest["tbmj_sum_m2"]["DLTB"] / 1e6
    print(f"demo county: {manifest['parcels']} parcels, {area_km2:.1f} km², "
          f"written to {args.out} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
