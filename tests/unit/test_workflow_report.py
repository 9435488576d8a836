"""Counts, areas and overdue parcels per step and township (rules/workflow_report.py).

Rules: ../shared/seeds/000_9e49406886a189a5.txt (公示5个工作日; areas in mu, 2 decimals).
"""

from __future__ import annotations

import datetime as dt

from land_balance.rules.packs import load_packs
from land_balance.rules.workflow import Workflow
from land_balance.rules.workflow_report import AREA_M2, AREA_MU, overdue_statuses, summarise
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
    table = summarise(FOREST, STATUSES, TOWNS, AREAS, dt.date(2025, 10, 13))
    rows = table.rows()
    assert [(r.key, r.kind) for r in rows] == [
        (("apply", None), "subtotal"), (("apply", "高沟镇"), "detail"), (("notice", None), "subtotal"),
        (("notice", "朱码镇"), "detail"), (("notice", "高沟镇"), "detail")]
    notice = rows[2]
    assert (notice.units["parcels"], notice.value(AREA_M2), notice.value(AREA_MU), notice.units["overdue"]) == \
        (2, 10000.0, 15.0, 1)
    assert rows[0].value(AREA_MU) == 1.5
    assert table.total().units["parcels"] == 3  # the other programme's parcel is not counted


def test_mu_foots_where_rows_rounded_alone_would_not():
    """Three parcels of 1/3 mu each in three townships: rounded alone 0.33 × 3 = 0.99 ≠ 1.00."""
    statuses = [status(p, "apply") for p in "XYZ"]
    third = 10000 / 15 / 3
    table = summarise(FOREST, statuses, {"X": "a", "Y": "b", "Z": "c"}, {p: round(third, 2) for p in "XYZ"},
                      dt.date(2025, 10, 13))
    step = table.rows()[0]
    towns = [r for r in table.rows() if r.kind == "detail"]
    assert step.value(AREA_MU) == 1.0 and sum(r.units["mu"] for r in towns) == step.units["mu"]


def test_overdue_is_the_day_after_the_due_date():
    assert [s.parcel_id for s in overdue_statuses(STATUSES[:3], dt.date(2025, 10, 10))] == []
    assert [s.parcel_id for s in overdue_statuses(STATUSES[:3], dt.date(2025, 10, 11))] == ["A"]
