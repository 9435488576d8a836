"""The GeoPackage store and its file: bad files refused with a message naming them and left
byte for byte as they were (issue 10 §9), a sidecar OGR reads, a store inside the parcels' own
GeoPackage, and a version-1 store migrated.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from bad_store_files import (
    damaged_sqlite, newer_store_in_rollback_journal_mode, other_sqlite_database, snapshot, text_renamed_gpkg,
    xlsx_workbook,
)
from osgeo import ogr
from store_helpers import advance, forest_workflow

from land_balance.store.base import SCHEMA_VERSION, StoreError
from land_balance.store.geopackage import MIGRATIONS, SCHEMA_V1, GeoPackageStore

WF = forest_workflow()


def refused(path, code: str, create: bool = True) -> StoreError:
    """Open `path`; it must be refused with `code`, naming the file, the file and folder unchanged."""
    before = snapshot(Path(path))
    with pytest.raises(StoreError) as err:
        GeoPackageStore(path, create=create)
    assert err.value.code == code, err.value
    assert str(path) in str(err.value) and err.value.details["path"] == str(path)
    assert snapshot(Path(path)) == before
    return err.value


def test_a_store_in_a_folder_that_does_not_exist(tmp_path):
    err = refused(tmp_path / "没有的文件夹" / "workflow.gpkg", "folder_missing")
    assert err.details["folder"] == str(tmp_path / "没有的文件夹")
    assert not (tmp_path / "没有的文件夹").exists()


def test_a_text_file_renamed_gpkg(tmp_path):
    assert refused(text_renamed_gpkg(tmp_path), "not_sqlite").details["kind"] == "text"


def test_an_xlsx_given_as_the_store(tmp_path):
    assert refused(xlsx_workbook(tmp_path), "not_sqlite").details["kind"] == "xlsx"
    refused(tmp_path / "new_status.xlsx", "not_gpkg_name")  # nor is a new store made under that name
    (tmp_path / "empty.xlsx").write_bytes(b"")
    refused(tmp_path / "empty.xlsx", "not_gpkg_name")


def test_a_newer_store_in_rollback_journal_mode_stays_byte_for_byte(tmp_path):
    path = newer_store_in_rollback_journal_mode(tmp_path)
    err = refused(path, "newer_schema")
    assert (err.details["version"], err.details["known"]) == (SCHEMA_VERSION + 1, SCHEMA_VERSION)
    assert path.read_bytes()[18:20] == b"\x01\x01"  # not switched to WAL


@pytest.mark.parametrize("make, code", [(other_sqlite_database, "not_geopackage"), (damaged_sqlite, "damaged")])
def test_an_sqlite_file_that_is_no_store(tmp_path, make, code):
    refused(make(tmp_path), code)


def test_a_folder_given_as_the_store_and_a_missing_store_when_reading(tmp_path):
    refused(tmp_path, "is_folder")
    refused(tmp_path / "absent.gpkg", "missing", create=False)


def _open_as_nobody(path: str, answers) -> None:
    os.setgid(65534)
    os.setuid(65534)
    try:
        GeoPackageStore(path)
        answers.put(("opened", "", ""))
    except StoreError as err:
        answers.put((err.code, str(err), err.details.get("folder", "")))


def open_without_write_access(path: Path) -> tuple:
    """(code, message, folder) of opening `path` as a user who may not write its folder."""
    if os.geteuid() != 0:
        try:
            GeoPackageStore(path)
        except StoreError as err:
            return err.code, str(err), err.details.get("folder", "")
        return "opened", "", ""
    context = multiprocessing.get_context("fork")  # root writes anywhere: ask as 'nobody'
    answers = context.Queue()
    process = context.Process(target=_open_as_nobody, args=(str(path), answers))
    process.start()
    process.join()
    return answers.get(timeout=60)


@pytest.fixture()
def read_only_folder():
    base = Path(tempfile.mkdtemp(prefix="lb-ro-"))  # not under pytest's 0700 folder: 'nobody' must reach it
    base.chmod(0o755)
    folder = base / "只读"
    folder.mkdir()
    GeoPackageStore(folder / "existing.gpkg").close()
    folder.chmod(0o555)
    yield folder
    folder.chmod(0o755)
    shutil.rmtree(base)


@pytest.mark.parametrize("name", ["new.gpkg", "existing.gpkg"])
def test_a_store_in_a_folder_that_is_not_writable(read_only_folder, name):
    path = read_only_folder / name
    before = snapshot(path)
    code, message, folder = open_without_write_access(path)
    assert (code, folder) == ("folder_not_writable", str(read_only_folder)) and str(path) in message
    assert snapshot(path) == before


def test_sidecar_is_a_geopackage_ogr_reads(tmp_path):
    path = tmp_path / "project_workflow.gpkg"
    with GeoPackageStore(path) as store:
        store.apply(WF, [advance("A", "apply")])
    source = ogr.Open(str(path))
    layer = source.GetLayerByName("lb_status")
    assert layer is not None and layer.GetFeatureCount() == 1
    assert layer.GetNextFeature()["step"] == "apply"


def test_store_inside_the_parcels_own_geopackage(demo_county):
    out, _ = demo_county
    copy = out.parent / "own_store.gpkg"
    shutil.copy(out / "county.gpkg", copy)
    with GeoPackageStore(copy) as store:
        store.apply(WF, [advance("X", "apply")])
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
        store.apply(WF, [advance("A", "verify", assignee="zhao")])
        status = store.statuses(WF.programme)[0]
        assert (status.step, status.assignee) == ("verify", "zhao")
        assert [e.actor for e in store.events("A")][0] == "wang"


def test_the_files_own_triggers_refuse_a_blank_parcel_id_or_reason(tmp_path):
    """Version 3: the same visible-character rule in the file, for SQL written by hand."""
    path = tmp_path / "s.gpkg"
    GeoPackageStore(path).close()
    db = sqlite3.connect(path)
    insert = ("INSERT INTO lb_event (parcel_id, programme, from_step, to_step, kind, actor, level, at, note, batch) "
              "VALUES (?, 'p', NULL, 'apply', ?, 'x', 'county', 'now', ?, 'b')")
    for parcel_id, kind, note in (("\u3000\t", "start", ""), ("P", "back", " \u200b\u3000\t")):
        with pytest.raises(sqlite3.IntegrityError, match="visible character"):
            db.execute(insert, (parcel_id, kind, note))
    db.execute(insert, ("P", "back", "\u3000异议成立"))
    db.close()
