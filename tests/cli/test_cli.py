"""The command line as a person types it: demo, check, languages, exit statuses."""

import os
import sqlite3
import subprocess
import sys

import pytest

from app.services.book import open_book


def guanxi(*args: str, lang: str = "en") -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "app", "--lang", lang, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def demo_book(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    result = guanxi("demo", "--db", str(path), "--customers", "60", "--seed", "7")
    assert result.returncode == 0, result.stderr
    return path, result


def test_demo_writes_the_asked_number_of_customers(demo_book):
    path, result = demo_book
    assert "60 customers" in result.stdout
    services = open_book(path)
    try:
        assert services.customers.count() == 60
        assert len(services.staff.list()) >= 5
    finally:
        services.close()


def test_demo_refuses_a_book_that_has_customers(demo_book):
    path, _ = demo_book
    before = path.read_bytes()
    result = guanxi("demo", "--db", str(path), "--customers", "10")
    assert result.returncode == 1
    assert "empty book" in result.stderr
    assert path.read_bytes() == before


def test_check_passes_a_sound_book(demo_book):
    path, _ = demo_book
    result = guanxi("check", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert "OK" in result.stdout
    assert "customers: 60" in result.stdout


def test_check_speaks_chinese(demo_book):
    path, _ = demo_book
    result = guanxi("check", "--db", str(path), lang="zh_CN")
    assert result.returncode == 0
    assert "客户库完好" in result.stdout


def test_check_fails_on_a_damaged_file(tmp_path):
    path = tmp_path / "broken.db"
    path.write_bytes(os.urandom(8192))
    result = guanxi("check", "--db", str(path))
    assert result.returncode != 0
    assert "Problem" in result.stderr


def test_check_fails_on_a_book_from_a_newer_program(tmp_path):
    path = tmp_path / "newer.db"
    open_book(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    result = guanxi("check", "--db", str(path))
    assert result.returncode != 0
    assert "schema_newer" in result.stderr


def test_check_fails_on_a_missing_file(tmp_path):
    result = guanxi("check", "--db", str(tmp_path / "nothing.db"))
    assert result.returncode != 0
    assert not (tmp_path / "nothing.db").exists()


def test_demo_rejects_zero_customers(tmp_path):
    result = guanxi("demo", "--db", str(tmp_path / "x.db"), "--customers", "0")
    assert result.returncode == 2
