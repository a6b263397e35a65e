"""`guanxi check --user LOGIN`: the person signs in first (the book opened only to read);
a refusal ends the command before anything is checked."""

from __future__ import annotations

import pytest

from app.domain.enums import StaffRole
from app.services.admin.book import open_book
from app.services.admin.staff import StaffService
from tests.cli.test_cli_staff import CHEAP, OWNER_PASSWORD


@pytest.fixture
def signed_book(tmp_path, monkeypatch):
    """A book with an owner (login "owner")."""
    for name in ("GUANXI_USER", "GUANXI_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "book.db"
    opened = open_book(path)
    try:
        owner = StaffService(opened.book, CHEAP).add("店长", StaffRole.OWNER, login="owner",
                                                     password=OWNER_PASSWORD)
    finally:
        opened.close()
    return path, owner


def test_check_with_a_user_signs_in_first(cli, capsys, signed_book, monkeypatch):
    path, _owner = signed_book
    monkeypatch.setenv("GUANXI_PASSWORD", OWNER_PASSWORD)
    status, out, err = cli("--user", "owner", "check", "--db", str(path), capsys=capsys)
    assert status == 0, err
    assert "OK: the book is sound." in out


def test_check_with_a_wrong_password_is_refused(cli, capsys, signed_book, monkeypatch):
    path, _owner = signed_book
    monkeypatch.setenv("GUANXI_PASSWORD", "not-the-one")
    status, out, err = cli("--user", "owner", "check", "--db", str(path), capsys=capsys)
    assert status == 1
    assert err.strip() == "The login or the password is not right."
    assert "OK" not in out and "not-the-one" not in out + err


def test_check_without_a_user_asks_nobody(cli, capsys, signed_book):
    path, _owner = signed_book
    status, out, err = cli("check", "--db", str(path), capsys=capsys)
    assert status == 0, err
    services = open_book(path)
    try:  # (nothing was written by the check: no sign-in noted)
        assert [e.action for e in services.audit.entries(action="sign_in")] == []
    finally:
        services.close()
