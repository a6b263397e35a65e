"""A list's place kept while its rows are put in again (a list read again in the background)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QTableView

from app.ui.models.table_model import ListModel
from app.ui.widgets.list_table import selected_rows


@contextmanager
def place_kept(table: QTableView, model: ListModel) -> Iterator[None]:
    """The first row on screen, the selected rows and the current one stay where they were
    when the ids set inside are new, as far as they are still listed (nothing looked up
    when the list was at its top with nothing selected: a 90,000-row list costs nothing)."""
    top = table.rowAt(0)
    keep_top = model.id_at(top) if top > 0 else None
    chosen = [model.id_at(row) for row in selected_rows(table)]
    current = model.id_at(table.currentIndex().row()) if chosen else None
    before = model.ids() if keep_top is not None or chosen else None
    yield
    if before is None or model.ids() == before:
        return
    selection = table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (r for r in map(model.row_of, chosen) if r >= 0):
        selection.select(model.index(row, 0), flags)
    row = model.row_of(current) if current is not None else -1
    if row >= 0:
        selection.setCurrentIndex(model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    row = model.row_of(keep_top) if keep_top is not None else -1
    if row >= 0:
        table.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
