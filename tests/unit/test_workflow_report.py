"""Counts, areas and overdue parcels per step and township (rules/workflow_report.py).

Rules: ../shared/seeds/000_9e49406886a189a5.txt (公示5个工作日; areas in mu, 2 decimals).
"""

from __future__ import annotations

import datetime as dt

from land_balance.rules.packs import load_packs
from land_balance.rules.workflow import Workflow
from land_balance.rules.workflow_report import ALL, overdue_statuses, summarise
from land_balance.store.base import Status

FOREST = Workflow.from_pack(load_packs().get("ganzhou_forest_offset"))
P = FOREST.programme


def status(pid, step, due=None):
    return Status(pid, P, step, "2025-09-26", due, False, None)


STATUSES = [
    status("A", "notice", "2025-10-10"), status("B", "notice", "2025-10-20"), status("C", "apply"),
    Status("D", "other_programme", "x", "2025-01-01", "2025-01-02", False, None),
]
TOWNS = {"A": "高沟镇", "B": "朱码镇", "C": "高沟镇"}
AREAS = {"A": 6666.67, "B": 3333.33, "C": 1000.0}  # m²: 10.00 mu + 5.00 mu; 1.50 mu


def test_rows_per_step_in_pack_order_with_township_rows():
    rows = summarise(FOREST, STATUSES, TOWNS, AREAS, dt.date(2025, 10, 13))
    assert [(r.step, r.township) for r in rows] == [
        ("apply", ALL), ("apply", "高沟镇"), ("notice", ALL), ("notice", "朱码镇"), ("notice", "高沟镇")]
    notice = rows[2]
    assert (notice.parcels, notice.area_m2, notice.area_mu, notice.overdue) == (2, 10000.0, 15.0, 1)
    assert rows[0].area_mu == 1.5


def test_overdue_is_the_day_after_the_due_date():
    assert [s.parcel_id for s in overdue_statuses(STATUSES[:3], dt.date(2025, 10, 10))] == []
    assert [s.parcel_id for s in overdue_statuses(STATUSES[:3], dt.date(2025, 10, 11))] == ["A"]
