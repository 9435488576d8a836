"""The ledger journal contract: what MemoryJournal (the reference, rules/journal.py), the
GeoPackage journal and the PostgreSQL journal all do, tested by the same functions on each
(tests/store/conftest.py's `ledger`; tests not meaningful for a back end — processes for the
memory journal, files for PostgreSQL — say so and are skipped).

Rules: ../shared/seeds/000_9e49406886a189a5.txt (reserve bank: a parcel banked once, the quota
used no more than granted, banking into the province bank is the province's),
004_7872a60e71286313.txt (indicator bank: a draw-down larger than the balance is refused).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sqlite3

import pytest
from bad_store_files import damaged_sqlite, other_sqlite_database, snapshot, text_renamed_gpkg, xlsx_workbook
from journal_offices import (
    AREA, BOOK, COUNTY, OTHER, QUOTA, REFUSED, RULES, SETUP, draw, entry, fill_pots, grant, only, refusal,
    run_draw_race, tally_draw_race, without_stamps,
)
from store_helpers import child

from land_balance.rules.journal import JournalError, balances
from land_balance.store.base import StoreError
from land_balance.store.geopackage import GeoPackageStore
from land_balance.store.journal_geopackage import JOURNAL_SCHEMA_VERSION, GeoPackageJournal


def test_entries_are_read_back_as_recorded_in_order(ledger):
    first = [grant(50000, "2023", year=2023),
             entry("deposit", "360721-0001", ("project/360721-0001", AREA, 1234567), year=2023,
                   note="矿山修复后造林", 图斑号=1, 地类={"前": "0602", "后": "0301"}, 坐标=[3.1, 38.5])]
    second = [draw("林审字〔2024〕7号", 20000), entry("grant", "2024", (COUNTY, QUOTA, 100), (COUNTY, AREA, 7))]
    with ledger.desk("li") as li:
        recorded = li.record(first)
        recorded += li.record(second)
        other = li.record([entry("grant", "X", ("a", "b", 1), book="other")], rules=OTHER)
        read = li.entries(BOOK)
        assert [without_stamps(e) for e in read] == first + second  # attributes, postings, order
        assert read == recorded
        assert li.entries(BOOK, kind="grant") == [recorded[0], recorded[3]]
        assert li.entries(BOOK, ref="360721-0001") == [recorded[1]]
        assert li.entries("other") == other and li.entries("nothing") == []
    ids = [e.id for e in recorded]
    assert ids == sorted(ids) and len(set(ids)) == 4
    assert {e.actor for e in recorded} == {li.actor} and {e.level for e in recorded} == {"county"}
    assert len({e.batch for e in recorded[:2]}) == 1 and recorded[1].batch != recorded[2].batch
    assert {e.pack for e in recorded} == {"test@1"} and recorded[2].at >= recorded[0].at
    when = dt.datetime.fromisoformat(recorded[0].at)
    assert when.utcoffset() == dt.timedelta(0) and abs(dt.datetime.now(dt.timezone.utc) - when) < dt.timedelta(hours=1)


def test_balances_by_year_are_derived_from_the_entries(ledger):
    with ledger.desk() as li:
        li.record([grant(50000, "2023", year=2023), draw("A", 30000, year=2024)])
        li.record([grant(40000, "2024", year=2024), draw("B", 5000, year=2025)])
        assert li.balances(BOOK) == {(COUNTY, QUOTA): 55000, ("used/A", QUOTA): 30000, ("used/B", QUOTA): 5000}
        assert li.balances(BOOK, 2023) == {(COUNTY, QUOTA): 50000}
        assert li.balances(BOOK, 2024) == {(COUNTY, QUOTA): 60000, ("used/A", QUOTA): 30000}
        assert li.balances(BOOK, 2024, through=False) == {(COUNTY, QUOTA): 10000, ("used/A", QUOTA): 30000}
        assert li.balances(BOOK) == balances(li.entries(BOOK))


@pytest.mark.parametrize("code", sorted(REFUSED))
def test_each_refusal_says_why_and_records_nothing(ledger, code):
    bad, expected = REFUSED[code]
    with ledger.desk("li") as li:
        li.record(SETUP[:1])
        li.record(SETUP[1:])
        before = li.entries(BOOK)
        with pytest.raises(JournalError) as err:
            li.record([entry("deposit", "P2", ("project/P2", AREA, 1)), bad])  # a good entry first
        assert li.entries(BOOK) == before and li.balances(BOOK) == balances(before)
    assert err.value.code == code
    assert {k: err.value.details[k] for k in expected} == expected
    reference = refusal([entry("deposit", "P2", ("project/P2", AREA, 1)), bad], SETUP)
    assert (err.value.code, err.value.details.keys()) == (reference.code, reference.details.keys())
    if code == "duplicate_ref":  # when and by whom the parcel was banked
        assert (err.value.details["at"], err.value.details["actor"]) == (before[1].at, li.actor)


def test_a_reference_is_unique_across_batches_and_within_one(ledger):
    with ledger.desk("li") as li, ledger.desk("wang") as wang:
        banked = li.record([entry("deposit", "P1", ("project/P1", AREA, 5), year=2023)])[0]
        with pytest.raises(JournalError) as err:
            wang.record([entry("deposit", "P1", ("project/P1", AREA, 5), year=2025)])
        d = err.value.details
        assert (d["ref"], d["year"], d["at"], d["actor"]) == ("P1", 2023, banked.at, li.actor)
        with pytest.raises(JournalError) as err:
            wang.record([entry("deposit", "P2", ("project/P2", AREA, 1))] * 2)
        assert err.value.code == "duplicate_ref" and (err.value.details["at"], err.value.details["actor"]) == ("", "")
        wang.record([entry("draw", "P1", ("project/P1", AREA, -5))])  # another kind may name it again
        assert [e.kind for e in wang.entries(BOOK, ref="P1")] == ["deposit", "draw"]


def test_kinds_are_recorded_by_their_level(ledger):
    province_entry = entry("deposit_province", "P1", ("province", AREA, 5))
    for level in ("county", "city"):
        with ledger.desk("li", level) as desk, pytest.raises(JournalError) as err:
            desk.record([province_entry])
        assert err.value.details == {"kind": "deposit_province", "level": "province", "actor_level": level}
    with ledger.desk("zhou", "province") as zhou:
        recorded = zhou.record([province_entry, grant(100)])  # and every county kind
        assert [e.level for e in recorded] == ["province", "province"] and len(zhou.entries(BOOK)) == 2


@pytest.mark.parametrize("pots, rounds, each", [(1, 20, 5000), (25, 1, 200)], ids=["one balance", "25 balances"])
def test_racing_processes_draw_exactly_the_balance(ledger, pots, rounds, each):
    """Four technicians draw 1.00 (hundredths) at once: from one balance of 50.00, twenty times each
    — 50 draws succeed, 30 are refused —, and from 25 balances of 2.00, once each in turn, so that
    all four reach the end of every balance together — 50 succeed, 50 are refused. Every refusal
    says 1.00 is missing; every balance ends at exactly zero."""
    only(ledger, "geopackage", "postgis")
    with ledger.desk("admin", "province") as admin:
        fill_pots(admin, pots, each)
    results = run_draw_race(ledger, writers=4, pots=pots, rounds=rounds, amount=100)
    with ledger.desk("admin", "province") as admin:
        tally = tally_draw_race(admin, results, pots, each, amount=100)
    print(ledger.backend, tally)
    assert not tally["problems"], tally["problems"]
    assert (tally["found"], tally["drawn"], tally["left"], tally["refused"]) == (50, 5000, 0, 4 * pots * rounds - 50)


KILLED = """
import json, time
from journal_offices import draw, open_journal_desk
desk = open_journal_desk(json.loads(sys.argv[1]))
moment = sys.argv[2]
def progress(done, total):
    if moment == "half" and done == 1000 and total == 2000:  # 1 000 entries written, not committed
        print("half", flush=True)
        time.sleep(120)
desk.record([draw(f"K{i:04d}", 1) for i in range(2000)], progress=progress)
print("committed", flush=True)  # its connection still open (GeoPackage: WAL not checkpointed)
time.sleep(120)
"""


@pytest.mark.parametrize("moment", ["half", "committed"])
def test_sigkill_leaves_the_book_as_before_or_after_the_batch(ledger, moment):
    only(ledger, "geopackage", "postgis")
    with ledger.desk() as li:
        li.record([grant(5000)])
        before = li.entries(BOOK)
    batch = child(KILLED, json.dumps(ledger.spec("li", "county")), moment)
    assert batch.stdout.readline().strip() == moment, batch.stderr.read()
    os.kill(batch.pid, signal.SIGKILL)
    batch.wait()
    with ledger.desk() as li:
        for _ in range(50):  # PostgreSQL notices the dead client and rolls its transaction back
            after = li.entries(BOOK)
            if len(after) in (1, 2001):
                break
        if moment == "half":
            assert after == before and li.balances(BOOK) == {(COUNTY, QUOTA): 5000}
        else:
            assert len(after) == 2001 and li.balances(BOOK)[(COUNTY, QUOTA)] == 3000
        li.record([draw("after", 1)])  # and the journal still works
        assert len(li.entries(BOOK)) == len(after) + 1


def test_the_journal_is_append_only(ledger):
    only(ledger, "geopackage", "postgis")
    with ledger.desk("li") as li:
        li.record(SETUP)
        before = li.entries(BOOK)
    for user in ("li", "admin"):  # the technician's login, and even the owner
        entry_table, posting_table = ledger.table("journal_entry"), ledger.table("journal_posting")
        for sql in (f"UPDATE {entry_table} SET note = 'x'", f"DELETE FROM {entry_table}",
                    f"UPDATE {posting_table} SET amount = 999999", f"DELETE FROM {posting_table}"):
            with pytest.raises(Exception, match="append-only|permission denied"):
                ledger.execute(user, sql)
    with ledger.desk("li") as li:
        assert li.entries(BOOK) == before


def test_a_journal_of_a_newer_schema_is_refused_and_left_unchanged(ledger):
    only(ledger, "geopackage", "postgis")
    with ledger.desk() as li:
        li.record(SETUP)
    ledger.set_schema_version(JOURNAL_SCHEMA_VERSION + 1)
    before = ledger.fingerprint()
    with pytest.raises(StoreError) as err:
        ledger.desk()
    assert err.value.code == "newer_schema"
    assert (err.value.details["version"], err.value.details["key"]) == (JOURNAL_SCHEMA_VERSION + 1,
                                                                        "journal_schema_version")
    assert ledger.fingerprint() == before


@pytest.mark.parametrize("make, code", [(text_renamed_gpkg, "not_sqlite"), (xlsx_workbook, "not_sqlite"),
                                        (other_sqlite_database, "not_geopackage"), (damaged_sqlite, "damaged")])
def test_a_bad_file_is_refused_by_name_and_left_byte_for_byte(ledger, tmp_path, make, code):
    only(ledger, "geopackage")
    path = make(tmp_path)
    before = snapshot(path)
    with pytest.raises(StoreError) as err:
        GeoPackageJournal(path)
    assert err.value.code == code and err.value.details["path"] == str(path) and str(path) in str(err.value)
    assert snapshot(path) == before


def test_missing_places_are_named(ledger, tmp_path):
    only(ledger, "geopackage")
    for path, create, code in ((tmp_path / "没有" / "j.gpkg", True, "folder_missing"), (tmp_path, True, "is_folder"),
                               (tmp_path / "absent.gpkg", False, "missing"),
                               (tmp_path / "j.xlsx", True, "not_gpkg_name")):
        with pytest.raises(StoreError) as err:
            GeoPackageJournal(path, create=create)
        assert err.value.code == code, path
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_the_journal_shares_the_workflow_stores_geopackage_with_its_own_version(ledger, tmp_path):
    only(ledger, "geopackage")
    from osgeo import ogr

    from land_balance.store.base import SCHEMA_VERSION

    status_first, journal_first = tmp_path / "status_first.gpkg", tmp_path / "journal_first.gpkg"
    GeoPackageStore(status_first).close()
    GeoPackageJournal(journal_first).close()
    for path in (status_first, journal_first):
        with GeoPackageJournal(path) as journal:
            journal.record(RULES, SETUP)
        with GeoPackageStore(path) as store:
            assert store.schema_version() == SCHEMA_VERSION
        with sqlite3.connect(path) as db:
            assert dict(db.execute("SELECT key, value FROM lb_meta")) == {
                "schema_version": str(SCHEMA_VERSION), "journal_schema_version": str(JOURNAL_SCHEMA_VERSION)}
            assert db.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
        source = ogr.Open(str(path))  # QGIS opens the tables (attributes tables of gpkg_contents)
        assert source.GetLayerByName("lb_journal_entry").GetFeatureCount() == 2
        assert source.GetLayerByName("lb_journal_posting").GetFeatureCount() == 2
        assert source.GetLayerByName("lb_status") is not None
        source = None


def test_a_journal_inside_the_parcels_own_geopackage(ledger, demo_county):
    only(ledger, "geopackage")
    import shutil

    from osgeo import ogr

    out, _ = demo_county
    copy = ledger.path.parent / "county_with_ledger.gpkg"
    shutil.copy(out / "county.gpkg", copy)
    with GeoPackageJournal(copy) as journal:
        journal.record(RULES, SETUP)
    source = ogr.Open(str(copy))
    assert source.GetLayerByName("DLTB").GetFeatureCount() > 0
    assert source.GetLayerByName("lb_journal_entry").GetFeatureCount() == 2


def test_the_files_own_triggers_refuse_a_blank_reference_and_a_fractional_amount(ledger):
    only(ledger, "geopackage")
    GeoPackageJournal(ledger.path).close()
    insert = ("INSERT INTO lb_journal_entry (book, kind, year, ref, actor, level, at, batch) "
              "VALUES ('b', 'grant', 2024, ?, 'x', 'county', 'now', 'b')")
    with pytest.raises(sqlite3.IntegrityError, match="visible character"):
        ledger.execute("li", insert, ("\u3000\t\u200b",))
    ledger.execute("li", insert, ("G1",))
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        ledger.execute("li", "INSERT INTO lb_journal_posting (entry_id, account, indicator, amount) "
                             "VALUES (1, 'county', 'q', 1.5)")
