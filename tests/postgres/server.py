"""A throwaway local PostgreSQL server for the test run: Debian's postgresql package (the
Makefile installs it), a cluster in a temporary folder, reached on a Unix socket in that
folder with trust authentication (no password anywhere), stopped and removed afterwards.

    python -m tests.postgres.server -- COMMAND...   runs COMMAND with GUANXI_TEST_DB set
                                                   to the server's address, then stops it

The server runs as the postgres user when started by root (PostgreSQL refuses root).
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def _bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    if found:
        return found[0]
    on_path = shutil.which(name)
    if on_path:
        return on_path
    raise SystemExit(f"PostgreSQL's {name} is not installed (Debian package postgresql)")


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def start(folder: Path) -> str:
    """Start a server with its data and socket in `folder`; its SQLAlchemy URL."""
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        folder.chmod(0o700)
    subprocess.run(_as_server_user([_bin("initdb"), "-D", str(data), "-U", "postgres",
                                    "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]),
                   check=True, stdout=subprocess.DEVNULL)
    options = (f"-k {folder} -c listen_addresses='' -c fsync=off -c synchronous_commit=off"
               " -c full_page_writes=off -c max_connections=300 -c shared_buffers=256MB")
    subprocess.run(_as_server_user([_bin("pg_ctl"), "-D", str(data), "-w", "-l",
                                    str(folder / "server.log"), "-o", options, "start"]),
                   check=True, stdout=subprocess.DEVNULL)
    return f"postgresql+psycopg://postgres@/postgres?host={folder}"


def stop(folder: Path) -> None:
    subprocess.run(_as_server_user([_bin("pg_ctl"), "-D", str(folder / "data"), "-m", "fast",
                                    "stop"]), check=False, stdout=subprocess.DEVNULL)


def main(argv: list[str]) -> int:
    if "--" in argv:
        argv = argv[argv.index("--") + 1:]
    if not argv:
        print(__doc__)
        return 2
    folder = Path(tempfile.mkdtemp(prefix="guanxi-pg-"))
    try:
        url = start(folder)
        env = dict(os.environ, GUANXI_TEST_DB=url)
        return subprocess.run(argv, env=env, check=False).returncode
    finally:
        stop(folder)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
