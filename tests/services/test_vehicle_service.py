"""VehicleService: add, edit, duplicate VINs, change of owner, archive."""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.domain.enums import PurchaseType
from app.domain.errors import ConflictError, NotFoundError, ValidationError
from app.domain.records import CustomerInput, OwnershipRecord, VehicleInput
from app.domain.validation import vin_check_digit


def cn_vin(serial: int) -> str:
    """A valid Chinese VIN (check digit right) with the given six-digit serial."""
    body = f"LSVAU2180N2{serial:06d}"
    return body[:8] + vin_check_digit(body) + body[9:]


def with_wrong_check_digit(vin: str) -> str:
    wrong = "1" if vin[8] == "0" else "0"
    return vin[:8] + wrong + vin[9:]


HAN = VehicleInput(
    make="比亚迪",
    model="汉",
    trim="EV 创世版",
    vin=cn_vin(183294),
    plate="京a12345",
    colour="黑",
    year=2022,
    purchase_date=date(2022, 6, 1),
    purchase_type=PurchaseType.NEW_HERE,
    price_yuan=279800,
    mileage_km=15000,
)


@pytest.fixture
def zhang(services):
    return services.customers.create(CustomerInput(name="张三", phone="13800138000")).id


@pytest.fixture
def li(services):
    return services.customers.create(CustomerInput(name="李四", phone="13955667788")).id


def found(services, query):
    return set(services.customers.search_ids(query))


# ------------------------------------------------------------ add and read
def test_added_vehicle_is_stored_normalised_with_one_open_ownership(services, zhang):
    added = services.vehicles.add(zhang, replace(HAN, vin=" " + HAN.vin.lower() + " "))
    assert added.id > 0
    assert added.owner_id == zhang
    assert added.vin == HAN.vin
    assert added.plate == "京A·12345"
    assert added.title == "比亚迪 汉 EV 创世版"
    assert added.version == 1
    assert added.owners == (OwnershipRecord(zhang, "张三", date(2022, 6, 1), None),)
    assert services.vehicles.get(added.id) == added


def test_vehicle_without_purchase_date_is_owned_from_today(services, zhang):
    added = services.vehicles.add(zhang, VehicleInput(make="BYD", model="秦"))
    assert added.owners[0].start_date == date.today()
    assert added.vin == ""


def test_two_vehicles_without_vin_can_be_stored(services, zhang):
    services.vehicles.add(zhang, VehicleInput(model="秦"))
    services.vehicles.add(zhang, VehicleInput(model="宋"))
    assert len(services.customers.card(zhang).vehicles) == 2


def test_vehicle_for_unknown_owner_is_refused(services):
    with pytest.raises(NotFoundError):
        services.vehicles.add(424242, HAN)


def test_get_of_unknown_vehicle_raises_not_found(services):
    with pytest.raises(NotFoundError):
        services.vehicles.get(424242)


def test_invalid_vehicle_is_refused_with_every_bad_field_and_nothing_stored(services, zhang):
    tomorrow = date.today() + timedelta(days=1)
    bad = VehicleInput(
        vin=with_wrong_check_digit(HAN.vin),
        plate="京I1234",
        year=1900,
        price_yuan=-1,
        mileage_km=-5,
        purchase_date=tomorrow,
    )
    with pytest.raises(ValidationError) as caught:
        services.vehicles.add(zhang, bad)
    assert caught.value.codes() == {
        "model": "required",
        "vin": "vin_check_digit",
        "plate": "plate_invalid",
        "year": "year_invalid",
        "price_yuan": "negative",
        "mileage_km": "negative",
        "purchase_date": "date_future",
    }
    assert services.customers.card(zhang).vehicles == ()


# ------------------------------------------------------------ duplicate VIN
def test_second_vehicle_with_the_same_vin_is_refused(services, zhang, li):
    services.vehicles.add(zhang, HAN)
    with pytest.raises(ValidationError) as caught:
        services.vehicles.add(li, VehicleInput(model="汉", vin=HAN.vin.lower()))
    assert caught.value.codes() == {"vin": "vin_duplicate"}
    assert services.customers.card(li).vehicles == ()


def test_editing_a_vehicle_to_another_vehicles_vin_is_refused(services, zhang):
    services.vehicles.add(zhang, HAN)
    other = services.vehicles.add(zhang, VehicleInput(model="秦", vin=cn_vin(100001)))
    with pytest.raises(ValidationError) as caught:
        services.vehicles.update(other.id, replace(HAN, model="秦"), other.version)
    assert caught.value.codes() == {"vin": "vin_duplicate"}
    assert services.vehicles.get(other.id).vin == cn_vin(100001)


def test_a_vehicle_keeps_its_own_vin_when_edited(services, zhang):
    added = services.vehicles.add(zhang, HAN)
    updated = services.vehicles.update(added.id, replace(HAN, mileage_km=20000), added.version)
    assert updated.vin == HAN.vin
    assert updated.mileage_km == 20000


# ------------------------------------------------------------ update
def test_update_saves_changes_bumps_version_and_moves_plate_search_key(services, zhang):
    added = services.vehicles.add(zhang, HAN)
    updated = services.vehicles.update(added.id, replace(HAN, plate="京B·67890"), added.version)
    assert updated.plate == "京B·67890"
    assert updated.version == added.version + 1
    assert found(services, "京A12345") == set()
    assert found(services, "京B67890") == {zhang}


def test_vehicle_update_with_stale_version_raises_conflict_and_keeps_other_change(
    services, zhang
):
    added = services.vehicles.add(zhang, HAN)
    services.vehicles.update(added.id, replace(HAN, mileage_km=20000), added.version)
    with pytest.raises(ConflictError):
        services.vehicles.update(added.id, replace(HAN, mileage_km=99999), added.version)
    assert services.vehicles.get(added.id).mileage_km == 20000


def test_update_of_unknown_vehicle_raises_not_found(services):
    with pytest.raises(NotFoundError):
        services.vehicles.update(424242, HAN, 1)


# ------------------------------------------------------------ transfer
def test_transfer_closes_old_ownership_and_opens_new_one(services, zhang, li):
    added = services.vehicles.add(zhang, HAN)
    moved = services.vehicles.transfer(added.id, li, on=date(2024, 5, 1))
    assert moved.owner_id == li
    assert moved.version == added.version + 1
    assert moved.owners == (
        OwnershipRecord(zhang, "张三", date(2022, 6, 1), date(2024, 5, 1)),
        OwnershipRecord(li, "李四", date(2024, 5, 1), None),
    )


def test_transfer_moves_the_search_keys_to_the_new_owner(services, zhang, li):
    added = services.vehicles.add(zhang, HAN)
    assert found(services, "京A·12345") == {zhang}
    services.vehicles.transfer(added.id, li, on=date(2024, 5, 1))
    assert found(services, "京A·12345") == {li}
    assert found(services, "a1234") == {li}
    assert found(services, HAN.vin[-7:]) == {li}
    assert found(services, "zhangsan") == {zhang}  # the old owner is still found by name


def test_transfer_moves_the_vehicle_between_cards_and_list_rows(services, zhang, li):
    added = services.vehicles.add(zhang, HAN)
    services.vehicles.transfer(added.id, li)
    assert services.customers.card(zhang).vehicles == ()
    assert [v.id for v in services.customers.card(li).vehicles] == [added.id]
    row_zhang, row_li = services.customers.rows([zhang, li])
    assert row_zhang.plates == ""
    assert row_li.plates == "京A·12345"


def test_transfer_back_and_forth_keeps_the_whole_history(services, zhang, li):
    added = services.vehicles.add(zhang, HAN)
    services.vehicles.transfer(added.id, li, on=date(2023, 1, 1))
    back = services.vehicles.transfer(added.id, zhang, on=date(2024, 1, 1))
    assert [(o.customer_id, o.start_date, o.end_date) for o in back.owners] == [
        (zhang, date(2022, 6, 1), date(2023, 1, 1)),
        (li, date(2023, 1, 1), date(2024, 1, 1)),
        (zhang, date(2024, 1, 1), None),
    ]


def test_transfer_to_the_current_owner_is_refused(services, zhang):
    added = services.vehicles.add(zhang, HAN)
    with pytest.raises(ValidationError) as caught:
        services.vehicles.transfer(added.id, zhang)
    assert caught.value.codes() == {"owner": "owner_same"}
    assert services.vehicles.get(added.id) == added


def test_transfer_to_unknown_customer_is_refused(services, zhang):
    added = services.vehicles.add(zhang, HAN)
    with pytest.raises(ValidationError) as caught:
        services.vehicles.transfer(added.id, 424242)
    assert caught.value.codes() == {"owner": "owner_invalid"}
    assert services.vehicles.get(added.id) == added


def test_transfer_of_unknown_vehicle_raises_not_found(services, zhang):
    with pytest.raises(NotFoundError):
        services.vehicles.transfer(424242, zhang)


# ------------------------------------------------------------ archive
def test_archived_vehicle_no_longer_finds_its_owner_and_leaves_the_list_row(services, zhang):
    added = services.vehicles.add(zhang, HAN)
    services.vehicles.set_archived(added.id, True)
    archived = services.vehicles.get(added.id)
    assert archived.archived_at is not None
    assert archived.version == added.version + 1
    assert found(services, "京A12345") == set()
    assert found(services, "zhangsan") == {zhang}
    assert services.customers.rows([zhang])[0].plates == ""


def test_archived_vehicle_is_listed_last_on_the_card(services, zhang):
    old = services.vehicles.add(zhang, HAN)
    new = services.vehicles.add(zhang, VehicleInput(model="秦", purchase_date=date(2020, 1, 1)))
    services.vehicles.set_archived(old.id, True)
    assert [v.id for v in services.customers.card(zhang).vehicles] == [new.id, old.id]


def test_restored_vehicle_finds_its_owner_again(services, zhang):
    added = services.vehicles.add(zhang, HAN)
    services.vehicles.set_archived(added.id, True)
    services.vehicles.set_archived(added.id, False)
    assert services.vehicles.get(added.id).archived_at is None
    assert found(services, "京A12345") == {zhang}


def test_archive_of_unknown_vehicle_raises_not_found(services):
    with pytest.raises(NotFoundError):
        services.vehicles.set_archived(424242, True)
