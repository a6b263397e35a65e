"""Backups of the window's book: now (File menu), every few hours while open, and on close.

One backup at a time, off the interface thread, with a progress bar in the status bar.
Automatic backups only of a book file that takes writes (never of one found damaged or
opened to read); a book on a server is backed up on request (File → Back up now) by the
server's pg_dump, its automatic backups being the server's own to keep.

On close a backup is taken (kind "auto") when the book was written after the newest
automatic or manual backup (the book's and its -wal's times say so): every change is in a
backup once the window is closed, and closing a book nobody changed costs nothing.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEventLoop, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressBar, QProgressDialog

from app.desk.settings import Preferences
from app.domain.errors import BookError

if TYPE_CHECKING:
    from app.services.admin.backups import BackupInfo
    from app.services.admin.book import Services
    from app.services.admin.server_backup import ServerBackup

# app.services.admin.backups is imported when first used: it loads the database layer, which the
# window must not wait for before it first paints

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 10 * 60 * 1000  # is an automatic backup due?
FIRST_CHECK_MS = 60 * 1000  # after the book opens (and its check on opening is over)
RETRY_AFTER_FAILURE = timedelta(hours=1)  # an automatic backup that failed is not retried sooner
PROGRESS_STEPS = 1000


class BackupScheduler(QObject):
    """Owned by the main window; `attach(services)` when a book is open."""

    idle = Signal()  # a backup ended (written or failed)
    _progressed = Signal(int)  # from the copying threads: queued to this object's thread
    _checked = Signal()  # the check made on opening is over (from the checking thread)

    def __init__(self, window: QMainWindow, preferences: Preferences):
        super().__init__(window)
        self.setObjectName("backupScheduler")
        self._window = window
        self._preferences = preferences
        self._services: Services | None = None
        self._running: str | None = None  # the kind of the backup being written
        self._bar: QProgressBar | None = None
        self._close_dialog: QProgressDialog | None = None
        self._closing = False
        self._auto_failed_at: datetime | None = None
        self._failure_box: QMessageBox | None = None
        self._progressed.connect(self._show_progress)
        self._checked.connect(self._book_checked)
        self._timer = QTimer(self)
        self._timer.setObjectName("backupTimer")
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.back_up_if_due)
        self.last_written: BackupInfo | ServerBackup | None = None

    # ------------------------------------------------------------ the book
    def attach(self, services: Services) -> None:
        self._services = services
        self._timer.stop()
        if self.book_path is None:
            return

        def checked(_problems) -> None:
            try:
                self._checked.emit()
            except RuntimeError:  # the window closed before the check ended
                pass

        services.when_checked(checked)

    def _book_checked(self) -> None:
        QTimer.singleShot(FIRST_CHECK_MS, self, self.back_up_if_due)
        self._timer.start()

    @property
    def book_path(self) -> Path | None:
        """The book file; None before a book is open and for a book on a server."""
        return self._services.book.path if self._services is not None else None

    @property
    def server_url(self) -> str | None:
        """The address of the window's book when it is on a server, else None."""
        services = self._services
        if services is None or services.book.path is not None:
            return None
        return services.book.url

    @property
    def can_back_up(self) -> bool:
        return self.book_path is not None or self.server_url is not None

    @property
    def running(self) -> bool:
        return self._running is not None

    def folder(self) -> Path:
        """Where this book's backups go (a relative folder in Preferences: beside the book)."""
        from app.services.admin.backups import folder_for

        book = self.book_path
        assert book is not None
        configured = self._preferences.backup_folder
        if configured and not Path(configured).expanduser().is_absolute():
            configured = str(book.parent / configured)
        return folder_for(book, configured or None)

    # ------------------------------------------------------------ the three ways in
    def back_up_now(self) -> None:
        """File → Back up now: a manual backup; a failure is shown at once."""
        if not self.can_back_up:
            return
        if self.running:
            self._window.statusBar().showMessage(
                self.tr("A backup is being written already; it will be ready in a moment."), 10_000)
            return
        if self.book_path is None:
            self._start_server_dump()
            return
        self._start("manual", self._show_failure)

    def back_up_if_due(self) -> None:
        """An automatic backup, when the newest is older than the hours in Preferences."""
        services = self._services
        if services is None or self.book_path is None or not services.writable:
            return
        if self.running or self._closing:
            return
        from app.services.admin.backups import backup_due

        if (self._auto_failed_at is not None
                and datetime.now() - self._auto_failed_at < RETRY_AFTER_FAILURE):
            return
        try:
            due = backup_due(self.book_path, self.folder(), self._preferences.backup_every_hours)
        except OSError:
            due = True  # take_backup says what is wrong with the folder
        if due:
            self._start("auto", self._show_automatic_failure)

    def before_close(self) -> bool:
        """Called as the window closes, before the book is closed: waits for a backup being
        written, then takes one if Preferences ask for it and the book changed since the newest. A failure is shown and does not stop the closing. False while
        this is already under way (a second request to close)."""
        if self._closing:
            return False
        from app.services.admin.backups import changed_since, latest_backup_time

        self._timer.stop()
        services = self._services
        if services is None or self.book_path is None:
            return True
        self._closing = True
        try:
            if self.running:
                self._wait_with_dialog()
                if not shiboken6.isValid(self):
                    return True  # the window went while waiting: nothing more to do
            if not (self._preferences.backup_on_close and services.writable):
                return True
            try:
                latest = latest_backup_time(self.book_path, self.folder())
                # every change of this session is in a backup once the window is closed
                due = latest is None or changed_since(self.book_path, latest)
            except OSError:
                due = True
            if due:
                self._start("auto", self._show_failure)
                self._wait_with_dialog()
        finally:
            self._closing = False
        return True

    # ------------------------------------------------------------ running one
    def _start(self, kind: str, on_failure) -> None:
        from app.services.admin.backups import take_backup

        book, folder = self.book_path, self.folder()
        assert book is not None
        services = self._services if kind != "auto" else None
        actor = services.book.actor if services is not None else None
        self._running = kind
        self._show_bar()
        emit = self._progressed.emit

        def progress(done: int, total: int) -> None:
            try:
                emit(int(done * PROGRESS_STEPS / total) if total else 0)
            except RuntimeError:  # the window is gone; the copy goes on to its end
                pass

        def work() -> BackupInfo:
            return take_backup(book, folder, kind=kind, progress=progress, actor=actor)

        def failed(error: Exception) -> None:
            self._ended()
            if not isinstance(error, BookError):
                error = BookError("backup_failed", str(error))
            on_failure(error)

        from app.ui.ops import Op  # (not loaded before the window first shows)

        # a write: one at a time with the saves, never beside them
        Op(self, work, writes=True).success(self._written).failure(failed).run()

    def _start_server_dump(self) -> None:
        """A server book: a dump by the server's pg_dump into the Preferences' folder (an
        absolute one) or "Guanxi backups" in the home folder."""
        from app.services.admin.server_backup import default_folder, dump_server_book
        from app.ui.ops import Op

        url, folder = self.server_url, default_folder(self._preferences.backup_folder)
        self._running = "manual"
        self._show_bar()
        if self._bar is not None:
            self._bar.setRange(0, 0)  # (pg_dump tells no progress)

        def failed(error: Exception) -> None:
            self._ended()
            if not isinstance(error, BookError):
                error = BookError("server_backup_failed", str(error))
            self._show_failure(error)

        Op(self, lambda: dump_server_book(url, folder)).success(self._written) \
            .failure(failed).run()

    def _written(self, info: BackupInfo | ServerBackup) -> None:
        self.last_written = info
        self._auto_failed_at = None
        self._ended()
        # MB of 1,000,000 bytes, as the restore list and the command line count them
        size = QLocale().toString(info.size / 1_000_000, "f", 1)
        self._window.statusBar().showMessage(
            self.tr("Backup written: %1 (%2 MB, checked)").replace("%1", str(info.path))
            .replace("%2", size), 30_000)

    def _ended(self) -> None:
        self._running = None
        if self._bar is not None:
            self._window.statusBar().removeWidget(self._bar)
            self._bar.deleteLater()
            self._bar = None
        self.idle.emit()

    def _show_bar(self) -> None:
        bar = QProgressBar()
        bar.setObjectName("backupProgress")
        bar.setRange(0, PROGRESS_STEPS)
        bar.setValue(0)
        bar.setFormat(self.tr("Backing up… %p%"))
        bar.setMaximumWidth(240)
        bar.setAccessibleName(self.tr("Backup progress"))
        # a permanent widget: status messages would hide an ordinary one
        self._window.statusBar().insertPermanentWidget(0, bar)
        self._bar = bar

    def _show_progress(self, value: int) -> None:
        if self._bar is not None:
            self._bar.setValue(value)
        if self._close_dialog is not None:
            self._close_dialog.setValue(min(value, PROGRESS_STEPS - 1))

    def _wait_with_dialog(self) -> None:
        """A small modal dialog while a backup is written as the window closes, so the
        person knows why closing takes a few seconds."""
        if not self.running:
            return
        dialog = QProgressDialog(self.tr("Backing up the book before closing…"), "", 0,
                                 PROGRESS_STEPS, self._window)
        dialog.setObjectName("closingBackupDialog")
        dialog.setWindowTitle(self.tr("Guanxi"))
        dialog.setCancelButton(None)  # the backup ends on its own; closing goes on after it
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(360)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(self._bar.value() if self._bar is not None else 0)
        self._close_dialog = dialog
        loop = QEventLoop()
        self.idle.connect(loop.quit)
        # and a look now and then: an end reported before the loop ran would hang it
        watch = QTimer()
        # and if the window is deleted under the wait (a deleteLater posted before the
        # close runs in this loop), nothing will ever report: stop waiting
        watch.timeout.connect(
            lambda: None if self.running and shiboken6.isValid(self) else loop.quit())
        watch.start(100)
        try:
            dialog.show()
            if self.running:  # (it may have ended while the dialog showed)
                loop.exec()
        finally:
            watch.stop()
            self._close_dialog = None
            if shiboken6.isValid(self):
                self.idle.disconnect(loop.quit)
            if shiboken6.isValid(dialog):
                dialog.close()
                dialog.deleteLater()

    # ------------------------------------------------------------ failures
    def _show_failure(self, error: BookError) -> None:
        from app.ui.messages import book_error, book_error_detail, show_error  # (after start)

        show_error(self._window, self.tr("Backup not written"), book_error(error),
                   book_error_detail(error))

    def _show_automatic_failure(self, error: BookError) -> None:
        """Not modal: the person goes on working; one box, however often it fails."""
        from app.ui.messages import book_error  # (not loaded before the window first shows)

        self._auto_failed_at = datetime.now()
        text = book_error(error)
        self._window.statusBar().showMessage(self.tr("The automatic backup was not written."), 60_000)
        box = self._failure_box
        if box is None:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Automatic backup not written"), text,
                              QMessageBox.StandardButton.Ok, self._window)
            box.setObjectName("automaticBackupFailure")
            box.setWindowModality(Qt.WindowModality.NonModal)
            box.finished.connect(self._failure_box_closed)
            self._failure_box = box
        box.setText(text)
        box.show()

    def _failure_box_closed(self) -> None:
        if self._failure_box is not None:
            self._failure_box.deleteLater()
            self._failure_box = None
