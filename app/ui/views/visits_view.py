"""Service visits: the lane's log by date, type and service advisor."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import VisitType
from app.domain.errors import NotFoundError
from app.domain.visit_records import VisitRecord, VisitRow
from app.ui.dialogs.visit_dialog import (
    VisitDialog,
    delete_visit,
    edit_visit,
    format_yuan,
    visit_type_label,
)
from app.ui.models.table_model import PAGE, RIGHT, ListColumn, ListModel
from app.ui.widgets.common import (
    export_sheets,
    fill_advisors,
    from_qdate,
    save_path,
    to_qdate,
)
from app.ui.widgets.list_table import list_table, selected_rows, size_columns

if TYPE_CHECKING:
    from app.desk.settings import Preferences
    from app.services.admin.book import Services
    from app.services.exchange.excel_export import SheetSpec

DEFAULT_DAYS = 90


class VisitColumn(ListColumn):
    """The visits list's columns (the export adds the work items)."""

    __translation_context__ = "VisitsView"
    DATE_IN = (QT_TRANSLATE_NOOP("VisitsView", "Date in"), lambda v: v.date_in.isoformat())
    DATE_OUT = (QT_TRANSLATE_NOOP("VisitsView", "Date out"),
                lambda v: v.date_out.isoformat() if v.date_out else "")
    PLATE = (QT_TRANSLATE_NOOP("VisitsView", "Plate"), lambda v: v.plate)
    CUSTOMER = (QT_TRANSLATE_NOOP("VisitsView", "Customer"), lambda v: v.customer_name)
    MODEL = (QT_TRANSLATE_NOOP("VisitsView", "Model"), lambda v: f"{v.make} {v.model}".strip())
    TYPE = (QT_TRANSLATE_NOOP("VisitsView", "Type"), lambda v: visit_type_label(v.visit_type))
    MILEAGE = (QT_TRANSLATE_NOOP("VisitsView", "Mileage (km)"),
               lambda v: f"{v.mileage_km:,}" if v.mileage_km is not None else "", RIGHT,
               lambda v: -1 if v.mileage_km is None else v.mileage_km)
    TOTAL = (QT_TRANSLATE_NOOP("VisitsView", "Total (yuan)"), lambda v: format_yuan(v.total_fen),
             RIGHT, lambda v: v.total_fen)
    ADVISOR = (QT_TRANSLATE_NOOP("VisitsView", "Service advisor"),
               lambda v: v.service_advisor_name)
    SATISFACTION = (QT_TRANSLATE_NOOP("VisitsView", "Satisfaction"),
                    lambda v: str(v.satisfaction) if v.satisfaction is not None else "", RIGHT,
                    lambda v: v.satisfaction or 0)
    COMMENTS = (QT_TRANSLATE_NOOP("VisitsView", "Comments"),
                lambda v: v.comments.replace("\n", " / "))


class VisitsView(QWidget):
    open_customer = Signal(int)

    def __init__(self, services: Services, preferences: Preferences, parent=None):
        super().__init__(parent)
        self.setObjectName("visitsView")
        self._services = services
        self._preferences = preferences
        self.today = date.today()
        self._sized = False

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

        # the visits of the period as ids; their rows are read a page at a time
        self.model = ListModel(VisitColumn, services.visits.visit_rows, parent=self)
        self.table = list_table(self.model, "visitTable", self.tr("Service visits"), self)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_enabled)

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
        return [column.label() for column in VisitColumn]

    # ------------------------------------------------------------ data
    def visit_ids(self) -> list[int]:
        """The visits the filters match, newest first."""
        return self._services.visits.visit_ids(
            from_qdate(self.date_from.date()),
            from_qdate(self.date_to.date()),
            visit_type=self.visit_type.currentData(),
            advisor_id=self.advisor.currentData(),
        )

    def refresh(self, changed: list[int] | None = None) -> None:
        """Read the list again (only the `changed` visits' rows, when its visits stay)."""
        self.model.set_ids(self.visit_ids(), changed)
        if not self._sized and self.model.rowCount():
            size_columns(self.table)  # once, from the first rows: later fills keep widths
            self._sized = True
        self.summary.setText(self.tr("%n visit(s)", "", self.model.rowCount()))
        self._update_enabled()

    # ------------------------------------------------------------ actions
    def new_visit(self, vehicle_id: int | None = None) -> VisitRecord | None:
        # the dialog's write op names the dialog, a child of this view: the change signal
        # skips this view, which refreshes itself
        dialog = VisitDialog(self._services.visits, self._services.staff, vehicle_id, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        saved = dialog.saved if accepted else None
        dialog.deleteLater()
        if saved is not None:
            self.refresh()
        return saved

    def _selected_row(self) -> VisitRow | None:
        rows = selected_rows(self.table)
        return self.model.record_at(rows[0]) if rows else None

    def selected(self) -> VisitRecord | None:
        """The selected visit with its work items (to correct or delete it), carrying the
        version the list showed, so a change made since at another desk is caught."""
        row = self._selected_row()
        if row is None:
            return None
        try:
            return replace(self._services.visits.visit(row.id), version=row.version)
        except NotFoundError:  # deleted at another desk: the dialogs say so, then refresh
            return VisitRecord(
                id=row.id, vehicle_id=row.vehicle_id, customer_id=row.customer_id,
                date_in=row.date_in, date_out=row.date_out, visit_type=row.visit_type,
                mileage_km=row.mileage_km, total_fen=row.total_fen, comments=row.comments,
                service_advisor_name=row.service_advisor_name, satisfaction=row.satisfaction,
                plate=row.plate, customer_name=row.customer_name, make=row.make,
                model=row.model, version=row.version)

    def edit_selected(self) -> VisitRecord | None:
        visit = self.selected()
        if visit is None or not self.edit_button.isEnabled():
            return None
        saved = edit_visit(self, self._services.visits, self._services.staff, visit)
        if saved is not None:
            self.refresh(changed=[saved.id])
        return saved

    def delete_selected(self) -> bool:
        """Delete the selected visit after asking; False when the person said no. The list
        is read again once the write is in (the write op names this view)."""
        visit = self.selected()
        if visit is None or not self.delete_button.isEnabled():
            return False
        return delete_visit(self, self._services.visits, visit, self.refresh)

    def open_selected_customer(self) -> None:
        visit = self._selected_row()
        if visit is not None and visit.customer_id is not None:
            self.open_customer.emit(visit.customer_id)

    def _update_enabled(self) -> None:
        visit = self._selected_row()
        writable = self._services.visits.writable  # a book opened only to read: no edits
        self.edit_button.setEnabled(visit is not None and writable)
        self.delete_button.setEnabled(visit is not None and writable)
        self.open_button.setEnabled(visit is not None and visit.customer_id is not None)

    def sheet(self) -> SheetSpec:
        # the Excel writer loads with the first export, not with the tab
        from app.services.exchange.excel_export import CellKind, ColumnSpec, SheetSpec

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
        rows = (
            (v.date_in, v.date_out, v.plate, v.customer_name, f"{v.make} {v.model}".strip(),
             visit_type_label(v.visit_type), v.mileage_km,
             Decimal(v.total_fen) / 100, v.service_advisor_name, v.satisfaction,
             "、".join(v.work_items), v.comments)
            for v in self._every_row()
        )
        return SheetSpec(self.tr("Service visits"), columns, rows)

    def _every_row(self) -> Iterator[VisitRow]:
        """Every visit of the list in its order, with work items, read a page at a time."""
        ids = self.model.ids()
        visits = self._services.visits
        for start in range(0, len(ids), PAGE):
            chunk = ids[start:start + PAGE]
            found = {row.id: row for row in visits.visit_rows(chunk, with_items=True)}
            yield from (found[i] for i in chunk if i in found)

    def export_to(self, path: Path) -> bool:
        return export_sheets(self, [self.sheet()], path)

    def export(self) -> None:
        path = save_path(self, self.tr("Export service visits"), "visits.xlsx",
                         self.tr("Excel workbook (*.xlsx)"))
        if path is not None:
            self.export_to(path)
