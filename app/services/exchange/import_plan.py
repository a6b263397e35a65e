"""What an import would do, row by row, before anything is written (issue 15, item 3).

`plan_import(book, table, mapping, on_duplicate=..., overwrite=...)` reads the book once
(every customer's phones, every vehicle's VIN and the fields an update compares) and gives
each data row of the sheet its disposition:

- new: nobody in the book or earlier in the sheet has its mobile, other phone or VIN;
- update: it matches customer #id (by a phone or the VIN) and would change fields, listed
  old → new: an empty field is filled; a filled one is changed only with `overwrite`;
- unchanged: it matches and would change nothing;
- duplicate: it matches an earlier row of the same sheet, or (with on_duplicate "skip") a
  customer in the book; with "add" a match in the book is added as a new customer anyway;
- rejected: a cell cannot be taken (its field and the reason) or the name is missing.

Blank and total rows are counted apart; they are not rows in. Nothing here writes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select

from app.db.models import Customer, Vehicle
from app.domain.import_fields import BLANK, DATA, TOTAL, Rejection, clean_row

NEW, UPDATE, UNCHANGED, DUPLICATE, REJECTED = "new", "update", "unchanged", "duplicate", "rejected"
DISPOSITIONS = (NEW, UPDATE, UNCHANGED, DUPLICATE, REJECTED)
# the customer's fields an update compares (the import's keys that are the card's too)
CUSTOMER_FIELDS = ("name", "phone", "phone_alt", "wechat", "email", "address", "occupation",
                   "employer", "notes")


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


@dataclass
class ImportPlan:
    rows: list[RowPlan]
    blank: int = 0
    totals: int = 0

    @property
    def counts(self) -> dict[str, int]:
        found = Counter(r.disposition for r in self.rows)
        return {d: found.get(d, 0) for d in DISPOSITIONS}

    @property
    def rows_in(self) -> int:
        return len(self.rows)


def plan_import(book, table, mapping: dict[int, str | None], *,
                on_duplicate: OnDuplicate | str = OnDuplicate.UPDATE,
                overwrite: bool = False) -> ImportPlan:
    on_duplicate = OnDuplicate(on_duplicate)
    by_phone, by_vin, current = _book_keys(book)
    seen: dict[str, int] = {}  # a key -> the first sheet row that had it
    plan = ImportPlan([])
    for row in table.data_rows(mapping):
        if row.kind == BLANK:
            plan.blank += 1
            continue
        if row.kind == TOTAL:
            plan.totals += 1
            continue
        assert row.kind == DATA
        cleaned = clean_row(row.cells, mapping)
        values = cleaned.values
        rejections = dict(cleaned.rejections)
        if not values.get("name"):
            rejections.setdefault("name", Rejection("required"))
        if rejections:
            plan.rows.append(RowPlan(row.number, REJECTED, values, rejections=rejections))
            continue
        keys = _keys(values)
        earlier = next((seen[k] for k in keys if k in seen), None)
        if earlier is not None and on_duplicate is not OnDuplicate.ADD:
            plan.rows.append(RowPlan(row.number, DUPLICATE, values, same_as_row=earlier))
            continue
        for k in keys:
            seen.setdefault(k, row.number)
        match = next((by_phone.get(k[1:]) if k[0] == "p" else by_vin.get(k[1:])
                      for k in keys if (by_phone if k[0] == "p" else by_vin).get(k[1:])),
                     None)
        if match is None or on_duplicate is OnDuplicate.ADD:
            plan.rows.append(RowPlan(row.number, NEW, values))
            continue
        if on_duplicate is OnDuplicate.SKIP:
            plan.rows.append(RowPlan(row.number, DUPLICATE, values, customer_id=match))
            continue
        changes = _changes(current.get(match, {}), values, overwrite)
        plan.rows.append(RowPlan(row.number, UPDATE if changes else UNCHANGED, values,
                                 customer_id=match, changes=changes))
    return plan


def _keys(values: dict) -> list[str]:
    """A row's match keys: "p" + each phone (E.164), "v" + the VIN."""
    keys = [f"p{values[f]}" for f in ("phone", "phone_alt") if values.get(f)]
    if values.get("vin"):
        keys.append(f"v{values['vin']}")
    return keys


def _changes(stored: dict, values: dict, overwrite: bool) -> dict[str, tuple[object, object]]:
    changes = {}
    for name in CUSTOMER_FIELDS:
        new = values.get(name)
        if new in (None, ""):
            continue  # an empty cell never empties the card
        old = stored.get(name) or ""
        if old == new:
            continue
        if old and not overwrite:
            continue  # a filled field stays unless the person chose to overwrite
        changes[name] = (old, new)
    return changes


def _book_keys(book) -> tuple[dict[str, int], dict[str, int], dict[int, dict]]:
    """Every live customer's phones and fields, every vehicle's VIN (its owner), in two
    reads. The oldest customer wins a phone two customers share."""
    by_phone: dict[str, int] = {}
    current: dict[int, dict] = {}
    c = Customer.__table__.c
    with book.reading() as session:
        for row in session.execute(
                select(c.id, *[c[f] for f in CUSTOMER_FIELDS])
                .where(c.archived_at.is_(None), c.erased_at.is_(None)).order_by(c.id)):
            customer_id, fields_ = row[0], dict(zip(CUSTOMER_FIELDS, row[1:], strict=True))
            current[customer_id] = fields_
            for phone in (fields_["phone"], fields_["phone_alt"]):
                if phone:
                    by_phone.setdefault(phone, customer_id)
        v = Vehicle.__table__.c
        by_vin = {vin: owner for vin, owner in session.execute(
            select(v.vin, v.owner_id).where(v.vin.is_not(None), v.vin != "",
                                            v.owner_id.is_not(None)))
            if owner in current}
    return by_phone, by_vin, current
