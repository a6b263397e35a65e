"""The in-memory reminder engine answers exactly what the SQL one answers, and sees every
change (from this program or another connection to the same file) at once."""

from datetime import date, timedelta

import pytest

from app.demo.generator import generate_demo
from app.domain.enums import ReminderKind, ReminderState
from app.domain.records import VehicleInput
from app.services.admin.book import open_book
from app.services.outreach.reminders import ReminderService
from tests.postgres.books import copy_book, run_sql, trigger_names

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("memory") / "demo.db"
    generate_demo(path, customers=600, seed=7, today=TODAY)
    return path


@pytest.fixture
def services(demo_path, tmp_path):
    copy = tmp_path / "demo.db"
    copy_book(demo_path, copy)
    s = open_book(copy)
    yield s
    s.close()


def both(services, *args, **kwargs):
    memory = ReminderService(services.book, in_memory=True).occurrences(*args, **kwargs)
    sql = ReminderService(services.book, in_memory=False).occurrences(*args, **kwargs)
    return memory, sql


def canonical(occurrences):
    return sorted(occurrences, key=lambda o: (o.occurs_on, o.kind.value, o.source_id, o.customer_id))


@pytest.mark.parametrize("start, days", [
    (TODAY, 30), (TODAY - timedelta(days=30), 60), (date(2027, 1, 15), 45),  # Spring Festival
    (date(2027, 2, 20), 20), (date(2028, 2, 20), 15),  # 28/29 February
    (date(2026, 12, 20), 20),  # the year's end
    (date(2026, 1, 1), 366),  # a whole year: every lunar key
])
def test_memory_and_sql_agree_on_every_window(services, start, days):
    memory, sql = both(services, start, start + timedelta(days=days), today=TODAY)
    assert len(memory) > 0
    assert canonical(memory) == canonical(sql)
    assert [o.occurs_on for o in memory] == sorted(o.occurs_on for o in memory)


def test_memory_and_sql_agree_with_filters_and_per_kind_ends(services):
    advisors = [s.id for s in services.staff.list(active_only=False)]
    ends = {ReminderKind.BIRTHDAY: TODAY + timedelta(days=3),
            ReminderKind.INSURANCE: TODAY + timedelta(days=30),
            ReminderKind.WEDDING_ANNIVERSARY: TODAY + timedelta(days=7)}
    for advisor in advisors[:4]:
        memory, sql = both(services, TODAY - timedelta(days=30), TODAY + timedelta(days=30),
                           today=TODAY, advisor_id=advisor, ends=ends,
                           kinds=[ReminderKind.BIRTHDAY, ReminderKind.INSURANCE,
                                  ReminderKind.MAINTENANCE, ReminderKind.WEDDING_ANNIVERSARY,
                                  ReminderKind.HOUSEHOLD_BIRTHDAY])
        assert canonical(memory) == canonical(sql)
    # marks apply the same way
    service = ReminderService(services.book, in_memory=True)
    first = service.due(TODAY)[:5]
    for occ in first:
        service.mark(occ, ReminderState.DONE)
    memory, sql = both(services, TODAY - timedelta(days=30), TODAY + timedelta(days=30), today=TODAY)
    assert canonical(memory) == canonical(sql)
    assert not {o.key for o in first} & {o.key for o in memory}


def test_a_change_is_seen_at_once_from_this_program_and_from_another(services):
    service = ReminderService(services.book, in_memory=True)
    window = (TODAY, TODAY + timedelta(days=30))
    before = service.occurrences(*window, today=TODAY)
    snapshot = service._snapshot
    again = service.occurrences(*window, today=TODAY)
    assert service._snapshot is snapshot and canonical(again) == canonical(before)  # reused
    owner = before[0].customer_id
    car = services.vehicles.add(owner, VehicleInput(make="大众", model="朗逸",
                                                    insurance_expiry=TODAY + timedelta(days=9)))
    after = service.occurrences(*window, today=TODAY)
    assert service._snapshot is not snapshot
    assert [o.occurs_on for o in after if o.vehicle_id == car.id] == [TODAY + timedelta(days=9)]
    # another program (or desk) moves the date in the same file
    run_sql(services.book.url, f"UPDATE vehicles SET insurance_expiry = "
            f"'{(TODAY + timedelta(days=12)).isoformat()}' WHERE id = {car.id}")
    moved = service.occurrences(*window, today=TODAY)
    assert [o.occurs_on for o in moved if o.vehicle_id == car.id] == [TODAY + timedelta(days=12)]
    # archiving the customer takes all of theirs away; a name change shows at once
    services.customers.archive(owner)
    assert not [o for o in service.occurrences(*window, today=TODAY) if o.customer_id == owner]


def test_changes_that_do_not_matter_keep_the_copy(services):
    service = ReminderService(services.book, in_memory=True)
    service.occurrences(TODAY, TODAY + timedelta(days=30), today=TODAY)
    snapshot = service._snapshot
    some = services.customers.search_ids("")[0]
    from app.domain.records import InteractionInput

    services.timeline.log(InteractionInput(customer_id=some, summary="电话回访"))  # last contact
    service.occurrences(TODAY, TODAY + timedelta(days=30), today=TODAY)
    assert service._snapshot is snapshot


def test_the_change_triggers_exist_at_head(services):
    names = trigger_names(services.book.url)
    for table in ("customers", "vehicles", "household_members", "important_dates"):
        for event in ("ai", "ad", "au"):
            assert f"{table}_changes_{event}" in names


@pytest.mark.parametrize("start, days", [
    (TODAY - timedelta(days=365), 365), (date(2027, 1, 10), 60), (date(2028, 2, 1), 40)])
def test_counts_by_day_match_the_occurrences(services, start, days):
    from collections import Counter

    service = ReminderService(services.book, in_memory=True)
    end = start + timedelta(days=days)
    advisors = [None] + [s.id for s in services.staff.list(active_only=False)][:3]
    for advisor in advisors:
        listed = Counter((o.kind, o.occurs_on) for o in service.occurrences(
            start, end, today=TODAY, include_handled=True, advisor_id=advisor))
        counted = service.counts_by_day(start, end, advisor, read=True)
        assert advisor is not None or sum(listed.values()) > 100
        assert counted == listed
    assert ReminderService(services.book, in_memory=False).counts_by_day(start, end) is None
    # without `read`, only a copy already read (and still current) is used
    fresh = ReminderService(services.book, in_memory=True)
    assert fresh.counts_by_day(start, end) is None
    fresh.occurrences(start, start, today=TODAY)
    assert fresh.counts_by_day(start, end) == service.counts_by_day(start, end, read=True)
    services.customers.archive(services.customers.search_ids("")[0])
    assert fresh.counts_by_day(start, end) is None  # the book changed: not current


def test_changed_cars_are_patched_into_the_copy(services):
    """Service visits, new cars, new dates, a change of owner (to another advisor's
    customer), an archived car: the copy is patched, not read again, and still answers
    exactly what the tables answer."""
    from app.domain.enums import VisitType
    from app.domain.visit_records import VisitInput

    service = ReminderService(services.book, in_memory=True)
    window = (TODAY - timedelta(days=30), TODAY + timedelta(days=45))
    service.occurrences(*window, today=TODAY)
    first = service._snapshot
    before = canonical(service.occurrences(*window, today=TODAY))
    untouched = _fingerprint(first)
    cars = [o for o in before if o.vehicle_id is not None]
    owners = sorted({o.customer_id for o in cars})
    staff = [s.id for s in services.staff.list(active_only=False)]
    other_owner = next(c for c in services.customers.search_ids("")
                       if services.customers.card(c).customer.advisor_id not in (None,))
    # a service visit moves its car's next service
    services.visits.add(VisitInput(cars[0].vehicle_id, TODAY - timedelta(days=1),
                                   VisitType.MAINTENANCE, mileage_km=None), today=TODAY)
    # a new car with dates in the window, for an existing owner
    new_car = services.vehicles.add(owners[1], VehicleInput(
        make="比亚迪", model="汉", plate="京A·D12345", insurance_expiry=TODAY + timedelta(days=3),
        inspection_due=TODAY + timedelta(days=20),
        purchase_date=date(TODAY.year - 2, TODAY.month, TODAY.day)))
    # another car's insurance moved, one archived, one handed to another customer
    moved = cars[1].vehicle_id
    record = services.vehicles.get(moved)
    services.vehicles.update(moved, _input_of(record, insurance_expiry=TODAY + timedelta(days=7)),
                             record.version)
    archived = next(o.vehicle_id for o in cars if o.vehicle_id not in (moved, cars[0].vehicle_id))
    services.vehicles.set_archived(archived, True)
    handed = next(o.vehicle_id for o in cars
                  if o.vehicle_id not in (moved, archived, cars[0].vehicle_id))
    services.vehicles.transfer(handed, other_owner)
    after = service.occurrences(*window, today=TODAY)
    snap = service._snapshot
    assert snap is not first and snap.brief is first.brief  # patched, not read again
    assert canonical(after) == canonical(
        ReminderService(services.book, in_memory=False).occurrences(*window, today=TODAY))
    assert [o.occurs_on for o in after if o.vehicle_id == new_car.id
            and o.kind.value == "insurance"] == [TODAY + timedelta(days=3)]
    assert not [o for o in after if o.vehicle_id == archived]
    assert {o.customer_id for o in after if o.vehicle_id == handed} <= {other_owner}
    # the first snapshot, which another thread may still be reading, was left as it was
    assert _fingerprint(first) == untouched
    counted = service.counts_by_day(*window)
    assert counted == __import__("collections").Counter(
        (o.kind, o.occurs_on) for o in service.occurrences(*window, today=TODAY,
                                                           include_handled=True))
    assert staff  # the book has advisors to move cars between


def _input_of(record, **changes):
    from dataclasses import fields

    values = {f.name: getattr(record, f.name) for f in fields(VehicleInput)}
    return VehicleInput(**{**values, **changes})


def _fingerprint(snap):
    return ({(kind, adv): bytes(arr) for kind, parts in snap.dated.items()
             for adv, arr in parts.items()},
            {(adv, md): bytes(flat) for adv, by_day in snap.anniversaries.items()
             for md, flat in by_day.items()},
            bytes(snap.entry_advisor), [bytes(c) for c in snap.entry_packed], list(snap.plate))


def test_closing_prunes_the_vehicle_change_log_and_a_copy_behind_it_reads_again(services):
    """The log keeps its newest KEPT_VEHICLE_CHANGES entries when the book is closed; a copy
    older than what is left reads the book again and still answers what the tables do."""
    from sqlalchemy import func, select, text

    from app.db.changes import KEPT_VEHICLE_CHANGES
    from app.db.models import VehicleChange

    service = ReminderService(services.book, in_memory=True)
    window = (TODAY - timedelta(days=30), TODAY + timedelta(days=45))
    service.occurrences(*window, today=TODAY)
    first = service._snapshot
    path = services.book.url
    with services.book.reading() as s:
        some_car = s.execute(select(func.min(VehicleChange.vehicle_id))).scalar() or 1
    with services.book.writing() as s:  # as many car changes as the log keeps, and 300 more
        s.execute(text(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :top) "
            "INSERT INTO vehicle_changes (vehicle_id) SELECT :car FROM n"),
            {"top": KEPT_VEHICLE_CHANGES + 300, "car": some_car})
    with services.book.reading() as s:
        newest = s.execute(select(func.max(VehicleChange.seq))).scalar()
    services.close()
    again = open_book(path)
    try:
        with again.book.reading() as s:
            kept = s.execute(select(func.count(), func.min(VehicleChange.seq),
                                    func.max(VehicleChange.seq))).one()
        assert tuple(kept) == (KEPT_VEHICLE_CHANGES, newest - KEPT_VEHICLE_CHANGES + 1, newest)
        stale = ReminderService(again.book, in_memory=True)
        stale._snapshot = first  # a copy made before the pruned entries
        assert canonical(stale.occurrences(*window, today=TODAY)) == canonical(
            ReminderService(again.book, in_memory=False).occurrences(*window, today=TODAY))
        assert stale._snapshot is not first
        assert stale._snapshot.brief is not first.brief  # read again: it could not patch
    finally:
        again.close()
