"""The workflow state machine over the packs' steps (rules/workflow.py).

Seeds: ../shared/seeds/000_9e49406886a189a5.txt (forest offset: 申请→…→入库, 公示5个工作日,
异议成立/验收不合格 go back), ../shared/seeds/003_33b11e000febcf0b.txt (Lianshui: 9月30日,
10月底), ../shared/seeds/004_7872a60e71286313.txt (county / city / province levels).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from land_balance.rules.calendar import WorkingCalendar
from land_balance.rules.packs import load_packs
from land_balance.rules.workflow import (
    ADVANCE, BACK, NEXT, SEND_BACK, START, TransitionError, Workflow, deadline_for_year, is_overdue,
)

PACKS = load_packs()
FOREST = Workflow.from_pack(PACKS.get("ganzhou_forest_offset"))
LIANSHUI = Workflow.from_pack(PACKS.get("lianshui_requisition"))
FOREST_STEPS = ["apply", "verify", "notice", "confirm", "afforest", "accept", "change", "bank"]


def test_forest_offset_has_the_eight_steps_in_order():
    assert FOREST.step_ids == FOREST_STEPS
    assert [s.name_zh for s in FOREST.steps] == ["申请", "核实", "公示", "确认", "造林", "验收", "变更", "入库"]


def test_full_life_forward():
    current = None
    for step in FOREST_STEPS:
        t = FOREST.check("361000001", current, step, actor_level="province")
        assert t.kind == (START if current is None else NEXT)
        current = step
    assert FOREST.next_step(current) is None


def test_no_skipping_and_must_start_at_the_first_step():
    with pytest.raises(TransitionError) as err:
        FOREST.check("P1", "apply", "notice")
    assert err.value.code == "skip"
    with pytest.raises(TransitionError) as err:
        FOREST.check("P1", None, "verify")
    assert err.value.code == "not_started"
    with pytest.raises(TransitionError) as err:
        FOREST.check("P1", "bank", "apply")
    assert err.value.code == "skip"


def test_going_back_needs_a_reason_and_a_back_to_step():
    # 异议成立 → 重新核实: confirm → verify
    with pytest.raises(TransitionError) as err:
        FOREST.check("P1", "confirm", "verify", note="  ")
    assert err.value.code == "reason_required"
    t = FOREST.check("P1", "confirm", "verify", note="公示期异议成立")
    assert t.kind == BACK
    # 验收不合格 → 重新造林: accept → afforest
    assert FOREST.check("P1", "accept", "afforest", note="成活率不达标").kind == BACK
    # notice has no back_to: going back from it is a skip
    with pytest.raises(TransitionError):
        FOREST.check("P1", "notice", "verify", note="x")


def test_advancing_and_sending_back_are_separate_kinds_of_request():
    """Issue 10 §8: an advance with a note is never taken for a send-back, nor the other way round."""
    with pytest.raises(TransitionError) as err:
        FOREST.check("P1", "confirm", "verify", note="异议成立", kind=ADVANCE)
    assert (err.value.code, err.value.details["allowed"]) == ("skip", ["afforest"])
    with pytest.raises(TransitionError) as err:
        FOREST.check("P1", "confirm", "afforest", note="x", kind=SEND_BACK)
    assert (err.value.code, err.value.details["allowed"]) == ("skip", ["verify"])
    assert FOREST.check("P1", "confirm", "verify", note="异议成立", kind=SEND_BACK).kind == BACK
    assert FOREST.check("P1", "confirm", "afforest", kind=ADVANCE).kind == NEXT
    assert FOREST.check("P1", None, "apply", kind=ADVANCE).kind == START
    with pytest.raises(TransitionError) as err:
        FOREST.check("P1", None, "apply", kind=SEND_BACK)
    assert err.value.code == "not_started"
    with pytest.raises(TransitionError) as err:
        FOREST.check("P1", "confirm", "verify", note="x", kind="sideways")
    assert err.value.code == "kind"


def test_a_reason_needs_a_visible_character():
    for blank in ("\t", "\u3000", "\u200b\ufeff", " \n"):
        with pytest.raises(TransitionError) as err:
            FOREST.check("P1", "confirm", "verify", note=blank, kind=SEND_BACK)
        assert err.value.code == "reason_required"


def test_the_step_before():
    assert [FOREST.step_before(s) for s in FOREST_STEPS] == [None] + FOREST_STEPS[:-1]


def test_levels_county_cannot_record_a_province_step():
    with pytest.raises(TransitionError) as err:
        FOREST.check("P1", "change", "bank", actor_level="county")
    assert err.value.code == "level"
    assert FOREST.check("P1", "change", "bank", actor_level="province").level == "province"
    # Lianshui: city acceptance is the city's; sending it back is the city's too.
    with pytest.raises(TransitionError):
        LIANSHUI.check("X1", "county_acceptance", "city_acceptance", actor_level="county")
    with pytest.raises(TransitionError):
        LIANSHUI.check("X1", "city_acceptance", "works", note="验收不合格", actor_level="county")
    assert LIANSHUI.check("X1", "city_acceptance", "works", note="验收不合格", actor_level="city").kind == BACK


def test_unknown_step_is_named():
    with pytest.raises(TransitionError, match="no step 'plant'"):
        FOREST.check("P1", "apply", "plant")


def test_public_notice_due_counts_working_days():
    cal = WorkingCalendar()
    # Notice posted Fri 26 Sep 2025 → 28 Sep (make-up), 29, 30, 9 Oct, 10 Oct.
    assert FOREST.due("notice", dt.date(2025, 9, 26), cal).date == dt.date(2025, 10, 10)
    assert FOREST.due("apply", dt.date(2025, 9, 26), cal) is None


def test_lianshui_deadlines_come_from_the_pack():
    cal = WorkingCalendar()
    assert LIANSHUI.due("works", dt.date(2024, 5, 6), cal).date == dt.date(2024, 9, 30)
    assert LIANSHUI.due("works", dt.date(2024, 10, 6), cal).date == dt.date(2025, 9, 30)
    assert LIANSHUI.due("county_acceptance", dt.date(2024, 10, 2), cal).date == dt.date(2024, 10, 31)
    assert LIANSHUI.due("project_approval", dt.date(2024, 3, 1), cal).date == dt.date(2024, 11, 20)
    assert LIANSHUI.due("maintenance", dt.date(2024, 2, 29), cal).date == dt.date(2029, 2, 28)


def test_report_to_city_by_15_september_of_the_next_year():
    report = FOREST.deadlines["report_to_city"]
    assert deadline_for_year(report, 2023) == dt.date(2024, 9, 15)
    assert is_overdue(dt.date(2024, 9, 15), dt.date(2024, 9, 16))
    assert not is_overdue(dt.date(2024, 9, 15), dt.date(2024, 9, 15))
    assert not is_overdue(None, dt.date(2030, 1, 1))


@given(st.lists(st.integers(0, 9), max_size=40))
def test_any_sequence_of_moves_keeps_the_parcel_on_a_real_step(choices):
    """Whatever is attempted, accepted moves are only next or listed back_to steps."""
    current = None
    for c in choices:
        target = FOREST_STEPS[c % len(FOREST_STEPS)]
        try:
            t = FOREST.check("P", current, target, note="reason")
        except TransitionError:
            continue
        before = -1 if current is None else FOREST_STEPS.index(current)
        after = FOREST_STEPS.index(t.to_step)
        assert after == before + 1 or (t.kind == BACK and target in FOREST.step(current).back_to)
        current = t.to_step


def test_a_pack_without_workflow_is_refused_clearly():
    with pytest.raises(TransitionError, match="has no"):
        Workflow.from_pack_data({"pack": {"id": "x"}})
