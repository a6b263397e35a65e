"""Reminders: occurrences computed from the book's dates (never copied into it), and
what was done with each occurrence (done, snoozed, dismissed, made a follow-up)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app.db.engine import Book
from app.db.models import (
    Customer,
    HouseholdMember,
    ImportantDate,
    ReminderMark,
    Staff,
    Vehicle,
)
from app.domain.enums import ReminderKind, ReminderState
from app.domain.recurrence import (
    DEFAULT_LEAD_DAYS,
    holiday_occurrences,
    lunar_keys_in_window,
    lunar_occurrences,
    solar_keys_in_window,
    solar_occurrences,
)
from app.domain.reminder_records import Occurrence
from app.domain.validation import format_phone

LOOKBACK_DAYS = 30  # how long an unhandled occurrence stays "overdue"
VEHICLE_DATE_KINDS = {
    ReminderKind.INSURANCE: Vehicle.insurance_expiry,
    ReminderKind.INSPECTION: Vehicle.inspection_due,
    ReminderKind.WARRANTY: Vehicle.warranty_end,
}


def _day_keys(pairs: set[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """(months, month*100+day codes) for a pre-filter that can use a (month, day) index."""
    return sorted({m for m, _ in pairs}), sorted(m * 100 + d for m, d in pairs)


class ReminderService:
    def __init__(self, book: Book):
        self.book = book

    # ------------------------------------------------------------ reading
    def occurrences(
        self,
        start: date,
        end: date,
        *,
        today: date | None = None,
        kinds: Iterable[ReminderKind] | None = None,
        advisor_id: int | None = None,
        lead_days: dict[ReminderKind, int] | None = None,
        include_handled: bool = False,
    ) -> list[Occurrence]:
        """Every occurrence dated within [start, end], sorted by date then customer.

        Handled occurrences (done, dismissed, made a follow-up, or snoozed past `today`)
        are left out unless `include_handled`.
        """
        today = today or date.today()
        wanted = set(ReminderKind) if kinds is None else {ReminderKind(k) for k in kinds}
        leads = {**DEFAULT_LEAD_DAYS, **(lead_days or {})}
        found: list[Occurrence] = []
        with self.book.reading() as session:
            staff = dict(session.execute(select(Staff.id, Staff.name)).all())
            ctx = _Context(session, start, end, advisor_id, leads, staff)
            if ReminderKind.BIRTHDAY in wanted:
                found += ctx.birthdays()
            if ReminderKind.HOUSEHOLD_BIRTHDAY in wanted:
                found += ctx.household_birthdays()
            if ReminderKind.PURCHASE_ANNIVERSARY in wanted:
                found += ctx.purchase_anniversaries()
            for kind in VEHICLE_DATE_KINDS:
                if kind in wanted:
                    found += ctx.vehicle_dates(kind)
            if wanted & {ReminderKind.WEDDING_ANNIVERSARY, ReminderKind.CUSTOM}:
                found += ctx.important_dates(wanted)
            if ReminderKind.HOLIDAY in wanted:
                found += ctx.holidays()
            marks = {
                (m.kind, m.source_id, m.occurs_on): (m.state, m.snoozed_until)
                for m in session.scalars(
                    select(ReminderMark).where(ReminderMark.occurs_on.between(start, end))
                )
            }
        result = []
        for occ in found:
            mark = marks.get(occ.key)
            if mark is not None:
                state, until = ReminderState(mark[0]), mark[1]
                handled = state != ReminderState.SNOOZED or (until is not None and until > today)
                if handled and not include_handled:
                    continue
                occ = _with_state(occ, state, until)
            result.append(occ)
        result.sort(key=lambda o: (o.occurs_on, o.customer_name, o.kind.value, o.source_id))
        return result

    def due(
        self,
        today: date | None = None,
        horizon_days: int = 30,
        lookback_days: int = LOOKBACK_DAYS,
        **options,
    ) -> list[Occurrence]:
        """The reminders view: unhandled occurrences from `lookback_days` ago to `horizon_days` ahead."""
        today = today or date.today()
        return self.occurrences(
            today - timedelta(days=lookback_days),
            today + timedelta(days=horizon_days),
            today=today,
            **options,
        )

    # ------------------------------------------------------------ acting
    def mark(
        self,
        occurrence: Occurrence,
        state: ReminderState,
        *,
        snoozed_until: date | None = None,
        follow_up_id: int | None = None,
        staff_id: int | None = None,
        session: Session | None = None,
    ) -> None:
        """Record what was done with this occurrence; next year's occurrence is not touched."""
        if state == ReminderState.SNOOZED and snoozed_until is None:
            raise ValueError("a snooze needs a date")
        if session is None:
            with self.book.writing() as own:
                self._mark(own, occurrence, state, snoozed_until, follow_up_id, staff_id)
        else:
            self._mark(session, occurrence, state, snoozed_until, follow_up_id, staff_id)

    @staticmethod
    def _mark(session, occurrence, state, snoozed_until, follow_up_id, staff_id) -> None:
        kind, source_id, occurs_on = occurrence.key
        row = session.scalar(
            select(ReminderMark).where(
                ReminderMark.kind == kind,
                ReminderMark.source_id == source_id,
                ReminderMark.occurs_on == occurs_on,
            )
        )
        if row is None:
            row = ReminderMark(kind=kind, source_id=source_id, occurs_on=occurs_on,
                               customer_id=occurrence.customer_id)
            session.add(row)
        row.state = ReminderState(state).value
        row.snoozed_until = snoozed_until if state == ReminderState.SNOOZED else None
        row.follow_up_id = follow_up_id
        row.staff_id = staff_id
        session.flush()


def _with_state(occ: Occurrence, state: ReminderState, until: date | None) -> Occurrence:
    return occ._replace(state=state, snoozed_until=until)


class _Context:
    """One reading of the book for one window: a query per kind, columns only (no ORM
    objects: a month of a big book has tens of thousands of occurrences)."""

    def __init__(self, session: Session, start: date, end: date, advisor_id, leads, staff):
        self.s = session
        self.start, self.end = start, end
        self.advisor_id = advisor_id
        self.leads = leads
        self.staff = staff
        self.solar = _day_keys(solar_keys_in_window(start, end))
        self.lunar = _day_keys(lunar_keys_in_window(start, end))

    _CUSTOMER = (Customer.id, Customer.name, Customer.phone, Customer.advisor_id,
                 Customer.key_account)

    def _rows(self, stmt):
        stmt = stmt.where(Customer.archived_at.is_(None))
        if self.advisor_id is not None:
            stmt = stmt.where(Customer.advisor_id == self.advisor_id)
        return self.s.execute(stmt)

    def _maker(self, kind):
        """A function (customer columns, date, extras) -> Occurrence for one kind."""
        lead = self.leads[kind]
        staff = self.staff

        def make(customer_id, name, phone, advisor_id, key, when, source_id,
                 vehicle_id=None, plate="", vehicle="", detail=""):
            return Occurrence(kind, source_id, customer_id, when, lead, name,
                              format_phone(phone), advisor_id, staff.get(advisor_id, ""),
                              vehicle_id, plate, vehicle, detail, bool(key))
        return make

    def _birthday_match(self, table):
        solar_months, solar_codes = self.solar
        lunar_months, lunar_codes = self.lunar
        code = table.birth_month * 100 + table.birth_day
        return or_(
            and_(table.birthday_calendar == "solar", table.birth_month.in_(solar_months),
                 code.in_(solar_codes)),
            and_(table.birthday_calendar == "lunar", table.birth_month.in_(lunar_months),
                 code.in_(lunar_codes)),
        )

    def _dates(self, calendar, month, day, leap) -> list[date]:
        if calendar == "lunar":
            return lunar_occurrences(month, day, bool(leap), self.start, self.end)
        return solar_occurrences(month, day, self.start, self.end)

    def birthdays(self) -> list[Occurrence]:
        make = self._maker(ReminderKind.BIRTHDAY)
        stmt = select(*self._CUSTOMER, Customer.birthday_calendar, Customer.birth_month,
                      Customer.birth_day, Customer.birth_leap).where(
            Customer.kind == "person", self._birthday_match(Customer))
        out = []
        for cid, name, phone, adv, key, calendar, month, day, leap in self._rows(stmt):
            detail = f"lunar:{month}:{day}:{int(bool(leap))}" if calendar == "lunar" else ""
            for when in self._dates(calendar, month, day, leap):
                out.append(make(cid, name, phone, adv, key, when, cid, detail=detail))
        return out

    def household_birthdays(self) -> list[Occurrence]:
        make = self._maker(ReminderKind.HOUSEHOLD_BIRTHDAY)
        h = HouseholdMember
        stmt = (select(*self._CUSTOMER, h.id, h.relation, h.name, h.birthday_calendar,
                       h.birth_month, h.birth_day, h.birth_leap)
                .join(Customer, Customer.id == h.customer_id)
                .where(self._birthday_match(h)))
        out = []
        for cid, name, phone, adv, key, hid, rel, hname, calendar, month, day, leap in self._rows(stmt):
            for when in self._dates(calendar, month, day, leap):
                out.append(make(cid, name, phone, adv, key, when, hid, detail=f"{rel}:{hname}"))
        return out

    def _vehicles(self, kind, date_column, *conditions):
        make = self._maker(kind)
        stmt = (select(*self._CUSTOMER, Vehicle.id, Vehicle.plate, Vehicle.make, Vehicle.model,
                       date_column)
                .join(Customer, Customer.id == Vehicle.owner_id)
                .where(Vehicle.archived_at.is_(None), *conditions))
        for cid, name, phone, adv, key, vid, plate, vmake, vmodel, when in self._rows(stmt):
            vehicle = f"{vmake} {vmodel}".strip()
            yield make, (cid, name, phone, adv, key), vid, plate, vehicle, when

    def purchase_anniversaries(self) -> list[Occurrence]:
        _months, codes = self.solar
        out = []
        for make, c, vid, plate, vehicle, bought in self._vehicles(
            ReminderKind.PURCHASE_ANNIVERSARY, Vehicle.purchase_date,
            Vehicle.purchase_md.in_(codes), Vehicle.purchase_date.is_not(None),
        ):
            for when in solar_occurrences(bought.month, bought.day, self.start, self.end):
                if when.year > bought.year:
                    out.append(make(*c, when, vid, vid, plate, vehicle))
        return out

    def vehicle_dates(self, kind: ReminderKind) -> list[Occurrence]:
        column = VEHICLE_DATE_KINDS[kind]
        return [
            make(*c, when, vid, vid, plate, vehicle)
            for make, c, vid, plate, vehicle, when in self._vehicles(
                kind, column, column.between(self.start, self.end))
        ]

    def important_dates(self, wanted: set[ReminderKind]) -> list[Occurrence]:
        d = ImportantDate
        stmt = (select(*self._CUSTOMER, d.id, d.kind, d.title, d.on_date, d.yearly)
                .join(Customer, Customer.id == d.customer_id)
                .where(d.kind.in_([k.value for k in wanted])))
        makers = {k: self._maker(k) for k in (ReminderKind.WEDDING_ANNIVERSARY, ReminderKind.CUSTOM)}
        out = []
        for cid, name, phone, adv, key, did, kind, title, on_date, yearly in self._rows(stmt):
            if yearly:
                dates = [w for w in solar_occurrences(on_date.month, on_date.day,
                                                      self.start, self.end) if w >= on_date]
            else:
                dates = [on_date] if self.start <= on_date <= self.end else []
            make = makers[ReminderKind(kind)]
            out += [make(cid, name, phone, adv, key, w, did, detail=title) for w in dates]
        return out

    def holidays(self) -> list[Occurrence]:
        days = holiday_occurrences(self.start, self.end)
        if not days:
            return []
        make = self._maker(ReminderKind.HOLIDAY)
        stmt = select(*self._CUSTOMER).where(Customer.key_account.is_(True))
        return [
            make(cid, name, phone, adv, key, when, cid, detail=holiday.value)
            for cid, name, phone, adv, key in self._rows(stmt)
            for holiday, when in days
        ]
