"""Is a SQLite file sound? SQLite's own checks, read-only, through SQLite only.

The book file is never opened any other way: POSIX locks belong to the process and are
dropped when any descriptor of the file is closed, so a plain open() of the book would
undo the locks of the program's own connections.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from app.domain.errors import BookError

log = logging.getLogger(__name__)

# SQLite's result codes (the low byte of sqlite_errorcode)
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26


def connect_read_only(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    """A read-only connection: it cannot change the file, whatever is asked of it.

    `immutable` also takes no locks and makes no -wal/-shm files: only for files nobody
    writes (backups)."""
    uri = f"file:{quote(str(path))}?mode=ro" + ("&immutable=1" if immutable else "")
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


def is_damage(exc: BaseException) -> bool:
    """True for SQLite's 'database disk image is malformed' (and its kin)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF == SQLITE_CORRUPT
    return "malformed" in str(exc)


class CheckInterrupted(Exception):
    """The check was stopped before it finished (the book was closed)."""


def quick_check(
    path: Path,
    *,
    immutable: bool = False,
    stop: threading.Event | None = None,
    progress: Callable[[], None] | None = None,
) -> tuple[str, ...]:
    """SQLite's quick_check of the file: () when sound, else the problems it names.

    `stop` interrupts it (CheckInterrupted); `progress` is called now and then."""
    try:
        conn = connect_read_only(path, immutable=immutable)
    except sqlite3.Error as exc:
        return (str(exc),)
    try:
        if stop is not None or progress is not None:

            def handler() -> int:
                if progress is not None:
                    progress()
                return 1 if stop is not None and stop.is_set() else 0

            conn.set_progress_handler(handler, 20_000)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check(50)")]
        except sqlite3.OperationalError as exc:
            if stop is not None and stop.is_set():
                raise CheckInterrupted from None
            return (str(exc),)
        except sqlite3.DatabaseError as exc:
            return (str(exc),)
        return () if rows == ["ok"] else tuple(rows)
    finally:
        conn.close()


def quick_check_parallel(path: Path, workers: int = 2) -> tuple[str, ...]:
    """SQLite's quick_check table by table on `workers` read-only connections of a file
    nobody writes (a new backup): about half the time on two cores. Each table is checked
    with its indexes; what the whole-file check adds (pages used by no table) is left out.
    """
    try:
        conn = connect_read_only(path, immutable=True)
        try:
            tables = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rootpage")]
            sizes = dict.fromkeys(tables, 0)
            if "sqlite_stat1" in sizes:  # the biggest tables first, so the two end together
                for table, stat in conn.execute("SELECT tbl, stat FROM sqlite_stat1"):
                    rows = str(stat).split()[0]
                    if table in sizes and rows.isdigit():
                        sizes[table] = max(sizes[table], int(rows))
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return (str(exc),)
    queue = sorted(tables, key=lambda t: -sizes[t])
    problems: list[str] = []
    lock = threading.Lock()

    def work() -> None:
        try:
            connection = connect_read_only(path, immutable=True)
        except sqlite3.Error as exc:
            with lock:
                problems.append(str(exc))
            return
        try:
            while True:
                with lock:
                    if not queue:
                        return
                    table = queue.pop(0)
                quoted = table.replace('"', '""')
                try:
                    rows = [r[0] for r in connection.execute(f'PRAGMA quick_check("{quoted}")')]
                except sqlite3.DatabaseError as exc:
                    rows = [str(exc)]
                if rows != ["ok"]:
                    with lock:
                        problems.extend(rows)
        finally:
            connection.close()

    threads = [threading.Thread(target=work, name="backup-check") for _ in range(max(1, workers))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tuple(problems)


class IntegrityGate:
    """The verdict of the check made when a book is opened.

    The check runs beside the work (it reads a whole large book: about a second per
    600 MB); every write waits for the verdict, so a damaged book is never written to.
    """

    def __init__(self, path: Path | None = None):
        self._done = threading.Event()
        self._stop = threading.Event()
        self.problems: tuple[str, ...] = ()
        self.seconds = 0.0
        self._listeners: list[Callable[[tuple[str, ...]], None]] = []
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        if path is None:
            self._done.set()
        else:
            self._thread = threading.Thread(
                target=self._run, args=(path,), name="integrity-check", daemon=True
            )
            self._thread.start()

    def _run(self, path: Path) -> None:
        started = time.perf_counter()
        try:
            problems = quick_check(path, stop=self._stop)
        except CheckInterrupted:
            problems = ()
        except Exception as exc:  # noqa: BLE001 - a check that cannot run is a problem found
            log.exception("integrity check of %s failed to run", path)
            problems = (str(exc),)
        self.seconds = time.perf_counter() - started
        if problems:
            log.error("integrity check of %s found: %s", path, "; ".join(problems[:5]))
        else:
            log.info("integrity check of %s: ok in %.2f s", path, self.seconds)
        self._finish(problems)

    def _finish(self, problems: tuple[str, ...]) -> None:
        with self._lock:
            # damage met while the check ran (mark_damaged) stays, whatever the check says
            self.problems = self.problems + tuple(p for p in problems if p not in self.problems)
            self._done.set()
            listeners, self._listeners = self._listeners, []
            problems = self.problems
        for listener in listeners:
            try:
                listener(problems)
            except Exception:  # noqa: BLE001 - a listener's failure must not stop the others
                log.exception("integrity listener failed")

    def mark_damaged(self, problem: str) -> None:
        """Damage met while working: from now on the book takes no writes (a check still
        running keeps it when it ends, and tells its listeners then)."""
        with self._lock:
            if not self.problems:
                self.problems = (problem,)
            if self._thread is None or not self._thread.is_alive():
                self._done.set()

    @property
    def known(self) -> bool:
        return self._done.is_set()

    @property
    def damaged(self) -> bool:
        return bool(self.problems)

    def wait(self, timeout: float | None = None) -> tuple[str, ...]:
        """The problems found (() when sound), waiting for the check to end."""
        self._done.wait(timeout)
        return self.problems

    def when_known(self, listener: Callable[[tuple[str, ...]], None]) -> None:
        """`listener(problems)` once the verdict is in (at once if it is, else from the
        checking thread)."""
        with self._lock:
            if not self._done.is_set():
                self._listeners.append(listener)
                return
        listener(self.problems)

    def require_sound(self) -> None:
        """Before a write: wait for the verdict; a damaged book refuses the write."""
        if not self.problems:
            self._done.wait()
        if self.problems:
            raise BookError("damaged", "; ".join(self.problems[:3]))

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)
