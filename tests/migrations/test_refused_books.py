"""Files the program must refuse to open, and must not change while refusing."""

import os
import sqlite3

import pytest

from app.domain.errors import BookError
from app.domain.records import CustomerInput
from app.services.admin.book import check_book, open_book
from tests.migrations.book_files import schema_of, sha256, version_of

# files that are not books, left byte for byte (a server's foreign tables: test_upgrades_on_both_engines.py)
pytestmark = pytest.mark.sqlite_only


def refusal(path, **kwargs) -> BookError:
    with pytest.raises(BookError) as caught:
        open_book(path, **kwargs)
    return caught.value


def test_book_from_a_newer_program_is_refused_and_left_byte_for_byte(tmp_path):
    path = tmp_path / "newer.db"
    open_book(path).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dcafe9999'")
    conn.close()
    before = sha256(path)

    error = refusal(path)

    assert error.code == "schema_newer"
    assert error.detail == "f00dcafe9999"
    assert sha256(path) == before
    assert version_of(path) == "f00dcafe9999"
    assert not list(tmp_path.glob("*.bak"))  # refused before any backup or upgrade


def other_programs_database(path):
    conn = sqlite3.connect(path)  # default rollback journal, as most programs leave it
    with conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        conn.execute("INSERT INTO invoices (total) VALUES (12.5), (99.0)")
    conn.close()


def test_another_programs_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "accounts.db"
    other_programs_database(path)
    schema_before = schema_of(path)

    error = refusal(path)

    assert error.code == "not_a_guanxi_book"
    assert "invoices" in error.detail
    assert schema_of(path) == schema_before  # no alembic_version, no customers table added


def test_another_programs_sqlite_database_is_left_byte_for_byte(tmp_path):
    path = tmp_path / "accounts.db"
    other_programs_database(path)
    before = sha256(path)

    refusal(path)

    assert sha256(path) == before


def test_random_bytes_are_refused_as_not_a_book_and_left_unchanged(tmp_path):
    path = tmp_path / "photo.db"
    path.write_bytes(os.urandom(16384))
    before = sha256(path)

    error = refusal(path)

    assert error.code == "not_a_book"
    assert sha256(path) == before


def test_a_directory_is_refused_as_not_a_book(tmp_path):
    assert refusal(tmp_path).code == "not_a_book"


def test_missing_book_is_refused_when_creating_is_not_allowed(tmp_path):
    path = tmp_path / "nowhere.db"
    assert refusal(path, create=False).code == "missing"
    assert not path.exists()


def to_rollback_journal(path):
    """The book as a copy made by other tools may leave it: rollback journal, not WAL."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
    finally:
        conn.close()


def test_newer_book_in_rollback_journal_mode_is_refused_byte_for_byte(tmp_path):
    path = tmp_path / "newer.db"
    open_book(path).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dcafe9999'")
    conn.close()
    to_rollback_journal(path)
    before = sha256(path)

    assert refusal(path).code == "schema_newer"
    assert sha256(path) == before


def test_own_book_in_rollback_journal_mode_still_opens(tmp_path):
    path = tmp_path / "copy.db"
    services = open_book(path)
    services.customers.create(CustomerInput(name="张三"))
    services.close()
    to_rollback_journal(path)

    services = open_book(path)
    try:
        assert services.customers.count() == 1
        assert services.customers.search_ids("zs") != []
    finally:
        services.close()


def test_an_empty_file_is_refused_not_silently_made_a_new_book(tmp_path):
    path = tmp_path / "new.db"
    path.touch()

    error = refusal(path)

    assert error.code == "empty_file"
    assert path.stat().st_size == 0  # nothing written to a file not recognised
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.db"]


def test_check_book_leaves_another_programs_database_byte_for_byte(tmp_path):
    path = tmp_path / "accounts.db"
    other_programs_database(path)
    before = sha256(path)

    report = check_book(path)

    assert report.ok is False
    assert report.problems[0].startswith("not_a_guanxi_book")
    assert sha256(path) == before
