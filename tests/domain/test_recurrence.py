"""Yearly recurrence: solar and lunar birthdays, leap months, holidays, anniversaries."""

import calendar
import random
import time
from datetime import date, timedelta

import pytest
from borax.calendars import lunardate as borax

from app.domain import lunar as lunar_calendar
from app.domain.enums import Holiday, ReminderKind
from app.domain.recurrence import (
    DEFAULT_LEAD_DAYS,
    holiday_occurrences,
    lunar_keys_in_window,
    lunar_occurrences,
    lunar_on,
    next_anniversary,
    occurrences_in_window,
    solar_keys_in_window,
    solar_occurrences,
    solar_on,
)

ALL_SOLAR_KEYS = [
    (m, d) for m in range(1, 13) for d in range(1, calendar.monthrange(2000, m)[1] + 1)
]
ALL_LUNAR_KEYS = [
    (m, d, leap) for m in range(1, 13) for d in range(1, 31) for leap in (False, True)
]


class LunarDate:
    """borax's lunar dates (an independent table) with the old reference's call shapes."""

    def __init__(self, year: int, month: int, day: int, leap: bool = False):
        self.date = borax.LunarDate(year, month, day, int(leap))

    def to_solar_date(self) -> date:
        return self.date.to_solar_date()

    @staticmethod
    def from_solar_date(year: int, month: int, day: int):
        return borax.LunarDate.from_solar_date(year, month, day)

    @staticmethod
    def leap_month_for_year(year: int) -> int | None:
        return borax.LCalendars.leap_month(year) or None


def lunar_month_length(year: int, month: int, leap: bool = False) -> int:
    return borax.LCalendars.ndays(year, month, int(leap))


def random_windows(seed: int, count: int, max_days: int = 60) -> list[tuple[date, date]]:
    rng = random.Random(seed)
    windows = []
    for _ in range(count):
        start = date(1950, 1, 1) + timedelta(days=rng.randrange(140 * 365))
        windows.append((start, start + timedelta(days=rng.randrange(max_days))))
    return windows


# --- defaults ----------------------------------------------------------------


def test_default_lead_days_cover_every_reminder_kind():
    assert set(DEFAULT_LEAD_DAYS) == set(ReminderKind)
    assert DEFAULT_LEAD_DAYS[ReminderKind.BIRTHDAY] == 3
    assert DEFAULT_LEAD_DAYS[ReminderKind.INSURANCE] == 30
    assert DEFAULT_LEAD_DAYS[ReminderKind.HOLIDAY] == 7


# --- solar -------------------------------------------------------------------


@pytest.mark.parametrize("year", [2025, 2026, 2027, 2100])
def test_solar_29_february_falls_on_28_february_in_common_years(year):
    assert solar_on(year, 2, 29) == date(year, 2, 28)


@pytest.mark.parametrize("year", [2024, 2028, 2000])
def test_solar_29_february_stays_on_29_february_in_leap_years(year):
    assert solar_on(year, 2, 29) == date(year, 2, 29)


def test_solar_occurrences_across_year_end_are_found_in_both_years():
    start, end = date(2026, 12, 20), date(2027, 1, 19)
    assert solar_occurrences(12, 25, start, end) == [date(2026, 12, 25)]
    assert solar_occurrences(1, 5, start, end) == [date(2027, 1, 5)]
    assert solar_occurrences(12, 1, start, end) == []


def test_solar_occurrences_are_inclusive_and_ascending_over_several_years():
    assert solar_occurrences(2, 29, date(2024, 2, 29), date(2026, 2, 28)) == [
        date(2024, 2, 29),
        date(2025, 2, 28),
        date(2026, 2, 28),
    ]


def test_solar_occurrences_of_empty_window_are_none():
    assert solar_occurrences(5, 1, date(2026, 5, 2), date(2026, 5, 1)) == []


# --- lunar -------------------------------------------------------------------


def test_lunar_on_agrees_with_the_reference_for_existing_dates():
    rng = random.Random(7)
    for _ in range(300):
        year, month, day = rng.randint(1901, 2098), rng.randint(1, 12), rng.randint(1, 29)
        if year in (2089, 2097):  # a disputed new moon at midnight: test_lunar_reference
            continue
        assert lunar_on(year, month, day) == LunarDate(year, month, day).to_solar_date()


def test_lunar_twelfth_month_birthday_of_lunar_2026_falls_in_january_2027():
    start, end = date(2026, 12, 20), date(2027, 1, 19)
    expected = LunarDate(2026, 12, 5).to_solar_date()
    assert expected.year == 2027 and expected.month == 1
    assert lunar_occurrences(12, 5, False, start, end) == [expected]
    assert occurrences_in_window(ReminderKind.BIRTHDAY, 12, 5, start, end, lunar=True) == [expected]


def test_lunar_occurrences_across_year_end_find_eleventh_month_in_december():
    start, end = date(2026, 12, 20), date(2027, 1, 19)
    expected = LunarDate(2026, 11, 20).to_solar_date()
    assert expected.year == 2026 and expected.month == 12
    assert lunar_occurrences(11, 20, False, start, end) == [expected]


def test_lunar_twelfth_month_date_in_february_is_found_from_lunar_year_before():
    start, end = date(2027, 2, 1), date(2027, 2, 28)
    expected = LunarDate(2026, 12, 29).to_solar_date()
    assert expected.year == 2027 and expected.month == 2
    assert lunar_occurrences(12, 29, False, start, end) == [expected]


def test_leap_months_of_2023_and_2025():
    for leap_month in (LunarDate.leap_month_for_year, lunar_calendar.leap_month):
        assert leap_month(2023) == 2
        assert leap_month(2024) is None
        assert leap_month(2025) == 6


def test_leap_second_month_birthday_is_kept_in_leap_month_in_2023():
    assert lunar_on(2023, 2, 10, leap=True) == LunarDate(2023, 2, 10, True).to_solar_date()
    assert lunar_on(2023, 2, 10, leap=True) != lunar_on(2023, 2, 10)


def test_leap_second_month_birthday_falls_in_ordinary_second_month_in_2024():
    assert lunar_on(2024, 2, 10, leap=True) == LunarDate(2024, 2, 10).to_solar_date()
    assert lunar_on(2024, 2, 10, leap=True) == lunar_on(2024, 2, 10)


def test_leap_sixth_month_birthday_in_2025_and_ordinary_sixth_month_in_2026():
    assert lunar_on(2025, 6, 1, leap=True) == LunarDate(2025, 6, 1, True).to_solar_date()
    assert lunar_on(2026, 6, 1, leap=True) == LunarDate(2026, 6, 1).to_solar_date()


def test_ordinary_month_birthday_ignores_the_leap_month_of_the_same_number():
    assert lunar_on(2023, 2, 10) == LunarDate(2023, 2, 10).to_solar_date()


def test_leap_month_birthday_occurs_once_per_lunar_year():
    occurrences = lunar_occurrences(2, 10, True, date(2023, 1, 1), date(2024, 12, 31))
    assert occurrences == [
        LunarDate(2023, 2, 10, True).to_solar_date(),
        LunarDate(2024, 2, 10).to_solar_date(),
    ]


def test_lunar_day_30_in_29_day_month_falls_on_the_29th():
    assert lunar_month_length(2026, 2) == 29
    with pytest.raises(ValueError):
        lunar_calendar.to_solar(2026, 2, 30)
    assert lunar_on(2026, 2, 30) == LunarDate(2026, 2, 29).to_solar_date()


def test_lunar_day_30_in_30_day_month_stays_on_the_30th():
    assert lunar_month_length(2026, 1) == 30
    assert lunar_on(2026, 1, 30) == LunarDate(2026, 1, 30).to_solar_date()


def test_lunar_day_30_of_leap_month_with_29_days_falls_on_its_29th():
    assert lunar_month_length(2023, 2, True) == 29
    assert lunar_on(2023, 2, 30, leap=True) == LunarDate(2023, 2, 29, True).to_solar_date()


def test_lunar_on_outside_the_calendar_range_is_none():
    assert lunar_on(1899, 1, 1) is None
    assert lunar_on(2101, 1, 1) is None
    assert lunar_on(2100, 1, 1) == date(2100, 2, 9)  # lunar 2100 is covered
    assert lunar_occurrences(1, 1, False, date(2101, 1, 1), date(2101, 12, 31)) == []
    assert lunar_occurrences(12, 29, False, date(2101, 1, 1), date(2101, 12, 31)) == [
        date(2101, 1, 28)]


def test_lunar_on_rejects_impossible_month_or_day():
    with pytest.raises(ValueError):
        lunar_on(2026, 13, 1)
    with pytest.raises(ValueError):
        lunar_on(2026, 1, 31)


# --- keys for the SQL pre-filter -----------------------------------------------


def test_solar_keys_include_29_february_when_window_holds_28_february_of_common_year():
    assert (2, 29) in solar_keys_in_window(date(2026, 2, 20), date(2026, 2, 28))
    assert (2, 29) not in solar_keys_in_window(date(2028, 2, 20), date(2028, 2, 28))
    assert (2, 29) in solar_keys_in_window(date(2028, 2, 29), date(2028, 3, 1))


def test_solar_keys_of_a_year_or_longer_are_every_day():
    assert solar_keys_in_window(date(2026, 3, 5), date(2027, 3, 4)) == set(ALL_SOLAR_KEYS)


def test_solar_keys_of_empty_window_are_none():
    assert solar_keys_in_window(date(2026, 3, 5), date(2026, 3, 4)) == set()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_solar_keys_are_exactly_the_keys_with_an_occurrence(seed):
    for start, end in random_windows(seed, 60, max_days=90):
        keys = solar_keys_in_window(start, end)
        brute = {(m, d) for m, d in ALL_SOLAR_KEYS if solar_occurrences(m, d, start, end)}
        assert keys == brute, (start, end)


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_lunar_keys_cover_every_occurrence_found_by_brute_force(seed):
    for start, end in random_windows(seed, 40, max_days=90):
        keys = lunar_keys_in_window(start, end)
        for m, d, leap in ALL_LUNAR_KEYS:
            if lunar_occurrences(m, d, leap, start, end):
                assert (m, d) in keys, (start, end, m, d, leap)


@pytest.mark.parametrize("seed", [21, 22])
def test_lunar_keys_cover_every_day_of_window_read_with_the_reference(seed):
    for start, end in random_windows(seed, 40):
        keys = lunar_keys_in_window(start, end)
        d = start
        while d <= end:
            ld = LunarDate.from_solar_date(d.year, d.month, d.day)
            assert (ld.month, ld.day) in keys, (start, end, d)
            if ld.day == 29 and lunar_month_length(ld.year, ld.month, ld.leap) == 29:
                assert (ld.month, 30) in keys, (start, end, d)
            d += timedelta(days=1)


def test_lunar_keys_hold_day_30_when_last_day_of_29_day_month_is_in_window():
    last = LunarDate(2026, 2, 29).to_solar_date()
    assert (2, 30) in lunar_keys_in_window(last, last)


def test_lunar_keys_hold_leap_month_number_during_leap_month():
    day = LunarDate(2023, 2, 10, True).to_solar_date()
    assert lunar_keys_in_window(day, day) == {(2, 10)}


def test_lunar_keys_across_year_end_hold_eleventh_and_twelfth_months():
    keys = lunar_keys_in_window(date(2026, 12, 20), date(2027, 1, 19))
    assert (11, 20) in keys and (12, 5) in keys
    assert (1, 1) not in keys


def test_lunar_keys_of_long_window_are_every_day():
    keys = lunar_keys_in_window(date(2026, 1, 1), date(2027, 6, 30))
    assert keys == {(m, d) for m in range(1, 13) for d in range(1, 31)}


def test_keys_of_40_day_window_take_well_under_5_ms():
    windows = random_windows(99, 50, max_days=1)
    windows = [(s, s + timedelta(days=39)) for s, _ in windows]
    for start, end in windows:  # warm the lunar month cache
        lunar_keys_in_window(start, end)
    began = time.perf_counter()
    for start, end in windows:
        lunar_keys_in_window(start, end)
        solar_keys_in_window(start, end)
    per_window = (time.perf_counter() - began) / len(windows)
    assert per_window < 0.005


# --- holidays ------------------------------------------------------------------


def test_holiday_dates_of_2026_match_the_reference():
    found = dict(holiday_occurrences(date(2026, 1, 1), date(2026, 12, 31)))
    assert found == {
        Holiday.NEW_YEAR: date(2026, 1, 1),
        Holiday.SPRING_FESTIVAL: LunarDate(2026, 1, 1).to_solar_date(),
        Holiday.LANTERN: LunarDate(2026, 1, 15).to_solar_date(),
        Holiday.DRAGON_BOAT: LunarDate(2026, 5, 5).to_solar_date(),
        Holiday.MID_AUTUMN: LunarDate(2026, 8, 15).to_solar_date(),
        Holiday.NATIONAL_DAY: date(2026, 10, 1),
    }
    assert found[Holiday.SPRING_FESTIVAL] == date(2026, 2, 17)
    assert found[Holiday.LANTERN] == date(2026, 3, 3)
    assert found[Holiday.DRAGON_BOAT] == date(2026, 6, 19)
    assert found[Holiday.MID_AUTUMN] == date(2026, 9, 25)


def test_holiday_occurrences_are_ascending_by_date_within_window():
    found = holiday_occurrences(date(2025, 12, 1), date(2027, 2, 10))
    dates = [d for _, d in found]
    assert dates == sorted(dates)
    assert found[0] == (Holiday.NEW_YEAR, date(2026, 1, 1))
    assert found[-1] == (Holiday.SPRING_FESTIVAL, LunarDate(2027, 1, 1).to_solar_date())
    assert len(found) == 8


def test_holiday_occurrences_of_window_without_holiday_are_none():
    assert holiday_occurrences(date(2026, 7, 1), date(2026, 7, 31)) == []


# --- anniversaries ---------------------------------------------------------------


def test_next_anniversary_later_this_year():
    assert next_anniversary(date(2020, 8, 1), date(2026, 5, 1)) == date(2026, 8, 1)


def test_next_anniversary_already_past_this_year_is_next_year():
    assert next_anniversary(date(2020, 3, 1), date(2026, 5, 1)) == date(2027, 3, 1)


def test_next_anniversary_on_the_same_day_is_that_day():
    assert next_anniversary(date(2020, 5, 1), date(2026, 5, 1)) == date(2026, 5, 1)


def test_next_anniversary_counts_original_date_only_when_not_before_day():
    assert next_anniversary(date(2026, 5, 1), date(2026, 5, 1)) == date(2026, 5, 1)
    assert next_anniversary(date(2026, 5, 1), date(2026, 5, 2)) == date(2027, 5, 1)
    assert next_anniversary(date(2026, 9, 1), date(2026, 5, 1)) == date(2026, 9, 1)


def test_next_anniversary_of_29_february_is_28_february_in_common_years():
    assert next_anniversary(date(2024, 2, 29), date(2025, 1, 1)) == date(2025, 2, 28)
    assert next_anniversary(date(2024, 2, 29), date(2025, 3, 1)) == date(2026, 2, 28)
    assert next_anniversary(date(2024, 2, 29), date(2027, 3, 1)) == date(2028, 2, 29)


def test_occurrences_in_window_dispatches_to_solar_by_default():
    assert occurrences_in_window(
        ReminderKind.WEDDING_ANNIVERSARY, 2, 29, date(2026, 2, 1), date(2026, 3, 1)
    ) == [date(2026, 2, 28)]
