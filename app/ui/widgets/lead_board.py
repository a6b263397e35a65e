"""The pipeline board (issue 16): one column per open stage, a card per lead.

A card is dragged to another column, or moved one stage with Ctrl+Left / Ctrl+Right (or
Alt+Left / Alt+Right) when selected; the board only asks (`move_requested`): the leads view
moves the lead by the same rules as the card (an ordered lead back by cancelling its order,
ordered by the order's dialog) and gives the board its new state. A drag carries the lead's
id as LEAD_MIME, which a column accepts from another column. Enter or a double-click opens
the customer's card; the context menu has the steps a move cannot say ("Cancel order…",
"Ask to close as lost…").
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDrag
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from app.presentation import labels

LeadRole = Qt.ItemDataRole.UserRole
CustomerRole = Qt.ItemDataRole.UserRole + 1
DORMANT = QColor("#b45309")  # amber: quiet past the level's dormant days
_STEP_MODIFIERS = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier)
LEAD_MIME = "application/x-guanxi-lead"  # a dragged card: the lead's id, in ASCII digits


def lead_of(mime: QMimeData | None) -> int | None:
    """The lead a drag carries (None: not a card of the board)."""
    if mime is None or not mime.hasFormat(LEAD_MIME):
        return None
    try:
        return int(bytes(mime.data(LEAD_MIME).data()).decode("ascii"))
    except ValueError:
        return None


class StageList(QListWidget):
    """One column's cards; a card dropped here from another column asks to move there."""

    move_requested = Signal(int, str)  # lead id, the stage it is to go to
    step_requested = Signal(int, int)  # lead id, -1 / +1 stage
    open_requested = Signal(int)  # customer id
    drag_started = Signal(object)  # the QMimeData a card's drag carries

    def __init__(self, stage: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.stage = stage
        self.setObjectName(f"boardList_{stage}")
        self.setAccessibleName(labels.lead_stage(stage))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setUniformItemSizes(True)
        # (the selected card readable whether or not its column has the focus)
        self.setStyleSheet("QListWidget::item { border-bottom: 1px solid #d0d0d0; }"
                           "QListWidget::item:selected { background: #cde4fb; color: #000000; }")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemDoubleClicked.connect(
            lambda item: self.open_requested.emit(item.data(CustomerRole)))

    def _has(self, lead_id: int) -> bool:
        return any(self.item(row).data(LeadRole) == lead_id for row in range(self.count()))

    def _from_another(self, event) -> bool:
        """A card of the board dragged from another column."""
        lead_id = lead_of(event.mimeData())
        return lead_id is not None and not self._has(lead_id)

    def mimeData(self, items) -> QMimeData:  # noqa: N802
        """A card's drag: the lead's id (what a column dropped on reads)."""
        mime = QMimeData()
        if items:
            mime.setData(LEAD_MIME, QByteArray(str(items[0].data(LeadRole)).encode("ascii")))
        return mime

    def startDrag(self, actions) -> None:  # noqa: N802
        """Drag the current card (its id as LEAD_MIME); the card stays in its column until
        the lead has moved."""
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        self.drag_started.emit(drag.mimeData())
        drag.exec(Qt.DropAction.MoveAction)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self._from_another(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if self._from_another(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802
        """Ask for the move; the card stays where it was until the lead has moved (the
        board is then filled again), so a refused move leaves the board as it was."""
        lead_id = lead_of(event.mimeData()) if self._from_another(event) else None
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if lead_id is not None:
            self.move_requested.emit(lead_id, self.stage)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        item = self.currentItem()
        key = event.key()
        if item is not None and key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and any(
                event.modifiers() & m for m in _STEP_MODIFIERS):
            self.step_requested.emit(item.data(LeadRole), 1 if key == Qt.Key.Key_Right else -1)
            return
        if item is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit(item.data(CustomerRole))
            return
        super().keyPressEvent(event)


class LeadBoard(QWidget):
    """Columns of cards by stage, filled from a lead_lists.Board."""

    move_requested = Signal(int, str)  # lead id, stage
    open_customer = Signal(int)
    cancel_order_requested = Signal(int)  # lead id
    lost_requested = Signal(int)  # lead id

    def __init__(self, stages, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("leadBoard")
        self.stages = [str(s) for s in stages]
        self.lists: dict[str, StageList] = {}
        self.headings: dict[str, QLabel] = {}
        self.more: dict[str, QLabel] = {}
        self.message = QLabel(self)
        self.message.setObjectName("boardMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel#boardMessage { color: #a00000; }")
        self.message.hide()
        row = QHBoxLayout()
        row.setSpacing(6)
        for stage in self.stages:
            frame = QFrame(self)
            frame.setObjectName(f"boardColumn_{stage}")
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            heading = QLabel(frame)
            heading.setObjectName(f"boardHeading_{stage}")
            heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cards = StageList(stage, frame)
            cards.move_requested.connect(self.move_requested)
            cards.step_requested.connect(self._step)
            cards.open_requested.connect(self.open_customer)
            cards.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            cards.customContextMenuRequested.connect(
                lambda pos, c=cards: self._show_menu(c, pos))
            more = QLabel(frame)
            more.setObjectName(f"boardMore_{stage}")
            more.setAlignment(Qt.AlignmentFlag.AlignCenter)
            more.setStyleSheet("color: #555555;")
            column = QVBoxLayout(frame)
            column.setContentsMargins(3, 3, 3, 3)
            column.addWidget(heading)
            column.addWidget(cards, 1)
            column.addWidget(more)
            row.addWidget(frame, 1)
            self.lists[stage], self.headings[stage], self.more[stage] = cards, heading, more
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addLayout(row, 1)

    def set_board(self, board) -> None:
        """Fill the columns (the selected card stays selected when still on the board)."""
        selected = self.selected_lead()
        for column in board.columns:
            self.headings[column.stage].setText(
                self.tr("%1 (%2)").replace("%1", labels.lead_stage(column.stage))
                .replace("%2", f"{column.total:,}"))
            cards = self.lists[column.stage]
            cards.clear()
            for card in column.cards:
                cards.addItem(self._item(card))
            self.more[column.stage].setText(
                self.tr("and %n more", "", column.more) if column.more else "")
        if selected is not None:
            self.select_lead(selected)

    def _item(self, card) -> QListWidgetItem:
        quiet = self.tr("%n day(s) quiet", "", card.quiet_days)
        second = " · ".join(p for p in (card.models, card.level) if p)
        item = QListWidgetItem(f"{card.customer_name}\n{second}\n{quiet}")
        item.setData(LeadRole, card.id)
        item.setData(CustomerRole, card.customer_id)
        item.setSizeHint(QSize(0, self.fontMetrics().height() * 3 + 10))
        if card.dormant:
            item.setForeground(QBrush(DORMANT))
            item.setToolTip(self.tr("Dormant: no contact for its level's dormant days"))
        return item

    def selected_lead(self) -> int | None:
        for cards in self.lists.values():
            item = cards.currentItem()
            if item is not None and item.isSelected():
                return item.data(LeadRole)
        return None

    def select_lead(self, lead_id: int) -> bool:
        """Select the lead's card (and focus its column); False when not on the board."""
        for cards in self.lists.values():
            for row in range(cards.count()):
                if cards.item(row).data(LeadRole) == lead_id:
                    cards.setCurrentRow(row)
                    cards.setFocus()
                    return True
        return False

    def card_of(self, lead_id: int) -> tuple[str, QListWidgetItem] | None:
        """The column (stage) and card of a lead on the board."""
        for stage, cards in self.lists.items():
            for row in range(cards.count()):
                if cards.item(row).data(LeadRole) == lead_id:
                    return stage, cards.item(row)
        return None

    def _step(self, lead_id: int, step: int) -> None:
        found = self.card_of(lead_id)
        if found is None:
            return
        index = self.stages.index(found[0]) + step
        if 0 <= index < len(self.stages):
            self.move_requested.emit(lead_id, self.stages[index])

    def menu(self, lead_id: int) -> QMenu | None:
        """A card's context menu: open the card, cancel the order (an ordered lead), ask
        to close as lost (any other)."""
        found = self.card_of(lead_id)
        if found is None:
            return None
        stage, item = found
        menu = QMenu(self)
        menu.setObjectName("boardMenu")
        customer_id = item.data(CustomerRole)
        opened = menu.addAction(self.tr("Open the customer's card"))
        opened.setObjectName("boardOpenCard")
        opened.triggered.connect(lambda _=False: self.open_customer.emit(customer_id))
        menu.addSeparator()
        cancel = menu.addAction(self.tr("Cancel order…"))
        cancel.setObjectName("boardCancelOrder")
        cancel.setEnabled(stage == "ordered")
        cancel.triggered.connect(lambda _=False: self.cancel_order_requested.emit(lead_id))
        lost = menu.addAction(self.tr("Ask to close as lost…"))
        lost.setObjectName("boardAskLost")
        lost.setEnabled(stage != "ordered")
        lost.triggered.connect(lambda _=False: self.lost_requested.emit(lead_id))
        return menu

    def _show_menu(self, cards: StageList, pos: QPoint) -> None:
        item = cards.itemAt(pos)
        if item is None:
            return
        cards.setCurrentItem(item)
        menu = self.menu(item.data(LeadRole))
        if menu is not None:
            menu.exec(cards.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
