"""What every package check shares: the rule's identity, its findings and the package it reads.

A check decides on plain records and numbers: the package's rows (DLTBGX, DLTBGXGC) and field
definitions as read, the base parcels it references, and the geometric facts the Processing
adapter measured with GEOS (validity, overlaps, areas by the survey formula). Messages are
output data in Chinese, as the province's check reports are.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..change_codes import NO_AFTER, XZQ_GAINED, XZQTZLX_CODES, normal
from ..ridge import ridge_cents
from ..survey_schema import layer_fields, pair_names
from ..tables import cents_of

ERROR, WARNING = "错误", "警告"
GX, GC = "DLTBGX", "DLTBGXGC"
LAYERS = (GX, GC)


@dataclass(frozen=True)
class Rule:
    id: str
    name_zh: str
    name_en: str
    severity: str


@dataclass(frozen=True)
class Finding:
    """One fault: the rule, the layer and row (for its geometry), the BSM and what is wrong.
    ``severity`` overrides the rule's when a case is only worth a warning."""

    rule: Rule
    layer: str
    row: int | None
    bsm: str
    message: str
    severity: str = ""

    @property
    def level(self) -> str:
        return self.severity or self.rule.severity


@dataclass
class LayerInfo:
    """A package layer as read: whether it is there, polygonal, its CRS and field definitions
    (name → (type, length, precision); type text | real | integer | date | other)."""

    present: bool = False
    polygon: bool = True
    crs_epsg: int | None = None
    crs_geographic: bool = False
    fields: dict = field(default_factory=dict)


@dataclass
class GeometryFacts:
    """Measured by the adapter (GEOS and the survey formula): by DLTBGX row i / DLTBGXGC row k."""

    gx_invalid: dict = field(default_factory=dict)  # i → reason
    gc_invalid: dict = field(default_factory=dict)  # k → reason
    gx_m2: list = field(default_factory=list)  # formula area, unrounded (None: no geometry)
    gx_parts_m2: list = field(default_factory=list)  # per part
    gc_m2: list = field(default_factory=list)
    overlaps: list = field(default_factory=list)  # (i, j, m²)
    gx_outside_m2: dict = field(default_factory=dict)  # i → m² outside the base parcels it replaces
    before_uncovered_m2: dict = field(default_factory=dict)  # before BSM → m² no DLTBGX parcel covers
    gx_equals_base: dict = field(default_factory=dict)  # i → geometry equal to the base parcel's (same BSM)


@dataclass
class Limits:
    sliver_minimum_m2: float  # the county pack: update parcels at or below are slivers
    piece_tolerance_m2: float  # the county pack: TBBGMJ vs the piece's own formula area
    sliver_merge_m2: float  # the survey: pieces at or below should have been merged or dropped


@dataclass
class PackageData:
    """Everything the checks read."""

    layers: dict  # GX/GC → LayerInfo
    gx: list  # DLTBGX records (DLTB field names)
    gc: list  # DLTBGXGC records
    base: dict  # BSM → record of the base parcels the package references
    base_bsm: Counter  # every BSM of the base, with how often it occurs
    base_tbbh: list  # (ZLDWDM, TBBH, BSM) of every base parcel, as stripped text
    county: str
    limits: Limits
    geometry: GeometryFacts = field(default_factory=GeometryFacts)

    _columns: dict = field(default_factory=dict)

    def gx_by_bsm(self) -> dict:
        out: dict = {}
        for i, r in enumerate(self.gx):
            out.setdefault(text(r.get("BSM")), []).append(i)
        return out

    def areas(self, layer: str, name: str) -> list:
        """A stored area of every row of ``layer`` as whole cents (None: empty or not a number),
        rounded once, all rows at once."""
        key = (layer, name)
        if key not in self._columns:
            self._columns[key] = cents_column([r.get(name) for r in (self.gx if layer == GX else self.gc)])
        return self._columns[key]

    def ridges(self, layer: str, area: str, kcxs: str) -> list:
        """round(area × KCXS, 2) of every row in cents (None where the area is missing)."""
        key = (layer, area, kcxs)
        if key not in self._columns:
            areas = self.areas(layer, area)
            coefficients = [_number(r.get(kcxs)) or 0.0 for r in (self.gx if layer == GX else self.gc)]
            kcmj, _ = ridge_cents([a or 0 for a in areas], coefficients)
            self._columns[key] = [None if a is None else int(k) for a, k in zip(areas, kcmj.tolist())]
        return self._columns[key]


def text(value) -> str:
    return "" if value is None else str(value).strip()


def _number(value):
    if value is None or value == "":
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def cents_column(values) -> list:
    """Stored areas as whole cents (None when empty or not a number), rounded once, together."""
    numbers = [_number(v) for v in values]
    rounded = cents_of([0.0 if n is None else n for n in numbers]).tolist() if numbers else []
    return [None if n is None else int(c) for n, c in zip(numbers, rounded)]


def cents(value) -> int | None:
    """A stored area as whole cents, None when empty or not a number."""
    return cents_column([value])[0]


def m2(value_cents: int) -> str:
    return f"{value_cents / 100:.2f}"


def ridge_of(area_cents: int, kcxs) -> tuple[int, int]:
    kcmj, tbdlmj = ridge_cents([area_cents], [float(kcxs or 0.0)])
    return int(kcmj[0]), int(tbdlmj[0])


def finding(rule: Rule, layer: str, row, record: dict, message: str, severity: str = "") -> Finding:
    return Finding(rule, layer, row, text(record.get("BSM")) if record else "", message, severity)


def dltb_names() -> tuple:
    return tuple(f.name for f in layer_fields("DLTB"))


def same(name: str, a, b) -> bool:
    return a == b or normal(name, a) == normal(name, b)


def pairs() -> tuple:
    return pair_names()


def has_before(record: dict) -> bool:
    kind = text(record.get("XZQTZLX"))
    return kind != XZQ_GAINED if kind in XZQTZLX_CODES else bool(text(record.get("BGQTBBSM")))


def has_after(record: dict) -> bool:
    kind = text(record.get("XZQTZLX"))
    return kind not in NO_AFTER if kind in XZQTZLX_CODES else bool(text(record.get("BGHTBBSM")))


def land_sides(package):
    """(layer, row, record, prefix) for every set of DLTB attributes in the package: each DLTBGX
    row (prefix ''), and each DLTBGXGC row's before (BGQ) and after (BGH) side where it has one."""
    for i, record in enumerate(package.gx):
        yield GX, i, record, ""
    for k, record in enumerate(package.gc):
        if has_before(record):
            yield GC, k, record, "BGQ"
        if has_after(record):
            yield GC, k, record, "BGH"


def side_name(prefix: str, name: str) -> str:
    """The field holding DLTB attribute ``name`` on a side (BSM is TBBSM on a DLTBGXGC side)."""
    if not prefix:
        return name
    return prefix + ("TBBSM" if name == "BSM" else name)
