"""Stopping a read that another thread started (a search made stale by a newer keystroke)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session


class Cancelled(Exception):
    """The read was stopped by its StatementCancel before it finished."""


class StatementCancel:
    """A token a read runs under: `cancel()` from any thread stops the statement it is
    running (SQLite's interrupt; a PostgreSQL server's cancel request) and makes the read
    raise Cancelled. The connection is only
    interrupted while the read holds it, never after it went back to the pool."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connection = None
        self.cancelled = False

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            connection = self._connection
            if connection is None:
                return
            interrupt = getattr(connection, "interrupt", None)  # sqlite3
            if interrupt is not None:
                interrupt()
                return
            cancel_safe = getattr(connection, "cancel_safe", None)  # psycopg
            if cancel_safe is not None:
                try:
                    cancel_safe(timeout=2.0)
                except Exception:  # noqa: BLE001 - the read then runs to its end: no harm
                    pass

    @contextmanager
    def watching(self, session: Session) -> Iterator[None]:
        """Statements run in this block on the session's connection can be cancelled."""
        if self.cancelled:
            raise Cancelled
        connection = session.connection().connection.dbapi_connection
        with self._lock:
            self._connection = connection
        try:
            yield
        except OperationalError as exc:
            if self.cancelled and _stopped(exc):
                raise Cancelled from None
            raise
        finally:
            with self._lock:
                self._connection = None
        if self.cancelled:
            raise Cancelled


def _stopped(exc: OperationalError) -> bool:
    """The error a statement stopped by cancel() ends with (SQLite's, or the server's)."""
    return ("interrupt" in str(exc)
            or getattr(exc.orig, "sqlstate", None) == "57014")  # query_canceled
