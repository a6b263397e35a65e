"""Engines and units of work.

SQLite connections get foreign keys and a busy timeout (the book itself is put in
WAL mode once it is known to be ours, see migrate.py); reads begin a
deferred transaction and writes `BEGIN IMMEDIATE`, so two desks on one file
queue instead of failing half-way.
"""

from __future__ import annotations

import functools
import logging
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.db import audit
from app.db import unit as units
from app.db.dialect import Dialect, dialect_for
from app.db.integrity import IntegrityGate, is_damage
from app.domain.changes import DESK, Actor
from app.domain.errors import BookError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
# what the dialect module knows: a SQLite file or a PostgreSQL server
BACKENDS = ("sqlite", "postgresql")


def busy_timeout_ms() -> int:
    """How long a connection waits for another desk's write: BUSY_TIMEOUT_MS, unless the
    environment's GUANXI_BUSY_TIMEOUT_MS says otherwise (tests, a slow shared folder)."""
    try:
        value = int(os.environ.get("GUANXI_BUSY_TIMEOUT_MS", ""))
    except ValueError:
        return BUSY_TIMEOUT_MS
    return value if value >= 0 else BUSY_TIMEOUT_MS


def url_for(path_or_url: str | Path) -> str:
    """A plain path becomes a sqlite URL; URLs (postgresql://...) pass through."""
    text = str(path_or_url)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a sqlite URL, or None for other databases and memory."""
    parsed = _parsed(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _parsed(url: str) -> URL:
    """The URL parsed; BookError("bad_url") when it is not an address Guanxi can use."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # unparsable, or a port that is not a number
        raise BookError("bad_url", without_password(url)) from None
    if parsed.get_backend_name() not in BACKENDS:
        raise BookError("bad_url", parsed.render_as_string(hide_password=True))
    return parsed


def without_password(url: str) -> str:
    """A URL as it may be shown or logged: its password (if any) as ***, also when the URL
    cannot be parsed."""
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)


def make_engine(url: str) -> Engine:
    """The engine of the book at `url`, or a BookError: "bad_url" (not an address Guanxi
    can use), "driver_missing" (the server's driver is not installed; detail: its module)
    or, for a server (see connection_failure), "wrong_password", "no_database" or
    "unreachable"."""
    url = url_for(url)
    if _parsed(url).get_backend_name() != "sqlite":
        return _server_engine(url)
    timeout_ms = busy_timeout_ms()
    try:
        # (the connection used last is used next: its page cache holds what was just read)
        engine = create_engine(url, connect_args={"timeout": timeout_ms / 1000},
                               pool_use_lifo=True)
    except ArgumentError:  # sqlite://host/file and other malformed sqlite URLs
        raise BookError("bad_url", url) from None

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # pragma: no branch - trivial
        # The driver must not open transactions itself: we emit BEGIN below.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={timeout_ms}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        # what is deleted is zeroed where that costs no extra writing: a person erased on
        # request (app.services.admin.erase) leaves no earlier copy in a page's free space
        cursor.execute("PRAGMA secure_delete=FAST")
        # a big book is read at random (cards, reminders): a larger page cache per connection
        cursor.execute("PRAGMA cache_size=-16384")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


@functools.cache
def _numeric_loader():
    """(made on first use: psycopg is imported only for a server's book)"""
    from psycopg.adapt import Loader

    class NumericLoader(Loader):
        """PostgreSQL's numeric (sum() of integers, avg()) as an int when whole, else a
        float: what SQLite gives for the same SQL, so that no service meets a Decimal."""

        def load(self, data):
            text = bytes(data).decode()
            if text.lstrip("-").isdigit():
                return int(text)
            return float(text)

    return NumericLoader


def _server_engine(url: str) -> Engine:
    try:
        # a server that stops answering is told within seconds (the window looks at the
        # book's clock every few seconds on its own thread)
        # (no JIT: it compiles for 10 ms and more before a search of many rows, and the
        # program's statements are short)
        engine = create_engine(url, pool_pre_ping=True, connect_args={
            "connect_timeout": 5, "application_name": "Guanxi", "options": "-c jit=off"})
    except ModuleNotFoundError as exc:  # postgresql+psycopg:// without psycopg installed
        raise BookError("driver_missing", exc.name or str(exc)) from None
    except ArgumentError:  # an unknown driver: postgresql+nosuch://
        raise BookError("bad_url", without_password(url)) from None
    @event.listens_for(engine, "connect")
    def _on_server_connect(dbapi_connection, _record):
        # sums and averages come back as SQLite gives them (int, or float), not Decimal
        dbapi_connection.adapters.register_loader("numeric", _numeric_loader())

    try:
        with engine.connect():
            pass  # reached once here, so a server that is not there is told as such
    except DBAPIError as exc:
        engine.dispose()
        raise connection_failure(exc.orig) from None
    return engine


# SQLSTATEs of a refused connection (when the driver has one: libpq gives none for a
# failed connection, so the server's own words are read as well, as libpq passes them on)
_WRONG_LOGIN_STATES = ("28P01", "28000")  # invalid password / authorization
_NO_DATABASE_STATES = ("3D000",)  # invalid catalog name
_WRONG_LOGIN_WORDS = ("password authentication failed", "no password supplied",
                      "authentication failed", "role \"", "password is required")
_NO_DATABASE_WORDS = ("database \"",)


def connection_failure(error: BaseException) -> BookError:
    """The BookError for a failed connection to a server: "wrong_password" (user name or
    password refused, or a password needed), "no_database" (no database of that name) or
    "unreachable"; its detail is the server's (or the driver's) own message."""
    message = server_message(error)
    state = getattr(error, "sqlstate", None) or ""
    lowered = message.lower()
    if state in _NO_DATABASE_STATES or (
            any(w in lowered for w in _NO_DATABASE_WORDS) and "does not exist" in lowered):
        return BookError("no_database", message)
    if state in _WRONG_LOGIN_STATES or any(w in lowered for w in _WRONG_LOGIN_WORDS):
        return BookError("wrong_password", message)
    return BookError("unreachable", message)


def server_message(error: BaseException) -> str:
    """The first line of a connection failure, without libpq's "connection to server at
    ... failed:" preamble (the address is the one the person gave)."""
    lines = str(error).strip().splitlines()
    first = lines[0].strip() if lines else ""
    marker = " failed: "
    if first.startswith("connection failed:") and marker in first:
        first = first.rsplit(marker, 1)[1].strip()
    elif first.startswith("connection failed: "):
        first = first[len("connection failed: "):]
    return re.sub(r"\s{2,}", " ", first)


class Book:
    """An open book: the engine and the two kinds of unit of work over it."""

    def __init__(self, url: str, engine: Engine | None = None):
        self.url = url_for(url)
        self.engine = engine or make_engine(self.url)
        # the verdict of the check on open (app.db.integrity); None: no check, writes go on
        self.gate: IntegrityGate | None = None
        # refuse every write (a damaged book opened to read what can be read); the code
        # is the BookError's
        self.refuse_writes: str | None = None
        self.dialect: Dialect = dialect_for(self.engine)
        # (kept for the code that still asks; new code asks the dialect what it offers)
        self.is_sqlite = self.dialect.name == "sqlite"
        write_engine = (
            self.engine.execution_options(sqlite_immediate=True)
            if self.dialect.locks_whole_book_for_writes else self.engine
        )
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(write_engine, expire_on_commit=False)
        # who writes when a unit of work is not told: the person at this desk
        self.actor: Actor = DESK
        # called after each write unit of work that changed something is committed, on the
        # thread that did it, with a units.Committed (the window's change signal, the audit)
        self.listeners: list = []
        self.clock = units.Clock()
        self._has_clock: bool | None = None
        self._has_audit: bool | None = None
        units.install(self.engine)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._read() as session, self._noticing_damage():
            yield session
            session.rollback()

    @contextmanager
    def writing(self, actor: Actor | None = None) -> Iterator[Session]:
        """One write transaction: committed whole at the end, or rolled back whole. It is
        done by `actor` (default: the book's, the person at this desk); what it changed is
        noted (app.db.unit) and told to the listeners once it is committed.

        A book found damaged (or opened only to read) refuses it with a BookError."""
        if self.refuse_writes:
            raise BookError(self.refuse_writes)
        if self.gate is not None:
            self.gate.require_sound()
        unit = units.UnitOfWork(actor or self.actor)
        clock, others = None, False
        with self._write() as session, self._noticing_damage():
            with session.begin():
                conn = session.connection()
                self.dialect.begin_write(conn, busy_timeout_ms())
                conn.info[units.UNIT_KEY] = unit
                session.info[units.UNIT_KEY] = unit
                try:
                    yield session
                    session.flush()
                    if (unit.audit or unit._noted) and self._audit_kept(conn):
                        audit.write_unit(conn, unit)
                    if unit.changes and self._clock_kept(conn):
                        clock, others = self.clock.tick(conn)
                finally:
                    conn.info.pop(units.UNIT_KEY, None)
        changes = unit.changes
        if changes and self.listeners:
            committed = units.Committed(changes, unit.actor, unit.origin, clock, others)
            for listener in list(self.listeners):
                try:
                    listener(committed)
                except Exception:  # noqa: BLE001 - a listener must not undo a committed write
                    log.exception("a change listener failed")

    def _audit_kept(self, conn) -> bool:
        if self._has_audit is None:
            self._has_audit = audit.has_log(conn)
        return self._has_audit

    def _clock_kept(self, conn) -> bool:
        if self._has_clock is None:
            from sqlalchemy import inspect

            self._has_clock = inspect(conn).has_table("change_counts")
        return self._has_clock

    def others_wrote(self) -> bool:
        """True when another desk or program wrote to the book since this desk last looked
        (or wrote); the first call only learns where the book stands."""
        if self._has_clock is False:
            return False
        with self.reading() as session:
            try:
                return self.clock.look(session.connection())
            except DBAPIError:  # a book without the clock (not yet upgraded)
                return False

    @property
    def writable(self) -> bool:
        return not self.refuse_writes and not (self.gate is not None and self.gate.damaged)

    @contextmanager
    def _noticing_damage(self) -> Iterator[None]:
        """Damage met while working stops every later write and is reported as such."""
        try:
            yield
        except DBAPIError as exc:
            if not self.dialect.can_be_damaged or not is_damage(exc.orig):
                raise
            log.error("damage met in %s: %s", self.url, exc.orig)
            if self.gate is None:
                self.gate = IntegrityGate()
            self.gate.mark_damaged(str(exc.orig))
            raise BookError("damaged", str(exc.orig)) from None

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    def dispose(self) -> None:
        if self.gate is not None:
            self.gate.stop()
        if self.writable:
            # keeps the planner's statistics current as the book grows (cheap when nothing changed)
            try:
                self.dialect.refresh_statistics(self.engine)
            except Exception:  # noqa: BLE001 - closing must not fail on a statistics refresh
                pass
        self.engine.dispose()
