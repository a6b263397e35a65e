"""`guanxi anonymise --db BOOK --out COPY [--force]`: the copy written and said so, the book
only read; an --out that is taken, a folder, missing or the book itself refused in words with
nothing written; with --user only the owner may."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher

from app.domain.enums import StaffRole
from app.domain.records import CustomerInput
from app.services.admin.book import check_book, open_book
from app.services.admin.passwords import Passwords
from app.services.admin.staff import StaffService
from tests.postgres.books import book_rows, contents

CHEAP = Passwords(PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))


@pytest.fixture
def book(tmp_path, monkeypatch):
    """Two customers, an owner ("owner") and an advisor ("lisi") with accounts."""
    for name in ("GUANXI_USER", "GUANXI_PASSWORD", "GUANXI_NEW_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("GUANXI_USER", "owner")  # (the book has accounts: the owner runs it)
    monkeypatch.setenv("GUANXI_PASSWORD", "owner-pw-1")
    path = tmp_path / "book.db"
    opened = open_book(path)
    try:
        staff = StaffService(opened.book, CHEAP)
        staff.add("店长", StaffRole.OWNER, login="owner", password="owner-pw-1")
        staff.add("李四", StaffRole.ADVISOR, login="lisi", password="lisi-pw-1")
        opened.customers.create(CustomerInput(name="张三", phone="13800138000"))
        opened.customers.create(CustomerInput(name="王五", phone="13900139000",
                                              address="北京市朝阳区望京西园1号"))
    finally:
        opened.close()
    return path


def _rows(path) -> dict:
    """Every row of the book but what the owner's sign-in writes: its audit entry, the
    write clock, the staff rows (a cheap test hash is made the program's own on sign-in)."""
    from app.db.engine import Book

    opened = Book(str(path))
    try:
        rows = book_rows(opened)
    finally:
        opened.dispose()
    for table in ("audit_log", "change_counts", "staff"):
        rows.pop(table)
    return rows


def test_anonymise_writes_a_checked_copy_and_says_what_it_holds(cli, capsys, book, tmp_path):
    before = _rows(book)
    target = tmp_path / "support.db"
    status, out, err = cli("anonymise", "--db", str(book), "--out", str(target), capsys=capsys)
    assert status == 0, err
    assert "Anonymised copy written: " in out and str(target) in out
    assert "The staff's accounts were removed" in out
    assert check_book(target).ok
    data = target.read_bytes().decode("utf-8", errors="replace")
    assert not any(v in data for v in ("张三", "王五", "13800138000", "望京西园", "lisi"))
    assert _rows(book) == before  # the book only read (and its owner's sign-in noted)


def test_an_out_that_is_taken_is_refused_unless_forced(cli, capsys, book, tmp_path):
    target = tmp_path / "taken.db"
    target.write_bytes(b"not to be lost")
    status, out, err = cli("anonymise", "--db", str(book), "--out", str(target), capsys=capsys)
    assert status == 2 and out == ""
    assert "exists already: give --force to write over it" in err
    assert target.read_bytes() == b"not to be lost"
    status, out, err = cli("anonymise", "--db", str(book), "--out", str(target), "--force",
                           capsys=capsys)
    assert status == 0, err
    assert check_book(target).ok


def test_an_out_in_a_folder_that_is_not_there_or_a_folder_is_refused(cli, capsys, book, tmp_path):
    status, out, err = cli("anonymise", "--db", str(book), "--out",
                           str(tmp_path / "missing" / "copy.db"), capsys=capsys)
    assert status == 2 and out == ""
    assert "There is no folder" in err and "Nothing was written" in err
    assert not (tmp_path / "missing").exists()
    status, _, err = cli("anonymise", "--db", str(book), "--out", str(tmp_path), capsys=capsys)
    assert status == 2 and "is a folder" in err


@pytest.mark.sqlite_only  # (a server book is no file to write over)
def test_the_book_itself_is_never_written_over(cli, capsys, book):
    before = contents(book)
    status, _, err = cli("anonymise", "--db", str(book), "--out", str(book), "--force",
                         capsys=capsys)
    assert status == 2 and "is the book itself" in err
    assert contents(book) == before


def test_only_the_owner_may_when_signed_in(cli, capsys, book, tmp_path, monkeypatch):
    target = tmp_path / "copy.db"
    monkeypatch.setenv("GUANXI_PASSWORD", "lisi-pw-1")
    status, out, err = cli("--user", "lisi", "anonymise", "--db", str(book), "--out",
                           str(target), capsys=capsys)
    assert status == 1 and out == ""
    assert "only these roles may: Owner" in err
    assert not target.exists()
    monkeypatch.setenv("GUANXI_PASSWORD", "owner-pw-1")
    status, out, err = cli("--user", "owner", "anonymise", "--db", str(book), "--out",
                           str(target), capsys=capsys)
    assert status == 0, err
    assert check_book(target).ok


def test_nobody_signed_in_is_asked_who_is_there(cli, capsys, book, tmp_path, monkeypatch):
    monkeypatch.delenv("GUANXI_USER")
    target = tmp_path / "copy.db"
    status, out, err = cli("anonymise", "--db", str(book), "--out", str(target), capsys=capsys)
    assert status == 2 and "--user" in err and not target.exists()


def test_anonymise_without_out_is_refused(cli, capsys, book):
    status, _, err = cli("anonymise", "--db", str(book), capsys=capsys)
    assert status == 2 and "--out" in err
