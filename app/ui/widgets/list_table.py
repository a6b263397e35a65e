"""The table of a list view over a `ListModel`: whole rows, read only, sized from one page."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.ui.models.table_model import ListModel

SIZING_ROWS = 20  # rows looked at to size the columns: never more than a page read


def list_table(model: ListModel, object_name: str, accessible_name: str,
               parent: QWidget | None = None) -> QTableView:
    """A read-only table of whole rows over `model`, rows of one height (so a long list
    never measures its rows), columns as wide as their header until the first rows come
    (then `size_columns`)."""
    table = QTableView(parent)
    table.setObjectName(object_name)
    table.setAccessibleName(accessible_name)
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    vertical = table.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(SIZING_ROWS)
    header.setStretchLastSection(True)
    return table


def size_columns(table: QTableView) -> None:
    """Each column as wide as its header or the first rows' contents (never every row)."""
    table.resizeColumnsToContents()


def selected_rows(table: QTableView) -> list[int]:
    """The rows of the selection, top to bottom."""
    selection = table.selectionModel()
    return sorted({index.row() for index in selection.selectedRows()}) if selection else []
