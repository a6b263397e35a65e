"""A database failure that reaches the window is a sentence, not a traceback."""

import sqlite3
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.exc import OperationalError

from app.bootstrap import install_excepthook


def real_error(tmp_path, statement: str, setup=()):
    """The exception SQLite itself raises for `statement` on a real file."""
    conn = sqlite3.connect(tmp_path / "book.db", timeout=0.05)
    for line in setup:
        conn.execute(line)
    try:
        conn.execute(statement)
    except sqlite3.Error as exc:
        return OperationalError(statement, {}, exc)
    finally:
        conn.close()
    raise AssertionError("no error")


@pytest.fixture
def shown(qapp, monkeypatch):
    """The text of the message box the hook shows (closed at once)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    texts = []

    def close_box():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                texts.append((widget.text(), widget.detailedText()))
                widget.done(0)
                return
        QTimer.singleShot(20, close_box)

    def show(exc):
        QTimer.singleShot(20, close_box)
        sys.excepthook(type(exc), exc, None)
        return texts[-1]

    return show


def test_a_locked_book_is_told_as_busy(tmp_path, shown):
    holder = sqlite3.connect(tmp_path / "book.db")
    holder.execute("CREATE TABLE t (x)")
    holder.commit()
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO t VALUES (1)")
    try:
        error = real_error(tmp_path, "INSERT INTO t VALUES (2)")
    finally:
        holder.rollback()
        holder.close()
    text, details = shown(error)
    assert "busy" in text and "saved before is safe" in text
    assert "Traceback" not in text + details


def test_a_full_book_is_told_as_a_full_disk(tmp_path, shown):
    error = real_error(tmp_path, "INSERT INTO t SELECT zeroblob(100000)",
                       setup=("CREATE TABLE t (x)", "PRAGMA max_page_count=4"))
    text, _ = shown(error)
    assert "disk holding the book is full" in text


def test_another_error_is_still_unexpected_with_its_details(tmp_path, shown):
    text, details = shown(ValueError("a bug"))
    assert "Something went wrong" in text
    assert "a bug" in details
