"""Every write unit of work notes what it changed and who did it, with no service saying so;
another desk's writes are noticed through the book's write clock."""

from datetime import date

import pytest
from sqlalchemy import update

from app.db.models import Customer
from app.db.unit import origin
from app.domain.changes import DESK, SYSTEM, Actor, ChangeKind, Changes
from app.domain.enums import FollowUpReason, Outcome
from app.domain.errors import ValidationError
from app.domain.records import CustomerInput, VehicleInput
from app.services.admin.book import open_book


@pytest.fixture
def heard(services):
    got = []
    services.listen(got.append)
    return got


def test_a_new_customer_is_noted_with_its_id_and_the_desks_actor(services, heard):
    c = services.customers.create(CustomerInput(name="王芳", phone="13800001111"))
    assert len(heard) == 1
    assert heard[0].changes.ids(ChangeKind.CUSTOMER) == {c.id}
    assert heard[0].actor == DESK and heard[0].origin is None


def test_an_update_names_only_that_customer(services, heard):
    a = services.customers.create(CustomerInput(name="王芳", phone="13800001111"))
    services.customers.create(CustomerInput(name="李雷", phone="13800002222"))
    heard.clear()
    services.customers.update(a.id, CustomerInput(name="王芳芳", phone="13800001111"), a.version)
    assert [h.changes.ids(ChangeKind.CUSTOMER) for h in heard] == [{a.id}]


def test_a_vehicle_names_itself_and_its_owner(services, heard):
    c = services.customers.create(CustomerInput(name="王芳", phone="13800001111"))
    heard.clear()
    v = services.vehicles.add(c.id, VehicleInput(make="Toyota", model="Camry", plate="京A12345"))
    changes = heard[-1].changes
    assert changes.ids(ChangeKind.VEHICLE) == {v.id}
    assert changes.ids(ChangeKind.CUSTOMER) == {c.id}


def test_a_call_logged_names_the_follow_up_the_timeline_and_the_customer(services, heard):
    c = services.customers.create(CustomerInput(name="王芳", phone="13800001111"))
    f = services.followups.create(c.id, FollowUpReason.CUSTOM, date(2026, 5, 1))
    heard.clear()
    services.followups.log_outcome(f, Outcome.REACHED, "谈好了", today=date(2026, 5, 1))
    changes = heard[-1].changes
    assert changes.ids(ChangeKind.FOLLOW_UP) == {f}
    assert len(changes.ids(ChangeKind.INTERACTION)) == 1
    assert changes.ids(ChangeKind.CUSTOMER) == {c.id}


def test_a_refused_write_tells_nobody(services, heard):
    with pytest.raises(ValidationError):
        services.customers.create(CustomerInput(name="", phone="12"))
    assert heard == []


def test_a_write_with_no_change_tells_nobody(services, heard):
    with services.book.writing():
        pass
    assert heard == []


def test_the_actor_is_the_books_person_or_the_one_given(services, heard):
    services.book.actor = Actor(7, "张伟")
    services.customers.create(CustomerInput(name="王芳", phone="13800001111"))
    with services.book.writing(actor=SYSTEM) as s:
        s.execute(update(Customer).values(notes="月末"))
    assert [h.actor for h in heard] == [Actor(7, "张伟"), SYSTEM]
    # a statement over every row names none: all customers are read again
    assert heard[1].changes.ids(ChangeKind.CUSTOMER) is None


def test_the_origin_of_the_request_travels_with_it(services, heard):
    asker = object()
    with origin(asker):
        services.customers.create(CustomerInput(name="王芳", phone="13800001111"))
    assert heard[0].origin is asker


def test_another_desks_writes_are_noticed_and_this_desks_own_are_not(services, heard):
    other = open_book(services.book.url)
    try:
        assert services.book.others_wrote() is False  # the first look learns where it stands
        services.customers.create(CustomerInput(name="王芳", phone="13800001111"))
        assert services.book.others_wrote() is False  # its own write
        assert heard[-1].others_before is False
        other.customers.create(CustomerInput(name="李雷", phone="13800002222"))
        assert services.book.others_wrote() is True
        assert services.book.others_wrote() is False
        other.customers.create(CustomerInput(name="韩梅梅", phone="13800003333"))
        services.customers.create(CustomerInput(name="赵强", phone="13800004444"))
        # written over the other desk's write before looking: the commit says so
        assert heard[-1].others_before is True
    finally:
        other.close()


def test_changes_merge_and_unknown_ids_win():
    a = Changes.of(ChangeKind.CUSTOMER, [1, 2])
    b = Changes.of(ChangeKind.CUSTOMER, [3]).merged(Changes.of(ChangeKind.VEHICLE, None))
    merged = a.merged(b)
    assert merged.ids(ChangeKind.CUSTOMER) == {1, 2, 3}
    assert merged.ids(ChangeKind.VEHICLE) is None
    assert merged.ids(ChangeKind.VISIT) == frozenset()
    assert a.merged(Changes.of(ChangeKind.CUSTOMER, None)).ids(ChangeKind.CUSTOMER) is None
    assert not Changes() and Changes.everything().touches(ChangeKind.STAFF)


def test_the_forecasts_of_the_whole_book_are_written_by_the_program(services, heard):
    c = services.customers.create(CustomerInput(name="王芳", phone="13800001111"))
    services.vehicles.add(c.id, VehicleInput(make="Toyota", model="Camry", plate="京A12345",
                                             purchase_date=date(2025, 1, 10), mileage_km=12000))
    heard.clear()
    services.visits.store_predictions()
    assert heard and all(h.actor == SYSTEM for h in heard)
    assert heard[-1].changes.touches(ChangeKind.VEHICLE)
