"""Reminders: overdue / today / this week / next 30 days, by kind and advisor; act on them.

The list is read off the interface thread from the tables (never the reminders' in-memory
copy of the book: ~110 MB and ~3 s on 100,000 customers): first the earliest days, a page
of rows shown at once with their groups still counting, then the whole list in its place.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ReminderKind, ReminderState
from app.domain.reminder_records import Occurrence, Occurrences
from app.domain.validation import format_phone
from app.presentation import labels
from app.ui.models.table_model import ListColumn, ListModel
from app.ui.ops import Op, show_failure
from app.ui.widgets.common import advisor_filter, ask_date, export_sheets, save_path
from app.ui.widgets.list_place import place_kept
from app.ui.widgets.list_table import list_table, selected_rows

if TYPE_CHECKING:
    from app.desk.settings import Preferences
    from app.services.admin.book import Services
    from app.services.outreach import ReminderService

HORIZON_DAYS = 30  # the list's days ahead, and back (the reminders' look-back)
LOOKBACK_DAYS = 30
FIRST_PAGE = 100  # rows read first, shown while the whole list is read


class ReminderLine(NamedTuple):
    """A line of the list: a group's heading (`occurrence` None) or an occurrence."""

    id: Hashable  # ("group", n) for a heading, the occurrence itself else
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


class ReminderQuery(NamedTuple):
    """What the list shows, taken on the interface thread for a read off it."""

    today: date
    kinds: list[ReminderKind] | None
    advisor_id: int | None
    lead_days: dict[ReminderKind, int]

    @property
    def start(self) -> date:
        return self.today - timedelta(days=LOOKBACK_DAYS)

    @property
    def end(self) -> date:
        return self.today + timedelta(days=HORIZON_DAYS)


def read_all(reminders: ReminderService, query: ReminderQuery) -> list[Occurrence]:
    """The whole list: the reminders due from the look-back to the horizon."""
    return reminders.due(query.today, horizon_days=HORIZON_DAYS, lookback_days=LOOKBACK_DAYS,
                         kinds=query.kinds, advisor_id=query.advisor_id,
                         lead_days=query.lead_days, consent=True)


def read_first_page(reminders: ReminderService, query: ReminderQuery,
                    size: int = FIRST_PAGE) -> tuple[list[Occurrence], date]:
    """The earliest days' reminders: a window from the list's first day, twice as long each
    time, until `size` are found or the list's days end; with the last day read (the list's
    last: that was the whole list). The windows follow each other, each sorted, so the rows
    are the whole list's first ones, in its order."""
    found = Occurrences()  # (with how many were left out for want of consent)
    day, span = query.start, 1
    while True:
        last = min(query.end, day + timedelta(days=span - 1))
        part = reminders.occurrences(day, last, today=query.today, kinds=query.kinds,
                                     advisor_id=query.advisor_id, lead_days=query.lead_days,
                                     consent=True)
        found += part
        found.skipped_no_consent += part.skipped_no_consent
        if len(found) >= size or last >= query.end:
            return found, last
        day, span = last + timedelta(days=1), span * 2


def _day(occurrence: Occurrence) -> date:
    return occurrence.occurs_on


class RemindersView(QWidget):
    open_customer = Signal(int)

    GROUPS = (QT_TRANSLATE_NOOP("RemindersView", "Overdue"),
              QT_TRANSLATE_NOOP("RemindersView", "Today"),
              QT_TRANSLATE_NOOP("RemindersView", "Next 7 days"),
              QT_TRANSLATE_NOOP("RemindersView", "Next 30 days"))

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

        # the occurrences read (the whole list, or its first page while the rest is read),
        # each its own row under its group's heading; the table shows them a page at a
        # time (a big book has 90,000 in 60 days: no cap)
        self._items: list[Occurrence] = []
        self._complete = False
        self._headings: dict[Hashable, str] = {}
        self._counts: list[int | None] = []  # each group's, None while still counted
        self._folded: set[int] = set()  # the groups shown by their heading alone
        self._read_to: date | None = None  # how far the rows shown were read (None: all)
        # rows acted on: left out of every list read until a read started after the write
        # (the generation in the value; None while the write runs)
        self._hidden: dict[Occurrence, int | None] = {}
        self._generation = 0  # of the latest refresh: an older one's result is dropped
        self._shown_query: ReminderQuery | None = None  # what the rows shown answer
        self._ops: list[Op] = []
        self.model = ListModel(
            ReminderColumn, self._lines_of,
            row_roles={Qt.ItemDataRole.FontRole: _bold_heading,
                       Qt.ItemDataRole.DecorationRole: self._fold_mark}, parent=self)
        self.tree = list_table(self.model, "reminderTree", self.tr("Reminders"), self)
        self._sized = False  # columns sized once, from the first rows (not at every scroll)
        self.tree.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.tree.setToolTip(self.tr("Double-click or press Enter on a group's heading to fold "
                                     "or unfold it"))
        # until the first rows come, a line saying so rather than an empty table
        self.status = QLabel(self.tr("Reading the reminders…"), self)
        self.status.setObjectName("reminderStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.status)
        self.pages.addWidget(self.tree)

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
        self.skipped_no_consent = 0  # reminders of the whole list left out: no consent
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
        layout.addWidget(self.pages, 1)
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
        ):
            line = self.model.record_at(self.tree.currentIndex().row())
            if line is not None and line.occurrence is None:  # a heading: fold or unfold
                self.toggle_group(line.id[1])
                return True
            if self.call_button.isEnabled():  # (not in a book opened only to read)
                self.make_follow_up()
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ data
    def query(self) -> ReminderQuery:
        kind = self.kind.currentData()
        return ReminderQuery(self.today, [kind] if kind else None, self.advisor.currentData(),
                             self._preferences.lead_days)

    def _reminders(self) -> ReminderService:
        return self._services.reminders.from_tables()  # never the in-memory copy

    def occurrences(self) -> list[Occurrence]:
        """The whole list as shown, read now (on the calling thread)."""
        return self._without_hidden(read_all(self._reminders(), self.query()))

    @property
    def loading(self) -> bool:
        """Whether the list shown is still to be read (whole) again."""
        return any(op.running for op in self._ops)

    @property
    def complete(self) -> bool:
        """Whether the whole list is shown (not only its first page)."""
        return self._complete

    def refresh(self) -> None:
        """Read the list again off the interface thread: its first page, then the whole."""
        for op in self._ops:
            op.cancel()  # (a queued one never starts; a newer result replaces a running one's)
        self._generation += 1
        generation, query, reminders = self._generation, self.query(), self._reminders()
        if not self._complete:  # (a whole list shown keeps its count until replaced)
            self.summary.setText(self.tr("Counting reminders…"))

        def whole(items: list[Occurrence]) -> None:
            if generation == self._generation:
                self._shown_query = query
                self._show(items, generation, None)

        def first_page(result: tuple[list[Occurrence], date]) -> None:
            if generation != self._generation:
                return
            items, last = result
            complete = last >= query.end
            self._shown_query = query
            self._show(items, generation, None if complete else last)
            if not complete:
                self._start(Op(self, lambda: read_all(reminders, query)).success(whole))

        self._ops = []
        if self._complete and query == self._shown_query:
            # the same list read again (after a write, say): the whole list shown stays,
            # where the person is in it, until the new one replaces it
            self._start(Op(self, lambda: read_all(reminders, query)).success(whole), generation)
            return
        self._start(Op(self, lambda: read_first_page(reminders, query)).success(first_page),
                    generation)

    def _start(self, op: Op, generation: int | None = None) -> None:
        generation = self._generation if generation is None else generation
        op.failure(lambda error: self._read_failed(error, generation))
        self._ops = [o for o in self._ops if o.running] + [op]
        op.run()

    def _read_failed(self, error: Exception, generation: int) -> None:
        if generation != self._generation:
            return
        if self.pages.currentWidget() is self.status:
            self.status.setText(self.tr("The reminders could not be read."))
        self.summary.clear()
        show_failure(self, error, self.tr("Reminders"))

    def _without_hidden(self, items: list[Occurrence], generation: int | None = None
                        ) -> list[Occurrence]:
        hidden = self._hidden
        if generation is not None:  # what a read started after its write shows as it is
            for occurrence in [o for o, after in hidden.items()
                               if after is not None and after <= generation]:
                del hidden[occurrence]
        if not hidden:
            return items
        return [o for o in items if o not in hidden]

    def _show(self, items: list[Occurrence], generation: int | None,
              read_to: date | None) -> None:
        """Show these occurrences: the whole list (`read_to` None) or its first page, read
        up to `read_to` (the groups after it not yet shown, their counts still coming)."""
        skipped = getattr(items, "skipped_no_consent", 0)  # (the whole list says)
        items = self._without_hidden(items, generation)
        self._items, self._complete, self._read_to = items, read_to is None, read_to
        today, week_end = self.today, self.today + timedelta(days=7)
        ends = [bisect_left(items, today, key=_day), bisect_right(items, today, key=_day),
                bisect_right(items, week_end, key=_day), len(items)]
        firsts = [self.today - timedelta(days=LOOKBACK_DAYS), today,
                  today + timedelta(days=1), week_end + timedelta(days=1)]
        lasts = [today - timedelta(days=1), today, week_end, today + timedelta(days=HORIZON_DAYS)]
        ids: list[Hashable] = []
        headings: list[int] = []
        self._counts = []
        begin = 0
        for number, (end, first, last) in enumerate(zip(ends, firsts, lasts, strict=True)):
            if read_to is not None and first > read_to:
                break
            known = read_to is None or last <= read_to
            self._counts.append(end - begin if known else None)
            headings.append(len(ids))
            ids.append(("group", number))
            if number not in self._folded:
                ids += items[begin:end]
            begin = end
        self._name_headings()
        self._set_ids(ids, headings)
        text = self.tr("%n reminder(s)", "", len(items)) if self._complete \
            else self.tr("Counting reminders…")
        if self._complete and skipped:
            text += " · " + self.tr("%n left out: no consent", "", skipped)
        self.summary.setText(text)
        self.summary.setToolTip(self.tr(
            "Birthday, anniversary and holiday reminders are marketing: they are listed only "
            "for customers who agreed to marketing. Service reminders are left out for "
            "customers who withdrew them.") if skipped else "")
        self.skipped_no_consent = skipped if self._complete else 0
        self.pages.setCurrentWidget(self.tree)

    def _name_headings(self) -> None:
        counting = self.tr("counting…")
        self._headings = {}
        for number, count in enumerate(self._counts):
            shown = counting if count is None else str(count)
            self._headings[("group", number)] = f"{self.tr(self.GROUPS[number])} ({shown})"

    def _lines_of(self, ids: Iterable[Hashable]) -> list[ReminderLine]:
        """The rows of these ids (the model's fetch); an occurrence acted on has none."""
        headings, hidden = self._headings, self._hidden
        lines = []
        for i in ids:
            if isinstance(i, Occurrence):
                if i not in hidden:
                    lines.append(ReminderLine(i, i))
            elif i in headings:
                lines.append(ReminderLine(i, None, headings[i]))
        return lines

    def _set_ids(self, ids: list[Hashable], headings: list[int]) -> None:
        """The rows in place of those shown, the first row on screen and the selection kept
        where they are still listed."""
        model, tree = self.model, self.tree
        with place_kept(tree, model):
            tree.clearSpans()
            model.set_ids(ids)
            for row in headings:  # a heading reads across the row, as its group's title
                tree.setSpan(row, 0, 1, len(ReminderColumn))
        if not self._sized and len(ids) > len(self._counts):
            self._sized = True
            tree.resizeColumnsToContents()
            # the first rows are often birthdays, with no car: room for "make model · plate"
            column = int(ReminderColumn.VEHICLE)
            tree.setColumnWidth(column, max(tree.columnWidth(column),
                                            self.fontMetrics().horizontalAdvance("M" * 16)))

    def selected(self) -> list[Occurrence]:
        found = (self.model.record_at(row) for row in selected_rows(self.tree))
        return [line.occurrence for line in found
                if line is not None and line.occurrence is not None]

    # ------------------------------------------------------------ actions
    def make_follow_up(self) -> None:
        followups, today = self._services.followups, self.today
        rules = self._preferences.follow_up_rules

        def write(chosen: list[Occurrence]) -> None:
            for occurrence in chosen:
                followups.act_on(occurrence, today=today, rules=rules)

        self._act(write)

    def _mark(self, state: ReminderState) -> None:
        reminders = self._services.reminders

        def write(chosen: list[Occurrence]) -> None:
            for occurrence in chosen:
                reminders.mark(occurrence, state)

        self._act(write)

    def snooze(self) -> None:
        if not self.selected():
            return
        until = ask_date(self, self.tr("Snooze"), self.tr("Show again on:"),
                         self.today + timedelta(days=1))
        if until is None:
            return
        reminders = self._services.reminders

        def write(chosen: list[Occurrence]) -> None:
            for occurrence in chosen:
                reminders.mark(occurrence, ReminderState.SNOOZED, snoozed_until=until)

        self._act(write)

    def _act(self, write: Callable[[list[Occurrence]], None]) -> None:
        """The chosen rows leave the list at once; the write runs off the interface thread,
        then the list is read again (in the background) and the other views are told."""
        chosen = self.selected()
        if not chosen:
            return
        first = min(selected_rows(self.tree))
        for occurrence in chosen:
            self._hidden[occurrence] = None
        self._leave(chosen)
        Op(self, lambda: write(chosen), writes=True).success(
            lambda _none: self._written(chosen)).failure(
            lambda error: self._not_written(chosen, error)).run()
        self._select_near(first)

    def _leave(self, gone: list[Occurrence]) -> None:
        """Take these rows out of the list shown, its groups' counts with them."""
        today, week_end = self.today, self.today + timedelta(days=7)
        for occurrence in gone:
            when = occurrence.occurs_on
            group = 0 if when < today else 1 if when == today else 2 if when <= week_end else 3
            if group < len(self._counts) and self._counts[group] is not None:
                self._counts[group] -= 1
        self._name_headings()
        self.model.refresh_ids([*gone, *self._headings])
        if self._complete:
            self.summary.setText(self.tr("%n reminder(s)", "", self.model.rowCount()
                                         - len(self._counts)))

    def _select_near(self, row: int) -> None:
        """The row now where the first one acted on was (the next to act on), selected."""
        model = self.model
        row = min(row, model.rowCount() - 1)
        while 0 <= row < model.rowCount() and model.record_at(row) is not None \
                and model.record_at(row).occurrence is None:
            row += 1  # not a heading
        if 0 <= row < model.rowCount():
            self.tree.selectionModel().setCurrentIndex(
                model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _written(self, chosen: list[Occurrence]) -> None:
        self.refresh()
        for occurrence in chosen:  # left out until that read (started after the write) ends
            if occurrence in self._hidden:
                self._hidden[occurrence] = self._generation

    def _not_written(self, chosen: list[Occurrence], error: Exception) -> None:
        for occurrence in chosen:
            self._hidden.pop(occurrence, None)
        show_failure(self, error, self.tr("Reminders"))
        self.refresh()

    def _open_row(self, row: int) -> None:
        line = self.model.record_at(row)
        if line is not None and line.occurrence is not None:
            self.open_customer.emit(line.occurrence.customer_id)
        elif line is not None:
            self.toggle_group(line.id[1])

    def toggle_group(self, number: int) -> None:
        """Fold a group to its heading (its count stays), or unfold it."""
        self._folded ^= {number}
        if self._counts:
            self._show(self._items, None, self._read_to)  # (the rows acted on stay out)

    def _fold_mark(self, line: ReminderLine):
        if line.occurrence is not None:
            return None
        arrow = (QStyle.StandardPixmap.SP_ArrowRight if line.id[1] in self._folded
                 else QStyle.StandardPixmap.SP_ArrowDown)
        return self.style().standardIcon(arrow)

    def export(self) -> None:
        from app.presentation.exports import reminders_sheet

        path = save_path(self, self.tr("Export reminders"), "reminders.xlsx",
                         self.tr("Excel workbook (*.xlsx)"))
        if path is None:
            return
        if self._complete:
            items = self._without_hidden(self._items)
            export_sheets(self, [reminders_sheet(items)], path, [o.advisor_id for o in items])
            return
        reminders, query = self._reminders(), self.query()  # the whole list, still being read
        Op(self, lambda: read_all(reminders, query)).success(
            lambda items: export_sheets(self, [reminders_sheet(self._without_hidden(items))],
                                        path, [o.advisor_id for o in items])).run()
