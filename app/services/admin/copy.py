"""Copying a whole book to another place: a desk's SQLite file to a PostgreSQL server, a
server's book to a file, or a file to a new file (`guanxi copy`).

The book copied from is only read (in one snapshot: a desk may go on working in it) and
must be at this program's schema: an older book file is refused, to be opened once by this
Guanxi first (which upgrades it after a backup); a copy never upgrades what it reads.

The place copied to must be empty: a file name not taken yet, or a database without tables.
It gets the schema from the program's own migrations (triggers, search index and all),
then every table's rows in foreign-key order, then each table is read back and its row
count and content hash (app.db.transfer) compared with the source's, all before anything
counts: on a server in one transaction, rolled back whole on any failure; a file is
written under a temporary name beside it and given its name only once it is checked.

What the triggers keep is handled as follows: the triggers are off while the rows go in
(nothing they would note is news), then on again.
- lapsed_month_ends is copied: figures worked out from visits and customers that are
  copied unchanged, so they still hold (and save the dashboard working them out again);
- change_counts and vehicle_changes start afresh as the migrations make them: they tell a
  desk's in-memory copy what changed since it last looked, and no desk has looked at the
  new book yet (nor can the counters travel as they are: a server book has a counter a
  file does not).
"""

from __future__ import annotations

import logging
import os
import secrets
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote

from sqlalchemy import Table, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from app.db import transfer
from app.db.base import Base
from app.db.engine import Book, make_engine, sqlite_path
from app.db.migrate import alembic_config, current_revision, head_revision, upgrade_book
from app.domain.errors import BookError
from app.services.admin.book import open_book

log = logging.getLogger(__name__)

# tables that start afresh in the new book (module doc)
STARTED_AFRESH = frozenset({"change_counts", "vehicle_changes"})

# progress(stage, table, rows done, rows in the table); stage "copy" or "check". Whatever it
# raises stops the copy, and nothing is left at the place copied to.
Progress = Callable[[str, str, int, int], None]


class Rewrite(Protocol):
    """What a copy may change on the way (app.services.admin.anonymise): `prepare` reads
    what it needs from the source's snapshot before any table is copied; `rows(table)` is
    None for a table copied as it is, else a function from a chunk of its canonical rows
    (in primary-key order) to the rows written instead, as many. The copy is checked
    against the rows written."""

    def prepare(self, reader: _Reader, progress: Progress | None) -> None: ...

    def rows(self, table: Table) -> Callable[[transfer.Rows], transfer.Rows] | None: ...


@dataclass(frozen=True)
class TableCopy:
    """One table of the new book: its rows and content hash (the same as the source's for
    a copied table; `copied` False for one that started afresh)."""

    name: str
    rows: int
    digest: str
    copied: bool = True


@dataclass(frozen=True)
class CopyReport:
    source: str  # where from and where to, without any password
    target: str
    tables: tuple[TableCopy, ...]
    seconds: float


def place_text(place: str | Path) -> str:
    """A book's place as a person may read it: a file, or a server URL without its password."""
    written = str(place)
    if "://" not in written:
        return written
    try:
        return unquote(make_url(written).render_as_string(hide_password=True))
    except Exception:  # noqa: BLE001 - an address that cannot be read is shown cut short
        return written.split("://", 1)[0] + "://…"


def copy_book(source: str | Path, target: str | Path,
              progress: Progress | None = None, rewrite: Rewrite | None = None) -> CopyReport:
    """Copy the book at `source` to the empty place `target` (a new file's path, or the URL
    of an empty database), checked table by table; nothing is left at `target` when any
    step fails. BookError codes: the source's ("missing", "not_a_book", ...,
    "copy_source_empty", "copy_source_old"), "copy_target_not_empty", "copy_failed"
    (detail: the table and what refused it), "copy_check_failed" (detail: the table)."""
    started = time.perf_counter()
    # a file target is decided here, before the source is opened: a name only, never a URL
    target_file = _target_file(target)
    if target_file is not None and (target_file.exists() or target_file.is_symlink()):
        raise BookError("copy_target_not_empty", str(target_file))
    services = open_book(source, create=False, read_only=True, check=False)
    try:
        book = services.book
        revision = current_revision(book)
        if revision is None:
            raise BookError("copy_source_empty", place_text(source))
        if revision != head_revision():
            raise BookError("copy_source_old", revision)
        with _snapshot(book) as reader:
            if rewrite is not None:
                rewrite.prepare(reader, progress)
            if target_file is not None:
                tables = _to_file(reader, target_file, progress, rewrite)
            else:
                tables = _to_server(reader, str(target), progress, rewrite)
    finally:
        services.close()
    return CopyReport(place_text(source), place_text(target_file or target), tuple(tables),
                      time.perf_counter() - started)


def _target_file(target: str | Path) -> Path | None:
    written = str(target)
    if "://" not in written:
        return Path(written).expanduser().resolve()
    if written.startswith("sqlite"):
        path = sqlite_path(written)
        if path is None:
            raise BookError("bad_url", place_text(written))
        return path.expanduser().resolve()
    return None


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)  # parents before the rows that point at them


# ---------------------------------------------------------------- the source
class _Reader:
    """The source book's rows, all read in one snapshot (`connection`: its DB-API
    connection, in that snapshot's transaction)."""

    def __init__(self, dbapi_connection, server: bool, errors: type[BaseException]):
        self.connection = dbapi_connection
        self.server = server
        self.errors = errors

    def count(self, table: Table) -> int:
        return transfer.count_rows(self.connection, table)

    def rows(self, table: Table) -> Iterator[transfer.Rows]:
        return transfer.read_rows(self.connection, table, self.server)


@contextmanager
def _snapshot(book: Book) -> Iterator[_Reader]:
    raw = book.engine.raw_connection()
    try:
        dbapi = raw.driver_connection
        server = not book.is_sqlite
        if server:  # every table as of one moment, whatever other desks write meanwhile
            dbapi.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        else:
            dbapi.execute("BEGIN")
        try:
            yield _Reader(dbapi, server, book.engine.dialect.loaded_dbapi.Error)
        finally:
            dbapi.rollback() if server else dbapi.execute("ROLLBACK")
    finally:
        raw.close()


# ---------------------------------------------------------------- copying and checking
def _copy_tables(reader: _Reader, writer, target_errors: type[BaseException],
                 progress: Progress | None,
                 rewrite: Rewrite | None = None) -> dict[str, transfer.TableHash]:
    """Every table but those started afresh, written and hashed as it is read (and as
    `rewrite` changes it)."""
    hashes: dict[str, transfer.TableHash] = {}
    for table in _tables():
        if table.name in STARTED_AFRESH:
            continue
        total = reader.count(table)
        digest = hashes[table.name] = transfer.TableHash()
        canonical = transfer.canonical_rows(table)
        change = rewrite.rows(table) if rewrite is not None else None
        if progress:
            progress("copy", table.name, 0, total)

        def chunks(table=table, canonical=canonical, digest=digest, total=total,
                   change=change):
            with closing(reader.rows(table)) as source:
                for rows in source:
                    rows = canonical(rows)
                    if change is not None:
                        rows = change(rows)
                    digest.add(rows)
                    yield rows
                    if progress:
                        progress("copy", table.name, digest.rows, total)

        try:
            with closing(chunks()) as rows:
                writer.write(table, rows)
        except (reader.errors, target_errors) as exc:
            raise _refused(table.name, exc) from exc
    return hashes


def _refused(table: str, exc: BaseException) -> BookError:
    lines = str(exc).strip().splitlines()
    return BookError("copy_failed", f"{table}: {lines[0] if lines else type(exc).__name__}")


def _check(dbapi_connection, server: bool, copied: dict[str, transfer.TableHash],
           progress: Progress | None) -> list[TableCopy]:
    """Every table of the new book read back: the copied ones must hold what was read."""
    found = []
    for table in _tables():
        digest = transfer.TableHash()
        canonical = transfer.canonical_rows(table)
        expected = copied.get(table.name)
        total = expected.rows if expected is not None else 0
        # (closed here, before its connection, also when the progress stops the copy)
        with closing(transfer.read_rows(dbapi_connection, table, server)) as chunks:
            for rows in chunks:
                digest.add(canonical(rows))
                if progress and expected is not None:
                    progress("check", table.name, digest.rows, total)
        if expected is not None and (digest.rows != expected.rows
                                     or digest.hexdigest() != expected.hexdigest()):
            log.error("copy check: %s has %d rows (%s), the source %d (%s)", table.name,
                      digest.rows, digest.hexdigest(), expected.rows, expected.hexdigest())
            raise BookError("copy_check_failed", table.name)
        found.append(TableCopy(table.name, digest.rows, digest.hexdigest(), expected is not None))
    return found


# ---------------------------------------------------------------- to a server
def _to_server(reader: _Reader, url: str, progress: Progress | None,
               rewrite: Rewrite | None = None) -> list[TableCopy]:
    engine = make_engine(url)  # BookError: bad_url, driver_missing, unreachable
    try:
        with engine.connect() as conn:
            if inspect(conn).get_table_names():
                raise BookError("copy_target_not_empty", place_text(url))
            conn.rollback()  # (the look above began a transaction)
            with conn.begin():  # the schema, the rows and the check: one transaction
                try:
                    _migrate(conn)
                except DBAPIError as exc:  # no right to make tables there, say
                    raise _refused("(schema)", exc.orig) from exc
                names = [transfer.quoted(t.name) for t in _tables()]
                # the tables are this transaction's own, so their owner may switch their
                # triggers off (no superuser needed); the foreign keys are still checked
                for name in names:
                    conn.exec_driver_sql(f"ALTER TABLE {name} DISABLE TRIGGER USER")
                again = _set_aside_indexes_and_links(conn)
                dbapi = conn.connection.driver_connection
                copied = _copy_tables(reader, transfer.PostgreSQLWriter(dbapi),
                                      engine.dialect.loaded_dbapi.Error, progress, rewrite)
                conn.exec_driver_sql("SET LOCAL maintenance_work_mem = '256MB'")
                for table, sql in again:
                    try:
                        # (a % in a definition, LIKE '%|~%', doubled for the driver)
                        conn.exec_driver_sql(sql.replace("%", "%%"))
                    except engine.dialect.dbapi.Error as exc:  # a broken link, a twin key
                        raise _refused(table, exc) from exc
                for name in names:
                    conn.exec_driver_sql(f"ALTER TABLE {name} ENABLE TRIGGER USER")
                _continue_sequences(conn)
                conn.exec_driver_sql("ANALYZE")  # the planner knows the new rows at once
                return _check(dbapi, True, copied, progress)
    finally:
        engine.dispose()


def _set_aside_indexes_and_links(conn) -> list[tuple[str, str]]:
    """Drop the new tables' secondary indexes and foreign keys; (table, SQL) that make
    them again as they were, indexes first. Built once over the copied rows (and each
    link checked by one join), they cost a fraction of keeping them up row by row: the
    trigram index of the search keys alone took 8 s for 100,000 customers that way."""
    indexes = conn.exec_driver_sql(
        "SELECT t.relname, i.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x"
        " JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid"
        " WHERE t.relnamespace = current_schema()::regnamespace"
        " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)"
        " ORDER BY i.relname").all()
    links = conn.exec_driver_sql(
        "SELECT t.relname, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c"
        " JOIN pg_class t ON t.oid = c.conrelid"
        " WHERE c.contype = 'f' AND t.relnamespace = current_schema()::regnamespace"
        " ORDER BY c.conname").all()
    again = []
    for table, name, definition in indexes:
        conn.exec_driver_sql(f"DROP INDEX {transfer.quoted(name)}")
        again.append((table, definition))
    for table, name, definition in links:
        conn.exec_driver_sql(f"ALTER TABLE {transfer.quoted(table)} "
                             f"DROP CONSTRAINT {transfer.quoted(name)}")
        again.append((table, f"ALTER TABLE {transfer.quoted(table)} "
                             f"ADD CONSTRAINT {transfer.quoted(name)} {definition}"))
    return again


def _migrate(conn) -> None:
    """The program's migrations, from empty to head, in the connection's transaction."""
    from alembic import command

    cfg = alembic_config()
    cfg.attributes["connection"] = conn  # env.py leaves a transaction it did not begin open
    command.upgrade(cfg, "head")


def _continue_sequences(conn) -> None:
    """Each SERIAL id's sequence set past the largest id copied: the next row added gets a
    new id instead of failing on one taken."""
    for table in _tables():
        for column in table.primary_key.columns:
            sequence = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                    {"t": table.name, "c": column.name}).scalar()
            if sequence is None:
                continue
            conn.execute(text(
                f"SELECT setval(:s, coalesce((SELECT max({transfer.quoted(column.name)}) "
                f"FROM {transfer.quoted(table.name)}), 0) + 1, false)"), {"s": sequence})


# ---------------------------------------------------------------- to a file
def _to_file(reader: _Reader, path: Path, progress: Progress | None,
             rewrite: Rewrite | None = None) -> list[TableCopy]:
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.copying")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # made here, empty, with the permissions a new book file gets (not mkstemp's 0600)
        os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
    except OSError as exc:
        raise BookError("cannot_create", str(exc)) from None
    try:
        book = Book(f"sqlite:///{partial}")
        try:
            upgrade_book(book)  # a new book: no backup, the schema of every migration
        finally:
            book.dispose()
        connection = sqlite3.connect(partial, isolation_level=None)
        try:
            tables = _fill_file(connection, reader, progress, rewrite)
        finally:
            connection.close()
        _put_in_place(partial, path)
        return tables
    finally:
        remove_with_companions(partial)


def _fill_file(connection: sqlite3.Connection, reader: _Reader,
               progress: Progress | None, rewrite: Rewrite | None = None) -> list[TableCopy]:
    # the foreign keys are checked once at the end, not row by row (a customer may name
    # one further on as the referrer); a new file: no write-ahead log for the load
    connection.execute("PRAGMA foreign_keys=OFF")
    connection.execute("PRAGMA journal_mode=MEMORY")
    connection.execute("PRAGMA synchronous=OFF")
    connection.execute("PRAGMA cache_size=-262144")
    triggers = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall()
    # the secondary indexes are made once over the copied rows, not kept up row by row
    indexes = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        " AND upper(sql) NOT LIKE 'CREATE UNIQUE%' ORDER BY name").fetchall()
    connection.execute("BEGIN")
    for name, _sql in triggers:
        connection.execute(f"DROP TRIGGER {transfer.quoted(name)}")
    for name, _sql in indexes:
        connection.execute(f"DROP INDEX {transfer.quoted(name)}")
    copied = _copy_tables(reader, transfer.SQLiteWriter(connection), sqlite3.Error, progress,
                          rewrite)
    for _name, sql in (*indexes, *triggers):
        connection.execute(sql)
    # the search index (FTS5 over customer_search) made from the copied keys in one go
    if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'customer_fts'").fetchone():
        connection.execute("INSERT INTO customer_fts (customer_fts) VALUES ('rebuild')")
    broken = connection.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        table, _rowid, parent, _fk = broken[0]
        raise BookError("copy_failed", f"{table}: a row points at a {parent} row that is not there")
    tables = _check(connection, False, copied, progress)
    connection.execute("COMMIT")
    connection.execute("ANALYZE")  # as the demo does: the planner's statistics of a new book
    connection.execute("PRAGMA journal_mode=WAL")  # as every book is
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return tables


def with_companions(path: Path) -> list[Path]:
    """A SQLite file and the working files beside it (-wal, -shm, -journal)."""
    return [path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))]


def remove_with_companions(path: Path) -> None:
    """A half-written file gone, with its working files (one that cannot be: logged)."""
    for leftover in with_companions(path):
        try:
            leftover.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            log.warning("could not remove %s", leftover, exc_info=True)


def _put_in_place(partial: Path, path: Path) -> None:
    """The checked file given the book's name, on the disk first; never over a file that
    appeared there meanwhile."""
    fd = os.open(partial, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(partial, path)
    except FileExistsError:
        raise BookError("copy_target_not_empty", str(path)) from None
    except OSError:  # a file system without hard links: a rename, having looked first
        if path.exists():
            raise BookError("copy_target_not_empty", str(path)) from None
        os.replace(partial, path)

