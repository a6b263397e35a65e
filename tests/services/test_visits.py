"""Service visits: logging, the mileage check, history and the vehicle's current mileage."""

from datetime import date

import pytest

from app.domain.enums import VisitType
from app.domain.errors import NotFoundError, ValidationError
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
    from app.services.service_lane.visits import predict_all, store_predictions

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
    from app.services.service_lane.visits import lapsed_customers

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
    from app.services.service_lane.visits import store_predictions

    assert store_predictions(services.book) == 0


# ------------------------------------------------------------ correcting and removing a visit
# (issue 11, stumble 6): the vehicle's mileage, next service, the customer's last visit and
# the post-service call follow an edit or a deletion as they follow a new visit.

def _timeline_notes(services, customer_id):
    return [e.summary for e in services.timeline.of_customer(customer_id) if e.kind.value == "note"]


def test_editing_a_visit_keeps_the_checks_of_a_new_one(services, car):
    _, vehicle = car
    services.visits.add(VisitInput(vehicle.id, date(2026, 3, 1), mileage_km=30_000))
    later = services.visits.add(VisitInput(vehicle.id, date(2026, 6, 1), mileage_km=35_000))
    with pytest.raises(ValidationError) as refused:
        services.visits.update(later.id, VisitInput(vehicle.id, date(2026, 6, 1), mileage_km=3_500),
                               later.version)
    assert refused.value.codes() == {"mileage_km": "mileage_lower"}
    assert refused.value.errors[0].detail == "30000"
    with pytest.raises(ValidationError) as refused:
        services.visits.update(later.id, VisitInput(vehicle.id, date(2026, 12, 1),
                                                    date_out=date(2026, 11, 30)),
                               later.version, today=date(2026, 11, 22))
    assert set(refused.value.codes()) == {"date_in", "date_out"}
    assert services.visits.history_of_vehicle(vehicle.id)[0].mileage_km == 35_000  # unchanged
    fixed = services.visits.update(
        later.id, VisitInput(vehicle.id, date(2026, 6, 1), mileage_km=3_500), later.version,
        confirm_lower_mileage=True)
    assert fixed.mileage_km == 3_500 and fixed.version == later.version + 1


def test_a_visit_cannot_be_moved_to_another_car(services, car):
    owner, vehicle = car
    other = services.vehicles.add(owner.id, VehicleInput(make="本田", model="雅阁", plate="京B54321"))
    visit = services.visits.add(VisitInput(vehicle.id, date(2026, 3, 1)))
    with pytest.raises(ValidationError) as refused:
        services.visits.update(visit.id, VisitInput(other.id, date(2026, 3, 1)), visit.version)
    assert refused.value.codes() == {"vehicle_id": "vehicle_invalid"}


def test_correcting_the_latest_reading_downwards_is_not_refused_by_itself(services, car):
    _, vehicle = car  # the card says 20,000 km
    services.visits.add(VisitInput(vehicle.id, date(2026, 3, 1), mileage_km=30_000))
    typo = services.visits.add(VisitInput(vehicle.id, date(2026, 9, 1), mileage_km=452_000))
    assert services.vehicles.get(vehicle.id).mileage_km == 452_000
    fixed = services.visits.update(typo.id, VisitInput(vehicle.id, date(2026, 9, 1),
                                                       mileage_km=45_200), typo.version)
    assert fixed.mileage_km == 45_200
    assert services.vehicles.get(vehicle.id).mileage_km == 45_200


def test_deleting_the_latest_visit_brings_the_mileage_back_to_the_visits_left(services, car):
    owner, vehicle = car
    services.visits.add(VisitInput(vehicle.id, date(2026, 3, 1), mileage_km=30_000))
    latest = services.visits.add(VisitInput(vehicle.id, date(2026, 9, 1), mileage_km=45_200))
    assert services.vehicles.get(vehicle.id).mileage_km == 45_200
    services.visits.delete(latest.id, "维修记录已删除", latest.version)
    assert [v.date_in for v in services.visits.history_of_vehicle(vehicle.id)] == [date(2026, 3, 1)]
    assert services.vehicles.get(vehicle.id).mileage_km == 30_000
    from app.services.service_lane.visits import lapsed_customers

    [gone] = lapsed_customers(services.book, date(2027, 12, 1))  # the customer's last visit
    assert (gone.customer_id, gone.last_visit) == (owner.id, date(2026, 3, 1))


def test_deleting_the_only_reading_leaves_the_mileage_unknown_not_the_mistake(services, car):
    _, vehicle = car
    only = services.visits.add(VisitInput(vehicle.id, date(2026, 9, 1), mileage_km=452_000))
    services.visits.delete(only.id, "deleted", only.version)
    assert services.vehicles.get(vehicle.id).mileage_km is None


def test_deleting_an_older_visit_leaves_the_cards_mileage(services, car):
    _, vehicle = car
    older = services.visits.add(VisitInput(vehicle.id, date(2026, 3, 1), mileage_km=30_000))
    services.visits.add(VisitInput(vehicle.id, date(2026, 9, 1), mileage_km=45_200))
    services.visits.delete(older.id, "deleted")
    assert services.vehicles.get(vehicle.id).mileage_km == 45_200


def test_deleting_a_visit_is_written_to_the_customers_timeline(services, car):
    owner, vehicle = car
    visit = services.visits.add(VisitInput(vehicle.id, date(2026, 9, 1), mileage_km=25_000))
    def last_contact():
        from sqlalchemy import select

        from app.db.models import Customer

        with services.book.reading() as s:
            return s.scalar(select(Customer.last_contact_at).where(Customer.id == owner.id))

    contact_before = last_contact()
    services.visits.delete(visit.id, "2026-09-01 的维修记录已删除")
    assert _timeline_notes(services, owner.id) == ["2026-09-01 的维修记录已删除"]
    entry = services.timeline.of_customer(owner.id)[0]
    assert entry.vehicle_id == vehicle.id
    assert last_contact() == contact_before  # a note of ours, not a contact with the customer
    with pytest.raises(NotFoundError):  # deleted at another desk meanwhile
        services.visits.delete(visit.id, "again")


def test_editing_the_date_moves_the_post_service_call(services, car):
    owner, vehicle = car
    visit = services.visits.add(VisitInput(vehicle.id, date(2026, 11, 10), VisitType.REPAIR,
                                           date(2026, 11, 12), 26_000))
    [call] = services.followups.list(customer_id=owner.id)
    assert call.due_date == date(2026, 11, 15)
    services.visits.update(visit.id, VisitInput(vehicle.id, date(2026, 11, 1), VisitType.REPAIR,
                                                date(2026, 11, 2), 26_000), visit.version)
    [moved] = services.followups.list(customer_id=owner.id)
    assert moved.id == call.id and moved.due_date == date(2026, 11, 5)


def test_a_call_already_made_is_left_as_it_was(services, car):
    from app.domain.enums import Outcome

    owner, vehicle = car
    visit = services.visits.add(VisitInput(vehicle.id, date(2026, 11, 10), mileage_km=26_000))
    [call] = services.followups.list(customer_id=owner.id)
    services.followups.log_outcome(call.id, Outcome.REACHED, "满意", satisfaction=5,
                                   today=date(2026, 11, 13))
    visit = services.visits.history_of_vehicle(vehicle.id)[0]
    services.visits.update(visit.id, VisitInput(vehicle.id, date(2026, 11, 1), mileage_km=26_000,
                                                satisfaction=5), visit.version)
    services.visits.delete(visit.id, "deleted")
    made = services.followups.get(call.id)
    assert (made.status.value, made.due_date) == ("done", date(2026, 11, 13))


def test_deleting_a_visit_cancels_its_open_post_service_call(services, car):
    owner, vehicle = car
    visit = services.visits.add(VisitInput(vehicle.id, date(2026, 11, 10), mileage_km=26_000))
    [call] = services.followups.list(customer_id=owner.id)
    services.visits.delete(visit.id, "deleted")
    assert services.followups.get(call.id).status.value == "cancelled"


def test_next_service_follows_an_edit_and_a_deletion(services, car):
    _, vehicle = car  # 丰田: 6 months or 5,000 km
    services.visits.add(VisitInput(vehicle.id, date(2026, 1, 1), mileage_km=20_000))
    second = services.visits.add(VisitInput(vehicle.id, date(2026, 3, 2), mileage_km=23_000))
    assert services.vehicles.get(vehicle.id).next_service_due == date(2026, 6, 10)
    # 50 km a day, not 100: the odometer was misread
    second = services.visits.update(second.id, VisitInput(vehicle.id, date(2026, 3, 2),
                                                          mileage_km=21_500), second.version)
    card = services.vehicles.get(vehicle.id)
    assert (card.next_service_km, card.next_service_due) == (26_500, date(2026, 9, 2))
    services.visits.delete(second.id, "deleted")
    card = services.vehicles.get(vehicle.id)  # one visit left: 5,000 km at 40 km a day
    assert (card.next_service_km, card.next_service_due) == (25_000, date(2026, 5, 6))
    assert card.mileage_km == 20_000


def test_an_edit_is_refused_when_another_desk_saved_the_visit_first(services, car):
    from app.domain.errors import ConflictError

    _, vehicle = car
    visit = services.visits.add(VisitInput(vehicle.id, date(2026, 9, 1), mileage_km=25_000))
    services.visits.update(visit.id, VisitInput(vehicle.id, date(2026, 9, 1), mileage_km=25_100),
                           visit.version)
    with pytest.raises(ConflictError):
        services.visits.update(visit.id, VisitInput(vehicle.id, date(2026, 9, 1), mileage_km=9),
                               visit.version)
    with pytest.raises(ConflictError):
        services.visits.delete(visit.id, "deleted", visit.version)
    assert services.visits.history_of_vehicle(vehicle.id)[0].mileage_km == 25_100


def test_edited_items_replace_the_old_ones_and_make_the_total(services, car):
    _, vehicle = car
    visit = services.visits.add(VisitInput(vehicle.id, date(2026, 9, 1),
                                           items=(WorkItem("机油", 48_000), WorkItem("工时", 12_000))))
    fixed = services.visits.update(visit.id, VisitInput(vehicle.id, date(2026, 9, 1),
                                                        items=(WorkItem("机油", 38_000),)),
                                   visit.version)
    assert [(i.description, i.amount_fen) for i in fixed.items] == [("机油", 38_000)]
    assert fixed.total_fen == 38_000


def test_customer_values_follow_an_edited_total(services, car):
    owner, vehicle = car
    today = date(2026, 11, 22)
    visit = services.visits.add(VisitInput(vehicle.id, date(2026, 9, 1), total_fen=100_000))
    _, by_id, _ = services.segments.cached(today)
    assert by_id[owner.id].value_yuan == 1_000
    services.visits.update(visit.id, VisitInput(vehicle.id, date(2026, 9, 1), total_fen=50_000),
                           visit.version)
    _, by_id, _ = services.segments.cached(today)  # not the value worked out before the edit
    assert by_id[owner.id].value_yuan == 500


def test_the_reading_a_visit_is_checked_against_names_its_day(services, car):
    from app.domain.visit_records import MileageReading

    _, vehicle = car  # the card says 20,000 km
    assert services.visits.last_reading(vehicle.id, date(2026, 9, 1)) == MileageReading(20_000, None)
    first = services.visits.add(VisitInput(vehicle.id, date(2026, 3, 1), mileage_km=30_000))
    services.visits.add(VisitInput(vehicle.id, date(2026, 9, 1), mileage_km=45_200))
    assert services.visits.last_reading(vehicle.id, date(2026, 10, 1)) == MileageReading(
        45_200, date(2026, 9, 1))
    assert services.visits.last_reading(vehicle.id, date(2026, 5, 1)) == MileageReading(
        30_000, date(2026, 3, 1))
    assert services.visits.last_reading(vehicle.id, date(2026, 5, 1), visit_id=first.id) is None


# ------------------------------------------------------------ what the lists show (stumble 12)

def test_visits_list_names_the_customer_and_the_model(services, car):
    owner, vehicle = car
    services.visits.add(VisitInput(vehicle.id, date(2026, 9, 1)))
    [visit] = services.visits.list()
    assert (visit.customer_name, visit.make, visit.model) == ("张三", "丰田", "凯美瑞")


def test_lapsed_list_names_the_last_vehicle_what_was_spent_and_the_days(services):
    from app.services.service_lane.visits import lapsed_customers

    today = date(2026, 11, 22)
    c = services.customers.create(CustomerInput(name="王五"))
    old = services.vehicles.add(c.id, VehicleInput(make="大众", model="朗逸", plate="京A11111"))
    new = services.vehicles.add(c.id, VehicleInput(make="本田", model="思域", plate="京A22222"))
    services.visits.add(VisitInput(old.id, date(2025, 1, 10), total_fen=30_000))
    services.visits.add(VisitInput(new.id, date(2025, 3, 1), total_fen=45_050))
    services.visits.add(VisitInput(old.id, date(2025, 2, 1), total_fen=10_000))
    [x] = lapsed_customers(services.book, today)
    assert (x.plate, x.vehicle) == ("京A·22222", "本田 思域")
    assert x.spent_fen == 85_050
    assert x.days_since == (today - date(2025, 3, 1)).days == 631


# ------------------------------------------------------------ the lists, a page at a time

def _bound_parameters(book):
    """The number of values each statement binds, as the book runs them."""
    from sqlalchemy import event

    counts: list[int] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        counts.append(len(parameters or ()))

    event.listen(book.engine, "before_cursor_execute", count)
    return counts


def test_visit_ids_follow_the_lists_filters_and_order(services, car):
    _, vehicle = car
    li = services.staff.add("李师傅")
    wash = services.visits.add(VisitInput(vehicle.id, date(2026, 1, 5), VisitType.WASH))
    repair = services.visits.add(VisitInput(vehicle.id, date(2026, 4, 5), VisitType.REPAIR,
                                            service_advisor_id=li.id))
    later = services.visits.add(VisitInput(vehicle.id, date(2026, 8, 5), VisitType.REPAIR))
    same_day = services.visits.add(VisitInput(vehicle.id, date(2026, 8, 5), VisitType.WASH))
    visits = services.visits
    assert visits.visit_ids() == [same_day.id, later.id, repair.id, wash.id]
    assert visits.visit_ids() == [v.id for v in visits.list()]
    assert visits.visit_ids(date(2026, 2, 1), date(2026, 9, 1),
                            visit_type=VisitType.REPAIR) == [later.id, repair.id]
    assert visits.visit_ids(advisor_id=li.id) == [repair.id]
    assert visits.visit_ids(date(2027, 1, 1)) == []


def test_visit_rows_carry_the_lists_columns_and_items_only_when_asked(services, car):
    owner, vehicle = car
    li = services.staff.add("李师傅")
    visit = services.visits.add(VisitInput(
        vehicle.id, date(2026, 5, 2), VisitType.MAINTENANCE, date(2026, 5, 3), 25_000,
        items=(WorkItem("机油机滤", 48_000), WorkItem("工时", 12_000)),
        service_advisor_id=li.id, satisfaction=5, comments="洗车"))
    [row] = services.visits.visit_rows([visit.id])
    assert (row.id, row.customer_id, row.date_in, row.date_out) == (
        visit.id, owner.id, date(2026, 5, 2), date(2026, 5, 3))
    assert (row.plate, row.customer_name, row.make, row.model) == ("京A·12345", "张三", "丰田", "凯美瑞")
    assert (row.visit_type, row.mileage_km, row.total_fen) == (VisitType.MAINTENANCE, 25_000, 60_000)
    assert (row.service_advisor_name, row.satisfaction, row.comments) == ("李师傅", 5, "洗车")
    assert row.work_items == ()
    [row] = services.visits.visit_rows([visit.id], with_items=True)
    assert row.work_items == ("机油机滤", "工时")
    assert services.visits.visit_rows([visit.id + 100]) == []


def test_no_list_read_binds_more_values_as_the_book_grows(services, car, monkeypatch):
    from app.services.service_lane import visits as module

    _, vehicle = car
    monkeypatch.setattr(module, "ROWS_PER_READ", 4)
    made = [services.visits.add(VisitInput(vehicle.id, date(2026, 1, 1 + n),
                                           items=(WorkItem(f"项{n}", 100),))).id
            for n in range(10)]
    counts = _bound_parameters(services.book)
    ids = services.visits.visit_ids()
    rows = services.visits.visit_rows(ids, with_items=True)
    assert sorted(r.id for r in rows) == sorted(made)
    assert {r.id: r.work_items for r in rows}[made[3]] == ("项3",)
    assert len(services.visits.list()) == 10
    assert counts and max(counts) <= 4  # whole-book filters are SQL, pages bind ≤ a page


def test_lapsed_ids_and_rows_give_the_lapsed_list_by_status(services, monkeypatch):
    from app.domain.service_rules import LapseStatus
    from app.services.service_lane import visits as module

    monkeypatch.setattr(module, "ROWS_PER_READ", 2)
    today = date(2026, 11, 22)
    made = {}
    for name, plate, last in (("甲", "京A11111", date(2026, 5, 22)), ("乙", "京A22222", date(2026, 5, 21)),
                              ("丙", "京A33333", date(2025, 11, 22)), ("丁", "京A44444", date(2025, 11, 21)),
                              ("戊", "京A55555", date(2024, 1, 2))):
        c = services.customers.create(CustomerInput(name=name))
        v = services.vehicles.add(c.id, VehicleInput(make="大众", model="朗逸", plate=plate))
        services.visits.add(VisitInput(v.id, last, total_fen=1_000))
        made[name] = c.id
    visits = services.visits
    everyone = visits.lapsed(today)
    assert visits.lapsed_ids(today) == [x.customer_id for x in everyone] == [
        made["戊"], made["丁"], made["丙"], made["乙"]]
    assert visits.lapsed_ids(today, status=LapseStatus.LOST) == [made["戊"], made["丁"]]
    assert visits.lapsed_ids(today, status=LapseStatus.AT_RISK) == [made["丙"], made["乙"]]
    assert [x.customer_id for x in visits.lapsed(today, status=LapseStatus.LOST)] == [
        made["戊"], made["丁"]]
    counts = _bound_parameters(services.book)
    visits.lapsed_rows([made["戊"]], today)
    fixed = max(counts) - 1  # the cutoffs and the query's own constants
    rows = visits.lapsed_rows(visits.lapsed_ids(today) + [made["甲"]], today)
    assert sorted(rows, key=lambda x: x.customer_id) == sorted(everyone, key=lambda x: x.customer_id)
    assert max(counts) <= fixed + 2  # a page of ids at most, however many are asked


def test_lapsed_ids_leave_out_the_archived_and_keep_to_the_advisor(services):
    today = date(2026, 11, 22)
    wang = services.staff.add("王芳")
    made = {}
    for name, plate, advisor in (("甲", "京A11111", wang.id), ("乙", "京A22222", None),
                                 ("丙", "京A33333", wang.id)):
        c = services.customers.create(CustomerInput(name=name, advisor_id=advisor))
        v = services.vehicles.add(c.id, VehicleInput(make="大众", model="朗逸", plate=plate))
        services.visits.add(VisitInput(v.id, date(2025, 1, 5)))
        made[name] = c.id
    services.customers.archive(made["丙"])
    visits = services.visits
    assert visits.lapsed_ids(today) == [made["甲"], made["乙"]]
    assert visits.lapsed_ids(today, advisor_id=wang.id) == [made["甲"]]
    assert [x.customer_id for x in visits.lapsed(today, advisor_id=wang.id)] == [made["甲"]]
