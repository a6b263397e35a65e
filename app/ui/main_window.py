"""The main window: menus, shortcuts, the customers view, remembered layout."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from app import __version__
from app.ui.settings import Preferences
from app.ui.views.customers_view import CustomersView

if TYPE_CHECKING:
    from app.services.book import Services


class MainWindow(QMainWindow):
    def __init__(self, services: Services | None, preferences: Preferences, parent=None):
        """Builds the window; without services it shows "opening" until attach() is called."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.services: Services | None = None
        self.preferences = preferences
        self.setWindowTitle(self.tr("Guanxi — customer relationships"))
        self.customers_view = CustomersView(None, self)
        self.setCentralWidget(self.customers_view)
        self._build_menus()
        self.book_label = QLabel(self.tr("Opening the book…"))
        self.book_label.setObjectName("bookLabel")
        self.statusBar().addPermanentWidget(self.book_label)
        self.resize(1280, 800)
        self._restore_layout()
        if services is not None:
            self.attach(services)

    def attach(self, services: Services) -> None:
        """Put the window over an open book."""
        self.services = services
        self.customers_view.attach(services)
        self.book_label.setText(
            self.tr("Book: %1").replace("%1", str(services.book.path or services.book.url))
        )
        if services.backup is not None:
            self.statusBar().showMessage(
                self.tr("The book was upgraded; a copy of the old one is at %1").replace(
                    "%1", str(services.backup)
                )
            )

    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        view = self.customers_view
        self.find_action = self._action(
            self.tr("&Find customer"), view.focus_search, QKeySequence.StandardKey.Find, "findAction"
        )
        self.new_action = self._action(
            self.tr("&New customer"), view.new_customer, QKeySequence.StandardKey.New, "newAction"
        )
        self.save_action = self._action(
            self.tr("&Save"), view.save, QKeySequence.StandardKey.Save, "saveAction"
        )
        self.log_action = self._action(
            self.tr("&Log a contact"), lambda: view.card and view.card.focus_log(), "Ctrl+L", "logAction"
        )
        self.new_vehicle_action = self._action(
            self.tr("New &vehicle…"), lambda: view.card and view.card.new_vehicle(), "Ctrl+Shift+N", "newVehicleAction"
        )
        self.archive_action = self._action(
            self.tr("&Archive or restore"), lambda: view.card and view.card.toggle_archived(), None, "archiveAction"
        )
        self.reload_action = self._action(
            self.tr("&Reload card"), self._reload, QKeySequence.StandardKey.Refresh, "reloadAction"
        )
        self.preferences_action = self._action(
            self.tr("&Preferences…"), self._preferences, QKeySequence.StandardKey.Preferences
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.save_action)
        file_menu.addSeparator()
        file_menu.addAction(self.preferences_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        customer_menu = self.menuBar().addMenu(self.tr("&Customer"))
        for action in (self.find_action, self.log_action, self.new_vehicle_action,
                       self.archive_action, self.reload_action):
            customer_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Guanxi"), self._about))

    def _reload(self) -> None:
        card = self.customers_view.card
        if card is not None and (not card.is_dirty() or card.maybe_leave()):
            card.reload()

    def _preferences(self) -> None:
        from app.ui.dialogs.preferences_dialog import PreferencesDialog

        PreferencesDialog(self.preferences, self).exec()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Guanxi"),
            self.tr("Guanxi %1 — customer relationships for a dealership.").replace("%1", __version__),
        )

    def _restore_layout(self) -> None:
        geometry = self.preferences.geometry("main_window")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = self.preferences.geometry("customers_splitter")
        if splitter is not None:
            self.customers_view.splitter.restoreState(splitter)
        header = self.preferences.geometry("customers_header")
        if header is not None:
            self.customers_view.table.horizontalHeader().restoreState(header)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt name
        if not self.customers_view.maybe_leave():
            event.ignore()
            return
        self.preferences.set_geometry("main_window", self.saveGeometry())
        self.preferences.set_geometry("customers_splitter", self.customers_view.splitter.saveState())
        self.preferences.set_geometry(
            "customers_header", self.customers_view.table.horizontalHeader().saveState()
        )
        event.accept()
