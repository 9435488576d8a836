"""Shared status store in PostgreSQL/PostGIS for a county office (psycopg2, which QGIS ships).

Same interface as the GeoPackage store. The database enforces what matters when several
technicians write at once, each with their own login (see postgis_schema.py): that the
parcel is still at the step the user saw (exactly one of two racing writers wins; the
other is refused, told who moved the parcel and when), the order of steps, the level that
may record each step (roles lb_county / lb_city / lb_province), the dates (`since` from
its own clock, `due` from the step's rule and the calendar registered with the programme)
and an append-only log. The client checks the same rules first only to give a clear
message. Each batch is one transaction; a deadlock or serialization failure is retried.
All SQL is parameterised; connection keywords come from QGIS's auth manager (location.py).
"""

from __future__ import annotations

import datetime as _dt
import time

from ..rules.calendar import WorkingCalendar
from ..rules.workflow import LEVELS, Transition, TransitionError
from .base import SCHEMA_VERSION, Current, Event, Recorded, StatusStore, Status, StoreError, new_batch_id, plan
from .journal_schema import journal_version, migrate_journal, refuse_newer_journal
from .pg_security import database_refusal
from .postgis_schema import DEFAULT_TIME_ZONE, LEVEL_ROLES, MIGRATIONS, ROLES, SCHEMA_V2, UTC_TEXT

RETRIES = 10
RETRY_CODES = {"40001", "40P01"}  # serialization failure, deadlock detected
INSTALL_LOCK = 0x4C420001  # advisory lock key: one installer or migration at a time


def _psycopg2():
    try:
        import psycopg2
        import psycopg2.extras
    except ImportError:
        raise StoreError("the PostgreSQL store needs psycopg2 (QGIS installers ship it; on Debian: "
                         "python3-psycopg2)", "no_psycopg2") from None
    return psycopg2


def _connect(params: dict):
    pg = _psycopg2()
    try:
        return pg.connect(**params)
    except pg.OperationalError as err:
        raise StoreError(f"PostgreSQL connection failed: {str(err).strip()}", "connection",
                         reason=str(err).strip()) from None


def session_level(db) -> str | None:
    """The highest level the connected user's roles may record."""
    with db.cursor() as cur:
        found = None
        for level in LEVELS:
            cur.execute("SELECT pg_has_role(session_user, %s, 'USAGE')", (LEVEL_ROLES[level],))
            if cur.fetchone()[0]:
                found = level
    db.rollback()
    return found


def _schema_version(cur) -> int:
    cur.execute("SELECT to_regclass('landbalance.meta')")
    if cur.fetchone()[0] is None:
        return 0
    cur.execute("SELECT value FROM landbalance.meta WHERE key = 'schema_version'")
    row = cur.fetchone()
    return int(row[0]) if row else 0


def _where(params: dict) -> str:
    """A store's name in messages: server and database, never the user or a password."""
    return f"postgres://{params.get('host', '')}:{params.get('port', '')}/{params.get('dbname', '')}"


def _refuse_newer(version: int, where: str) -> None:
    if version > SCHEMA_VERSION:
        raise StoreError(f"status store {where} has schema version {version}; this plugin knows up to "
                         f"{SCHEMA_VERSION}: update the plugin", "newer_schema", path=where,
                         version=version, known=SCHEMA_VERSION)


class PostgisConnection:
    """A technician's connection to a store in the database (the workflow status, the ledger
    journal): opened as their login, the schema checked, closed again on any problem."""

    WHAT = "status store"

    def _open(self, params: dict, isolation: str | None = None) -> None:
        pg = _psycopg2()
        self.db = _connect(params)
        self.path = _where(params)
        try:
            if isolation is not None:
                self.db.set_session(isolation_level=isolation)
            self._check_schema()
        except pg.Error as err:
            self.close()
            raise StoreError(f"{self.WHAT} not readable by {params.get('user', 'this user')} "
                             f"(a role lb_county, lb_city or lb_province is needed): {str(err).strip()}",
                             "no_role", user=params.get("user", "")) from None
        except StoreError:
            self.close()
            raise

    def _check_schema(self) -> None:
        raise NotImplementedError

    def close(self):
        if self.db is not None:
            self.db.close()
            self.db = None


class PostgisStore(PostgisConnection, StatusStore):
    backend = "postgis"

    def __init__(self, params: dict):
        self._open(params)

    # — schema (installed by an administrator) —
    @staticmethod
    def install(params: dict, time_zone: str = DEFAULT_TIME_ZONE) -> None:
        """Create roles, schema, checks and grants, or migrate an older store to this version —
        the workflow status and the ledger journal (store/journal_schema.py).

        Needs CREATEROLE and CREATE on the database. `time_zone` is the county's: the day a
        step is recorded on is the database's date there. A newer store is left unchanged."""
        pg = _psycopg2()
        db = _connect(params)
        try:
            with db, db.cursor() as cur:
                cur.execute("SELECT pg_advisory_xact_lock(%s)", (INSTALL_LOCK,))
                version = _schema_version(cur)
                _refuse_newer(version, _where(params))
                journal = journal_version(cur) if version else 0
                refuse_newer_journal(journal, _where(params))
                cur.execute("SELECT now() AT TIME ZONE %s", (time_zone,))  # an unknown zone fails here
                cur.execute(ROLES)
                if version == 0:
                    cur.execute(SCHEMA_V2)
                    version = 2
                for target in range(version + 1, SCHEMA_VERSION + 1):
                    cur.execute(MIGRATIONS[target])
                    cur.execute("UPDATE landbalance.meta SET value = %s WHERE key = 'schema_version'", (str(target),))
                cur.execute("UPDATE landbalance.meta SET value = %s WHERE key = 'time_zone'", (time_zone,))
                migrate_journal(cur, journal)  # the ledgers live beside the status (store/journal_schema.py)
        except pg.Error as err:
            raise StoreError(f"installing the status store failed: {str(err).strip()}", "install",
                             reason=str(err).strip()) from None
        finally:
            db.close()

    def register_workflow(self, workflow, calendar: WorkingCalendar | None = None) -> None:
        """Put a programme's steps, their time rules and its working calendar in the database,
        where the checks and the due dates read them (administrator). `calendar` is the pack's
        (WorkingCalendar.for_pack(pack.data)); without it, the official calendar alone."""
        pg = _psycopg2()
        from psycopg2.extras import execute_values

        calendar = calendar or WorkingCalendar()
        programme = workflow.programme
        try:
            with self.db, self.db.cursor() as cur:
                cur.execute("DELETE FROM landbalance.step WHERE programme = %s", (programme,))
                execute_values(cur, "INSERT INTO landbalance.step (programme, step, position, level, back_to, "
                                    "duration_working_days, duration_days, duration_years, deadline_date, "
                                    "deadline_month, deadline_day) VALUES %s",
                               [_step_row(workflow, i, s) for i, s in enumerate(workflow.steps)])
                cur.execute("DELETE FROM landbalance.calendar_day WHERE programme = %s", (programme,))
                execute_values(cur, "INSERT INTO landbalance.calendar_day (programme, day, working) VALUES %s",
                               [(programme, day, working) for day, working in sorted(calendar.special_days().items())])
                cur.execute("DELETE FROM landbalance.calendar_year WHERE programme = %s", (programme,))
                execute_values(cur, "INSERT INTO landbalance.calendar_year (programme, year) VALUES %s",
                               [(programme, year) for year in sorted(calendar.known_years())])
        except pg.Error as err:
            raise self._refusal(err) from None

    @staticmethod
    def grant(params: dict, login: str, level: str) -> None:
        """Give a technician's login role its level (administrator)."""
        if level not in LEVEL_ROLES:
            raise StoreError(f"unknown level {level!r} (levels: {', '.join(LEVEL_ROLES)})", "unknown_level",
                             level=level, known=list(LEVEL_ROLES))
        pg = _psycopg2()
        from psycopg2 import sql

        db = _connect(params)
        try:
            with db, db.cursor() as cur:
                cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,))
                if cur.fetchone() is None:
                    raise StoreError(f"no PostgreSQL login {login!r}: create it first (CREATE ROLE … LOGIN)",
                                     "unknown_login", login=login)
                cur.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(LEVEL_ROLES[level]), sql.Identifier(login)))
        except pg.Error as err:
            raise StoreError(f"granting {level} to {login} failed: {str(err).strip()}", "grant",
                             reason=str(err).strip()) from None
        finally:
            db.close()

    def schema_version(self) -> int:
        with self.db.cursor() as cur:
            version = _schema_version(cur)
        self.db.rollback()
        return version

    def _check_schema(self):
        version = self.schema_version()
        if version == 0:
            raise StoreError("this database has no Land Balance status store: an administrator installs it "
                             "(PostgisStore.install)", "no_store", path=self.path)
        _refuse_newer(version, self.path)
        if version < SCHEMA_VERSION:
            raise StoreError(f"the status store has schema version {version}; this plugin needs {SCHEMA_VERSION}: "
                             "an administrator upgrades it (PostgisStore.install)", "older_schema", path=self.path,
                             version=version, known=SCHEMA_VERSION)

    def user_level(self) -> str | None:
        return session_level(self.db)

    def today(self) -> _dt.date:
        """The database's date in the county's time zone: the `since` of a step recorded now."""
        return self.today_and_zone()[0]

    def today_and_zone(self) -> tuple:
        with self.db.cursor() as cur:
            cur.execute("SELECT (now() AT TIME ZONE value)::date, value FROM landbalance.meta WHERE key = 'time_zone'")
            row = cur.fetchone()
        self.db.rollback()
        return row

    # — writing —
    def apply(self, workflow, requests, actor=None, level=None, calendar=None, today=None, progress=None):
        """`actor`, `level` and `calendar` are ignored: the database records session_user, checks its
        roles and computes due dates with the registered calendar. `today`, if given, must be the
        database's date: the shared store does not record steps on other days."""
        pg = _psycopg2()
        requests = list(requests)
        if today is not None:
            database_day, zone = self.today_and_zone()
            if today != database_day:
                raise StoreError(f"the shared store records steps on the database's date ({database_day}, {zone}), "
                                 f"not {today}", "date_by_database", date=str(database_day), zone=zone,
                                 asked=str(today))
        user_level = self.user_level()
        if user_level is None:
            raise TransitionError("level", "this database user has none of the roles lb_county, lb_city, lb_province")
        for attempt in range(RETRIES):
            try:
                with self.db:
                    return self._apply_once(workflow, requests, user_level, progress)
            except pg.Error as err:
                if err.pgcode in RETRY_CODES and attempt < RETRIES - 1:
                    time.sleep(0.05 * (attempt + 1))
                    continue  # re-planned: a request on a parcel that moved meanwhile is then refused
                raise self._refusal(err) from None
            except TransitionError:
                raise
            except ValueError as err:  # psycopg2: text with a NUL character
                raise StoreError(f"status store {self.path}: {err}", "bad_text", reason=str(err)) from None
        return []

    def _apply_once(self, workflow, requests, user_level, progress):
        from psycopg2.extras import execute_values

        ids = sorted({r.parcel_id for r in requests if isinstance(r.parcel_id, str)})
        requests = sorted(requests, key=lambda r: str(r.parcel_id))  # rows locked in one order: no deadlock
        with self.db.cursor() as cur:
            cur.execute("SELECT s.parcel_id, s.step, e.actor, " + UTC_TEXT.format("e.at") + " "
                        "FROM landbalance.status s LEFT JOIN landbalance.event e ON e.id = s.last_event "
                        "WHERE s.programme = %s AND s.parcel_id = ANY(%s)", (workflow.programme, ids))
            current = {pid: Current(step, by, at) for pid, step, by, at in cur.fetchall()}
            planned = plan(workflow, current, requests, user_level, str(self.path))
            batch = new_batch_id()
            # The database re-checks each row under its lock (the parcel may move between this
            # read and the insert) and refuses the batch if another writer got there first.
            rows = [(p.transition.parcel_id, workflow.programme, p.transition.from_step, p.transition.to_step,
                     p.request.kind, p.transition.note or "", batch, workflow.pack_label, p.request.assignee)
                    for p in planned]
            recorded = []
            for start in range(0, len(rows), 1000):
                returned = execute_values(
                    cur, "INSERT INTO landbalance.event (parcel_id, programme, from_step, to_step, request, note, "
                         "batch, pack, assignee) VALUES %s RETURNING id, since::text, due::text, due_provisional, "
                         "kind, level", rows[start:start + 1000], fetch=True)
                for p, (event_id, since, due, provisional, kind, level) in zip(planned[start:start + 1000], returned):
                    t = p.transition
                    recorded.append(Recorded(Transition(t.parcel_id, t.from_step, t.to_step, kind, level, t.note),
                                             event_id, since, due, provisional))
                if progress is not None:
                    progress(min(start + 1000, len(rows)), len(rows))
            _refuse_unregistered_rules(workflow, recorded)
            attachments = [(r.event_id, a.name, a.path, a.sha256)
                           for r, p in zip(recorded, planned) for a in p.request.attachments]
            if attachments:
                execute_values(cur, "INSERT INTO landbalance.attachment (event_id, name, path, sha256) VALUES %s",
                               attachments)
        return recorded

    def _refusal(self, err) -> Exception:
        refused = database_refusal(err)
        if refused is not None:
            return refused
        message = (getattr(err, "diag", None) and err.diag.message_primary) or str(err).strip()
        if err.pgcode == "42501":
            return StoreError(f"status store {self.path}: {message}", "permission", reason=message)
        return StoreError(f"status store {self.path}: {message}", "database", reason=message)

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
                        + UTC_TEXT.format("at") + ", note, batch, pack "
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


def _refuse_unregistered_rules(workflow, recorded) -> None:
    """A step whose pack sets a time limit got no due date: its rule is not in the database (a
    store migrated from version 2 before the administrator registered the programme again)."""
    for r in recorded:
        step = workflow.step(r.transition.to_step)
        timed = (step.duration_working_days, step.duration_days, step.duration_years, step.deadline)
        if r.due is None and any(rule is not None for rule in timed):
            raise StoreError(f"programme {workflow.programme}: the database has no time limit for step {step.id}; "
                             "an administrator registers the programme again (register_workflow)",
                             "rules_not_registered", programme=workflow.programme, step=step.id)


def _step_row(workflow, position: int, step) -> tuple:
    """A step's row: its order, level, steps back and the rule its due date follows."""
    deadline = workflow.deadlines.get(step.deadline) if step.deadline else None
    return (workflow.programme, step.id, position, step.level, list(step.back_to), step.duration_working_days,
            step.duration_days, step.duration_years, deadline.get("date") if deadline else None,
            deadline.get("month") if deadline else None, deadline.get("day") if deadline else None)
