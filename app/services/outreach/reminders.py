"""Reminders: occurrences computed from the book's dates (never copied into it), and
what was done with each occurrence (done, snoozed, dismissed, made a follow-up)."""

from __future__ import annotations

import copy
import gc
import threading
from array import array
from bisect import bisect_left, insort
from collections import Counter, defaultdict
from collections.abc import Iterable
from contextlib import contextmanager
from datetime import date, timedelta
from operator import attrgetter

from sqlalchemy import and_, extract, or_, select
from sqlalchemy.orm import Session

from app.db.changes import KEPT_VEHICLE_CHANGES, source_versions
from app.db.engine import Book
from app.db.models import (
    Customer,
    HouseholdMember,
    ImportantDate,
    ReminderMark,
    Staff,
    Vehicle,
    VehicleChange,
)
from app.domain.desk_rules import ReminderRules
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


_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = True


@contextmanager
def few_collections():
    """No cyclic garbage collection while tens of thousands of tuples are made: each
    collection would walk the in-memory copy of the book (about half the time otherwise).
    Nothing made here is cyclic; reference counting frees it as usual. Nested and
    concurrent pauses are counted; collection resumes as it was when the last one ends."""
    global _gc_pauses, _gc_was_enabled
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_was_enabled = gc.isenabled()
        _gc_pauses += 1
        gc.disable()
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_was_enabled:
                gc.enable()


def _solar_dates(start: date, end: date) -> dict[int, list[date]]:
    """month*100+day -> its yearly occurrences in [start, end], worked out once per window."""
    return {m * 100 + d: solar_occurrences(m, d, start, end)
            for m, d in solar_keys_in_window(start, end)}


def _day_keys(pairs: set[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """(months, month*100+day codes) for a pre-filter that can use a (month, day) index."""
    return sorted({m for m, _ in pairs}), sorted(m * 100 + d for m, d in pairs)


class ReminderService:
    """On SQLite the dates the reminders come from are read once into memory (`_Snapshot`)
    and read again only when the book's change counter (kept by triggers, migration 0005)
    has moved, so a window of a 100,000-customer book is worked out without touching its
    tables; on other databases every call reads them (`_Context`)."""

    def __init__(self, book: Book, in_memory: bool | None = None,
                 rules: ReminderRules | None = None):
        """`rules`: the store's lead and look-back days (Preferences), used where a call gives
        none; `use_rules` hands over new ones."""
        self.book = book
        self.rules = rules or ReminderRules()
        self.in_memory = book.is_sqlite if in_memory is None else in_memory
        self._snapshot: _Snapshot | None = None
        self._snapshot_lock = threading.Lock()

    def use_rules(self, rules: ReminderRules) -> None:
        self.rules = rules

    def _current_snapshot(self, session: Session) -> _Snapshot:
        """The in-memory copy, made current in this same read transaction: read again
        whole when a customer, household member or dated item changed; only the changed
        cars patched in when vehicles alone changed (each logged service visit moves one)."""
        counter, vehicle_seq = source_versions(session.connection())
        with self._snapshot_lock:
            snap = self._snapshot
            if snap is not None and counter is not None and snap.counter == counter \
                    and snap.vehicle_seq != vehicle_seq:
                snap = snap.patched(session, vehicle_seq)  # None: too much changed
            elif snap is not None and (counter is None or snap.counter != counter):
                snap = None
            if snap is None:
                snap = _Snapshot.read(session, counter, vehicle_seq)
            self._snapshot = snap if counter is not None else None
            return snap

    def wrong_phones(self, customer_ids: Iterable[int]) -> set[int]:
        """Which of these customers have a phone flagged as wrong."""
        ids = list(customer_ids)
        if not ids:
            return set()
        with self.book.reading() as s:
            if self.in_memory:
                return self._current_snapshot(s).wrong_phones.intersection(ids)
            wrong: set[int] = set()
            for chunk in range(0, len(ids), 900):
                wrong.update(s.scalars(select(Customer.id).where(
                    Customer.id.in_(ids[chunk:chunk + 900]), Customer.phone_wrong.is_(True))))
            return wrong

    def counts_by_day(self, start: date, end: date, advisor_id: int | None = None,
                      *, read: bool = False) -> Counter[tuple[ReminderKind, date]] | None:
        """How many occurrences of each kind fall on each day of [start, end] (handled ones
        included): what `occurrences(..., include_handled=True)` would list, counted from
        the in-memory copy without making them. None when there is no current in-memory
        copy and `read` is false (reading one takes a couple of seconds on a big book)."""
        if not self.in_memory or (not read and self._snapshot is None):
            return None
        found: Counter[tuple[ReminderKind, date]] = Counter()
        if end < start:
            return found
        with few_collections(), self.book.reading() as session:
            if not read:
                counter, _vehicle_seq = source_versions(session.connection())
                snap = self._snapshot
                if snap is None or snap.counter != counter:
                    return None
                snap = self._current_snapshot(session)  # at most the changed cars patched
            else:
                try:
                    snap = self._current_snapshot(session)
                except OverflowError:
                    self.in_memory = False
                    return None
        _Snapshot.Counting(snap, start, end, advisor_id).count(found)
        return found

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
        leads = {**DEFAULT_LEAD_DAYS, **(self.rules.lead_days if lead_days is None else lead_days)}
        until = {k: min(end, (ends or {}).get(k, end)) for k in wanted}
        wanted = {k for k in wanted if until[k] >= start}
        found: list[Occurrence] = []
        with few_collections(), self.book.reading() as session:
            staff = dict(session.execute(select(Staff.id, Staff.name)).all())
            snapshot = None
            if self.in_memory:
                try:
                    snapshot = self._current_snapshot(session)
                except OverflowError:  # ids beyond the packed copy: read the tables instead
                    self.in_memory = False
            if snapshot is not None:
                ctx = _Snapshot.Window(snapshot, start, until, advisor_id, leads, staff)
            else:
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

    def for_customer(
        self,
        customer_id: int,
        today: date | None = None,
        horizon_days: int = 365,
        lookback_days: int = LOOKBACK_DAYS,
        lead_days: dict[ReminderKind, int] | None = None,
    ) -> list[Occurrence]:
        """One customer's unhandled reminders from `lookback_days` ago to `horizon_days`
        ahead, by date (the card's next reminders): read from the tables for this customer
        alone, a few lookups on their indexes, never the in-memory copy of the book."""
        today = today or date.today()
        start, end = today - timedelta(days=lookback_days), today + timedelta(days=horizon_days)
        leads = {**DEFAULT_LEAD_DAYS, **(self.rules.lead_days if lead_days is None else lead_days)}
        with few_collections(), self.book.reading() as session:
            staff = dict(session.execute(select(Staff.id, Staff.name)).all())
            ctx = _OneCustomer(customer_id, session, start, dict.fromkeys(ReminderKind, end),
                               None, leads, staff)
            found = (ctx.birthdays() + ctx.household_birthdays()
                     + ctx.vehicle_dates(set(VEHICLE_KINDS))
                     + ctx.important_dates({ReminderKind.WEDDING_ANNIVERSARY, ReminderKind.CUSTOM})
                     + ctx.holidays())
            marks = {
                (kind, source_id, occurs_on): (state, snoozed_until)
                for kind, source_id, occurs_on, state, snoozed_until in session.execute(
                    select(ReminderMark.kind, ReminderMark.source_id, ReminderMark.occurs_on,
                           ReminderMark.state, ReminderMark.snoozed_until)
                    .where(ReminderMark.customer_id == customer_id,
                           ReminderMark.occurs_on.between(start, end)))
            }
        if marks:
            found = _apply_marks(found, marks, today, include_handled=False)
        found.sort(key=_ORDER)
        return found

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
    sources = {source_id for _kind, source_id, _on in marks}  # a cheap first look
    for occ in found:
        if occ[1] not in sources:
            result.append(occ)
            continue
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


class _OneCustomer(_Context):
    """The same queries as `_Context`, for one customer (the card): each on that
    customer's rows."""

    def __init__(self, customer_id: int, *args):
        super().__init__(*args)
        self.customer_id = customer_id

    def _rows(self, stmt):
        return super()._rows(stmt.where(Customer.id == self.customer_id))

    def _birthday_match(self, table, end: date):
        # a handful of rows: their dates are checked as they are worked out
        return and_(table.birth_month.is_not(None), table.birth_day.is_not(None))


NOBODY, ABSENT = -1, -2  # entry_advisor: a car with no advisor; a car not in the copy
# more vehicle changes than this: reading the copy again is quicker (and the log keeps
# no more than this many: app.db.changes.prune_vehicle_changes)
PATCH_LIMIT = KEPT_VEHICLE_CHANGES

_ID_BITS = 21  # vehicle and customer ids below 2,097,152 (a branch's book; checked);
# with the date ordinal above them (below 2**22 up to 9999-12-31) all fits 64 bits unsigned
_ID_MASK = (1 << _ID_BITS) - 1
_DATE_SHIFT = 2 * _ID_BITS


def _pack(ordinal: int, vehicle_id: int, owner_id: int) -> int:
    """One sortable int: date ordinal, vehicle id, owner id (each id must fit 21 bits)."""
    if vehicle_id > _ID_MASK or owner_id > _ID_MASK:
        raise OverflowError("ids too large for the in-memory reminder copy")
    return ordinal << _DATE_SHIFT | vehicle_id << _ID_BITS | owner_id


class _Snapshot:
    """The book's reminder sources in memory, as of change counter `counter`, kept compact
    (arrays of ints where there are hundreds of thousands): the brief of every non-archived
    customer, birthdays by (month, day), each vehicle kind's dates sorted per advisor,
    purchase anniversaries by month*100+day, household members and dated items."""

    DATED = (ReminderKind.INSURANCE, ReminderKind.INSPECTION, ReminderKind.WARRANTY,
             ReminderKind.MAINTENANCE)

    def __init__(self, counter, vehicle_seq: int = 0):
        self.counter = counter
        self.vehicle_seq = vehicle_seq
        # by vehicle id, what to take out again when the car changes: its advisor (NOBODY
        # for none, ABSENT when the car is not in the copy), its packed insurance,
        # inspection, warranty and maintenance values (0: none), purchase month*100+day
        # and year bought (0: none); arrays, not tuples: 8 MB instead of 50 for 150,000 cars
        self.entry_advisor = array("q")
        self.entry_packed: list[array] = [array("Q") for _ in self.DATED]
        self.entry_md = array("l")
        self.entry_year = array("l")
        self.brief: dict[int, tuple] = {}  # customer id -> (name, phone, advisor_id, key)
        self.solar_birthdays: dict[int, array] = {}  # month*100+day -> customer ids
        self.lunar_birthdays: dict[tuple[int, int], list[tuple[int, bool]]] = defaultdict(list)
        self.key_accounts: list[int] = []
        self.wrong_phones: set[int] = set()  # customers whose phone was found wrong
        self.plate: list[str | None] = []  # by vehicle id
        self.vehicle_text: list[str | None] = []  # by vehicle id: "make model"
        # per advisor (None: nobody), so one advisor's call sheet only reads their share:
        # kind -> advisor -> packed (date ordinal, vehicle id, owner id), ascending (`_pack`)
        self.dated: dict[ReminderKind, dict[int | None, array]] = {}
        # advisor -> month*100+day -> vehicle id, owner id, year bought, flattened
        self.anniversaries: dict[int | None, dict[int, array]] = {}
        self.household_solar: dict[int, list[tuple]] = defaultdict(list)
        self.household_lunar: dict[tuple[int, int], list[tuple]] = defaultdict(list)
        self.important_yearly: dict[int, list[tuple]] = defaultdict(list)
        self.important_once: list[tuple] = []  # sorted by date
        self.important_once_dates: list[date] = []

    @classmethod
    def read(cls, session: Session, counter, vehicle_seq: int = 0) -> _Snapshot:
        """Plain SQL on the DB-API cursor: dates come as ISO text and are turned into
        ordinals here, several times faster than typed rows for 150,000 vehicles."""
        snap = cls(counter, vehicle_seq)
        conn = session.connection()
        brief = snap.brief
        solar: dict[int, list[int]] = defaultdict(list)
        for cid, name, phone, adv, key, kind, calendar, month, day, leap, wrong in (
            conn.exec_driver_sql(
                "SELECT id, name, phone, advisor_id, key_account, kind, birthday_calendar, "
                "birth_month, birth_day, birth_leap, phone_wrong FROM customers "
                "WHERE archived_at IS NULL")
        ):
            brief[cid] = (name, phone, adv, bool(key))
            if wrong:
                snap.wrong_phones.add(cid)
            if key:
                snap.key_accounts.append(cid)
            if kind == "person" and month and day:
                if calendar == "lunar":
                    snap.lunar_birthdays[(month, day)].append((cid, bool(leap)))
                else:
                    solar[month * 100 + day].append(cid)
        snap.solar_birthdays = {code: array("q", ids) for code, ids in solar.items()}
        top = conn.exec_driver_sql("SELECT max(id) FROM vehicles").scalar() or 0
        snap.plate = [None] * (top + 1)
        snap.vehicle_text = [None] * (top + 1)
        snap._size_entries(top + 1)
        dated: dict[ReminderKind, dict] = {k: defaultdict(lambda: array("Q")) for k in cls.DATED}
        anniversaries: dict[int | None, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
        names: dict[tuple[str, str], str] = {}
        ordinal_of: dict[str, int] = {}  # ISO text -> ordinal (a book has a few thousand days)

        def ordinal(text: str) -> int:
            value = ordinal_of.get(text)
            if value is None:
                value = ordinal_of[text] = date.fromisoformat(text[:10]).toordinal()
            return value

        kinds = cls.DATED
        for vid, owner, plate, make, model, bought, md, *dates in conn.exec_driver_sql(
            "SELECT id, owner_id, plate, make, model, purchase_date, purchase_md, "
            "insurance_expiry, inspection_due, warranty_end, next_service_due FROM vehicles "
            "WHERE archived_at IS NULL AND owner_id IS NOT NULL"
        ):
            b = brief.get(owner)
            if b is None:
                continue
            adv = b[2]
            text = names.get((make, model))
            if text is None:
                text = names[(make, model)] = f"{make} {model}".strip()
            snap.plate[vid] = plate
            snap.vehicle_text[vid] = text
            ids = _pack(0, vid, owner)
            packed = [0, 0, 0, 0]
            for i, (kind, when) in enumerate(zip(kinds, dates, strict=True)):
                if when is not None:
                    packed[i] = ordinal(when) << _DATE_SHIFT | ids
                    dated[kind][adv].append(packed[i])
            year = 0
            if bought is not None and md is not None:
                year = int(bought[:4])
                anniversaries[adv][md] += (vid, owner, year)
            snap._set_entry(vid, adv, packed, md or 0, year)
        for kind, per_advisor in dated.items():
            snap.dated[kind] = {adv: array("Q", sorted(packed))
                                for adv, packed in per_advisor.items()}
        snap.anniversaries = {adv: {md: array("q", flat) for md, flat in by_day.items()}
                              for adv, by_day in anniversaries.items()}
        h = HouseholdMember
        for hid, cid, rel, hname, calendar, month, day, leap in conn.execute(
            select(h.id, h.customer_id, h.relation, h.name, h.birthday_calendar, h.birth_month,
                   h.birth_day, h.birth_leap)
        ):
            if cid not in brief or not month or not day:
                continue
            if calendar == "lunar":
                snap.household_lunar[(month, day)].append((hid, cid, bool(leap), f"{rel}:{hname}"))
            else:
                snap.household_solar[month * 100 + day].append((hid, cid, f"{rel}:{hname}"))
        d = ImportantDate
        for did, cid, kind, title, on_date, yearly in conn.execute(
            select(d.id, d.customer_id, d.kind, d.title, d.on_date, d.yearly)
        ):
            if cid not in brief or on_date is None:
                continue
            try:
                kind = ReminderKind(kind)
            except ValueError:
                continue
            row = (did, cid, kind, title, on_date)
            if yearly:
                snap.important_yearly[on_date.month * 100 + on_date.day].append(row)
            else:
                snap.important_once.append(row)
        snap.important_once.sort(key=lambda row: row[4])
        snap.important_once_dates = [row[4] for row in snap.important_once]
        return snap

    def _size_entries(self, size: int) -> None:
        grow = size - len(self.entry_advisor)
        if grow > 0:
            self.entry_advisor.extend([ABSENT] * grow)
            for packed in self.entry_packed:
                packed.extend([0] * grow)
            self.entry_md.extend([0] * grow)
            self.entry_year.extend([0] * grow)

    def _set_entry(self, vid: int, adv, packed, md: int, year: int) -> None:
        self.entry_advisor[vid] = NOBODY if adv is None else adv
        for column, value in zip(self.entry_packed, packed, strict=True):
            column[vid] = value
        self.entry_md[vid] = md
        self.entry_year[vid] = year

    def patched(self, session: Session, vehicle_seq: int) -> _Snapshot | None:
        """A copy of this snapshot with the vehicles changed since it was read taken out
        and put back as they are now; None when that is more work than reading it again
        (many changes, or older changes no longer noted). Copy on write: this snapshot,
        which other threads may be reading, is left as it was."""
        conn = session.connection()
        changed = conn.execute(
            select(VehicleChange.seq, VehicleChange.vehicle_id)
            .where(VehicleChange.seq > self.vehicle_seq).order_by(VehicleChange.seq)
            .limit(PATCH_LIMIT + 1)).all()
        if not changed or changed[0][0] != self.vehicle_seq + 1 or len(changed) > PATCH_LIMIT:
            return None
        ids = sorted({vid for _seq, vid in changed})
        new = copy.copy(self)
        new.vehicle_seq = vehicle_seq
        new.entry_advisor = array("q", self.entry_advisor)
        new.entry_packed = [array("Q", packed) for packed in self.entry_packed]
        new.entry_md, new.entry_year = array("l", self.entry_md), array("l", self.entry_year)
        new.dated = {kind: dict(parts) for kind, parts in self.dated.items()}
        new.anniversaries = dict(self.anniversaries)
        new.plate, new.vehicle_text = list(self.plate), list(self.vehicle_text)
        copied: set = set()  # the arrays already copied for this patch

        def own_array(kind, adv) -> array:
            parts = new.dated[kind]
            if (kind, adv) not in copied:
                parts[adv] = array("Q", parts.get(adv, ()))
                copied.add((kind, adv))
            return parts[adv]

        def own_days(adv, md) -> array:
            if ("anniv", adv) not in copied:
                new.anniversaries[adv] = dict(new.anniversaries.get(adv, {}))
                copied.add(("anniv", adv))
            by_day = new.anniversaries[adv]
            if ("anniv", adv, md) not in copied:
                by_day[md] = array("q", by_day.get(md, ()))
                copied.add(("anniv", adv, md))
            return by_day[md]

        top = max(ids)
        new._size_entries(top + 1)
        for vid in ids:  # out with the old
            adv = new.entry_advisor[vid]
            if adv == ABSENT:
                continue
            adv = None if adv == NOBODY else adv
            new.entry_advisor[vid] = ABSENT
            packed = [column[vid] for column in new.entry_packed]
            md = new.entry_md[vid]
            for kind, value in zip(self.DATED, packed, strict=True):
                if value:
                    own_array(kind, adv).remove(value)
            if md:
                flat = own_days(adv, md)
                at = next(i for i in range(0, len(flat), 3) if flat[i] == vid)
                del flat[at:at + 3]
        if top >= len(new.plate):
            new.plate.extend([None] * (top + 1 - len(new.plate)))
            new.vehicle_text.extend([None] * (top + 1 - len(new.vehicle_text)))
        rows = conn.execute(
            select(Vehicle.id, Vehicle.owner_id, Vehicle.plate, Vehicle.make, Vehicle.model,
                   Vehicle.purchase_date, Vehicle.purchase_md, Vehicle.insurance_expiry,
                   Vehicle.inspection_due, Vehicle.warranty_end, Vehicle.next_service_due)
            .where(Vehicle.id.in_(ids), Vehicle.archived_at.is_(None),
                   Vehicle.owner_id.is_not(None))).all()
        for vid, owner, plate, make, model, bought, md, *dates in rows:  # in with the new
            b = new.brief.get(owner)
            if b is None:
                continue
            adv = b[2]
            new.plate[vid] = plate
            new.vehicle_text[vid] = f"{make} {model}".strip()
            ids_packed = _pack(0, vid, owner)
            packed = [0, 0, 0, 0]
            for i, (kind, when) in enumerate(zip(self.DATED, dates, strict=True)):
                if when is not None:
                    packed[i] = when.toordinal() << _DATE_SHIFT | ids_packed
                    insort(own_array(kind, adv), packed[i])
            year = 0
            if bought is not None and md is not None:
                year = bought.year
                own_days(adv, md).extend((vid, owner, year))
            new._set_entry(vid, adv, packed, md or 0, year)
        return new

    class Window:
        """The same questions as `_Context`, answered from the snapshot."""

        def __init__(self, snap: _Snapshot, start: date, until: dict, advisor_id, leads, staff):
            self.snap = snap
            self.start = start
            self.until = until
            self.advisor_id = advisor_id
            self.leads = leads
            self.staff = staff
            self._days: dict[int, date] = {}

        def _day(self, ordinal: int) -> date:
            day = self._days.get(ordinal)
            if day is None:
                day = self._days[ordinal] = date.fromordinal(ordinal)
            return day

        def _emit_packed(self, kind, parts, first: int, after: int) -> list[Occurrence]:
            """Occurrences straight from the packed (date, vehicle, owner) arrays of each
            advisor, for packed values in [first, after): the hottest loop of the program."""
            brief, lead = self.snap.brief, self.leads[kind]
            plates, texts = self.snap.plate, self.snap.vehicle_text
            days, day = self._days, self._day
            out = []
            append = out.append
            for adv, packed in parts:
                adv_name = self.staff.get(adv, "")
                for x in packed[bisect_left(packed, first):bisect_left(packed, after)]:
                    owner = x & _ID_MASK
                    vid = x >> _ID_BITS & _ID_MASK
                    when = days.get(x >> _DATE_SHIFT) or day(x >> _DATE_SHIFT)
                    name, phone, _adv, key = brief[owner]
                    append(_new(Occurrence, (kind, vid, owner, when, lead, name, phone, adv,
                                             adv_name, vid, plates[vid], texts[vid], "", key,
                                             None, None)))
            return out

        def _emit(self, kind, pairs):
            """Occurrences of `kind` from (customer id, date, source id, vehicle id, detail)."""
            brief, staff, lead = self.snap.brief, self.staff, self.leads[kind]
            plates, texts = self.snap.plate, self.snap.vehicle_text
            advisor = self.advisor_id
            out = []
            append = out.append
            for cid, when, source_id, vid, detail in pairs:
                b = brief.get(cid)
                if b is None or (advisor is not None and b[2] != advisor):
                    continue
                if vid is None:
                    plate = text = ""
                else:
                    plate, text = plates[vid], texts[vid]
                append(_new(Occurrence, (kind, source_id, cid, when, lead, b[0], b[1], b[2],
                                         staff.get(b[2], ""), vid, plate, text, detail, b[3],
                                         None, None)))
            return out

        def _birthday_pairs(self, solar_map, lunar_map, end, solar_row, lunar_row, leap_of,
                            customer_of):
            start = self.start
            solar = _solar_dates(start, end)
            pairs = []
            advisor, brief = self.advisor_id, self.snap.brief
            for code, dates in solar.items():
                items = solar_map.get(code, ())
                if advisor is not None:  # one advisor's share only (the others cost time)
                    items = [i for i in items if brief[customer_of(i)][2] == advisor]
                for item in items:
                    pairs += [solar_row(item, when) for when in dates]
            for month, day in lunar_keys_in_window(start, end):
                items = lunar_map.get((month, day))
                if not items:
                    continue
                by_leap: dict[bool, list[date]] = {}
                for item in items:
                    leap = leap_of(item)
                    dates = by_leap.get(leap)
                    if dates is None:
                        dates = by_leap[leap] = lunar_occurrences(month, day, leap, start, end)
                    pairs += [lunar_row(item, when, month, day) for when in dates]
            return pairs

        def birthdays(self) -> list[Occurrence]:
            snap = self.snap
            pairs = self._birthday_pairs(
                snap.solar_birthdays, snap.lunar_birthdays, self.until[ReminderKind.BIRTHDAY],
                lambda cid, when: (cid, when, cid, None, ""),
                lambda item, when, m, d: (item[0], when, item[0], None,
                                          f"lunar:{m}:{d}:{int(item[1])}"),
                lambda item: item[1], lambda cid: cid)
            return self._emit(ReminderKind.BIRTHDAY, pairs)

        def household_birthdays(self) -> list[Occurrence]:
            snap = self.snap
            pairs = self._birthday_pairs(
                snap.household_solar, snap.household_lunar,
                self.until[ReminderKind.HOUSEHOLD_BIRTHDAY],
                lambda item, when: (item[1], when, item[0], None, item[2]),
                lambda item, when, m, d: (item[1], when, item[0], None, item[3]),
                lambda item: item[2], lambda item: item[1])
            return self._emit(ReminderKind.HOUSEHOLD_BIRTHDAY, pairs)

        def vehicle_dates(self, kinds: set[ReminderKind]) -> list[Occurrence]:
            out = []
            start = self.start
            advisor = self.advisor_id
            for kind in _Snapshot.DATED:
                if kind not in kinds:
                    continue
                per_advisor = self.snap.dated[kind]
                parts = per_advisor.items() if advisor is None else (
                    [(advisor, per_advisor[advisor])] if advisor in per_advisor else [])
                first = start.toordinal() << _DATE_SHIFT
                after = (self.until[kind].toordinal() + 1) << _DATE_SHIFT
                out += self._emit_packed(kind, parts, first, after)
            kind = ReminderKind.PURCHASE_ANNIVERSARY
            if kind in kinds:
                books = self.snap.anniversaries
                parts = books.values() if advisor is None else (
                    [books[advisor]] if advisor in books else [])
                pairs = []
                for code, days in _solar_dates(start, self.until[kind]).items():
                    for by_day in parts:
                        flat = by_day.get(code)
                        if flat is None:
                            continue
                        for i in range(0, len(flat), 3):
                            vid, owner, year = flat[i], flat[i + 1], flat[i + 2]
                            pairs += [(owner, when, vid, vid, "") for when in days
                                      if when.year > year]
                out += self._emit(kind, pairs)
            return out

        def important_dates(self, wanted: set[ReminderKind]) -> list[Occurrence]:
            kinds = [k for k in (ReminderKind.WEDDING_ANNIVERSARY, ReminderKind.CUSTOM)
                     if k in wanted]
            start = self.start
            end = max(self.until[k] for k in kinds)
            found: dict[ReminderKind, list] = {k: [] for k in kinds}
            for code, days in _solar_dates(start, end).items():
                for did, cid, kind, title, on_date in self.snap.important_yearly.get(code, ()):
                    if kind in found:
                        last = self.until[kind]
                        found[kind] += [(cid, w, did, None, title) for w in days
                                        if on_date <= w <= last]
            once = self.snap.important_once
            lo = bisect_left(self.snap.important_once_dates, start)
            for did, cid, kind, title, on_date in once[lo:]:
                if on_date > end:
                    break
                if kind in found and on_date <= self.until[kind]:
                    found[kind].append((cid, on_date, did, None, title))
            out = []
            for kind in kinds:
                out += self._emit(kind, found[kind])
            return out

        def holidays(self) -> list[Occurrence]:
            days = holiday_occurrences(self.start, self.until[ReminderKind.HOLIDAY])
            return self._emit(ReminderKind.HOLIDAY, [
                (cid, when, cid, None, holiday.value)
                for cid in self.snap.key_accounts for holiday, when in days])

    class Counting:
        """Occurrences per (kind, day) of a window, counted from the snapshot."""

        def __init__(self, snap: _Snapshot, start: date, end: date, advisor_id):
            self.snap, self.start, self.end, self.advisor = snap, start, end, advisor_id

        def _mine(self, customer_id: int) -> bool:
            return self.advisor is None or self.snap.brief[customer_id][2] == self.advisor

        def count(self, found: Counter) -> None:
            snap, start, end = self.snap, self.start, self.end
            solar = _solar_dates(start, end)
            lunar_keys = lunar_keys_in_window(start, end)
            mine = self._mine
            # birthdays and household birthdays: (calendar key) -> number of people
            for kind, solar_map, lunar_map, solar_customer, lunar_customer, lunar_leap in (
                (ReminderKind.BIRTHDAY, snap.solar_birthdays, snap.lunar_birthdays,
                 lambda i: i, lambda i: i[0], lambda i: i[1]),
                (ReminderKind.HOUSEHOLD_BIRTHDAY, snap.household_solar, snap.household_lunar,
                 lambda i: i[1], lambda i: i[1], lambda i: i[2]),
            ):
                for code, days in solar.items():
                    items = solar_map.get(code, ())
                    n = len(items) if self.advisor is None else sum(
                        1 for i in items if mine(solar_customer(i)))
                    if n:
                        for when in days:
                            found[(kind, when)] += n
                for key in lunar_keys:
                    items = lunar_map.get(key)
                    if not items:
                        continue
                    per_leap = Counter(lunar_leap(i) for i in items if mine(lunar_customer(i)))
                    for leap, n in per_leap.items():
                        for when in lunar_occurrences(key[0], key[1], leap, start, end):
                            found[(kind, when)] += n
            # vehicles' dates: runs of equal days in the sorted packed arrays
            first_o, after_o = start.toordinal() << _DATE_SHIFT, (end.toordinal() + 1) << _DATE_SHIFT
            for kind in _Snapshot.DATED:
                per_advisor = snap.dated[kind]
                parts = per_advisor.values() if self.advisor is None else (
                    [per_advisor[self.advisor]] if self.advisor in per_advisor else [])
                per_day: Counter[int] = Counter()
                for packed in parts:
                    per_day.update(x >> _DATE_SHIFT for x in
                                   packed[bisect_left(packed, first_o):bisect_left(packed, after_o)])
                for ordinal, n in per_day.items():
                    found[(kind, date.fromordinal(ordinal))] += n
            books = snap.anniversaries
            parts = books.values() if self.advisor is None else (
                [books[self.advisor]] if self.advisor in books else [])
            for code, days in solar.items():
                years: Counter[int] = Counter()
                for by_day in parts:
                    flat = by_day.get(code)
                    if flat is not None:
                        years.update(flat[2::3])
                if years:
                    for when in days:
                        n = sum(k for year, k in years.items() if when.year > year)
                        if n:
                            found[(ReminderKind.PURCHASE_ANNIVERSARY, when)] += n
            for code, days in solar.items():
                for _did, cid, kind, _title, on_date in snap.important_yearly.get(code, ()):
                    if mine(cid):
                        for when in days:
                            if when >= on_date:
                                found[(kind, when)] += 1
            once = snap.important_once
            for _did, cid, kind, _title, on_date in once[bisect_left(snap.important_once_dates, start):]:
                if on_date > end:
                    break
                if mine(cid):
                    found[(kind, on_date)] += 1
            keys = sum(1 for cid in snap.key_accounts if mine(cid))
            if keys:
                for _holiday, when in holiday_occurrences(start, end):
                    found[(ReminderKind.HOLIDAY, when)] += keys
