"""The leads view's lists and the pipeline board (issue 16, item 8).

A filtered list of leads (stages, intent level, source, advisor, dormant only), read as ids
in the view's order and then a page of rows at a time; the same rows whole for printing and
exporting; and the pipeline board: the open leads by stage, the most recently contacted
first, a capped number of cards per column with the count of the rest. An advisor sees
their own leads whatever was asked; a manager (every advisor's follow-ups) anyone's.
Customers' phones are masked as in the other lists.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, func, select

from app.db.models import Customer, Lead, Staff
from app.domain.leads import (
    OPEN_STAGES,
    STAGE_ORDER,
    LeadStage,
    is_dormant,
    quiet_days,
)
from app.domain.roles import Right
from app.services.permissions import masker, own_only
from app.services.sales.dormant import dormant_condition

# the orders the list is shown in
BY_FOLLOW_UP = "follow_up"  # the next follow-up first (none last)
BY_QUIET = "quiet"  # the longest without contact first
BOARD_STAGES: tuple[LeadStage, ...] = tuple(s for s in STAGE_ORDER if s in OPEN_STAGES)
BOARD_CARDS = 50  # cards shown per column; the rest counted


@dataclass(frozen=True)
class LeadFilter:
    """What the leads view asks for: `stages` empty means every stage."""

    stages: tuple[str, ...] = tuple(s.value for s in BOARD_STAGES)
    level: str | None = None
    source: str | None = None
    advisor_id: int | None = None
    dormant_only: bool = False
    order: str = BY_FOLLOW_UP


@dataclass(frozen=True)
class LeadRow:
    """One line of the leads view."""

    id: int
    customer_id: int
    customer_name: str
    phone: str
    advisor_id: int | None
    advisor_name: str
    models: str
    level: str
    stage: str
    source: str
    next_follow_up: date | None
    last_contact_at: datetime | None
    created_at: datetime
    quiet_days: int
    dormant: bool


@dataclass(frozen=True)
class BoardCard:
    id: int
    customer_id: int
    customer_name: str
    advisor_id: int | None
    models: str
    level: str
    stage: str
    quiet_days: int
    dormant: bool


@dataclass(frozen=True)
class BoardColumn:
    stage: str
    cards: tuple[BoardCard, ...]
    total: int  # every open lead at this stage (the cards are the first of them)

    @property
    def more(self) -> int:
        return self.total - len(self.cards)


@dataclass(frozen=True)
class Board:
    columns: tuple[BoardColumn, ...]

    def column(self, stage: str) -> BoardColumn:
        return next(c for c in self.columns if c.stage == stage)


_SINCE = func.coalesce(Lead.last_contact_at, Lead.created_at)


class LeadLists:
    """Reads for the leads view over a LeadService (its book and its lead rules as they are
    now, so a change of rules in Preferences is seen)."""

    def __init__(self, leads):
        self._leads = leads

    @property
    def book(self):
        return self._leads.book

    @property
    def rules(self):
        return self._leads.rules

    # ------------------------------------------------------------------ the list
    def _condition(self, query: LeadFilter, today: date):
        conditions = []
        if query.stages:
            stages = {LeadStage(s).value for s in query.stages}
            others = sorted(s.value for s in LeadStage if s.value not in stages)
            if len(stages) == 1:
                conditions.append(Lead.stage == stages.pop())
            elif len(others) < len(stages):
                # most stages (the open ones): a scan beats the stage index's row look-ups
                conditions.append(Lead.stage.not_in(others))
            else:
                conditions.append(Lead.stage.in_(sorted(stages)))
        if query.level:
            conditions.append(Lead.level == query.level)
        if query.source:
            conditions.append(Lead.source == query.source)
        advisor_id = own_only(self.book.actor, Right.FOLLOW_UPS_ALL, query.advisor_id)
        if advisor_id is not None:
            conditions.append(Lead.advisor_id == advisor_id)
        if query.dormant_only:
            conditions.append(self._dormant(today))
        return and_(*conditions) if conditions else None

    def _dormant(self, today: date):
        """Open leads quiet for their level's dormant days or more (as LeadService.dormant)."""
        return dormant_condition(self.rules, today)

    @staticmethod
    def _order(query: LeadFilter):
        if query.order == BY_QUIET:
            return (_SINCE, Lead.id)
        # (leads without a follow-up last, on both engines)
        return (Lead.next_follow_up.is_(None), Lead.next_follow_up, Lead.id)

    def ids(self, query: LeadFilter, today: date | None = None) -> list[int]:
        """The ids of the leads `query` matches, in its order (cheap: ids only)."""
        today = today or date.today()
        stmt = select(Lead.id)
        condition = self._condition(query, today)
        if condition is not None:
            stmt = stmt.where(condition)
        with self.book.reading() as session:
            # from the driver's cursor, a row at a time: 60,000 ids without a Row object
            # made for each (as visits._first_column, the dialect's first_column)
            result = session.connection().execute(stmt.order_by(*self._order(query)))
            try:
                return [row[0] for row in result.cursor]
            finally:
                result.close()

    def count(self, query: LeadFilter, today: date | None = None) -> int:
        today = today or date.today()
        stmt = select(func.count(Lead.id))
        condition = self._condition(query, today)
        if condition is not None:
            stmt = stmt.where(condition)
        with self.book.reading() as session:
            return session.scalar(stmt) or 0

    def rows(self, ids: Sequence[int], today: date | None = None) -> list[LeadRow]:
        """The rows of these leads (a page of the list), in no particular order."""
        today = today or date.today()
        out: list[LeadRow] = []
        ids = list(ids)
        for start in range(0, len(ids), 900):
            out.extend(self._rows(Lead.id.in_(ids[start:start + 900]), today))
        return out

    def every_row(self, query: LeadFilter, today: date | None = None) -> list[LeadRow]:
        """The whole list in its order (printing, exporting)."""
        today = today or date.today()
        return self._rows(self._condition(query, today), today, self._order(query))

    def _rows(self, condition, today: date, order=None) -> list[LeadRow]:
        adv = Staff.__table__.alias("adv")
        stmt = (select(Lead.id, Lead.customer_id, Customer.name, Customer.phone, Lead.advisor_id,
                       adv.c.name, Lead.models, Lead.level, Lead.stage, Lead.source,
                       Lead.next_follow_up, Lead.last_contact_at, Lead.created_at)
                .join(Customer, Customer.id == Lead.customer_id)
                .outerjoin(adv, adv.c.id == Lead.advisor_id))
        if condition is not None:
            stmt = stmt.where(condition)
        if order is not None:
            stmt = stmt.order_by(*order)
        mask = masker(self.book.actor)
        rules = self.rules
        with self.book.reading() as session:
            return [LeadRow(
                lead_id, customer_id, name,
                phone if mask is None else mask.phone(phone, advisor_id),
                advisor_id, advisor or "", models or "", level, stage, source, next_due,
                last, created, quiet_days(last, created, today),
                is_dormant(rules, stage, level, last, created, today))
                for (lead_id, customer_id, name, phone, advisor_id, advisor, models, level,
                     stage, source, next_due, last, created) in session.execute(stmt)]

    # ------------------------------------------------------------------ the board
    def board(self, today: date | None = None, advisor_id: int | None = None,
              per_column: int = BOARD_CARDS) -> Board:
        """The open leads by stage (new ... ordered), the most recently contacted first,
        at most `per_column` cards a column, each column with its whole count."""
        today = today or date.today()
        advisor_id = own_only(self.book.actor, Right.FOLLOW_UPS_ALL, advisor_id)
        stages = [s.value for s in BOARD_STAGES]
        where = [Lead.stage.in_(stages)]
        if advisor_id is not None:
            where.append(Lead.advisor_id == advisor_id)
        ranked = (select(Lead.id.label("id"), func.row_number().over(
                      partition_by=Lead.stage, order_by=(_SINCE.desc(), Lead.id.desc())
                  ).label("rank"))
                  .where(*where).subquery())
        stmt = (select(Lead.id, Lead.customer_id, Customer.name, Lead.advisor_id, Lead.models,
                       Lead.level, Lead.stage, Lead.last_contact_at, Lead.created_at)
                .join(ranked, ranked.c.id == Lead.id)
                .join(Customer, Customer.id == Lead.customer_id)
                .where(ranked.c.rank <= per_column)
                .order_by(ranked.c.rank))
        counts = select(Lead.stage, func.count(Lead.id)).where(*where).group_by(Lead.stage)
        rules = self.rules
        cards: dict[str, list[BoardCard]] = {s: [] for s in stages}
        with self.book.reading() as session:
            totals = dict(session.execute(counts).all())
            for (lead_id, customer_id, name, advisor, models, level, stage, last,
                 created) in session.execute(stmt):
                cards[stage].append(BoardCard(
                    lead_id, customer_id, name, advisor, models or "", level, stage,
                    quiet_days(last, created, today),
                    is_dormant(rules, stage, level, last, created, today)))
        return Board(tuple(BoardColumn(s, tuple(cards[s]), totals.get(s, 0)) for s in stages))
