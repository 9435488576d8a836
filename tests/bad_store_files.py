"""Bad status-store files a county technician hands over, made deterministically, and a check
that a refused file is left byte for byte as it was (shared by the store and setstatus tests)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from osgeo import ogr

from land_balance.store.base import SCHEMA_VERSION
from land_balance.store.geopackage import GeoPackageStore


def text_renamed_gpkg(folder: Path) -> Path:
    path = folder / "状态库.gpkg"
    path.write_text("地块编号,环节\n3607210001,申请\n", encoding="utf-8")
    return path


def xlsx_workbook(folder: Path) -> Path:
    """A real .xlsx (OGR's XLSX driver), as a technician might pick the report instead of the store."""
    path = folder / "status.xlsx"
    source = ogr.GetDriverByName("XLSX").CreateDataSource(str(path))
    layer = source.CreateLayer("status_by_step", geom_type=ogr.wkbNone)
    layer.CreateField(ogr.FieldDefn("STEP", ogr.OFTString))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature["STEP"] = "apply"
    layer.CreateFeature(feature)
    source = None  # written on close
    return path


def newer_store_in_rollback_journal_mode(folder: Path) -> Path:
    """A store a newer plugin wrote, in SQLite's rollback-journal mode (DELETE), not WAL."""
    path = folder / "newer.gpkg"
    GeoPackageStore(path).close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode = DELETE")
    db.execute("UPDATE lb_meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    db.commit()
    db.close()
    assert path.read_bytes()[18:20] == b"\x01\x01"  # rollback journal: file format 1
    return path


def other_sqlite_database(folder: Path) -> Path:
    path = folder / "other_app.gpkg"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE settings (key TEXT, value TEXT)")
    db.commit()
    db.close()
    return path


def damaged_sqlite(folder: Path) -> Path:
    path = folder / "damaged.gpkg"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 20)
    return path


def snapshot(path: Path) -> tuple:
    """The file's bytes (None if absent) and the names in its folder: what must not change."""
    folder = path.parent
    return (path.read_bytes() if path.is_file() else None,
            sorted(p.name for p in folder.iterdir()) if folder.is_dir() else None)
