"""The workflow status store's one interface, shared by the GeoPackage and PostGIS back ends.

A store holds, per parcel and programme, the current status (step, since, due date,
assignee) and an append-only event log (who, when, from-step, to-step, note, attachments
with their sha256). Parcels are keyed by a stable id (BSM, or ZLDWDM + TBBH), never by
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
from ..rules.visible_text import has_visible_character
from ..rules.workflow import ADVANCE, SEND_BACK, Transition, TransitionError, Workflow

SCHEMA_VERSION = 3


class StoreError(RuntimeError):
    """The store cannot do what was asked (bad file, locked too long, newer schema, no access).

    `code` is stable and `details` (path, folder, version …) let processing/workflow_messages.py
    say it in the user's language; the message itself is English, for logs and scripts."""

    def __init__(self, message: str, code: str = "", **details):
        super().__init__(message)
        self.code = code
        self.details = details


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
            raise StoreError(f"attachment {path} cannot be read: {err.strerror}", "attachment_unreadable",
                             path=str(path), reason=err.strerror or "") from None
        return cls(path.name, str(path), digest.hexdigest())


@dataclass(frozen=True)
class Request:
    """Advance `parcel_id` from `seen_step` to the next step, or send it back to a step its
    current one lists (with a reason). `seen_step` is the step the user saw (None: not in
    the programme); if the parcel has moved since, the request is refused."""

    parcel_id: str
    kind: str  # ADVANCE or SEND_BACK
    seen_step: str | None
    to_step: str
    note: str = ""
    attachments: tuple = ()
    assignee: str | None = None

    @classmethod
    def advance(cls, parcel_id, seen_step, to_step, note="", attachments=(), assignee=None) -> Request:
        return cls(parcel_id, ADVANCE, seen_step, to_step, note, tuple(attachments), assignee)

    @classmethod
    def send_back(cls, parcel_id, seen_step, to_step, reason, attachments=(), assignee=None) -> Request:
        return cls(parcel_id, SEND_BACK, seen_step, to_step, reason, tuple(attachments), assignee)


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
class Current:
    """Where a parcel is, and who moved it there when (from its last event)."""

    step: str
    by: str | None = None
    at: str | None = None


@dataclass(frozen=True)
class Planned:
    """A checked request: the transition the back end writes for it."""

    transition: Transition
    request: Request


@dataclass(frozen=True)
class Recorded:
    """A recorded transition with the dates the store gave it."""

    transition: Transition
    event_id: int
    since: str
    due: str | None
    due_provisional: bool


def operating_system_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 — no login name (service account): still record something
        return "unknown"


def plan(workflow: Workflow, current: dict, requests, actor_level: str, store: str = "") -> list:
    """Check every request against `current` (parcel id → Current); any refusal refuses the batch.
    `store` names the store in the refusal of a request without a parcel id."""
    planned, seen = [], set()
    for req in requests:
        if not isinstance(req.parcel_id, str) or not has_visible_character(req.parcel_id):
            raise TransitionError("no_parcel_id", f"status store {store}: a request has no parcel id "
                                                  f"({req.parcel_id!r}); nothing was recorded",
                                  parcel=req.parcel_id, store=store)
        if req.parcel_id in seen:
            raise TransitionError("duplicate", f"parcel {req.parcel_id} appears twice in one batch",
                                  parcel=req.parcel_id)
        seen.add(req.parcel_id)
        now = current.get(req.parcel_id)
        refuse_if_moved(req, now)
        t = workflow.check(req.parcel_id, now.step if now else None, req.to_step, req.note, actor_level, req.kind)
        planned.append(Planned(t, req))
    return planned


def refuse_if_moved(req: Request, now: Current | None) -> None:
    """A request made on what the user saw is refused once the parcel has moved on since."""
    step = now.step if now else None
    if step != req.seen_step:
        raise TransitionError(
            "moved", f"parcel {req.parcel_id}: it is at {step or 'no step'} (moved by {now.by if now else '-'} "
                     f"at {now.at if now else '-'}), not at {req.seen_step or 'no step'} as seen",
            parcel=req.parcel_id, seen=req.seen_step, current=step, by=now.by if now else None,
            at=now.at if now else None)


def due_date(workflow: Workflow, step: str, since: _dt.date, calendar: WorkingCalendar) -> tuple:
    """(due ISO date or None, provisional) of a parcel entering `step` on `since`."""
    due = workflow.due(step, since, calendar)
    return (due.date.isoformat(), due.provisional) if due else (None, False)


def new_batch_id() -> str:
    return uuid.uuid4().hex


def utc_now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="milliseconds")


class StatusStore:
    """What every back end offers. `apply` is all-or-nothing; the log is append-only."""

    backend = "abstract"

    def apply(self, workflow: Workflow, requests, actor: str | None = None, level: str = "county",
              calendar: WorkingCalendar | None = None, today: _dt.date | None = None, progress=None) -> list:
        """Record the transitions of `requests` in one transaction; return what was Recorded."""
        raise NotImplementedError

    def today(self) -> _dt.date:
        """The date this store gives a step recorded now (PostgreSQL: the database's)."""
        return _dt.date.today()

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
        """Parcel id → step id (what a user sees before asking to move a parcel)."""
        return {s.parcel_id: s.step for s in self.statuses(programme, parcel_ids)}

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
