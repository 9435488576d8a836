"""The GeoPackage status store (store/geopackage.py): transactions, log, schema, concurrency, kill.

Rules: ../shared/seeds/000_9e49406886a189a5.txt (the 8 forest-offset steps a parcel goes through).
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from osgeo import ogr
from store_helpers import check_log_agrees_with_status, forest_workflow

from land_balance.rules.workflow import TransitionError
from land_balance.store.base import SCHEMA_VERSION, Attachment, Request
from land_balance.store.geopackage import MIGRATIONS, SCHEMA_V1, GeoPackageStore

BUILD = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), ".build")
WF = forest_workflow()


def child(code: str, *args) -> subprocess.Popen:
    """A separate Python process using the store, as a second QGIS session would."""
    prelude = f"import sys; sys.path[:0] = [{BUILD!r}, {os.path.dirname(os.path.dirname(__file__))!r}]\n"
    return subprocess.Popen([sys.executable, "-c", prelude + textwrap.dedent(code), *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_parcels_life_with_a_back_step_and_attachments(tmp_path):
    photo = tmp_path / "举证照片.jpg"
    photo.write_bytes(b"\xff\xd8 field photo")
    with GeoPackageStore(tmp_path / "store.gpkg") as store:
        for step in ["apply", "verify", "notice"]:
            store.apply(WF, [Request("3607210001", step)], actor="li", today=dt.date(2025, 9, 26))
        notice = store.statuses(WF.programme)[0]
        assert notice.step == "notice" and notice.due == "2025-10-10"  # 5 working days over National Day
        store.apply(WF, [Request("3607210001", "confirm")], actor="li")
        store.apply(WF, [Request("3607210001", "verify", note="异议成立", attachments=(Attachment.of_file(photo),))],
                    actor="li")
        events = store.events("3607210001")
        assert [e.to_step for e in events] == ["apply", "verify", "notice", "confirm", "verify"]
        assert events[-1].kind == "back" and events[-1].note == "异议成立"
        name, path, sha = events[-1].attachments[0]
        assert name == "举证照片.jpg" and len(sha) == 64
        assert events[0].pack == "ganzhou_forest_offset@1.0.0"


def test_a_refused_parcel_refuses_the_whole_batch(tmp_path):
    with GeoPackageStore(tmp_path / "s.gpkg") as store:
        store.apply(WF, [Request("A", "apply"), Request("B", "apply")])
        with pytest.raises(TransitionError, match="parcel C"):
            store.apply(WF, [Request("A", "verify"), Request("C", "verify")])
        assert store.current_steps(WF.programme) == {"A": "apply", "B": "apply"}
        assert len(store.events()) == 2


def test_county_cannot_bank_and_the_log_is_append_only(tmp_path):
    with GeoPackageStore(tmp_path / "s.gpkg") as store:
        for step in WF.step_ids[:-1]:
            store.apply(WF, [Request("A", step)], level="county")
        with pytest.raises(TransitionError, match="province"):
            store.apply(WF, [Request("A", "bank")], level="county")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            store.db.execute("DELETE FROM lb_event")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            store.db.execute("UPDATE lb_event SET note = 'x'")


def test_sidecar_is_a_geopackage_ogr_reads(tmp_path):
    path = tmp_path / "project_workflow.gpkg"
    with GeoPackageStore(path) as store:
        store.apply(WF, [Request("A", "apply")])
    source = ogr.Open(str(path))
    layer = source.GetLayerByName("lb_status")
    assert layer is not None and layer.GetFeatureCount() == 1
    assert layer.GetNextFeature()["step"] == "apply"


def test_store_inside_the_parcels_own_geopackage(demo_county):
    import shutil

    out, _ = demo_county
    copy = out.parent / "own_store.gpkg"
    shutil.copy(out / "county.gpkg", copy)
    with GeoPackageStore(copy) as store:
        store.apply(WF, [Request("X", "apply")])
    source = ogr.Open(str(copy))
    assert source.GetLayerByName("DLTB").GetFeatureCount() > 0
    assert source.GetLayerByName("lb_status").GetFeatureCount() == 1


def test_a_version_1_store_is_migrated_not_rejected(tmp_path):
    path = tmp_path / "old.gpkg"
    db = sqlite3.connect(path)
    db.executescript(SCHEMA_V1)
    db.execute("INSERT INTO lb_meta VALUES ('schema_version', '1')")
    db.execute("INSERT INTO lb_event (parcel_id, programme, from_step, to_step, kind, actor, level, at, note, batch) "
               "VALUES ('A', ?, NULL, 'apply', 'start', 'wang', 'county', '2024-01-02T00:00:00Z', '', 'b1')",
               (WF.programme,))
    db.execute("INSERT INTO lb_status (parcel_id, programme, step, since, due, last_event) "
               "VALUES ('A', ?, 'apply', '2024-01-02', NULL, 1)", (WF.programme,))
    db.commit()
    db.close()
    assert max(MIGRATIONS) == SCHEMA_VERSION
    with GeoPackageStore(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        store.apply(WF, [Request("A", "verify", assignee="zhao")])
        status = store.statuses(WF.programme)[0]
        assert (status.step, status.assignee) == ("verify", "zhao")
        assert [e.actor for e in store.events("A")][0] == "wang"


def test_a_newer_store_is_refused_clearly(tmp_path):
    from land_balance.store.base import StoreError

    path = tmp_path / "new.gpkg"
    GeoPackageStore(path).close()
    db = sqlite3.connect(path)
    db.execute("UPDATE lb_meta SET value = '99'")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="schema version 99"):
        GeoPackageStore(path)


WALKER = """
from store_helpers import walk_parcels
from land_balance.store.geopackage import GeoPackageStore
store = GeoPackageStore(sys.argv[1])
print(walk_parcels(store, sys.argv[2], 125, sys.argv[2]))
"""


def test_two_processes_writing_at_once(tmp_path):
    path = tmp_path / "shared.gpkg"
    GeoPackageStore(path).close()
    writers = [child(WALKER, path, name) for name in ("east", "west")]
    outputs = [w.communicate() for w in writers]
    for writer, (out, err) in zip(writers, outputs):
        assert writer.returncode == 0, err
        assert out.strip() == "1000"
    with GeoPackageStore(path) as store:
        events = store.events(programme=WF.programme)
        assert len(events) == 2000
        assert {e.actor for e in events} == {"east", "west"}
        check_log_agrees_with_status(store, WF.programme)
        assert set(store.current_steps(WF.programme).values()) == {"bank"}


BATCH = """
from land_balance.store.base import Request
from store_helpers import forest_workflow
from land_balance.store.geopackage import GeoPackageStore
wf = forest_workflow()
store = GeoPackageStore(sys.argv[1])
def progress(done, total):
    if done == 5000:
        print("half", flush=True)
        import time; time.sleep(60)
store.apply(wf, [Request(f"P{i:05d}", "verify") for i in range(10000)], progress=progress)
print("committed", flush=True)
"""


def test_sigkill_in_the_middle_of_a_10000_parcel_batch(tmp_path):
    path = tmp_path / "killed.gpkg"
    with GeoPackageStore(path) as store:
        store.apply(forest_workflow(), [Request(f"P{i:05d}", "apply") for i in range(10000)])
    batch = child(BATCH, path)
    assert batch.stdout.readline().strip() == "half"  # 5 000 rows written, not committed
    os.kill(batch.pid, signal.SIGKILL)
    batch.wait()
    with GeoPackageStore(path) as store:
        steps = store.current_steps(WF.programme)
        assert len(steps) == 10000 and set(steps.values()) == {"apply"}  # as before the batch
        assert len(store.events()) == 10000
        check_log_agrees_with_status(store, WF.programme)
        # and the store still works after the crash
        store.apply(WF, [Request(f"P{i:05d}", "verify") for i in range(10000)])
        assert set(store.current_steps(WF.programme).values()) == {"verify"}


AFTER = """
import time
from land_balance.store.base import Request
from store_helpers import forest_workflow
from land_balance.store.geopackage import GeoPackageStore
store = GeoPackageStore(sys.argv[1])
store.apply(forest_workflow(), [Request(f"P{i:05d}", "verify") for i in range(10000)])
print("committed", flush=True)
time.sleep(60)
"""


def test_sigkill_right_after_the_commit_keeps_the_whole_batch(tmp_path):
    path = tmp_path / "after.gpkg"
    with GeoPackageStore(path) as store:
        store.apply(forest_workflow(), [Request(f"P{i:05d}", "apply") for i in range(10000)])
    batch = child(AFTER, path)
    assert batch.stdout.readline().strip() == "committed"
    os.kill(batch.pid, signal.SIGKILL)  # its connection is still open, WAL not checkpointed
    batch.wait()
    with GeoPackageStore(path) as store:
        assert set(store.current_steps(WF.programme).values()) == {"verify"}
        assert len(store.events()) == 20000
        check_log_agrees_with_status(store, WF.programme)
