"""Preferences: the interface language (more options arrive with later features)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from app.ui.settings import Preferences
from app.ui.widgets.fields import fill_combo, select_data


class PreferencesDialog(QDialog):
    def __init__(self, preferences: Preferences, parent=None):
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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(note)
        form.addRow(buttons)

    def accept(self) -> None:
        self._preferences.language = self.language.currentData()
        super().accept()
