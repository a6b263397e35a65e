"""Writing an import into the book (issue 15, items 4 and 5), and the rejected rows' workbook.

`run_import` plans the sheet against the book as it is now (app.services.exchange.
import_plan), takes a backup of the book, and writes the plan in one transaction:

- new rows become customers (with their vehicle) through app.db.bulk, as the demo writes;
- an update keeps the customer's id and everything that refers to it (timeline, vehicles,
  follow-ups, notes): it fills the empty fields the plan lists, changes a filled one only
  when the person chose to overwrite, adds the tags the customer did not have, fills or adds
  the row's vehicle;
- unchanged, duplicate and rejected rows write nothing.

The counts (rows in = created + updated + unchanged + skipped + rejected) go to the audit log
in the same transaction. A cancel, an error or a full disk rolls the whole of it back: the
book is as it was. `write_rejected` writes the rejected rows, with the sheet's own columns
and a reason column, to a workbook that can be corrected and imported again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import bindparam, update

from app.db import audit, bulk
from app.db.cancel import Cancelled
from app.db.models import Customer, Vehicle
from app.domain.clock import now
from app.domain.roles import Right
from app.services.exchange.import_plan import (
    DUPLICATE,
    NEW,
    REJECTED,
    UNCHANGED,
    UPDATE,
    VEHICLE_COLUMNS,
    ImportPlan,
    OnDuplicate,
    RowPlan,
    book_clock,
    made_from,
    plan_import,
)
from app.services.permissions import require

CHUNK = 2_000  # rows written between two looks at cancel and progress
# what the import writes to customers' columns, per changed field (besides the field itself)
_CUSTOMER_TEXT = ("name", "phone", "phone_alt", "wechat", "email", "address", "occupation",
                  "employer", "notes", "gender", "source")
_SEARCHED = frozenset({"name", "phone", "phone_alt", "wechat"})

# stages reported to progress(stage, done, total)
PLAN, BACKUP, WRITE = "plan", "backup", "write"


@dataclass(frozen=True)
class ImportResult:
    """What an import did. `counts` by disposition (import_plan.DISPOSITIONS): created =
    counts["new"], updated, unchanged, skipped = counts["duplicate"], rejected."""

    plan: ImportPlan
    counts: dict[str, int]
    rows_in: int
    vehicles_added: int
    vehicles_updated: int
    backup: Path | None
    seconds: float
    dry_run: bool = False
    created_ids: list[int] = field(default_factory=list)


def run_import(book, table, mapping: dict[int, str | None], *,
               on_duplicate: OnDuplicate | str = OnDuplicate.UPDATE, overwrite: bool = False,
               dry_run: bool = False, backup_folder: str | Path | None = None,
               take_backup: bool = True,
               progress: Callable[[str, int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None,
               file_name: str = "", plan: ImportPlan | None = None) -> ImportResult:
    """Plan and (unless `dry_run`) write the import of `table` with `mapping`. NotAllowed
    without the right to import; BookError when the backup first cannot be taken (nothing
    written); Cancelled when `cancelled()` answered True (nothing written).

    `plan`: the preview's, taken as it is when it was made from this table, mapping and
    options and nothing was written to the book since (its write clock has not moved);
    otherwise the rows are planned again, also inside the write if the book changed while
    the backup was taken: what is written is always planned against the book as it is."""
    require(book, Right.IMPORT)
    started = time.perf_counter()
    stop = cancelled or (lambda: False)
    report = progress or (lambda stage, done, total: None)

    def planned() -> ImportPlan:
        return plan_import(book, table, mapping, on_duplicate=on_duplicate,
                           overwrite=overwrite, progress=lambda done, total: report(PLAN, done, total),
                           cancelled=stop)

    if plan is None or plan.made_from != made_from(table, mapping, on_duplicate, overwrite) \
            or plan.clock != _clock(book):
        plan = planned()
    writes = [r for r in plan.rows if r.disposition in (NEW, UPDATE)]
    if dry_run or not writes:
        if not dry_run:  # (nothing to write: the import is still on record)
            with book.writing() as session:
                audit.note(session, "import", "customer", None,
                           _detail(plan, file_name, on_duplicate, overwrite, 0, 0, None))
        return ImportResult(plan, plan.counts, plan.rows_in, 0, 0, None,
                            time.perf_counter() - started, dry_run)
    if stop():
        raise Cancelled
    saved = None
    if take_backup:
        report(BACKUP, 0, 1)
        saved = backup_first(book, backup_folder)
        report(BACKUP, 1, 1)
    if stop():
        raise Cancelled
    with book.writing() as session:
        if book_clock(session) != plan.clock:  # (written to while the backup was taken)
            plan = planned()
            writes = [r for r in plan.rows if r.disposition in (NEW, UPDATE)]
        audit.quiet(session)
        writer = _Writer(session, report, stop, len(writes))
        created = writer.create([r for r in writes if r.disposition == NEW])
        writer.update([r for r in writes if r.disposition == UPDATE])
        audit.note(session, "import", "customer", None,
                   _detail(plan, file_name, on_duplicate, overwrite, writer.vehicles_added,
                           writer.vehicles_updated, saved))
        if stop():
            raise Cancelled
    return ImportResult(plan, plan.counts, plan.rows_in, writer.vehicles_added,
                        writer.vehicles_updated, saved, time.perf_counter() - started,
                        created_ids=created)


def _clock(book) -> int:
    with book.reading() as session:
        return book_clock(session)


def backup_first(book, folder: str | Path | None) -> Path:
    """A checked backup of the book before the import (a book file's copy, a server
    book's dump by its pg_dump); BookError when it cannot be taken."""
    if book.path is not None:
        from app.services.admin.backups import take_backup

        return take_backup(book.path, folder, kind="before-import").path
    from app.services.admin.server_backup import default_folder, dump_server_book

    return dump_server_book(book.url, default_folder(folder)).path


def _detail(plan: ImportPlan, file_name: str, on_duplicate, overwrite: bool,
            vehicles_added: int, vehicles_updated: int, saved: Path | None) -> dict:
    counts = plan.counts
    return {"file": file_name, "rows_in": plan.rows_in, "created": counts[NEW],
            "updated": counts[UPDATE], "unchanged": counts[UNCHANGED],
            "skipped": counts[DUPLICATE], "rejected": counts[REJECTED],
            "blank": plan.blank, "totals": plan.totals,
            "vehicles_added": vehicles_added, "vehicles_updated": vehicles_updated,
            "on_duplicate": str(OnDuplicate(on_duplicate)), "overwrite": overwrite,
            "backup": saved.name if saved else ""}


class _Writer:
    def __init__(self, session, report, stop, total: int):
        self.session = session
        self.report = report
        self.stop = stop
        self.total = total
        self.done = 0
        self.vehicles_added = 0
        self.vehicles_updated = 0

    def _step(self, rows: int) -> None:
        self.done += rows
        self.report(WRITE, self.done, self.total)
        if self.stop():
            raise Cancelled

    # ---------------------------------------------------------------- new customers
    def create(self, rows: list[RowPlan]) -> list[int]:
        ids: list[int] = []
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start:start + CHUNK]
            added = bulk.add_customers(self.session, [_customer_row(r) for r in chunk])
            ids.extend(added.ids)
            self.vehicles_added += sum(len(v) for v in added.vehicle_ids)
            self._step(len(chunk))
        return ids

    # ---------------------------------------------------------------- updates
    def update(self, rows: list[RowPlan]) -> None:
        stamp = now()
        customers, vehicles = Customer.__table__, Vehicle.__table__
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start:start + CHUNK]
            by_columns: dict[tuple[str, ...], list[dict]] = {}
            searched: set[int] = set()
            for row in chunk:
                if not row.changes:
                    continue
                values = _customer_changes(row)
                by_columns.setdefault(tuple(sorted(values)), []).append(
                    {"_id": row.customer_id, **{f"v_{k}": v for k, v in values.items()}})
                if _SEARCHED & set(row.changes):
                    searched.add(row.customer_id)
            _set_grouped(self.session, customers, by_columns, stamp)
            bulk.tag_customers(self.session, [(r.customer_id, r.new_tags)
                                              for r in chunk if r.new_tags])
            new_cars = [{**_vehicle_row(r.values), "owner_id": r.customer_id}
                        for r in chunk if r.new_vehicle]
            if new_cars:
                bulk.add_vehicles(self.session, new_cars)  # (their owners' keys follow)
                self.vehicles_added += len(new_cars)
            by_columns = {}
            for row in chunk:
                if row.vehicle_id is None or not row.vehicle_changes:
                    continue
                values = {VEHICLE_COLUMNS[k]: new for k, (_, new) in row.vehicle_changes.items()}
                if "purchase_date" in values:
                    bought = values["purchase_date"]
                    values["purchase_md"] = bought.month * 100 + bought.day
                by_columns.setdefault(tuple(sorted(values)), []).append(
                    {"_id": row.vehicle_id, **{f"v_{k}": v for k, v in values.items()}})
                if {"plate", "vin"} & set(row.vehicle_changes):
                    searched.add(row.customer_id)
                self.vehicles_updated += 1
            _set_grouped(self.session, vehicles, by_columns, stamp)
            if searched:
                bulk.refresh_search_keys(self.session, sorted(searched))
            self._step(len(chunk))


def _set_grouped(session, table, by_columns: dict[tuple[str, ...], list[dict]], stamp) -> None:
    """UPDATE rows of `table` in one executemany per set of columns changed (params: "_id"
    and "v_" + each column), each row's version moved on."""
    for columns, params in by_columns.items():
        session.execute(
            update(table).where(table.c.id == bindparam("_id")).values(
                {**{c: bindparam(f"v_{c}") for c in columns},
                 "updated_at": stamp, "version": table.c.version + 1}),
            params)


def _customer_row(row: RowPlan) -> dict:
    """A new customer's columns (and "tags", "vehicles") for app.db.bulk.add_customers."""
    values = row.values
    out = {name: str(values.get(name) or "") for name in _CUSTOMER_TEXT}
    birthday = values.get("birthday")
    if birthday is not None:
        out.update(birthday_calendar=birthday.calendar, birth_year=birthday.year,
                   birth_month=birthday.month, birth_day=birthday.day, birth_leap=birthday.leap)
    out["advisor_id"] = row.advisor_id
    out["tags"] = tuple(values.get("tags", ()))
    out["vehicles"] = [_vehicle_row(values)] if row.new_vehicle else []
    return out


def _vehicle_row(values: dict) -> dict:
    return {column: values[key] for key, column in VEHICLE_COLUMNS.items()
            if values.get(key) not in (None, "")}


def _customer_changes(row: RowPlan) -> dict:
    """The customers' columns an update sets (with those worked out from them)."""
    out: dict = {}
    for name, (_, new) in row.changes.items():
        if name in _CUSTOMER_TEXT:
            out[name] = str(new)
        elif name == "birthday":
            birthday = row.values["birthday"]
            out.update(birthday_calendar=birthday.calendar, birth_year=birthday.year,
                       birth_month=birthday.month, birth_day=birthday.day,
                       birth_leap=birthday.leap)
        elif name == "advisor":
            out["advisor_id"] = row.advisor_id
    if "name" in out:
        full, initials = (bulk.readings_of(out["name"].strip()) or (("", ""),))[0]
        out.update(name_pinyin=full, name_initials=initials)
    if "phone" in out:
        out["phone_digits"] = bulk.digits_of(out["phone"])
    return out


# ---------------------------------------------------------------- the rejected rows
def rejected_rows(table, plan: ImportPlan, reason: Callable[[RowPlan], str]
                  ) -> tuple[list[str], list[list[object]]]:
    """The header (the sheet's own columns, then the reason) and the rejected rows as the
    sheet had them, each with `reason(row)` (the person's words) in the last column."""
    width = table.width
    header = [("" if h is None else str(h)) for h in (list(table.headers) + [None] * width)[:width]]
    by_number = {r.number: r for r in plan.rows if r.disposition == REJECTED}
    out = []
    for number, row in sorted(by_number.items()):
        cells = list(table.rows[number - 1])
        out.append([*cells, reason(row)])
    return header, out


def write_rejected(path: str | Path, table, plan: ImportPlan, reason: Callable[[RowPlan], str],
                   reason_header: str, sheet_title: str) -> int:
    """The rejected rows to the workbook `path` (atomic, no formula cells: the exports'
    writer): the sheet's own columns as they were read, then `reason_header`. Each column
    keeps its cells' kind: a column holding dates is written as dates, one holding numbers
    as numbers, others as text. The number of rows written."""
    from datetime import date

    from app.services.exchange.excel_export import CellKind, ColumnSpec, SheetSpec, write_xlsx

    header, rows = rejected_rows(table, plan, reason)
    kinds = []
    for index in range(len(header)):
        cells = [r[index] for r in rows if r[index] is not None]
        if any(isinstance(c, date) for c in cells):
            kinds.append(CellKind.DATETIME)
        elif any(isinstance(c, int | float) and not isinstance(c, bool) for c in cells):
            kinds.append(CellKind.INTEGER)
        else:
            kinds.append(CellKind.TEXT)
    columns = [ColumnSpec(h, k) for h, k in zip(header, kinds, strict=True)]
    columns.append(ColumnSpec(reason_header, CellKind.TEXT, width=60))
    return write_xlsx(path, [SheetSpec(sheet_title, columns, rows, size=len(rows))])


# ---------------------------------------------------------------- mappings remembered
MAPPING_KEY = "import.mapping."  # + the header layout's key (import_fields.layout_key)


def remembered_mapping(book, layout_key: str) -> dict[int, str | None] | None:
    """The mapping last used for files whose header reads the same (None: never chosen)."""
    import json

    from sqlalchemy import select

    from app.db.models import BookSetting

    with book.reading() as session:
        value = session.execute(select(BookSetting.value).where(
            BookSetting.key == MAPPING_KEY + layout_key)).scalar()
    if not value:
        return None
    try:
        stored = json.loads(value)
        return {int(k): (str(v) if v else None) for k, v in stored.items()}
    except (ValueError, TypeError, AttributeError):
        return None


def remember_mapping(book, layout_key: str, mapping: dict[int, str | None]) -> None:
    """Keep `mapping` for the next file whose header reads the same (a book setting: every
    desk of the book finds it)."""
    import json

    from app.db.models import BookSetting

    value = json.dumps({str(k): v for k, v in sorted(mapping.items())})
    with book.writing() as session:
        audit.quiet(session)
        row = session.get(BookSetting, MAPPING_KEY + layout_key)
        if row is None:
            session.add(BookSetting(key=MAPPING_KEY + layout_key, value=value))
        elif row.value != value:
            row.value = value


def mapping_from_names(headers: list[object], chosen: dict[str, str | None]
                       ) -> dict[int, str | None]:
    """A mapping from a mapping file's {header text or column number (1 = first): field or
    null}; columns it does not name keep their automatic field. KeyError names a field that
    is not one; LookupError a header that is not in the sheet."""
    from app.domain.import_fields import FIELD_BY_KEY, map_columns, normalise_header

    mapping = map_columns(headers)
    by_header = {normalise_header(h): i for i, h in reversed(list(enumerate(headers))) if h}
    for name, key in chosen.items():
        if key is not None and key not in FIELD_BY_KEY:
            raise KeyError(key)
        text = str(name).strip()
        if text.isdigit() and 1 <= int(text) <= len(headers):
            index = int(text) - 1
        elif normalise_header(text) in by_header:
            index = by_header[normalise_header(text)]
        else:
            raise LookupError(name)
        if key is not None:  # (a field goes to one column)
            for other, field_key in mapping.items():
                if field_key == key and other != index:
                    mapping[other] = None
        mapping[index] = key
    return mapping
