"""The demo book generator: deterministic, valid data, searchable, with reminders to show."""

from __future__ import annotations

from collections import Counter
from dataclasses import fields
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.db.models import Customer, CustomerSearch, Vehicle
from app.demo.generator import CUSTOM_DATES, DemoSummary, generate_demo
from app.domain.enums import (
    CalendarKind,
    FollowUpReason,
    FollowUpStatus,
    HouseholdRelation,
    Outcome,
    ReminderKind,
    ReminderState,
    StaffRole,
    VisitType,
)
from app.domain.errors import BookError
from app.domain.records import CustomerInput, VehicleInput
from app.domain.recurrence import holiday_occurrences
from app.domain.rules import validate_customer, validate_vehicle
from app.domain.search import search_keys
from app.domain.service_rules import LapseStatus, lapse_status
from app.domain.validation import (
    check_birthday,
    normalize_phone,
    normalize_plate,
    normalize_vin,
    phone_digits,
    vin_check_digit,
)
from app.services.admin.book import open_book
from tests.postgres.books import connect

TODAY = date(2026, 11, 22)
SIZE = 300
SEED = 7  # checked: on this book every reminder kind but holiday occurs in the next 30 days
TABLES = (
    "staff",
    "tags",
    "customers",
    "customer_search",
    "customer_tags",
    "vehicles",
    "vehicle_ownerships",
    "interactions",
    "household_members",
    "important_dates",
    "follow_ups",
    "reminder_marks",
    "service_visits",
    "visit_items",
    "leads",
    "showroom_visits",
    "test_drives",
)


def dump(path) -> dict[str, list[tuple]]:
    conn = connect(path)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in TABLES}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    calls: list[tuple[int, int]] = []
    summary = generate_demo(path, SIZE, seed=SEED, today=TODAY, progress=lambda d, n: calls.append((d, n)))
    return path, summary, calls


@pytest.fixture
def opened(demo):
    services = open_book(demo[0])
    yield services
    services.close()


def test_summary_matches_the_book(demo):
    path, summary, calls = demo
    assert isinstance(summary, DemoSummary)
    rows = dump(path)
    assert summary.customers == len(rows["customers"]) == SIZE
    assert summary.vehicles == len(rows["vehicles"])
    assert summary.interactions == len(rows["interactions"])
    assert summary.staff == len(rows["staff"]) >= 10
    assert summary.tags == len(rows["tags"]) >= 12
    assert summary.seconds > 0
    assert summary.household_members == len(rows["household_members"])
    assert summary.important_dates == len(rows["important_dates"])
    assert summary.follow_ups == len(rows["follow_ups"])
    assert summary.reminder_marks == len(rows["reminder_marks"])
    assert summary.visits == len(rows["service_visits"]) > 0
    assert summary.visit_items == len(rows["visit_items"]) > summary.visits
    assert calls[0] == (0, SIZE) and calls[-1] == (SIZE, SIZE)
    assert len(rows["customer_search"]) == SIZE


def test_same_seed_same_book_other_seed_other_book(demo, tmp_path):
    path, _, _ = demo
    generate_demo(tmp_path / "again.db", SIZE, seed=SEED, today=TODAY)
    generate_demo(tmp_path / "other.db", SIZE, seed=SEED + 1, today=TODAY)
    first, again, other = dump(path), dump(tmp_path / "again.db"), dump(tmp_path / "other.db")
    assert first == again
    assert first["customers"] != other["customers"]
    assert first["vehicles"] != other["vehicles"]
    for table in ("household_members", "important_dates", "follow_ups", "reminder_marks",
                  "service_visits", "visit_items", "leads", "showroom_visits", "test_drives"):
        assert first[table], table
        assert first[table] != other[table], table


def test_batches_do_not_change_the_book(demo, tmp_path, monkeypatch):
    import app.demo.generator as demo_module

    monkeypatch.setattr(demo_module, "BATCH", 37)
    generate_demo(tmp_path / "small-batches.db", SIZE, seed=SEED, today=TODAY)
    assert dump(tmp_path / "small-batches.db") == dump(demo[0])


def test_phones_vins_and_plates_pass_the_validators(demo):
    rows = connect(demo[0])
    phones = [p for (a, b) in rows.execute("SELECT phone, phone_alt FROM customers") for p in (a, b) if p]
    assert len(phones) > SIZE
    for phone in phones:
        assert phone.startswith("+861")
        assert normalize_phone(phone) == phone
        assert normalize_phone(phone[3:]) == phone  # as a person types it
    assert len(set(phones)) == len(phones)
    vins = [v for (v,) in rows.execute("SELECT vin FROM vehicles")]
    plates = [p for (p,) in rows.execute("SELECT plate FROM vehicles")]
    for vin in vins:
        assert vin[0] == "L" and normalize_vin(vin) == vin and vin[8] == vin_check_digit(vin)
    for plate in plates:
        assert normalize_plate(plate) == plate
    assert len(set(vins)) == len(vins)
    assert len(set(plates)) == len(plates)
    assert any(len(p) == 9 for p in plates), "some new-energy plates (京A·D12345)"
    assert any(p[0] == "京" for p in plates) and any(p[0] != "京" for p in plates)


def test_every_customer_and_vehicle_passes_the_services_checks(opened):
    names = [f.name for f in fields(CustomerInput)]
    vehicle_names = [f.name for f in fields(VehicleInput)]
    for customer_id in opened.customers.search_ids():
        card = opened.customers.card(customer_id)
        record = card.customer
        clean = validate_customer(CustomerInput(**{n: getattr(record, n) for n in names}))
        assert clean.phone == record.phone
        for vehicle in card.vehicles:
            validate_vehicle(VehicleInput(**{n: getattr(vehicle, n) for n in vehicle_names}), TODAY)


def test_about_one_and_a_half_vehicles_per_customer(demo):
    _, summary, _ = demo
    assert 1.2 <= summary.vehicles / summary.customers <= 1.8
    assert 2 <= summary.interactions / summary.customers <= 6.5  # (with the leads' steps)


def test_ownership_rows(demo):
    conn = connect(demo[0])
    open_rows = dict(
        conn.execute("SELECT vehicle_id, customer_id FROM vehicle_ownerships WHERE end_date IS NULL")
    )
    owners = dict(conn.execute("SELECT id, owner_id FROM vehicles"))
    assert open_rows == owners
    starts = dict(conn.execute("SELECT id, purchase_date FROM vehicles"))
    for vehicle_id, start in conn.execute(
        "SELECT vehicle_id, start_date FROM vehicle_ownerships WHERE end_date IS NULL"
    ):
        assert start == starts[vehicle_id]
    for vehicle_id, customer_id, start, end in conn.execute(
        "SELECT vehicle_id, customer_id, start_date, end_date FROM vehicle_ownerships "
        "WHERE end_date IS NOT NULL"
    ):
        assert customer_id != owners[vehicle_id]
        assert start < end == starts[vehicle_id]


def test_birthdays_some_lunar_all_valid(demo):
    conn = connect(demo[0])
    rows = conn.execute(
        "SELECT birthday_calendar, birth_year, birth_month, birth_day, birth_leap, kind "
        "FROM customers"
    ).fetchall()
    people = [r for r in rows if r[5] == "person"]
    with_birthday = [r for r in people if r[2] is not None]
    lunar = [r for r in with_birthday if r[0] == "lunar"]
    assert 0.7 <= len(with_birthday) / len(people) <= 0.95
    assert 0.12 <= len(lunar) / len(with_birthday) <= 0.4
    for calendar, year, month, day, leap, _ in with_birthday:
        check_birthday(CalendarKind(calendar), year, month, day, bool(leap), today=TODAY)
    assert all(r[2] is None for r in rows if r[5] == "company")


def test_lunar_leap_months_and_thirtieth_days_are_real(tmp_path):
    path = tmp_path / "bigger.db"
    generate_demo(path, 1500, seed=3, today=TODAY)
    conn = connect(path)
    lunar = conn.execute(
        "SELECT birth_year, birth_month, birth_day, birth_leap FROM customers "
        "WHERE birthday_calendar = 'lunar'"
    ).fetchall()
    assert any(leap for *_, leap in lunar)
    assert any(day == 30 for _, _, day, _ in lunar)
    for year, month, day, leap in lunar:
        check_birthday(CalendarKind.LUNAR, year, month, day, bool(leap), today=TODAY)


def test_search_keys_are_what_the_services_would_store(opened):
    with opened.book.reading() as session:
        stored = {cid: keys for cid, keys in session.execute(select(CustomerSearch.customer_id, CustomerSearch.keys))}
        for c in session.execute(
            select(Customer.id, Customer.name, Customer.phone, Customer.phone_alt, Customer.wechat)
        ):
            vehicles = session.execute(
                select(Vehicle.plate, Vehicle.vin).where(
                    Vehicle.owner_id == c.id, Vehicle.archived_at.is_(None)
                ).order_by(Vehicle.id)
            ).all()
            expected = search_keys(
                c.name,
                phones=(c.phone, c.phone_alt),
                plates=[v.plate for v in vehicles],
                vins=[v.vin or "" for v in vehicles],
                extra=(c.wechat,),
            )
            assert stored[c.id] == expected


def test_demo_customers_are_found(opened, demo):
    conn = connect(demo[0])
    sample = conn.execute(
        "SELECT c.id, c.name, c.name_initials, c.name_pinyin, c.phone, c.phone_digits, c.last_contact_at, "
        "(SELECT plate FROM vehicles v WHERE v.owner_id = c.id ORDER BY v.id LIMIT 1), "
        "(SELECT vin FROM vehicles v WHERE v.owner_id = c.id ORDER BY v.id LIMIT 1) "
        "FROM customers c WHERE c.kind = 'person' ORDER BY c.id LIMIT 25"
    ).fetchall()
    search = opened.customers.search_ids
    found_plate = False
    for cid, name, initials, full, phone, digits, _, plate, vin in sample:
        assert digits == phone_digits(phone)
        assert cid in search(name)
        assert cid in search(name[:1])
        assert cid in search(initials)
        assert cid in search(full)
        assert cid in search(digits[-4:])
        if plate:
            found_plate = True
            assert cid in search(plate[3:]), plate  # "12345" of 京A·12345
            assert cid in search(plate.replace("·", "")[:5].lower())
            assert cid in search(vin[-6:])
    assert found_plate
    ids = search(sample[0][1][:1])  # a surname: what the window lists as one types
    rows = opened.customers.rows(ids[:100])
    assert [r.id for r in rows] == ids[:100]
    assert all(r.name.startswith(sample[0][1][:1]) for r in rows)


def test_last_contact_is_the_latest_interaction(demo):
    conn = connect(demo[0])
    latest = dict(
        conn.execute("SELECT customer_id, MAX(occurred_at) FROM interactions GROUP BY customer_id")
    )
    for cid, last in conn.execute("SELECT id, last_contact_at FROM customers"):
        assert last == latest.get(cid)
    newest = max(latest.values())
    assert newest < TODAY.isoformat()
    assert min(latest.values()) >= date(TODAY.year - 2, 1, 1).isoformat()


def test_staff_tags_and_mix(opened, demo):
    staff = opened.staff.list(active_only=False)
    roles = {s.role for s in staff}
    assert roles == set(StaffRole)
    assert any(not s.active for s in staff)
    assert {"VIP", "车队", "老客户", "转介绍", "新能源车主"} <= set(opened.customers.all_tags())
    conn = connect(demo[0])
    tagged = conn.execute("SELECT COUNT(DISTINCT customer_id) FROM customer_tags").fetchone()[0]
    assert 0.25 <= tagged / SIZE <= 0.6
    consent = conn.execute(
        "SELECT COUNT(*) FROM customers WHERE marketing_consent AND marketing_consent_date "
        "IS NOT NULL AND marketing_consent_channel != ''"
    ).fetchone()[0]
    assert 0.45 <= consent / SIZE <= 0.75
    referrals = conn.execute(
        "SELECT id, referred_by_id FROM customers WHERE referred_by_id IS NOT NULL"
    ).fetchall()
    assert referrals and all(ref < cid for cid, ref in referrals)
    makes = {m for (m,) in conn.execute("SELECT DISTINCT make FROM vehicles")}
    assert {"大众", "丰田", "比亚迪"} <= makes


def test_refuses_a_book_with_customers(demo, tmp_path):
    with pytest.raises(BookError) as raised:
        generate_demo(demo[0], 10, today=TODAY)
    assert raised.value.code == "demo_not_empty"

    path = tmp_path / "one.db"
    services = open_book(path)
    services.customers.create(CustomerInput(name="张三", phone="13800138000"))
    services.close()
    with pytest.raises(BookError):
        generate_demo(path, 10, today=TODAY)


# ---------------------------------------------------------------- reminders, households, follow-ups
def surname_of(name: str) -> str:
    return name[:2] if name[:2] in ("欧阳", "司马", "诸葛", "上官", "东方", "慕容") else name[:1]


def test_every_reminder_kind_occurs_in_the_next_30_days(opened, demo):
    found = opened.reminders.occurrences(TODAY, TODAY + timedelta(days=30), today=TODAY)
    kinds = Counter(o.kind for o in found)
    assert set(ReminderKind) - {ReminderKind.HOLIDAY} <= set(kinds), kinds
    # holidays come from the calendar: key accounts get one only when a holiday is near
    conn = connect(demo[0])
    key_accounts = conn.execute("SELECT COUNT(*) FROM customers WHERE key_account").fetchone()[0]
    assert 0.005 <= key_accounts / SIZE <= 0.05
    holidays = holiday_occurrences(TODAY, TODAY + timedelta(days=30))
    assert kinds[ReminderKind.HOLIDAY] == len(holidays) * key_accounts
    new_year = opened.reminders.occurrences(date(2026, 12, 31), date(2027, 1, 2), today=TODAY,
                                            kinds=[ReminderKind.HOLIDAY])
    assert len(new_year) == key_accounts


def test_household_members_share_the_family_and_have_valid_birthdays(demo):
    conn = connect(demo[0])
    people = dict(conn.execute("SELECT id, name FROM customers WHERE kind = 'person'"))
    rows = conn.execute(
        "SELECT customer_id, relation, name, birthday_calendar, birth_year, birth_month, birth_day, "
        "birth_leap, phone FROM household_members ORDER BY id"
    ).fetchall()
    by_customer: dict[int, list[tuple]] = {}
    for row in rows:
        assert row[0] in people, "companies have no household"
        by_customer.setdefault(row[0], []).append(row)
    assert 0.2 <= len(by_customer) / len(people) <= 0.4
    assert all(1 <= len(members) <= 3 for members in by_customer.values())
    relations = Counter(r[1] for r in rows)
    assert set(relations) <= {r.value for r in HouseholdRelation}
    assert relations["spouse"] and relations["child"] and relations["parent"]
    assert any(r[3] == "lunar" for r in rows) and any(r[3] == "solar" and r[5] for r in rows)
    for customer_id, relation, name, calendar, year, month, day, leap, phone in rows:
        assert 2 <= len(name) <= 4
        check_birthday(CalendarKind(calendar), year, month, day, bool(leap), today=TODAY)
        if phone:
            assert normalize_phone(phone) == phone
        if relation == "child":
            family = {surname_of(people[customer_id])} | {
                surname_of(m[2]) for m in by_customer[customer_id] if m[1] == "spouse"}
            assert surname_of(name) in family or name[:1] in family


def test_important_dates(demo):
    conn = connect(demo[0])
    rows = conn.execute("SELECT customer_id, kind, title, on_date, yearly FROM important_dates").fetchall()
    weddings = [r for r in rows if r[1] == "wedding_anniversary"]
    custom = [r for r in rows if r[1] == "custom"]
    assert len(weddings) + len(custom) == len(rows)
    assert all(r[4] and r[3] < TODAY.isoformat() for r in weddings)
    assert {r[2] for r in custom} <= {title for title, *_ in CUSTOM_DATES}
    assert any(not r[4] for r in custom)  # one-off notes ("孩子高考"); company anniversaries are yearly
    assert all(r[4] for r in custom if r[2] in ("公司周年庆", "开业纪念日"))
    assert 0.05 <= len({r[0] for r in weddings}) / SIZE <= 0.3
    assert 0.02 <= len({r[0] for r in custom}) / SIZE <= 0.1


def test_follow_up_history_with_every_outcome_on_the_timeline(demo):
    conn = connect(demo[0])
    closed = conn.execute(
        "SELECT id, customer_id, reason, due_date, status, outcome, attempts, closed_at, "
        "advisor_id FROM follow_ups WHERE status IN ('done', 'cancelled')"
    ).fetchall()
    assert {r[5] for r in closed} == {o.value for o in Outcome}
    assert {FollowUpReason.POST_SERVICE, FollowUpReason.INSURANCE, FollowUpReason.BIRTHDAY} <= {
        FollowUpReason(r[2]) for r in closed}
    assert 0.1 <= len({r[1] for r in closed}) / SIZE <= 0.2
    calls: dict[int, list[tuple]] = {}
    for follow_up_id, kind, outcome, occurred, staff in conn.execute(
        "SELECT follow_up_id, kind, outcome, occurred_at, staff_id FROM interactions "
        "WHERE follow_up_id IS NOT NULL ORDER BY occurred_at"
    ):
        calls.setdefault(follow_up_id, []).append((kind, outcome, occurred, staff))
    year_ago = (TODAY - timedelta(days=366)).isoformat()
    for fid, _, _, due, status, outcome, attempts, closed_at, advisor in closed:
        expected = FollowUpStatus.CANCELLED if outcome == Outcome.NO_ANSWER else FollowUpStatus.DONE
        assert status == expected.value
        assert 1 <= attempts <= 4 and closed_at and year_ago <= due < TODAY.isoformat()
        made = calls[fid]
        assert len(made) == attempts
        assert all(k == "call" and staff == advisor for k, _, _, staff in made)
        assert [o for _, o, _, _ in made] == ["no_answer"] * (attempts - 1) + [outcome]
        assert made[-1][2] == closed_at < TODAY.isoformat()


def test_wrong_numbers_are_flagged(demo):
    conn = connect(demo[0])
    wrong = {c for (c,) in conn.execute("SELECT customer_id FROM follow_ups WHERE outcome = 'wrong_number'")}
    flagged = {c for (c,) in conn.execute("SELECT id FROM customers WHERE phone_wrong")}
    assert wrong and wrong <= flagged


def test_open_follow_ups_are_on_the_call_sheet(opened, demo):
    conn = connect(demo[0])
    advisors = dict(conn.execute("SELECT id, advisor_id FROM customers"))
    lead_advisors = dict(conn.execute("SELECT id, advisor_id FROM leads"))
    rows = conn.execute(
        "SELECT id, customer_id, due_date, status, snoozed_until, advisor_id, expires_on, attempts,"
        " lead_id FROM follow_ups WHERE status IN ('open', 'snoozed')"
    ).fetchall()
    assert rows
    today = TODAY.isoformat()
    active = set()
    for fid, customer_id, due, status, until, advisor, expires, attempts, lead in rows:
        if lead is not None:  # a lead's call: its advisor's, its level's cadence away
            assert advisor is not None and advisor == lead_advisors[lead]
            assert (TODAY - timedelta(days=15)).isoformat() <= due <= (TODAY + timedelta(days=30)).isoformat()
        else:
            assert advisor is not None and advisor == advisors[customer_id]
            assert (TODAY - timedelta(days=7)).isoformat() <= due <= (TODAY + timedelta(days=7)).isoformat()
        first_due = date.fromisoformat(due) - timedelta(days=attempts)
        assert expires == (first_due + timedelta(days=15)).isoformat()
        assert (status == "snoozed") == (until is not None)
        if (status == "open" and due <= today) or (status == "snoozed" and until <= today):
            active.add(fid)
    assert active
    sheet = opened.callsheet.for_day(TODAY)
    on_sheet = {r.follow_up_id for line in sheet.lines for r in line.reasons if r.follow_up_id}
    assert on_sheet == active
    advisor = advisors[next(r[1] for r in rows if r[0] in active)]
    mine = opened.callsheet.for_day(TODAY, advisor_id=advisor)
    assert all(line.advisor_id == advisor for line in mine.lines)
    assert {r.follow_up_id for line in mine.lines for r in line.reasons if r.follow_up_id} == {
        r[0] for r in rows if r[0] in active and r[5] == advisor}


def test_reminder_marks_hide_what_was_handled(opened, demo):
    conn = connect(demo[0])
    marks = conn.execute(
        "SELECT m.kind, m.source_id, m.occurs_on, m.state, m.follow_up_id, f.reminder_kind, f.occurs_on "
        "FROM reminder_marks m LEFT JOIN follow_ups f ON f.id = m.follow_up_id"
    ).fetchall()
    assert {m[3] for m in marks} >= {ReminderState.DONE.value, ReminderState.FOLLOW_UP.value}
    for kind, _, occurs_on, state, follow_up_id, follow_kind, follow_on in marks:
        if state == ReminderState.FOLLOW_UP.value:  # a call made a few days ahead of the date
            assert (follow_kind, follow_on) == (kind, occurs_on)
            assert occurs_on <= (TODAY + timedelta(days=3)).isoformat()
        else:  # done or dismissed in the past fortnight
            assert follow_up_id is None
            assert (TODAY - timedelta(days=14)).isoformat() <= occurs_on < TODAY.isoformat()
    recent = {(k, s, d) for k, s, d, state, *_ in marks
              if d >= (TODAY - timedelta(days=30)).isoformat()}
    assert recent
    due = opened.reminders.due(TODAY)
    assert not recent & {(o.kind.value, o.source_id, o.occurs_on.isoformat()) for o in due}


# ---------------------------------------------------------------- service visits
def visits_of(path) -> list[tuple]:
    """(id, vehicle, customer, date in, date out, type, km, total, advisor, score, comments)"""
    conn = connect(path)
    try:
        return conn.execute(
            "SELECT id, vehicle_id, customer_id, date_in, date_out, visit_type, mileage_km, "
            "total_fen, service_advisor_id, satisfaction, comments FROM service_visits "
            "ORDER BY vehicle_id, date_in, id"
        ).fetchall()
    finally:
        conn.close()


def test_visits_leave_the_rest_of_the_book_as_it_was(demo, tmp_path, monkeypatch):
    """The visits draw from their own stream: without them every other row is the same, but
    for what the visits write back (mileage, next service, last visit, satisfaction flag)."""
    import app.demo.generator as demo_module

    monkeypatch.setattr(demo_module, "_service_visits", lambda *args: False)
    generate_demo(tmp_path / "no-visits.db", SIZE, seed=SEED, today=TODAY)
    derived = {"mileage_km", "next_service_due", "next_service_km", "last_visit_on",
               "satisfaction_flag"}
    with_visits, without = connect(demo[0]), connect(tmp_path / "no-visits.db")
    try:
        assert without.execute("SELECT count(*) FROM service_visits").fetchone() == (0,)
        for table in TABLES:
            if table in ("service_visits", "visit_items"):
                continue
            columns = with_visits.columns(table)
            kept = ", ".join(c for c in columns if c not in derived)
            query = f"SELECT {kept} FROM {table} ORDER BY 1, 2"
            assert with_visits.execute(query).fetchall() == without.execute(query).fetchall(), table
    finally:
        with_visits.close()
        without.close()


def test_about_ten_visits_a_customer_of_every_kind(demo):
    _, summary, _ = demo
    assert 6 <= summary.visits / summary.customers <= 14
    assert 2 <= summary.visit_items / summary.visits <= 4
    kinds = Counter(v[5] for v in visits_of(demo[0]))
    assert set(kinds) == {k.value for k in VisitType}, kinds
    assert kinds[VisitType.MAINTENANCE] == max(kinds.values())


def test_mileage_goes_up_visit_by_visit_and_the_card_follows_the_latest(demo):
    conn = connect(demo[0])
    cards = dict(conn.execute("SELECT id, mileage_km FROM vehicles"))
    latest: dict[int, int] = {}
    previous: dict[int, int] = {}
    for _, vehicle_id, _, _, _, _, km, *_ in visits_of(demo[0]):
        assert km is not None and km >= previous.get(vehicle_id, 0)
        previous[vehicle_id] = latest[vehicle_id] = km
    assert latest
    for vehicle_id, km in latest.items():
        assert cards[vehicle_id] == km
    # 20-80 km a day: a car with a year of visits covered a believable distance
    spans = {}
    for _, vehicle_id, _, day, _, _, km, *_ in visits_of(demo[0]):
        first = spans.setdefault(vehicle_id, (date.fromisoformat(day), km))
        days = (date.fromisoformat(day) - first[0]).days
        if days >= 365:
            assert 15 * days <= km - first[1] <= 100 * days


def test_totals_are_the_sum_of_their_items(demo):
    conn = connect(demo[0])
    sums = dict(conn.execute("SELECT visit_id, sum(amount_fen) FROM visit_items GROUP BY visit_id"))
    counts = dict(conn.execute("SELECT visit_id, count(*) FROM visit_items GROUP BY visit_id"))
    descriptions = [d for (d,) in conn.execute("SELECT description FROM visit_items")]
    assert all(d.strip() for d in descriptions)
    ranges = {  # yuan
        VisitType.MAINTENANCE: (0, 2_000), VisitType.REPAIR: (500, 8_000),
        VisitType.BODYWORK: (1_500, 12_000), VisitType.WASH: (30, 80),
        VisitType.ACCESSORY: (300, 5_000), VisitType.WARRANTY: (0, 0),
        VisitType.INSPECTION: (50, 600),
    }
    for visit_id, _, _, _, _, kind, _, total, *_ in visits_of(demo[0]):
        assert total == sums[visit_id]
        assert 1 <= counts[visit_id] <= 4
        low, high = ranges[VisitType(kind)]
        assert low * 100 <= total <= high * 100, (kind, total)


def test_no_visit_after_today(demo):
    for _, _, _, day_in, day_out, *_ in visits_of(demo[0]):
        assert date.fromisoformat(day_in) <= TODAY
        if day_out is not None:
            assert date.fromisoformat(day_in) <= date.fromisoformat(day_out) <= TODAY
            assert (date.fromisoformat(day_out) - date.fromisoformat(day_in)).days <= 3


def test_visits_belong_to_the_owner_at_the_time(demo):
    conn = connect(demo[0])
    spells: dict[int, list[tuple]] = {}
    for vehicle_id, customer_id, start, end in conn.execute(
        "SELECT vehicle_id, customer_id, start_date, end_date FROM vehicle_ownerships"
    ):
        spells.setdefault(vehicle_id, []).append((customer_id, start, end))
    created = {cid: at[:10] for cid, at in conn.execute("SELECT id, created_at FROM customers")}
    earlier = 0
    for _, vehicle_id, customer_id, day, *_ in visits_of(demo[0]):
        owners = [c for c, start, end in spells[vehicle_id] if start <= day and (end is None or day < end)]
        assert owners == [customer_id]
        assert created[customer_id] <= day  # not before they were our customer
        earlier += any(c == customer_id and end is not None for c, _, end in spells[vehicle_id])
    assert earlier, "a second-hand car's earlier visits are its earlier owner's"


def test_last_visits_some_customers_at_risk_some_lost(demo):
    conn = connect(demo[0])
    last = dict(conn.execute("SELECT customer_id, max(date_in) FROM service_visits GROUP BY 1"))
    cards = dict(conn.execute("SELECT id, last_visit_on FROM customers"))
    assert {c: d for c, d in cards.items() if d is not None} == last
    status = Counter(lapse_status(date.fromisoformat(d) if d else None, TODAY) for d in cards.values())
    lapsed = status[LapseStatus.AT_RISK] + status[LapseStatus.LOST]
    assert status[LapseStatus.AT_RISK] >= 0.04 * SIZE and status[LapseStatus.LOST] >= 0.02 * SIZE
    assert 0.08 * SIZE <= lapsed <= 0.3 * SIZE, status
    assert status[LapseStatus.ACTIVE] > 0.5 * SIZE, status


def test_warranty_visits_only_within_the_warranty(demo):
    conn = connect(demo[0])
    ends = dict(conn.execute("SELECT id, warranty_end FROM vehicles"))
    warranty = [v for v in visits_of(demo[0]) if v[5] == VisitType.WARRANTY]
    assert warranty
    for _, vehicle_id, _, day, _, _, _, total, *_ in warranty:
        assert day < ends[vehicle_id] and total == 0


def test_satisfaction_advisors_and_comments(demo):
    conn = connect(demo[0])
    roles = dict(conn.execute("SELECT id, role FROM staff"))
    visits = visits_of(demo[0])
    scores = Counter(v[9] for v in visits)
    assert set(scores) <= {None, 1, 2, 3, 4, 5}
    rated = len(visits) - scores[None]
    assert 0.5 <= rated / len(visits) <= 0.7
    assert scores[4] + scores[5] > 0.75 * rated and scores[1] + scores[2] + scores[3] > 0.05 * rated
    assert {roles[v[8]] for v in visits} == {StaffRole.SERVICE_ADVISOR.value}
    commented = [v[10] for v in visits if v[10]]
    assert 0.03 * len(visits) < len(commented) < 0.4 * len(visits)
    flagged = {c for (c,) in conn.execute("SELECT id FROM customers WHERE satisfaction_flag")}
    recent_low = {v[2] for v in visits if v[9] is not None and v[9] <= 3
                  and date.fromisoformat(v[3]) >= TODAY - timedelta(days=30)}
    assert flagged <= recent_low


def test_next_service_is_predicted_from_the_visits(demo):
    conn = connect(demo[0])
    with_visits = {v for (v,) in conn.execute(
        "SELECT DISTINCT vehicle_id FROM service_visits WHERE mileage_km IS NOT NULL")}
    predicted = {v for (v,) in conn.execute("SELECT id FROM vehicles WHERE next_service_due IS NOT NULL")}
    assert predicted == with_visits

