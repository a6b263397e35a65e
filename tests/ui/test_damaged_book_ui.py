"""A damaged book in the window: restore the newest good backup, read what can be read, or close."""

import hashlib
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.bootstrap import build_main_window
from app.domain.errors import BookError
from app.services.admin.backups import list_backups, take_backup
from app.ui.dialogs.damaged_dialog import DamagedBookDialog
from app.ui.main_window import MainWindow
from app.ui.messages import book_error
from tests.migrations.test_book_safety import damage
from tests.ui.conftest import close_main_windows

# damaged pages of a SQLite file
pytestmark = pytest.mark.sqlite_only


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def customers(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(r[0] for r in conn.execute("SELECT name FROM customers"))
    finally:
        conn.close()


@pytest.fixture
def cleanup():
    yield
    close_main_windows()


def damaged_dialog(qtbot, window) -> DamagedBookDialog:
    def shown():
        return next((d for d in window.findChildren(DamagedBookDialog) if d.isVisible()), None)

    qtbot.waitUntil(lambda: shown() is not None, timeout=10000)
    return shown()


def other_window(old) -> MainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if (isinstance(widget, MainWindow) and widget is not old and widget.isVisible()
                and widget.services is not None):
            return widget
    return None


@pytest.fixture
def damaged(book_path):
    """The book with a good backup (4 customers), then damaged in its vehicle change log
    (the customers and their cards can still be read)."""
    now = datetime.now().replace(microsecond=0)
    good = take_backup(book_path, kind="manual", now=now - timedelta(days=1))
    damage(book_path, "vehicle_changes")
    return book_path, good


def test_the_check_finds_the_damage_and_the_window_offers_the_three_ways(qtbot, damaged, settings,
                                                                         cleanup):
    path, _good = damaged
    window = build_main_window(str(path), language="en", settings=settings)
    window.show()
    dialog = damaged_dialog(qtbot, window)
    assert dialog.restore_button.isEnabled() and dialog.read_only_button.isEnabled()
    assert "Nothing more will be written" in dialog.findChild(type(dialog.note), "damagedText").text()
    assert not window.services.writable
    dialog.close_button.click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)


def test_read_only_shows_the_customers_and_refuses_a_save_in_words(qtbot, damaged, settings,
                                                                    cleanup, sync_ops):
    path, _good = damaged
    before = sha256(path)
    window = build_main_window(str(path), language="en", settings=settings)
    window.show()
    damaged_dialog(qtbot, window).read_only_button.click()
    banner = window.findChild(type(window.summary), "readOnlyBanner")
    assert banner is not None and banner.isVisible() and "Read-only" in banner.text()
    assert "(read-only)" in window.book_label.text()
    view = window.customers_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 4, timeout=5000)
    zhang = window.services.customers.search_ids("张三")[0]
    window.show_customer(zhang)
    card = view.card
    assert card.name.text() == "张三"
    assert card.read_only and not card.save_button.isEnabled()  # (tests/ui/test_read_only_window)
    with pytest.raises(BookError) as refused:  # and the book itself refuses a write in words
        window.services.customers.archive(zhang)
    assert book_error(refused.value) == book_error(BookError(refused.value.code))
    window.close()
    qtbot.wait(50)
    assert sha256(path) == before  # nothing was written, not even on close


def test_restore_puts_the_newest_good_backup_in_place_and_keeps_the_damaged_file(
        qtbot, damaged, settings, cleanup):
    path, good = damaged
    damaged_digest = sha256(path)
    # a newer backup that is itself damaged is skipped
    newer = path.parent / "backups" / f"{path.name}.auto.{datetime.now():%Y%m%d-%H%M%S}.bak"
    newer.write_bytes(good.path.read_bytes())
    damage(newer)
    window = build_main_window(str(path), language="en", settings=settings)
    window.show()
    damaged_dialog(qtbot, window).restore_button.click()
    qtbot.waitUntil(lambda: other_window(window) is not None, timeout=20000)
    restored = other_window(window)
    qtbot.waitUntil(lambda: restored.customers_view.model.rowCount() == 4, timeout=5000)
    assert sha256(path) != damaged_digest
    assert restored.services.writable
    box = restored.findChild(QMessageBox, "restoreOutcome")
    assert box is not None and good.taken_at.strftime("%Y-%m-%d %H:%M:%S") in box.text()
    aside = [b for b in list_backups(path) if b.kind == "replaced"]
    assert len(aside) == 1 and sha256(aside[0].path) == damaged_digest  # kept, never deleted
    assert str(aside[0].path) in box.text()
    # the restored book is sound: no second damaged dialog, and it takes writes
    qtbot.wait(300)
    assert not [d for d in restored.findChildren(DamagedBookDialog) if d.isVisible()]
    from app.domain.records import CustomerInput

    restored.services.customers.create(CustomerInput(name="钱七", phone="13600001111"))
    assert "钱七" in customers(path)


def test_with_no_good_backup_the_restore_says_so_and_changes_nothing(qtbot, book_path, settings,
                                                                      cleanup):
    damage(book_path, "interactions")
    before = sha256(book_path)
    window = build_main_window(str(book_path), language="en", settings=settings)
    window.show()
    damaged_dialog(qtbot, window).restore_button.click()
    qtbot.waitUntil(lambda: other_window(window) is not None, timeout=20000)
    again = other_window(window)
    box = again.findChild(QMessageBox, "restoreOutcome")
    assert box is not None and "not restored" in box.text()
    assert book_error(BookError("backup_none")).split("\n")[0] in box.text()
    assert sha256(book_path) == before
    # the book is still damaged: the window asks again
    damaged_dialog(qtbot, again).close_button.click()


@pytest.fixture
def refused(book_path):
    """A damaged book one revision behind: open_book refuses to upgrade it ("damaged")
    before the window has any book. A good backup at the program's revision is kept."""
    from alembic.script import ScriptDirectory

    from app.db.migrate import alembic_config, head_revision

    good = take_backup(book_path, kind="manual",
                       now=datetime.now().replace(microsecond=0) - timedelta(days=1))
    previous = ScriptDirectory.from_config(alembic_config(None)).get_revision(
        head_revision()).down_revision
    conn = sqlite3.connect(book_path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (previous,))
    conn.close()
    damage(book_path, "vehicle_changes")
    return book_path, good


def test_a_book_refused_at_opening_as_damaged_opens_read_only(qtbot, refused, settings, cleanup):
    path, _good = refused
    before = sha256(path)
    window = build_main_window(str(path), language="en", settings=settings, defer_book=True)
    window.show()
    dialog = damaged_dialog(qtbot, window)
    assert window.services is None
    dialog.read_only_button.click()
    assert window.services is not None and not window.services.writable
    qtbot.waitUntil(lambda: window.customers_view.model.rowCount() == 4, timeout=5000)
    assert window.findChild(type(window.summary), "readOnlyBanner").isVisible()
    from app.domain.records import CustomerInput

    with pytest.raises(BookError) as caught:
        window.services.customers.create(CustomerInput(name="钱七", phone="13600001111"))
    assert caught.value.code == "read_only_open"
    qtbot.wait(300)  # the check's verdict (damaged) does not ask a second time
    assert not [d for d in window.findChildren(DamagedBookDialog) if d.isVisible()]
    window.close()
    qtbot.wait(50)
    assert sha256(path) == before


def test_a_book_refused_at_opening_as_damaged_is_restored_into_the_window(qtbot, refused,
                                                                          settings, cleanup):
    path, good = refused
    damaged_digest = sha256(path)
    window = build_main_window(str(path), language="en", settings=settings, defer_book=True)
    window.show()
    damaged_dialog(qtbot, window).restore_button.click()
    qtbot.waitUntil(lambda: window.services is not None, timeout=20000)
    assert window.services.writable and window.services.customers.count() == 4
    assert customers(path) == customers(good.path)
    aside = [b for b in list_backups(path) if b.kind == "replaced"]
    assert len(aside) == 1 and sha256(aside[0].path) == damaged_digest


def test_a_busy_bar_shows_while_the_check_reads_the_book(qtbot, book_path, settings, cleanup,
                                                        monkeypatch):
    import threading

    from PySide6.QtWidgets import QProgressBar

    from app.db import integrity

    release = threading.Event()
    real_check = integrity.quick_check

    def slow_check(*args, **kwargs):  # a large book: the real check, a moment later
        release.wait(10)
        return real_check(*args, **kwargs)

    monkeypatch.setattr(integrity, "quick_check", slow_check)
    window = build_main_window(str(book_path), language="en", settings=settings)
    qtbot.addWidget(window)
    bar = window.findChild(QProgressBar, "bookCheckProgress")
    assert bar is not None
    assert "Checking the book" in window.statusBar().currentMessage()
    release.set()
    qtbot.waitUntil(lambda: window.findChild(QProgressBar, "bookCheckProgress") is None,
                    timeout=10000)
    assert window.statusBar().currentMessage() == "Book checked: sound."
