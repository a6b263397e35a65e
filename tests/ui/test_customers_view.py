"""The customers view driven as a person would: type, open, edit, save, archive.

Most tests build the view alone over the book (`customers_view`); those about the window's
shortcuts (Ctrl+F, Ctrl+S, Ctrl+N, Ctrl+L: actions of the main window) build the window."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPushButton, QTableView

from app.services.admin.book import open_book
from app.services.customers.cards import CustomerService
from app.ui.models.customer_table import CustomerTableModel
from tests.ui.conftest import type_text


def _table(where) -> QTableView:
    return where.findChild(QTableView, "customerTable")


def _search(where) -> QLineEdit:
    return where.findChild(QLineEdit, "customerSearch")


def _names(where) -> list[str]:
    model = _table(where).model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _type_search(qtbot, where, text: str, expected_rows: int) -> None:
    search = _search(where)
    search.clear()
    type_text(qtbot, search, text)
    qtbot.waitUntil(lambda: _table(where).model().rowCount() == expected_rows, timeout=2000)


def _view(where):
    """The customers view: `where` is the main window or the view built alone."""
    return getattr(where, "customers_view", where)


def _open_row(qtbot, where, row: int) -> None:
    table = _table(where)
    table.setFocus()
    table.selectRow(row)
    qtbot.waitUntil(lambda: _view(where).card.customer_id() is not None)


def test_list_shows_every_customer_with_phone_and_plate(customers_view):
    assert sorted(_names(customers_view)) == sorted(["张三", "李四", "王五", "赵六"])
    model = _table(customers_view).model()
    row = _names(customers_view).index("张三")
    assert model.index(row, 1).data() == "138 0013 8000"
    assert model.index(row, 2).data() == "京A·12345"


@pytest.mark.parametrize(
    "query",
    ["zs", "zhangsan", "张三", "0013", "京a123", "A·123", "2183294"],
)
def test_search_as_you_type_finds_zhang_san(qtbot, customers_view, query):
    _type_search(qtbot, customers_view, query, 1)
    assert _names(customers_view) == ["张三"]


def test_ctrl_f_focuses_search(qtbot, window):
    _table(window).setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert _search(window).hasFocus()


def test_enter_in_search_opens_first_match(qtbot, customers_view):
    _type_search(qtbot, customers_view, "lisi", 1)
    qtbot.keyClick(_search(customers_view), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: customers_view.card.customer_id() is not None)
    assert customers_view.card.name.text() == "李四"


def test_card_shows_vehicles_and_timeline(qtbot, customers_view):
    _type_search(qtbot, customers_view, "zs", 1)
    _open_row(qtbot, customers_view, 0)
    card = customers_view.card
    assert card.name.text() == "张三"
    assert card.phone.text() == "138 0013 8000"
    assert card.advisor.currentText() == "王芳"
    assert card.tags.text() == "VIP"
    assert card.vehicle_table.model().rowCount() == 1
    assert card.vehicle_table.model().index(0, 1).data() == "京A·12345"
    assert card.timeline_table.model().index(0, 2).data() == "电话回访"


def test_edit_and_save_with_ctrl_s_stores_the_change(qtbot, window, book_path, sync_ops):
    _type_search(qtbot, window, "lisi", 1)
    _open_row(qtbot, window, 0)
    card = window.customers_view.card
    card.occupation.clear()
    type_text(qtbot, card.occupation, "工程师")
    assert card.is_dirty()
    qtbot.keyClick(card.occupation, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not card.is_dirty()
    services = open_book(book_path)
    try:
        customer_id = services.customers.search_ids("lisi")[0]
        assert services.customers.get(customer_id).occupation == "工程师"
    finally:
        services.close()


def test_invalid_phone_is_refused_and_marked_in_place(qtbot, customers_view, book_path):
    _type_search(qtbot, customers_view, "lisi", 1)
    _open_row(qtbot, customers_view, 0)
    card = customers_view.card
    card.phone.clear()
    qtbot.keyClicks(card.phone, "12345")
    card.save_button.click()
    assert card.phone.property("invalid") is True
    assert "phone" in card.phone.toolTip().lower()
    assert card.banner.isVisible()
    assert card.is_dirty()  # the typed text is kept for correction
    services = open_book(book_path)
    try:
        customer_id = services.customers.search_ids("lisi")[0]
        assert services.customers.get(customer_id).phone == "+8613912345678"
    finally:
        services.close()


def test_new_customer_with_ctrl_n_and_save(qtbot, window, sync_ops):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    card = window.customers_view.card
    assert card.name.hasFocus()
    type_text(qtbot, card.name, "孙七")
    qtbot.keyClicks(card.phone, "186 1234 5678")
    qtbot.keyClick(card.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert card.customer_id() is not None
    assert "孙七" in _names(window)
    assert not card.is_dirty()
    _type_search(qtbot, window, "sq", 1)
    assert _names(window) == ["孙七"]


def test_add_vehicle_through_the_dialog(qtbot, sync_ops, customers_view, monkeypatch):
    from app.ui.dialogs.vehicle_dialog import VehicleDialog

    _type_search(qtbot, customers_view, "wangwu", 1)
    _open_row(qtbot, customers_view, 0)
    card = customers_view.card

    def fill_and_save(dialog: VehicleDialog):
        dialog.make.setText("丰田")
        dialog.model.setText("凯美瑞")
        dialog.plate.setText("津B·88888")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(VehicleDialog, "exec", fill_and_save)
    card.new_vehicle()
    assert card.vehicle_table.model().rowCount() == 1
    assert card.vehicle_table.model().index(0, 1).data() == "津B·88888"
    _type_search(qtbot, customers_view, "津b888", 1)
    assert _names(customers_view) == ["王五"]


def test_vehicle_dialog_marks_bad_vin(qtbot, book_services):
    from app.ui.dialogs.vehicle_dialog import VehicleDialog

    services = book_services
    dialog = VehicleDialog(services.vehicles, owner_id=1)
    qtbot.addWidget(dialog)
    dialog.model.setText("凯美瑞")
    dialog.vin.setText("LSVAU2180N2183294")  # wrong check digit
    dialog.accept()
    assert dialog.vin.property("invalid") is True
    assert dialog.saved is None


def test_log_a_contact_lands_on_the_timeline(qtbot, window, sync_ops):
    _type_search(qtbot, window, "zs", 1)
    _open_row(qtbot, window, 0)
    card = window.customers_view.card
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert card.log_text.hasFocus()
    type_text(qtbot, card.log_text, "约了周六试驾")
    qtbot.keyClick(card.log_text, Qt.Key.Key_Return)
    assert card.timeline_table.model().rowCount() == 2
    assert card.timeline_table.model().index(0, 2).data() == "约了周六试驾"


def test_archive_hides_and_show_archived_restores(qtbot, sync_ops, customers_view):
    _type_search(qtbot, customers_view, "zhaoliu", 1)
    _open_row(qtbot, customers_view, 0)
    card = customers_view.card
    card.archive_button.click()
    _type_search(qtbot, customers_view, "zhaoliu", 0)
    customers_view.show_archived.setChecked(True)
    qtbot.waitUntil(lambda: _table(customers_view).model().rowCount() == 1)
    _open_row(qtbot, customers_view, 0)
    assert card.archive_button.text() == "Restore"
    card.archive_button.click()
    customers_view.show_archived.setChecked(False)
    _type_search(qtbot, customers_view, "zhaoliu", 1)


def test_unsaved_changes_are_not_lost_when_switching(qtbot, customers_view, monkeypatch):
    _open_row(qtbot, customers_view, 0)
    card = customers_view.card
    first = card.customer_id()
    type_text(qtbot, card.hobbies, "钓鱼")
    asked = []

    def answer_cancel(*_args, **_kwargs):
        asked.append(True)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer_cancel)
    _table(customers_view).selectRow(1)
    assert asked
    assert card.customer_id() == first
    assert card.hobbies.text() == "钓鱼"
    assert card.is_dirty()


def test_escape_asks_then_reverts(qtbot, sync_ops, customers_view, monkeypatch):
    _open_row(qtbot, customers_view, 0)
    card = customers_view.card
    original = card.hobbies.text()
    type_text(qtbot, card.hobbies, "登山")
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard
    )
    qtbot.keyClick(card.hobbies, Qt.Key.Key_Escape)
    assert card.hobbies.text() == original
    assert not card.is_dirty()


def test_sorting_by_phone_happens_in_sql(qtbot, customers_view):
    table = _table(customers_view)
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    phones = [table.model().index(r, 1).data() for r in range(table.model().rowCount())]
    assert phones == sorted(phones)


def test_customer_model_passes_qtmodeltester(qtmodeltester, book_path):
    services = open_book(book_path)
    try:
        model = CustomerTableModel(CustomerService(services.book))
        model.set_filter("", include_archived=True)
        qtmodeltester.check(model)
    finally:
        services.close()


def test_object_names_for_people_and_tests(customers_view):
    assert customers_view.findChild(QLineEdit, "customerSearch") is not None
    assert customers_view.findChild(QTableView, "customerTable") is not None
    assert customers_view.card.objectName() == "customerCard"
    assert customers_view.findChild(QPushButton, "saveCustomer") is not None


def test_searching_after_save_leaves_the_card_clean(qtbot, window, sync_ops):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    card = window.customers_view.card
    type_text(qtbot, card.name, "孙七")
    qtbot.keyClick(card.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    _type_search(qtbot, window, "sq", 1)
    assert not card.is_dirty()
    _open_row(qtbot, window, 0)
    assert not card.is_dirty()
