"""The one place that wires settings → book → services → window."""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui.i18n import apply_cjk_font, install_translators, resolve_language
from app.ui.main_window import MainWindow
from app.ui.settings import APPLICATION, ORGANIZATION, Preferences
from app.ui.style import APP_STYLE

if TYPE_CHECKING:
    from app.services.book import Services

log = logging.getLogger(__name__)


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION)
        app = QApplication(sys.argv[:1])
    return app  # type: ignore[return-value]


def setup_language(app: QCoreApplication, language: str | None) -> str:
    """Install the translators for the language (replacing earlier ones); returns it."""
    chosen = resolve_language(language)
    for old in getattr(app, "_guanxi_translators", []):
        app.removeTranslator(old)
    app._guanxi_translators = install_translators(app, chosen)  # kept alive on the app
    return chosen


def build_main_window(
    db_url: str,
    *,
    language: str | None = None,
    settings: QSettings | None = None,
    services: Services | None = None,
    defer_book: bool = False,
) -> MainWindow:
    """The complete main window over a book, without starting the event loop.

    With defer_book the window is returned before the book is opened; the book opens
    (and the list fills) on the event loop's first turn, so the window shows at once.
    A book that cannot be opened is reported through `on_book_error`.
    """
    app = ensure_application()
    preferences = Preferences(settings)
    setup_language(app, language or preferences.language)
    if not getattr(app, "_guanxi_styled", False):
        apply_cjk_font(app)
        app.setStyleSheet(APP_STYLE)
        app._guanxi_styled = True
    window = MainWindow(None, preferences)
    if defer_book and services is None:
        window.installEventFilter(_OpenAfterFirstPaint(window, db_url))
    else:
        _attach(window, services or _open(db_url))
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


def _open(db_url: str) -> Services:
    from app.services.book import open_book  # loads SQLAlchemy: after the window shows

    return open_book(db_url)


def _attach(window: MainWindow, services: Services) -> None:
    window.attach(services)
    window.destroyed.connect(lambda *_: services.close())


def _open_into(window: MainWindow, db_url: str) -> None:
    from app.domain.errors import BookError
    from app.ui.messages import book_error

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        services = _open(db_url)
    except BookError as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.critical(window, QCoreApplication.translate("Messages", "Guanxi"), book_error(exc))
        window.close()
        return
    QApplication.restoreOverrideCursor()
    _attach(window, services)


def setup_logging() -> None:
    import logging.handlers

    from app.services.paths import log_dir

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
