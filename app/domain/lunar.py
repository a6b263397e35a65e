"""The Chinese lunar calendar: the months of each lunar year and conversions to and from
solar dates, for lunar years 1900-2100 (solar 31 Jan 1900 to the eve of lunar new year 2101).

The months come from `tyme4py` (computed from the new moons and the solar terms, by the
rules of GB/T 33661-2017), imported on first use because start-up speed matters, and are
cached per lunar year: a reminder run over a whole book asks for a handful of years.
Outside the range every conversion raises `LunarRangeError`, never a wrong year.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date, timedelta
from functools import cache
from typing import NamedTuple

FIRST_YEAR = 1900
LAST_YEAR = 2100

# a Julian day number minus this is the proleptic Gregorian ordinal of the same day
_JULIAN_DAY_TO_ORDINAL = 1_721_425


class LunarMonth(NamedTuple):
    month: int  # 1-12
    leap: bool  # the leap (intercalary) month that follows the ordinary one of this number
    first: date  # its first day, solar
    length: int  # 29 or 30 days


class LunarRangeError(ValueError):
    """A lunar year or a solar date outside the calendar's range (lunar 1900-2100)."""


def _check_year(lunar_year: int) -> None:
    if not FIRST_YEAR <= lunar_year <= LAST_YEAR:
        raise LunarRangeError(f"lunar year {lunar_year} outside {FIRST_YEAR}-{LAST_YEAR}")


@cache
def months_of(lunar_year: int) -> tuple[LunarMonth, ...]:
    """The 12 or 13 months of a lunar year in order; LunarRangeError outside 1900-2100."""
    _check_year(lunar_year)
    from tyme4py.lunar import LunarYear

    return tuple(
        LunarMonth(
            m.get_month(),
            m.is_leap(),
            date.fromordinal(m.get_first_julian_day().get_day() - _JULIAN_DAY_TO_ORDINAL),
            m.get_day_count(),
        )
        for m in LunarYear.from_year(lunar_year).get_months()
    )


def leap_month(lunar_year: int) -> int | None:
    """The number of the leap month of a lunar year, None when it has none."""
    return next((m.month for m in months_of(lunar_year) if m.leap), None)


def month_length(lunar_year: int, month: int, leap: bool = False) -> int:
    """29 or 30; ValueError when the year has no such month (e.g. a leap month it lacks)."""
    for m in months_of(lunar_year):
        if m.month == month and m.leap == bool(leap):
            return m.length
    raise ValueError(f"lunar year {lunar_year} has no month {month}{' (leap)' if leap else ''}")


def first_day() -> date:
    """The first solar day the calendar covers (lunar new year 1900)."""
    return months_of(FIRST_YEAR)[0].first


def last_day() -> date:
    """The last solar day the calendar covers (the eve of lunar new year 2101)."""
    last = months_of(LAST_YEAR)[-1]
    return last.first + timedelta(days=last.length - 1)


def to_solar(lunar_year: int, month: int, day: int, leap: bool = False) -> date:
    """The solar date of a lunar date. LunarRangeError outside the range; ValueError when the
    day does not exist (day 30 of a 29-day month, a leap month the year lacks)."""
    _check_year(lunar_year)
    length = month_length(lunar_year, month, leap)
    if not 1 <= day <= length:
        raise ValueError(f"lunar {lunar_year}-{month}{'L' if leap else ''}-{day} does not exist")
    for m in months_of(lunar_year):
        if m.month == month and m.leap == bool(leap):
            return m.first + timedelta(days=day - 1)
    raise AssertionError("unreachable: month_length found the month")


@cache
def _month_starts(lunar_year: int) -> tuple[date, ...]:
    return tuple(m.first for m in months_of(lunar_year))


def from_solar(value: date) -> tuple[int, int, int, bool]:
    """(lunar year, month, day, leap) of a solar date; LunarRangeError outside the range."""
    if not first_day() <= value <= last_day():
        raise LunarRangeError(f"{value} outside {first_day()} - {last_day()}")
    year = min(value.year, LAST_YEAR)
    if value < months_of(year)[0].first:
        year -= 1
    index = bisect_right(_month_starts(year), value) - 1
    m = months_of(year)[index]
    return year, m.month, (value - m.first).days + 1, m.leap
