"""Forest-land protection and use plan (林地保护利用规划): the annex tables and indicators.

Seed 002 (《贵阳市花溪区新一轮林地保护利用规划编制工作方案》): the plan starts from the baseline
year's 三调 and forest resource "one map" (森林资源管理一张图); its indicators are 林地保有量,
森林保有量, 占用林地定额, 天然林保有量, 重点公益林地比率 and 林地生产率; its outputs include the
atlas and the annex tables (规划附表). DOMAIN.md section 3 and "Indicators and classes used by the
ledgers": protection grades Ⅰ–Ⅳ (BH_DJ), forest categories 11/12/21/22, BCLD 1/2/3.

What is counted, in which tables and units, comes from the pack ([plan] and [lists]); this
module applies it. A coded value the pack's lists do not know is an error naming the value
and its parcel count, never a silent "other" column. Areas are whole cents of m² (the official
area as TBMJ holds it) and every area table is a FootedTable (rules/tables.py): cells foot to
the township totals, township totals to the county total. No Qt, no QGIS.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

import numpy as np

from . import landclass
from .errors import CodedError
from .tables import FootedTable, Quantity, round_ratio, units_of_total

LAND_CLASS = "land_class"
#: Coded attributes of the one map, each a list of the pack (rules/packs.py FOREST_DIMENSIONS).
DIMENSIONS = ("protection_grades", "forest_categories", "forest_origins", "forest_changes")
PARCELS = Quantity("parcels")
PERCENT = 100

# ForestMapError codes.
NO_FOREST_LAND = "no_forest_land"
EMPTY_TOWNSHIP = "empty_township"
UNKNOWN_VALUES = "unknown_values"
BAD_STOCK = "bad_stock"


class ForestMapError(CodedError):
    """Input the plan cannot be computed from; ``details`` name what and where (row indexes),
    for the adapter to word in the user's language."""

    def __init__(self, code: str, details: dict):
        super().__init__(code, f"{code}: {details}")
        self.details = details


def code_text(value) -> str:
    """A coded attribute as text: NULL → '', 2.0 → '2', ' Ⅱ ' → 'Ⅱ'."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


# ── the pack's plan ──────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Entry:
    id: str
    name_zh: str
    codes: tuple
    forest_land: bool | None = None


@dataclass(frozen=True)
class Listing:
    """A coded list of the pack (protection grades …), in the pack's order."""

    name: str
    entries: tuple

    @property
    def ids(self) -> list:
        return [e.id for e in self.entries]

    def id_of(self) -> dict:
        """Data value (as code_text) → entry id."""
        return {code: e.id for e in self.entries for code in e.codes}

    def name_of(self, entry_id) -> str:
        return next((e.name_zh for e in self.entries if e.id == entry_id), str(entry_id))

    def rank(self, entry_id) -> int:
        ids = self.ids
        return ids.index(entry_id) if entry_id in ids else len(ids)


@dataclass(frozen=True)
class Indicator:
    id: str
    name_zh: str
    unit: str
    measure: str
    nature: str
    land_classes: frozenset | None
    filters: dict
    targets: tuple | None
    note_zh: str = ""


@dataclass(frozen=True)
class AnnexTable:
    """One annex table as the pack declares it (the .xlsx sheet and the table layer's rows)."""

    id: str
    kind: str
    title_zh: str
    sheet_zh: str
    by: str = ""
    units: tuple = ("ha",)
    land_classes: frozenset | None = None
    gain: tuple = ()
    loss: tuple = ()
    note_zh: str = ""


@dataclass(frozen=True)
class PlanSpec:
    baseline_year: int
    near_term_year: int
    end_year: int
    area_name_zh: str
    forest_land: frozenset
    decimals: dict
    lists: dict
    indicators: tuple
    tables: tuple

    @classmethod
    def of(cls, data: dict) -> PlanSpec:
        """The plan of a validated pack's data (rules/packs.py checks the references)."""
        plan = data["plan"]
        lists = {name: Listing(name, tuple(
            Entry(str(e["id"]), e["name_zh"], tuple(e.get("codes", [str(e["id"])])), e.get("forest_land"))
            for e in data.get("lists", {}).get(name, []))) for name in DIMENSIONS}
        indicators = tuple(Indicator(
            i["id"], i["name_zh"], i["unit"], i.get("measure", "none"), i.get("nature", ""),
            _classes(i.get("land_classes")), {d: frozenset(i[d]) for d in DIMENSIONS if d in i},
            tuple(i["targets"]) if "targets" in i else None, i.get("note_zh", "")) for i in plan.get("indicators", []))
        tables = tuple(AnnexTable(
            t["id"], t["kind"], t["title_zh"], t["sheet_zh"], t.get("by", ""), tuple(t.get("units", ["ha"])),
            _classes(t.get("land_classes")), tuple(t.get("gain", ())), tuple(t.get("loss", ())), t.get("note_zh", ""))
            for t in plan.get("tables", []))
        return cls(plan["baseline_year"], plan["near_term_year"], plan["period"][1], plan.get("area_name_zh", ""),
                   _classes(plan.get("forest_land_classes", ["林地"])), dict(plan.get("decimals", {})), lists,
                   indicators, tables)

    def quantity(self, unit: str) -> Quantity:
        return Quantity(unit, unit, int(self.decimals[unit]))

    def scope_classes(self, item) -> frozenset | None:
        """The land classes a table or indicator counts (None: every parcel)."""
        if item.land_classes is not None:
            return item.land_classes
        return None if isinstance(item, AnnexTable) and item.kind == "change" else self.forest_land

    def uses(self, item) -> set:
        """The coded attributes a table or indicator needs."""
        if isinstance(item, AnnexTable):
            return {item.by} if item.by in DIMENSIONS else set()
        return set(item.filters)


def _classes(references) -> frozenset | None:
    return None if references is None else landclass.expand(references)


def plan_spec(pack) -> PlanSpec:
    return PlanSpec.of(pack.data)


def is_forest_plan(pack_data: dict) -> bool:
    """Whether a pack declares a forest-land plan's tables (what the plan algorithms need)."""
    plan = pack_data.get("plan", {})
    return bool(plan.get("tables")) and all(k in plan for k in ("baseline_year", "near_term_year", "period"))


# ── the one map ──────────────────────────────────────────────────────────────────────


@dataclass
class ForestMap:
    """Parcels of the one map (or DLTB) as the plan counts them: township, land class, official
    area in cents, and each coded attribute as the pack's entry id (None outside its scope or
    when the layer does not hold it: ``values[d] is None``)."""

    spec: PlanSpec
    township: np.ndarray
    land_class: np.ndarray
    cents: np.ndarray
    values: dict
    stock: np.ndarray | None = None  # hundredths of m³
    warnings: list = field(default_factory=list)

    def in_classes(self, classes) -> np.ndarray:
        if classes is None:
            return np.ones(len(self.cents), dtype=bool)
        return member(self.land_class, classes)

    @property
    def forest_land(self) -> np.ndarray:
        return self.in_classes(self.spec.forest_land)

    def available(self, item) -> bool:
        """Whether the layer holds what a table or indicator needs."""
        if getattr(item, "measure", "") == "stock_per_area" and self.stock is None:
            return False
        return all(self.values.get(d) is not None for d in self.spec.uses(item))

    def counted(self) -> np.ndarray:
        """The parcels some table counts: forest land, and those in a change table's scope."""
        counted = self.forest_land
        for table in self.spec.tables:
            if table.kind != "indicators" and self.available(table):
                counted = counted | self.in_classes(self.spec.scope_classes(table))
        return counted

    def townships(self) -> list:
        """Every township of a counted parcel, in text order."""
        return sorted(set(self.township[self.counted()].tolist()))


def member(values: np.ndarray, allowed) -> np.ndarray:
    """values ∈ allowed, for object arrays that may hold None (np.isin would sort them)."""
    allowed = set(allowed)
    return np.fromiter((v in allowed for v in values.tolist()), dtype=bool, count=len(values))


def forest_map(spec: PlanSpec, township, land_class, cents, values: dict, stock=None,
               stock_per_hectare: bool = False) -> ForestMap:
    """Check and classify the parcels; raises ForestMapError for what cannot be counted.

    ``values``: per coded attribute the layer's raw values (None: the layer has no such field,
    so the tables and indicators needing it are left out); ``stock``: the stock volume per
    parcel (m³, or m³/ha with ``stock_per_hectare``), or None.
    """
    township = np.array([code_text(t) for t in township], dtype=object)
    land_class = np.array([landclass.normalise_code(c) for c in land_class], dtype=object)
    cents = np.asarray(cents, dtype=np.int64)
    fmap = ForestMap(spec, township, land_class, cents, {d: None for d in DIMENSIONS})
    if not fmap.forest_land.any():
        found = Counter(land_class.tolist()).most_common(5)
        raise ForestMapError(NO_FOREST_LAND, {"classes": sorted(spec.forest_land), "found": found})
    given = {d: v for d, v in values.items() if v is not None}
    fmap.values.update({d: np.full(len(cents), None, dtype=object) for d in given})
    _check_townships(fmap)
    unknown = {}
    for dimension, raw in given.items():
        scope = _scope_of(fmap, dimension)
        ids, bad = _classify(spec.lists[dimension], raw, scope)
        fmap.values[dimension] = ids
        if bad:
            unknown[dimension] = bad
    if unknown:
        raise ForestMapError(UNKNOWN_VALUES, unknown)
    if stock is not None:
        fmap.stock = _stock_hundredths(stock, cents, stock_per_hectare)
    fmap.warnings.extend(_change_mismatches(fmap))
    return fmap


def _scope_of(fmap: ForestMap, dimension: str) -> np.ndarray:
    """The parcels whose value of ``dimension`` some table or indicator counts."""
    scope = np.zeros(len(fmap.cents), dtype=bool)
    spec = fmap.spec
    for item in list(spec.tables) + list(spec.indicators):
        if dimension in spec.uses(item):
            scope |= fmap.in_classes(spec.scope_classes(item))
    return scope


def _check_townships(fmap: ForestMap) -> None:
    empty = np.flatnonzero(fmap.counted() & (fmap.township == ""))
    if empty.size:
        raise ForestMapError(EMPTY_TOWNSHIP, {"rows": empty.tolist()})


def _classify(listing: Listing, raw, scope: np.ndarray):
    """Entry ids inside ``scope``; (value, parcel count) of values the list does not know."""
    lookup = listing.id_of()
    texts = [code_text(v) for v in raw]
    counts = Counter(t for t, inside in zip(texts, scope.tolist()) if inside)
    bad = sorted(((value, n) for value, n in counts.items() if value not in lookup), key=lambda x: (-x[1], x[0]))
    ids = np.array([lookup.get(t) if inside else None for t, inside in zip(texts, scope.tolist())], dtype=object)
    return ids, bad


def _stock_hundredths(stock, cents: np.ndarray, per_hectare: bool) -> np.ndarray:
    values, bad = [], []
    for row, value in enumerate(stock):
        if value is None:
            values.append(0.0)
        elif isinstance(value, (int, float)) and not isinstance(value, bool) and np.isfinite(value) and value >= 0:
            values.append(float(value))
        else:
            bad.append(row)
            values.append(0.0)
    if bad:
        raise ForestMapError(BAD_STOCK, {"rows": bad, "values": [stock[r] for r in bad[:10]]})
    m3 = np.asarray(values, dtype=float)
    if per_hectare:
        m3 = m3 * cents / 1e6  # cents of m² → ha
    return np.floor(m3 * 100 + 0.5).astype(np.int64)  # hundredths of m³, half away from zero (≥ 0)


def _change_mismatches(fmap: ForestMap) -> list:
    """Forest-change types whose parcels' land class says otherwise (BCLD 3 on 林地 …)."""
    ids = fmap.values.get("forest_changes")
    if ids is None:
        return []
    forest, out = fmap.forest_land, []
    for entry in fmap.spec.lists["forest_changes"].entries:
        if entry.forest_land is None:
            continue
        wrong = (ids == entry.id) & (forest != entry.forest_land)
        if wrong.any():
            out.append(("change_vs_class", {"entry": entry.id, "name": entry.name_zh, "forest_land": entry.forest_land,
                                            "rows": np.flatnonzero(wrong).tolist()}))
    return out


# ── the annex tables ─────────────────────────────────────────────────────────────────


def columns_of(spec: PlanSpec, table: AnnexTable) -> list:
    """The column keys of a cross or change table, in the table's order: every entry the
    pack lists (land classes: every forest-land class), whether or not a parcel has it."""
    if table.by == LAND_CLASS:
        return sorted(spec.scope_classes(table) or spec.forest_land)
    ids = spec.lists[table.by].ids
    return list(table.gain) + list(table.loss) if table.kind == "change" else ids


def column_name(spec: PlanSpec, table: AnnexTable, key) -> str:
    if table.by == LAND_CLASS:
        return landclass.label(key, "code")[1]
    return spec.lists[table.by].name_of(key)


def area_table(fmap: ForestMap, table: AnnexTable) -> FootedTable:
    """Townships × the values of ``table.by``: parcels and area in the table's units, footing
    in rows and columns; every township and every column present (zero where none)."""
    spec = fmap.spec
    columns = columns_of(spec, table)
    rank = {key: i for i, key in enumerate(columns)}
    footed = FootedTable(("township", table.by), (PARCELS,) + tuple(spec.quantity(u) for u in table.units),
                         subtotals=(1,), order={1: lambda key: rank.get(key, len(rank))})
    keys = fmap.land_class if table.by == LAND_CLASS else fmap.values[table.by]
    inside = fmap.in_classes(spec.scope_classes(table)) & member(keys, columns)
    footed.add_many(list(zip(fmap.township[inside].tolist(), keys[inside].tolist())), {"area": fmap.cents[inside]})
    for town in fmap.townships():
        for key in columns:
            footed.add((town, key), 0)
    return footed


# ── the indicators ───────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class IndicatorValue:
    """An indicator's baseline (measured) and targets (from the pack) in whole units of
    10^-decimals of its unit; None where there is none, ``reason`` saying why."""

    indicator: Indicator
    decimals: int
    baseline: int | None
    targets: tuple | None
    reason: str = ""

    @property
    def changes(self) -> tuple | None:
        if self.baseline is None or self.targets is None:
            return None
        return tuple(t - self.baseline for t in self.targets)


def target_units(value, decimals: int) -> int:
    """A target as written in the pack, in whole 10^-decimals units (half away from zero)."""
    return int(Decimal(repr(value)).scaleb(decimals).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def indicator_values(fmap: ForestMap) -> list:
    out = []
    for indicator in fmap.spec.indicators:
        decimals = int(fmap.spec.decimals[indicator.unit])
        targets = None if indicator.targets is None else tuple(target_units(t, decimals) for t in indicator.targets)
        baseline, reason = _baseline(fmap, indicator, decimals)
        out.append(IndicatorValue(indicator, decimals, baseline, targets, reason))
    return out


def _baseline(fmap: ForestMap, indicator: Indicator, decimals: int):
    if indicator.measure == "none":
        return None, "not_measured"
    if not fmap.available(indicator):
        missing = sorted(indicator.filters) if indicator.measure != "stock_per_area" else ["stock"]
        return None, "no_field:" + ",".join(d for d in missing if d == "stock" or fmap.values.get(d) is None)
    scope = fmap.in_classes(fmap.spec.scope_classes(indicator))
    chosen = scope.copy()
    for dimension, ids in indicator.filters.items():
        chosen &= member(fmap.values[dimension], ids)
    cents = int(fmap.cents[chosen].sum())
    if indicator.measure == "area":
        return units_of_total(cents, indicator.unit, decimals), ""
    if indicator.measure == "share":
        whole = int(fmap.cents[scope].sum())
        return (round_ratio(cents * PERCENT * 10**decimals, whole), "") if whole else (None, "no_area")
    if not cents:
        return None, "no_area"
    stock = int(fmap.stock[chosen].sum())
    # (stock/100 m³) / (cents/100/10 000 ha), in units of 10^-decimals
    return round_ratio(stock * 10_000 * 10**decimals, cents), ""
