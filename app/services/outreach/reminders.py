"""Reminders: occurrences computed from the book's dates (never copied into it), and
what was done with each occurrence (done, snoozed, dismissed, made a follow-up)."""

from __future__ import annotations

import copy
import threading
from array import array
from bisect import bisect_left, insort
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from operator import itemgetter

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
from app.domain.consent import MARKETING_REMINDER_KINDS, SERVICE_REMINDER_KINDS
from app.domain.desk_rules import ReminderRules
from app.domain.enums import ConsentPurpose, ReminderKind, ReminderState
from app.domain.recurrence import DEFAULT_LEAD_DAYS
from app.domain.reminder_records import Occurrence, Occurrences
from app.domain.reminder_rules import (
    DATED_ITEM_KINDS,
    DUE_DATE_KINDS,
    VEHICLE_KINDS,
    ReminderWindow,
    occurrence_maker,
    windows_of,
)
from app.domain.roles import Right
from app.services.customers.consents import lacking
from app.services.pauses import few_collections
from app.services.permissions import masker, own_only, require_customers

LOOKBACK_DAYS = 30  # how long an unhandled occurrence stays "overdue"
__all__ = ["LOOKBACK_DAYS", "VEHICLE_KINDS", "ReminderService", "few_collections"]
_DUE_COLUMNS = {ReminderKind.INSURANCE: Vehicle.insurance_expiry,
                ReminderKind.INSPECTION: Vehicle.inspection_due,
                ReminderKind.WARRANTY: Vehicle.warranty_end,
                ReminderKind.MAINTENANCE: Vehicle.next_service_due}
# by date, then customer, then kind and source: one order whichever engine made the list
# (the in-memory copy and the tables find a day's occurrences in different orders)
_ORDER = itemgetter(3, 2, 0, 1)  # occurs_on, customer_id, kind, source_id
_DAY = itemgetter(3)  # occurs_on alone: stable, a day's occurrences in the copy's own order




def _day_keys(codes: Iterable[int]) -> tuple[list[int], list[int]]:
    """(months, month*100+day codes) for a pre-filter that can use a (month, day) index."""
    codes = sorted(codes)
    return sorted({code // 100 for code in codes}), codes


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
        self.in_memory = book.dialect.keeps_reminder_copy if in_memory is None else in_memory
        self._snapshot: _Snapshot | None = None
        self._snapshot_lock = threading.Lock()

    def use_rules(self, rules: ReminderRules) -> None:
        self.rules = rules

    def from_tables(self) -> ReminderService:
        """The same reminders read straight from the tables, without the in-memory copy
        (the lists of the window: the copy costs ~110 MB and ~3 s to read on a
        100,000-customer book; a window read from the tables costs neither)."""
        if not self.in_memory:
            return self
        return ReminderService(self.book, in_memory=False, rules=self.rules)

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
        starts: dict[ReminderKind, date] | None = None,
        consent: bool = False,
    ) -> list[Occurrence]:
        """Every occurrence dated within [start, end], sorted by date; within a day, by
        customer id, kind and source id when read from the tables (whatever the window),
        in the copy's own fixed order when read from the copy.

        `ends` narrows the window per kind (the call sheet only needs each kind up to
        its lead time); so does `starts`, except that an occurrence before its kind's
        start still comes when it was snoozed until that start or later (the call sheet
        counts a snoozed reminder's look-back from the snooze's end). Handled occurrences
        (done, dismissed, made a follow-up, or snoozed past `today`) are left out unless
        `include_handled`. The phone is the stored number; the interface formats it.

        `consent`: leave out the reminders the customer has not agreed to (lists that put
        calls in front of somebody): marketing ones (birthdays, anniversaries, holidays:
        app.domain.consent) without the marketing consent, service ones when withdrawn;
        the list's `skipped_no_consent` says how many.
        """
        today = today or date.today()
        actor = self.book.actor
        advisor_id = own_only(actor, Right.FOLLOW_UPS_ALL, advisor_id)
        wanted = set(ReminderKind) if kinds is None else {ReminderKind(k) for k in kinds}
        leads = {**DEFAULT_LEAD_DAYS, **(self.rules.lead_days if lead_days is None else lead_days)}
        until = {k: min(end, (ends or {}).get(k, end)) for k in wanted}
        firsts = {k: max(start, (starts or {}).get(k, start)) for k in wanted}
        found: list[Occurrence] = []
        with few_collections(), self.book.reading() as session:
            staff = dict(session.execute(select(Staff.id, Staff.name)).all())
            marks = {
                (kind, source_id, occurs_on): (state, snoozed_until)
                for kind, source_id, occurs_on, state, snoozed_until in session.connection().execute(
                    select(ReminderMark.kind, ReminderMark.source_id, ReminderMark.occurs_on,
                           ReminderMark.state, ReminderMark.snoozed_until)
                    .where(ReminderMark.occurs_on.between(start, end))
                )
            }
            if starts:
                firsts = _with_snoozed(firsts, marks)
            wanted = {k for k in wanted if until[k] >= firsts[k]}
            windows = windows_of({k: (firsts[k], until[k]) for k in wanted})
            snapshot = None
            if self.in_memory:
                try:
                    snapshot = self._current_snapshot(session)
                except OverflowError:  # ids beyond the packed copy: read the tables instead
                    self.in_memory = False
            if snapshot is not None:
                ctx = _Snapshot.Window(snapshot, windows, advisor_id, leads, staff)
            else:
                ctx = _Context(session, windows, advisor_id, leads, staff)
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
            refusals = _refusals(session, found, wanted) if consent else _NOBODY
        with few_collections():  # a key tuple per occurrence: no collection walking the copy
            if marks:
                found = _apply_marks(found, marks, today, include_handled)
            # The tables' reads come in an order that depends on the window (the reminders
            # list reads its first days alone, then the whole list): a total order keeps
            # them the same. The copy yields a day's occurrences in one fixed order of its
            # own, so the date alone (about 25 ms less for 64,000 occurrences) suffices.
            found, skipped = _without(found, refusals)
            found.sort(key=_ORDER if snapshot is None else _DAY)
        mask = masker(actor)
        if mask is not None:
            found = [o if mask.shows(o.advisor_id) else o._replace(
                phone=mask.phone(o.phone, o.advisor_id)) for o in found]
        found = Occurrences(found)
        found.skipped_no_consent = skipped
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
        consent: bool = False,
    ) -> list[Occurrence]:
        """One customer's unhandled reminders from `lookback_days` ago to `horizon_days`
        ahead, by date (the card's next reminders): read from the tables for this customer
        alone, a few lookups on their indexes, never the in-memory copy of the book.
        `consent`: as for `occurrences`."""
        today = today or date.today()
        start, end = today - timedelta(days=lookback_days), today + timedelta(days=horizon_days)
        leads = {**DEFAULT_LEAD_DAYS, **(self.rules.lead_days if lead_days is None else lead_days)}
        with few_collections(), self.book.reading() as session:
            staff = dict(session.execute(select(Staff.id, Staff.name)).all())
            ctx = _OneCustomer(customer_id, session,
                               windows_of(dict.fromkeys(ReminderKind, (start, end))),
                               None, leads, staff)
            found = (ctx.birthdays() + ctx.household_birthdays()
                     + ctx.vehicle_dates(set(VEHICLE_KINDS))
                     + ctx.important_dates({ReminderKind.WEDDING_ANNIVERSARY, ReminderKind.CUSTOM})
                     + ctx.holidays())
            if consent:
                found, _skipped = _without(found, _refusals(session, found, set(ReminderKind)))
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
        actor = self.book.actor
        if staff_id is None:
            staff_id = actor.staff_id  # (handled by the signed-in person)
        if session is not None:
            require_customers(session, actor, [occurrence.customer_id])
        if session is None:
            with self.book.writing() as own:
                require_customers(own, actor, [occurrence.customer_id])
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


# a list of this many customers or fewer asks about them alone; more, the whole book
_FEW_CUSTOMERS = 4000
_NOBODY: tuple[set[int], set[int]] = (set(), set())


def _refusals(session: Session, found: list[Occurrence], kinds) -> tuple[set[int], set[int]]:
    """(the customers of `found`'s marketing reminders without the marketing consent; those
    of its service reminders who withdrew them)."""
    lacking_of: dict[ConsentPurpose, set[int]] = {}
    for purpose, of_kinds in ((ConsentPurpose.MARKETING, MARKETING_REMINDER_KINDS),
                              (ConsentPurpose.SERVICE_REMINDERS, SERVICE_REMINDER_KINDS)):
        if not of_kinds.intersection(kinds):
            continue
        ids = {o[2] for o in found if o[0] in of_kinds}
        if not ids:
            continue
        advisors = {o[7] for o in found if o[0] in of_kinds}
        if len(ids) > _FEW_CUSTOMERS and len(advisors) == 1 and None not in advisors:
            # one advisor's reminders (their call sheet): their customers alone are read
            lacking_of[purpose] = lacking(session, purpose, advisor_id=next(iter(advisors)))
        else:
            lacking_of[purpose] = lacking(session, purpose,
                                          ids if len(ids) <= _FEW_CUSTOMERS else None)
    return (lacking_of.get(ConsentPurpose.MARKETING, set()),
            lacking_of.get(ConsentPurpose.SERVICE_REMINDERS, set()))


def _without(found: list[Occurrence], refusals: tuple[set[int], set[int]]
             ) -> tuple[list[Occurrence], int]:
    """(the occurrences whose customer agreed to what they are for: marketing reminders
    need the marketing consent, service reminders are kept unless withdrawn; how many
    were left out)."""
    no_marketing, withdrawn = refusals
    if not no_marketing and not withdrawn:
        return found, 0
    marketing, service = MARKETING_REMINDER_KINDS, SERVICE_REMINDER_KINDS
    kept = [o for o in found
            if not ((o[0] in marketing and o[2] in no_marketing)
                    or (o[0] in service and o[2] in withdrawn))]
    return kept, len(found) - len(kept)


def _with_snoozed(firsts: dict, marks: dict) -> dict:
    """Each kind's first day, moved back to the oldest occurrence snoozed until that day
    or later."""
    moved = dict(firsts)
    for (kind, _source_id, occurs_on), (state, until) in marks.items():
        # a stored kind is its value: a StrEnum member hashes and compares like it
        if state == ReminderState.SNOOZED.value and kind in firsts and until is not None \
                and until >= firsts[kind] and occurs_on < moved[kind]:
            moved[kind] = occurs_on
    return moved


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


def _widest(windows) -> ReminderWindow:
    """A window holding all of these (for one pre-filter over them)."""
    windows = list(windows)
    if len({(w.start, w.end) for w in windows}) == 1:
        return windows[0]
    return ReminderWindow(min(w.start for w in windows), max(w.end for w in windows))


class _Context:
    """One reading of the book for one window: a few queries, columns only (no ORM
    objects: a month of a big book has tens of thousands of occurrences). A provider of
    source rows to the rules (app.domain.reminder_rules): the queries pre-filter with the
    window's keys and ranges; the rules say which dates each row yields."""

    _CUSTOMER = (Customer.id, Customer.name, Customer.phone, Customer.advisor_id,
                 Customer.key_account)

    def __init__(self, session: Session, windows: dict[ReminderKind, ReminderWindow],
                 advisor_id, leads, staff):
        self.s = session
        self.windows = windows
        self.advisor_id = advisor_id
        self.leads = leads
        self.staff = staff

    def window(self, kind: ReminderKind) -> ReminderWindow:
        return self.windows[kind]

    def maker(self, kind: ReminderKind):
        return occurrence_maker(kind=kind, lead_days=self.leads[kind], advisor_names=self.staff)

    def _rows(self, stmt):
        stmt = stmt.where(Customer.archived_at.is_(None))
        if self.advisor_id is not None:
            stmt = stmt.where(Customer.advisor_id == self.advisor_id)
        # Core execution: plain rows, no ORM loading machinery for tens of thousands of them
        return self.s.connection().execute(stmt)

    def _birthday_match(self, table, window: ReminderWindow):
        solar_months, solar_codes = _day_keys(window.solar_codes)
        lunar_months, lunar_codes = _day_keys(m * 100 + d for m, d in window.lunar_keys)
        code = table.birth_month * 100 + table.birth_day
        return or_(
            and_(table.birthday_calendar == "solar", table.birth_month.in_(solar_months),
                 code.in_(solar_codes)),
            and_(table.birthday_calendar == "lunar", table.birth_month.in_(lunar_months),
                 code.in_(lunar_codes)),
        )

    def birthdays(self) -> list[Occurrence]:
        window = self.window(ReminderKind.BIRTHDAY)
        one = self.maker(ReminderKind.BIRTHDAY).one
        stmt = select(*self._CUSTOMER, Customer.birthday_calendar, Customer.birth_month,
                      Customer.birth_day, Customer.birth_leap).where(
            Customer.kind == "person", self._birthday_match(Customer, window))
        out = []
        for cid, name, phone, adv, key, calendar, month, day, leap in self._rows(stmt):
            detail = f"lunar:{month}:{day}:{int(bool(leap))}" if calendar == "lunar" else ""
            customer = (cid, name, phone, adv, key)
            out += [one(cid, when, customer, None, "", "", detail)
                    for when in window.birthday(calendar, month, day, leap)]
        return out

    def household_birthdays(self) -> list[Occurrence]:
        window = self.window(ReminderKind.HOUSEHOLD_BIRTHDAY)
        one = self.maker(ReminderKind.HOUSEHOLD_BIRTHDAY).one
        h = HouseholdMember
        stmt = (select(*self._CUSTOMER, h.id, h.relation, h.name, h.birthday_calendar,
                       h.birth_month, h.birth_day, h.birth_leap)
                .join(Customer, Customer.id == h.customer_id)
                .where(self._birthday_match(h, window)))
        out = []
        for cid, name, phone, adv, key, hid, rel, hname, calendar, month, day, leap in self._rows(stmt):
            customer, detail = (cid, name, phone, adv, key), f"{rel}:{hname}"
            out += [one(hid, when, customer, None, "", "", detail)
                    for when in window.birthday(calendar, month, day, leap)]
        return out

    def vehicle_dates(self, kinds: set[ReminderKind]) -> list[Occurrence]:
        """Purchase anniversaries, insurance, inspection, warranty and next service in one
        pass over the vehicles concerned (the same car often has several of them)."""
        conditions = []
        anniversary = ReminderKind.PURCHASE_ANNIVERSARY in kinds
        if anniversary:
            bought_window = self.window(ReminderKind.PURCHASE_ANNIVERSARY)
            _months, codes = _day_keys(bought_window.solar_codes)
            conditions.append(Vehicle.purchase_md.in_(codes))
        dated = [(k, col) for k, col in _DUE_COLUMNS.items() if k in kinds]
        conditions += [col.between(*self.window(k).due_range) for k, col in dated]
        stmt = (select(*self._CUSTOMER, Vehicle.id, Vehicle.plate, Vehicle.make, Vehicle.model,
                       Vehicle.purchase_date, Vehicle.purchase_md, Vehicle.insurance_expiry,
                       Vehicle.inspection_due, Vehicle.warranty_end, Vehicle.next_service_due)
                .join(Customer, Customer.id == Vehicle.owner_id)
                .where(Vehicle.archived_at.is_(None), or_(*conditions)))
        checks = [(self.window(k).due_date, self.maker(k).one, DUE_DATE_KINDS.index(k))
                  for k, _col in dated]
        if anniversary:
            anniversaries = bought_window.purchase_anniversary
            one_anniversary = self.maker(ReminderKind.PURCHASE_ANNIVERSARY).one
        out = []
        # the hottest loop of the SQL path
        for cid, name, phone, adv, key, vid, plate, vmake, vmodel, bought, md, *dates in self._rows(stmt):
            customer = (cid, name, phone, adv, key)
            text = f"{vmake} {vmodel}".strip()
            for due_date, one, i in checks:
                out += [one(vid, when, customer, vid, plate, text) for when in due_date(dates[i])]
            if anniversary and bought is not None:
                out += [one_anniversary(vid, when, customer, vid, plate, text)
                        for when in anniversaries(md, bought.year)]
        return out

    def important_dates(self, wanted: set[ReminderKind]) -> list[Occurrence]:
        d = ImportantDate
        kinds = [k for k in DATED_ITEM_KINDS if k in wanted]
        widest = _widest(self.windows[k] for k in kinds)
        _months, codes = _day_keys(widest.solar_codes)
        code = extract("month", d.on_date) * 100 + extract("day", d.on_date)
        stmt = (select(*self._CUSTOMER, d.id, d.kind, d.title, d.on_date, d.yearly)
                .join(Customer, Customer.id == d.customer_id)
                .where(d.kind.in_([k.value for k in kinds]),
                       or_(and_(d.yearly.is_(True), code.in_(codes)),
                           and_(d.yearly.is_(False), d.on_date.between(*widest.due_range)))))
        makers = {k: self.maker(k).one for k in kinds}
        windows = {k: self.window(k) for k in kinds}
        out = []
        for cid, name, phone, adv, key, did, kind, title, on_date, yearly in self._rows(stmt):
            kind = ReminderKind(kind)
            customer, one = (cid, name, phone, adv, key), makers[kind]
            out += [one(did, when, customer, None, "", "", title)
                    for when in windows[kind].dated_item(on_date, yearly)]
        return out

    def holidays(self) -> list[Occurrence]:
        days = self.window(ReminderKind.HOLIDAY).holidays()
        if not days:
            return []
        one = self.maker(ReminderKind.HOLIDAY).one
        stmt = select(*self._CUSTOMER).where(Customer.key_account.is_(True))
        return [
            one(customer[0], when, customer, None, "", "", holiday.value)
            for customer in self._rows(stmt)
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

    def _birthday_match(self, table, window: ReminderWindow):
        # a handful of rows: the rules check their dates
        return and_(table.birth_month.is_not(None), table.birth_day.is_not(None))


NOBODY, ABSENT = -1, -2  # entry_advisor: a car with no advisor; a car not in the copy
# more vehicle changes than this: reading the copy again is quicker (and the log keeps
# no more than this many: app.db.changes.prune_vehicle_changes)
PATCH_LIMIT = KEPT_VEHICLE_CHANGES

_ADVISOR = 3  # a brief's advisor id
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

    DATED = DUE_DATE_KINDS

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
        # customer id -> (customer id, name, phone, advisor id, key account): the rules' brief
        self.brief: dict[int, tuple] = {}
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
        """Plain SQL on the DB-API cursor: dates come as ISO text (SQLite; a server's driver
        gives dates) and are turned into ordinals here, several times faster than typed
        rows for 150,000 vehicles."""
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
            brief[cid] = (cid, name, phone, adv, bool(key))
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

        def ordinal(text) -> int:
            value = ordinal_of.get(text)
            if value is None:
                value = ordinal_of[text] = (
                    date.fromisoformat(text[:10]) if isinstance(text, str) else text
                ).toordinal()
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
            adv = b[_ADVISOR]
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
                year = int(bought[:4]) if isinstance(bought, str) else bought.year
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
            adv = b[_ADVISOR]
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
        """The same questions as `_Context`, answered from the snapshot: the copy is a
        provider of source rows to the same rules (app.domain.reminder_rules)."""

        def __init__(self, snap: _Snapshot, windows: dict[ReminderKind, ReminderWindow],
                     advisor_id, leads, staff):
            self.snap = snap
            self.windows = windows
            self.advisor_id = advisor_id
            self.leads = leads
            self.staff = staff
            self._days: dict[int, date] = {}

        def window(self, kind: ReminderKind) -> ReminderWindow:
            return self.windows[kind]

        def maker(self, kind: ReminderKind):
            return occurrence_maker(kind=kind, lead_days=self.leads[kind],
                                    advisor_names=self.staff)

        def _day(self, ordinal: int) -> date:
            day = self._days.get(ordinal)
            if day is None:
                day = self._days[ordinal] = date.fromordinal(ordinal)
            return day

        def _mine(self, customer_id: int) -> tuple | None:
            """The customer's brief, None when archived or another advisor's."""
            b = self.snap.brief.get(customer_id)
            if b is None or (self.advisor_id is not None and b[_ADVISOR] != self.advisor_id):
                return None
            return b

        def _due_dates(self, kind: ReminderKind, parts) -> list[Occurrence]:
            """A car's one-off dates picked by the rule's due range from each advisor's sorted
            packed (date, vehicle, owner) array: the hottest loop of the program."""
            first, last = self.window(kind).due_range
            lo = first.toordinal() << _DATE_SHIFT
            hi = (last.toordinal() + 1) << _DATE_SHIFT
            one = self.maker(kind).one
            brief, plates, texts = self.snap.brief, self.snap.plate, self.snap.vehicle_text
            days, day = self._days, self._day
            shift, bits, mask = _DATE_SHIFT, _ID_BITS, _ID_MASK
            out = []
            append = out.append
            for packed in parts:
                for x in packed[bisect_left(packed, lo):bisect_left(packed, hi)]:
                    vid = x >> bits & mask
                    ordinal = x >> shift
                    append(one(vid, days.get(ordinal) or day(ordinal), brief[x & mask],
                               vid, plates[vid], texts[vid]))
            return out

        def _birthdays(self, kind, solar_map, lunar_map, solar_item, lunar_item):
            """`solar_item(item)`, `lunar_item(item, month, day)`: (customer id, source id,
            leap, detail) of a stored birthday."""
            window, one = self.window(kind), self.maker(kind).one
            brief, advisor = self.snap.brief, self.advisor_id
            out = []
            append = out.append
            for code in window.solar_codes:
                items = solar_map.get(code)
                if not items:
                    continue
                dates = window.birthday("solar", code // 100, code % 100)
                for item in items:
                    cid, source_id, _leap, detail = solar_item(item)
                    b = brief.get(cid)  # as _mine, inline: thousands of birthdays
                    if b is not None and (advisor is None or b[_ADVISOR] == advisor):
                        for when in dates:
                            append(one(source_id, when, b, None, "", "", detail))
            for month, day in window.lunar_keys:
                for item in lunar_map.get((month, day), ()):
                    cid, source_id, leap, detail = lunar_item(item, month, day)
                    b = brief.get(cid)
                    if b is not None and (advisor is None or b[_ADVISOR] == advisor):
                        for when in window.birthday("lunar", month, day, leap):
                            append(one(source_id, when, b, None, "", "", detail))
            return out

        def birthdays(self) -> list[Occurrence]:
            snap = self.snap
            return self._birthdays(
                ReminderKind.BIRTHDAY, snap.solar_birthdays, snap.lunar_birthdays,
                lambda cid: (cid, cid, False, ""),
                lambda item, m, d: (item[0], item[0], item[1], f"lunar:{m}:{d}:{int(item[1])}"))

        def household_birthdays(self) -> list[Occurrence]:
            snap = self.snap
            return self._birthdays(
                ReminderKind.HOUSEHOLD_BIRTHDAY, snap.household_solar, snap.household_lunar,
                lambda item: (item[1], item[0], False, item[2]),
                lambda item, m, d: (item[1], item[0], item[2], item[3]))

        def _parts(self, per_advisor: dict) -> list:
            if self.advisor_id is None:
                return list(per_advisor.values())
            return [per_advisor[self.advisor_id]] if self.advisor_id in per_advisor else []

        def vehicle_dates(self, kinds: set[ReminderKind]) -> list[Occurrence]:
            out = []
            for kind in DUE_DATE_KINDS:
                if kind in kinds:
                    out += self._due_dates(kind, self._parts(self.snap.dated[kind]))
            kind = ReminderKind.PURCHASE_ANNIVERSARY
            if kind in kinds:
                window, one = self.window(kind), self.maker(kind).one
                brief, plates, texts = self.snap.brief, self.snap.plate, self.snap.vehicle_text
                append = out.append
                parts = self._parts(self.snap.anniversaries)
                for code in window.solar_codes:
                    by_year: dict[int, tuple[date, ...]] = {}  # the rule's answer per year
                    for by_day in parts:
                        flat = by_day.get(code)
                        if flat is None:
                            continue
                        for i in range(0, len(flat), 3):
                            vid, owner, year = flat[i], flat[i + 1], flat[i + 2]
                            dates = by_year.get(year)
                            if dates is None:
                                dates = by_year[year] = window.purchase_anniversary(code, year)
                            if dates:
                                b, plate, text = brief[owner], plates[vid], texts[vid]
                                for when in dates:
                                    append(one(vid, when, b, vid, plate, text))
            return out

        def important_dates(self, wanted: set[ReminderKind]) -> list[Occurrence]:
            kinds = [k for k in DATED_ITEM_KINDS if k in wanted]
            widest = _widest(self.windows[k] for k in kinds)
            windows = {k: self.window(k) for k in kinds}
            makers = {k: self.maker(k).one for k in kinds}
            mine = self._mine
            out = []
            append = out.append

            def emit(did, cid, kind, title, on_date, yearly):
                if kind in windows:
                    dates = windows[kind].dated_item(on_date, yearly)
                    b = mine(cid) if dates else None
                    if b is not None:
                        one = makers[kind]
                        for when in dates:
                            append(one(did, when, b, None, "", "", title))

            for code in widest.solar_codes:
                for did, cid, kind, title, on_date in self.snap.important_yearly.get(code, ()):
                    emit(did, cid, kind, title, on_date, True)
            first, last = widest.due_range
            once = self.snap.important_once
            for did, cid, kind, title, on_date in once[
                    bisect_left(self.snap.important_once_dates, first):]:
                if on_date > last:
                    break
                emit(did, cid, kind, title, on_date, False)
            return out

        def holidays(self) -> list[Occurrence]:
            days = self.window(ReminderKind.HOLIDAY).holidays()
            one, mine = self.maker(ReminderKind.HOLIDAY).one, self._mine
            out = []
            for cid in self.snap.key_accounts:
                b = mine(cid) if days else None
                if b is not None:
                    out += [one(cid, when, b, None, "", "", holiday.value)
                            for holiday, when in days]
            return out

    class Counting:
        """Occurrences per (kind, day) of a window, counted from the snapshot by the same
        rules, each source key asked once with how many sources share it."""

        def __init__(self, snap: _Snapshot, start: date, end: date, advisor_id):
            self.snap, self.advisor = snap, advisor_id
            self.window = ReminderWindow(start, end)

        def _mine(self, customer_id: int) -> bool:
            return self.advisor is None or self.snap.brief[customer_id][_ADVISOR] == self.advisor

        def _parts(self, per_advisor: dict) -> list:
            if self.advisor is None:
                return list(per_advisor.values())
            return [per_advisor[self.advisor]] if self.advisor in per_advisor else []

        def count(self, found: Counter) -> None:
            snap, window, mine = self.snap, self.window, self._mine
            # birthdays and household birthdays: (calendar key) -> number of people
            for kind, solar_map, lunar_map, solar_customer, lunar_customer, lunar_leap in (
                (ReminderKind.BIRTHDAY, snap.solar_birthdays, snap.lunar_birthdays,
                 lambda i: i, lambda i: i[0], lambda i: i[1]),
                (ReminderKind.HOUSEHOLD_BIRTHDAY, snap.household_solar, snap.household_lunar,
                 lambda i: i[1], lambda i: i[1], lambda i: i[2]),
            ):
                for code in window.solar_codes:
                    items = solar_map.get(code, ())
                    n = len(items) if self.advisor is None else sum(
                        1 for i in items if mine(solar_customer(i)))
                    if n:
                        for when in window.birthday("solar", code // 100, code % 100):
                            found[(kind, when)] += n
                for month, day in window.lunar_keys:
                    items = lunar_map.get((month, day))
                    if not items:
                        continue
                    per_leap = Counter(lunar_leap(i) for i in items if mine(lunar_customer(i)))
                    for leap, n in per_leap.items():
                        for when in window.birthday("lunar", month, day, leap):
                            found[(kind, when)] += n
            # vehicles' dates: runs of equal days in the sorted packed arrays
            first, last = window.due_range
            lo, hi = first.toordinal() << _DATE_SHIFT, (last.toordinal() + 1) << _DATE_SHIFT
            for kind in DUE_DATE_KINDS:
                per_day: Counter[int] = Counter()
                for packed in self._parts(snap.dated[kind]):
                    per_day.update(x >> _DATE_SHIFT for x in
                                   packed[bisect_left(packed, lo):bisect_left(packed, hi)])
                for ordinal, n in per_day.items():
                    found[(kind, date.fromordinal(ordinal))] += n
            parts = self._parts(snap.anniversaries)
            for code in window.solar_codes:
                years: Counter[int] = Counter()
                for by_day in parts:
                    flat = by_day.get(code)
                    if flat is not None:
                        years.update(flat[2::3])
                for year, n in years.items():
                    for when in window.purchase_anniversary(code, year):
                        found[(ReminderKind.PURCHASE_ANNIVERSARY, when)] += n
            for code in window.solar_codes:
                for _did, cid, kind, _title, on_date in snap.important_yearly.get(code, ()):
                    if mine(cid):
                        for when in window.dated_item(on_date, True):
                            found[(kind, when)] += 1
            once = snap.important_once
            for _did, cid, kind, _title, on_date in once[bisect_left(snap.important_once_dates,
                                                                     first):]:
                if on_date > last:
                    break
                if mine(cid):
                    for when in window.dated_item(on_date, False):
                        found[(kind, when)] += 1
            keys = sum(1 for cid in snap.key_accounts if mine(cid))
            if keys:
                for _holiday, when in window.holidays():
                    found[(ReminderKind.HOLIDAY, when)] += keys
