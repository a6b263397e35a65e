"""The card's calls to make: the customer's open follow-ups and next reminders, and
"New follow-up…"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import FollowUpStatus
from app.presentation import labels
from app.ui.ops import LatestRead

if TYPE_CHECKING:
    from app.domain.reminder_records import FollowUpRecord, Occurrence
    from app.services.outreach.followups import FollowUpService
    from app.services.outreach.reminders import ReminderService

NEXT_REMINDERS = 6  # the card lists the next few; the reminders view has them all
OVERDUE = QColor("#c62828")


class CallsPanel(QGroupBox):
    new_requested = Signal()  # "New follow-up…"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Calls to make"), parent)
        self.setObjectName("cardCalls")
        self._followups: FollowUpService | None = None
        self._reminders: ReminderService | None = None
        self._lead_days: Callable[[], dict] = dict
        self._advisor_id: int | None = None
        self._reads = LatestRead(self)
        self.follow_ups: list[FollowUpRecord] = []
        self.reminders: list[Occurrence] = []
        self.summary = QLabel(self)
        self.summary.setObjectName("cardCallsSummary")
        self.new_button = QPushButton(self.tr("New follow-up…"), self)
        self.new_button.setObjectName("newFollowUp")
        self.new_button.setToolTip(self.tr("Put a call to make to this customer on the call sheet"))
        self.new_button.clicked.connect(lambda _=False: self.new_requested.emit())
        self.list = QListWidget(self)
        self.list.setObjectName("cardCallsList")
        self.list.setAccessibleName(self.tr("Open follow-ups and next reminders"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumHeight(self.fontMetrics().height() * 3)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)

    def attach(self, followups: FollowUpService | None, reminders: ReminderService | None,
               lead_days: Callable[[], dict] | None = None) -> None:
        self._followups, self._reminders = followups, reminders
        if lead_days is not None:
            self._lead_days = lead_days

    def show_customer(self, customer_id: int | None, advisor_id: int | None = None,
                      today: date | None = None) -> None:
        """Read and list the customer's open follow-ups and next reminders (a few indexed
        lookups) off the interface thread, an older request's arriving late dropped; None
        empties the panel. A follow-up's advisor is named when it is not the customer's own
        (`advisor_id`)."""
        self._advisor_id = advisor_id
        read = self._reading(customer_id, today)
        if customer_id is None or self._followups is None:
            self._reads.deliver_to(self._show)(read())  # nothing to read
        else:
            self._reads.run(read, self._show)

    def read_with_card(self, customer_id: int) -> tuple[Callable[[], Any], Callable[[Any], None]]:
        """For the card's own read: what to read off the interface thread, and what shows it
        (unless the panel was asked for something newer meanwhile); the card says the
        customer's advisor with `set_advisor` before it is shown."""
        return self._reading(customer_id), self._reads.deliver_to(self._show)

    def set_advisor(self, advisor_id: int | None) -> None:
        self._advisor_id = advisor_id

    def loading(self) -> bool:
        return self._reads.loading()

    def _reading(self, customer_id: int | None, today: date | None = None) -> Callable[[], Any]:
        today = today or date.today()
        followups, reminders = self._followups, self._reminders
        if customer_id is None or followups is None:
            return lambda: ([], [], today)
        lead_days = self._lead_days() or None  # the preferences are read here, not off it

        def read() -> tuple[list, list, date]:
            return (followups.list(customer_id=customer_id),
                    [] if reminders is None else reminders.for_customer(
                        customer_id, today, lead_days=lead_days, consent=True),
                    today)

        return read

    def _show(self, read: tuple[list, list, date]) -> None:
        self.follow_ups, self.reminders, today = read
        self._fill(today)

    def _fill(self, today: date) -> None:
        self.list.clear()
        if self.follow_ups:
            self._heading(self.tr("Open follow-ups"))
        for f in self.follow_ups:
            advisor = f.advisor_name if f.advisor_id != self._advisor_id else ""
            text = " · ".join(p for p in (
                labels.reason(f.reason.value), f.plate, advisor, f.notes.replace("\n", " "))
                if p)
            when = labels.date_text(f.due_date)
            if f.status == FollowUpStatus.SNOOZED and f.snoozed_until:
                when = self.tr("snoozed to %1").replace("%1", labels.date_text(f.snoozed_until))
            item = QListWidgetItem(f"{when}  {text}", self.list)
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, f.id)
            if f.status == FollowUpStatus.OPEN and f.due_date < today:
                item.setForeground(QBrush(OVERDUE))
        shown = self.reminders[:NEXT_REMINDERS]
        if shown:
            self._heading(self.tr("Next reminders"))
        for o in shown:
            detail = labels.reminder_detail(o.kind.value, o.detail)
            text = " · ".join(p for p in (labels.reason(o.kind.value), detail, o.plate) if p)
            item = QListWidgetItem(f"{labels.date_text(o.occurs_on)}  {text}", self.list)
            item.setToolTip(item.text())
            if o.occurs_on < today:
                item.setForeground(QBrush(OVERDUE))
        if len(self.reminders) > len(shown):
            more = QListWidgetItem(
                self.tr("… %n more in the reminders list", "", len(self.reminders) - len(shown)),
                self.list)
            more.setFlags(Qt.ItemFlag.NoItemFlags)
        if not self.follow_ups and not shown:
            self.summary.setText(self.tr("No calls to make."))
        else:
            self.summary.setText(self.tr("%n open follow-up(s)", "", len(self.follow_ups)))
            self.summary.setToolTip(self.tr("%n reminder(s) in the next 12 months", "",
                                            len(self.reminders)))

    def _heading(self, text: str) -> None:
        item = QListWidgetItem(text, self.list)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
