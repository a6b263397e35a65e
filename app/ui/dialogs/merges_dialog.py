"""Undoing a merge (issue 15, item 7): Tools > Undo a merge… lists every merge, newest first
(kept and merged customer, who, when, rows moved and removed, whether undone); "Undo…" asks,
then gives both customers and every row back. The card's timeline offers the same for its
customer's merges not undone (right click > Undo a merge…)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.roles import Right
from app.ui.ops import Op, failure_text
from app.ui.widgets.common import read_only_table
from app.ui.widgets.fields import ErrorBanner

if TYPE_CHECKING:
    from app.services.admin.book import Services
    from app.services.customers.merge import MergeRecord


class MergesDialog(QDialog):
    """Every merge (customer_id None), or one customer's merges not undone."""

    undone = Signal(int, int)  # kept customer, merged customer (after the undo is written)

    def __init__(self, services: Services, customer_id: int | None = None,
                 parent: QWidget | None = None, origin: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("mergesDialog")
        self.services = services
        self.customer_id = customer_id
        self._origin = origin
        self.merges: list[MergeRecord] = []
        self._names: dict[int, str] = {}
        if customer_id is None:
            self.setWindowTitle(self.tr("Undo a merge"))
        else:
            self.setWindowTitle(self.tr("Undo a merge of customer #%1")
                                .replace("%1", str(customer_id)))
        self.summary = QLabel(self.tr("Reading…"), self)
        self.summary.setObjectName("mergesSummary")
        self.summary.setWordWrap(True)
        self.banner = ErrorBanner(self)
        self.table = read_only_table(
            [self.tr("When"), self.tr("Kept customer"), self.tr("Merged customer"),
             self.tr("By"), self.tr("Rows moved"), self.tr("Rows removed"), self.tr("State")],
            "mergesTable", self)
        self.table.setAccessibleName(self.tr("Merges"))
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.undo_button = QPushButton(self.tr("&Undo…"), self)
        self.undo_button.setObjectName("mergesUndo")
        self.undo_button.setToolTip(self.tr("Give both customers and every row back as they "
                                            "were before the merge"))
        self.undo_button.clicked.connect(lambda _=False: self.undo_selected())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(980, 480)
        self._selection_changed()
        self.reload()

    # ------------------------------------------------------------------ the list
    def reload(self) -> None:
        merges, staff, who = self.services.merges, self.services.staff, self.customer_id

        def read():
            found = merges.merges(who)
            if who is not None:
                found = [m for m in found if m.undone_at is None]
            return found, {m.id: m.name for m in staff.list(active_only=False)}

        Op(self, read).success(self._arrived) \
            .failure(lambda e: self.banner.show_errors([failure_text(e)[0]])).run()

    def _arrived(self, result) -> None:
        self.merges, self._names = result
        table = self.table
        table.setUpdatesEnabled(False)
        table.setRowCount(len(self.merges))
        locale = QLocale()
        for r, m in enumerate(self.merges):
            state = (self.tr("Undone %1").replace("%1", m.undone_at.strftime("%Y-%m-%d %H:%M"))
                     if m.undone_at is not None else "")
            cells = (m.at.strftime("%Y-%m-%d %H:%M"), f"#{m.kept_id} {m.kept_name}",
                     f"#{m.merged_id} {m.merged_name}", self._who(m.staff_id),
                     locale.toString(m.moved), locale.toString(m.removed), state)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (4, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if m.undone_at is not None:
                    item.setForeground(Qt.GlobalColor.gray)
                table.setItem(r, c, item)
        table.setUpdatesEnabled(True)
        table.resizeColumnsToContents()
        count = locale.toString(len(self.merges))
        if self.customer_id is not None:
            text = (self.tr("This customer's merges that can be undone: %1.").replace("%1", count)
                    if self.merges else self.tr("This customer has no merge to undo."))
        elif self.merges:
            text = self.tr("%1 merges, newest first. Undoing one gives both customers and "
                           "every row back; work done since on the kept customer stays."
                           ).replace("%1", count)
        else:
            text = self.tr("No customers have been merged.")
        self.summary.setText(text)
        self._selection_changed()

    def _who(self, staff_id: int | None) -> str:
        if staff_id is None:
            return self.tr("(this desk)")
        return self._names.get(staff_id, f"#{staff_id}")

    def _selected(self) -> MergeRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.merges[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self._selected()
        self.undo_button.setEnabled(chosen is not None and chosen.undone_at is None
                                    and self.services.writable)

    def select_merge(self, merge_id: int) -> None:
        for r, m in enumerate(self.merges):
            if m.id == merge_id:
                self.table.selectRow(r)

    # ------------------------------------------------------------------ undoing
    def undo_selected(self) -> None:
        chosen = self._selected()
        if chosen is None or chosen.undone_at is not None or not self.services.writable:
            return
        answer = QMessageBox.question(
            self, self.tr("Undo the merge"),
            self.tr("Undo the merge of #%2 %3 into #%1 %4? Both customers are shown again "
                    "as they were, and every row moved goes back to #%2. What was done on "
                    "#%1 since the merge stays.")
            .replace("%1", str(chosen.kept_id)).replace("%2", str(chosen.merged_id))
            .replace("%3", chosen.merged_name).replace("%4", chosen.kept_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.undo_button.setEnabled(False)
        self.banner.show_errors([])
        merges, merge_id = self.services.merges, chosen.id
        note = self.tr("Merge with customer #%1 (%2) undone")  # (the service fills them in)
        Op(self, lambda: merges.undo_merge(merge_id, note=note), writes=True,
           origin=self._origin).success(self._done).failure(self._failed).run()

    def _done(self, record: MergeRecord) -> None:
        self.undone.emit(record.kept_id, record.merged_id)
        self.reload()

    def _failed(self, error: Exception) -> None:
        self.banner.show_errors([failure_text(error)[0]])
        self._selection_changed()


class CardMergeActions(QObject):
    """The card's "Undo a merge…" (its timeline's context menu): the customer's merges not
    undone. Shown only to someone with the right to merge; the service refuses the others."""

    def __init__(self, card, services: Services):
        super().__init__(card)
        self.card = card
        self._services = services
        self.dialog: MergesDialog | None = None
        self.undo_action = QAction(self.tr("Undo a merge…"), self)
        self.undo_action.setObjectName("cardUndoMerge")
        self.undo_action.triggered.connect(lambda _=False: self.undo())
        table = card.timeline_table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(
            lambda pos: self.menu().exec(table.viewport().mapToGlobal(pos)))
        card.installEventFilter(self)  # (who is at the desk may change: look again when shown)
        self.refresh()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if event.type() in (QEvent.Type.Show, QEvent.Type.WindowActivate):
            self.refresh()
        return False

    def refresh(self) -> None:
        allowed = self._services.book.actor.may(Right.REASSIGN)
        self.undo_action.setVisible(allowed)
        self.undo_action.setEnabled(allowed and self.card.customer_id() is not None
                                    and not self.card.read_only)

    def menu(self) -> QMenu:
        """The timeline's context menu, as the card is now (a customer shown or not)."""
        self.refresh()
        menu = QMenu(self.card.timeline_table)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.undo_action.isVisible():
            menu.addAction(self.undo_action)
        return menu

    def undo(self) -> MergesDialog | None:
        """The customer's merges not undone, to undo one (the card reads itself again)."""
        self.refresh()
        customer_id = self.card.customer_id()
        if not self.undo_action.isEnabled() or customer_id is None:
            return None
        if not self.card.maybe_leave(retry=self.undo):
            return None
        dialog = MergesDialog(self._services, customer_id, self.card, origin=self.card.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.undone.connect(lambda _kept, _merged: self.card.reload())
        self.dialog = dialog
        dialog.open()
        return dialog
