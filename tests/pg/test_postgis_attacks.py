"""Each attack of issue 10 performed with a county technician's own PostgreSQL login, on a
store installed new and on a store migrated from version 2 — so a later change to the schema,
the trigger or the migration that reopens a hole breaks one of these tests.

The catalog checks at the end hold for every function, sequence and table of the schema,
including ones added later: a new function that PUBLIC may execute, or a new id column that is
not an identity, fails them without anyone writing a new test.
"""

from __future__ import annotations

import json

import psycopg2
import pytest
from pg_cluster import install_version_2, make_login, query
from store_helpers import advance, forest_workflow

from land_balance.store.base import Attachment, Request
from land_balance.store.journal_schema import RECORD_FUNCTION
from land_balance.store.postgis import PostgisStore
from land_balance.store.postgis_schema import EVENT_COLUMNS_A_USER_CHOOSES, LEVEL_ROLES

WF = forest_workflow()
ATTACKER = "county_attacker"
SHA = "a" * 64


def version_2_with_history(params: dict) -> None:
    """The store as the previous release installed it, with some history in it."""
    install_version_2(params, WF)
    db = psycopg2.connect(**params)
    with db, db.cursor() as cur:
        for step, from_step in (("apply", None), ("verify", "apply")):
            cur.execute("INSERT INTO landbalance.event (parcel_id, programme, from_step, to_step, batch, since) "
                        "VALUES ('OLD1', %s, %s, %s, 'v2', current_date)", (WF.programme, from_step, step))
    db.close()


@pytest.fixture(params=["new", "migrated"])
def office(request, pg_database):
    if request.param == "migrated":
        version_2_with_history(pg_database)
        PostgisStore.install(pg_database)  # the administrator upgrades: version 2 → 3
    with PostgisStore(pg_database) as admin:
        admin.register_workflow(WF)
    province = make_login(pg_database, "province_reviewer", "province")
    with PostgisStore(province) as store:  # a parcel the province has worked on
        for step in WF.step_ids[:3]:
            store.apply(WF, [advance("PROV1", step)])
    return {"admin": pg_database, "county": make_login(pg_database, ATTACKER, "county"), "province": province}


def as_county(office, sql: str, args=()):
    """Run SQL as the county technician; returns rows, or raises the database's error."""
    return query(office["county"], sql, args)


def admin_rows(office, sql: str, args=()):
    return query(office["admin"], sql, args)


def status_of(office, parcel_id: str):
    rows = admin_rows(office, "SELECT step, since, due FROM landbalance.status WHERE parcel_id = %s", (parcel_id,))
    return rows[0] if rows else None


def refusal_code(err) -> str:
    return json.loads(err.value.diag.message_detail)["code"]


INSERT = ("INSERT INTO landbalance.event (parcel_id, programme, from_step, to_step, request, note, batch) "
          "VALUES (%s, %s, %s, %s, %s, %s, 'sql')")


def test_temporary_table_trigger_calling_the_security_definer_function(office):
    """§2: the SECURITY DEFINER function attached to the user's own temporary table."""
    definers = [name for (name,) in admin_rows(
        office, "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                "WHERE n.nspname = 'landbalance' AND p.prosecdef AND p.prorettype = 'trigger'::regtype")]
    assert "record_event" in definers
    for function in definers:
        with pytest.raises(psycopg2.Error, match="permission denied for function"):
            as_county(office, "CREATE TEMP TABLE mine (LIKE landbalance.event INCLUDING DEFAULTS); "
                              f"CREATE TRIGGER t BEFORE INSERT ON mine FOR EACH ROW EXECUTE FUNCTION "
                              f"landbalance.{function}()")
    # Even if an administrator granted EXECUTE by mistake, the function refuses a foreign table.
    admin_rows(office, f"GRANT EXECUTE ON FUNCTION landbalance.record_event() TO {ATTACKER}")
    try:
        with pytest.raises(psycopg2.Error, match="runs only BEFORE INSERT on landbalance.event"):
            as_county(office, "CREATE TEMP TABLE mine (LIKE landbalance.event INCLUDING DEFAULTS); "
                              "CREATE TRIGGER t BEFORE INSERT ON mine FOR EACH ROW "
                              "EXECUTE FUNCTION landbalance.record_event(); "
                              "INSERT INTO mine (parcel_id, programme, from_step, to_step, request, batch, since) "
                              "VALUES ('PROV1', %s, 'notice', 'bank', 'advance', 'x', current_date)", (WF.programme,))
    finally:
        admin_rows(office, f"REVOKE EXECUTE ON FUNCTION landbalance.record_event() FROM {ATTACKER}")
    assert status_of(office, "PROV1")[0] == "notice"


def test_writing_the_status_or_forging_who_and_when_directly(office):
    for sql in ("UPDATE landbalance.status SET step = 'bank'", "DELETE FROM landbalance.status",
                "INSERT INTO landbalance.status VALUES ('X', 'p', 'bank', current_date, NULL, false, NULL, 1)",
                "TRUNCATE landbalance.event", "UPDATE landbalance.event SET actor = 'someone'",
                "DELETE FROM landbalance.attachment"):
        with pytest.raises(psycopg2.Error, match="permission denied"):
            as_county(office, sql)
    for column, value in (("actor", "province_reviewer"), ("at", "2020-01-01"), ("kind", "next"),
                          ("level", "province")):
        with pytest.raises(psycopg2.Error, match="permission denied"):
            as_county(office, "INSERT INTO landbalance.event (parcel_id, programme, to_step, request, batch, "
                              f"{column}) VALUES ('F1', %s, 'apply', 'advance', 'sql', %s)", (WF.programme, value))


def test_a_back_dated_since_and_a_far_future_due_inserted_by_sql(office):
    """§3: the database decides since (its clock, the county's time zone) and due (the step's rule)."""
    with pytest.raises(psycopg2.Error, match="permission denied"):
        as_county(office, "INSERT INTO landbalance.event (parcel_id, programme, from_step, to_step, request, batch, "
                          "since, due) VALUES ('D1', %s, NULL, 'apply', 'advance', 'sql', '2020-01-01', '2099-12-31')",
                  (WF.programme,))
    for step, seen in (("apply", None), ("verify", "apply"), ("notice", "verify")):
        as_county(office, "SET TIME ZONE 'Pacific/Kiritimati'; " + INSERT,  # UTC+14: the session's zone is not used
                  ("D1", WF.programme, seen, step, "advance", ""))
    (today,), = admin_rows(office, "SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date")
    (due,), = admin_rows(office, "SELECT due FROM landbalance.due_for(%s, 'notice', %s)", (WF.programme, today))
    assert status_of(office, "D1") == ("notice", today, due)
    assert due is not None and due > today


@pytest.mark.parametrize("reason", ["\t", "\u3000", "\u200b\u200d", " \t\n\u3000\ufeff"],
                         ids=["tab", "fullwidth", "zerowidth", "mixed"])
def test_a_send_back_whose_reason_shows_nothing(office, reason):
    """§4: the database's rule is the client's (rules/visible_text.py)."""
    with PostgisStore(office["county"]) as county:
        for step in WF.step_ids[:4]:
            county.apply(WF, [advance("R1", step)])
    with pytest.raises(psycopg2.Error) as err:
        as_county(office, INSERT, ("R1", WF.programme, "confirm", "verify", "send_back", reason))
    assert refusal_code(err) == "reason_required"
    as_county(office, INSERT, ("R1", WF.programme, "confirm", "verify", "send_back", "异议成立"))
    assert status_of(office, "R1")[0] == "verify"


def test_attaching_files_to_another_users_event_or_later(office, tmp_path):
    """§5: only the event's author, and only in the transaction that records it."""
    (province_event,), = admin_rows(office, "SELECT max(id) FROM landbalance.event WHERE parcel_id = 'PROV1'")
    attach = "INSERT INTO landbalance.attachment (event_id, name, path, sha256) VALUES (%s, 'x.jpg', '/x.jpg', %s)"
    with pytest.raises(psycopg2.Error) as err:
        as_county(office, attach, (province_event, SHA))
    assert refusal_code(err) == "attachment_not_own"
    photo = tmp_path / "p.jpg"
    photo.write_bytes(b"\xff\xd8")
    with PostgisStore(office["county"]) as county:
        own = county.apply(WF, [advance("A1", "apply", attachments=(Attachment.of_file(photo),))])[0].event_id
    with pytest.raises(psycopg2.Error) as err:  # its own event, but in a later transaction
        as_county(office, attach, (own, SHA))
    assert refusal_code(err) == "attachment_not_own"
    db = psycopg2.connect(**office["county"])  # and while recording: allowed
    with db, db.cursor() as cur:
        cur.execute(INSERT + " RETURNING id", ("A3", WF.programme, None, "apply", "advance", ""))
        cur.execute(attach, (cur.fetchone()[0], SHA))
    db.close()
    assert admin_rows(office, "SELECT count(*) FROM landbalance.attachment")[0][0] == 2  # A1's and A3's


def test_choosing_event_ids(office):
    """§6: ids are the database's: no sequence to call, no id to give."""
    for sql in ("SELECT nextval(pg_get_serial_sequence('landbalance.event', 'id'))",
                "SELECT setval(pg_get_serial_sequence('landbalance.event', 'id'), 1000000)",
                "SELECT nextval(pg_get_serial_sequence('landbalance.attachment', 'id'))"):
        with pytest.raises(psycopg2.Error, match="permission denied"):
            as_county(office, sql)
    (next_id,), = admin_rows(office, "SELECT max(id) + 1 FROM landbalance.event")
    for sql in ("INSERT INTO landbalance.event (id, parcel_id, programme, to_step, request, batch) "
                "VALUES (%s, 'I1', %s, 'apply', 'advance', 'sql')",
                "INSERT INTO landbalance.event (id, parcel_id, programme, to_step, request, batch) "
                "OVERRIDING SYSTEM VALUE VALUES (%s, 'I1', %s, 'apply', 'advance', 'sql')"):
        with pytest.raises(psycopg2.Error, match="permission denied|cannot insert a non-DEFAULT value"):
            as_county(office, sql, (next_id, WF.programme))
    with PostgisStore(office["province"]) as province:  # the next legitimate writer is not blocked
        assert province.apply(WF, [advance("I2", "apply")])[0].event_id >= next_id


def test_moves_the_rules_forbid_by_sql(office):
    """The trigger, not the client, decides: a province step, skipping in, going back unlisted or stale."""
    with PostgisStore(office["county"]) as county:
        for step in WF.step_ids[:7]:
            county.apply(WF, [advance("S1", step)])
    cases = [(("S1", "change", "bank", "advance", ""), "level"),
             (("S2", None, "notice", "advance", ""), "not_started"),
             (("S1", "change", "apply", "send_back", "重来"), "skip"),
             (("S1", "accept", "change", "advance", ""), "moved"),
             (("S1", "change", "change", "advance", ""), "same_step"),
             (("S1", "change", "bank", "sideways", ""), "kind"),
             (("\u3000", None, "apply", "advance", ""), "no_parcel_id")]
    for (pid, seen, to, kind, note), code in cases:
        with pytest.raises(psycopg2.Error) as err:
            as_county(office, INSERT, (pid, WF.programme, seen, to, kind, note))
        assert refusal_code(err) == code, (pid, seen, to, kind)
    assert status_of(office, "S1")[0] == "change" and status_of(office, "S2") is None


def test_a_writer_in_repeatable_read_cannot_record_a_first_step_twice(office):
    """A hostile session that keeps an old snapshot still cannot start a parcel someone started."""
    old = psycopg2.connect(**office["county"])
    old.set_session(isolation_level="REPEATABLE READ")
    with old.cursor() as cur:
        cur.execute("SELECT count(*) FROM landbalance.status")  # snapshot taken now
        with PostgisStore(office["province"]) as province:
            province.apply(WF, [advance("RR1", "apply")])
        with pytest.raises(psycopg2.Error, match="could not serialize|moved"):
            cur.execute(INSERT, ("RR1", WF.programme, None, "apply", "advance", ""))
    old.rollback()
    old.close()
    assert admin_rows(office, "SELECT count(*) FROM landbalance.event WHERE parcel_id = 'RR1'") == [(1,)]


TECHNICIANS = ("PUBLIC", *LEVEL_ROLES.values(), ATTACKER)
# The one function technicians call (the ledger journal's, store/journal_schema.py): granted to
# lb_county (so to every level), never to PUBLIC; any other callable function fails the test below.
CALLABLE = {RECORD_FUNCTION: ("lb_county", "lb_city", "lb_province", ATTACKER)}


def test_no_function_or_sequence_of_the_schema_is_usable_by_technicians(office):
    functions = admin_rows(office, "SELECT p.oid::regprocedure::text, p.prosecdef, p.proconfig, p.prosrc, "
                                   "p.prorettype = 'trigger'::regtype FROM pg_proc p JOIN pg_namespace n "
                                   "ON n.oid = p.pronamespace WHERE n.nspname = 'landbalance'")
    assert len(functions) >= 5
    for signature, definer, config, source, is_trigger in functions:
        for role in TECHNICIANS:
            grantee = "public" if role == "PUBLIC" else role
            if role == "PUBLIC":
                (granted,), = admin_rows(office, "SELECT EXISTS (SELECT 1 FROM pg_proc p, aclexplode(coalesce("
                                                 "p.proacl, acldefault('f', p.proowner))) a WHERE p.oid = "
                                                 "%s::regprocedure AND a.grantee = 0)", (signature,))
            else:
                (granted,), = admin_rows(office, "SELECT has_function_privilege(%s, %s, 'EXECUTE')",
                                         (grantee, signature))
            assert granted == (role in CALLABLE.get(signature, ())), f"{role} may execute {signature}: {granted}"
        if definer:
            assert config and any(c.startswith("search_path=") for c in config), signature
            if is_trigger:
                assert "TG_TABLE_SCHEMA" in source and "TG_TABLE_NAME" in source, signature
    assert set(CALLABLE) <= {signature for signature, definer, *_ in functions if definer}
    sequences = admin_rows(office, "SELECT c.oid::regclass::text FROM pg_class c JOIN pg_namespace n "
                                   "ON n.oid = c.relnamespace WHERE n.nspname = 'landbalance' AND c.relkind = 'S'")
    for (sequence,) in sequences:
        for role in TECHNICIANS[1:]:
            assert admin_rows(office, "SELECT has_sequence_privilege(%s, %s, 'USAGE,SELECT,UPDATE')",
                              (role, sequence)) == [(False,)], (role, sequence)


def test_ids_are_identities_and_technicians_insert_only_what_a_user_chooses(office):
    ids = admin_rows(office, "SELECT table_name, is_identity, identity_generation FROM information_schema.columns "
                             "WHERE table_schema = 'landbalance' AND column_name = 'id' ORDER BY 1")
    assert ids == [(t, "YES", "ALWAYS") for t in ("attachment", "event", "journal_entry", "journal_posting")]
    tables = [t for (t,) in admin_rows(office, "SELECT tablename FROM pg_tables WHERE schemaname = 'landbalance'")]
    for table in tables:
        for privilege in ("UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"):
            assert admin_rows(office, "SELECT has_table_privilege(%s, %s, %s)",
                              (ATTACKER, f"landbalance.{table}", privilege)) == [(False,)], (table, privilege)
    columns = admin_rows(office, "SELECT table_name, column_name FROM information_schema.columns "
                                 "WHERE table_schema = 'landbalance'")
    insertable = {(t, c) for t, c in columns if admin_rows(
        office, "SELECT has_column_privilege(%s, %s, %s, 'INSERT')", (ATTACKER, f"landbalance.{t}", c))[0][0]}
    assert insertable == ({("event", c) for c in EVENT_COLUMNS_A_USER_CHOOSES}
                          | {("attachment", c) for c in ("event_id", "name", "path", "sha256")})


def test_a_stale_request_through_the_client_names_who_moved_it(office):
    with PostgisStore(office["county"]) as county:
        from land_balance.rules.workflow import TransitionError

        with pytest.raises(TransitionError) as err:
            county.apply(WF, [Request.advance("PROV1", "verify", "notice")])
    assert err.value.code == "moved" and err.value.details["by"] == "province_reviewer"
