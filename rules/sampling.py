"""Verification samples (核查抽样): the parcels a city or province checks in the field.

Ganzhou (seeds/000_9e49406886a189a5.txt 二(三)1): the city checks 30 % and the province
re-checks 15 % of the bank's total area; Shaanxi (seeds/004_7872a60e71286313.txt 三): the
province re-checks at least 30 % of the projects. A sample here

* reaches the share by the pack's basis: the summed official areas (whole cents of m²) of
  its parcels, or their count, are at least share × the total (rounded up: never short);
  for an area basis also the figure shown, in mu rounded once from the cents, is at least
  the target shown, so the checklist never reads as short of its own target;
* is minimal: no parcel of it can be dropped while the rest still reaches the share;
* is drawn at random, reproducibly: the same SEED (and the same parcels, whatever their
  order in the layer) gives the same sample, another SEED another one;
* with strata (e.g. townships), reaches the share in every stratum;
* with a population (a re-check drawn from the parcels an earlier level checked), is drawn
  from it only, while the share is still of the whole bank (of each stratum).

Pure numpy and integers: no Qt, no QGIS.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .errors import CodedError
from .ledger import sampling_target
from .tables import round_ratio, unit_ratio


class SamplingError(CodedError):
    """A sample that cannot be drawn: ``code`` is stable, ``details`` say where and how much."""


@dataclass(frozen=True)
class Target:
    """What one stratum must reach: ``need`` in basis units (cents or parcels), ``shown``
    the target in the unit the checklist shows (10^-decimals mu, or parcels)."""

    need: int
    shown: int


@dataclass
class Sample:
    """The drawn sample: ``order`` the row indexes in draw order; per stratum its target,
    total and what the sample reached (basis units)."""

    order: list
    targets: dict = field(default_factory=dict)
    totals: dict = field(default_factory=dict)
    reached: dict = field(default_factory=dict)

    @property
    def target_shown(self) -> int:
        return sum(t.shown for t in self.targets.values())

    def draw_numbers(self, count: int) -> np.ndarray:
        """Per row: its place in the draw (1 …), 0 for rows not drawn."""
        out = np.zeros(count, dtype=np.int64)
        out[np.asarray(self.order, dtype=np.int64)] = np.arange(1, len(self.order) + 1)
        return out


def area_target(total_cents: int, rule: dict, decimals: int = 2) -> Target:
    """The cents an area sample must reach, and the target in 10^-decimals mu.

    The share of the total is rounded up to a cent; the target shown is the share of the
    total as shown (mu, rounded once) rounded up. The sample must reach both: its own
    figure in mu (rounded once, half away from zero) never reads below the target shown.
    """
    need = sampling_target(rule, total_cents)
    shown = sampling_target(rule, shown_units(total_cents, decimals))
    num, den = unit_ratio("mu", decimals)
    # The smallest cents c whose rounded figure reaches ``shown``: c·num/den ≥ shown − ½.
    reads = -(-(2 * shown - 1) * den // (2 * num)) if shown else 0
    return Target(max(need, reads), shown)


def count_target(count: int, rule: dict) -> Target:
    need = sampling_target(rule, count)
    return Target(need, need)


def draw(sizes, keys, rule: dict, seed: int, strata=None, population=None, decimals: int = 2) -> Sample:
    """Draw a minimal sample of the rows (see the module docstring).

    ``sizes``: per row its official area in whole cents of m² (area basis; ignored for a
    count basis); ``keys``: a stable text key per row (the draw does not depend on the
    rows' order); ``strata``: a label per row or None; ``population``: per row whether it
    may be drawn (None: all).
    """
    n = len(keys)
    by_area = rule["basis"] == "area"
    units = np.asarray(sizes, dtype=np.int64) if by_area else np.ones(n, dtype=np.int64)
    if units.shape != (n,):
        raise ValueError(f"{len(units)} sizes for {n} rows")
    if by_area and n and units.min() <= 0:
        row = int(np.argmin(units))
        raise SamplingError("zero_area", f"row {row} ({keys[row]}) has no area", row=row, key=keys[row])
    labels = list(strata) if strata is not None else [None] * n
    allowed = np.ones(n, dtype=bool) if population is None else np.asarray(population, dtype=bool)
    rng = np.random.default_rng(int(seed))
    sample = Sample([])
    for label in sorted(set(labels), key=lambda v: (v is not None, str(v))):
        rows = np.array([i for i in range(n) if labels[i] == label], dtype=np.int64)
        total = int(units[rows].sum())
        target = area_target(total, rule, decimals) if by_area else count_target(len(rows), rule)
        rows = rows[np.lexsort((rows, np.array([keys[i] for i in rows], dtype=object).astype(str)))]
        chosen = _draw_stratum(units, rows[allowed[rows]], target.need, rng)
        if chosen is None:
            available = int(units[rows[allowed[rows]]].sum())
            raise SamplingError("insufficient", f"stratum {label!r}: the population reaches {available}, "
                                                f"the share needs {target.need}",
                                stratum=label, available=available, need=target.need, total=total)
        sample.order.extend(chosen)
        sample.targets[label] = target
        sample.totals[label] = total
        sample.reached[label] = int(units[chosen].sum()) if chosen else 0
    return sample


def _draw_stratum(units: np.ndarray, candidates: np.ndarray, need: int, rng) -> list | None:
    """Candidates in a random order until ``need`` is reached; then, latest drawn first,
    every parcel the rest can do without is put back (one pass is enough: the sum only
    falls, so a parcel needed once stays needed). None when even all do not reach it."""
    order = candidates[rng.permutation(len(candidates))]
    if need <= 0:
        return []
    reached = np.cumsum(units[order])
    if not len(order) or reached[-1] < need:
        return None
    taken = [int(i) for i in order[: int(np.searchsorted(reached, need, side="left")) + 1]]
    total = int(units[taken].sum())
    kept = []
    for row in reversed(taken):
        if total - int(units[row]) >= need:
            total -= int(units[row])
        else:
            kept.append(row)
    return kept[::-1]


def is_minimal(units, chosen, need: int) -> bool:
    """Whether no row of ``chosen`` can be dropped with the rest still reaching ``need``."""
    values = np.asarray(units, dtype=np.int64)[np.asarray(chosen, dtype=np.int64)]
    return bool(values.size == 0 or values.sum() - values.min() < need)


def shown_units(cents: int, decimals: int = 2) -> int:
    """Cents of m² as whole 10^-decimals mu, rounded once (half away from zero)."""
    num, den = unit_ratio("mu", decimals)
    return int(round_ratio(int(cents) * num, den))
