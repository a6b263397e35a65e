"""The SQL that differs by database, asked of the book's dialect (a real SQLite book here)."""

from sqlalchemy import select

from app.db.dialect import PostgreSQLDialect, SQLiteDialect
from app.db.models import Customer
from app.domain.records import CustomerInput


def test_the_book_knows_its_dialect_and_what_it_offers(services):
    dialect = services.book.dialect
    if services.book.path is None:  # the PostgreSQL run: a book on the server
        assert isinstance(dialect, PostgreSQLDialect)
        # the trigram index is walked by a plain LIKE (no FTS5 form); the triggers of
        # migration 0009 keep the reminder copy and the month ends current
        assert not dialect.has_search_index and not dialect.can_be_damaged
        assert dialect.keeps_reminder_copy and dialect.keeps_month_ends
        return
    assert isinstance(dialect, SQLiteDialect)
    assert dialect.has_search_index and dialect.keeps_reminder_copy and dialect.can_be_damaged


def test_string_agg_joins_as_python_joins(services):
    names = ["王芳", "李雷", "韩梅梅"]
    for i, name in enumerate(names):
        services.customers.create(CustomerInput(name=name, phone=f"1380000{i:04d}"))
    dialect = services.book.dialect
    ordered = select(Customer.name).order_by(Customer.id).limit(dialect.unlimited()).subquery()
    with services.book.reading() as s:
        joined = s.execute(select(dialect.string_agg(ordered.c.name, "、"))).scalar()
    assert sorted(joined.split("、")) == sorted(names)


def test_a_sound_book_has_no_integrity_problems(services):
    with services.book.reading() as s:
        assert services.book.dialect.integrity_problems(s) == []


def test_the_services_leave_what_differs_by_database_to_the_dialect():
    """SQLite-only SQL lives in app/db/dialect.py; the services ask it. (A SQLite backup file
    and SQLite's error codes are SQLite's by nature: backups.py and errors.py keep theirs;
    copy.py moves a book between the two, so it names both.)"""
    from pathlib import Path

    import app.services

    root = Path(app.services.__file__).parent
    words = ("is_sqlite", "PRAGMA", "group_concat", "json_group_array", "customer_fts",
             "INDEXED BY")
    found = {}
    for path in sorted(root.rglob("*.py")):
        if path.name in ("backups.py", "errors.py", "copy.py"):
            continue
        text = path.read_text(encoding="utf-8")
        hits = [w for w in words if w in text]
        if hits:
            found[str(path.relative_to(root))] = hits
    assert found == {}


def test_among_finds_the_same_rows_as_an_in_list(services):
    """`among` binds any number of ids as one value (a JSON array, a server array): what it
    finds is what a plain IN list finds, none for no ids, and more ids than an IN list of
    SQLite's old limit of 999 bound values."""
    ids = [services.customers.create(CustomerInput(name=f"客户{i}", phone=f"1390000{i:04d}")).id
           for i in range(5)]
    dialect = services.book.dialect
    asked = [ids[0], ids[3], -7, *range(10**6, 10**6 + 1500)]  # with ids no customer has
    with services.book.reading() as s:
        found = set(s.scalars(select(Customer.id).where(dialect.among(Customer.id, asked))))
        assert found == set(s.scalars(select(Customer.id).where(Customer.id.in_(asked))))
        assert found == {ids[0], ids[3]}
        assert list(s.scalars(select(Customer.id).where(dialect.among(Customer.id, [])))) == []
