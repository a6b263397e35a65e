"""One megabyte everywhere: the status bar after Back up now and the restore list agree."""

from __future__ import annotations

# backups of a SQLite file
import pytest  # noqa: E402
from PySide6.QtCore import QLocale

from app.bootstrap import build_main_window
from app.domain.records import CustomerInput
from app.services.admin.backups import list_backups
from app.services.admin.book import open_book
from app.ui.dialogs.restore_dialog import size_text

pytestmark = pytest.mark.sqlite_only


def test_back_up_now_reports_the_size_the_restore_list_shows(qtbot, tmp_path, settings):
    path = tmp_path / "big.db"
    services = open_book(path)
    for number in range(6):  # about 3 MB: 1,000,000 and 1,048,576 bytes to a MB then differ
        services.customers.create(CustomerInput(name=f"客户{number}", notes="备注" * 250_000))
    services.close()
    win = build_main_window(str(path), language="en", settings=settings)
    win.preferences.backup_on_close = False
    qtbot.addWidget(win)
    win.show()
    win.backup_action.trigger()
    qtbot.waitUntil(lambda: not win.backups.running, timeout=20_000)

    backup = list_backups(path)[0]
    megabytes = QLocale().toString(backup.size / 1_000_000, "f", 1)
    assert size_text(backup.size) == f"{megabytes} MB"
    assert f"({megabytes} MB, checked)" in win.statusBar().currentMessage()
    win.close()
