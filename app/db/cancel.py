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
    running (SQLite's interrupt) and makes the read raise Cancelled. The connection is only
    interrupted while the read holds it, never after it went back to the pool."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connection = None
        self.cancelled = False

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            interrupt = getattr(self._connection, "interrupt", None)  # sqlite3; others run on
            if interrupt is not None:
                interrupt()

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
            if self.cancelled and "interrupt" in str(exc):
                raise Cancelled from None
            raise
        finally:
            with self._lock:
                self._connection = None
        if self.cancelled:
            raise Cancelled
