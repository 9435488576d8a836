"""Tables that foot: the one table type behind every statistic, report, form and ledger.

Official tables must add up: every total row equals the sum of the rows under it, in every
unit shown. Areas are kept in whole hundredths of a square metre (TBMJ's precision) and
counts as integers; a unit column (亩, 公顷) is derived from the cents in exact integer
arithmetic and rounded by largest remainder against its rounded parent, parents first — the
way the survey foots a hectare table ("village rows first, then the classes inside a row",
DOMAIN.md "Official area, rounding and control"). Nothing rounds a row on its own.

An optional control total replaces the sum of a cents column before anything is derived: the
difference is spread in whole cents, an equal share each and one more to the largest rows
(调平, the same rule the survey's control-area adjustment uses: ``spread``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

import numpy as np

from .area import to_units
from .survey import survey_constants

COUNT = "count"
AREA_UNITS = ("m2", "mu", "ha")


# ── integer apportionment ────────────────────────────────────────────────────────────


def round_ratio(numerator, denominator: int):
    """numerator / denominator rounded half away from zero, in integers (no float drift)."""
    n = np.asarray(numerator, dtype=np.int64)
    out = np.where(n < 0, -1, 1) * ((np.abs(n) * 2 + denominator) // (2 * denominator))
    return int(out) if np.ndim(out) == 0 else out


def apportion(numerators, denominator: int, target: int) -> np.ndarray:
    """Whole units for exact values numerators/denominator that add up to ``target``.

    Each value is floored; the units still missing go one each to the largest remainders
    (ties: the larger value, then the earlier row); surplus units are taken from the smallest
    remainders. A gap larger than the row count is first shared equally.
    """
    n = np.asarray(numerators, dtype=np.int64)
    if n.size == 0:
        if target:
            raise ValueError(f"cannot apportion {target} units over no rows")
        return n.copy()
    base = n // denominator  # floor, also for negative values
    remainder = n - base * denominator
    missing = int(target) - int(base.sum())
    order = np.lexsort((np.arange(n.size), -n, -remainder))
    full, extra = divmod(abs(missing), n.size)
    step = 1 if missing > 0 else -1
    units = base + step * full
    chosen = order[:extra] if missing > 0 else order[::-1][:extra]
    units[chosen] += step
    return units


def spread(cents, target: int) -> np.ndarray:
    """调平: adjust whole-cent values so they add up to ``target`` cents.

    The difference d is shared out as |d| div k cents each and one cent more to the
    |d| mod k largest values (ties: the earlier row), with the sign of d.
    """
    c = np.asarray(cents, dtype=np.int64)
    if c.size == 0:
        if target:
            raise ValueError(f"cannot spread {target} cents over no rows")
        return c.copy()
    diff = int(target) - int(c.sum())
    step = 1 if diff > 0 else -1
    full, extra = divmod(abs(diff), c.size)
    order = np.lexsort((np.arange(c.size), -c))
    out = c + step * full
    out[order[:extra]] += step
    return out


# ── units ────────────────────────────────────────────────────────────────────────────


def unit_per_m2(unit: str) -> Fraction:
    """How many of ``unit`` make one square metre (exact: 1 亩 = 10000/15 m²)."""
    units = survey_constants()["units"]
    per_ha = Fraction(int(units["m2_per_hectare"]))
    if unit == "m2":
        return Fraction(1)
    if unit == "ha":
        return 1 / per_ha
    if unit == "mu":
        return Fraction(int(units["mu_per_hectare"])) / per_ha
    raise ValueError(f"unknown area unit {unit!r} (known: {', '.join(AREA_UNITS)})")


def unit_ratio(unit: str, decimals: int) -> tuple[int, int]:
    """(num, den): one cent of a square metre is num/den of a unit of 10^-decimals ``unit``
    (亩 to 2 decimals: 3/2000)."""
    ratio = unit_per_m2(unit) * Fraction(10**decimals, 100)
    return ratio.numerator, ratio.denominator


def cents_of(m2) -> np.ndarray:
    """Square metres as whole cents, rounded half away from zero once."""
    return to_units(np.asarray(m2, dtype=float), 2)


def units_of_total(cents: int, unit: str, decimals: int) -> int:
    num, den = unit_ratio(unit, decimals)
    return round_ratio(int(cents) * num, den)


def footed_units(cents, unit: str, decimals: int, total_units: int | None = None) -> np.ndarray:
    """Each value of ``cents`` in ``unit`` (whole 10^-decimals), adding up to the rounded
    total (or to ``total_units`` when a parent decided it)."""
    c = np.asarray(cents, dtype=np.int64)
    num, den = unit_ratio(unit, decimals)
    if total_units is None:
        total_units = units_of_total(int(c.sum()), unit, decimals)
    return apportion(c * num, den, total_units)


def as_value(units: int, decimals: int):
    """Whole units as the number a cell shows (int for 0 decimals)."""
    return int(units) if decimals == 0 else round(int(units) / 10**decimals, decimals)


# ── the table ────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Quantity:
    """A numeric column. ``unit`` 'count' sums integers; an area unit (m2, mu, ha) shows the
    cents column ``source`` in that unit with ``decimals`` decimals."""

    id: str
    unit: str = COUNT
    decimals: int = 0
    source: str = "area"

    @property
    def is_area(self) -> bool:
        return self.unit != COUNT


@dataclass
class Row:
    """A line of a footed table. ``key`` holds the labels (None past ``depth`` on subtotal
    rows); ``kind`` is 'detail', 'subtotal' or 'total'; ``units`` the whole units per
    quantity id; ``cents`` the exact m² cents per source."""

    key: tuple
    kind: str
    depth: int
    units: dict
    cents: dict

    def value(self, quantity: Quantity):
        return as_value(self.units[quantity.id], 0 if not quantity.is_area else quantity.decimals)


@dataclass
class _Node:
    cents: dict
    counts: dict
    children: dict = field(default_factory=dict)
    units: dict = field(default_factory=dict)


def _sort_key(key):
    # None sorts first; mixed types compare as text so sorting never fails.
    return (key is not None, str(key) if key is not None else "")


class FootedTable:
    """Rows grouped by key tuples, subtotals at the given depths, every column footing.

    ``subtotals``: key depths (1 … len(keys) − 1) that get a subtotal row; every depth is
    footed in any case (a child always foots to its parent). ``order``: per key position, a
    function giving a label's rank (e.g. the standard's class order); ties and the default
    sort by text, None first. ``control``: cents per source that the details must add up to.
    """

    def __init__(self, keys, quantities, subtotals=(), order=None, control=None):
        self.keys = tuple(keys)
        self.quantities = tuple(quantities)
        self.subtotals = tuple(sorted(set(subtotals)))
        self.order = dict(order or {})
        self.control = dict(control or {})
        self.sources = sorted({q.source for q in self.quantities if q.is_area})
        self.counters = [q.id for q in self.quantities if not q.is_area]
        self._records: dict = {}
        self._root = None

    # — filling —
    def add(self, key, cents=None, counts=None) -> None:
        """Add one record (or an already summed group) under ``key``: ``cents`` per source (a
        bare number for the only source), ``counts`` per counter (missing: 0)."""
        key = tuple(key)
        if len(key) != len(self.keys):
            raise ValueError(f"key {key!r} has {len(key)} labels for {len(self.keys)} key columns")
        cents = cents if isinstance(cents, dict) else ({self.sources[0]: cents} if cents is not None else {})
        record = self._records.setdefault(key, ({s: 0 for s in self.sources}, {c: 0 for c in self.counters}))
        for source, value in cents.items():
            record[0][source] += int(value)
        for counter in self.counters:
            record[1][counter] += int((counts or {}).get(counter, 0))
        self._root = None

    def add_many(self, keys, cents: dict, counts: dict | None = None) -> None:
        """Records in bulk: ``keys`` a list of tuples, ``cents``/``counts`` arrays per
        source/counter; a counter not given counts the records."""
        group_of: dict = {}  # key → its group's number, in order of first appearance
        group = np.fromiter((group_of.setdefault(tuple(key), len(group_of)) for key in keys), dtype=np.int64,
                            count=len(keys))

        def sums(values) -> list:  # whole numbers summed per group (exact: integer arithmetic)
            out = np.zeros(len(group_of), dtype=np.int64)
            np.add.at(out, group, np.asarray(values, dtype=np.int64))
            return out.tolist()

        totals = {s: sums(v) for s, v in cents.items()}
        tallies = {c: sums(v) for c, v in (counts or {}).items()}
        records = np.bincount(group, minlength=len(group_of)).tolist()
        for key, g in group_of.items():
            self.add(key, {s: t[g] for s, t in totals.items()},
                     {c: (tallies[c][g] if c in tallies else records[g]) for c in self.counters})

    # — footing —
    def _tree(self) -> _Node:
        if self._root is not None:
            return self._root
        records = self._controlled()
        root = _Node({s: 0 for s in self.sources}, {c: 0 for c in self.counters})
        for key, (cents, counts) in records.items():
            node = root
            for depth in range(len(self.keys) + 1):
                for s, v in cents.items():
                    node.cents[s] += v
                for c, v in counts.items():
                    node.counts[c] += v
                if depth < len(self.keys):
                    node = node.children.setdefault(key[depth], _Node({s: 0 for s in self.sources},
                                                                      {c: 0 for c in self.counters}))
        for q in self.quantities:
            if q.is_area:
                root.units[q.id] = units_of_total(root.cents[q.source], q.unit, q.decimals)
        self._foot(root)
        self._root = root
        return root

    def _controlled(self) -> dict:
        if not self.control:
            return self._records
        keys = list(self._records)
        adjusted = {k: ({**self._records[k][0]}, self._records[k][1]) for k in keys}
        for source, target in self.control.items():
            cents = spread([self._records[k][0][source] for k in keys], int(target))
            for k, v in zip(keys, cents.tolist()):
                adjusted[k][0][source] = v
        return adjusted

    def _foot(self, node: _Node) -> None:
        if not node.children:
            return
        children = list(node.children.values())
        for q in self.quantities:
            if q.is_area:
                units = footed_units([c.cents[q.source] for c in children], q.unit, q.decimals, node.units[q.id])
                for child, u in zip(children, units.tolist()):
                    child.units[q.id] = u
        for child in children:
            self._foot(child)

    # — reading —
    def _sorted(self, node: _Node, depth: int) -> list:
        order = self.order.get(depth)
        return sorted(node.children, key=lambda label: (order(label) if order else 0, _sort_key(label)))

    def total(self) -> Row:
        return self._row((), "total", 0, self._tree())

    def rows(self, with_subtotals: bool = True) -> list:
        """Detail rows (and subtotal rows before their children), in key order; no total."""
        out = []
        self._walk(self._tree(), (), out, with_subtotals)
        return out

    def detail(self) -> list:
        return self.rows(with_subtotals=False)

    def _walk(self, node, prefix, out, with_subtotals):
        depth = len(prefix)
        for label in self._sorted(node, depth):
            child = node.children[label]
            key = prefix + (label,)
            if len(key) == len(self.keys):
                out.append(self._row(key, "detail", len(key), child))
                continue
            if with_subtotals and len(key) in self.subtotals:
                out.append(self._row(key + (None,) * (len(self.keys) - len(key)), "subtotal", len(key), child))
            self._walk(child, key, out, with_subtotals)

    def _row(self, key, kind, depth, node) -> Row:
        units = dict(node.units)
        units.update(node.counts)
        return Row(tuple(key), kind, depth, units, dict(node.cents))

    def cross(self, row_depth: int = 1) -> CrossTable:
        """A pivot of a two-key table: rows by the first key, columns by the second; row totals
        are the first key's subtotals, cells foot to them, column totals are the cells' sums."""
        if len(self.keys) != 2 or row_depth != 1:
            raise ValueError("a cross-table needs exactly two key columns")
        return CrossTable(self)


class CrossTable:
    """Rows × columns of a footed two-key table (e.g. 乡镇 × 地类), each quantity a layer."""

    def __init__(self, table: FootedTable):
        self.table = table
        root = table._tree()
        self.row_labels = table._sorted(root, 0)
        columns = {c for node in root.children.values() for c in node.children}
        order = table.order.get(1)
        self.column_labels = sorted(columns, key=lambda label: (order(label) if order else 0, _sort_key(label)))

    def cell(self, row_label, column_label, quantity: Quantity) -> int:
        node = self.table._tree().children[row_label].children.get(column_label)
        if node is None:
            return 0
        return node.units[quantity.id] if quantity.is_area else node.counts[quantity.id]

    def row_total(self, row_label, quantity: Quantity) -> int:
        node = self.table._tree().children[row_label]
        return node.units[quantity.id] if quantity.is_area else node.counts[quantity.id]

    def column_total(self, column_label, quantity: Quantity) -> int:
        return sum(self.cell(r, column_label, quantity) for r in self.row_labels)

    def grand_total(self, quantity: Quantity) -> int:
        root = self.table._tree()
        return root.units[quantity.id] if quantity.is_area else root.counts[quantity.id]
