"""Backups from the window: File → Back up now, automatic ones while open, one on close.

Real books in tmp_path, the real window; the backups written are read back and checked.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QProgressBar, QProgressDialog
from sqlalchemy import update

from app.bootstrap import build_main_window
from app.db.models import Staff
from app.services.admin.backups import customers_in, list_backups, take_backup, verify_backup
from app.services.admin.book import open_book
from app.ui import messages

# backups of a SQLite file (a server book: guanxi backup through pg_dump)
pytestmark = pytest.mark.sqlite_only


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def open_window(qtbot, book_path, settings, **preferences):
    win = build_main_window(str(book_path), language="en", settings=settings)
    for name, value in preferences.items():
        setattr(win.preferences, name, value)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def errors_shown(monkeypatch):
    """The messages a modal error box would show (a modal box would wait for a click)."""
    shown: list[tuple[str, str]] = []
    # (the scheduler takes show_error from app.ui.messages when a backup fails)
    monkeypatch.setattr(messages, "show_error",
                        lambda parent, title, text, detail="": shown.append((title, text)))
    return shown


@pytest.fixture
def win(qtbot, book_path, settings):
    window = open_window(qtbot, book_path, settings, backup_on_close=False)
    yield window
    window.close()


def wait_until_idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.backups.running, timeout=20_000)


# ------------------------------------------------------------ Back up now
def test_back_up_now_writes_a_checked_backup_into_the_configured_folder(qtbot, win, book_path,
                                                                         tmp_path):
    folder = tmp_path / "elsewhere" / "copies"
    win.preferences.backup_folder = str(folder)
    assert win.backup_action.isEnabled()

    win.backup_action.trigger()
    bar = win.statusBar().findChild(QProgressBar, "backupProgress")
    assert bar is not None and win.backups.running  # shown while the copy runs
    wait_until_idle(qtbot, win)

    backups = list_backups(book_path, folder)
    assert [b.kind for b in backups] == ["manual"]
    assert backups[0].path.parent == folder
    verify_backup(backups[0].path)  # a whole Guanxi book that passes its check
    message = win.statusBar().currentMessage()
    assert message.startswith(f"Backup written: {backups[0].path} (")
    assert message.endswith(" MB, checked)")
    qtbot.waitUntil(lambda: win.statusBar().findChild(QProgressBar, "backupProgress") is None)


def test_a_second_back_up_now_while_one_runs_writes_no_second_copy(qtbot, win, book_path):
    win.backup_action.trigger()
    win.backup_action.trigger()
    assert "being written already" in win.statusBar().currentMessage()
    wait_until_idle(qtbot, win)
    assert len(list_backups(book_path)) == 1


def test_back_up_now_into_a_file_instead_of_a_folder_says_so_and_keeps_older_backups(
        qtbot, win, book_path, tmp_path, errors_shown):
    older = take_backup(book_path, kind="manual")  # in the default folder beside the book
    before = sha256(older.path)
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("not a folder")
    win.preferences.backup_folder = str(not_a_folder)

    win.backup_action.trigger()
    wait_until_idle(qtbot, win)

    assert len(errors_shown) == 1
    title, text = errors_shown[0]
    assert title == "Backup not written"
    assert "The book and the earlier backups are as they were" in text
    assert "Traceback" not in text
    assert not_a_folder.read_text() == "not a folder"
    assert [b.path for b in list_backups(book_path)] == [older.path]
    assert sha256(older.path) == before
    qtbot.waitUntil(lambda: win.statusBar().findChild(QProgressBar, "backupProgress") is None)


def test_a_backup_that_fills_the_disk_says_so_and_keeps_the_older_ones(
        qtbot, win, book_path, small_disk, errors_shown):
    small_disk = small_disk(1)
    older = take_backup(book_path, small_disk, kind="manual",
                        now=datetime.now() - timedelta(days=1))
    before = sha256(older.path)
    free = shutil.disk_usage(small_disk).free
    (small_disk / "filler").write_bytes(b"\0" * max(0, free - 16 * 1024))
    win.preferences.backup_folder = str(small_disk)

    win.backup_action.trigger()
    wait_until_idle(qtbot, win)

    assert len(errors_shown) == 1
    assert "The disk holding the backups is full" in errors_shown[0][1]
    assert [b.path for b in list_backups(book_path, small_disk)] == [older.path]
    assert sha256(older.path) == before
    verify_backup(older.path)
    assert not list(small_disk.glob("*.partial"))


# ------------------------------------------------------------ automatic, while open
def test_an_automatic_backup_is_taken_when_due_and_not_when_one_is_recent(qtbot, win, book_path):
    win.backups.back_up_if_due()  # none yet: due
    assert win.backups.running
    wait_until_idle(qtbot, win)
    assert [b.kind for b in list_backups(book_path)] == ["auto"]

    win.backups.back_up_if_due()  # the one just taken is recent
    assert not win.backups.running
    assert len(list_backups(book_path)) == 1


def test_an_automatic_backup_follows_the_hours_in_preferences(qtbot, win, book_path):
    take_backup(book_path, kind="auto", now=datetime.now() - timedelta(hours=3))
    win.preferences.backup_every_hours = 4
    win.backups.back_up_if_due()
    assert not win.backups.running  # three hours old: not yet

    win.preferences.backup_every_hours = 2
    win.backups.back_up_if_due()
    wait_until_idle(qtbot, win)
    # a new one (the rotation then keeps only the newest of a day)
    assert datetime.now() - list_backups(book_path)[0].taken_at < timedelta(minutes=1)


def test_no_automatic_backup_of_a_book_opened_only_to_read(qtbot, book_path, settings):
    services = open_book(book_path, read_only=True)
    win = build_main_window(str(book_path), language="en", settings=settings, services=services)
    qtbot.addWidget(win)
    win.preferences.backup_on_close = True
    win.backups.back_up_if_due()
    assert not win.backups.running
    win.close()
    assert list_backups(book_path) == []


def test_the_check_timer_runs_once_the_check_on_opening_is_over(qtbot, win):
    timer = win.backups.findChild(QTimer, "backupTimer")
    qtbot.waitUntil(timer.isActive)  # started when the book's check on opening ends
    assert timer.interval() == 10 * 60 * 1000


def test_a_failing_automatic_backup_is_shown_without_blocking_and_not_retried_at_once(
        qtbot, win, book_path, tmp_path):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("x")
    win.preferences.backup_folder = str(not_a_folder)
    win.backups.back_up_if_due()
    wait_until_idle(qtbot, win)
    box = win.findChild(QMessageBox, "automaticBackupFailure")
    assert box.isVisible() and not box.isModal()
    assert "earlier backups are as they were" in box.text()
    win.backups.back_up_if_due()  # not again within the hour
    assert not win.backups.running
    box.close()


# ------------------------------------------------------------ on close
def test_closing_the_window_takes_a_backup_before_the_book_is_closed(
        qtbot, book_path, settings, monkeypatch):
    shown = []
    original_show = QProgressDialog.show

    def recording_show(dialog):
        shown.append(dialog.labelText())
        original_show(dialog)

    monkeypatch.setattr(QProgressDialog, "show", recording_show)
    win = open_window(qtbot, book_path, settings)
    assert win.preferences.backup_on_close  # the default
    services = win.services

    assert win.close()

    assert shown == ["Backing up the book before closing…"]
    backups = list_backups(book_path)
    assert [b.kind for b in backups] == ["auto"]
    verify_backup(backups[0].path)
    # the book is still open: bootstrap closes it when the window is gone, after this
    assert services.staff.list()


def test_closing_a_book_unchanged_since_its_backup_takes_no_second_one(qtbot, book_path,
                                                                      settings):
    win = open_window(qtbot, book_path, settings)
    recent = take_backup(book_path, kind="auto", now=datetime.now() + timedelta(seconds=2))
    assert win.close()
    assert [b.path for b in list_backups(book_path)] == [recent.path]


def test_closing_after_a_change_since_the_last_backup_takes_one(qtbot, book_path, settings):
    from app.domain.records import CustomerInput

    recent = take_backup(book_path, kind="auto", now=datetime.now() - timedelta(minutes=1))
    before = customers_in(recent.path)
    win = open_window(qtbot, book_path, settings)
    win.services.customers.create(CustomerInput(name="新客户", phone="13900001111"))
    assert win.close()
    newest = list_backups(book_path)[0]  # (the older one of the same day rotated away)
    assert newest.path != recent.path and newest.taken_at > recent.taken_at
    assert customers_in(newest.path) == before + 1


def test_closing_waits_for_a_backup_under_way_and_takes_no_second_one(qtbot, book_path, settings):
    win = open_window(qtbot, book_path, settings)
    win.backup_action.trigger()
    assert win.backups.running
    assert win.close()
    assert not win.backups.running
    kinds = [b.kind for b in list_backups(book_path)]
    # waited for, not abandoned; a second one only for what the window's own start-up
    # work wrote after the manual one began
    assert "manual" in kinds and kinds.count("auto") <= 1


def test_a_second_close_with_a_delete_pending_takes_no_backup_and_does_not_hang(
        qtbot, book_path, settings):
    """pytest-qt closes a window and posts its deleteLater; a later close() of the same
    (hidden) window took a second closing backup, whose wait ran the event loop that
    deleted the window under it: the backup's end was never reported and the wait never
    ended (a CI run hung in teardown this way)."""
    from app.domain.records import CustomerInput

    win = build_main_window(str(book_path), language="en", settings=settings)
    qtbot.addWidget(win)  # never shown: each close() sends a close event
    assert win.close()
    taken = list_backups(book_path)
    win.services.customers.create(CustomerInput(name="关后", phone="13900002222"))
    later = datetime.now().timestamp() + 5  # (backup times are whole seconds)
    os.utime(book_path, (later, later))
    win.deleteLater()
    assert win.close()  # returns: no closing work twice, no wait on a dying window
    assert list_backups(book_path) == taken


def test_no_backup_on_close_when_preferences_say_so(qtbot, book_path, settings):
    win = open_window(qtbot, book_path, settings, backup_on_close=False)
    assert win.close()
    assert list_backups(book_path) == []


def test_a_failing_backup_on_close_is_shown_and_the_window_still_closes(
        qtbot, book_path, settings, tmp_path, errors_shown):
    older = take_backup(book_path, kind="auto", now=datetime.now() - timedelta(days=2))
    before = sha256(older.path)
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("x")
    win = open_window(qtbot, book_path, settings, backup_folder=str(not_a_folder))

    assert win.close()

    assert len(errors_shown) == 1 and errors_shown[0][0] == "Backup not written"
    assert [b.path for b in list_backups(book_path)] == [older.path]
    assert sha256(older.path) == before


# ------------------------------------------------------------ Preferences
def test_preferences_keep_the_backup_choices(qtbot, win, tmp_path, monkeypatch):
    from app.ui.dialogs.preferences_dialog import PreferencesDialog

    seen = {}

    def choose(dialog):
        seen["placeholder"] = dialog.backup_folder.placeholderText()
        seen["every"] = dialog.backup_every.value()
        seen["on_close"] = dialog.backup_on_close.isChecked()
        dialog.backup_folder.setText(str(tmp_path / "usb"))
        dialog.backup_every.setValue(8)
        dialog.backup_on_close.setChecked(True)
        dialog.accept()
        return True

    monkeypatch.setattr(PreferencesDialog, "exec", choose)
    win.preferences_action.trigger()  # File → Preferences…
    assert seen == {"placeholder": str(tmp_path / "backups"), "every": 4, "on_close": False}
    assert win.preferences.backup_folder == str(tmp_path / "usb")
    assert win.preferences.backup_every_hours == 8
    assert win.preferences.backup_on_close is True
    assert win.backups.folder() == tmp_path / "usb"


def test_preferences_keep_this_desks_advisor_when_made_inactive(qtbot, win, monkeypatch):
    from app.ui.dialogs.preferences_dialog import PreferencesDialog

    services = win.services
    wang = next(s for s in services.staff.list() if s.name == "王芳")
    li = services.staff.add("李明")
    win.preferences.desk_advisor_id = wang.id
    with services.book.writing() as session:
        session.execute(update(Staff).where(Staff.id == wang.id).values(active=False))
    seen = {}

    def accept_untouched(dialog):
        seen["shown"] = dialog.desk.currentText()
        seen["choices"] = [dialog.desk.itemText(i) for i in range(dialog.desk.count())]
        dialog.accept()
        return True

    monkeypatch.setattr(PreferencesDialog, "exec", accept_untouched)
    win.preferences_action.trigger()  # File → Preferences…
    assert seen["shown"] == "王芳 (inactive)"
    assert seen["choices"] == ["Everyone (no advisor)", li.name, "王芳 (inactive)"]
    assert win.preferences.desk_advisor_id == wang.id
