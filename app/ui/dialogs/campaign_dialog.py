"""Put a whole list of customers (a segment) on the call sheets: the day and what to say."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)


class CampaignDialog(QDialog):
    def __init__(self, count: int, parent=None):
        super().__init__(parent)
        self.setObjectName("campaignDialog")
        self.setWindowTitle(self.tr("Call these customers"))
        intro = QLabel(self.tr(
            "A call for each of the %n customer(s) listed goes on the call sheet of their "
            "advisor from the day chosen (customers with such a call still open are skipped).",
            "", count) + " " + self.tr(
            "Customers who have not agreed to marketing are skipped (PIPL)."))
        intro.setWordWrap(True)
        self.due = QDateEdit(QDate.currentDate(), self)
        self.due.setObjectName("campaignDue")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.note = QLineEdit(self)
        self.note.setObjectName("campaignNote")
        self.note.setPlaceholderText(self.tr("e.g. thank-you call, spring maintenance offer"))
        form = QFormLayout()
        form.addRow(self.tr("From"), self.due)
        form.addRow(self.tr("Note for the advisor"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, 0)

    def due_date(self) -> date:
        return self.due.date().toPython()

    def notes(self) -> str:
        return self.note.text().strip()
