"""The card's consents at a glance: one chip per purpose (✓ granted, with its day and
channel; ✗ not granted or withdrawn), and "Consents…" to grant or withdraw one."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QToolButton, QWidget

from app.domain.enums import ConsentPurpose
from app.presentation.consent_words import state_text, state_tip
from app.ui.ops import LatestRead

if TYPE_CHECKING:
    from app.domain.consent import ConsentState
    from app.services.customers.consents import ConsentService

GRANTED = "#2e7d32"
REFUSED = "#757575"
WITHDRAWN = "#c62828"


class ConsentLine(QWidget):
    """Reads with the card (`read_with_card`), or on its own (`show_customer`)."""

    changed = Signal(int)  # a consent of this customer was recorded from here

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cardConsents")
        self._consents: ConsentService | None = None
        self._reads = LatestRead(self)
        self.customer_id: int | None = None
        self.customer_name = ""
        self.states: dict[ConsentPurpose, ConsentState] = {}
        self.read_only = False
        # one chip per purpose, a line each (no word wrap: a wrapping label would make the
        # card's whole column ask for its preferred height); "Consents…" beside the first
        self.chips: dict[ConsentPurpose, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(0)
        for row, purpose in enumerate(ConsentPurpose):
            chip = QLabel(self)
            chip.setObjectName(f"consentChip_{purpose.value}")
            chip.setTextFormat(Qt.TextFormat.RichText)
            font = chip.font()
            font.setPointSizeF(font.pointSizeF() * 0.9)  # small chips: the calls keep their lines
            chip.setFont(font)
            chip.setMinimumWidth(1)  # a long chip is cut at the card's edge, never widens it
            self.chips[purpose] = chip
            grid.addWidget(chip, row, 0, 1, 1 if row == 0 else 2)
        self.button = QToolButton(self)
        self.button.setText(self.tr("Consents…"))
        self.button.setObjectName("consentsButton")
        self.button.setToolTip(self.tr("Grant or withdraw a consent, and see its history"))
        self.button.clicked.connect(self.open_dialog)
        grid.addWidget(self.button, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(0, 1)
        self._show(None)

    def attach(self, consents: ConsentService | None) -> None:
        self._consents = consents

    def text(self) -> str:
        """The chips as plain text (for tests and screen readers)."""
        return " · ".join(state_text(s) for s in self.states.values())

    # ------------------------------------------------------------ reading
    def read_with_card(self, customer_id: int):
        """(what to read off the interface thread, what shows it) for the card's own read."""
        self.customer_id = customer_id
        return self._reading(customer_id), self._reads.deliver_to(self._show)

    def show_customer(self, customer_id: int | None, name: str = "") -> None:
        self.customer_id = customer_id
        if name:
            self.customer_name = name
        if customer_id is None or self._consents is None:
            self._reads.deliver_to(self._show)(None)
        else:
            self._reads.run(self._reading(customer_id), self._show)

    def loading(self) -> bool:
        return self._reads.loading()

    def _reading(self, customer_id: int):
        consents = self._consents
        if consents is None:
            return lambda: None
        return lambda: consents.now(customer_id)

    def _show(self, states: Any) -> None:
        self.states = dict(states or {})
        for purpose, chip in self.chips.items():
            state = self.states.get(purpose)
            if state is None:
                chip.clear()
                chip.setToolTip("")
                continue
            colour = GRANTED if state.granted else (WITHDRAWN if state.recorded else REFUSED)
            chip.setText(f'<span style="background:{colour}; color:white;">&nbsp;'
                         f'{html.escape(state_text(state))}&nbsp;</span>')
            chip.setToolTip(state_tip(state))
        self.button.setEnabled(self.customer_id is not None and self._consents is not None
                               and bool(self.states) and not self.read_only)

    # ------------------------------------------------------------ the dialog
    def open_dialog(self) -> None:
        if self.customer_id is None or self._consents is None:
            return
        from app.ui.dialogs.consent_dialog import ConsentDialog

        dialog = ConsentDialog(self._consents, self.customer_id, self.customer_name,
                               read_only=self.read_only, parent=self)
        dialog.exec()
        if dialog.recorded:
            self.show_customer(self.customer_id)
            self.changed.emit(self.customer_id)
