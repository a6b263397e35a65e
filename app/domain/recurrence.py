"""Yearly recurrence of solar and lunar dates: birthdays, anniversaries, holidays.

Pure functions over `datetime.date`. Lunar dates are converted by `app.domain.lunar`
(lunar years 1900-2100); outside that range a lunar date has no occurrence.

Rules:
- a solar 29 Feb falls on 28 Feb in years that have no 29 Feb;
- a lunar date in a leap month is kept in the leap month when the lunar year has
  that leap month, else it falls in the ordinary month of the same number;
- lunar day 30 in a month of 29 days falls on the month's last day (the 29th).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from app.domain import lunar as lunar_calendar
from app.domain.enums import Holiday, ReminderKind
from app.domain.rule_defaults import DEFAULT_LEAD_DAYS  # noqa: F401 - said here too

_LUNAR_FIRST_YEAR = lunar_calendar.FIRST_YEAR
_LUNAR_LAST_YEAR = lunar_calendar.LAST_YEAR

# (holiday, lunar?, month, day), in the order ties are listed
_HOLIDAYS: tuple[tuple[Holiday, bool, int, int], ...] = (
    (Holiday.NEW_YEAR, False, 1, 1),
    (Holiday.SPRING_FESTIVAL, True, 1, 1),
    (Holiday.LANTERN, True, 1, 15),
    (Holiday.DRAGON_BOAT, True, 5, 5),
    (Holiday.MID_AUTUMN, True, 8, 15),
    (Holiday.NATIONAL_DAY, False, 10, 1),
)

# windows at least this long hold every key (a year has at most 366 solar days and
# a lunar year at most 385; a lunar month/day recurs at most ~385 days apart)
_ALL_SOLAR_SPAN = 366
_ALL_LUNAR_SPAN = 400

_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # 29 Feb included
_ALL_SOLAR_KEYS: frozenset[tuple[int, int]] = frozenset(
    (m, d) for m in range(1, 13) for d in range(1, _MONTH_DAYS[m - 1] + 1)
)
_ALL_LUNAR_KEYS: frozenset[tuple[int, int]] = frozenset(
    (m, d) for m in range(1, 13) for d in range(1, 31)
)


def _check_month_day(month: int, day: int, max_day: int) -> None:
    if not 1 <= month <= 12 or not 1 <= day <= max_day:
        raise ValueError(f"month/day out of range: {month}/{day}")


def _isleap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days(start: date, end: date) -> int:
    """Number of days in [start, end] (0 when end < start)."""
    return max((end - start).days + 1, 0)


# --- solar -----------------------------------------------------------------


def solar_on(year: int, month: int, day: int) -> date:
    """The occurrence of solar `month`/`day` in `year` (29 Feb -> 28 Feb in common years)."""
    if month == 2 and day == 29 and not _isleap(year):
        return date(year, 2, 28)
    return date(year, month, day)


def solar_occurrences(month: int, day: int, start: date, end: date) -> list[date]:
    """Every yearly occurrence of solar `month`/`day` within [start, end], ascending."""
    _check_month_day(month, day, 31)
    out: list[date] = []
    for year in range(max(start.year, date.min.year), min(end.year, date.max.year) + 1):
        d = solar_on(year, month, day)
        if start <= d <= end:
            out.append(d)
    return out


def solar_keys_in_window(start: date, end: date) -> set[tuple[int, int]]:
    """Every (month, day) whose yearly solar occurrence falls in [start, end].

    Holds (2, 29) when the window holds 28 Feb of a common year. Meant as an exact
    SQL pre-filter on stored birth month/day.
    """
    n = _days(start, end)
    if n >= _ALL_SOLAR_SPAN:
        return set(_ALL_SOLAR_KEYS)
    keys: set[tuple[int, int]] = set()
    d = start
    one = timedelta(days=1)
    for _ in range(n):
        keys.add((d.month, d.day))
        if d.month == 2 and d.day == 28 and not _isleap(d.year):
            keys.add((2, 29))
        if d == date.max:
            break
        d += one
    return keys


# --- lunar -----------------------------------------------------------------


def _lunar_months(lunar_year: int) -> tuple[lunar_calendar.LunarMonth, ...]:
    """The months of a lunar year in order: (month, leap, solar first day, length).

    Empty outside the calendar's range (cached per year by `lunar_calendar.months_of`).
    """
    if not _LUNAR_FIRST_YEAR <= lunar_year <= _LUNAR_LAST_YEAR:
        return ()
    return lunar_calendar.months_of(lunar_year)


@lru_cache(maxsize=4096)
def lunar_on(lunar_year: int, month: int, day: int, leap: bool = False) -> date | None:
    """The solar date of lunar `month`/`day` celebrated in `lunar_year`.

    A leap-month date stays in the leap month when `lunar_year` has that leap month,
    else it falls in the ordinary month; day 30 of a 29-day month falls on the 29th.
    None only outside the calendar's range (lunar years 1900-2100).
    """
    _check_month_day(month, day, 30)
    months = _lunar_months(lunar_year)
    if not months:
        return None
    want_leap = bool(leap) and any(m == month and lp for m, lp, _, _ in months)
    for m, lp, first, length in months:
        if m == month and lp == want_leap:
            return first + timedelta(days=min(day, length) - 1)
    raise AssertionError("unreachable: every lunar year has months 1-12")


def _lunar_years_for(start: date, end: date) -> range:
    """The lunar years that can have a date in [start, end].

    Lunar year Y begins between 21 Jan and 20 Feb of solar year Y and ends before
    the next one begins, so its dates lie in solar years Y and Y + 1.
    """
    first = max(start.year - 1, _LUNAR_FIRST_YEAR)
    last = min(end.year, _LUNAR_LAST_YEAR)
    return range(first, last + 1)


def lunar_occurrences(month: int, day: int, leap: bool, start: date, end: date) -> list[date]:
    """Every occurrence of lunar `month`/`day` (`leap`: born in a leap month) in [start, end]."""
    _check_month_day(month, day, 30)
    out: list[date] = []
    for lunar_year in _lunar_years_for(start, end):
        d = lunar_on(lunar_year, month, day, leap)
        if d is not None and start <= d <= end:
            out.append(d)
    return out


def lunar_keys_in_window(start: date, end: date) -> set[tuple[int, int]]:
    """Every lunar (month, day), leap flag ignored, that can occur in [start, end].

    A superset pre-filter for SQL on stored lunar month/day: includes day 30 when a
    29-day month's last day is in the window, and leap months under their number.
    The exact check is `lunar_occurrences`.
    """
    n = _days(start, end)
    if n == 0:
        return set()
    if n >= _ALL_LUNAR_SPAN:
        return set(_ALL_LUNAR_KEYS)
    keys: set[tuple[int, int]] = set()
    for lunar_year in _lunar_years_for(start, end):
        for month, _leap, first, length in _lunar_months(lunar_year):
            last = first + timedelta(days=length - 1)
            if last < start or first > end:
                continue
            lo = max((start - first).days, 0) + 1
            hi = min((end - first).days, length - 1) + 1
            keys.update((month, d) for d in range(lo, hi + 1))
            if length == 29 and hi == 29:
                keys.add((month, 30))
    return keys


# --- holidays, anniversaries, dispatch ---------------------------------------


def holiday_occurrences(start: date, end: date) -> list[tuple[Holiday, date]]:
    """The holidays in [start, end], ascending by date.

    New Year (1/1) and National Day (10/1) are solar; Spring Festival (1/1), Lantern
    (1/15), Dragon Boat (5/5) and Mid-Autumn (8/15) are lunar.
    """
    found: list[tuple[date, int, Holiday]] = []
    for order, (holiday, lunar, month, day) in enumerate(_HOLIDAYS):
        dates = (
            lunar_occurrences(month, day, False, start, end)
            if lunar
            else solar_occurrences(month, day, start, end)
        )
        found.extend((d, order, holiday) for d in dates)
    found.sort()
    return [(holiday, d) for d, _, holiday in found]


def next_anniversary(original: date, on_or_after: date) -> date:
    """The first yearly anniversary of `original` (itself included) on or after `on_or_after`.

    A 29 Feb original falls on 28 Feb in common years.
    """
    year = max(on_or_after.year, original.year)
    d = solar_on(year, original.month, original.day)
    if d < on_or_after:
        d = solar_on(year + 1, original.month, original.day)
    return d


def occurrences_in_window(
    kind: ReminderKind,
    month: int,
    day: int,
    start: date,
    end: date,
    *,
    lunar: bool = False,
    leap: bool = False,
) -> list[date]:
    """Occurrences of a yearly `month`/`day` in [start, end], solar or lunar.

    `kind` does not change the rule today (every kind recurs yearly); it is taken so
    callers need not know that. `leap` only matters for lunar dates.
    """
    if lunar:
        return lunar_occurrences(month, day, leap, start, end)
    return solar_occurrences(month, day, start, end)
