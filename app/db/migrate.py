"""Schema upgrades through Alembic, with a backup copy taken first."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from importlib.resources import files
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.exc import DatabaseError

from app.db.engine import Book
from app.domain.errors import BookError

log = logging.getLogger(__name__)


def alembic_config(book: Book | None = None, script_location: str | Path | None = None) -> Config:
    """Alembic's configuration; `script_location` replaces the packaged migrations (tests)."""
    location = str(script_location) if script_location is not None else str(files("migrations"))
    cfg = Config()
    cfg.set_main_option("script_location", location.replace("%", "%%"))
    if book is not None:
        cfg.set_main_option("sqlalchemy.url", book.url.replace("%", "%%"))
    return cfg


def head_revision(script_location: str | Path | None = None) -> str:
    return ScriptDirectory.from_config(alembic_config(None, script_location)).get_current_head()


def known_revisions(script_location: str | Path | None = None) -> set[str]:
    script = ScriptDirectory.from_config(alembic_config(None, script_location))
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(book: Book) -> str | None:
    try:
        with book.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except DatabaseError as exc:
        raise BookError("not_a_book", str(exc.orig)) from None


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def backup_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy through SQLite's online backup (safe with WAL)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def check_compatible(book: Book, script_location: str | Path | None = None) -> str | None:
    """The book's revision; refuses a book written by a newer Guanxi."""
    revision = current_revision(book)
    if revision is not None and revision not in known_revisions(script_location):
        raise BookError("schema_newer", revision)
    if revision is None:
        with book.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
        if tables - {"alembic_version"}:
            raise BookError("not_a_guanxi_book", ", ".join(sorted(tables))[:200])
    return revision


def upgrade_book(book: Book, script_location: str | Path | None = None) -> UpgradeResult:
    """Bring the book to the program's schema; a copy is kept before any change."""
    revision = check_compatible(book, script_location)
    head = head_revision(script_location)
    if revision == head:
        return UpgradeResult(revision, head, None)
    backup = None
    if revision is not None and book.path is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_sqlite(
            book.path, book.path.with_name(f"{book.path.name}.before-{head}-{stamp}.bak")
        )
        log.info("backup of %s before upgrade: %s", book.path, backup)
    cfg = alembic_config(book, script_location)
    with book.engine.connect() as conn:
        if book.is_sqlite:
            # Rebuilding a parent table must not cascade into its children.
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            conn.commit()
        except Exception as exc:
            log.exception("upgrade failed; the book is unchanged")
            raise BookError("upgrade_failed", str(exc)) from exc
        finally:
            if book.is_sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
    return UpgradeResult(revision, head, backup)
