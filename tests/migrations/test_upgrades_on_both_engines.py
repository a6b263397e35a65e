"""The migrations on whichever engine this run uses (a SQLite file, or a PostgreSQL
server with GUANXI_TEST_DB): a book of every released schema, with rows in every table,
keeps every row on its way to head; a failed migration leaves a book exactly as it was; a
database holding another program's tables is refused untouched.

The old books are made here by the migrations themselves (alembic upgrade to the released
revision on an empty database), then filled with two rows per table, whatever its columns."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from alembic import command
from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    Integer,
    MetaData,
    Numeric,
    create_engine,
    insert,
    select,
    text,
)

from app.db.engine import Book
from app.db.migrate import alembic_config, head_revision, known_revisions, upgrade_book
from app.domain.errors import BookError
from app.services.admin.book import open_book
from tests.migrations.book_files import fill_book, write_scripts
from tests.postgres.books import book_rows

RELEASED = sorted(r for r in known_revisions() if r != head_revision())
# kept by the program itself, worked out again from the rest: counters moved by triggers,
# the vehicle change log, stored month-end figures (forgotten when customers change), the
# search keys (recomputed by 0007)
DERIVED = {"change_counts", "alembic_version", "vehicle_changes", "lapsed_month_ends",
           "customer_search"}
# columns worked out from the name (0007 reads every name again)
DERIVED_COLUMNS = {"name_pinyin", "name_initials"}


def _value(column, n: int):
    kind = column.type
    if isinstance(kind, Boolean):
        return n % 2 == 0
    if isinstance(kind, DateTime):
        return datetime(2024, 5, n, 9, 30)
    if isinstance(kind, Date):
        return date(2024, 5, n)
    if isinstance(kind, Integer):
        return n
    if isinstance(kind, Float | Numeric):
        return n + 0.5
    length = getattr(kind, "length", None) or 20
    return f"{column.name[:4]}{n}"[:length]


def _fill_every_table(url: str) -> dict[str, list[dict]]:
    """Two rows in every table of the schema at hand (foreign keys point at rows 1 and 2 of
    the tables they name); what was written, per table."""
    engine = create_engine(url)
    written: dict[str, list[dict]] = {}
    try:
        meta = MetaData()
        meta.reflect(engine)
        with engine.begin() as conn:
            for table in meta.sorted_tables:
                if table.name in DERIVED or table.name.startswith("customer_fts"):
                    continue
                rows = []
                for n in (1, 2):
                    row = {}
                    for column in table.columns:
                        if column.foreign_keys:
                            row[column.name] = n
                        elif column.primary_key and isinstance(column.type, Integer):
                            row[column.name] = n
                        else:
                            row[column.name] = _value(column, n)
                    rows.append(row)
                conn.execute(insert(table), rows)
                written[table.name] = rows
            if engine.dialect.name == "postgresql":  # ids written by hand: move the sequences
                for table in meta.sorted_tables:
                    for column in table.primary_key.columns:
                        if isinstance(column.type, Integer) and column.autoincrement:
                            conn.execute(text(
                                f"SELECT setval(pg_get_serial_sequence('{table.name}', "
                                f"'{column.name}'), 10)"))
    finally:
        engine.dispose()
    return written


@pytest.mark.parametrize("revision", RELEASED)
def test_a_book_of_each_released_schema_keeps_every_row_on_its_way_to_head(
        empty_database, revision):
    url = empty_database()
    book = Book(url)
    try:
        command.upgrade(alembic_config(book), revision)
    finally:
        book.dispose()
    written = _fill_every_table(url)
    assert written  # (the schema had tables to fill)

    services = open_book(url)
    try:
        engine = services.book.engine
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() \
                == head_revision()
            meta = MetaData()
            meta.reflect(conn)
            for name, rows in written.items():
                table = meta.tables[name]
                key = [c for c in table.primary_key.columns]
                found = [dict(r._mapping) for r in conn.execute(select(table).order_by(*key))]
                assert len(found) == len(rows), name
                for before, after in zip(rows, found, strict=True):
                    kept = {k: v for k, v in before.items()
                            if k in after and k not in DERIVED_COLUMNS}
                    assert {k: after[k] for k in kept} == kept, name
        # and the book works: a search, a new customer (the ids carry on)
        from app.domain.records import CustomerInput

        made = services.customers.create(CustomerInput(name="新客户"))
        assert made.id > 2
        assert made.id in services.customers.search_ids("新客户")
    finally:
        services.close()


def test_a_failed_migration_leaves_the_book_exactly_as_it_was(tmp_path, empty_database):
    url = empty_database()
    fill_book(url)
    book = Book(url)
    before = book_rows(book)
    scripts = write_scripts(tmp_path, """
        op.add_column("customers", sa.Column("loyalty_points", sa.Integer(), nullable=True))
        op.execute("UPDATE customers SET name = 'changed'")
        raise RuntimeError("the migration fails half-way")
    """)
    try:
        with pytest.raises(BookError) as raised:
            upgrade_book(book, scripts)
        assert raised.value.code == "upgrade_failed"
        assert book_rows(book) == before
        with book.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() \
                == head_revision()
            columns = conn.execute(select(text("*")).select_from(text("customers"))
                                   .limit(0)).keys()
            assert "loyalty_points" not in columns
    finally:
        book.dispose()


def test_a_database_with_another_programs_tables_is_refused_untouched(empty_database):
    url = empty_database()
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)"))
            conn.execute(text("INSERT INTO invoices VALUES (1, 300)"))
        with pytest.raises(BookError) as raised:
            open_book(url)
        assert raised.value.code == "not_a_guanxi_book"
        with engine.connect() as conn:
            from sqlalchemy import inspect

            assert inspect(conn).get_table_names() == ["invoices"]
            assert conn.execute(text("SELECT id, total FROM invoices")).all() == [(1, 300)]
    finally:
        engine.dispose()


def test_an_empty_database_gets_the_schema_on_its_first_open(empty_database):
    url = empty_database()
    services = open_book(url)
    try:
        assert services.upgraded_from is None
        assert services.staff.add("王芳").name == "王芳"
    finally:
        services.close()
