"""A lone surrogate (half of a UTF-16 pair: a broken paste) cannot be stored in a book:
every service that stores text refuses it with ValidationError (code text_invalid)
naming the field, instead of SQLite's UnicodeEncodeError, and the book is unchanged."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.characters import check_storable_text, unstorable_fields, xml_safe
from app.domain.enums import FollowUpReason, Outcome
from app.domain.errors import FieldError, ValidationError
from app.domain.records import CustomerInput, InteractionInput, VehicleInput
from app.domain.reminder_records import HouseholdMemberRecord, ImportantDateRecord
from app.domain.visit_records import VisitInput, WorkItem
from tests.postgres.books import book_rows

LONE = "\ud800"
BAD = f"王{LONE}五"


def book_contents(services) -> dict:
    """Every row of every table, read by a connection of its own."""
    return book_rows(services.book)


@pytest.fixture
def book(services):
    """A book with a customer, a vehicle, an advisor and an open follow-up."""
    advisor = services.staff.add("Wang Fang")
    customer = services.customers.create(CustomerInput(name="张三", advisor_id=advisor.id))
    vehicle = services.vehicles.add(customer.id, VehicleInput(model="汉", plate="京A12345"))
    follow_up = services.followups.create(customer.id, FollowUpReason.CUSTOM, date(2024, 5, 1))
    return services, customer, vehicle, follow_up


def _calls(services, customer, vehicle, follow_up):
    """(description, the field to be named, a call storing a lone surrogate in that field)."""
    def visit(**fields) -> VisitInput:
        return VisitInput(vehicle_id=vehicle.id, date_in=date(2024, 4, 1), **fields)

    return [
        ("new customer's name", "name", lambda: services.customers.create(CustomerInput(name=BAD))),
        ("new customer's notes", "notes",
         lambda: services.customers.create(CustomerInput(name="李四", notes=BAD))),
        ("new customer's tag", "tags",
         lambda: services.customers.create(CustomerInput(name="李四", tags=("VIP", BAD)))),
        ("new customer's e-mail", "email",
         lambda: services.customers.create(CustomerInput(name="李四", email=f"a{LONE}@b.cn"))),
        ("edited customer's address", "address", lambda: services.customers.update(
            customer.id, CustomerInput(name="张三", address=BAD), customer.version)),
        ("new vehicle's notes", "notes",
         lambda: services.vehicles.add(customer.id, VehicleInput(model="秦", notes=BAD))),
        ("edited vehicle's colour", "colour", lambda: services.vehicles.update(
            vehicle.id, VehicleInput(model="汉", plate="京A12345", colour=BAD), vehicle.version)),
        ("household member's name", "name", lambda: services.household.add_member(
            HouseholdMemberRecord(customer_id=customer.id, name=BAD))),
        ("household member's notes", "notes", lambda: services.household.add_member(
            HouseholdMemberRecord(customer_id=customer.id, name="王芳", notes=BAD))),
        ("important date's title", "title", lambda: services.household.add_date(
            ImportantDateRecord(customer.id, date(2020, 6, 1), "custom", BAD))),
        ("timeline note", "summary", lambda: services.timeline.log(
            InteractionInput(customer_id=customer.id, summary=BAD))),
        ("follow-up's notes", "notes", lambda: services.followups.create(
            customer.id, FollowUpReason.CUSTOM, date(2024, 6, 1), notes=BAD)),
        ("campaign's notes", "notes", lambda: services.followups.create_many(
            [customer.id], FollowUpReason.CUSTOM, date(2024, 6, 1), notes=BAD)),
        ("call outcome's notes", "notes", lambda: services.followups.log_outcome(
            follow_up, Outcome.REACHED, BAD)),
        ("visit's comments", "comments", lambda: services.visits.add(visit(comments=BAD))),
        ("visit's work item", "items", lambda: services.visits.add(
            visit(items=(WorkItem("机油", 100), WorkItem(BAD, 200))))),
        ("staff member's name", "name", lambda: services.staff.add(BAD)),
    ]


CALL_NAMES = [name for name, _field, _call in _calls(*(None,) * 4)]


@pytest.mark.parametrize("which", CALL_NAMES)
def test_a_lone_surrogate_is_refused_and_nothing_is_stored(book, which):
    services = book[0]
    field, call = next((f, c) for name, f, c in _calls(*book) if name == which)
    before = book_contents(services)

    with pytest.raises(ValidationError) as refused:
        call()

    assert FieldError(field, "text_invalid") in refused.value.errors
    assert book_contents(services) == before


def test_a_surrogate_pair_of_code_points_is_refused_but_astral_characters_are_kept(services):
    """Python keeps "\\ud83d\\ude00" as two code points with no UTF-8 form; "😀" is fine."""
    with pytest.raises(ValidationError):
        services.staff.add("\ud83d\ude00")
    assert services.staff.add("😀 Wang\x85Fang").name == "😀 Wang\x85Fang"


def test_a_nul_is_refused_on_every_book_and_nothing_is_stored(book):
    """A server book cannot store U+0000; no book takes it, so any book can move to one."""
    services, customer, vehicle, follow_up = book
    before = book_contents(services)
    for call in (lambda: services.staff.add("Wang\x00Fang"),
                 lambda: services.customers.create(CustomerInput(name="王\x00五")),
                 lambda: services.vehicles.add(customer.id, VehicleInput(model="秦\x00"))):
        with pytest.raises(ValidationError) as raised:
            call()
        assert [e.code for e in raised.value.errors] == ["text_invalid"]
    assert book_contents(services) == before


def test_unstorable_fields_names_each_bad_field_once():
    data = CustomerInput(name=BAD, notes=BAD, tags=("ok", BAD), wechat="fine")
    assert unstorable_fields(data, extra=BAD, other="fine") == [
        FieldError("name", "text_invalid"),
        FieldError("tags", "text_invalid"),
        FieldError("notes", "text_invalid"),
        FieldError("extra", "text_invalid"),
    ]
    check_storable_text(data.__class__(name="张三"), note="ok")  # nothing to refuse


def test_xml_safe_keeps_what_a_book_may_store_apart_from_what_xml_forbids():
    assert xml_safe(f"a\x00\x1f\ufffe\uffff{LONE}\udfff\t\n\r\x85😀b") == "a\t\n\r\x85😀b"


def test_the_refusal_is_worded_for_the_person_at_the_desk():
    from app.ui.messages import field_error

    unknown = field_error(FieldError("name", "no_such_code"))
    words = field_error(FieldError("name", "text_invalid"))
    assert words != unknown
    assert "retype" in words
