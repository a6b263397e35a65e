"""The PostgreSQL run of the suite (GUANXI_TEST_DB set): every book a test opens by a path
that is not yet a file is a fresh database on that server instead.

The path is only a name here (a sqlite:/// URL is not: that stays a file, for the tests that
need one): the first time a test opens `tmp_path / "book.db"` (through
open_book, the command line or the window), a database is made for it on the server, a
copy of one that the program itself set up from empty at the start of the run (CREATE
DATABASE ... TEMPLATE: the schema as a first open makes it, in a fraction of the time);
opening the same path again reaches the same database. A path that is already a file (a
test that built an old SQLite book by hand) stays that SQLite file. Each test's databases
are dropped after it.

Tests that only make sense on one engine carry `@pytest.mark.sqlite_only` or
`@pytest.mark.postgresql_only`; the other run skips them and counts them in its summary.
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ENV = "GUANXI_TEST_DB"
# one per test run (several runs may share a server)
TEMPLATE = f"guanxi_test_head_{os.getpid()}"


def server_url() -> str | None:
    return os.environ.get(ENV) or None


# this run's books are databases on a server (a copied SQLite file would not be one)
ON_SERVER = server_url() is not None


class ServerBooks:
    """Databases on the test server standing for the paths tests open."""

    def __init__(self, url: str):
        self.url = make_url(url)
        self._admin = create_engine(self.url, isolation_level="AUTOCOMMIT", poolclass=None)
        self._names = itertools.count(1)
        self._prefix = f"guanxi_t{os.getpid()}_"
        self.by_path: dict[str, str] = {}

    def url_of(self, database: str) -> str:
        return self.url.set(database=database).render_as_string(hide_password=False)

    def _run(self, sql: str) -> None:
        with self._admin.connect() as conn:
            conn.execute(text(sql))

    def new_database(self, *, empty: bool = False, template: str | None = None) -> str:
        """A new database's name: a copy of the template (or of `template`), or empty."""
        name = f"{self._prefix}{next(self._names)}"
        source = template or (None if empty else TEMPLATE)
        self._run(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{source}"' if source else ""))
        return name

    def make_template(self) -> None:
        from app.services.admin.book import open_book

        self._run(f'DROP DATABASE IF EXISTS "{TEMPLATE}" WITH (FORCE)')
        self._run(f'CREATE DATABASE "{TEMPLATE}"')
        services = open_book(self.url_of(TEMPLATE))
        services.close()

    def map(self, path_or_url) -> str | None:
        """The server URL standing for a book path, or None to leave it as it is."""
        text_ = str(path_or_url)
        if "://" in text_:  # (a sqlite:/// URL given as such stays a file: a test's escape)
            return None
        path = Path(text_).expanduser().resolve()
        key = str(path)
        if key not in self.by_path:
            if path.exists():
                return None  # a real SQLite file a test made
            self.by_path[key] = self.new_database()
        return self.url_of(self.by_path[key])

    def drop_all(self) -> None:
        for name in self.by_path.values():
            self.drop(name)
        self.by_path.clear()

    def drop(self, name: str) -> None:
        self._run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        self._run(f'DROP DATABASE IF EXISTS "{TEMPLATE}" WITH (FORCE)')
        self._admin.dispose()


def book_rows(book) -> dict[str, list[tuple]]:
    """Every row of every table of the book's schema (app.db.models), in primary-key
    order, read through its engine: the book's contents, on either engine."""
    from sqlalchemy import select

    from app.db.base import Base

    contents: dict[str, list[tuple]] = {}
    with book.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            order = list(table.primary_key.columns) or list(table.columns)
            contents[table.name] = [tuple(row) for row in
                                    conn.execute(select(table).order_by(*order))]
    return contents


def raw_engine(path_or_url):
    """An engine of its own on the book at a path or URL (the PostgreSQL run's database for
    a path): "another program" writing or reading the book behind the program's back."""
    from app.db import engine as engine_module

    return create_engine(engine_module.url_for(path_or_url))


def run_sql(path_or_url, *statements: str) -> None:
    """Run SQL statements in one transaction of a connection of their own."""
    engine = raw_engine(path_or_url)
    try:
        with engine.begin() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


def contents(path_or_url):
    """What must stay the same when a book is only read: the file's bytes (SQLite), or
    every row of every table (a server's database)."""
    import hashlib

    from app.db import engine as engine_module
    from app.db.engine import Book

    url = engine_module.url_for(path_or_url)
    if url.startswith("sqlite:///"):
        return hashlib.sha256(Path(url[len("sqlite:///"):]).read_bytes()).hexdigest()
    book = Book(url)
    try:
        return book_rows(book)
    finally:
        book.dispose()


def _as_sqlite_gives(value):
    """A value as sqlite3 reads it from a book: dates and times as the ISO text SQLAlchemy
    stores there, booleans as 0 and 1, numerics as float."""
    from datetime import date, datetime
    from decimal import Decimal

    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Decimal):
        return float(value)
    return value


class _Rows(list):
    """The rows of a statement, read as from a sqlite3 cursor."""

    def fetchall(self) -> list[tuple]:
        return list(self)

    def fetchone(self) -> tuple | None:
        return self[0] if self else None


class RawConnection:
    """sqlite3.connect(path)'s little surface (execute with ? parameters, fetchone,
    fetchall, iteration, close; a `with` block commits) over the book at a path or URL on
    either engine: a test reading the book as another program would."""

    # every one still open: closed after each test (tests written for sqlite3 leave theirs
    # to the garbage collector, which is fine for a file but not before a DROP DATABASE)
    open_ones: list[RawConnection] = []

    def __init__(self, path_or_url):
        self._engine = raw_engine(path_or_url)
        self._conn = self._engine.connect()
        RawConnection.open_ones.append(self)

    def execute(self, sql: str, params=()):
        import re

        values = {}

        def named(match):
            values[f"p{len(values)}"] = params[len(values)]
            return f":p{len(values) - 1}"

        sql = re.sub(r"\?", named, sql) if params else sql
        result = self._conn.execute(text(sql), values)
        if not result.returns_rows:
            return _Rows()
        return _Rows(tuple(_as_sqlite_gives(v) for v in row) for row in result)

    def columns(self, table: str) -> list[str]:
        """The table's column names, in order."""
        from sqlalchemy import inspect

        return [c["name"] for c in inspect(self._conn).get_columns(table)]

    def commit(self) -> None:
        self._conn.commit()

    def __enter__(self):
        return self

    def __exit__(self, kind, *_):
        if kind is None:
            self._conn.commit()
        else:
            self._conn.rollback()

    def close(self) -> None:
        self._conn.close()
        self._engine.dispose()
        if self in RawConnection.open_ones:
            RawConnection.open_ones.remove(self)

    @classmethod
    def close_all(cls) -> None:
        for connection in list(cls.open_ones):
            connection.close()


def connect(path_or_url) -> RawConnection:
    return RawConnection(path_or_url)


# the run's ServerBooks (set by tests/conftest.py's server_books fixture), None on SQLite
CURRENT: ServerBooks | None = None


def copy_book(source, target) -> None:
    """A copy of the (closed) book at path `source` at path `target`: SQLite's backup of the
    file, or on the server a database made from the other as its template."""
    if CURRENT is None:
        import sqlite3

        origin, copy = sqlite3.connect(source), sqlite3.connect(target)
        try:
            origin.backup(copy)
        finally:
            origin.close()
            copy.close()
        return
    from app.db import engine as engine_module

    engine_module.url_for(source)  # (made if it was not)
    name = CURRENT.new_database(empty=True, template=CURRENT.by_path[str(Path(source).resolve())])
    CURRENT.by_path[str(Path(target).expanduser().resolve())] = name


def trigger_names(path_or_url) -> set[str]:
    """The names of the book's triggers, on either engine."""
    engine = raw_engine(path_or_url)
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                sql = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            else:
                sql = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
            return set(conn.execute(text(sql)).scalars())
    finally:
        engine.dispose()


def address(path) -> str:
    """What to give another process for the book at `path`: the path itself, or on the
    PostgreSQL run the address of the database standing for it (another process does not
    share this run's mapping)."""
    from app.db import engine as engine_module

    url = engine_module.url_for(path)
    return str(path) if url.startswith("sqlite:///") else url
