"""Upgrades keep the data: child rows survive a parent rebuild, failures change nothing."""

import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.db.engine import Book
from app.db.migrate import head_revision, upgrade_book
from app.domain.errors import BookError
from app.services.customers.cards import CustomerService
from tests.migrations.book_files import fill_book, row_counts, schema_of, version_of, write_scripts

# SQLite's table rebuilds (batch mode) and its foreign-key pragma (on both engines: test_upgrades_on_both_engines.py)
pytestmark = pytest.mark.sqlite_only

REBUILD_CUSTOMERS = """
with op.batch_alter_table("customers", recreate="always") as b:
    b.add_column(sa.Column("test_col", sa.String(10)))
"""


def columns_of(path, table: str) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
    finally:
        conn.close()


# ------------------------------------------------------------ rebuild of a parent table
@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory):
    """A filled book upgraded by a revision that rebuilds the customers table.

    Shared by the tests below, which only read it (or try writes that must fail).
    """
    directory = tmp_path_factory.mktemp("rebuilt")
    path = fill_book(directory / "book.db")
    before = row_counts(path)
    book = Book(path)
    try:
        result = upgrade_book(book, script_location=write_scripts(directory, REBUILD_CUSTOMERS))
    finally:
        book.dispose()
    return path, before, result


def test_rebuilding_customers_keeps_every_child_row(rebuilt):
    path, before, result = rebuilt
    assert (result.from_revision, result.to_revision) == (head_revision(), "9999")
    assert "test_col" in columns_of(path, "customers")
    assert version_of(path) == "9999"
    after = row_counts(path)
    assert after == before
    for child in ("vehicles", "vehicle_ownerships", "interactions", "customer_tags"):
        assert after[child] > 0, child


def test_rebuilding_customers_keeps_child_links_and_referrals(rebuilt):
    path, _, _ = rebuilt
    conn = sqlite3.connect(path)
    try:
        owners = conn.execute(
            "SELECT count(*) FROM vehicles v JOIN customers c ON c.id = v.owner_id"
        ).fetchone()[0]
        referred = conn.execute(
            "SELECT count(*) FROM customers WHERE referred_by_id IS NOT NULL"
        ).fetchone()[0]
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()
    assert owners == 2
    assert referred == 1
    assert problems == []


def test_foreign_keys_are_enforced_after_the_upgrade(rebuilt):
    path, _, _ = rebuilt
    book = Book(path)
    try:
        with book.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            refs = {r[2] for r in conn.exec_driver_sql("PRAGMA foreign_key_list(vehicles)")}
            assert refs == {"customers"}
        with pytest.raises(IntegrityError), book.writing() as session:
            session.execute(
                text("INSERT INTO vehicles (owner_id, make, model, trim, plate, colour, "
                     "purchase_type, notes, version) "
                     "VALUES (424242, '', 'ghost', '', '', '', 'new_here', '', 1)")
            )
        with pytest.raises(IntegrityError), book.writing() as session:
            session.execute(
                text("INSERT INTO customer_tags (customer_id, tag_id) VALUES (424242, 1)")
            )
    finally:
        book.dispose()


def test_the_upgrading_connection_has_foreign_keys_back_on(filled_book, scripts_with):
    book = Book(filled_book)
    try:
        upgrade_book(book, script_location=scripts_with(REBUILD_CUSTOMERS))
        with book.engine.connect() as conn:  # the pooled connection the upgrade used
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        book.dispose()


def test_search_still_works_after_the_rebuild(rebuilt):
    path, _, _ = rebuilt
    book = Book(path)
    try:
        customers = CustomerService(book)
        assert len(customers.search_ids("zhangsan")) == 1
        assert len(customers.search_ids("京A12345")) == 1
        assert customers.card(customers.search_ids("zs")[0]).customer.tags == ("VIP", "车队")
    finally:
        book.dispose()


def test_a_backup_with_the_old_schema_is_written_before_the_upgrade(rebuilt):
    path, before, result = rebuilt
    assert result.backup is not None
    assert result.backup.exists()
    assert result.backup.parent == path.parent
    assert result.backup.name.startswith("book.db.before-9999-")
    assert "test_col" not in columns_of(result.backup, "customers")
    assert version_of(result.backup) == head_revision()
    assert row_counts(result.backup) == before
    conn = sqlite3.connect(result.backup)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


# ------------------------------------------------------------ failed upgrades
FAILING_REVISIONS = {
    "add_column_then_fail": """
op.add_column("customers", sa.Column("test_col", sa.String(10)))
raise RuntimeError("migration 9999 broke half-way")
""",
    "rebuild_customers_then_fail": REBUILD_CUSTOMERS
    + """
op.execute("DELETE FROM interactions")
raise RuntimeError("migration 9999 broke half-way")
""",
}


@pytest.mark.parametrize("body", FAILING_REVISIONS.values(), ids=FAILING_REVISIONS.keys())
def test_a_failed_migration_leaves_the_book_exactly_as_it_was(filled_book, scripts_with, body):
    schema_before = schema_of(filled_book)
    rows_before = row_counts(filled_book)
    book = Book(filled_book)
    try:
        with pytest.raises(BookError) as caught:
            upgrade_book(book, script_location=scripts_with(body))
    finally:
        book.dispose()
    assert caught.value.code == "upgrade_failed"
    assert "broke half-way" in caught.value.detail
    assert schema_of(filled_book) == schema_before
    assert row_counts(filled_book) == rows_before
    assert version_of(filled_book) == head_revision()


def test_after_a_failed_migration_the_books_connections_enforce_foreign_keys(
    filled_book, scripts_with
):
    book = Book(filled_book)
    try:
        with pytest.raises(BookError):
            upgrade_book(book, script_location=scripts_with(FAILING_REVISIONS["add_column_then_fail"]))
        with book.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        book.dispose()
