"""The one place that wires settings → book → services → window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressBar, QProgressDialog

from app.desk.book_lock import BookLock, book_file, try_lock_book
from app.desk.settings import APPLICATION, ORGANIZATION, Preferences
from app.domain.errors import BookError
from app.render.fonts import apply_cjk_font
from app.render.language import setup_language
from app.ui.main_window import MainWindow
from app.ui.style import APP_STYLE

if TYPE_CHECKING:
    from app.domain.desk_rules import Rules
    from app.services.admin.book import Services

log = logging.getLogger(__name__)

__all__ = ["BookLock", "build_main_window", "refuse_second_copy", "run_window", "setup_language",
           "start_window", "try_lock_book"]


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION)
        app = QApplication(sys.argv[:1])
    return app  # type: ignore[return-value]


def build_main_window(
    db_url: str,
    *,
    language: str | None = None,
    settings: QSettings | None = None,
    services: Services | None = None,
    defer_book: bool = False,
    ask_who: bool = False,
    login: str | None = None,
) -> MainWindow:
    """The complete main window over a book, without starting the event loop.

    With defer_book the window is returned before the book is opened; the book opens
    (and the list fills) on the event loop's first turn, so the window shows at once.
    A book that cannot be opened is reported through `on_book_error`.

    Who is at the desk, once the book is open and before the window shows it: with
    GUANXI_USER (or `login`) and GUANXI_PASSWORD set, that person signs in (a refusal is
    shown, and the window does not open the book); else with `ask_who` (the real start) the
    sign-in dialog asks (a book without accounts asks for its owner's first; Quit ends the
    program); else nobody signs in and the desk's advisor writes (Preferences).
    """
    app = ensure_application()
    preferences = Preferences(settings)
    setup_language(app, language or preferences.language)
    if not getattr(app, "_guanxi_font", False):
        apply_cjk_font(app)
        app._guanxi_font = True
    window = MainWindow(None, preferences)
    window._guanxi_book = db_url  # what to open again after a restore
    window._guanxi_ask_who = ask_who
    window._guanxi_login = login
    if defer_book and services is None:
        window.installEventFilter(_OpenAfterFirstPaint(window, db_url))
    elif not _attach(window, services or _open(db_url, preferences.rules)):
        window.close()  # (nobody signed in: the window has no book)
    return window


class _OpenAfterFirstPaint(QObject):
    """Opens the book once the window has been painted, so the person sees it at once."""

    def __init__(self, window: MainWindow, db_url: str):
        super().__init__(window)
        self._window = window
        self._db_url = db_url

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, lambda: _open_into(self._window, self._db_url))
        return False


def _open(db_url: str, rules: Rules) -> Services:
    """The services over the book, built with the store's rules (Preferences)."""
    from app.services.admin.book import open_book  # loads SQLAlchemy: after the window shows

    return open_book(db_url, rules=rules)


def _attach(window: MainWindow, services: Services) -> bool:
    """The window over the open book, once the person at the desk signed in (False, and
    the book closed, when nobody did)."""
    _style(QApplication.instance())
    try:
        signed_in = _who_is_at_desk(window, services)
    except BaseException:
        _close(services)
        raise
    if not signed_in:
        _close(services)
        return False
    window.attach(services)
    window.destroyed.connect(lambda *_: _close(services))
    if not getattr(window, "_guanxi_wired", False):
        window._guanxi_wired = True
        window.restore_requested.connect(lambda: _restore_from_menu(window))
    _Verdict(window, services)
    return True


def _who_is_at_desk(window: MainWindow, services: Services) -> bool:
    """The person at the desk signs in (build_main_window says how); False when nobody
    did and the window must not open the book."""
    import os

    from app.domain.errors import SignInRefused
    from app.presentation.messages import sign_in_refused

    ask = getattr(window, "_guanxi_ask_who", False)
    login = getattr(window, "_guanxi_login", None) or os.environ.get("GUANXI_USER") or ""
    password = os.environ.get("GUANXI_PASSWORD")
    problem = ""
    if login and password is not None:  # a script's or a test's sign-in: no dialog
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            actor = services.accounts.sign_in(login, password)
        except SignInRefused as exc:
            problem = sign_in_refused(exc.code, exc.wait_seconds)
        else:
            window.session.signed_in(actor, login.strip(), services)
            return True
        finally:
            QApplication.restoreOverrideCursor()
        log.info("the sign-in of GUANXI_USER was refused")
        if not ask:
            from app.ui.messages import show_error

            show_error(window, QCoreApplication.translate("Bootstrap", "Sign in"), problem)
            return False
    if not ask:
        return True
    if services.accounts.needs_owner():
        if not services.writable:  # (a damaged book opened to read: no account can be made)
            return True
        return window.session.ask_owner_first(services)
    return window.session.ask(switching=False, problem=problem, login=login,
                              services=services)


def _style(app: QApplication) -> None:
    """The style sheet that marks invalid fields, once the book is there (only the card and
    the dialogs have such fields): an application style sheet makes every widget slower
    to lay out and paint, and the window's first paint does not need it."""
    if not getattr(app, "_guanxi_styled", False):
        app.setStyleSheet(APP_STYLE)
        app._guanxi_styled = True


def _close(services: Services) -> None:
    """Close a book once (the window's end, or before a restore puts a backup in its place);
    afterwards nothing (an automatic backup, a second close) may write to it."""
    if services.__dict__.get("_closed"):
        return
    services.__dict__["_closed"] = True
    try:
        services.close()
    except Exception:  # noqa: BLE001 - a book that cannot be closed cleanly is still left
        log.exception("closing %s", services.location)
    services.book.refuse_writes = services.book.refuse_writes or "read_only_open"


def _open_into(window: MainWindow, db_url: str) -> bool:
    """Open the book into the window; False (and the person told) when it cannot be."""
    from app.ui.messages import book_error

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        services = _open(db_url, window.preferences.rules)
    except BookError as exc:
        QApplication.restoreOverrideCursor()
        server = getattr(window, "_guanxi_server", None)
        if server is not None and window.services is None:
            return _server_refused(window, server, exc)
        if exc.code == "damaged" and book_file(db_url) is not None:
            # (refused before the upgrade): restore a backup, or read what can be read
            _book_damaged(window, (exc.detail,) if exc.detail else ())
            return False
        if exc.code in UNREADABLE_BOOK and _has_backups(window, db_url):
            # emptied, or its first page overwritten: SQLite cannot read it, a backup can help
            window._guanxi_unreadable = exc.code
            _book_damaged(window, (exc.detail,) if exc.detail else ())
            return False
        QMessageBox.critical(window, QCoreApplication.translate("Messages", "Guanxi"), book_error(exc))
        window.close()
        return False
    QApplication.restoreOverrideCursor()
    if not _attach(window, services):
        window.close()  # nobody signed in (Quit): the program ends
        return False
    server = getattr(window, "_guanxi_server", None)
    if server is not None and server.remember and server.password:  # asked, and it opened
        from app.services.admin.server_book import store_password

        store_password(server.address, server.password)
        server.remember = False
    return True


# a book file SQLite cannot read at all: restoring a backup is offered, reading it is not
UNREADABLE_BOOK = ("empty_file", "not_a_book")


def _has_backups(window: MainWindow, db_url: str) -> bool:
    from app.services.admin.backups import list_backups

    path = book_file(db_url)
    if path is None:
        return False
    try:
        return bool(list_backups(path, _backup_folder(window, path)))
    except OSError:
        return False


# ------------------------------------------------------------ one copy per book
def refuse_second_copy(holder: str, parent=None) -> None:
    """The book is open in another running copy: say so (this copy then ends; the other
    goes on untouched)."""
    from app.ui.messages import book_error

    detail = QCoreApplication.translate("Messages", "Open in: %1").replace("%1", holder) if holder else ""
    QMessageBox.warning(parent, QCoreApplication.translate("Messages", "Guanxi"),
                        book_error(BookError("already_open", detail)))


# ------------------------------------------------------------ the window's start
def run_window(db: str | None, lang: str | None, user: str | None = None) -> int:
    """`guanxi` (or `guanxi gui`): the window over the book, until it closes; the exit status.
    `user`: the login the sign-in dialog starts with (--user)."""
    # the log file is already set up: _run does it for every command
    app = ensure_application()
    install_excepthook()
    window, locks = start_window(db, lang, user=user)
    try:
        if window is None:
            return 1
        window.show()
        return app.exec()
    finally:
        for lock in locks:
            lock.release()


def start_window(db: str | None, lang: str | None, *, settings: QSettings | None = None,
                 local_book: str | None = None,
                 user: str | None = None) -> tuple[MainWindow | None, list[BookLock]]:
    """The window (not yet shown) over the book chosen at start: `db` (--db) when given,
    else the shared book on a server chosen in Preferences, else the book on this computer
    (`local_book`, default the one in the user's data folder). The book opens once the
    window is painted. Also the book locks to release at the end; (None, []) when the book
    is open in another running copy (that is said)."""
    from app.services.admin.paths import default_book_path

    app = ensure_application()
    preferences = Preferences(settings)
    setup_language(app, lang or preferences.language)
    local = local_book or str(default_book_path())
    server = None if db else _server_at_start(preferences, local)
    if server is not None and server.password is None and preferences.server_password_needed:
        if not server.ask(None):  # no keyring keeps it: asked now; Cancel: this computer's
            server = None
    path = db or (server.url if server is not None else local)
    # one copy of the program per book: taken before the book is touched, held until the end
    # (a server's book takes none: several desks share it by design)
    lock, holder = try_lock_book(path)
    if lock is None:
        refuse_second_copy(holder)
        return None, []
    locks = [lock]
    if db is None and not preferences.server_book and not preferences.first_start_done \
            and not Path(path).exists():
        _offer_demo(path)
    preferences.first_start_done = True
    # The window shows at once; the book opens on the event loop's first turn.
    window = build_main_window(path, language=lang, settings=settings, defer_book=True,
                               ask_who=True, login=user)
    window._guanxi_locks = locks
    window._guanxi_server = server
    if server is None and db is None and preferences.server_book:
        QTimer.singleShot(0, lambda: _note_local_book(window, _not_opened_note()))
    return window, locks


# ------------------------------------------------------------ a shared book on a server
class _ServerAtStart:
    """The shared book chosen in Preferences, while the window opens it: its address, the
    password to try (from the keyring, or asked), and the book on this computer to fall
    back on."""

    def __init__(self, address, password: str | None, local_book: str):
        self.address = address
        self.password = password
        self.local_book = local_book
        self.remember = False  # keep the password in the keyring once it opened the book

    @property
    def url(self) -> str:
        return self.address.url(self.password)

    def ask(self, parent, problem: str = "") -> bool:
        """The password, asked in a small dialog; False when the person cancels."""
        from app.services.admin.server_book import keyring_available
        from app.ui.dialogs.server_book_dialog import ServerPasswordDialog

        dialog = ServerPasswordDialog(self.address.shown, problem,
                                      can_remember=keyring_available(), parent=parent)
        try:
            if not dialog.exec():
                return False
            self.password, self.remember = dialog.password or None, dialog.remember
            return True
        finally:
            dialog.deleteLater()


def _server_at_start(preferences: Preferences, local_book: str) -> _ServerAtStart | None:
    """The shared book Preferences chose, with the keyring's password; None for none."""
    if not preferences.server_book:
        return None
    from app.services.admin.server_book import address_from_url, stored_password

    try:
        address, _password = address_from_url(preferences.server_book)
    except BookError:
        log.warning("the shared book's address in the settings is not one; the local book opens")
        return None
    return _ServerAtStart(address, stored_password(address), local_book)


def _server_refused(window: MainWindow, server: _ServerAtStart, exc: BookError) -> bool:
    """The shared book did not open: a refused password is asked again (with the server's
    words); anything else is said. Cancel, or a server that cannot be used, opens the book
    on this computer instead, with a note that says so."""
    from app.ui.messages import book_error

    if exc.code == "wrong_password":
        # (no password tried yet: a first ask, without the server's words about it)
        if server.ask(window, "" if server.password is None else book_error(exc)):
            window._guanxi_book = server.url
            return _open_into(window, server.url)
        return _open_local_instead(window, server, _not_opened_note())
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Messages", "Guanxi"),
                      book_error(exc) + "\n\n" + QCoreApplication.translate(
                          "Bootstrap", "Guanxi opens the book on this computer instead."),
                      QMessageBox.StandardButton.Ok, window)
    box.setObjectName("serverBookRefused")
    box.exec()
    return _open_local_instead(window, server, _not_opened_note())


def _not_opened_note() -> str:
    return QCoreApplication.translate(
        "Bootstrap", "This is the book on this computer: the shared book on the server was not "
        "opened. Nothing you do here reaches the other desks. To use the shared book, restart "
        "Guanxi (or choose it again in Preferences).")


def _open_local_instead(window: MainWindow, server: _ServerAtStart, note: str) -> bool:
    """Open the book on this computer into the window (its lock taken), with the note."""
    lock, holder = try_lock_book(server.local_book)
    if lock is None:
        refuse_second_copy(holder, window)
        window.close()
        return False
    locks = getattr(window, "_guanxi_locks", None)
    if locks is None:
        window._guanxi_locks = locks = []
        window.destroyed.connect(lambda *_: [held.release() for held in locks])
    locks.append(lock)
    window._guanxi_server = None
    window._guanxi_book = server.local_book
    opened = _open_into(window, server.local_book)
    if opened:
        _note_local_book(window, note)
    return opened


def _note_local_book(window: MainWindow, note: str) -> None:
    """A note that stays, over the window: this is not the shared book."""
    window.add_banner("localBookNote", note, "#fef7e0", "#7a4f01")


def _ask_for_demo() -> bool:
    """First start: an empty book, or a demo book to look around in? True for the demo."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Cli", "Welcome to Guanxi"),
        QCoreApplication.translate("Cli", "This is the first start. Start with an empty book, or with a demo book of 500 "
           "made-up customers to look around?"),
    )
    demo = box.addButton(QCoreApplication.translate("Cli", "Demo book"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Cli", "Empty book"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is demo


def _offer_demo(path: str, ask=_ask_for_demo) -> None:
    """Write the demo book at `path` when the person asks for it."""
    if not ask():
        return
    from app.demo.generator import generate_demo

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        generate_demo(path, customers=500, seed=1)
    finally:
        QApplication.restoreOverrideCursor()


# ------------------------------------------------------------ a damaged book
class _Verdict(QObject):
    """The check made on opening, handed from the checking thread to the interface thread."""

    _known = Signal(object)

    def __init__(self, window: MainWindow, services: Services):
        super().__init__(window)
        self._window, self._services = window, services
        # queued even when the verdict is known at once: never inside attach()
        self._known.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._bar: QProgressBar | None = None
        if services.checking:  # a large book: say why a first save may wait a moment
            self._bar = QProgressBar(window)
            self._bar.setObjectName("bookCheckProgress")
            self._bar.setRange(0, 0)  # SQLite's check reports no fraction: a busy bar
            self._bar.setMaximumWidth(160)
            self._bar.setFormat("")
            window.statusBar().insertPermanentWidget(0, self._bar)
            window.statusBar().showMessage(QCoreApplication.translate(
                "Bootstrap", "Checking the book for damage… (work goes on; a save waits for it)"))
        services.when_checked(self._emit)

    def _emit(self, problems) -> None:
        try:
            self._known.emit(tuple(problems))
        except RuntimeError:  # the window closed before the check ended
            pass

    def _deliver(self, problems: tuple[str, ...]) -> None:
        services = self._services
        if self._bar is not None:
            self._window.statusBar().removeWidget(self._bar)
            self._bar.deleteLater()
            self._bar = None
            self._window.statusBar().showMessage(QCoreApplication.translate(
                "Bootstrap", "Book checked: sound.") if not problems else "", 5000)
        # (a book opened read-only, or closed since, is not asked about again)
        if problems and self._window.services is services and not services.book.refuse_writes:
            _book_damaged(self._window, problems)


def _book_damaged(window: MainWindow, problems: tuple[str, ...] = (), *,
                  read_only_possible: bool = True, note: str = "") -> None:
    """The book is damaged: restore the newest good backup, read what can be read, or close."""
    from app.ui.dialogs.damaged_dialog import DamagedBookDialog

    location = window.services.location if window.services is not None else str(
        book_file(window._guanxi_book) or window._guanxi_book)
    unreadable = window.services is None and getattr(window, "_guanxi_unreadable", "")
    dialog = DamagedBookDialog(location, problems,
                               read_only_possible=read_only_possible and not unreadable,
                               note=note, unreadable=bool(unreadable), parent=window)
    dialog.finished.connect(lambda _result: _damaged_choice(window, dialog))
    dialog.open()


def _damaged_choice(window: MainWindow, dialog) -> None:
    from app.ui.messages import book_error

    choice = dialog.choice
    dialog.deleteLater()
    if choice == dialog.RESTORE:
        _restore(window, None)
    elif choice == dialog.READ_ONLY:
        if window.services is None:  # the open itself was refused: open it only to read
            from app.services.admin.book import open_book

            try:
                services = open_book(window._guanxi_book, create=False, read_only=True,
                                     rules=window.preferences.rules)
            except BookError as exc:  # not even that: a backup, or nothing
                _book_damaged(window, read_only_possible=False, note=book_error(exc))
                return
            if not _attach(window, services):
                window.close()
                return
        # (a book found damaged by the check already refuses every write)
        window.show_read_only(QCoreApplication.translate(
            "Messages", "Read-only: this book is damaged, and nothing is written to it. Export or "
            "print what you need, then restore a backup (File → Restore from a backup…)."))
    else:
        window.close()


# ------------------------------------------------------------ restoring a backup
def _backup_folder(window: MainWindow, book_path: Path) -> Path:
    """Where the window's book keeps its backups (Preferences, else `backups` beside it)."""
    from app.services.admin.backups import folder_for

    scheduler = getattr(window, "backups", None)
    if scheduler is not None and getattr(scheduler, "book_path", None) == book_path:
        return scheduler.folder()
    configured = getattr(window.preferences, "backup_folder", "") or ""
    if configured and not Path(configured).expanduser().is_absolute():
        configured = str(book_path.parent / configured)
    return folder_for(book_path, configured or None)


def _restore_from_menu(window: MainWindow) -> None:
    from app.ui.dialogs.restore_dialog import RestoreDialog
    from app.ui.messages import show_error

    services = window.services
    if services is None:
        return  # still opening
    if services.book.path is None:
        show_error(window, QCoreApplication.translate("Messages", "Restore from a backup"),
                   QCoreApplication.translate("Messages", "This book is on a database server: its "
                   "backups are kept and restored with the server's own tools. Nothing was changed."))
        return
    dialog = RestoreDialog(services.book.path, str(_backup_folder(window, services.book.path)),
                           window)

    def finished(_result) -> None:
        chosen = dialog.chosen
        dialog.deleteLater()
        if chosen is not None:
            _restore(window, chosen)

    dialog.finished.connect(finished)
    dialog.open()


class _RestoreProgress(QObject):
    """restore_backup's progress, from its thread to the progress dialog (queued)."""

    STEPS = 1000
    _moved = Signal(int)

    def __init__(self, window: MainWindow, label: str):
        super().__init__(window)
        self.dialog = QProgressDialog(label, "", 0, self.STEPS, window)
        self.dialog.setObjectName("restoreProgress")
        self.dialog.setWindowTitle(QCoreApplication.translate("Messages", "Guanxi"))
        self.dialog.setCancelButton(None)  # a restore half done is never left: it ends on its own
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setValue(0)
        self._moved.connect(self._show)  # a method of an object of this thread: queued

    def report(self, done: int, total: int) -> None:  # called from the restoring thread
        try:
            self._moved.emit(int(done * self.STEPS / total) if total else 0)
        except RuntimeError:
            pass

    def _show(self, value: int) -> None:
        self.dialog.setValue(value)

    def finish(self) -> None:
        self.dialog.close()
        self.dialog.deleteLater()
        self.deleteLater()


def _restore(window: MainWindow, backup) -> None:
    """Close the book, put `backup` (a BackupInfo; None: the newest good one) in its place
    off the interface thread, and open the window again on it; on failure the book is
    exactly as it was and is opened again."""
    from app.services.admin.backups import restore_backup
    from app.ui.dialogs.restore_dialog import newest_good_backup, taken_text
    from app.ui.messages import restore_failed, restored_text
    from app.ui.ops import Op

    services = window.services
    # (who restored it: said in the restored book's audit log)
    actor = services.book.actor if services is not None else None
    if services is not None:
        if not window.customers_view.maybe_leave():
            return
        scheduler = getattr(window, "backups", None)
        if scheduler is not None and getattr(scheduler, "running", False):
            window.statusBar().showMessage(QCoreApplication.translate(
                "Messages", "A backup is being written; restore once it is done."), 10_000)
            return
        book_path = services.book.path
        _close(services)  # the book is put aside: nothing of this program may hold it open
    else:
        book_path = book_file(window._guanxi_book)
    assert book_path is not None
    folder = _backup_folder(window, book_path)
    progress = _RestoreProgress(window, QCoreApplication.translate("Messages", "Restoring the backup…"))
    progress.dialog.show()

    def work():
        chosen = backup if backup is not None else newest_good_backup(book_path, folder)
        return chosen, restore_backup(book_path, chosen.path, progress.report, actor=actor)

    def done(value) -> None:
        progress.finish()
        chosen, result = value
        target = _reopen(window)
        text = restored_text(taken_text(chosen), str(result.set_aside or ""))
        if target is not None:
            _tell(target, text)

    def failed(error: Exception) -> None:
        progress.finish()
        if not isinstance(error, BookError):
            error = BookError("backup_failed", str(error))
        if services is None:  # the book could not be opened before: it still cannot
            _book_damaged(window, note=restore_failed(error, reopened=False))
            return
        target = _reopen(window)
        if target is not None:
            _tell(target, restore_failed(error), QMessageBox.Icon.Warning)

    # a write: the book file itself is replaced
    Op(window, work, writes=True).success(done).failure(failed).run()


def _reopen(window: MainWindow) -> MainWindow | None:
    """The window over the book again: the same window when it had no book, else a new
    one in its place (nothing of the closed book's views is kept); None when it cannot open."""
    url = window._guanxi_book
    if window.services is None:
        target = window
    else:
        target = MainWindow(None, window.preferences)
        target._guanxi_book = url
        target._guanxi_ask_who = getattr(window, "_guanxi_ask_who", False)
        target._guanxi_login = window.session.login or None  # (asked again: another book)
        target.restoreGeometry(window.saveGeometry())
        target.show()  # before the old one closes: closing the last window would quit
    opened = _open_into(target, url)
    if target is not window:
        window.close()
        window.deleteLater()
    if not opened and target.services is None and not target.isVisible():
        return None
    return target


def _tell(window: MainWindow, text: str, icon=QMessageBox.Icon.Information) -> None:
    """What happened to the book, over the window (not blocking: the window works on)."""
    box = QMessageBox(icon, QCoreApplication.translate("Messages", "Restore from a backup"), text,
                      QMessageBox.StandardButton.Ok, window)
    box.setObjectName("restoreOutcome")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def setup_logging() -> None:
    import logging.handlers

    from app.services.admin.paths import log_dir

    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "guanxi.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def install_excepthook() -> None:
    """An unexpected error shows a dialog (details copyable) instead of the window vanishing."""

    def hook(kind, value, tb):
        import traceback

        text = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error:\n%s", text)
        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        from app.services.errors import classify

        known = value if isinstance(value, BookError) else classify(value)
        if known is not None:  # busy, disk full, damaged, read-only: in words, not a traceback
            from app.ui.messages import book_error, book_error_detail

            box = QMessageBox(QMessageBox.Icon.Warning,
                              QCoreApplication.translate("Messages", "Guanxi"), book_error(known))
            if book_error_detail(known):  # SQLite's own words: for support, not the sentence
                box.setDetailedText(book_error_detail(known))
            box.exec()
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Messages", "Unexpected error"),
            QCoreApplication.translate(
                "Messages",
                "Something went wrong. What was saved before is safe. Please copy the details "
                "below for support.",
            ),
        )
        box.setDetailedText(text)
        box.exec()

    sys.excepthook = hook
