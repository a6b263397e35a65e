"""The save dialog must not undo this desk's hold on the book.

SQLite's locks on Linux and macOS are POSIX advisory locks: they belong to the process
and are dropped when ANY descriptor of the file in the process is closed. Qt's file
dialog used to open (and close) every file of the folder it shows to sniff its type, the
book and its -wal and -shm files among them, so after an export dialog in the book's
folder another desk could take the book's exclusive lock, delete the WAL this desk still
writes to, and stop seeing this desk's work.
"""

from __future__ import annotations

import ctypes.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFileSystemModel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from app.services.admin.book import open_book
from app.ui.widgets.common import save_path

# the locks of a SQLite file
pytestmark = pytest.mark.sqlite_only

OTHER_DESK_WRITES = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], timeout=5, isolation_level=None)
con.execute("BEGIN IMMEDIATE")
con.execute(
    "INSERT INTO staff (name, role, active, created_at)"
    " VALUES (?, 'advisor', 1, '2024-05-01 09:00:00')",
    (sys.argv[2],),
)
con.execute("COMMIT")
con.close()  # the last connection to close deletes the WAL, if it can lock the book alone
"""

OTHER_DESK_READS = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], timeout=5)
print("\\n".join(name for (name,) in con.execute("SELECT name FROM staff ORDER BY id")))
con.close()
"""


def other_desk(script: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", script, *map(str, args)],
        capture_output=True, text=True, timeout=60, check=True,
    )
    return done.stdout


def visible_dialog() -> QFileDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QFileDialog) and widget.isVisible():
            return widget
    return None


def run_dialog(qtbot, parent: QWidget, default_name: str, filter_text: str, act) -> Path | None:
    """Open the real save dialog and hand it to `act` once it is showing."""
    seen: list[QFileDialog] = []
    timer = QTimer(parent)
    timer.setInterval(20)

    def poll():
        dialog = visible_dialog()
        if dialog is None:
            return
        timer.stop()
        seen.append(dialog)
        try:
            act(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    timer.timeout.connect(poll)
    timer.start()
    try:
        result = save_path(parent, "Export", default_name, filter_text)
    finally:
        timer.stop()
    assert seen, "the save dialog never showed"
    return result


def wait_until_described(dialog: QFileDialog, folder: Path, timeout: float = 10.0) -> None:
    """Let the dialog look at the folder until it has worked out the type of every file
    in it (the moment it used to open them all).

    The book's own files are hidden by the filter, so the test watches a listed file,
    `earlier.xlsx`: the dialog describes a small folder's files in one batch."""
    model = dialog.findChild(QFileSystemModel)
    if model is None:  # the platform's own dialog (the GTK test, before the fix): no model
        deadline = time.monotonic() + 2
        while time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
        return
    sentinel = str(folder / "earlier.xlsx")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QApplication.processEvents()
        index = model.index(sentinel)
        if index.isValid() and model.type(index):
            break
        time.sleep(0.01)
    else:
        pytest.fail(f"the dialog did not describe the files of {folder} in {timeout} s")
    for _ in range(30):  # and whatever it does next
        QApplication.processEvents()
        time.sleep(0.01)


@pytest.fixture
def services(tmp_path):
    (tmp_path / "earlier.xlsx").write_bytes(b"an earlier export")
    made = open_book(tmp_path / "guanxi.db")
    yield made
    made.close()


def test_export_dialog_in_the_books_folder_keeps_the_books_locks(qtbot, tmp_path, services):
    if os.environ.get("GUANXI_EXPECT_NATIVE_DIALOGS"):  # run by the GTK test below
        plain = QFileDialog(None, "", str(tmp_path))
        assert plain.layout() is None, "a plain file dialog here should be the platform's"
        plain.deleteLater()
    book = services.book.path
    services.staff.add("本店")  # this desk has written: the WAL is there, our locks held
    wal = book.with_name(book.name + "-wal")
    assert wal.exists()

    parent = QWidget()
    qtbot.addWidget(parent)
    chosen = run_dialog(
        qtbot, parent, str(tmp_path / "reminders.xlsx"), "Excel workbook (*.xlsx)",
        lambda dialog: wait_until_described(dialog, tmp_path),
    )
    assert chosen is None

    other_desk(OTHER_DESK_WRITES, book, "另一台")
    assert wal.exists(), "another desk could lock the book alone and deleted its WAL"
    assert "另一台" in [member.name for member in services.staff.list()]

    services.staff.add("之后")
    assert "之后" in other_desk(OTHER_DESK_READS, book).splitlines()


@pytest.mark.skipif(
    not (shutil.which("xvfb-run") and ctypes.util.find_library("gtk-3")),
    reason="needs xvfb-run and GTK 3 (Debian: xvfb, libgtk-3-0)",
)
def test_on_a_gtk_desktop_the_dialog_keeps_the_books_locks(tmp_path):
    """On a GNOME desk Qt offers GTK's own file chooser. It is made in this process as soon
    as a QFileDialog is constructed, before any option can refuse it, and at once reads
    every file of the folder. The test above, under an X server with Qt's GTK theme."""
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_QPA_PLATFORMTHEME="gtk3",
               GUANXI_EXPECT_NATIVE_DIALOGS="1")
    done = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "-o", "qt_log_level_fail=CRITICAL",  # a bare X server has no session bus: warnings
         "--basetemp", str(tmp_path / "inner"),
         f"{Path(__file__).resolve()}::test_export_dialog_in_the_books_folder_keeps_the_books_locks"],
        cwd=root, env=env, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_the_dialog_keeps_what_a_person_sees(qtbot, tmp_path, services):
    """Default name and folder, the filter, the book's files not listed, the file type
    appended to a typed name, and a question before replacing a file."""
    book = services.book.path
    services.staff.add("本店")
    parent = QWidget()
    qtbot.addWidget(parent)
    asked: list[str] = []  # each "replace it?" question, answered No

    def answer_no():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                asked.append(widget.text())
                widget.button(QMessageBox.StandardButton.No).click()

    answering = QTimer(parent)
    answering.timeout.connect(answer_no)
    answering.start(20)

    def look(dialog: QFileDialog):
        wait_until_described(dialog, tmp_path)
        assert Path(dialog.directory().absolutePath()) == tmp_path
        assert dialog.selectedNameFilter() == "Excel workbook (*.xlsx)"
        assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
        assert dialog.findChild(QLineEdit, "fileNameEdit").text() == "reminders.xlsx"
        assert not dialog.testOption(QFileDialog.Option.DontConfirmOverwrite)
        model = dialog.findChild(QFileSystemModel)
        folder = model.index(str(tmp_path))
        listed = {model.index(row, 0, folder).data() for row in range(model.rowCount(folder))}
        assert listed == {"earlier.xlsx"}

    assert run_dialog(qtbot, parent, str(tmp_path / "reminders.xlsx"),
                      "Excel workbook (*.xlsx)", look) is None

    def type_book_name(dialog: QFileDialog):
        wait_until_described(dialog, tmp_path)
        dialog.findChild(QLineEdit, "fileNameEdit").setText(book.name)
        dialog.accept()

    chosen = run_dialog(qtbot, parent, str(tmp_path / "reminders.xlsx"),
                        "Excel workbook (*.xlsx)", type_book_name)
    assert chosen == tmp_path / (book.name + ".xlsx")
    assert asked == []

    def type_bare_name(dialog: QFileDialog):
        dialog.findChild(QLineEdit, "fileNameEdit").setText("week")
        dialog.accept()

    chosen = run_dialog(qtbot, parent, str(tmp_path / "reminders.xlsx"),
                        "Excel workbook (*.xlsx)", type_bare_name)
    assert chosen == tmp_path / "week.xlsx"

    def type_existing_name(dialog: QFileDialog):
        dialog.findChild(QLineEdit, "fileNameEdit").setText("earlier")
        dialog.accept()  # "earlier.xlsx already exists. Do you want to replace it?" No.
        assert dialog.isVisible()

    assert run_dialog(qtbot, parent, str(tmp_path / "reminders.xlsx"),
                      "Excel workbook (*.xlsx)", type_existing_name) is None
    assert len(asked) == 1 and "earlier.xlsx" in asked[0]
    assert (tmp_path / "earlier.xlsx").read_bytes() == b"an earlier export"
