"""The card's two actions on a person's data (owner only, issue 14): "Export this person's
data…" and "Erase this person…", in a Privacy button on the card's header (and the
Customer menu). Shown only to someone with the right; the services refuse anyone else."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton

from app.domain.roles import Right
from app.ui.dialogs.erase_dialog import ask_and_erase, ask_and_export


class PersonDataActions(QObject):
    def __init__(self, card, services):
        super().__init__(card)
        self.card = card
        self._services = services
        self.export_action = QAction(self.tr("Export this person's data…"), self)
        self.export_action.setObjectName("exportPersonData")
        self.export_action.triggered.connect(self.export)
        self.erase_action = QAction(self.tr("Erase this person…"), self)
        self.erase_action.setObjectName("erasePerson")
        self.erase_action.triggered.connect(self.erase)
        menu = QMenu(card)
        menu.addAction(self.export_action)
        menu.addAction(self.erase_action)
        menu.aboutToShow.connect(self.refresh)
        self.button = QToolButton(card)
        self.button.setObjectName("cardPrivacy")
        self.button.setText(self.tr("Privacy"))
        self.button.setToolTip(self.tr("This person's data: export it, or erase it on request"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(menu)
        card.header.addWidget(self.button)
        card.installEventFilter(self)  # (who is at the desk may change: look again when shown)
        self.refresh()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if event.type() in (QEvent.Type.Show, QEvent.Type.WindowActivate):
            self.refresh()
        return False

    def refresh(self) -> None:
        actor = self._services.book.actor
        may_export, may_erase = actor.may(Right.PERSON_DATA), actor.may(Right.ERASE)
        shown = self.card.customer_id() is not None
        self.export_action.setEnabled(may_export and shown)
        self.erase_action.setEnabled(may_erase and shown and not self.card.read_only)
        self.export_action.setVisible(may_export)
        self.erase_action.setVisible(may_erase)
        self.button.setVisible(may_export or may_erase)

    def export(self) -> None:
        self.refresh()
        if self.export_action.isEnabled():
            ask_and_export(self.card, self._services.book, self.card.customer_id())

    def erase(self) -> None:
        self.refresh()
        if not self.erase_action.isEnabled() or not self.card.maybe_leave(retry=self.erase):
            return
        record = self.card._card.customer
        ask_and_erase(self.card, self._services.erasure, record.id, record.name, self._erased)

    def _erased(self, customer_id: int) -> None:
        self.card.show_customer(customer_id)
        self.card.archived_changed.emit(customer_id)  # the list shows the placeholder
