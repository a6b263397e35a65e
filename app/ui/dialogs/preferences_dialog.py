"""Preferences: language, this desk's advisor, reminder lead times, follow-up rules."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
)

from app.domain.enums import ReminderKind
from app.ui import labels
from app.ui.settings import Preferences
from app.ui.widgets.fields import fill_combo, select_data


def _days(value: int, maximum: int = 365) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setValue(value)
    return spin


class PreferencesDialog(QDialog):
    def __init__(self, preferences: Preferences, staff=(), parent=None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._preferences = preferences
        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        fill_combo(
            self.language,
            [("", self.tr("Same as the system")), ("zh_CN", "简体中文"), ("en", "English")],
        )
        select_data(self.language, preferences.language)
        note = QLabel(self.tr("A new language takes effect the next time Guanxi starts."))
        note.setWordWrap(True)
        self.desk = QComboBox(self)
        self.desk.setObjectName("deskAdvisor")
        fill_combo(self.desk, [(None, self.tr("Everyone (no advisor)")),
                               *[(s.id, s.name) for s in staff]])
        select_data(self.desk, preferences.desk_advisor_id)

        general = QGroupBox(self.tr("General"))
        form = QFormLayout(general)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(note)
        form.addRow(self.tr("This desk's advisor"), self.desk)

        leads = QGroupBox(self.tr("Remind this many days ahead"))
        lead_form = QFormLayout(leads)
        self.lead = {}
        for kind, days in preferences.lead_days.items():
            spin = _days(days)
            spin.setObjectName(f"lead_{kind.value}")
            spin.setSuffix(self.tr(" days"))
            lead_form.addRow(labels.reason(kind.value), spin)
            self.lead[ReminderKind(kind)] = spin

        rules = QGroupBox(self.tr("Follow-ups"))
        rules_form = QFormLayout(rules)
        self.expiry = _days(preferences.no_answer_expiry_days, 90)
        self.expiry.setSuffix(self.tr(" days"))
        self.escalation = _days(preferences.escalation_days, 60)
        self.escalation.setSuffix(self.tr(" days"))
        rules_form.addRow(self.tr("Keep calling after no answer for"), self.expiry)
        rules_form.addRow(self.tr("Show to the manager when overdue by"), self.escalation)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(general)
        layout.addWidget(leads)
        layout.addWidget(rules)
        layout.addWidget(buttons)

    def accept(self) -> None:
        p = self._preferences
        p.language = self.language.currentData()
        p.desk_advisor_id = self.desk.currentData()
        for kind, spin in self.lead.items():
            p.set_lead_days(kind, spin.value())
        p.no_answer_expiry_days = self.expiry.value()
        p.escalation_days = self.escalation.value()
        super().accept()
