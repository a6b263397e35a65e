"""CustomerService: create, read, edit, archive, restore, tags, referrals, the card."""

import os
import time
from dataclasses import replace
from datetime import date, datetime

import pytest

from app.domain.enums import CalendarKind, CustomerKind, CustomerSource, Gender, StaffRole
from app.domain.errors import ConflictError, NotFoundError, ValidationError
from app.domain.records import CustomerInput, InteractionInput, VehicleInput


def person(name="张三", **fields) -> CustomerInput:
    return CustomerInput(name=name, **fields)


# ------------------------------------------------------------ create and read
def test_created_customer_is_read_back_with_normalised_fields(services):
    created = services.customers.create(
        person(
            "  张三 ",
            phone="138 0013 8000",
            phone_alt="010-6552 9988",
            email=" zhang.san@example.cn ",
            wechat=" zs_wx ",
            gender=Gender.MALE,
            birth_year=1985,
            birth_month=7,
            birth_day=14,
            source=CustomerSource.SHOWROOM,
            occupation=" 医生 ",
            key_account=True,
        )
    )
    assert created.id > 0
    assert created.version == 1
    assert created.archived is False
    again = services.customers.get(created.id)
    assert again == created
    assert again.name == "张三"
    assert again.phone == "+8613800138000"
    assert again.phone_alt == "+861065529988"
    assert again.email == "zhang.san@example.cn"
    assert again.wechat == "zs_wx"
    assert again.occupation == "医生"
    assert again.gender is Gender.MALE
    assert again.source is CustomerSource.SHOWROOM
    assert (again.birth_year, again.birth_month, again.birth_day) == (1985, 7, 14)
    assert again.key_account is True
    assert again.created_at is not None


def test_phone_is_stored_in_e164(services):
    created = services.customers.create(person(phone="+86 138-0013-8000"))
    assert services.customers.get(created.id).phone == "+8613800138000"


def test_company_customer_keeps_its_kind(services):
    created = services.customers.create(person("Apple Inc.", kind=CustomerKind.COMPANY))
    assert services.customers.get(created.id).kind is CustomerKind.COMPANY


def test_lunar_birthday_is_stored_with_its_calendar_and_leap_flag(services):
    created = services.customers.create(
        person(
            birthday_calendar=CalendarKind.LUNAR,
            birth_year=2023,
            birth_month=2,
            birth_day=10,
            birth_leap=True,
        )
    )
    got = services.customers.get(created.id)
    assert got.birthday_calendar is CalendarKind.LUNAR
    assert (got.birth_year, got.birth_month, got.birth_day, got.birth_leap) == (2023, 2, 10, True)


def test_marketing_consent_is_stored_with_its_date(services):
    created = services.customers.create(
        person(marketing_consent=True, marketing_consent_date=date(2024, 3, 1))
    )
    got = services.customers.get(created.id)
    assert got.marketing_consent is True
    assert got.marketing_consent_date == date(2024, 3, 1)


def test_get_of_unknown_customer_raises_not_found(services):
    with pytest.raises(NotFoundError):
        services.customers.get(424242)


def test_advisor_name_is_read_with_the_customer(services):
    advisor = services.staff.add("Wang Fang", StaffRole.ADVISOR)
    created = services.customers.create(person(advisor_id=advisor.id))
    assert created.advisor_id == advisor.id
    assert created.advisor_name == "Wang Fang"


def test_unknown_advisor_is_refused_as_validation_error_and_nothing_is_stored(services):
    with pytest.raises(ValidationError) as caught:
        services.customers.create(person(advisor_id=424242))
    assert "advisor_id" in caught.value.codes()
    assert services.customers.count(include_archived=True) == 0


# ------------------------------------------------------------ validation
def test_invalid_record_is_refused_whole_with_every_bad_field_reported(services):
    services.customers.create(person("李四"))
    before = services.customers.count(include_archived=True)
    with pytest.raises(ValidationError) as caught:
        services.customers.create(
            CustomerInput(
                name="   ",
                phone="12345",
                phone_alt="abc",
                email="no-at-sign",
                birth_month=2,
                birth_day=30,
                marketing_consent=True,
                tags=("新标签",),
            )
        )
    assert caught.value.codes() == {
        "name": "required",
        "phone": "phone_invalid",
        "phone_alt": "phone_invalid",
        "email": "email_invalid",
        "birthday": "birthday_invalid",
        "marketing_consent_date": "consent_date_required",
    }
    assert services.customers.count(include_archived=True) == before
    assert services.customers.all_tags() == []


def test_unknown_referrer_is_reported_together_with_other_field_errors(services):
    with pytest.raises(ValidationError) as caught:
        services.customers.create(person("", referred_by_id=424242))
    assert caught.value.codes() == {"name": "required", "referred_by_id": "referrer_invalid"}


def test_refused_edit_leaves_the_stored_customer_unchanged(services):
    created = services.customers.create(person(phone="13800138000", tags=("VIP",)))
    with pytest.raises(ValidationError):
        services.customers.update(
            created.id, person("王五", phone="bad", tags=("老客户",)), created.version
        )
    assert services.customers.get(created.id) == created


# ------------------------------------------------------------ update and concurrency
def test_update_saves_changes_and_bumps_version(services):
    created = services.customers.create(person(phone="13800138000"))
    updated = services.customers.update(
        created.id, person("张三丰", phone="139 1234 5678", notes="喜欢SUV"), created.version
    )
    assert updated.version == created.version + 1
    assert updated.name == "张三丰"
    assert updated.phone == "+8613912345678"
    assert updated.notes == "喜欢SUV"
    assert services.customers.get(created.id) == updated


def test_a_stored_record_can_be_edited_and_saved_back(services):
    created = services.customers.create(person(phone="13800138000"))
    updated = services.customers.update(
        created.id, replace(created, notes="回访"), created.version
    )
    assert updated.notes == "回访"


def test_update_with_stale_version_raises_conflict_and_keeps_other_desks_change(services):
    created = services.customers.create(person(phone="13800138000", tags=("VIP",)))
    desk_a = services.customers.get(created.id)
    desk_b = services.customers.get(created.id)

    saved_by_b = services.customers.update(
        created.id, person(phone="139 1234 5678", tags=("VIP",)), desk_b.version
    )
    with pytest.raises(ConflictError):
        services.customers.update(
            created.id, person("张三 (A)", phone="137 0000 0000", tags=("老客户",)), desk_a.version
        )

    now = services.customers.get(created.id)
    assert now == saved_by_b
    assert now.phone == "+8613912345678"
    assert now.name == "张三"
    assert now.tags == ("VIP",)


def test_archive_counts_as_a_change_for_concurrent_editors(services):
    created = services.customers.create(person())
    services.customers.archive(created.id)
    with pytest.raises(ConflictError):
        services.customers.update(created.id, person(notes="x"), created.version)


def test_update_of_unknown_customer_raises_not_found(services):
    with pytest.raises(NotFoundError):
        services.customers.update(424242, person(), 1)


# ------------------------------------------------------------ archive and restore
def test_archive_marks_customer_archived_and_restore_brings_it_back(services):
    created = services.customers.create(person())
    services.customers.archive(created.id)
    archived = services.customers.get(created.id)
    assert archived.archived is True
    assert archived.version == created.version + 1
    assert services.customers.count() == 0
    assert services.customers.count(include_archived=True) == 1

    services.customers.restore(created.id)
    restored = services.customers.get(created.id)
    assert restored.archived is False
    assert restored.version == created.version + 2
    assert services.customers.count() == 1


def test_archive_of_unknown_customer_raises_not_found(services):
    with pytest.raises(NotFoundError):
        services.customers.archive(424242)


# ------------------------------------------------------------ tags
def test_tags_are_trimmed_deduplicated_and_read_in_order(services):
    created = services.customers.create(person(tags=(" VIP ", "车队", "VIP", "", "  ")))
    assert created.tags == ("VIP", "车队")
    assert services.customers.all_tags() == ["VIP", "车队"]


def test_update_replaces_the_tag_set(services):
    created = services.customers.create(person(tags=("VIP", "车队")))
    updated = services.customers.update(created.id, person(tags=("老客户",)), created.version)
    assert updated.tags == ("老客户",)
    cleared = services.customers.update(created.id, person(tags=()), updated.version)
    assert cleared.tags == ()


def test_tags_are_shared_between_customers(services):
    a = services.customers.create(person("张三", tags=("VIP",)))
    b = services.customers.create(person("李四", tags=("VIP",)))
    assert a.tags == b.tags == ("VIP",)
    assert services.customers.all_tags() == ["VIP"]


# ------------------------------------------------------------ referrals
def test_referrer_is_stored_and_named(services):
    referrer = services.customers.create(person("李四"))
    referred = services.customers.create(
        person("张三", source=CustomerSource.REFERRAL, referred_by_id=referrer.id)
    )
    assert referred.referred_by_id == referrer.id
    assert referred.referred_by_name == "李四"


def test_self_referral_is_refused(services):
    created = services.customers.create(person())
    with pytest.raises(ValidationError) as caught:
        services.customers.update(created.id, person(referred_by_id=created.id), created.version)
    assert caught.value.codes() == {"referred_by_id": "referrer_invalid"}
    assert services.customers.get(created.id).referred_by_id is None


def test_unknown_referrer_is_refused_and_nothing_is_stored(services):
    with pytest.raises(ValidationError) as caught:
        services.customers.create(person(referred_by_id=424242))
    assert caught.value.codes() == {"referred_by_id": "referrer_invalid"}
    assert services.customers.count(include_archived=True) == 0


# ------------------------------------------------------------ rows and card
def test_rows_come_back_in_the_order_asked_with_display_fields(services):
    advisor = services.staff.add("Li Na")
    a = services.customers.create(person("张三", phone="13800138000", advisor_id=advisor.id))
    b = services.customers.create(person("李四", key_account=True))
    services.vehicles.add(a.id, VehicleInput(make="BYD", model="汉", plate="京A12345"))
    rows = services.customers.rows([b.id, a.id, 424242])
    assert [r.id for r in rows] == [b.id, a.id]
    row_b, row_a = rows
    assert row_a.phone == "138 0013 8000"
    assert row_a.plates == "京A·12345"
    assert row_a.advisor_name == "Li Na"
    assert row_b.key_account is True and row_b.plates == "" and row_b.archived is False


def test_card_holds_customer_vehicles_and_timeline_newest_first(services):
    created = services.customers.create(person())
    vehicle = services.vehicles.add(created.id, VehicleInput(make="BYD", model="汉", plate="京A12345"))
    for day, summary in ((1, "第一次来店"), (3, "试驾"), (2, "电话回访")):
        services.timeline.log(
            InteractionInput(
                customer_id=created.id, summary=summary, occurred_at=datetime(2024, 5, day, 10)
            )
        )
    card = services.customers.card(created.id)
    assert card.customer == services.customers.get(created.id)
    assert [v.id for v in card.vehicles] == [vehicle.id]
    assert [e.summary for e in card.timeline] == ["试驾", "电话回访", "第一次来店"]


def test_card_of_unknown_customer_raises_not_found(services):
    with pytest.raises(NotFoundError):
        services.customers.card(424242)



# ------------------------------------------------------------ clocks
@pytest.fixture
def shanghai_time():
    """Run the test with the process's local time zone set to China Standard Time."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


def test_created_at_uses_the_same_local_clock_as_updated_at(services, shanghai_time):
    created = services.customers.create(person())
    now = datetime.now()
    assert abs((created.created_at - now).total_seconds()) < 120
    updated = services.customers.update(created.id, person(notes="x"), created.version)
    assert abs((updated.updated_at - updated.created_at).total_seconds()) < 120
