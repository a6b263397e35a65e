"""The contact timeline: log a call, visit or message; read it newest first."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.engine import Book
from app.db.models import Customer, Interaction, Staff, Vehicle
from app.db.upkeep import touch_last_contact
from app.domain.characters import check_storable_text
from app.domain.clock import now
from app.domain.enums import InteractionKind
from app.domain.errors import FieldError, NotFoundError, ValidationError
from app.domain.records import InteractionInput, InteractionRecord
from app.services.permissions import credited, require_customers


class TimelineService:
    def __init__(self, book: Book):
        self.book = book

    def log(self, entry: InteractionInput) -> InteractionRecord:
        check_storable_text(entry)
        summary = (entry.summary or "").strip()
        if not summary:
            raise ValidationError([FieldError("summary", "required")])
        when = entry.occurred_at or now()
        staff_id = credited(self.book, entry.staff_id)  # (the person signed in made it)
        actor = self.book.actor
        with self.book.writing() as session:
            if session.get(Customer, entry.customer_id) is None:
                raise NotFoundError(entry.customer_id)
            require_customers(session, actor, [entry.customer_id])
            if staff_id is not None and session.get(Staff, staff_id) is None:
                raise ValidationError([FieldError("staff_id", "staff_invalid")])
            if entry.vehicle_id is not None and session.get(Vehicle, entry.vehicle_id) is None:
                raise ValidationError([FieldError("vehicle_id", "vehicle_invalid")])
            row = Interaction(
                customer_id=entry.customer_id,
                kind=InteractionKind(entry.kind).value,
                summary=summary,
                staff_id=staff_id,
                vehicle_id=entry.vehicle_id,
                occurred_at=when,
            )
            session.add(row)
            session.flush()
            touch_last_contact(session, entry.customer_id)
            entry_id = row.id
        with self.book.reading() as session:
            return next(r for r in timeline_of(session, entry.customer_id, 50) if r.id == entry_id)

    def of_customer(self, customer_id: int, limit: int = 500) -> list[InteractionRecord]:
        with self.book.reading() as session:
            return timeline_of(session, customer_id, limit)


def timeline_of(session: Session, customer_id: int, limit: int) -> list[InteractionRecord]:
    rows = session.execute(
        select(
            Interaction.id,
            Interaction.customer_id,
            Interaction.kind,
            Interaction.summary,
            Interaction.occurred_at,
            Interaction.staff_id,
            Staff.name,
            Interaction.vehicle_id,
            Vehicle.plate,
            Interaction.outcome,
        )
        .outerjoin(Staff, Staff.id == Interaction.staff_id)
        .outerjoin(Vehicle, Vehicle.id == Interaction.vehicle_id)
        .where(Interaction.customer_id == customer_id)
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .limit(limit)
    ).all()
    return [
        InteractionRecord(
            id=r[0],
            customer_id=r[1],
            kind=InteractionKind(r[2]),
            summary=r[3],
            occurred_at=r[4],
            staff_id=r[5],
            staff_name=r[6] or "",
            vehicle_id=r[7],
            plate=r[8] or "",
            outcome=r[9],
        )
        for r in rows
    ]
