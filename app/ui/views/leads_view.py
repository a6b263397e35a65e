"""The leads view (Ctrl+8, issue 16): the leads as a list with filters (stage, intent
level, source, advisor, dormant only), and as the pipeline board; printed and exported
as the list shows them. Double-click or Enter opens the customer's card.

The board's moves follow the card's rules: an ordered lead goes back only by cancelling
its order (the cancel-order dialog; dismissed, nothing moves), a lead is ordered, delivered
or asked to close as lost through the card's own dialogs, a delivered or lost one is not
moved. The list's and the board's context menus have "Cancel order…" for ordered leads."""

from __future__ import annotations

from datetime import date
from operator import attrgetter
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import NotFoundError, ValidationError
from app.domain.leads import LeadSource, LeadStage
from app.domain.validation import format_phone
from app.presentation import labels
from app.services.sales.lead_lists import (
    BOARD_STAGES,
    BY_FOLLOW_UP,
    BY_QUIET,
    LeadFilter,
    LeadLists,
)
from app.ui.models.table_model import RIGHT, ListColumn, ListModel
from app.ui.ops import Op
from app.ui.widgets.common import advisor_filter, export_sheets, save_path
from app.ui.widgets.lead_board import DORMANT, LeadBoard
from app.ui.widgets.list_table import list_table, size_columns

if TYPE_CHECKING:
    from app.desk.settings import Preferences
    from app.services.admin.book import Services
    from app.services.sales.lead_lists import LeadRow

OPEN = tuple(s.value for s in BOARD_STAGES)
OPEN_KEY, ALL_KEY = "open", "all"  # the stage filter's choices besides each stage


def _day(value) -> str:
    return value.strftime("%Y-%m-%d") if value else ""


class LeadColumn(ListColumn):
    """The leads list's columns."""

    __translation_context__ = "LeadsView"
    CUSTOMER = (QT_TRANSLATE_NOOP("LeadsView", "Customer"), attrgetter("customer_name"))
    PHONE = (QT_TRANSLATE_NOOP("LeadsView", "Phone"), lambda r: format_phone(r.phone))
    MODELS = (QT_TRANSLATE_NOOP("LeadsView", "Models"), attrgetter("models"))
    LEVEL = (QT_TRANSLATE_NOOP("LeadsView", "Level"), attrgetter("level"))
    STAGE = (QT_TRANSLATE_NOOP("LeadsView", "Stage"), lambda r: labels.lead_stage(r.stage))
    NEXT = (QT_TRANSLATE_NOOP("LeadsView", "Next follow-up"), lambda r: _day(r.next_follow_up))
    LAST = (QT_TRANSLATE_NOOP("LeadsView", "Last contact"), lambda r: _day(r.last_contact_at))
    QUIET = (QT_TRANSLATE_NOOP("LeadsView", "Quiet days"), lambda r: f"{r.quiet_days:,}",
             RIGHT, attrgetter("quiet_days"))
    SOURCE = (QT_TRANSLATE_NOOP("LeadsView", "Source"), lambda r: labels.lead_source(r.source))
    ADVISOR = (QT_TRANSLATE_NOOP("LeadsView", "Advisor"), attrgetter("advisor_name"))


def _dormant_colour(row: LeadRow) -> QBrush | None:
    return QBrush(DORMANT) if row.dormant else None


class LeadsView(QWidget):
    open_customer = Signal(int)

    def __init__(self, services: Services, preferences: Preferences, parent=None):
        super().__init__(parent)
        self.setObjectName("leadsView")
        self._services = services
        self._preferences = preferences
        self.lists = LeadLists(services.leads)
        self.today = date.today()
        self._sized = False
        self.read_only = False
        self._board_filled = False
        self._board_total = 0

        self.stage = QComboBox(self)
        self.stage.setObjectName("leadsStage")
        self.stage.setAccessibleName(self.tr("Stage"))
        self.stage.addItem(self.tr("Open leads"), OPEN_KEY)
        self.stage.addItem(self.tr("All stages"), ALL_KEY)
        for stage in LeadStage:
            self.stage.addItem(labels.lead_stage(stage), stage.value)
        self.level = QComboBox(self)
        self.level.setObjectName("leadsLevel")
        self.level.setAccessibleName(self.tr("Intent level"))
        self._fill_levels()
        self.source = QComboBox(self)
        self.source.setObjectName("leadsSource")
        self.source.setAccessibleName(self.tr("Source"))
        self.source.addItem(self.tr("All sources"), None)
        for source in LeadSource:
            self.source.addItem(labels.lead_source(source), source.value)
        self.advisor = QComboBox(self)
        self.advisor.setObjectName("leadsAdvisor")
        self.advisor.setAccessibleName(self.tr("Advisor"))
        advisor_filter(self.advisor, services.staff, self.tr("All advisors"),
                       preferences.desk_advisor_id)
        self.dormant = QCheckBox(self.tr("Dormant only"), self)
        self.dormant.setObjectName("leadsDormant")
        self.order = QComboBox(self)
        self.order.setObjectName("leadsOrder")
        self.order.setAccessibleName(self.tr("Order"))
        self.order.addItem(self.tr("By next follow-up"), BY_FOLLOW_UP)
        self.order.addItem(self.tr("Quietest first"), BY_QUIET)
        for combo in (self.stage, self.level, self.source, self.advisor, self.order):
            combo.currentIndexChanged.connect(self.refresh)
        self.dormant.toggled.connect(self.refresh)
        self.summary = QLabel(self)
        self.summary.setObjectName("leadsSummary")
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("leadsExport")
        self.export_button.clicked.connect(self.export)
        self.preview_button = QPushButton(self.tr("Print preview…"), self)
        self.preview_button.setObjectName("leadsPrint")
        self.preview_button.clicked.connect(self.print_preview)

        # the list: ids in the filter's order, rows read a page at a time
        self.model = ListModel(
            LeadColumn, lambda ids: self.lists.rows(ids, self.today),
            row_roles={Qt.ItemDataRole.ForegroundRole: _dormant_colour,
                       Qt.ItemDataRole.ToolTipRole: self._dormant_tip},
            parent=self)
        self.table = list_table(self.model, "leadsTable", self.tr("Leads"), self)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.installEventFilter(self)  # Enter opens the card
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_list_menu)
        self.board = LeadBoard(BOARD_STAGES, self)
        self.board.move_requested.connect(self.move_lead)
        self.board.open_customer.connect(self.open_customer)
        self.board.cancel_order_requested.connect(lambda lead_id: self.cancel_order(lead_id))
        self.board.lost_requested.connect(self.ask_lost)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("leadsTabs")
        self.tabs.addTab(self.table, self.tr("List"))
        self.tabs.addTab(self.board, self.tr("Pipeline board"))
        self.tabs.currentChanged.connect(self._tab_shown)

        bar = QHBoxLayout()
        self._list_filters = (self.stage, self.level, self.source, self.dormant, self.order)
        for widget in (self.stage, self.level, self.source):
            bar.addWidget(widget)
        bar.addWidget(QLabel(self.tr("Advisor")))
        bar.addWidget(self.advisor)
        bar.addWidget(self.dormant)
        bar.addWidget(self.order)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        bar.addWidget(self.export_button)
        bar.addWidget(self.preview_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def _dormant_tip(self, row: LeadRow) -> str | None:
        return self.tr("Dormant: quiet for %n day(s)", "", row.quiet_days) if row.dormant else None

    def _fill_levels(self) -> None:
        current = self.level.currentData()
        self.level.blockSignals(True)
        self.level.clear()
        self.level.addItem(self.tr("All levels"), None)
        for level in self.lists.rules.levels:
            self.level.addItem(level.code, level.code)
        self.level.setCurrentIndex(max(self.level.findData(current), 0))
        self.level.blockSignals(False)

    # ------------------------------------------------------------ filters and the list
    def stages(self) -> tuple[str, ...]:
        chosen = self.stage.currentData()
        return OPEN if chosen == OPEN_KEY else () if chosen == ALL_KEY else (chosen,)

    def query(self) -> LeadFilter:
        return LeadFilter(stages=self.stages(), level=self.level.currentData(),
                          source=self.source.currentData(), advisor_id=self.advisor.currentData(),
                          dormant_only=self.dormant.isChecked(), order=self.order.currentData())

    def filter_words(self) -> str:
        """The filters in words (printed under the title)."""
        parts = [self.stage.currentText()]
        for combo in (self.level, self.source, self.advisor):
            if combo.currentData() is not None:
                parts.append(combo.currentText())
        if self.dormant.isChecked():
            parts.append(self.dormant.text())
        return ", ".join(parts)

    def refresh(self) -> None:
        self.today = date.today()
        self._fill_levels()  # (the levels are the store's: Preferences may change them)
        self.model.set_ids(self.lists.ids(self.query(), self.today))
        if not self._sized and self.model.rowCount():
            size_columns(self.table)  # once, from the first rows: later fills keep widths
            self._sized = True
        if self.tabs.currentWidget() is self.board:
            self.refresh_board()
        else:
            self._board_filled = False  # filled when next shown
        self._count()

    def _count(self) -> None:
        """How many leads the list shows, or the board (its open leads, every card)."""
        if self.tabs.currentWidget() is self.board:
            count = self._board_total
        else:
            count = self.model.rowCount()
        self.summary.setText(self.tr("%n lead(s)", "", count))

    def refresh_board(self) -> None:
        board = self.lists.board(self.today, advisor_id=self.advisor.currentData())
        self.board.set_board(board)
        self._board_total = sum(column.total for column in board.columns)
        self._board_filled = True

    def _tab_shown(self, _index: int) -> None:
        on_board = self.tabs.currentWidget() is self.board
        for widget in self._list_filters:
            widget.setEnabled(not on_board)  # the board: open leads, by advisor
        if on_board and not self._board_filled:
            self.refresh_board()
        self._count()

    def show_board(self) -> None:
        self.tabs.setCurrentWidget(self.board)

    def _open_row(self, row: int) -> None:
        record = self.model.record_at(row)
        if record is not None:
            self.open_customer.emit(record.customer_id)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            index = self.table.currentIndex()
            if index.isValid():
                self._open_row(index.row())
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ moving on the board
    def set_read_only(self) -> None:
        self.read_only = True
        for cards in self.board.lists.values():
            cards.setDragEnabled(False)
            cards.setAcceptDrops(False)

    def move_lead(self, lead_id: int, stage: str) -> None:
        """Move a lead to `stage` (the board's drag or keys) by the card's rules: ordered,
        delivered and lost through their dialogs; an ordered lead back to an earlier stage
        by cancelling its order; a delivered or lost lead not at all (a word says why)."""
        if self.read_only:
            return
        self.board.say("")
        record = self._lead(lead_id)
        if record is None or record.stage == stage:
            return
        if record.stage == LeadStage.DELIVERED.value:
            self.board.say(self.tr("Not moved: a delivered lead stays delivered (its car is on "
                                   "the customer's card)."))
            return
        if record.stage == LeadStage.LOST.value:
            self.board.say(self.tr("Not moved: this lead is closed as lost."))
            return
        ordered = record.stage == LeadStage.ORDERED.value
        if stage == LeadStage.LOST.value:
            if ordered:  # (lost only once the order is cancelled)
                self.cancel_order(lead_id, keep_working=False, record=record)
            else:
                self.ask_lost(lead_id, record=record)
            return
        if stage == LeadStage.ORDERED.value:
            self._dialog("OrderDialog", record)
            return
        if stage == LeadStage.DELIVERED.value:
            self._dialog("DeliverDialog", record)
            return
        if ordered:
            self.cancel_order(lead_id, back_to=stage, record=record)
            return
        leads = self._services.leads
        note, words = self.tr("Lead: %1"), labels.lead_stage(stage)
        Op(self, lambda: leads.move(lead_id, stage, note=note, stage_words=words),
           writes=True).success(lambda _record: self._moved(lead_id)).failure(
            self._not_moved).run()

    def _lead(self, lead_id: int):
        """The lead as it is now (None, the board read again: no longer in the book)."""
        try:
            return self._services.leads.get(lead_id, self.today)
        except NotFoundError:
            self._moved(lead_id)
            return None

    def _not_moved(self, error: Exception) -> None:
        from app.ui.dialogs.lead_dialogs import lead_error
        from app.ui.ops import show_failure

        if isinstance(error, ValidationError):
            self.board.say(self.tr("Not moved: %1").replace(
                "%1", " ".join(lead_error(e) for e in error.errors)))
        else:
            show_failure(self, error, self.tr("Not moved"))
        self._moved(None)

    def _dialog(self, name: str, record, **options):
        """Run one of the card's step dialogs (app.ui.dialogs.lead_dialogs) for the lead;
        written, the list and the board are read again. What the step wrote, or None."""
        from app.ui.dialogs import lead_dialogs

        dialog = getattr(lead_dialogs, name)(self._services.leads, record, parent=self,
                                             **options)
        accepted = dialog.exec()
        written = dialog.result_record if accepted else None
        dialog.deleteLater()
        if written is not None:
            self._moved(record.id)
        return written

    def cancel_order(self, lead_id: int, back_to: str = LeadStage.NEGOTIATION.value,
                     keep_working: bool = True, record=None):
        """Cancel the order of an ordered lead (the dialog asks why, and whether the lead is
        worked again at `back_to` or asked to close as lost)."""
        if self.read_only:
            return None
        record = record or self._lead(lead_id)
        if record is None or record.stage != LeadStage.ORDERED.value:
            return None
        return self._dialog("CancelOrderDialog", record, back_to=back_to,
                            keep_working=keep_working)

    def ask_lost(self, lead_id: int, record=None):
        if self.read_only:
            return None
        record = record or self._lead(lead_id)
        if record is None or record.stage not in OPEN or record.stage == \
                LeadStage.ORDERED.value:
            return None
        return self._dialog("LostDialog", record)

    def list_menu(self, row: int) -> QMenu | None:
        """The list's context menu of a row: open the card; cancel the order (an ordered
        lead)."""
        record = self.model.record_at(row)
        if record is None:
            return None
        menu = QMenu(self)
        menu.setObjectName("leadsMenu")
        opened = menu.addAction(self.tr("Open the customer's card"))
        opened.setObjectName("leadsOpenCard")
        opened.triggered.connect(lambda _=False: self.open_customer.emit(record.customer_id))
        menu.addSeparator()
        cancel = menu.addAction(self.tr("Cancel order…"))
        cancel.setObjectName("leadsCancelOrder")
        cancel.setEnabled(record.stage == LeadStage.ORDERED.value and not self.read_only)
        cancel.triggered.connect(lambda _=False: self.cancel_order(record.id))
        return menu

    def _show_list_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        menu = self.list_menu(index.row()) if index.isValid() else None
        if menu is not None:
            menu.exec(self.table.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def _moved(self, lead_id: int | None) -> None:
        self.refresh()
        self.refresh_board()
        if lead_id is not None:
            self.board.select_lead(lead_id)

    # ------------------------------------------------------------ paper and Excel
    def _every_row(self) -> list[LeadRow]:
        return self.lists.every_row(self.query(), self.today)

    def html(self) -> str:
        from app.presentation.printing import lead_list_html

        return lead_list_html(self.today, self._every_row(), self.filter_words())

    def print_preview(self) -> None:
        from app.presentation.printing import lead_list_html
        from app.ui.printing import may_print, print_preview

        rows = self._every_row()
        title = self.tr("Leads")
        if may_print(self, title, [r.advisor_id for r in rows], len(rows)):
            print_preview(self, lead_list_html(self.today, rows, self.filter_words()), title)

    def export(self) -> None:
        path = save_path(self, self.tr("Export leads"), "leads.xlsx",
                         self.tr("Excel workbook (*.xlsx)"))
        if path is not None:
            self.export_to(path)

    def export_to(self, path) -> bool:
        from app.presentation.exports import leads_sheet

        rows = self._every_row()
        return export_sheets(self, [leads_sheet(rows)], path, [r.advisor_id for r in rows])
