"""Hand-over: when a staff member leaves, their customers and open follow-ups go to one or
several others in one write unit, spread evenly or by value tier.

Evenly: the customers in id order, dealt to the receivers in the order given (round-robin).
By tier: the top tier first, then the middle, then the small one (archived customers, who
have no value, last), each in value order, best first, dealt on from where the last tier
stopped: every receiver gets a fair share of the best customers and the counts differ by
one at most. A follow-up goes with its customer; an open follow-up of the leaver's about a
customer who is not theirs is dealt on the same way. Each customer's timeline says who it
was handed over from and to; the audit log gets one "hand_over" entry with the counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import insert, select, update

from app.db import audit
from app.db.engine import Book
from app.db.models import Customer, FollowUp, Interaction, Staff
from app.domain.clock import now
from app.domain.enums import FollowUpStatus, InteractionKind
from app.domain.errors import FieldError, ValidationError
from app.domain.roles import Right
from app.domain.segments import Tier
from app.services.permissions import require

# follow-ups still to be made (snoozed ones too: they come back on a later day)
PENDING = (FollowUpStatus.OPEN.value, FollowUpStatus.SNOOZED.value)
# ids per UPDATE ... WHERE id IN (...) (well below SQLite's and psycopg's bound parameters)
CHUNK = 5_000
# the timeline note's words when the caller gives none (%1 the leaver, %2 the receiver)
NOTE = "Handed over from %1 to %2"
TIER_ORDER = (Tier.TOP, Tier.MIDDLE, Tier.SMALL)


class Spread(StrEnum):
    EVEN = "even"
    TIER = "tier"


@dataclass(frozen=True)
class Share:
    staff_id: int
    name: str
    customers: int
    follow_ups: int


@dataclass(frozen=True)
class HandOverPlan:
    """Who gets how many (the preview, and what was done)."""

    from_id: int
    from_name: str
    spread: Spread
    shares: tuple[Share, ...]

    @property
    def customers(self) -> int:
        return sum(s.customers for s in self.shares)

    @property
    def follow_ups(self) -> int:
        return sum(s.follow_ups for s in self.shares)


class HandOverService:
    def __init__(self, book: Book, segments=None):
        """`segments`: app.services.analytics.segments.SegmentService (the store's value
        rules), for the spread by tier."""
        self.book = book
        self.segments = segments

    def customers_of(self, staff_id: int) -> tuple[int, int]:
        """(customers, pending follow-ups) a staff member has now."""
        with self.book.reading() as session:
            customers = len(session.scalars(
                select(Customer.id).where(Customer.advisor_id == staff_id)).all())
            follow_ups = len(session.scalars(select(FollowUp.id).where(
                FollowUp.advisor_id == staff_id, FollowUp.status.in_(PENDING))).all())
        return customers, follow_ups

    def preview(self, from_id: int, to_ids: Sequence[int], spread: Spread | str = Spread.EVEN,
                on: date | None = None) -> HandOverPlan:
        """How many customers and follow-ups each receiver would get (nothing written)."""
        require(self.book, Right.REASSIGN)
        spread = Spread(spread)
        tiers = self._tiers(from_id, on) if spread is Spread.TIER else None
        with self.book.reading() as session:
            names = self._check(session, from_id, to_ids)
            customers, follow_ups = self._deal(session, from_id, list(to_ids), spread, tiers)
        return self._plan(from_id, to_ids, names, spread, customers, follow_ups)

    def hand_over(self, from_id: int, to_ids: Sequence[int],
                  spread: Spread | str = Spread.EVEN, *, note: str = NOTE,
                  on: date | None = None) -> HandOverPlan:
        """Every customer of `from_id` and their pending follow-ups to `to_ids`, in one write
        unit; `note`: the timeline's words (%1 the leaver's name, %2 the receiver's)."""
        require(self.book, Right.REASSIGN)
        spread = Spread(spread)
        to_ids = list(to_ids)
        # the tiers are read before the write (a read of a few thousand customers' values)
        tiers = self._tiers(from_id, on) if spread is Spread.TIER else None
        with self.book.writing() as session:
            names = self._check(session, from_id, to_ids)
            customers, follow_ups = self._deal(session, from_id, to_ids, spread, tiers)
            stamp = now()
            for receiver in to_ids:
                ids = [c for c, r in customers.items() if r == receiver]
                for part in _chunks(ids):
                    session.execute(
                        update(Customer).where(Customer.id.in_(part))
                        .values(advisor_id=receiver, updated_at=stamp,
                                version=Customer.version + 1))
                fids = [f for f, r in follow_ups.items() if r == receiver]
                for part in _chunks(fids):
                    session.execute(
                        update(FollowUp).where(FollowUp.id.in_(part))
                        .values(advisor_id=receiver, updated_at=stamp,
                                version=FollowUp.version + 1))
            by = self.book.actor.staff_id
            words = {r: note.replace("%1", names[from_id]).replace("%2", names[r])
                     for r in to_ids}
            rows = [{"customer_id": c, "kind": InteractionKind.NOTE.value,
                     "summary": words[r], "staff_id": by, "occurred_at": stamp,
                     "created_at": stamp} for c, r in customers.items()]
            for start in range(0, len(rows), CHUNK):
                session.execute(insert(Interaction), rows[start:start + CHUNK])
            plan = self._plan(from_id, to_ids, names, spread, customers, follow_ups)
            audit.note(session, "hand_over", "staff", from_id, {
                "from": names[from_id], "by": spread.value,
                "customers": plan.customers, "follow_ups": plan.follow_ups,
                "to": [{"id": s.staff_id, "name": s.name, "customers": s.customers,
                        "follow_ups": s.follow_ups} for s in plan.shares]})
        return plan

    # ------------------------------------------------------------------ the dealing
    @staticmethod
    def _check(session, from_id: int, to_ids: Sequence[int]) -> dict[int, str]:
        """Names by id; ValidationError when the receivers are none, repeat, include the
        leaver, or are not active staff."""
        ids = [from_id, *to_ids]
        names = dict(session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids))).all())
        active = set(session.scalars(select(Staff.id).where(Staff.id.in_(to_ids),
                                                            Staff.active.is_(True))))
        if from_id not in names:
            raise ValidationError([FieldError("from", "staff_invalid")])
        if not to_ids:
            raise ValidationError([FieldError("to", "handover_receivers")])
        if from_id in to_ids or len(set(to_ids)) != len(to_ids) \
                or any(t not in active for t in to_ids):
            raise ValidationError([FieldError("to", "handover_receivers")])
        return names

    def _tiers(self, from_id: int, on: date | None) -> dict[int, tuple[Tier, int]]:
        if self.segments is None:
            from app.services.analytics.segments import SegmentService

            self.segments = SegmentService(self.book)
        return self.segments.customer_tiers(
            on or date.today(), select(Customer.id).where(Customer.advisor_id == from_id))

    @staticmethod
    def _deal(session, from_id: int, to_ids: list[int], spread: Spread,
              tiers: dict[int, tuple[Tier, int]] | None) -> tuple[dict[int, int], dict[int, int]]:
        """({customer id: receiver}, {follow-up id: receiver}); `tiers` for the spread by
        tier."""
        ids = list(session.scalars(select(Customer.id).where(Customer.advisor_id == from_id)
                                   .order_by(Customer.id)))
        if spread is Spread.TIER:
            tiers = tiers or {}
            # archived customers (no value) after the small tier
            rank = {t: i for i, t in enumerate(TIER_ORDER)}
            ids.sort(key=lambda c: (rank[tiers[c][0]], -tiers[c][1], c) if c in tiers
                     else (len(TIER_ORDER), 0, c))
        n = len(to_ids)
        customers = {c: to_ids[i % n] for i, c in enumerate(ids)}
        pending = session.execute(
            select(FollowUp.id, FollowUp.customer_id)
            .where(FollowUp.advisor_id == from_id, FollowUp.status.in_(PENDING))
            .order_by(FollowUp.id)).all()
        follow_ups: dict[int, int] = {}
        dealt = len(ids)
        for fid, cid in pending:
            receiver = customers.get(cid)
            if receiver is None:  # a customer who is not the leaver's: dealt on
                receiver = to_ids[dealt % n]
                dealt += 1
            follow_ups[fid] = receiver
        return customers, follow_ups

    @staticmethod
    def _plan(from_id, to_ids, names, spread, customers, follow_ups) -> HandOverPlan:
        counts = {r: [0, 0] for r in to_ids}
        for r in customers.values():
            counts[r][0] += 1
        for r in follow_ups.values():
            counts[r][1] += 1
        return HandOverPlan(from_id, names[from_id], spread, tuple(
            Share(r, names[r], counts[r][0], counts[r][1]) for r in to_ids))


def _chunks(ids: list[int]):
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]
