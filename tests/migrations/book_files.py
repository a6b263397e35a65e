"""Book files for migration tests: filled books, extra revisions, and reading a file
directly (sqlite3, not the program) to compare it before and after."""

import hashlib
import shutil
import sqlite3
import textwrap
from datetime import date, datetime
from pathlib import Path

import migrations
from app.db.migrate import head_revision
from app.domain.records import CustomerInput, InteractionInput, VehicleInput
from app.services.admin.book import open_book

MIGRATIONS_DIR = Path(migrations.__file__).parent

REVISION_TEMPLATE = '''"""test revision {revision}

Revision ID: {revision}
Revises: {down_revision}
"""
from alembic import op
import sqlalchemy as sa

revision = "{revision}"
down_revision = "{down_revision}"
branch_labels = None
depends_on = None


def upgrade():
{body}


def downgrade():
    pass
'''


def write_scripts(directory: Path, body: str, revision: str = "9999") -> Path:
    """A copy of migrations/ in `directory` with one more revision on top of head."""
    target = directory / "migrations"
    if not target.exists():
        shutil.copytree(
            MIGRATIONS_DIR, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
        )
    (target / "versions" / f"{revision}_test.py").write_text(
        REVISION_TEMPLATE.format(
            revision=revision,
            down_revision=head_revision(),
            body=textwrap.indent(textwrap.dedent(body).strip(), "    "),
        ),
        encoding="utf-8",
    )
    return target


def fill_book(path: Path) -> Path:
    """A book at the program's head with rows in every table that points at customers."""
    services = open_book(path)
    advisor = services.staff.add("Wang Fang")
    li = services.customers.create(CustomerInput(name="李四", tags=("VIP",)))
    zhang = services.customers.create(
        CustomerInput(
            name="张三",
            phone="13800138000",
            advisor_id=advisor.id,
            referred_by_id=li.id,
            tags=("VIP", "车队"),
        )
    )
    han = services.vehicles.add(
        zhang.id, VehicleInput(model="汉", plate="京A12345", purchase_date=date(2022, 6, 1))
    )
    services.vehicles.add(zhang.id, VehicleInput(model="秦", plate="京B54321"))
    services.vehicles.transfer(han.id, li.id, on=date(2024, 1, 1))
    services.timeline.log(
        InteractionInput(
            customer_id=zhang.id,
            summary="来电",
            staff_id=advisor.id,
            vehicle_id=han.id,
            occurred_at=datetime(2024, 5, 1, 9),
        )
    )
    services.timeline.log(
        InteractionInput(customer_id=li.id, summary="试驾", occurred_at=datetime(2024, 5, 2))
    )
    services.close()
    return path

def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def schema_of(path: Path) -> list[tuple]:
    """Every table, index, trigger and view with its SQL, as SQLite keeps them."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
    finally:
        conn.close()


def row_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'customer_fts%'"
            )
        ]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def version_of(path: Path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        conn.close()
