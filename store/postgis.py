"""Shared status store in PostgreSQL/PostGIS for a county office (psycopg2, which QGIS ships).

Same interface as the GeoPackage store. The database enforces what matters when several
technicians write at once: the order of steps, the level that may record each step (roles
lb_county / lb_city / lb_province, see postgis_schema.py) and an append-only log; the
client checks the same rules first only to give a clear message. Each batch is one
transaction; a conflict with another writer (serialization failure, deadlock) is retried.
All SQL is parameterised; connection keywords come from QGIS's auth manager (location.py).
"""

from __future__ import annotations

import datetime as _dt
import time

from ..rules.calendar import WorkingCalendar
from ..rules.workflow import LEVELS, TransitionError
from .base import SCHEMA_VERSION, Event, StatusStore, StoreError, Status, new_batch_id, plan
from .postgis_schema import LEVEL_ROLES, MIGRATIONS, ROLES, SCHEMA_V2

RETRIES = 10
RETRY_CODES = {"40001", "40P01"}  # serialization failure, deadlock detected


def _psycopg2():
    try:
        import psycopg2
        import psycopg2.extras
    except ImportError:
        raise StoreError("the PostgreSQL store needs psycopg2 (QGIS installers ship it; on Debian: "
                         "python3-psycopg2)") from None
    return psycopg2


class PostgisStore(StatusStore):
    backend = "postgis"

    def __init__(self, params: dict):
        pg = _psycopg2()
        try:
            self.db = pg.connect(**params)
        except pg.OperationalError as err:
            raise StoreError(f"PostgreSQL connection failed: {str(err).strip()}") from None
        self.path = f"postgres://{params.get('host', '')}:{params.get('port', '')}/{params.get('dbname', '')}"
        try:
            self._check_schema()
        except pg.Error as err:
            self.close()
            raise StoreError(f"status store not readable by {params.get('user', 'this user')} "
                             f"(a role lb_county, lb_city or lb_province is needed): {str(err).strip()}") from None

    # — schema (installed by an administrator) —
    @staticmethod
    def install(params: dict) -> None:
        """Create roles, schema, checks and grants; needs CREATEROLE and CREATE on the database."""
        pg = _psycopg2()
        db = pg.connect(**params)
        try:
            with db, db.cursor() as cur:
                cur.execute(ROLES)
                cur.execute("SELECT to_regclass('landbalance.meta')")
                if cur.fetchone()[0] is None:
                    cur.execute(SCHEMA_V2)
        finally:
            db.close()

    def register_workflow(self, workflow) -> None:
        """Put a programme's steps in the database, where the checks read them (administrator)."""
        with self.db, self.db.cursor() as cur:
            cur.execute("DELETE FROM landbalance.step WHERE programme = %s", (workflow.programme,))
            for i, s in enumerate(workflow.steps):
                cur.execute("INSERT INTO landbalance.step (programme, step, position, level, back_to) "
                            "VALUES (%s, %s, %s, %s, %s)", (workflow.programme, s.id, i, s.level, list(s.back_to)))

    @staticmethod
    def grant(params: dict, login: str, level: str) -> None:
        """Give a technician's login role its level (administrator)."""
        pg = _psycopg2()
        from psycopg2 import sql

        db = pg.connect(**params)
        try:
            with db, db.cursor() as cur:
                cur.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(LEVEL_ROLES[level]), sql.Identifier(login)))
        finally:
            db.close()

    def schema_version(self) -> int:
        with self.db.cursor() as cur:
            cur.execute("SELECT to_regclass('landbalance.meta')")
            if cur.fetchone()[0] is None:
                return 0
            cur.execute("SELECT value FROM landbalance.meta WHERE key = 'schema_version'")
            row = cur.fetchone()
        self.db.rollback()
        return int(row[0]) if row else 0

    def _check_schema(self):
        version = self.schema_version()
        if version == 0:
            raise StoreError("this database has no Land Balance status store: an administrator installs it "
                             "(PostgisStore.install)")
        if version > SCHEMA_VERSION:
            raise StoreError(f"the status store has schema version {version}; this plugin knows up to "
                             f"{SCHEMA_VERSION}: update the plugin")
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self.db, self.db.cursor() as cur:
                cur.execute(MIGRATIONS[target])
                cur.execute("UPDATE landbalance.meta SET value = %s WHERE key = 'schema_version'", (str(target),))

    def user_level(self) -> str | None:
        """The highest level the connected user's roles may record."""
        with self.db.cursor() as cur:
            found = None
            for level in LEVELS:
                cur.execute("SELECT pg_has_role(session_user, %s, 'USAGE')", (LEVEL_ROLES[level],))
                if cur.fetchone()[0]:
                    found = level
        self.db.rollback()
        return found

    # — writing —
    def apply(self, workflow, requests, actor=None, level=None, calendar=None, today=None, progress=None):
        """`actor` and `level` are ignored: the database records session_user and checks its roles."""
        pg = _psycopg2()
        requests = list(requests)
        calendar = calendar or WorkingCalendar()
        today = today or _dt.date.today()
        user_level = self.user_level()
        if user_level is None:
            raise TransitionError("level", "this database user has none of the roles lb_county, lb_city, lb_province")
        for attempt in range(RETRIES):
            try:
                with self.db:
                    return self._apply_once(workflow, requests, user_level, calendar, today, progress)
            except pg.Error as err:
                if err.pgcode in RETRY_CODES and attempt < RETRIES - 1:
                    time.sleep(0.05 * (attempt + 1))
                    continue
                raise self._refusal(err) from None
        return []

    def _apply_once(self, workflow, requests, user_level, calendar, today, progress):
        ids = sorted({r.parcel_id for r in requests})
        requests = sorted(requests, key=lambda r: r.parcel_id)  # rows locked in one order: no deadlock
        with self.db.cursor() as cur:
            # The database trigger locks each status row and re-checks from_step: a writer that got
            # there first makes this batch fail with a serialization failure, and it is re-planned.
            cur.execute("SELECT parcel_id, step FROM landbalance.status WHERE programme = %s AND parcel_id = ANY(%s)",
                        (workflow.programme, ids))
            current = dict(cur.fetchall())
            planned = plan(workflow, current, requests, user_level, calendar, today)
            batch = new_batch_id()
            from psycopg2.extras import execute_values

            rows = [(p.transition.parcel_id, workflow.programme, p.transition.from_step, p.transition.to_step,
                     p.transition.note, batch, workflow.pack_label, p.since, p.due, p.due_provisional, p.assignee)
                    for p in planned]
            event_ids = []
            for start in range(0, len(rows), 1000):
                event_ids += [r[0] for r in execute_values(
                    cur, "INSERT INTO landbalance.event (parcel_id, programme, from_step, to_step, note, batch, pack, "
                         "since, due, due_provisional, assignee) VALUES %s RETURNING id", rows[start:start + 1000],
                    fetch=True)]
                if progress is not None:
                    progress(min(start + 1000, len(rows)), len(rows))
            attachments = [(event_id, a.name, a.path, a.sha256)
                           for event_id, p in zip(event_ids, planned) for a in p.attachments]
            if attachments:
                execute_values(cur, "INSERT INTO landbalance.attachment (event_id, name, path, sha256) VALUES %s",
                               attachments)
        return [p.transition for p in planned]

    @staticmethod
    def _refusal(err) -> Exception:
        message = (getattr(err, "diag", None) and err.diag.message_primary) or str(err).strip()
        if err.pgcode in ("42501", "23514", "40001"):  # privilege, check, conflict: the rules said no
            return TransitionError("database", message)
        return StoreError(message)

    # — reading —
    def statuses(self, programme=None, parcel_ids=None):
        sql = ("SELECT parcel_id, programme, step, since::text, due::text, due_provisional, assignee, last_event "
               "FROM landbalance.status WHERE (%s IS NULL OR programme = %s) "
               "AND (%s IS NULL OR parcel_id = ANY(%s)) ORDER BY programme, parcel_id")
        ids = list(parcel_ids) if parcel_ids is not None else None
        with self.db.cursor() as cur:
            cur.execute(sql, (programme, programme, ids, ids))
            rows = cur.fetchall()
        self.db.rollback()
        return [Status(*r) for r in rows]

    def statuses_after(self, programme, event_id):
        with self.db.cursor() as cur:
            cur.execute("SELECT parcel_id, programme, step, since::text, due::text, due_provisional, assignee, "
                        "last_event FROM landbalance.status WHERE programme = %s AND last_event > %s",
                        (programme, event_id))
            rows = cur.fetchall()
        self.db.rollback()
        return [Status(*r) for r in rows]

    def events(self, parcel_id=None, programme=None):
        with self.db.cursor() as cur:
            cur.execute("SELECT id, parcel_id, programme, from_step, to_step, kind, actor, level, "
                        "to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"+00:00\"'), note, batch, pack "
                        "FROM landbalance.event WHERE (%s IS NULL OR parcel_id = %s) "
                        "AND (%s IS NULL OR programme = %s) ORDER BY id", (parcel_id, parcel_id, programme, programme))
            events = [Event(*row) for row in cur.fetchall()]
            if events and parcel_id is not None:
                by_id = {e.id: e for e in events}
                cur.execute("SELECT event_id, name, path, sha256 FROM landbalance.attachment WHERE event_id = ANY(%s) "
                            "ORDER BY id", (list(by_id),))
                for event_id, name, path, sha in cur.fetchall():
                    by_id[event_id].attachments.append((name, path, sha))
        self.db.rollback()
        return events

    def close(self):
        if self.db is not None:
            self.db.close()
            self.db = None
