"""Tools > Find duplicates… (issue 15, item 7): the likely pairs of customers who are one
person, the likeliest first, each with why and a score; "Merge…" opens the merge dialog for
the chosen pair. The pairs are worked out off the interface thread (seconds on a big book)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.presentation import labels
from app.ui.dialogs.merge_dialog import MergeDialog
from app.ui.ops import Op, failure_text
from app.ui.widgets.common import read_only_table

if TYPE_CHECKING:
    from app.domain.records import CustomerRow
    from app.services.admin.book import Services
    from app.services.customers.duplicates import DuplicatePair

LIMIT = 500  # pairs listed at most (the likeliest)


@dataclass(frozen=True)
class ShownPair:
    pair: DuplicatePair
    a: CustomerRow
    b: CustomerRow


def read_pairs(services: Services, limit: int = LIMIT) -> list[ShownPair]:
    """The likely pairs with each customer's list row (phones masked as the services give
    them); run off the interface thread."""
    from app.services.customers.duplicates import find_pairs

    pairs = find_pairs(services.book, limit)
    rows = {r.id: r for r in services.customers.rows(sorted({i for p in pairs
                                                             for i in (p.a, p.b)}))}
    return [ShownPair(p, rows[p.a], rows[p.b]) for p in pairs if p.a in rows and p.b in rows]


class DuplicatesDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Find duplicates"))
        self.services = services
        self.pairs: list[ShownPair] = []
        self.merge_dialog: MergeDialog | None = None
        self._reading: Op | None = None

        self.summary = QLabel(self)
        self.summary.setObjectName("duplicatesSummary")
        self.summary.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("duplicatesBusy")
        self.busy.setRange(0, 0)  # busy, how far not known
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(200)
        self.busy.setAccessibleName(self.tr("Looking for duplicates"))
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.busy)
        self.table = read_only_table(
            [self.tr("First customer"), self.tr("Mobile"), self.tr("Second customer"),
             self.tr("Mobile"), self.tr("Score"), self.tr("Why alike")],
            "duplicatesTable", self)
        self.table.setAccessibleName(self.tr("Likely duplicates"))
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.merge_selected())
        self.merge_button = QPushButton(self.tr("&Merge…"), self)
        self.merge_button.setObjectName("duplicatesMerge")
        self.merge_button.setToolTip(self.tr("Merge the two customers, choosing which "
                                             "details to keep"))
        self.merge_button.clicked.connect(lambda _=False: self.merge_selected())
        self.reload_button = QPushButton(self.tr("Look &again"), self)
        self.reload_button.setObjectName("duplicatesReload")
        self.reload_button.clicked.connect(lambda _=False: self.reload())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1060, 600)
        self._selection_changed()
        self.reload()

    # ------------------------------------------------------------------ the pairs
    def reload(self) -> None:
        if self._reading is not None and self._reading.running:
            return
        self.summary.setText(self.tr("Looking for customers who may be one person…"))
        self.busy.show()
        self.reload_button.setEnabled(False)
        services = self.services
        self._reading = Op(self, lambda: read_pairs(services)).success(self._arrived) \
            .failure(self._failed).run()

    def loading(self) -> bool:
        return self._reading is not None and self._reading.running

    def _failed(self, error: Exception) -> None:
        self.busy.hide()
        self.reload_button.setEnabled(True)
        self.summary.setText(failure_text(error)[0])

    def _arrived(self, pairs: list[ShownPair]) -> None:
        self.busy.hide()
        self.reload_button.setEnabled(True)
        self.pairs = list(pairs)
        self._fill()

    def _fill(self) -> None:
        table = self.table
        table.setUpdatesEnabled(False)
        table.setRowCount(len(self.pairs))
        for r, shown in enumerate(self.pairs):
            cells = (_who(shown.a), shown.a.phone, _who(shown.b), shown.b.phone,
                     str(shown.pair.score),
                     ", ".join(labels.duplicate_reason(x) for x in shown.pair.reasons))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        table.setUpdatesEnabled(True)
        table.resizeColumnsToContents()
        count = QLocale().toString(len(self.pairs))
        if not self.pairs:
            text = self.tr("No likely duplicates found among the active customers.")
        elif len(self.pairs) >= LIMIT:
            text = self.tr("The %1 likeliest pairs of customers who may be one person, the "
                           "likeliest first. Merge those that are; the rest are listed again "
                           "after a merge.").replace("%1", count)
        else:
            text = self.tr("%1 pairs of customers who may be one person, the likeliest "
                           "first. Choose a pair and Merge… those that are.").replace("%1", count)
        self.summary.setText(text)
        self._selection_changed()

    def _selected(self) -> ShownPair | None:
        rows = self.table.selectionModel().selectedRows()
        return self.pairs[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self.merge_button.setEnabled(self._selected() is not None
                                     and self.services.writable)

    # ------------------------------------------------------------------ merging
    def merge_selected(self) -> MergeDialog | None:
        """The merge dialog for the chosen pair (window-modal; the list follows its merge)."""
        chosen = self._selected()
        if chosen is None or not self.services.writable:
            return None
        dialog = MergeDialog(self.services, chosen.a.id, chosen.b.id, self,
                             origin=self.parent())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self._merged)
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    def _merged(self, kept_id: int, merged_id: int) -> None:
        """The merged customer is archived: every pair they were in goes."""
        self.pairs = [p for p in self.pairs
                      if merged_id not in (p.pair.a, p.pair.b)
                      and {p.pair.a, p.pair.b} != {kept_id, merged_id}]
        self._fill()


def _who(row: CustomerRow) -> str:
    return f"#{row.id} {row.name}"
