"""The lunar calendar checked against an independent one: every month of lunar years
1900-2100 (leap months, whether day 30 exists, the solar date of each first day) and every
holiday of 1901-2099.

The reference is `borax` (a data table of month lengths and leap months), not the
computation of `tyme4py` that the program uses. The two disagree on two month boundaries,
both in the future and both on a new moon within three minutes of midnight Beijing time
(2089-09-04 23:57, 2097-08-07 23:59), where the day depends on the ephemeris and on the
Earth's rotation decades ahead; those are listed in DISPUTED and checked to differ by
exactly that one day and nothing else.
"""

from __future__ import annotations

import time
from datetime import date, timedelta

import pytest
from borax.calendars import festivals2 as borax_festivals
from borax.calendars import lunardate as borax_lunardate

from app.domain import lunar
from app.domain.enums import CalendarKind, Holiday
from app.domain.errors import ValidationError
from app.domain.recurrence import holiday_occurrences, lunar_occurrences, lunar_on
from app.domain.validation import check_birthday, lunar_to_solar, solar_to_lunar

YEARS = range(1900, 2101)

# lunar year -> (month number, leap) whose first day is one day later in borax's table
# (the month before is one day longer there): a new moon a few minutes before midnight
DISPUTED: dict[int, tuple[int, bool]] = {2089: (8, False), 2097: (7, False)}


def reference_months(year: int) -> list[tuple[int, bool, date, int]]:
    """borax's months of a lunar year: (month, leap, solar first day, length)."""
    LunarDate, LCalendars = borax_lunardate.LunarDate, borax_lunardate.LCalendars
    leap_month = LCalendars.leap_month(year)
    first = LunarDate(year, 1, 1).to_solar_date()
    months = []
    for month in range(1, 13):
        for leap in (False, True) if month == leap_month else (False,):
            length = LCalendars.ndays(year, month, int(leap))
            months.append((month, leap, first, length))
            first += timedelta(days=length)
    return months


def expected_months(year: int) -> list[tuple[int, bool, date, int]]:
    """borax's months, with a disputed boundary moved to where the program puts it."""
    months = reference_months(year)
    if year in DISPUTED:
        i = next(i for i, m in enumerate(months) if m[:2] == DISPUTED[year])
        (pm, pl, pf, plen), (m, lp, first, length) = months[i - 1], months[i]
        months[i - 1] = (pm, pl, pf, plen - 1)
        months[i] = (m, lp, first - timedelta(days=1), length + 1)
    return months


REFERENCE = {year: reference_months(year) for year in YEARS}
EXPECTED = {year: expected_months(year) for year in YEARS}


def test_every_month_of_1900_to_2100_matches_the_independent_table():
    """Leap months, month lengths (day 30 or not) and each month's first solar day."""
    wrong = [(year, [tuple(m) for m in lunar.months_of(year)], EXPECTED[year])
             for year in YEARS if [tuple(m) for m in lunar.months_of(year)] != EXPECTED[year]]
    assert wrong == []


def test_the_disputed_boundaries_are_one_day_apart_and_nothing_else():
    for year, (month, leap) in DISPUTED.items():
        ours, theirs = [tuple(m) for m in lunar.months_of(year)], REFERENCE[year]
        differ = [i for i, (a, b) in enumerate(zip(ours, theirs, strict=True)) if a != b]
        i = next(i for i, m in enumerate(theirs) if m[:2] == (month, leap))
        assert differ == [i - 1, i]
        assert ours[i][2] == theirs[i][2] - timedelta(days=1)


def test_lunar_on_gives_every_month_start_and_length_of_the_table():
    """The same months through the reminders' own entry point (lunar_on), which also puts
    day 30 of a 29-day month on its 29th."""
    for year in YEARS:
        for month, leap, first, length in EXPECTED[year]:
            assert lunar_on(year, month, 1, leap) == first, (year, month, leap)
            assert lunar_on(year, month, 30, leap) == first + timedelta(days=length - 1), (
                year, month, leap)


def test_every_solar_day_converts_to_the_lunar_date_of_the_table():
    """solar_to_lunar on each of the ~73,400 days from 31 Jan 1900 to 28 Jan 2101."""
    day_of: dict[date, tuple[int, int, int, bool]] = {}
    for year in YEARS:
        for month, leap, first, length in EXPECTED[year]:
            for d in range(length):
                day_of[first + timedelta(days=d)] = (year, month, d + 1, leap)
    assert min(day_of) == lunar.first_day() == date(1900, 1, 31)
    assert max(day_of) == lunar.last_day() == date(2101, 1, 28)
    assert len(day_of) == (lunar.last_day() - lunar.first_day()).days + 1
    wrong = [(d, solar_to_lunar(d), want) for d, want in day_of.items()
             if solar_to_lunar(d) != want]
    assert wrong == []


def test_day_30_and_leap_months_are_accepted_exactly_when_they_exist():
    """A lunar birthday with its year: day 30 refused in a 29-day month, accepted in a
    30-day one; a leap month accepted only in the year that has it."""
    today = date(2100, 12, 31)
    for year in range(1900, 2101):
        leap_months = {m for m, lp, _, _ in EXPECTED[year] if lp}
        for month, leap, first, length in EXPECTED[year]:
            if length == 30:
                check_birthday(CalendarKind.LUNAR, year, month, 30, leap, today=today)
                assert lunar_to_solar(year, month, 30, leap) == first + timedelta(days=29)
            else:
                with pytest.raises(ValidationError) as refused:
                    check_birthday(CalendarKind.LUNAR, year, month, 30, leap, today=today)
                assert refused.value.codes() == {"birthday": "birthday_invalid"}
        for month in set(range(1, 13)) - leap_months:
            with pytest.raises(ValidationError):
                check_birthday(CalendarKind.LUNAR, year, month, 1, True, today=today)


# --- holidays -------------------------------------------------------------------

FESTIVAL_NAMES = {
    Holiday.NEW_YEAR: "元旦",
    Holiday.SPRING_FESTIVAL: "春节",
    Holiday.LANTERN: "元宵节",
    Holiday.DRAGON_BOAT: "端午节",
    Holiday.MID_AUTUMN: "中秋节",
    Holiday.NATIONAL_DAY: "国庆节",
}
# the one holiday on a disputed boundary (see DISPUTED): borax has 19 Sep 2089
DISPUTED_HOLIDAYS = {(Holiday.MID_AUTUMN, date(2089, 9, 19)): date(2089, 9, 18)}


def festival_day(festival, year: int) -> date:
    """The festival's solar day in (lunar) `year`, in an ordinary month: borax also offers
    5/5 of a leap fifth month, and its list_days skips some solar festivals (1 Oct 1957)."""
    days = []
    for month in range(1, 13):
        try:
            day = festival.at(year, month=month, leap=0)
        except borax_festivals.FestivalError:
            continue
        days.append(day.to_solar_date() if hasattr(day, "to_solar_date") else day)
    (day,) = days
    return day


def test_every_holiday_of_1901_to_2099_matches_the_independent_festival_list():
    """Each festival as borax defines it by name (春节 is 正月初一 and so on), on its day of
    each year; a lunar holiday of lunar year Y always falls in solar year Y."""
    library = borax_festivals.FestivalLibrary.load_builtin()
    expected = []
    for holiday, name in FESTIVAL_NAMES.items():
        festival = library.get_festival(name)
        for year in range(1901, 2100):
            day = festival_day(festival, year)
            expected.append((holiday, DISPUTED_HOLIDAYS.get((holiday, day), day)))
    found = holiday_occurrences(date(1901, 1, 1), date(2099, 12, 31))
    assert len(found) == len(expected) == 6 * 199
    assert sorted(found, key=lambda h: (h[1], h[0])) == sorted(
        expected, key=lambda h: (h[1], h[0]))


# --- the days the old library had wrong --------------------------------------------


def test_mid_autumn_1978_is_17_september_not_a_day_early():
    # the new moon of the eighth month was at 00:09 on 3 Sep 1978, Beijing time
    found = dict(holiday_occurrences(date(1978, 1, 1), date(1978, 12, 31)))
    assert found[Holiday.MID_AUTUMN] == date(1978, 9, 17)


def test_lunar_birthdays_of_1933_1954_and_1978_fall_on_the_right_day():
    assert lunar_on(1933, 6, 1) == date(1933, 7, 23)
    assert lunar_on(1954, 11, 1) == date(1954, 11, 25)
    assert lunar_on(1978, 8, 1) == date(1978, 9, 3)
    assert lunar_occurrences(8, 1, False, date(1978, 8, 1), date(1978, 9, 30)) == [
        date(1978, 9, 3)]


@pytest.mark.parametrize(("year", "month", "leap"), [(1933, 5, True), (1954, 11, False),
                                                     (1978, 7, False)])
def test_valid_lunar_day_30_of_the_last_century_is_accepted(year, month, leap):
    check_birthday(CalendarKind.LUNAR, year, month, 30, leap, today=date(2026, 12, 1))


@pytest.mark.parametrize(("year", "month"), [(1933, 6), (1954, 10), (1978, 8)])
def test_non_existent_lunar_day_30_of_the_last_century_is_refused(year, month):
    with pytest.raises(ValidationError) as refused:
        check_birthday(CalendarKind.LUNAR, year, month, 30, today=date(2026, 12, 1))
    assert refused.value.codes() == {"birthday": "birthday_invalid"}


# --- outside the range: a clear error, never a wrong year ---------------------------


@pytest.mark.parametrize("day", [date(1900, 1, 30), date(1899, 6, 1), date(2101, 1, 29),
                                 date(2101, 2, 1), date(2150, 6, 1)])
def test_solar_dates_outside_the_calendar_are_refused_not_given_a_wrong_year(day):
    with pytest.raises(ValidationError) as refused:
        solar_to_lunar(day)
    assert refused.value.codes() == {"birthday": "lunar_out_of_range"}


@pytest.mark.parametrize("year", [1899, 2101])
def test_lunar_years_outside_the_calendar_are_refused(year):
    with pytest.raises(ValidationError) as refused:
        lunar_to_solar(year, 1, 1, field="date")
    assert refused.value.codes() == {"date": "lunar_out_of_range"}
    assert lunar_on(year, 1, 1) is None  # a reminder simply has no occurrence then


def test_the_ends_of_the_range_convert():
    assert solar_to_lunar(date(1900, 1, 31)) == (1900, 1, 1, False)
    assert solar_to_lunar(date(2101, 1, 28)) == (2100, 12, 29, False)
    assert lunar_to_solar(2100, 12, 29) == date(2101, 1, 28)


def test_the_out_of_range_error_is_worded_for_the_person(qapp):
    from app.domain.errors import FieldError
    from app.ui.messages import field_error

    text = field_error(FieldError("birthday", "lunar_out_of_range"))
    assert "1900" in text and "2100" in text
    assert text != field_error(FieldError("birthday", "no_such_code"))


# --- cost ---------------------------------------------------------------------------------


def test_a_lunar_year_costs_a_few_milliseconds_once_then_nothing():
    lunar.months_of.cache_clear()
    began = time.perf_counter()
    for year in range(2000, 2050):
        lunar.months_of(year)
    assert (time.perf_counter() - began) / 50 < 0.02
    began = time.perf_counter()
    for _ in range(100_000):
        lunar.months_of(2026)
    assert time.perf_counter() - began < 0.5


# --- start-up -----------------------------------------------------------------------------


def test_start_up_does_not_load_the_lunar_library(tmp_path):
    """The window and every module `python -m app` imports come up without tyme4py: it is
    loaded when a lunar date is first converted."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys\n"
        "import app.__main__, app.cli, app.bootstrap, app.ui.main_window, app.demo.generator\n"
        "from PySide6.QtCore import QSettings\n"
        "from app.bootstrap import build_main_window\n"
        f"s = QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat)\n"
        f"w = build_main_window({str(tmp_path / 'book.db')!r}, language='en', settings=s,"
        " defer_book=True)\n"
        "assert 'tyme4py' not in sys.modules, 'tyme4py loaded at start-up'\n"
        "from app.domain.validation import solar_to_lunar\n"
        "import datetime; solar_to_lunar(datetime.date(2026, 1, 1))\n"
        "assert 'tyme4py' in sys.modules\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root, env=env, timeout=120)
