"""Service visits: the lane's log by date, type and service advisor."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import VisitType
from app.domain.visit_records import VisitRecord
from app.services.exchange.excel_export import CellKind, ColumnSpec, SheetSpec
from app.ui.dialogs.visit_dialog import (
    VisitDialog,
    delete_visit,
    edit_visit,
    format_yuan,
    selected_visit,
    visit_type_label,
)
from app.ui.widgets.common import (
    export_sheets,
    fill_advisors,
    from_qdate,
    read_only_table,
    save_path,
    to_qdate,
)

if TYPE_CHECKING:
    from app.desk.settings import Preferences
    from app.services.admin.book import Services

DEFAULT_DAYS = 90


class VisitsView(QWidget):
    open_customer = Signal(int)
    changed = Signal()

    def __init__(self, services: Services, preferences: Preferences, parent=None):
        super().__init__(parent)
        self.setObjectName("visitsView")
        self._services = services
        self._preferences = preferences
        self.today = date.today()
        self._items: list[VisitRecord] = []

        self.date_from = QDateEdit(to_qdate(self.today - timedelta(days=DEFAULT_DAYS)), self)
        self.date_from.setObjectName("visitDateFrom")
        self.date_to = QDateEdit(to_qdate(self.today), self)
        self.date_to.setObjectName("visitDateTo")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self.refresh)
        self.visit_type = QComboBox(self)
        self.visit_type.setObjectName("visitTypeFilter")
        self.visit_type.addItem(self.tr("All types"), None)
        for value in VisitType:
            self.visit_type.addItem(visit_type_label(value), value)
        self.advisor = QComboBox(self)
        self.advisor.setObjectName("visitAdvisorFilter")
        fill_advisors(self.advisor, services.staff, self.tr("All service advisors"))
        for combo in (self.visit_type, self.advisor):
            combo.currentIndexChanged.connect(self.refresh)

        self.new_button = QPushButton(self.tr("New visit…"), self)
        self.new_button.setObjectName("newVisitButton")
        self.new_button.setToolTip(self.tr("Ctrl+Shift+V"))
        self.new_button.clicked.connect(lambda _=False: self.new_visit())
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName("editVisitButton")
        self.edit_button.setToolTip(self.tr("Correct the selected visit (or double-click it)"))
        self.edit_button.clicked.connect(lambda _=False: self.edit_selected())
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setObjectName("deleteVisitButton")
        self.delete_button.setToolTip(self.tr("Delete the selected visit (asks first)"))
        self.delete_button.clicked.connect(lambda _=False: self.delete_selected())
        self.open_button = QPushButton(self.tr("Open customer"), self)
        self.open_button.setObjectName("openVisitCustomerButton")
        self.open_button.clicked.connect(lambda _=False: self.open_selected_customer())
        self.summary = QLabel(self)

        self.table = read_only_table(self.headers(), "visitTable", self)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_enabled)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.date_to)
        bar.addWidget(self.visit_type)
        bar.addWidget(QLabel(self.tr("Service advisor")))
        bar.addWidget(self.advisor)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        bar.addWidget(self.new_button)
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.refresh()

    def headers(self) -> list[str]:
        return [
            self.tr("Date in"), self.tr("Date out"), self.tr("Plate"), self.tr("Customer"),
            self.tr("Model"), self.tr("Type"), self.tr("Mileage (km)"), self.tr("Total (yuan)"), self.tr("Service advisor"),
            self.tr("Satisfaction"), self.tr("Comments"),
        ]

    # ------------------------------------------------------------ data
    def records(self) -> list[VisitRecord]:
        return self._services.visits.list(
            from_qdate(self.date_from.date()),
            from_qdate(self.date_to.date()),
            visit_type=self.visit_type.currentData(),
            advisor_id=self.advisor.currentData(),
        )

    def refresh(self) -> None:
        self._items = self.records()
        table = self.table
        table.setUpdatesEnabled(False)
        table.setRowCount(len(self._items))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, v in enumerate(self._items):
            values = [
                v.date_in.isoformat(),
                v.date_out.isoformat() if v.date_out else "",
                v.plate,
                v.customer_name,
                f"{v.make} {v.model}".strip(),
                visit_type_label(v.visit_type),
                f"{v.mileage_km:,}" if v.mileage_km is not None else "",
                format_yuan(v.total_fen),
                v.service_advisor_name,
                str(v.satisfaction) if v.satisfaction is not None else "",
                v.comments.replace("\n", " / "),
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, v.id)
                if col in (6, 7, 9):
                    item.setTextAlignment(right)
                table.setItem(row, col, item)
        table.setUpdatesEnabled(True)
        self.summary.setText(self.tr("%n visit(s)", "", len(self._items)))
        self._update_enabled()

    # ------------------------------------------------------------ actions
    def new_visit(self, vehicle_id: int | None = None) -> VisitRecord | None:
        dialog = VisitDialog(self._services.visits, self._services.staff, vehicle_id, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        saved = dialog.saved if accepted else None
        dialog.deleteLater()
        if saved is not None:
            self.refresh()
            self.changed.emit()
        return saved

    def selected(self) -> VisitRecord | None:
        return selected_visit(self.table, self._items)

    def edit_selected(self) -> VisitRecord | None:
        visit = self.selected()
        if visit is None or not self.edit_button.isEnabled():
            return None
        saved = edit_visit(self, self._services.visits, self._services.staff, visit)
        if saved is not None:
            self.refresh()
            self.changed.emit()
        return saved

    def delete_selected(self) -> bool:
        visit = self.selected()
        if visit is None or not self.delete_button.isEnabled() \
                or not delete_visit(self, self._services.visits, visit):
            return False
        self.refresh()
        self.changed.emit()
        return True

    def open_selected_customer(self) -> None:
        visit = self.selected()
        if visit is not None and visit.customer_id is not None:
            self.open_customer.emit(visit.customer_id)

    def _update_enabled(self) -> None:
        visit = self.selected()
        writable = self._services.visits.writable  # a book opened only to read: no edits
        self.edit_button.setEnabled(visit is not None and writable)
        self.delete_button.setEnabled(visit is not None and writable)
        self.open_button.setEnabled(visit is not None and visit.customer_id is not None)

    def sheet(self) -> SheetSpec:
        columns = [
            ColumnSpec(self.tr("Date in"), CellKind.DATE, 11),
            ColumnSpec(self.tr("Date out"), CellKind.DATE, 11),
            ColumnSpec(self.tr("Plate"), CellKind.TEXT, 12),
            ColumnSpec(self.tr("Customer"), CellKind.TEXT, 12),
            ColumnSpec(self.tr("Model"), CellKind.TEXT, 14),
            ColumnSpec(self.tr("Type"), CellKind.TEXT, 10),
            ColumnSpec(self.tr("Mileage (km)"), CellKind.INTEGER, 11),
            ColumnSpec(self.tr("Total (yuan)"), CellKind.MONEY, 12),
            ColumnSpec(self.tr("Service advisor"), CellKind.TEXT, 10),
            ColumnSpec(self.tr("Satisfaction"), CellKind.INTEGER, 8),
            ColumnSpec(self.tr("Work items"), CellKind.TEXT, 30),
            ColumnSpec(self.tr("Comments"), CellKind.TEXT, 24),
        ]
        rows = [
            (v.date_in, v.date_out, v.plate, v.customer_name, f"{v.make} {v.model}".strip(),
             visit_type_label(v.visit_type), v.mileage_km,
             Decimal(v.total_fen) / 100, v.service_advisor_name, v.satisfaction,
             "、".join(i.description for i in v.items), v.comments)
            for v in self._items
        ]
        return SheetSpec(self.tr("Service visits"), columns, rows)

    def export_to(self, path: Path) -> bool:
        return export_sheets(self, [self.sheet()], path)

    def export(self) -> None:
        path = save_path(self, self.tr("Export service visits"), "visits.xlsx",
                         self.tr("Excel workbook (*.xlsx)"))
        if path is not None:
            self.export_to(path)
