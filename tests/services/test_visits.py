"""Service visits: logging, the mileage check, history and the vehicle's current mileage."""

from datetime import date

import pytest

from app.domain.enums import VisitType
from app.domain.errors import ValidationError
from app.domain.records import CustomerInput, VehicleInput
from app.domain.visit_records import VisitInput, WorkItem


@pytest.fixture
def car(services):
    owner = services.customers.create(CustomerInput(name="张三"))
    vehicle = services.vehicles.add(owner.id, VehicleInput(make="丰田", model="凯美瑞",
                                                           plate="京A12345", mileage_km=20_000))
    return owner, vehicle


def test_visit_total_is_the_sum_of_its_items(services, car):
    _, vehicle = car
    visit = services.visits.add(VisitInput(
        vehicle.id, date(2026, 5, 2), VisitType.MAINTENANCE, date(2026, 5, 2), 25_000,
        items=(WorkItem("机油机滤", 48_000), WorkItem("工时", 12_000)), satisfaction=5))
    assert visit.total_fen == 60_000
    assert [i.description for i in visit.items] == ["机油机滤", "工时"]
    assert visit.plate == "京A·12345"


def test_vehicle_mileage_follows_its_latest_visit(services, car):
    _, vehicle = car
    services.visits.add(VisitInput(vehicle.id, date(2026, 3, 1), mileage_km=22_000))
    services.visits.add(VisitInput(vehicle.id, date(2026, 9, 1), mileage_km=31_000))
    assert services.vehicles.get(vehicle.id).mileage_km == 31_000


def test_lower_mileage_is_questioned_then_stored_when_confirmed(services, car):
    _, vehicle = car
    services.visits.add(VisitInput(vehicle.id, date(2026, 3, 1), mileage_km=30_000))
    with pytest.raises(ValidationError) as refused:
        services.visits.add(VisitInput(vehicle.id, date(2026, 6, 1), mileage_km=3_000))
    assert refused.value.codes() == {"mileage_km": "mileage_lower"}
    assert len(services.visits.history_of_vehicle(vehicle.id)) == 1  # nothing stored
    services.visits.add(VisitInput(vehicle.id, date(2026, 6, 1), mileage_km=3_000),
                        confirm_lower_mileage=True)
    assert len(services.visits.history_of_vehicle(vehicle.id)) == 2


def test_mileage_below_the_card_is_questioned_too(services, car):
    _, vehicle = car  # the card says 20,000 km
    with pytest.raises(ValidationError):
        services.visits.add(VisitInput(vehicle.id, date(2026, 6, 1), mileage_km=19_000))


def test_bad_fields_are_all_reported_and_nothing_is_stored(services, car):
    _, vehicle = car
    with pytest.raises(ValidationError) as refused:
        services.visits.add(VisitInput(vehicle.id, date(2026, 6, 2), date_out=date(2026, 6, 1),
                                       satisfaction=9, items=(WorkItem("", -5),)),
                            today=date(2026, 11, 22))
    assert set(refused.value.codes()) == {"date_out", "satisfaction", "items"}
    assert services.visits.history_of_vehicle(vehicle.id) == []


def test_history_newest_first_and_by_customer_across_owners(services, car):
    owner, vehicle = car
    services.visits.add(VisitInput(vehicle.id, date(2026, 1, 5), mileage_km=21_000))
    services.visits.add(VisitInput(vehicle.id, date(2026, 4, 5), mileage_km=24_000))
    buyer = services.customers.create(CustomerInput(name="李四"))
    services.vehicles.transfer(vehicle.id, buyer.id, date(2026, 5, 1))
    services.visits.add(VisitInput(vehicle.id, date(2026, 8, 5), mileage_km=30_000))
    dates = [v.date_in for v in services.visits.history_of_vehicle(vehicle.id)]
    assert dates == [date(2026, 8, 5), date(2026, 4, 5), date(2026, 1, 5)]
    assert [v.date_in for v in services.visits.history_of_customer(owner.id)] == [
        date(2026, 4, 5), date(2026, 1, 5)]
    assert [v.date_in for v in services.visits.history_of_customer(buyer.id)] == [date(2026, 8, 5)]


def test_list_filters_by_dates_type_and_advisor(services, car):
    _, vehicle = car
    li = services.staff.add("李师傅")
    services.visits.add(VisitInput(vehicle.id, date(2026, 1, 5), VisitType.WASH))
    services.visits.add(VisitInput(vehicle.id, date(2026, 4, 5), VisitType.REPAIR,
                                   service_advisor_id=li.id))
    services.visits.add(VisitInput(vehicle.id, date(2026, 8, 5), VisitType.REPAIR))
    assert [v.date_in for v in services.visits.list(date(2026, 2, 1), date(2026, 9, 1),
                                                    visit_type=VisitType.REPAIR)] == [
        date(2026, 8, 5), date(2026, 4, 5)]
    assert [v.date_in for v in services.visits.list(advisor_id=li.id)] == [date(2026, 4, 5)]
    assert services.visits.list(advisor_id=li.id)[0].service_advisor_name == "李师傅"


def test_vehicle_found_by_plate_fragment(services, car):
    owner, vehicle = car
    found = services.visits.find_vehicles("京a123")
    assert found == [(vehicle.id, "京A·12345", "丰田 凯美瑞", owner.name)]
    assert services.visits.find_vehicles("2345")[0][0] == vehicle.id
    assert services.visits.find_vehicles("沪B") == []


def test_a_visit_queues_the_post_service_call_three_days_after_date_out(services, car):
    owner, vehicle = car
    visit = services.visits.add(VisitInput(vehicle.id, date(2026, 11, 10), VisitType.REPAIR,
                                           date(2026, 11, 12), 26_000))
    calls = services.followups.list(customer_id=owner.id)
    assert [(f.reason.value, f.due_date, f.vehicle_id) for f in calls] == [
        ("post_service", date(2026, 11, 15), vehicle.id)]
    assert visit.id


def test_post_service_score_is_kept_and_a_low_one_flags_the_card(services, car):
    from app.domain.enums import Outcome

    owner, vehicle = car
    visit = services.visits.add(VisitInput(vehicle.id, date(2026, 11, 10), mileage_km=26_000))
    call = services.followups.list(customer_id=owner.id)[0]
    services.followups.log_outcome(call.id, Outcome.REACHED, "等太久", satisfaction=2,
                                   today=date(2026, 11, 13))
    assert services.visits.history_of_vehicle(vehicle.id)[0].satisfaction == 2
    assert services.customers.get(owner.id).satisfaction_flag
    services.followups.close_satisfaction_flag(owner.id)
    assert not services.customers.get(owner.id).satisfaction_flag
    assert visit.id


def test_next_service_is_predicted_from_the_cars_own_driving(services, car):
    from app.services.visits import predict_all, store_predictions

    _, vehicle = car  # 丰田: 6 months or 5,000 km
    services.visits.add(VisitInput(vehicle.id, date(2026, 1, 1), mileage_km=20_000))
    services.visits.add(VisitInput(vehicle.id, date(2026, 3, 2), mileage_km=23_000))  # 50 km/day
    record = services.vehicles.get(vehicle.id)
    prediction = predict_all(services.book)[vehicle.id]
    assert prediction.due_km == 28_000
    assert prediction.by == "distance"
    assert prediction.due_date == date(2026, 6, 10)  # 5,000 km at 50 km/day: 100 days after 2 March
    assert store_predictions(services.book) == 1
    due = services.reminders.occurrences(date(2026, 6, 1), date(2026, 6, 30), today=date(2026, 6, 1))
    assert [(o.kind.value, o.occurs_on) for o in due if o.vehicle_id == vehicle.id] == [
        ("maintenance", date(2026, 6, 10))]
    assert record.mileage_km == 23_000


def test_lapsed_customers_at_risk_and_lost(services):
    from app.domain.service_rules import LapseStatus
    from app.services.visits import lapsed_customers

    today = date(2026, 11, 22)
    statuses = {}
    for name, plate, last in (("甲", "京A11111", date(2026, 5, 22)), ("乙", "京A22222", date(2026, 5, 21)),
                              ("丙", "京A33333", date(2025, 11, 22)), ("丁", "京A44444", date(2025, 11, 21))):
        c = services.customers.create(CustomerInput(name=name))
        v = services.vehicles.add(c.id, VehicleInput(make="大众", model="朗逸", plate=plate))
        services.visits.add(VisitInput(v.id, last))
        statuses[c.id] = name
    found = {statuses[x.customer_id]: x.status for x in lapsed_customers(services.book, today)}
    assert found == {"乙": LapseStatus.AT_RISK, "丙": LapseStatus.AT_RISK, "丁": LapseStatus.LOST}


def test_storing_predictions_on_a_book_without_visits_stores_none(services, car):
    from app.services.visits import store_predictions

    assert store_predictions(services.book) == 0
