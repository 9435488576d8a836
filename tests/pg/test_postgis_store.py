"""What only the PostgreSQL store does: roles, the database's dates and due dates, its migration.

Rules: ../shared/seeds/000_9e49406886a189a5.txt (公示5个工作日; 入库 is the province's),
../shared/seeds/003_33b11e000febcf0b.txt (Lianshui's fixed dates and five years of management),
../shared/seeds/004_7872a60e71286313.txt (county, city and province levels).
"""

from __future__ import annotations

import datetime as dt

import psycopg2
import pytest
from pg_cluster import install_version_2, make_login, query
from store_helpers import advance, forest_workflow

from land_balance.rules.calendar import WorkingCalendar
from land_balance.rules.packs import load_packs
from land_balance.rules.workflow import TransitionError, Workflow
from land_balance.store.base import SCHEMA_VERSION, StoreError
from land_balance.store.postgis import PostgisStore

WF = forest_workflow()


def test_a_parcels_life_recorded_by_each_level(pg_database):
    with PostgisStore(pg_database) as admin:
        admin.register_workflow(WF)
    county_login, province_login = (make_login(pg_database, "tech_county", "county"),
                                    make_login(pg_database, "tech_province", "province"))
    with PostgisStore(county_login) as county:
        for step in WF.step_ids[:7]:
            county.apply(WF, [advance("360721000123", step)])
        with pytest.raises(TransitionError, match="province"):
            county.apply(WF, [advance("360721000123", "bank")])
    with PostgisStore(province_login) as province:
        province.apply(WF, [advance("360721000123", "bank")])
        events = province.events("360721000123")
    assert [e.to_step for e in events] == WF.step_ids
    assert [e.actor for e in events] == ["tech_county"] * 7 + ["tech_province"]
    assert events[-1].level == "province"


def test_a_user_without_a_level_role_records_nothing(pg_database):
    nobody = make_login(pg_database, "tech_nobody", None)
    with pytest.raises(StoreError) as err:
        PostgisStore(nobody)
    assert err.value.code == "no_role" and "lb_county" in str(err.value)
    with pytest.raises(psycopg2.Error, match="permission denied"):
        query(nobody, "INSERT INTO landbalance.event (parcel_id, programme, to_step, request, batch) "
                      "VALUES ('P9', %s, 'apply', 'advance', 'b')", (WF.programme,))


def test_grant_with_an_unknown_level_or_login_says_so(pg_database):
    make_login(pg_database, "tech_x", None)
    with pytest.raises(StoreError) as err:
        PostgisStore.grant(pg_database, "tech_x", "township")
    assert err.value.code == "unknown_level" and "township" in str(err.value) and "county" in str(err.value)
    with pytest.raises(StoreError) as err:
        PostgisStore.grant(pg_database, "no_such_login", "county")
    assert err.value.code == "unknown_login"


def test_dates_are_the_databases_in_the_county_time_zone(pg_database):
    with PostgisStore(pg_database) as admin:
        admin.register_workflow(WF)
        day, zone = admin.today_and_zone()
    assert zone == "Asia/Shanghai"
    assert query(pg_database, "SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date") == [(day,)]
    PostgisStore.install(pg_database, time_zone="Asia/Urumqi")  # a county that keeps Xinjiang time
    with PostgisStore(make_login(pg_database, "tech_county", "county")) as county:
        assert county.today_and_zone()[1] == "Asia/Urumqi"
        recorded = county.apply(WF, [advance("T1", "apply")])
        assert recorded[0].since == county.today().isoformat()
        with pytest.raises(StoreError) as err:  # the shared store does not record steps on another day
            county.apply(WF, [advance("T1", "verify")], today=county.today() - dt.timedelta(days=3))
        assert err.value.code == "date_by_database" and err.value.details["zone"] == "Asia/Urumqi"
    with pytest.raises(StoreError, match="time zone|Mars"):
        PostgisStore.install(pg_database, time_zone="Mars/Olympus")


def workflows_with_time_rules() -> list:
    return [Workflow.from_pack(p) for p in load_packs() if p.steps]


def test_the_database_computes_every_due_date_as_the_rules_do(pg_database):
    """Every step of every pack, entered on each day of 2024–2027, with the county's 2027 holidays
    added (as an administrator registers them): the database's due date and provisional flag
    equal rules/workflow.py's, computed in Python (a second method)."""
    extra_2027 = ["2027-01-01", "2027-02-05", "2027-02-08", "2027-02-09", "2027-10-01", "2027-10-04"]
    calendar = WorkingCalendar(extra_holidays=extra_2027, extra_workdays=["2027-02-13"])
    checked = 0
    with PostgisStore(pg_database) as admin:
        for workflow in workflows_with_time_rules():
            admin.register_workflow(workflow, calendar)
    for workflow in workflows_with_time_rules():
        for step in workflow.steps:
            rows = query(pg_database, "SELECT d::date, f.due, f.provisional FROM generate_series("
                                      "'2024-01-01'::date, '2027-12-31'::date, '1 day') d, "
                                      "LATERAL landbalance.due_for(%s, %s, d::date) f",
                         (workflow.programme, step.id))
            for since, due, provisional in rows:
                expected = workflow.due(step.id, since, calendar)
                assert (due, provisional) == ((expected.date, expected.provisional) if expected else (None, False)), \
                    (workflow.programme, step.id, since)
                checked += 1
    assert checked > 30 * 1461
    # and a year neither the library nor the county knows stays provisional (2028)
    assert query(pg_database, "SELECT provisional FROM landbalance.due_for(%s, 'notice', '2027-12-29')",
                 (WF.programme,)) == [(True,)]


def test_a_version_2_store_is_migrated_by_the_administrator(pg_database):
    install_version_2(pg_database, WF)
    old = make_login(pg_database, "tech_old", "county")
    query(old, "INSERT INTO landbalance.event (parcel_id, programme, from_step, to_step, batch, since) "
               "VALUES ('M1', %s, NULL, 'apply', 'v2', '2024-05-06')", (WF.programme,))
    with pytest.raises(StoreError) as err:  # a technician's plugin does not migrate: it says who must
        PostgisStore(old)
    assert err.value.code == "older_schema" and err.value.details["version"] == 2
    PostgisStore.install(pg_database)
    PostgisStore.install(pg_database)  # twice is harmless
    with PostgisStore(old) as store:
        assert store.schema_version() == SCHEMA_VERSION
        store.apply(WF, [advance("M1", "verify"), advance("M2", "apply")])
        with pytest.raises(StoreError) as err:  # 公示's 5 working days are not in the database yet
            store.apply(WF, [advance("M1", "notice")])
        assert err.value.code == "rules_not_registered" and err.value.details["step"] == "notice"
        events = store.events("M1")
        assert [(e.to_step, e.actor) for e in events] == [("apply", "tech_old"), ("verify", "tech_old")]
        assert events[1].id > events[0].id
        assert store.statuses(WF.programme, ["M1"])[0].step == "verify"
    assert query(pg_database, "SELECT request FROM landbalance.event ORDER BY id") == [(None,), ("advance",),
                                                                                     ("advance",)]
    with PostgisStore(pg_database) as admin:
        admin.register_workflow(WF)
    with PostgisStore(old) as store:
        assert store.apply(WF, [advance("M1", "notice")])[0].due is not None
