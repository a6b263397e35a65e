"""Consent per purpose (PIPL): each customer's grants and withdrawals, history kept.

The newest `consents` row per customer and purpose is the consent now (index
ix_consents_customer_purpose (customer_id, purpose, id)); a purpose with no row holds
its default (app.domain.consent: only service reminders are on without a grant). The
marketing purpose is also kept on the customer's row (marketing_consent, _date,
_channel), which other code reads and which lets a list be filtered on 100,000 customers
without looking at the history.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import Boolean, ColumnElement, and_, false, func, insert, not_, select, true, update
from sqlalchemy.orm import Session

from app.db import audit
from app.db.dialect import dialect_for
from app.db.engine import Book
from app.db.models import Consent, Customer, Staff
from app.domain.characters import check_storable_text
from app.domain.clock import now as _now
from app.domain.consent import ConsentEntry, ConsentState, granted_without_entry
from app.domain.enums import ConsentChannel, ConsentPurpose
from app.domain.errors import FieldError, NotFoundError, ValidationError
from app.services.permissions import require_customers

NOTE_LENGTH = 200  # consents.note
_CHUNK = 900  # ids per IN (...) list


class ConsentService:
    def __init__(self, book: Book):
        self.book = book

    # ------------------------------------------------------------ reading
    def now(self, customer_id: int) -> dict[ConsentPurpose, ConsentState]:
        """Each purpose's consent now (granted?, day, channel, who), in ConsentPurpose's order."""
        with self.book.reading() as s:
            customer = s.execute(select(
                Customer.marketing_consent, Customer.marketing_consent_date,
                Customer.marketing_consent_channel).where(Customer.id == customer_id)).first()
            if customer is None:
                raise NotFoundError(customer_id)
            newest: dict[ConsentPurpose, ConsentState] = {}
            for row in s.execute(_rows_of(customer_id)):
                purpose = _purpose(row.purpose)
                if purpose is None or purpose in newest:
                    continue
                newest[purpose] = ConsentState(
                    purpose, bool(row.granted), True, row.on_day, _channel(row.channel),
                    row.staff_name or "", row.note or "")
        states = {}
        for purpose in ConsentPurpose:
            state = newest.get(purpose) or ConsentState(purpose, granted_without_entry(purpose))
            if purpose is ConsentPurpose.MARKETING and state.granted != bool(customer[0]):
                # the card's own fields, from before the history was kept (or imported)
                state = ConsentState(purpose, bool(customer[0]), customer[1] is not None,
                                     customer[1], _channel(customer[2]))
            states[purpose] = state
        return states

    def history(self, customer_id: int) -> list[ConsentEntry]:
        """Every grant and withdrawal of the customer's, newest first."""
        with self.book.reading() as s:
            return [ConsentEntry(row.id, ConsentPurpose(row.purpose), bool(row.granted),
                                 row.on_day, _channel(row.channel), row.staff_name or "",
                                 row.note or "", row.at)
                    for row in s.execute(_rows_of(customer_id))
                    if _purpose(row.purpose) is not None]

    def split(self, customer_ids: Sequence[int], purpose: ConsentPurpose
              ) -> tuple[list[int], int]:
        """(the customers of `customer_ids` with `purpose` granted, in the order given; how
        many were left out)."""
        ids = list(customer_ids)
        if not ids:
            return [], 0
        with self.book.reading() as s:
            kept = set()
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start:start + _CHUNK]
                kept.update(s.scalars(select(Customer.id).where(
                    Customer.id.in_(chunk), with_consent(Customer.id, purpose))))
        chosen = [i for i in ids if i in kept]
        return chosen, len(ids) - len(chosen)

    def count_without(self, purpose: ConsentPurpose, customer_ids: Sequence[int] | None = None
                      ) -> int:
        """How many current customers (or of `customer_ids`) lack `purpose`."""
        if customer_ids is not None:
            return self.split(customer_ids, purpose)[1]
        with self.book.reading() as s:
            return s.scalar(select(func.count(Customer.id)).where(
                Customer.archived_at.is_(None),
                with_consent(Customer.id, purpose, granted=False))) or 0

    # ------------------------------------------------------------ writing
    def set(self, customer_id: int, purpose: ConsentPurpose, granted: bool, on_day: date,
            channel: ConsentChannel = ConsentChannel.NONE, note: str = "") -> None:
        """Record a grant (`granted`) or a withdrawal of `purpose` on `on_day`, by
        `channel`, by the person at the desk; the history keeps the older ones. Written to
        the audit log ("consent": the purpose, old -> new); for marketing, the customer's
        marketing fields follow."""
        purpose, channel = ConsentPurpose(purpose), ConsentChannel(channel)
        note = (note or "").strip()
        check_storable_text(note=note)
        errors = []
        if len(note) > NOTE_LENGTH:
            errors.append(FieldError("note", "too_long", str(NOTE_LENGTH)))
        if not isinstance(on_day, date):
            errors.append(FieldError("on_day", "date_invalid"))
        if errors:
            raise ValidationError(errors)
        actor = self.book.actor
        with self.book.writing() as s:
            if s.get(Customer, customer_id) is None:
                raise NotFoundError(customer_id)
            require_customers(s, actor, [customer_id])
            last_day = s.scalar(select(Consent.on_day).where(
                Consent.customer_id == customer_id, Consent.purpose == purpose.value
            ).order_by(Consent.id.desc()).limit(1))
            if last_day is not None and on_day < last_day:
                # the history stays in the order things happened: the newest is the one now
                raise ValidationError([FieldError("on_day", "consent_before_last",
                                                  last_day.isoformat())])
            record(s, customer_id, purpose, bool(granted), on_day, channel, actor.staff_id, note)


# ---------------------------------------------------------------- inside a unit of work
def record(session: Session, customer_id: int, purpose: ConsentPurpose, granted: bool,
           on_day: date, channel: ConsentChannel, staff_id: int | None, note: str = "",
           *, from_card: bool = False) -> None:
    """Append one history row and its audit entry in this write unit; for marketing, keep
    the customer's fields in step (unless the card itself just wrote them: `from_card`)."""
    purpose = ConsentPurpose(purpose)
    old = session.scalar(select(Consent.granted).where(
        Consent.customer_id == customer_id, Consent.purpose == purpose.value
    ).order_by(Consent.id.desc()).limit(1))
    was = granted_without_entry(purpose) if old is None else bool(old)
    if purpose is ConsentPurpose.MARKETING and not from_card:
        was = bool(session.scalar(select(Customer.marketing_consent).where(
            Customer.id == customer_id)))
        session.execute(update(Customer).where(Customer.id == customer_id).values(
            marketing_consent=granted, marketing_consent_date=on_day,
            marketing_consent_channel=ConsentChannel(channel).value,
            version=Customer.version + 1, updated_at=_now()))
    session.execute(insert(Consent).values(
        customer_id=customer_id, purpose=purpose.value, granted=granted, on_day=on_day,
        channel=ConsentChannel(channel).value, staff_id=staff_id, note=note, at=_now()))
    audit.note(session, "consent", "customer", customer_id,
               {"purpose": purpose.value, "granted": [was, granted],
                "on_day": on_day.isoformat(), "channel": ConsentChannel(channel).value})


# ---------------------------------------------------------------- SQL for lists
def newest_granted(customer_id: ColumnElement, purpose: ConsentPurpose):
    """The newest entry's `granted` for this customer and purpose (NULL: none), read from
    ix_consents_customer_purpose (one index seek per customer)."""
    return (select(Consent.granted)
            .where(Consent.customer_id == customer_id,
                   Consent.purpose == ConsentPurpose(purpose).value)
            .order_by(Consent.id.desc()).limit(1).correlate_except(Consent).scalar_subquery())


def with_consent(customer_id: ColumnElement, purpose: ConsentPurpose,
                 granted: bool = True) -> ColumnElement:
    """A condition on a customer-id column: the customer has (`granted`) or lacks
    `purpose` now. Marketing reads the customer's own kept-in-step column (an indexed
    `customers` read); the other purposes the newest history row, or the default."""
    purpose = ConsentPurpose(purpose)
    if purpose is ConsentPurpose.MARKETING:
        agreed = select(Customer.id).where(Customer.marketing_consent.is_(True))
        return customer_id.in_(agreed) if granted else customer_id.not_in(agreed)
    newest = newest_granted(customer_id, purpose)
    if granted_without_entry(purpose):
        holds = func.coalesce(newest, true(), type_=Boolean)
    else:
        holds = and_(newest.is_not(None), newest == true())
    return holds if granted else not_(holds)


def lacking(session: Session, purpose: ConsentPurpose,
            customer_ids: Iterable[int] | None = None, *,
            advisor_id: int | None = None) -> set[int]:
    """The customers who lack `purpose` now (of `customer_ids`, or of the whole book; for
    a purpose granted by default only those who withdrew it, read from its history).
    `advisor_id` (without `customer_ids`): marketing, of that advisor's customers only."""
    purpose = ConsentPurpose(purpose)
    conn = session.connection()
    if advisor_id is not None and customer_ids is None and purpose is ConsentPurpose.MARKETING:
        return set(conn.execute(select(Customer.id).where(
            Customer.marketing_consent == false(), Customer.advisor_id == advisor_id)).scalars())
    if customer_ids is not None:
        ids = list(customer_ids)
        if not ids:
            return set()
        # (marketing: the customer's own kept-in-step column, not a NOT IN over the book)
        refused = (Customer.marketing_consent == false() if purpose is ConsentPurpose.MARKETING
                   else with_consent(Customer.id, purpose, granted=False))
        # the ids as one value (thousands of them on a call sheet)
        return set(conn.execute(select(Customer.id).where(
            dialect_for(conn).among(Customer.id, ids), refused)).scalars())
    if purpose is ConsentPurpose.MARKETING:  # (a NOT NULL column: "= false" reads the index)
        return set(conn.execute(select(Customer.id).where(
            Customer.marketing_consent == false())).scalars())
    if granted_without_entry(purpose):
        # only customers with an entry can have withdrawn: their newest one says
        k = Consent.__table__.alias("k")
        return set(conn.execute(select(k.c.customer_id).where(
            k.c.purpose == purpose.value,
            k.c.id == select(func.max(Consent.id)).where(
                Consent.customer_id == k.c.customer_id,
                Consent.purpose == purpose.value).scalar_subquery(),
            k.c.granted.is_not(True))).scalars())
    return set(conn.execute(select(Customer.id).where(
        with_consent(Customer.id, purpose, granted=False))).scalars())


def _rows_of(customer_id: int):
    return (select(Consent.id, Consent.purpose, Consent.granted, Consent.on_day,
                   Consent.channel, Consent.note, Consent.at, Staff.name.label("staff_name"))
            .outerjoin(Staff, Staff.id == Consent.staff_id)
            .where(Consent.customer_id == customer_id)
            .order_by(Consent.id.desc()))


def _purpose(value: str) -> ConsentPurpose | None:
    try:
        return ConsentPurpose(value)
    except ValueError:
        return None


def _channel(value: str | None) -> ConsentChannel:
    try:
        return ConsentChannel(value or "")
    except ValueError:
        return ConsentChannel.NONE
