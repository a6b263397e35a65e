"""What a database or disk failure met in the middle of work means for the book.

`classify` turns the exceptions SQLite, SQLAlchemy and the operating system raise into a
BookError whose code the interface words for a person (app.ui.messages.book_error); the
window and the command line both use it, so one failure reads the same in both.
"""

from __future__ import annotations

import errno
import sqlite3

from sqlalchemy.exc import DBAPIError

from app.domain.errors import BookError

# SQLite's primary result codes (https://sqlite.org/rescode.html)
_SQLITE_CODES = {
    5: "busy",  # SQLITE_BUSY: another connection kept the book locked past the busy timeout
    6: "busy",  # SQLITE_LOCKED: a table locked by this same process
    8: "read_only",  # SQLITE_READONLY
    10: "disk_error",  # SQLITE_IOERR
    11: "damaged",  # SQLITE_CORRUPT: "database disk image is malformed"
    13: "disk_full",  # SQLITE_FULL: "database or disk is full"
    26: "damaged",  # SQLITE_NOTADB: the file stopped being a database while in use
}
# the same by message, for drivers that give no code
_SQLITE_MESSAGES = (
    ("database is locked", "busy"),
    ("database table is locked", "busy"),
    ("database or disk is full", "disk_full"),
    ("disk image is malformed", "damaged"),
    ("file is not a database", "damaged"),
    ("readonly database", "read_only"),
    ("disk i/o error", "disk_error"),
)
_OS_CODES = {
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.EFBIG: "disk_full",
    errno.EROFS: "read_only",
    errno.EACCES: "read_only",
    errno.EPERM: "read_only",
    errno.EIO: "disk_error",
}
# a server's driver (psycopg) failing to reach or sign in to the server
_SERVER_MESSAGES = ("could not connect", "connection refused", "connection failed",
                    "could not translate host name", "timeout expired",
                    "password authentication failed", "server closed the connection")


# PostgreSQL's SQLSTATE codes (https://www.postgresql.org/docs/current/errcodes-appendix.html)
_SERVER_STATES = {
    "55P03": "busy",  # lock_not_available: another desk's write held the book past the wait
    "40P01": "busy",  # deadlock_detected
    "40001": "busy",  # serialization_failure
    "53100": "disk_full",  # the server's disk
    "25006": "read_only",  # read_only_sql_transaction (a standby server)
    "42501": "read_only",  # insufficient_privilege: a user who may only read
    "57P01": "unreachable",  # admin_shutdown
    "57P02": "unreachable",  # crash_shutdown
    "57P03": "unreachable",  # cannot_connect_now
}


def classify(exc: BaseException) -> BookError | None:
    """The BookError a failure means ("busy", "disk_full", "damaged", "read_only",
    "disk_error", "unreachable"), or None when it is none of these (a bug, say).

    The exception and what it wraps (`orig`, `__cause__`, `__context__`) are looked at."""
    for link in _chain(exc):
        if isinstance(link, BookError):
            return link
        code = _code(link)
        if code is not None:
            return BookError(code, _first_line(link))
    return None


def _chain(exc: BaseException):
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        link = todo.pop(0)
        if id(link) in seen:
            continue
        seen.add(id(link))
        yield link
        for nxt in (getattr(link, "orig", None) if isinstance(link, DBAPIError) else None,
                    link.__cause__, link.__context__):
            if isinstance(nxt, BaseException):
                todo.append(nxt)


def _code(exc: BaseException) -> str | None:
    if isinstance(exc, sqlite3.Error):
        number = getattr(exc, "sqlite_errorcode", None)
        if number is not None and number & 0xFF in _SQLITE_CODES:
            return _SQLITE_CODES[number & 0xFF]
        return _by_message(str(exc))
    if isinstance(exc, DBAPIError):
        return None  # its `orig` (the driver's own error) is looked at next
    if isinstance(exc, OSError):
        return _OS_CODES.get(exc.errno) if exc.errno is not None else None
    state = getattr(exc, "sqlstate", None)
    if isinstance(state, str):
        if state in _SERVER_STATES:
            return _SERVER_STATES[state]
        if state.startswith("08"):  # connection_exception and kin
            return "unreachable"
    if type(exc).__name__ == "OperationalError" and not isinstance(exc, sqlite3.Error):
        # a server driver's error (psycopg.OperationalError and kin)
        text = str(exc).lower()
        if any(part in text for part in _SERVER_MESSAGES):
            return "unreachable"
    return None


def _by_message(text: str) -> str | None:
    lowered = text.lower()
    for part, code in _SQLITE_MESSAGES:
        if part in lowered:
            return code
    return None


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__
