"""The customers view: search as you type, the list, and the card beside it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeKind
from app.ui.models.customer_table import Column, CustomerTableModel

if TYPE_CHECKING:
    from app.services.admin.book import Services
    from app.ui.widgets.customer_card import CustomerCardWidget

# No fixed delay before a search: keys that arrive together (or while the list is being
# filled) make one search when the event loop next turns, for the text as it is then.
SEARCH_COALESCE_MS = 0
CARD_SLACK = 16  # pixels the card gets beyond its fields' first need


class CustomersView(QWidget):
    count_changed = Signal(int)

    def __init__(self, services: Services | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("customersView")
        self._services: Services | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("customerSearch")
        self.search.setAccessibleName(self.tr("Search customers"))
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Name, pinyin, phone, plate or VIN (Ctrl+F)")
        )
        self.show_archived = QCheckBox(self.tr("Show archived"), self)
        self.show_archived.setObjectName("showArchived")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("customerCount")
        self.preferences = None  # set by the main window: value and lapse thresholds
        self.segments_button = QPushButton(self.tr("Segments"), self)
        self.segments_button.setObjectName("segmentsButton")
        self.segments_button.setCheckable(True)
        self.segments_button.setToolTip(
            self.tr("Filter by tier, RFM, vehicles, buyer, models, key account, visits and tag"))
        self.segment_bar = None  # built when first asked for (start-up stays light)
        self.segment_status = QLabel(self)
        self.segment_status.setObjectName("segmentStatus")
        self.call_button = QPushButton(self.tr("Call these customers…"), self)
        self.call_button.setObjectName("segmentCallButton")
        self.call_button.setToolTip(
            self.tr("Put every customer of the list on the call sheet of their advisor"))
        self.call_button.clicked.connect(self.call_segment)
        self.call_button.hide()
        self.marketing_export_button = QPushButton(self.tr("Export for marketing…"), self)
        self.marketing_export_button.setObjectName("marketingExportButton")
        self.marketing_export_button.setToolTip(self.tr(
            "Export the list as shown, only the customers who agreed to marketing"))
        self.marketing_export_button.clicked.connect(lambda: self.export(marketing=True))
        self._segment_generation = 0
        self._segment_busy = False

        self.model = CustomerTableModel(None, self)
        self.table = QTableView(self)
        self.table.setObjectName("customerTable")
        self.table.setAccessibleName(self.tr("Customers"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        header.setStretchLastSection(True)
        self._size_columns()
        self.splitter_remembered = False  # set by the window when it restores a layout
        self.header_remembered = False
        self._card_fitted = False

        # The card (dozens of fields) is built once the book is open, after the window shows.
        self.card: CustomerCardWidget | None = None
        self._placeholder = QLabel(self.tr("Opening the book…"), self)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_archived)
        top.addWidget(self.segments_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.segment_status)
        bottom.addWidget(self.call_button)
        bottom.addWidget(self.marketing_export_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        self._left_layout = left_layout
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(bottom)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("customersSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self._placeholder)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([430, 850])
        self._split_by_hand = False  # the person dragged the splitter: the card keeps that
        self.splitter.splitterMoved.connect(self._splitter_dragged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_COALESCE_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_typed)
        self.search.returnPressed.connect(self._open_first)
        self.show_archived.toggled.connect(self.apply_filter)
        self.segments_button.toggled.connect(self._toggle_segments)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda _index: self.card and self.card.setFocus())
        self.model.loaded.connect(self._rest_loaded)
        self._showing: int | None = None
        if services is not None:
            self.attach(services)

    def _size_columns(self) -> None:
        """Each column as wide as its header (in the person's language, sort arrow
        included) or its usual contents, whichever is wider; the name, plates and last
        column a little wider."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        pad = 16
        usual = {Column.NAME: metrics.horizontalAdvance("北京华信科技") + pad,
                 Column.PHONE: metrics.horizontalAdvance("138 0013 8000") + pad,
                 Column.PLATES: metrics.horizontalAdvance("京A·12345") + pad,
                 Column.ADVISOR: metrics.horizontalAdvance("王晓丽") + pad,
                 Column.SOURCE: metrics.horizontalAdvance("Social media") + pad}
        for column, width in usual.items():
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        QTimer.singleShot(0, self.fit_card)

    def fit_card(self) -> None:
        """Once, when first shown with no layout remembered: the card as wide as its fields
        need (no horizontal scroll bar in it), the list the rest."""
        if self._card_fitted or self.splitter_remembered or self.card is None:
            return
        need = self.card.width_needed()
        if need <= 0:
            return
        self._card_fitted = True
        if not self.header_remembered:
            self._size_columns()  # the headers in the language now installed
        # what the card needs (and a little more: a customer's data may widen it), the
        # rest to the list, for its columns
        self.widen_card(need + CARD_SLACK, shrink=True)

    def _splitter_dragged(self, *_args) -> None:
        self._split_by_hand = True

    def _list_least_width(self) -> int:
        """The list's width that shows its name, phone, plates and advisor columns whole."""
        left = self.splitter.widget(0)
        header = self.table.horizontalHeader()
        columns = sum(header.sectionSize(c)
                      for c in (Column.NAME, Column.PHONE, Column.PLATES, Column.ADVISOR))
        chrome = (self.table.width() - self.table.viewport().width()
                  + left.width() - self.table.width())
        if self.table.verticalScrollBar().isHidden():  # it shows once rows fill the list
            chrome += self.table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return max(left.minimumSizeHint().width(), columns + chrome)

    def widen_card(self, need: int, shrink: bool = False) -> None:
        """The card `need` pixels wide when the list keeps its four first columns (the card
        asks when its details' two columns would not stand side by side). A layout the
        person set (remembered, or the splitter dragged) is kept: the details stand in one
        column instead."""
        if self.splitter_remembered or self._split_by_hand:
            return
        sizes = self.splitter.sizes()
        total = sum(sizes)
        need = min(need, total - self._list_least_width())
        if need > sizes[1] or (shrink and need < sizes[1]):
            self.splitter.setSizes([total - need, need])

    def attach(self, services: Services) -> None:
        from app.ui.widgets.customer_card import CustomerCardWidget  # after the window shows

        self._services = services
        self.card = CustomerCardWidget(self)
        self.card.attach(services.customers, services.vehicles, services.timeline, services.staff,
                         services.household, services.visits, services.followups,
                         services.segments, self._value_options,
                         reminders=services.reminders, preferences=self.preferences,
                         consents=services.consents)
        self.card.saved.connect(self._customer_saved)
        self.card.archived_changed.connect(self._customer_saved)
        self.card.open_customer_requested.connect(self.open_customer)
        self.card.wants_width.connect(self.widen_card)
        from app.ui.widgets.card_privacy import PersonDataActions

        self.card.privacy = PersonDataActions(self.card, services)
        from app.ui.dialogs.merges_dialog import CardMergeActions

        self.card.merges = CardMergeActions(self.card, services)  # (its timeline's menu)
        from app.ui.widgets.card_leads import CardLeads

        self.card.leads = CardLeads(self.card, services)  # (its Leads tab, "Pass to sales…")
        self.splitter.replaceWidget(1, self.card)
        self._placeholder.deleteLater()
        if self.isVisible():
            QTimer.singleShot(0, self.fit_card)
        self.model.attach(services.customers)
        self._update_count()

    # ------------------------------------------------------------ segments
    def _toggle_segments(self, on: bool) -> None:
        if on and self.segment_bar is None:
            from app.ui.widgets.segment_bar import SegmentBar

            self.segment_bar = SegmentBar(self)
            self.segment_bar.changed.connect(self.apply_segment)
            self._left_layout.insertWidget(1, self.segment_bar)
        if self.segment_bar is not None:
            self.segment_bar.setVisible(on)
        if on and self._services is not None:
            self.segment_bar.set_tags(self._services.customers.all_tags())
        self.apply_segment()

    def _value_options(self) -> dict:
        return {} if self.preferences is None else self.preferences.segment_options()

    def _segment_kwargs(self) -> dict:
        p = self.preferences
        if p is None:
            return {}
        return {**p.segment_options(), "lapse": p.lapse_thresholds}

    def apply_segment(self) -> None:
        """Work out the segment's customers off the interface thread (the first time the
        values of every customer are needed this takes a couple of seconds), then list them."""
        if self._services is None:
            return
        on = self.segments_button.isChecked() and self.segment_bar is not None
        segment = self.segment_bar.segment() if on else None
        self._segment_generation += 1
        if segment is None or segment.empty:
            self._segment_busy = False
            self.segment_status.clear()
            self.call_button.setVisible(False)
            self.model.set_segment(None)
            self._after_reload()
            return
        generation = self._segment_generation
        service = self._services.segments
        kwargs = self._segment_kwargs()
        today = date.today()
        self._segment_busy = True
        self.segment_status.setText(self.tr("Working out customer values…"))

        from app.ui.ops import Op  # (not loaded before the window first shows)

        Op(self, lambda: service.matching_ids(segment, today, **kwargs)).success(
            lambda ids: self._segment_arrived(generation, ids)).failure(
            lambda error: self._segment_arrived(generation, error)).run()

    def _segment_arrived(self, generation: int, result) -> None:
        if generation != self._segment_generation:
            return  # a newer filter is on its way
        self._segment_busy = False
        if isinstance(result, Exception):
            self.segment_status.setText(self.tr("The segment could not be worked out."))
            return
        self.segment_status.clear()
        self.model.set_segment(result)
        self.call_button.setVisible(result is not None)
        self._after_reload()

    def segment_pending(self) -> bool:
        """Whether a segment is still being worked out (for tests and the status line)."""
        return self._segment_busy

    def call_segment(self) -> None:
        """Make a campaign follow-up for every customer listed, due on a chosen day."""
        if self._services is None:
            return
        ids = self.model.ids()
        if not ids:
            return
        from app.ui.dialogs.campaign_dialog import CampaignDialog

        dialog = CampaignDialog(len(ids), self)
        if dialog.exec() != CampaignDialog.DialogCode.Accepted:
            return
        self.make_campaign(ids, dialog.due_date(), dialog.notes())

    def make_campaign(self, ids: list[int], due, notes: str):
        """The calls made (a CampaignCalls: created, already open, no marketing consent), or
        None while they are still being written."""
        rules = self.preferences.follow_up_rules if self.preferences is not None else None
        kwargs = {"rules": rules} if rules is not None else {}
        followups = self._services.followups
        outcome: list = []

        from app.ui.ops import Op  # (not loaded before the window first shows)

        def made(calls) -> None:
            outcome.append(calls)
            text = self.tr("%n call(s) put on the call sheets.", "", calls.created)
            if calls.already_open:
                text += " " + self.tr("%n customer(s) already had one open.", "",
                                      calls.already_open)
            if calls.no_consent:
                text += " " + self.tr("%n customer(s) skipped: no marketing consent.", "",
                                      calls.no_consent)
            self.segment_status.setText(text)

        # the call sheets hear of the calls through the window's change signal
        Op(self, lambda: followups.campaign(ids, due, notes=notes, **kwargs),
           writes=True).success(made).run()
        return outcome[0] if outcome else None

    # ------------------------------------------------------------ list
    def _search_typed(self) -> None:
        if not self._timer.isActive():  # one search for a burst of keys
            self._timer.start()

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.search.text(), self.show_archived.isChecked())
        self._after_reload()

    def _after_reload(self) -> None:
        self._update_count()
        if self._showing is not None:
            self._select(self._showing)

    def _rest_loaded(self) -> None:
        self._update_count()
        if self._showing is not None and not self.table.currentIndex().isValid():
            self._select(self._showing)  # it was past the first page

    def _update_count(self) -> None:
        count = self.model.rowCount()
        if self.model.loading():  # the first page is listed, the rest is being read
            self.count_label.setText(self.tr("More than %n customer(s), counting…", "", count))
            return
        self.count_label.setText(self.tr("%n customer(s)", "", count))
        self.count_changed.emit(count)

    def _open_first(self) -> None:
        if self._timer.isActive():
            self.apply_filter()
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _row_changed(self, current, _previous) -> None:
        customer_id = self.model.id_at(current.row()) if current.isValid() else None
        if customer_id is None or customer_id == self._showing or self.card is None:
            return
        if not self.card.maybe_leave(retry=lambda: self.open_customer(customer_id)):
            # stay on the card being edited (until its save is written, if one is under way)
            self._select(self._showing)
            return
        self._showing = customer_id
        self.card.show_customer(customer_id)

    def _select(self, customer_id: int | None) -> None:
        row = self.model.row_of(customer_id) if customer_id is not None else -1
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            index = self.model.index(row, 0)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        else:
            # no current row either: choosing the row shown before opens it again
            selection.clearCurrentIndex()
            selection.clearSelection()
        selection.blockSignals(False)

    def _customer_saved(self, customer_id: int) -> None:
        """Only the saved row is read again; the list is read again (first page now, the
        rest in the background) when the customer is new to it, has left it (no longer
        matches the search, archived) or moved in its order."""
        self._showing = customer_id
        if not self.model.refresh_ids([customer_id]):
            self.apply_filter()
        self._update_count()

    def data_changed(self, changes) -> None:
        """Customers changed elsewhere (another list, a dialog, another desk): the rows shown
        are read again, only those; the list again when which ones is not known, or a row
        left it or moved in its order."""
        if self._services is None:
            return
        ids = changes.ids(ChangeKind.CUSTOMER)
        if ids is None:
            self.apply_filter()
            return
        shown = [i for i in ids if self.model.row_of(i) >= 0]
        if shown and not self.model.refresh_ids(shown):
            self.apply_filter()
        self._update_count()

    # ------------------------------------------------------------ actions
    def export(self, marketing: bool = False) -> None:
        """The list as shown (searched or not) to a workbook; `marketing`: only the
        customers who agreed to marketing, and the status line says how many were left out."""
        if self._services is None:
            return
        from app.presentation.exports import customers_sheet
        from app.ui.widgets.common import export_sheets, save_path

        title = self.tr("Export customers for marketing") if marketing \
            else self.tr("Export customers")
        path = save_path(self, title, "customers.xlsx", self.tr("Excel workbook (*.xlsx)"))
        if path is None:
            return
        searched = (bool(self.search.text().strip()) or self.show_archived.isChecked()
                    or self.model.segmented)
        ids = self.model.ids() if searched else None
        listed = self.model.rowCount()

        def left_out(rows: int) -> None:
            self.segment_status.setText(self.tr(
                "Exported for marketing: %n customer(s) left out (no marketing consent).", "",
                max(0, listed - rows)))

        # (advisors=(): the service keeps an advisor's export to their own customers)
        export_sheets(self, [customers_sheet(self._services.customers.export_rows(
            ids, marketing_only=marketing))], path, advisors=(),
            then=left_out if marketing else None)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_customer(self) -> None:
        if self.card is not None and self.card.maybe_leave(retry=self.new_customer):
            self._showing = None
            self._select(None)
            self.card.new_customer()

    def save(self) -> None:
        if self.card is not None:
            self.card.save()

    def maybe_leave(self, retry=None) -> bool:
        return self.card is None or self.card.maybe_leave(retry=retry)

    def open_customer(self, customer_id: int) -> None:
        if self.card is not None and self.card.maybe_leave(
                retry=lambda: self.open_customer(customer_id)):
            self._showing = customer_id
            self._select(customer_id)
            self.card.show_customer(customer_id)
