"""Preferences, declared once with their defaults; window layout kept apart."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "Guanxi"
APPLICATION = "Guanxi"


class Preferences:
    """Typed access to what a person chooses in Preferences."""

    def __init__(self, settings: QSettings | None = None):
        self.settings = settings or QSettings(ORGANIZATION, APPLICATION)

    @property
    def language(self) -> str:
        """'' follows the system; 'zh_CN' or 'en' is a choice."""
        return str(self.settings.value("preferences/language", "") or "")

    @language.setter
    def language(self, value: str) -> None:
        self.settings.setValue("preferences/language", value or "")

    @property
    def first_start_done(self) -> bool:
        return self.settings.value("state/first_start_done", False, type=bool)

    @first_start_done.setter
    def first_start_done(self, value: bool) -> None:
        self.settings.setValue("state/first_start_done", bool(value))

    # window layout: not preferences, but remembered the same way
    def geometry(self, key: str) -> QByteArray | None:
        value = self.settings.value(f"layout/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        self.settings.setValue(f"layout/{key}", value)
