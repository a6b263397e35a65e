"""Fixtures for migration tests: real book files, copies of the migration scripts."""

from pathlib import Path

import pytest

from tests.migrations.book_files import fill_book, write_scripts


@pytest.fixture
def scripts_with(tmp_path):
    """scripts_with(upgrade_body) -> a copy of migrations/ with revision 9999 on top of head."""
    return lambda body: write_scripts(tmp_path, body)


@pytest.fixture
def filled_book(tmp_path) -> Path:
    return fill_book(tmp_path / "book.db")
