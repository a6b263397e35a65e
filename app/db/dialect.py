"""The SQL that differs between a SQLite file and a PostgreSQL server, in one place.

Services ask the book's dialect (`book.dialect`) instead of testing which database they are
on: joining strings, an unlimited LIMIT, the integrity check, the search index, statistics
upkeep, and whether the book keeps what only one of them can keep cheaply (an in-memory copy
of the reminder sources, the month-end figures). The PostgreSQL issue is a second
implementation of this small surface.
"""

from __future__ import annotations

import json

from sqlalchemy import ARRAY, Integer, String, any_, bindparam, cast, func, select, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
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
    # dates and times are kept as ISO text (joined and split as text; substr for parts)
    dates_as_text = False

    # ---------------------------------------------------- leaving no trace (an erasure)
    def secure_delete(self, conn, on: bool) -> None:
        """Deleted or moved content overwritten (on) or as usual: a file's matter."""

    def merge_search_index(self, conn) -> None:
        """The search index's deleted entries merged away (they linger otherwise)."""

    def empty_write_log(self, conn) -> tuple | None:
        """The write-ahead log folded into the book and emptied; what it said."""
        return None

    def rebuild(self, conn) -> None:
        """The book's file written afresh (no free page keeps old content)."""

    def string_agg(self, column, separator: str) -> ColumnElement:
        return func.string_agg(column, separator)

    def string_agg_sql(self, expression: str, separator: str) -> str:
        """The same in SQL text (`separator` is a plain literal, quoted here)."""
        quoted = separator.replace("'", "''")
        return f"string_agg({expression}, '{quoted}')"

    # a condition that narrows a search among further readings to the keys that have one
    # (written as the index of those keys names it), with its AND; none without such an index
    further_readings_only = ""
    # joins the planner must take in the order written (SQLite: CROSS JOIN ... ON); a plain
    # inner join where the planner chooses well by itself
    ordered_join = "JOIN"

    def nulls_as_sqlite(self, direction: str) -> str:
        """What to add after `ASC`/`DESC` so that empty values sort as on SQLite (first
        going up, last going down); SQLite needs nothing."""
        return " NULLS FIRST" if direction.upper() == "ASC" else " NULLS LAST"

    def unlimited(self) -> int | None:
        """The LIMIT that means none, for a subquery that must keep its ORDER BY."""
        return None

    def begin_write(self, conn: Connection, wait_ms: int) -> None:
        """Whatever a write unit of work does first in its transaction (wait at most
        `wait_ms` for another desk's write; then a BookError "busy" through classify)."""

    def integrity_problems(self, session: Session) -> list[str]:
        """What the database's own check finds wrong (at most 20 of each), [] when sound."""
        return []

    def refresh_statistics(self, engine: Engine) -> None:
        """Keep the planner's statistics current as the book grows (on closing)."""

    def search_match(self, phrase_param: str) -> str | None:
        """A WHERE condition (SQL text) on the customer_fts index for a bound phrase, or None
        when there is no such index."""
        return None

    def search_source(self, sort_index: str | None) -> str | None:
        """The FROM of a search driven by the search index (rows `c` of customers), with the
        customers read through `sort_index` when given, or None without such an index."""
        return None

    def further_reading_ids(self, marked: str, params: dict) -> str:
        """A subquery `m` (id) of the customers whose search keys hold `marked`."""
        escaped = marked.replace("!", "!!").replace("%", "!%").replace("_", "!_")
        params["marked"] = f"%{escaped}%"
        return ("(SELECT customer_id AS id FROM customer_search"
                f" WHERE {self.further_readings_only}keys LIKE :marked ESCAPE '!') m")

    # ---------------------------------------------------------------- reading fast
    def first_column(self, conn: Connection, sql: str, params: dict) -> list:
        """The first column of every row of a query in SQL text (:named parameters)."""
        return list(conn.execute(text(sql), params).scalars())

    def all_rows(self, conn: Connection, stmt) -> list[list]:
        """Every row of `stmt`, as lists."""
        return [list(row) for row in conn.execute(stmt)]

    def all_rows_of(self, conn: Connection, *stmts) -> list[list[list]]:
        """`all_rows` of each statement."""
        return [self.all_rows(conn, stmt) for stmt in stmts]

    def all_values(self, conn: Connection, stmt) -> list:
        """The first column of every row of `stmt`."""
        return list(conn.execute(stmt).scalars())

    # ---------------------------------------------------------------- expressions
    def by_keys(self, conn: Connection) -> None:
        """This transaction's statements join a few thousand rows to big tables by their
        keys (one advisor's calls of a day): the database should look each up by its index
        rather than read the big tables whole."""
        return None

    def among(self, column, ids) -> ColumnElement:
        """`column` is one of `ids` (integers, any number of them): as one bound value, not
        one per id (SQLAlchemy renders and binds an IN list's thousands of values one by
        one: about 10 us each)."""
        return column.in_(list(ids))

    def month_number(self, column):
        """yyyymm of a date column."""
        return (cast(func.extract("year", column), Integer) * 100
                + cast(func.extract("month", column), Integer))

    def year(self, column):
        return func.extract("year", column)

    def joined(self, column):
        """A group's values joined with commas."""
        return func.string_agg(cast(column, String), ",")

    def unindexed(self, column):
        """`column` in a form the planner will not walk an index of (it keeps to the one it
        should); as it is where the planner needs no such hint."""
        return column


class SQLiteDialect(Dialect):
    name = "sqlite"
    has_search_index = True
    locks_whole_book_for_writes = True
    keeps_reminder_copy = True
    keeps_month_ends = True
    can_be_damaged = True
    dates_as_text = True
    ordered_join = "CROSS JOIN"

    def nulls_as_sqlite(self, direction: str) -> str:
        return ""

    def secure_delete(self, conn, on: bool) -> None:
        # FAST (every connection's): zeroes deleted content at no extra write
        conn.exec_driver_sql(f"PRAGMA secure_delete = {'ON' if on else 'FAST'}")

    def merge_search_index(self, conn) -> None:
        conn.exec_driver_sql("INSERT INTO customer_fts(customer_fts) VALUES ('optimize')")

    def empty_write_log(self, conn) -> tuple | None:
        return tuple(conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first() or ())

    def rebuild(self, conn) -> None:
        conn.exec_driver_sql("VACUUM")

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

    def search_source(self, sort_index: str | None) -> str | None:
        narrow = f" INDEXED BY {sort_index}" if sort_index else ""
        return f"customer_fts f CROSS JOIN customers c{narrow} ON c.id = f.rowid"

    def further_reading_ids(self, marked: str, params: dict) -> str:
        params["marked"] = '"' + marked.replace('"', '""') + '"'
        return "(SELECT rowid AS id FROM customer_fts WHERE customer_fts MATCH :marked) m"

    def first_column(self, conn: Connection, sql: str, params: dict) -> list:
        # straight from the driver's cursor (it takes :named parameters), a row at a time:
        # 100,000 ids without a Python object each in between, and never 100,000 row tuples
        # alive at once (a fetchall: every 700 of them start a garbage collection, every
        # 100th of those walks the whole heap; a 20,000-hit search took half again as long)
        result = conn.exec_driver_sql(sql, params)
        try:
            return [row[0] for row in result.cursor]
        except conn.dialect.loaded_dbapi.Error as exc:  # an interrupt between two rows
            raise DBAPIError.instance(sql, params, exc, conn.dialect.loaded_dbapi.Error) from exc
        finally:
            result.close()

    def all_rows(self, conn: Connection, stmt) -> list[list]:
        # in one step, as one JSON array
        inner = stmt.subquery()
        rows = conn.execute(select(func.json_group_array(func.json_array(*inner.c)))).scalar()
        return json.loads(rows)

    def all_rows_of(self, conn: Connection, *stmts) -> list[list[list]]:
        # all in one step (one JSON array of their JSON arrays): a thread that must take the
        # interpreter lock back after every statement waits for it each time
        parts = []
        for stmt in stmts:
            inner = stmt.subquery()
            parts.append(func.json(select(func.json_group_array(func.json_array(*inner.c)))
                                   .scalar_subquery()))
        return json.loads(conn.execute(select(func.json_array(*parts))).scalar())

    def all_values(self, conn: Connection, stmt) -> list:
        inner = stmt.subquery()
        column = next(iter(inner.c))
        return json.loads(conn.execute(select(func.json_group_array(column))).scalar())

    def among(self, column, ids) -> ColumnElement:
        # one JSON array, unpacked by json_each
        values = func.json_each(bindparam(None, json.dumps(list(ids)), type_=String))
        return column.in_(select(values.table_valued("value").c.value))

    def month_number(self, column):
        # dates are ISO text
        return (cast(func.substr(column, 1, 4), Integer) * 100
                + cast(func.substr(column, 6, 2), Integer))

    def year(self, column):
        return func.substr(column, 1, 4)

    def joined(self, column):
        return func.group_concat(column)

    def unindexed(self, column):
        return column + 0


class PostgreSQLDialect(Dialect):
    """A book on a PostgreSQL server (migration 0009 gives it what SQLite books have): the
    search keys' trigram index is pg_trgm's GIN index, which the plain LIKE '%abc%' of the
    search walks (so `has_search_index`, the FTS5 MATCH form, stays off); PL/pgSQL triggers
    keep the change counts, the vehicle change log and the month-end figures, so the
    reminder copy and the stored month ends are kept as on a SQLite book."""

    name = "postgresql"
    keeps_reminder_copy = True
    keeps_month_ends = True

    # the lock every write unit of work takes first (pg_advisory_xact_lock, held to its
    # commit): writes queue one after another as on a SQLite book, so a unit that reads,
    # checks and writes (a follow-up's outcome, a visit's version) never meets another
    # desk's half-way; reads never wait for it
    WRITE_LOCK = 0x67780001

    def begin_write(self, conn: Connection, wait_ms: int) -> None:
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = {int(wait_ms)}")
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({self.WRITE_LOCK})")

    # among the customers with a further reading alone (migration 0009's partial index)
    further_readings_only = "keys LIKE '%|~%' AND "

    def refresh_statistics(self, engine: Engine) -> None:
        # the server's autovacuum keeps them
        return None

    def by_keys(self, conn: Connection) -> None:
        # The server's planner prices a random page read at 4 sequential ones (a disk's
        # cost) and so reads the customers and vehicles whole to hash-join 2,000 follow-ups
        # (130 ms on the 100,000-customer demo); a book's tables are in the server's memory,
        # where a look-up costs about a sequential read (20 ms). For this transaction only.
        conn.exec_driver_sql("SET LOCAL random_page_cost = 1.1")

    def among(self, column, ids) -> ColumnElement:
        # one array value: column = ANY(%s)
        return column == any_(bindparam(None, list(ids), type_=ARRAY(Integer)))


def dialect_for(bind: Engine | Connection) -> Dialect:
    name = bind.dialect.name
    if name == "sqlite":
        return SQLiteDialect()
    if name == "postgresql":
        return PostgreSQLDialect()
    return Dialect()
