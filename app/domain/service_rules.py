"""Service-lane rules: maintenance intervals, the next-service forecast and lapsed customers.

Pure calculations on dates and odometer readings; the services layer feeds them from the book.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from app.domain.rule_defaults import (  # noqa: F401 - said here too, for the rules' callers
    DEFAULT_INTERVAL,
    DEFAULT_INTERVALS,
    LapseThresholds,
    MaintenanceInterval,
)

DEFAULT_DAILY_KM = 40  # about 14,600 km a year; China's average is ~12,000-15,000
MAX_DAILY_KM = 500  # a higher average from the history is a typo or a taxi; it is capped here


def _lookup(make: str, intervals: Mapping[str, MaintenanceInterval]) -> MaintenanceInterval | None:
    """Exact (case-folded, trimmed) match, else the known make named last in the text.

    The fallback reads joint-venture names: 一汽-大众 -> 大众, 长安福特 -> 福特, 上汽通用别克 -> 别克.
    """
    key = make.strip().casefold()
    if not key:
        return None
    folded = {name.strip().casefold(): interval for name, interval in intervals.items()}
    if key in folded:
        return folded[key]
    best: tuple[int, int] | None = None
    found: MaintenanceInterval | None = None
    for name, interval in folded.items():
        if not name:
            continue
        at = key.rfind(name)
        if at < 0:
            continue
        rank = (at + len(name), len(name))  # ends furthest right, then the longest
        if best is None or rank > best:
            best, found = rank, interval
    return found


def interval_for(
    make: str, intervals: Mapping[str, MaintenanceInterval] | None = None
) -> MaintenanceInterval:
    """The maintenance interval for a make.

    ``intervals`` (the preferences) is consulted first, then ``DEFAULT_INTERVALS``, then
    ``DEFAULT_INTERVAL``; so a partial override mapping only changes the makes it names.
    """
    for table in (intervals or {}, DEFAULT_INTERVALS):
        found = _lookup(make, table)
        if found is not None:
            return found
    return DEFAULT_INTERVAL


def _usable_readings(history: Sequence[tuple[date, int]]) -> list[tuple[date, int]]:
    """One reading per day (the highest), in date order, dropping any that go backwards.

    A reading goes backwards when it is lower than a reading on an earlier day that was kept.
    Equal readings on later days are kept (a car that stood still).
    """
    per_day: dict[date, int] = {}
    for day, km in history:
        if km is None or km < 0:
            continue
        per_day[day] = max(km, per_day.get(day, km))
    kept: list[tuple[date, int]] = []
    for day in sorted(per_day):
        km = per_day[day]
        if kept and km < kept[-1][1]:
            continue
        kept.append((day, km))
    return kept


def _daily_km(kept: list[tuple[date, int]]) -> float | None:
    if len(kept) < 2:
        return None
    (first_day, first_km), (last_day, last_km) = kept[0], kept[-1]
    rate = (last_km - first_km) / (last_day - first_day).days
    return min(max(rate, 0.0), float(MAX_DAILY_KM))


def average_daily_km(
    history: Sequence[tuple[date, int]], fallback: float = DEFAULT_DAILY_KM
) -> float:
    """Average kilometres a day between the first and last usable odometer readings.

    ``history`` holds (visit date, odometer km) pairs in any order. Same-day readings count as
    one (the highest); readings lower than an earlier kept one are ignored. Fewer than two
    usable days gives ``fallback``. The result is never negative and at most ``MAX_DAILY_KM``.
    """
    rate = _daily_km(_usable_readings(history))
    if rate is None:
        return max(float(fallback), 0.0)
    return rate


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` (may be negative), clamped to the end of a shorter month.

    31 Jan + 1 month -> 28 Feb (29 Feb in a leap year); 29 Feb 2024 + 12 months -> 28 Feb 2025.
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    month = month0 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class ServicePrediction:
    due_date: date  # the earlier of the time limit and the day the distance limit is reached
    due_km: int  # last service mileage + interval km
    by: str  # "time" or "distance": which limit comes first (a tie counts as "time")
    daily_km: float
    based_on_history: bool  # False when the fallback daily mileage was used


def predict_next_service(
    last_service: date,
    last_service_km: int | None,
    history: Sequence[tuple[date, int]],
    interval: MaintenanceInterval,
    fallback_daily_km: float = DEFAULT_DAILY_KM,
) -> ServicePrediction:
    """Forecast the next service from the last one and the odometer history.

    - Time limit: ``add_months(last_service, interval.months)``.
    - Distance limit: ``due_km = base + interval.km`` where base is ``last_service_km``, or when
      that is unknown the highest usable odometer reading in ``history``, or 0. The day it is
      reached is projected at the average daily mileage from the latest usable reading taken on
      or after the last service (at or above base), else from the last service at base; it is
      the first whole day on which the projected odometer reaches ``due_km``.
    - With a daily mileage of 0 the distance limit is never reached and time decides.
    """
    kept = _usable_readings(history)
    rate = _daily_km(kept)
    based_on_history = rate is not None
    daily = rate if rate is not None else max(float(fallback_daily_km), 0.0)

    if last_service_km is not None:
        base_km = last_service_km
    elif kept:
        base_km = kept[-1][1]
    else:
        base_km = 0
    due_km = base_km + interval.km
    time_due = add_months(last_service, interval.months)

    anchor_day, anchor_km = last_service, base_km
    for day, km in reversed(kept):
        if day < last_service:
            break
        if km >= base_km:
            anchor_day, anchor_km = day, km
            break

    by = "time"
    due_date = time_due
    if daily > 0:
        remaining = max(due_km - anchor_km, 0)
        days = math.ceil(round(remaining / daily, 9))
        if days < (time_due - anchor_day).days:
            by = "distance"
            due_date = anchor_day + timedelta(days=days)
    return ServicePrediction(
        due_date=due_date,
        due_km=due_km,
        by=by,
        daily_km=daily,
        based_on_history=based_on_history,
    )


_DEFAULT_LAPSE = LapseThresholds()


class LapseStatus(StrEnum):
    ACTIVE = "active"
    AT_RISK = "at_risk"
    LOST = "lost"
    NEVER = "never"


def lapse_cutoffs(
    today: date, thresholds: LapseThresholds = _DEFAULT_LAPSE
) -> tuple[date, date]:
    """``(at_risk_before, lost_before)``: a last visit before the first date is at risk or lost,
    before the second is lost. For SQL: ``last_visit < at_risk_before`` and so on.

    They are ``add_months(today, -at_risk_months)`` and ``add_months(today, -lost_months)``.
    """
    return (
        add_months(today, -thresholds.at_risk_months),
        add_months(today, -thresholds.lost_months),
    )


def lapse_status(
    last_visit: date | None, today: date, thresholds: LapseThresholds = _DEFAULT_LAPSE
) -> LapseStatus:
    """How long the customer has stayed away from the service lane.

    With the default 6 / 12 months and ``today`` = 2025-03-15:
    - no visit -> NEVER;
    - on or after 2024-09-15 (exactly 6 months ago, same calendar day, or later) -> ACTIVE;
    - 2024-09-14 (one day before that) back to 2024-03-15 (exactly 12 months ago) -> AT_RISK;
    - 2024-03-14 or earlier -> LOST.
    Months back are counted with ``add_months``, so they clamp at month ends: on 2025-02-28,
    6 months back is 2024-08-28, and on 2024-08-31 it is 2024-02-29. Because of the clamp a
    visit on 28 Feb 2025 stays ACTIVE through 31 Aug 2025 (29, 30, 31 Aug all look back to it).
    A visit after ``today`` counts as ACTIVE.
    """
    if last_visit is None:
        return LapseStatus.NEVER
    at_risk_before, lost_before = lapse_cutoffs(today, thresholds)
    if last_visit >= at_risk_before:
        return LapseStatus.ACTIVE
    if last_visit >= lost_before:
        return LapseStatus.AT_RISK
    return LapseStatus.LOST
