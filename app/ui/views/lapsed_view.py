"""Customers drifting away: no visit for 6–12 months (at risk) or longer (lost); win them back."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import FollowUpReason
from app.domain.validation import format_phone
from app.ui.dialogs.visit_dialog import format_yuan
from app.ui.widgets.common import advisor_filter, export_sheets, read_only_table, save_path

if TYPE_CHECKING:
    from app.desk.settings import Preferences
    from app.services.admin.book import Services


class LapsedView(QWidget):
    open_customer = Signal(int)
    changed = Signal()

    def __init__(self, services: Services, preferences: Preferences, parent=None):
        super().__init__(parent)
        self.setObjectName("lapsedView")
        self._services = services
        self._preferences = preferences
        self.today = date.today()
        self._items = []
        self.status = QComboBox(self)
        self.status.setObjectName("lapsedStatus")
        self.status.addItem(self.tr("At risk and lost"), None)
        self.status.addItem(self.tr("At risk"), "at_risk")
        self.status.addItem(self.tr("Lost"), "lost")
        self.advisor = QComboBox(self)
        advisor_filter(self.advisor, services.staff, self.tr("All advisors"),
                       preferences.desk_advisor_id)
        self.status.currentIndexChanged.connect(self.refresh)
        self.advisor.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel(self)
        self.win_back_button = QPushButton(self.tr("Make win-back calls for the selected"))
        self.win_back_button.setObjectName("winBackButton")
        self.win_back_button.clicked.connect(self.make_win_back_calls)
        self.preview_button = QPushButton(self.tr("Print preview…"))
        self.preview_button.clicked.connect(self.print_preview)
        self.table = read_only_table(self.headers(), "lapsedTable", self)
        self.table.itemDoubleClicked.connect(
            lambda item: self.open_customer.emit(self._items[item.row()].customer_id))
        bar = QHBoxLayout()
        bar.addWidget(self.status)
        bar.addWidget(QLabel(self.tr("Advisor")))
        bar.addWidget(self.advisor)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        bar.addWidget(self.preview_button)
        actions = QHBoxLayout()
        actions.addWidget(self.win_back_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.refresh()

    def headers(self) -> list[str]:
        return [
            self.tr("Customer"), self.tr("Phone"), self.tr("Vehicle"), self.tr("Last visit"),
            self.tr("Days since"), self.tr("Spent (yuan)"), self.tr("Status"), self.tr("Advisor"),
        ]

    def _vehicle_text(self, x) -> str:
        """The vehicle of the last visit: plate and model."""
        return "  ".join(p for p in (x.plate, x.vehicle) if p)

    def _status_text(self, status: str) -> str:
        return self.tr("Lost") if status == "lost" else self.tr("At risk")

    def refresh(self) -> None:
        wanted = self.status.currentData()
        items = self._services.visits.lapsed(self.today, self._preferences.lapse_thresholds,
                                             advisor_id=self.advisor.currentData())
        self._items = [x for x in items if wanted is None or x.status.value == wanted]
        self.table.setUpdatesEnabled(False)
        self.table.setRowCount(len(self._items))
        lost = QBrush(QColor("#c62828"))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, x in enumerate(self._items):
            values = [x.name + (" ★" if x.key_account else ""), format_phone(x.phone),
                      self._vehicle_text(x), x.last_visit.isoformat(), f"{x.days_since:,}",
                      format_yuan(x.spent_fen), self._status_text(x.status.value),
                      x.advisor_name]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, x.customer_id)
                if col in (4, 5):
                    item.setTextAlignment(right)
                if x.status.value == "lost":
                    item.setForeground(lost)
                self.table.setItem(row, col, item)
        self.table.setUpdatesEnabled(True)
        self.summary.setText(self.tr("%n customer(s)", "", len(self._items)))

    def make_win_back_calls(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        for row in rows:
            x = self._items[row]
            self._services.followups.create(
                x.customer_id, FollowUpReason.WIN_BACK, self.today,
                rules=self._preferences.follow_up_rules)
        if rows:
            self.changed.emit()

    def html(self) -> str:
        head = "".join(f"<th>{html.escape(t)}</th>" for t in (
            *self.headers(), self.tr("Notes")))
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in (
                x.name, format_phone(x.phone), self._vehicle_text(x), x.last_visit.isoformat(),
                f"{x.days_since:,}", format_yuan(x.spent_fen),
                self._status_text(x.status.value), x.advisor_name, "")) + "</tr>"
            for x in self._items)
        title = html.escape(self.tr("Win-back list"))
        return (f"<h2>{title} {self.today.isoformat()}</h2>"
                f"<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
                f"<thead><tr>{head}</tr></thead>{body}</table>")

    def print_preview(self) -> None:
        from app.ui.printing import print_preview

        print_preview(self, self.html(), self.tr("Win-back list"))

    def export(self) -> None:
        path = save_path(self, self.tr("Export win-back list"), "win-back.xlsx",
                         self.tr("Excel workbook (*.xlsx)"))
        if path is not None:
            self.export_to(path)

    def export_to(self, path) -> bool:
        from decimal import Decimal

        from app.services.exchange.excel_export import CellKind, ColumnSpec, SheetSpec

        sheet = SheetSpec(self.tr("Win-back"), [
            ColumnSpec(self.tr("Customer"), CellKind.TEXT, 12),
            ColumnSpec(self.tr("Phone"), CellKind.PHONE, 15),
            ColumnSpec(self.tr("Vehicle"), CellKind.TEXT, 24),
            ColumnSpec(self.tr("Last visit"), CellKind.DATE, 11),
            ColumnSpec(self.tr("Days since"), CellKind.INTEGER, 9),
            ColumnSpec(self.tr("Spent (yuan)"), CellKind.MONEY, 12),
            ColumnSpec(self.tr("Status"), CellKind.TEXT, 8),
            ColumnSpec(self.tr("Advisor"), CellKind.TEXT, 10),
        ], [(x.name, format_phone(x.phone), self._vehicle_text(x), x.last_visit, x.days_since,
             Decimal(x.spent_fen) / 100, self._status_text(x.status.value), x.advisor_name)
            for x in self._items])
        return export_sheets(self, [sheet], path)
