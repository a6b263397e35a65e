"""Backups of a SQLite book: taken, checked, rotated, listed and restored.

Everything touches the book through SQLite (its online backup, read-only connections):
POSIX locks belong to the process and a plain open() and close() of the book file would
drop the locks of the program's own connections. Backups and the copies set aside are
other files, and are handled as files.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import re
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from app.db.integrity import connect_read_only, is_damage, quick_check, quick_check_parallel
from app.db.migrate import (
    GUANXI_TABLES,
    backup_sqlite,
    head_revision,
    known_revisions,
    sync_file,
    timestamp,
    unique_path,
)
from app.domain.changes import Actor
from app.domain.errors import BookError
from app.domain.roles import Right
from app.services.permissions import require

log = logging.getLogger(__name__)

# What a backup was taken for. Automatic ones rotate (BackupPolicy); the others, made on
# purpose or before something risky, are kept KEEP_SAFETY and the newest KEEP_NEWEST of
# each kind always.
KINDS = ("auto", "manual", "before-restore", "before-import", "before-merge", "before-upgrade",
         "replaced")
ROTATING = ("auto",)
TAKEN = ("auto", "manual")  # what counts as "the last backup" for the next one being due
KEEP_SAFETY = timedelta(days=30)
KEEP_NEWEST = 3
STALE_PARTIAL = timedelta(hours=1)

Progress = Callable[[int, int], None]  # (done, total), in bytes


@dataclass(frozen=True)
class BackupPolicy:
    """How many rotating copies are kept: the newest of each of the last N days, weeks
    and months that have one."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    kind: str
    size: int


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    set_aside: Path | None  # the book as it was before, renamed (never deleted)


def default_folder(book_path: Path) -> Path:
    return book_path.parent / "backups"


def folder_for(book_path: Path, configured: str | Path | None = None) -> Path:
    """Where a book's backups go: the configured folder, else `backups` beside the book."""
    return Path(configured).expanduser() if configured else default_folder(book_path)


# ------------------------------------------------------------ names
_STAMP = r"(\d{8}-\d{6}(?:-\d{6})?)"


def _stamp_time(text: str) -> datetime:
    return datetime.strptime(text, "%Y%m%d-%H%M%S-%f" if text.count("-") == 2 else "%Y%m%d-%H%M%S")


def book_tag(book_path: Path) -> str:
    """Eight hex digits naming the book by where it really is: two books of the same file
    name (every desk's guanxi.db) keep their backups apart in one shared folder."""
    return hashlib.sha1(os.path.realpath(book_path).encode("utf-8", "surrogatepass")).hexdigest()[:8]


def backup_name(book_path: Path, kind: str, stamp: str) -> str:
    return f"{book_path.name}.{book_tag(book_path)}.{kind}.{stamp}.bak"


def _parse(book_path: Path, path: Path) -> BackupInfo | None:
    name = re.escape(book_path.name)
    match = re.fullmatch(rf"{name}\.{book_tag(book_path)}\.([a-z-]+)\.{_STAMP}(?:-\d+)?\.bak",
                         path.name)
    if match and match.group(1) in KINDS:
        kind, stamp = match.group(1), match.group(2)
    elif match := re.fullmatch(rf"{name}\.before-\w+-{_STAMP}(?:-\d+)?\.bak", path.name):
        kind, stamp = "before-upgrade", match.group(1)
    elif match := re.fullmatch(rf"{name}\.replaced-{_STAMP}(?:-\d+)?", path.name):
        kind, stamp = "replaced", match.group(1)
    else:
        return None
    try:
        stat = path.stat()
        return BackupInfo(path, _stamp_time(stamp), kind, stat.st_size)
    except (OSError, ValueError):
        return None


def list_backups(book_path: Path, folder: str | Path | None = None) -> list[BackupInfo]:
    """Every backup of the book, newest first: those in its backups folder, the copies
    taken before upgrades and the books set aside by restores (both beside the book)."""
    found: dict[Path, BackupInfo] = {}
    for place in (folder_for(book_path, folder), book_path.parent):
        try:
            entries = list(place.iterdir())
        except OSError:
            continue
        for entry in entries:
            info = _parse(book_path, entry)
            if info is not None and entry.is_file():
                found[entry.resolve()] = info
    return sorted(found.values(), key=lambda b: b.taken_at, reverse=True)


# ------------------------------------------------------------ reading a backup
def customers_in(backup: Path) -> int | None:
    """How many current customers a backup holds; None when it cannot be read."""
    try:
        conn = connect_read_only(backup, immutable=True)
    except sqlite3.Error:
        return None
    try:
        return conn.execute("SELECT count(*) FROM customers WHERE archived_at IS NULL").fetchone()[0]
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _revision_of(path: Path) -> str | None:
    """The revision of a Guanxi book file, after the cheap signs of damage are looked for:
    the file's length against its page count, the schema, and every customer read."""
    try:
        conn = connect_read_only(path, immutable=True)
    except sqlite3.Error as exc:
        raise BookError("backup_not_a_book", str(exc)) from None
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not GUANXI_TABLES <= tables or "alembic_version" not in tables:
            raise BookError("backup_not_a_book", path.name)
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        if page_size * pages != path.stat().st_size:
            raise BookError("backup_damaged", "length")
        conn.execute("SELECT count(*), max(name), max(phone) FROM customers").fetchone()
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc):
            raise BookError("backup_not_a_book", str(exc)) from None
        raise BookError("backup_damaged", str(exc)) from None
    finally:
        conn.close()


def verify_backup(path: Path, *, thorough: bool = True) -> None:
    """Refuses (BookError) a backup that is damaged, not a Guanxi book, or written by a
    newer Guanxi. `thorough` adds SQLite's quick_check of every page (about 1 s per
    600 MB); without it, the cheap signs only."""
    revision = _revision_of(path)
    if revision != head_revision() and revision not in known_revisions():
        raise BookError("schema_newer", revision or "")
    if thorough:
        problems = quick_check(path, immutable=True)
        if problems:
            raise BookError("backup_damaged", "; ".join(problems[:3]))


# ------------------------------------------------------------ taking one
def _failure(exc: BaseException) -> BookError:
    text = str(exc)
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return BookError("backup_disk_full", text)
    if isinstance(exc, sqlite3.Error) and ("full" in text or "disk I/O" in text):
        return BookError("backup_disk_full", text)
    if isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
        return BookError("backup_folder", text)
    return BookError("backup_failed", text)


def _check_while_syncing(partial: Path) -> tuple[str, ...]:
    """The copy's check (table by table on two connections: half the time), while the
    system writes it to the disk beside: the check reads what the disk will hold, and
    waiting for the disk costs no extra time. Both are done when this returns."""
    failure: list[OSError] = []

    def sync() -> None:
        try:
            sync_file(partial)
        except OSError as exc:
            failure.append(exc)

    syncing = threading.Thread(target=sync, name="backup-sync")
    syncing.start()
    try:
        problems = quick_check_parallel(partial)
    finally:
        syncing.join()
    if failure:
        raise failure[0]
    return problems


def _sync_folder(folder: Path) -> None:
    """The new name in the folder on the disk too (where the system allows it)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_stale_partials(folder: Path, book_path: Path) -> None:
    limit = time.time() - STALE_PARTIAL.total_seconds()
    pattern = f"{glob_escape(book_path.name)}.{book_tag(book_path)}.*.bak.partial"
    for leftover in folder.glob(pattern):
        try:
            if leftover.stat().st_mtime < limit:  # a backup that was killed half-way
                leftover.unlink()
        except OSError:
            pass


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def take_backup(
    book_path: Path,
    folder: str | Path | None = None,
    *,
    kind: str = "auto",
    progress: Progress | None = None,
    policy: BackupPolicy | None = None,
    now: datetime | None = None,
    actor: Actor | None = None,
) -> BackupInfo:
    """A checked copy of the book in its backups folder; then older rotating copies are
    pruned by `policy`. A backup that fails (full disk, check failed) leaves only the
    older good ones: nothing is pruned then. A manual backup asked for by `actor` needs
    the right to back up (a copy of everyone's data); the automatic ones are the
    program's."""
    if kind not in KINDS:
        raise ValueError(kind)
    if actor is not None and kind != "auto":
        require(None, Right.BACK_UP, actor)
    try:
        if book_path.stat().st_size == 0:  # nothing to keep, and not a book
            raise BookError("empty_file", str(book_path))
    except FileNotFoundError:
        raise BookError("missing", str(book_path)) from None
    target_folder = folder_for(book_path, folder)
    try:
        target_folder.mkdir(parents=True, exist_ok=True)
        _remove_stale_partials(target_folder, book_path)
        final = unique_path(target_folder, backup_name(book_path, kind, timestamp(now)))
    except OSError as exc:
        raise _failure(exc) from None
    partial = final.with_name(final.name + ".partial")
    started = time.perf_counter()
    try:
        try:
            # not synced by SQLite: synced beside the check below
            backup_sqlite(book_path, partial, progress, sync=False)
        except sqlite3.DatabaseError as exc:
            if "not a database" in str(exc):
                raise BookError("not_a_book", str(exc)) from None
            if is_damage(exc):
                raise BookError("damaged", str(exc)) from None
            raise
        try:
            _revision_of(partial)  # a Guanxi book, not another program's database
        except BookError as exc:
            raise BookError("not_a_book" if exc.code == "backup_not_a_book" else "damaged",
                            exc.detail) from None
        problems = _check_while_syncing(partial)
        if problems:
            raise BookError("backup_check_failed", "; ".join(problems[:3]))
        os.replace(partial, final)  # complete, checked and on the disk, or not there at all
        _sync_folder(target_folder)
    except BookError:
        partial.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as exc:
        log.exception("backup of %s failed", book_path)
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass
        raise _failure(exc) from None
    log.info("backup of %s: %s in %.2f s", book_path, final, time.perf_counter() - started)
    info = _parse(book_path, final)
    assert info is not None
    prune(book_path, folder, policy or BackupPolicy(), now=now)
    return info


def changed_since(book_path: Path, moment: datetime) -> bool:
    """True when the book (or its -wal, where every write lands first) was written after
    `moment`, as the file system tells (nothing is opened)."""
    latest = 0.0
    for path in (book_path, book_path.with_name(book_path.name + "-wal")):
        try:
            latest = max(latest, path.stat().st_mtime)
        except OSError:
            pass
    return datetime.fromtimestamp(latest) > moment


def latest_backup_time(book_path: Path, folder: str | Path | None = None) -> datetime | None:
    times = [b.taken_at for b in list_backups(book_path, folder) if b.kind in TAKEN]
    return max(times) if times else None


def backup_due(book_path: Path, folder: str | Path | None, every_hours: float,
               now: datetime | None = None) -> bool:
    """True when no automatic or manual backup is younger than `every_hours`."""
    latest = latest_backup_time(book_path, folder)
    now = now or datetime.now()
    return latest is None or now - latest >= timedelta(hours=every_hours) or latest > now


# ------------------------------------------------------------ pruning
def to_keep(backups: list[BackupInfo], policy: BackupPolicy, now: datetime) -> set[Path]:
    """The rotating backups the policy keeps (the newest of each of the last N days,
    ISO weeks and months) and every other kind younger than KEEP_SAFETY."""
    keep: set[Path] = set()
    rotating = sorted((b for b in backups if b.kind in ROTATING), key=lambda b: b.taken_at,
                      reverse=True)
    if rotating:
        keep.add(rotating[0].path)
    for count, period in (
        (policy.daily, lambda t: t.date()),
        (policy.weekly, lambda t: t.isocalendar()[:2]),
        (policy.monthly, lambda t: (t.year, t.month)),
    ):
        seen: list = []
        for backup in rotating:  # newest first: the first of each period is its newest
            key = period(backup.taken_at)
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.append(key)
            keep.add(backup.path)
    newest_of_kind: dict[str, int] = {}
    for backup in sorted(backups, key=lambda b: b.taken_at, reverse=True):
        if backup.kind in ROTATING:
            continue
        newest_of_kind[backup.kind] = newest_of_kind.get(backup.kind, 0) + 1
        if now - backup.taken_at < KEEP_SAFETY or newest_of_kind[backup.kind] <= KEEP_NEWEST:
            keep.add(backup.path)
    return keep


def prune(book_path: Path, folder: str | Path | None, policy: BackupPolicy,
          now: datetime | None = None) -> list[Path]:
    """Removes the backups in the book's backups folder that the policy does not keep;
    never a file beside the book, never one it cannot name."""
    now = now or datetime.now()
    target_folder = folder_for(book_path, folder).resolve()
    backups = [b for b in list_backups(book_path, folder) if b.path.parent.resolve() == target_folder
               and b.kind in ROTATING + ("manual", "before-restore", "before-import", "before-merge")]
    keep = to_keep(backups, policy, now)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            try:
                backup.path.unlink()
                removed.append(backup.path)
            except OSError:
                log.warning("old backup %s not removed", backup.path, exc_info=True)
    return removed


# ------------------------------------------------------------ restoring
def restore_backup(book_path: Path, backup: Path, progress: Progress | None = None,
                   now: datetime | None = None, *, thorough: bool = False,
                   actor: Actor | None = None) -> RestoreResult:
    """Puts `backup` in the book's place. The book must be closed by this program (and
    by every other: the caller holds the book's lock). The book as it was, damaged or
    not, is renamed aside with its -wal and -shm (never deleted); on any failure before
    that, the book is exactly as it was. Only whoever may restore (the owner)."""
    if actor is not None:
        require(None, Right.RESTORE, actor)
    if not backup.is_file():
        raise BookError("backup_missing", str(backup))
    staged = unique_path(book_path.parent, f"{book_path.name}.restoring")
    total = backup.stat().st_size
    try:
        if progress is not None:
            progress(0, total)
        shutil.copyfile(backup, staged)
        if progress is not None:
            progress(total // 2, total)
        # the copy that will be used, not only the original; every page of it is checked
        # again when the book opens, before anything is written to it
        verify_backup(staged, thorough=thorough)
        _audit_restore(staged, backup, actor)
    except BookError as exc:
        staged.unlink(missing_ok=True)
        # the person knows the backup by its name, not by the copy made of it
        detail = exc.detail.replace(staged.name, backup.name) if exc.detail else backup.name
        raise BookError(exc.code, detail) from None
    except (OSError, sqlite3.Error) as exc:
        staged.unlink(missing_ok=True)
        raise _failure(exc) from None
    set_aside = None
    if book_path.exists():
        set_aside = unique_path(book_path.parent, f"{book_path.name}.replaced-{timestamp(now)}")
        try:
            for suffix in ("-wal", "-shm"):  # a stale -wal must never meet the restored book
                companion = book_path.with_name(book_path.name + suffix)
                if companion.exists():
                    os.replace(companion, set_aside.with_name(set_aside.name + suffix))
            os.replace(book_path, set_aside)
        except OSError as exc:
            for suffix in ("-wal", "-shm"):  # put back what was moved
                moved = set_aside.with_name(set_aside.name + suffix)
                if moved.exists():
                    os.replace(moved, book_path.with_name(book_path.name + suffix))
            staged.unlink(missing_ok=True)
            raise _failure(exc) from None
    os.replace(staged, book_path)
    if progress is not None:
        progress(total, total)
    log.info("restored %s from %s; the book before is %s", book_path, backup, set_aside)
    return RestoreResult(backup, set_aside)


def _audit_restore(staged: Path, backup: Path, actor: Actor | None) -> None:
    """The restored book's audit log says it was restored, from which backup, by whom:
    written into the checked copy before it takes the book's place (a backup from before
    the audit log, migration 0010, has no log to write to: its upgrade starts one)."""
    from app.db import audit
    from app.db.engine import Book

    book = Book(str(staged))
    try:
        with book.writing(actor) as session:
            if audit.has_log(session.connection()):
                audit.note(session, "restore", "book", None, {"backup": backup.name})
    finally:
        book.dispose()
