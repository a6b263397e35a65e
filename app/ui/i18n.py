"""Interface language and fonts: translations from resources/, a CJK font where present."""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontDatabase

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "SimHei",
)

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


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our catalogue and Qt's own (button texts) for the language; keep them alive."""
    installed: list[QTranslator] = []
    QLocale.setDefault(QLocale(language))
    from importlib.resources import files

    ours = QTranslator(app)
    path = files("resources") / "translations" / f"guanxi_{language}.qm"
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


def cjk_family() -> str | None:
    """The first CJK-capable font family the system has, if any."""
    available = set(QFontDatabase.families())
    for family in CJK_FAMILIES:
        if family in available:
            return family
    for family in sorted(available):
        if QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family):
            return family
    return None


def apply_cjk_font(app) -> str | None:
    """Make Chinese render: the CJK family becomes a fallback after the default one."""
    family = cjk_family()
    if family is None:
        log.warning("no CJK font found: Chinese text may show as boxes")
        return None
    font: QFont = app.font()
    families = [f for f in font.families() if f != family]
    font.setFamilies([*families, family] if families else [family])
    app.setFont(font)
    return family
