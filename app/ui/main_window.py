"""The main window: menus, shortcuts, the customers view, remembered layout."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.desk.settings import Preferences
from app.domain.changes import DESK, Actor, ChangeKind, Changes
from app.ui.backup_scheduler import BackupScheduler
from app.ui.changes import ChangeHub
from app.ui.views.customers_view import CustomersView

if TYPE_CHECKING:
    from app.services.admin.book import Services



class WindowShortcutsFirst(QObject):
    """Lets the window's shortcuts work from a text field: on Linux a line edit claims
    Ctrl+E (end of line) and Ctrl+U as editing keys, so Ctrl+E (export) typed after a
    search did nothing. The field keeps its keys the window does not use (Ctrl+A, copy,
    paste, undo…); End and Home still move the cursor."""

    TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit)

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self._window = window
        app = QApplication.instance()
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old, new) -> None:
        # each field that takes the focus in this window is watched (views are built late)
        if isinstance(new, self.TEXT_FIELDS) and new.window() is self._window:
            new.removeEventFilter(self)
            new.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if event.type() != QEvent.Type.ShortcutOverride or not event.modifiers():
            return False
        pressed = QKeySequence(event.keyCombination())
        for action in self._window.actions():
            if action.isEnabled() and any(pressed == key for key in action.shortcuts()):
                event.ignore()  # not claimed by the field: the window's shortcut fires
                return True
        return False


_OUTREACH = (ChangeKind.CUSTOMER, ChangeKind.VEHICLE, ChangeKind.HOUSEHOLD,
             ChangeKind.IMPORTANT_DATE, ChangeKind.REMINDER_MARK, ChangeKind.FOLLOW_UP,
             ChangeKind.VISIT, ChangeKind.STAFF)
# which kinds of change each list shows (it refreshes when one of them changes)
VIEW_SHOWS: dict[str, tuple[ChangeKind, ...]] = {
    "reminders": _OUTREACH,
    "followups": (ChangeKind.FOLLOW_UP, ChangeKind.CUSTOMER, ChangeKind.VEHICLE, ChangeKind.STAFF),
    "callsheet": (*_OUTREACH, ChangeKind.INTERACTION),
    "visits": (ChangeKind.VISIT, ChangeKind.CUSTOMER, ChangeKind.VEHICLE, ChangeKind.STAFF),
    "lapsed": (ChangeKind.VISIT, ChangeKind.CUSTOMER, ChangeKind.VEHICLE, ChangeKind.FOLLOW_UP,
               ChangeKind.INTERACTION),
    # (a lead's changes reach the window as its follow-ups' and timeline's)
    "leads": (ChangeKind.LEAD, ChangeKind.CUSTOMER, ChangeKind.FOLLOW_UP, ChangeKind.STAFF),
}
CUSTOMER_LIST_SHOWS = (ChangeKind.CUSTOMER, ChangeKind.VEHICLE, ChangeKind.TAG, ChangeKind.STAFF)
TODAY_SUMMARY_COUNTS = _OUTREACH


class MainWindow(QMainWindow):
    restore_requested = Signal()  # File → Restore from a backup… (app.bootstrap restores)

    def __init__(self, services: Services | None, preferences: Preferences, parent=None):
        """Builds the window; without services it shows "opening" until attach() is called."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.services: Services | None = None
        self.preferences = preferences
        # a changed option: the services get the store's rules again (no attribute of theirs set)
        preferences.changed.connect(self._option_changed)
        self.read_only = False  # a book opened only to read (show_read_only)
        self.setWindowTitle(self.tr("Guanxi — customer relationships"))
        self.customers_view = CustomersView(None, self)
        self.customers_view.preferences = preferences
        # one change signal: every committed write reaches the views that show what it changed
        self.changes = ChangeHub(self)
        self.changes.data_changed.connect(self._data_changed)
        self._views: dict[str, QWidget] = {}  # the list views, built when first shown
        # the call sheet the day's summary worked out, kept for the Call sheet tab's first
        # opening (the same day, advisor and rules) while nothing it shows has changed
        self._kept_sheet: tuple[tuple, object] | None = None
        self._changes_told = 0  # changes the call sheet shows, told so far
        self.summary = QLabel(self)
        self.summary.setObjectName("todaySummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(
            "QLabel#todaySummary { background: #e8f0fe; color: #174ea6; padding: 6px;"
            " border-radius: 3px; }"
        )
        self.summary.hide()
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.addTab(self.customers_view, self.tr("Customers"))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.backups = BackupScheduler(self, preferences)
        self._build_menus()
        from app.ui.desk_session import DeskSession

        self.session = DeskSession(self, self.file_menu)  # who is signed in (issue 14)
        self._shortcuts_first = WindowShortcutsFirst(self)
        self.book_label = QLabel(self.tr("Opening the book…"))
        self.book_label.setObjectName("bookLabel")
        self.statusBar().addPermanentWidget(self.book_label)
        self.resize(1200, 720)  # fits a 1280×800 screen with its frame, task bar and title
        self._restore_layout()
        if services is not None:
            self.attach(services)

    LIST_VIEWS = ("reminders", "followups", "callsheet", "visits", "lapsed", "dashboard", "leads")

    def attach(self, services: Services) -> None:
        """Put the window over an open book."""
        self.services = services
        self.changes.attach(services)
        self.act_for_desk()
        services.apply_rules(self.preferences.rules)
        self.customers_view.attach(services)
        self.backups.attach(services)
        self.backup_action.setEnabled(self.backups.can_back_up)
        for name, title in zip(
            self.LIST_VIEWS,
            (self.tr("Reminders"), self.tr("Follow-ups"), self.tr("Call sheet"),
             self.tr("Service visits"), self.tr("Win-back"), self.tr("Dashboard"),
             self.tr("Leads")),
            strict=True,
        ):
            placeholder = QWidget(self)
            placeholder.setObjectName(f"{name}Placeholder")
            self.tabs.addTab(placeholder, title)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.book_label.setText(
            self.tr("Book: %1").replace("%1", services.location)
        )
        if services.backup is not None:
            self.statusBar().showMessage(
                self.tr("The book was upgraded; a copy of the old one is at %1").replace(
                    "%1", str(services.backup)
                )
            )
        self.show_today_summary()
        self.sales_menu.tell_untouched()

    # ------------------------------------------------------------ views
    def _view(self, name: str):
        """The list view, built on first use (each reads a month of the book)."""
        if self.services is None:
            return None
        view = self._views.get(name)
        if view is not None:
            return view
        if name == "dashboard":  # loads matplotlib: only when the dashboard first opens
            from app.ui.views.dashboard_view import DashboardView

            kind = DashboardView
        elif name == "leads":
            from app.ui.views.leads_view import LeadsView

            kind = LeadsView
        else:
            from app.ui.views.callsheet_view import CallSheetView
            from app.ui.views.followups_view import FollowUpsView
            from app.ui.views.lapsed_view import LapsedView
            from app.ui.views.reminders_view import RemindersView
            from app.ui.views.visits_view import VisitsView

            kind = {"reminders": RemindersView, "followups": FollowUpsView,
                    "callsheet": CallSheetView, "visits": VisitsView, "lapsed": LapsedView}[name]
        if name == "callsheet":
            view = kind(self.services, self.preferences, self, known=self._take_kept_sheet)
        else:
            view = kind(self.services, self.preferences, self)
        self._views[name] = view
        if self.read_only:
            self._view_read_only(view)
        view.open_customer.connect(self.show_customer)
        index = self.LIST_VIEWS.index(name) + 1
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        title = self.tabs.tabText(index)
        old = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, view, title)
        old.deleteLater()
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        return view

    @property
    def reminders_view(self):
        return self._view("reminders")

    @property
    def followups_view(self):
        return self._view("followups")

    @property
    def callsheet_view(self):
        return self._view("callsheet")

    @property
    def visits_view(self):
        return self._view("visits")

    @property
    def lapsed_view(self):
        return self._view("lapsed")

    @property
    def dashboard_view(self):
        return self._view("dashboard")

    @property
    def leads_view(self):
        return self._view("leads")

    def _new_visit(self) -> None:
        view = self.visits_view
        if view is not None:
            self.tabs.setCurrentWidget(view)
            view.new_visit()

    def _tab_shown(self, index: int) -> None:
        if 1 <= index <= len(self.LIST_VIEWS):
            self.tabs.setCurrentWidget(self._view(self.LIST_VIEWS[index - 1]))

    def show_customer(self, customer_id: int) -> None:
        self.tabs.setCurrentWidget(self.customers_view)
        self.customers_view.open_customer(customer_id)

    def _refresh_lists(self) -> None:
        """Every built list again (the rules they are worked out by changed, not the data)."""
        for name, view in self._views.items():
            if name != "dashboard":
                view.refresh()
        self.show_today_summary()

    def act_for_desk(self) -> None:
        """Writes from this window are done by this desk's advisor (Preferences) until people
        sign in; by the desk, unnamed, when none is chosen."""
        services = self.services
        if services is None:
            return
        if self.session.actor is not None:  # somebody signed in: their writes
            services.act_as(self.session.actor)
            return
        advisor = self.preferences.desk_advisor_id
        actor = DESK
        if advisor is not None:
            named = {m.id: m.name for m in services.staff.list(active_only=False)}
            if advisor in named:
                actor = Actor(advisor, named[advisor])
        services.act_as(actor)

    def refresh_for_person(self) -> None:
        """Another person signed in: what depends on their role is worked out again."""
        self._refresh_lists()
        self.sales_menu.tell_untouched()
        if self.services is not None:
            self.customers_view.apply_filter()  # (the list's rows: masked or not)
        card = self.customers_view.card
        if card is not None and card.customer_id() is not None and not card.is_dirty():
            card.reload()

    def _data_changed(self, changes: Changes, initiator) -> None:
        """Each built list refreshes when the change touches what it shows; the one that
        made the change has already. (The dashboard is a snapshot the owner refreshes.)"""
        initiator = self.view_of(initiator)
        if changes.touches(*VIEW_SHOWS["callsheet"]):
            self._changes_told += 1
            self._kept_sheet = None
        for name, view in self._views.items():
            kinds = VIEW_SHOWS.get(name, ())
            if view is not initiator and changes.touches(*kinds):
                view.refresh()
        told = getattr(self.customers_view, "data_changed", None)
        if told is not None and initiator is not self.customers_view \
                and changes.touches(*CUSTOMER_LIST_SHOWS):
            told(changes)
        if changes.touches(*TODAY_SUMMARY_COUNTS):
            self.show_today_summary()

    def view_of(self, initiator):
        """The view an op's parent belongs to (the card's writes are the customers view's)."""
        views = (self.customers_view, *self._views.values())
        widget = initiator
        while isinstance(widget, QObject) and shiboken6.isValid(widget):
            if any(widget is view for view in views):
                return widget
            widget = widget.parent()
        return initiator

    def show_today_summary(self) -> None:
        """Today's reminders and call sheet for this desk's advisor (everyone when unset),
        counted off the interface thread; the line appears when the counts are in. (The
        customers' values are not worked out here: kept in memory they would cost ~85 MB
        of a 100,000-customer book's 300 MB budget before anyone asked for them.)"""
        from datetime import date

        from app.ui.ops import Op

        services = self.services
        if services is None:
            return
        today = date.today()
        advisor = self.preferences.desk_advisor_id
        leads = self.preferences.lead_days
        lookbacks = self.preferences.lookback_days

        told = self._changes_told

        def count():
            # straight from the tables: the in-memory copy of the book's dates (~110 MB on
            # 100,000 customers) is never read by the window's summary and lists
            callsheet = services.callsheet.from_tables()
            due = callsheet.reminders.due(today, horizon_days=0, lookback_days=0,
                                          advisor_id=advisor, lead_days=leads)
            sheet = callsheet.for_day(today, advisor_id=advisor, lead_days=leads,
                                      lookback_days=lookbacks)
            overdue = sum(1 for line in sheet.lines if line.overdue)
            return (len(due), len(sheet.lines), overdue, sheet.advisor_name), sheet

        def shown(result) -> None:
            counts, sheet = result
            self._show_summary(*counts)
            if told == self._changes_told and "callsheet" not in self._views:
                self._kept_sheet = ((today, advisor, leads, lookbacks), sheet)  # (~20 MB)
            self._keep_month_ends(today)
            self._prepare_exports()

        # a summary that cannot be counted is logged and left out: never an error box
        Op(self, count).success(shown).failure(lambda _error: None).run()

    def _keep_month_ends(self, today) -> None:
        """After the summary, off the interface thread: the dashboard's lapsed figures of
        the months already over, worked out when the book lacks them (a new month, a visit
        entered back, a customer archived), so that opening the dashboard need not."""
        from app.domain.dashboard_records import DashboardQuery
        from app.ui.ops import Op

        services = self.services
        if services is None:  # (a PostgreSQL book keeps none: the service says so)
            return
        query = DashboardQuery.last_months(today, advisor_id=self.preferences.desk_advisor_id)
        lapse = self.preferences.lapse_thresholds
        # a write (the figures are kept in the book); not done: the dashboard works them out
        Op(self, lambda: services.dashboard.keep_month_ends(query, today, lapse),
           writes=True).failure(lambda _error: None).run()

    def _prepare_exports(self) -> None:
        """Once, after the start-up work: load the Excel writer and the sheets off the
        interface thread, so that the first export does not (their import holds the
        interpreter ~0.2-0.5 s, which would stall the window as the export starts)."""
        if getattr(self, "_exports_prepared", False):
            return
        self._exports_prepared = True
        from app.ui.ops import Op

        def prepare() -> None:
            import app.presentation.exports  # noqa: F401 - the sheets' words (~50-90 ms)
            from app.services.exchange.excel_export import prepare

            prepare()

        Op(self, prepare).failure(lambda _error: None).run()

    def _take_kept_sheet(self, key: tuple):
        """The call sheet the summary worked out, when it is the one asked for (day,
        advisor, lead and look-back days) and nothing it shows changed since; given once."""
        kept, self._kept_sheet = self._kept_sheet, None
        return kept[1] if kept is not None and kept[0] == key else None

    def _show_summary(self, due: int, calls: int, overdue: int, who: str) -> None:
        text = " ".join((
            self.tr("Today for %1:").replace("%1", who or self.tr("all advisors")),
            self.tr("%n reminder(s) fall due,", "", due),
            self.tr("%n customer(s) on the call sheet", "", calls),
            self.tr("(%n overdue).", "", overdue),
        ))
        self.summary.setText(text)
        self.summary.show()

    def _current_export(self) -> None:
        view = self.tabs.currentWidget()
        if hasattr(view, "export"):
            view.export()

    def _current_print(self) -> None:
        from app.ui.printing import print_preview

        view = self.tabs.currentWidget()
        if view is not None and view is self._views.get("followups"):
            from app.ui.printing import may_print

            items = view._items
            if may_print(self, self.tr("Follow-ups"), [f.advisor_id for f in items],
                         len(items)):
                print_preview(self, view.print_html(), self.tr("Follow-ups"))
        elif view is not None and view in (self._views.get("lapsed"),
                                           self._views.get("dashboard"),
                                           self._views.get("leads")):
            view.print_preview()
        elif self.callsheet_view is not None:
            self.tabs.setCurrentWidget(self.callsheet_view)
            self.callsheet_view.print_preview()

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
        self.backup_action = self._action(
            self.tr("&Back up now"), self.backups.back_up_now, None, "backupNowAction"
        )
        self.backup_action.setEnabled(False)  # until a book file is open
        self.preferences_action = self._action(
            self.tr("&Preferences…"), self._preferences, QKeySequence.StandardKey.Preferences
        )
        self.restore_action = self._action(
            self.tr("&Restore from a backup…"), lambda: self.restore_requested.emit(), None,
            "restoreAction"
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.new_visit_action = self._action(
            self.tr("Log a service &visit…"), self._new_visit, "Ctrl+Shift+V", "newVisitAction"
        )
        self.export_action = self._action(
            self.tr("&Export list to Excel…"), self._current_export, "Ctrl+E", "exportAction"
        )
        self.print_action = self._action(
            self.tr("&Print…"), self._current_print, QKeySequence.StandardKey.Print, "printAction"
        )
        self.import_action = self._action(
            self.tr("&Import customers…"), self._import_customers, "Ctrl+I", "importAction"
        )
        self.view_actions = [
            self._action(title, lambda _=False, i=index: self.tabs.setCurrentIndex(i),
                         f"Ctrl+{index + 1}", f"viewAction{index + 1}")
            for index, title in enumerate(
                (self.tr("&Customers"), self.tr("&Reminders"), self.tr("&Follow-ups"),
                 self.tr("Call &sheet"), self.tr("Service &visits"), self.tr("&Win-back"),
                 self.tr("&Dashboard"), self.tr("&Leads"))
            )
        ]

        file_menu = self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.save_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.preferences_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        file_menu.aboutToShow.connect(self._import_allowed)
        customer_menu = self.menuBar().addMenu(self.tr("&Customer"))
        for action in (self.find_action, self.log_action, self.new_vehicle_action, self.new_visit_action,
                       self.archive_action, self.reload_action):
            customer_menu.addAction(action)
        self._person_data_menu(customer_menu)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for action in self.view_actions:
            view_menu.addAction(action)
        # the owner's and the managers' tools: staff, the audit log, privacy (issue 14);
        # each part adds its actions here
        self.tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.tools_menu.setObjectName("toolsMenu")
        self.staff_action = self._action(self.tr("&Staff…"), self._staff, None, "staffAction")
        self.audit_action = self._action(self.tr("&Audit log…"), self._audit_log, None,
                                         "auditLogAction")
        self.tools_menu.addAction(self.staff_action)
        self.tools_menu.addAction(self.audit_action)
        self.tools_menu.aboutToShow.connect(self._owner_tools_enabled)
        self.review_action = self._action(self.tr("Customers due for &review…"), self._review,
                                          None, "reviewAction")
        self.tools_menu.addAction(self.review_action)
        self.tools_menu.aboutToShow.connect(lambda: self.tools_menu_shown())
        self._merge_menu_entries(customer_menu)
        from app.ui.sales_menu import SalesMenu

        self.sales_menu = SalesMenu(self)  # the showroom log, test drives, lost-lead review
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Guanxi"), self._about))

    def add_banner(self, name: str, text: str, background: str, colour: str,
                   bold: bool = False) -> QLabel:
        """A note over the window's tabs that stays (one of each `name`)."""
        banner = self.findChild(QLabel, name)
        if banner is not None:
            return banner
        banner = QLabel(text, self)
        banner.setObjectName(name)
        banner.setWordWrap(True)
        weight = " font-weight: bold;" if bold else ""
        banner.setStyleSheet(f"QLabel#{name} {{ background: {background}; color: {colour};"
                             f" padding: 6px; border-radius: 3px;{weight} }}")
        self.centralWidget().layout().insertWidget(0, banner)
        banner.show()
        return banner

    def show_read_only(self, text: str) -> None:
        """A book opened only to read (a damaged one): a banner that stays, and the status."""
        self.add_banner("readOnlyBanner", text, "#fce8e6", "#a50e0e", bold=True)
        self.book_label.setText(self.book_label.text() + " " + self.tr("(read-only)"))
        self.read_only = True
        # what would write is disabled, so the person is never refused after typing
        for action in (self.new_action, self.save_action, self.log_action,
                       self.new_vehicle_action, self.archive_action, self.new_visit_action):
            action.setEnabled(False)
        self.customers_view.call_button.setEnabled(False)
        if self.customers_view.card is not None:
            self.customers_view.card.set_read_only()
        for view in self._views.values():
            self._view_read_only(view)

    # the list views' buttons that write (the views never enable them again themselves)
    WRITE_BUTTONS = ("call_button", "done_button", "snooze_button", "dismiss_button",
                     "cancel_button", "reassign_button", "win_back_button", "new_button")

    def _view_read_only(self, view: QWidget) -> None:
        for name in self.WRITE_BUTTONS:
            button = getattr(view, name, None)
            if isinstance(button, QWidget):
                button.setEnabled(False)
        for button in getattr(view, "outcome_buttons", {}).values():
            button.setEnabled(False)
        for shortcut in view.findChildren(QShortcut):  # D, S, Del, the outcome keys...
            shortcut.setEnabled(False)
        if hasattr(view, "set_read_only"):  # (the leads board: no moves)
            view.set_read_only()

    def _reload(self) -> None:
        card = self.customers_view.card
        if card is not None and (not card.is_dirty() or card.maybe_leave(retry=card.reload)):
            card.reload()

    def _owner_tools_enabled(self) -> None:
        """The staff screen and the audit log for the roles that may (the services refuse
        the others anyway)."""
        from app.domain.roles import Right

        actor = self.services.book.actor if self.services is not None else None
        self.staff_action.setEnabled(actor is not None and actor.may(Right.STAFF))
        self.audit_action.setEnabled(actor is not None and actor.may(Right.AUDIT))

    def _staff(self) -> None:
        from app.domain.roles import Right
        from app.ui.dialogs.staff_dialog import StaffDialog, refused_message

        if self.services is None or refused_message(self, Right.STAFF):
            return
        StaffDialog(self.services, self).exec()

    def _audit_log(self) -> None:
        from app.domain.roles import Right
        from app.ui.dialogs.audit_dialog import AuditDialog
        from app.ui.dialogs.staff_dialog import refused_message

        if self.services is None or refused_message(self, Right.AUDIT):
            return
        AuditDialog(self.services, self).exec()

    def _import_allowed(self) -> None:
        """Import customers… only for the roles that may (issue 15; the service refuses
        the others anyway)."""
        from app.domain.roles import Right

        actor = self.services.book.actor if self.services is not None else None
        allowed = actor is not None and actor.may(Right.IMPORT)
        self.import_action.setVisible(allowed)
        self.import_action.setEnabled(allowed and not self.read_only)

    def _import_customers(self) -> None:
        from app.domain.roles import Right
        from app.ui.dialogs.import_dialog import ImportDialog
        from app.ui.dialogs.staff_dialog import refused_message

        if self.services is None or self.read_only or refused_message(self, Right.IMPORT):
            return
        folder = self.backups.folder() if self.backups.book_path is not None \
            else self.preferences.backup_folder or None
        dialog = ImportDialog(self.services, self, backup_folder=folder)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _preferences(self) -> None:
        from app.ui.dialogs.preferences_dialog import PreferencesDialog

        staff = self.services.staff.list(active_only=False) if self.services is not None else []
        dialog = PreferencesDialog(self.preferences, staff, self, book_path=self.backups.book_path)
        if dialog.exec():
            if self.services is not None:
                if dialog.intervals_changed:
                    from PySide6.QtCore import Qt
                    from PySide6.QtWidgets import QApplication

                    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                    try:
                        self.services.visits.store_predictions()
                    finally:
                        QApplication.restoreOverrideCursor()
            self.act_for_desk()
            self._refresh_lists()

    def _option_changed(self, _key: str) -> None:
        if self.services is not None:
            self.services.apply_rules(self.preferences.rules)

    # ------------------------------------------------------------ a person's data (issue 14)
    def _person_data_menu(self, menu) -> None:
        """Export this person's data / Erase this person (the card's, for its owner)."""
        from app.domain.roles import Right

        def card_privacy():
            card = self.customers_view.card
            return getattr(card, "privacy", None)

        menu.addSeparator()
        self.export_person_action = self._action(
            self.tr("Export this person's data…"), lambda: card_privacy() and card_privacy().export(),
            None, "exportPersonAction")
        self.erase_person_action = self._action(
            self.tr("Erase this person…"), lambda: card_privacy() and card_privacy().erase(),
            None, "erasePersonAction")
        menu.addAction(self.export_person_action)
        menu.addAction(self.erase_person_action)

        def looked_at() -> None:
            actor = self.services.book.actor if self.services is not None else None
            shown = self.customers_view.card is not None and \
                self.customers_view.card.customer_id() is not None
            for action, right in ((self.export_person_action, Right.PERSON_DATA),
                                  (self.erase_person_action, Right.ERASE),
                                  (self.review_action, Right.ERASE)):
                allowed = actor is not None and actor.may(right)
                action.setVisible(allowed)
                action.setEnabled(allowed and (shown or action is self.review_action))

        menu.aboutToShow.connect(looked_at)
        self.tools_menu_shown = looked_at

    def _review(self) -> None:
        if self.services is None:
            return
        from app.ui.dialogs.review_dialog import ReviewDialog

        def open_customer(customer_id: int) -> None:
            self.tabs.setCurrentIndex(0)
            self.customers_view.open_customer(customer_id)

        dialog = ReviewDialog(self.services.erasure, self.preferences.review_inactive_years,
                              open_customer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    # ------------------------------------------------------------ duplicates (issue 15)
    def _merge_menu_entries(self, customer_menu) -> None:
        """Tools > Find duplicates… and Undo a merge…, Customer > Undo a merge of this
        customer…: only for those who may merge (the services refuse the others anyway)."""
        self.tools_menu.addSeparator()
        self.duplicates_action = self._action(self.tr("Find &duplicates…"), self._duplicates,
                                              None, "findDuplicatesAction")
        self.merges_action = self._action(self.tr("&Undo a merge…"), self._merges, None,
                                          "undoMergeAction")
        self.tools_menu.addAction(self.duplicates_action)
        self.tools_menu.addAction(self.merges_action)
        self.card_merges_action = self._action(
            self.tr("Undo a merge of this customer…"),
            lambda: getattr(self.customers_view.card, "merges", None)
            and self.customers_view.card.merges.undo(), None, "cardUndoMergeAction")
        customer_menu.addAction(self.card_merges_action)
        self.tools_menu.aboutToShow.connect(self.merge_entries_shown)
        customer_menu.aboutToShow.connect(self.merge_entries_shown)
        self.merge_entries_shown()

    def merge_entries_shown(self) -> None:
        from app.domain.roles import Right

        actor = self.services.book.actor if self.services is not None else None
        allowed = actor is not None and actor.may(Right.REASSIGN)
        card = self.customers_view.card
        shown = card is not None and card.customer_id() is not None
        for action in (self.duplicates_action, self.merges_action, self.card_merges_action):
            action.setVisible(allowed)
            action.setEnabled(allowed and (shown or action is not self.card_merges_action))

    def _duplicates(self) -> None:
        from app.domain.roles import Right
        from app.ui.dialogs.duplicates_dialog import DuplicatesDialog
        from app.ui.dialogs.staff_dialog import refused_message

        if self.services is None or refused_message(self, Right.REASSIGN):
            return
        dialog = DuplicatesDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.duplicates_dialog = dialog

    def _merges(self) -> None:
        from app.domain.roles import Right
        from app.ui.dialogs.merges_dialog import MergesDialog
        from app.ui.dialogs.staff_dialog import refused_message

        if self.services is None or refused_message(self, Right.REASSIGN):
            return
        dialog = MergesDialog(self.services, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.merges_dialog = dialog

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
            self.customers_view.splitter_remembered = True
        header = self.preferences.geometry("customers_header")
        if header is not None:
            self.customers_view.table.horizontalHeader().restoreState(header)
            self.customers_view.header_remembered = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        self._closed = False  # shown again: closing it does the closing work again
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt name
        if getattr(self, "_closed", False):
            # closed once already (a second close() of a hidden window, e.g. before a
            # pending deleteLater): no second closing backup, whose wait would run the
            # event loop that deletes this window under it
            event.accept()
            return
        if not self.customers_view.maybe_leave(retry=self.close):
            event.ignore()
            return
        self.preferences.set_geometry("main_window", self.saveGeometry())
        self.preferences.set_geometry("customers_splitter", self.customers_view.splitter.saveState())
        self.preferences.set_geometry(
            "customers_header", self.customers_view.table.horizontalHeader().saveState()
        )
        # the backup on close, while the book is still open (bootstrap closes it after)
        if not self.backups.before_close():
            event.ignore()
            return
        self._closed = True
        self.session.stop()
        self.changes.detach()
        event.accept()
