"""Service visits: the lane's log per vehicle, with the mileage kept honest."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import and_, bindparam, case, func, or_, select, true, update
from sqlalchemy.orm import Session, aliased

from app.db import audit
from app.db.engine import Book
from app.db.models import (
    Customer,
    FollowUp,
    Interaction,
    ServiceVisit,
    Staff,
    Vehicle,
    VisitItem,
)
from app.domain.changes import SYSTEM
from app.domain.characters import unstorable_fields
from app.domain.clock import now
from app.domain.desk_rules import NO_ANSWER_EXPIRY_DAYS, ServiceLaneRules
from app.domain.enums import FollowUpReason, FollowUpStatus, InteractionKind, VisitType
from app.domain.errors import ConflictError, FieldError, NotFoundError, ValidationError
from app.domain.roles import Right
from app.domain.service_rules import (
    LapseStatus,
    LapseThresholds,
    MaintenanceInterval,
    ServicePrediction,
    interval_for,
    lapse_cutoffs,
    predict_next_service,
)
from app.domain.validation import plate_key
from app.domain.visit_records import (
    MileageReading,
    VisitInput,
    VisitRecord,
    VisitRow,
    WorkItem,
)
from app.services.permissions import masker, require


def validate_visit(data: VisitInput, today: date | None = None) -> list[FieldError]:
    """Every field problem of a visit as typed (the mileage check needs the book)."""
    today = today or date.today()
    errors: list[FieldError] = unstorable_fields(data)
    try:
        VisitType(data.visit_type)
    except ValueError:
        errors.append(FieldError("visit_type", "visit_type_invalid"))
    if data.date_in > today:
        errors.append(FieldError("date_in", "date_future"))
    if data.date_out is not None and data.date_out < data.date_in:
        errors.append(FieldError("date_out", "date_out_before_in"))
    if data.mileage_km is not None and data.mileage_km < 0:
        errors.append(FieldError("mileage_km", "negative"))
    if data.satisfaction is not None and not 1 <= data.satisfaction <= 5:
        errors.append(FieldError("satisfaction", "satisfaction_range"))
    if any(item.amount_fen < 0 for item in data.items) or (data.total_fen or 0) < 0:
        errors.append(FieldError("items", "negative"))
    if any(not item.description.strip() for item in data.items):
        errors.append(FieldError("items", "required"))
    return errors


ROWS_PER_READ = 500  # ids bound by one read of a list's rows


class VisitService:
    def __init__(self, book: Book, rules: ServiceLaneRules | None = None):
        """`rules`: after-service calls, maintenance intervals and lapse thresholds of the
        store (Preferences); `use_rules` hands over new ones."""
        self.book = book
        self.rules = rules or ServiceLaneRules()

    def use_rules(self, rules: ServiceLaneRules) -> None:
        self.rules = rules

    @property
    def post_service_days(self) -> int:
        return self.rules.post_service_days

    @property
    def intervals(self) -> Mapping[str, MaintenanceInterval]:
        return self.rules.intervals

    @property
    def writable(self) -> bool:
        """False for a book opened only to read (or found damaged): no edit is offered."""
        return self.book.writable

    def last_known_mileage(self, vehicle_id: int, before: date | None = None) -> int | None:
        """The highest odometer reading recorded for the vehicle (up to a day, if given)."""
        with self.book.reading() as s:
            reading = _last_reading(s, vehicle_id, before)
        return reading.km if reading else None

    def last_reading(self, vehicle_id: int, before: date | None = None,
                     visit_id: int | None = None) -> MileageReading | None:
        """The reading a visit on `before` is checked against (the one the dialog shows
        beside the mileage), leaving out visit `visit_id` when that visit is being edited."""
        with self.book.reading() as s:
            return _last_reading(s, vehicle_id, before, visit_id)

    def add(self, data: VisitInput, *, confirm_lower_mileage: bool = False,
            today: date | None = None) -> VisitRecord:
        """Log a visit. A mileage below the vehicle's last known one is refused with
        `mileage_lower` until confirmed (a typo is likelier than a new odometer)."""
        errors = validate_visit(data, today)
        require(self.book, Right.SERVICE_LANE)
        with self.book.writing() as s:
            vehicle = s.get(Vehicle, data.vehicle_id)
            if vehicle is None:
                raise NotFoundError(data.vehicle_id)
            if data.service_advisor_id is not None and s.get(Staff, data.service_advisor_id) is None:
                errors.append(FieldError("service_advisor_id", "staff_invalid"))
            if data.mileage_km is not None and not confirm_lower_mileage:
                errors += _mileage_check(s, data)
            if errors:
                raise ValidationError(errors)
            total = _total(data)
            row = ServiceVisit(
                vehicle_id=vehicle.id, customer_id=vehicle.owner_id, date_in=data.date_in,
                date_out=data.date_out, visit_type=VisitType(data.visit_type).value,
                mileage_km=data.mileage_km, total_fen=total,
                service_advisor_id=data.service_advisor_id, satisfaction=data.satisfaction,
                comments=data.comments.strip(),
            )
            s.add(row)
            s.flush()
            for item in data.items:
                s.add(VisitItem(visit_id=row.id, description=item.description.strip(),
                                amount_fen=item.amount_fen))
            _follow_latest_mileage(s, vehicle.id)
            refresh_prediction(s, vehicle.id, self.intervals)
            if vehicle.owner_id is not None:
                _refresh_last_visit(s, vehicle.owner_id)
                owner_advisor = s.scalar(select(Customer.advisor_id)
                                         .where(Customer.id == vehicle.owner_id))
                # the post-service call, N days after the car went home
                due = (data.date_out or data.date_in) + timedelta(days=self.post_service_days)
                s.add(FollowUp(
                    customer_id=vehicle.owner_id, vehicle_id=vehicle.id,
                    reason=FollowUpReason.POST_SERVICE.value, due_date=due,
                    advisor_id=owner_advisor, status=FollowUpStatus.OPEN.value, notes="",
                    attempts=0, expires_on=due + timedelta(days=NO_ANSWER_EXPIRY_DAYS),
                    visit_id=row.id,
                ))
            visit_id = row.id
            audit.note(s, "create", "visit", visit_id,
                       {"vehicle": vehicle.id, "customer": vehicle.owner_id,
                        "date_in": data.date_in.isoformat(), "total_fen": total})
        return self.history_of_vehicle(data.vehicle_id, ids=[visit_id])[0]

    def update(self, visit_id: int, data: VisitInput, version: int | None = None, *,
               confirm_lower_mileage: bool = False, today: date | None = None) -> VisitRecord:
        """Correct a visit with the checks of a new one (the mileage compared with the
        vehicle's other readings). The vehicle's mileage and next service, the customer's
        last visit and an open post-service call follow the new dates and readings.
        ConflictError when another desk saved the visit since `version` was read."""
        errors = validate_visit(data, today)
        require(self.book, Right.SERVICE_LANE)
        with self.book.writing() as s:
            row = s.get(ServiceVisit, visit_id)
            if row is None:
                raise NotFoundError(visit_id)
            if version is not None and row.version != version:
                raise ConflictError(visit_id)
            if data.vehicle_id != row.vehicle_id:  # a visit stays with its car
                errors.append(FieldError("vehicle_id", "vehicle_invalid"))
            if data.service_advisor_id is not None and s.get(Staff, data.service_advisor_id) is None:
                errors.append(FieldError("service_advisor_id", "staff_invalid"))
            if data.mileage_km is not None and not confirm_lower_mileage \
                    and data.vehicle_id == row.vehicle_id:
                errors += _mileage_check(s, data, row)
            if errors:
                raise ValidationError(errors)
            old_km, old_home = row.mileage_km, row.date_out or row.date_in
            before = {name: getattr(row, name) for name in _AUDITED_VISIT}
            row.date_in, row.date_out = data.date_in, data.date_out
            row.visit_type = VisitType(data.visit_type).value
            row.mileage_km = data.mileage_km
            row.total_fen = _total(data)
            row.service_advisor_id = data.service_advisor_id
            row.satisfaction = data.satisfaction
            row.comments = data.comments.strip()
            row.version += 1
            s.execute(VisitItem.__table__.delete().where(VisitItem.visit_id == visit_id))
            for item in data.items:
                s.add(VisitItem(visit_id=visit_id, description=item.description.strip(),
                                amount_fen=item.amount_fen))
            s.flush()
            changed = {name: [before[name], getattr(row, name)] for name in _AUDITED_VISIT
                       if before[name] != getattr(row, name)}
            audit.note(s, "change", "visit", visit_id, {"fields": changed})
            _mileage_after_change(s, row.vehicle_id, old_km)
            refresh_prediction(s, row.vehicle_id, self.intervals)
            if row.customer_id is not None:
                _refresh_last_visit(s, row.customer_id)
            moved = (data.date_out or data.date_in) - old_home
            if moved:
                for call in _open_post_service_calls(s, visit_id):
                    call.due_date += moved
                    if call.expires_on is not None:
                        call.expires_on += moved
                    call.updated_at = now()
                    call.version += 1
        return self.history_of_vehicle(data.vehicle_id, ids=[visit_id])[0]

    def delete(self, visit_id: int, timeline_note: str, version: int | None = None) -> None:
        """Remove a visit that should not have been logged. The vehicle's mileage and next
        service are worked out from the visits left, its open post-service call is
        cancelled and `timeline_note` (the person's words for what went) is written to the
        customer's timeline. ConflictError when another desk saved it since `version`."""
        require(self.book, Right.SERVICE_LANE)
        with self.book.writing() as s:
            row = s.get(ServiceVisit, visit_id)
            if row is None:
                raise NotFoundError(visit_id)
            if version is not None and row.version != version:
                raise ConflictError(visit_id)
            vehicle_id, customer_id, old_km = row.vehicle_id, row.customer_id, row.mileage_km
            for call in _open_post_service_calls(s, visit_id):
                call.status = FollowUpStatus.CANCELLED.value
                call.closed_at = call.updated_at = now()
                call.version += 1
            s.execute(VisitItem.__table__.delete().where(VisitItem.visit_id == visit_id))
            s.delete(row)
            s.flush()
            _mileage_after_change(s, vehicle_id, old_km)
            refresh_prediction(s, vehicle_id, self.intervals)
            if customer_id is not None:
                _refresh_last_visit(s, customer_id)
                # a note, not a contact: the customer's last contact is left as it was
                s.add(Interaction(customer_id=customer_id, vehicle_id=vehicle_id,
                                  kind=InteractionKind.NOTE.value,
                                  summary=timeline_note.strip(), occurred_at=now()))
            audit.note(s, "delete", "visit", visit_id,
                       {"vehicle": vehicle_id, "customer": customer_id,
                        "note": timeline_note.strip()})

    def list(
        self,
        date_from: date | None = None,
        date_to: date | None = None,
        *,
        visit_type: VisitType | None = None,
        advisor_id: int | None = None,
        limit: int | None = None,
    ) -> list[VisitRecord]:
        """Visits by date range (date in), type and service advisor, newest first."""
        condition = _list_condition(date_from, date_to, visit_type, advisor_id)
        return self._history(condition, None, limit)

    def visit_ids(
        self,
        date_from: date | None = None,
        date_to: date | None = None,
        *,
        visit_type: VisitType | None = None,
        advisor_id: int | None = None,
    ) -> list[int]:
        """The ids of the visits `list` gives, in its order (newest first): the visits
        list's rows before any is read."""
        stmt = (select(ServiceVisit.id)
                .where(_list_condition(date_from, date_to, visit_type, advisor_id))
                .order_by(ServiceVisit.date_in.desc(), ServiceVisit.id.desc()))
        with self.book.reading() as s:
            return _first_column(s, stmt)

    def visit_rows(self, ids: Sequence[int], *, with_items: bool = False) -> list[VisitRow]:
        """The visits of `ids` as the visits list shows them, in no particular order;
        their work items' descriptions too when `with_items` (for the export). Read
        ROWS_PER_READ ids at a time, so no query binds more however many are asked."""
        found: list[VisitRow] = []
        with self.book.reading() as s:
            con = s.connection()
            for start in range(0, len(ids), ROWS_PER_READ):
                chunk = list(ids[start:start + ROWS_PER_READ])
                items: dict[int, list[str]] = {}
                if with_items:
                    for visit_id, description in con.execute(
                        select(VisitItem.visit_id, VisitItem.description)
                        .where(VisitItem.visit_id.in_(chunk)).order_by(VisitItem.id)
                    ):
                        items.setdefault(visit_id, []).append(description)
                sv = ServiceVisit
                found += [
                    VisitRow(
                        id=vid, vehicle_id=vehicle_id, customer_id=customer_id,
                        date_in=date_in, date_out=date_out, visit_type=VisitType(kind),
                        mileage_km=km, total_fen=total, service_advisor_name=advisor or "",
                        satisfaction=satisfaction, comments=comments or "", plate=plate or "",
                        customer_name=customer or "", make=make or "", model=model or "",
                        work_items=tuple(items.get(vid, ())), version=version,
                    )
                    for (vid, vehicle_id, customer_id, date_in, date_out, kind, km, total,
                         satisfaction, comments, version, advisor, plate, customer, make, model)
                    in con.execute(
                        select(sv.id, sv.vehicle_id, sv.customer_id, sv.date_in, sv.date_out,
                               sv.visit_type, sv.mileage_km, sv.total_fen, sv.satisfaction,
                               sv.comments, sv.version, Staff.name, Vehicle.plate,
                               Customer.name, Vehicle.make, Vehicle.model)
                        .outerjoin(Staff, Staff.id == sv.service_advisor_id)
                        .join(Vehicle, Vehicle.id == sv.vehicle_id)
                        .outerjoin(Customer, Customer.id == sv.customer_id)
                        .where(sv.id.in_(chunk)))
                ]
        return found

    def visit(self, visit_id: int) -> VisitRecord:
        """One visit with its work items (to correct or delete it); NotFoundError when
        it has gone."""
        found = self._history(ServiceVisit.id == visit_id, None)
        if not found:
            raise NotFoundError(visit_id)
        return found[0]

    def find_vehicles(self, plate: str, limit: int = 20) -> list[tuple[int, str, str, str]]:
        """(vehicle id, plate, make and model, owner's name) for a plate fragment (京A12 → 京A·12345)."""
        key = plate_key(plate)
        if not key:
            return []
        pattern = f"%{key[:2]}·{key[2:]}%" if len(key) > 2 else f"%{key}%"
        with self.book.reading() as s:
            rows = s.execute(
                select(Vehicle.id, Vehicle.plate, Vehicle.make, Vehicle.model, Customer.name)
                .outerjoin(Customer, Customer.id == Vehicle.owner_id)
                .where(Vehicle.archived_at.is_(None),
                       or_(Vehicle.plate.like(pattern), Vehicle.plate.like(f"%{key}%")))
                .order_by(Vehicle.plate)
                .limit(limit)
            ).all()
        return [(vid, p, f"{mk} {md}".strip(), owner or "") for vid, p, mk, md, owner in rows]

    def vehicle_brief(self, vehicle_id: int) -> tuple[int, str, str, str]:
        """(vehicle id, plate, make and model, owner's name), as find_vehicles gives them."""
        with self.book.reading() as s:
            row = s.execute(
                select(Vehicle.id, Vehicle.plate, Vehicle.make, Vehicle.model, Customer.name)
                .outerjoin(Customer, Customer.id == Vehicle.owner_id)
                .where(Vehicle.id == vehicle_id)
            ).first()
        if row is None:
            raise NotFoundError(vehicle_id)
        vid, plate, make, model, owner = row
        return vid, plate, f"{make} {model}".strip(), owner or ""

    def lapsed(self, today: date | None = None,
               thresholds: LapseThresholds | None = None,
               advisor_id: int | None = None,
               status: LapseStatus | None = None) -> list[LapsedCustomer]:
        """Customers who stopped coming, by the given thresholds or the store's."""
        return lapsed_customers(self.book, today, thresholds or self.rules.lapse, advisor_id,
                                status)

    def lapsed_ids(self, today: date | None = None,
                   thresholds: LapseThresholds | None = None,
                   advisor_id: int | None = None,
                   status: LapseStatus | None = None) -> list[int]:
        """The win-back list's customer ids, longest gone first (see lapsed_ids)."""
        return lapsed_ids(self.book, today, thresholds or self.rules.lapse, advisor_id, status)

    def lapsed_rows(self, ids: Sequence[int], today: date | None = None,
                    thresholds: LapseThresholds | None = None) -> list[LapsedCustomer]:
        """The win-back list's rows of these customers (see lapsed_rows)."""
        return lapsed_rows(self.book, ids, today, thresholds or self.rules.lapse)

    def store_predictions(self) -> int:
        """Every vehicle's next maintenance again, with this service's intervals."""
        return store_predictions(self.book, self.intervals)

    def history_of_vehicle(self, vehicle_id: int, ids: list[int] | None = None) -> list[VisitRecord]:
        """The vehicle's visits, newest first, with their work items."""
        return self._history(ServiceVisit.vehicle_id == vehicle_id, ids)

    def history_of_customer(self, customer_id: int) -> list[VisitRecord]:
        """Every visit made while the customer owned the vehicle, newest first."""
        return self._history(ServiceVisit.customer_id == customer_id, None)

    def _history(self, condition, ids, limit: int | None = None) -> list[VisitRecord]:
        stmt = (
            select(ServiceVisit, Staff.name, Vehicle.plate, Customer.name, Vehicle.make,
                   Vehicle.model)
            .outerjoin(Staff, Staff.id == ServiceVisit.service_advisor_id)
            .join(Vehicle, Vehicle.id == ServiceVisit.vehicle_id)
            .outerjoin(Customer, Customer.id == ServiceVisit.customer_id)
            .where(condition)
            .order_by(ServiceVisit.date_in.desc(), ServiceVisit.id.desc())
        )
        if ids is not None:
            stmt = stmt.where(ServiceVisit.id.in_(ids))
        if limit is not None:
            stmt = stmt.limit(limit)
        # the items of the same visits, found by SQL (a list of every visit id would bind
        # one variable per visit: too many for SQLite on a big book)
        shown = stmt.with_only_columns(ServiceVisit.id)
        with self.book.reading() as s:
            rows = s.execute(stmt).all()
            items: dict[int, list[WorkItem]] = {}
            if rows:
                for visit_id, description, amount in s.execute(
                    select(VisitItem.visit_id, VisitItem.description, VisitItem.amount_fen)
                    .where(VisitItem.visit_id.in_(shown))
                    .order_by(VisitItem.id)
                ):
                    items.setdefault(visit_id, []).append(WorkItem(description, amount))
            return [
                VisitRecord(
                    id=v.id, vehicle_id=v.vehicle_id, customer_id=v.customer_id,
                    date_in=v.date_in, date_out=v.date_out, visit_type=VisitType(v.visit_type),
                    mileage_km=v.mileage_km, total_fen=v.total_fen,
                    items=tuple(items.get(v.id, ())), service_advisor_id=v.service_advisor_id,
                    service_advisor_name=advisor or "", satisfaction=v.satisfaction,
                    comments=v.comments, plate=plate or "", customer_name=customer or "",
                    make=make or "", model=model or "", version=v.version,
                )
                for v, advisor, plate, customer, make, model in rows
            ]

def _first_column(s: Session, stmt) -> list:
    """The first column of every row, fetched by the driver in one go: a list's ids
    (hundreds of thousands on a big book) without a Row object made for each."""
    result = s.connection().execute(stmt)
    try:
        return [row[0] for row in result.cursor.fetchall()]
    finally:
        result.close()


def _list_condition(date_from, date_to, visit_type, advisor_id):
    """The visits list's filters, in SQL."""
    conditions = []
    if date_from is not None:
        conditions.append(ServiceVisit.date_in >= date_from)
    if date_to is not None:
        conditions.append(ServiceVisit.date_in <= date_to)
    if visit_type is not None:
        conditions.append(ServiceVisit.visit_type == VisitType(visit_type).value)
    if advisor_id is not None:
        conditions.append(ServiceVisit.service_advisor_id == advisor_id)
    return and_(true(), *conditions)


def _total(data: VisitInput) -> int:
    return data.total_fen if data.total_fen is not None else sum(
        item.amount_fen for item in data.items)


def _mileage_check(s: Session, data: VisitInput, editing: ServiceVisit | None = None
                   ) -> list[FieldError]:
    """`mileage_lower` (with the reading) when the visit's mileage is below the one before it."""
    last = _last_reading(s, data.vehicle_id, data.date_in,
                         editing.id if editing is not None else None)
    if last is not None and data.mileage_km is not None and data.mileage_km < last.km:
        return [FieldError("mileage_km", "mileage_lower", str(last.km))]
    return []


def _last_reading(s: Session, vehicle_id: int, before: date | None,
                  visit_id: int | None = None) -> MileageReading | None:
    """The highest reading up to `before` (all, when None), leaving out visit `visit_id`;
    the card's mileage counts unless a later visit exists (a back-dated entry is compared
    with its own past) or it is the left-out visit's own reading (the card follows it)."""
    others = [ServiceVisit.vehicle_id == vehicle_id]
    own_km = None
    if visit_id is not None:
        others.append(ServiceVisit.id != visit_id)
        own_km = s.scalar(select(ServiceVisit.mileage_km).where(ServiceVisit.id == visit_id))
    stmt = (select(ServiceVisit.mileage_km, ServiceVisit.date_in)
            .where(*others, ServiceVisit.mileage_km.is_not(None))
            .order_by(ServiceVisit.mileage_km.desc(), ServiceVisit.date_in.desc()).limit(1))
    later = None
    if before is not None:
        stmt = stmt.where(ServiceVisit.date_in <= before)
        later = s.scalar(select(ServiceVisit.id).where(
            *others, ServiceVisit.date_in > before).limit(1))
    found = s.execute(stmt).first()
    reading = MileageReading(found[0], found[1]) if found else None
    if later is None:
        card = s.scalar(select(Vehicle.mileage_km).where(Vehicle.id == vehicle_id))
        if card is not None and card != own_km and (reading is None or card > reading.km):
            reading = MileageReading(card, None)
    return reading


def _mileage_after_change(s: Session, vehicle_id: int, old_km: int | None) -> None:
    """After a visit was corrected or removed: a card showing that visit's old reading
    goes back to what the visits say (none left: unknown); then it follows the latest."""
    card = s.scalar(select(Vehicle.mileage_km).where(Vehicle.id == vehicle_id))
    if old_km is not None and card == old_km:
        s.execute(update(Vehicle).where(Vehicle.id == vehicle_id).values(mileage_km=None))
    _follow_latest_mileage(s, vehicle_id)


def _refresh_last_visit(s: Session, customer_id: int) -> None:
    s.execute(update(Customer).where(Customer.id == customer_id).values(
        last_visit_on=select(func.max(ServiceVisit.date_in))
        .where(ServiceVisit.customer_id == customer_id).scalar_subquery()))


def _open_post_service_calls(s: Session, visit_id: int) -> list[FollowUp]:
    """The visit's post-service calls not yet made (made ones keep their history)."""
    return list(s.scalars(select(FollowUp).where(
        FollowUp.visit_id == visit_id,
        FollowUp.reason == FollowUpReason.POST_SERVICE.value,
        FollowUp.status.in_([FollowUpStatus.OPEN.value, FollowUpStatus.SNOOZED.value]))))


def _follow_latest_mileage(s: Session, vehicle_id: int) -> None:
    """The vehicle's current mileage follows its latest visit that recorded one."""
    latest = s.scalar(
        select(ServiceVisit.mileage_km)
        .where(ServiceVisit.vehicle_id == vehicle_id, ServiceVisit.mileage_km.is_not(None))
        .order_by(ServiceVisit.date_in.desc(), ServiceVisit.id.desc())
        .limit(1)
    )
    if latest is not None:
        s.execute(update(Vehicle).where(Vehicle.id == vehicle_id).values(mileage_km=latest))


def _prediction(interval_of, make, last_service, last_km, first_day, first_km, last_day, top_km):
    history = [(d, k) for d, k in ((first_day, first_km), (last_day, top_km)) if d and k is not None]
    base = last_service or first_day
    if base is None:
        return None
    return predict_next_service(base, last_km, history, interval_of(make))


_AGGREGATE = (
    select(
        ServiceVisit.vehicle_id,
        func.max(case((ServiceVisit.visit_type == VisitType.MAINTENANCE.value, ServiceVisit.date_in))),
        func.max(case((ServiceVisit.visit_type == VisitType.MAINTENANCE.value, ServiceVisit.mileage_km))),
        func.min(ServiceVisit.date_in),
        func.min(ServiceVisit.mileage_km),
        func.max(ServiceVisit.date_in),
        func.max(ServiceVisit.mileage_km),
    )
    .where(ServiceVisit.mileage_km.is_not(None))
    .group_by(ServiceVisit.vehicle_id)
)


def refresh_prediction(s: Session, vehicle_id: int, intervals=None) -> None:
    """Work out one vehicle's next maintenance again (after a visit was logged)."""
    make = s.scalar(select(Vehicle.make).where(Vehicle.id == vehicle_id)) or ""
    row = s.execute(_AGGREGATE.where(ServiceVisit.vehicle_id == vehicle_id)).first()
    prediction = None
    if row is not None:
        prediction = _prediction(lambda m: interval_for(m, intervals), make, *row[1:])
    s.execute(update(Vehicle).where(Vehicle.id == vehicle_id).values(
        next_service_due=prediction.due_date if prediction else None,
        next_service_km=prediction.due_km if prediction else None))


def predict_all(book: Book, intervals=None) -> dict[int, ServicePrediction]:
    """Next maintenance of every vehicle with visits: one aggregate query, then the rule."""
    with book.reading() as s:
        makes = dict(s.execute(select(Vehicle.id, Vehicle.make)).all())
        rows = s.connection().execute(_AGGREGATE).all()
    cache: dict[str, MaintenanceInterval] = {}

    def interval_of(make: str) -> MaintenanceInterval:
        found = cache.get(make)
        if found is None:
            found = cache[make] = interval_for(make, intervals)
        return found

    result = {}
    for vehicle_id, *rest in rows:
        prediction = _prediction(interval_of, makes.get(vehicle_id, ""), *rest)
        if prediction is not None:
            result[vehicle_id] = prediction
    return result


# a visit's fields a change entry compares (its lines of work: the total)
_AUDITED_VISIT = ("date_in", "date_out", "visit_type", "mileage_km", "total_fen",
                  "service_advisor_id", "satisfaction", "comments")


def store_predictions(book: Book, intervals=None) -> int:
    """Recompute and store every vehicle's next maintenance (after a demo or an import,
    or when the intervals change in Preferences)."""
    predictions = predict_all(book, intervals)
    with book.writing(actor=SYSTEM) as s:
        s.execute(update(Vehicle).values(next_service_due=None, next_service_km=None))
        if not predictions:
            return 0
        s.connection().execute(
            update(Vehicle.__table__)
            .where(Vehicle.__table__.c.id == bindparam("vid"))
            .values(next_service_due=bindparam("due"), next_service_km=bindparam("km")),
            [{"vid": v, "due": p.due_date, "km": p.due_km} for v, p in predictions.items()],
        )
    return len(predictions)


@dataclass(frozen=True)
class LapsedCustomer:
    customer_id: int
    name: str
    phone: str
    advisor_id: int | None
    advisor_name: str
    last_visit: date
    status: LapseStatus
    key_account: bool = False
    days_since: int = 0  # days from the last visit to the day the list was made
    spent_fen: int = 0  # every visit's total, the customer's service value
    plate: str = ""  # the vehicle of the last visit
    vehicle: str = ""  # its make and model


def _lapse_window(today: date, thresholds: LapseThresholds,
                  status: LapseStatus | None) -> list:
    """The last visits a win-back list holds: before the at-risk cutoff (only the lost,
    or only those at risk, when `status` says so)."""
    at_risk_before, lost_before = lapse_cutoffs(today, thresholds)
    conditions = [Customer.last_visit_on < at_risk_before]
    if status == LapseStatus.LOST:
        conditions.append(Customer.last_visit_on < lost_before)
    elif status == LapseStatus.AT_RISK:
        conditions.append(Customer.last_visit_on >= lost_before)
    return conditions


def _lapsed_filter(today: date, thresholds: LapseThresholds, advisor_id: int | None,
                   status: LapseStatus | None) -> list:
    """Which customers a win-back list holds, in SQL: not archived, lapsed (see
    _lapse_window), the advisor's when one is given."""
    conditions = [Customer.archived_at.is_(None), *_lapse_window(today, thresholds, status)]
    if advisor_id is not None:
        conditions.append(Customer.advisor_id == advisor_id)
    return conditions


def lapsed_customers(book: Book, today: date | None = None,
                     thresholds: LapseThresholds = LapseThresholds(),  # noqa: B008
                     advisor_id: int | None = None,
                     status: LapseStatus | None = None) -> list[LapsedCustomer]:
    """At-risk (no visit for 6–12 months) and lost (over 12) customers, longest gone first,
    with what they spent and the vehicle they last brought (only one `status`, if given)."""
    today = today or date.today()
    return _lapsed(book, today, thresholds, _lapsed_filter(today, thresholds, advisor_id, status))


def lapsed_ids(book: Book, today: date | None = None,
               thresholds: LapseThresholds = LapseThresholds(),  # noqa: B008
               advisor_id: int | None = None, status: LapseStatus | None = None) -> list[int]:
    """The customer ids of `lapsed_customers`, in its order, without working out their
    spending or vehicles (the win-back list reads those a page at a time)."""
    today = today or date.today()
    # the filters of _lapsed_filter, each answered from an index alone: the last visits'
    # index gives the order, the archived and the advisor's customers are looked up by
    # id (`id + 0` keeps SQLite on that index instead of reading each customer's row)
    other = aliased(Customer)
    conditions = [
        book.dialect.unindexed(Customer.id).not_in(select(other.id).where(other.archived_at.is_not(None))),
        *_lapse_window(today, thresholds, status),
    ]
    if advisor_id is not None:
        conditions.append(
            book.dialect.unindexed(Customer.id).in_(select(other.id).where(other.advisor_id == advisor_id)))
    stmt = (select(Customer.id).where(*conditions)
            .order_by(Customer.last_visit_on, Customer.id))
    with book.reading() as s:
        return _first_column(s, stmt)


def lapsed_rows(book: Book, ids: Sequence[int], today: date | None = None,
                thresholds: LapseThresholds = LapseThresholds(),  # noqa: B008
                ) -> list[LapsedCustomer]:
    """`lapsed_customers` rows of these customers (ROWS_PER_READ ids bound at a time);
    a customer who no longer lapses is left out."""
    today = today or date.today()
    found: list[LapsedCustomer] = []
    for start in range(0, len(ids), ROWS_PER_READ):
        chunk = list(ids[start:start + ROWS_PER_READ])
        found += _lapsed(book, today, thresholds, [
            *_lapsed_filter(today, thresholds, None, None), Customer.id.in_(chunk)])
    mask = masker(book.actor)
    if mask is not None:
        found = [x if mask.shows(x.advisor_id) else replace(
            x, phone=mask.phone(x.phone, x.advisor_id)) for x in found]
    return found


def _lapsed(book: Book, today: date, thresholds: LapseThresholds,
            conditions: list) -> list[LapsedCustomer]:
    _at_risk_before, lost_before = lapse_cutoffs(today, thresholds)
    sv = ServiceVisit
    # both per customer from the (customer, day, type, total) index, no table reads
    spent = (select(func.coalesce(func.sum(sv.total_fen), 0))
             .where(sv.customer_id == Customer.id).scalar_subquery())
    last_vehicle = (select(sv.vehicle_id)
                    .where(sv.customer_id == Customer.id, sv.date_in == Customer.last_visit_on)
                    .order_by(sv.id.desc()).limit(1).scalar_subquery())
    stmt = (
        select(Customer.id, Customer.name, Customer.phone, Customer.advisor_id, Staff.name,
               Customer.last_visit_on, Customer.key_account, spent.label("spent"),
               last_vehicle.label("vehicle_id"))
        .outerjoin(Staff, Staff.id == Customer.advisor_id)
        .where(*conditions)
    )
    # LIMIT keeps SQLite from copying the vehicle's subquery into the join below
    inner = stmt.limit(book.dialect.unlimited()).subquery()
    stmt = (select(*inner.c, Vehicle.plate, Vehicle.make, Vehicle.model)
            .outerjoin(Vehicle, Vehicle.id == inner.c.vehicle_id)
            .order_by(inner.c.last_visit_on, inner.c.id))
    with book.reading() as s:
        rows = s.connection().execute(stmt).all()
    return [
        LapsedCustomer(cid, name, phone, adv, adv_name or "", last,
                       LapseStatus.LOST if last < lost_before else LapseStatus.AT_RISK, bool(key),
                       (today - last).days, int(spent or 0), plate or "",
                       f"{make or ''} {model or ''}".strip())
        for cid, name, phone, adv, adv_name, last, key, spent, _vid, plate, make, model in rows
    ]
