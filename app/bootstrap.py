"""The one place that wires settings → book → services → window."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services.book import Services, log_dir, open_book
from app.ui.i18n import apply_cjk_font, install_translators, resolve_language
from app.ui.main_window import MainWindow
from app.ui.settings import APPLICATION, ORGANIZATION, Preferences
from app.ui.widgets.fields import INVALID_STYLE

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
) -> MainWindow:
    """The complete main window over a book, without starting the event loop."""
    app = ensure_application()
    preferences = Preferences(settings)
    setup_language(app, language or preferences.language)
    if not getattr(app, "_guanxi_styled", False):
        apply_cjk_font(app)
        app.setStyleSheet(INVALID_STYLE)
        app._guanxi_styled = True
    services = services or open_book(db_url)
    window = MainWindow(services, preferences)
    window.destroyed.connect(lambda *_: services.close())
    return window


def setup_logging() -> None:
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
