"""Fonts that show Chinese: a CJK family found on this computer, behind the default one."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase

log = logging.getLogger(__name__)

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
