"""The sales floor's lists (issue 16): the day's test drives (a date, an advisor, printable
as the call sheet is) and, for the sales manager, the leads advisors ask to close as lost
(approve, or send back with a note) with the new leads nobody has called within the
store's first-contact limit."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.domain.validation import format_phone
from app.presentation import labels
from app.ui.dialogs import lead_words as words
from app.ui.dialogs.lead_dialogs import lead_error
from app.ui.ops import LatestRead, Op, show_failure
from app.ui.widgets.common import advisor_filter, read_only_table

if TYPE_CHECKING:
    from app.services.admin.book import Services


def _fill_table(table, rows: list[list[str]], ids: list[int]) -> None:
    table.setRowCount(len(rows))
    for row, (values, item_id) in enumerate(zip(rows, ids, strict=True)):
        for col, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            table.setItem(row, col, item)


class TestDrivesDialog(QDialog):
    """The test drives of a day, an advisor's or everyone's; Print… (Ctrl+P) prints them."""

    __test__ = False  # (not a test, though its name starts so)

    def __init__(self, services: Services, desk_advisor_id: int | None = None, parent=None,
                 open_customer=None):
        super().__init__(parent)
        self.setObjectName("testDrivesDialog")
        self.setWindowTitle(self.tr("Test drives"))
        self._services = services
        self._open_customer = open_customer
        self._reads = LatestRead(self)
        self.drives: list = []
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setObjectName("testDrivesDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.advisor = QComboBox(self)
        self.advisor.setObjectName("testDrivesAdvisor")
        advisor_filter(self.advisor, services.staff, self.tr("Every advisor"), desk_advisor_id)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("testDrivesPrint")
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.clicked.connect(lambda _=False: self.print_preview())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Day"), self))
        bar.addWidget(self.day)
        bar.addWidget(QLabel(self.tr("Advisor"), self))
        bar.addWidget(self.advisor)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        self.count = QLabel(self)
        self.table = read_only_table([
            self.tr("Time"), self.tr("Customer"), self.tr("Phone"), self.tr("Model"),
            self.tr("Demo car"), self.tr("How"), self.tr("Advisor"), self.tr("State"),
            self.tr("Licence seen"), self.tr("Feedback"),
        ], "testDrivesTable", self)
        self.table.itemDoubleClicked.connect(self._open_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.day.dateChanged.connect(lambda _d: self.reload())
        self.advisor.currentIndexChanged.connect(lambda _i: self.reload())
        self.resize(980, 520)
        self.reload()

    def chosen_day(self) -> date:
        return self.day.date().toPython()

    def reload(self) -> None:
        leads, day, advisor = self._services.leads, self.chosen_day(), self.advisor.currentData()
        self._reads.run(lambda: leads.test_drives_on(day, advisor), self._fill)

    def _fill(self, drives) -> None:
        self.drives = list(drives)
        self.count.setText(self.tr("%n test drive(s)", "", len(self.drives)))
        _fill_table(self.table, [[
            d.at.strftime("%H:%M"), d.customer_name, format_phone(d.phone), d.model, d.plate,
            words.test_drive_kind(d.kind), d.advisor_name, words.test_drive_state(d.state),
            self.tr("Yes") if d.licence_seen else "", d.feedback] for d in self.drives],
            [d.customer_id for d in self.drives])

    def print_html(self) -> str:
        from app.presentation.lead_printing import test_drive_list_html

        return test_drive_list_html(self.chosen_day(), self.drives, words.test_drive_kind,
                                    words.test_drive_state)

    def print_preview(self) -> None:
        from app.ui.printing import may_print, print_preview

        title = self.tr("Test drives")
        if may_print(self, title, [d.advisor_id for d in self.drives], len(self.drives)):
            print_preview(self, self.print_html(), title)

    def _open_row(self, item: QTableWidgetItem) -> None:
        if self._open_customer is not None:
            self._open_customer(item.data(Qt.ItemDataRole.UserRole))


class LostReviewDialog(QDialog):
    """The sales manager's review: each lead asked to close as lost, with its reason,
    approved or sent back for another try (the note goes on the timeline); above, a warning
    with the new leads nobody has called within the first-contact limit."""

    def __init__(self, services: Services, parent=None, open_customer=None):
        super().__init__(parent)
        self.setObjectName("lostReviewDialog")
        self.setWindowTitle(self.tr("Lost leads to review"))
        self._services = services
        self._open_customer = open_customer
        self._reads = LatestRead(self)
        self._writing = False
        self.leads: list = []
        self.untouched: list = []
        self.warning = QLabel(self)
        self.warning.setObjectName("untouchedWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel#untouchedWarning { background: #fdecea;"
                                   " color: #b71c1c; padding: 4px; }")
        self.untouched_table = read_only_table([
            self.tr("Customer"), self.tr("Phone"), self.tr("Opened"), self.tr("Source"),
            self.tr("Advisor"), self.tr("Models"),
        ], "untouchedTable", self)
        self.untouched_table.setMaximumHeight(150)
        self.untouched_table.itemDoubleClicked.connect(self._open_row)
        self.count = QLabel(self)
        self.table = read_only_table([
            self.tr("Customer"), self.tr("Advisor"), self.tr("Stage"), self.tr("Models"),
            self.tr("Reason"), self.tr("Competitor"), self.tr("Note"),
        ], "lostReviewTable", self)
        self.table.itemDoubleClicked.connect(self._open_row)
        self.table.itemSelectionChanged.connect(self._update_enabled)
        self.note = QLineEdit(self)
        self.note.setObjectName("lostReviewNote")
        self.note.setPlaceholderText(self.tr("A note for the advisor (on the timeline)"))
        self.approve_button = QPushButton(self.tr("Approve: close as lost"), self)
        self.approve_button.setObjectName("lostApprove")
        self.approve_button.clicked.connect(lambda _=False: self.review(True))
        self.send_back_button = QPushButton(self.tr("Send back for another try"), self)
        self.send_back_button.setObjectName("lostSendBack")
        self.send_back_button.clicked.connect(lambda _=False: self.review(False))
        actions = QHBoxLayout()
        actions.addWidget(self.note, 1)
        actions.addWidget(self.approve_button)
        actions.addWidget(self.send_back_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.untouched_table)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(buttons)
        self.resize(980, 600)
        self._update_enabled()
        self.reload()

    def reload(self) -> None:
        leads = self._services.leads
        self._reads.run(lambda: (leads.lost_to_review(), leads.untouched()), self._fill)

    def _fill(self, read) -> None:
        chosen = self.selected()
        self.leads, self.untouched = list(read[0]), list(read[1])
        hours = self._services.leads.rules.response_limit_hours
        hours_text = f"{hours:g}"
        if self.untouched:
            self.warning.setText(self.tr(
                "%n new lead(s) not called within %1 opening hours: give them to an "
                "advisor, or call them now.", "", len(self.untouched)).replace("%1", hours_text))
        self.warning.setVisible(bool(self.untouched))
        self.untouched_table.setVisible(bool(self.untouched))
        _fill_table(self.untouched_table, [[
            r.customer_name, format_phone(r.phone), labels.datetime_text(r.created_at),
            words.lead_source(r.source), r.advisor_name, r.models] for r in self.untouched],
            [r.customer_id for r in self.untouched])
        self.count.setText(self.tr("%n lead(s) asked to close as lost", "", len(self.leads)))
        _fill_table(self.table, [[
            r.customer_name, r.advisor_name, words.lead_stage(r.stage), r.models,
            words.lost_reason(r.lost_reason), r.lost_competitor, r.lost_note]
            for r in self.leads], [r.customer_id for r in self.leads])
        if chosen is not None:
            row = next((i for i, r in enumerate(self.leads) if r.id == chosen.id), None)
            if row is not None:
                self.table.selectRow(row)
        if self.selected() is None and self.leads:
            self.table.selectRow(0)
        self._update_enabled()

    def selected(self):
        row = self.table.currentRow()
        if row < 0 or row >= len(self.leads) or not self.table.selectedItems():
            return None
        return self.leads[row]

    def _update_enabled(self) -> None:
        chosen = self.selected() is not None and not self._writing
        self.approve_button.setEnabled(chosen)
        self.send_back_button.setEnabled(chosen)

    def review(self, approve: bool) -> None:
        lead = self.selected()
        if lead is None or self._writing:
            return
        notes = words.timeline_notes()
        leads, note = self._services.leads, self.note.text()
        reason_words = words.lost_reason(lead.lost_reason)
        if lead.lost_competitor:
            reason_words = f"{reason_words} ({lead.lost_competitor})"
        self._writing = True
        self._update_enabled()
        Op(self, lambda: leads.review_lost(
            lead.id, approve, note=note, approved_note=notes["lost_approved"],
            sent_back_note=notes["lost_sent_back"], reason_words=reason_words),
           writes=True, origin=self.parent()).success(self._reviewed).failure(
            self._refused).run()

    def _reviewed(self, _record) -> None:
        self._writing = False
        self.note.clear()
        self.reload()

    def _refused(self, error: Exception) -> None:
        from app.domain.errors import ValidationError
        from app.ui.messages import show_error

        self._writing = False
        self._update_enabled()
        title = self.tr("Not reviewed")
        if isinstance(error, ValidationError):
            show_error(self, title, "\n".join(lead_error(e) for e in error.errors))
        else:
            show_failure(self, error, title)
        self.reload()

    def _open_row(self, item: QTableWidgetItem) -> None:
        if self._open_customer is not None:
            self._open_customer(item.data(Qt.ItemDataRole.UserRole))
