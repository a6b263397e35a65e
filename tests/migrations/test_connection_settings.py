"""SQLite connection settings, and when a unit of work takes the write lock."""

import sqlite3

import pytest
from sqlalchemy import select

from app.db.engine import BUSY_TIMEOUT_MS, Book
from app.db.models import Customer
from app.services.admin.book import open_book

# SQLite's connection settings (WAL, busy timeout, BEGIN IMMEDIATE)
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def book(tmp_path):
    open_book(tmp_path / "book.db").close()
    opened = Book(tmp_path / "book.db")
    yield opened
    opened.dispose()


def other_desk(book) -> sqlite3.Connection:
    """A second, independent connection to the same file that waits at most 0.1 s."""
    return sqlite3.connect(book.path, timeout=0.1, isolation_level=None)


def test_connections_use_wal_foreign_keys_and_a_busy_timeout(book):
    with book.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_MS
    assert BUSY_TIMEOUT_MS >= 1000


def test_the_book_file_itself_is_in_wal_mode(book):
    with book.engine.connect():
        pass
    conn = sqlite3.connect(book.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_a_write_unit_of_work_holds_the_write_lock_from_its_begin(book):
    desk = other_desk(book)
    try:
        with book.writing() as session:
            session.execute(select(Customer.id)).all()  # only a read so far
            with pytest.raises(sqlite3.OperationalError, match="database is locked"):
                desk.execute("BEGIN IMMEDIATE")
        desk.execute("BEGIN IMMEDIATE")  # released at the end of the unit of work
        desk.execute("ROLLBACK")
    finally:
        desk.close()


def test_a_read_unit_of_work_does_not_block_writers(book):
    desk = other_desk(book)
    try:
        with book.reading() as session:
            session.execute(select(Customer.id)).all()
            desk.execute("BEGIN IMMEDIATE")
            desk.execute("ROLLBACK")
    finally:
        desk.close()


def test_a_write_unit_of_work_is_rolled_back_whole_on_error(book):
    with pytest.raises(RuntimeError), book.writing() as session:
        session.add(Customer(name="张三", version=1))
        session.flush()
        raise RuntimeError("the desk crashed")
    with book.reading() as session:
        assert session.execute(select(Customer.id)).all() == []
