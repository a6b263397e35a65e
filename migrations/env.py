"""Alembic environment: batch mode for SQLite, one transaction, a foreign-key check."""

from alembic import context
from sqlalchemy import engine_from_config, pool

from app.db import models  # noqa: F401  (registers the tables)
from app.db.base import Base

config = context.config
target_metadata = Base.metadata

SQLITE_ONLY_TABLES = ("customer_fts",)
# migration 0009's trigram index (pg_trgm) of the search keys, which the models do not hold
POSTGRESQL_ONLY_INDEXES = ("ix_customer_search_keys_trgm", "ix_customer_search_further_trgm")
# two desks opening an old book on one server at once: the second waits for the first
# one's upgrade, then finds the book at head (any number, the same in every Guanxi)
UPGRADE_LOCK = 0x6775616E


def include_object(obj, name, type_, reflected, compare_to):
    if type_ == "table" and name and name.startswith(SQLITE_ONLY_TABLES):
        return False
    if type_ == "index" and name in POSTGRESQL_ONLY_INDEXES:
        return False
    return True


def compare_type(context, inspected_column, metadata_column, inspected_type, metadata_type):
    """As Alembic compares types, except that a PostgreSQL book's text has no length limit
    of its own (migration 0009): VARCHAR there matches the models' VARCHAR(n)."""
    if (context.dialect.name == "postgresql"
            and getattr(inspected_type, "length", "-") is None
            and getattr(metadata_type, "length", None) is not None
            and type(inspected_type).__name__ in ("VARCHAR", "String")):
        return False
    return None


def _run(connection):
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=compare_type,
        include_object=include_object,
        # SQLite can roll back DDL: the whole chain is one transaction, so a failure in
        # any step leaves the book at the revision it had (Alembic would commit per step)
        transactional_ddl=True,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({UPGRADE_LOCK})")
        context.run_migrations()
        if connection.dialect.name == "sqlite":
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"foreign key check failed after migration: {problems[:5]}")


def run_migrations_online():
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = engine_from_config(
        config.get_section(config.config_ini_section) or {"sqlalchemy.url": config.get_main_option("sqlalchemy.url")},
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    with engine.connect() as connection:
        _run(connection)


def run_migrations_offline():
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        render_as_batch=True,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
