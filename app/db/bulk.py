"""Bulk writers: many rows of the book's main tables at once, in the caller's transaction.

Each writer takes plain dicts of column values (as the services would store them after their
checks: validating and cleaning what a person typed is the caller's part), writes them with
SQLAlchemy Core executemany in chunks, and returns the new ids in the order given. What the
services keep up to date around a row is kept the same way here, so a book written in bulk
is the book the services would have written (tests/db/test_bulk.py compares the two):

- customers: name readings (pinyin, initials), phone digits, tags by name, the search keys
  with their vehicles' plates and VINs (app.domain.search, as app.db.upkeep works them out);
- vehicles: the month-day of purchase, an empty VIN stored as NULL, the ownership history
  (earlier owners given, then the open row from the purchase day);
- interactions: their customers' last contact;
- service visits: their work items and total, the vehicles' mileage (the latest visit's)
  and next maintenance, the customers' last visit day, and, if asked, the post-service call.

The triggers fire per row whatever the statement, so the change counters they keep move as
they would under the services; a vehicle whose visits are written in one call is noted once
in the vehicle change log, not once per visit (what the log is for: which cars changed).

Rows given with an "id" keep it (a caller that must refer to rows before writing them, such as
the demo); otherwise the book gives one (INSERT ... RETURNING, in parameter order).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from operator import itemgetter

from sqlalchemy import Table, bindparam, case, func, insert, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from app.db.models import (
    Consent,
    Customer,
    CustomerSearch,
    CustomerTag,
    FollowUp,
    HouseholdMember,
    ImportantDate,
    Interaction,
    Lead,
    ReminderMark,
    ServiceVisit,
    ShowroomVisit,
    Tag,
    TestDrive,
    Vehicle,
    VehicleOwnership,
    VisitItem,
)
from app.domain.desk_rules import NO_ANSWER_EXPIRY_DAYS
from app.domain.enums import CustomerKind, FollowUpReason, FollowUpStatus, VisitType
from app.domain.search import name_readings, search_keys
from app.domain.service_rules import MaintenanceInterval, interval_for, predict_next_service
from app.domain.validation import phone_digits

CHUNK = 5_000  # rows per executemany
LOOKUP_CHUNK = 500  # ids per IN (...) when reading back: a bound that does not grow with the book

Target = Connection | Session


@dataclass(frozen=True)
class AddedCustomers:
    """The new customers' ids in the order given, and each one's new vehicle ids."""

    ids: list[int]
    vehicle_ids: list[list[int]]


@lru_cache(maxsize=200_000)
def readings_of(name: str, person: bool = True) -> tuple[tuple[str, str], ...]:
    """app.domain.search.name_readings, remembered (the slow part of a customer's keys)."""
    return tuple(name_readings(name, person))


def customer_keys(
    name: str,
    person: bool,
    phones: Iterable[str],
    plates: Iterable[str] = (),
    vins: Iterable[str] = (),
    extra: Iterable[str] = (),
) -> str:
    """app.domain.search.search_keys with the name's readings remembered."""
    return search_keys(name, phones, plates, vins, extra, person,
                       readings=list(readings_of((name or "").strip(), person)))


def digits_of(phone: str) -> str:
    """app.domain.validation.phone_digits, without a parse for mainland mobiles (+861...)."""
    if len(phone) == 14 and phone.startswith("+861"):
        return phone[3:]
    return phone_digits(phone)


# ---------------------------------------------------------------- customers and vehicles
def add_customers(target: Target, rows: Sequence[Mapping]) -> AddedCustomers:
    """Customers, each a dict of customers' columns plus, optionally, "tags" (names; a tag
    not yet in the book is made) and "vehicles" (dicts as add_vehicles takes them, without
    owner_id). Name readings, phone digits and search keys are worked out here."""
    conn = _connection(target)
    customers, tag_rows, search, vehicles, owners = [], [], [], [], []
    for row in rows:
        values = _with_defaults(Customer.__table__, row, skip=("tags", "vehicles"))
        person = values["kind"] != CustomerKind.COMPANY.value
        full, initials = (readings_of(values["name"].strip(), person) or (("", ""),))[0]
        values.update(name_pinyin=full, name_initials=initials,
                      phone_digits=digits_of(values["phone"]))
        customers.append(values)
        tag_rows.append(tuple(dict.fromkeys(row.get("tags", ()))))
        own = [_vehicle_values(v) for v in row.get("vehicles", ())]
        vehicles.extend(own)
        owners.append(len(own))
        search.append(customer_keys(
            values["name"], person, (values["phone"], values["phone_alt"]),
            [v["plate"] for v in own if v["archived_at"] is None],
            [v["vin"] or "" for v in own if v["archived_at"] is None],
            (values["wechat"],),
        ))
    ids = _insert(conn, Customer.__table__, customers)
    tag_ids = _tag_ids(conn, [name for names in tag_rows for name in names])
    _insert(conn, CustomerTag.__table__, [
        {"customer_id": cid, "tag_id": tag_ids[name]}
        for cid, names in zip(ids, tag_rows, strict=True) for name in names
    ], want_ids=False)
    at = 0
    for cid, count in zip(ids, owners, strict=True):
        for vehicle in vehicles[at:at + count]:
            vehicle["owner_id"] = cid
        at += count
    vehicle_ids = _insert_vehicles(conn, vehicles)
    _insert(conn, CustomerSearch.__table__, [
        {"customer_id": cid, "keys": keys} for cid, keys in zip(ids, search, strict=True)
    ], want_ids=False)
    per_customer, at = [], 0
    for count in owners:
        per_customer.append(vehicle_ids[at:at + count])
        at += count
    return AddedCustomers(ids, per_customer)


def add_vehicles(target: Target, rows: Sequence[Mapping]) -> list[int]:
    """Vehicles of customers already in the book (owner_id), each a dict of vehicles'
    columns plus, optionally, "earlier_owners": [(customer id, start, end)] written to the
    ownership history before the open row. The owners' search keys follow."""
    conn = _connection(target)
    vehicles = [_vehicle_values(row) for row in rows]
    ids = _insert_vehicles(conn, vehicles)
    refresh_search_keys(conn, sorted({v["owner_id"] for v in vehicles if v["owner_id"]}))
    return ids


def refresh_search_keys(target: Target, customer_ids: Sequence[int]) -> None:
    """Work out again what these customers are found by (app.db.upkeep's, many at once)."""
    conn = _connection(target)
    c, v, k = Customer.__table__.c, Vehicle.__table__.c, CustomerSearch.__table__.c
    for chunk in _chunks(list(customer_ids), LOOKUP_CHUNK):
        cars: dict[int, list[tuple[str, str]]] = {}
        for owner, plate, vin in conn.execute(
            select(v.owner_id, v.plate, v.vin)
            .where(v.owner_id.in_(chunk), v.archived_at.is_(None)).order_by(v.id)
        ):
            cars.setdefault(owner, []).append((plate, vin or ""))
        have = set(conn.execute(select(k.customer_id).where(k.customer_id.in_(chunk))).scalars())
        fresh, changed = [], []
        for cid, name, kind, phone, phone_alt, wechat in conn.execute(
            select(c.id, c.name, c.kind, c.phone, c.phone_alt, c.wechat).where(c.id.in_(chunk))
        ):
            own = cars.get(cid, [])
            keys = customer_keys(name, kind != CustomerKind.COMPANY.value, (phone, phone_alt),
                                 [p for p, _ in own], [n for _, n in own], (wechat,))
            (changed if cid in have else fresh).append({"cid": cid, "new_keys": keys})
        _insert(conn, CustomerSearch.__table__,
                [{"customer_id": r["cid"], "keys": r["new_keys"]} for r in fresh], want_ids=False)
        if changed:  # (only when different, as upkeep does: each write redoes the index)
            conn.execute(
                update(CustomerSearch.__table__)
                .where(k.customer_id == bindparam("cid"), k["keys"] != bindparam("new_keys"))
                .values(keys=bindparam("new_keys")),
                changed,
            )


def _vehicle_values(row: Mapping) -> dict:
    values = _with_defaults(Vehicle.__table__, row, skip=("earlier_owners",))
    bought = values["purchase_date"]
    values["purchase_md"] = bought.month * 100 + bought.day if bought else None
    values["vin"] = values["vin"] or None
    values["_earlier"] = list(row.get("earlier_owners", ()))
    return values


def _insert_vehicles(conn: Connection, vehicles: list[dict]) -> list[int]:
    earlier = [v.pop("_earlier") for v in vehicles]
    ids = _insert(conn, Vehicle.__table__, vehicles)
    ownerships = []
    for vid, vehicle, spells in zip(ids, vehicles, earlier, strict=True):
        for owner, start, end in spells:
            ownerships.append({"vehicle_id": vid, "customer_id": owner, "start_date": start,
                               "end_date": end})
        ownerships.append({"vehicle_id": vid, "customer_id": vehicle["owner_id"],
                           "start_date": vehicle["purchase_date"] or date.today(),
                           "end_date": None})
    _insert(conn, VehicleOwnership.__table__, ownerships, want_ids=False)
    return ids


def _tag_ids(conn: Connection, names: list[str]) -> dict[str, int]:
    wanted = list(dict.fromkeys(names))
    t = Tag.__table__.c
    found: dict[str, int] = {}
    for chunk in _chunks(wanted, LOOKUP_CHUNK):
        found.update(conn.execute(select(t.name, t.id).where(t.name.in_(chunk))).all())
    for name in wanted:  # new tags one by one, in the order first named (as the card does)
        if name not in found:
            found[name] = conn.execute(insert(Tag.__table__).values(name=name)).inserted_primary_key[0]
    return found


# ---------------------------------------------------------------- timeline and card items
def add_interactions(target: Target, rows: Sequence[Mapping]) -> list[int]:
    """Timeline entries (calls, visits, messages); their customers' last contact follows."""
    conn = _connection(target)
    values = [_with_defaults(Interaction.__table__, row) for row in rows]
    ids = _insert(conn, Interaction.__table__, values)
    touch_last_contact(conn, sorted({v["customer_id"] for v in values}))
    return ids


def touch_last_contact(target: Target, customer_ids: Sequence[int]) -> None:
    """Each customer's last contact is their latest timeline entry (app.db.upkeep's)."""
    if not customer_ids:
        return
    c, i = Customer.__table__.c, Interaction.__table__.c
    latest = (select(func.max(i.occurred_at)).where(i.customer_id == bindparam("cid"))
              .scalar_subquery())
    _connection(target).execute(  # (a row already right is not written again)
        update(Customer.__table__)
        .where(c.id == bindparam("cid"), c.last_contact_at.is_distinct_from(latest))
        .values(last_contact_at=latest),
        [{"cid": cid} for cid in customer_ids],
    )


def add_household_members(target: Target, rows: Sequence[Mapping]) -> list[int]:
    return _plain(target, HouseholdMember.__table__, rows)


def add_important_dates(target: Target, rows: Sequence[Mapping]) -> list[int]:
    return _plain(target, ImportantDate.__table__, rows)


def add_reminder_marks(target: Target, rows: Sequence[Mapping]) -> list[int]:
    return _plain(target, ReminderMark.__table__, rows)


def add_consents(target: Target, rows: Sequence[Mapping]) -> list[int]:
    """Consent history rows (each with its id, as a demo or an import gives them)."""
    return _plain(target, Consent.__table__, rows)


def add_follow_ups(target: Target, rows: Sequence[Mapping]) -> list[int]:
    """Follow-ups; as the service makes them, one without an "advisor_id" goes to the
    customer's advisor and one without "expires_on" lapses unanswered 15 days after due."""
    conn = _connection(target)
    values = [_with_defaults(FollowUp.__table__, row) for row in rows]
    need_advisor = [v["customer_id"] for v, row in zip(values, rows, strict=True)
                    if "advisor_id" not in row]
    advisors = _advisors(conn, need_advisor)
    for v, row in zip(values, rows, strict=True):
        if "advisor_id" not in row:
            v["advisor_id"] = advisors.get(v["customer_id"])
        if "expires_on" not in row:
            v["expires_on"] = v["due_date"] + timedelta(days=NO_ANSWER_EXPIRY_DAYS)
    return _insert(conn, FollowUp.__table__, values)


# ---------------------------------------------------------------- service visits
def add_visits(
    target: Target,
    rows: Sequence[Mapping],
    *,
    intervals: Mapping[str, MaintenanceInterval] | None = None,
    post_service_days: int | None = None,
) -> list[int]:
    """Service visits, each a dict of service_visits' columns plus "items": [(description,
    amount in fen)]; without "customer_id" a visit is the vehicle's owner's, without
    "total_fen" it is the sum of its items. Then, as the visit service does after each: the
    vehicles' mileage follows their latest visit, their next maintenance is worked out again
    (`intervals`: the store's), the customers' last visit day follows; and with
    `post_service_days`, each visit of a car with an owner gets its post-service call."""
    conn = _connection(target)
    values, items = [], []
    vehicle_ids = sorted({row["vehicle_id"] for row in rows})
    owners = _owners(conn, vehicle_ids)
    for row in rows:
        visit = _with_defaults(ServiceVisit.__table__, row, skip=("items",))
        if "customer_id" not in row:
            visit["customer_id"] = owners.get(visit["vehicle_id"])
        lines = row.get("items", ())
        if "total_fen" not in row or row["total_fen"] is None:
            visit["total_fen"] = sum(a for _, a in lines)
        values.append(visit)
        items.append(lines)
    ids = _insert(conn, ServiceVisit.__table__, values)
    _insert(conn, VisitItem.__table__, [
        {"visit_id": vid, "description": d, "amount_fen": a}
        for vid, lines in zip(ids, items, strict=True) for d, a in lines
    ], want_ids=False)
    _follow_visits(conn, vehicle_ids, intervals)
    refresh_last_visit(conn, sorted({v["customer_id"] for v in values if v["customer_id"]}))
    if post_service_days is not None:
        _post_service_calls(conn, ids, values, owners, post_service_days)
    return ids


def refresh_last_visit(target: Target, customer_ids: Sequence[int]) -> None:
    """Each customer's last visit day is their latest visit's (the visit service's)."""
    if not customer_ids:
        return
    c, v = Customer.__table__.c, ServiceVisit.__table__.c
    latest = select(func.max(v.date_in)).where(v.customer_id == bindparam("cid")).scalar_subquery()
    _connection(target).execute(
        update(Customer.__table__).where(c.id == bindparam("cid")).values(last_visit_on=latest),
        [{"cid": cid} for cid in customer_ids],
    )


def _follow_visits(conn: Connection, vehicle_ids: list[int], intervals) -> None:
    """Mileage of the latest visit that recorded one, and the next maintenance, per car."""
    v, sv = Vehicle.__table__.c, ServiceVisit.__table__.c
    maintenance = sv.visit_type == VisitType.MAINTENANCE.value
    aggregate = (
        select(sv.vehicle_id, func.max(case((maintenance, sv.date_in))),
               func.max(case((maintenance, sv.mileage_km))), func.min(sv.date_in),
               func.min(sv.mileage_km), func.max(sv.date_in), func.max(sv.mileage_km))
        .where(sv.mileage_km.is_not(None)).group_by(sv.vehicle_id)
    )
    latest_km = (
        select(sv.mileage_km)
        .where(sv.vehicle_id == bindparam("vid"), sv.mileage_km.is_not(None))
        .order_by(sv.date_in.desc(), sv.id.desc()).limit(1).scalar_subquery()
    )
    statement = (
        update(Vehicle.__table__).where(v.id == bindparam("vid"))
        .values(mileage_km=func.coalesce(latest_km, v.mileage_km),
                next_service_due=bindparam("due"), next_service_km=bindparam("km"))
    )
    found: dict[str, MaintenanceInterval] = {}
    for chunk in _chunks(vehicle_ids, LOOKUP_CHUNK):
        makes = dict(conn.execute(select(v.id, v.make).where(v.id.in_(chunk))).all())
        figures = {row[0]: row[1:] for row in conn.execute(aggregate.where(sv.vehicle_id.in_(chunk)))}
        params = []
        for vid in chunk:
            prediction = None
            if vid in figures:
                make = makes.get(vid) or ""
                interval = found.get(make)
                if interval is None:
                    interval = found[make] = interval_for(make, intervals)
                prediction = _prediction(interval, *figures[vid])
            params.append({"vid": vid, "due": prediction.due_date if prediction else None,
                           "km": prediction.due_km if prediction else None})
        conn.execute(statement, params)


def _prediction(interval, last_service, last_km, first_day, first_km, last_day, top_km):
    """app.services.service_lane.visits' rule over the visits' figures."""
    history = [(d, k) for d, k in ((first_day, first_km), (last_day, top_km)) if d and k is not None]
    base = last_service or first_day
    if base is None:
        return None
    return predict_next_service(base, last_km, history, interval)


def _post_service_calls(conn, ids, visits, owners, days: int) -> None:
    advisors = _advisors(conn, sorted({o for o in owners.values() if o is not None}))
    calls = []
    for vid, visit in zip(ids, visits, strict=True):
        owner = owners.get(visit["vehicle_id"])
        if owner is None:
            continue
        due = (visit["date_out"] or visit["date_in"]) + timedelta(days=days)
        calls.append({
            "customer_id": owner, "vehicle_id": visit["vehicle_id"],
            "reason": FollowUpReason.POST_SERVICE.value, "due_date": due,
            "advisor_id": advisors.get(owner), "status": FollowUpStatus.OPEN.value, "notes": "",
            "attempts": 0, "expires_on": due + timedelta(days=NO_ANSWER_EXPIRY_DAYS),
            "visit_id": vid,
        })
    _insert(conn, FollowUp.__table__, [_with_defaults(FollowUp.__table__, c) for c in calls],
            want_ids=False)


# ---------------------------------------------------------------- plumbing
def _connection(target: Target) -> Connection:
    return target.connection() if isinstance(target, Session) else target


def _plain(target: Target, table: Table, rows: Sequence[Mapping]) -> list[int]:
    values = [_with_defaults(table, row) for row in rows]
    return _insert(_connection(target), table, values)


def _with_defaults(table: Table, row: Mapping, skip: tuple[str, ...] = ()) -> dict:
    """Every column of the table: the row's value, else the column's default (as the ORM
    would give it). Enum members are left to the driver (str and int enums are stored as
    their values)."""
    names, scalars, called = _columns_of(table)
    if row.keys() == names:
        return row  # type: ignore[return-value]
    values = scalars.copy()
    values.update(row)
    for key in skip:
        values.pop(key, None)
    for key, default in called:
        if key not in row:
            values[key] = default(None)
    if len(values) > len(names):
        unknown = set(values) - set(names)
        raise KeyError(f"{table.name} has no column {sorted(unknown)}")
    return values


@cache
def _columns_of(table: Table):
    """(the column names as a set-like view, the non-called defaults of every column but a
    book-given id, the called defaults)."""
    names = {column.key: None for column in table.columns}.keys()
    scalars, called = {}, []
    for column in table.columns:
        if column.primary_key and column.key == "id":
            continue
        default = column.default
        if default is not None and default.is_callable:
            called.append((column.key, default.arg))
        scalars[column.key] = None if default is None or default.is_callable else default.arg
    return names, scalars, tuple(called)


def _insert(conn: Connection, table: Table, rows: list[dict], want_ids: bool = True) -> list[int]:
    """Insert in chunks; the ids in order (the rows' own, or the book's via RETURNING)."""
    if not rows:
        return []
    given = ["id" in row for row in rows]
    if any(given) and not all(given):
        raise ValueError(f"{table.name}: give every row an id or none")
    ids: list[int] = []
    for chunk in _chunks(rows, CHUNK):
        if all(given) or not want_ids:
            _insert_many(conn, table, chunk)
            if all(given):
                ids.extend(row["id"] for row in chunk)
        else:
            stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
            ids.extend(conn.execute(stmt, chunk).scalars())
    if all(given) and conn.dialect.name == "postgresql" and "id" in table.c:
        # ids written by hand: the server's sequence must carry on after them (the next
        # row the program adds would take id 1 again)
        conn.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'),"
            f" GREATEST((SELECT max(id) FROM \"{table.name}\"), 1))"))
    return ids


def _copy_in(conn: Connection, table: Table, keys: tuple[str, ...], rows: list[dict]) -> None:
    """A PostgreSQL server: the rows through COPY ... FROM STDIN (psycopg sends the values
    as they are), several times faster than INSERTs of many rows."""
    columns = ", ".join(f'"{key}"' for key in keys)
    values_of = itemgetter(*keys)
    cursor = conn.connection.driver_connection.cursor()
    try:
        with cursor.copy(f'COPY "{table.name}" ({columns}) FROM STDIN') as copy:
            if len(keys) == 1:
                for row in rows:
                    copy.write_row((row[keys[0]],))
            else:
                for row in rows:
                    copy.write_row(values_of(row))
    finally:
        cursor.close()


def _insert_many(conn: Connection, table: Table, rows: list[dict]) -> None:
    """conn.execute(insert(table), rows), without SQLAlchemy's work per row: when every row
    has the same columns, the statement is compiled once and each value goes through its
    column's own bind processor (what SQLAlchemy would send), straight to the driver."""
    keys = rows[0].keys()
    if any(row.keys() != keys for row in rows):
        conn.execute(insert(table), rows)
        return
    if conn.dialect.name == "postgresql":
        _copy_in(conn, table, tuple(keys), rows)
        return
    if conn.dialect.paramstyle != "qmark":
        conn.execute(insert(table), rows)
        return
    sql, order, processors = _compiled_insert(conn.dialect, table, tuple(keys))
    if len(order) == 1:
        (key,) = order
        params = [(row[key],) for row in rows]
    else:
        values_of = itemgetter(*order)
        params = [values_of(row) for row in rows]
    if processors:
        processed = []
        for values in params:
            values = list(values)
            for at, process in processors:
                value = values[at]
                if value is not None:
                    values[at] = process(value)
            processed.append(tuple(values))
        params = processed
    conn.exec_driver_sql(sql, params)


@cache
def _compiled_insert(dialect, table: Table, keys: tuple[str, ...]):
    """(the INSERT's SQL, its parameters' column keys in order, (place, bind processor)
    of each parameter that has one)."""
    compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
    order = tuple(compiled.positiontup)
    processors = []
    for at, key in enumerate(order):
        process = table.c[key].type._cached_bind_processor(dialect)
        if process is not None:
            processors.append((at, _quicker(process)))
    return str(compiled), order, tuple(processors)


_SAMPLE_MOMENTS = (datetime(2024, 2, 29, 23, 59, 58), datetime(1999, 1, 2, 3, 4, 5, 60))


def _quicker(process):
    """The processor, with a shortcut for naive date-times and plain dates when the
    shortcut gives exactly what the processor gives (SQLite's default text forms)."""
    try:
        moments = all(process(m) == m.isoformat(" ", "microseconds") for m in _SAMPLE_MOMENTS)
    except Exception:  # noqa: BLE001 - not a date-time processor
        moments = False
    if moments:
        def moment(value):
            if type(value) is datetime and value.tzinfo is None:
                return value.isoformat(" ", "microseconds")
            return process(value)

        return moment
    try:
        days = all(process(m.date()) == m.date().isoformat() for m in _SAMPLE_MOMENTS)
    except Exception:  # noqa: BLE001 - not a date processor
        days = False
    if days:
        def day(value):
            return value.isoformat() if type(value) is date else process(value)

        return day
    return process


def _owners(conn: Connection, vehicle_ids: list[int]) -> dict[int, int | None]:
    v = Vehicle.__table__.c
    owners: dict[int, int | None] = {}
    for chunk in _chunks(vehicle_ids, LOOKUP_CHUNK):
        owners.update(conn.execute(select(v.id, v.owner_id).where(v.id.in_(chunk))).all())
    return owners


def _advisors(conn: Connection, customer_ids: Iterable[int]) -> dict[int, int | None]:
    c = Customer.__table__.c
    advisors: dict[int, int | None] = {}
    for chunk in _chunks(sorted(set(customer_ids)), LOOKUP_CHUNK):
        advisors.update(conn.execute(select(c.id, c.advisor_id).where(c.id.in_(chunk))).all())
    return advisors


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start:start + size]


__all__ = [
    "CHUNK",
    "AddedCustomers",
    "add_customers",
    "add_follow_ups",
    "add_household_members",
    "add_important_dates",
    "add_interactions",
    "add_reminder_marks",
    "add_vehicles",
    "add_visits",
    "customer_keys",
    "digits_of",
    "readings_of",
    "refresh_last_visit",
    "refresh_search_keys",
    "touch_last_contact",
]


def tag_customers(target: Target, rows: Sequence[tuple[int, Sequence[str]]]) -> None:
    """Give customers already in the book more tags (by name; a tag not yet in the book is
    made). A tag the customer has already must not be given again."""
    conn = _connection(target)
    tag_ids = _tag_ids(conn, [name for _, names in rows for name in names])
    _insert(conn, CustomerTag.__table__, [
        {"customer_id": cid, "tag_id": tag_ids[name]}
        for cid, names in rows for name in dict.fromkeys(names)
    ], want_ids=False)


# ---------------------------------------------------------------- leads (issue 16)
def add_leads(target: Target, rows: Sequence[Mapping]) -> list[int]:
    """Leads, each a dict of leads' columns (the stage times, the order, the lost-lead
    review and the referral as the lead service would have left them)."""
    return _plain(target, Lead.__table__, rows)


def add_showroom_visits(target: Target, rows: Sequence[Mapping]) -> list[int]:
    """Showroom log entries (walk-ins and phone-ups), of leads already written."""
    return _plain(target, ShowroomVisit.__table__, rows)


def add_test_drives(target: Target, rows: Sequence[Mapping]) -> list[int]:
    """Test drives (scheduled, done or cancelled) of leads already written."""
    return _plain(target, TestDrive.__table__, rows)
