"""The PostgreSQL run of the suite (GUANXI_TEST_DB set): every book a test opens by a path
that is not yet a file is a fresh database on that server instead.

The path is only a name here: the first time a test opens `tmp_path / "book.db"` (through
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
TEMPLATE = "guanxi_test_head"


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

    def new_database(self, *, empty: bool = False) -> str:
        """A new database's name: a copy of the template, or empty."""
        name = f"{self._prefix}{next(self._names)}"
        self._run(f'CREATE DATABASE "{name}"' + ("" if empty else f' TEMPLATE "{TEMPLATE}"'))
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
        if text_.startswith("sqlite:///"):
            text_ = text_[len("sqlite:///"):].split("?", 1)[0]
        elif "://" in text_:
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
