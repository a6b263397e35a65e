"""Customers drifting away: no visit for 6–12 months (at risk) or longer (lost); win them back."""

from __future__ import annotations

import html
from datetime import date
from operator import attrgetter
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import FollowUpReason
from app.domain.service_rules import LapseStatus
from app.domain.validation import format_phone
from app.ui.dialogs.visit_dialog import format_yuan
from app.ui.models.table_model import RIGHT, ListColumn, ListModel
from app.ui.ops import Op
from app.ui.widgets.common import advisor_filter, export_sheets, save_path
from app.ui.widgets.list_table import list_table, selected_rows, size_columns

if TYPE_CHECKING:
    from app.desk.settings import Preferences
    from app.services.admin.book import Services
    from app.services.service_lane.visits import LapsedCustomer

LOST = QColor("#c62828")


def vehicle_text(x: LapsedCustomer) -> str:
    """The vehicle of the last visit: plate and model."""
    return "  ".join(p for p in (x.plate, x.vehicle) if p)


def status_text(status: str) -> str:
    if status == "lost":
        return QCoreApplication.translate("LapsedView", "Lost")
    return QCoreApplication.translate("LapsedView", "At risk")


class LapsedColumn(ListColumn):
    """The win-back list's columns (printed and exported as shown)."""

    __translation_context__ = "LapsedView"
    CUSTOMER = (QT_TRANSLATE_NOOP("LapsedView", "Customer"),
                lambda x: x.name + (" ★" if x.key_account else ""))
    PHONE = (QT_TRANSLATE_NOOP("LapsedView", "Phone"), lambda x: format_phone(x.phone))
    VEHICLE = (QT_TRANSLATE_NOOP("LapsedView", "Vehicle"), vehicle_text)
    LAST_VISIT = (QT_TRANSLATE_NOOP("LapsedView", "Last visit"),
                  lambda x: x.last_visit.isoformat())
    DAYS_SINCE = (QT_TRANSLATE_NOOP("LapsedView", "Days since"), lambda x: f"{x.days_since:,}",
                  RIGHT, attrgetter("days_since"))
    SPENT = (QT_TRANSLATE_NOOP("LapsedView", "Spent (yuan)"), lambda x: format_yuan(x.spent_fen),
             RIGHT, attrgetter("spent_fen"))
    STATUS = (QT_TRANSLATE_NOOP("LapsedView", "Status"), lambda x: status_text(x.status.value))
    ADVISOR = (QT_TRANSLATE_NOOP("LapsedView", "Advisor"), attrgetter("advisor_name"))


def _lost_in_red(x: LapsedCustomer) -> QBrush | None:
    return QBrush(LOST) if x.status == LapseStatus.LOST else None


class LapsedView(QWidget):
    open_customer = Signal(int)

    def __init__(self, services: Services, preferences: Preferences, parent=None):
        super().__init__(parent)
        self.setObjectName("lapsedView")
        self._services = services
        self._preferences = preferences
        self.today = date.today()
        self._sized = False
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
        # the lapsed customers as ids; what they spent and drove is read a page at a time
        self.model = ListModel(
            LapsedColumn,
            lambda ids: services.visits.lapsed_rows(ids, self.today,
                                                    preferences.lapse_thresholds),
            row_id=attrgetter("customer_id"),
            row_roles={Qt.ItemDataRole.ForegroundRole: _lost_in_red}, parent=self)
        self.table = list_table(self.model, "lapsedTable", self.tr("Win-back list"), self)
        self.table.doubleClicked.connect(
            lambda index: self.open_customer.emit(self.model.id_at(index.row())))
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
        return [column.label() for column in LapsedColumn]

    def _status(self) -> LapseStatus | None:
        wanted = self.status.currentData()
        return LapseStatus(wanted) if wanted is not None else None

    def refresh(self) -> None:
        self.model.set_ids(self._services.visits.lapsed_ids(
            self.today, self._preferences.lapse_thresholds,
            advisor_id=self.advisor.currentData(), status=self._status()))
        if not self._sized and self.model.rowCount():
            size_columns(self.table)  # once, from the first rows: later fills keep widths
            self._sized = True
        self.summary.setText(self.tr("%n customer(s)", "", self.model.rowCount()))

    def _every_row(self) -> list[LapsedCustomer]:
        """The whole list (for printing and export), in one query."""
        return self._services.visits.lapsed(
            self.today, self._preferences.lapse_thresholds,
            advisor_id=self.advisor.currentData(), status=self._status())

    def make_win_back_calls(self) -> None:
        ids = [self.model.id_at(row) for row in selected_rows(self.table)]
        if not ids:
            return
        followups, today, rules = (self._services.followups, self.today,
                                   self._preferences.follow_up_rules)
        # the other lists hear of the calls through the window's change signal
        Op(self, lambda: [followups.create(customer_id, FollowUpReason.WIN_BACK, today,
                                           rules=rules) for customer_id in ids],
           writes=True).run()

    def html(self) -> str:
        head = "".join(f"<th>{html.escape(t)}</th>" for t in (
            *self.headers(), self.tr("Notes")))
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in (
                x.name, format_phone(x.phone), vehicle_text(x), x.last_visit.isoformat(),
                f"{x.days_since:,}", format_yuan(x.spent_fen),
                status_text(x.status.value), x.advisor_name, "")) + "</tr>"
            for x in self._every_row())
        title = html.escape(self.tr("Win-back list"))
        return (f"<h2>{title} {self.today.isoformat()}</h2>"
                f"<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
                f"<thead><tr>{head}</tr></thead>{body}</table>")

    def print_preview(self) -> None:
        from app.ui.printing import may_print, print_preview

        rows = list(self._every_row())
        if may_print(self, self.tr("Win-back list"), [x.advisor_id for x in rows], len(rows)):
            print_preview(self, self.html(), self.tr("Win-back list"))

    def export(self) -> None:
        path = save_path(self, self.tr("Export win-back list"), "win-back.xlsx",
                         self.tr("Excel workbook (*.xlsx)"))
        if path is not None:
            self.export_to(path)

    def export_to(self, path) -> bool:
        from decimal import Decimal

        from app.services.exchange.excel_export import CellKind, ColumnSpec, SheetSpec

        rows = list(self._every_row())
        sheet = SheetSpec(self.tr("Win-back"), [
            ColumnSpec(self.tr("Customer"), CellKind.TEXT, 12),
            ColumnSpec(self.tr("Phone"), CellKind.PHONE, 15),
            ColumnSpec(self.tr("Vehicle"), CellKind.TEXT, 24),
            ColumnSpec(self.tr("Last visit"), CellKind.DATE, 11),
            ColumnSpec(self.tr("Days since"), CellKind.INTEGER, 9),
            ColumnSpec(self.tr("Spent (yuan)"), CellKind.MONEY, 12),
            ColumnSpec(self.tr("Status"), CellKind.TEXT, 8),
            ColumnSpec(self.tr("Advisor"), CellKind.TEXT, 10),
        ], [(x.name, format_phone(x.phone), vehicle_text(x), x.last_visit, x.days_since,
             Decimal(x.spent_fen) / 100, status_text(x.status.value), x.advisor_name)
            for x in rows])
        return export_sheets(self, [sheet], path, [x.advisor_id for x in rows])
