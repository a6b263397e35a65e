"""`guanxi copy --from BOOK --to PLACE`: a table of what was copied (rows, hash) and the
time; refusals in words with exit status 1, unusable arguments 2; never a password."""

import re
import sqlite3

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.cli.test_cli_backup import book_with, names

HASH_LINE = re.compile(r"^customers\s+2\s+[0-9a-f]{12}$", re.MULTILINE)


def test_copy_to_a_new_file_prints_each_table_and_the_time(cli, capsys, tmp_path):
    book = book_with(tmp_path / "book.db", "张三", "李四")
    target = tmp_path / "copies" / "copy.db"
    status, out, err = cli("copy", "--from", str(book), "--to", str(target), capsys=capsys)
    assert status == 0, err
    assert HASH_LINE.search(out), out
    assert re.search(r"^change_counts\s+\d+\s+[0-9a-f]{12}\s+\(started afresh, not copied\)$",
                     out, re.MULTILINE), out
    assert re.search(r"Copied .* to .*copy\.db in \d+\.\d s: every table checked", out), out
    assert names(target) == {"张三", "李四"}


def test_copy_to_a_file_that_exists_fails_in_words_and_leaves_it(cli, capsys, tmp_path):
    book = book_with(tmp_path / "book.db", "张三")
    target = tmp_path / "taken.db"
    target.write_bytes(b"not to be lost")
    status, out, err = cli("copy", "--from", str(book), "--to", str(target), capsys=capsys)
    assert status == 1
    assert "There is something at the place to copy to already" in err
    assert str(target) in err and out == ""
    assert target.read_bytes() == b"not to be lost"


@pytest.mark.sqlite_only  # (tests/services/test_copy_book.py has it on both runs)
def test_copy_of_an_earlier_book_says_to_open_it_once_first(cli, capsys, tmp_path):
    book = book_with(tmp_path / "older.db", "张三")
    conn = sqlite3.connect(book)
    try:
        with conn:  # (migration 0009 changes nothing in a file)
            conn.execute("UPDATE alembic_version SET version_num = '0008'")
    finally:
        conn.close()
    status, _, err = cli("copy", "--from", str(book), "--to", str(tmp_path / "copy.db"),
                         capsys=capsys)
    assert status == 1
    assert "earlier Guanxi (schema 0008)" in err and "Open the book once" in err
    assert not (tmp_path / "copy.db").exists()


def test_copy_without_a_place_to_copy_to_is_refused(cli, capsys, tmp_path):
    status, _, err = cli("copy", "--from", str(tmp_path / "book.db"), capsys=capsys)
    assert status == 2
    assert "--to" in err


def with_password(url: str, password: str) -> str:
    return make_url(url).set(password=password).render_as_string(hide_password=False)


@pytest.mark.postgresql_only
def test_copy_to_a_server_never_prints_its_password(cli, capsys, tmp_path,
                                                    empty_server_database):
    book = book_with(tmp_path / "book.db", "张三", "李四")  # (a server book on this run)
    target = with_password(empty_server_database, "s3cret-word")  # the test server trusts
    status, out, err = cli("copy", "--from", str(book), "--to", target, capsys=capsys)
    assert status == 0, err
    assert HASH_LINE.search(out), out
    assert "s3cret" not in out + err and ":***@" in out
    # a second time the database is not empty: refused, and still no password
    status, out, err = cli("copy", "--from", str(book), "--to", target, capsys=capsys)
    assert status == 1
    assert "There is something at the place to copy to already" in err
    assert "s3cret" not in out + err
    engine = create_engine(empty_server_database)
    try:
        with engine.connect() as conn:
            assert set(conn.execute(text("SELECT name FROM customers")).scalars()) \
                == {"张三", "李四"}
    finally:
        engine.dispose()


@pytest.mark.postgresql_only
def test_copy_from_a_server_to_a_server_and_to_a_file(cli, capsys, tmp_path,
                                                      empty_server_database):
    book = book_with(tmp_path / "book.db", "王五")  # (a server book on this run)
    status, _, err = cli("copy", "--from", str(book), "--to", empty_server_database,
                         capsys=capsys)
    assert status == 0, err
    status, out, err = cli("copy", "--from", empty_server_database, "--to",
                           str(tmp_path / "back.db"), capsys=capsys)
    assert status == 0, err
    assert names(tmp_path / "back.db") == {"王五"}
