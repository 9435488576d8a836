"""A programme's workflow as a state machine over its pack's [workflow] steps.

Rules (DOMAIN.md §1, §4, §5; seeds 000_9e49406886a189a5.txt, 003_33b11e000febcf0b.txt,
004_7872a60e71286313.txt):
- a parcel enters a programme at its first step and moves only to the next step;
- it goes back only to a step listed in its current step's `back_to` (acceptance failed →
  restoration again; public-notice objection upheld → verify again), and only with a reason;
- no skipping; the step's `level` (county < city < province) says who may record it.
A parcel may be in several programmes: one state machine per programme (pack id).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from .calendar import DueDate, WorkingCalendar
from .errors import CodedError
from .visible_text import has_visible_character

LEVELS = ("county", "city", "province")
START, NEXT, BACK = "start", "next", "back"  # what an event was
# What a user asks for: two explicit kinds, so a stale "advance" is never taken for a send-back.
ADVANCE, SEND_BACK = "advance", "send_back"
REQUEST_KINDS = (ADVANCE, SEND_BACK)


class TransitionError(CodedError):
    """A transition the pack does not allow; `code` is stable, the message says why, and
    `details` (parcel, current, target, level …) lets the adapters say it in the user's language."""


@dataclass(frozen=True)
class Step:
    id: str
    name_zh: str
    name_en: str
    level: str
    colour: str
    back_to: tuple = ()
    duration_working_days: int | None = None
    duration_days: int | None = None
    duration_years: int | None = None
    deadline: str | None = None
    evidence: tuple = ()

    @classmethod
    def from_data(cls, data: dict) -> Step:
        return cls(
            id=data["id"], name_zh=data["name_zh"], name_en=data["name_en"], level=data["level"],
            colour=data["colour"], back_to=tuple(data.get("back_to", ())),
            duration_working_days=data.get("duration_working_days"), duration_days=data.get("duration_days"),
            duration_years=data.get("duration_years"), deadline=data.get("deadline"),
            evidence=tuple(data.get("evidence", ())),
        )


@dataclass(frozen=True)
class Transition:
    """One allowed move: `kind` is start, next or back; `level` is who must record it."""

    parcel_id: str
    from_step: str | None
    to_step: str
    kind: str
    level: str
    note: str = ""


def level_rank(level: str) -> int:
    try:
        return LEVELS.index(level)
    except ValueError:
        raise TransitionError("level", f"unknown level {level!r} (known: {', '.join(LEVELS)})") from None


def _anniversary(day: _dt.date, years: int) -> _dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@dataclass
class Workflow:
    """The steps of one pack's programme, in order."""

    programme: str  # the pack id: stable key of the programme in the status store
    name_zh: str
    name_en: str
    steps: list
    deadlines: dict = field(default_factory=dict)
    pack_label: str = ""  # 'id@version', recorded with every event

    @classmethod
    def from_pack_data(cls, data: dict) -> Workflow:
        section = data.get("workflow")
        if not section or not section.get("steps"):
            raise TransitionError("no_workflow", f"pack {data['pack']['id']!r} has no [workflow] steps")
        return cls(
            programme=data["pack"]["id"], name_zh=section["name_zh"], name_en=section["name_en"],
            steps=[Step.from_data(s) for s in section["steps"]],
            deadlines={d["id"]: d for d in data.get("deadlines", [])},
            pack_label=f"{data['pack']['id']}@{data['pack'].get('version', '')}",
        )

    @classmethod
    def from_pack(cls, pack) -> Workflow:
        return cls.from_pack_data(pack.data)

    @property
    def step_ids(self) -> list:
        return [s.id for s in self.steps]

    def step(self, step_id: str) -> Step:
        for s in self.steps:
            if s.id == step_id:
                return s
        raise TransitionError("unknown_step", f"{self.programme}: no step {step_id!r} "
                                              f"(steps: {', '.join(self.step_ids)})")

    def index(self, step_id: str) -> int:
        return self.step_ids.index(self.step(step_id).id)

    def next_step(self, current: str | None) -> Step | None:
        """The step after `current` (the first step when the parcel is not in the programme)."""
        if current is None:
            return self.steps[0]
        i = self.index(current)
        return self.steps[i + 1] if i + 1 < len(self.steps) else None

    def back_steps(self, current: str | None) -> list:
        return [] if current is None else [self.step(b) for b in self.step(current).back_to]

    def step_before(self, step_id: str) -> str | None:
        """The step a parcel is at when it advances to `step_id` (None: it is not in the programme)."""
        i = self.index(step_id)
        return self.steps[i - 1].id if i > 0 else None

    def check(self, parcel_id: str, current: str | None, target: str, note: str = "",
              actor_level: str | None = None, kind: str | None = None) -> Transition:
        """The transition current → target, or TransitionError saying why it is not allowed.

        `kind` is what the user asked for: ADVANCE (to the next step) or SEND_BACK (to a
        step listed in `back_to`, with a reason); None accepts either (a preview)."""
        if kind is not None and kind not in REQUEST_KINDS:
            raise TransitionError("kind", f"parcel {parcel_id}: unknown kind of request {kind!r}", parcel=parcel_id)
        to = self.step(target)
        nxt = self.next_step(current)
        going_back = current is not None and to.id in self.step(current).back_to
        if nxt is not None and to.id == nxt.id and kind != SEND_BACK:
            kind, level = (START if current is None else NEXT), to.level
        elif going_back and kind != ADVANCE:
            if not has_visible_character(note):
                raise TransitionError("reason_required", f"parcel {parcel_id}: going back from {current!r} "
                                                         f"to {target!r} needs a reason",
                                      parcel=parcel_id, current=current, target=target)
            # Sending back is decided by whoever checks the current step (e.g. city acceptance).
            kind = BACK
            level = max(to.level, self.step(current).level, key=level_rank)
        elif current is None:
            raise TransitionError("not_started", f"parcel {parcel_id}: not in {self.programme} yet; "
                                                 f"it starts at {self.steps[0].id!r}, not {target!r}",
                                  parcel=parcel_id, current=self.steps[0].id, target=target)
        elif current == target:
            raise TransitionError("same_step", f"parcel {parcel_id} is already at {target!r}",
                                  parcel=parcel_id, current=current, target=target)
        else:
            allowed = self.allowed(current, kind)
            raise TransitionError("skip", f"parcel {parcel_id}: {current!r} → {target!r} is not allowed "
                                          f"(allowed: {', '.join(allowed) or 'none, last step'})",
                                  parcel=parcel_id, current=current, target=target, allowed=allowed,
                                  kind=kind)
        if actor_level is not None and level_rank(actor_level) < level_rank(level):
            raise TransitionError("level", f"parcel {parcel_id}: step {target!r} is recorded by the {level}, "
                                           f"not the {actor_level}",
                                  parcel=parcel_id, target=target, level=level, actor_level=actor_level)
        return Transition(parcel_id, current, to.id, kind, level, note)

    def allowed(self, current: str, kind: str | None = None) -> list:
        """The steps a request of `kind` may go to from `current` (both kinds when None)."""
        nxt = self.next_step(current)
        forward = [nxt.id] if nxt is not None and kind != SEND_BACK else []
        back = [s.id for s in self.back_steps(current)] if kind != ADVANCE else []
        return forward + back

    def due(self, step_id: str, since: _dt.date, calendar: WorkingCalendar) -> DueDate | None:
        """When a parcel that entered `step_id` on `since` must leave it (None: no limit)."""
        s = self.step(step_id)
        if s.duration_working_days is not None:
            return calendar.add_working_days(since, s.duration_working_days)
        if s.duration_days is not None:
            return DueDate(since + _dt.timedelta(days=s.duration_days))
        if s.duration_years is not None:
            return DueDate(_anniversary(since, s.duration_years))
        if s.deadline is not None:
            return DueDate(next_occurrence(self.deadlines[s.deadline], since))
        return None


def next_occurrence(deadline: dict, since: _dt.date) -> _dt.date:
    """A pack deadline's first date on or after `since` (a fixed `date`, else its month/day).

    The year offset ties the date to a reference year (e.g. 'by 15 September of the next
    year' of the bank year); for a step's own deadline the reference is the year that makes
    the date fall due next, so a parcel entering 'works' in May is due that 30 September.
    """
    if "date" in deadline:
        return deadline["date"]
    for year in range(since.year, since.year + 5):
        try:
            day = _dt.date(year, deadline["month"], deadline["day"])
        except ValueError:  # 29 February in a common year
            continue
        if day >= since:
            return day
    raise ValueError(f"deadline {deadline.get('id')!r} has no date after {since}")


def deadline_for_year(deadline: dict, reference_year: int) -> _dt.date:
    """A pack deadline for a reference year, e.g. the bank year: year + year_offset, month, day."""
    if "date" in deadline:
        return deadline["date"]
    return _dt.date(reference_year + deadline.get("year_offset", 0), deadline["month"], deadline["day"])


def parcel_key(id_field: str, value, zldwdm=None) -> str:
    """The stable key of a parcel: BSM as it is; TBBH — numbered within its village, the
    坐落单位 (a new parcel takes its village's highest TBBH + 1) — prefixed with the whole
    坐落单位代码 ZLDWDM: two villages of a county both have a parcel 1."""
    text = "" if value is None else str(value).strip()
    if not text:
        return ""
    if id_field.upper() == "TBBH":
        village = "" if zldwdm is None else str(zldwdm).strip()
        return f"{village}-{text}" if village else ""
    return text


def is_overdue(due: _dt.date | None, today: _dt.date) -> bool:
    return due is not None and today > due
