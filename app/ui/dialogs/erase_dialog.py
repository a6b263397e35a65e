"""Erasing a person and exporting their data, from the card and the retention review (issue
14, must-have 7). Erasing asks twice: the reason (kept in the audit log), then a dialog that
says what goes and what stays and wants the customer's name typed before its Erase button
is enabled. The work runs in the background (app.ui.ops)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.services.admin.erase import ErasureService, placeholder
from app.ui.ops import Op


class EraseConfirmDialog(QDialog):
    """The second question: what erasing means, and the customer's name typed to confirm."""

    def __init__(self, name: str, customer_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("eraseConfirmDialog")
        self.setWindowTitle(self.tr("Erase this person"))
        self._name = name.strip()
        words = QLabel(self.tr(
            "<p><b>Erase %1 (customer %2) for good?</b></p>"
            "<p>Removed from the book: the name, phone numbers, WeChat, e-mail, address, "
            "birthday, notes, family members and dates, what the timeline, follow-ups and "
            "visits say, and the VIN and plate of their cars. They will not be found by any "
            "search, and the card will show %3.</p>"
            "<p>Kept for the statistics: visits, amounts, dates, counts and advisors.</p>"
            "<p><b>Backups taken before still hold this person</b>: delete or replace them "
            "if the request covers them. This cannot be undone.</p>")
            .replace("%1", _escaped(self._name)).replace("%2", str(customer_id))
            .replace("%3", placeholder(customer_id)))
        words.setObjectName("eraseWords")
        words.setWordWrap(True)
        words.setTextFormat(Qt.TextFormat.RichText)
        ask = QLabel(self.tr("Type the customer's name to confirm:"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("eraseTypedName")
        self.name_edit.setAccessibleName(self.tr("The customer's name, typed to confirm"))
        ask.setBuddy(self.name_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(self.tr("Erase"),
                                                   QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(
            lambda text: self.erase_button.setEnabled(text.strip() == self._name))
        layout = QVBoxLayout(self)
        layout.addWidget(words)
        layout.addWidget(ask)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ask_and_erase(parent: QWidget, erasure: ErasureService, customer_id: int, name: str,
                  done: Callable[[int], None]) -> None:
    """Ask for the reason, then for the name typed; erase in the background; `done(id)`
    once erased."""
    title = QCoreApplication.translate("EraseDialog", "Erase this person")
    if name.strip() == placeholder(customer_id):
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "EraseDialog", "This person's data has already been erased."))
        return
    question = QCoreApplication.translate(
        "EraseDialog", "Why is %1's data erased? (kept in the audit log; for example, "
        "\"asked in writing on 3 May\")").replace("%1", name)
    reason, ok = QInputDialog.getText(parent, title, question)
    if not ok:
        return
    if not reason.strip():
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "EraseDialog", "Nothing was erased: a reason is needed."))
        return
    dialog = EraseConfirmDialog(name, customer_id, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return

    def erased(_result) -> None:
        done(customer_id)
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "EraseDialog", "Erased. The card now shows %1; visits, amounts and counts are "
            "kept. Backups taken before still hold this person.")
            .replace("%1", placeholder(customer_id)))

    Op(parent, lambda: erasure.erase(customer_id, reason), writes=True).with_progress(
        QCoreApplication.translate("EraseDialog", "Erasing…")).success(erased).run()


def ask_and_export(parent: QWidget, book, customer_id: int) -> None:
    """Choose a folder; write the person's data there (JSON and workbook) in the background."""
    from app.services.admin.privacy import write_person_data

    title = QCoreApplication.translate("EraseDialog", "Export this person's data")
    folder = QFileDialog.getExistingDirectory(parent, title)
    if not folder:
        return

    def written(result) -> None:
        json_path, book_path, rows = result
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "EraseDialog", "Everything the book holds about this person (%1 rows) was "
            "written to %2 and %3.").replace("%1", str(rows)).replace("%2", str(json_path))
            .replace("%3", str(book_path)))

    Op(parent, lambda: write_person_data(book, customer_id, folder), writes=True).with_progress(
        QCoreApplication.translate("EraseDialog", "Exporting…")).success(written).run()
