"""Checks on a file before an SQLite-based store opens it, so a bad file is named, never changed.

sqlite3 says "unable to open database file" for a missing or read-only folder, "file is not
a database" for a text file renamed .gpkg, and changes a file as soon as a connection
switches its journal mode. So, before any connection that can write:
- `check_store_file` looks at the folder and the file's first bytes (an .xlsx is a zip, a
  renamed text file has no SQLite header) and raises a StoreError naming the file;
- `read_only` opens an existing file read-only (SQLite's `mode=ro`), to look at its schema
  version before anything is written, so a store of a newer schema is refused untouched;
- `sqlite_failure` turns an sqlite3 error into a StoreError naming the file.
Shared by every store kept in a GeoPackage (the workflow store, and the ledgers).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from .base import StoreError

SQLITE_HEADER = b"SQLite format 3\x00"
GEOPACKAGE_APPLICATION_ID = 0x47504B47  # 'GPKG' (OGC 12-128r18 §1.1.1.1.1)
GEOPACKAGE_SUFFIX = ".gpkg"


def check_store_file(path: Path, create: bool) -> bool:
    """Raise StoreError if `path` cannot hold a store; True when it is an existing SQLite file.

    A missing file is a new store only when `create` is set, its name ends in .gpkg and its
    folder exists and is writable. An existing file must be an SQLite file; an empty file
    counts as a new store.
    """
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"status store {path} is a folder, not a GeoPackage file", "is_folder", path=str(path))
    header = _first_bytes(path) if path.exists() else b""
    if not header:  # no file, or an empty one: a new store
        if not create:
            raise StoreError(f"no status store at {path}", "missing", path=str(path))
        if path.suffix.lower() != GEOPACKAGE_SUFFIX:
            raise StoreError(f"status store {path}: a new store is a GeoPackage, its name ends in .gpkg",
                             "not_gpkg_name", path=str(path))
        check_folder_writable(path)
        return False
    if not header.startswith(SQLITE_HEADER):
        kind = file_kind(path, header)
        raise StoreError(f"status store {path} is not a GeoPackage (it is {FILE_KINDS[kind]})", "not_sqlite",
                         path=str(path), kind=kind)
    check_folder_writable(path)
    if not os.access(path, os.W_OK):
        raise StoreError(f"status store {path} is read-only", "file_not_writable", path=str(path))
    return True


def check_folder_writable(path: Path) -> None:
    """The folder must exist and be writable: SQLite writes its journal (-wal, -shm) beside the file."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise StoreError(f"status store {path}: the folder {folder} does not exist", "folder_missing",
                         path=str(path), folder=str(folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StoreError(f"status store {path}: the folder {folder} is not writable", "folder_not_writable",
                         path=str(path), folder=str(folder))


def _first_bytes(path: Path, count: int = 100) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(count)
    except OSError as err:
        raise StoreError(f"status store {path} cannot be read: {err.strerror}", "not_readable",
                         path=str(path), reason=err.strerror or "") from None


FILE_KINDS = {"xlsx": "an Excel workbook", "zip": "a zip archive or Office document",
              "ole": "an old Office document (.xls/.doc)", "binary": "binary data", "text": "a text file"}


def file_kind(path: Path, header: bytes) -> str:
    """What a file that is not SQLite looks like (a key of FILE_KINDS), for the message."""
    if header.startswith(b"PK\x03\x04"):
        return "xlsx" if path.suffix.lower() == ".xlsx" else "zip"
    if header.startswith(b"\xd0\xcf\x11\xe0"):
        return "ole"
    return "binary" if b"\x00" in header else "text"


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file (no journal-mode switch, no schema creation).

    A reader of a WAL file creates its -wal and -shm files and cannot remove them; when the
    file is in WAL mode with no -wal beside it, everything is in the file itself, so it is
    read as immutable and nothing appears beside it either."""
    path = Path(path)
    header = _first_bytes(path)
    wal_mode = len(header) > 19 and header[18] == 2 and header[19] == 2
    immutable = wal_mode and not Path(f"{path}-wal").exists()
    uri = f"file:{quote(str(path.resolve()))}?mode=ro" + ("&immutable=1" if immutable else "")
    try:
        return sqlite3.connect(uri, uri=True, timeout=60, check_same_thread=False)
    except sqlite3.Error as err:
        raise sqlite_failure(err, path) from None


def sqlite_failure(err: sqlite3.Error, path) -> StoreError:
    """An sqlite3 error as a StoreError naming the file (and the cause a technician can act on)."""
    text = str(err)
    lower = text.lower()
    if "locked" in lower or "busy" in lower:
        return StoreError(f"status store {path} is locked by another program: {text}", "locked", path=str(path))
    if "not a database" in lower or "malformed" in lower:
        return StoreError(f"status store {path} is damaged or not a GeoPackage: {text}", "damaged",
                          path=str(path))
    if "readonly" in lower or "read-only" in lower or "unable to open" in lower:
        return StoreError(f"status store {path} cannot be written: {text}", "file_not_writable", path=str(path))
    return StoreError(f"status store {path}: {text}", "sqlite", path=str(path), reason=text)
