"""Working days in China: official holidays and weekend make-up working days (调休).

The official calendar comes from the vendored `chinesecalendar` library (ext/chinese_calendar),
which knows the years published before its release. For a later year the county adds that
year's holidays (and make-up days) in its pack ([calendar] holidays/workdays) or in the
settings; until it does, days of that year count Monday–Friday and every date computed
from them is marked provisional — never an error.
Seed: ../shared/seeds/000_9e49406886a189a5.txt (公示5个工作日).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from ..ext.chinese_calendar import constants as _official

OFFICIAL_YEARS = (min(_official.holidays).year, max(_official.holidays).year)


@dataclass(frozen=True)
class DueDate:
    """A computed date; provisional when it crossed a year whose holidays are unknown."""

    date: _dt.date
    provisional: bool = False


_SEPARATORS = re.compile(r"[,;，；、\s]+")


def parse_dates(values, rejected: list | None = None) -> list:
    """Dates from a pack (datetime.date) or settings text ('2027-10-01,2027-10-02'; commas,
    semicolons — Chinese ones too — spaces and new lines all separate).

    Text that is not a date is skipped and appended to `rejected` for the caller to report.
    """
    if isinstance(values, str):
        values = [values]
    out = []
    for value in values or ():
        if isinstance(value, _dt.date):
            out.append(value)
            continue
        for part in _SEPARATORS.split(str(value)):
            if not part:
                continue
            try:
                out.append(_dt.date.fromisoformat(part))
            except ValueError:
                if rejected is not None:
                    rejected.append(part)
    return out


class WorkingCalendar:
    """China's working days: the library's years plus the county's own additions."""

    def __init__(self, extra_holidays=(), extra_workdays=(), use_official: bool = True):
        self._holidays = set(_official.holidays) if use_official else set()
        self._workdays = set(_official.workdays) if use_official else set()
        self._known = set(range(OFFICIAL_YEARS[0], OFFICIAL_YEARS[1] + 1)) if use_official else set()
        self.rejected = []  # settings text that was not a date
        added_holidays = parse_dates(extra_holidays, self.rejected)
        added_workdays = parse_dates(extra_workdays, self.rejected)
        self._holidays.update(added_holidays)
        self._workdays.update(added_workdays)
        # A year counts as known once the county has given at least one holiday of it.
        self._known.update(d.year for d in added_holidays)

    @classmethod
    def for_pack(cls, pack_data: dict | None = None, holidays=(), workdays=()) -> WorkingCalendar:
        """The calendar for a pack's [calendar] section plus settings' lists."""
        section = (pack_data or {}).get("calendar", {})
        def both(from_pack, from_settings):
            return list(from_pack) + ([from_settings] if isinstance(from_settings, str) else list(from_settings))

        return cls(both(section.get("holidays", []), holidays), both(section.get("workdays", []), workdays))

    def knows(self, year: int) -> bool:
        return year in self._known

    def known_years(self) -> set:
        """The years whose holidays this calendar knows (others count Monday–Friday, provisionally)."""
        return set(self._known)

    def special_days(self) -> dict:
        """Every holiday and make-up working day → whether it is worked (a shared store keeps these)."""
        return {day: self.is_working_day(day) for day in self._holidays | self._workdays}

    def is_working_day(self, day: _dt.date) -> bool:
        if day in self._workdays:
            return True
        if day in self._holidays:
            return False
        return day.weekday() < 5

    def add_working_days(self, start: _dt.date, count: int) -> DueDate:
        """The `count`-th working day after `start` (a notice posted on `start` for 5 working
        days ends on the 5th working day after it). count 0 returns `start`."""
        day, left = start, count
        provisional = False
        while left > 0:
            day += _dt.timedelta(days=1)
            provisional = provisional or not self.knows(day.year)
            if self.is_working_day(day):
                left -= 1
        return DueDate(day, provisional)

    def working_days_between(self, start: _dt.date, end: _dt.date) -> int:
        """Working days after `start` up to and including `end` (0 when end ≤ start)."""
        count, day = 0, start
        while day < end:
            day += _dt.timedelta(days=1)
            count += self.is_working_day(day)
        return count
