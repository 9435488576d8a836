"""Attacks on the ledger journal performed with a county technician's own PostgreSQL login, on a
store installed new and on one migrated from the workflow store's version 2 — so a later change
to the journal's schema, its function or the migration that reopens a hole breaks one of these.
The catalog-wide checks (no other function callable, identities, no sequence) are in
test_postgis_attacks.py and cover the journal's tables and function too.

Rules: ../shared/seeds/000_9e49406886a189a5.txt (入库 by the province; the quota used no more than
granted), 004_7872a60e71286313.txt (draw-downs within the balance).
"""

from __future__ import annotations

import json

import psycopg2
import pytest
from journal_offices import BOOK, COUNTY, QUOTA, REFUSED, RULES, SETUP, PostgisJournalOffice, draw, entry, refusal
from pg_cluster import install_version_2, make_login, query
from store_helpers import forest_workflow

from land_balance.rules.journal import BookRules, JournalError
from land_balance.store.base import StoreError
from land_balance.store.journal_postgis import PostgisJournal, _row
from land_balance.store.pg_security import database_refusal
from land_balance.store.postgis import PostgisStore

ATTACKER = "county_ledger_attacker"
RECORD = "SELECT landbalance.journal_record(%s, %s::jsonb)"


@pytest.fixture(params=["new", "migrated"])
def office(request, pg_database):
    if request.param == "migrated":
        install_version_2(pg_database, forest_workflow())
        PostgisStore.install(pg_database)  # the administrator upgrades: status 2 → 3, and the journal
    PostgisJournalOffice(pg_database)  # registers the book
    province = make_login(pg_database, "ledger_province", "province")
    with PostgisJournal(province) as journal:
        journal.record(RULES, SETUP)
    return {"admin": pg_database, "county": make_login(pg_database, ATTACKER, "county"), "province": province}


def as_county(office, sql: str, args=()):
    return query(office["county"], sql, args)


def record_as_county(office, entries, book: str = BOOK):
    """Call the journal's function directly with JSON entries (no client check)."""
    return as_county(office, RECORD, (book, json.dumps(entries, ensure_ascii=False)))[0][0]


def journal_rows(office):
    return query(office["admin"], "SELECT e.id, e.kind, e.ref, e.actor, e.level, e.at, p.account, p.amount "
                                  "FROM landbalance.journal_entry e JOIN landbalance.journal_posting p "
                                  "ON p.entry_id = e.id ORDER BY p.id")


def refused_with(err) -> JournalError:
    return database_refusal(err.value, JournalError)


def test_writing_the_tables_directly(office):
    before = journal_rows(office)
    for sql in ("INSERT INTO landbalance.journal_entry (book, kind, year, ref, actor, level, at, batch) "
                "VALUES ('reserve', 'grant', 2024, 'X', 'x', 'county', now(), 'b')",
                "INSERT INTO landbalance.journal_posting (entry_id, account, indicator, amount) "
                "VALUES (1, 'county', 'quota_mu', 99999)",
                "UPDATE landbalance.journal_posting SET amount = 99999", "DELETE FROM landbalance.journal_entry",
                "TRUNCATE landbalance.journal_posting",
                "INSERT INTO landbalance.journal_book (book) VALUES ('mine')",
                "DELETE FROM landbalance.journal_guard", "UPDATE landbalance.journal_level SET level = 'county'"):
        with pytest.raises(psycopg2.Error, match="permission denied"):
            as_county(office, sql)
    with pytest.raises(StoreError) as err, PostgisJournal(office["county"]) as county:  # nor through the client
        county.register_book(BookRules(BOOK))
    assert err.value.code == "permission"
    assert journal_rows(office) == before


def test_a_back_dated_time_a_forged_author_level_batch_or_id_are_ignored(office):
    (next_id,), = query(office["admin"], "SELECT max(id) + 1 FROM landbalance.journal_entry")
    forged = dict(_row(draw("D1", 100), ""), at="2020-01-01T00:00:00+00:00", actor="ledger_province",
                  level="province", batch="mine", id=1, ids=[1])
    stamp = record_as_county(office, [forged])
    (at, now), = query(office["admin"], "SELECT at, now() FROM landbalance.journal_entry WHERE ref = 'D1'")
    (row,) = query(office["admin"], "SELECT id, actor, level, batch FROM landbalance.journal_entry WHERE ref = 'D1'")
    assert row[0] >= next_id and row[1:3] == (ATTACKER, "county") and row[3] not in ("mine", "")
    assert abs((now - at).total_seconds()) < 600 and at.year > 2020
    assert stamp["ids"] == [row[0]] and stamp["actor"] == ATTACKER


def test_choosing_ids(office):
    for sql in ("SELECT nextval(pg_get_serial_sequence('landbalance.journal_entry', 'id'))",
                "SELECT setval(pg_get_serial_sequence('landbalance.journal_entry', 'id'), 1000000)",
                "SELECT nextval(pg_get_serial_sequence('landbalance.journal_posting', 'id'))"):
        with pytest.raises(psycopg2.Error, match="permission denied"):
            as_county(office, sql)
    with pytest.raises(psycopg2.Error, match="permission denied"):
        as_county(office, "INSERT INTO landbalance.journal_entry (id, book, kind, year, ref, actor, level, at, batch) "
                          "OVERRIDING SYSTEM VALUE VALUES (999, 'reserve', 'grant', 2024, 'X', 'x', 'county', now(), "
                          "'b')")


def test_recording_a_kind_above_ones_level(office):
    with pytest.raises(psycopg2.Error) as err:
        record_as_county(office, [_row(entry("deposit_province", "P7", ("province", "area_m2", 5)), "")])
    assert err.value.pgcode == "42501"
    assert (refused_with(err).code, refused_with(err).details) == (
        "level", {"kind": "deposit_province", "level": "province", "actor_level": "county"})


@pytest.mark.parametrize("code", sorted(REFUSED))
def test_the_database_refuses_what_the_rules_refuse_with_the_same_details(office, code):
    """Past the client's own check (a hand-made call), each rule is the database's too."""
    bad, _ = REFUSED[code]
    batch = [entry("deposit", "P2", ("project/P2", "area_m2", 1)), bad]
    before = journal_rows(office)
    with pytest.raises(psycopg2.Error) as err:
        record_as_county(office, [_row(e, "") for e in batch])
    got, reference = refused_with(err), refusal(batch, SETUP)
    assert got.code == reference.code == code
    if code == "duplicate_ref":  # when and by whom the database recorded P1
        (at, actor), = query(office["admin"], "SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS"
                                              "\"+00:00\"'), actor FROM landbalance.journal_entry WHERE ref = 'P1'")
        reference.details.update(at=at, actor=actor)
    assert got.details == reference.details
    assert journal_rows(office) == before


def test_a_book_whose_rules_were_never_registered(office):
    with pytest.raises(psycopg2.Error) as err:
        record_as_county(office, [_row(entry("grant", "G", (COUNTY, QUOTA, 1), book="mine"), "")], book="mine")
    assert refused_with(err).code == "book_not_registered" and err.value.pgcode == "55000"
    with PostgisJournal(office["county"]) as county:
        with pytest.raises(StoreError) as refused:
            county.record(BookRules("mine"), [entry("grant", "G", (COUNTY, QUOTA, 1), book="mine")])
        assert refused.value.code == "book_not_registered" and refused.value.details["book"] == "mine"
        looser = BookRules(BOOK, kinds=RULES.kinds)  # this client's rules guard nothing: the database's do
        with pytest.raises(StoreError) as refused:
            county.record(looser, [draw("D9", 10 ** 6)])
        assert refused.value.code == "book_rules_differ"
    with pytest.raises(psycopg2.Error) as err:  # nor can a call with the right book go around its rules
        record_as_county(office, [_row(draw("D9", 10 ** 6), "")])
    assert refused_with(err).code == "insufficient"


@pytest.mark.parametrize("isolation", ["REPEATABLE READ", "SERIALIZABLE"])
def test_an_old_snapshot_cannot_overdraw(office, isolation):
    """A session that took its snapshot before another technician drew would see the old balance:
    the function records only in READ COMMITTED, where it reads after the book's lock."""
    old = psycopg2.connect(**office["county"])
    old.set_session(isolation_level=isolation)
    try:
        with old.cursor() as cur:
            cur.execute("SELECT count(*) FROM landbalance.journal_entry")  # snapshot taken now: 1000 left
            with PostgisJournal(office["province"]) as province:
                province.record(RULES, [draw("D-first", 1000)])
            with pytest.raises(psycopg2.Error) as err:
                cur.execute(RECORD, (BOOK, json.dumps([_row(draw("D-stale", 1000), "")])))
            old.commit()
    finally:
        old.close()
    assert refused_with(err).code == "isolation"
    assert query(office["admin"], "SELECT count(*) FROM landbalance.journal_entry WHERE ref = 'D-stale'") == [(0,)]


def test_the_client_records_in_read_committed_whatever_the_login_defaults_to(office):
    query(office["admin"], f"ALTER ROLE {ATTACKER} SET default_transaction_isolation = 'serializable'")
    try:
        with PostgisJournal(office["county"]) as county:
            assert county.record(RULES, [draw("D-ok", 10)])[0].actor == ATTACKER
    finally:
        query(office["admin"], f"ALTER ROLE {ATTACKER} RESET default_transaction_isolation")


def test_trigger_functions_from_ones_own_temporary_table(office):
    triggers = [name for (name,) in query(
        office["admin"], "SELECT t.tgfoid::regproc::text FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                         "WHERE c.relname LIKE 'journal_%%' AND NOT t.tgisinternal")]
    assert "landbalance.append_only" in triggers
    for function in set(triggers):  # (journal_record takes arguments: no trigger can call it)
        with pytest.raises(psycopg2.Error, match="permission denied for function"):
            as_county(office, "CREATE TEMP TABLE mine (LIKE landbalance.journal_entry); "
                              f"CREATE TRIGGER t BEFORE INSERT ON mine FOR EACH ROW EXECUTE FUNCTION {function}()")
    for function in ("landbalance.refuse('insufficient', 'check_violation', 'x', '{}')",):
        with pytest.raises(psycopg2.Error, match="permission denied for function"):
            as_county(office, f"SELECT {function}")
