"""Backups on real files: taken while the book is in use, checked, rotated, restored."""

import errno
import os
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.db.engine import Book
from app.db.migrate import upgrade_book
from app.domain.errors import BookError
from app.domain.records import CustomerInput
from app.services.admin import backups
from app.services.admin.backups import BackupPolicy, list_backups, restore_backup, take_backup
from app.services.admin.book import open_book
from tests.migrations.book_files import sha256, write_scripts

# backups of a SQLite file (a server book is backed up by pg_dump: test_server_backup.py)
pytestmark = pytest.mark.sqlite_only

ROOT = Path(__file__).resolve().parents[2]


def names(services) -> set[str]:
    return {row.name for row in services.customers.rows(services.customers.search_ids(""))}


def add(services, *people: str) -> None:
    for i, name in enumerate(people):
        services.customers.create(CustomerInput(name=name, phone=f"1390000{len(name)}{i:03d}"))


def sound(path: Path) -> bool:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def journal_mode_byte(path: Path) -> int:
    """Header bytes 18-19: 1 for a rollback journal, 2 for WAL."""
    with open(path, "rb") as f:
        return f.read(20)[18]


def test_a_backup_of_an_open_book_holds_every_committed_write_in_one_file(services, tmp_path):
    add(services, "张三", "李四")
    book = services.book.path
    assert book.with_name(book.name + "-wal").exists()  # the writes are still in the WAL

    info = take_backup(book, kind="manual")

    assert info.path.parent == tmp_path / "backups"
    assert info.kind == "manual" and info.size == info.path.stat().st_size
    assert abs((datetime.now() - info.taken_at).total_seconds()) < 60
    assert sound(info.path)
    assert journal_mode_byte(info.path) == 1  # self-contained: no -wal needed
    assert backups.customers_in(info.path) == 2
    assert not list(info.path.parent.glob("*.partial"))
    assert [b.path for b in list_backups(book)] == [info.path]
    # the book's own locks and WAL are untouched: this desk keeps writing
    add(services, "王五")
    assert names(services) == {"张三", "李四", "王五"}


def test_backups_in_the_same_second_get_their_own_names(services):
    book = services.book.path
    moment = datetime(2026, 12, 3, 10, 0, 0)
    first = take_backup(book, kind="before-import", now=moment)
    second = take_backup(book, kind="before-import", now=moment)
    assert first.path != second.path and first.path.exists() and second.path.exists()


def test_a_configured_folder_is_used(services, tmp_path):
    info = take_backup(services.book.path, tmp_path / "elsewhere" / "copies")
    assert info.path.parent == tmp_path / "elsewhere" / "copies"
    assert list_backups(services.book.path, tmp_path / "elsewhere" / "copies")[0].path == info.path


# ------------------------------------------------------------ rotation
def test_rotation_keeps_seven_days_four_weeks_twelve_months(services, tmp_path):
    book = services.book.path
    model = take_backup(book, now=datetime(2025, 12, 31, 12, 0))
    folder = model.path.parent
    day = datetime(2026, 1, 1, 18, 0)
    while day <= datetime(2026, 12, 3, 18, 0):
        for hour in (9, 18):  # two a day: the evening one is the day's newest
            stamp = day.replace(hour=hour).strftime("%Y%m%d-%H%M%S-000000")
            (folder / backups.backup_name(book, "auto", stamp)).write_bytes(model.path.read_bytes())
        day += timedelta(days=1)
    model.path.unlink()
    safety = folder / backups.backup_name(book, "before-import", "20261120-100000-000000")
    old_safety = [folder / backups.backup_name(book, "before-import", f"2026{m:02d}20-100000-000000")
                  for m in range(5, 10)]
    manual = [folder / backups.backup_name(book, "manual", f"202612{d:02d}-100000-000000")
              for d in (1, 2)]
    for path in (safety, *old_safety, *manual):
        path.write_bytes(b"x")
    beside = tmp_path / "book.db.before-0006-20250101-101010.bak"
    beside.write_bytes(b"x")

    backups.prune(book, None, BackupPolicy(), now=datetime(2026, 12, 3, 20, 0))

    tag = backups.book_tag(book)
    kept = sorted(p.name[len(f"book.db.{tag}.auto."):][:8] for p in folder.glob("*.auto.*"))
    # worked out by hand from a calendar: 2026-12-03 is a Thursday (ISO week 49)
    daily = ["20261127", "20261128", "20261129", "20261130", "20261201", "20261202", "20261203"]
    weekly = ["20261115", "20261122"]  # Sundays ending weeks 46 and 47 (48, 49 in daily)
    monthly = ["20260131", "20260228", "20260331", "20260430", "20260531", "20260630",
               "20260731", "20260831", "20260930", "20261031"]  # November 30 is in daily
    assert kept == sorted(daily + weekly + monthly)
    assert all("-180000-" in p.name for p in folder.glob("*.auto.*"))
    # made on purpose or before something risky: 30 days, and the newest 3 of a kind always
    assert all(p.exists() for p in manual)  # two the same day: neither rotated away
    assert safety.exists()
    assert [p.exists() for p in old_safety] == [False, False, False, True, True]
    assert beside.exists()  # never a file outside the backups folder


def test_two_books_of_the_same_name_keep_their_backups_apart_in_one_folder(tmp_path):
    shared = tmp_path / "usb"
    shop_a = open_book(tmp_path / "a" / "guanxi.db")
    shop_b = open_book(tmp_path / "b" / "guanxi.db")
    try:
        add(shop_a, "张三")
        first = take_backup(shop_a.book.path, shared)
        second = take_backup(shop_b.book.path, shared)
    finally:
        shop_a.close()
        shop_b.close()
    assert first.path.exists() and second.path.exists()
    assert [b.path for b in list_backups(tmp_path / "a" / "guanxi.db", shared)] == [first.path]
    assert [b.path for b in list_backups(tmp_path / "b" / "guanxi.db", shared)] == [second.path]


def test_backups_of_what_is_not_a_book_are_refused(tmp_path):
    empty = tmp_path / "empty.db"
    empty.touch()
    text = tmp_path / "notes.db"
    text.write_text("not a book\n" * 500, encoding="utf-8")
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    with conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.close()
    for path, code in ((empty, "empty_file"), (text, "not_a_book"), (other, "not_a_book"),
                       (tmp_path / "none.db", "missing")):
        with pytest.raises(BookError) as caught:
            take_backup(path)
        assert caught.value.code == code, path
    assert not list((tmp_path / "backups").glob("*")) if (tmp_path / "backups").exists() else True


def test_pruning_never_touches_files_it_cannot_name(services):
    book = services.book.path
    info = take_backup(book)
    stranger = info.path.parent / "holiday-photos.bak"
    stranger.write_bytes(b"x")
    other_book = info.path.parent / "other.db.auto.20200101-101010-000000.bak"
    other_book.write_bytes(b"x")
    backups.prune(book, None, BackupPolicy(daily=1, weekly=0, monthly=0),
                  now=datetime.now() + timedelta(days=400))
    assert stranger.exists() and other_book.exists() and info.path.exists()


# ------------------------------------------------------------ failures keep the older copies
def bulk_customers(path: Path, count: int, note_size: int = 0) -> None:
    services = open_book(path)
    try:
        for i in range(count):
            services.customers.create(CustomerInput(
                name=f"客户{i}", phone=f"138{i:08d}", notes="备注" * note_size))
    finally:
        services.close()


def test_a_backup_that_fills_the_disk_keeps_the_older_good_one(tmp_path, small_disk):
    small_disk = small_disk(3)
    book = tmp_path / "book.db"
    bulk_customers(book, 300, note_size=600)  # about 1.3 MB
    first = take_backup(book, small_disk)
    before = sha256(first.path)
    with pytest.raises(BookError) as caught:
        take_backup(book, small_disk, policy=BackupPolicy(daily=0, weekly=0, monthly=0))
    assert caught.value.code == "backup_disk_full"
    assert [b.path for b in list_backups(book, small_disk)] == [first.path]
    assert sha256(first.path) == before and sound(first.path)
    assert not list(small_disk.glob("*.partial"))


def test_a_copy_is_on_the_disk_before_it_is_named_and_a_failed_sync_names_nothing(
        tmp_path, monkeypatch):
    book = tmp_path / "book.db"
    bulk_customers(book, 50, note_size=100)
    first = take_backup(book)
    synced = []
    real_sync = backups.sync_file

    def spy(path):
        synced.append((path.name, sorted(p.name for p in (tmp_path / "backups").iterdir())))
        real_sync(path)

    monkeypatch.setattr(backups, "sync_file", spy)
    second = take_backup(book, kind="manual")
    # synced while still a working copy, nothing else named yet
    assert synced == [(second.path.name + ".partial",
                       sorted([first.path.name, second.path.name + ".partial"]))]

    def failing(path):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(backups, "sync_file", failing)
    with pytest.raises(BookError) as caught:
        take_backup(book, kind="manual")
    assert caught.value.code == "backup_failed"
    assert {b.path for b in list_backups(book)} == {first.path, second.path}
    assert not list((tmp_path / "backups").glob("*.partial"))
    assert sound(first.path) and sound(second.path)


BACKUP_FOREVER = """
import sys
from pathlib import Path
from app.services.admin.backups import take_backup
def progress(done, total):
    print("copying", done, flush=True)
take_backup(Path(sys.argv[1]), kind="manual", progress=progress)
print("done", flush=True)
"""


def test_a_backup_killed_half_way_leaves_the_book_and_older_backups_intact(tmp_path):
    book = tmp_path / "book.db"
    bulk_customers(book, 1500, note_size=400)
    older = take_backup(book)
    older_hash = sha256(older.path)
    book_hash = sha256(book)
    process = subprocess.Popen(
        [sys.executable, "-c", BACKUP_FOREVER, str(book)], cwd=ROOT, stdout=subprocess.PIPE,
        text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not list((tmp_path / "backups").glob("*.partial")):
        time.sleep(0.001)
    process.kill()
    process.wait()
    assert sha256(book) == book_hash and sound(book)
    assert sha256(older.path) == older_hash and sound(older.path)
    listed = list_backups(book)
    assert older.path in [b.path for b in listed]
    assert all(sound(b.path) for b in listed)  # a half copy is never listed as a backup
    # the next backup works and clears a stale half copy
    for leftover in (tmp_path / "backups").glob("*.partial"):
        os.utime(leftover, (time.time() - 7200, time.time() - 7200))
    newer = take_backup(book, kind="manual")
    assert sound(newer.path)
    assert not list((tmp_path / "backups").glob("*.partial"))


# ------------------------------------------------------------ restoring
def test_restore_of_an_automatic_backup_puts_it_in_place_and_keeps_the_book_aside(tmp_path):
    book = tmp_path / "book.db"
    services = open_book(book)
    add(services, "张三")
    info = take_backup(book)
    add(services, "李四")
    services.close()

    result = restore_backup(book, info.path)

    assert result.set_aside is not None and result.set_aside.exists()
    reopened = open_book(book)
    try:
        assert names(reopened) == {"张三"}
    finally:
        reopened.close()
    aside = open_book(result.set_aside)
    try:
        assert names(aside) == {"张三", "李四"}
    finally:
        aside.close()
    assert info.path.exists()  # the backup itself stays
    kinds = {b.kind for b in list_backups(book)}
    assert {"auto", "replaced"} <= kinds


def test_restore_of_the_copy_taken_before_an_upgrade(tmp_path):
    book = tmp_path / "book.db"
    services = open_book(book)
    add(services, "张三")
    services.close()
    opened = Book(book)
    try:
        result = upgrade_book(opened, script_location=write_scripts(
            tmp_path, 'op.add_column("customers", sa.Column("c1", sa.String(10)))'))
    finally:
        opened.dispose()
    listed = list_backups(book)
    assert [b.kind for b in listed] == ["before-upgrade"]
    assert listed[0].path == result.backup

    restore_backup(book, result.backup)

    reopened = open_book(book)
    try:
        assert names(reopened) == {"张三"}
    finally:
        reopened.close()


def test_restore_of_a_manual_backup_and_of_a_book_set_aside(tmp_path):
    book = tmp_path / "book.db"
    services = open_book(book)
    add(services, "张三")
    manual = take_backup(book, kind="manual")
    add(services, "李四")
    services.close()
    first = restore_backup(book, manual.path)
    second = restore_backup(book, first.set_aside)  # changed my mind: back to before
    reopened = open_book(book)
    try:
        assert names(reopened) == {"张三", "李四"}
    finally:
        reopened.close()
    assert second.set_aside.exists()


def test_a_damaged_book_is_renamed_aside_with_its_wal_never_deleted(tmp_path):
    from tests.migrations.test_book_safety import damage

    book = tmp_path / "book.db"
    services = open_book(book)
    add(services, "张三")
    services.close()
    good = take_backup(book)
    damage(book)
    wal = book.with_name("book.db-wal")
    wal.write_bytes(b"")  # as a crashed program leaves it
    damaged_hash = sha256(book)

    result = restore_backup(book, good.path)

    assert sha256(result.set_aside) == damaged_hash
    assert result.set_aside.with_name(result.set_aside.name + "-wal").exists()
    assert not wal.exists()
    assert sound(book)


def test_a_damaged_backup_is_refused_and_the_book_left_as_it_was(tmp_path):
    from tests.migrations.test_book_safety import damage

    book = tmp_path / "book.db"
    services = open_book(book)
    add(services, *[f"客户{i}" for i in range(40)])
    services.close()
    bad = take_backup(book)
    damage(bad.path)
    before = sha256(book)
    with pytest.raises(BookError) as caught:
        restore_backup(book, bad.path)
    assert caught.value.code == "backup_damaged"
    assert sha256(book) == before
    left = {p.name for p in tmp_path.iterdir()} - {"book.db-wal", "book.db-shm"}
    assert left == {"backups", "book.db"}


def test_a_backup_from_a_newer_program_or_another_program_is_refused(tmp_path):
    book = tmp_path / "book.db"
    open_book(book).close()
    newer = take_backup(book)
    conn = sqlite3.connect(newer.path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00d9999'")
    conn.close()
    foreign = tmp_path / "foreign.bak"
    conn = sqlite3.connect(foreign)
    with conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.close()
    before = sha256(book)
    for backup, code in ((newer.path, "schema_newer"), (foreign, "backup_not_a_book")):
        with pytest.raises(BookError) as caught:
            restore_backup(book, backup)
        assert caught.value.code == code
    assert sha256(book) == before


@pytest.mark.parametrize("table", ["customers", "vehicles", "interactions", "customer_fts_data",
                                   "ix_customers_phone_digits"])
def test_the_two_connection_check_of_a_copy_finds_what_sqlites_own_check_finds(tmp_path, table):
    from app.db.integrity import quick_check, quick_check_parallel
    from tests.migrations.book_files import fill_book
    from tests.migrations.test_book_safety import damage

    book = fill_book(tmp_path / "book.db")
    copy = take_backup(book).path
    assert quick_check_parallel(copy) == () == quick_check(copy, immutable=True)
    damage(copy, table)
    assert quick_check(copy, immutable=True), "the damage must be real"
    assert quick_check_parallel(copy)


def test_a_book_on_a_read_only_disk_can_still_be_backed_up(tmp_path, small_disk):
    folder = small_disk(4)
    book = folder / "book.db"
    services = open_book(book)
    add(services, "张三")
    services.close()
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    info = take_backup(book, tmp_path / "copies", kind="manual")
    assert backups.customers_in(info.path) == 1 and sound(info.path)


def test_the_book_is_known_changed_after_its_newest_backup(services):
    book = services.book.path
    add(services, "张三")
    info = take_backup(book, kind="manual")
    assert not backups.changed_since(book, info.taken_at + timedelta(seconds=1))
    time.sleep(0.05)
    add(services, "李四")
    assert backups.changed_since(book, info.taken_at)


def test_a_refused_restore_names_the_backup_not_its_working_copy(tmp_path):
    book = tmp_path / "book.db"
    open_book(book).close()
    empty = tmp_path / "empty.bak"
    empty.touch()
    with pytest.raises(BookError) as caught:
        restore_backup(book, empty)
    assert "restoring" not in caught.value.detail and "empty.bak" in caught.value.detail
