"""The status store contract: what a GeoPackage store and a PostgreSQL store both do, tested
by the same functions on both (tests/store/conftest.py's `office`).

Rules: ../shared/seeds/000_9e49406886a189a5.txt — 申请 → 核实 → 公示 (5 working days) → 确认 →
造林 → 验收 → 变更 → 入库 (the province's); 异议成立 back to 核实, 验收不合格 back to 造林, with a
reason. Issue 10: a stale request is refused naming who moved the parcel and when; advancing
and sending back are separate requests; a reason or parcel id without a visible character is
none; a store of a newer schema is refused unchanged.
"""

from __future__ import annotations

import pytest
from store_helpers import advance, check_log_agrees_with_status, forest_workflow

from land_balance.rules.calendar import WorkingCalendar
from land_balance.rules.workflow import TransitionError
from land_balance.store.base import SCHEMA_VERSION, Attachment, Request, StoreError

WF = forest_workflow()
NO_REASONS = ["", " ", "\t", "\n", "\u3000", "\u00a0", "\u200b", "\ufeff", " \t\u3000\u200b\u2060\u200d"]


def walk(desk, parcel_id: str, to: str) -> list:
    """Advance a parcel from wherever it is up to step `to`, one request per step."""
    current = desk.current_steps(WF.programme, [parcel_id]).get(parcel_id)
    start = WF.step_ids.index(current) + 1 if current else 0
    return [desk.apply([advance(parcel_id, step)])[0] for step in WF.step_ids[start:WF.step_ids.index(to) + 1]]


def test_a_parcels_life_with_a_back_step_and_attachments(office, tmp_path):
    photo = tmp_path / "举证照片.jpg"
    photo.write_bytes(b"\xff\xd8 field photo")
    with office.desk("li", "county") as li:
        walk(li, "3607210001", "confirm")
        li.apply([Request.send_back("3607210001", "confirm", "verify", "异议成立",
                                    attachments=(Attachment.of_file(photo),))])
        events = li.events("3607210001")
    assert [e.to_step for e in events] == ["apply", "verify", "notice", "confirm", "verify"]
    assert [e.kind for e in events] == ["start", "next", "next", "next", "back"]
    assert {e.actor for e in events} == {li.actor} and {e.level for e in events} == {"county"}
    assert events[-1].note == "异议成立" and events[0].pack == "ganzhou_forest_offset@1.0.0"
    name, _path, sha = events[-1].attachments[0]
    assert name == "举证照片.jpg" and len(sha) == 64


def test_the_store_dates_each_step_and_computes_its_due_date(office):
    with office.desk() as li:
        recorded = walk(li, "P1", "notice")
        today = li.today()
        status = li.statuses(WF.programme)[0]
    due = WF.due("notice", today, WorkingCalendar())  # 5 working days, China's official calendar
    assert (status.since, status.due, status.due_provisional) == (today.isoformat(), due.date.isoformat(),
                                                                   due.provisional)
    assert (recorded[-1].since, recorded[-1].due) == (status.since, status.due)
    assert recorded[0].due is None  # 申请 has no time limit


def test_a_due_date_in_a_year_the_calendar_does_not_know_is_provisional(office):
    office.register(WorkingCalendar(use_official=False))  # a calendar that knows no year's holidays
    with office.desk() as li:
        recorded = walk(li, "P1", "notice")
        status = li.statuses(WF.programme)[0]
    assert recorded[-1].due_provisional and status.due_provisional
    assert status.due == WF.due("notice", li_today(office), WorkingCalendar(use_official=False)).date.isoformat()


def li_today(office):
    with office.desk() as li:
        return li.today()


def test_a_refused_parcel_refuses_the_whole_batch(office):
    with office.desk() as li:
        li.apply([advance("A", "apply"), advance("B", "apply")])
        with pytest.raises(TransitionError, match="parcel C") as err:
            li.apply([advance("A", "verify"), advance("C", "verify")])
        assert err.value.code == "moved" and err.value.details["current"] is None
        assert li.current_steps(WF.programme) == {"A": "apply", "B": "apply"}
        assert len(li.events()) == 2


def test_a_county_technician_cannot_bank_and_the_log_is_append_only(office, tmp_path):
    photo = tmp_path / "变更.jpg"
    photo.write_bytes(b"\xff\xd8")
    with office.desk("li", "county") as li:
        walk(li, "A", "accept")
        li.apply([advance("A", "change", attachments=(Attachment.of_file(photo),))])
        with pytest.raises(TransitionError) as err:
            li.apply([advance("A", "bank")])
        assert err.value.code == "level" and err.value.details["level"] == "province"
    for user in ("li", "admin"):  # the technician's login, and even the store's owner
        for sql in (f"DELETE FROM {office.table('event')}", f"UPDATE {office.table('event')} SET note = 'x'",
                    f"DELETE FROM {office.table('attachment')}"):
            with pytest.raises(Exception, match="append-only|permission denied"):
                office.execute(user, sql)
    with office.desk("zhou", "province") as zhou:
        zhou.apply([advance("A", "bank")])
        assert len(zhou.events("A")) == 8
        check_log_agrees_with_status(zhou, WF.programme)


def test_a_stale_request_is_refused_naming_who_moved_the_parcel_and_when(office):
    """Issue 10 §8: wang saw 申请 and asks to advance to 核实 with a note; meanwhile li moved the
    parcel to 确认. Before, that was recorded as a send-back (确认 → 核实); now it is refused."""
    with office.desk("wang") as wang, office.desk("li") as li:
        wang.apply([advance("P", "apply")])
        seen = wang.current_steps(WF.programme)["P"]
        walk(li, "P", "confirm")
        with pytest.raises(TransitionError) as err:
            wang.apply([Request.advance("P", seen, "verify", note="核实完毕")])
        events = li.events("P")
    d = err.value.details
    assert err.value.code == "moved"
    assert (d["parcel"], d["seen"], d["current"], d["by"], d["at"]) == ("P", "apply", "confirm", li.actor,
                                                                        events[-1].at)
    assert [e.kind for e in events] == ["start", "next", "next", "next"]  # not recorded as a send-back


def test_advancing_and_sending_back_are_separate_requests(office):
    with office.desk() as li:
        walk(li, "P", "confirm")
        with pytest.raises(TransitionError) as err:  # 核实 is a step back from 确认, not an advance
            li.apply([Request.advance("P", "confirm", "verify", note="异议成立")])
        assert (err.value.code, err.value.details["allowed"]) == ("skip", ["afforest"])
        with pytest.raises(TransitionError) as err:  # 造林 is the next step, not a step back
            li.apply([Request.send_back("P", "confirm", "afforest", "验收")])
        assert (err.value.code, err.value.details["allowed"]) == ("skip", ["verify"])
        assert li.current_steps(WF.programme) == {"P": "confirm"} and len(li.events("P")) == 4


def test_a_reason_without_a_visible_character_is_no_reason(office):
    with office.desk() as li:
        walk(li, "P", "confirm")
        for reason in NO_REASONS:
            with pytest.raises(TransitionError) as err:
                li.apply([Request.send_back("P", "confirm", "verify", reason)])
            assert err.value.code == "reason_required", repr(reason)
        li.apply([Request.send_back("P", "confirm", "verify", "\u3000异议成立")])
        assert li.events("P")[-1].kind == "back"


@pytest.mark.parametrize("parcel_id", [None, "", "\u3000", "\t\u200b"], ids=["null", "empty", "fullwidth", "tab"])
def test_a_request_without_a_parcel_id_is_refused_and_nothing_is_recorded(office, parcel_id):
    with office.desk() as li:
        li.apply([advance("OK1", "apply")])
        before = office.fingerprint()
        with pytest.raises(TransitionError) as err:
            li.apply([advance("OK2", "apply"), Request.advance(parcel_id, None, "apply")])
        assert err.value.code == "no_parcel_id" and str(li.path) in str(err.value)
        assert office.fingerprint() == before
        assert li.current_steps(WF.programme) == {"OK1": "apply"} and len(li.events()) == 1


def test_ids_and_notes_are_data_not_sql(office):
    nasty = "1'); DROP TABLE landbalance.event; DROP TABLE lb_event; --"
    with office.desk() as li:
        li.apply([Request.advance(nasty, None, "apply", note="'; DELETE FROM lb_status; --")])
        assert li.current_steps(WF.programme) == {nasty: "apply"}
        assert li.events(nasty)[0].note.startswith("';")


def test_a_store_of_a_newer_schema_is_refused_and_left_unchanged(office):
    with office.desk() as li:
        li.apply([advance("P", "apply")])
    office.set_schema_version(SCHEMA_VERSION + 1)
    before = office.fingerprint()
    with pytest.raises(StoreError) as err:
        office.desk()
    assert err.value.code == "newer_schema" and err.value.details["version"] == SCHEMA_VERSION + 1
    assert office.fingerprint() == before
