"""A new customer (Ctrl+N, File → New customer) gives an empty card: nothing of the
customer shown before stays (issue 11, stumble 3): tab counts, rows, selections, the
list's current row. The customers view is built alone over the book; the shortcut itself
is the window's (tests/ui/test_customers_view.py presses it)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView


def _open_zhang(qtbot, view):
    table = view.findChild(QTableView, "customerTable")
    row = next(r for r in range(view.model.rowCount()) if view.model.index(r, 0).data() == "张三")
    table.setFocus()
    table.selectRow(row)
    qtbot.waitUntil(lambda: view.card.name.text() == "张三")
    return table, row


def test_ctrl_n_clears_tab_counts_rows_and_selections(qtbot, customers_view):
    table, _row = _open_zhang(qtbot, customers_view)
    card = customers_view.card
    assert card.tabs.tabText(1) == "Vehicles (1)"
    assert card.tabs.tabText(2) == "Timeline (1)"
    card.tabs.setCurrentIndex(1)
    card.vehicle_table.selectRow(0)

    customers_view.new_customer()  # what Ctrl+N does

    assert card.title.text() == "New customer"
    assert card.tabs.currentIndex() == 0
    assert card.tabs.tabText(1) == "Vehicles"
    assert card.tabs.tabText(2) == "Timeline"
    assert card.vehicle_table.model().rowCount() == 0
    assert card.timeline_table.model().rowCount() == 0
    assert not card.vehicle_table.selectionModel().hasSelection()
    assert card.name.text() == "" and card.phone.text() == ""
    assert not table.selectionModel().hasSelection()
    assert not table.selectionModel().currentIndex().isValid()


def test_the_customer_shown_before_ctrl_n_opens_again_from_the_list(qtbot, customers_view):
    table, row = _open_zhang(qtbot, customers_view)
    card = customers_view.card
    customers_view.new_customer()  # what Ctrl+N does
    assert card.name.text() == ""

    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    qtbot.waitUntil(lambda: card.name.text() == "张三")
    assert card.tabs.tabText(1) == "Vehicles (1)"
