"""The customers list: ids from SQL in list order, rows fetched a page at a time."""

from __future__ import annotations

from collections import OrderedDict
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from app.domain.enums import CustomerSort
from app.presentation import labels

if TYPE_CHECKING:
    from app.domain.records import CustomerRow
    from app.services.customers.cards import CustomerService, StatementCancel

PAGE = 100  # also the ids listed at once after a search (the rest come in the background)
CACHED_PAGES = 100  # at most 10,000 rows kept: memory stays flat however far one scrolls
IdRole = Qt.ItemDataRole.UserRole
SortRole = Qt.ItemDataRole.UserRole + 1


_ROLES_ANSWERED = frozenset({
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.ForegroundRole,
    IdRole,
})
REST_DELAY_MS = 30  # the first page painted before the rest is read (a key typed meanwhile
# makes the rest unneeded)


class Column(IntEnum):
    NAME = 0
    PHONE = 1
    PLATES = 2
    ADVISOR = 3
    SOURCE = 4
    LAST_CONTACT = 5


# the column titles, by column (translated as the model's own words)
_HEADERS = (
    QT_TRANSLATE_NOOP("CustomerTableModel", "Name"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Phone"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Plates"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Advisor"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Source"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Last contact"),
)

SORT_OF = {
    Column.NAME: CustomerSort.NAME,
    Column.PHONE: CustomerSort.PHONE,
    Column.ADVISOR: CustomerSort.ADVISOR,
    Column.SOURCE: CustomerSort.SOURCE,
    Column.LAST_CONTACT: CustomerSort.LAST_CONTACT,
}


class CustomerTableModel(QAbstractTableModel):
    """The customers list. A reload reads the first page of ids at once and the rest on the
    thread pool (`loading()` until then, `loaded` when they are in); a newer reload stops
    the older one's reading and drops what it found."""

    loaded = Signal()  # the ids after the first page are in (the count is final)

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
        self._complete = True  # False while the ids after the first page are being read
        self._generation = 0
        self._cancel: StatementCancel | None = None
        self._rest_timer = QTimer(self, singleShot=True, interval=REST_DELAY_MS)
        self._rest_timer.timeout.connect(self._read_the_rest)

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

    def _search(self, **kwargs) -> list[int]:
        return self._customers.search_ids(
            self._query,
            include_archived=self._include_archived,
            sort=self._sort,
            descending=self._descending,
            **kwargs,
        )

    def reload(self) -> None:
        """The list again: its first page now, the rest read in the background."""
        if self._customers is None:  # the book is still opening
            return
        self._stop_reading()
        self.beginResetModel()
        if self._segment is not None:
            segment = self._segment
            self._ids = [i for i in self._search() if i in segment]
        else:
            head = self._search(limit=PAGE + 1)
            self._ids = head[:PAGE]
            self._complete = len(head) <= PAGE
        self._pages.clear()
        self._loaded = True
        self.endResetModel()
        if not self._complete:
            self._rest_timer.start()

    def loading(self) -> bool:
        """Whether the ids after the first page are still being read (the count is then a
        lower bound: more than rowCount())."""
        return not self._complete

    def finish_loading(self) -> None:
        """The whole list now, on this thread (for what needs every id at once)."""
        if self._complete:
            return
        self._stop_reading()
        self._take_the_rest(self._search())

    def _read_the_rest(self) -> None:
        from app.services.customers import Cancelled, StatementCancel  # not at start-up

        self._generation += 1
        generation = self._generation
        cancel = self._cancel = StatementCancel()
        customers = self._customers
        # what to read is fixed now: the worker never looks at this model again
        query, archived, sort, descending = (
            self._query, self._include_archived, self._sort, self._descending)

        def read() -> list[int] | None:
            try:
                return customers.search_ids(query, include_archived=archived, sort=sort,
                                            descending=descending, cancel=cancel)
            except Cancelled:
                return None

        from app.ui.ops import Op  # (with the book's first list, not before the window shows)

        (Op(self, read).success(lambda ids: self._rest_arrived(generation, ids))
         .failure(lambda _error: self._rest_arrived(generation, None)).run())

    def _stop_reading(self) -> None:
        """Whatever an older reload is still reading is stopped (not waited for) and dropped."""
        self._generation += 1
        self._rest_timer.stop()
        if self._cancel is not None:
            self._cancel.cancel()
            self._cancel = None
        self._complete = True

    def _rest_arrived(self, generation: int, ids: list[int] | None) -> None:
        if generation != self._generation or self._complete:
            return  # a newer reload is on its way, or the list was finished meanwhile
        self._cancel = None
        if ids is None:  # the reading failed (logged): the whole list on this thread
            ids = self._search()
        self._take_the_rest(ids)

    def _take_the_rest(self, ids: list[int]) -> None:
        self._complete = True
        shown = len(self._ids)
        if ids[:shown] == self._ids and len(ids) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
            self._ids = ids
            self.endInsertRows()
        elif ids != self._ids:  # the book changed in between: the list as it is now
            self.beginResetModel()
            self._ids = ids
            self._pages.clear()
            self.endResetModel()
        self.loaded.emit()

    def refresh_ids(self, ids) -> bool:
        """Re-read changed rows in place (after a save): only those rows are read, and only
        if their page is held. False, with nothing changed, when a row has left the list or
        moved in its order (the caller reloads then)."""
        changed = []
        for customer_id in ids:
            row = self.row_of(customer_id)
            if row < 0 or not self._still_in_place(row):
                return False
            changed.append((row, customer_id))
        for row, customer_id in changed:
            page = self._pages.get(row // PAGE)
            if page is not None:
                page.pop(customer_id, None)
                page.update({r.id: r for r in self._customers.rows([customer_id])})
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        return True

    def _still_in_place(self, row: int) -> bool:
        """Whether the customer at `row` still matches and still sorts between its
        neighbours (asked of the search itself, for these three customers only)."""
        if row + 1 >= len(self._ids) and not self._complete:
            return False  # its next neighbour is not known yet
        around = self._ids[max(row - 1, 0): row + 2]
        if self._segment is not None and self._ids[row] not in self._segment:
            return False
        return self._search(among=around) == around

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
        """Every id of the list (read now if the background reading is not over)."""
        self.finish_loading()
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
        # only the title asked for is translated (the header asks hundreds of times while
        # the window is first laid out)
        if not 0 <= section < len(_HEADERS):
            return None
        return QCoreApplication.translate("CustomerTableModel", _HEADERS[section])

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        # the view asks a dozen roles of every cell it paints: the unused ones answered first
        if role not in _ROLES_ANSWERED:
            return None
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        if role == IdRole:
            return self._ids[index.row()]
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
