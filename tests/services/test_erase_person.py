"""Erasing a person on request (issue 14, must-have 7): every table about the customer
anonymised (each text column decided, found from the schema), nothing of the name, phone,
VIN or plate left in the book file, not found by the search, the statistics unchanged, the
audit chain still holding (and still catching a hand edit), refused to a non-owner; the
retention review."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Column, ForeignKey, Integer, Table, Text, select, text

from app.db import audit
from app.db.base import Base
from app.db.models import AuditEntry, Staff
from app.domain.dashboard_records import DashboardQuery
from app.domain.enums import FollowUpReason, FollowUpStatus, Outcome, ReminderKind
from app.domain.errors import BookError, NotAllowed
from app.domain.records import CustomerInput, InteractionInput, VehicleInput
from app.domain.reminder_records import HouseholdMemberRecord, ImportantDateRecord
from app.domain.visit_records import VisitInput, WorkItem
from app.services.admin.audit import chain_problems
from app.services.admin.book import check_book, open_book
from app.services.admin.erase import DECISIONS, undecided
from app.services.admin.privacy import person_data
from app.services.permissions import actor_for
from tests.postgres.books import copy_book, run_sql

NAME, PHONE, VIN, PLATE = "欧阳锦绣", "13712345678", "LSVAU218XN2183294", "粤B7Q9X2"
TODAY = date.today()


def _person(services, others: int = 50):
    """A customer with a history (edits, calls, a visit, family, dates, follow-ups) among
    others, so that earlier versions of their rows were written and moved."""
    for i in range(others):
        services.customers.create(CustomerInput(name=f"客户{i}号", phone=f"139{i:08d}"))
    made = services.customers.create(CustomerInput(name=NAME, phone=PHONE, wechat="ouyang_jx",
                                                   address="深圳市南山区科技园8栋"))
    car = services.vehicles.add(made.id, VehicleInput(make="比亚迪", model="汉", plate=PLATE,
                                                      vin=VIN, notes=f"{NAME}的车"))
    for i in range(6):
        made = services.customers.update(
            made.id, CustomerInput(name=NAME, phone=PHONE, wechat="ouyang_jx",
                                   address="深圳市南山区科技园8栋", notes="喜欢喝茶 " * (i * 20),
                                   hobbies="高尔夫"), made.version)
        services.timeline.log(InteractionInput(customer_id=made.id,
                                               summary=f"给{NAME}打电话 {PHONE}"))
    services.visits.add(VisitInput(vehicle_id=car.id, date_in=TODAY - timedelta(days=20),
                                   mileage_km=12000, total_fen=45000, satisfaction=5,
                                   comments=f"{NAME}说刹车有响声",
                                   items=(WorkItem("机油", 30000), WorkItem("滤芯", 15000))))
    follow_up = services.followups.create(made.id, FollowUpReason.CUSTOM, TODAY,
                                          notes=f"问{NAME}保险")
    services.followups.log_outcome(follow_up, Outcome.REACHED, "已联系", today=TODAY)
    services.followups.create(made.id, FollowUpReason.CUSTOM, TODAY + timedelta(days=3))
    services.household.add_member(HouseholdMemberRecord(customer_id=made.id, relation="spouse",
                                                        name="欧阳明珠", phone="13600001111",
                                                        birth_month=3, birth_day=4))
    services.household.add_date(ImportantDateRecord(
        customer_id=made.id, on_date=TODAY, kind=ReminderKind.WEDDING_ANNIVERSARY,
        title="结婚纪念日"))
    for i in range(others, others + 150):
        services.customers.create(CustomerInput(name=f"客户{i}号", phone=f"139{i:08d}"))
    return services.customers.get(made.id), car


# the numbers of others the tests below put the person among
OTHERS = (0, 2, 3, 5)


@pytest.fixture(scope="module")
def person_books(tmp_path_factory):
    """_person's book for each number of OTHERS, made once (by open_book and _person) and
    closed: others -> (path, the person, their car). (Made here, not in a test, so that
    the PostgreSQL run keeps their databases until the end of the run.)"""
    made = {}
    for others in OTHERS:
        path = tmp_path_factory.mktemp(f"person-{others}") / "book.db"
        services = open_book(path)
        try:
            person, car = _person(services, others=others)
        finally:
            services.close()
        made[others] = (path, person, car)
    return made


@pytest.fixture
def person_book(tmp_path, person_books):
    """person_book(others) -> (services, person, car): a book of this test's own with the
    person among `others` (a copy of _person's book for that number, opened)."""
    opened = []

    def book(others: int):
        source, person, car = person_books[others]
        path = tmp_path / f"book-{len(opened)}.db"
        copy_book(source, path)
        services = open_book(path)
        opened.append(services)
        return services, person, car

    yield book
    for services in opened:
        services.close()


def test_every_text_column_of_a_table_about_a_customer_is_decided():
    assert undecided() == []
    # a table the schema gains later, with a customer and a text: not decided, so erasure
    # stops (and this test fails) until it is
    probe = Table("erase_probe", Base.metadata, Column("id", Integer, primary_key=True),
                  Column("customer_id", ForeignKey("customers.id")), Column("remark", Text))
    try:
        assert undecided() == ["erase_probe"]
        DECISIONS["erase_probe"] = {}
        assert undecided() == ["erase_probe.remark"]
    finally:
        DECISIONS.pop("erase_probe", None)
        Base.metadata.remove(probe)
    assert undecided() == []


def test_the_erased_customer_is_anonymised_in_every_table(person_book):
    services, person, car = person_book(others=3)
    services.erasure.erase(person.id, "the customer asked in writing")
    data = person_data(services.book, person.id)
    customer = data.tables["customers"][0]
    assert customer["name"] == f"#{person.id}"
    for column in ("phone", "phone_digits", "wechat", "address", "notes", "hobbies",
                   "name_pinyin", "name_initials"):
        assert customer[column] == "", column
    assert customer["erased_at"] is not None and customer["archived_at"] is not None
    assert data.tables["customer_search"][0]["keys"] == ""
    vehicle = data.tables["vehicles"][0]
    assert (vehicle["vin"], vehicle["plate"], vehicle["notes"]) == (None, "", "")
    assert (vehicle["make"], vehicle["model"]) == ("比亚迪", "汉")  # the model mix is kept
    assert data.tables["household_members"] == [] and data.tables["important_dates"] == []
    assert all(i["summary"] == "" for i in data.tables["interactions"])
    assert len(data.tables["interactions"]) == 7  # (the counts are kept)
    assert all(f["notes"] == "" for f in data.tables["follow_ups"])
    assert FollowUpStatus.OPEN.value not in {f["status"] for f in data.tables["follow_ups"]}
    visit = data.tables["service_visits"][0]
    assert (visit["comments"], visit["total_fen"], visit["satisfaction"]) == ("", 45000, 5)
    assert sorted(i["amount_fen"] for i in data.tables["visit_items"]) == [15000, 30000]
    everything = repr(data.tables)
    for value in (NAME, PHONE, VIN, PLATE, "欧阳明珠", "ouyang_jx", "科技园"):
        assert value not in everything, value
    erase = [e for e in data.tables["audit_log"] if e["action"] == "erase"]
    assert len(erase) == 1 and "the customer asked in writing" in erase[0]["detail"]


def test_a_reason_is_needed_and_an_unknown_customer_is_told(person_book):
    services, person, _ = person_book(others=0)
    with pytest.raises(BookError) as refused:
        services.erasure.erase(person.id, "  ")
    assert refused.value.code == "reason_needed"
    assert services.customers.get(person.id).name == NAME
    from app.domain.errors import NotFoundError

    with pytest.raises(NotFoundError):
        services.erasure.erase(99999, "asked")


def test_a_reason_naming_the_person_keeps_the_placeholder_instead(person_book):
    services, person, _ = person_book(others=0)
    services.erasure.erase(person.id, f"{NAME} asked on the phone {PHONE}")
    erase = list(services.audit.entries(action="erase"))[-1]
    assert NAME not in erase.detail and PHONE not in erase.detail
    assert f"#{person.id} asked on the phone #{person.id}" in erase.detail


@pytest.mark.sqlite_only
def test_erasure_leaves_no_trace_of_the_name_phone_vin_or_plate_in_the_book_file(tmp_path):
    path = tmp_path / "book.db"
    services = open_book(path)
    try:
        person, _ = _person(services)
        services.close()
        before = path.read_bytes()
        assert NAME.encode() in before and PHONE.encode() in before  # (the test can fail)
        services = open_book(path)
        services.erasure.erase(person.id, "asked in person")
        # read while the book is still open: the write-ahead log was emptied by the erasure
        found = _file_bytes(path)
    finally:
        services.close()
    for value in (NAME, PHONE, VIN, PLATE, "欧阳明珠", "13600001111", "ouyang_jx"):
        assert value.encode("utf-8") not in found, value
    for value in (NAME, PHONE, VIN, PLATE):
        assert value.encode("utf-8") not in _file_bytes(path), value


@pytest.mark.sqlite_only
def test_a_big_file_relies_on_the_secure_delete_alone(tmp_path, monkeypatch):
    """Above the size the file is searched, the secure delete alone leaves no trace."""
    import app.services.admin.erase as erase

    monkeypatch.setattr(erase, "SCAN_LIMIT", 0)
    path = tmp_path / "book.db"
    services = open_book(path)
    try:
        person, _ = _person(services)
        assert services.erasure.erase(person.id, "asked").rebuilt is False
    finally:
        services.close()
    found = _file_bytes(path)
    for value in (NAME, PHONE, VIN, PLATE):
        assert value.encode("utf-8") not in found, value


def _file_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def test_the_erased_customer_is_not_found_by_the_search(person_book):
    services, person, _ = person_book(others=3)
    for query in (NAME, "欧阳", PHONE, PHONE[-4:], PLATE, VIN[-6:], "ouyang"):
        assert person.id in services.customers.search_ids(query, include_archived=True), query
    services.erasure.erase(person.id, "asked")
    for query in (NAME, "欧阳", PHONE, PHONE[-4:], PLATE, VIN[-6:], "ouyang"):
        assert person.id not in services.customers.search_ids(query, include_archived=True), \
            query


def test_the_statistics_count_the_same_after_an_erasure(person_book):
    services, person, _ = person_book(others=5)
    query = DashboardQuery.last_months(TODAY, 12)
    dashboard = services.dashboard

    def figures():
        with services.book.reading() as session:
            sums = session.execute(text(
                "SELECT count(*), sum(total_fen), count(satisfaction) FROM service_visits")).one()
            counts = [session.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                      for t in ("customers", "vehicles", "interactions", "follow_ups",
                                "visit_items")]
        return (tuple(sums), counts, dashboard.visits(query), dashboard.satisfaction(query),
                dashboard.advisors(query))

    before = figures()
    services.erasure.erase(person.id, "asked")
    assert figures() == before


def test_the_audit_chain_holds_after_an_erasure_and_still_catches_a_hand_edit(person_book):
    services, person, car = person_book(others=2)
    services.erasure.erase(person.id, "asked")
    with services.book.reading() as session:
        assert chain_problems(session) == []
        c = AuditEntry.__table__.c
        rows = session.execute(select(c.id, c.record_kind, c.detail).order_by(c.id)).all()
    erased = [r for r in rows if r.detail.startswith(audit.ERASED_PREFIX)]
    assert any(r.record_kind == "customer" for r in erased)  # the card's changes (old -> new)
    for r in rows:
        assert NAME not in r.detail and PHONE not in r.detail and PLATE not in r.detail
    url = services.book.url
    services.close()
    assert check_book(url).ok
    # an erased entry given another digest, or any other entry's detail changed: caught
    run_sql(url, f"UPDATE audit_log SET detail = '{audit.ERASED_PREFIX}{'0' * 64}'"
                 f" WHERE id = {erased[0].id}")
    assert check_book(url).problems == (f"audit_chain: entry {erased[0].id} was changed",)
    run_sql(url, f"UPDATE audit_log SET detail = '{erased[0].detail}' WHERE id = {erased[0].id}")
    assert check_book(url).ok
    other = next(r for r in rows if not r.detail.startswith(audit.ERASED_PREFIX) and r.detail)
    run_sql(url, f"UPDATE audit_log SET detail = '{{}}' WHERE id = {other.id}")
    assert check_book(url).problems == (f"audit_chain: entry {other.id} was changed",)


def _signed_in(services, role: str):
    with services.book.writing() as session:
        row = Staff(name=f"员工{role}", role=role)
        session.add(row)
        session.flush()
        return actor_for(session, row.id, row.name, role)


@pytest.mark.parametrize("role", ["advisor", "service_advisor", "service_manager"])
def test_erasure_and_the_review_are_refused_to_anyone_but_the_owner(person_book, role):
    services, person, _ = person_book(others=0)
    services.act_as(_signed_in(services, role))
    with pytest.raises(NotAllowed) as refused:
        services.erasure.erase(person.id, "asked")
    assert refused.value.roles == ("owner",)
    with pytest.raises(NotAllowed):
        services.erasure.due_for_review(5)
    with pytest.raises(NotAllowed):
        person_data(services.book, person.id)
    services.act_as(_signed_in(services, "owner"))
    assert services.customers.get(person.id).name == NAME
    services.erasure.erase(person.id, "asked")
    assert services.customers.get(person.id).name == f"#{person.id}"


def test_the_review_lists_customers_inactive_for_the_years_chosen(services):
    advisor = services.staff.add("王顾问")
    old = services.customers.create(CustomerInput(name="老客户", phone="13500000001",
                                                  advisor_id=advisor.id))
    older = services.customers.create(CustomerInput(name="更老客户", phone="13500000002"))
    recent = services.customers.create(CustomerInput(name="新客户", phone="13500000003"))
    called = services.customers.create(CustomerInput(name="打过电话", phone="13500000004"))
    erased = services.customers.create(CustomerInput(name="已删除", phone="13500000005"))
    day = TODAY - timedelta(days=6 * 366)
    for cid, when in ((old.id, day), (older.id, day - timedelta(days=400)),
                      (called.id, day), (erased.id, day)):
        run_sql(services.book.url, f"UPDATE customers SET created_at = '{when} 09:00:00', "
                f"updated_at = '{when} 09:00:00' WHERE id = {cid}")
    services.timeline.log(InteractionInput(customer_id=called.id, summary="回访"))
    services.erasure.erase(erased.id, "asked")
    due = services.erasure.due_for_review(5)
    assert [r.id for r in due] == [older.id, old.id]
    assert (due[1].name, due[1].advisor_name, due[1].last_activity.date()) == ("老客户", "王顾问", day)
    assert recent.id not in [r.id for r in services.erasure.due_for_review(5)]
    assert [r.id for r in services.erasure.due_for_review(7)] == [older.id]
    assert services.erasure.due_for_review(8) == []
