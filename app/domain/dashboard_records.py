"""The owner's dashboard (PRODUCT.md F8): what each chart shows, as plain data.

The service (app.services.analytics.dashboard) fills these from the book; the interface draws them
(app.presentation.charts) and `guanxi report` writes them as tables, one sheet per chart. Money is in
yuan (floats); a month is the date of its first day.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from app.domain.conversion_records import ConversionFigures
from app.domain.segments import Tier


def month_end(day: date) -> date:
    """The last day of `day`'s month."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


@dataclass(frozen=True)
class DashboardQuery:
    """The filters: the months from `start`'s month to `end`'s month (both included) and,
    optionally, one advisor: then only the customers this advisor looks after count."""

    start: date
    end: date
    advisor_id: int | None = None

    @classmethod
    def last_months(cls, today: date, months: int = 12,
                    advisor_id: int | None = None) -> DashboardQuery:
        """The `months` months up to today's (the dashboard opens on the last 12)."""
        index = today.year * 12 + today.month - 1 - (months - 1)
        return cls(date(index // 12, index % 12 + 1, 1), today, advisor_id)

    def months(self) -> list[date]:
        """The first day of every month from start's month to end's month."""
        out = []
        y, m = self.start.year, self.start.month
        while (y, m) <= (self.end.year, self.end.month):
            out.append(date(y, m, 1))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out


class TierCount(NamedTuple):
    tier: Tier
    customers: int
    value_yuan: float  # the tier's value over the value window (sales + service)


class MonthVisits(NamedTuple):
    month: date
    visits: int
    revenue_yuan: float  # service totals of the month's visits + vehicles sold here that month


class ParetoCurve(NamedTuple):
    """Customers ranked by revenue in the date range, best first.

    points: (share of customers, share of revenue) cumulative, from (0, 0) to (1, 1), at most
    ~200 points (enough to draw); top20_share: share of revenue from the top 20 % of
    customers with any revenue (0.0 when there is no revenue); customers: how many had
    revenue; revenue_yuan: their total."""

    points: tuple[tuple[float, float], ...]
    top20_share: float
    customers: int
    revenue_yuan: float


class MonthDoneMissed(NamedTuple):
    """Reminder occurrences and follow-ups falling due in the month.

    reminders_done: occurrences handled (marked done or turned into a follow-up);
    reminders_missed: occurrences of the month that nobody acted on (no mark at all, the
    month being over or the date passed); follow_ups_done: due in the month and done;
    follow_ups_missed: due in the month and cancelled, expired, or still open with the due
    date passed."""

    month: date
    reminders_done: int
    reminders_missed: int
    follow_ups_done: int
    follow_ups_missed: int


class MonthLapsed(NamedTuple):
    """At the end of the month (or today for the running month): customers whose last
    service visit was 6-12 months before (at risk) and more than 12 months before (lost),
    with the lapse thresholds of the preferences."""

    month: date
    at_risk: int
    lost: int


class MonthSatisfaction(NamedTuple):
    """Satisfaction scores (1-5) given on the month's service visits."""

    month: date
    responses: int
    average: float | None  # None when no score was given that month
    unhappy: int  # scores of 1 or 2


class AdvisorActivity(NamedTuple):
    """What one member of staff did in the date range."""

    staff_id: int
    name: str
    contacts: int  # timeline entries logged (calls, visits, messages...)
    follow_ups_done: int
    service_visits: int  # visits where this person was the service advisor


@dataclass(frozen=True)
class DashboardData:
    query: DashboardQuery
    today: date
    tiers: tuple[TierCount, ...] = ()  # always TOP, MIDDLE, SMALL in that order
    visits: tuple[MonthVisits, ...] = ()  # one per month of the query
    pareto: ParetoCurve = ParetoCurve((), 0.0, 0, 0.0)
    done_missed: tuple[MonthDoneMissed, ...] = ()  # one per month up to today's month
    lapsed: tuple[MonthLapsed, ...] = ()  # one per month up to today's month
    satisfaction: tuple[MonthSatisfaction, ...] = ()  # one per month of the query
    advisors: tuple[AdvisorActivity, ...] = ()  # most active first; staff with no activity left out
    # the leads made in the months (funnel, sources, lost reasons; issue 16)
    conversion: ConversionFigures = ConversionFigures()
