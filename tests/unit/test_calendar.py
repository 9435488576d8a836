"""Working-day arithmetic around China's official holidays (调休), rules/calendar.py.

Seed: ../shared/seeds/000_9e49406886a189a5.txt — 公示5个工作日 (public notice, 5 working days).
The expected dates are the State Council's published arrangements for 2025 and 2026.
"""

from __future__ import annotations

import datetime as dt

import pytest

from land_balance.rules.calendar import OFFICIAL_YEARS, WorkingCalendar, parse_dates

D = dt.date
CAL = WorkingCalendar()


@pytest.mark.parametrize("start, due", [
    # 2025 National Day: 1–8 Oct off; Sun 28 Sep and Sat 11 Oct are working days.
    (D(2025, 9, 26), D(2025, 10, 10)),   # 28 Sep, 29, 30, 9 Oct, 10 Oct
    (D(2025, 9, 30), D(2025, 10, 14)),   # 9, 10, 11 (Sat, make-up), 13, 14 Oct
    # 2025 Spring Festival: 28 Jan–4 Feb off; Sun 26 Jan and Sat 8 Feb are working days.
    (D(2025, 1, 24), D(2025, 2, 7)),     # 26 Jan, 27, 5 Feb, 6, 7
    (D(2025, 2, 5), D(2025, 2, 11)),     # 6, 7, 8 (Sat, make-up), 10, 11
    # 2026 Spring Festival: 15–23 Feb off; Sat 14 Feb and Sat 28 Feb are working days.
    (D(2026, 2, 12), D(2026, 2, 26)),    # 13, 14 (Sat), 24, 25, 26
    (D(2026, 2, 24), D(2026, 3, 2)),     # 25, 26, 27, 28 (Sat), 2 Mar
    # 2026 National Day: 1–7 Oct off; Sun 20 Sep and Sat 10 Oct are working days.
    (D(2026, 9, 29), D(2026, 10, 12)),   # 30 Sep, 8 Oct, 9, 10 (Sat), 12
    (D(2026, 9, 18), D(2026, 9, 24)),    # 20 Sep (Sun, make-up), 21, 22, 23, 24
])
def test_public_notice_of_five_working_days(start, due):
    result = CAL.add_working_days(start, 5)
    assert result.date == due
    assert not result.provisional


def test_make_up_days_and_holidays():
    assert CAL.is_working_day(D(2025, 9, 28))       # Sunday, 调休 working day
    assert not CAL.is_working_day(D(2025, 10, 8))   # Wednesday, holiday
    assert not CAL.is_working_day(D(2026, 2, 16))   # Monday, Spring Festival
    assert CAL.is_working_day(D(2026, 2, 14))       # Saturday, 调休 working day
    assert CAL.working_days_between(D(2025, 9, 30), D(2025, 10, 10)) == 2


def test_a_year_the_library_does_not_know_is_weekdays_and_provisional():
    year = OFFICIAL_YEARS[1] + 1
    assert not CAL.knows(year)
    start = D(year, 9, 30)
    result = CAL.add_working_days(start, 5)     # never a crash
    assert result.provisional
    expected, left = start, 5
    while left:
        expected += dt.timedelta(days=1)
        left -= expected.weekday() < 5
    assert result.date == expected


def test_a_year_crossing_into_the_unknown_is_provisional():
    result = CAL.add_working_days(D(OFFICIAL_YEARS[1], 12, 29), 5)
    assert result.provisional and result.date.year == OFFICIAL_YEARS[1] + 1


def test_county_adds_the_unknown_years_holidays_in_its_pack():
    year = OFFICIAL_YEARS[1] + 1
    holidays = [D(year, 10, d) for d in range(1, 8)]
    pack = {"calendar": {"holidays": holidays, "workdays": [D(year, 10, 9)]}}
    cal = WorkingCalendar.for_pack(pack)
    assert cal.knows(year)
    result = cal.add_working_days(D(year, 9, 29), 5)
    assert not result.provisional
    days, day = [], D(year, 9, 29)
    while len(days) < 5:
        day += dt.timedelta(days=1)
        if day in (D(year, 10, 9),) or (day.weekday() < 5 and day not in holidays):
            days.append(day)
    assert result.date == days[-1] and result.date > D(year, 10, 7)


def test_settings_text_is_accepted():
    year = OFFICIAL_YEARS[1] + 1
    cal = WorkingCalendar.for_pack({}, holidays=f"{year}-01-01, {year}-01-02", workdays="")
    assert cal.knows(year) and not cal.is_working_day(D(year, 1, 1))


def test_bad_settings_text_is_reported_not_fatal():
    cal = WorkingCalendar.for_pack({}, holidays="2027-13-01, soon", workdays=())
    assert cal.rejected == ["2027-13-01", "soon"]


def test_settings_text_may_use_chinese_separators_and_new_lines():
    rejected = []
    got = parse_dates("2027-01-01，2027-01-02；2027-01-03、 2027-02-10\n2027-02-11\t2027-02-12; soon", rejected)
    assert [d.isoformat() for d in got] == ["2027-01-01", "2027-01-02", "2027-01-03", "2027-02-10",
                                            "2027-02-11", "2027-02-12"]
    assert rejected == ["soon"]
