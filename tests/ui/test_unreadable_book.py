"""A book file SQLite cannot read at all (emptied, its first page overwritten) while good
backups of it exist: the window offers the newest good backup, or closing; not read-only."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.bootstrap import build_main_window
from app.domain.errors import BookError
from app.services.admin.backups import list_backups, take_backup
from app.services.admin.book import open_book
from tests.ui.test_damaged_book_ui import cleanup, customers, damaged_dialog, sha256  # noqa: F401

# an unreadable or emptied SQLite file
pytestmark = pytest.mark.sqlite_only


def overwrite_first_page(path) -> None:
    with open(path, "r+b") as book:
        book.write(b"\x00" * 4096)


def empty(path) -> None:
    path.write_bytes(b"")


@pytest.mark.parametrize(("spoil", "code"), [(overwrite_first_page, "not_a_book"),
                                            (empty, "empty_file")])
def test_an_unreadable_book_with_backups_offers_to_restore_the_newest_good_one(
        qtbot, book_path, settings, cleanup, spoil, code, monkeypatch):  # noqa: F811
    monkeypatch.setattr(QMessageBox, "critical",  # (the refusal it used to end with)
                        lambda parent, title, text, *a: parent.close())
    good = take_backup(book_path, kind="manual",
                       now=datetime.now().replace(microsecond=0) - timedelta(days=1))
    spoil(book_path)
    with pytest.raises(BookError) as refused:
        open_book(book_path, create=False)
    assert refused.value.code == code
    spoilt = sha256(book_path)

    window = build_main_window(str(book_path), language="en", settings=settings, defer_book=True)
    window.show()
    dialog = damaged_dialog(qtbot, window)
    assert window.isVisible() and window.services is None
    assert not dialog.read_only_button.isVisible()  # SQLite cannot read it: nothing to read
    assert dialog.restore_button.isVisible() and dialog.close_button.isVisible()
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: window.services is not None, timeout=20000)
    assert window.services.writable and window.services.customers.count() == 4
    assert customers(book_path) == customers(good.path)
    aside = [b for b in list_backups(book_path) if b.kind == "replaced"]
    assert len(aside) == 1 and sha256(aside[0].path) == spoilt  # kept aside, never deleted


def test_an_unreadable_book_without_backups_is_still_refused_in_words(
        qtbot, book_path, settings, cleanup, monkeypatch):  # noqa: F811
    overwrite_first_page(book_path)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text, *a: said.append(text))
    window = build_main_window(str(book_path), language="en", settings=settings, defer_book=True)
    window.show()
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert "not a Guanxi book" in said[0]
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert QApplication.activeModalWidget() is None
