"""Reminders: occurrences computed from the book's dates (never copied into it), and
what was done with each occurrence (done, snoozed, dismissed, made a follow-up)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from operator import attrgetter

from sqlalchemy import and_, extract, or_, select
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

LOOKBACK_DAYS = 30  # how long an unhandled occurrence stays "overdue"
VEHICLE_KINDS = (
    ReminderKind.PURCHASE_ANNIVERSARY,
    ReminderKind.INSURANCE,
    ReminderKind.INSPECTION,
    ReminderKind.WARRANTY,
    ReminderKind.MAINTENANCE,
)
_ORDER = attrgetter("occurs_on")  # stable: within a day, the order the queries gave
_new = tuple.__new__  # a named tuple without its generated __new__: ~3x cheaper


def _solar_dates(start: date, end: date) -> dict[int, list[date]]:
    """month*100+day -> its yearly occurrences in [start, end], worked out once per window."""
    return {m * 100 + d: solar_occurrences(m, d, start, end)
            for m, d in solar_keys_in_window(start, end)}


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
        ends: dict[ReminderKind, date] | None = None,
    ) -> list[Occurrence]:
        """Every occurrence dated within [start, end], sorted by date then customer.

        `ends` narrows the window per kind (the call sheet only needs each kind up to
        its lead time). Handled occurrences (done, dismissed, made a follow-up, or
        snoozed past `today`) are left out unless `include_handled`. The phone is the
        stored number; the interface formats it.
        """
        today = today or date.today()
        wanted = set(ReminderKind) if kinds is None else {ReminderKind(k) for k in kinds}
        leads = {**DEFAULT_LEAD_DAYS, **(lead_days or {})}
        until = {k: min(end, (ends or {}).get(k, end)) for k in wanted}
        wanted = {k for k in wanted if until[k] >= start}
        found: list[Occurrence] = []
        with self.book.reading() as session:
            staff = dict(session.execute(select(Staff.id, Staff.name)).all())
            ctx = _Context(session, start, until, advisor_id, leads, staff)
            if ReminderKind.BIRTHDAY in wanted:
                found += ctx.birthdays()
            if ReminderKind.HOUSEHOLD_BIRTHDAY in wanted:
                found += ctx.household_birthdays()
            if wanted.intersection(VEHICLE_KINDS):
                found += ctx.vehicle_dates(wanted.intersection(VEHICLE_KINDS))
            if wanted & {ReminderKind.WEDDING_ANNIVERSARY, ReminderKind.CUSTOM}:
                found += ctx.important_dates(wanted)
            if ReminderKind.HOLIDAY in wanted:
                found += ctx.holidays()
            marks = {
                (kind, source_id, occurs_on): (state, snoozed_until)
                for kind, source_id, occurs_on, state, snoozed_until in session.connection().execute(
                    select(ReminderMark.kind, ReminderMark.source_id, ReminderMark.occurs_on,
                           ReminderMark.state, ReminderMark.snoozed_until)
                    .where(ReminderMark.occurs_on.between(start, end))
                )
            }
        if marks:
            found = _apply_marks(found, marks, today, include_handled)
        found.sort(key=_ORDER)
        return found

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


def _apply_marks(found, marks, today, include_handled) -> list[Occurrence]:
    result = []
    for occ in found:
        # a StrEnum hashes like its value, so the kind itself finds the stored mark
        mark = marks.get((occ.kind, occ.source_id, occ.occurs_on))
        if mark is not None:
            state, until = ReminderState(mark[0]), mark[1]
            handled = state != ReminderState.SNOOZED or (until is not None and until > today)
            if handled and not include_handled:
                continue
            occ = occ._replace(state=state, snoozed_until=until)
        result.append(occ)
    return result


class _Context:
    """One reading of the book for one window: a few queries, columns only (no ORM
    objects: a month of a big book has tens of thousands of occurrences)."""

    _CUSTOMER = (Customer.id, Customer.name, Customer.phone, Customer.advisor_id,
                 Customer.key_account)

    def __init__(self, session: Session, start: date, until: dict, advisor_id, leads, staff):
        self.s = session
        self.start = start
        self.until = until
        self.advisor_id = advisor_id
        self.leads = leads
        self.staff = staff

    def _rows(self, stmt):
        stmt = stmt.where(Customer.archived_at.is_(None))
        if self.advisor_id is not None:
            stmt = stmt.where(Customer.advisor_id == self.advisor_id)
        # Core execution: plain rows, no ORM loading machinery for tens of thousands of them
        return self.s.connection().execute(stmt)

    def _maker(self, kind):
        """A function (customer columns, date, extras) -> Occurrence for one kind."""
        lead = self.leads[kind]
        staff = self.staff

        def make(customer_id, name, phone, advisor_id, key, when, source_id,
                 vehicle_id=None, plate="", vehicle="", detail=""):
            return _new(Occurrence, (kind, source_id, customer_id, when, lead, name, phone,
                                     advisor_id, staff.get(advisor_id, ""), vehicle_id, plate,
                                     vehicle, detail, bool(key), None, None))
        return make

    def _birthday_match(self, table, end: date):
        solar_months, solar_codes = _day_keys(solar_keys_in_window(self.start, end))
        lunar_months, lunar_codes = _day_keys(lunar_keys_in_window(self.start, end))
        code = table.birth_month * 100 + table.birth_day
        return or_(
            and_(table.birthday_calendar == "solar", table.birth_month.in_(solar_months),
                 code.in_(solar_codes)),
            and_(table.birthday_calendar == "lunar", table.birth_month.in_(lunar_months),
                 code.in_(lunar_codes)),
        )

    def _dates(self, calendar, month, day, leap, end, solar: dict[int, list[date]]) -> list[date]:
        if calendar == "lunar":
            return lunar_occurrences(month, day, bool(leap), self.start, end)
        return solar.get(month * 100 + day, ())

    def birthdays(self) -> list[Occurrence]:
        end = self.until[ReminderKind.BIRTHDAY]
        make = self._maker(ReminderKind.BIRTHDAY)
        stmt = select(*self._CUSTOMER, Customer.birthday_calendar, Customer.birth_month,
                      Customer.birth_day, Customer.birth_leap).where(
            Customer.kind == "person", self._birthday_match(Customer, end))
        solar = _solar_dates(self.start, end)
        out = []
        for cid, name, phone, adv, key, calendar, month, day, leap in self._rows(stmt):
            detail = f"lunar:{month}:{day}:{int(bool(leap))}" if calendar == "lunar" else ""
            for when in self._dates(calendar, month, day, leap, end, solar):
                out.append(make(cid, name, phone, adv, key, when, cid, detail=detail))
        return out

    def household_birthdays(self) -> list[Occurrence]:
        end = self.until[ReminderKind.HOUSEHOLD_BIRTHDAY]
        make = self._maker(ReminderKind.HOUSEHOLD_BIRTHDAY)
        h = HouseholdMember
        stmt = (select(*self._CUSTOMER, h.id, h.relation, h.name, h.birthday_calendar,
                       h.birth_month, h.birth_day, h.birth_leap)
                .join(Customer, Customer.id == h.customer_id)
                .where(self._birthday_match(h, end)))
        solar = _solar_dates(self.start, end)
        out = []
        for cid, name, phone, adv, key, hid, rel, hname, calendar, month, day, leap in self._rows(stmt):
            for when in self._dates(calendar, month, day, leap, end, solar):
                out.append(make(cid, name, phone, adv, key, when, hid, detail=f"{rel}:{hname}"))
        return out

    def vehicle_dates(self, kinds: set[ReminderKind]) -> list[Occurrence]:
        """Purchase anniversaries, insurance, inspection and warranty in one pass over the
        vehicles concerned (the same car often has several of them)."""
        start, until = self.start, self.until
        conditions = []
        anniversary = ReminderKind.PURCHASE_ANNIVERSARY in kinds
        if anniversary:
            _months, codes = _day_keys(solar_keys_in_window(start, until[ReminderKind.PURCHASE_ANNIVERSARY]))
            conditions.append(Vehicle.purchase_md.in_(codes))
        columns = {ReminderKind.INSURANCE: Vehicle.insurance_expiry,
                   ReminderKind.INSPECTION: Vehicle.inspection_due,
                   ReminderKind.WARRANTY: Vehicle.warranty_end,
                   ReminderKind.MAINTENANCE: Vehicle.next_service_due}
        dated = [(k, col) for k, col in columns.items() if k in kinds]
        conditions += [col.between(start, until[k]) for k, col in dated]
        stmt = (select(*self._CUSTOMER, Vehicle.id, Vehicle.plate, Vehicle.make, Vehicle.model,
                       Vehicle.purchase_date, Vehicle.purchase_md, Vehicle.insurance_expiry,
                       Vehicle.inspection_due, Vehicle.warranty_end, Vehicle.next_service_due)
                .join(Customer, Customer.id == Vehicle.owner_id)
                .where(Vehicle.archived_at.is_(None), or_(*conditions)))
        leads, staff = self.leads, self.staff
        index = {ReminderKind.INSURANCE: 0, ReminderKind.INSPECTION: 1, ReminderKind.WARRANTY: 2,
                 ReminderKind.MAINTENANCE: 3}
        checks = [(k, leads[k], index[k], start, until[k]) for k, _ in dated]
        anniversaries: dict[int, list[date]] = {}
        if anniversary:
            anniversary_kind = ReminderKind.PURCHASE_ANNIVERSARY
            anniversary_lead = leads[anniversary_kind]
            anniversaries = _solar_dates(start, until[anniversary_kind])
        out = []
        append = out.append
        # the hottest loop of the program: occurrences are made as plain tuples in place
        for cid, name, phone, adv, key, vid, plate, vmake, vmodel, bought, md, *dates in self._rows(stmt):
            vehicle = f"{vmake} {vmodel}".strip()
            advisor_name = staff.get(adv, "")
            key = bool(key)
            for kind, lead, i, first, last in checks:
                when = dates[i]
                if when is not None and first <= when <= last:
                    append(_new(Occurrence, (kind, vid, cid, when, lead, name, phone, adv,
                                             advisor_name, vid, plate, vehicle, "", key, None, None)))
            if bought is not None:
                for when in anniversaries.get(md, ()):
                    if when.year > bought.year:
                        append(_new(Occurrence, (anniversary_kind, vid, cid, when, anniversary_lead,
                                                 name, phone, adv, advisor_name, vid, plate,
                                                 vehicle, "", key, None, None)))
        return out

    def important_dates(self, wanted: set[ReminderKind]) -> list[Occurrence]:
        d = ImportantDate
        kinds = [k for k in (ReminderKind.WEDDING_ANNIVERSARY, ReminderKind.CUSTOM) if k in wanted]
        end = max(self.until[k] for k in kinds)
        _months, codes = _day_keys(solar_keys_in_window(self.start, end))
        code = extract("month", d.on_date) * 100 + extract("day", d.on_date)
        stmt = (select(*self._CUSTOMER, d.id, d.kind, d.title, d.on_date, d.yearly)
                .join(Customer, Customer.id == d.customer_id)
                .where(d.kind.in_([k.value for k in kinds]),
                       or_(and_(d.yearly.is_(True), code.in_(codes)),
                           and_(d.yearly.is_(False), d.on_date.between(self.start, end)))))
        makers = {k: self._maker(k) for k in kinds}
        out = []
        for cid, name, phone, adv, key, did, kind, title, on_date, yearly in self._rows(stmt):
            kind = ReminderKind(kind)
            last = self.until[kind]
            if yearly:
                dates = [w for w in solar_occurrences(on_date.month, on_date.day, self.start, last)
                         if w >= on_date]
            else:
                dates = [on_date] if self.start <= on_date <= last else []
            make = makers[kind]
            out += [make(cid, name, phone, adv, key, w, did, detail=title) for w in dates]
        return out

    def holidays(self) -> list[Occurrence]:
        days = holiday_occurrences(self.start, self.until[ReminderKind.HOLIDAY])
        if not days:
            return []
        make = self._maker(ReminderKind.HOLIDAY)
        stmt = select(*self._CUSTOMER).where(Customer.key_account.is_(True))
        return [
            make(cid, name, phone, adv, key, when, cid, detail=holiday.value)
            for cid, name, phone, adv, key in self._rows(stmt)
            for holiday, when in days
        ]
