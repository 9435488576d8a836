"""Counts, areas and overdue parcels per workflow step and township (statusreport, dock).

Areas are the survey's official area (TBMJ, m²) handed in by the caller; mu from rules/survey.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from .area import round_half_away
from .survey import decimals, m2_to_mu, official_m2
from .workflow import Workflow, is_overdue

ALL = ""  # the township key of a step's total row


@dataclass
class StepRow:
    step: str
    township: str
    parcels: int = 0
    area_m2: float = 0.0
    overdue: int = 0

    @property
    def area_mu(self) -> float:
        return float(round_half_away(m2_to_mu(self.area_m2), decimals("area_mu")))


def parse_day(text):
    return _dt.date.fromisoformat(text) if text else None


def overdue_statuses(statuses, today: _dt.date) -> list:
    return [s for s in statuses if is_overdue(parse_day(s.due), today)]


def summarise(workflow: Workflow, statuses, townships: dict, areas: dict, today: _dt.date) -> list:
    """One row per step (township ALL) followed by its townships, in the pack's step order."""
    rows = {}
    for s in statuses:
        if s.programme != workflow.programme:
            continue
        late = is_overdue(parse_day(s.due), today)
        area = float(areas.get(s.parcel_id, 0.0))
        for town in (ALL, townships.get(s.parcel_id, "")):
            row = rows.setdefault((s.step, town), StepRow(s.step, town))
            row.parcels += 1
            row.area_m2 += area
            row.overdue += late
    ordered = []
    for step in workflow.step_ids:
        ordered.extend(rows[key] for key in sorted(k for k in rows if k[0] == step))
    for row in ordered:
        row.area_m2 = float(official_m2(row.area_m2))
    return ordered
