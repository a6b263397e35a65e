"""Reminders: overdue / today / this week / next 30 days, by kind and advisor; act on them."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ReminderKind, ReminderState
from app.domain.reminder_records import Occurrence
from app.domain.validation import format_phone
from app.presentation import labels
from app.ui.models.table_model import ListColumn, ListModel
from app.ui.widgets.common import advisor_filter, ask_date, export_sheets, save_path
from app.ui.widgets.list_table import list_table, selected_rows

if TYPE_CHECKING:
    from app.desk.settings import Preferences
    from app.services.admin.book import Services


class ReminderLine(NamedTuple):
    """A line of the list: a group's heading (`occurrence` None) or an occurrence."""

    id: Hashable  # ("group", n) for a heading, the occurrence's place in the list else
    occurrence: Occurrence | None
    heading: str = ""


def _cell(show: Callable[[Occurrence], str]) -> Callable[[ReminderLine], str]:
    return lambda line: "" if line.occurrence is None else show(line.occurrence)


class ReminderColumn(ListColumn):
    """The reminders list's columns; a group's heading spans them in the first."""

    __translation_context__ = "RemindersView"
    DATE = (QT_TRANSLATE_NOOP("RemindersView", "Date"),
            lambda line: line.heading if line.occurrence is None
            else line.occurrence.occurs_on.isoformat())
    REASON = (QT_TRANSLATE_NOOP("RemindersView", "Reason"),
              _cell(lambda o: labels.reason(o.kind.value)))
    CUSTOMER = (QT_TRANSLATE_NOOP("RemindersView", "Customer"),
                _cell(lambda o: o.customer_name + (" ★" if o.key_account else "")))
    PHONE = (QT_TRANSLATE_NOOP("RemindersView", "Phone"), _cell(lambda o: format_phone(o.phone)))
    DETAIL = (QT_TRANSLATE_NOOP("RemindersView", "Detail"),
              _cell(lambda o: labels.reminder_detail(o.kind.value, o.detail)
                    + (f" · {labels.reminder_state(o.state.value)}" if o.state else "")))
    VEHICLE = (QT_TRANSLATE_NOOP("RemindersView", "Vehicle"),
               _cell(lambda o: " ".join(p for p in (o.vehicle, o.plate) if p)))
    ADVISOR = (QT_TRANSLATE_NOOP("RemindersView", "Advisor"), _cell(lambda o: o.advisor_name))
    CALL_FROM = (QT_TRANSLATE_NOOP("RemindersView", "Call from"),
                 _cell(lambda o: o.shows_from.isoformat()))


def _bold_heading(line: ReminderLine) -> QFont | None:
    if line.occurrence is not None:
        return None
    font = QFont()
    font.setBold(True)
    return font


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

        # every occurrence the service found, under its group's heading; the table
        # shows them a page at a time (a big book has 90,000 in 60 days: no cap)
        self._items: list[Occurrence] = []
        self._lines: dict[Hashable, ReminderLine] = {}
        self._headings: list[int] = []
        self.model = ListModel(
            ReminderColumn, lambda ids: [self._lines[i] for i in ids if i in self._lines],
            row_roles={Qt.ItemDataRole.FontRole: _bold_heading}, parent=self)
        self.tree = list_table(self.model, "reminderTree", self.tr("Reminders"), self)
        self._sized = False  # columns sized once, from the first rows (not at every scroll)
        self.tree.doubleClicked.connect(lambda index: self._open_row(index.row()))

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
        lines: dict[Hashable, ReminderLine] = {}
        headings: list[int] = []
        for number, (title, belongs) in enumerate(groups):
            members = [n for n, o in enumerate(items) if belongs(o)]
            headings.append(len(lines))
            key = ("group", number)
            lines[key] = ReminderLine(key, None, f"{title} ({len(members)})")
            for n in members:
                lines[n] = ReminderLine(n, items[n])
        self._lines = lines
        self.tree.clearSpans()
        self.model.set_ids(lines)
        for row in headings:  # a heading reads across the row, as a group's title
            self.tree.setSpan(row, 0, 1, len(ReminderColumn))
        self._headings = headings
        if not self._sized and len(lines) > len(headings):
            self._sized = True
            self.tree.resizeColumnsToContents()
            # the first rows are often birthdays, with no car: room for "make model · plate"
            column = int(ReminderColumn.VEHICLE)
            self.tree.setColumnWidth(column, max(self.tree.columnWidth(column),
                                                 self.fontMetrics().horizontalAdvance("M" * 16)))
        self.summary.setText(self.tr("%n reminder(s)", "", len(items)))

    def selected(self) -> list[Occurrence]:
        found = (self.model.record_at(row) for row in selected_rows(self.tree))
        return [line.occurrence for line in found
                if line is not None and line.occurrence is not None]

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

    def _open_row(self, row: int) -> None:
        line = self.model.record_at(row)
        if line is not None and line.occurrence is not None:
            self.open_customer.emit(line.occurrence.customer_id)

    def export(self) -> None:
        from app.presentation.exports import reminders_sheet

        path = save_path(self, self.tr("Export reminders"), "reminders.xlsx",
                         self.tr("Excel workbook (*.xlsx)"))
        if path is not None:
            export_sheets(self, [reminders_sheet(self._items)], path)
