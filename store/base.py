"""The workflow status store's one interface, shared by the GeoPackage and PostGIS back ends.

A store holds, per parcel and programme, the current status (step, since, due date,
assignee) and an append-only event log (who, when, from-step, to-step, note, attachments
with their sha256). Parcels are keyed by a stable id (BSM, or county code + TBBH), never by
QGIS feature ids. Every call to `apply` — one parcel or ten thousand — is one transaction.
No Qt/QGIS here: the store runs in tests, scripts, Processing and the dock alike.
"""

from __future__ import annotations

import datetime as _dt
import getpass
import hashlib
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from ..rules.calendar import WorkingCalendar
from ..rules.workflow import Transition, TransitionError, Workflow

SCHEMA_VERSION = 2


class StoreError(RuntimeError):
    """The store cannot do what was asked (locked too long, newer schema, refused by the database)."""


@dataclass(frozen=True)
class Attachment:
    name: str
    path: str
    sha256: str

    @classmethod
    def of_file(cls, path) -> Attachment:
        """Hash a field photo or document; the store keeps its path and sha256, not its bytes."""
        path = Path(path)
        digest = hashlib.sha256()
        try:
            with open(path, "rb") as handle:
                for chunk in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(chunk)
        except OSError as err:
            raise StoreError(f"attachment {path} cannot be read: {err.strerror}") from None
        return cls(path.name, str(path), digest.hexdigest())


@dataclass(frozen=True)
class Request:
    """Move `parcel_id` to `to_step` (with a note; a reason when going back)."""

    parcel_id: str
    to_step: str
    note: str = ""
    attachments: tuple = ()
    assignee: str | None = None


@dataclass(frozen=True)
class Status:
    parcel_id: str
    programme: str
    step: str
    since: str  # ISO date the parcel entered the step
    due: str | None  # ISO date it must leave the step, if the pack sets one
    due_provisional: bool
    assignee: str | None
    last_event: int = 0  # id of the event that set this status: lets a reader fetch only changes


@dataclass
class Event:
    id: int
    parcel_id: str
    programme: str
    from_step: str | None
    to_step: str
    kind: str
    actor: str
    level: str
    at: str  # UTC timestamp, ISO 8601
    note: str
    batch: str
    pack: str | None = None
    attachments: list = field(default_factory=list)


@dataclass(frozen=True)
class Planned:
    """A checked transition with everything the back end writes for it."""

    transition: Transition
    since: str
    due: str | None
    due_provisional: bool
    attachments: tuple
    assignee: str | None


def operating_system_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 — no login name (service account): still record something
        return "unknown"


def plan(workflow: Workflow, current: dict, requests, actor_level: str, calendar: WorkingCalendar,
         today: _dt.date) -> list:
    """Check every request against the current steps; any refusal refuses the whole batch."""
    planned, seen = [], set()
    for req in requests:
        if req.parcel_id in seen:
            raise TransitionError("duplicate", f"parcel {req.parcel_id} appears twice in one batch",
                                  parcel=req.parcel_id)
        seen.add(req.parcel_id)
        t = workflow.check(req.parcel_id, current.get(req.parcel_id), req.to_step, req.note, actor_level)
        due = workflow.due(t.to_step, today, calendar)
        planned.append(Planned(t, today.isoformat(), due.date.isoformat() if due else None,
                               bool(due and due.provisional), tuple(req.attachments), req.assignee))
    return planned


def new_batch_id() -> str:
    return uuid.uuid4().hex


def utc_now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="milliseconds")


class StatusStore:
    """What every back end offers. `apply` is all-or-nothing; the log is append-only."""

    backend = "abstract"

    def apply(self, workflow: Workflow, requests, actor: str | None = None, level: str = "county",
              calendar: WorkingCalendar | None = None, today: _dt.date | None = None, progress=None) -> list:
        """Record the transitions of `requests` in one transaction; return the Transitions."""
        raise NotImplementedError

    def statuses(self, programme: str | None = None, parcel_ids=None) -> list:
        raise NotImplementedError

    def statuses_after(self, programme: str, event_id: int) -> list:
        """The statuses of `programme` changed by events after `event_id` (a reader's refresh)."""
        raise NotImplementedError

    def events(self, parcel_id: str | None = None, programme: str | None = None) -> list:
        raise NotImplementedError

    def schema_version(self) -> int:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def current_steps(self, programme: str, parcel_ids=None) -> dict:
        return {s.parcel_id: s.step for s in self.statuses(programme, parcel_ids)}

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
