"""File → Restore from a backup…: the list of backups (the dialog alone), and a restore
driven through the window."""

import hashlib
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

# restoring a SQLite file
import pytest  # noqa: E402
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.records import CustomerInput
from app.services.admin.backups import folder_for, list_backups, take_backup
from app.ui.dialogs.restore_dialog import RestoreDialog
from app.ui.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only


def customers(path: Path) -> list[str]:
    """The current customers' names in a book or backup file, read straight from it."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(r[0] for r in conn.execute(
            "SELECT name FROM customers WHERE archived_at IS NULL"))
    finally:
        conn.close()



def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def open_restore_dialog(qtbot, window) -> RestoreDialog:
    window.restore_action.trigger()

    def shown():
        return next((d for d in window.findChildren(RestoreDialog) if d.isVisible()), None)

    qtbot.waitUntil(lambda: shown() is not None, timeout=5000)
    dialog = shown()
    qtbot.waitUntil(lambda: len(dialog.counts) == len(dialog.backups), timeout=10000)
    return dialog


def restore_dialog_alone(qtbot, book_path: Path) -> RestoreDialog:
    """The restore dialog alone over the book, given the folder the window gives it when no
    other is chosen in Preferences (`backups` beside the book), its counts read."""
    path = Path(book_path).resolve()
    dialog = RestoreDialog(path, str(folder_for(path, None)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: len(dialog.counts) == len(dialog.backups), timeout=10000)
    return dialog


def answer_confirmation(accept: bool) -> None:
    """Answer the 'Put the backup … in the book's place?' box as a person would."""
    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "confirmRestore":
            QTimer.singleShot(20, answer)
            return
        for button in box.buttons():
            role = box.buttonRole(button)
            if (role == QMessageBox.ButtonRole.AcceptRole) == accept:
                button.click()
                return
    QTimer.singleShot(0, answer)


def window_over_the_book(old) -> MainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if (isinstance(widget, MainWindow) and widget is not old and widget.isVisible()
                and widget.services is not None):
            return widget
    return None


def test_the_dialog_lists_each_backup_with_its_kind_in_words_size_and_customers(
        qtbot, book_services, book_path):
    now = datetime.now().replace(microsecond=0)
    take_backup(book_path, kind="before-import", now=now - timedelta(days=3))
    book_services.customers.create(CustomerInput(name="钱七", phone="13600001111"))
    take_backup(book_path, kind="manual", now=now - timedelta(days=2))  # (one a day is kept)
    take_backup(book_path, kind="auto", now=now - timedelta(hours=1))
    dialog = restore_dialog_alone(qtbot, book_path)
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert [r[1] for r in rows] == ["Automatic", "Manual", "Before an import"]
    assert rows[0][0] == (now - timedelta(hours=1)).strftime("%Y-%m-%d %H:%M:%S")
    assert [r[3] for r in rows] == ["5", "5", "4"]
    assert all(r[2].endswith(" MB") for r in rows)
    assert dialog.restore_button.isEnabled()  # the newest is chosen to start with
    dialog.reject()


def test_an_unreadable_backup_says_so_and_no_backups_says_so(qtbot, book_services, book_path):
    dialog = restore_dialog_alone(qtbot, book_path)
    assert dialog.table.isHidden() and not dialog.empty.isHidden()
    dialog.reject()
    folder = book_path.parent / "backups"
    folder.mkdir()
    from app.services.admin.backups import backup_name

    (folder / backup_name(book_path, "manual", "20240101-120000")).write_bytes(
        b"not a book at all" * 100)
    dialog = restore_dialog_alone(qtbot, book_path)
    assert dialog.table.item(0, 3).text() == "unreadable"
    dialog.reject()


def test_restoring_through_the_dialog_reopens_the_window_on_the_restored_book(qtbot, opened,
                                                                              book_path):
    backup = take_backup(book_path, kind="manual",
                         now=datetime.now().replace(microsecond=0) - timedelta(hours=1))
    opened.services.customers.create(CustomerInput(name="钱七", phone="13600001111"))
    before = customers(book_path)
    assert "钱七" in before
    dialog = open_restore_dialog(qtbot, opened)
    assert dialog.backups[0].path == backup.path
    dialog.table.selectRow(0)
    answer_confirmation(accept=True)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window_over_the_book(opened) is not None, timeout=20000)
    window = window_over_the_book(opened)
    # the window shows the restored book
    assert window.services.customers.count() == 4
    qtbot.waitUntil(lambda: window.customers_view.model.rowCount() == 4, timeout=5000)
    assert customers(book_path) == sorted(set(before) - {"钱七"})
    # the book as it was is kept aside, whole
    aside = [b for b in list_backups(book_path) if b.kind == "replaced"]
    assert len(aside) == 1
    assert customers(aside[0].path) == before
    # and the person is told where
    box = window.findChild(QMessageBox, "restoreOutcome")
    assert box is not None and str(aside[0].path) in box.text()
    assert "restored from the backup of" in box.text()
    assert backup.path.exists()  # the backup itself is left as it was
    # the restored book takes writes again
    window.services.customers.create(CustomerInput(name="孙八", phone="13500001111"))
    assert "孙八" in customers(book_path)


def test_cancelling_the_confirmation_changes_nothing(qtbot, opened, book_path):
    take_backup(book_path, kind="manual")
    digest = sha256(book_path)
    dialog = open_restore_dialog(qtbot, opened)
    answer_confirmation(accept=False)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.chosen is None
    dialog.reject()
    qtbot.wait(50)
    assert opened.services is not None and opened.isVisible()
    assert sha256(book_path) == digest
    assert not [b for b in list_backups(book_path) if b.kind == "replaced"]


def test_a_restore_that_fails_leaves_the_book_as_it_was_and_open_again(qtbot, opened, book_path):
    backup = take_backup(book_path, kind="manual")
    opened.services.customers.create(CustomerInput(name="钱七", phone="13600001111"))
    # the backup is damaged after it was listed: its check must refuse it
    conn = sqlite3.connect(backup.path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='customers'").fetchone()[0]
    conn.close()
    with open(backup.path, "r+b") as f:
        f.seek((root - 1) * page_size + 8)
        f.write(b"\xa5" * (page_size - 16))
    before = customers(book_path)
    dialog = open_restore_dialog(qtbot, opened)
    answer_confirmation(accept=True)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window_over_the_book(opened) is not None, timeout=20000)
    window = window_over_the_book(opened)
    box = window.findChild(QMessageBox, "restoreOutcome")
    assert box is not None
    assert "not restored" in box.text() and "exactly as it was" in box.text()
    assert customers(book_path) == before
    assert window.services.customers.count() == 5
    assert not [b for b in list_backups(book_path) if b.kind == "replaced"]
    assert not list(book_path.parent.glob("*.restoring*"))
