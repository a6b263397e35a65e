"""Messages in the window: problems shown in a box, the question about unsaved changes.
The wording is app.presentation.messages' (the command line prints the same words)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.presentation.messages import (  # noqa: F401 - the window's words, from one place
    DETAIL_APART,
    book_error,
    book_error_detail,
    conflict_text,
    field_error,
    restore_failed,
    restored_text,
    server_found,
)


def show_error(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if detail:
        box.setDetailedText(detail)
    box.exec()


def ask_unsaved(parent: QWidget | None) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel for a card with changes."""
    return QMessageBox.question(
        parent,
        QCoreApplication.translate("Messages", "Unsaved changes"),
        QCoreApplication.translate("Messages", "This card has changes that are not saved. Save them?"),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
