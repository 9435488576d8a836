"""The PostgreSQL/PostGIS status store: roles and checks in the database, four writers, kill.

Rules: ../shared/seeds/000_9e49406886a189a5.txt (the forest-offset steps; 入库 is the province's),
../shared/seeds/004_7872a60e71286313.txt (county, city and province levels of acceptance).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import psycopg2
import pytest
from conftest import make_login
from store_helpers import check_log_agrees_with_status, forest_workflow

from land_balance.rules.workflow import TransitionError
from land_balance.store.base import Attachment, Request, StoreError
from land_balance.store.postgis import PostgisStore

WF = forest_workflow()
TESTS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(os.path.dirname(TESTS), ".build")


@pytest.fixture()
def office(pg_database):
    """The store with the forest-offset steps registered and three technicians."""
    with PostgisStore(pg_database) as admin:
        admin.register_workflow(WF)
    return {
        "admin": pg_database,
        "county": make_login(pg_database, "tech_county", "county"),
        "city": make_login(pg_database, "tech_city", "city"),
        "province": make_login(pg_database, "tech_province", "province"),
        "nobody": make_login(pg_database, "tech_nobody", None),
    }


def test_a_parcels_life_recorded_by_each_level(office):
    with PostgisStore(office["county"]) as county:
        for step in WF.step_ids[:7]:
            county.apply(WF, [Request("360721000123", step)])
        with pytest.raises(TransitionError, match="province"):
            county.apply(WF, [Request("360721000123", "bank")])
    with PostgisStore(office["province"]) as province:
        province.apply(WF, [Request("360721000123", "bank")])
        events = province.events("360721000123")
    assert [e.to_step for e in events] == WF.step_ids
    assert [e.actor for e in events] == ["tech_county"] * 7 + ["tech_province"]
    assert events[-1].level == "province"


def test_back_with_reason_and_attachment(office, tmp_path):
    photo = tmp_path / "举证照片.jpg"
    photo.write_bytes(b"\xff\xd8 photo")
    with PostgisStore(office["county"]) as county:
        for step in WF.step_ids[:6]:
            county.apply(WF, [Request("P1", step)])
        with pytest.raises(TransitionError, match="reason"):
            county.apply(WF, [Request("P1", "afforest")])
        county.apply(WF, [Request("P1", "afforest", note="验收不合格", attachments=(Attachment.of_file(photo),))])
        last = county.events("P1")[-1]
    assert (last.kind, last.note, last.attachments[0][0]) == ("back", "验收不合格", "举证照片.jpg")


def test_the_database_itself_refuses_what_the_rules_forbid(office):
    """Bypassing the client: plain SQL as a county technician."""
    with PostgisStore(office["county"]) as county:
        for step in WF.step_ids[:7]:
            county.apply(WF, [Request("P2", step)])
    db = psycopg2.connect(**office["county"])
    insert = ("INSERT INTO landbalance.event (parcel_id, programme, from_step, to_step, batch, since) "
              "VALUES (%s, %s, %s, %s, 'b', current_date)")
    cases = [
        (insert, ("P2", WF.programme, "change", "bank"), "has no province role"),    # a province step
        (insert, ("P3", WF.programme, None, "notice"), "starts at its first step"),  # skipping in
        (insert, ("P2", WF.programme, "change", "apply"), "not allowed"),            # going back unlisted
        ("UPDATE landbalance.status SET step = 'bank'", (), "permission denied"),
        ("DELETE FROM landbalance.event", (), "permission denied"),
        ("UPDATE landbalance.event SET note = 'x'", (), "permission denied"),
    ]
    for sql, args, message in cases:
        with pytest.raises(psycopg2.Error, match=message), db, db.cursor() as cur:
            cur.execute(sql, args)
    db.close()
    with PostgisStore(office["county"]) as county:
        assert county.current_steps(WF.programme) == {"P2": "change"}
    admin = psycopg2.connect(**office["admin"])  # append-only even for the owner
    with pytest.raises(psycopg2.Error, match="append-only"), admin, admin.cursor() as cur:
        cur.execute("DELETE FROM landbalance.event")
    admin.close()


def test_a_user_without_a_level_role_records_nothing(office):
    with pytest.raises(StoreError, match="lb_county"):
        PostgisStore(office["nobody"])
    with pytest.raises(psycopg2.Error, match="permission denied"):
        db = psycopg2.connect(**office["nobody"])
        with db, db.cursor() as cur:
            cur.execute("INSERT INTO landbalance.event (parcel_id, programme, to_step, batch, since) "
                        "VALUES ('P9', %s, 'apply', 'b', current_date)", (WF.programme,))


def test_ids_are_data_not_sql(office):
    nasty = "1'); DROP TABLE landbalance.event; --"
    with PostgisStore(office["county"]) as county:
        county.apply(WF, [Request(nasty, "apply", note="'; DELETE FROM landbalance.status; --")])
        assert county.current_steps(WF.programme) == {nasty: "apply"}
        assert county.events(nasty)[0].note.startswith("';")


def child(code: str, *args) -> subprocess.Popen:
    prelude = f"import sys; sys.path[:0] = [{BUILD!r}, {TESTS!r}]\n"
    return subprocess.Popen([sys.executable, "-c", prelude + textwrap.dedent(code), *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


WALKER = """
import json
from store_helpers import walk_parcels
from land_balance.store.postgis import PostgisStore
store = PostgisStore(json.loads(sys.argv[1]))
print(walk_parcels(store, sys.argv[2], 125, sys.argv[2]))
"""


def test_four_writers_at_once(office):
    import json

    logins = [make_login(office["admin"], f"writer{i}", "province") for i in range(4)]
    writers = [child(WALKER, json.dumps(params), f"w{i}-") for i, params in enumerate(logins)]
    for writer in writers:
        out, err = writer.communicate()
        assert writer.returncode == 0, err
        assert out.strip() == "1000"
    with PostgisStore(office["admin"]) as store:
        events = store.events(programme=WF.programme)
        assert len(events) == 4000
        assert {e.actor for e in events} == {f"writer{i}" for i in range(4)}
        check_log_agrees_with_status(store, WF.programme)
        assert set(store.current_steps(WF.programme).values()) == {"bank"}


WRITERS_SAME_PARCELS = """
import json
from land_balance.store.base import Request
from land_balance.rules.workflow import TransitionError
from land_balance.store.postgis import PostgisStore
from store_helpers import forest_workflow
wf = forest_workflow()
store = PostgisStore(json.loads(sys.argv[1]))
done = refused = 0
for step in wf.step_ids[1:]:
    for i in range(50):
        try:
            store.apply(wf, [Request(f"S{i:03d}", step)])
            done += 1
        except TransitionError:
            refused += 1  # another writer moved it first: the database said so
print(done)
"""


def test_writers_racing_on_the_same_parcels_never_double_record(office):
    import json

    with PostgisStore(office["county"]) as county:
        county.apply(WF, [Request(f"S{i:03d}", "apply") for i in range(50)])
    logins = [make_login(office["admin"], f"racer{i}", "province") for i in range(4)]
    racers = [child(WRITERS_SAME_PARCELS, json.dumps(params)) for params in logins]
    done = 0
    for racer in racers:
        out, err = racer.communicate()
        assert racer.returncode == 0, err
        done += int(out.strip())
    with PostgisStore(office["admin"]) as store:
        check_log_agrees_with_status(store, WF.programme)
        assert len(store.events(programme=WF.programme)) == 50 + done


BATCH = """
import json
from land_balance.store.base import Request
from land_balance.store.postgis import PostgisStore
from store_helpers import forest_workflow
wf = forest_workflow()
store = PostgisStore(json.loads(sys.argv[1]))
def progress(done, total):
    if done == 5000:
        print("half", flush=True)
        import time; time.sleep(60)
store.apply(wf, [Request(f"K{i:05d}", "verify") for i in range(10000)], progress=progress)
"""


def test_sigkill_in_the_middle_of_a_10000_parcel_batch(office):
    import json

    with PostgisStore(office["county"]) as county:
        county.apply(WF, [Request(f"K{i:05d}", "apply") for i in range(10000)])
    batch = child(BATCH, json.dumps(office["county"]))
    assert batch.stdout.readline().strip() == "half"
    os.kill(batch.pid, signal.SIGKILL)
    batch.wait()
    with PostgisStore(office["county"]) as store:
        for _ in range(50):  # the server notices the dead client and rolls its transaction back
            steps = store.current_steps(WF.programme)
            if set(steps.values()) == {"apply"}:
                break
        assert len(steps) == 10000 and set(steps.values()) == {"apply"}
        assert len(store.events(programme=WF.programme)) == 10000
        check_log_agrees_with_status(store, WF.programme)
        store.apply(WF, [Request(f"K{i:05d}", "verify") for i in range(10000)])
        assert set(store.current_steps(WF.programme).values()) == {"verify"}
