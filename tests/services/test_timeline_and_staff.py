"""TimelineService (contact log) and StaffService."""

from datetime import datetime

import pytest

from app.domain.enums import InteractionKind, StaffRole
from app.domain.errors import NotFoundError, ValidationError
from app.domain.records import CustomerInput, InteractionInput, StaffRecord, VehicleInput


@pytest.fixture
def zhang(services):
    return services.customers.create(CustomerInput(name="张三")).id


def log(services, customer_id, summary, when, **fields):
    return services.timeline.log(
        InteractionInput(customer_id=customer_id, summary=summary, occurred_at=when, **fields)
    )


# ------------------------------------------------------------ timeline
def test_logged_contact_is_returned_with_staff_and_plate(services, zhang):
    advisor = services.staff.add("Wang Fang")
    vehicle = services.vehicles.add(zhang, VehicleInput(model="汉", plate="京A12345"))
    entry = log(
        services,
        zhang,
        "  保养提醒  ",
        datetime(2024, 5, 1, 9, 30),
        kind=InteractionKind.WECHAT,
        staff_id=advisor.id,
        vehicle_id=vehicle.id,
    )
    assert entry.id > 0
    assert entry.customer_id == zhang
    assert entry.kind is InteractionKind.WECHAT
    assert entry.summary == "保养提醒"
    assert entry.occurred_at == datetime(2024, 5, 1, 9, 30)
    assert entry.staff_name == "Wang Fang"
    assert entry.plate == "京A·12345"


def test_logging_a_contact_updates_last_contact_at(services, zhang):
    assert services.customers.rows([zhang])[0].last_contact_at is None
    log(services, zhang, "来电", datetime(2024, 5, 1, 9, 30))
    assert services.customers.rows([zhang])[0].last_contact_at == datetime(2024, 5, 1, 9, 30)


def test_logging_an_older_contact_keeps_the_latest_as_last_contact(services, zhang):
    log(services, zhang, "试驾", datetime(2024, 5, 3, 15, 0))
    log(services, zhang, "补记: 首次来店", datetime(2024, 4, 20, 10, 0))
    assert services.customers.rows([zhang])[0].last_contact_at == datetime(2024, 5, 3, 15, 0)


def test_contact_without_time_is_logged_now(services, zhang):
    before = datetime.now().replace(microsecond=0)
    entry = services.timeline.log(InteractionInput(customer_id=zhang, summary="来电"))
    after = datetime.now()
    assert before <= entry.occurred_at <= after


def test_timeline_is_newest_first(services, zhang):
    log(services, zhang, "B", datetime(2024, 5, 2))
    log(services, zhang, "C", datetime(2024, 5, 3))
    log(services, zhang, "A", datetime(2024, 5, 1))
    assert [e.summary for e in services.timeline.of_customer(zhang)] == ["C", "B", "A"]


def test_timeline_entries_at_the_same_time_are_newest_logged_first(services, zhang):
    first = log(services, zhang, "first", datetime(2024, 5, 1, 9))
    second = log(services, zhang, "second", datetime(2024, 5, 1, 9))
    assert [e.id for e in services.timeline.of_customer(zhang)] == [second.id, first.id]


def test_timeline_limit_keeps_the_newest(services, zhang):
    for day in range(1, 6):
        log(services, zhang, f"day {day}", datetime(2024, 5, day))
    assert [e.summary for e in services.timeline.of_customer(zhang, limit=2)] == [
        "day 5",
        "day 4",
    ]


def test_timeline_holds_only_that_customers_contacts(services, zhang):
    li = services.customers.create(CustomerInput(name="李四")).id
    log(services, zhang, "张三的", datetime(2024, 5, 1))
    log(services, li, "李四的", datetime(2024, 5, 2))
    assert [e.summary for e in services.timeline.of_customer(zhang)] == ["张三的"]


def test_contact_without_summary_is_refused(services, zhang):
    with pytest.raises(ValidationError) as caught:
        log(services, zhang, "   ", datetime(2024, 5, 1))
    assert caught.value.codes() == {"summary": "required"}
    assert services.timeline.of_customer(zhang) == []


def test_contact_for_unknown_customer_raises_not_found(services):
    with pytest.raises(NotFoundError):
        log(services, 424242, "来电", datetime(2024, 5, 1))


# ------------------------------------------------------------ staff
def test_added_staff_member_is_listed(services):
    added = services.staff.add("  Wang Fang ", StaffRole.SERVICE_ADVISOR)
    assert added == StaffRecord(added.id, "Wang Fang", StaffRole.SERVICE_ADVISOR, True)
    assert services.staff.list() == [added]


def test_staff_role_defaults_to_advisor(services):
    assert services.staff.add("Li Na").role is StaffRole.ADVISOR


def test_staff_list_is_sorted_by_name(services):
    for name in ("Zhou", "An", "Ma"):
        services.staff.add(name)
    assert [s.name for s in services.staff.list()] == ["An", "Ma", "Zhou"]


def test_staff_member_without_name_is_refused(services):
    with pytest.raises(ValidationError) as caught:
        services.staff.add("   ")
    assert caught.value.codes() == {"name": "required"}
    assert services.staff.list(active_only=False) == []


def test_unknown_staff_role_is_refused(services):
    with pytest.raises(ValueError):
        services.staff.add("Wang", "janitor")
    assert services.staff.list(active_only=False) == []
