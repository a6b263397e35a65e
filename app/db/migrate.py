"""Schema upgrades through Alembic, with a backup copy taken first."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from importlib.resources import files
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.exc import DatabaseError

from app.db.engine import Book
from app.db.integrity import connect_read_only, is_damage, quick_check
from app.domain.errors import BookError

log = logging.getLogger(__name__)

# The newest revision in migrations/versions (a test holds the two together): knowing it
# without loading Alembic keeps the start of an up-to-date book fast.
HEAD_REVISION = "0015"


def alembic_config(book: Book | None = None, script_location: str | Path | None = None):
    """Alembic's configuration; `script_location` replaces the packaged migrations (tests)."""
    from alembic.config import Config

    location = str(script_location) if script_location is not None else str(files("migrations"))
    cfg = Config()
    cfg.set_main_option("script_location", location.replace("%", "%%"))
    if book is not None:
        cfg.set_main_option("sqlalchemy.url", book.url.replace("%", "%%"))
    return cfg


def head_revision(script_location: str | Path | None = None) -> str:
    if script_location is None:
        return HEAD_REVISION
    return alembic_head(script_location)


def alembic_head(script_location: str | Path | None = None) -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(None, script_location)).get_current_head()


def known_revisions(script_location: str | Path | None = None) -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(None, script_location))
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(book: Book) -> str | None:
    try:
        with book.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DatabaseError as exc:
        raise _unreadable(exc) from None


def _unreadable(exc: DatabaseError) -> BookError:
    """A database SQLite cannot read: damaged if it is a SQLite file with bad pages."""
    return BookError("damaged" if is_damage(exc.orig) else "not_a_book", str(exc.orig))


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def _watch(partial: Path, total: int, progress, stop: threading.Event) -> None:
    """Reports how far the copy is from the size of the file being written."""
    while not stop.wait(0.1):
        try:
            progress(min(partial.stat().st_size, total), total)
        except OSError:
            pass


def backup_sqlite(book_path: Path, partial: Path,
                  progress: Callable[[int, int], None] | None = None, *,
                  sync: bool = True) -> Path:
    """A consistent, self-contained copy of a book through SQLite's online backup (safe
    with WAL, while the book is in use); `progress(done, total)` in bytes now and then.

    `sync=False` leaves the copy in the system's cache, not yet on the disk: the caller
    syncs it (`sync_file`) before it counts, and meanwhile can check it."""
    partial.parent.mkdir(parents=True, exist_ok=True)
    # A normal connection that only reads: it can take part in the book's WAL (a read-only
    # one finding a -shm nobody holds reads in SQLite's slow "unreliable" mode, 3x slower)
    # and, last to close, tidies the -wal and -shm away. In a folder it cannot write to,
    # a read-only connection.
    source = None
    for connect in (lambda: sqlite3.connect(book_path, check_same_thread=False),
                    lambda: connect_read_only(book_path),
                    # a book on a read-only disk or share: nobody can be writing it
                    lambda: connect_read_only(book_path, immutable=True)):
        try:
            source = connect()
            source.execute("SELECT 1 FROM sqlite_master LIMIT 1")
            break
        except sqlite3.DatabaseError as exc:
            if source is not None:
                source.close()
            source = None
            if "not a database" in str(exc) or is_damage(exc):
                raise
    if source is None:
        raise sqlite3.OperationalError("unable to open database file")
    try:
        page_size, pages = (source.execute(f"PRAGMA {p}").fetchone()[0]
                            for p in ("page_size", "page_count"))
        # the book read through the system's own cache (mapped), not copied into SQLite's
        # first: a fifth less time; SQLite caps it (2 GB) and reads on past the map
        source.execute(f"PRAGMA mmap_size={page_size * pages}")
        target = sqlite3.connect(partial, check_same_thread=False)
        if not sync:
            target.execute("PRAGMA synchronous=OFF")
        stop = threading.Event()
        watcher = None
        if progress is not None:
            watcher = threading.Thread(target=_watch, args=(partial, page_size * pages, progress,
                                                            stop), daemon=True)
            watcher.start()
        try:
            # one step: one read transaction over the whole copy, so the book's own writes
            # (WAL) neither wait for it nor make it start again; the lock is released
            # while SQLite copies, so the window keeps working
            source.backup(target, pages=-1)
            # a backup is one self-contained file, not a WAL book needing its -wal
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            stop.set()
            if watcher is not None:
                watcher.join()
            target.close()
        if progress is not None:
            progress(page_size * pages, page_size * pages)
    finally:
        source.close()
    return partial


def sync_file(path: Path) -> None:
    """Waits until the file is on the disk (not for the book itself: see integrity.py)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# Tables every Guanxi book has had since its first revision: a database with an
# alembic_version of a revision we do not know is a newer Guanxi only if it has these.
GUANXI_TABLES = frozenset({"customers", "vehicles", "staff", "interactions"})


def _refuse_unless_ours(
    revision: str | None, tables: set[str], script_location: str | Path | None
) -> None:
    if (
        revision is not None
        and revision != head_revision(script_location)
        and revision not in known_revisions(script_location)
    ):
        if not GUANXI_TABLES <= tables:  # another program's Alembic database
            raise BookError("not_a_guanxi_book", ", ".join(sorted(tables))[:200])
        raise BookError("schema_newer", revision)
    if revision is None and tables - {"alembic_version"}:
        raise BookError("not_a_guanxi_book", ", ".join(sorted(tables))[:200])


def check_compatible(book: Book, script_location: str | Path | None = None) -> str | None:
    """The book's revision; refuses a book written by a newer Guanxi or another program."""
    revision = current_revision(book)
    tables: set[str] = set()
    if revision is None or revision != head_revision(script_location):
        try:
            with book.engine.connect() as conn:
                tables = set(inspect(conn).get_table_names())
        except DatabaseError as exc:
            raise _unreadable(exc) from None
    _refuse_unless_ours(revision, tables, script_location)
    return revision


def unique_path(folder: Path, name: str) -> Path:
    """`folder/name`, or with -2, -3 ... before the suffix if that is taken: never an
    existing file."""
    candidate = folder / name
    stem, dot, suffix = name.rpartition(".")
    number = 2
    while candidate.exists():
        candidate = folder / (f"{stem}-{number}.{suffix}" if dot else f"{name}-{number}")
        number += 1
    return candidate


def timestamp(moment: datetime | None = None) -> str:
    """A file-name stamp to the microsecond, in local time: sorts as it reads."""
    return (moment or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")


def upgrade_book(book: Book, script_location: str | Path | None = None) -> UpgradeResult:
    """Bring the book to the program's schema; a copy is kept before any change."""
    revision = check_compatible(book, script_location)
    if book.is_sqlite:
        # Only now that the file is known to be ours: WAL is a setting of the file itself.
        with book.engine.connect() as conn:
            conn.connection.driver_connection.execute("PRAGMA journal_mode=WAL")
    head = head_revision(script_location)
    if revision == head:
        return UpgradeResult(revision, head, None)
    if revision is not None and book.path is not None:
        problems = quick_check(book.path)
        if problems:  # a damaged book is never written to, not even upgraded
            raise BookError("damaged", "; ".join(problems[:3]))
    backup = None
    if revision is not None and book.path is not None:
        try:
            backup = backup_sqlite(
                book.path,
                unique_path(book.path.parent, f"{book.path.name}.before-{head}-{timestamp()}.bak"),
            )
        except (OSError, sqlite3.Error) as exc:
            # no upgrade without its backup: the book stays as it is
            raise BookError("backup_failed", str(exc)) from None
        log.info("backup of %s before upgrade: %s", book.path, backup)
    from alembic import command

    cfg = alembic_config(book, script_location)
    with book.engine.connect() as conn:
        if book.is_sqlite:
            # Rebuilding a parent table must not cascade into its children.
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            cfg.attributes["connection"] = conn
            # env.py runs the whole chain in one transaction (transactional_ddl), with the
            # foreign-key check inside it: a failure anywhere leaves `revision` in place
            command.upgrade(cfg, "head")
            conn.commit()
        except Exception as exc:
            log.exception("upgrade failed; the book is unchanged")
            conn.rollback()
            # a new book has no backup to speak of: it simply could not be made
            raise BookError("upgrade_failed" if revision is not None else "cannot_create",
                            str(exc)) from exc
        finally:
            if book.is_sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
    return UpgradeResult(revision, head, backup)
