"""The sales floor's conversion figures (issue 16): leads by source, first-contact time,
the rates of showroom visits, test drives, orders and wins, the funnel, the time to close,
lost reasons, each advisor against their monthly target, referrals per department and
per referrer (app.domain.conversion_records says who counts).

Two GROUP BY reads (the leads made in the period; those delivered in it) and, for the two
medians, the times of the leads contacted or won as day numbers, all in one step on SQLite;
the opening hours between the making and the first contact are worked out from those.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta
from math import floor
from statistics import median

from sqlalchemy import and_, case, func, literal, or_, select

from app.db.engine import Book
from app.db.models import Lead, Staff
from app.domain.conversion_records import (
    AdvisorConversion,
    ConversionFigures,
    ReasonCount,
    ReferralOutcome,
    SourceConversion,
    StageCount,
)
from app.domain.dashboard_records import DashboardQuery, month_end
from app.domain.leads import STAGE_ORDER, LeadRules, LeadStage, LostReview

# the Lead column of when each stage was first reached (new: the making)
_REACHED_AT = {
    LeadStage.NEW: "created_at",
    LeadStage.CONTACTED: "contacted_at",
    LeadStage.SHOWROOM: "showroom_at",
    LeadStage.TEST_DRIVE: "test_drive_at",
    LeadStage.NEGOTIATION: "negotiation_at",
    LeadStage.ORDERED: "ordered_at",
    LeadStage.DELIVERED: "delivered_at",
}


def _hours(value: time) -> float:
    return value.hour + value.minute / 60 + value.second / 3600


class ConversionService:
    def __init__(self, book: Book, rules: LeadRules | None = None):
        self.book = book
        self.rules = rules or LeadRules()

    def use_rules(self, rules: LeadRules) -> None:
        self.rules = rules

    def figures(self, query: DashboardQuery) -> ConversionFigures:
        """The conversion figures of the leads made in the query's months (of its advisor)."""
        months = query.months()
        if not months:
            return ConversionFigures()
        since = datetime.combine(months[0], time())
        until = datetime.combine(month_end(months[-1]) + timedelta(days=1), time())
        rules = self.rules
        ld = Lead
        cohort = and_(ld.created_at >= since, ld.created_at < until)
        if query.advisor_id is not None:
            cohort = and_(cohort, ld.advisor_id == query.advisor_id)

        def flag(condition):
            return func.sum(case((condition, 1), else_=0))

        def reached(stage: LeadStage):
            """Been at `stage` or further (a stage passed over counts as reached)."""
            later = STAGE_ORDER[STAGE_ORDER.index(stage):]
            return or_(*(getattr(ld, _REACHED_AT[s]).is_not(None) for s in later))

        won = ld.delivered_at.is_not(None)
        lost = ld.stage == LeadStage.LOST.value
        # the reason of an approved loss ("" for every other lead)
        reason = case((and_(lost, ld.lost_review == LostReview.APPROVED.value),
                       ld.lost_reason), else_=literal(""))
        stages = STAGE_ORDER[1:]  # new: every lead
        # one row per (source, advisor, department, referrer, reason of an approved loss):
        # counts per stage reached; a few hundred rows from one pass over the months' leads
        groups = (
            select(ld.source, ld.advisor_id, ld.referral_department, ld.referrer_id, reason,
                   func.count(), *(flag(reached(s)) for s in stages), flag(lost))
            .where(cohort)
            .group_by(ld.source, ld.advisor_id, ld.referral_department, ld.referrer_id,
                      reason)
        )
        delivered_month = self.book.dialect.month_number(ld.delivered_at)
        won_by_month = (
            select(ld.advisor_id, delivered_month, func.count())
            # (a delivered lead stays delivered: the stage's index finds the few won ones)
            .where(ld.stage == LeadStage.DELIVERED.value, ld.delivered_at >= since,
                   ld.delivered_at < until)
            .group_by(ld.advisor_id, delivered_month)
        )
        if query.advisor_id is not None:
            won_by_month = won_by_month.where(ld.advisor_id == query.advisor_id)
        # the two medians need a number per lead: its times as day numbers (the opening
        # hours in between are worked out here, cheaper than in SQL where each use of an
        # expression computes it again)
        times = select(self._day_number(ld.created_at), self._day_number(ld.first_contact_at),
                       self._day_number(ld.delivered_at)
                       ).where(cohort, or_(ld.first_contact_at.is_not(None), won))
        names = select(Staff.id, Staff.name)
        with self.book.reading() as s:
            group_rows, month_rows, time_rows, name_rows = self.book.dialect.all_rows_of(
                s.connection(), groups, won_by_month, times, names)
        hours = []
        days = []
        opening = self._opening_hours
        for created, contacted, delivered in time_rows:
            if contacted is not None:
                hours.append(opening(created, contacted))
            if delivered is not None:
                days.append(delivered - created)
        return _figures(query, rules, months, group_rows, month_rows, hours, days,
                        dict(name_rows))

    # ------------------------------------------------------------ numbers per lead
    def _day_number(self, column):
        """Days (with their fraction) since a fixed day, midnight a whole number."""
        if self.book.dialect.dates_as_text:  # ISO text: SQLite's Julian day (noon-based)
            return func.julianday(column) - 0.5
        return func.date_part("epoch", column) / 86400

    @property
    def _opening_hours(self):
        """f(start, end): opening hours between two day numbers (0 when end is not after
        start), as app.domain.leads.opening_hours_between: the opening hours since a fixed
        day at each end, one subtracted from the other (the same hours every day)."""
        open_at, close_at = (_hours(t) for t in self.rules.opening)
        per_day = close_at - open_at

        def since_fixed_day(day_number: float) -> float:
            day = floor(day_number)
            clock = (day_number - day) * 24 - open_at
            return day * per_day + (0.0 if clock < 0 else per_day if clock > per_day else clock)

        def between(start: float, end: float) -> float:
            if end <= start:
                return 0.0
            return since_fixed_day(end) - since_fixed_day(start)

        return between


def _figures(query: DashboardQuery, rules: LeadRules, months: list[date], group_rows,
             month_rows, hours: list[float], days: list[float],
             names: dict[int, str]) -> ConversionFigures:
    stages = STAGE_ORDER[1:]
    total = 0
    funnel = Counter()
    sources: dict[str, list[int]] = {}
    advisors: dict[int | None, list[int]] = {}
    departments: dict[str, list[int]] = {}
    referrers: dict[int, list[int]] = {}
    lost_total = 0
    reasons: Counter[str] = Counter()
    for source, advisor, department, referrer, reason, n, *reached, lost in group_rows:
        if reason:
            reasons[reason] += n
        reached = [x or 0 for x in reached]
        lost = lost or 0
        won = reached[-1]
        total += n
        lost_total += lost
        for stage, count in zip(stages, reached, strict=True):
            funnel[stage] += count
        row = sources.setdefault(source or "", [0, 0])
        row[0] += n
        row[1] += won
        row = advisors.setdefault(advisor, [0, 0])
        row[0] += n
        row[1] += won
        outcome = (n, won, lost, n - won - lost)
        if department:
            row = departments.setdefault(department, [0, 0, 0, 0])
            for i, x in enumerate(outcome):
                row[i] += x
        if referrer is not None:
            row = referrers.setdefault(referrer, [0, 0, 0, 0])
            for i, x in enumerate(outcome):
                row[i] += x
    keys = [m.year * 100 + m.month for m in months]
    delivered: dict[int | None, Counter] = {}
    for advisor, key, n in month_rows:
        delivered.setdefault(advisor, Counter())[int(key)] += n
    for advisor in delivered:
        advisors.setdefault(advisor, [0, 0])
    if query.advisor_id is None:  # an advisor with a target and nothing yet is shown too
        for advisor in rules.targets:
            if advisor in names:
                advisors.setdefault(advisor, [0, 0])
    advisor_rows = [
        AdvisorConversion(advisor, names.get(advisor, "") if advisor is not None else "",
                          n, won, rules.targets.get(advisor) if advisor is not None else None,
                          tuple(delivered.get(advisor, Counter())[k] for k in keys))
        for advisor, (n, won) in advisors.items()]
    advisor_rows.sort(key=lambda a: (-a.leads, -a.won, a.staff_id is None, a.name,
                                     a.staff_id or 0))
    limit = rules.response_limit_hours
    hours = [max(0.0, float(h)) for h in hours if h is not None]
    days = [max(0.0, float(d)) for d in days if d is not None]
    return ConversionFigures(
        months=tuple(months),
        leads=total,
        by_source=tuple(sorted((SourceConversion(s, n, w) for s, (n, w) in sources.items()),
                               key=lambda r: (-r.leads, r.source))),
        funnel=(StageCount(LeadStage.NEW.value, total),
                *(StageCount(s.value, funnel[s]) for s in stages)),
        lost=lost_total,
        contacted=len(hours),
        first_contact_median_hours=median(hours) if hours else None,
        # a hair over the limit from the float sums still counts as within
        first_contact_within_limit=sum(1 for h in hours if h <= limit + 1e-6),
        response_limit_hours=limit,
        close_median_days=median(days) if days else None,
        lost_reasons=tuple(sorted((ReasonCount(r, n) for r, n in reasons.items()),
                                  key=lambda r: (-r.leads, r.reason))),
        advisors=tuple(advisor_rows),
        referral_departments=_outcomes({d: ("", v) for d, v in departments.items()}),
        referrers=_outcomes({str(r): (names.get(r, ""), v) for r, v in referrers.items()}),
    )


def _outcomes(rows: dict[str, tuple[str, list[int]]]) -> tuple[ReferralOutcome, ...]:
    out = [ReferralOutcome(key, name, *counts) for key, (name, counts) in rows.items()]
    out.sort(key=lambda r: (-r.referred, -r.won, r.name, r.key))
    return tuple(out)
