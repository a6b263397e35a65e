"""How the program comes up: window first, then the book; fonts; refused books."""

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QMessageBox

from app.bootstrap import build_main_window
from app.render.fonts import cjk_family
from app.render.language import resolve_language
from tests.ui.conftest import drop_unsaved


def test_window_shows_before_the_book_opens_then_lists_customers(qtbot, book_path, settings):
    window = build_main_window(str(book_path), language="en", settings=settings, defer_book=True)
    assert window.services is None  # nothing of the book is loaded yet
    assert window.customers_view.card is None
    window.show()
    qtbot.waitUntil(lambda: window.customers_view.model.rowCount() == 4, timeout=5000)
    assert window.customers_view.card is not None
    assert window.services is not None
    window.close()


# what the window's first paint does without: the database layer, the services, the rules
# behind the options' defaults, the operations module, importlib.resources (each module
# loaded before the window shows is start-up time; benchmarks/run.py figure 3)
NOT_BEFORE_FIRST_PAINT = (
    "sqlalchemy", "app.db", "app.services", "app.domain.desk_rules", "app.domain.recurrence",
    "app.domain.lunar", "app.domain.reminder_records", "app.domain.segments",
    "app.domain.service_rules", "app.ui.ops", "calendar", "importlib.resources",
)
FIRST_PAINT = """
import sys
from PySide6.QtCore import QEvent, QObject, QSettings
from app.bootstrap import build_main_window
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
window = build_main_window(sys.argv[1], settings=settings, defer_book=True)
class FirstPaint(QObject):
    loaded = None
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and FirstPaint.loaded is None:
            FirstPaint.loaded = sorted(sys.modules)
        return False
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
from PySide6.QtWidgets import QApplication
while FirstPaint.loaded is None:
    QApplication.processEvents()
print(" ".join(FirstPaint.loaded))
"""


def test_the_window_paints_before_the_book_layers_and_the_rules_load(book_path, tmp_path):
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", FIRST_PAINT, str(book_path),
                           str(tmp_path / "settings.ini")], cwd=root, env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    loaded = done.stdout.split()
    assert "app.ui.main_window" in loaded  # (the window it speaks of was built)
    early = [name for name in loaded
             if any(name == m or name.startswith(m + ".") for m in NOT_BEFORE_FIRST_PAINT)]
    assert early == []

def test_a_book_from_a_newer_program_is_reported_not_opened(qtbot, tmp_path, settings, monkeypatch):
    from app.services.admin.book import open_book
    from tests.postgres.books import contents, run_sql

    path = tmp_path / "newer.db"
    open_book(path).close()
    run_sql(path, "UPDATE alembic_version SET version_num = 'ffff_future'")
    before = contents(path)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    window = build_main_window(str(path), language="en", settings=settings, defer_book=True)
    window.show()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "newer version of Guanxi" in shown[0]
    assert contents(path) == before


def test_a_cjk_font_is_found_and_used(qapp):
    family = cjk_family()
    assert family is not None, "install fonts-noto-cjk (make test does)"
    assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)


def test_language_follows_choice_then_system():
    assert resolve_language("zh_CN") == "zh_CN"
    assert resolve_language("en") == "en"
    assert resolve_language("zh") == "zh_CN"
    assert resolve_language("") in ("zh_CN", "en")


def test_interface_in_chinese(qtbot, book_path, settings):
    window = build_main_window(str(book_path), language="zh_CN", settings=settings)
    try:
        assert window.customers_view.show_archived.text() == "显示已归档"
        assert window.customers_view.count_label.text() == "4 位客户"
        assert window.menuBar().actions()[0].text() == "文件(&F)"
    finally:
        drop_unsaved(window)
        window.close()
    # later windows in the same process may be English again
    english = build_main_window(str(book_path), language="en", settings=settings)
    try:
        assert english.customers_view.show_archived.text() == "Show archived"
    finally:
        english.close()


def test_first_start_writes_the_demo_book_when_asked(qapp, tmp_path):
    from app.bootstrap import _offer_demo
    from app.services.admin.book import open_book

    declined = tmp_path / "empty.db"
    _offer_demo(str(declined), ask=lambda: False)
    assert not declined.exists()
    chosen = tmp_path / "demo.db"
    _offer_demo(str(chosen), ask=lambda: True)
    services = open_book(chosen, create=False)
    try:
        assert services.customers.count() == 500
    finally:
        services.close()
