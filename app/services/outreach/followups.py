"""Follow-ups: calls to make, their outcomes and what each outcome sets in motion."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import NamedTuple

from sqlalchemy import and_, insert, or_, select, update
from sqlalchemy.orm import Session

from app.db import audit
from app.db.engine import Book
from app.db.models import Customer, FollowUp, Interaction, ServiceVisit, Staff, Vehicle
from app.db.upkeep import touch_last_contact
from app.domain.characters import check_storable_text
from app.domain.clock import now
from app.domain.desk_rules import ESCALATION_DAYS, NO_ANSWER_EXPIRY_DAYS, FollowUpRules
from app.domain.enums import (
    FollowUpReason,
    FollowUpStatus,
    InteractionKind,
    Outcome,
    ReminderKind,
    ReminderState,
)
from app.domain.errors import FieldError, NotFoundError, ValidationError
from app.domain.reminder_records import FollowUpRecord, Occurrence
from app.domain.roles import Right
from app.domain.validation import format_phone
from app.services.outreach.reminders import ReminderService
from app.services.permissions import (
    credited,
    masker,
    own_only,
    refusal,
    require,
    require_customers,
    require_follow_ups,
    works_on,
)

__all__ = ["ESCALATION_DAYS", "NO_ANSWER_EXPIRY_DAYS", "CampaignCalls", "FollowUpRules",
           "FollowUpService"]


@dataclass(frozen=True)
class CampaignCalls:
    """What a campaign did: calls made; customers skipped because one was already open (or
    they are archived or not in the book); skipped because they have not agreed to
    marketing."""

    created: int
    already_open: int
    no_consent: int


class FollowUpService:
    def __init__(self, book: Book, reminders: ReminderService | None = None,
                 rules: FollowUpRules | None = None):
        """`rules`: the store's follow-up rules (Preferences), used where a call gives none;
        `use_rules` hands over new ones."""
        self.book = book
        self.reminders = reminders or ReminderService(book)
        self.rules = rules or FollowUpRules()

    def use_rules(self, rules: FollowUpRules) -> None:
        self.rules = rules

    # ------------------------------------------------------------ creating
    def create(
        self,
        customer_id: int,
        reason: FollowUpReason,
        due_date: date,
        *,
        advisor_id: int | None = None,
        vehicle_id: int | None = None,
        notes: str = "",
        rules: FollowUpRules | None = None,
        session: Session | None = None,
        occurrence: Occurrence | None = None,
    ) -> int:
        check_storable_text(notes=notes)
        rules = rules or self.rules

        actor = self.book.actor

        def write(s: Session) -> int:
            customer = s.get(Customer, customer_id)
            if customer is None:
                raise NotFoundError(customer_id)
            if not works_on(actor, customer.advisor_id) \
                    and not actor.may(Right.FOLLOW_UPS_ALL):
                raise refusal(Right.WORK_ANY)
            if advisor_id not in (None, actor.staff_id, customer.advisor_id) \
                    and not actor.may(Right.REASSIGN):
                raise refusal(Right.REASSIGN)
            if advisor_id is not None and s.get(Staff, advisor_id) is None:
                raise ValidationError([FieldError("advisor_id", "staff_invalid")])
            row = FollowUp(
                customer_id=customer_id,
                vehicle_id=vehicle_id,
                reason=FollowUpReason(reason).value,
                due_date=due_date,
                advisor_id=advisor_id if advisor_id is not None else customer.advisor_id,
                status=FollowUpStatus.OPEN.value,
                notes=notes.strip(),
                attempts=0,
                expires_on=due_date + timedelta(days=rules.no_answer_expiry_days),
                reminder_kind=occurrence.kind.value if occurrence else None,
                occurs_on=occurrence.occurs_on if occurrence else None,
            )
            s.add(row)
            s.flush()
            return row.id

        if session is not None:
            return write(session)
        with self.book.writing() as s:
            return write(s)

    def create_many(
        self,
        customer_ids: Iterable[int],
        reason: FollowUpReason,
        due_date: date,
        *,
        notes: str = "",
        rules: FollowUpRules | None = None,
    ) -> tuple[int, int]:
        """One follow-up per customer (for their own advisor), e.g. a campaign to a segment,
        in one transaction; a customer who already has an open or snoozed follow-up for the
        same reason is skipped, and so, for a campaign, is one who has not agreed to
        marketing. Returns (created, skipped)."""
        require(self.book, Right.CAMPAIGN)
        made = self._create_many(customer_ids, reason, due_date, notes, rules)
        return made.created, made.already_open + made.no_consent

    def campaign(self, customer_ids: Iterable[int], due_date: date, *, notes: str = "",
                 rules: FollowUpRules | None = None) -> CampaignCalls:
        """A campaign call (FollowUpReason.CAMPAIGN) for each of these customers who agreed
        to marketing and has none open: how many were made, and skipped for each cause."""
        require(self.book, Right.CAMPAIGN)
        return self._create_many(customer_ids, FollowUpReason.CAMPAIGN, due_date, notes, rules)

    def _create_many(self, customer_ids, reason, due_date, notes, rules) -> CampaignCalls:
        check_storable_text(notes=notes)
        rules = rules or self.rules
        wanted = sorted(set(customer_ids))
        reason = FollowUpReason(reason)
        # campaign calls are marketing: only customers who agreed (kept on their row)
        needs_consent = reason == FollowUpReason.CAMPAIGN
        with self.book.writing() as s:
            conn = s.connection()
            busy: set[int] = set()
            advisors: dict[int, int | None] = {}
            refused: set[int] = set()
            for start in range(0, len(wanted), 900):
                chunk = wanted[start:start + 900]
                busy.update(conn.execute(
                    select(FollowUp.customer_id).where(
                        FollowUp.customer_id.in_(chunk),
                        FollowUp.reason == reason.value,
                        FollowUp.status.in_((FollowUpStatus.OPEN.value,
                                             FollowUpStatus.SNOOZED.value)),
                    )).scalars())
                for cid, advisor, agreed in conn.execute(
                        select(Customer.id, Customer.advisor_id, Customer.marketing_consent)
                        .where(Customer.id.in_(chunk), Customer.archived_at.is_(None))):
                    if needs_consent and not agreed:
                        refused.add(cid)
                    else:
                        advisors[cid] = advisor
            stamp = now()
            rows = [
                {"customer_id": cid, "vehicle_id": None, "reason": reason.value,
                 "due_date": due_date, "advisor_id": advisors[cid],
                 "status": FollowUpStatus.OPEN.value, "notes": notes.strip(), "attempts": 0,
                 "expires_on": due_date + timedelta(days=rules.no_answer_expiry_days),
                 "created_at": stamp, "updated_at": stamp, "version": 1}
                for cid in wanted if cid in advisors and cid not in busy
            ]
            if rows:
                conn.execute(insert(FollowUp), rows)
        no_consent = len(refused)
        return CampaignCalls(len(rows), len(wanted) - len(rows) - no_consent, no_consent)

    def act_on(
        self,
        occurrence: Occurrence,
        today: date | None = None,
        advisor_id: int | None = None,
        rules: FollowUpRules | None = None,
    ) -> int:
        """A reminder acted on becomes a follow-up due today (or on its date if later)."""
        today = today or date.today()
        due = max(today, occurrence.shows_from)
        with self.book.writing() as s:
            follow_up_id = self.create(
                occurrence.customer_id,
                FollowUpReason(occurrence.kind.value),
                due,
                advisor_id=advisor_id,
                vehicle_id=occurrence.vehicle_id,
                rules=rules,
                session=s,
                occurrence=occurrence,
            )
            self.reminders.mark(occurrence, ReminderState.FOLLOW_UP,
                                follow_up_id=follow_up_id, session=s)
        return follow_up_id

    # ------------------------------------------------------------ outcomes
    def log_outcome(
        self,
        follow_up_id: int,
        outcome: Outcome,
        notes: str = "",
        *,
        today: date | None = None,
        staff_id: int | None = None,
        satisfaction: int | None = None,
    ) -> FollowUpRecord:
        """Record a call's outcome; it lands on the timeline and drives the next step.

        reached / appointment / not interested close it; no answer re-queues it for the
        next day until it expires; wrong number closes it and flags the phone on the card.
        """
        check_storable_text(notes=notes)
        today = today or date.today()
        outcome = Outcome(outcome)
        actor = self.book.actor
        with self.book.writing() as s:
            row = s.get(FollowUp, follow_up_id)
            if row is None:
                raise NotFoundError(follow_up_id)
            require_follow_ups(s, actor, [follow_up_id])
            if row.status in (FollowUpStatus.DONE, FollowUpStatus.CANCELLED):
                raise ValidationError([FieldError("status", "follow_up_closed")])
            if satisfaction is not None:
                if not 1 <= satisfaction <= 5:
                    raise ValidationError([FieldError("satisfaction", "satisfaction_range")])
                if row.visit_id is not None:
                    s.execute(update(ServiceVisit).where(ServiceVisit.id == row.visit_id)
                              .values(satisfaction=satisfaction))
                if satisfaction <= 3:
                    s.execute(update(Customer).where(Customer.id == row.customer_id)
                              .values(satisfaction_flag=True))
            row.attempts += 1
            row.outcome = outcome.value
            if notes.strip():
                row.notes = (row.notes + "\n" if row.notes else "") + notes.strip()
            row.updated_at = now()
            row.version += 1
            if outcome == Outcome.NO_ANSWER:
                tomorrow = today + timedelta(days=1)
                if row.expires_on is not None and tomorrow > row.expires_on:
                    row.status = FollowUpStatus.CANCELLED.value  # expired unanswered
                    row.closed_at = now()
                else:
                    row.status = FollowUpStatus.OPEN.value
                    row.due_date = tomorrow
                    row.snoozed_until = None
            else:
                row.status = FollowUpStatus.DONE.value
                row.closed_at = now()
                if outcome == Outcome.WRONG_NUMBER:
                    s.execute(update(Customer).where(Customer.id == row.customer_id)
                              .values(phone_wrong=True))
            s.add(Interaction(
                customer_id=row.customer_id,
                vehicle_id=row.vehicle_id,
                staff_id=credited(self.book, staff_id if staff_id is not None
                                  else row.advisor_id),  # (the person signed in called)
                kind=InteractionKind.CALL.value,
                summary=notes.strip(),
                occurred_at=now(),
                follow_up_id=row.id,
                outcome=outcome.value,
            ))
            s.flush()
            touch_last_contact(s, row.customer_id)
            audit.note(s, "outcome", "follow_up", follow_up_id,
                       {"outcome": outcome.value, "customer": row.customer_id,
                        "status": row.status})
        return self.get(follow_up_id)

    def snooze(self, follow_up_id: int, until: date) -> None:
        self._set(follow_up_id, status=FollowUpStatus.SNOOZED.value, snoozed_until=until)

    def cancel(self, follow_up_id: int) -> None:
        self._set(follow_up_id, status=FollowUpStatus.CANCELLED.value, closed_at=now())

    def reassign(self, follow_up_ids: Iterable[int], advisor_id: int) -> int:
        """Bulk reassignment (the manager's escalation list); returns how many moved."""
        require(self.book, Right.REASSIGN)
        ids = list(follow_up_ids)
        with self.book.writing() as s:
            if s.get(Staff, advisor_id) is None:
                raise ValidationError([FieldError("advisor_id", "staff_invalid")])
            result = s.execute(
                update(FollowUp).where(FollowUp.id.in_(ids))
                .values(advisor_id=advisor_id, updated_at=now(), version=FollowUp.version + 1)
            )
            return result.rowcount

    def close_satisfaction_flag(self, customer_id: int) -> None:
        """The manager has dealt with a low score: the flag leaves the card."""
        require(self.book, Right.SERVICE_LANE)
        with self.book.writing() as s:
            s.execute(update(Customer).where(Customer.id == customer_id)
                      .values(satisfaction_flag=False))

    def clear_wrong_phone(self, customer_id: int) -> None:
        with self.book.writing() as s:
            require_customers(s, self.book.actor, [customer_id])
            s.execute(update(Customer).where(Customer.id == customer_id).values(phone_wrong=False))

    def _set(self, follow_up_id: int, **values) -> None:
        with self.book.writing() as s:
            require_follow_ups(s, self.book.actor, [follow_up_id])
            result = s.execute(
                update(FollowUp).where(FollowUp.id == follow_up_id)
                .values(**values, updated_at=now(), version=FollowUp.version + 1)
            )
            if result.rowcount != 1:
                raise NotFoundError(follow_up_id)

    # ------------------------------------------------------------ reading
    def get(self, follow_up_id: int) -> FollowUpRecord:
        found = self.list(ids=[follow_up_id], statuses=None)
        if not found:
            raise NotFoundError(follow_up_id)
        return found[0]

    def list(
        self,
        *,
        statuses: Iterable[FollowUpStatus] | None = (FollowUpStatus.OPEN, FollowUpStatus.SNOOZED),
        advisor_id: int | None = None,
        due_on_or_before: date | None = None,
        due_from: date | None = None,
        customer_id: int | None = None,
        ids: Iterable[int] | None = None,
        active_on: date | None = None,
    ) -> list[FollowUpRecord]:
        """Follow-ups by status, advisor and due date; `active_on` keeps the ones to call
        that day (open and due, or snoozed until then)."""
        f = FollowUp
        # columns, not objects: a list of open follow-ups holds tens of thousands with leads
        stmt = (
            select(f.id, f.customer_id, f.reason, f.due_date, f.status, Customer.name,
                   Customer.phone, f.vehicle_id, Vehicle.plate, Vehicle.make, Vehicle.model,
                   f.advisor_id, Staff.name, f.outcome, f.notes, f.attempts, f.expires_on,
                   f.snoozed_until, f.created_at, f.closed_at, Customer.key_account,
                   f.reminder_kind, f.occurs_on)
            .join(Customer, Customer.id == FollowUp.customer_id)
            .outerjoin(Staff, Staff.id == FollowUp.advisor_id)
            .outerjoin(Vehicle, Vehicle.id == FollowUp.vehicle_id)
        )
        if statuses is not None:
            stmt = stmt.where(FollowUp.status.in_([FollowUpStatus(x).value for x in statuses]))
        actor = self.book.actor
        advisor_id = own_only(actor, Right.FOLLOW_UPS_ALL, advisor_id)
        if advisor_id is not None:
            stmt = stmt.where(FollowUp.advisor_id == advisor_id)
        if due_on_or_before is not None:
            stmt = stmt.where(FollowUp.due_date <= due_on_or_before)
        if due_from is not None:
            stmt = stmt.where(FollowUp.due_date >= due_from)
        if customer_id is not None:
            stmt = stmt.where(FollowUp.customer_id == customer_id)
        if ids is not None:
            stmt = stmt.where(FollowUp.id.in_(list(ids)))
        if active_on is not None:
            stmt = stmt.where(_active_on(active_on))
        stmt = stmt.order_by(FollowUp.due_date, Customer.name_pinyin, FollowUp.id)
        with self.book.reading() as s:
            found = [_record(*row) for row in s.execute(stmt)]
        mask = masker(actor)
        if mask is not None:
            found = [r if mask.shows(r.advisor_id) else
                     replace(r, phone=mask.phone(r.phone, r.advisor_id)) for r in found]
        return found

    def escalations(self, today: date | None = None, rules: FollowUpRules | None = None
                    ) -> list[FollowUpRecord]:
        """Open follow-ups still open N days past due: the service manager's list."""
        today = today or date.today()
        rules = rules or self.rules
        return self.list(
            statuses=(FollowUpStatus.OPEN,),
            due_on_or_before=today - timedelta(days=rules.escalation_days),
        )


def _active_on(day: date):
    """The follow-ups to call on `day`: open and due, or snoozed until then, of customers
    not archived."""
    return and_(
        Customer.archived_at.is_(None),
        or_(
            (FollowUp.status == FollowUpStatus.OPEN.value) & (FollowUp.due_date <= day),
            (FollowUp.status == FollowUpStatus.SNOOZED.value) & (FollowUp.snoozed_until <= day),
        ),
    )


class FollowUpCall(NamedTuple):
    """A follow-up to call, as the call sheet needs it (made for thousands at once)."""

    id: int
    customer_id: int
    reason: str  # a FollowUpReason value
    due_date: date
    notes: str
    customer_name: str
    phone: str  # as stored
    key_account: bool
    advisor_id: int | None
    advisor_name: str
    plate: str
    vehicle: str  # make and model


def calls_on(book: Book, day: date, advisor_id: int | None = None) -> list[FollowUpCall]:
    """The follow-ups to call on `day` (of one advisor), as list(active_on=day) finds them,
    read in one step without an object per row (the call sheet's thousands), in list's
    order; phones as stored, not masked (the caller masks what it shows)."""
    f, c, v = FollowUp, Customer, Vehicle
    stmt = (
        select(f.id, f.customer_id, f.reason, f.due_date, f.notes, c.name, c.phone,
               c.key_account, f.advisor_id, Staff.name, v.plate, v.make, v.model,
               c.name_pinyin)
        .join(c, c.id == f.customer_id)
        .outerjoin(Staff, Staff.id == f.advisor_id)
        .outerjoin(v, v.id == f.vehicle_id)
        .where(_active_on(day))
    )
    if advisor_id is not None:
        stmt = stmt.where(f.advisor_id == advisor_id)
    with book.reading() as s:
        book.dialect.by_keys(s.connection())
        rows = book.dialect.all_rows(s.connection(), stmt)
    rows.sort(key=lambda r: (r[3], r[13] or "", r[0]))  # due, name, id: as list orders them
    days: dict = {}
    out = []
    new = tuple.__new__  # (the named tuple without its generated __new__: cheaper)
    for (id_, customer, reason, due, notes, name, phone, key, adv, adv_name, plate, make,
         model, _pinyin) in rows:
        when = days.get(due)
        if when is None:
            when = days[due] = date.fromisoformat(due) if isinstance(due, str) else due
        out.append(new(FollowUpCall, (
            id_, customer, reason, when, notes or "", name or "", phone or "", bool(key), adv,
            adv_name or "", plate or "",
            f"{make} {model}" if make and model else make or model or "")))
    return out


def _record(id_, customer_id, reason, due_date, status, name, phone, vehicle_id, plate, make,
            model, advisor_id, staff, outcome, notes, attempts, expires_on, snoozed_until,
            created_at, closed_at, key_account, reminder_kind, occurs_on) -> FollowUpRecord:
    return FollowUpRecord(
        id=id_,
        customer_id=customer_id,
        reason=FollowUpReason(reason),
        due_date=due_date,
        status=FollowUpStatus(status),
        customer_name=name,
        phone=format_phone(phone),
        vehicle_id=vehicle_id,
        plate=plate or "",
        vehicle=" ".join(p for p in (make, model) if p),
        advisor_id=advisor_id,
        advisor_name=staff or "",
        outcome=Outcome(outcome) if outcome else None,
        notes=notes,
        attempts=attempts,
        expires_on=expires_on,
        snoozed_until=snoozed_until,
        created_at=created_at,
        closed_at=closed_at,
        key_account=bool(key_account),
        reminder_kind=ReminderKind(reminder_kind) if reminder_kind else None,
        occurs_on=occurs_on,
    )
