"""The window: PySide6 widgets over the services, worded by app.presentation."""

from app.render.language import use_qt_translation

# app.presentation's words follow the application's translators, as the widgets' own do
use_qt_translation()
