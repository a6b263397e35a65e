"""`guanxi import --db BOOK --file F [--sheet] [--mapping auto|FILE.json] [--on-duplicate
update|skip|add] [--dry-run] [--errors OUT.xlsx]`: the counts per disposition printed; exit
0 when imported, 1 when refused (a file that cannot be read, a role that may not), 2 for
bad arguments; --dry-run writes nothing; --errors writes the rejected rows with a reason."""

from __future__ import annotations

import json

import openpyxl
import pytest
from argon2 import PasswordHasher

from app.db import engine as engine_module
from app.demo.dirty import CleanCustomer, write_dirty_csv, write_dirty_xlsx
from app.domain.enums import StaffRole
from app.services.admin.book import open_book
from app.services.admin.passwords import Passwords
from app.services.admin.staff import StaffService
from tests.postgres.books import book_rows

SIGN_IN = ("audit_log", "staff", "change_counts")  # (what signing in writes: last sign-in, its entry)


def contents(path):
    """Every row of the book but what a command's sign-in writes (its audit entry)."""
    book = engine_module.Book(engine_module.url_for(path))
    try:
        return {k: v for k, v in book_rows(book).items() if k not in SIGN_IN}
    finally:
        book.dispose()

CHEAP = Passwords(PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))
PEOPLE = [CleanCustomer(name=f"客户{n}", phone=f"+861390000{n:04d}", plate=f"京A{n:05d}")
          for n in range(8)]
BAD = CleanCustomer(name="号码不对", phone="+8612345")


@pytest.fixture
def book(tmp_path, monkeypatch):
    """An empty book with an owner ("owner") and an advisor ("lisi") who sign in."""
    monkeypatch.setenv("GUANXI_USER", "owner")
    monkeypatch.setenv("GUANXI_PASSWORD", "owner-pw-1")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    path = tmp_path / "book.db"
    opened = open_book(path)
    try:
        staff = StaffService(opened.book, CHEAP)
        staff.add("店长", StaffRole.OWNER, login="owner", password="owner-pw-1")
        staff.add("李四", StaffRole.ADVISOR, login="lisi", password="lisi-pw-1")
    finally:
        opened.close()
    return path


def _customers(path) -> int:
    opened = open_book(path)
    try:
        return opened.customers.count()
    finally:
        opened.close()


def test_import_prints_the_counts_and_a_second_run_creates_nobody(cli, capsys, book, tmp_path):
    sheet = tmp_path / "in.xlsx"
    write_dirty_xlsx(sheet, [*PEOPLE, BAD, PEOPLE[0]])
    status, out, err = cli("import", "--db", str(book), "--file", str(sheet), capsys=capsys)
    assert status == 0, err
    assert "Rows in: 10 = created 8 + updated 0 + unchanged 0 + skipped as duplicates 1 + rejected 1" in out
    assert "Row " in err and "Mobile" in err  # the rejected row and why
    assert "before is kept in" in out
    assert _customers(book) == 8
    status, out, _ = cli("import", "--db", str(book), "--file", str(sheet), capsys=capsys)
    assert status == 0 and "created 0 + updated 0 + unchanged 8 + skipped as duplicates 1" in out
    assert _customers(book) == 8


def test_dry_run_writes_nothing(cli, capsys, book, tmp_path):
    sheet = tmp_path / "in.csv"
    write_dirty_csv(sheet, PEOPLE)
    before = contents(book)
    status, out, _ = cli("import", "--db", str(book), "--file", str(sheet), "--dry-run",
                         capsys=capsys)
    assert status == 0 and "created 8" in out and "nothing was written" in out
    assert contents(book) == before


def test_rejected_rows_go_to_the_errors_workbook(cli, capsys, book, tmp_path):
    sheet = tmp_path / "in.xlsx"
    write_dirty_xlsx(sheet, [PEOPLE[0], BAD])
    errors = tmp_path / "rejected.xlsx"
    status, out, _ = cli("import", "--db", str(book), "--file", str(sheet), "--errors",
                         str(errors), capsys=capsys)
    assert status == 0 and str(errors) in out
    rows = list(openpyxl.load_workbook(errors).active.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[0][-1] == "Why it was rejected"
    assert rows[1][0] == "号码不对" or "号码不对" in rows[1]
    assert "Mobile" in rows[1][-1]


def test_skip_and_a_mapping_file(cli, capsys, book, tmp_path):
    sheet = tmp_path / "in.xlsx"
    write_dirty_xlsx(sheet, PEOPLE[:3])
    assert cli("import", "--db", str(book), "--file", str(sheet), capsys=capsys)[0] == 0
    status, out, _ = cli("import", "--db", str(book), "--file", str(sheet),
                         "--on-duplicate", "skip", capsys=capsys)
    assert status == 0 and "skipped as duplicates 3" in out
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"联系地址": None, "2": "phone"}), encoding="utf-8")
    status, out, err = cli("import", "--db", str(book), "--file", str(sheet), "--mapping",
                           str(mapping), "--dry-run", capsys=capsys)
    assert status == 0, err
    assert "Address" not in out.splitlines()[0]  # the address column left out


@pytest.mark.parametrize("args, words", [
    (["--on-duplicate", "merge"], "invalid choice"),
    (["--mapping", "missing.json"], "could not be read"),
    (["--errors", "out.csv"], "must end in .xlsx"),
])
def test_bad_arguments_exit_2(cli, capsys, book, tmp_path, args, words):
    sheet = tmp_path / "in.xlsx"
    write_dirty_xlsx(sheet, PEOPLE[:2])
    before = contents(book)
    status, _, err = cli("import", "--db", str(book), "--file", str(sheet), *args,
                         capsys=capsys)
    assert status == 2 and words in err
    assert contents(book) == before


def test_a_mapping_naming_no_field_exits_2(cli, capsys, book, tmp_path):
    sheet = tmp_path / "in.xlsx"
    write_dirty_xlsx(sheet, PEOPLE[:2])
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"联系地址": "shoe_size"}), encoding="utf-8")
    status, _, err = cli("import", "--db", str(book), "--file", str(sheet), "--mapping",
                         str(mapping), capsys=capsys)
    assert status == 2 and "shoe_size is not a field" in err


def test_refusals_exit_1_and_change_nothing(cli, capsys, book, tmp_path, monkeypatch):
    before = contents(book)
    status, _, err = cli("import", "--db", str(book), "--file", str(tmp_path / "none.xlsx"),
                         capsys=capsys)
    assert status == 1 and "not there" in err
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    status, _, err = cli("import", "--db", str(book), "--file", str(old), capsys=capsys)
    assert status == 1 and ".xlsx" in err
    sheet = tmp_path / "in.xlsx"
    write_dirty_xlsx(sheet, PEOPLE[:2])
    monkeypatch.setenv("GUANXI_USER", "lisi")
    monkeypatch.setenv("GUANXI_PASSWORD", "lisi-pw-1")
    status, _, err = cli("import", "--db", str(book), "--file", str(sheet), capsys=capsys)
    assert status == 1 and "only these roles may" in err
    assert contents(book) == before
    assert "Traceback" not in err
