"""The language of what a person reads: our catalogue and Qt's from resources/, installed
on the application, and the same translation for app.presentation's words (QtCore only)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from app.domain.phone_words import set_extension_word
from app.presentation import i18n

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")

# Qt 6's file dialog labels carry accelerators ("&Look in:") that its own Chinese catalogue
# lacks (it has "Look in:"): our catalogue supplies them under Qt's context, asked after Qt's
QT_CATALOGUE_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def system_language() -> str:
    name = QLocale.system().name()
    return "zh_CN" if name.startswith("zh") else "en"


def resolve_language(choice: str | None) -> str:
    """'zh_CN', 'en', or '' / None / 'system' for the system's language."""
    if choice in LANGUAGES:
        return choice
    if choice and choice.lower().startswith("zh"):
        return "zh_CN"
    if choice and choice.lower().startswith("en"):
        return "en"
    return system_language()


def _translations() -> Path:
    """The folder of our catalogues: in the resources package, a folder on disk (as
    importlib.resources would find it, without loading it before the window shows)."""
    import resources

    return Path(resources.__file__).resolve().parent / "translations"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our catalogue and Qt's own (button texts) for the language; keep them alive."""
    installed: list[QTranslator] = []
    QLocale.setDefault(QLocale(language))
    ours = QTranslator(app)
    path = _translations() / f"guanxi_{language}.qm"
    if ours.load(str(path)):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no translation catalogue at %s", path)
    if language == "en":  # our English catalogue holds only plural forms; Qt's is built in
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase", "qt"):
        qt = QTranslator(app)
        if qt.load(f"{name}_{language}", qt_dir):
            app.installTranslator(qt)
            installed.append(qt)
            break
    return installed


def setup_language(app: QCoreApplication, language: str | None) -> str:
    """Install the translators for the language (replacing earlier ones); returns it."""
    chosen = resolve_language(language)
    for old in getattr(app, "_guanxi_translators", []):
        app.removeTranslator(old)
    app._guanxi_translators = install_translators(app, chosen)  # kept alive on the app
    use_qt_translation()
    # "转" before a phone extension in Chinese, "ext." in English
    set_extension_word(QCoreApplication.translate("Phone", "ext."))
    return chosen


def use_qt_translation() -> None:
    """app.presentation's words are translated as Qt's are, by the application's installed
    translators (whichever are installed when a word is asked for), and its weekdays named
    in the default locale's language."""
    i18n.install(QCoreApplication.translate, _day_name)


def _day_name(day) -> str:
    return QLocale().dayName(QDate(day.year, day.month, day.day).dayOfWeek())
