"""The reminder rules, once: which dates a source yields in a window [start, end], per kind.

Every engine is a provider of source rows to these rules: the SQL path (one reading of the
tables per window), the in-memory copy of the book's dates, the counting for the dashboard
and the card's reminders. A provider may pre-filter for speed (the window's `solar_codes`,
`lunar_keys` and `due_range` are made for that), but which dates a source yields is decided
here and nowhere else.

The sources, per kind:
- BIRTHDAY, HOUSEHOLD_BIRTHDAY: a birthday (calendar "solar" or "lunar", month, day, leap
  month?) recurs yearly (`birthday`; the solar and lunar rules of app.domain.recurrence);
- PURCHASE_ANNIVERSARY: a purchase (month*100+day, year) recurs yearly from the year after
  the purchase (`purchase_anniversary`);
- INSURANCE, INSPECTION, WARRANTY, MAINTENANCE: a car's expiry or due date, once
  (`due_date`);
- WEDDING_ANNIVERSARY, CUSTOM: a dated item recurs yearly from its date when `yearly`, else
  once (`dated_item`);
- HOLIDAY: every holiday of the window, for each key account (`holidays`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from app.domain.enums import Holiday, ReminderKind
from app.domain.recurrence import (
    holiday_occurrences,
    lunar_keys_in_window,
    lunar_occurrences,
    solar_keys_in_window,
    solar_occurrences,
)
from app.domain.reminder_records import Occurrence

NO_DATES: tuple[date, ...] = ()

VEHICLE_KINDS = (
    ReminderKind.PURCHASE_ANNIVERSARY,
    ReminderKind.INSURANCE,
    ReminderKind.INSPECTION,
    ReminderKind.WARRANTY,
    ReminderKind.MAINTENANCE,
)
# a car's one-off dates, in the order providers keep them
DUE_DATE_KINDS = (
    ReminderKind.INSURANCE,
    ReminderKind.INSPECTION,
    ReminderKind.WARRANTY,
    ReminderKind.MAINTENANCE,
)
BIRTHDAY_KINDS = (ReminderKind.BIRTHDAY, ReminderKind.HOUSEHOLD_BIRTHDAY)
DATED_ITEM_KINDS = (ReminderKind.WEDDING_ANNIVERSARY, ReminderKind.CUSTOM)


class ReminderWindow:
    """The rules over one window [start, end] (empty when end < start). What a rule works
    out for a key (a month and day, a lunar date, a purchase) is kept, so a provider may
    ask for every one of a hundred thousand rows."""

    __slots__ = ("start", "end", "_solar", "_lunar_keys", "_lunar", "_purchases", "_holidays")

    def __init__(self, start: date, end: date):
        self.start = start
        self.end = end
        self._solar: dict[int, tuple[date, ...]] | None = None
        self._lunar_keys: frozenset[tuple[int, int]] | None = None
        self._lunar: dict[tuple[int, int, bool], tuple[date, ...]] = {}
        self._purchases: dict[tuple[int, int], tuple[date, ...]] = {}
        self._holidays: list[tuple[Holiday, date]] | None = None

    # ------------------------------------------------------------ pre-filters
    @property
    def solar_codes(self) -> dict[int, tuple[date, ...]]:
        """month*100+day -> its yearly solar dates in the window, for every month and day
        that has one (an exact pre-filter on stored month and day)."""
        if self._solar is None:
            self._solar = {
                m * 100 + d: tuple(solar_occurrences(m, d, self.start, self.end))
                for m, d in solar_keys_in_window(self.start, self.end)
            }
        return self._solar

    @property
    def lunar_keys(self) -> frozenset[tuple[int, int]]:
        """Every lunar (month, day) that can occur in the window (a superset pre-filter)."""
        if self._lunar_keys is None:
            self._lunar_keys = frozenset(lunar_keys_in_window(self.start, self.end))
        return self._lunar_keys

    @property
    def due_range(self) -> tuple[date, date]:
        """A one-off date is due in the window when it lies in this range (both ends in)."""
        return self.start, self.end

    # ------------------------------------------------------------ the rules
    def yearly(self, month: int, day: int) -> tuple[date, ...]:
        """A solar month/day every year (29 Feb on 28 Feb in common years)."""
        return self.solar_codes.get(month * 100 + day, NO_DATES)

    def lunar(self, month: int, day: int, leap: bool) -> tuple[date, ...]:
        """A lunar month/day every lunar year (app.domain.recurrence's rules)."""
        key = (month, day, bool(leap))
        dates = self._lunar.get(key)
        if dates is None:
            dates = NO_DATES
            if (month, day) in self.lunar_keys:
                dates = tuple(lunar_occurrences(month, day, bool(leap), self.start, self.end))
            self._lunar[key] = dates
        return dates

    def birthday(self, calendar: str | None, month: int | None, day: int | None,
                 leap: bool = False) -> tuple[date, ...]:
        """BIRTHDAY and HOUSEHOLD_BIRTHDAY: a birthday recurs yearly, solar or lunar; a
        birthday without month and day has none."""
        if not month or not day:
            return NO_DATES
        if calendar == "lunar":
            return self.lunar(month, day, leap)
        return self.yearly(month, day)

    def purchase_anniversary(self, month_day: int | None, year_bought: int | None
                             ) -> tuple[date, ...]:
        """PURCHASE_ANNIVERSARY: the purchase's month and day (month*100+day) every year,
        the first a year after the purchase."""
        if not month_day or year_bought is None:
            return NO_DATES
        key = (month_day, year_bought)
        dates = self._purchases.get(key)
        if dates is None:
            dates = self._purchases[key] = tuple(
                when for when in self.solar_codes.get(month_day, NO_DATES)
                if when.year > year_bought)
        return dates

    def due_date(self, when: date | None) -> tuple[date, ...]:
        """INSURANCE, INSPECTION, WARRANTY, MAINTENANCE: the date itself, once."""
        if when is None or not self.start <= when <= self.end:
            return NO_DATES
        return (when,)

    def dated_item(self, on_date: date | None, yearly: bool) -> tuple[date, ...]:
        """WEDDING_ANNIVERSARY, CUSTOM: a yearly item recurs from its date on (itself
        included); a one-off item is its date."""
        if on_date is None:
            return NO_DATES
        if not yearly:
            return self.due_date(on_date)
        dates = self.yearly(on_date.month, on_date.day)
        if dates and dates[0] < on_date:
            return tuple(when for when in dates if when >= on_date)
        return dates

    def holidays(self) -> list[tuple[Holiday, date]]:
        """HOLIDAY: the holidays of the window (each key account has every one)."""
        if self._holidays is None:
            self._holidays = holiday_occurrences(self.start, self.end)
        return self._holidays


# One definition per kind: the rule that says which dates its source yields.
RULES: dict[ReminderKind, Callable[..., tuple[date, ...]]] = {
    ReminderKind.BIRTHDAY: ReminderWindow.birthday,
    ReminderKind.HOUSEHOLD_BIRTHDAY: ReminderWindow.birthday,
    ReminderKind.PURCHASE_ANNIVERSARY: ReminderWindow.purchase_anniversary,
    ReminderKind.WEDDING_ANNIVERSARY: ReminderWindow.dated_item,
    ReminderKind.INSURANCE: ReminderWindow.due_date,
    ReminderKind.INSPECTION: ReminderWindow.due_date,
    ReminderKind.WARRANTY: ReminderWindow.due_date,
    ReminderKind.MAINTENANCE: ReminderWindow.due_date,
    ReminderKind.CUSTOM: ReminderWindow.dated_item,
    ReminderKind.HOLIDAY: lambda window: tuple(when for _h, when in window.holidays()),
}


def dates_of(kind: ReminderKind, window: ReminderWindow, *source) -> tuple[date, ...]:
    """The dates a source of `kind` yields in `window` (see the module's list of sources)."""
    return RULES[kind](window, *source)


def windows_of(spans: dict[ReminderKind, tuple[date, date]]) -> dict[ReminderKind, ReminderWindow]:
    """One window per kind from its (start, end); kinds with the same span share one, and
    so what it works out."""
    made: dict[tuple[date, date], ReminderWindow] = {}
    windows = {}
    for kind, span in spans.items():
        window = made.get(span)
        if window is None:
            window = made[span] = ReminderWindow(*span)
        windows[kind] = window
    return windows


# ---------------------------------------------------------------- the one factory
_new = tuple.__new__  # a named tuple without its generated __new__: ~3x cheaper
NO_VEHICLE = (None, "", "")  # the vehicle brief of an occurrence about no car


class OccurrenceMaker:
    """The one way an Occurrence of one kind is made, from a customer brief (customer id,
    name, phone, advisor id, key account) and, for a car, its id, plate and "make model".

    - `maker(source_id=..., occurs_on=..., customer=..., vehicle=..., detail=...)`: one
      occurrence, by keyword (`vehicle` a brief: vehicle id, plate, "make model");
    - `maker.one(source_id, occurs_on, customer, vehicle_id, plate, vehicle, detail)`: the
      same, positional and flat, for the loops that make tens of thousands: a closure over
      the kind, its lead days and the advisors' names, made once per maker, as cheap as
      writing the tuple out where it is needed (by keyword, with a vehicle brief to
      unpack, each cost ~0.6 us more: ~25 ms of a 100,000-customer book's due(today)).
    A loop over a source's dates calling `one` is also cheaper than a call that makes
    the source's list (most sources yield one date; measured, CPython 3.11)."""

    __slots__ = ("kind", "lead_days", "one")

    def __init__(self, kind: ReminderKind, lead_days: int, advisor_names: dict[int, str]):
        self.kind = kind
        self.lead_days = lead_days
        names = advisor_names.get
        new, cls = _new, Occurrence

        def one(source_id: int, occurs_on: date, customer: tuple, vehicle_id: int | None = None,
                plate: str = "", vehicle: str = "", detail: str = "") -> Occurrence:
            customer_id, name, phone, advisor_id, key = customer
            return new(cls, (kind, source_id, customer_id, occurs_on, lead_days, name, phone,
                             advisor_id, names(advisor_id, ""), vehicle_id, plate, vehicle,
                             detail, True if key else False, None, None))

        self.one = one

    def __call__(self, *, source_id: int, occurs_on: date, customer: tuple,
                 vehicle: tuple = NO_VEHICLE, detail: str = "") -> Occurrence:
        return self.one(source_id, occurs_on, customer, *vehicle, detail)


def occurrence_maker(*, kind: ReminderKind, lead_days: int,
                     advisor_names: dict[int, str]) -> OccurrenceMaker:
    """The one way an Occurrence is made (see OccurrenceMaker)."""
    return OccurrenceMaker(kind, lead_days, advisor_names)
