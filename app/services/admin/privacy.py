"""A person's data on request (PIPL / GDPR access): everything the book holds about one
customer, found from the schema itself so that a new table is never forgotten.

Every table with a column that refers to customers.id holds rows about the customer where
that column is theirs (their vehicles, visits, follow-ups, timeline, household, dates,
tags, reminder marks, ownerships); a table that refers to one of those tables and has no
customer column of its own holds rows about them through it (the work items of their
visits). The audit log's entries about the customer (record kind "customer", their id) are
added. Other customers' rows are never followed (a car's earlier owners stay out).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Table, select

from app.db import audit
from app.db.base import Base
from app.db.engine import Book
from app.db.models import AuditEntry, Customer
from app.domain.errors import NotFoundError
from app.domain.roles import Right
from app.services.permissions import require


@dataclass(frozen=True)
class PersonData:
    customer_id: int
    tables: dict[str, list[dict]]  # table name -> rows (column -> value), in key order

    @property
    def rows(self) -> int:
        return sum(len(rows) for rows in self.tables.values())


def customer_columns(table: Table) -> list[str]:
    """The table's columns that refer to customers.id."""
    return [c.name for c in table.columns
            if any(fk.column.table.name == Customer.__tablename__ for fk in c.foreign_keys)]


def _through(table: Table, about: set[str]) -> list[tuple[str, str]]:
    """(column, the table it refers to) for the table's columns referring to `about`."""
    return [(c.name, fk.column.table.name) for c in table.columns for fk in c.foreign_keys
            if fk.column.table.name in about]


def person_data(book: Book, customer_id: int) -> PersonData:
    """Everything about one customer; NotAllowed without the right to a person's data."""
    require(book, Right.PERSON_DATA)
    tables = Base.metadata.tables
    found: dict[str, list[dict]] = {}
    with book.reading() as session:
        def rows_of(table: Table, condition) -> list[dict]:
            key = list(table.primary_key.columns) or list(table.columns)
            return [dict(r._mapping) for r in
                    session.execute(select(table).where(condition).order_by(*key))]

        customers = tables[Customer.__tablename__]
        found[customers.name] = rows_of(customers, customers.c.id == customer_id)
        if not found[customers.name]:
            raise NotFoundError(customer_id)
        direct = {}
        for table in tables.values():
            columns = customer_columns(table)
            if table.name == customers.name or not columns:
                continue
            condition = None
            for column in columns:
                match = table.c[column] == customer_id
                condition = match if condition is None else (condition | match)
            found[table.name] = rows_of(table, condition)
            direct[table.name] = table
        for table in tables.values():
            if table.name in found or customer_columns(table):
                continue
            links = _through(table, set(direct))
            if not links:
                continue
            condition = None
            for column, parent in links:
                ids = [r["id"] for r in found[parent] if "id" in r]
                match = table.c[column].in_(ids) if ids else None
                if match is not None:
                    condition = match if condition is None else (condition | match)
            found[table.name] = rows_of(table, condition) if condition is not None else []
        log = tables[AuditEntry.__tablename__]
        found[log.name] = rows_of(log, (log.c.record_kind == "customer")
                                  & (log.c.record_id == customer_id))
    return PersonData(customer_id, found)


def _plain(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def write_person_data(book: Book, customer_id: int, folder: str | Path) -> tuple[Path, Path, int]:
    """customer-ID.json and customer-ID.xlsx in `folder` (one sheet per table); the export
    is written to the audit log. (json path, workbook path, rows written)."""
    from app.services.exchange.excel_export import ColumnSpec, SheetSpec, write_xlsx

    data = person_data(book, customer_id)
    folder = Path(folder).expanduser()
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"customer-{customer_id}"
    as_json = {name: [{k: _plain(v) for k, v in row.items()} for row in rows]
               for name, rows in data.tables.items()}
    json_path = folder / f"{stem}.json"
    json_path.write_text(json.dumps({"customer_id": customer_id, "tables": as_json},
                                    ensure_ascii=False, indent=1), encoding="utf-8")
    sheets = []
    for name, rows in as_json.items():
        columns = list(Base.metadata.tables[name].columns.keys())
        sheets.append(SheetSpec(name[:31], [ColumnSpec(c) for c in columns],
                                [[row.get(c) for c in columns] for row in rows], len(rows)))
    book_path = folder / f"{stem}.xlsx"
    write_xlsx(book_path, sheets)
    if book.writable:
        with book.writing() as session:
            audit.note(session, "export", "customer", customer_id,
                       {"list": "person_data", "rows": data.rows})
    return json_path, book_path, data.rows
