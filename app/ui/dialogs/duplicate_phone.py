"""The question asked before a card is saved with a number another customer already has."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from app.presentation import labels

if TYPE_CHECKING:
    from app.domain.records import CustomerRow

SHOWN = 5  # more than this: "and n more"


class DuplicateAnswer(Enum):
    OPEN = "open"  # open the other customer's card (what was typed is dropped)
    SAVE = "save"  # save anyway (a couple, a company's switchboard…)
    CANCEL = "cancel"  # back to the card, nothing written




def describe(row: CustomerRow) -> str:
    """One line that lets the person recognise a customer: name, number, plates, advisor,
    since when, archived."""
    parts = [row.name, row.phone]
    if row.plates:
        parts.append(row.plates)
    if row.advisor_name:
        parts.append(QCoreApplication.translate("DuplicatePhone", "advisor %1").replace("%1", row.advisor_name))
    if row.created_at is not None:
        parts.append(QCoreApplication.translate("DuplicatePhone", "on file since %1").replace("%1", labels.date_text(row.created_at.date())))
    if row.archived:
        parts.append(QCoreApplication.translate("DuplicatePhone", "archived"))
    return " · ".join(p for p in parts if p)


class DuplicatePhone(QObject):
    """The question's counted words (lupdate takes plural forms from self.tr only)."""

    def more(self, count: int) -> str:
        return self.tr("… and %n more", "", count)

    def number_of(self, count: int) -> str:
        return self.tr("%1 is already the number of %n customer(s):", "", count)


def ask_duplicate_phone(parent: QWidget, numbers: str, matches: list[CustomerRow]) -> DuplicateAnswer:
    """Who already has the number, and what to do: open that card, save anyway or cancel."""
    box = QMessageBox(parent)
    box.setObjectName("duplicatePhoneBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("DuplicatePhone", "Number already on file"))
    lines = [f"• {describe(row)}" for row in matches[:SHOWN]]
    if len(matches) > SHOWN:
        lines.append(DuplicatePhone().more(len(matches) - SHOWN))
    box.setText(DuplicatePhone().number_of(len(matches)).replace("%1", numbers)
                + "\n\n" + "\n".join(lines))
    box.setInformativeText(QCoreApplication.translate("DuplicatePhone",
        "If this is the same customer, open that card (what was typed here is not saved). "
        "If two customers really share the number (a couple, a company's switchboard), "
        "save anyway. Cancel goes back to the card to change the number; nothing is saved."))
    open_button = box.addButton(QCoreApplication.translate("DuplicatePhone", "Open that card"), QMessageBox.ButtonRole.ActionRole)
    open_button.setObjectName("openExistingCard")
    save_button = box.addButton(QCoreApplication.translate("DuplicatePhone", "Save anyway"), QMessageBox.ButtonRole.AcceptRole)
    save_button.setObjectName("saveAnyway")
    cancel_button = box.addButton(QCoreApplication.translate("DuplicatePhone", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    cancel_button.setObjectName("cancelSave")
    box.setDefaultButton(open_button)
    box.setEscapeButton(cancel_button)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is open_button:
        return DuplicateAnswer.OPEN
    if clicked is save_button:
        return DuplicateAnswer.SAVE
    return DuplicateAnswer.CANCEL
