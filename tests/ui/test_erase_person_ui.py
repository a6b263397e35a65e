"""A person's data from the card (issue 14, must-have 7): "Export this person's data…" writes
the files to the folder chosen; "Erase this person…" asks for a reason, then for the name
typed, erases and shows the placeholder; both only for someone with the right. The
retention review lists the customers inactive for the years set and opens or erases one."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLabel, QMessageBox

from app.domain.changes import DESK
from app.services.permissions import actor_for
from app.ui.dialogs.erase_dialog import EraseConfirmDialog
from app.ui.dialogs.review_dialog import ReviewDialog
from tests.postgres.books import run_sql
from tests.ui.conftest import show_alone, type_text

ZHANG = 1  # the book_path book's first customer: 张三, with a car 京A12345


@pytest.fixture
def told(monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text, *a, **k: said.append(text))
    return said


def _answers(monkeypatch, reason: str, typed: str | None):
    """The reason given, and what is typed in the confirmation (None: Cancel)."""
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (reason, True))
    asked = []

    def exec_(dialog: EraseConfirmDialog):
        asked.append(dialog)
        if typed is None:
            return QDialog.DialogCode.Rejected
        assert not dialog.erase_button.isEnabled()
        dialog.name_edit.setText(typed)
        if not dialog.erase_button.isEnabled():
            return QDialog.DialogCode.Rejected
        dialog.erase_button.click()
        return dialog.result()

    monkeypatch.setattr(EraseConfirmDialog, "exec", exec_)
    return asked


def _menu(privacy):
    """The Privacy button's menu opened (it looks at who is at the desk then)."""
    privacy.button.menu().aboutToShow.emit()
    return privacy


def test_export_this_persons_data_writes_the_files_to_the_folder_chosen(
        customers_view, book_services, sync_ops, monkeypatch, tmp_path, told):
    customers_view.open_customer(ZHANG)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *a, **k: str(tmp_path / "out"))
    privacy = customers_view.card.privacy
    assert privacy.button.isVisible()
    _menu(privacy).export_action.trigger()
    assert (tmp_path / "out" / f"customer-{ZHANG}.json").exists()
    assert (tmp_path / "out" / f"customer-{ZHANG}.xlsx").exists()
    assert "customer-1.json" in told[-1]


def test_erase_this_person_asks_twice_then_the_card_shows_the_placeholder(
        customers_view, book_services, sync_ops, monkeypatch, told):
    customers_view.open_customer(ZHANG)
    card = customers_view.card
    # the name typed wrong: nothing erased
    asked = _answers(monkeypatch, "asked in writing", "张")
    _menu(card.privacy).erase_action.trigger()
    assert len(asked) == 1
    assert "Backups taken before still hold" in asked[0].findChild(QLabel, "eraseWords").text()
    assert book_services.customers.get(ZHANG).name == "张三"
    # Cancel at the second question: nothing erased
    _answers(monkeypatch, "asked in writing", None)
    _menu(card.privacy).erase_action.trigger()
    assert book_services.customers.get(ZHANG).name == "张三"
    # the name typed right: erased, the card shows the placeholder
    _answers(monkeypatch, "asked in writing", "张三")
    _menu(card.privacy).erase_action.trigger()
    assert book_services.customers.get(ZHANG).name == "#1"
    assert card.title.text().startswith("#1")
    assert "Backups taken before still hold this person" in told[-1]
    assert ZHANG not in book_services.customers.search_ids("京A12345", include_archived=True)


def test_the_confirmation_enables_erase_only_for_the_name_typed(qtbot, interface):
    dialog = show_alone(qtbot, EraseConfirmDialog("张三", 7))
    words = dialog.findChild(QLabel, "eraseWords")
    assert "Backups taken before still hold this person" in words.text()
    assert "#7" in words.text()
    assert not dialog.erase_button.isEnabled()
    type_text(qtbot, dialog.name_edit, "张四")
    assert not dialog.erase_button.isEnabled()
    dialog.name_edit.clear()
    type_text(qtbot, dialog.name_edit, "张三")
    assert dialog.erase_button.isEnabled()


def test_a_reason_is_needed(customers_view, book_services, sync_ops, monkeypatch, told):
    customers_view.open_customer(ZHANG)
    asked = _answers(monkeypatch, "  ", "张三")
    _menu(customers_view.card.privacy).erase_action.trigger()
    assert asked == [] and "a reason is needed" in told[-1]
    assert book_services.customers.get(ZHANG).name == "张三"


def test_the_actions_are_only_for_someone_with_the_right(customers_view, book_services, sync_ops):
    customers_view.open_customer(ZHANG)
    privacy = customers_view.card.privacy
    with book_services.book.writing() as session:
        from app.db.models import Staff

        row = Staff(name="李顾问", role="advisor")
        session.add(row)
        session.flush()
        advisor = actor_for(session, row.id, row.name, "advisor")
    book_services.act_as(advisor)
    privacy.refresh()
    assert not privacy.button.isVisible()
    assert not privacy.erase_action.isEnabled() and not privacy.export_action.isEnabled()
    book_services.act_as(DESK)
    privacy.refresh()
    assert privacy.button.isVisible() and privacy.erase_action.isEnabled()


def test_the_review_lists_inactive_customers_opens_and_erases_one(
        qtbot, book_services, sync_ops, monkeypatch, told):
    long_ago = date.today() - timedelta(days=7 * 366)
    for cid in (2, 3):  # 李四, 王五
        run_sql(book_services.book.url, f"UPDATE customers SET created_at = '{long_ago} 10:00:00',"
                f" updated_at = '{long_ago} 10:00:00' WHERE id = {cid}")
    opened = []
    dialog = show_alone(qtbot, ReviewDialog(book_services.erasure, 5, opened.append))
    assert [r.name for r in dialog.model.rows] == ["李四", "王五"]
    assert "2 customers" in dialog.summary.text()
    assert not dialog.open_button.isEnabled()
    dialog.table.selectRow(1)
    dialog.open_button.click()
    assert opened == [3]
    _answers(monkeypatch, "kept no longer than needed", "王五")
    dialog.erase_button.click()
    assert book_services.customers.get(3).name == "#3"
    assert [r.name for r in dialog.model.rows] == ["李四"]


def test_the_window_has_the_review_and_the_preference(window):
    assert window.review_action in window.tools_menu.actions()
    assert window.preferences.review_inactive_years == 5
    window.tools_menu_shown()
    assert window.review_action.isVisible() and window.review_action.isEnabled()
