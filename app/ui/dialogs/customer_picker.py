"""Pick a customer by typing (for "referred by" and a vehicle's new owner)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

if TYPE_CHECKING:
    from app.services.customers.cards import CustomerService



class CustomerPicker(QDialog):
    def __init__(self, customers: CustomerService, title: str, exclude: int | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("customerPicker")
        self.setWindowTitle(title)
        self._customers = customers
        self._exclude = exclude
        self.chosen: tuple[int, str] | None = None
        self.search = QLineEdit(self)
        self.search.setObjectName("pickerSearch")
        self.search.setPlaceholderText(self.tr("Name, pinyin, phone or plate"))
        self.results = QListWidget(self)
        self.results.setObjectName("pickerResults")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(buttons)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self._refresh)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.accept)
        self.results.itemActivated.connect(lambda _item: self.accept())
        self.resize(420, 360)

    def _refresh(self) -> None:
        self.results.clear()
        query = self.search.text().strip()
        if not query:
            return
        ids = [i for i in self._customers.search_ids(query)[:50] if i != self._exclude]
        for row in self._customers.rows(ids):
            item = QListWidgetItem(f"{row.name}    {row.phone}    {row.plates}".strip())
            item.setData(Qt.ItemDataRole.UserRole, (row.id, row.name))
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def accept(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._refresh()
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        super().accept()
