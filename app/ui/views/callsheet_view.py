"""The daily call sheet: one ranked line per customer, printed or taken to Excel."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.reminder_records import CallSheet
from app.presentation import labels
from app.presentation.call_words import due_words, overdue_words, reason_lines
from app.ui.widgets.common import (
    advisor_filter,
    export_sheets,
    from_qdate,
    save_path,
    tell_saved,
    to_qdate,
)

if TYPE_CHECKING:
    from app.desk.settings import Preferences
    from app.services.admin.book import Services


SHOWN_LINES = 2000  # lines in the table (every advisor of a big book: 36,000)


class CallSheetView(QWidget):
    open_customer = Signal(int)

    def __init__(self, services: Services, preferences: Preferences, parent=None):
        super().__init__(parent)
        self.setObjectName("callSheetView")
        self._services = services
        self._preferences = preferences
        self.sheet = CallSheet(day=date.today())

        self.day = QDateEdit(to_qdate(date.today()), self)
        self.day.setObjectName("callSheetDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.advisor = QComboBox(self)
        self.advisor.setObjectName("callSheetAdvisor")
        advisor_filter(self.advisor, services.staff, self.tr("All advisors"),
                       preferences.desk_advisor_id)
        self.day.dateChanged.connect(self.refresh)
        self.advisor.currentIndexChanged.connect(self.refresh)
        self.preview_button = QPushButton(self.tr("Print preview…"))
        self.preview_button.clicked.connect(self.print_preview)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.summary = QLabel(self)

        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("callSheetTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Customer"), self.tr("Phone"), self.tr("Reasons"), self.tr("Due"),
            self.tr("Plates"), self.tr("Advisor"),
        ])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # one reason a line (the lines are made here): wrapping them by the width the
        # table had when filled made rows three lines tall for one reason
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemDoubleClicked.connect(self._open_selected)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Day")))
        bar.addWidget(self.day)
        bar.addWidget(QLabel(self.tr("Advisor")))
        bar.addWidget(self.advisor)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        bar.addWidget(self.preview_button)
        bar.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        self.sheet = self._services.callsheet.for_day(
            from_qdate(self.day.date()),
            advisor_id=self.advisor.currentData(),
            lead_days=self._preferences.lead_days,
            lookback_days=self._preferences.lookback_days,
        )
        day = self.sheet.day
        lines = self.sheet.lines[:SHOWN_LINES]  # the print and the workbook have them all
        table = self.table
        table.setUpdatesEnabled(False)
        table.setRowCount(len(lines))
        late = QBrush(QColor("#c62828"))
        for row, line in enumerate(lines):
            # one line per reason, each naming its car, with how late or soon it is
            reasons = "\n".join(
                f"{text} — {due_words(when, day)}"
                for when, _late, text in reason_lines(line.reasons, labels.reason,
                                                      labels.reminder_detail)
            )
            first_due = min(r.due for r in line.reasons)
            name = line.customer_name + (" ★" if line.key_account else "")
            phone = line.phone + (" ⚠" if line.phone_wrong else "")
            values = [name, phone, reasons, due_words(first_due, day), line.plates,
                      line.advisor_name]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, line.customer_id)
                if line.overdue and col in (0, 3):  # red: the customer and how late
                    item.setForeground(late)
                if col == 1 and line.phone_wrong:
                    item.setToolTip(self.tr("This number was reported wrong"))
                if col == 3:
                    item.setToolTip(first_due.isoformat())
                table.setItem(row, col, item)
        table.resizeRowsToContents()
        table.setUpdatesEnabled(True)
        text = self.tr("%n customer(s) to call", "", len(self.sheet.lines))
        text += " · " + overdue_words(self.sheet)
        if len(self.sheet.lines) > len(lines):
            text += " " + self.tr("(the first %n shown: choose an advisor; print and Excel have "
                                  "them all)", "", len(lines))
        self.summary.setText(text)

    def html(self) -> str:
        from app.presentation.printing import call_sheet_html

        return call_sheet_html(self.sheet, labels.reason)

    def print_preview(self) -> None:
        from app.ui.printing import print_preview

        print_preview(self, self.html(), self.tr("Call sheet"))

    def save_pdf(self) -> None:
        from app.render.pdf import write_pdf
        from app.ui.messages import show_error

        path = save_path(self, self.tr("Save call sheet"), f"call-sheet-{self.sheet.day}.pdf",
                         self.tr("PDF (*.pdf)"))
        if path is None:
            return
        try:
            written = write_pdf(self.html(), path, self.tr("Call sheet"))
        except OSError as exc:
            show_error(self, self.tr("Not saved"), self.tr("The PDF could not be written."), str(exc))
            return
        tell_saved(self, written)

    def export(self) -> None:
        from app.presentation.exports import callsheet_sheet

        path = save_path(self, self.tr("Export call sheet"), f"call-sheet-{self.sheet.day}.xlsx",
                         self.tr("Excel workbook (*.xlsx)"))
        if path is not None:
            export_sheets(self, [callsheet_sheet(self.sheet)], path)

    def _open_selected(self, item: QTableWidgetItem) -> None:
        self.open_customer.emit(item.data(Qt.ItemDataRole.UserRole))
