"""What the demo generator keeps while it writes a book (counters, one customer's card, a
batch's rows) and the date arithmetic its draws share."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta


def weighted(pairs):
    values = [v for v, _ in pairs]
    cumulative = []
    total = 0.0
    for _, w in pairs:
        total += w
        cumulative.append(total)
    return values, cumulative


def months_later(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    try:
        return day.replace(year=year, month=month)
    except ValueError:  # 29-31 in a shorter month
        return day.replace(year=year, month=month, day=28)


def next_anniversary(start: date, today: date) -> date:
    """The first anniversary of `start` on or after today (a yearly renewal date)."""
    years = max(1, today.year - start.year)
    while True:
        candidate = months_later(start, 12 * years)
        if candidate >= today:
            return candidate
        years += 1


def days_between(rng: random.Random, start: date, end: date) -> date:
    span = (end - start).days
    return start + timedelta(days=rng.randint(0, max(span, 0)))


@dataclass
class State:
    """Counters and ids across batches."""

    staff: list[tuple[int, str]]  # (id, role)
    tags: dict[str, int]
    next_vehicle: int
    next_interaction: int
    next_member: int = 1
    next_date: int = 1
    next_follow_up: int = 1
    next_mark: int = 1
    vehicles: int = 0
    interactions: int = 0
    household_members: int = 0
    important_dates: int = 0
    follow_ups: int = 0
    reminder_marks: int = 0
    next_visit: int = 1
    visits: int = 0
    visit_items: int = 0
    next_consent: int = 1
    next_lead: int = 1
    next_showroom_visit: int = 1
    next_test_drive: int = 1
    leads: int = 0
    showroom_visits: int = 0
    test_drives: int = 0
    created: list[datetime] = field(default_factory=list)  # by customer id - 1
    lapse_stop: dict[int, int] = field(default_factory=dict)  # lapsed customer -> last visit ordinal


@dataclass
class Rows:
    """One batch's rows, as app.db.bulk's writers take them (every row with its id)."""

    customers: list[dict] = field(default_factory=list)  # with their "tags" and "vehicles"
    interactions: list[dict] = field(default_factory=list)
    follow_ups: list[dict] = field(default_factory=list)
    household: list[dict] = field(default_factory=list)
    dates: list[dict] = field(default_factory=list)
    marks: list[dict] = field(default_factory=list)
    visits: list[dict] = field(default_factory=list)  # with their "items"
    consents: list[dict] = field(default_factory=list)
    leads: list[dict] = field(default_factory=list)
    showroom_visits: list[dict] = field(default_factory=list)
    test_drives: list[dict] = field(default_factory=list)


@dataclass
class Card:
    """What the follow-ups of one customer need to know about the customer."""

    id: int
    created_at: datetime
    advisor_id: int | None
    vehicles: list[dict]
    birthday: tuple[str, int | None, int | None, int | None, bool]
    key_account: bool
    household: bool
    wedding: bool
