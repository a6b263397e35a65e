"""Dormant leads in SQL (issue 16, item 6): the condition app.domain.leads.is_dormant
states, for a WHERE clause, and the dormant leads the call sheet carries."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import NamedTuple

from sqlalchemy import Date, and_, cast, func, or_, select
from sqlalchemy.orm import Session

from app.db.engine import Book
from app.db.models import Customer, Lead, Staff
from app.domain.leads import CLOSED_STAGES, LeadRules


def last_touch():
    """When the lead was last contacted (made, when never contacted)."""
    return func.coalesce(Lead.last_contact_at, Lead.created_at)


def dormant_condition(rules: LeadRules, today: date):
    """An open lead with no contact for its level's dormant days or more (a level since
    removed: the slowest level's days), as is_dormant says."""
    touched = last_touch()

    def quiet_since(days: int):
        # quiet for `days` whole days or more: last touched before the start of the day
        # `days - 1` days ago
        return touched < datetime.combine(today - timedelta(days=days - 1), datetime.min.time())

    by_level = [and_(Lead.level == level.code, quiet_since(level.dormant_days))
                for level in rules.levels]
    slowest = max(rules.levels, key=lambda lv: lv.horizon_days)
    by_level.append(and_(Lead.level.not_in(rules.codes), quiet_since(slowest.dormant_days)))
    # (the open stages as "not closed": a scan, not the stage index's row look-ups)
    return and_(Lead.stage.not_in(sorted(s.value for s in CLOSED_STAGES)), or_(*by_level))


class DormantCall(NamedTuple):
    """A dormant lead as the call sheet needs it."""

    lead_id: int
    customer_id: int
    customer_name: str
    phone: str  # as stored
    advisor_id: int | None
    advisor_name: str
    key_account: bool
    quiet_days: int


def dormant_calls(book: Book, session: Session, rules: LeadRules, today: date,
                  advisor_id: int | None = None) -> list[DormantCall]:
    """The dormant leads (of one advisor) of customers not archived, in no order."""
    c = Customer
    touched = last_touch()
    # the day of the last touch: ISO text where the book keeps dates as text (read without
    # making a datetime of each), a date elsewhere
    day = func.date(touched) if book.dialect.dates_as_text else cast(touched, Date)
    stmt = (
        select(Lead.id, Lead.customer_id, c.name, c.phone, Lead.advisor_id, Staff.name,
               c.key_account, day)
        .join(c, c.id == Lead.customer_id)
        .outerjoin(Staff, Staff.id == Lead.advisor_id)
        .where(dormant_condition(rules, today), c.archived_at.is_(None))
    )
    if advisor_id is not None:
        stmt = stmt.where(Lead.advisor_id == advisor_id)
    out = []
    days: dict = {}
    new = tuple.__new__  # (the named tuple without its generated __new__: cheaper)
    for lead, customer, name, phone, adv, adv_name, key, touched_on in (
            book.dialect.all_rows(session.connection(), stmt)):
        quiet = days.get(touched_on)
        if quiet is None:
            when = date.fromisoformat(touched_on) if isinstance(touched_on, str) else touched_on
            quiet = days[touched_on] = (today - when).days
        out.append(new(DormantCall, (lead, customer, name or "", phone or "", adv,
                                     adv_name or "", bool(key), quiet)))
    return out
