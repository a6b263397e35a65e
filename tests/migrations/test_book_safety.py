"""Upgrades all or nothing, damaged and foreign files, unique backup names."""

import os
import sqlite3
import subprocess
import textwrap
from pathlib import Path

import pytest

from app.db.engine import Book
from app.db.migrate import head_revision, upgrade_book
from app.domain.errors import BookError
from app.domain.records import CustomerInput
from app.services.admin.book import open_book
from tests.migrations.book_files import (
    REVISION_TEMPLATE,
    fill_book,
    row_counts,
    schema_of,
    sha256,
    version_of,
    write_scripts,
)

# damaged pages, WAL files and backups before upgrades of a SQLite file (on both engines: test_upgrades_on_both_engines.py)
pytestmark = pytest.mark.sqlite_only


def add_revision(scripts: Path, revision: str, down: str, body: str) -> None:
    (scripts / "versions" / f"{revision}_chain.py").write_text(
        REVISION_TEMPLATE.format(
            revision=revision, down_revision=down,
            body=textwrap.indent(textwrap.dedent(body).strip(), "    "),
        ),
        encoding="utf-8",
    )


def three_step_chain(tmp_path: Path, third: str) -> Path:
    scripts = write_scripts(tmp_path, 'op.add_column("customers", sa.Column("c1", sa.String(10)))',
                            revision="9997")
    add_revision(scripts, "9998", "9997",
                 'op.add_column("customers", sa.Column("c2", sa.String(10)))\n'
                 'op.execute("DELETE FROM interactions")')
    add_revision(scripts, "9999", "9998", third)
    return scripts


def refused_upgrade(path: Path, scripts) -> pytest.ExceptionInfo:
    """The BookError an upgrade of the book at `path` with `scripts` ends in."""
    book = Book(path)
    try:
        with pytest.raises(BookError) as caught:
            upgrade_book(book, script_location=scripts)
    finally:
        book.dispose()
    return caught


# ------------------------------------------------------------ upgrades: all or nothing
def test_a_failure_in_the_third_step_leaves_the_book_at_its_first_revision(tmp_path):
    path = fill_book(tmp_path / "book.db")
    schema_before, rows_before = schema_of(path), row_counts(path)
    scripts = three_step_chain(tmp_path, 'raise RuntimeError("third step broke")')
    caught = refused_upgrade(path, scripts)
    assert caught.value.code == "upgrade_failed"
    assert version_of(path) == head_revision()
    assert schema_of(path) == schema_before
    assert row_counts(path) == rows_before


def test_the_whole_chain_lands_when_every_step_succeeds(tmp_path):
    path = fill_book(tmp_path / "book.db")
    scripts = three_step_chain(tmp_path, 'op.add_column("customers", sa.Column("c3", sa.String(10)))')
    book = Book(path)
    try:
        result = upgrade_book(book, script_location=scripts)
    finally:
        book.dispose()
    assert (result.from_revision, result.to_revision) == (head_revision(), "9999")
    assert version_of(path) == "9999"
    assert row_counts(path)["interactions"] == 0


def orphan_vehicle(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("UPDATE vehicles SET owner_id = 424242 WHERE id = (SELECT min(id) FROM vehicles)")
        conn.commit()
    finally:
        conn.close()


def test_the_foreign_key_check_refuses_the_upgrade_on_every_open(tmp_path):
    path = fill_book(tmp_path / "book.db")
    orphan_vehicle(path)
    scripts = write_scripts(tmp_path, 'op.add_column("customers", sa.Column("c1", sa.String(10)))')
    for _attempt in range(3):
        caught = refused_upgrade(path, scripts)
        assert caught.value.code == "upgrade_failed"
        assert "foreign key" in caught.value.detail
        assert version_of(path) == head_revision()


def test_backups_before_upgrades_in_the_same_second_never_overwrite_each_other(tmp_path):
    path = fill_book(tmp_path / "book.db")
    scripts = write_scripts(tmp_path, 'raise RuntimeError("no")')
    backups = []
    for _attempt in range(3):
        book = Book(path)
        try:
            with pytest.raises(BookError):
                upgrade_book(book, script_location=scripts)
        finally:
            book.dispose()
        backups = sorted(tmp_path.glob("book.db.before-9999-*.bak"))
    assert len(backups) == 3
    assert len({sha256(b) for b in backups}) >= 1 and all(version_of(b) for b in backups)


# ------------------------------------------------------------ damaged and foreign files
def damage(path: Path, table: str = "customers") -> None:
    """Overwrite the root page of `table` with garbage (as a failing disk would)."""
    conn = sqlite3.connect(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        conn.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * page_size + 8)
        f.write(b"\xa5" * (page_size - 16))


def book_with_customers(path: Path, count: int = 30) -> Path:
    services = open_book(path)
    try:
        for i in range(count):
            services.customers.create(CustomerInput(name=f"客户{i}", phone=f"1381234{i:04d}"))
    finally:
        services.close()
    return path


def test_a_damaged_book_opens_but_takes_no_write(tmp_path):
    path = book_with_customers(tmp_path / "book.db")
    damage(path)
    before = sha256(path)
    services = open_book(path)
    try:
        problems = services.book.gate.wait(10)
        assert problems, "the check on open must find the damage"
        with pytest.raises(BookError) as caught:
            services.customers.create(CustomerInput(name="新客户", phone="13900001111"))
        assert caught.value.code == "damaged"
    finally:
        services.close()
    assert sha256(path) == before


def test_damage_met_while_reading_is_a_book_error_and_stops_writes(tmp_path):
    path = book_with_customers(tmp_path / "book.db")
    damage(path)
    services = open_book(path, check=False)  # as if the check had not reached it yet
    try:
        with pytest.raises(BookError) as caught:
            list(services.customers.export_rows())
        assert caught.value.code == "damaged"
        assert not services.book.writable
        with pytest.raises(BookError):
            services.customers.create(CustomerInput(name="新客户", phone="13900001111"))
    finally:
        services.close()


def test_a_book_whose_schema_page_is_damaged_is_called_damaged_not_foreign(tmp_path):
    path = book_with_customers(tmp_path / "book.db")
    damage(path, "alembic_version")
    before = sha256(path)
    with pytest.raises(BookError) as caught:
        open_book(path)
    assert caught.value.code == "damaged"
    assert sha256(path) == before


def test_a_damaged_book_is_not_upgraded(tmp_path):
    path = book_with_customers(tmp_path / "book.db")
    damage(path)
    before = sha256(path)
    scripts = write_scripts(tmp_path, 'op.add_column("customers", sa.Column("c1", sa.String(10)))')
    caught = refused_upgrade(path, scripts)
    assert caught.value.code == "damaged"
    assert sha256(path) == before
    assert not list(tmp_path.glob("*.bak"))


def test_a_damaged_book_opens_read_only_for_what_can_be_read(tmp_path):
    path = book_with_customers(tmp_path / "book.db")
    damage(path, "interactions")
    before = sha256(path)
    services = open_book(path, read_only=True)
    try:
        assert services.customers.count() == 30
        with pytest.raises(BookError):
            services.customers.create(CustomerInput(name="新客户", phone="13900001111"))
    finally:
        services.close()
    assert sha256(path) == before


def test_another_programs_alembic_database_is_not_called_a_newer_guanxi(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
        conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY)")
    conn.close()
    before = sha256(path)
    with pytest.raises(BookError) as caught:
        open_book(path)
    assert caught.value.code == "not_a_guanxi_book"
    assert sha256(path) == before


def test_a_text_file_is_not_a_book(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("customer list\n" * 100, encoding="utf-8")
    before = sha256(path)
    with pytest.raises(BookError) as caught:
        open_book(path)
    assert caught.value.code == "not_a_book"
    assert sha256(path) == before


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder holding a good book, made read-only: a read-only mount when running as
    root (root ignores permission bits), else the permission bits."""
    folder = tmp_path / "shared"
    folder.mkdir()
    if os.geteuid() != 0:
        book_with_customers(folder / "book.db", 2)
        os.chmod(folder / "book.db", 0o444)
        os.chmod(folder, 0o555)
        yield folder / "book.db"
        os.chmod(folder, 0o755)
        return
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(folder)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("running as root where nothing can be mounted read-only")
    try:
        book_with_customers(folder / "book.db", 2)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder / "book.db"
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_good_book_in_a_read_only_folder_is_called_so(read_only_folder):
    before = sha256(read_only_folder)
    with pytest.raises(BookError) as caught:
        open_book(read_only_folder)
    assert caught.value.code == "read_only_place"
    assert sha256(read_only_folder) == before


def test_damage_met_while_the_check_still_runs_outlives_its_clean_verdict(tmp_path, monkeypatch):
    import threading

    from app.db import integrity

    release = threading.Event()
    monkeypatch.setattr(integrity, "quick_check", lambda *a, **k: (release.wait(10), ())[1])
    gate = integrity.IntegrityGate(tmp_path / "book.db")
    heard = []
    gate.when_known(heard.append)
    gate.mark_damaged("database disk image is malformed")
    assert gate.damaged
    with pytest.raises(BookError):
        gate.require_sound()  # at once, not after the check
    release.set()
    assert gate.wait(10) == ("database disk image is malformed",)
    assert heard == [("database disk image is malformed",)]
