"""A damaged book opened read-only: nothing in the window offers to write, and the
person's messages never carry SQLite's English."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit

from app.bootstrap import build_main_window, setup_language
from app.domain.errors import BookError
from app.ui.messages import book_error, book_error_detail
from tests.ui.conftest import type_text
from tests.ui.test_damaged_book_ui import cleanup, damaged, damaged_dialog, sha256  # noqa: F401, F811

# a SQLite file opened read-only
pytestmark = pytest.mark.sqlite_only

SQLITE_WORDS = "database disk image is malformed"


def test_read_only_disables_every_write_and_leaves_the_card_readable(qtbot, damaged, settings,  # noqa: F811
                                                                     cleanup, sync_ops):  # noqa: F811
    path, _good = damaged
    before = sha256(path)
    window = build_main_window(str(path), language="en", settings=settings)
    window.show()
    damaged_dialog(qtbot, window).read_only_button.click()
    view = window.customers_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 4, timeout=5000)
    zhang = window.services.customers.search_ids("张三")[0]
    window.show_customer(zhang)
    card = view.card

    for action in (window.new_action, window.save_action, window.archive_action,
                   window.log_action, window.new_vehicle_action, window.new_visit_action):
        assert not action.isEnabled(), action.objectName()
    for button in (card.save_button, card.archive_button, card.log_button,
                   card.new_vehicle_button, card.visits.new_button):
        assert not button.isEnabled()
    assert not card.log_text.isEnabled()
    assert card.name.text() == "张三" and card.name.isReadOnly()  # readable, copyable
    assert all(edit.isReadOnly() for edit in card.details_page.findChildren(QLineEdit))
    assert all(edit.isReadOnly() for edit in card.details_page.findChildren(QPlainTextEdit))
    assert not any(combo.isEnabled() for combo in card.details_page.findChildren(QComboBox))
    assert not any(b.isEnabled() for b in card.details_page.findChildren(QAbstractButton))
    type_text(qtbot, card.occupation, "设计师")
    assert not card.is_dirty()

    # the list views, built after the book was opened read-only, offer no writes either
    assert not window.visits_view.new_button.isEnabled()
    assert not window.lapsed_view.win_back_button.isEnabled()
    reminders = window.reminders_view
    assert not any(getattr(reminders, name).isEnabled()
                   for name in ("call_button", "done_button", "snooze_button", "dismiss_button"))
    followups = window.followups_view
    assert not any(b.isEnabled() for b in followups.outcome_buttons.values())
    window.close()
    qtbot.wait(50)
    assert sha256(path) == before


@pytest.mark.parametrize("code", ["damaged", "busy", "disk_full", "disk_error", "read_only",
                                  "read_only_open"])
def test_book_errors_keep_sqlites_english_out_of_the_sentence(code):
    error = BookError(code, SQLITE_WORDS)
    assert SQLITE_WORDS not in book_error(error)
    assert book_error_detail(error) == SQLITE_WORDS  # kept for a message box's details


def test_a_refused_write_reads_in_chinese_only(qapp):
    setup_language(qapp, "zh_CN")
    try:
        text = book_error(BookError("read_only_open", SQLITE_WORDS))
    finally:
        setup_language(qapp, "en")
    assert text and SQLITE_WORDS not in text and not text.isascii()
