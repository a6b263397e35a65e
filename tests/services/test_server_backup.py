"""A book on a PostgreSQL server is backed up by the server's pg_dump: the dump is checked
and restores (pg_restore into an empty database) to the same rows; without pg_dump on the
PATH the person is told so and nothing is written."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from sqlalchemy.engine import make_url

from app.domain.errors import BookError
from app.domain.records import CustomerInput
from app.services.admin.server_backup import _connection, dump_server_book
from tests.postgres.books import book_rows

pytestmark = pytest.mark.postgresql_only


def test_a_server_book_is_dumped_checked_and_restores_to_the_same_rows(
        services, tmp_path, empty_database):
    services.staff.add("王芳")
    services.customers.create(CustomerInput(name="张三", phone="13800138000"))
    before = book_rows(services.book)

    backup = dump_server_book(services.book.url, tmp_path / "backups")

    assert backup.path.parent == tmp_path / "backups" and backup.size > 0
    assert [p.name for p in (tmp_path / "backups").iterdir()] == [backup.path.name]
    target = empty_database()
    args, env = _connection(target)
    subprocess.run([shutil.which("pg_restore"), "--no-owner", *args, str(backup.path)],
                   env=env, check=True, capture_output=True)
    from app.db.engine import Book

    restored = Book(target)
    try:
        assert book_rows(restored) == before
    finally:
        restored.dispose()


def test_without_pg_dump_the_person_is_told_and_nothing_is_written(services, tmp_path,
                                                                     monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    with pytest.raises(BookError) as raised:
        dump_server_book(services.book.url, tmp_path / "backups")
    assert raised.value.code == "pg_dump_missing"
    assert not (tmp_path / "backups").exists()


def test_a_failed_dump_leaves_no_file(services, tmp_path):
    missing = make_url(services.book.url).set(database="no_such_book")
    with pytest.raises(BookError) as raised:
        dump_server_book(missing.render_as_string(hide_password=False), tmp_path)
    assert raised.value.code == "server_backup_failed"
    assert "no_such_book" in raised.value.detail
    assert list(tmp_path.iterdir()) == []


def test_the_password_goes_in_the_environment_never_on_the_command_line():
    args, env = _connection("postgresql+psycopg://clerk:s3cr%40t@db.example:5433/book")
    assert "s3cr@t" not in " ".join(args)
    assert env["PGPASSWORD"] == "s3cr@t"
    assert args == ["--dbname", "book", "--host", "db.example", "--port", "5433",
                    "--username", "clerk"]
