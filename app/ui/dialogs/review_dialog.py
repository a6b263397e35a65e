"""Tools > Customers due for review (issue 14, the retention rule): the customers with no
visit, no contact and no change for the years set in Preferences, the longest inactive
first; "Open card" shows one, "Erase…" erases one (owner)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.admin.erase import DueForReview, ErasureService
from app.ui.dialogs.erase_dialog import ask_and_erase
from app.ui.ops import Op

IdRole = Qt.ItemDataRole.UserRole
_ROOT = QModelIndex()


class DueModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[DueForReview] = []
        self._headings = (self.tr("Name"), self.tr("Last activity"), self.tr("Advisor"),
                          self.tr("Archived"))

    def set_rows(self, rows: list[DueForReview]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(self._headings)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headings[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == IdRole:
            return row.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return row.name
        if column == 1:
            return (QLocale().toString(row.last_activity.date(), QLocale.FormatType.ShortFormat)
                    if row.last_activity else "")
        if column == 2:
            return row.advisor_name
        return self.tr("Yes") if row.archived else ""


class ReviewDialog(QDialog):
    def __init__(self, erasure: ErasureService, years: int,
                 open_customer: Callable[[int], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reviewDialog")
        self.setWindowTitle(self.tr("Customers due for review"))
        self._erasure = erasure
        self._years = years
        self._open_customer = open_customer
        self.summary = QLabel(self.tr("Reading…"))
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        self.model = DueModel(self)
        self.table = QTableView()
        self.table.setObjectName("reviewTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.open_card())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(self.tr("Open card"))
        self.open_button.setObjectName("reviewOpenCard")
        self.erase_button = QPushButton(self.tr("Erase…"))
        self.erase_button.setObjectName("reviewErase")
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self.open_card)
        self.erase_button.clicked.connect(self.erase)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 520)
        self._selection_changed()
        self.reload()

    def reload(self) -> None:
        Op(self, lambda: self._erasure.due_for_review(self._years)).success(self._arrived).run()

    def _arrived(self, rows: list[DueForReview]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, max(self.table.columnWidth(0), 220))
        self.table.setColumnWidth(2, max(self.table.columnWidth(2), 140))
        self.summary.setText(self.tr(
            "%1 customers have had no visit, no contact and no change for %2 years or more "
            "(Preferences > Privacy). Erase those whose data need not be kept any more; "
            "opening a card and saving it keeps the customer for another %2 years.")
            .replace("%1", QLocale().toString(len(rows))).replace("%2", str(self._years)))
        self._selection_changed()

    def _selected(self) -> DueForReview | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _selection_changed(self, *_args) -> None:
        chosen = self._selected() is not None
        self.open_button.setEnabled(chosen)
        self.erase_button.setEnabled(chosen)

    def open_card(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self._open_customer(chosen.id)

    def erase(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            ask_and_erase(self, self._erasure, chosen.id, chosen.name, lambda _id: self.reload())
