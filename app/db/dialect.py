"""The SQL that differs between a SQLite file and a PostgreSQL server, in one place.

Services ask the book's dialect (`book.dialect`) instead of testing which database they are
on: joining strings, an unlimited LIMIT, the integrity check, the search index, statistics
upkeep, and whether the book keeps what only one of them can keep cheaply (an in-memory copy
of the reminder sources, the month-end figures). The PostgreSQL issue is a second
implementation of this small surface.
"""

from __future__ import annotations

from sqlalchemy import func, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement


class Dialect:
    """What every book's database offers (the SQLite file is the reference)."""

    name = "generic"
    # a full-text (trigram) index of the search keys: the customers' search uses it for
    # queries of three characters and more
    has_search_index = False
    # writes begin with a lock on the whole book (BEGIN IMMEDIATE), so a write unit of work
    # never meets another half-way
    locks_whole_book_for_writes = False
    # an in-memory copy of the reminder sources is worth keeping (a local file, one desk)
    keeps_reminder_copy = False
    # month-end figures are kept in the book (lapsed_month_ends)
    keeps_month_ends = False
    # damage of the file itself can be met (and the book then refuses writes)
    can_be_damaged = False

    def string_agg(self, column, separator: str) -> ColumnElement:
        return func.string_agg(column, separator)

    def string_agg_sql(self, expression: str, separator: str) -> str:
        """The same in SQL text (`separator` is a plain literal, quoted here)."""
        quoted = separator.replace("'", "''")
        return f"string_agg({expression}, '{quoted}')"

    def unlimited(self) -> int | None:
        """The LIMIT that means none, for a subquery that must keep its ORDER BY."""
        return None

    def integrity_problems(self, session: Session) -> list[str]:
        """What the database's own check finds wrong (at most 20 of each), [] when sound."""
        return []

    def refresh_statistics(self, engine: Engine) -> None:
        """Keep the planner's statistics current as the book grows (on closing)."""

    def search_match(self, phrase_param: str) -> str | None:
        """A WHERE condition (SQL text) on the customer_fts index for a bound phrase, or None
        when there is no such index."""
        return None


class SQLiteDialect(Dialect):
    name = "sqlite"
    has_search_index = True
    locks_whole_book_for_writes = True
    keeps_reminder_copy = True
    keeps_month_ends = True
    can_be_damaged = True

    def string_agg(self, column, separator: str) -> ColumnElement:
        return func.group_concat(column, separator)

    def string_agg_sql(self, expression: str, separator: str) -> str:
        quoted = separator.replace("'", "''")
        return f"group_concat({expression}, '{quoted}')"

    def unlimited(self) -> int | None:
        return -1

    def integrity_problems(self, session: Session) -> list[str]:
        problems: list[str] = []
        result = [r[0] for r in session.execute(text("PRAGMA integrity_check"))]
        if result != ["ok"]:
            problems.extend(f"integrity: {r}" for r in result[:20])
        fk = session.execute(text("PRAGMA foreign_key_check")).fetchall()
        problems.extend(f"foreign_key: {tuple(r)}" for r in fk[:20])
        return problems

    def refresh_statistics(self, engine: Engine) -> None:
        with engine.connect() as conn:
            conn.connection.driver_connection.execute("PRAGMA optimize")

    def search_match(self, phrase_param: str) -> str | None:
        return f"customer_fts MATCH :{phrase_param}"


class PostgreSQLDialect(Dialect):
    name = "postgresql"


def dialect_for(bind: Engine | Connection) -> Dialect:
    name = bind.dialect.name
    if name == "sqlite":
        return SQLiteDialect()
    if name == "postgresql":
        return PostgreSQLDialect()
    return Dialect()
