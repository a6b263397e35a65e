"""Leads and the sales floor (issue 16): a prospect's lead worked from first contact to
delivery or a reviewed loss, the showroom log, test drives, referrals from other departments.

Every call a lead asks for is a follow-up tied to it (follow_ups.lead_id), so that the
advisor's call sheet carries it with the rest: the next follow-up its intent level's cadence
sets after each contact (reason "lead"), a scheduled test drive ("test_drive"), the calls
after a delivery ("delivery_care"), a referral for the receiving advisor ("referral"). A
lead's open "lead" follow-up and its `next_follow_up` always agree.

What happens to a lead is also on the customer's timeline (an interaction), and each lead
keeps when it first reached each stage, which the conversion figures count.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from app.db import audit
from app.db.engine import Book
from app.db.models import (
    Customer,
    FollowUp,
    Interaction,
    Lead,
    ShowroomVisit,
    Staff,
    TestDrive,
    Vehicle,
    VehicleOwnership,
)
from app.db.upkeep import refresh_search_keys, touch_last_contact
from app.domain.characters import check_storable_text
from app.domain.clock import now
from app.domain.enums import FollowUpReason, FollowUpStatus, InteractionKind
from app.domain.errors import FieldError, NotFoundError, ValidationError
from app.domain.leads import (
    MOVABLE_STAGES,
    OPEN_STAGES,
    Department,
    LeadRules,
    LeadSource,
    LeadStage,
    LostReason,
    LostReview,
    Payment,
    ReferralKind,
    TestDriveKind,
    TestDriveState,
    VisitKind,
    delivery_care_dates,
    fallback_level,
    is_dormant,
    next_follow_up,
    quiet_days,
    response_overdue,
)
from app.domain.roles import Right
from app.domain.validation import normalize_phone, normalize_plate, normalize_vin
from app.services.permissions import masker, own_only, refusal, require, works_on

# the timeline's words when the caller gives none (the window passes translated ones):
# %1 the stage / level / reason, %2 more
NOTES = {
    "opened": "Lead opened (%1)",
    "stage": "Lead: %1",
    "lost_asked": "Asked to close the lead as lost: %1",
    "lost_approved": "Lead closed as lost: %1",
    "lost_sent_back": "Lost lead sent back for another try",
    "ordered": "Ordered: %1",
    "order_cancelled": "Order cancelled: %1",
    "delivered": "Delivered: %1",
    "referred": "Passed to sales: %1",
    "test_drive": "Test drive: %1",
}


@dataclass(frozen=True)
class LeadInput:
    """What a person gives for a lead (a new one, or a change)."""

    source: str = LeadSource.WALK_IN.value
    models: str = ""
    budget_yuan: int | None = None
    payment: str = Payment.UNKNOWN.value
    trade_in: str = ""
    level: str = "B"
    advisor_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class LeadRecord:
    id: int
    customer_id: int
    customer_name: str
    phone: str
    advisor_id: int | None
    advisor_name: str
    source: str
    models: str
    budget_yuan: int | None
    payment: str
    trade_in: str
    level: str
    stage: str
    next_follow_up: date | None
    notes: str
    created_at: datetime
    first_contact_at: datetime | None
    last_contact_at: datetime | None
    reached: dict  # stage value -> when first reached
    order_model: str
    order_price_yuan: int | None
    expected_delivery: date | None
    vehicle_id: int | None
    lost_reason: str
    lost_competitor: str
    lost_note: str
    lost_review: str
    referrer_id: int | None
    referral_department: str
    referral_kind: str
    referral_note: str
    version: int
    quiet_days: int = 0
    dormant: bool = False


@dataclass(frozen=True)
class ShowroomInput:
    """A showroom log entry: who (a phone finds them; a name makes them new), how they
    came, when, with how many, what they want, the advisor on duty."""

    name: str
    phone: str
    kind: str = VisitKind.WALK_IN.value
    arrived_at: datetime | None = None
    left_at: datetime | None = None
    party_size: int = 1
    interest: str = ""
    advisor_id: int | None = None
    source: str | None = None  # the lead's source when one is opened (default from kind)
    level: str = "B"
    notes: str = ""


@dataclass(frozen=True)
class ShowroomResult:
    visit_id: int
    customer_id: int
    lead_id: int
    new_customer: bool
    new_lead: bool
    first_visit: bool


@dataclass(frozen=True)
class TestDriveRecord:
    id: int
    lead_id: int
    customer_id: int
    customer_name: str
    phone: str
    at: datetime
    kind: str
    model: str
    plate: str
    licence_seen: bool
    advisor_id: int | None
    advisor_name: str
    state: str
    feedback: str


_REACHED = {
    LeadStage.CONTACTED: "contacted_at", LeadStage.SHOWROOM: "showroom_at",
    LeadStage.TEST_DRIVE: "test_drive_at", LeadStage.NEGOTIATION: "negotiation_at",
    LeadStage.ORDERED: "ordered_at", LeadStage.DELIVERED: "delivered_at",
    LeadStage.LOST: "lost_at",
}


class LeadService:
    def __init__(self, book: Book, rules: LeadRules | None = None):
        self.book = book
        self.rules = rules or LeadRules()

    def use_rules(self, rules: LeadRules) -> None:
        self.rules = rules

    # ------------------------------------------------------------------ reading
    def get(self, lead_id: int, today: date | None = None) -> LeadRecord:
        found = self._records(Lead.id == lead_id, today)
        if not found:
            raise NotFoundError(lead_id)
        return found[0]

    def of_customer(self, customer_id: int, today: date | None = None) -> list[LeadRecord]:
        """The customer's leads, the newest first."""
        return self._records(Lead.customer_id == customer_id, today)

    def _records(self, condition, today: date | None, limit: int | None = None,
                 order=None) -> list[LeadRecord]:
        today = today or date.today()
        adv = Staff.__table__.alias("adv")
        stmt = (select(Lead, Customer.name, Customer.phone, adv.c.name)
                .join(Customer, Customer.id == Lead.customer_id)
                .outerjoin(adv, adv.c.id == Lead.advisor_id)
                .where(condition)
                .order_by(*(order if order is not None else (Lead.id.desc(),))))
        if limit is not None:
            stmt = stmt.limit(limit)
        mask = masker(self.book.actor)
        out = []
        with self.book.reading() as session:
            for lead, name, phone, advisor_name in session.execute(stmt):
                shown = phone if mask is None else mask.phone(phone, lead.advisor_id)
                out.append(self._record(lead, name, shown, advisor_name or "", today))
        return out

    def _record(self, lead: Lead, name: str, phone: str, advisor_name: str,
                today: date) -> LeadRecord:
        reached = {stage.value: getattr(lead, column) for stage, column in _REACHED.items()
                   if getattr(lead, column) is not None}
        return LeadRecord(
            lead.id, lead.customer_id, name, phone, lead.advisor_id, advisor_name,
            lead.source, lead.models, lead.budget_yuan, lead.payment, lead.trade_in,
            lead.level, lead.stage, lead.next_follow_up, lead.notes, lead.created_at,
            lead.first_contact_at, lead.last_contact_at, reached, lead.order_model,
            lead.order_price_yuan, lead.expected_delivery, lead.vehicle_id, lead.lost_reason,
            lead.lost_competitor, lead.lost_note, lead.lost_review, lead.referrer_id,
            lead.referral_department, lead.referral_kind, lead.referral_note, lead.version,
            quiet_days(lead.last_contact_at, lead.created_at, today),
            is_dormant(self.rules, lead.stage, lead.level, lead.last_contact_at,
                       lead.created_at, today))

    # ------------------------------------------------------------------ opening a lead
    def create(self, customer_id: int, data: LeadInput, *, note: str = NOTES["opened"],
               referral: tuple[str, str, str, int | None] | None = None) -> LeadRecord:
        """A new lead for a customer in the book; its first follow-up is due today (the
        first contact). `referral`: (kind, department, note, referrer staff id)."""
        data = self._checked(data)
        with self.book.writing() as session:
            customer = self._customer(session, customer_id)
            lead_id = self._open(session, customer, data, note, referral)
        return self.get(lead_id)

    def _open(self, session: Session, customer: Customer, data: LeadInput, note: str,
              referral=None, stage: LeadStage = LeadStage.NEW) -> int:
        stamp = now()
        advisor_id = data.advisor_id if data.advisor_id is not None else customer.advisor_id
        if advisor_id is None and self.book.actor.staff_id is not None:
            advisor_id = self.book.actor.staff_id
        lead = Lead(customer_id=customer.id, advisor_id=advisor_id, source=data.source,
                    models=data.models, budget_yuan=data.budget_yuan, payment=data.payment,
                    trade_in=data.trade_in, level=data.level, stage=stage.value,
                    next_follow_up=stamp.date(), notes=data.notes, created_at=stamp,
                    updated_at=stamp)
        if referral is not None:
            kind, department, referral_note, referrer = referral
            lead.referral_kind, lead.referral_department = kind, department
            lead.referral_note, lead.referrer_id = referral_note, referrer
        session.add(lead)
        session.flush()
        reason = FollowUpReason.REFERRAL if referral is not None else FollowUpReason.LEAD
        self._follow_up(session, lead, reason, stamp.date())
        self._note(session, customer.id, note.replace("%1", data.models or data.source), stamp)
        audit.note(session, "create", "lead", lead.id, {"customer_id": customer.id,
                                                        "source": data.source})
        return lead.id

    def refer(self, customer_id: int, kind: str, department: str, *, to_advisor_id: int | None,
              note: str = "", models: str = "", timeline_note: str = NOTES["referred"]
              ) -> LeadRecord:
        """Anyone passes a customer to sales (a trade-in, a used car, finance, insurance,
        accessories) with a note: a lead whose referrer is the person at the desk, and a
        call for the receiving advisor today."""
        kind, department = ReferralKind(kind).value, Department(department).value
        check_storable_text(note=note, models=models)
        source = (LeadSource.SERVICE_LANE if department == Department.SERVICE.value
                  else LeadSource.EXISTING).value
        data = LeadInput(source=source, models=models, advisor_id=to_advisor_id, level="B")
        with self.book.writing() as session:
            customer = session.get(Customer, customer_id)
            if customer is None or customer.archived_at is not None:
                raise NotFoundError(customer_id)
            if to_advisor_id is not None and session.get(Staff, to_advisor_id) is None:
                raise ValidationError([FieldError("advisor_id", "staff_invalid")])
            lead_id = self._open(session, customer, data, timeline_note,
                                 referral=(kind, department, note.strip(),
                                           self.book.actor.staff_id))
        return self.get(lead_id)

    # ------------------------------------------------------------------ working a lead
    def log_contact(self, lead_id: int, *, when: datetime | None = None, summary: str = "",
                    level: str | None = None, kind: InteractionKind = InteractionKind.CALL
                    ) -> LeadRecord:
        """A contact with the prospect: the first contact's time kept, the lead contacted
        (a new one), its level changed if given, its next follow-up set by the level's
        cadence (the open one closed as done, the next made)."""
        when = when or now()
        check_storable_text(summary=summary)
        with self.book.writing() as session:
            lead = self._lead(session, lead_id, open_only=True)
            if level is not None:
                lead.level = self._level(level)
            if lead.first_contact_at is None:
                lead.first_contact_at = when
            lead.last_contact_at = max(when, lead.last_contact_at or when)
            if lead.stage == LeadStage.NEW.value:
                self._reach(lead, LeadStage.CONTACTED, when)
            self._close_follow_ups(session, lead, (FollowUpReason.LEAD, FollowUpReason.REFERRAL))
            lead.next_follow_up = next_follow_up(self.rules, lead.level, when.date())
            self._follow_up(session, lead, FollowUpReason.LEAD, lead.next_follow_up)
            session.add(Interaction(customer_id=lead.customer_id, kind=InteractionKind(kind).value,
                                    summary=summary.strip(), staff_id=self.book.actor.staff_id,
                                    occurred_at=when, created_at=now()))
            session.flush()
            touch_last_contact(session, lead.customer_id)
            self._touched(lead)
        return self.get(lead_id)

    def move(self, lead_id: int, stage: str, *, note: str = NOTES["stage"],
             stage_words: str = "") -> LeadRecord:
        """Move a lead to new, contacted, showroom visit, test drive or negotiation (the
        board, the card). Ordered, delivered and lost have their own steps; an ordered lead
        goes back only by cancelling its order (`cancel_order`)."""
        stage = LeadStage(stage)
        if stage not in MOVABLE_STAGES:
            raise ValidationError([FieldError("stage", "stage_needs_details")])
        with self.book.writing() as session:
            lead = self._lead(session, lead_id, open_only=True)
            if lead.stage == stage.value:
                return self.get(lead_id)
            if lead.stage == LeadStage.ORDERED.value:  # (back only by cancelling the order)
                raise ValidationError([FieldError("stage", "lead_ordered_move")])
            stamp = now()
            self._reach(lead, stage, stamp)
            self._note(session, lead.customer_id, note.replace("%1", stage_words or stage.value),
                       stamp)
            self._touched(lead)
        return self.get(lead_id)

    def set_level(self, lead_id: int, level: str) -> LeadRecord:
        """A new intent level: the next follow-up follows its cadence from the last contact."""
        with self.book.writing() as session:
            lead = self._lead(session, lead_id, open_only=True)
            lead.level = self._level(level)
            base = (lead.last_contact_at or lead.created_at).date()
            wanted = max(next_follow_up(self.rules, lead.level, base), date.today())
            if lead.first_contact_at is not None and wanted != lead.next_follow_up:
                self._close_follow_ups(session, lead, (FollowUpReason.LEAD,),
                                       FollowUpStatus.CANCELLED)
                lead.next_follow_up = wanted
                self._follow_up(session, lead, FollowUpReason.LEAD, wanted)
            self._touched(lead)
        return self.get(lead_id)

    def update(self, lead_id: int, data: LeadInput, version: int) -> LeadRecord:
        """Change what the lead says (source, models, budget, payment, trade-in, level,
        advisor, notes); a stale `version` is refused (another desk changed it)."""
        data = self._checked(data)
        with self.book.writing() as session:
            lead = self._lead(session, lead_id)
            if lead.version != version:
                raise ValidationError([FieldError("version", "stale")])
            if data.advisor_id != lead.advisor_id and not self.book.actor.may(Right.REASSIGN):
                raise refusal(Right.REASSIGN)
            for name in ("source", "models", "budget_yuan", "payment", "trade_in", "notes",
                         "advisor_id"):
                setattr(lead, name, getattr(data, name))
            if data.level != lead.level:
                lead.level = data.level
            session.execute(update(FollowUp).where(
                FollowUp.lead_id == lead.id, FollowUp.status == FollowUpStatus.OPEN.value)
                .values(advisor_id=lead.advisor_id))
            self._touched(lead)
        return self.get(lead_id)

    # ------------------------------------------------------------------ lost leads
    def request_lost(self, lead_id: int, reason: str, *, competitor: str = "", note: str = "",
                     timeline_note: str = NOTES["lost_asked"], reason_words: str = ""
                     ) -> LeadRecord:
        """An advisor asks to close the lead as lost, with the reason (and the competitor's
        brand when bought elsewhere); the sales manager reviews it."""
        reason, competitor, note = self._lost_reason(reason, competitor, note)
        with self.book.writing() as session:
            lead = self._lead(session, lead_id, open_only=True)
            if lead.stage == LeadStage.ORDERED.value:
                raise ValidationError([FieldError("stage", "lead_ordered")])
            self._ask_lost(session, lead, reason, competitor, note,
                           timeline_note.replace("%1", reason_words or reason))
            self._touched(lead)
        return self.get(lead_id)

    @staticmethod
    def _lost_reason(reason: str, competitor: str, note: str) -> tuple[str, str, str]:
        """A reason an advisor may give (not "erased on request": only the erasure closes a
        lead so), the competitor's brand named when bought elsewhere."""
        try:
            reason = LostReason(reason)
        except ValueError:
            raise ValidationError([FieldError("lost_reason", "choice_invalid",
                                              str(reason))]) from None
        if reason is LostReason.ERASED:
            raise ValidationError([FieldError("lost_reason", "choice_invalid", reason.value)])
        check_storable_text(competitor=competitor, note=note)
        if reason is LostReason.COMPETITOR and not competitor.strip():
            raise ValidationError([FieldError("lost_competitor", "required")])
        return reason.value, competitor.strip(), note.strip()

    def _ask_lost(self, session: Session, lead: Lead, reason: str, competitor: str, note: str,
                  timeline_text: str) -> None:
        lead.lost_reason, lead.lost_competitor = reason, competitor
        lead.lost_note, lead.lost_review = note, LostReview.REQUESTED.value
        lead.lost_requested_at = now()
        self._note(session, lead.customer_id, timeline_text, lead.lost_requested_at)

    def review_lost(self, lead_id: int, approve: bool, *, note: str = "",
                    approved_note: str = NOTES["lost_approved"],
                    sent_back_note: str = NOTES["lost_sent_back"], reason_words: str = ""
                    ) -> LeadRecord:
        """The sales manager approves closing the lead as lost (its calls cancelled) or sends
        it back for another try (a call for its advisor tomorrow)."""
        require(self.book, Right.REVIEW_LEADS)
        with self.book.writing() as session:
            lead = self._lead(session, lead_id, open_only=True)
            if lead.lost_review != LostReview.REQUESTED.value:
                raise ValidationError([FieldError("lost_review", "not_requested")])
            stamp = now()
            lead.lost_reviewed_by = self.book.actor.staff_id
            if approve:
                lead.lost_review = LostReview.APPROVED.value
                self._reach(lead, LeadStage.LOST, stamp)
                lead.next_follow_up = None
                self._close_follow_ups(session, lead, None, FollowUpStatus.CANCELLED)
                text = approved_note.replace("%1", reason_words or lead.lost_reason)
            else:
                lead.lost_review = LostReview.SENT_BACK.value
                self._close_follow_ups(session, lead, (FollowUpReason.LEAD,),
                                       FollowUpStatus.CANCELLED)
                lead.next_follow_up = stamp.date() + timedelta(days=1)
                self._follow_up(session, lead, FollowUpReason.LEAD, lead.next_follow_up)
                text = sent_back_note
            if note.strip():
                text = f"{text}: {note.strip()}"
            self._note(session, lead.customer_id, text, stamp)
            audit.note(session, "review_lost", "lead", lead.id, {"approved": approve})
            self._touched(lead)
        return self.get(lead_id)

    def lost_to_review(self) -> list[LeadRecord]:
        """Leads an advisor asked to close as lost, waiting for the sales manager (oldest
        first)."""
        return self._records(and_(Lead.lost_review == LostReview.REQUESTED.value,
                                  Lead.stage.in_([s.value for s in OPEN_STAGES])), None,
                             order=(Lead.lost_requested_at, Lead.id))

    # ------------------------------------------------------------------ order and delivery
    def order(self, lead_id: int, model: str, price_yuan: int | None,
              expected_delivery: date | None, *, note: str = NOTES["ordered"]) -> LeadRecord:
        """The prospect ordered: model, price, expected delivery; the lead is at level O."""
        check_storable_text(model=model)
        if not model.strip():
            raise ValidationError([FieldError("order_model", "required")])
        if price_yuan is not None and price_yuan < 0:
            raise ValidationError([FieldError("order_price_yuan", "negative")])
        with self.book.writing() as session:
            lead = self._lead(session, lead_id, open_only=True)
            stamp = now()
            lead.order_model, lead.order_price_yuan = model.strip(), price_yuan
            lead.expected_delivery = expected_delivery
            if "O" in self.rules.codes:
                lead.level = "O"
            lead.lost_review = LostReview.NONE.value if lead.lost_review == \
                LostReview.REQUESTED.value else lead.lost_review
            self._reach(lead, LeadStage.ORDERED, stamp)
            self._note(session, lead.customer_id, note.replace("%1", lead.order_model), stamp)
            self._touched(lead)
        return self.get(lead_id)

    def deliver(self, lead_id: int, *, make: str, model: str, vin: str = "", plate: str = "",
                delivered_on: date | None = None, price_yuan: int | None = None,
                colour: str = "", note: str = NOTES["delivered"]) -> LeadRecord:
        """The car is handed over: the vehicle is created on the customer's card (bought
        here, the delivery day as its purchase date, the price), the lead is delivered and
        its calls closed, and the delivery-care calls are put on the advisor's sheet."""
        delivered_on = delivered_on or date.today()
        errors = []
        try:
            vin = normalize_vin(vin) if vin.strip() else ""
        except ValidationError as error:
            errors.extend(FieldError("vin", e.code, e.detail) for e in error.errors)
        try:
            plate = normalize_plate(plate) if plate.strip() else ""
        except ValidationError as error:
            errors.extend(FieldError("plate", e.code, e.detail) for e in error.errors)
        if not model.strip():
            errors.append(FieldError("model", "required"))
        if errors:
            raise ValidationError(errors)
        check_storable_text(make=make, model=model, colour=colour)
        with self.book.writing() as session:
            lead = self._lead(session, lead_id, open_only=True)
            if vin and session.scalar(select(Vehicle.id).where(Vehicle.vin == vin)):
                raise ValidationError([FieldError("vin", "vin_duplicate")])
            stamp = now()
            vehicle = Vehicle(owner_id=lead.customer_id, make=make.strip(), model=model.strip(),
                              vin=vin or None, plate=plate, colour=colour.strip(),
                              purchase_date=delivered_on,
                              purchase_md=delivered_on.month * 100 + delivered_on.day,
                              purchase_type="new_here",
                              price_yuan=price_yuan if price_yuan is not None
                              else lead.order_price_yuan,
                              year=delivered_on.year, created_at=stamp, updated_at=stamp)
            session.add(vehicle)
            session.flush()
            session.add(VehicleOwnership(vehicle_id=vehicle.id, customer_id=lead.customer_id,
                                         start_date=delivered_on))
            lead.vehicle_id = vehicle.id
            if lead.ordered_at is None:
                lead.ordered_at = stamp
            self._reach(lead, LeadStage.DELIVERED, stamp)
            lead.next_follow_up = None
            self._close_follow_ups(session, lead, None, FollowUpStatus.CANCELLED)
            for day in delivery_care_dates(self.rules, delivered_on):
                self._follow_up(session, lead, FollowUpReason.DELIVERY_CARE, day,
                                vehicle_id=vehicle.id)
            session.flush()
            refresh_search_keys(session, lead.customer_id)
            self._note(session, lead.customer_id,
                       note.replace("%1", f"{make.strip()} {model.strip()}".strip()), stamp)
            self._touched(lead)
        return self.get(lead_id)

    def cancel_order(self, lead_id: int, reason: str, *, note: str = "",
                     keep_working: bool = True, version: int | None = None,
                     back_to: str = LeadStage.NEGOTIATION.value, competitor: str = "",
                     level: str | None = None, timeline_note: str = NOTES["order_cancelled"],
                     reason_words: str = "", lost_note: str = NOTES["lost_asked"]
                     ) -> LeadRecord:
        """The order of an ordered lead is cancelled (the customer withdrew, the financing
        fell through, the car cannot come), with a lost reason as the why and a note: the
        order's model, price and expected delivery are cleared and the timeline says so.

        `keep_working`: the lead goes back to `back_to` (negotiation, or an earlier stage the
        board's drag named), at `level` (by default its own, the ordered level O giving way
        to the soonest other: app.domain.leads.fallback_level), its next follow-up from the
        level's cadence from today. Otherwise it goes back the same way and the advisor asks
        to close it as lost with that reason (the sales manager's review, as `request_lost`).

        The conversion figures count an order that stands: the time the lead was ordered is
        cleared too (ordered again, it is the new order's). Only who works the lead may do
        it; a lead that is not ordered (a delivered one above all) is refused; a stale
        `version` too (another desk changed it)."""
        reason, competitor, note = self._lost_reason(reason, competitor, note)
        back = LeadStage(back_to)
        if back not in MOVABLE_STAGES:
            raise ValidationError([FieldError("stage", "stage_needs_details")])
        if level is not None:
            level = self._level(level)
        with self.book.writing() as session:
            lead = self._lead(session, lead_id)
            if lead.stage == LeadStage.DELIVERED.value:
                raise ValidationError([FieldError("stage", "lead_delivered")])
            if lead.stage != LeadStage.ORDERED.value:
                raise ValidationError([FieldError("stage",
                                                  "lead_closed" if lead.stage not in
                                                  {s.value for s in OPEN_STAGES}
                                                  else "not_ordered")])
            if version is not None and lead.version != version:
                raise ValidationError([FieldError("version", "stale")])
            stamp = now()
            model = lead.order_model
            lead.order_model, lead.order_price_yuan, lead.expected_delivery = "", None, None
            lead.ordered_at = None  # (the order no longer stands: see the docstring)
            # (the times it first reached the stages before the order are kept: it did get
            # there, a visit or a drive, and the funnel counts them)
            self._reach(lead, back, stamp)
            lead.level = level or fallback_level(self.rules, lead.level)
            text = timeline_note.replace("%1", reason_words or reason)
            if model:
                text = f"{text} ({model})"
            if note:
                text = f"{text}: {note}"
            self._note(session, lead.customer_id, text, stamp)
            self._close_follow_ups(session, lead, (FollowUpReason.LEAD,),
                                   FollowUpStatus.CANCELLED)
            lead.next_follow_up = next_follow_up(self.rules, lead.level, stamp.date())
            self._follow_up(session, lead, FollowUpReason.LEAD, lead.next_follow_up)
            if not keep_working:
                self._ask_lost(session, lead, reason, competitor, note,
                               lost_note.replace("%1", reason_words or reason))
            elif lead.lost_review == LostReview.REQUESTED.value:
                lead.lost_review = LostReview.NONE.value
            audit.note(session, "cancel_order", "lead", lead.id,
                       {"reason": reason, "keep_working": keep_working, "back_to": back.value})
            self._touched(lead)
        return self.get(lead_id)

    # ------------------------------------------------------------------ the showroom log
    def log_showroom(self, entry: ShowroomInput, *, note: str = NOTES["opened"]
                     ) -> ShowroomResult:
        """A walk-in or phone-up: the customer found by phone (or made), their open lead
        found (or opened), the visit logged; a walk-in moves the lead to the showroom stage
        and counts as a contact."""
        kind = VisitKind(entry.kind)
        name = (entry.name or "").strip()
        check_storable_text(name=name, interest=entry.interest, notes=entry.notes)
        try:
            phone = normalize_phone(entry.phone) if entry.phone.strip() else ""
        except ValidationError as error:
            raise ValidationError([FieldError("phone", e.code, e.detail)
                                   for e in error.errors]) from None
        if not phone and not name:
            raise ValidationError([FieldError("name", "required")])
        if entry.party_size < 1:
            raise ValidationError([FieldError("party_size", "negative")])
        arrived = entry.arrived_at or now()
        if entry.left_at is not None and entry.left_at < arrived:
            raise ValidationError([FieldError("left_at", "date_out_before_in")])
        source = entry.source or (LeadSource.WALK_IN if kind is VisitKind.WALK_IN
                                  else LeadSource.PHONE).value
        with self.book.writing() as session:
            customer = None
            if phone:
                customer = session.scalars(
                    select(Customer).where(or_(Customer.phone == phone, Customer.phone_alt == phone),
                                           Customer.archived_at.is_(None),
                                           Customer.erased_at.is_(None))
                    .order_by(Customer.id).limit(1)).first()
            new_customer = customer is None
            if customer is None:
                if not name:
                    raise ValidationError([FieldError("name", "required")])
                customer = self._new_customer(session, name, phone, entry.advisor_id, source)
            elif not works_on(self.book.actor, customer.advisor_id) \
                    and not self.book.actor.may(Right.FOLLOW_UPS_ALL):
                raise refusal(Right.WORK_ANY)
            first_visit = not session.scalar(select(func.count()).select_from(ShowroomVisit)
                                             .where(ShowroomVisit.customer_id == customer.id))
            lead = session.scalars(select(Lead).where(
                Lead.customer_id == customer.id,
                Lead.stage.in_([s.value for s in OPEN_STAGES])).order_by(Lead.id.desc())
                .limit(1)).first()
            new_lead = lead is None
            if lead is None:
                data = LeadInput(source=source, models=entry.interest.strip(),
                                 level=self._level(entry.level), advisor_id=entry.advisor_id,
                                 notes=entry.notes.strip())
                lead = session.get(Lead, self._open(session, customer, data, note))
            elif entry.interest.strip() and not lead.models:
                lead.models = entry.interest.strip()
            if lead.first_contact_at is None:
                lead.first_contact_at = arrived
            lead.last_contact_at = max(arrived, lead.last_contact_at or arrived)
            self._reach(lead, LeadStage.SHOWROOM if kind is VisitKind.WALK_IN
                        else LeadStage.CONTACTED, arrived)
            self._close_follow_ups(session, lead, (FollowUpReason.LEAD, FollowUpReason.REFERRAL))
            lead.next_follow_up = next_follow_up(self.rules, lead.level, arrived.date())
            self._follow_up(session, lead, FollowUpReason.LEAD, lead.next_follow_up)
            visit = ShowroomVisit(customer_id=customer.id, lead_id=lead.id, kind=kind.value,
                                  arrived_at=arrived, left_at=entry.left_at,
                                  party_size=entry.party_size, first_visit=first_visit,
                                  interest=entry.interest.strip(),
                                  advisor_id=entry.advisor_id if entry.advisor_id is not None
                                  else lead.advisor_id,
                                  notes=entry.notes.strip(), created_at=now())
            session.add(visit)
            session.add(Interaction(customer_id=customer.id,
                                    kind=(InteractionKind.VISIT if kind is VisitKind.WALK_IN
                                          else InteractionKind.CALL).value,
                                    summary=entry.interest.strip(),
                                    staff_id=visit.advisor_id, occurred_at=arrived,
                                    created_at=now()))
            session.flush()
            touch_last_contact(session, customer.id)
            self._touched(lead)
            result = ShowroomResult(visit.id, customer.id, lead.id, new_customer, new_lead,
                                    first_visit)
        return result

    def _new_customer(self, session: Session, name: str, phone: str, advisor_id: int | None,
                      source: str) -> Customer:
        from app.db.bulk import customer_keys, digits_of, readings_of
        from app.db.models import CustomerSearch

        full, initials = (readings_of(name) or (("", ""),))[0]
        stamp = now()
        customer = Customer(name=name, phone=phone, phone_digits=digits_of(phone),
                            name_pinyin=full, name_initials=initials,
                            source=_customer_source(source),
                            advisor_id=advisor_id if advisor_id is not None
                            else self.book.actor.staff_id,
                            created_at=stamp, updated_at=stamp)
        session.add(customer)
        session.flush()
        session.add(CustomerSearch(customer_id=customer.id, keys=customer_keys(
            name, True, (phone, ""), [], [], ("",))))
        return customer

    # ------------------------------------------------------------------ test drives
    def schedule_test_drive(self, lead_id: int, at: datetime, *, model: str = "",
                            plate: str = "", kind: str = TestDriveKind.SHOWROOM.value,
                            advisor_id: int | None = None) -> TestDriveRecord:
        """A test drive on the advisor's day: on their call sheet that day (a follow-up)
        and on the day's test-drive list."""
        kind = TestDriveKind(kind).value
        check_storable_text(model=model)
        try:
            plate = normalize_plate(plate) if plate.strip() else ""
        except ValidationError as error:
            raise ValidationError([FieldError("plate", e.code, e.detail)
                                   for e in error.errors]) from None
        with self.book.writing() as session:
            lead = self._lead(session, lead_id, open_only=True)
            advisor = advisor_id if advisor_id is not None else lead.advisor_id
            drive = TestDrive(lead_id=lead.id, customer_id=lead.customer_id, at=at, kind=kind,
                              model=model.strip() or lead.models, plate=plate,
                              advisor_id=advisor, state=TestDriveState.SCHEDULED.value,
                              created_at=now(), updated_at=now())
            session.add(drive)
            session.flush()
            self._follow_up(session, lead, FollowUpReason.TEST_DRIVE, at.date(),
                            advisor_id=advisor, notes=f"{at:%H:%M} {drive.model}".strip())
            self._touched(lead)
            drive_id = drive.id
        return self.test_drive(drive_id)

    def complete_test_drive(self, drive_id: int, *, licence_seen: bool, feedback: str = "",
                            when: datetime | None = None, note: str = NOTES["test_drive"]
                            ) -> TestDriveRecord:
        """The drive took place (the licence must have been seen): the lead reaches the
        test-drive stage (if it was earlier) and the drive's call is done."""
        check_storable_text(feedback=feedback)
        if not licence_seen:
            raise ValidationError([FieldError("licence_seen", "licence_required")])
        with self.book.writing() as session:
            drive = session.get(TestDrive, drive_id)
            if drive is None:
                raise NotFoundError(drive_id)
            lead = self._lead(session, drive.lead_id)
            when = when or now()
            drive.state, drive.licence_seen = TestDriveState.DONE.value, True
            drive.feedback, drive.done_at = feedback.strip(), when
            drive.updated_at, drive.version = now(), drive.version + 1
            if lead.stage in {s.value for s in OPEN_STAGES}:
                self._reach(lead, LeadStage.TEST_DRIVE, when)
                lead.last_contact_at = max(when, lead.last_contact_at or when)
                if lead.first_contact_at is None:
                    lead.first_contact_at = when
            self._close_follow_ups(session, lead, (FollowUpReason.TEST_DRIVE,),
                                   due=drive.at.date())
            self._note(session, lead.customer_id, note.replace("%1", drive.model), when)
            self._touched(lead)
        return self.test_drive(drive_id)

    def cancel_test_drive(self, drive_id: int) -> TestDriveRecord:
        with self.book.writing() as session:
            drive = session.get(TestDrive, drive_id)
            if drive is None:
                raise NotFoundError(drive_id)
            lead = self._lead(session, drive.lead_id)
            drive.state = TestDriveState.CANCELLED.value
            drive.updated_at, drive.version = now(), drive.version + 1
            self._close_follow_ups(session, lead, (FollowUpReason.TEST_DRIVE,),
                                   FollowUpStatus.CANCELLED, due=drive.at.date())
        return self.test_drive(drive_id)

    def test_drive(self, drive_id: int) -> TestDriveRecord:
        found = self._drives(TestDrive.id == drive_id)
        if not found:
            raise NotFoundError(drive_id)
        return found[0]

    def test_drives_on(self, day: date, advisor_id: int | None = None) -> list[TestDriveRecord]:
        """The day's test drives (an advisor's own, unless they see everyone's), by time."""
        advisor_id = own_only(self.book.actor, Right.FOLLOW_UPS_ALL, advisor_id)
        start = datetime.combine(day, datetime.min.time())
        condition = and_(TestDrive.at >= start, TestDrive.at < start + timedelta(days=1))
        if advisor_id is not None:
            condition = and_(condition, TestDrive.advisor_id == advisor_id)
        return self._drives(condition)

    def _drives(self, condition) -> list[TestDriveRecord]:
        adv = Staff.__table__.alias("adv")
        stmt = (select(TestDrive, Customer.name, Customer.phone, adv.c.name)
                .join(Customer, Customer.id == TestDrive.customer_id)
                .outerjoin(adv, adv.c.id == TestDrive.advisor_id)
                .where(condition).order_by(TestDrive.at, TestDrive.id))
        mask = masker(self.book.actor)
        with self.book.reading() as session:
            return [TestDriveRecord(
                d.id, d.lead_id, d.customer_id, name,
                phone if mask is None else mask.phone(phone, d.advisor_id), d.at, d.kind,
                d.model, d.plate, d.licence_seen, d.advisor_id, advisor or "", d.state,
                d.feedback) for d, name, phone, advisor in session.execute(stmt)]

    # ------------------------------------------------------------------ lists
    def dormant(self, today: date | None = None, advisor_id: int | None = None,
                limit: int | None = None) -> list[LeadRecord]:
        """Open leads with no contact for their level's dormant days or more (the quietest
        first), for reactivation."""
        today = today or date.today()
        advisor_id = own_only(self.book.actor, Right.FOLLOW_UPS_ALL, advisor_id)
        from app.services.sales.dormant import dormant_condition, last_touch

        condition = dormant_condition(self.rules, today)
        if advisor_id is not None:
            condition = and_(condition, Lead.advisor_id == advisor_id)
        return self._records(condition, today, limit, order=(last_touch(), Lead.id))

    def untouched(self, moment: datetime | None = None) -> list[LeadRecord]:
        """New leads nobody has contacted within the store's limit in opening hours (for
        the manager)."""
        moment = moment or now()
        found = self._records(and_(Lead.first_contact_at.is_(None),
                                   Lead.stage == LeadStage.NEW.value), moment.date(),
                              order=(Lead.created_at, Lead.id))
        return [r for r in found if response_overdue(self.rules, r.created_at, None, moment)]

    # ------------------------------------------------------------------ the inner steps
    def _checked(self, data: LeadInput) -> LeadInput:
        errors = []
        try:
            LeadSource(data.source)
        except ValueError:
            errors.append(FieldError("source", "choice_invalid", str(data.source)))
        try:
            Payment(data.payment)
        except ValueError:
            errors.append(FieldError("payment", "choice_invalid", str(data.payment)))
        if data.level not in self.rules.codes:
            errors.append(FieldError("level", "choice_invalid", str(data.level)))
        if data.budget_yuan is not None and data.budget_yuan < 0:
            errors.append(FieldError("budget_yuan", "negative"))
        if errors:
            raise ValidationError(errors)
        check_storable_text(models=data.models, trade_in=data.trade_in, notes=data.notes)
        return replace(data, models=data.models.strip(), trade_in=data.trade_in.strip(),
                       notes=data.notes.strip())

    def _level(self, level: str) -> str:
        if level not in self.rules.codes:
            raise ValidationError([FieldError("level", "choice_invalid", str(level))])
        return level

    def _customer(self, session: Session, customer_id: int) -> Customer:
        customer = session.get(Customer, customer_id)
        if customer is None or customer.archived_at is not None or customer.erased_at is not None:
            raise NotFoundError(customer_id)
        actor = self.book.actor
        if not works_on(actor, customer.advisor_id) and not actor.may(Right.FOLLOW_UPS_ALL):
            raise refusal(Right.WORK_ANY)
        return customer

    def _lead(self, session: Session, lead_id: int, open_only: bool = False) -> Lead:
        lead = session.get(Lead, lead_id)
        if lead is None:
            raise NotFoundError(lead_id)
        actor = self.book.actor
        if not works_on(actor, lead.advisor_id) and not actor.may(Right.FOLLOW_UPS_ALL):
            raise refusal(Right.WORK_ANY)
        if open_only and lead.stage not in {s.value for s in OPEN_STAGES}:
            raise ValidationError([FieldError("stage", "lead_closed")])
        return lead

    @staticmethod
    def _reach(lead: Lead, stage: LeadStage, when: datetime) -> None:
        """The lead is now at `stage`; the first time it gets there is kept (a lead that gets
        further without a contact noted counts as contacted then)."""
        lead.stage = stage.value
        column = _REACHED.get(stage)
        if column and getattr(lead, column) is None:
            setattr(lead, column, when)
        if stage not in (LeadStage.LOST, LeadStage.NEW) and lead.contacted_at is None:
            lead.contacted_at = when  # (got further without a contact noted first)

    def _follow_up(self, session: Session, lead: Lead, reason: FollowUpReason, due: date, *,
                   advisor_id: int | None = None, vehicle_id: int | None = None,
                   notes: str = "") -> None:
        session.add(FollowUp(customer_id=lead.customer_id, lead_id=lead.id,
                             vehicle_id=vehicle_id, reason=reason.value, due_date=due,
                             advisor_id=advisor_id if advisor_id is not None else lead.advisor_id,
                             status=FollowUpStatus.OPEN.value, notes=notes, attempts=0,
                             created_at=now(), updated_at=now()))

    def _close_follow_ups(self, session: Session, lead: Lead, reasons, status=FollowUpStatus.DONE,
                          due: date | None = None) -> None:
        condition = and_(FollowUp.lead_id == lead.id,
                         FollowUp.status == FollowUpStatus.OPEN.value)
        if reasons is not None:
            condition = and_(condition, FollowUp.reason.in_([r.value for r in reasons]))
        if due is not None:
            condition = and_(condition, FollowUp.due_date == due)
        stamp = now()
        session.execute(update(FollowUp).where(condition).values(
            status=status.value, closed_at=stamp, updated_at=stamp,
            version=FollowUp.version + 1))

    def _note(self, session: Session, customer_id: int, text: str, when: datetime) -> None:
        session.add(Interaction(customer_id=customer_id, kind=InteractionKind.NOTE.value,
                                summary=text, staff_id=self.book.actor.staff_id,
                                occurred_at=when, created_at=now()))

    @staticmethod
    def _touched(lead: Lead) -> None:
        lead.updated_at = now()
        lead.version = (lead.version or 0) + 1


def _customer_source(lead_source: str) -> str:
    """A new customer's source from the lead's (the card keeps its own list)."""
    from app.domain.enums import CustomerSource

    return {
        LeadSource.WALK_IN.value: CustomerSource.SHOWROOM.value,
        LeadSource.PHONE.value: CustomerSource.PHONE.value,
        LeadSource.WEBSITE.value: CustomerSource.WEBSITE.value,
        LeadSource.CAR_PORTAL.value: CustomerSource.WEBSITE.value,
        LeadSource.AUTO_SHOW.value: CustomerSource.AUTO_SHOW.value,
        LeadSource.REFERRAL.value: CustomerSource.REFERRAL.value,
        LeadSource.SERVICE_LANE.value: CustomerSource.SERVICE_WALK_IN.value,
    }.get(lead_source, CustomerSource.OTHER.value)
