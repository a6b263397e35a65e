"""The customers view: search as you type, the list, and the card beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.models.customer_table import Column, CustomerTableModel

if TYPE_CHECKING:
    from app.services.book import Services
    from app.ui.widgets.customer_card import CustomerCardWidget

SEARCH_DELAY_MS = 150


class CustomersView(QWidget):
    count_changed = Signal(int)

    def __init__(self, services: Services | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("customersView")
        self._services: Services | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("customerSearch")
        self.search.setAccessibleName(self.tr("Search customers"))
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Name, pinyin, phone, plate or VIN (Ctrl+F)")
        )
        self.show_archived = QCheckBox(self.tr("Show archived"), self)
        self.show_archived.setObjectName("showArchived")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("customerCount")

        self.model = CustomerTableModel(None, self)
        self.table = QTableView(self)
        self.table.setObjectName("customerTable")
        self.table.setAccessibleName(self.tr("Customers"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        header.setStretchLastSection(True)
        for column, width in ((Column.NAME, 120), (Column.PHONE, 120), (Column.PLATES, 110),
                              (Column.ADVISOR, 80), (Column.SOURCE, 90)):
            header.resizeSection(column, width)

        # The card (dozens of fields) is built once the book is open, after the window shows.
        self.card: CustomerCardWidget | None = None
        self._placeholder = QLabel(self.tr("Opening the book…"), self)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_archived)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("customersSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self._placeholder)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([430, 850])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._open_first)
        self.show_archived.toggled.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda _index: self.card and self.card.setFocus())
        self._showing: int | None = None
        if services is not None:
            self.attach(services)

    def attach(self, services: Services) -> None:
        from app.ui.widgets.customer_card import CustomerCardWidget  # after the window shows

        self._services = services
        self.card = CustomerCardWidget(self)
        self.card.attach(services.customers, services.vehicles, services.timeline, services.staff,
                         services.household, services.visits, services.followups)
        self.card.saved.connect(self._customer_saved)
        self.card.archived_changed.connect(self._customer_saved)
        self.splitter.replaceWidget(1, self.card)
        self._placeholder.deleteLater()
        self.model.attach(services.customers)
        self._update_count()

    # ------------------------------------------------------------ list
    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.search.text(), self.show_archived.isChecked())
        self._update_count()
        if self._showing is not None:
            self._select(self._showing)

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.tr("%n customer(s)", "", count))
        self.count_changed.emit(count)

    def _open_first(self) -> None:
        if self._timer.isActive():
            self.apply_filter()
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _row_changed(self, current, _previous) -> None:
        customer_id = self.model.id_at(current.row()) if current.isValid() else None
        if customer_id is None or customer_id == self._showing or self.card is None:
            return
        if not self.card.maybe_leave():
            # stay on the card being edited
            self._select(self._showing)
            return
        self._showing = customer_id
        self.card.show_customer(customer_id)

    def _select(self, customer_id: int | None) -> None:
        row = self.model.row_of(customer_id) if customer_id is not None else -1
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            index = self.model.index(row, 0)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        else:
            selection.clearSelection()
        selection.blockSignals(False)

    def _customer_saved(self, customer_id: int) -> None:
        self._showing = customer_id
        if self.model.row_of(customer_id) >= 0:
            self.model.refresh_ids([customer_id])
        else:
            self.apply_filter()
        self._update_count()

    # ------------------------------------------------------------ actions
    def export(self) -> None:
        """The list as shown (searched or not) to a workbook."""
        if self._services is None:
            return
        from app.ui.exports import customers_sheet
        from app.ui.widgets.common import export_sheets, save_path

        path = save_path(self, self.tr("Export customers"), "customers.xlsx",
                         self.tr("Excel workbook (*.xlsx)"))
        if path is None:
            return
        searched = bool(self.search.text().strip()) or self.show_archived.isChecked()
        ids = self.model.ids() if searched else None
        export_sheets(self, [customers_sheet(self._services.customers.export_rows(ids))], path)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_customer(self) -> None:
        if self.card is not None and self.card.maybe_leave():
            self._showing = None
            self._select(None)
            self.card.new_customer()

    def save(self) -> None:
        if self.card is not None:
            self.card.save()

    def maybe_leave(self) -> bool:
        return self.card is None or self.card.maybe_leave()

    def open_customer(self, customer_id: int) -> None:
        if self.card is not None and self.card.maybe_leave():
            self._showing = customer_id
            self._select(customer_id)
            self.card.show_customer(customer_id)
