"""One read-only table model for every list: ids up front, rows fetched a page at a time.

A list declares its columns once as a `ListColumn` enum (header, how a row is shown,
alignment, sort key) and gives the model a `fetch(ids) -> rows` callable; the view hands
the model the ids of what its filters match (cheap: ids only, in display order). Only the
pages on screen are read, at most `cached_pages` of them are kept, so a list of 300,000
rows costs its id list and a few pages, never a row cap.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from enum import Enum
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

PAGE = 200
CACHED_PAGES = 50  # at most 10,000 rows kept: memory stays flat however far one scrolls
IdRole = Qt.ItemDataRole.UserRole
SortRole = Qt.ItemDataRole.UserRole + 1
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ListColumn(int, Enum):
    """A list's columns in order. Each member is
    `(QT_TRANSLATE_NOOP(context, header), display[, align[, sort]])`: `display(row) -> str`,
    `sort(row)` the key a sort by the column uses (the display text when not given).
    A subclass names its translation context in `__translation_context__`."""

    def __new__(cls, header: str, display: Callable[[Any], str], align=LEFT,
                sort: Callable[[Any], Any] | None = None):
        number = len(cls.__members__)
        member = int.__new__(cls, number)
        member._value_ = number
        member.header = header
        member.display = display
        member.align = align
        member.sort_key = sort
        return member

    def label(self) -> str:
        """The header in the person's language."""
        context = getattr(type(self), "__translation_context__", type(self).__name__)
        return QCoreApplication.translate(context, self.header)


class ListModel(QAbstractTableModel):
    """A list over ids: `set_ids` in display order, rows by page through `fetch`."""

    def __init__(
        self,
        columns: type[ListColumn],
        fetch: Callable[[Sequence[Hashable]], Iterable[Any]],
        *,
        row_id: Callable[[Any], Hashable] = attrgetter("id"),
        row_roles: Mapping[int, Callable[[Any], Any]] | None = None,
        sorter: Callable[[ListColumn, bool], Sequence[Hashable]] | None = None,
        page_size: int = PAGE,
        cached_pages: int = CACHED_PAGES,
        parent=None,
    ):
        """`row_roles[role](row)` answers other roles of a whole row (a colour, a font);
        `sorter(column, descending)` gives the ids in a column's order (SQL), when the
        list can be sorted by its header."""
        super().__init__(parent)
        self.columns = list(columns)
        self._fetch = fetch
        self._row_id = row_id
        self._row_roles = dict(row_roles or {})
        self._sorter = sorter
        self._page_size = page_size
        self._cached_pages = cached_pages
        self._ids: list[Hashable] = []
        self._where: dict[Hashable, int] | None = None  # id -> row, built when first asked
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self.fetches = 0  # how many page reads (for tests and figures)

    # ------------------------------------------------------------ ids and rows
    def set_ids(self, ids: Iterable[Hashable],
                changed: Iterable[Hashable] | None = None) -> None:
        """Show these ids. The same ids again keep the selection and the scroll position
        and re-read only the `changed` rows (when known), else what is on screen."""
        ids = list(ids)
        if ids == self._ids and changed is not None:
            self.refresh_ids(changed)
            return
        if ids == self._ids:
            self._pages.clear()
            if ids:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(ids) - 1, len(self.columns) - 1))
            return
        self.beginResetModel()
        self._ids = ids
        self._where = None
        self._pages.clear()
        self.endResetModel()

    def refresh_ids(self, changed: Iterable[Hashable]) -> None:
        """Re-read only these rows (a page of ids at most per read); a row that is no
        longer found leaves the list. Ids not in the list are ignored."""
        rows = sorted({r for r in map(self.row_of, set(changed)) if r >= 0})
        gone: list[int] = []
        for start in range(0, len(rows), self._page_size):
            chunk = rows[start:start + self._page_size]
            found = {self._row_id(record): record
                     for record in self._fetch([self._ids[r] for r in chunk])}
            self.fetches += 1
            for row in chunk:
                record = found.get(self._ids[row])
                if record is None:
                    gone.append(row)
                    continue
                page = self._pages.get(row // self._page_size)
                if page is not None:
                    page[row % self._page_size] = record
                self.dataChanged.emit(self.index(row, 0),
                                      self.index(row, len(self.columns) - 1))
        for row in reversed(gone):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._ids[row]
            self.endRemoveRows()
        if gone:
            self._where = None
            self._pages.clear()

    def record_at(self, row: int) -> Any | None:
        """The fetched row shown at `row` (its page is read when not cached)."""
        if not 0 <= row < len(self._ids):
            return None
        number = row // self._page_size
        page = self._pages.get(number)
        if page is None:
            ids = self._ids[number * self._page_size:(number + 1) * self._page_size]
            found = {self._row_id(record): record for record in self._fetch(ids)}
            self.fetches += 1
            page = [found.get(i) for i in ids]
            self._pages[number] = page
            if len(self._pages) > self._cached_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[row % self._page_size]

    def ids(self) -> list[Hashable]:
        return list(self._ids)

    def id_at(self, row: int) -> Hashable | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, row_id: Hashable) -> int:
        if self._where is None:
            self._where = {value: row for row, value in enumerate(self._ids)}
        return self._where.get(row_id, -1)

    # ------------------------------------------------------------ Qt API
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        return self.columns[section].label() if role == _DISPLAY else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=_DISPLAY):
        # called several times for every cell painted: the usual answers come first
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._ids) and 0 <= column < len(self.columns)):
            return None
        if role == _DISPLAY:
            record = self.record_at(row)
            return None if record is None else self.columns[column].display(record)
        if role == _ALIGNMENT:
            return self.columns[column].align
        if role == IdRole:
            return self._ids[row]
        if role == SortRole:
            record = self.record_at(row)
            if record is None:
                return None
            column = self.columns[column]
            return (column.sort_key or column.display)(record)
        answer = self._row_roles.get(role)
        if answer is None:
            return None  # a role this list does not use: answered without reading the row
        record = self.record_at(row)
        return None if record is None else answer(record)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if self._sorter is None or not 0 <= column < len(self.columns):
            return
        self.set_ids(self._sorter(self.columns[column], order == Qt.SortOrder.DescendingOrder))
