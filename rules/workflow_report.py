"""Counts, areas and overdue parcels per workflow step and township (statusreport, the dock).

One footed table (rules/tables.py) keyed by (step, township): township rows foot to their
step's row, steps to the total, in parcels, m², mu and overdue parcels alike. Areas are the
survey's official area (TBMJ, m²) handed in by the caller — the statusreport and the dock
hand in the same one, read by processing/parcels.py.
"""

from __future__ import annotations

import datetime as _dt

from .survey import decimals
from .tables import FootedTable, Quantity, cents_of
from .workflow import Workflow, is_overdue

PARCELS = Quantity("parcels")
OVERDUE = Quantity("overdue")
AREA_M2 = Quantity("m2", "m2", decimals("area_m2"))
AREA_MU = Quantity("mu", "mu", decimals("area_mu"))
STEP_QUANTITIES = (PARCELS, AREA_M2, AREA_MU, OVERDUE)


def parse_day(text):
    return _dt.date.fromisoformat(text) if text else None


def overdue_statuses(statuses, today: _dt.date) -> list:
    return [s for s in statuses if is_overdue(parse_day(s.due), today)]


def summarise(workflow: Workflow, statuses, townships: dict, areas: dict, today: _dt.date,
              by_township: bool = True) -> FootedTable:
    """Steps in the pack's order, each with its townships (``by_township``): a footed table
    whose subtotal rows are the steps. A parcel the layer lacks counts with area 0."""
    mine = [s for s in statuses if s.programme == workflow.programme]
    keys = [(s.step, townships.get(s.parcel_id, "")) if by_township else (s.step,) for s in mine]
    return step_table(workflow, keys, [float(areas.get(s.parcel_id, 0.0)) for s in mine],
                      [is_overdue(parse_day(s.due), today) for s in mine])


def step_table(workflow: Workflow, keys, areas_m2, overdue) -> FootedTable:
    """The footed table from parallel lists: keys (step,) or (step, township), official m²,
    overdue flags — for callers that already hold their parcels' facts (the dock)."""
    rank = {step: i for i, step in enumerate(workflow.step_ids)}
    by_township = bool(keys) and len(keys[0]) == 2
    table = FootedTable(("step", "township") if by_township else ("step",), STEP_QUANTITIES,
                        subtotals=(1,) if by_township else (), order={0: lambda step: rank.get(step, len(rank))})
    table.add_many(keys, {"area": cents_of(areas_m2)}, {"overdue": [int(flag) for flag in overdue]})
    return table
