"""Moving a book's rows from one database to another, table by table, and the content hash
that tells both hold the same (app.services.admin.copy puts these together).

Every value travels and is hashed in one canonical form, the one SQLAlchemy stores in a
SQLite book: dates 'YYYY-MM-DD', date-times 'YYYY-MM-DD HH:MM:SS.ffffff', booleans 0/1,
None apart from ''. A PostgreSQL target reads that form from its text COPY; a SQLite target
stores it as is; and a table's hash is sha256 over the repr of its canonical rows in
primary-key order, computed the same way from whichever database the rows were read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, DateTime, Float, Numeric, Table

CHUNK = 20_000  # rows read, written and hashed at a time

Rows = list[tuple]


# ---------------------------------------------------------------- canonical values
def _date_text(value):
    if value is None:
        return None
    if type(value) is str:
        if len(value) == 10:
            return value
        try:  # a date written with its time of day: the day
            return date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            return value  # not a date at all: left for the target to refuse
    if isinstance(value, datetime):
        return value.date().isoformat()
    return value.isoformat()


def _datetime_text(value):
    if value is None:
        return None
    if type(value) is str:
        if len(value) == 26 and value[10] == " ":
            return value
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    elif not isinstance(value, datetime):  # a plain date in a date-time column
        value = datetime(value.year, value.month, value.day)
    return value.isoformat(" ", "microseconds")


def _flag(value):
    if value is None or isinstance(value, str):
        return value  # a text where a flag belongs: left for the target to refuse
    return 1 if value else 0


def _number(value):
    if isinstance(value, (Decimal, float)):
        return float(value)
    return value


def _canonical_of(column) -> Callable | None:
    kind = column.type
    if isinstance(kind, DateTime):
        return _datetime_text
    if isinstance(kind, Date):
        return _date_text
    if isinstance(kind, Boolean):
        return _flag
    if isinstance(kind, (Float, Numeric)):
        return _number
    return None


def canonical_rows(table: Table) -> Callable[[Rows], Rows]:
    """A function that turns rows of `table` as a driver gives them into canonical rows
    (tuples); rows of a table with nothing to change pass through as they are."""
    functions = [_canonical_of(column) for column in table.columns]
    if not any(functions):
        return lambda rows: rows
    # one tuple expression per table, compiled once: a million visits go through it
    parts = ", ".join(f"f{i}(r[{i}])" if f else f"r[{i}]" for i, f in enumerate(functions))
    scope = {f"f{i}": f for i, f in enumerate(functions) if f}
    return eval(f"lambda rows: [({parts},) for r in rows]", scope)  # noqa: S307 - our own text


class TableHash:
    """sha256 over a table's canonical rows, fed in order in chunks of any size."""

    def __init__(self):
        self._hash = hashlib.sha256()
        self.rows = 0

    def add(self, rows: Rows) -> None:
        if rows:
            self._hash.update(("\n".join(map(repr, rows)) + "\n").encode("utf-8", "surrogatepass"))
            self.rows += len(rows)

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


# ---------------------------------------------------------------- SQL text
def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def column_list(table: Table) -> str:
    return ", ".join(quoted(c.name) for c in table.columns)


def select_in_key_order(table: Table) -> str:
    key = ", ".join(quoted(c.name) for c in table.primary_key.columns)
    return f"SELECT {column_list(table)} FROM {quoted(table.name)} ORDER BY {key}"


# ---------------------------------------------------------------- reading
def read_rows(dbapi_connection, table: Table, server: bool) -> Iterator[Rows]:
    """The rows of `table` in primary-key order, CHUNK at a time, in the connection's
    current transaction (a server's through a cursor on the server: never all at once)."""
    if server:
        cursor = dbapi_connection.cursor(name=f"guanxi_read_{table.name}")
        cursor.itersize = CHUNK
    else:
        cursor = dbapi_connection.cursor()
    try:
        cursor.execute(select_in_key_order(table))
        while True:
            rows = cursor.fetchmany(CHUNK)
            if not rows:
                return
            yield rows
    finally:
        cursor.close()


def count_rows(dbapi_connection, table: Table) -> int:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"SELECT count(*) FROM {quoted(table.name)}")
        return cursor.fetchone()[0]
    finally:
        cursor.close()


# ---------------------------------------------------------------- writing
class SQLiteWriter:
    """Writes canonical rows into a SQLite file through executemany (the caller holds the
    transaction)."""

    def __init__(self, dbapi_connection):
        self.connection = dbapi_connection

    def write(self, table: Table, chunks: Iterator[Rows]) -> None:
        marks = ", ".join("?" for _ in table.columns)
        sql = f"INSERT INTO {quoted(table.name)} ({column_list(table)}) VALUES ({marks})"
        cursor = self.connection.cursor()
        try:
            for rows in chunks:
                cursor.executemany(sql, rows)
        finally:
            cursor.close()


class PostgreSQLWriter:
    """Writes canonical rows into a PostgreSQL database through COPY (text form, which
    reads the canonical dates, date-times and 0/1 flags), in the caller's transaction."""

    def __init__(self, dbapi_connection):
        self.connection = dbapi_connection

    def write(self, table: Table, chunks: Iterator[Rows]) -> None:
        sql = f"COPY {quoted(table.name)} ({column_list(table)}) FROM STDIN"
        with self.connection.cursor() as cursor, cursor.copy(sql) as copy:
            for rows in chunks:
                for row in rows:
                    copy.write_row(row)
