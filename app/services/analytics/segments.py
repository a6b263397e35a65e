"""Customer value and segments (PRODUCT.md F7): a few GROUP BY queries, then the rules.

Four aggregate reads (customers, visits by customer, vehicles by owner, referrals by
referrer) in one read transaction; the tiers and RFM scores are worked out in Python
(see app.domain.segments). A vehicle's sale is credited to its current owner.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import Float, case, cast, false, func, literal, or_, select, union_all

from app.db.changes import change_stamp
from app.db.engine import Book
from app.db.models import (
    Customer,
    CustomerTag,
    ServiceVisit,
    Tag,
    Vehicle,
)
from app.domain.desk_rules import ValueRules
from app.domain.segments import (
    REFERRAL_WEIGHT,
    CustomerValue,
    SegmentFilter,
    Tier,
    ValueThresholds,
    loyalty,
    pareto_share,
    rfm_scores,
    tier,
)
from app.domain.service_rules import LapseStatus, LapseThresholds, lapse_cutoffs

BOUGHT_HERE = ("new_here", "used_here")


def window_start(today: date, window_years: int) -> date:
    """The same day `window_years` years before (29 February falls back to the 28th);
    the window is start <= day <= today."""
    try:
        return today.replace(year=today.year - window_years)
    except ValueError:
        return today.replace(year=today.year - window_years, day=28)


class SegmentService:
    """Values for the whole book take a couple of seconds, so the last result is kept
    (`cached`) for the filters, the card and the dashboard; it is worked out again after
    `max_age` seconds, when customers, vehicles or visits were added or changed, or after
    `forget`."""

    max_age = 300.0

    def __init__(self, book: Book, rules: ValueRules | None = None,
                 lapse: LapseThresholds | None = None):
        """`rules` (how value is counted) and `lapse` (when a customer counts as at risk or
        lost): the store's (Preferences), used where a call gives none; `use_rules` hands
        over new ones."""
        self.book = book
        self.rules = rules or ValueRules()
        self.lapse = lapse or LapseThresholds()
        self._lock = threading.Lock()
        self._cache: tuple[tuple, float, list[CustomerValue], dict[int, CustomerValue]] | None = None

    def use_rules(self, rules: ValueRules, lapse: LapseThresholds) -> None:
        self.rules, self.lapse = rules, lapse

    def _given(self, window_years, thresholds, premium_makes=None):
        """The value rules of a call: what it gives, else the store's."""
        return (self.rules.window_years if window_years is None else window_years,
                thresholds or self.rules.thresholds,
                self.rules.premium_makes if premium_makes is None else premium_makes)

    def forget(self) -> None:
        with self._lock:
            self._cache = None

    def cached(
        self,
        today: date,
        window_years: int | None = None,
        thresholds: ValueThresholds | None = None,
        premium_makes: Iterable[str] | None = None,
    ) -> tuple[list[CustomerValue], dict[int, CustomerValue], float]:
        """`values` with the same arguments, reused while younger than `max_age` seconds
        and while no customer, vehicle or service visit has been added, archived or had
        its dates changed (the
        reminders' change counter, the last vehicle change noted, the last visit's id):
        (values by id order, values by customer id, time.time() when computed)."""
        window_years, thresholds, premium_makes = self._given(window_years, thresholds,
                                                              premium_makes)
        with self.book.reading() as s:
            stamp = change_stamp(s.connection())
        key = (today, window_years, thresholds, frozenset(premium_makes), stamp)
        with self._lock:
            hit = self._cache
            if hit is not None and hit[0] == key and time.time() - hit[1] < self.max_age:
                return hit[2], hit[3], hit[1]
            values = self.values(today, window_years, thresholds, key[3])
            by_id = {cv.customer_id: cv for cv in values}
            self._cache = (key, time.time(), values, by_id)
            return values, by_id, self._cache[1]

    def values(
        self,
        today: date,
        window_years: int | None = None,
        thresholds: ValueThresholds | None = None,
        premium_makes: Iterable[str] | None = None,
    ) -> list[CustomerValue]:
        """Every non-archived customer's value, loyalty, tier, RFM and flags, by id."""
        window_years, thresholds, premium_makes = self._given(window_years, thresholds,
                                                              premium_makes)
        if window_years < 1:
            raise ValueError("window_years must be at least 1")
        start = window_start(today, window_years)
        premium = sorted(set(premium_makes))
        sv, v, c = ServiceVisit, Vehicle, Customer
        # the window only; coalesce() keeps SQLite off the date index, as a scan of the
        # table is three times faster than an index walk over half of it
        day = func.coalesce(sv.date_in, sv.date_in)
        visits_stmt = (
            select(
                sv.customer_id,
                func.sum(sv.total_fen),
                func.count(),
                func.count(sv.visit_type.distinct()),
                func.max(sv.date_in),
            )
            .where(day >= start, day <= today)
            .group_by(sv.customer_id)  # the visits of no customer (NULL) are never looked up
        )
        here = v.purchase_type.in_(BOUGHT_HERE)
        bought_in_window = here & (v.purchase_date >= start) & (v.purchase_date <= today)
        current = v.archived_at.is_(None)
        is_premium = current & or_(v.make.in_(premium), v.model.in_(premium)) if premium else false()
        vehicles_stmt = (
            select(
                v.owner_id,
                func.sum(case((bought_in_window, func.coalesce(v.price_yuan, 0)), else_=0)),
                func.sum(case((bought_in_window, 1), else_=0)),
                func.sum(case((here, 1), else_=0)),
                func.max(case((here & (v.purchase_date <= today), v.purchase_date))),
                func.sum(case((current, 1), else_=0)),
                func.max(case((is_premium, 1), else_=0)),
            )
            .group_by(v.owner_id)  # a scan: faster than the owner index and its lookups
        )
        referrals_stmt = (
            select(c.referred_by_id, func.count())
            .where(c.referred_by_id.is_not(None), c.archived_at.is_(None))
            .group_by(c.referred_by_id)
        )
        with self.book.reading() as s:
            conn = s.connection()
            customers = conn.execute(
                select(c.id, c.key_account, c.last_visit_on)
                .where(c.archived_at.is_(None))
                .order_by(c.id)
            ).all()
            visit_rows = {row[0]: row[1:] for row in conn.execute(visits_stmt).all()}
            vehicle_rows = {row[0]: row[1:] for row in conn.execute(vehicles_stmt).all()}
            referral_counts = dict(conn.execute(referrals_stmt).all())

        no_visits = (0, 0, 0, None)
        no_vehicles = (0, 0, 0, None, 0, 0)
        rows = []
        for cid, key, last_visit_on in customers:
            fen, visits, types, last_visit = visit_rows.get(cid, no_visits)
            if last_visit_on is not None and last_visit_on <= today:
                last_visit = last_visit_on  # kept by the visit service: before the window too
            sales, bought, bought_ever, last_buy, owned, prem = vehicle_rows.get(cid, no_vehicles)
            referrals = referral_counts.get(cid, 0)
            value = (sales or 0) + (fen or 0) / 100
            distinct = (types or 0) + (bought or 0)
            score = loyalty((visits or 0) / window_years, distinct, referrals)
            last = max((d for d in (last_visit, last_buy) if d is not None), default=None)
            rows.append((cid, bool(key), value, visits or 0, distinct, referrals, score,
                         None if last is None else (today - last).days,
                         (bought_ever or 0) >= 2, (owned or 0) >= 2, bool(prem)))

        # nothing to score (never seen, no visit or no value in the window) scores 1
        r = rfm_scores([row[7] for row in rows], higher_is_better=False)
        f = rfm_scores([row[3] or None for row in rows])
        m = rfm_scores([row[2] or None for row in rows])
        new = tuple.__new__  # CustomerValue's fields in order, without its generated __new__
        return [
            new(CustomerValue, (cid, value, visits, distinct, referrals, score,
                                tier(value, score, thresholds), recency, r[i], f[i], m[i], group,
                                repeat, prem, key))
            for i, (cid, key, value, visits, distinct, referrals, score, recency, repeat, group,
                    prem) in enumerate(rows)
        ]

    def tier_counts(
        self,
        today: date,
        window_years: int | None = None,
        thresholds: ValueThresholds | None = None,
        customers=None,
    ) -> dict[Tier, tuple[int, int]]:
        """{tier: (customers, value in fen)} over the non-archived customers (only those of
        the select of ids `customers`, if given): the tiers of `values` worked out in one
        SQL statement, for the dashboard, without making a value per customer in Python.

        The same rules as `values` (tested equal): value = sales here in the window x 100
        + service totals in fen; loyalty = visits / years + (visit types + cars bought
        here in the window) + 2 x referrals by non-archived customers."""
        window_years, thresholds, _ = self._given(window_years, thresholds)
        per_customer = self._per_customer(today, window_years, customers).subquery()
        high_value = case((per_customer.c.value_fen >= round(thresholds.high_value_yuan * 100),
                           1), else_=0)
        high_loyalty = case((per_customer.c.score >= thresholds.high_loyalty, 1), else_=0)
        highs = (high_value + high_loyalty).label("highs")
        stmt = select(highs, func.count(), func.sum(per_customer.c.value_fen)).group_by(highs)
        with self.book.reading() as session:
            rows = session.execute(stmt).all()
        by_highs = {int(h): (int(n), int(fen or 0)) for h, n, fen in rows}
        return {t: by_highs.get(h, (0, 0))
                for t, h in ((Tier.TOP, 2), (Tier.MIDDLE, 1), (Tier.SMALL, 0))}

    def _per_customer(self, today: date, window_years: int, customers=None, narrow=False):
        """SELECT cid, value_fen, score per non-archived customer (of the select of ids
        `customers`, if given; `narrow`: the visits, sales and referrals read only for
        them too, for a few thousand customers rather than the whole book)."""
        if window_years < 1:
            raise ValueError("window_years must be at least 1")
        start = window_start(today, window_years)
        sv, v, c = ServiceVisit, Vehicle, Customer
        zero = literal(0)
        day = func.coalesce(sv.date_in, sv.date_in)  # a scan of the (customer, day) index
        marker = select(c.id.label("cid"), zero.label("fen"), zero.label("n"),
                        zero.label("kinds"), zero.label("yuan"), zero.label("bought"),
                        zero.label("refs"), literal(1).label("here")).where(c.archived_at.is_(None))
        if customers is not None:
            marker = marker.where(c.id.in_(customers))
        visits = (select(sv.customer_id, func.sum(sv.total_fen), func.count(),
                         func.count(sv.visit_type.distinct()), zero, zero, zero, zero)
                  .where(sv.customer_id.is_not(None), day >= start, day <= today))
        sales = (select(v.owner_id, zero, zero, zero, func.sum(func.coalesce(v.price_yuan, 0)),
                        func.count(), zero, zero)
                 .where(v.owner_id.is_not(None), v.purchase_type.in_(BOUGHT_HERE),
                        v.purchase_date >= start, v.purchase_date <= today))
        referrals = (select(c.referred_by_id, zero, zero, zero, zero, zero, func.count(), zero)
                     .where(c.referred_by_id.is_not(None), c.archived_at.is_(None)))
        if narrow and customers is not None:
            visits = visits.where(sv.customer_id.in_(customers))
            sales = sales.where(v.owner_id.in_(customers))
            referrals = referrals.where(c.referred_by_id.in_(customers))
        visits = visits.group_by(sv.customer_id)
        sales = sales.group_by(v.owner_id)
        referrals = referrals.group_by(c.referred_by_id)
        parts = union_all(marker, visits, sales, referrals).subquery()
        value_fen = func.sum(parts.c.yuan) * 100 + func.sum(parts.c.fen)
        # the order of `loyalty`: visits / years + distinct + 2 x referrals, in doubles
        score = (cast(func.sum(parts.c.n), Float) / window_years
                 + (func.sum(parts.c.kinds) + func.sum(parts.c.bought))
                 + REFERRAL_WEIGHT * func.sum(parts.c.refs))
        return (select(parts.c.cid, value_fen.label("value_fen"), score.label("score"))
                .group_by(parts.c.cid).having(func.max(parts.c.here) == 1))

    def customer_tiers(self, today: date, customers, window_years: int | None = None,
                       thresholds: ValueThresholds | None = None) -> dict[int, tuple[Tier, int]]:
        """{customer id: (tier, value in fen)} for the non-archived customers of the select
        of ids `customers`, by the rules of `tier_counts` (one SQL statement, read only for
        them)."""
        window_years, thresholds, _ = self._given(window_years, thresholds)
        rows = self._per_customer(today, window_years, customers, narrow=True)
        with self.book.reading() as session:
            found = session.execute(rows).all()
        return {int(cid): (tier(int(fen or 0) / 100, float(score or 0), thresholds),
                           int(fen or 0)) for cid, fen, score in found}

    def matching_ids(
        self,
        segment: SegmentFilter,
        today: date,
        *,
        window_years: int | None = None,
        thresholds: ValueThresholds | None = None,
        premium_makes: Iterable[str] | None = None,
        lapse: LapseThresholds | None = None,
    ) -> set[int] | None:
        """The ids of the (non-archived) customers in the segment; None when the filter
        lets everyone through. Value criteria use `cached` values; the key-account, lapse
        and tag criteria are read from the book."""
        if segment.empty:
            return None
        lapse = lapse or self.lapse
        c = Customer
        stmt = select(c.id).where(c.archived_at.is_(None))
        if segment.key_account is not None:
            stmt = stmt.where(c.key_account == segment.key_account)
        if segment.tag is not None:
            stmt = stmt.where(c.id.in_(
                select(CustomerTag.customer_id).join(Tag, Tag.id == CustomerTag.tag_id)
                .where(Tag.name == segment.tag)))
        if segment.lapse is not None:
            at_risk_before, lost_before = lapse_cutoffs(today, lapse)
            status = LapseStatus(segment.lapse)
            last = c.last_visit_on
            stmt = stmt.where({
                LapseStatus.NEVER: last.is_(None),
                LapseStatus.ACTIVE: last >= at_risk_before,
                LapseStatus.AT_RISK: (last < at_risk_before) & (last >= lost_before),
                LapseStatus.LOST: last < lost_before,
            }[status])
        plain = segment.key_account is None and segment.tag is None and segment.lapse is None
        ids: set[int] | None = None
        if not plain:
            with self.book.reading() as s:
                ids = set(s.execute(stmt).scalars())
        if segment.needs_values:
            values, _, _ = self.cached(today, window_years, thresholds, premium_makes)
            admits = segment.admits
            if ids is None:
                ids = {cv.customer_id for cv in values if admits(cv)}
            else:
                ids = {cv.customer_id for cv in values if cv.customer_id in ids and admits(cv)}
        return ids

    @staticmethod
    def pareto_share(values: Sequence[CustomerValue], top_fraction: float = 0.2) -> float:
        """The share of the total value held by the top `top_fraction` of customers by value."""
        return pareto_share([cv.value_yuan for cv in values], top_fraction)
