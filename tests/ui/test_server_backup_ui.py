"""File → Back up now on a book on a server: the server's pg_dump writes a checked dump into
the backups folder of Preferences; without pg_dump the person is told so in words."""

from __future__ import annotations

import pytest

from app.ui import messages

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def errors_shown(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_error",
                        lambda parent, title, text, detail="": shown.append((title, text)))
    return shown


def test_back_up_now_dumps_a_server_book_into_the_backups_folder(qtbot, window, tmp_path,
                                                                   errors_shown):
    assert window.services.book.path is None  # (a book on the server)
    window.preferences.backup_folder = str(tmp_path / "dumps")
    assert window.backup_action.isEnabled()
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: not window.backups.running, timeout=30_000)
    assert errors_shown == []
    dumps = list((tmp_path / "dumps").glob("*.dump"))
    assert len(dumps) == 1 and dumps[0].stat().st_size > 0
    assert "Backup written" in window.statusBar().currentMessage()
    assert str(dumps[0]) in window.statusBar().currentMessage()


def test_without_pg_dump_back_up_now_says_so_and_writes_nothing(qtbot, window, tmp_path,
                                                                 errors_shown, monkeypatch):
    window.preferences.backup_folder = str(tmp_path / "dumps")
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(errors_shown), timeout=30_000)
    assert "pg_dump" in errors_shown[0][1]
    assert not (tmp_path / "dumps").exists()
