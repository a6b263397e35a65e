"""File → Restore from a backup…: the book's backups, newest first, and the one to put back.

The dialog only chooses (and asks for confirmation); the restore itself, with the book
closed and a progress bar, is done by whoever opened it (app.bootstrap).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.domain.errors import BookError
from app.services.backups import BackupInfo, customers_in, list_backups, verify_backup
from app.ui.tasks import Task


def newest_good_backup(book_path: Path, folder: str | Path | None = None) -> BackupInfo:
    """The newest backup that passes its check (each one is read: off the interface
    thread); BookError("backup_none") when there is none."""
    for backup in list_backups(book_path, folder or None):  # newest first
        try:
            verify_backup(backup.path)
        except BookError:
            continue
        return backup
    raise BookError("backup_none", str(book_path))


def kind_text(kind: str) -> str:
    """What a backup was taken for, in words."""
    texts = {
        "auto": QCoreApplication.translate("RestoreDialog", "Automatic"),
        "manual": QCoreApplication.translate("RestoreDialog", "Manual"),
        "before-upgrade": QCoreApplication.translate("RestoreDialog", "Before an upgrade"),
        "before-restore": QCoreApplication.translate("RestoreDialog", "Before a restore"),
        "before-import": QCoreApplication.translate("RestoreDialog", "Before an import"),
        "before-merge": QCoreApplication.translate("RestoreDialog", "Before a merge"),
        "replaced": QCoreApplication.translate("RestoreDialog", "The book set aside by a restore"),
    }
    return texts.get(kind, kind)


def taken_text(backup: BackupInfo) -> str:
    return backup.taken_at.strftime("%Y-%m-%d %H:%M:%S")


def size_text(size: int) -> str:
    megabytes = QLocale().toString(size / 1_000_000, "f", 1)
    return QCoreApplication.translate("RestoreDialog", "%1 MB").replace("%1", megabytes)


class RestoreDialog(QDialog):
    """The backups of one book; `chosen` is the backup to restore once accepted."""

    COLUMNS = 4  # taken, kind, size, customers

    def __init__(self, book_path: Path, folder: str | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.book_path = book_path
        self.chosen: BackupInfo | None = None
        self.backups = list_backups(book_path, folder or None)  # a folder listing: quick
        self.counts: dict[Path, int | None] = {}

        intro = QLabel(self.tr(
            "Choose the backup to put in the book's place. The book as it is now is kept aside "
            "(renamed, never deleted) next to it, and the window opens again on the restored "
            "book. What was written after the backup is not in it."))
        intro.setObjectName("restoreIntro")
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.backups), self.COLUMNS, self)
        self.table.setObjectName("backupTable")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Taken"), self.tr("Kind"), self.tr("Size"), self.tr("Customers")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, backup in enumerate(self.backups):
            cells = (taken_text(backup), kind_text(backup.kind), size_text(backup.size), "…")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(backup.path))
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.empty = QLabel(self.tr("No backups of this book were found, neither in its backups "
                                    "folder nor beside it."))
        self.empty.setObjectName("noBackups")
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self.backups)
        self.table.setVisible(bool(self.backups))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(self.selected() is not None))
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(720, 420)
        if self.backups:
            self.table.selectRow(0)
            paths = [b.path for b in self.backups]
            # each backup opened read-only: off the interface thread, the dialog shows at once
            Task(self, lambda: [customers_in(p) for p in paths], self._show_counts).run()

    def _show_counts(self, counts: list[int | None]) -> None:
        locale = QLocale()
        for row, (backup, count) in enumerate(zip(self.backups, counts, strict=True)):
            self.counts[backup.path] = count
            text = self.tr("unreadable") if count is None else locale.toString(count)
            self.table.item(row, 3).setText(text)

    def selected(self) -> BackupInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.backups[min(rows)] if rows else None

    def confirm(self, backup: BackupInfo) -> bool:
        """Asks before the book is replaced."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore from a backup"),
            self.tr("Put the backup of %1 (%2) in the book's place?\n\nThe book as it is now is "
                    "closed and kept aside, renamed, next to it: nothing is deleted. What was "
                    "written after this backup will not be in the restored book.")
            .replace("%1", taken_text(backup)).replace("%2", kind_text(backup.kind)),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmRestore")
        yes = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None or not self.confirm(backup):
            return
        self.chosen = backup
        self.accept()
