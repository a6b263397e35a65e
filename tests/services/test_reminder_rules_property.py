"""Property: over random small books and random windows, every provider of the reminder
rules agrees: the SQL path lists what the in-memory copy lists, and the counts (the copy's
and the dashboard's SQL grouping) equal the number of listed occurrences, kind by kind."""

import shutil
from collections import Counter
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import update

from app.db.models import Vehicle
from app.domain.enums import CalendarKind, CustomerKind, ReminderKind, ReminderState
from app.domain.errors import ValidationError
from app.domain.records import CustomerInput, VehicleInput
from app.domain.reminder_records import HouseholdMemberRecord, ImportantDateRecord
from app.services.admin.book import open_book
from app.services.analytics.dashboard import DashboardService
from app.services.outreach.reminders import ReminderService
from tests.postgres.books import ON_SERVER

TODAY = date(2026, 11, 22)
SOLAR_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

window = st.tuples(st.dates(min_value=date(2024, 6, 1), max_value=date(2028, 6, 1)),
                   st.integers(0, 400))


def sources(windows):
    """A customer's reminder sources, their dates often on or next to a window's ends."""
    edges = sorted({start + timedelta(days=shift) for start, length in windows
                    for start in (start, start + timedelta(days=length))
                    for shift in (-1, 0, 1)})
    days = st.one_of(st.sampled_from(edges),
                     st.dates(min_value=date(2023, 1, 1), max_value=date(2029, 12, 31)))
    maybe_day = st.one_of(st.none(), days)
    # a purchase is never in the future
    bought = st.one_of(st.none(), st.sampled_from([d.replace(year=2016) for d in edges
                                                   if (d.month, d.day) != (2, 29)]),
                       st.dates(min_value=date(2015, 1, 1), max_value=date(2024, 12, 31)))
    solar = st.one_of(
        st.sampled_from([("solar", d.month, d.day, False) for d in edges]),
        st.integers(1, 12).flatmap(lambda m: st.tuples(
            st.just("solar"), st.just(m), st.integers(1, SOLAR_DAYS[m - 1]), st.just(False))))
    lunar = st.tuples(st.just("lunar"), st.integers(1, 12), st.integers(1, 30), st.booleans())
    birthday = st.one_of(st.none(), solar, lunar)
    return st.fixed_dictionaries({
        "birthday": birthday,
        "advisor": st.sampled_from([0, 1, None]),
        "key": st.booleans(),
        "company": st.booleans(),
        "archived": st.booleans(),
        "cars": st.lists(st.fixed_dictionaries({
            "bought": bought, "insurance": maybe_day, "inspection": maybe_day,
            "warranty": maybe_day, "service": maybe_day, "archived": st.booleans()}),
            max_size=2),
        "household": st.lists(birthday, max_size=2),
        "items": st.lists(st.tuples(st.sampled_from(["wedding_anniversary", "custom"]), days,
                                    st.booleans()), max_size=2),
    })


@pytest.fixture(scope="module")
def empty_book(tmp_path_factory):
    if ON_SERVER:
        return None
    path = tmp_path_factory.mktemp("rules") / "empty.db"
    s = open_book(path)
    _add_staff(s)
    s.close()
    return path


def _add_staff(s) -> None:
    s.staff.add("王芳")
    s.staff.add("李明")


def _fill(s, customers) -> None:
    staff = [m.id for m in s.staff.list(active_only=False)]
    for n, c in enumerate(customers):
        calendar, month, day, leap = c["birthday"] or ("solar", None, None, False)
        try:
            made = s.customers.create(CustomerInput(
                name=f"客户{n}", phone=f"1380013{n:04d}",
                kind=CustomerKind.COMPANY if c["company"] else CustomerKind.PERSON,
                birthday_calendar=CalendarKind(calendar), birth_month=month, birth_day=day,
                birth_leap=leap, key_account=c["key"],
                advisor_id=None if c["advisor"] is None else staff[c["advisor"]]))
        except ValidationError:
            continue
        for car in c["cars"]:
            vehicle = s.vehicles.add(made.id, VehicleInput(
                make="丰田", model="卡罗拉", purchase_date=car["bought"],
                insurance_expiry=car["insurance"], inspection_due=car["inspection"],
                warranty_end=car["warranty"]))
            if car["service"] is not None:
                with s.book.writing() as w:
                    w.execute(update(Vehicle).where(Vehicle.id == vehicle.id)
                              .values(next_service_due=car["service"]))
            if car["archived"]:
                s.vehicles.set_archived(vehicle.id, True)
        for m, member in enumerate(c["household"]):
            calendar, month, day, leap = member or ("solar", None, None, False)
            try:
                s.household.add_member(HouseholdMemberRecord(
                    customer_id=made.id, name=f"家人{m}", relation="spouse",
                    birthday_calendar=calendar, birth_month=month, birth_day=day,
                    birth_leap=leap))
            except ValidationError:
                pass
        for kind, on_date, yearly in c["items"]:
            s.household.add_date(ImportantDateRecord(customer_id=made.id, on_date=on_date,
                                                     kind=kind, title="纪念日", yearly=yearly))
        if c["archived"]:
            s.customers.archive(made.id)


def _canonical(occurrences):
    return sorted(occurrences, key=lambda o: (o.occurs_on, o.kind.value, o.source_id,
                                              o.customer_id, o.detail))


@settings(max_examples=40, deadline=None, phases=[Phase.explicit, Phase.generate, Phase.shrink],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_every_provider_of_the_rules_agrees(empty_book, tmp_path_factory, data):
    windows = data.draw(st.lists(window, min_size=1, max_size=3), label="windows")
    customers = data.draw(st.lists(sources(windows), max_size=8), label="customers")
    marked = data.draw(st.integers(0, 3), label="marked")
    path = tmp_path_factory.mktemp("book") / "book.db"
    if not ON_SERVER:
        shutil.copyfile(empty_book, path)
    s = open_book(path)
    if ON_SERVER:  # a new database at head, without the staff
        _add_staff(s)
    try:
        _fill(s, customers)
        memory = ReminderService(s.book, in_memory=True)
        sql = ReminderService(s.book, in_memory=False)
        dashboard = DashboardService(s.book, s.segments)
        advisors = [None] + [m.id for m in s.staff.list(active_only=False)]
        for start, length in windows:
            end = start + timedelta(days=length)
            everything = sql.occurrences(start, end, today=TODAY, include_handled=True)
            for occurrence in everything[:marked]:  # a few handled, one snoozed
                state = ReminderState.SNOOZED if occurrence is everything[0] else \
                    ReminderState.DONE
                sql.mark(occurrence, state, snoozed_until=TODAY + timedelta(days=3)
                         if state == ReminderState.SNOOZED else None)
            for advisor in advisors:
                for handled in (True, False):
                    listed = sql.occurrences(start, end, today=TODAY, advisor_id=advisor,
                                             include_handled=handled)
                    assert _canonical(memory.occurrences(
                        start, end, today=TODAY, advisor_id=advisor,
                        include_handled=handled)) == _canonical(listed)
                middle = start + timedelta(days=length // 2)  # some kinds from later on
                starts = {ReminderKind.BIRTHDAY: middle, ReminderKind.INSURANCE: middle,
                          ReminderKind.CUSTOM: end}
                assert _canonical(memory.occurrences(
                    start, end, today=TODAY, advisor_id=advisor, starts=starts)) == _canonical(
                    sql.occurrences(start, end, today=TODAY, advisor_id=advisor, starts=starts))
                listed = Counter((o.kind, o.occurs_on) for o in sql.occurrences(
                    start, end, today=TODAY, advisor_id=advisor, include_handled=True))
                assert memory.counts_by_day(start, end, advisor, read=True) == listed
                assert dashboard.occurrence_counts(start, end, advisor) == listed
                per_kind = Counter()
                for (kind, _day), n in listed.items():
                    per_kind[kind] += n
                for kind in ReminderKind:  # one kind asked alone lists as many as counted
                    assert len(sql.occurrences(start, end, today=TODAY, kinds=[kind],
                                               advisor_id=advisor, include_handled=True)) \
                        == per_kind[kind]
    finally:
        s.close()
