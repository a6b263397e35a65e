"""The bulk writers leave the book as the services would: the same rows written once through
the services, once through app.db.bulk, into two fresh books, compared table by table."""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import date, datetime, timedelta

import pytest

from app.db import bulk
from app.domain.clock import now
from app.domain.enums import (
    CalendarKind,
    ConsentChannel,
    CustomerKind,
    CustomerSource,
    FollowUpReason,
    Gender,
    InteractionKind,
    PurchaseType,
    ReminderKind,
    StaffRole,
    VisitType,
)
from app.domain.records import CustomerInput, InteractionInput, VehicleInput
from app.domain.reminder_records import HouseholdMemberRecord, ImportantDateRecord
from app.domain.rules import validate_customer, validate_vehicle
from app.domain.visit_records import VisitInput, WorkItem
from app.services.admin.book import open_book
from tests.postgres.books import ON_SERVER, connect

TODAY = date.today()
# created_at / updated_at: the clock at the time of writing (checked apart)
STAMPED = {"created_at", "updated_at"}
TABLES = ("customers", "customer_search", "tags", "customer_tags", "vehicles",
          "vehicle_ownerships", "interactions", "household_members", "important_dates",
          "follow_ups", "service_visits", "visit_items", "reminder_marks", "lapsed_month_ends")

CUSTOMERS = (
    (CustomerInput(name="张三", phone="138 0013 8000", wechat="ZhangSan88", tags=("VIP", "老客户"),
                   gender=Gender.MALE, birth_year=1980, birth_month=5, birth_day=20,
                   source=CustomerSource.SHOWROOM, advisor_id=1, marketing_consent=True,
                   marketing_consent_date=date(2024, 1, 2),
                   marketing_consent_channel=ConsentChannel.WECHAT),
     (VehicleInput(make="大众", model="帕萨特", vin="LSVAU218XN2183294", plate="京N·12345",
                   purchase_date=date(2022, 3, 5), year=2022, mileage_km=15_000,
                   insurance_expiry=TODAY + timedelta(days=20)),
      VehicleInput(make="比亚迪", model="汉", plate="京A·D12345", purchase_date=date(2024, 2, 29),
                   purchase_type=PurchaseType.USED_HERE))),
    (CustomerInput(name="曾小贤", phone="+86 139-1234-5678", phone_alt="010 6552 9988",
                   birthday_calendar=CalendarKind.LUNAR, birth_month=8, birth_day=15,
                   advisor_id=2, tags=("转介绍",), referred_by_id=1,
                   source=CustomerSource.REFERRAL), ()),
    (CustomerInput(name="北京顺达物流有限公司", kind=CustomerKind.COMPANY, phone="13700137000",
                   email="fleet@example.com", tags=("车队", "VIP"), key_account=True,
                   address="北京市朝阳区望京西园1号楼"),
     (VehicleInput(make="别克", model="GL8", vin="LSGUA84L4NE012345", plate="京Q·A1234"),
      VehicleInput(make="丰田", model="凯美瑞", plate="津A·12345", purchase_date=date(2021, 12, 31)))),
    (CustomerInput(name="单田芳", phone="+852 9123 4567", notes="香港号码"), ()),
    (CustomerInput(name="Li Wei", phone="13600136000", wechat="  ", family_notes="已婚"),
     (VehicleInput(make="特斯拉", model="Model Y", vin="LRWYGCEK9PC123456", plate="沪A·D00001",
                   purchase_date=date(2023, 6, 1)),)),
)


# a car for a customer already in the book (the owner's search keys follow)
LATER_CAR = VehicleInput(make="本田", model="雅阁", vin="LHGCV1659M8012345", plate="冀R·88888",
                         purchase_date=date(2020, 8, 8), year=2020)


def interactions(cid, vid):
    return [
        InteractionInput(customer_id=cid[0], kind=InteractionKind.CALL, summary="回访",
                         staff_id=1, vehicle_id=vid[0], occurred_at=datetime(2025, 3, 1, 10)),
        InteractionInput(customer_id=cid[0], kind=InteractionKind.WECHAT, summary="报价",
                         occurred_at=datetime(2025, 6, 1, 9, 30)),
        InteractionInput(customer_id=cid[1], kind=InteractionKind.VISIT, summary="到店看车",
                         staff_id=2, occurred_at=datetime(2024, 1, 1, 15)),
        InteractionInput(customer_id=cid[0], kind=InteractionKind.NOTE, summary="早些的记录",
                         occurred_at=datetime(2025, 1, 1, 9)),
    ]


def members(cid):
    return [
        HouseholdMemberRecord(customer_id=cid[0], name="李静", relation="spouse", birth_year=1982,
                              birth_month=2, birth_day=14, phone="+8613900139000"),
        HouseholdMemberRecord(customer_id=cid[0], name="张小宝", relation="child",
                              birthday_calendar="lunar", birth_month=1, birth_day=30),
        HouseholdMemberRecord(customer_id=cid[4], name="Li Lei", notes="哥哥"),
    ]


def dates(cid):
    return [
        ImportantDateRecord(cid[0], date(2008, 10, 1), ReminderKind.WEDDING_ANNIVERSARY.value),
        ImportantDateRecord(cid[2], date(2010, 4, 18), "custom", "公司周年庆"),
        ImportantDateRecord(cid[1], TODAY + timedelta(days=40), "custom", "孩子高考", yearly=False),
    ]


def follow_ups(cid, vid):  # (customer, reason, due, vehicle, advisor)
    return [
        (cid[0], FollowUpReason.INSURANCE, TODAY + timedelta(days=3), vid[0], None),
        (cid[2], FollowUpReason.LEAD, TODAY, None, 2),
        (cid[3], FollowUpReason.OTHER, TODAY - timedelta(days=2), None, None),  # no advisor
    ]


def visits(vid):
    return [
        VisitInput(vehicle_id=vid[0], date_in=date(2024, 3, 1), mileage_km=20_000,
                   items=(WorkItem("更换机油", 45_000), WorkItem("机油滤清器", 8_000)),
                   service_advisor_id=1, satisfaction=5),
        VisitInput(vehicle_id=vid[0], date_in=date(2025, 3, 3), date_out=date(2025, 3, 4),
                   visit_type=VisitType.REPAIR, mileage_km=31_000,
                   items=(WorkItem("更换刹车片", 60_000),), comments="客户自带机油"),
        VisitInput(vehicle_id=vid[0], date_in=date(2025, 9, 1), visit_type=VisitType.WASH,
                   items=(WorkItem("洗车", 3_000),)),  # no reading: the card keeps 31,000
        VisitInput(vehicle_id=vid[2], date_in=date(2023, 5, 6), mileage_km=80_000,
                   total_fen=123_400, items=(WorkItem("保养", 100_000),)),
        VisitInput(vehicle_id=vid[4], date_in=date(2025, 1, 2), visit_type=VisitType.WARRANTY),
        VisitInput(vehicle_id=vid[5], date_in=date(2025, 2, 2), mileage_km=50_000),
    ]


def staffed(path):
    services = open_book(path)
    services.staff.add("王磊", StaffRole.ADVISOR)
    services.staff.add("杨帆", StaffRole.SERVICE_ADVISOR)
    return services


def through_services(path):
    services = staffed(path)
    try:
        cid, vid = [], []
        for customer, cars in CUSTOMERS:
            cid.append(services.customers.create(customer).id)
            vid.extend(services.vehicles.add(cid[-1], car).id for car in cars)
        vid.append(services.vehicles.add(cid[3], LATER_CAR).id)
        for entry in interactions(cid, vid):
            services.timeline.log(entry)
        for member in members(cid):
            services.household.add_member(member)
        for item in dates(cid):
            services.household.add_date(item)
        for customer_id, reason, due, vehicle_id, advisor_id in follow_ups(cid, vid):
            services.followups.create(customer_id, reason, due, vehicle_id=vehicle_id,
                                      advisor_id=advisor_id)
        for visit in visits(vid):
            services.visits.add(visit)
        return cid, vid
    finally:
        services.close()


def through_bulk(path):
    services = staffed(path)
    book, lane = services.book, services.visits
    try:
        rows = []
        for customer, cars in CUSTOMERS:
            clean = validate_customer(customer)
            row = {f.name: getattr(clean, f.name) for f in fields(clean)}
            row["vehicles"] = [asdict(validate_vehicle(car)) for car in cars]
            rows.append(row)
        with book.writing() as session:
            added = bulk.add_customers(session, rows)
        cid, vid = added.ids, [v for own in added.vehicle_ids for v in own]
        with book.writing() as session:
            vid += bulk.add_vehicles(session, [{**asdict(validate_vehicle(LATER_CAR)),
                                                "owner_id": cid[3]}])
        with book.writing() as session:
            bulk.add_interactions(session, [
                {**asdict(e), "summary": e.summary.strip()} for e in interactions(cid, vid)])
            bulk.add_household_members(session, [
                {k: v for k, v in asdict(m).items() if k != "id"} for m in members(cid)])
            bulk.add_important_dates(session, [
                {k: v for k, v in asdict(d).items() if k != "id"} for d in dates(cid)])
            bulk.add_follow_ups(session, [
                {"customer_id": c, "reason": r, "due_date": due, "vehicle_id": v,
                 **({"advisor_id": a} if a is not None else {})}
                for c, r, due, v, a in follow_ups(cid, vid)])
            bulk.add_visits(session, [
                {**{k: v for k, v in asdict(visit).items() if k != "items"},
                 "items": [(i.description, i.amount_fen) for i in visit.items]}
                for visit in visits(vid)],
                intervals=lane.intervals, post_service_days=lane.post_service_days)
        return cid, vid
    finally:
        services.close()


def table(conn, name):
    columns = conn.columns(name)
    kept = [c for c in columns if c not in STAMPED]
    return kept, conn.execute(f"SELECT {', '.join(kept)} FROM {name} ORDER BY 1, 2").fetchall()


@pytest.fixture(scope="module")
def books(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bulk")
    started = now()
    by_services, by_bulk = folder / "services.db", folder / "bulk.db"
    ids = through_services(by_services), through_bulk(by_bulk)
    return by_services, by_bulk, ids, started, now()


@pytest.mark.parametrize("name", TABLES)
def test_bulk_writes_the_rows_the_services_write(books, name):
    services_db, bulk_db, _, _, _ = books
    a, b = connect(services_db), connect(bulk_db)
    try:
        assert table(a, name) == table(b, name)
        assert name in ("reminder_marks", "lapsed_month_ends") or table(a, name)[1], name
    finally:
        a.close()
        b.close()


def test_the_same_ids_in_the_order_given(books):
    assert books[2][0] == books[2][1]


def test_stamps_are_the_time_of_writing(books):
    _, bulk_db, _, started, ended = books
    conn = connect(bulk_db)
    try:
        for name in ("customers", "vehicles", "interactions", "follow_ups", "service_visits"):
            columns = [c for c in conn.columns(name) if c in STAMPED]
            for column in columns:
                for (value,) in conn.execute(f"SELECT {column} FROM {name}"):
                    assert started <= datetime.fromisoformat(value) <= ended, (name, column)
    finally:
        conn.close()


def test_change_counters_and_vehicle_log_as_the_triggers_keep_them(books):
    services_db, bulk_db, _, _, _ = books
    found = []
    for path in (services_db, bulk_db):
        conn = connect(path)
        try:
            found.append((
                conn.execute("SELECT n FROM change_counts WHERE topic = 'reminder_sources'").fetchone(),
                conn.execute("SELECT DISTINCT vehicle_id FROM vehicle_changes ORDER BY 1").fetchall(),
            ))
        finally:
            conn.close()
    if ON_SERVER:
        # a server's counter moves once per statement (a bulk write is a few statements):
        # it has moved on both; the cars noted are the same
        assert found[0][0][0] > 0 and found[1][0][0] > 0
        assert found[0][1] == found[1][1]
    else:
        assert found[0] == found[1]
    assert found[0][0][0] > 0 and found[0][1]


def test_the_search_index_finds_the_same_customers(books):
    results = []
    for path in books[:2]:
        services = open_book(path)
        try:
            results.append([services.customers.search_ids(q) for q in (
                "张", "zs", "zengxiaoxian", "cx", "8000", "65529988", "85291234567", "京N12",
                "d12345", "183294", "88888", "zhangsan88", "顺达", "liwei", "tdg", "gl8")])
        finally:
            services.close()
    assert results[0] == results[1]
    assert all(results[0][:3]) and all(results[0][4:12])
