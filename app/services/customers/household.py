"""Household members and important dates on a card: both feed the reminders."""

from __future__ import annotations

from dataclasses import asdict

from sqlalchemy import delete, select

from app.db.engine import Book
from app.db.models import Customer, HouseholdMember, ImportantDate
from app.domain.characters import check_storable_text
from app.domain.enums import CalendarKind, HouseholdRelation, ReminderKind
from app.domain.errors import FieldError, NotFoundError, ValidationError
from app.domain.reminder_records import HouseholdMemberRecord, ImportantDateRecord
from app.domain.validation import check_birthday, normalize_phone
from app.services.permissions import masker, require_customers


class HouseholdService:
    def __init__(self, book: Book):
        self.book = book

    def add_member(self, member: HouseholdMemberRecord) -> HouseholdMemberRecord:
        check_storable_text(member)
        errors: list[FieldError] = []
        if not member.name.strip():
            errors.append(FieldError("name", "required"))
        phone = ""
        try:
            phone = normalize_phone(member.phone)
            check_birthday(CalendarKind(member.birthday_calendar), member.birth_year,
                           member.birth_month, member.birth_day, member.birth_leap)
        except ValidationError as exc:
            errors.extend(exc.errors)
        if errors:
            raise ValidationError(errors)
        values = asdict(member)
        values.pop("id")
        values.update(name=member.name.strip(), phone=phone,
                      relation=HouseholdRelation(member.relation).value)
        with self.book.writing() as s:
            if s.get(Customer, member.customer_id) is None:
                raise NotFoundError(member.customer_id)
            require_customers(s, self.book.actor, [member.customer_id])
            row = HouseholdMember(**values)
            s.add(row)
            s.flush()
            return HouseholdMemberRecord(**{**values, "id": row.id})

    def members(self, customer_id: int) -> list[HouseholdMemberRecord]:
        mask = masker(self.book.actor)
        with self.book.reading() as s:
            shown = mask is None or mask.shows(s.scalar(
                select(Customer.advisor_id).where(Customer.id == customer_id)))
            rows = s.scalars(select(HouseholdMember).where(HouseholdMember.customer_id == customer_id)
                             .order_by(HouseholdMember.id))
            return [HouseholdMemberRecord(
                customer_id=r.customer_id, name=r.name, relation=r.relation,
                birthday_calendar=r.birthday_calendar, birth_year=r.birth_year,
                birth_month=r.birth_month, birth_day=r.birth_day, birth_leap=r.birth_leap,
                phone=r.phone if shown else mask.phone(r.phone, None), notes=r.notes, id=r.id)
                for r in rows]

    def remove_member(self, member_id: int) -> None:
        with self.book.writing() as s:
            require_customers(s, self.book.actor, s.scalars(
                select(HouseholdMember.customer_id).where(HouseholdMember.id == member_id)))
            s.execute(delete(HouseholdMember).where(HouseholdMember.id == member_id))

    def add_date(self, item: ImportantDateRecord) -> ImportantDateRecord:
        check_storable_text(item)
        kind = ReminderKind(item.kind)
        if kind not in (ReminderKind.WEDDING_ANNIVERSARY, ReminderKind.CUSTOM):
            raise ValidationError([FieldError("kind", "kind_invalid")])
        if kind == ReminderKind.CUSTOM and not item.title.strip():
            raise ValidationError([FieldError("title", "required")])
        with self.book.writing() as s:
            if s.get(Customer, item.customer_id) is None:
                raise NotFoundError(item.customer_id)
            require_customers(s, self.book.actor, [item.customer_id])
            row = ImportantDate(customer_id=item.customer_id, kind=kind.value,
                                title=item.title.strip(), on_date=item.on_date, yearly=item.yearly)
            s.add(row)
            s.flush()
            return ImportantDateRecord(item.customer_id, item.on_date, kind.value, row.title,
                                       item.yearly, row.id)

    def dates(self, customer_id: int) -> list[ImportantDateRecord]:
        with self.book.reading() as s:
            rows = s.scalars(select(ImportantDate).where(ImportantDate.customer_id == customer_id)
                             .order_by(ImportantDate.on_date))
            return [ImportantDateRecord(r.customer_id, r.on_date, r.kind, r.title, r.yearly, r.id)
                    for r in rows]

    def remove_date(self, date_id: int) -> None:
        with self.book.writing() as s:
            require_customers(s, self.book.actor, s.scalars(
                select(ImportantDate.customer_id).where(ImportantDate.id == date_id)))
            s.execute(delete(ImportantDate).where(ImportantDate.id == date_id))
