"""The daily call sheet: one ranked line per customer, printed or taken to Excel.

The sheet is worked out off the interface thread, straight from the tables (never the
reminders' in-memory copy of the book: ~110 MB and ~3 s on 100,000 customers)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.reminder_records import CallLine, CallSheet
from app.presentation import labels
from app.presentation.call_words import due_words, overdue_words, reason_lines
from app.ui.models.table_model import ListColumn, ListModel
from app.ui.ops import LatestRead, show_failure
from app.ui.widgets.common import (
    advisor_filter,
    export_sheets,
    from_qdate,
    save_path,
    tell_saved,
    to_qdate,
)
from app.ui.widgets.list_place import place_kept
from app.ui.widgets.list_table import list_table

if TYPE_CHECKING:
    from app.desk.settings import Preferences
    from app.services.admin.book import Services

LATE = QColor("#c62828")


class ShownLine(NamedTuple):
    """A call-sheet line as the table shows it (made only for the pages on screen)."""

    line: CallLine
    reasons: str  # one reason a line, each naming its car, with how late or soon it is
    first_due: date
    due: str

    @property
    def customer_id(self) -> int:
        return self.line.customer_id


def shown_line(line: CallLine, day: date) -> ShownLine:
    reasons = "\n".join(
        f"{text} — {due_words(when, day)}"
        for when, _late, text in reason_lines(line.reasons, labels.reason,
                                              labels.reminder_detail)
    )
    first_due = min(r.due for r in line.reasons)
    return ShownLine(line, reasons, first_due, due_words(first_due, day))


class CallSheetColumn(ListColumn):
    """The call sheet's columns (the print and the workbook have their own)."""

    __translation_context__ = "CallSheetView"
    CUSTOMER = (QT_TRANSLATE_NOOP("CallSheetView", "Customer"),
                lambda x: x.line.customer_name + (" ★" if x.line.key_account else ""))
    PHONE = (QT_TRANSLATE_NOOP("CallSheetView", "Phone"),
             lambda x: x.line.phone + (" ⚠" if x.line.phone_wrong else ""))
    REASONS = (QT_TRANSLATE_NOOP("CallSheetView", "Reasons"), lambda x: x.reasons)
    DUE = (QT_TRANSLATE_NOOP("CallSheetView", "Due"), lambda x: x.due,
           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, lambda x: x.first_due)
    PLATES = (QT_TRANSLATE_NOOP("CallSheetView", "Plates"), lambda x: x.line.plates)
    ADVISOR = (QT_TRANSLATE_NOOP("CallSheetView", "Advisor"), lambda x: x.line.advisor_name)


class CallSheetModel(ListModel):
    """The sheet's lines by customer; red and tips on single cells, not whole rows."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole:
            shown = self.record_at(index.row())
            if shown is not None and shown.line.overdue and index.column() in (
                    CallSheetColumn.CUSTOMER, CallSheetColumn.DUE):
                return QBrush(LATE)  # red: the customer and how late
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            shown = self.record_at(index.row())
            if shown is None:
                return None
            if index.column() == CallSheetColumn.PHONE and shown.line.phone_wrong:
                return QCoreApplication.translate("CallSheetView",
                                                  "This number was reported wrong")
            if index.column() == CallSheetColumn.DUE:
                return shown.first_due.isoformat()
            return None
        return super().data(index, role)


class CallSheetView(QWidget):
    open_customer = Signal(int)

    def __init__(self, services: Services, preferences: Preferences, parent=None,
                 known: Callable[[tuple], CallSheet | None] | None = None):
        """`known(key)`: a sheet already worked out for (day, advisor id, lead days,
        look-back days) by its owner (the window's summary), shown at the first opening
        instead of working it out again; None when there is none."""
        super().__init__(parent)
        self.setObjectName("callSheetView")
        self._known = known
        self._services = services
        self._preferences = preferences
        self.sheet = CallSheet(day=date.today())
        self._lines: dict[int, CallLine] = {}
        self._tall: list[int] = []  # rows made taller for their several reasons
        self._shown = False  # a sheet read and shown (until then, the status line)
        self._reads = LatestRead(self)  # a newer refresh's sheet replaces an older one's

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

        # every line of the sheet (worked out by the service off the interface thread); the
        # table shows them a page at a time, so the whole book's 36,000 need no cap
        self.model = CallSheetModel(
            CallSheetColumn,
            lambda ids: [shown_line(self._lines[i], self.sheet.day)
                         for i in ids if i in self._lines],
            row_id=attrgetter("customer_id"), parent=self)
        self.table = list_table(self.model, "callSheetTable", self.tr("Call sheet"), self)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CallSheetColumn.REASONS, QHeaderView.ResizeMode.Stretch)
        self._line_height = self.table.verticalHeader().defaultSectionSize()
        self.table.doubleClicked.connect(self._open_selected)
        # until the first sheet comes, a line saying so rather than an empty table
        self.status = QLabel(self.tr("Reading the call sheet…"), self)
        self.status.setObjectName("callSheetStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.status)
        self.pages.addWidget(self.table)

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
        layout.addWidget(self.pages, 1)
        self.refresh()

    @property
    def loading(self) -> bool:
        """Whether the sheet shown is still to be read again."""
        return self._reads.loading()

    def refresh(self) -> None:
        """Work the sheet out again off the interface thread; shown when it comes (a newer
        refresh's sheet replaces an older one's, which is dropped)."""
        callsheet = self._services.callsheet.from_tables()  # never the in-memory copy
        day, advisor = from_qdate(self.day.date()), self.advisor.currentData()
        leads, lookbacks = self._preferences.lead_days, self._preferences.lookback_days
        known, self._known = self._known, None
        sheet = known((day, advisor, leads, lookbacks)) if known is not None else None
        if sheet is not None:
            self._reads.deliver_to(self._show)(sheet)  # (a read still running is dropped)
            return
        self.summary.setText(self.tr("Reading the call sheet…"))

        def read() -> CallSheet:
            return callsheet.for_day(day, advisor_id=advisor, lead_days=leads,
                                     lookback_days=lookbacks)

        self._reads.run(read, self._show, self._read_failed)

    def _read_failed(self, error: Exception) -> None:
        if not self._shown:
            self.status.setText(self.tr("The call sheet could not be read."))
        self.summary.clear()
        show_failure(self, error, self.tr("Call sheet"))

    def _show(self, sheet: CallSheet) -> None:
        self.sheet = sheet
        self._lines = {line.customer_id: line for line in sheet.lines}
        with place_kept(self.table, self.model):
            self.model.set_ids(self._lines)
        self._fit_row_heights()
        text = self.tr("%n customer(s) to call", "", len(sheet.lines))
        text += " · " + overdue_words(sheet)
        if sheet.skipped_no_consent:
            text += " · " + self.tr("%n call(s) left out: no consent", "",
                                    sheet.skipped_no_consent)
        self.summary.setText(text)
        self._shown = True
        self.pages.setCurrentWidget(self.table)

    def _fit_row_heights(self) -> None:
        """A line of text per reason: rows with several reasons grow, from the counts
        alone (no row is measured, so 36,000 lines cost no layout)."""
        table, height = self.table, self._line_height
        # a line as tall as Chinese text draws (its fallback font is taller than the
        # interface font), measured once
        text = self.table.fontMetrics().boundingRect(
            QRect(0, 0, 1000, 1000), int(Qt.AlignmentFlag.AlignLeft), "京A\n京A").height() / 2
        tall: list[int] = []
        for row, line in enumerate(self.sheet.lines):
            if len(line.reasons) > 1:
                shown = len({(r.due, r.overdue, r.car or n) for n, r in enumerate(line.reasons)})
                if shown > 1:  # the lines of reason_lines: one per car and date
                    table.setRowHeight(row, max(height, round(text * shown) + 8))
                    tall.append(row)
        for row in set(self._tall).difference(tall):  # the same customers on another day
            if row < len(self.sheet.lines):
                table.setRowHeight(row, height)
        self._tall = tall

    def html(self) -> str:
        from app.presentation.printing import call_sheet_html

        return call_sheet_html(self.sheet, labels.reason)

    def advisors(self) -> list[int | None]:
        """Each line's advisor (whether this person may export or print the sheet)."""
        return [line.advisor_id for line in self.sheet.lines]

    def print_preview(self) -> None:
        from app.ui.printing import may_print, print_preview

        if not self._shown:
            return  # nothing read yet: no empty sheet printed
        if may_print(self, self.tr("Call sheet"), self.advisors(), len(self.sheet.lines)):
            print_preview(self, self.html(), self.tr("Call sheet"))

    def save_pdf(self) -> None:
        from app.render.pdf import write_pdf
        from app.ui.messages import show_error
        from app.ui.printing import may_print

        if not self._shown or not may_print(self, self.tr("Call sheet"), self.advisors(),
                                            len(self.sheet.lines)):
            return
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

        if not self._shown:
            return
        path = save_path(self, self.tr("Export call sheet"), f"call-sheet-{self.sheet.day}.xlsx",
                         self.tr("Excel workbook (*.xlsx)"))
        if path is not None:
            export_sheets(self, [callsheet_sheet(self.sheet)], path, self.advisors())

    def _open_selected(self, index: QModelIndex) -> None:
        customer_id = self.model.id_at(index.row())
        if customer_id is not None:
            self.open_customer.emit(customer_id)
