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


def env_include_object():
    """migrations/env.py's own include_object (and the names it uses), without running env.py."""
    env_py = MIGRATIONS_DIR / "env.py"
    tree = ast.parse(env_py.read_text(encoding="utf-8"))
    wanted = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "include_object":
            wanted.append(node)
        elif isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id.isupper() for t in node.targets
        ):
            wanted.append(node)
    namespace: dict = {}
    exec(compile(ast.Module(body=wanted, type_ignores=[]), str(env_py), "exec"), namespace)
    return namespace["include_object"]


@pytest.fixture
def migrated_engine(tmp_path):
    path = tmp_path / "empty.db"
    book = Book(path)
    result = upgrade_book(book)
    book.dispose()
    assert result.from_revision is None
    assert result.to_revision == head_revision()
    assert result.backup is None  # nothing to back up in a new book
    engine = create_engine(f"sqlite:///{path}")
    yield engine
    engine.dispose()


def differences(engine, **opts):
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, **opts})
        return compare_metadata(context, Base.metadata)


def test_upgraded_empty_book_has_exactly_the_models_schema(migrated_engine):
    found = differences(
        migrated_engine, include_object=env_include_object(), compare_server_default=True
    )
    assert found == []


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
