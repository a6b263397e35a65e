"""`guanxi staff list/add/deactivate` and `guanxi --user LOGIN` (GUANXI_USER, GUANXI_PASSWORD).

The accounts set up here are hashed with cheap argon2id costs (the hash carries its costs,
so the command line verifies them quickly); few sign-ins, as each costs real time."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher

from app.domain.changes import Actor
from app.domain.enums import StaffRole
from app.services.admin.book import Services, open_book
from app.services.admin.passwords import Passwords
from app.services.admin.staff import StaffService

CHEAP = Passwords(PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))
OWNER_PASSWORD = "owner-pw-1"


@pytest.fixture
def book(tmp_path, monkeypatch):
    """A book with an owner (login "owner") and an advisor without an account."""
    for name in ("GUANXI_USER", "GUANXI_PASSWORD", "GUANXI_NEW_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    # the owner signs in to every command (a book with accounts asks who is there)
    monkeypatch.setenv("GUANXI_USER", "owner")
    monkeypatch.setenv("GUANXI_PASSWORD", OWNER_PASSWORD)
    path = tmp_path / "book.db"
    opened = open_book(path)
    try:
        staff = StaffService(opened.book, CHEAP)
        owner = staff.add("店长", StaffRole.OWNER, login="owner", password=OWNER_PASSWORD)
        staff.add("李四", StaffRole.ADVISOR)
    finally:
        opened.close()
    return path, owner


def members(path):
    opened = open_book(path)
    try:
        return {m.login or m.name: m for m in opened.staff.list(active_only=False)}
    finally:
        opened.close()


def test_a_book_with_accounts_asks_who_is_there(cli, capsys, book, monkeypatch):
    path, _ = book
    monkeypatch.delenv("GUANXI_USER")
    status, out, err = cli("staff", "list", "--db", str(path), capsys=capsys)
    assert status == 2 and "--user" in err and out == ""


def test_staff_list_shows_logins_roles_phones_and_who_is_active(cli, capsys, book):
    path, _ = book
    status, out, err = cli("staff", "list", "--db", str(path), capsys=capsys)
    assert status == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["Name", "Login", "Role", "Phone", "Active"]
    assert any(line.split() == ["店长", "owner", "Owner", "active"] for line in lines)
    assert any(line.split() == ["李四", "-", "Sales", "advisor", "active"] for line in lines)


def test_staff_add_with_a_password_from_the_environment_then_deactivate(cli, capsys, book,
                                                                        monkeypatch):
    path, _ = book
    monkeypatch.setenv("GUANXI_NEW_PASSWORD", "wang-pw-1")
    status, out, err = cli("staff", "add", "--db", str(path), "--name", "王芳", "--login",
                           "wangfang", "--role", "service_advisor", "--phone", "13800138000",
                           capsys=capsys)
    assert status == 0, err
    assert "Added 王芳 (Service advisor)" in out
    made = members(path)["wangfang"]
    assert (made.role, made.phone, made.has_password) == (
        StaffRole.SERVICE_ADVISOR, "+8613800138000", True)

    status, _, err = cli("staff", "add", "--db", str(path), "--name", "王芳二", "--login",
                         "WangFang", capsys=capsys)
    assert status == 1
    assert "Login: Another staff member already signs in with this login" in err

    monkeypatch.setenv("GUANXI_NEW_PASSWORD", "short")
    status, _, err = cli("staff", "add", "--db", str(path), "--name", "赵六", "--login", "zhao",
                         capsys=capsys)
    assert status == 1 and "at least 6 characters" in err and "short" not in err
    assert "zhao" not in members(path)

    status, out, err = cli("staff", "deactivate", "--db", str(path), "--login", "wangfang",
                           capsys=capsys)
    assert status == 0, err
    assert members(path)["wangfang"].active is False
    status, _, err = cli("staff", "deactivate", "--db", str(path), "--login", "owner",
                         capsys=capsys)
    assert status == 1 and "at least one active owner" in err
    status, _, err = cli("staff", "deactivate", "--db", str(path), "--login", "nobody",
                         capsys=capsys)
    assert status == 2 and "Nobody signs in as nobody" in err


def test_user_signs_in_first_and_the_writes_are_theirs(cli, capsys, book, monkeypatch):
    path, owner = book
    actors = []
    close = Services.close

    def noting_close(self):
        actors.append(self.book.actor)
        close(self)

    monkeypatch.setattr(Services, "close", noting_close)
    monkeypatch.setenv("GUANXI_PASSWORD", OWNER_PASSWORD)
    monkeypatch.setenv("GUANXI_NEW_PASSWORD", "wang-pw-1")
    status, out, err = cli("--user", "owner", "staff", "add", "--db", str(path), "--name", "王芳",
                           "--login", "wangfang", capsys=capsys)
    assert status == 0, err
    assert actors[-1] == Actor(owner.id, "店长")

    # a wrong password: said clearly, exit 1, nothing done
    monkeypatch.setenv("GUANXI_PASSWORD", "not-the-one")
    monkeypatch.setenv("GUANXI_USER", "owner")  # standing for --user
    status, out, err = cli("staff", "deactivate", "--db", str(path), "--login", "wangfang",
                           capsys=capsys)
    assert status == 1
    assert err.strip() == "The login or the password is not right."
    assert "not-the-one" not in out + err
    assert members(path)["wangfang"].active is True


def test_a_new_password_typed_twice_must_match(cli, capsys, book, monkeypatch):
    path, _ = book
    typed = iter(["first-pw-1", "other-pw-2"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(typed))
    status, _, err = cli("staff", "add", "--db", str(path), "--name", "王芳", "--login",
                         "wangfang", capsys=capsys)
    assert status == 2 and "not the same" in err
    assert "wangfang" not in members(path)


def test_staff_handover_moves_the_customers_and_says_the_counts(cli, capsys, book, monkeypatch):
    from app.domain.records import CustomerInput

    path, _ = book
    opened = open_book(path)
    try:
        staff = StaffService(opened.book, CHEAP)
        leaver = staff.add("李静", login="lijing")
        for login in ("wanglei", "zhaomin"):
            staff.add(login, login=login, password="takes-over-1")
        for i in range(5):
            opened.customers.create(CustomerInput(name=f"客户{i}", advisor_id=leaver.id))
    finally:
        opened.close()
    status, out, err = cli("staff", "handover", "--db", str(path), "--from", "lijing",
                           "--to", "wanglei,zhaomin", "--by", "tier", capsys=capsys)
    assert status == 0, err
    assert out.splitlines() == ["Handed over from 李静: 5 customers, 0 open follow-ups.",
                                "  wanglei: 3 customers, 0 follow-ups",
                                "  zhaomin: 2 customers, 0 follow-ups"]
    # an advisor signed in may not
    monkeypatch.setenv("GUANXI_PASSWORD", "takes-over-1")
    status, out, err = cli("--user", "wanglei", "staff", "handover", "--db", str(path),
                           "--from", "zhaomin", "--to", "wanglei", capsys=capsys)
    assert status == 1 and "only these roles may: Service manager, Sales manager, Owner" in err
    monkeypatch.setenv("GUANXI_PASSWORD", OWNER_PASSWORD)
    status, out, err = cli("staff", "handover", "--db", str(path), "--from", "lijing",
                           "--to", "nobody", capsys=capsys)
    assert status == 2 and "Nobody signs in as nobody." in err
