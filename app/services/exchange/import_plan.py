"""What an import would do, row by row, before anything is written (issue 15, item 3).

`plan_import(book, table, mapping, on_duplicate=..., overwrite=...)` reads the book once
(every live customer's phones and fields, every vehicle's VIN and plate, the staff's names)
and gives each data row of the sheet its disposition:

- new: nobody in the book or earlier in the sheet has its mobile, other phone or VIN;
- update: it matches customer #id (by a phone or the VIN) and would change something, listed
  old -> new: an empty field is filled, a filled one is changed only with `overwrite`; its
  vehicle (matched by VIN, else by plate among the customer's cars) is filled the same way,
  or added to the customer when it is not theirs yet; tags are added;
- unchanged: it matches and would change nothing;
- duplicate: it matches an earlier row of the same sheet, or (with on_duplicate "skip") a
  customer in the book; with "add" a match in the book is added as a new customer anyway;
- rejected: a cell cannot be taken (its field and the reason), the name is missing, a text
  is longer than the book keeps, the advisor is nobody on the staff, the VIN is another
  (archived) vehicle's, or its phone and its VIN are two different customers'.

Blank and total rows are counted apart; they are not rows in. Nothing here writes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select

from app.db.models import ChangeCount, Customer, CustomerTag, Staff, Tag, Vehicle
from app.domain.import_fields import (
    BLANK,
    DATA,
    FIELD_BY_KEY,
    TOTAL,
    VEHICLE,
    Rejection,
    clean_row,
    clean_text,
)

NEW, UPDATE, UNCHANGED, DUPLICATE, REJECTED = "new", "update", "unchanged", "duplicate", "rejected"
DISPOSITIONS = (NEW, UPDATE, UNCHANGED, DUPLICATE, REJECTED)
# the customer's text fields an update compares (the import's keys that are the card's too)
CUSTOMER_FIELDS = ("name", "phone", "phone_alt", "wechat", "email", "address", "occupation",
                   "employer", "notes")
# the customer's other fields an update compares: import key -> what is stored
CUSTOMER_CHOICES = ("gender", "source")
# the vehicle's fields an import fills (import key -> vehicles' column)
VEHICLE_COLUMNS = {
    "plate": "plate", "vin": "vin", "make": "make", "model": "model", "trim": "trim",
    "colour": "colour", "year": "year", "purchase_date": "purchase_date",
    "price_yuan": "price_yuan", "mileage_km": "mileage_km",
    "insurance_expiry": "insurance_expiry", "inspection_due": "inspection_due",
    "warranty_end": "warranty_end", "vehicle_notes": "notes",
}
# a row describes a vehicle when one of these has a value
VEHICLE_KEYS = ("plate", "vin", "make", "model")


class OnDuplicate(StrEnum):
    UPDATE = "update"
    SKIP = "skip"
    ADD = "add"


@dataclass(frozen=True)
class RowPlan:
    number: int  # the row as the spreadsheet shows it
    disposition: str
    values: dict = field(default_factory=dict)
    customer_id: int | None = None  # the customer matched (update, unchanged, duplicate)
    changes: dict[str, tuple[object, object]] = field(default_factory=dict)  # old, new
    rejections: dict[str, Rejection] = field(default_factory=dict)
    same_as_row: int | None = None  # an earlier row of the sheet with the same key
    vehicle_id: int | None = None  # the customer's vehicle the row updates (None: a new one)
    vehicle_changes: dict[str, tuple[object, object]] = field(default_factory=dict)
    new_vehicle: bool = False  # the row adds a vehicle (to a new or a matched customer)
    advisor_id: int | None = None
    new_tags: tuple[str, ...] = ()  # tags the matched customer does not have yet


@dataclass
class ImportPlan:
    rows: list[RowPlan]
    blank: int = 0
    totals: int = 0
    # what it was worked out from: the book's write clock then (app.db.unit.Clock), and
    # the table, mapping and options (an import may take it as it is while they hold)
    clock: int | None = None
    made_from: tuple = ()

    @property
    def counts(self) -> dict[str, int]:
        found = Counter(r.disposition for r in self.rows)
        return {d: found.get(d, 0) for d in DISPOSITIONS}

    @property
    def rows_in(self) -> int:
        return len(self.rows)


@dataclass
class _Book:
    """What the plan compares a sheet with, read once."""

    by_phone: dict[str, int]
    by_vin: dict[str, int]  # a live customer's vehicle's VIN -> its owner
    current: dict[int, dict]  # customer id -> the compared fields
    vehicles: dict[int, dict]  # vehicle id -> its fields (live customers' live vehicles)
    vin_vehicle: dict[str, int]  # VIN -> vehicle id (live customers' vehicles)
    plates: dict[int, dict[str, int]]  # customer id -> plate -> vehicle id
    taken_vins: set[str]  # every VIN in the book (archived vehicles and customers too)
    tags: dict[int, set[str]]
    staff: dict[str, int]  # a staff member's name, case-folded -> id
    clock: int = 0  # the book's write clock when read


def plan_import(book, table, mapping: dict[int, str | None], *,
                on_duplicate: OnDuplicate | str = OnDuplicate.UPDATE,
                overwrite: bool = False,
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> ImportPlan:
    """`progress(rows done, rows)` every 2,000 rows; `cancelled()` asked as often (True
    raises app.db.cancel.Cancelled)."""
    from app.db.cancel import Cancelled

    on_duplicate = OnDuplicate(on_duplicate)
    known = _read_book(book)
    seen: dict[str, int] = {}  # a key -> the first sheet row that had it
    plan = ImportPlan([], clock=known.clock,
                      made_from=made_from(table, mapping, on_duplicate, overwrite))
    rows = table.data_rows(mapping)
    for done, row in enumerate(rows):
        if done % 2000 == 0:
            if cancelled is not None and cancelled():
                raise Cancelled
            if progress is not None:
                progress(done, len(rows))
        if row.kind == BLANK:
            plan.blank += 1
            continue
        if row.kind == TOTAL:
            plan.totals += 1
            continue
        assert row.kind == DATA
        plan.rows.append(_plan_row(row, mapping, known, seen, on_duplicate, overwrite))
    if progress is not None:
        progress(len(rows), len(rows))
    return plan


def made_from(table, mapping, on_duplicate, overwrite: bool) -> tuple:
    """What a plan depends on besides the book (compared by identity for the table)."""
    return (id(table), tuple(sorted(mapping.items())), str(OnDuplicate(on_duplicate)),
            bool(overwrite))


def book_clock(session) -> int:
    """The book's write clock (moves with every committed write, this desk's or another's)."""
    from app.db.unit import CLOCK_TOPIC

    return session.execute(select(ChangeCount.n).where(
        ChangeCount.topic == CLOCK_TOPIC)).scalar() or 0


def _plan_row(row, mapping, known: _Book, seen: dict[str, int], on_duplicate: OnDuplicate,
              overwrite: bool) -> RowPlan:
    cleaned = clean_row(row.cells, mapping)
    values = cleaned.values
    rejections = dict(cleaned.rejections)
    if not values.get("name"):
        rejections.setdefault("name", Rejection("required"))
    for key, value in values.items():
        limit = _limit(key)
        if limit and isinstance(value, str) and len(value) > limit:
            rejections.setdefault(key, Rejection("too_long", str(limit)))
    advisor_id = None
    if values.get("advisor"):
        advisor_id = known.staff.get(values["advisor"].casefold())
        if advisor_id is None:
            rejections.setdefault("advisor", Rejection("advisor_unknown", values["advisor"]))
    if rejections:
        return RowPlan(row.number, REJECTED, values, rejections=rejections)
    keys = _keys(values)
    earlier = next((seen[k] for k in keys if k in seen), None)
    if earlier is not None and (on_duplicate is not OnDuplicate.ADD or
                                any(k[0] == "v" and k in seen for k in keys)):
        # (a VIN is one car: added twice, it could not be stored)
        return RowPlan(row.number, DUPLICATE, values, same_as_row=earlier)
    matches = []
    for k in keys:
        found = known.by_phone.get(k[1:]) if k[0] == "p" else known.by_vin.get(k[1:])
        if found is not None and found not in matches:
            matches.append(found)
    vin = values.get("vin")
    if matches and on_duplicate is OnDuplicate.ADD:
        if vin and vin in known.by_vin:
            return RowPlan(row.number, REJECTED, values,
                           rejections={"vin": Rejection("vin_duplicate", vin)})
        matches = []
    if not matches and vin and vin in known.taken_vins:
        return RowPlan(row.number, REJECTED, values,
                       rejections={"vin": Rejection("vin_duplicate", vin)})
    if len(matches) > 1:
        return RowPlan(row.number, REJECTED, values, rejections={
            "phone": Rejection("key_conflict", ", ".join(f"#{m}" for m in matches))})
    for k in keys:
        seen.setdefault(k, row.number)
    has_vehicle = any(values.get(k) for k in VEHICLE_KEYS)
    if not matches:
        return RowPlan(row.number, NEW, values, new_vehicle=has_vehicle, advisor_id=advisor_id)
    match = matches[0]
    if on_duplicate is OnDuplicate.SKIP:
        return RowPlan(row.number, DUPLICATE, values, customer_id=match)
    changes = _changes(known.current.get(match, {}), values, advisor_id, overwrite)
    new_tags = tuple(t for t in values.get("tags", ()) if t not in known.tags.get(match, ()))
    vehicle_id, vehicle_changes, new_vehicle = None, {}, False
    if has_vehicle:
        vehicle_id = known.vin_vehicle.get(vin) if vin else None
        if vehicle_id is None and values.get("plate"):
            vehicle_id = known.plates.get(match, {}).get(values["plate"])
        if vehicle_id is None:
            new_vehicle = True
        else:
            stored = known.vehicles[vehicle_id]
            if vin and stored.get("vin") and stored["vin"] != vin:
                new_vehicle, vehicle_id = True, None  # (same plate, another car)
            else:
                vehicle_changes = _vehicle_changes(stored, values, overwrite)
    changed = changes or vehicle_changes or new_vehicle or new_tags
    return RowPlan(row.number, UPDATE if changed else UNCHANGED, values, customer_id=match,
                   changes=changes, vehicle_id=vehicle_id, vehicle_changes=vehicle_changes,
                   new_vehicle=new_vehicle, advisor_id=advisor_id, new_tags=new_tags)


_LIMITS: dict[str, int] = {}


def _limit(key: str) -> int | None:
    """The longest text the book keeps for an import field (None: no limit)."""
    if not _LIMITS:
        for name, spec in FIELD_BY_KEY.items():
            table = Vehicle.__table__ if spec.entity == VEHICLE else Customer.__table__
            column = table.c.get(VEHICLE_COLUMNS.get(name, name) if spec.entity == VEHICLE else name)
            _LIMITS[name] = getattr(column.type, "length", None) if column is not None else None
        _LIMITS["advisor"] = Staff.__table__.c.name.type.length
        _LIMITS["tags"] = None
    return _LIMITS.get(key)


def _keys(values: dict) -> list[str]:
    """A row's match keys: "p" + each phone (E.164), "v" + the VIN."""
    keys = [f"p{values[f]}" for f in ("phone", "phone_alt") if values.get(f)]
    if values.get("vin"):
        keys.append(f"v{values['vin']}")
    return keys


def _changes(stored: dict, values: dict, advisor_id: int | None,
             overwrite: bool) -> dict[str, tuple[object, object]]:
    changes = {}

    def consider(name: str, old, new) -> None:
        if new in (None, "") or old == new:
            return  # an empty cell never empties the card
        if old not in (None, "") and not overwrite:
            return  # a filled field stays unless the person chose to overwrite
        changes[name] = (old if old is not None else "", new)

    for name in CUSTOMER_FIELDS:
        consider(name, stored.get(name) or "", values.get(name))
    for name in CUSTOMER_CHOICES:
        new = values.get(name)
        consider(name, stored.get(name) or "", str(new) if new else None)
    birthday = values.get("birthday")
    if birthday is not None:
        old = _birthday_text(stored.get("birth_year"), stored.get("birth_month"),
                             stored.get("birth_day"), stored.get("birthday_calendar"),
                             stored.get("birth_leap"))
        consider("birthday", old, _birthday_text(birthday.year, birthday.month, birthday.day,
                                                 birthday.calendar, birthday.leap))
    if advisor_id is not None and stored.get("advisor_id") != advisor_id:
        if stored.get("advisor_id") is None or overwrite:
            changes["advisor"] = (stored.get("advisor") or "", values["advisor"])
    return changes


def _birthday_text(year, month, day, calendar=None, leap=False) -> str:
    if not month or not day:
        return ""
    text = f"{year:04d}-{month:02d}-{day:02d}" if year else f"{month:02d}-{day:02d}"
    if calendar == "lunar":
        text = f"lunar {text}" + (" leap" if leap else "")
    return text


def _vehicle_changes(stored: dict, values: dict, overwrite: bool) -> dict[str, tuple[object, object]]:
    changes = {}
    for key, column in VEHICLE_COLUMNS.items():
        new = values.get(key)
        if new in (None, ""):
            continue
        old = stored.get(column)
        if old == new:
            continue
        if old not in (None, "") and not overwrite:
            continue
        changes[key] = (old if old is not None else "", new)
    return changes


def _read_book(book) -> _Book:
    """Every live customer's phones and fields, their vehicles, tags and the staff, in a few
    reads. The oldest customer wins a phone two customers share."""
    by_phone: dict[str, int] = {}
    current: dict[int, dict] = {}
    c = Customer.__table__.c
    compared = (*CUSTOMER_FIELDS, *CUSTOMER_CHOICES, "birth_year", "birth_month", "birth_day",
                "birthday_calendar", "birth_leap", "advisor_id")
    with book.reading() as session:
        clock = book_clock(session)
        staff_names = {}
        staff = {}
        for staff_id, name, active in session.execute(
                select(Staff.id, Staff.name, Staff.active).order_by(Staff.id)):
            staff_names[staff_id] = name
            key = clean_text(name).casefold()
            if active or key not in staff:
                staff[key] = staff_id
        for row in session.execute(
                select(c.id, *[c[f] for f in compared])
                .where(c.archived_at.is_(None), c.erased_at.is_(None)).order_by(c.id)):
            customer_id, fields_ = row[0], dict(zip(compared, row[1:], strict=True))
            fields_["advisor"] = staff_names.get(fields_["advisor_id"], "")
            current[customer_id] = fields_
            for phone in (fields_["phone"], fields_["phone_alt"]):
                if phone:
                    by_phone.setdefault(phone, customer_id)
        v = Vehicle.__table__.c
        columns = sorted(set(VEHICLE_COLUMNS.values()))
        by_vin, vin_vehicle, vehicles, plates, taken = {}, {}, {}, {}, set()
        for row in session.execute(
                select(v.id, v.owner_id, v.archived_at, *[v[n] for n in columns]).order_by(v.id)):
            vehicle_id, owner, archived = row[0], row[1], row[2]
            fields_ = dict(zip(columns, row[3:], strict=True))
            if fields_["vin"]:
                taken.add(fields_["vin"])
            if owner not in current or archived is not None:
                continue
            vehicles[vehicle_id] = fields_
            if fields_["vin"]:
                by_vin[fields_["vin"]] = owner
                vin_vehicle[fields_["vin"]] = vehicle_id
            if fields_["plate"]:
                plates.setdefault(owner, {}).setdefault(fields_["plate"], vehicle_id)
        tags: dict[int, set[str]] = {}
        for customer_id, name in session.execute(
                select(CustomerTag.customer_id, Tag.name).join(Tag, Tag.id == CustomerTag.tag_id)):
            tags.setdefault(customer_id, set()).add(name)
    return _Book(by_phone, by_vin, current, vehicles, vin_vehicle, plates, taken, tags, staff,
                 clock)
