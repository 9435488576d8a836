"""Township targets against what accepted projects delivered (乡镇新增耕地任务进度).

Seed 003 (《涟水县2023年-2025年耕地占补平衡项目实施方案》 二, 五(一)): 3 000 mu of new
cultivated land in 2023–2025, split by 16 townships and year (600 / 1 500 / 900), counted by
the area entered in the national supervision system; the three best townships that met or
exceeded their task may be rewarded.

Targets and achievements are whole hundredths of a mu. The achieved area of each township and
year comes from the parcels' official areas (cents of m²) and foots like every table here:
each year's total is its exact area rounded once, the townships of a year foot to it
(rules/tables.py), and a township's figure over the years is the sum of its years.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from .errors import CodedError
from .ledger import exact, match_township, nearest_int, targets_section
from .packs import Pack
from .tables import FootedTable, Quantity

MU = Quantity("mu", "mu", 2, source="area")


class ProgressError(CodedError):
    """A parcel the progress cannot place: ``code`` 'township' (not in the target table)."""


@dataclass(frozen=True)
class Cell:
    """Target and achievement in hundredths of a mu; ``gap`` what is still missing."""

    target: int
    achieved: int
    gap: int

    @classmethod
    def of(cls, target: int, achieved: int) -> Cell:
        return cls(target, achieved, max(target - achieved, 0))

    @property
    def met(self) -> bool:
        return self.achieved >= self.target

    @property
    def percent(self) -> Fraction | None:
        return Fraction(100 * self.achieved, self.target) if self.target else None


@dataclass
class Progress:
    years: tuple
    townships: tuple  # the target table's names, in its order
    cells: dict  # (township, year) → Cell

    def cell(self, township: str, year: int) -> Cell:
        return self.cells[(township, year)]

    def township_total(self, township: str) -> Cell:
        cells = [self.cells[(township, y)] for y in self.years]
        return Cell.of(sum(c.target for c in cells), sum(c.achieved for c in cells))

    def year_total(self, year: int) -> Cell:
        """A column's 合计: every figure the sum of the column (gaps too)."""
        cells = [self.cells[(t, year)] for t in self.townships]
        return Cell(sum(c.target for c in cells), sum(c.achieved for c in cells), sum(c.gap for c in cells))

    def grand_total(self) -> Cell:
        cells = [self.township_total(t) for t in self.townships]
        return Cell(sum(c.target for c in cells), sum(c.achieved for c in cells), sum(c.gap for c in cells))

    def top(self, count: int, year: int | None = None) -> list:
        """The ``count`` best townships that met their task (of ``year``, or over all years):
        by completion rate, then area achieved, then the table's order."""
        found = []
        for rank, township in enumerate(self.townships):
            cell = self.township_total(township) if year is None else self.cell(township, year)
            if cell.target and cell.met:
                found.append((-cell.percent, -cell.achieved, rank, township, cell))
        return [(township, cell) for *_, township, cell in sorted(found)[:count]]


def target_units(value) -> int:
    return nearest_int(exact(value) * 100)


def collect(pack: Pack, parcels) -> tuple:
    """Sum parcels (key, township as the layer spells it, year, cents) by the table's township
    and year: returns ({(township, year): cents}, {year: cents} of years without targets).
    A township the table lacks is an error naming it and the parcel."""
    years = set(targets_section(pack)["years"])
    achieved, outside, names = {}, {}, {}
    for key, township, year, cents in parcels:
        if township not in names:
            names[township] = match_township(pack, township)
        name = names[township]
        if name is None:
            raise ProgressError("township", f"{township!r} is not in the target table", township=township,
                                parcel=key, known=list(targets_section(pack)["townships"]))
        if year in years:
            achieved[(name, year)] = achieved.get((name, year), 0) + int(cents)
        else:
            outside[year] = outside.get(year, 0) + int(cents)
    return achieved, outside


def progress(pack: Pack, achieved_cents: dict, through_year: int | None = None) -> Progress:
    """Target, achievement and gap per township and year (up to ``through_year``)."""
    targets = targets_section(pack)
    years = tuple(y for y in targets["years"] if through_year is None or y <= through_year)
    townships = tuple(targets["townships"])
    table = FootedTable(("year", "township"), [MU], subtotals=(1,))
    for (township, year), cents in achieved_cents.items():
        if year in years:
            table.add((year, township), cents)
    done = {(row.key[1], row.key[0]): row.units[MU.id] for row in table.detail()}
    cells = {}
    for township in townships:
        row = targets["townships"][township]
        for year in years:
            target = target_units(row[targets["years"].index(year)])
            cells[(township, year)] = Cell.of(target, done.get((township, year), 0))
    return Progress(years, townships, cells)


def entry_year(step: str, since: str, events, counted_step: str, order) -> int | None:
    """The year a parcel reached the counted step (录入监管系统), from its workflow status: the
    date it entered its current step when that is the counted one; for a parcel gone further,
    the time the step was recorded (``events``: (to step, ISO time) in order); None before it."""
    if step not in order or order.index(step) < order.index(counted_step):
        return None
    if step == counted_step:
        return int(since[:4])
    entered = [at for to_step, at in events if to_step == counted_step]
    return int(entered[-1][:4]) if entered else None
