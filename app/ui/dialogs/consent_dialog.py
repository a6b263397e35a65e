"""A customer's consents: each purpose now, grant or withdraw one (date, channel, note),
and the history of every grant and withdrawal (who recorded it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.domain.enums import ConsentChannel, ConsentPurpose
from app.presentation import labels
from app.presentation.consent_words import rules_text, state_text
from app.ui.ops import Op, show_failure
from app.ui.widgets.fields import fill_combo

if TYPE_CHECKING:
    from app.domain.consent import ConsentEntry, ConsentState
    from app.services.customers.consents import ConsentService

NOTE_LENGTH = 200  # consents.note


class ConsentDialog(QDialog):
    def __init__(self, consents: ConsentService, customer_id: int, customer_name: str = "",
                 *, read_only: bool = False, parent=None):
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self._consents = consents
        self.customer_id = customer_id
        self.recorded = False  # something was recorded (the card reads its fields again)
        self.states: dict[ConsentPurpose, ConsentState] = {}
        self.entries: list[ConsentEntry] = []
        self.setWindowTitle(self.tr("Consents of %1").replace("%1", customer_name)
                            if customer_name else self.tr("Consents"))

        self.now_label = QLabel(self)
        self.now_label.setObjectName("consentNow")
        self.now_label.setWordWrap(True)
        rule = QLabel(rules_text(), self)
        rule.setWordWrap(True)
        rule.setStyleSheet("color: palette(mid);")

        self.purpose = QComboBox(self)
        self.purpose.setObjectName("consentPurpose")
        fill_combo(self.purpose, [(p, labels.consent_purpose(p)) for p in ConsentPurpose])
        self.purpose.setCurrentIndex(self.purpose.findData(ConsentPurpose.MARKETING))
        self.decision = QComboBox(self)
        self.decision.setObjectName("consentDecision")
        fill_combo(self.decision, [(True, self.tr("Granted")), (False, self.tr("Withdrawn"))])
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setObjectName("consentDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMaximumDate(QDate.currentDate())
        self.channel = QComboBox(self)
        self.channel.setObjectName("consentChannel")
        fill_combo(self.channel, [(c, labels.consent_channel(c)) for c in ConsentChannel])
        self.note = QLineEdit(self)
        self.note.setObjectName("consentNote")
        self.note.setMaxLength(NOTE_LENGTH)
        self.note.setPlaceholderText(self.tr("e.g. signed at delivery, asked on the phone"))
        self.record_button = QPushButton(self.tr("Record"), self)
        self.record_button.setObjectName("consentRecord")
        self.record_button.clicked.connect(self.record)
        self.purpose.currentIndexChanged.connect(self._offer_change)

        change = QGroupBox(self.tr("Grant or withdraw"), self)
        form = QFormLayout(change)
        form.addRow(self.tr("Purpose"), self.purpose)
        both = QHBoxLayout()
        both.addWidget(self.decision)
        both.addWidget(QLabel(self.tr("on")))
        both.addWidget(self.day)
        both.addWidget(QLabel(self.tr("by")))
        both.addWidget(self.channel, 1)
        form.addRow(self.tr("Decision"), both)
        form.addRow(self.tr("Note"), self.note)
        form.addRow("", self.record_button)

        self.history = QTableWidget(0, 6, self)
        self.history.setObjectName("consentHistory")
        self.history.setAccessibleName(self.tr("Consent history"))
        self.history.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Purpose"), self.tr("Granted or withdrawn"),
            self.tr("Channel"), self.tr("Recorded by"), self.tr("Note")])
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.now_label)
        layout.addWidget(rule)
        layout.addWidget(change)
        layout.addWidget(QLabel(self.tr("History (newest first)"), self))
        layout.addWidget(self.history, 1)
        layout.addWidget(buttons)
        if read_only:
            change.setEnabled(False)
        self.resize(760, 620)
        self.reload()

    # ------------------------------------------------------------ reading
    def reload(self) -> None:
        consents, customer_id = self._consents, self.customer_id
        Op(self, lambda: (consents.now(customer_id), consents.history(customer_id))).success(
            self._show).failure(lambda error: show_failure(self, error, self.windowTitle())).run()

    def _show(self, read) -> None:
        self.states, self.entries = dict(read[0]), list(read[1])
        self.now_label.setText("<br>".join(state_text(s) for s in self.states.values()))
        self.history.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = (labels.date_text(entry.on_day), labels.consent_purpose(entry.purpose),
                     self.tr("Granted") if entry.granted else self.tr("Withdrawn"),
                     labels.consent_channel(entry.channel) if entry.channel else "",
                     entry.staff_name, entry.note)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setForeground(Qt.GlobalColor.darkGreen if entry.granted
                                       else Qt.GlobalColor.darkRed)
                self.history.setItem(row, column, item)
        self._offer_change()

    def _offer_change(self) -> None:
        """The decision offered is the change: withdraw what is granted, grant what is not."""
        state = self.states.get(self.purpose.currentData())
        if state is not None:
            self.decision.setCurrentIndex(self.decision.findData(not state.granted))

    # ------------------------------------------------------------ writing
    def record(self) -> None:
        consents, customer_id = self._consents, self.customer_id
        purpose, granted = self.purpose.currentData(), bool(self.decision.currentData())
        day, channel = self.day.date().toPython(), self.channel.currentData()
        note = self.note.text()

        def done(_result) -> None:
            self.recorded = True
            self.note.clear()
            self.reload()

        Op(self, lambda: consents.set(customer_id, purpose, granted, day, channel, note),
           writes=True).success(done).failure(
            lambda error: show_failure(self, error, self.tr("Not recorded"))).run()
