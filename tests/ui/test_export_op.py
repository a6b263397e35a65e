"""An export runs as an op: off the interface thread, with a progress bar and a Cancel
button in the window's status bar; a cancelled export leaves no file, and a file of that
name as it was."""

import threading

import pytest
import shiboken6
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMainWindow, QProgressBar, QPushButton, QWidget

from app.services.exchange.excel_export import CellKind, ColumnSpec, SheetSpec
from app.ui import ops
from app.ui.ops import ThreadRunner
from app.ui.widgets.common import export_sheets


@pytest.fixture
def threads():
    runner = ThreadRunner()
    previous = ops.set_runner(runner)
    yield runner
    runner.wait_for_done(10_000)
    ops.set_runner(previous)


@pytest.fixture
def window(qtbot):
    made = QMainWindow()
    made.setCentralWidget(QWidget())
    qtbot.addWidget(made)
    made.show()
    return made


def held_sheet(release: threading.Event, threads_seen: list, rows: int = 2500) -> SheetSpec:
    """A sheet whose rows wait for `release` after the first ten."""
    def make():
        for n in range(rows):
            threads_seen.append(threading.current_thread())
            if n == 10:
                release.wait(10)
            yield (f"客户 {n}", n)
    return SheetSpec("Customers", [ColumnSpec("Name"), ColumnSpec("No.", CellKind.INTEGER)],
                     make(), size=rows)


def test_a_cancelled_export_leaves_no_file_and_the_old_file_as_it_was(qtbot, threads, window,
                                                                      tmp_path):
    target = tmp_path / "customers.xlsx"
    target.write_bytes(b"last week's export")
    release, seen = threading.Event(), []

    assert export_sheets(window.centralWidget(), [held_sheet(release, seen)], target)
    qtbot.waitUntil(lambda: len(seen) > 10, timeout=5000)
    bar = window.statusBar().findChild(QProgressBar, "opProgress")
    button = window.statusBar().findChild(QPushButton, "opCancelButton")
    assert bar is not None and button is not None and button.isVisible()
    button.click()
    release.set()
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=10_000)
    assert window.statusBar().currentMessage() == "Export cancelled: no file was written."
    assert target.read_bytes() == b"last week's export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["customers.xlsx"]  # no temp file left
    assert threading.main_thread() not in seen  # the rows were made off the interface thread


def test_an_export_shows_its_progress_then_says_where_it_went(qtbot, threads, window, tmp_path):
    target = tmp_path / "customers.xlsx"
    release, seen = threading.Event(), []

    export_sheets(window.centralWidget(), [held_sheet(release, seen)], target)
    qtbot.waitUntil(lambda: len(seen) > 10, timeout=5000)
    assert not target.exists()  # the window is free while the rows are written
    bar = window.statusBar().findChild(QProgressBar, "opProgress")
    qtbot.waitUntil(lambda: bar.value() > 0 or bar.maximum() == 0, timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Saved to"),
                    timeout=10_000)
    rows = QLocale().toString(2500)
    assert window.statusBar().currentMessage() == f"Saved to {target} (rows: {rows})"
    assert not shiboken6.isValid(bar) or not bar.isVisible()  # the bar went with the export


def test_an_export_from_a_window_with_a_book_is_in_its_audit_log(qtbot, threads, window,
                                                                  tmp_path):
    import json

    from app.services.admin.book import open_book

    services = open_book(tmp_path / "book.db")
    window.services = services  # (what the main window holds)
    try:
        release, seen = threading.Event(), []
        release.set()
        export_sheets(window.centralWidget(), [held_sheet(release, seen, rows=30)],
                      tmp_path / "customers.xlsx")
        qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Saved to"),
                        timeout=10_000)
        entry = list(services.audit.entries())[-1]
        assert (entry.action, json.loads(entry.detail)) == (
            "export", {"list": "Customers", "rows": 30})
    finally:
        services.close()
