"""One copy of the program per book: a lock file beside the book file.

The lock is a QLockFile named `.<book file name>.lock` in the folder that really holds the
book (symlinks and other spellings of the path resolved), so every way of naming one book
meets the same lock; SQLite's own companions are `<name>-wal`, `-shm` and `-journal`.
A lock left by a process that is no longer running on this computer is taken over; a
lock of a live process (or of another computer, on a shared folder) is never taken.
A book on a database server takes no lock: several desks share it by design.

The lock file is its own file: the book file itself is never opened here (POSIX locks
belong to the process and a plain open and close of the book would drop SQLite's).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile

log = logging.getLogger(__name__)


def book_file(path_or_url: str | os.PathLike) -> Path | None:
    """The real file behind a book path or sqlite URL; None for a server's book."""
    text = str(path_or_url)
    if "://" in text:
        if not text.startswith("sqlite:///"):
            return None  # postgresql://… : shared by design, no lock
        text = text[len("sqlite:///"):].split("?", 1)[0]
        if not text or text == ":memory:":
            return None
    return Path(os.path.realpath(os.path.expanduser(text)))


def lock_path_for(book: Path) -> Path:
    return book.with_name(f".{book.name}.lock")


class BookLock:
    """The lock of one book file: acquire() before the book opens, release() after it closes.

    `locked` is False when no lock is needed (a server's book) or none can be made (a
    folder Guanxi cannot write to, where it cannot write the book either: opening the
    book says so)."""

    def __init__(self, path_or_url: str | os.PathLike):
        self.book = book_file(path_or_url)
        self.path = lock_path_for(self.book) if self.book is not None else None
        self._lock: QLockFile | None = None
        self.locked = False
        self.holder = ""  # who holds it, when acquire() was refused

    def acquire(self) -> bool:
        """True when this process may open the book (the lock is now held, or none is
        needed); False when another running copy holds it (`holder` then says which)."""
        if self.path is None or self.locked:
            return True
        if not self.path.parent.is_dir():
            return True  # a new book in a folder yet to be made: opening it makes the folder
        lock = QLockFile(str(self.path))
        lock.setStaleLockTime(0)  # never stale by age: a live copy keeps its lock for days
        if lock.tryLock(0):
            self._lock, self.locked = lock, True
            log.info("book lock taken: %s", self.path)
            return True
        error = lock.error()
        if error == QLockFile.LockError.LockFailedError:
            if self._holder_is_gone(lock):
                lock.removeStaleLockFile()
                if lock.tryLock(0):
                    log.warning("stale book lock taken over: %s", self.path)
                    self._lock, self.locked = lock, True
                    return True
            self.holder = holder_text(lock)
            log.info("book lock refused (%s): %s", self.holder, self.path)
            return False
        # PermissionError / UnknownError: the folder takes no new file. Guanxi cannot
        # write the book there either; open_book refuses it in words (read_only_place).
        log.warning("book lock not made (%s): %s", error, self.path)
        return True

    @staticmethod
    def _holder_is_gone(lock: QLockFile) -> bool:
        """The lock's process is not running on this computer (Qt checks this too; this
        also covers a lock file whose process id was reused by an unrelated program)."""
        info = _lock_info(lock)
        if info is None:
            return False
        pid, host, _app = info
        if host and host != _host_name():
            return False  # another computer's lock: never taken
        if pid <= 0:
            return False
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False  # running, as another user
        return False

    def release(self) -> None:
        if self._lock is not None and self.locked:
            self._lock.unlock()
            log.info("book lock released: %s", self.path)
        self._lock, self.locked = None, False

    def __enter__(self) -> BookLock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def _lock_info(lock: QLockFile) -> tuple[int, str, str] | None:
    try:
        info = lock.getLockInfo()
    except (RuntimeError, TypeError):
        return None
    if not info or not isinstance(info, tuple):
        return None
    if len(info) == 4:  # (ok, pid, host, app) in some bindings
        if not info[0]:
            return None
        info = info[1:]
    pid, host, app = info
    return int(pid or 0), str(host or ""), str(app or "")


def _host_name() -> str:
    from PySide6.QtCore import QSysInfo

    return QSysInfo.machineHostName()


def holder_text(lock: QLockFile) -> str:
    """Who holds the lock, as a person reads it ("process 1234 on desk-2"), or ''."""
    info = _lock_info(lock)
    if info is None:
        return ""
    pid, host, app = info
    if host and host != _host_name():
        return QCoreApplication.translate("BookLock", "Guanxi on the computer %1").replace("%1", host)
    text = QCoreApplication.translate("BookLock", "process %1 on this computer").replace("%1", str(pid))
    return f"{text} ({app})" if app else text


def try_lock_book(path_or_url: str | os.PathLike) -> tuple[BookLock | None, str]:
    """(the lock, '') when this process may open the book (release it when done), or
    (None, who holds it) when another running copy of Guanxi has it open.

    For the command line too: `guanxi restore` refuses while a window has the book."""
    lock = BookLock(path_or_url)
    if lock.acquire():
        return lock, ""
    return None, lock.holder
