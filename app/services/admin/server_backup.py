"""A backup of a book on a PostgreSQL server: the server's own `pg_dump` writes it (custom
format, read back by `pg_restore`), where that program is on the PATH.

The password, when the address holds one, reaches pg_dump in its environment
(PGPASSWORD), never on its command line where other users of the computer could read it.
The dump is written under a temporary name, listed back by `pg_restore --list` as its
check, and only then given its name: a failed or unreadable dump leaves no file that
looks like a backup.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from app.db.migrate import timestamp, unique_path
from app.domain.errors import BookError


@dataclass(frozen=True)
class ServerBackup:
    path: Path
    size: int
    taken_at: datetime


def default_folder(configured: str | Path | None = None) -> Path:
    """Where a server book's backups go: the folder Preferences name (an absolute one), else
    a "Guanxi backups" folder in the home folder (a server book has no folder of its own)."""
    if configured and Path(configured).expanduser().is_absolute():
        return Path(configured).expanduser()
    return Path.home() / "Guanxi backups"


def _connection(url: str) -> tuple[list[str], dict[str, str]]:
    """pg_dump's connection options and environment for a SQLAlchemy URL."""
    from app.services.admin.server_book import address_from_url

    address, password = address_from_url(url)
    args = ["--dbname", address.database]
    if address.host:
        args += ["--host", address.host]
    args += ["--port", str(address.port)]
    if address.user:
        args += ["--username", address.user]
    env = dict(os.environ)
    if password:
        env["PGPASSWORD"] = str(password)
    return args, env


def _first_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[0] if lines else ""


def dump_server_book(url: str, folder: str | Path) -> ServerBackup:
    """Write and check a dump of the server book at `url` into `folder`; BookError
    "pg_dump_missing" (not on the PATH), "backup_folder" or "server_backup_failed"."""
    pg_dump, pg_restore = shutil.which("pg_dump"), shutil.which("pg_restore")
    if pg_dump is None or pg_restore is None:
        raise BookError("pg_dump_missing", "pg_dump" if pg_dump is None else "pg_restore")
    folder = Path(folder).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BookError("backup_folder", str(exc)) from None
    database = make_url(url).database or "book"
    moment = datetime.now()
    final = unique_path(folder, f"{database}-{timestamp(moment)}.dump")
    partial = final.with_name(final.name + ".partial")
    args, env = _connection(url)
    try:
        done = subprocess.run([pg_dump, "--format=custom", "--no-owner", "--file", str(partial),
                               *args], env=env, capture_output=True, text=True, check=False,
                              stdin=subprocess.DEVNULL)
        if done.returncode != 0:
            raise BookError("server_backup_failed", _first_line(done.stderr))
        listed = subprocess.run([pg_restore, "--list", str(partial)], capture_output=True,
                                text=True, check=False, stdin=subprocess.DEVNULL)
        if listed.returncode != 0 or "TABLE DATA" not in listed.stdout:
            raise BookError("server_backup_failed", _first_line(listed.stderr))
        partial.replace(final)
    except OSError as exc:
        raise BookError("backup_folder", str(exc)) from None
    finally:
        partial.unlink(missing_ok=True)
    return ServerBackup(final, final.stat().st_size, moment)
