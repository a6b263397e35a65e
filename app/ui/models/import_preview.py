"""The import window's preview: every data row of the sheet, lazily (a 100,000-row sheet
scrolls as a 10-row one: a cell's text is worked out only when the view asks for it).

The rows are shown as soon as the sheet is read (their mapped cells, as cleaned texts); the
plan's dispositions and reasons fill in when it arrives (`set_plan`). A filter by
disposition keeps a list of row positions, never copies of rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.domain.import_fields import clean_text
from app.presentation import labels
from app.presentation.messages import import_reason

ROW, DISPOSITION, NAME, PHONE, VEHICLE, REASON = range(6)
DispositionRole = Qt.ItemDataRole.UserRole
_DISPLAY = Qt.ItemDataRole.DisplayRole
_COLOURS = {"rejected": QColor("#a50e0e"), "update": QColor("#174ea6"),
            "duplicate": QColor("#5f6368")}


class ImportPreviewModel(QAbstractTableModel):
    """Rows: the sheet's data rows (app.services.exchange.import_read.SheetRow of kind
    data), in sheet order; `set_plan(plan)` gives each its RowPlan (same order)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: Sequence[Any] = []
        self._plans: Sequence[Any] | None = None
        self._shown: list[int] | None = None  # positions kept by the filter (None: all)
        self._filter: str | None = None
        self._columns: dict[str, int] = {}
        self._reasons: dict[int, str] = {}  # worked-out reasons of the rows looked at

    # ------------------------------------------------------------ filling
    def set_rows(self, rows: Sequence[Any], mapping: dict[int, str | None]) -> None:
        """The sheet's data rows as read, before any plan."""
        self.beginResetModel()
        self._rows, self._plans, self._reasons = rows, None, {}
        self._columns = {key: index for index, key in mapping.items() if key}
        self._shown = None
        self.endResetModel()

    def set_plan(self, plan) -> None:
        """The plan's row dispositions (plan.rows: one per data row, in the same order)."""
        self.beginResetModel()
        self._plans = plan.rows if plan is not None else None
        self._reasons = {}
        self._shown = self._kept(self._filter)
        self.endResetModel()

    def set_filter(self, disposition: str | None) -> None:
        """Only the rows of one disposition (None: every row)."""
        self.beginResetModel()
        self._filter = disposition
        self._shown = self._kept(disposition)
        self.endResetModel()

    def _kept(self, disposition: str | None) -> list[int] | None:
        if disposition is None or self._plans is None:
            return None
        return [i for i, p in enumerate(self._plans) if p.disposition == disposition]

    @property
    def planned(self) -> bool:
        return self._plans is not None

    def plan_at(self, row: int):
        """The RowPlan shown at `row` (None before the plan)."""
        if self._plans is None:
            return None
        return self._plans[self._position(row)]

    def _position(self, row: int) -> int:
        return self._shown[row] if self._shown is not None else row

    # ------------------------------------------------------------ the model
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid():
            return 0
        return len(self._shown) if self._shown is not None else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation, role=_DISPLAY):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        return (QCoreApplication.translate("ImportPreview", "Row"),
                QCoreApplication.translate("ImportPreview", "What happens"),
                labels.import_field("name"), labels.import_field("phone"),
                QCoreApplication.translate("ImportPreview", "VIN / plate"),
                QCoreApplication.translate("ImportPreview", "Reason or changes"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role=_DISPLAY):
        if not index.isValid():
            return None
        position = self._position(index.row())
        plan = self._plans[position] if self._plans is not None else None
        column = index.column()
        if role == DispositionRole:
            return plan.disposition if plan is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and plan is not None and column in (
                DISPOSITION, REASON):
            return _COLOURS.get(plan.disposition)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROW:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role not in (_DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._rows[position]
        if column == ROW:
            return str(row.number)
        if column == DISPOSITION:
            if plan is None:
                return QCoreApplication.translate("ImportPreview", "…")
            return labels.import_disposition(plan.disposition)
        if column == NAME:
            return self._value(row, plan, "name")
        if column == PHONE:
            return self._value(row, plan, "phone")
        if column == VEHICLE:
            found = [v for v in (self._value(row, plan, "vin"), self._value(row, plan, "plate")) if v]
            return " / ".join(found)
        if plan is None:
            return ""
        reason = self._reasons.get(position)
        if reason is None:
            reason = self._reasons[position] = import_reason(plan)
        return reason

    def _value(self, row, plan, key: str) -> str:
        if plan is not None and key in plan.values:
            return str(plan.values[key])
        column = self._columns.get(key)
        if column is None or column >= len(row.cells):
            return ""
        return clean_text(row.cells[column])
