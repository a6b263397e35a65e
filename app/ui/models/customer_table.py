"""The customers list: ids from SQL in list order, rows fetched a page at a time."""

from __future__ import annotations

from collections import OrderedDict
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from app.domain.enums import CustomerSort
from app.presentation import labels

if TYPE_CHECKING:
    from app.domain.records import CustomerRow
    from app.services.customers.cards import CustomerService

PAGE = 200
CACHED_PAGES = 50  # at most 10,000 rows kept: memory stays flat however far one scrolls
IdRole = Qt.ItemDataRole.UserRole
SortRole = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    NAME = 0
    PHONE = 1
    PLATES = 2
    ADVISOR = 3
    SOURCE = 4
    LAST_CONTACT = 5


SORT_OF = {
    Column.NAME: CustomerSort.NAME,
    Column.PHONE: CustomerSort.PHONE,
    Column.ADVISOR: CustomerSort.ADVISOR,
    Column.SOURCE: CustomerSort.SOURCE,
    Column.LAST_CONTACT: CustomerSort.LAST_CONTACT,
}


class CustomerTableModel(QAbstractTableModel):
    def __init__(self, customers: CustomerService | None, parent=None):
        super().__init__(parent)
        self._customers = customers
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, CustomerRow]] = OrderedDict()
        self._query = ""
        self._include_archived = False
        self._sort = CustomerSort.NAME
        self._descending = False
        self._loaded = False
        self._segment: set[int] | None = None  # None: no segment filter

    # ------------------------------------------------------------ loading
    def set_filter(self, query: str, include_archived: bool) -> None:
        self._query = query
        self._include_archived = include_archived
        self.reload()

    def set_segment(self, ids: set[int] | None) -> None:
        """Only these customers (a segment), or everyone matching the search (None)."""
        self._segment = ids
        self.reload()

    @property
    def segmented(self) -> bool:
        return self._segment is not None

    def attach(self, customers: CustomerService) -> None:
        self._customers = customers
        self.reload()

    def reload(self) -> None:
        if self._customers is None:  # the book is still opening
            return
        self.beginResetModel()
        self._ids = self._customers.search_ids(
            self._query,
            include_archived=self._include_archived,
            sort=self._sort,
            descending=self._descending,
        )
        if self._segment is not None:
            segment = self._segment
            self._ids = [i for i in self._ids if i in segment]
        self._pages.clear()
        self._loaded = True
        self.endResetModel()

    def refresh_ids(self, ids) -> None:
        """Re-read changed rows in place (after a save), without resetting the list."""
        for customer_id in ids:
            row = self.row_of(customer_id)
            if row >= 0:
                self._pages.pop(row // PAGE, None)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def _row(self, row: int) -> CustomerRow | None:
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            ids = self._ids[number * PAGE : (number + 1) * PAGE]
            page = {record.id: record for record in self._customers.rows(ids)}
            self._pages[number] = page
            if len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page.get(self._ids[row])

    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, customer_id: int) -> int:
        try:
            return self._ids.index(customer_id)
        except ValueError:
            return -1

    # ------------------------------------------------------------ Qt API
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.NAME: self.tr("Name"),
            Column.PHONE: self.tr("Phone"),
            Column.PLATES: self.tr("Plates"),
            Column.ADVISOR: self.tr("Advisor"),
            Column.SOURCE: self.tr("Source"),
            Column.LAST_CONTACT: self.tr("Last contact"),
        }.get(Column(section))

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        if role == IdRole:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.FontRole:
            if row.archived or (row.key_account and column == Column.NAME):
                font = QFont()
                font.setItalic(row.archived)
                font.setBold(row.key_account and column == Column.NAME)
                return font
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.archived:
                return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.NAME and row.archived:
                return self.tr("Archived")
            if column == Column.NAME and row.key_account:
                return self.tr("Key account")
            return None
        if column == Column.NAME:
            return row.name
        if column == Column.PHONE:
            return row.phone
        if column == Column.PLATES:
            return row.plates
        if column == Column.ADVISOR:
            return row.advisor_name
        if column == Column.SOURCE:
            return labels.source(row.source) if row.source else ""
        if column == Column.LAST_CONTACT:
            return row.last_contact_at.strftime("%Y-%m-%d") if row.last_contact_at else ""
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_OF.get(Column(column))
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if self._loaded and (key, descending) == (self._sort, self._descending):
            return
        self._sort, self._descending = key, descending
        if self._loaded:  # before the first load the order is only remembered
            self.reload()
