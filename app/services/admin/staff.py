"""Staff members (logins come later)."""

from __future__ import annotations

from sqlalchemy import select

from app.db.engine import Book
from app.db.models import Staff
from app.domain.characters import check_storable_text
from app.domain.enums import StaffRole
from app.domain.errors import FieldError, ValidationError
from app.domain.records import StaffRecord


class StaffService:
    def __init__(self, book: Book):
        self.book = book

    def list(self, active_only: bool = True) -> list[StaffRecord]:
        stmt = select(Staff).order_by(Staff.name)
        if active_only:
            stmt = stmt.where(Staff.active.is_(True))
        with self.book.reading() as session:
            return [
                StaffRecord(s.id, s.name, StaffRole(s.role), s.active) for s in session.scalars(stmt)
            ]

    def add(self, name: str, role: StaffRole = StaffRole.ADVISOR) -> StaffRecord:
        name = (name or "").strip()
        check_storable_text(name=name)
        if not name:
            raise ValidationError([FieldError("name", "required")])
        with self.book.writing() as session:
            row = Staff(name=name, role=StaffRole(role).value, active=True)
            session.add(row)
            session.flush()
            return StaffRecord(row.id, row.name, StaffRole(row.role), True)
