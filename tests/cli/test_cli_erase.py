"""`guanxi privacy erase --customer N --reason TEXT [--yes]`: asks on a terminal, refuses
without a terminal unless --yes, needs an owner when someone signs in."""

import sys

import pytest
from argon2 import PasswordHasher

from app.domain.enums import StaffRole
from app.domain.records import CustomerInput
from app.services.admin.book import open_book
from app.services.admin.passwords import Passwords
from app.services.admin.staff import StaffService
from tests.postgres.books import address

CHEAP = Passwords(PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))


@pytest.fixture
def book(tmp_path, monkeypatch):
    for name in ("GUANXI_USER", "GUANXI_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("GUANXI_USER", "owner")  # (a book with accounts: the owner erases)
    monkeypatch.setenv("GUANXI_PASSWORD", "owner-pw-1")
    services = open_book(tmp_path / "book.db")
    try:
        staff = StaffService(services.book, CHEAP)
        staff.add("店长", StaffRole.OWNER, login="owner", password="owner-pw-1")
        staff.add("李四", StaffRole.ADVISOR, login="lisi", password="lisi-pw-1")
        made = services.customers.create(CustomerInput(name="张三", phone="13800138000"))
    finally:
        services.close()
    return address(tmp_path / "book.db"), made.id


def name_of(db, customer_id):
    services = open_book(db)
    try:
        return services.customers.get(customer_id).name
    finally:
        services.close()


def test_erased_with_yes(cli, capsys, book):
    db, cid = book
    status, out, err = cli("privacy", "erase", "--db", db, "--customer", str(cid),
                           "--reason", "asked in writing", "--yes", capsys=capsys)
    assert status == 0, err
    assert f"Customer {cid} erased" in out and "Backups taken before" in out
    assert name_of(db, cid) == f"#{cid}"


def test_without_a_terminal_nothing_is_erased_unless_yes(cli, capsys, book, monkeypatch):
    db, cid = book
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    status, _, err = cli("privacy", "erase", "--db", db, "--customer", str(cid),
                         "--reason", "asked", capsys=capsys)
    assert status == 2 and "--yes" in err
    assert name_of(db, cid) == "张三"


def test_on_a_terminal_it_asks_first(cli, capsys, book, monkeypatch):
    db, cid = book
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    asked = []
    answers = iter(["no", "yes"])
    monkeypatch.setattr("builtins.input", lambda q: asked.append(q) or next(answers))
    status, _, err = cli("privacy", "erase", "--db", db, "--customer", str(cid),
                         "--reason", "asked", capsys=capsys)
    assert status == 1 and "Nothing was erased" in err
    assert "张三" in asked[0] and "backups taken before" in asked[0]
    assert name_of(db, cid) == "张三"
    status, _, err = cli("privacy", "erase", "--db", db, "--customer", str(cid),
                         "--reason", "asked", capsys=capsys)
    assert status == 0, err
    assert name_of(db, cid) == f"#{cid}"


def test_a_signed_in_advisor_is_refused_and_the_owner_may(cli, capsys, book, monkeypatch):
    db, cid = book
    monkeypatch.setenv("GUANXI_PASSWORD", "lisi-pw-1")
    status, _, err = cli("--user", "lisi", "privacy", "erase", "--db", db, "--customer", str(cid),
                         "--reason", "asked", "--yes", capsys=capsys)
    assert status == 1 and "owner" in err.lower()
    assert name_of(db, cid) == "张三"
    monkeypatch.setenv("GUANXI_PASSWORD", "owner-pw-1")
    status, _, err = cli("--user", "owner", "privacy", "erase", "--db", db, "--customer",
                         str(cid), "--reason", "asked", "--yes", capsys=capsys)
    assert status == 0, err
    assert name_of(db, cid) == f"#{cid}"


def test_an_unknown_customer_and_an_empty_reason_are_told(cli, capsys, book):
    db, cid = book
    status, _, err = cli("privacy", "erase", "--db", db, "--customer", "999", "--reason", "x",
                         "--yes", capsys=capsys)
    assert status == 1 and "no customer number 999" in err
    status, _, err = cli("privacy", "erase", "--db", db, "--customer", str(cid), "--reason", " ",
                         "--yes", capsys=capsys)
    assert status == 2 and "--reason" in err
