"""The owner's dashboard (PRODUCT.md F8): every chart's numbers from a few GROUP BY reads.

Each chart has its own method; `build` runs the reads on a few threads at once (SQLite in
WAL mode lets each thread read in its own transaction) and reports progress chart by chart.
Sums happen in SQL; Python ranks, buckets by month and applies the date rules of app.domain.
The tiers are counted in SQL too (SegmentService.tier_counts), and the lapsed figures of
months already over are kept in the book (lapsed_month_ends, migration 0006).

On SQLite every read comes back as one JSON text made by the database (`_rows`, `_many`):
the library lets go of the interpreter lock while SQLite works but must take it back after
every step, and while the charts are drawn on the interface thread each taking back waits.

Who counts: with an advisor in the query, only the customers that advisor looks after
(customers.advisor_id) count, except for the follow-ups of the done / missed chart, which
go by the follow-up's own advisor. Money is summed in fen and turned into yuan at the end.
"""

from __future__ import annotations

import logging
import os
import threading
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from datetime import date, datetime, timedelta
from itertools import accumulate

from sqlalchemy import (
    Integer,
    String,
    case,
    cast,
    delete,
    func,
    insert,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

from app.db.changes import change_stamp
from app.db.engine import Book
from app.db.models import (
    Customer,
    FollowUp,
    HouseholdMember,
    ImportantDate,
    Interaction,
    LapsedMonthEnd,
    ReminderMark,
    ServiceVisit,
    Staff,
    Vehicle,
)
from app.domain.changes import SYSTEM
from app.domain.dashboard_records import (
    AdvisorActivity,
    DashboardData,
    DashboardQuery,
    MonthDoneMissed,
    MonthLapsed,
    MonthSatisfaction,
    MonthVisits,
    ParetoCurve,
    TierCount,
    month_end,
)
from app.domain.enums import FollowUpStatus, ReminderKind, ReminderState
from app.domain.leads import LeadRules
from app.domain.reminder_rules import DATED_ITEM_KINDS as DATED_ITEMS
from app.domain.reminder_rules import ReminderWindow
from app.domain.segments import Tier, ValueThresholds, pareto_share
from app.domain.service_rules import LapseThresholds, lapse_cutoffs
from app.services.analytics.conversion import ConversionService
from app.services.analytics.segments import BOUGHT_HERE, SegmentService
from app.services.outreach.reminders import ReminderService
from app.services.pauses import few_collections

log = logging.getLogger(__name__)

CHARTS = ("tiers", "visits", "pareto", "done_missed", "lapsed", "satisfaction", "advisors",
          "conversion")
MAX_PARETO_POINTS = 200
HANDLED = (ReminderState.DONE.value, ReminderState.FOLLOW_UP.value)
VEHICLE_DATES = (
    (ReminderKind.INSURANCE, Vehicle.insurance_expiry),
    (ReminderKind.INSPECTION, Vehicle.inspection_due),
    (ReminderKind.WARRANTY, Vehicle.warranty_end),
    (ReminderKind.MAINTENANCE, Vehicle.next_service_due),
)
DATED_ITEM_KINDS = tuple(kind.value for kind in DATED_ITEMS)


def _month_ends(query: DashboardQuery, today: date) -> tuple[list[date], list[date], list[date]]:
    """(the months of `query` up to today's, the day each is counted at: its last day or
    today, those of these days already over)."""
    months = [m for m in query.months() if m <= today]
    ends = [min(month_end(m), today) for m in months]
    return months, ends, [e for e in ends if e < today]  # today's can still change today


def _lapsed_key(query: DashboardQuery, lapse: LapseThresholds) -> dict:
    """The columns of lapsed_month_ends that say whose figures under which thresholds."""
    return {"advisor_key": query.advisor_id or 0, "at_risk_months": lapse.at_risk_months,
            "lost_months": lapse.lost_months}


def _key(month: date) -> int:
    """A month as the queries give it: yyyymm."""
    return month.year * 100 + month.month


def _day(value) -> date:
    """A date read through `_rows`: ISO text from SQLite, a date elsewhere."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def _iso(value) -> str | None:
    return value if value is None or isinstance(value, str) else value.isoformat()


class DashboardService:
    # threads for `build`: the segment values on one, the other reads beside (more threads
    # than cores only make them fight over the cores and the interpreter lock)
    workers = max(2, min(4, os.cpu_count() or 2))

    def __init__(self, book: Book, segments: SegmentService,
                 reminders: ReminderService | None = None, lead_rules: LeadRules | None = None):
        """With `reminders`, the occurrences per day are counted from its in-memory copy of
        the book's dates (already read for the day's reminders) instead of by SQL. The
        conversion figures follow `lead_rules` (the store's: opening hours, response limit,
        the advisors' targets)."""
        self.book = book
        self.segments = segments
        self.reminders = reminders
        self.conversion = ConversionService(book, lead_rules)
        self._lapsed_lock = threading.Lock()

    # ------------------------------------------------------------ everything at once
    def build(
        self,
        query: DashboardQuery,
        today: date,
        *,
        thresholds: ValueThresholds | None = None,
        window_years: int | None = None,
        lapse: LapseThresholds | None = None,
        progress: Callable[[int, int], None] | None = None,
        ready: Callable[[str, object], None] | None = None,
    ) -> DashboardData:
        """Every chart; `ready(chart, value)` (the chart's field of DashboardData) and
        `progress(done, total)` on this thread as soon as each one is ready, so it can be
        drawn while the others are still being read. The value and lapse rules not given
        are the store's (the segments service's)."""
        lapse = lapse or self.segments.lapse
        reads: dict[str, Callable[[], object]] = {
            # the two longest first, then what completes a chart soonest, so that the charts
            # are drawn while the rest is read (100,000 customers, alone: tiers ~0.6 s;
            # lapsed ~0.2 s with the month ends kept, ~0.55 s without; done / missed 0.45;
            # pareto 0.25; staff 0.1; visit figures 0.09; sales 0.06)
            "tiers": lambda: self.tiers(query, today, thresholds=thresholds,
                                        window_years=window_years),
            "lapsed": lambda: self.lapsed(query, today, lapse),
            "done_missed": lambda: self.done_missed(query, today),
            "visit_stats": lambda: self._visit_stats(query),
            "sales": lambda: self._sales_by_month(query),  # with visit_stats: the visits chart
            "staff_work": lambda: self._staff_work(query),
            "pareto": lambda: self.pareto(query),
            "conversion": lambda: self.conversion.figures(query),
        }
        needs = {
            "tiers": ("tiers",),
            "visits": ("visit_stats", "sales"),
            "pareto": ("pareto",),
            "done_missed": ("done_missed",),
            "lapsed": ("lapsed",),
            "satisfaction": ("visit_stats",),
            "advisors": ("visit_stats", "staff_work"),
            "conversion": ("conversion",),
        }
        make = {
            "tiers": lambda r: r["tiers"],
            "visits": lambda r: _visits(query, r["visit_stats"], r["sales"]),
            "pareto": lambda r: r["pareto"],
            "done_missed": lambda r: r["done_missed"],
            "lapsed": lambda r: r["lapsed"],
            "satisfaction": lambda r: _satisfaction(query, r["visit_stats"]),
            "advisors": lambda r: _advisors(r["visit_stats"], *r["staff_work"]),
            "conversion": lambda r: r["conversion"],
        }
        results: dict[str, object] = {}
        charts: dict[str, object] = {}
        pool = ThreadPoolExecutor(self.workers, thread_name_prefix="dashboard")
        # the reads make about a million short-lived strings and tuples (the visits' dates
        # above all): without collections they take about a quarter less time
        with few_collections():
            try:
                running = {pool.submit(read): name for name, read in reads.items()}
                while running:
                    finished, _ = wait(running, return_when=FIRST_COMPLETED)
                    for future in finished:
                        results[running.pop(future)] = future.result()
                    for chart in CHARTS:
                        if chart not in charts and all(n in results for n in needs[chart]):
                            charts[chart] = make[chart](results)
                            if ready is not None:  # may raise to abandon the request
                                ready(chart, charts[chart])
                            if progress is not None:  # may raise to abandon the request
                                progress(len(charts), len(CHARTS))
            finally:
                # after a failure the reads not started are dropped, those running end unwaited
                pool.shutdown(wait=False, cancel_futures=True)
        return DashboardData(query=query, today=today, **charts)

    def use_lead_rules(self, rules: LeadRules) -> None:
        """The store's lead rules changed (Preferences)."""
        self.conversion.use_rules(rules)

    # ------------------------------------------------------------ the charts one by one
    def tiers(
        self,
        query: DashboardQuery,
        today: date,
        *,
        thresholds: ValueThresholds | None = None,
        window_years: int | None = None,
    ) -> tuple[TierCount, ...]:
        """Customers and value per tier as of today over the value window (the date range
        does not change a tier); top, middle, small in that order."""
        mine = None if query.advisor_id is None else self._customers_of(query.advisor_id)
        counts = self.segments.tier_counts(today, window_years, thresholds, customers=mine)
        return tuple(TierCount(t, counts[t][0], counts[t][1] / 100)
                     for t in (Tier.TOP, Tier.MIDDLE, Tier.SMALL))

    def visits(self, query: DashboardQuery) -> tuple[MonthVisits, ...]:
        """Per month: service visits (by day in) and their totals, plus the price of the
        vehicles sold here (new or used) with their purchase date in the month."""
        return _visits(query, self._visit_stats(query), self._sales_by_month(query))

    def satisfaction(self, query: DashboardQuery) -> tuple[MonthSatisfaction, ...]:
        """Per month: the visits given a score, the average score and the scores of 1 or 2."""
        return _satisfaction(query, self._visit_stats(query))

    def advisors(self, query: DashboardQuery) -> tuple[AdvisorActivity, ...]:
        """Per member of staff in the date range: timeline entries, follow-ups closed as
        done and visits as service advisor; most active first, the idle left out."""
        return _advisors(self._visit_stats(query), *self._staff_work(query))

    def pareto(self, query: DashboardQuery) -> ParetoCurve:
        """Customers ranked by revenue in the date range (service totals of their visits
        plus the vehicles sold here that they own), those with some revenue only."""
        months = query.months()
        if not months:
            return pareto_curve(())
        first, last = months[0], month_end(months[-1])
        sv, v = ServiceVisit, Vehicle
        service = select(sv.customer_id.label("customer"), func.sum(sv.total_fen).label("fen"))
        if query.advisor_id is None:
            # the (customer, day, type, total) index read whole, in customer order
            day = func.coalesce(sv.date_in, sv.date_in)
            service = service.where(sv.customer_id.is_not(None), day.between(first, last))
        else:
            service = service.where(sv.customer_id.in_(self._customers_of(query.advisor_id)),
                                    sv.date_in.between(first, last))
        sales = (
            select(v.owner_id.label("customer"),
                   (func.sum(func.coalesce(v.price_yuan, 0)) * 100).label("fen"))
            .where(v.owner_id.is_not(None), v.purchase_type.in_(BOUGHT_HERE),
                   v.purchase_date.between(first, last))
        )
        if query.advisor_id is not None:
            sales = sales.where(v.owner_id.in_(self._customers_of(query.advisor_id)))
        both = union_all(service.group_by(sv.customer_id), sales.group_by(v.owner_id)).subquery()
        total = func.sum(both.c.fen)
        per_customer = select(total).group_by(both.c.customer).having(total > 0)
        with self.book.reading() as s:
            return pareto_curve(self._values(s.connection(), per_customer))

    def done_missed(self, query: DashboardQuery, today: date) -> tuple[MonthDoneMissed, ...]:
        """Per month up to today's: reminder occurrences handled and missed, follow-ups
        done and missed (see MonthDoneMissed)."""
        months = [m for m in query.months() if m <= today]
        if not months:
            return ()
        first, last = months[0], month_end(months[-1])
        adv = query.advisor_id
        occurred: Counter[int] = Counter()
        past_end = min(last, today - timedelta(days=1))  # an occurrence of today is not missed
        for (_kind, day), n in self.occurrence_counts(first, past_end, adv).items():
            occurred[_key(day)] += n
        c, m, f = Customer, ReminderMark, FollowUp
        mark_month = self._month_number(m.occurs_on)
        marks = (
            select(mark_month,
                   func.sum(case((m.state.in_(HANDLED), 1), else_=0)),
                   func.sum(case((m.occurs_on < today, 1), else_=0)))
            .join(c, c.id == m.customer_id)
            .where(m.occurs_on.between(first, last), c.archived_at.is_(None))
            .group_by(mark_month)
        )
        if adv is not None:
            marks = marks.where(c.advisor_id == adv)
        due_month = self._month_number(f.due_date)
        waiting = (FollowUpStatus.OPEN.value, FollowUpStatus.SNOOZED.value)
        missed = ((f.status == FollowUpStatus.CANCELLED.value)
                  | (f.status.in_(waiting) & (f.due_date < today)))
        follow_ups = (
            select(due_month,
                   func.sum(case((f.status == FollowUpStatus.DONE.value, 1), else_=0)),
                   func.sum(case((missed, 1), else_=0)))
            .where(f.due_date.between(first, last))
            .group_by(due_month)
        )
        if adv is not None:
            follow_ups = follow_ups.where(f.advisor_id == adv)
        with self.book.reading() as s:
            marked_rows, followed_rows = self._many(s.connection(), marks, follow_ups)
        marked = {key: (done, past) for key, done, past in marked_rows}
        followed = {key: (done, gone) for key, done, gone in followed_rows}
        out = []
        for month in months:
            key = _key(month)
            handled, marked_before_today = marked.get(key, (0, 0))
            done, gone = followed.get(key, (0, 0))
            missed_reminders = max(occurred[key] - marked_before_today, 0)
            out.append(MonthDoneMissed(month, handled, missed_reminders, done, gone))
        return tuple(out)

    def lapsed(
        self,
        query: DashboardQuery,
        today: date,
        lapse: LapseThresholds | None = None,
    ) -> tuple[MonthLapsed, ...]:
        """Per month up to today's, at its last day (today for the running month): the
        non-archived customers whose last visit by then was at risk or lost.

        On SQLite the figures of months already over are kept in lapsed_month_ends (the
        book's triggers delete those a change makes wrong): when all are there, only
        today's is worked out. Otherwise every month is, from every visit, and the months
        over are stored for the next time. Without `lapse`, the store's thresholds."""
        lapse = lapse or self.segments.lapse
        months, ends, over = _month_ends(query, today)
        if not months:
            return ()
        key = _lapsed_key(query, lapse)
        with self._lapsed_lock:  # a second request waits for the first's figures, kept
            stored = self._stored_lapsed(key, over) if self.book.dialect.keeps_month_ends else None
            if stored is None:
                counts, stamp = self._lapsed_from_visits(query.advisor_id, ends, lapse)
                if self.book.dialect.keeps_month_ends and over:
                    self._store_lapsed(key, dict(zip(over, counts, strict=False)), stamp)
        if stored is not None:
            counts = [stored[e] for e in over]
            if len(over) < len(ends):
                counts.append(self._lapsed_at(query.advisor_id, today, lapse))
        return tuple(MonthLapsed(m, at_risk, lost) for m, (at_risk, lost) in zip(months, counts,
                                                                                    strict=True))

    def keep_month_ends(
        self,
        query: DashboardQuery,
        today: date,
        lapse: LapseThresholds | None = None,
    ) -> bool:
        """Work out and keep the lapsed figures of the months of `query` already over when
        the book lacks one (a new month, a visit entered back, a customer archived), so that
        opening the dashboard need not. True when it had to. SQLite books only. Without
        `lapse`, the store's thresholds."""
        lapse = lapse or self.segments.lapse
        _months, _ends, over = _month_ends(query, today)
        if not self.book.dialect.keeps_month_ends or not over:
            return False
        if self._stored_lapsed(_lapsed_key(query, lapse), over) is not None:
            return False
        self.lapsed(query, today, lapse)
        return True

    def _stored_lapsed(self, key: dict, ends: list[date]) -> dict[date, tuple[int, int]] | None:
        """The stored figures at `ends`, or None when one is missing."""
        if not ends:
            return {}
        m = LapsedMonthEnd
        with self.book.reading() as s:
            rows = s.execute(select(m.month_end, m.at_risk, m.lost).filter_by(**key)
                             .where(m.month_end.between(ends[0], ends[-1]))).all()
        found = {day: (at_risk, lost) for day, at_risk, lost in rows}
        return found if all(e in found for e in ends) else None

    def _store_lapsed(self, key: dict, figures: dict[date, tuple[int, int]], stamp) -> None:
        """Keep `figures` unless the visits or customers changed since they were read (the
        triggers only delete rows that exist; these were not there yet)."""
        m = LapsedMonthEnd
        try:
            with self.book.writing(actor=SYSTEM) as s:
                if change_stamp(s.connection()) != stamp:
                    return
                s.execute(delete(m).filter_by(**key).where(m.month_end.in_(list(figures))))
                s.execute(insert(m), [{**key, "month_end": day, "at_risk": at_risk,
                                       "lost": lost} for day, (at_risk, lost) in figures.items()])
        except OperationalError:  # the book busy or read-only: worked out again next time
            log.warning("lapsed month-end figures not kept", exc_info=True)

    def _lapsed_at(self, advisor_id: int | None, day: date,
                   lapse: LapseThresholds) -> tuple[int, int]:
        """(at risk, lost) at `day` alone: each customer's last visit by then, found in the
        (customer, day) index."""
        at_risk_before, lost_before = lapse_cutoffs(day, lapse)
        sv, c = ServiceVisit, Customer
        last = (select(func.max(sv.date_in))
                .where(sv.customer_id == c.id, sv.date_in <= day).scalar_subquery())
        per_customer = select(last.label("last")).where(c.archived_at.is_(None))
        if advisor_id is not None:
            per_customer = per_customer.where(c.advisor_id == advisor_id)
        # LIMIT keeps SQLite from copying the subquery into each sum below
        inner = per_customer.limit(self.book.dialect.unlimited()).subquery()
        stmt = select(
            func.coalesce(func.sum(case(((inner.c.last >= lost_before)
                                         & (inner.c.last < at_risk_before), 1), else_=0)), 0),
            func.coalesce(func.sum(case((inner.c.last < lost_before, 1), else_=0)), 0))
        with self.book.reading() as s:
            at_risk, lost = s.execute(stmt).one()
        return int(at_risk), int(lost)

    def _lapsed_from_visits(self, advisor_id: int | None, ends: list[date],
                            lapse: LapseThresholds) -> tuple[list[tuple[int, int]], tuple]:
        """(at risk, lost) at every one of `ends` from every visit up to the last, and the
        `change_stamp` they were read under."""
        sv, c = ServiceVisit, Customer
        raw = type_coerce(sv.date_in, String)
        # per customer: the last visit by the first month's end, the later ones up to the last
        stmt = (
            select(func.max(raw).filter(sv.date_in <= ends[0]),
                   self._joined(raw).filter(sv.date_in > ends[0], sv.date_in <= ends[-1]))
            .group_by(sv.customer_id)  # in the order of the (customer, day) index: no sorting
        )
        if advisor_id is None:
            stmt = stmt.where(sv.customer_id.is_not(None)).having(
                sv.customer_id.not_in(select(c.id).where(c.archived_at.is_not(None))))
        else:
            stmt = stmt.where(sv.customer_id.in_(
                select(c.id).where(c.advisor_id == advisor_id, c.archived_at.is_(None))))
        with self.book.reading() as s:
            conn = s.connection()
            stamp = change_stamp(conn)
            if self.book.dialect.dates_as_text:  # "last,visit,visit;..." splits faster than JSON
                before, recent = stmt.subquery().c
                visits = func.coalesce(before.concat(",").concat(recent), before, recent)
                joined = conn.execute(select(self.book.dialect.string_agg(visits, ";"))).scalar()
                rows = [row.split(",") for row in joined.split(";")] if joined else []
            else:
                rows = [[_iso(before)] * bool(before) + (recent.split(",") if recent else [])
                        for before, recent in self._rows(conn, stmt)]
        counts = lapsed_counts(rows, ends, [lapse_cutoffs(d, lapse) for d in ends])
        return counts, stamp

    # ------------------------------------------------------------ reminder occurrences
    def occurrence_counts(
        self, start: date, end: date, advisor_id: int | None = None
    ) -> Counter[tuple[ReminderKind, date]]:
        """How many reminder occurrences fall on each day of [start, end], per kind: what
        ReminderService.occurrences(start, end, include_handled=True) lists, counted by
        grouping the dates in SQL instead of making every occurrence."""
        if self.reminders is not None:
            counted = self.reminders.counts_by_day(start, end, advisor_id)
            if counted is not None:
                return counted
        found: Counter[tuple[ReminderKind, date]] = Counter()
        if end < start:
            return found
        c, h, v, d = Customer, HouseholdMember, Vehicle, ImportantDate
        window = ReminderWindow(start, end)

        def birthday(table):
            """One small integer per (month, day, calendar, leap): sorts fast."""
            return ((table.birth_month * 100 + table.birth_day) * 4
                    + case((table.birthday_calendar == "lunar", 2), else_=0)
                    + case((table.birth_leap.is_(True), 1), else_=0))

        known = c.birth_month.is_not(None) & c.birth_day.is_not(None)
        person = case((known & (c.kind == "person"), birthday(c)))
        people = (select(person, func.count(),
                         func.sum(case((c.key_account.is_(True), 1), else_=0)))
                  .where(c.archived_at.is_(None)).group_by(person))
        if advisor_id is not None:
            people = people.where(c.advisor_id == advisor_id)
        member = birthday(h)
        household = (select(member, func.count())
                     .where(h.birth_month.is_not(None), h.birth_day.is_not(None),
                            self._belongs(h.customer_id, advisor_id))
                     .group_by(member))
        current = v.archived_at.is_(None) & self._belongs(v.owner_id, advisor_id)
        dated = [(kind, select(col, func.count()).where(current, col.between(*window.due_range))
                  .group_by(col)) for kind, col in VEHICLE_DATES]
        bought = v.purchase_md * 10000 + cast(self._year(v.purchase_date), Integer)
        anniversaries = (select(bought, func.count())
                         .where(current, v.purchase_md.is_not(None),
                                v.purchase_date.is_not(None))
                         .group_by(bought))
        items = (select(d.kind, d.yearly, d.on_date, func.count())
                 .where(d.kind.in_(DATED_ITEM_KINDS), d.on_date.is_not(None),
                        self._belongs(d.customer_id, advisor_id))
                 .group_by(d.kind, d.yearly, d.on_date))
        with self.book.reading() as s:
            people_rows, household_rows, anniversary_rows, item_rows, *dated_rows = self._many(
                s.connection(), people, household, anniversaries, items,
                *(stmt for _kind, stmt in dated))
        dated_rows = list(zip((kind for kind, _stmt in dated), dated_rows, strict=True))

        # the SQL above only groups the sources; the rules say which dates each yields
        for kind, rows in ((ReminderKind.BIRTHDAY, [r[:2] for r in people_rows]),
                           (ReminderKind.HOUSEHOLD_BIRTHDAY, household_rows)):
            for code, n in rows:
                if code is None:
                    continue
                md, flags = divmod(code, 4)
                month, day = divmod(md, 100)
                calendar = "lunar" if flags & 2 else "solar"
                for when in window.birthday(calendar, month, day, bool(flags & 1)):
                    found[(kind, when)] += n
        for kind, rows in dated_rows:
            for stored, n in rows:
                for when in window.due_date(_day(stored)):
                    found[(kind, when)] += n
        for code, n in anniversary_rows:
            md, year = divmod(code, 10000)
            for when in window.purchase_anniversary(md, year):
                found[(ReminderKind.PURCHASE_ANNIVERSARY, when)] += n
        for kind, yearly, on_date, n in item_rows:
            for when in window.dated_item(_day(on_date), bool(yearly)):
                found[(ReminderKind(kind), when)] += n
        key_accounts = sum(r[2] for r in people_rows)
        if key_accounts:
            for _holiday, when in window.holidays():
                found[(ReminderKind.HOLIDAY, when)] += key_accounts
        return found

    # ------------------------------------------------------------ reads shared by charts
    def _visit_stats(self, query: DashboardQuery) -> list[list]:
        """[yyyymm, service advisor or None, visits, fen, scores, sum of scores, unhappy]
        for the visits in the date range."""
        months = query.months()
        if not months:
            return []
        first, last = months[0], month_end(months[-1])
        sv = ServiceVisit
        # grouped by day and advisor, the order of ix_service_visits_month_figures, which
        # covers it all: no sorting of 400,000 visits into groups; the days add up to months
        # here (a few thousand rows)
        stmt = (
            select(sv.date_in, sv.service_advisor_id, func.count(), func.sum(sv.total_fen),
                   func.count(sv.satisfaction), func.coalesce(func.sum(sv.satisfaction), 0),
                   func.sum(case((sv.satisfaction.in_((1, 2)), 1), else_=0)))
            .where(sv.date_in.between(first, last))
            .group_by(sv.date_in, sv.service_advisor_id)
        )
        if query.advisor_id is not None:
            stmt = stmt.where(sv.customer_id.in_(self._customers_of(query.advisor_id)))
        with self.book.reading() as s:
            rows = self._rows(s.connection(), stmt)
        sums: dict[tuple[int, int | None], list[int]] = {}
        for day, advisor, *figures in rows:
            day = _day(day)
            key = (day.year * 100 + day.month, advisor)
            total = sums.get(key)
            if total is None:
                sums[key] = [x or 0 for x in figures]
            else:
                for i, x in enumerate(figures):
                    total[i] += x or 0
        return [[ym, advisor, *figures] for (ym, advisor), figures in sums.items()]

    def _sales_by_month(self, query: DashboardQuery) -> list[list]:
        """[month key, yuan] of the vehicles sold here in the date range."""
        months = query.months()
        if not months:
            return []
        v = Vehicle
        ym = self._month_number(v.purchase_date)
        stmt = (
            select(ym, func.sum(func.coalesce(v.price_yuan, 0)))
            .where(v.purchase_type.in_(BOUGHT_HERE),
                   v.purchase_date.between(months[0], month_end(months[-1])))
            .group_by(ym)
        )
        if query.advisor_id is not None:
            stmt = stmt.where(v.owner_id.in_(self._customers_of(query.advisor_id)))
        with self.book.reading() as s:
            return self._rows(s.connection(), stmt)

    def _staff_work(self, query: DashboardQuery) -> tuple[dict, dict, dict]:
        """(staff names, timeline entries per staff, follow-ups done per advisor) in the
        date range."""
        months = query.months()
        if not months:
            return {}, {}, {}
        since = datetime.combine(months[0], datetime.min.time())
        until = datetime.combine(month_end(months[-1]) + timedelta(days=1), datetime.min.time())
        i, f = Interaction, FollowUp
        staff = self.book.dialect.unindexed(i.staff_id)  # grouped by an expression: a scan, not a walk of the staff index
        contacts = (
            select(staff, func.count())
            .where(i.staff_id.is_not(None), i.occurred_at >= since, i.occurred_at < until)
            .group_by(staff)
        )
        done = (
            select(f.advisor_id, func.count())
            .where(f.advisor_id.is_not(None), f.status == FollowUpStatus.DONE.value,
                   f.closed_at >= since, f.closed_at < until)
            .group_by(f.advisor_id)
        )
        if query.advisor_id is not None:
            contacts = contacts.where(i.customer_id.in_(self._customers_of(query.advisor_id)))
            done = done.where(f.customer_id.in_(self._customers_of(query.advisor_id)))
        with self.book.reading() as s:
            names, contacted, closed = self._many(
                s.connection(), select(Staff.id, Staff.name), contacts, done)
        return dict(names), dict(contacted), dict(closed)

    # ------------------------------------------------------------ SQL helpers
    def _rows(self, conn: Connection, stmt) -> list[list]:
        """Every row of `stmt` (as lists), as fast as the book's database gives them."""
        return self.book.dialect.all_rows(conn, stmt)

    def _many(self, conn: Connection, *stmts) -> list[list[list]]:
        """`_rows` of each statement (on SQLite all in one step)."""
        return self.book.dialect.all_rows_of(conn, *stmts)

    def _values(self, conn: Connection, stmt) -> list:
        """The first column of every row of `stmt`."""
        return self.book.dialect.all_values(conn, stmt)

    @staticmethod
    def _customers_of(advisor_id: int):
        return select(Customer.id).where(Customer.advisor_id == advisor_id)

    @staticmethod
    def _belongs(customer_id, advisor_id: int | None):
        """`customer_id` is a non-archived customer (of the advisor, if one is given); without
        an advisor the few archived ones are left out rather than every row joined."""
        c = Customer
        if advisor_id is not None:
            return customer_id.in_(
                select(c.id).where(c.advisor_id == advisor_id, c.archived_at.is_(None)))
        return customer_id.is_not(None) & customer_id.not_in(
            select(c.id).where(c.archived_at.is_not(None)))

    def _month_number(self, column):
        """yyyymm of a date column."""
        return self.book.dialect.month_number(column)

    def _year(self, column):
        return self.book.dialect.year(column)

    def _joined(self, column):
        """A group's values joined with commas."""
        return self.book.dialect.joined(column)


# ---------------------------------------------------------------- the charts from the rows
def _visits(query: DashboardQuery, stats: list[list], sales: list[list]
            ) -> tuple[MonthVisits, ...]:
    visits: Counter[int] = Counter()
    fen: Counter[int] = Counter()
    for key, _advisor, n, total, *_scores in stats:
        visits[key] += n
        fen[key] += total or 0
    for key, yuan in sales:
        fen[key] += (yuan or 0) * 100
    return tuple(MonthVisits(m, visits[_key(m)], fen[_key(m)] / 100) for m in query.months())


def _satisfaction(query: DashboardQuery, stats: list[list]) -> tuple[MonthSatisfaction, ...]:
    responses: Counter[int] = Counter()
    points: Counter[int] = Counter()
    unhappy: Counter[int] = Counter()
    for key, _advisor, _n, _fen, scored, score_sum, low in stats:
        responses[key] += scored
        points[key] += score_sum
        unhappy[key] += low
    out = []
    for month in query.months():
        key = _key(month)
        n = responses[key]
        out.append(MonthSatisfaction(month, n, points[key] / n if n else None, unhappy[key]))
    return tuple(out)


def _advisors(stats: list[list], names: dict, contacts: dict, done: dict
              ) -> tuple[AdvisorActivity, ...]:
    visits: Counter[int] = Counter()
    for _ym, advisor, n, *_rest in stats:
        if advisor is not None:
            visits[advisor] += n
    rows = [AdvisorActivity(sid, name, contacts.get(sid, 0), done.get(sid, 0), visits[sid])
            for sid, name in names.items()]
    rows = [r for r in rows if r.contacts + r.follow_ups_done + r.service_visits > 0]
    rows.sort(key=lambda r: (-(r.contacts + r.follow_ups_done + r.service_visits), r.name,
                             r.staff_id))
    return tuple(rows)


def pareto_curve(fen_per_customer: Iterable[int]) -> ParetoCurve:
    """The Pareto curve of the customers' revenues (in fen; those of 0 or less left out),
    thinned evenly to at most MAX_PARETO_POINTS points, the first and the last kept."""
    ranked = sorted((x for x in fen_per_customer if x > 0), reverse=True)
    if not ranked:
        return ParetoCurve((), 0.0, 0, 0.0)
    n = len(ranked)
    cumulative = list(accumulate(ranked, initial=0))
    total = cumulative[-1]
    if n + 1 <= MAX_PARETO_POINTS:
        picks = range(n + 1)
    else:
        steps = MAX_PARETO_POINTS - 1
        picks = sorted({round(j * n / steps) for j in range(steps + 1)})
    points = tuple((k / n, cumulative[k] / total) for k in picks)
    return ParetoCurve(points, pareto_share(ranked, 0.2), n, total / 100)


class _StaleDays(dict):
    """{visit day: the first of the ends at which that visit, if still the last, is at risk}
    (ISO texts; "~", after every date, when none is), worked out once per day."""

    def __init__(self, days: list[str], at_risk_from: list[str]):
        super().__init__()
        self.days = days
        self.at_risk_from = at_risk_from

    def __missing__(self, visit: str) -> str:
        a = bisect_right(self.at_risk_from, visit)
        self[visit] = found = self.days[a] if a < len(self.days) else "~"
        return found


def lapsed_counts(
    rows: Iterable[list[str]],
    ends: list[date],
    cutoffs: list[tuple[date, date]],
) -> list[tuple[int, int]]:
    """(at risk, lost) at each of `ends` (ascending), from one list per customer of ISO days:
    the last visit on or before ends[0], if any, and the later visits up to ends[-1], in
    any order (lists without a visit are skipped).

    `cutoffs[i]` is lapse_cutoffs(ends[i]): a last visit before the first is at risk, before
    the second lost. Each visit is the last one for the ends from its day to the next visit;
    a run of months counted at risk or lost is added to a difference array."""
    days = [_iso(d) for d in ends]
    at_risk_from = [_iso(a) for a, _ in cutoffs]  # both never decrease from end to end
    lost_from = [_iso(lost) for _, lost in cutoffs]
    n = len(days)
    risk = [0] * (n + 1)
    lost = [0] * (n + 1)

    def count(last: str, following: str | None, weight: int = 1) -> None:
        hi = n if following is None else bisect_left(days, following)
        a = bisect_right(at_risk_from, last)  # at risk from end a on, lost from end b on
        b = max(bisect_right(lost_from, last), bisect_left(days, last))
        if a < min(hi, b):
            risk[a] += weight
            risk[min(hi, b)] -= weight
        if b < hi:
            lost[b] += weight
            lost[hi] -= weight

    # a visit followed by another before it gets stale (the end of the first month where it
    # would be at risk) counts for nothing: most visits are skipped with one comparison
    stale = _StaleDays(days, at_risk_from)
    finals: list[str] = []
    for visits in rows:
        if len(visits) > 1:
            visits.sort()
            for previous, visit in zip(visits, visits[1:]):  # noqa: B905 - one shorter
                if visit > stale[previous]:
                    count(previous, visit)
        if visits:
            finals.append(visits[-1])
    for last, weight in Counter(finals).items():
        count(last, None, weight)
    out = []
    at_risk = gone = 0
    for i in range(n):
        at_risk += risk[i]
        gone += lost[i]
        out.append((at_risk, gone))
    return out
