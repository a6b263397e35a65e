"""The window's shortcuts work from its text fields (issue 11, stumble 2): Ctrl+E after
typing a search exports the list instead of moving the cursor to the end of the line."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.postgres.books import address

ROOT = Path(__file__).resolve().parents[2]

# Run under a real X11 server: there Qt gives line edits the X11 key bindings (Ctrl+E is
# "end of line", Ctrl+U "delete to the start"), which the offscreen platform does not.
X11_SCRIPT = r"""
import sys
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from app.bootstrap import build_main_window

win = build_main_window(sys.argv[1], language="en",
                        settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))
win.show()
win.activateWindow()
if not QTest.qWaitForWindowActive(win, 5000):
    print("window not active")
    sys.exit(2)
fired = []
win.export_action.triggered.connect(lambda *_: fired.append("export"))
win.customers_view.export = lambda: None  # no save dialog: the action firing is the point
win.customers_view.open_customer(win.customers_view.model.id_at(0))
while win.customers_view.card.loading():  # the card is read on a thread of the op runner
    QApplication.processEvents()
for field in (win.customers_view.search, win.customers_view.card.name):
    field.setFocus()
    QApplication.processEvents()
    QTest.keyClicks(field, "zs")
    QTest.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
print(",".join(fired))
win.customers_view.card.discard()  # what was typed on the card: closing must not ask
win.close()
"""


def _export_fired(window, qtbot):
    fired = []
    window.export_action.triggered.connect(lambda *_: fired.append(True))
    window.customers_view.export = lambda: fired.append("export")
    return fired


def test_ctrl_e_after_typing_a_search_exports_the_list(qtbot, window):
    from PySide6.QtWidgets import QApplication

    # the active window gets the shortcuts (a window another test left active would not)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    fired = _export_fired(window, qtbot)
    search = window.customers_view.search
    search.setFocus()
    qtbot.keyClicks(search, "zs")
    qtbot.keyClick(search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert sorted(map(str, fired)) == ["True", "export"]
    assert search.text() == "zs"  # the search itself is untouched


def test_window_shortcuts_work_from_a_card_field(qtbot, window):
    window.customers_view.open_customer(window.customers_view.model.id_at(0))
    name = window.customers_view.card.name
    name.setFocus()
    qtbot.keyClick(name, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.customers_view.search.hasFocus()


@pytest.mark.skipif(shutil.which("xvfb-run") is None or not sys.platform.startswith("linux"),
                    reason="needs xvfb-run for a real X11 server")
def test_ctrl_e_from_search_and_card_fields_under_x11(book_path, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-c", X11_SCRIPT, address(book_path),
         str(tmp_path / "settings.ini")],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )
    if "window not active" in done.stdout:
        pytest.skip("the X11 server gave the window no focus")
    assert done.stdout.strip().splitlines()[-1] == "export,export", done.stdout + done.stderr
