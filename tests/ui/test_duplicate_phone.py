"""A number another customer already has is questioned before it is saved (issue 11,
stumble 1): who has it, and open that card / save anyway / cancel. Real book, real card,
the question box answered by clicking its button once it is shown. The customers view is
built alone over the book."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from app.services.admin.book import open_book
from tests.ui.conftest import type_text

_answerers: list[list[int]] = []


@pytest.fixture(autouse=True)
def _answerers_stop_with_the_test():
    """An answerer whose box never came must not click in a later test's box."""
    yield
    for left in _answerers:
        left[0] = 0
    _answerers.clear()


def answer_when_asked(button_name: str, seen: list, tries: int = 300) -> None:
    """Click `button_name` in the question box as soon as it is open (looked for during
    about three seconds, and only until the test ends); note its text."""
    left = [tries]
    _answerers.append(left)

    def click():
        if left[0] <= 0:
            return
        box = QApplication.activeModalWidget()
        button = box.findChild(QPushButton, button_name) if isinstance(box, QMessageBox) else None
        if button is None:
            left[0] -= 1
            if left[0] > 0:
                QTimer.singleShot(10, click)
            return
        left[0] = 0
        seen.append(box.text())
        button.click()

    QTimer.singleShot(0, click)


def _new_card_with(qtbot, view, name: str, phone: str):
    view.new_customer()  # what Ctrl+N (File → New customer) does
    card = view.card
    type_text(qtbot, card.name, name)
    qtbot.keyClicks(card.phone, phone)
    return card


def _names_in_book(book_path) -> list[str]:
    services = open_book(book_path)
    try:
        return sorted(r.name for r in services.customers.rows(
            services.customers.search_ids(include_archived=True)))
    finally:
        services.close()


def test_new_customer_with_a_known_mobile_is_questioned_and_cancel_saves_nothing(
        qtbot, sync_ops, customers_view, book_path):
    card = _new_card_with(qtbot, customers_view, "张先生", "138 0013 8000")
    seen = []
    answer_when_asked("cancelSave", seen)
    assert card.save() is False
    assert len(seen) == 1
    # who has it, recognisably: name, number, plate, advisor
    assert "张三" in seen[0] and "138 0013 8000" in seen[0]
    assert "京A·12345" in seen[0] and "王芳" in seen[0]
    assert card.is_dirty() and card.name.text() == "张先生"  # back to the card, kept
    assert "张先生" not in _names_in_book(book_path)


def test_save_anyway_writes_the_second_customer(qtbot, sync_ops, customers_view, book_path):
    card = _new_card_with(qtbot, customers_view, "张太太", "+86 138-0013-8000")
    seen = []
    answer_when_asked("saveAnyway", seen)
    assert card.save() is True
    assert len(seen) == 1
    assert "张太太" in _names_in_book(book_path)
    assert card.name.text() == "张太太" and not card.is_dirty()
    # saved again with the same number: not asked a second time
    type_text(qtbot, card.occupation, "教师")
    card.save()
    assert len(seen) == 1


def test_open_that_card_shows_the_customer_on_file(qtbot, sync_ops, customers_view, book_path):
    card = _new_card_with(qtbot, customers_view, "张先生", "13800138000")
    seen = []
    answer_when_asked("openExistingCard", seen)
    assert card.save() is False
    assert card.name.text() == "张三" and not card.is_dirty()
    assert card.tabs.tabText(1) == "Vehicles (1)"
    table = customers_view.table
    assert table.model().index(table.currentIndex().row(), 0).data() == "张三"
    assert "张先生" not in _names_in_book(book_path)


def test_an_edited_customer_given_a_known_mobile_is_questioned(qtbot, sync_ops, customers_view):
    view = customers_view
    row = next(r for r in range(view.model.rowCount()) if view.model.index(r, 0).data() == "李四")
    view.table.selectRow(row)
    card = view.card
    qtbot.waitUntil(lambda: card.name.text() == "李四")
    card.phone.clear()
    qtbot.keyClicks(card.phone, "13700001111")  # 王五's
    seen = []
    answer_when_asked("cancelSave", seen)
    assert card.save() is False
    assert len(seen) == 1 and "王五" in seen[0]


def test_a_new_number_is_saved_without_a_question(qtbot, sync_ops, customers_view, book_path):
    card = _new_card_with(qtbot, customers_view, "钱七", "13600000000")
    seen = []
    answer_when_asked("cancelSave", seen)
    assert card.save() is True
    assert seen == []
    assert "钱七" in _names_in_book(book_path)
