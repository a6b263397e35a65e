"""`guanxi backup` and `guanxi restore`: exit 0 done, 1 failed, 2 refused arguments."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.records import CustomerInput
from app.services.admin.backups import list_backups, take_backup
from app.services.admin.book import open_book
from tests.cli.test_cli_errors import ROOT, guanxi
from tests.migrations.book_files import sha256
from tests.migrations.test_book_safety import damage

# backup and restore of a SQLite file (a server book: test_server_backup.py)
pytestmark = pytest.mark.sqlite_only


def names(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM customers")}
    finally:
        conn.close()


def book_with(path: Path, *people: str) -> Path:
    services = open_book(path)
    try:
        for i, name in enumerate(people):
            services.customers.create(CustomerInput(name=name, phone=f"1390000{i:04d}"))
    finally:
        services.close()
    return path


def test_backup_writes_a_checked_copy_into_the_folder_given(cli, capsys, tmp_path):
    book = book_with(tmp_path / "book.db", "张三", "李四")
    status, out, err = cli("backup", "--db", str(book), "--to", str(tmp_path / "copies"),
                           capsys=capsys)
    assert status == 0, err
    listed = list_backups(book, tmp_path / "copies")
    assert len(listed) == 1 and listed[0].kind == "manual"
    assert str(listed[0].path) in out and "checked" in out
    assert names(listed[0].path) == {"张三", "李四"}


def test_backup_of_a_missing_book_fails_in_words(cli, capsys, tmp_path):
    status, _, err = cli("backup", "--db", str(tmp_path / "none.db"), capsys=capsys)
    assert status == 1
    assert "does not exist" in err
    assert not (tmp_path / "none.db").exists()


def test_restore_puts_the_backup_in_place_and_keeps_the_book_aside(cli, capsys, tmp_path):
    book = book_with(tmp_path / "book.db", "张三")
    backup = take_backup(book, kind="manual")
    book_with(book, "李四")
    status, out, err = cli("restore", "--db", str(book), "--from", str(backup.path), capsys=capsys)
    assert status == 0, err
    assert names(book) == {"张三"}
    aside = [b for b in list_backups(book) if b.kind == "replaced"]
    assert len(aside) == 1 and str(aside[0].path) in out
    assert names(aside[0].path) == {"张三", "李四"}


def test_restore_of_a_missing_backup_is_a_refused_argument(cli, capsys, tmp_path):
    book = book_with(tmp_path / "book.db", "张三")
    before = sha256(book)
    status, _, err = cli("restore", "--db", str(book), "--from", str(tmp_path / "no.bak"),
                         capsys=capsys)
    assert status == 2 and err.strip()
    assert sha256(book) == before


def test_restore_of_a_damaged_backup_fails_and_leaves_the_book(cli, capsys, tmp_path):
    book = book_with(tmp_path / "book.db", *[f"客户{i}" for i in range(40)])
    backup = take_backup(book, kind="manual")
    damage(backup.path)
    before = sha256(book)
    status, _, err = cli("restore", "--db", str(book), "--from", str(backup.path), capsys=capsys)
    assert status == 1
    assert "damaged" in err
    assert sha256(book) == before


HOLD_THE_BOOK = """
import sys, time
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from app.desk.book_lock import try_lock_book
lock, _ = try_lock_book(sys.argv[1])
print("held" if lock else "refused", flush=True)
time.sleep(60)
"""


def test_restore_is_refused_while_a_window_has_the_book_open(cli, capsys, tmp_path):
    book = book_with(tmp_path / "book.db", "张三")
    backup = take_backup(book, kind="manual")
    book_with(book, "李四")
    before = sha256(book)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_THE_BOOK, str(book)], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT),
                                   "QT_QPA_PLATFORM": "offscreen"})
    try:
        assert holder.stdout.readline().strip() == "held"
        status, _, err = cli("restore", "--db", str(book), "--from", str(backup.path),
                             capsys=capsys)
    finally:
        holder.kill()
        holder.wait()
    assert status == 1
    assert "already open" in err
    assert sha256(book) == before


def test_backup_and_restore_in_a_real_process(tmp_path):
    book = book_with(tmp_path / "book.db", "张三")
    made = guanxi("backup", "--db", str(book), tmp_path=tmp_path)
    assert made.returncode == 0, made.stderr
    backup = list_backups(book)[0]
    assert backup.path.parent == tmp_path / "backups"  # the default folder beside the book
    book_with(book, "李四")
    restored = guanxi("restore", "--db", str(book), "--from", str(backup.path), tmp_path=tmp_path)
    assert restored.returncode == 0, restored.stderr
    assert names(book) == {"张三"}
    refused = guanxi("restore", "--db", str(book), tmp_path=tmp_path)
    assert refused.returncode == 2


# ---------------------------------------------------------------- never written over the book
@pytest.mark.parametrize("args", [
    ["export", "customers", "--out", "{book}"],
    ["export", "customers", "--out", "{book}-wal"],
    ["report", "--out", "{book}"],
    ["callsheet", "--pdf", "{book}"],
    ["export", "customers", "--out", "{folder}/other.db"],
])
def test_a_list_is_never_written_over_the_book(cli, capsys, tmp_path, args):
    book = book_with(tmp_path / "book.db", "张三")
    before = sha256(book)
    filled = [a.replace("{book}", str(book)).replace("{folder}", str(tmp_path)) for a in args]
    status, _, err = cli(filled[0], *filled[1:], "--db", str(book), capsys=capsys)
    assert status == 2
    assert "must end in" in err
    assert sha256(book) == before and names(book) == {"张三"}


def test_a_book_named_like_a_workbook_is_not_written_over_either(cli, capsys, tmp_path):
    book = book_with(tmp_path / "list.xlsx", "张三")
    before = sha256(book)
    status, _, err = cli("export", "customers", "--db", str(book), "--out", str(book),
                         capsys=capsys)
    assert status == 2 and "the book itself" in err
    assert sha256(book) == before


def test_restore_from_the_book_itself_or_a_folder_is_refused(cli, capsys, tmp_path):
    book = book_with(tmp_path / "book.db", "张三")
    before = sha256(book)
    for source in (book, tmp_path):
        status, _, err = cli("restore", "--db", str(book), "--from", str(source), capsys=capsys)
        assert status == 2 and err.strip()
    assert sha256(book) == before
    assert not [p for p in tmp_path.iterdir() if "replaced" in p.name]
