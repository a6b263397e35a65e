"""Reminders: overdue / today / this week / next 30 days, by kind and advisor; act on them."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ReminderKind, ReminderState
from app.domain.reminder_records import Occurrence
from app.domain.validation import format_phone
from app.presentation import labels
from app.ui.widgets.common import advisor_filter, ask_date, export_sheets, save_path

if TYPE_CHECKING:
    from app.desk.settings import Preferences
    from app.services.admin.book import Services

OccurrenceRole = Qt.ItemDataRole.UserRole
GROUP_ROWS = 3000  # rows shown per group (a 100,000-customer book has 90,000 in 60 days)


class RemindersView(QWidget):
    open_customer = Signal(int)
    changed = Signal()

    def __init__(self, services: Services, preferences: Preferences, parent=None):
        super().__init__(parent)
        self.setObjectName("remindersView")
        self._services = services
        self._preferences = preferences
        self.today = date.today()

        self.kind = QComboBox(self)
        self.kind.setObjectName("reminderKind")
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in ReminderKind:
            self.kind.addItem(labels.reason(kind.value), kind)
        self.advisor = QComboBox(self)
        self.advisor.setObjectName("reminderAdvisor")
        advisor_filter(self.advisor, services.staff, self.tr("All advisors"),
                       preferences.desk_advisor_id)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.advisor.currentIndexChanged.connect(self.refresh)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("reminderTree")
        self.tree.setHeaderLabels([
            self.tr("Date"), self.tr("Reason"), self.tr("Customer"), self.tr("Phone"),
            self.tr("Detail"), self.tr("Vehicle"), self.tr("Advisor"), self.tr("Call from"),
        ])
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemDoubleClicked.connect(self._open_selected)

        self.call_button = QPushButton(self.tr("Make follow-up (Enter)"))
        self.call_button.setObjectName("reminderFollowUp")
        self.call_button.clicked.connect(self.make_follow_up)
        self.done_button = QPushButton(self.tr("Done (D)"))
        self.done_button.clicked.connect(lambda: self._mark(ReminderState.DONE))
        self.snooze_button = QPushButton(self.tr("Snooze… (S)"))
        self.snooze_button.clicked.connect(self.snooze)
        self.dismiss_button = QPushButton(self.tr("Dismiss (Del)"))
        self.dismiss_button.clicked.connect(lambda: self._mark(ReminderState.DISMISSED))
        self.summary = QLabel(self)
        self.summary.setObjectName("reminderSummary")

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Kind")))
        bar.addWidget(self.kind)
        bar.addWidget(QLabel(self.tr("Advisor")))
        bar.addWidget(self.advisor)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        actions = QHBoxLayout()
        for button in (self.call_button, self.done_button, self.snooze_button, self.dismiss_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        layout.addLayout(actions)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.tree.installEventFilter(self)  # Enter makes a follow-up (the tree would eat it)
        QShortcut(QKeySequence(Qt.Key.Key_D), self.tree, lambda: self._mark(ReminderState.DONE),
                  context=context)
        QShortcut(QKeySequence(Qt.Key.Key_S), self.tree, self.snooze, context=context)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree,
                  lambda: self._mark(ReminderState.DISMISSED), context=context)
        self.refresh()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if (
            watched is self.tree
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.call_button.isEnabled()  # (not in a book opened only to read)
        ):
            self.make_follow_up()
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ data
    def occurrences(self) -> list[Occurrence]:
        kind = self.kind.currentData()
        return self._services.reminders.due(
            self.today,
            kinds=[kind] if kind else None,
            advisor_id=self.advisor.currentData(),
            lead_days=self._preferences.lead_days,
        )

    def refresh(self) -> None:
        items = self.occurrences()
        self._items = items
        week_end = self.today + timedelta(days=7)
        groups = [
            (self.tr("Overdue"), lambda o: o.occurs_on < self.today),
            (self.tr("Today"), lambda o: o.occurs_on == self.today),
            (self.tr("Next 7 days"), lambda o: self.today < o.occurs_on <= week_end),
            (self.tr("Next 30 days"), lambda o: o.occurs_on > week_end),
        ]
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        for title, belongs in groups:
            members = [o for o in items if belongs(o)]
            top = QTreeWidgetItem([f"{title} ({len(members)})"])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(top)
            top.addChildren([self._item(o) for o in members[:GROUP_ROWS]])
            if len(members) > GROUP_ROWS:  # nobody reads further down; the filters narrow it
                more = QTreeWidgetItem([self.tr(
                    "… and %n more: choose an advisor or a kind, or export them all (Ctrl+E)",
                    "", len(members) - GROUP_ROWS)])
                more.setFirstColumnSpanned(True)
                more.setFlags(Qt.ItemFlag.ItemIsEnabled)
                top.addChild(more)
            top.setExpanded(True)
        self.tree.setUpdatesEnabled(True)
        self.summary.setText(self.tr("%n reminder(s)", "", len(items)))

    def _item(self, o: Occurrence) -> QTreeWidgetItem:
        item = QTreeWidgetItem([
            o.occurs_on.isoformat(),
            labels.reason(o.kind.value),
            o.customer_name + (" ★" if o.key_account else ""),
            format_phone(o.phone),
            labels.reminder_detail(o.kind.value, o.detail)
            + (f" · {labels.reminder_state(o.state.value)}" if o.state else ""),
            " ".join(p for p in (o.vehicle, o.plate) if p),
            o.advisor_name,
            o.shows_from.isoformat(),
        ])
        item.setData(0, OccurrenceRole, o)
        return item

    def selected(self) -> list[Occurrence]:
        return [i.data(0, OccurrenceRole) for i in self.tree.selectedItems()
                if i.data(0, OccurrenceRole) is not None]

    # ------------------------------------------------------------ actions
    def make_follow_up(self) -> None:
        for occurrence in self.selected():
            self._services.followups.act_on(
                occurrence, today=self.today, rules=self._preferences.follow_up_rules
            )
        self._after_change()

    def _mark(self, state: ReminderState) -> None:
        for occurrence in self.selected():
            self._services.reminders.mark(occurrence, state)
        self._after_change()

    def snooze(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        until = ask_date(self, self.tr("Snooze"), self.tr("Show again on:"),
                         self.today + timedelta(days=1))
        if until is None:
            return
        for occurrence in chosen:
            self._services.reminders.mark(occurrence, ReminderState.SNOOZED, snoozed_until=until)
        self._after_change()

    def _after_change(self) -> None:
        self.refresh()
        self.changed.emit()

    def _open_selected(self, item: QTreeWidgetItem, _column: int) -> None:
        occurrence = item.data(0, OccurrenceRole)
        if occurrence is not None:
            self.open_customer.emit(occurrence.customer_id)

    def export(self) -> None:
        from app.presentation.exports import reminders_sheet

        path = save_path(self, self.tr("Export reminders"), "reminders.xlsx",
                         self.tr("Excel workbook (*.xlsx)"))
        if path is not None:
            export_sheets(self, [reminders_sheet(self._items)], path)
