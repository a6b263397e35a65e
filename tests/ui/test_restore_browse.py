"""File → Restore from a backup…: Browse… to a backup kept elsewhere, the book itself refused,
and an unreadable newest entry neither chosen to start with nor restored without a warning."""

import os
from datetime import datetime, timedelta
from pathlib import Path

# restoring a SQLite file
import pytest  # noqa: E402
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.records import CustomerInput
from app.services.admin.backups import list_backups, take_backup
from app.ui.widgets.save_dialog import OpenDialog
from tests.ui.test_restore_ui import (
    answer_confirmation,
    customers,
    open_restore_dialog,
    restore_dialog_alone,
    sha256,
    window_over_the_book,
)

pytestmark = pytest.mark.sqlite_only


def browse_to(qtbot, dialog, path: Path) -> None:
    """Browse…, then choose `path` in the file dialog as a person would (name, Open)."""
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in dialog.findChildren(OpenDialog)),
                    timeout=5000)
    chooser = next(d for d in dialog.findChildren(OpenDialog) if d.isVisible())
    assert chooser.nameFilters() == ["Guanxi backups (*.bak *.db)", "All files (*)"]
    chooser.setDirectory(str(path.parent))
    chooser.selectFile(str(path))
    chooser.accept()


def damaged_newest(book_path: Path) -> Path:
    """A damaged book set aside by an earlier restore, newer than every backup."""
    stamp = (datetime.now() + timedelta(minutes=5)).strftime("%Y%m%d-%H%M%S")
    aside = book_path.with_name(f"{book_path.name}.replaced-{stamp}")
    aside.write_bytes(b"\xa5" * 8192)
    return aside


def test_a_backup_in_another_folder_is_restored_through_browse(qtbot, opened, book_path,
                                                               tmp_path):
    elsewhere = tmp_path / "usb drive"
    backup = take_backup(book_path, elsewhere, kind="manual")
    assert backup.path.parent == elsewhere
    opened.services.customers.create(CustomerInput(name="钱七", phone="13600001111"))
    before = customers(book_path)
    assert "钱七" in before
    dialog = open_restore_dialog(qtbot, opened)
    assert dialog.backups == []  # not in the book's backups folder, not beside it
    answer_confirmation(accept=True)
    browse_to(qtbot, dialog, backup.path)
    qtbot.waitUntil(lambda: window_over_the_book(opened) is not None, timeout=20000)
    window = window_over_the_book(opened)
    assert window.services.customers.count() == 4
    qtbot.waitUntil(lambda: window.customers_view.model.rowCount() == 4, timeout=5000)
    assert customers(book_path) == sorted(set(before) - {"钱七"})
    aside = [b for b in list_backups(book_path) if b.kind == "replaced"]
    assert len(aside) == 1 and customers(aside[0].path) == before
    box = window.findChild(QMessageBox, "restoreOutcome")
    assert box is not None and "restored from the backup of" in box.text()
    assert backup.path.exists()


def test_choosing_the_book_itself_is_refused_and_nothing_changes(qtbot, opened, book_path):
    take_backup(book_path, kind="manual")
    digest = sha256(book_path)
    asked: list[str] = []

    def cancel_any_confirmation():  # (a confirmation asked would be the failure, not a hang)
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "confirmRestore":
            asked.append(box.text())
            box.button(QMessageBox.StandardButton.Cancel).click()

    watch = QTimer()
    watch.timeout.connect(cancel_any_confirmation)
    watch.start(20)
    dialog = open_restore_dialog(qtbot, opened)
    browse_to(qtbot, dialog, book_path)
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "restoreRefused") is not None,
                    timeout=5000)
    box = dialog.findChild(QMessageBox, "restoreRefused")
    assert "the book itself" in box.text() and "Nothing was changed" in box.text()
    box.accept()
    assert dialog.isVisible() and dialog.chosen is None
    # its working file, and the book under another name (a hard link), are refused too
    wal = book_path.with_name(book_path.name + "-wal")
    if wal.exists():
        browse_to(qtbot, dialog, wal)
        qtbot.waitUntil(lambda: any(b.isVisible() for b in dialog.findChildren(
            QMessageBox, "restoreRefused")), timeout=5000)
        next(b for b in dialog.findChildren(QMessageBox, "restoreRefused") if b.isVisible()).accept()
    link = book_path.with_name("copy-of-book.db")
    os.link(book_path, link)
    browse_to(qtbot, dialog, link)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in dialog.findChildren(
        QMessageBox, "restoreRefused")), timeout=5000)
    next(b for b in dialog.findChildren(QMessageBox, "restoreRefused") if b.isVisible()).accept()
    assert dialog.isVisible() and dialog.chosen is None
    watch.stop()
    assert asked == []  # refused before any question
    dialog.reject()
    qtbot.wait(50)
    assert opened.services is not None and opened.isVisible()
    assert window_over_the_book(opened) is None
    assert sha256(book_path) == digest
    assert not [b for b in list_backups(book_path) if b.kind == "replaced"]
    # the window still writes to its book
    opened.services.customers.create(CustomerInput(name="孙八", phone="13500001111"))
    assert "孙八" in customers(book_path)


def test_an_unreadable_newest_backup_is_not_chosen_to_start_with_and_is_greyed(
        qtbot, book_services, book_path):
    good = take_backup(book_path, kind="manual",
                       now=datetime.now().replace(microsecond=0) - timedelta(hours=1))
    aside = damaged_newest(book_path)
    dialog = restore_dialog_alone(qtbot, book_path)
    assert [b.path for b in dialog.backups] == [aside.resolve(), good.path.resolve()]
    assert dialog.table.item(0, 3).text() == "unreadable"
    assert dialog.selected().path == good.path.resolve()  # the newest that can be read
    assert dialog.restore_button.isEnabled()
    grey = dialog.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    for column in range(4):
        item = dialog.table.item(0, column)
        assert item.foreground().color() == grey
        assert "cannot be read" in item.toolTip()
    assert "cannot be read" not in dialog.table.item(1, 0).toolTip()
    dialog.reject()


def test_an_unreadable_backup_chosen_anyway_is_warned_about_then_refused(qtbot, opened,
                                                                         book_path):
    take_backup(book_path, kind="manual",
                now=datetime.now().replace(microsecond=0) - timedelta(hours=1))
    damaged_newest(book_path)
    before = customers(book_path)
    dialog = open_restore_dialog(qtbot, opened)
    dialog.table.selectRow(0)  # the person's choice: kept
    seen: list[str] = []

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "confirmRestore":
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        next(b for b in box.buttons()
             if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert seen and "could not be read" in seen[0]
    qtbot.waitUntil(lambda: window_over_the_book(opened) is not None, timeout=20000)
    window = window_over_the_book(opened)
    box = window.findChild(QMessageBox, "restoreOutcome")
    assert box is not None and "not restored" in box.text()
    assert customers(book_path) == before
    assert len([b for b in list_backups(book_path) if b.kind == "replaced"]) == 1  # only the old
    assert window.services.customers.count() == 4
