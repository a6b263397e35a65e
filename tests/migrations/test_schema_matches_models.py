"""Upgrading an empty database to head gives exactly the models' schema."""

import ast

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from app.db import models  # noqa: F401  (registers the tables on Base.metadata)
from app.db.base import Base
from app.db.engine import Book
from app.db.migrate import head_revision, upgrade_book
from tests.migrations.book_files import MIGRATIONS_DIR


def env_include_object(name="include_object"):
    """migrations/env.py's own include_object (or compare_type), and the names it uses,
    without running env.py."""
    env_py = MIGRATIONS_DIR / "env.py"
    tree = ast.parse(env_py.read_text(encoding="utf-8"))
    wanted = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            wanted.append(node)
        elif isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id.isupper() for t in node.targets
        ):
            wanted.append(node)
    namespace: dict = {}
    exec(compile(ast.Module(body=wanted, type_ignores=[]), str(env_py), "exec"), namespace)
    return namespace[name]


@pytest.fixture
def migrated_engine(empty_database):
    url = empty_database()
    book = Book(url)
    result = upgrade_book(book)
    book.dispose()
    assert result.from_revision is None
    assert result.to_revision == head_revision()
    assert result.backup is None  # nothing to back up in a new book
    engine = create_engine(url)
    yield engine
    engine.dispose()


def differences(engine, **opts):
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, **opts})
        return compare_metadata(context, Base.metadata)


def test_upgraded_empty_book_has_exactly_the_models_schema(migrated_engine):
    found = differences(
        migrated_engine, include_object=env_include_object(), compare_server_default=True,
        compare_type=env_include_object("compare_type"),
    )
    assert found == []


@pytest.mark.postgresql_only
def test_on_a_server_only_the_trigram_index_is_left_out_and_text_has_no_length_limit(
        migrated_engine):
    unfiltered = differences(migrated_engine, compare_type=env_include_object("compare_type"))
    assert sorted((d[0], d[1].name) for d in unfiltered) == [
        ("remove_index", "ix_customer_search_further_trgm"),
        ("remove_index", "ix_customer_search_keys_trgm")]
    # every text column compares by code point, with no limit of its own (migration 0009)
    with migrated_engine.connect() as conn:
        limited = conn.exec_driver_sql(
            "SELECT table_name, column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND data_type IN ('character varying', 'text')"
            " AND (collation_name IS DISTINCT FROM 'C' OR character_maximum_length IS NOT NULL)"
        ).fetchall()
    assert limited == []
    # and the plain comparison (lengths too) finds only the lengths the models name
    lengths = differences(migrated_engine)
    assert lengths and all(d[0][0] == "modify_type" for d in lengths if isinstance(d, list))


@pytest.mark.sqlite_only
def test_only_the_sqlite_search_index_tables_are_left_out_of_the_comparison(migrated_engine):
    tables = set(inspect(migrated_engine).get_table_names())
    extra = tables - set(Base.metadata.tables) - {"alembic_version"}
    assert extra and all(name.startswith("customer_fts") for name in extra)
    # without the filter those, and only those, would show up as differences
    unfiltered = differences(migrated_engine)
    assert {d[1].name for d in unfiltered if d[0] == "remove_table"} == extra
    assert all(d[0] == "remove_table" for d in unfiltered)


def test_program_knows_its_newest_revision_without_alembic():
    from app.db.migrate import HEAD_REVISION, alembic_head

    assert HEAD_REVISION == alembic_head()
