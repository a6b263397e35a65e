"""File → Restore from a backup…: the book's backups, newest first, and the one to put back.

The dialog only chooses (and asks for confirmation); the restore itself, with the book
closed and a progress bar, is done by whoever opened it (app.bootstrap). A backup kept
elsewhere (a USB drive, `guanxi backup --to elsewhere`) is chosen with Browse…, through the
safe file dialog that never opens the files it lists (SQLite's locks on the book would be
dropped otherwise).
"""

from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QPalette
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
from app.services.admin.backups import BackupInfo, customers_in, list_backups, verify_backup
from app.ui.ops import Op
from app.ui.widgets.save_dialog import OpenDialog

_NAME_STAMP = re.compile(r"(\d{8}-\d{6})")


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


def file_backup(path: Path) -> BackupInfo:
    """A backup file chosen with Browse…: taken when its name says (Guanxi's backups carry
    the moment in their name), else when the file was last written. Reads no content."""
    stat = path.stat()
    taken = datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0)
    match = _NAME_STAMP.search(path.name)
    if match:
        try:
            taken = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
        except ValueError:
            pass
    return BackupInfo(path, taken, "file", stat.st_size)


def is_the_book(path: Path, book_path: Path) -> bool:
    """The book itself, or one of its working files (-wal, -shm, -journal): never a backup.
    Decided from names and file identities only: nothing is opened (closing a descriptor
    of the book or its -shm would drop this desk's SQLite locks)."""
    for name in ("", "-wal", "-shm", "-journal"):
        own = book_path.with_name(book_path.name + name)
        if os.path.realpath(path) == os.path.realpath(own):
            return True
        try:
            if own.exists() and os.path.samefile(path, own):  # a hard link, another mount
                return True
        except OSError:
            pass
    return False


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
        self.folder = folder
        self.chosen: BackupInfo | None = None
        self._person_chose = False  # once they pick a row, the selection is theirs
        self._selecting = False
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
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.browse_button.setObjectName("browseButton")
        self.browse_button.setToolTip(self.tr(
            "Restore from a backup file kept elsewhere: a USB drive, another folder."))
        buttons.addButton(self.browse_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.browse_button.setAutoDefault(False)  # Enter restores the chosen row (after asking)
        self.browse_button.clicked.connect(self.browse)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.restore_button.setDefault(True)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.pressed.connect(self._chosen_by_person)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(720, 420)
        if self.backups:
            self._select(0)  # the newest, until the counts say whether it can be read
            paths = [b.path for b in self.backups]
            # each backup opened read-only: off the interface thread, the dialog shows at once
            Op(self, lambda: [customers_in(p) for p in paths]).success(
                self._show_counts).failure(lambda _error: None).run()

    def _select(self, row: int | None) -> None:
        """Selects a row (None: none) for the person, who has not chosen yet."""
        self._selecting = True
        try:
            if row is None:
                self.table.clearSelection()
            else:
                self.table.selectRow(row)
        finally:
            self._selecting = False
        self.restore_button.setEnabled(self.selected() is not None)

    def _selection_changed(self) -> None:
        if not self._selecting:
            self._person_chose = True
        self.restore_button.setEnabled(self.selected() is not None)

    def _chosen_by_person(self, _index=None) -> None:
        self._person_chose = True

    def _show_counts(self, counts: list[int | None]) -> None:
        locale = QLocale()
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for row, (backup, count) in enumerate(zip(self.backups, counts, strict=True)):
            self.counts[backup.path] = count
            text = self.tr("unreadable") if count is None else locale.toString(count)
            self.table.item(row, 3).setText(text)
            if count is None:
                tip = self.tr("This backup cannot be read: it is damaged, or it is not a Guanxi "
                              "book. A restore from it would be refused.")
                for column in range(self.COLUMNS):
                    item = self.table.item(row, column)
                    item.setForeground(grey)
                    item.setToolTip(f"{tip}\n{backup.path}")
        if not self._person_chose:
            # the newest that can be read, not a damaged book set aside by an earlier restore
            current = self.selected()
            if current is None or self.counts.get(current.path) is None:
                readable = [row for row, b in enumerate(self.backups)
                            if self.counts.get(b.path) is not None]
                self._select(readable[0] if readable else None)

    def selected(self) -> BackupInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.backups[min(rows)] if rows else None

    def confirm(self, backup: BackupInfo, unreadable: bool = False) -> bool:
        """Asks before the book is replaced; warns when the backup could not be read."""
        if backup.kind == "file":
            text = self.tr("Put the backup file %1 in the book's place?\n\nThe book as it is now "
                           "is closed and kept aside, renamed, next to it: nothing is deleted. "
                           "What was written after this backup will not be in the restored book.")
            text = text.replace("%1", str(backup.path))
        else:
            text = self.tr("Put the backup of %1 (%2) in the book's place?\n\nThe book as it is "
                           "now is closed and kept aside, renamed, next to it: nothing is deleted. "
                           "What was written after this backup will not be in the restored book.")
            text = text.replace("%1", taken_text(backup)).replace("%2", kind_text(backup.kind))
        if unreadable:
            text += "\n\n" + self.tr(
                "Warning: this backup could not be read. It may be damaged, or not a Guanxi "
                "book: the restore will most likely be refused, and the book left as it is.")
        box = QMessageBox(
            QMessageBox.Icon.Warning if unreadable else QMessageBox.Icon.Question,
            self.tr("Restore from a backup"),
            text,
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
        if backup is None:
            return
        # (a count not known yet is not a warning: the restore checks the backup anyway)
        unreadable = backup.path in self.counts and self.counts[backup.path] is None
        if not self.confirm(backup, unreadable):
            return
        self.chosen = backup
        self.accept()

    # ------------------------------------------------------------ a backup file elsewhere
    def browse(self) -> None:
        """Browse…: a backup file anywhere, through the dialog that never opens what it lists."""
        start = self.folder if self.folder and Path(self.folder).is_dir() else str(self.book_path.parent)
        dialog = OpenDialog(self, self.tr("Restore from a backup file"), start,
                            [self.tr("Guanxi backups (*.bak *.db)"), self.tr("All files (*)")])
        dialog.setObjectName("browseBackup")
        dialog.fileSelected.connect(lambda name: self.restore_file(Path(name)))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()

    def restore_file(self, path: Path) -> None:
        """The same confirm-and-restore as a row of the list, for a file chosen with Browse…;
        the book itself (or one of its working files) is refused before anything is read."""
        if is_the_book(path, self.book_path):
            self._refuse(self.tr("This file is the book itself (or one of its working files), "
                                 "not a backup of it. Nothing was changed.\n\nChoose a backup "
                                 "of the book: its name usually ends in .bak."))
            return
        try:
            backup = file_backup(path)
        except OSError:
            self._refuse(self.tr("This file cannot be found or read any more. Nothing was "
                                 "changed.\n\nCheck that the drive holding it is still "
                                 "connected, then choose it again."))
            return
        self.browse_button.setEnabled(False)
        # read off the interface thread (a USB drive may be slow), then asked about
        Op(self, lambda: customers_in(backup.path)).success(
            lambda count: self._confirm_file(backup, count)).failure(
            lambda _error: self._confirm_file(backup, None)).run()

    def _confirm_file(self, backup: BackupInfo, count: int | None) -> None:
        self.browse_button.setEnabled(True)
        if not self.confirm(backup, unreadable=count is None):
            return
        self.chosen = backup
        self.accept()

    def _refuse(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore from a backup"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("restoreRefused")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
