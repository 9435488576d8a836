"""Embedded status store: tables inside a GeoPackage (the parcels' own file or a sidecar).

sqlite3 in WAL mode with a long busy timeout and retries, so two QGIS sessions (or a
Processing run and the dock) can write the same file; each batch is one IMMEDIATE
transaction, so a killed process leaves the store as it was before the batch or after it,
and two writers racing on a parcel are served one after the other: the second sees that
the parcel has moved and is refused, naming who moved it. The event log is append-only
(triggers refuse UPDATE and DELETE). lb_status is registered in gpkg_contents as an
attributes table, so QGIS can load and join it to the parcels. A GeoPackage has no users:
the recording level is checked here, not by the database.

A file is looked at before it is opened for writing (store/sqlite_file.py): a missing or
read-only folder, a file that is not SQLite (a renamed text file, an .xlsx) or a store of a
newer schema is refused with a message naming it, and left byte for byte as it was.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from ..rules.calendar import WorkingCalendar
from ..rules.visible_text import invisible_code_points
from .base import (
    SCHEMA_VERSION, Current, Event, Recorded, StatusStore, Status, StoreError, due_date, new_batch_id,
    operating_system_user, plan, utc_now,
)
from .sqlite_file import check_store_file, read_only, sqlite_failure

BUSY_TIMEOUT_MS = 60000
RETRIES = 20

# Schema version 1 (the first release): no assignee, no provisional flag, no attachments.
SCHEMA_V1 = """
CREATE TABLE IF NOT EXISTS lb_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS lb_status (
    fid INTEGER PRIMARY KEY AUTOINCREMENT, parcel_id TEXT NOT NULL, programme TEXT NOT NULL,
    step TEXT NOT NULL, since TEXT NOT NULL, due TEXT, last_event INTEGER NOT NULL,
    UNIQUE (parcel_id, programme));
CREATE TABLE IF NOT EXISTS lb_event (
    id INTEGER PRIMARY KEY AUTOINCREMENT, parcel_id TEXT NOT NULL, programme TEXT NOT NULL,
    from_step TEXT, to_step TEXT NOT NULL, kind TEXT NOT NULL, actor TEXT NOT NULL, level TEXT NOT NULL,
    at TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', batch TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS lb_event_parcel ON lb_event (parcel_id, programme);
"""

# Each migration takes the schema from version n-1 to n; never edit one that has shipped.
MIGRATIONS = {
    2: """
ALTER TABLE lb_status ADD COLUMN due_provisional INTEGER NOT NULL DEFAULT 0;
ALTER TABLE lb_status ADD COLUMN assignee TEXT;
ALTER TABLE lb_event ADD COLUMN pack TEXT;
CREATE TABLE lb_attachment (
    id INTEGER PRIMARY KEY AUTOINCREMENT, event_id INTEGER NOT NULL REFERENCES lb_event (id),
    name TEXT NOT NULL, path TEXT NOT NULL, sha256 TEXT NOT NULL);
CREATE INDEX lb_attachment_event ON lb_attachment (event_id);
CREATE TRIGGER lb_event_no_update BEFORE UPDATE ON lb_event
    BEGIN SELECT RAISE(ABORT, 'lb_event is append-only'); END;
CREATE TRIGGER lb_event_no_delete BEFORE DELETE ON lb_event
    BEGIN SELECT RAISE(ABORT, 'lb_event is append-only'); END;
CREATE TRIGGER lb_attachment_no_update BEFORE UPDATE ON lb_attachment
    BEGIN SELECT RAISE(ABORT, 'lb_attachment is append-only'); END;
CREATE TRIGGER lb_attachment_no_delete BEFORE DELETE ON lb_attachment
    BEGIN SELECT RAISE(ABORT, 'lb_attachment is append-only'); END;
""",
    # 3: a parcel id, and the reason of a send-back, must show a visible character — the same
    # rule as the client's (rules/visible_text.py), so a hand-written INSERT cannot slip past it.
    3: """
CREATE TRIGGER lb_event_parcel_id BEFORE INSERT ON lb_event
    WHEN NEW.parcel_id IS NULL OR trim(NEW.parcel_id, {invisible}) = ''
    BEGIN SELECT RAISE(ABORT, 'lb_event: a parcel id needs a visible character'); END;
CREATE TRIGGER lb_event_reason BEFORE INSERT ON lb_event
    WHEN NEW.kind = 'back' AND trim(NEW.note, {invisible}) = ''
    BEGIN SELECT RAISE(ABORT, 'lb_event: sending back needs a reason with a visible character'); END;
""",
}


def sqlite_characters(codes) -> str:
    """An SQLite expression for the string of these code points (char() takes at most 127 arguments)."""
    codes = list(codes)
    return " || ".join("char(" + ", ".join(map(str, codes[i:i + 100])) + ")" for i in range(0, len(codes), 100))


# SQLite strings stop at NUL: the set starts at U+0001 (the client refuses NUL-only text too).
INVISIBLE = sqlite_characters(invisible_code_points(from_code=1))
MIGRATIONS[3] = MIGRATIONS[3].format(invisible=INVISIBLE)

# The minimum of a valid GeoPackage (OGC 12-128r18 §1.1) for a sidecar store.
GPKG_CORE = """
PRAGMA application_id = 1196444487;
PRAGMA user_version = 10300;
CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (
    srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
    organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES
    ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', NULL),
    ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL),
    ('WGS 84 geodetic', 4326, 'EPSG', 4326, 'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,'
     || '298.257223563]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]]', NULL);
CREATE TABLE IF NOT EXISTS gpkg_contents (
    table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
    description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER);
CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (
    table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
    srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, PRIMARY KEY (table_name, column_name));
"""


class GeoPackageFile:
    """Tables of ours in a GeoPackage: how such a store opens, versions, locks and writes.

    Shared by the workflow status (GeoPackageStore) and the ledger journal
    (store/journal_geopackage.py), which live in the same file, each with its own version
    key in lb_meta. A subclass sets VERSION_KEY and VERSION and writes `_create_or_migrate`."""

    VERSION_KEY = "schema_version"
    VERSION = SCHEMA_VERSION

    def _open(self, path, create: bool) -> None:
        self.path = Path(path)
        self.db = None
        if check_store_file(self.path, create):
            self._refuse_unless_ours()  # read-only look first: a refused file is never changed
        try:
            self.db = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                      check_same_thread=False)
            self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._retry(lambda: self.db.execute("PRAGMA journal_mode = WAL"))
            self.db.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL survives a killed process
            self.db.execute("PRAGMA foreign_keys = ON")
            self._retry(self._ensure_schema)
        except sqlite3.Error as err:
            self.close()
            raise sqlite_failure(err, self.path) from None
        except StoreError:
            self.close()
            raise

    def _refuse_unless_ours(self):
        """Refuse, without writing, a store of a newer schema or an SQLite file that is no GeoPackage."""
        db = read_only(self.path)
        try:
            tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            version = self._version_of(db) if "lb_meta" in tables else 0
        except sqlite3.Error as err:
            raise sqlite_failure(err, self.path) from None
        finally:
            db.close()
        self._refuse_newer(version)
        if tables and "lb_meta" not in tables and "gpkg_contents" not in tables:
            raise StoreError(f"status store {self.path} is an SQLite database but not a GeoPackage",
                             "not_geopackage", path=str(self.path))

    def _version_of(self, db) -> int:
        row = db.execute("SELECT value FROM lb_meta WHERE key = ?", (self.VERSION_KEY,)).fetchone()
        try:
            return int(row[0]) if row else 0
        except (TypeError, ValueError):
            raise StoreError(f"status store {self.path} has a damaged {self.VERSION_KEY} {row[0]!r}", "damaged",
                             path=str(self.path)) from None

    def _refuse_newer(self, version: int):
        if version > self.VERSION:
            raise StoreError(f"status store {self.path} has {self.VERSION_KEY} {version}; this plugin knows "
                             f"up to {self.VERSION}: update the plugin", "newer_schema", path=str(self.path),
                             version=version, known=self.VERSION, key=self.VERSION_KEY)

    # — transactions —
    def _retry(self, work):
        """Run `work`, retrying while another writer holds the lock past the busy timeout."""
        for attempt in range(RETRIES):
            try:
                return work()
            except sqlite3.Error as err:
                text = str(err).lower()
                if not ("locked" in text or "busy" in text) or attempt == RETRIES - 1:
                    raise sqlite_failure(err, self.path) from None
                time.sleep(min(0.05 * 2 ** attempt, 2.0))
        return None

    def _transaction(self, body):
        def attempt():
            self.db.execute("BEGIN IMMEDIATE")
            try:
                result = body()
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")
            return result

        return self._retry(attempt)

    # — schema —
    def schema_version(self) -> int:
        row = self.db.execute("SELECT name FROM sqlite_master WHERE type='table' AND name='lb_meta'").fetchone()
        return 0 if row is None else self._version_of(self.db)

    def _ensure_schema(self):
        if self.schema_version() == self.VERSION:
            return
        self._transaction(self._create_or_migrate)

    def _create_or_migrate(self):
        raise NotImplementedError

    def _start_file(self):
        """A new (empty) file becomes a GeoPackage; any file gets lb_meta."""
        if not self._has("gpkg_contents") and self._is_empty():
            self._executescript(GPKG_CORE)
        self.db.execute("CREATE TABLE IF NOT EXISTS lb_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")

    def _set_version(self, version: int):
        self.db.execute("INSERT OR REPLACE INTO lb_meta VALUES (?, ?)", (self.VERSION_KEY, str(version)))

    def _register(self, table: str, description: str):
        """List a table in gpkg_contents as an attributes table: QGIS and OGR open it."""
        if self._has("gpkg_contents"):
            self.db.execute("INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description) "
                            "VALUES (?, 'attributes', ?, ?)", (table, table, description))

    def _has(self, name: str) -> bool:
        return self.db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None

    def _is_empty(self) -> bool:
        return self.db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0

    def _executescript(self, script: str):
        # executescript would COMMIT the open transaction; run statement by statement instead.
        for statement in _statements(script):
            self.db.execute(statement)

    def _read(self, sql: str, args=()) -> list:
        try:
            return self.db.execute(sql, args).fetchall()
        except sqlite3.Error as err:
            raise sqlite_failure(err, self.path) from None

    def close(self):
        if self.db is not None:
            self.db.close()
            self.db = None


class GeoPackageStore(GeoPackageFile, StatusStore):
    backend = "geopackage"

    def __init__(self, path, create: bool = True):
        self._open(path, create)

    def _create_or_migrate(self):
        version = self.schema_version()  # again, inside the lock: another process may have done it
        self._refuse_newer(version)
        if version == 0:
            self._start_file()
            self._executescript(SCHEMA_V1)
            self._set_version(1)
            version = 1
        for target in range(version + 1, SCHEMA_VERSION + 1):
            self._executescript(MIGRATIONS[target])
            self._set_version(target)
        self._register("lb_status", "Land Balance workflow status")

    # — writing —
    def apply(self, workflow, requests, actor=None, level="county", calendar=None, today=None, progress=None):
        requests = list(requests)
        calendar = calendar or WorkingCalendar()
        today = today or self.today()
        actor = actor or operating_system_user()

        def body():
            current = self._current_for(workflow.programme, [r.parcel_id for r in requests])
            planned = plan(workflow, current, requests, level, str(self.path))
            return self._write(workflow, planned, actor, calendar, today, progress)

        return self._transaction(body)

    def _current_for(self, programme: str, parcel_ids) -> dict:
        """Parcel id → Current (step, and who moved it there when) for the requested parcels."""
        wanted = sorted({p for p in parcel_ids if isinstance(p, str)})
        current = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                "SELECT s.parcel_id, s.step, e.actor, e.at FROM lb_status s "
                "LEFT JOIN lb_event e ON e.id = s.last_event "
                f"WHERE s.programme = ? AND s.parcel_id IN ({marks})", [programme, *chunk])
            current.update((pid, Current(step, by, at)) for pid, step, by, at in rows)
        return current

    def _write(self, workflow, planned, actor: str, calendar, today, progress) -> list:
        batch, at, since = new_batch_id(), utc_now(), today.isoformat()
        dues, recorded = {}, []
        for i, p in enumerate(planned):
            t = p.transition
            if t.to_step not in dues:
                dues[t.to_step] = due_date(workflow, t.to_step, today, calendar)
            due, provisional = dues[t.to_step]
            cursor = self.db.execute(
                "INSERT INTO lb_event (parcel_id, programme, from_step, to_step, kind, actor, level, at, note, batch, "
                "pack) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (t.parcel_id, workflow.programme, t.from_step, t.to_step, t.kind, actor, t.level, at, t.note or "",
                 batch, workflow.pack_label))
            event_id = cursor.lastrowid
            for a in p.request.attachments:
                self.db.execute("INSERT INTO lb_attachment (event_id, name, path, sha256) VALUES (?, ?, ?, ?)",
                                (event_id, a.name, a.path, a.sha256))
            self.db.execute(
                "INSERT INTO lb_status (parcel_id, programme, step, since, due, due_provisional, assignee, last_event) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (parcel_id, programme) DO UPDATE SET "
                "step = excluded.step, since = excluded.since, due = excluded.due, "
                "due_provisional = excluded.due_provisional, "
                "assignee = coalesce(excluded.assignee, lb_status.assignee), last_event = excluded.last_event",
                (t.parcel_id, workflow.programme, t.to_step, since, due, int(provisional), p.request.assignee,
                 event_id))
            recorded.append(Recorded(t, event_id, since, due, provisional))
            if progress is not None:
                progress(i + 1, len(planned))
        return recorded

    # — reading —
    def statuses(self, programme=None, parcel_ids=None):
        sql = "SELECT parcel_id, programme, step, since, due, due_provisional, assignee, last_event FROM lb_status"
        args = ()
        if programme is not None:
            sql, args = sql + " WHERE programme = ?", (programme,)
        rows = self._read(sql + " ORDER BY programme, parcel_id", args)
        if parcel_ids is not None:
            wanted = set(parcel_ids)
            rows = [r for r in rows if r[0] in wanted]
        return [Status(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6], r[7]) for r in rows]

    def statuses_after(self, programme, event_id):
        rows = self._read(
            "SELECT parcel_id, programme, step, since, due, due_provisional, assignee, last_event FROM lb_status "
            "WHERE programme = ? AND last_event > ?", (programme, event_id))
        return [Status(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6], r[7]) for r in rows]

    def events(self, parcel_id=None, programme=None):
        where, args = [], []
        for column, value in (("parcel_id", parcel_id), ("programme", programme)):
            if value is not None:
                where.append(f"{column} = ?")  # column names are ours, values are parameters
                args.append(value)
        sql = ("SELECT id, parcel_id, programme, from_step, to_step, kind, actor, level, at, note, batch, pack "
               "FROM lb_event" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id")
        events = [Event(*row) for row in self._read(sql, args)]
        if events and parcel_id is not None:
            by_id = {e.id: e for e in events}
            marks = ",".join("?" * len(by_id))
            for event_id, name, path, sha in self._read(
                    f"SELECT event_id, name, path, sha256 FROM lb_attachment WHERE event_id IN ({marks}) ORDER BY id",
                    list(by_id)):
                by_id[event_id].attachments.append((name, path, sha))
        return events


def _statements(script: str):
    """Split our own schema script on ';' at line ends (no ';' inside its literals)."""
    buffer = []
    for line in script.strip().splitlines():
        buffer.append(line)
        stripped = line.strip()
        if stripped.endswith(";") and not stripped.startswith("BEGIN SELECT") or stripped.endswith("END;"):
            statement = "\n".join(buffer).strip()
            if statement:
                yield statement
            buffer = []
