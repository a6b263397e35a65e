"""The sales floor's conversion figures (issue 16): leads by source, first-contact time,
the rates of showroom visits, test drives, orders and wins, the funnel, the time to close,
lost reasons, each advisor against their monthly target, referrals per department and
per referrer (app.domain.conversion_records says who counts).

A handful of GROUP BY reads over the leads made in the period, all in one step on SQLite;
only the two medians need one number per lead, worked out by the database (the opening
hours between the making and the first contact, the days to the delivery).
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta
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
        stages = STAGE_ORDER[1:]  # new: every lead
        # one row per (source, advisor, department, referrer): counts per stage reached
        groups = (
            select(ld.source, ld.advisor_id, ld.referral_department, ld.referrer_id,
                   func.count(), *(flag(reached(s)) for s in stages), flag(lost))
            .where(cohort)
            .group_by(ld.source, ld.advisor_id, ld.referral_department, ld.referrer_id)
        )
        reasons = (
            select(ld.lost_reason, func.count())
            .where(cohort, lost, ld.lost_review == LostReview.APPROVED.value)
            .group_by(ld.lost_reason)
        )
        delivered_month = self.book.dialect.month_number(ld.delivered_at)
        won_by_month = (
            select(ld.advisor_id, delivered_month, func.count())
            .where(ld.delivered_at >= since, ld.delivered_at < until)
            .group_by(ld.advisor_id, delivered_month)
        )
        if query.advisor_id is not None:
            won_by_month = won_by_month.where(ld.advisor_id == query.advisor_id)
        first_hours = self._opening_hours(ld.created_at, ld.first_contact_at)
        contact_hours = select(first_hours).where(cohort, ld.first_contact_at.is_not(None))
        close_days = select(self._day_number(ld.delivered_at) - self._day_number(ld.created_at)
                            ).where(cohort, won)
        names = select(Staff.id, Staff.name)
        with self.book.reading() as s:
            (group_rows, reason_rows, month_rows, hours, days, name_rows
             ) = self.book.dialect.all_rows_of(s.connection(), groups, reasons, won_by_month,
                                               contact_hours, close_days, names)
        return _figures(query, rules, months, group_rows, reason_rows, month_rows,
                        [r[0] for r in hours], [r[0] for r in days], dict(name_rows))

    # ------------------------------------------------------------ numbers per lead, in SQL
    def _day_number(self, column):
        """Days (with their fraction) since a fixed day, midnight a whole number."""
        if self.book.dialect.dates_as_text:  # ISO text: SQLite's Julian day (noon-based)
            return func.julianday(column) - 0.5
        return func.date_part("epoch", column) / 86400

    def _whole_day(self, column):
        """The day of `column` as a whole number on the scale of `_day_number`."""
        if self.book.dialect.dates_as_text:
            return func.julianday(func.date(column)) - 0.5
        return func.floor(func.date_part("epoch", column) / 86400)

    def _opening_hours(self, start, end):
        """Opening hours from `start` to `end` (0 when end is not after start): the opening
        hours since a fixed day at each end, one subtracted from the other (the showroom's
        hours being the same every day), as app.domain.leads.opening_hours_between."""
        open_at, close_at = (_hours(t) for t in self.rules.opening)
        per_day = close_at - open_at

        def since_fixed_day(column):
            day = self._whole_day(column)
            clock = (self._day_number(column) - day) * 24
            today = case((clock <= open_at, literal(0.0)),
                         (clock >= close_at, literal(per_day)),
                         else_=clock - open_at)
            return day * per_day + today

        between = since_fixed_day(end) - since_fixed_day(start)
        return case((end > start, between), else_=literal(0.0))


def _figures(query: DashboardQuery, rules: LeadRules, months: list[date], group_rows,
             reason_rows, month_rows, hours: list[float], days: list[float],
             names: dict[int, str]) -> ConversionFigures:
    stages = STAGE_ORDER[1:]
    total = 0
    funnel = Counter()
    sources: dict[str, list[int]] = {}
    advisors: dict[int | None, list[int]] = {}
    departments: dict[str, list[int]] = {}
    referrers: dict[int, list[int]] = {}
    lost_total = 0
    for source, advisor, department, referrer, n, *reached, lost in group_rows:
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
        lost_reasons=tuple(sorted((ReasonCount(r or "", n) for r, n in reason_rows),
                                  key=lambda r: (-r.leads, r.reason))),
        advisors=tuple(advisor_rows),
        referral_departments=_outcomes({d: ("", v) for d, v in departments.items()}),
        referrers=_outcomes({str(r): (names.get(r, ""), v) for r, v in referrers.items()}),
    )


def _outcomes(rows: dict[str, tuple[str, list[int]]]) -> tuple[ReferralOutcome, ...]:
    out = [ReferralOutcome(key, name, *counts) for key, (name, counts) in rows.items()]
    out.sort(key=lambda r: (-r.referred, -r.won, r.name, r.key))
    return tuple(out)
