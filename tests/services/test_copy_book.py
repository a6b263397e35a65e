"""`copy_book`: a whole book to an empty place (a new file, an empty PostgreSQL database)
and back, checked table by table; nothing is left at the place copied to when it fails.

The demo book copied from is a real SQLite file on both runs (made before the PostgreSQL
run maps new book paths to server databases); a file copied to is always a file."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date

import pytest
from sqlalchemy import create_engine, inspect, text

from app.db.migrate import head_revision
from app.domain.dashboard_records import DashboardQuery
from app.domain.errors import BookError
from app.domain.records import CustomerInput
from app.services.admin.book import open_book
from app.services.admin.copy import STARTED_AFRESH, copy_book

TODAY = date(2026, 6, 15)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """A 300-customer demo book file (made before any test maps paths to a server)."""
    from app.demo.generator import generate_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    generate_demo(f"sqlite:///{path}", 300, seed=3, today=TODAY)  # a file on either run
    services = open_book(f"sqlite:///{path}")
    try:  # the dashboard keeps the lapsed figures of the months over (lapsed_month_ends)
        services.dashboard.lapsed(DashboardQuery(date(2026, 1, 1), TODAY), TODAY)
    finally:
        services.close()
    return path


def digests(report) -> dict[str, tuple[int, str]]:
    return {t.name: (t.rows, t.digest) for t in report.tables if t.copied}


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def in_file(path, sql: str, *params) -> list[tuple]:
    """One statement run straight on a book file by sqlite3 (not the program), committed."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def a_customer(path) -> tuple[int, str, str]:
    """(id, name, phone digits) of the book's first customer with a phone."""
    return in_file(path, "SELECT id, name, phone_digits FROM customers"
                         " WHERE phone_digits <> '' ORDER BY id LIMIT 1")[0]


def server_tables(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return sorted(inspect(conn).get_table_names())
    finally:
        engine.dispose()


# ---------------------------------------------------------------- to a file (both runs)
def test_a_file_copy_holds_every_row_and_the_program_opens_and_searches_it(demo_file, tmp_path):
    target = tmp_path / "copy" / "book.db"
    report = copy_book(demo_file, target)

    assert leftovers(target.parent) == ["book.db"]  # no partial file, no -wal beside it
    rows = {t.name: t.rows for t in report.tables}
    for name, count in rows.items():
        if name not in STARTED_AFRESH:
            assert in_file(demo_file, f'SELECT count(*) FROM "{name}"') == [(count,)]
    assert rows["customers"] == 300 and rows["service_visits"] > 0
    # the stored month-end figures are copied, not wiped by the visits coming in after them
    assert rows["lapsed_month_ends"] == 5
    # the same rows again from the copy: the same hashes
    again = copy_book(target, tmp_path / "again.db")
    assert digests(again) == digests(report)

    services = open_book(target)
    try:
        assert services.upgraded_from is None  # already at head
        first, _name, digits = a_customer(demo_file)
        assert first in services.customers.search_ids(digits[3:9])  # the search index too
        added = services.customers.create(CustomerInput(name="新客户", phone="13800138000"))
        assert added.id == 301
    finally:
        services.close()


def test_a_file_that_exists_is_refused_and_left_as_it_was(demo_file, tmp_path):
    target = tmp_path / "taken.db"
    target.write_bytes(b"something of the person's")
    with pytest.raises(BookError) as refused:
        copy_book(demo_file, target)
    assert refused.value.code == "copy_target_not_empty"
    assert target.read_bytes() == b"something of the person's"
    assert leftovers(tmp_path) == ["taken.db"]


def test_stopped_half_way_no_file_is_left(demo_file, tmp_path):
    class Stop(Exception):
        pass

    def progress(stage, table, done, total):
        if stage == "copy" and table == "service_visits" and done > 0:
            raise Stop

    with pytest.raises(Stop):
        copy_book(demo_file, tmp_path / "book.db", progress)
    assert leftovers(tmp_path) == []


def test_a_book_of_an_earlier_schema_is_refused_to_be_opened_once_first(demo_file, tmp_path):
    older = tmp_path / "older.db"
    shutil.copyfile(demo_file, older)
    # (migration 0009 changes nothing in a file)
    in_file(older, "UPDATE alembic_version SET version_num = '0008'")
    with pytest.raises(BookError) as refused:
        copy_book(older, tmp_path / "copy.db")
    assert (refused.value.code, refused.value.detail) == ("copy_source_old", "0008")
    assert leftovers(tmp_path) == ["older.db"]
    # read, never upgraded
    assert in_file(older, "SELECT version_num FROM alembic_version") == [("0008",)]


def test_a_broken_link_in_the_source_leaves_no_file(demo_file, tmp_path):
    broken = tmp_path / "broken.db"
    shutil.copyfile(demo_file, broken)
    # a visit of a car that is not in the book
    in_file(broken, "UPDATE service_visits SET vehicle_id = 999999 WHERE id = 5")
    with pytest.raises(BookError) as refused:
        copy_book(broken, tmp_path / "copy.db")
    assert refused.value.code == "copy_failed"
    assert refused.value.detail.startswith("service_visits")
    assert leftovers(tmp_path) == ["broken.db"]


# ---------------------------------------------------------------- a server (PostgreSQL run)
@pytest.mark.postgresql_only
def test_file_to_server_and_back_gives_the_same_hashes_and_a_working_book(
        demo_file, tmp_path, empty_server_database):
    to_server = copy_book(demo_file, empty_server_database)
    back = copy_book(empty_server_database, tmp_path / "back.db")
    assert digests(back) == digests(to_server)
    assert {t.name for t in to_server.tables if not t.copied} == STARTED_AFRESH
    assert digests(to_server)["lapsed_month_ends"][0] == 5

    first, name, digits = a_customer(demo_file)
    for place in (empty_server_database, tmp_path / "back.db"):
        services = open_book(place)
        try:
            assert services.book.dialect.name == ("sqlite" if place == tmp_path / "back.db"
                                                  else "postgresql")
            assert services.upgraded_from is None
            assert first in services.customers.search_ids(name)
            assert first in services.customers.search_ids(digits[3:9])  # the trigram index
        finally:
            services.close()


@pytest.mark.postgresql_only
def test_the_ids_go_on_after_the_copy(demo_file, empty_server_database):
    copy_book(demo_file, empty_server_database)
    [(last_customer,)] = in_file(demo_file, "SELECT max(id) FROM customers")
    services = open_book(empty_server_database)
    try:
        added = services.customers.create(CustomerInput(name="新客户", phone="13800138000"))
        assert added.id == last_customer + 1
    finally:
        services.close()
    engine = create_engine(empty_server_database)
    try:
        with engine.begin() as conn:  # every table's next id is past the copied ones
            for table in ("staff", "tags", "vehicles", "service_visits", "visit_items",
                          "interactions", "follow_ups", "reminder_marks", "vehicle_changes"):
                top = conn.execute(text(f"SELECT coalesce(max({'seq' if table == 'vehicle_changes' else 'id'}), 0) FROM {table}")).scalar()
                nxt = conn.execute(text(
                    f"SELECT nextval(pg_get_serial_sequence('{table}', "
                    f"'{'seq' if table == 'vehicle_changes' else 'id'}'))")).scalar()
                assert nxt > top, table
            # the triggers are on again: the new customer moved the counter
            assert conn.execute(text("SELECT n FROM change_counts"
                                     " WHERE topic = 'reminder_sources'")).scalar() > 0
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() \
                == head_revision()
    finally:
        engine.dispose()


@pytest.mark.postgresql_only
def test_a_database_with_tables_is_refused_and_left_as_it_was(demo_file, empty_server_database):
    engine = create_engine(empty_server_database)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE notes (line text)"))
            conn.execute(text("INSERT INTO notes VALUES ('keep me')"))
        with pytest.raises(BookError) as refused:
            copy_book(demo_file, empty_server_database)
        assert refused.value.code == "copy_target_not_empty"
        with engine.connect() as conn:
            assert conn.execute(text("SELECT line FROM notes")).scalars().all() == ["keep me"]
    finally:
        engine.dispose()
    assert server_tables(empty_server_database) == ["notes"]


@pytest.mark.postgresql_only
def test_a_row_the_server_refuses_leaves_the_database_empty(demo_file, tmp_path,
                                                             empty_server_database):
    odd = tmp_path / "odd.db"
    shutil.copyfile(demo_file, odd)
    # SQLite keeps a NUL in a text (the program refuses one; another program need not)
    in_file(odd, "UPDATE customers SET name = ? WHERE id = 250", "王\x00五")
    with pytest.raises(BookError) as refused:
        copy_book(odd, empty_server_database)
    assert refused.value.code == "copy_failed"
    assert refused.value.detail.startswith("customers: ")
    assert server_tables(empty_server_database) == []


@pytest.mark.postgresql_only
def test_stopped_half_way_the_database_is_left_empty(demo_file, empty_server_database):
    def progress(stage, table, done, total):
        if stage == "check" and table == "visit_items":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        copy_book(demo_file, empty_server_database, progress)
    assert server_tables(empty_server_database) == []
