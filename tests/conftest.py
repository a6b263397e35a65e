"""Shared fixtures: real SQLite books in tmp_path, the offscreen Qt platform."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from app.services.book import open_book  # noqa: E402


@pytest.fixture
def services(tmp_path):
    """A fresh, migrated book in a real file."""
    opened = open_book(tmp_path / "book.db")
    yield opened
    opened.close()
