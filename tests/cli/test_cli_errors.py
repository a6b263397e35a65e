"""The command line never shows a traceback: a refused argument exits 2 with the allowed
range, a failure exits 1 with a sentence (what happened, what was kept, what to do)."""

import errno
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from app.db.engine import Book
from app.demo.generator import generate_demo
from app.services.admin.book import open_book
from app.services.errors import classify
from tests.postgres.books import address

ROOT = Path(__file__).resolve().parents[2]
PG_URL = "postgresql+psycopg://u@localhost/x"


def guanxi(*args: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    """The program as a person starts it: `.venv/bin/python -m app ...`."""
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path / "state"),
               "XDG_CONFIG_HOME": str(tmp_path / "cfg"), "GUANXI_USER": "owner",
               "GUANXI_PASSWORD": "demo", **env}
    result = subprocess.run([sys.executable, "-m", "app", "--lang", "en", *args], capture_output=True,
                            text=True, env=environ, cwd=ROOT, timeout=180)
    assert "Traceback" not in result.stdout + result.stderr
    return result


@pytest.fixture(scope="module")
def demo_book(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("errors") / "demo.db"
    generate_demo(path, customers=30, seed=3)
    return path


@pytest.fixture
def empty_book(tmp_path) -> Path:
    path = tmp_path / "empty.db"
    open_book(path).close()
    return path


def customer_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM customers").fetchone()[0]
    finally:
        conn.close()


# ---------------------------------------------------------------- where the book is
# psycopg is a dependency: a server driver that is not installed is pg8000's
MISSING_DRIVER_URL = "postgresql+pg8000://u@localhost/x"
needs_no_psycopg = pytest.mark.skipif(
    __import__("importlib").util.find_spec("pg8000") is not None, reason="pg8000 is installed")


@needs_no_psycopg
@pytest.mark.parametrize("args", [
    ["--db", MISSING_DRIVER_URL, "check"],
    ["check", "--db", MISSING_DRIVER_URL],
    ["export", "customers", "--db", MISSING_DRIVER_URL, "--out", "{tmp}/x.xlsx"],
    ["callsheet", "--db", MISSING_DRIVER_URL, "--pdf", "{tmp}/x.pdf"],
    ["demo", "--db", MISSING_DRIVER_URL, "--customers", "5"],
])
def test_a_server_book_without_its_driver_is_told_not_traced(cli, capsys, tmp_path, args):
    status, _, err = cli(*[a.replace("{tmp}", str(tmp_path)) for a in args], capsys=capsys)
    assert status == 1
    assert "program for talking to that server (pg8000) is not installed" in err
    assert not list(tmp_path.glob("x.*"))


@needs_no_psycopg
def test_a_server_book_without_its_driver_in_a_real_process(tmp_path):
    result = guanxi("--db", MISSING_DRIVER_URL, "check", tmp_path=tmp_path)
    assert result.returncode == 1
    assert "(pg8000) is not installed" in result.stderr


@pytest.mark.parametrize("url", ["postgresql+psycopg://u:secret@localhost:port/x", "mysql://u@host/x",
                                 "://nothing", "postgresql+nosuchdriver://u:secret@host/x"])
def test_an_address_guanxi_cannot_use_is_refused_without_its_password(cli, capsys, url):
    status, _, err = cli("check", "--db", url, capsys=capsys)
    assert status == 1
    assert "not the address of a book Guanxi can open" in err
    assert "secret" not in err


def test_a_command_without_a_book_asks_for_one(cli, capsys):
    status, _, err = cli("check", capsys=capsys)
    assert status == 2
    assert "--db" in err


def test_the_book_may_be_given_before_the_command(cli, capsys, demo_book):
    status, out, _ = cli("--db", str(demo_book), "check", capsys=capsys)
    assert status == 0
    assert "customers: 30" in out


# ---------------------------------------------------------------- arguments out of range
@pytest.mark.parametrize("days", ["100000000", "-5", "3661"])
def test_days_ahead_outside_0_to_3660_are_refused(cli, capsys, demo_book, tmp_path, days):
    out = tmp_path / "r.xlsx"
    status, _, err = cli("export", "reminders", "--db", str(demo_book), "--out", str(out), "--days", days,
                         capsys=capsys)
    assert status == 2
    assert "from 0 to 3660" in err
    assert not out.exists()


def test_negative_days_are_refused_in_a_real_process(demo_book, tmp_path):
    out = tmp_path / "r.xlsx"
    result = guanxi("export", "reminders", "--db", str(demo_book), "--out", str(out), "--days", "-5",
                    tmp_path=tmp_path)
    assert result.returncode == 2
    assert "from 0 to 3660, not -5" in result.stderr
    assert not out.exists()


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "1899-12-31", "3000-01-01"])
@pytest.mark.parametrize("command", ["callsheet", "export"])
def test_days_outside_1900_to_2999_are_refused(cli, capsys, demo_book, tmp_path, day, command):
    out = tmp_path / "x.out"
    args = (["callsheet", "--pdf", str(out)] if command == "callsheet"
            else ["export", "reminders", "--out", str(out)])
    status, _, err = cli(*args, "--db", str(demo_book), "--date", day, capsys=capsys)
    assert status == 2
    assert "from 1900-01-01 to 2999-12-31" in err
    assert not out.exists()


@pytest.mark.parametrize("day", ["1900-01-01", "2999-12-31"])
def test_the_first_and_last_allowed_days_are_worked_out(cli, capsys, demo_book, tmp_path, day):
    status, out, err = cli("export", "reminders", "--db", str(demo_book), "--out", str(tmp_path / "r.xlsx"),
                           "--date", day, "--days", "3660", capsys=capsys)
    assert status == 0, err
    assert "Written to" in out
    status, out, err = cli("callsheet", "--db", str(demo_book), "--pdf", str(tmp_path / "s.pdf"),
                           "--date", day, capsys=capsys)
    assert status == 0, err
    assert (tmp_path / "s.pdf").exists()


@pytest.mark.parametrize("option, month", [("--from", "0001-01"), ("--to", "9999-12"), ("--from", "1899-12"),
                                           ("--to", "3000-01")])
def test_report_months_outside_1900_to_2999_are_refused(cli, capsys, demo_book, tmp_path, option, month):
    out = tmp_path / "rep.xlsx"
    status, _, err = cli("report", "--db", str(demo_book), "--out", str(out), option, month, capsys=capsys)
    assert status == 2
    assert "from 1900-01 to 2999-12" in err
    assert not out.exists()


def test_report_of_the_last_allowed_year_is_written(demo_book, tmp_path):
    out = tmp_path / "rep.xlsx"
    result = guanxi("report", "--db", address(demo_book), "--out", str(out), "--from", "2999-01", "--to", "2999-12",
                    tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert out.exists()


@pytest.mark.parametrize("customers", ["0", "-3", "1000001"])
def test_demo_customers_outside_1_to_a_million_are_refused(cli, capsys, tmp_path, customers):
    status, _, err = cli("demo", "--db", str(tmp_path / "d.db"), "--customers", customers, capsys=capsys)
    assert status == 2
    assert "from 1 to 1000000" in err
    assert not (tmp_path / "d.db").exists()


def test_argparse_refusals_return_2_instead_of_leaving(cli, capsys, tmp_path):
    status, _, err = cli("export", "nothing", "--db", "x.db", "--out", str(tmp_path / "x.xlsx"), capsys=capsys)
    assert status == 2
    assert "invalid choice" in err


# ---------------------------------------------------------------- the book in trouble
@pytest.fixture
def locked(empty_book):
    """Another program holds the book's write lock (BEGIN IMMEDIATE) until the test ends."""
    conn = sqlite3.connect(empty_book, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    yield empty_book
    conn.execute("ROLLBACK")
    conn.close()


@pytest.mark.sqlite_only  # a SQLite file's locks, disk and pages
def test_a_book_locked_by_another_program_is_busy(cli, capsys, locked, monkeypatch):
    monkeypatch.setenv("GUANXI_BUSY_TIMEOUT_MS", "200")
    status, _, err = cli("demo", "--db", str(locked), "--customers", "5", capsys=capsys)
    assert status == 1
    assert "The book is busy" in err
    assert "everything saved before is safe" in err


@pytest.mark.sqlite_only  # a SQLite file's locks, disk and pages
def test_a_locked_book_is_busy_in_a_real_process_and_nothing_is_written(locked, tmp_path):
    result = guanxi("demo", "--db", str(locked), "--customers", "5", tmp_path=tmp_path,
                    GUANXI_BUSY_TIMEOUT_MS="200")
    assert result.returncode == 1
    assert "The book is busy" in result.stderr
    assert customer_count(locked) == 0


@pytest.mark.sqlite_only  # a SQLite file's locks, disk and pages
def test_a_full_disk_is_told_as_such(cli, capsys, small_disk):
    tiny_disk = small_disk(1)
    status, _, err = cli("demo", "--db", str(tiny_disk / "demo.db"), "--customers", "2000", capsys=capsys)
    assert status == 1
    assert "The disk holding the book is full" in err
    assert "Free some space" in err


@pytest.mark.sqlite_only  # a SQLite file's locks, disk and pages
def test_a_full_disk_in_a_real_process(small_disk, tmp_path):
    tiny_disk = small_disk(1)
    result = guanxi("demo", "--db", str(tiny_disk / "demo.db"), "--customers", "2000", tmp_path=tmp_path)
    assert result.returncode == 1
    assert "The disk holding the book is full" in result.stderr


def damage_customers(source: Path, path: Path) -> Path:
    """A copy of the book with the customers table's first page overwritten."""
    conn = sqlite3.connect(source)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    path.write_bytes(source.read_bytes())
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'customers'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as f:
        f.seek((root - 1) * size)
        f.write(b"\xff" * size)
    return path


@pytest.mark.sqlite_only  # a SQLite file's locks, disk and pages
def test_a_book_damaged_under_the_command_is_told_as_such(cli, capsys, demo_book, tmp_path):
    book = damage_customers(demo_book, tmp_path / "damaged.db")
    out = tmp_path / "c.xlsx"
    status, _, err = cli("export", "customers", "--db", str(book), "--out", str(out), capsys=capsys)
    assert status == 1
    assert "The book file is damaged" in err
    assert not out.exists()


# ---------------------------------------------------------------- what nobody foresaw
def test_an_unexpected_error_is_one_sentence_and_a_logged_traceback(cli, capsys, demo_book, tmp_path,
                                                                    monkeypatch):
    import app.services.admin.book

    def broken(_db):
        raise RuntimeError("the unforeseen")

    monkeypatch.setattr(app.services.admin.book, "check_book", broken)  # a bug, injected
    status, _, err = cli("check", "--db", str(demo_book), capsys=capsys)
    assert status == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Something went wrong: RuntimeError: the unforeseen.")
    assert "Nothing in the book was changed." in lines[0]
    log_file = tmp_path / "state" / "Guanxi" / "log" / "guanxi.log"
    assert f"The details are in the log file {log_file}." in lines[0]
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: the unforeseen" in logged


def test_an_unexpected_error_in_a_real_process(demo_book, tmp_path):
    # the same bug injected into a real `python -m app` start
    script = ("import sys, app.services.admin.book as b\n"
              "def broken(_db):\n    raise KeyError('nowhere')\n"
              "b.check_book = broken\n"
              "from app.cli import main\n"
              f"sys.exit(main(['--lang', 'en', 'check', '--db', {str(demo_book)!r}]))\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path / "state")}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                            cwd=ROOT, timeout=120)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("Something went wrong: KeyError: 'nowhere'.")
    assert "Traceback" in (tmp_path / "state" / "Guanxi" / "log" / "guanxi.log").read_text(encoding="utf-8")


# ---------------------------------------------------------------- classify()
@pytest.mark.sqlite_only  # a SQLite file's locks, disk and pages
def test_classify_a_locked_book_as_busy(empty_book, monkeypatch):
    holder = sqlite3.connect(empty_book, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        waiter = sqlite3.connect(empty_book, timeout=0, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError) as raw:
            waiter.execute("BEGIN IMMEDIATE")
        waiter.close()
        assert classify(raw.value).code == "busy"
        monkeypatch.setenv("GUANXI_BUSY_TIMEOUT_MS", "50")
        book = Book(str(empty_book))
        try:
            with pytest.raises(OperationalError) as wrapped, book.writing() as session:
                session.execute(text("DELETE FROM customers"))
            assert classify(wrapped.value).code == "busy"
        finally:
            book.dispose()
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@pytest.mark.sqlite_only  # a SQLite file's locks, disk and pages
def test_classify_a_full_book_as_disk_full(tmp_path):
    conn = sqlite3.connect(tmp_path / "full.db")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("PRAGMA max_page_count = 3")
    with pytest.raises(sqlite3.OperationalError, match="database or disk is full") as raw:
        conn.executemany("INSERT INTO t VALUES (?)", [("x" * 1000,)] * 100)
    conn.close()
    assert classify(raw.value).code == "disk_full"


@pytest.mark.sqlite_only  # a SQLite file's locks, disk and pages
def test_classify_a_malformed_book_as_damaged(demo_book, tmp_path):
    conn = sqlite3.connect(damage_customers(demo_book, tmp_path / "damaged.db"))
    with pytest.raises(sqlite3.DatabaseError, match="malformed") as raw:
        conn.execute("SELECT * FROM customers").fetchall()
    conn.close()
    assert classify(raw.value).code == "damaged"


@pytest.mark.sqlite_only  # a SQLite file's locks, disk and pages
def test_classify_a_read_only_book(empty_book):
    conn = sqlite3.connect(f"file:{empty_book}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError, match="readonly") as raw:
        conn.execute("DELETE FROM customers")
    conn.close()
    assert classify(raw.value).code == "read_only"


@pytest.mark.parametrize("number, code", [(errno.ENOSPC, "disk_full"), (errno.EROFS, "read_only"),
                                          (errno.EACCES, "read_only")])
def test_classify_operating_system_errors(number, code):
    assert classify(OSError(number, os.strerror(number))).code == code


def test_classify_leaves_other_errors_alone():
    assert classify(ValueError("a bug")) is None
    assert classify(OSError(errno.ENOENT, "no such file")) is None
    try:
        try:
            raise sqlite3.OperationalError("database is locked")
        except sqlite3.OperationalError as inner:
            raise RuntimeError("while saving") from inner
    except RuntimeError as outer:
        assert classify(outer).code == "busy"  # what it was raised from counts


@pytest.mark.parametrize("typed, said", [
    ("2026-02-30", "There is no day 30 in that month: 2026-02-30"),
    ("2027-04-31", "There is no day 31 in that month: 2027-04-31"),
    ("2026-13-40", "Not a valid date (use YYYY-MM-DD): 2026-13-40"),
    ("tomorrow", "Not a valid date (use YYYY-MM-DD): tomorrow"),
])
def test_a_day_that_does_not_exist_is_told_apart_from_a_badly_written_date(cli, capsys, tmp_path,
                                                                           typed, said):
    status, _out, err = cli("callsheet", "--db", str(tmp_path / "none.db"), "--date", typed,
                            "--pdf", str(tmp_path / "x.pdf"), capsys=capsys)
    assert status == 2
    assert said in err
    assert not (tmp_path / "none.db").exists()
