"""Follow-ups: the calls to make, their outcomes in a few keystrokes, the manager's escalations."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import FollowUpStatus, Outcome
from app.domain.errors import ValidationError
from app.domain.reminder_records import FollowUpRecord
from app.presentation import labels
from app.ui.messages import field_error, show_error
from app.ui.models.table_model import RIGHT, ListColumn, ListModel
from app.ui.ops import Op, show_failure
from app.ui.widgets.common import ask_date, export_sheets, fill_advisors, save_path
from app.ui.widgets.list_table import list_table, selected_rows, size_columns

if TYPE_CHECKING:
    from app.desk.settings import Preferences
    from app.services.admin.book import Services

OUTCOME_KEYS = (
    (Outcome.REACHED, "1"),
    (Outcome.NO_ANSWER, "2"),
    (Outcome.APPOINTMENT, "3"),
    (Outcome.NOT_INTERESTED, "4"),
    (Outcome.WRONG_NUMBER, "5"),
)

LATE = QColor("#c62828")


class FollowUpColumn(ListColumn):
    """The follow-ups list's columns."""

    __translation_context__ = "FollowUpsView"
    DUE = (QT_TRANSLATE_NOOP("FollowUpsView", "Due"), lambda f: f.due_date.isoformat())
    CUSTOMER = (QT_TRANSLATE_NOOP("FollowUpsView", "Customer"),
                lambda f: f.customer_name + (" ★" if f.key_account else ""))
    PHONE = (QT_TRANSLATE_NOOP("FollowUpsView", "Phone"), lambda f: f.phone)
    REASON = (QT_TRANSLATE_NOOP("FollowUpsView", "Reason"), lambda f: labels.reason(f.reason.value))
    VEHICLE = (QT_TRANSLATE_NOOP("FollowUpsView", "Vehicle"),
               lambda f: " ".join(p for p in (f.vehicle, f.plate) if p))
    ADVISOR = (QT_TRANSLATE_NOOP("FollowUpsView", "Advisor"), lambda f: f.advisor_name)
    STATUS = (QT_TRANSLATE_NOOP("FollowUpsView", "Status"),
              lambda f: labels.follow_up_status(f.status.value)
              + (f" → {f.snoozed_until.isoformat()}" if f.snoozed_until else ""))
    ATTEMPTS = (QT_TRANSLATE_NOOP("FollowUpsView", "Attempts"), lambda f: str(f.attempts), RIGHT,
                lambda f: f.attempts)
    OUTCOME = (QT_TRANSLATE_NOOP("FollowUpsView", "Outcome"),
               lambda f: labels.outcome(f.outcome.value if f.outcome else None))
    NOTES = (QT_TRANSLATE_NOOP("FollowUpsView", "Notes"), lambda f: f.notes.replace("\n", " / "))


class FollowUpsView(QWidget):
    open_customer = Signal(int)

    def __init__(self, services: Services, preferences: Preferences, parent=None):
        super().__init__(parent)
        self.setObjectName("followUpsView")
        self._services = services
        self._preferences = preferences
        self.today = date.today()
        self._items: list[FollowUpRecord] = []
        self._by_id: dict[int, FollowUpRecord] = {}
        self._sized = False

        self.status = QComboBox(self)
        self.status.setObjectName("followUpStatus")
        self.status.addItem(self.tr("To call (open and snoozed)"), "active")
        self.status.addItem(self.tr("Done"), FollowUpStatus.DONE)
        self.status.addItem(self.tr("Cancelled"), FollowUpStatus.CANCELLED)
        self.status.addItem(self.tr("All"), "all")
        self.advisor = QComboBox(self)
        self.advisor.setObjectName("followUpAdvisor")
        fill_advisors(self.advisor, services.staff, self.tr("All advisors"))
        self.escalations = QCheckBox(self.tr("Only overdue for the manager"), self)
        self.escalations.setObjectName("followUpEscalations")
        for widget in (self.status, self.advisor):
            widget.currentIndexChanged.connect(self.refresh)
        self.escalations.toggled.connect(self.refresh)

        # the service's list (every follow-up the filters match) as ids; rows from it
        self.model = ListModel(
            FollowUpColumn, lambda ids: [self._by_id[i] for i in ids if i in self._by_id],
            row_roles={Qt.ItemDataRole.ForegroundRole: self._late_in_red}, parent=self)
        self.table = list_table(self.model, "followUpTable", self.tr("Follow-ups"), self)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))

        self.notes = QLineEdit(self)
        self.notes.setObjectName("followUpNotes")
        self.notes.setPlaceholderText(self.tr("Notes on the call (optional), then an outcome key 1–5"))
        self.satisfaction = QComboBox(self)
        self.satisfaction.setObjectName("followUpSatisfaction")
        self.satisfaction.setToolTip(self.tr("After-service calls: the customer's score"))
        self.satisfaction.addItem(self.tr("Score —"), None)
        for score in range(5, 0, -1):
            self.satisfaction.addItem(self.tr("Score %1").replace("%1", str(score)), score)
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(self.notes, 1)
        outcome_row.addWidget(self.satisfaction)
        self.outcome_buttons = {}
        for outcome, key in OUTCOME_KEYS:
            button = QPushButton(f"{key} {labels.outcome(outcome.value)}", self)
            button.setObjectName(f"outcome_{outcome.value}")
            button.clicked.connect(lambda _=False, o=outcome: self.log_outcome(o))
            outcome_row.addWidget(button)
            self.outcome_buttons[outcome] = button
            QShortcut(QKeySequence(key), self.table, lambda o=outcome: self.log_outcome(o),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.notes.returnPressed.connect(self.table.setFocus)

        self.snooze_button = QPushButton(self.tr("Snooze…"))
        self.snooze_button.clicked.connect(self.snooze)
        self.cancel_button = QPushButton(self.tr("Cancel follow-up"))
        self.cancel_button.clicked.connect(self.cancel)
        self.reassign_to = QComboBox(self)
        self.reassign_to.setObjectName("reassignTo")
        fill_advisors(self.reassign_to, services.staff, self.tr("Reassign to…"))
        self.reassign_button = QPushButton(self.tr("Reassign selected"))
        self.reassign_button.setObjectName("reassignButton")
        self.reassign_button.clicked.connect(self.reassign)
        self.summary = QLabel(self)

        bar = QHBoxLayout()
        bar.addWidget(self.status)
        bar.addWidget(QLabel(self.tr("Advisor")))
        bar.addWidget(self.advisor)
        bar.addWidget(self.escalations)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        manage = QHBoxLayout()
        manage.addWidget(self.snooze_button)
        manage.addWidget(self.cancel_button)
        manage.addStretch(1)
        manage.addWidget(self.reassign_to)
        manage.addWidget(self.reassign_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(outcome_row)
        layout.addLayout(manage)
        self.refresh()

    # ------------------------------------------------------------ data
    def records(self) -> list[FollowUpRecord]:
        advisor = self.advisor.currentData()
        if self.escalations.isChecked():
            items = self._services.followups.escalations(self.today, self._preferences.follow_up_rules)
            return [f for f in items if advisor is None or f.advisor_id == advisor]
        status = self.status.currentData()
        if status == "active":
            statuses = (FollowUpStatus.OPEN, FollowUpStatus.SNOOZED)
        elif status == "all":
            statuses = None
        else:
            statuses = (status,)
        return self._services.followups.list(statuses=statuses, advisor_id=advisor)

    def refresh(self) -> None:
        self._items = self.records()
        self._by_id = {f.id: f for f in self._items}
        self.model.set_ids(f.id for f in self._items)
        if not self._sized and self.model.rowCount():
            size_columns(self.table)  # once, from the first rows: later fills keep widths
            self._sized = True
        self.summary.setText(self.tr("%n follow-up(s)", "", len(self._items)))

    def headers(self) -> list[str]:
        return [column.label() for column in FollowUpColumn]

    def _late_in_red(self, f: FollowUpRecord) -> QBrush | None:
        return QBrush(LATE) if f.status == FollowUpStatus.OPEN and f.due_date < self.today else None

    def selected_ids(self) -> list[int]:
        return [self.model.id_at(row) for row in selected_rows(self.table)]

    # ------------------------------------------------------------ actions
    def log_outcome(self, outcome: Outcome) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        notes = self.notes.text()
        score = self.satisfaction.currentData()
        followups, today = self._services.followups, self.today

        def log() -> None:
            for follow_up_id in ids:
                followups.log_outcome(follow_up_id, outcome, notes, today=today,
                                      satisfaction=score)

        def ended(error: Exception | None = None) -> None:
            if isinstance(error, ValidationError):
                show_error(self, self.tr("Not logged"), field_error(error.errors[0]))
            elif error is not None:
                show_failure(self, error, self.tr("Not logged"))
            self.notes.clear()
            self.satisfaction.setCurrentIndex(0)
            self.refresh()

        Op(self, log, writes=True).success(lambda _result: ended()).failure(ended).run()

    def snooze(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        until = ask_date(self, self.tr("Snooze"), self.tr("Call again on:"),
                         self.today + timedelta(days=1))
        if until is not None:
            followups = self._services.followups
            self._write(lambda: [followups.snooze(follow_up_id, until) for follow_up_id in ids])

    def cancel(self) -> None:
        ids, followups = self.selected_ids(), self._services.followups
        self._write(lambda: [followups.cancel(follow_up_id) for follow_up_id in ids])

    def reassign(self) -> None:
        advisor = self.reassign_to.currentData()
        ids = self.selected_ids()
        if advisor is None or not ids:
            return
        followups = self._services.followups
        self._write(lambda: followups.reassign(ids, advisor))

    def _write(self, work) -> None:
        """The follow-ups changed off the interface thread, then the list read again (the
        other lists hear of it through the window's change signal)."""
        Op(self, work, writes=True).success(lambda _result: self.refresh()).failure(
            lambda error: (show_failure(self, error), self.refresh())).run()

    def _open_row(self, row: int) -> None:
        record = self.model.record_at(row)
        if record is not None:
            self.open_customer.emit(record.customer_id)

    def export(self) -> None:
        from app.presentation.exports import followups_sheet

        path = save_path(self, self.tr("Export follow-ups"), "follow-ups.xlsx",
                         self.tr("Excel workbook (*.xlsx)"))
        if path is not None:
            export_sheets(self, [followups_sheet(self._items)], path,
                          [f.advisor_id for f in self._items])

    def print_html(self) -> str:
        from app.presentation.printing import follow_up_list_html

        return follow_up_list_html(self.today, self._items)
