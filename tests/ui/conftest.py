"""Interface fixtures: a real book, isolated settings, and either one view (or card, or
dialog) over the book's services, or the real main window for tests about the window.

Most tests need one view: `customers_view`, `card`, `visits_view`, `followups_view`,
`lapsed_view`, `callsheet_view`, `reminders_view`, `dashboard_view` each build just that,
over `book_services` (the book_path book opened as the window opens it) and `preferences`.
`window` / `opened` build the whole window: start-up, tabs, shortcuts, menus, layout,
backups and restore, read-only and damaged books, the change signal between views."""

import shutil

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMainWindow

from app.bootstrap import build_main_window
from app.domain.records import CustomerInput, InteractionInput, VehicleInput
from app.services.admin.book import open_book
from tests.postgres.books import ON_SERVER, copy_book


@pytest.fixture(scope="session")
def small_book(tmp_path_factory):
    """The small book of `book_path`, made once per run by the program (open_book and the
    services), closed: each test gets a copy of it."""
    path = tmp_path_factory.mktemp("small-book") / "book.db"
    services = open_book(path)
    advisor = services.staff.add("王芳")
    zhang = services.customers.create(
        CustomerInput(name="张三", phone="13800138000", advisor_id=advisor.id, tags=("VIP",))
    )
    services.vehicles.add(
        zhang.id,
        VehicleInput(make="大众", model="帕萨特", vin="LSVAU218XN2183294", plate="京A12345"),
    )
    services.timeline.log(InteractionInput(customer_id=zhang.id, summary="电话回访"))
    for name, phone in (("李四", "13912345678"), ("王五", "13700001111"), ("赵六", "")):
        services.customers.create(CustomerInput(name=name, phone=phone))
    services.close()  # closing the last connection checkpoints the WAL into the file
    if not ON_SERVER:
        assert not path.with_name(path.name + "-wal").exists()
    return path


@pytest.fixture
def book_path(tmp_path, small_book):
    """A small book of this test's own: an advisor, four customers, a vehicle and a contact
    (a copy of `small_book`: the file's bytes, or on the PostgreSQL run a database made
    from its database)."""
    path = tmp_path / "book.db"
    if ON_SERVER:
        copy_book(small_book, path)
    else:
        shutil.copyfile(small_book, path)
    return path


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, book_path, settings):
    win = build_main_window(str(book_path), language="en", settings=settings)
    win.show()
    qtbot.waitExposed(win)
    yield win
    drop_unsaved(win)  # closing must not ask in teardown
    win.close()
    win.deleteLater()



def answer_dialog(qtbot, fill=None, object_name: str | None = None, ok: bool = True) -> dict:
    """The next modal dialog opened: checked by name, filled with `fill(dialog)`, then OK
    (or dismissed with `ok` False). The dict returned gets the dialog and its name."""
    from PySide6.QtCore import QTimer

    seen: dict = {}

    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        seen["dialog"], seen["name"] = dialog, dialog.objectName()
        if object_name is not None:
            assert dialog.objectName() == object_name
        if fill is not None:
            fill(dialog)
        if dialog.isVisible():
            dialog.accept() if ok else dialog.reject()

    QTimer.singleShot(0, act)
    return seen


def type_text(qtbot, widget, text: str) -> None:
    """Type as a person would: keys for ASCII, an input-method commit for Chinese."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def drop_unsaved(window) -> None:
    """Throw away what is typed on the window's card (as its Discard answer does), so that
    closing the window does not ask about it."""
    card = window.customers_view.card
    if card is not None and card.is_dirty():
        card.discard()


def close_main_windows() -> None:
    """Close every main window left (a restore opens a new one), unsaved cards dropped."""
    from PySide6.QtWidgets import QApplication

    from app.ui.main_window import MainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            drop_unsaved(widget)
            widget.close()
            widget.deleteLater()


@pytest.fixture
def opened(qtbot, book_path, settings):
    """The window over the book; closes whichever window is over it at the end."""
    win = build_main_window(str(book_path), language="en", settings=settings)
    win.show()
    qtbot.waitExposed(win)
    yield win
    close_main_windows()


@pytest.fixture
def sync_ops():
    """Ops (app.ui.ops) run at once on the interface thread, callbacks included, before
    `run()` returns: a test reads the outcome on the next line, with no waiting."""
    from app.ui import ops

    runner = ops.SyncRunner()
    previous = ops.set_runner(runner)
    yield runner
    ops.set_runner(previous)


# ------------------------------------------------------------ one view, not the window
@pytest.fixture
def interface(qapp):
    """The application as build_main_window(language="en") prepares it: the English
    catalogue (plural forms), the CJK font and the program's style sheet."""
    from app.render.fonts import apply_cjk_font
    from app.render.language import setup_language
    from app.ui.style import APP_STYLE

    setup_language(qapp, "en")
    if qapp.styleSheet() != APP_STYLE:
        apply_cjk_font(qapp)
        qapp.setStyleSheet(APP_STYLE)
    return qapp


@pytest.fixture
def preferences(settings, interface):
    """This desk's options over the isolated settings (what the window is given), the
    interface in English."""
    from app.desk.settings import Preferences

    return Preferences(settings)


@pytest.fixture
def book_services(book_path, preferences):
    """The book_path book opened as the window opens it: the store's rules, and writes done
    by this desk (no advisor chosen). Closed at the end, once no op works on it."""
    from app.domain.changes import DESK
    from app.ui.ops import current_runner

    services = open_book(book_path, rules=preferences.rules)
    services.act_as(DESK)
    yield services
    current_runner().wait_for_done(20_000)
    QThreadPool.globalInstance().waitForDone(20_000)  # the customer list's background pages
    services.close()


# the room a view has as a tab of the main window at its first size (1200×720)
TAB_SIZE = (1188, 603)


def show_alone(qtbot, widget):
    """Show `widget` as a window of its own, closed (and deleted) after the test."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def in_main_window(qtbot):
    """in_main_window(view) puts `view` in a bare QMainWindow (not the program's window)
    and returns it: for a test reading what the view says in its window's status bar."""
    hosts = []  # held until the end: the window owns the view

    def host(view) -> QMainWindow:
        made = QMainWindow()
        made.setCentralWidget(view)
        hosts.append(made)
        view.show()
        return show_alone(qtbot, made)

    yield host
    hosts.clear()


@pytest.fixture
def customers_view(qtbot, book_services, preferences):
    """The customers view (list and card) over the book, built as the window builds it."""
    from app.ui.views.customers_view import CustomersView

    view = CustomersView(None)
    view.preferences = preferences
    view.attach(book_services)
    view.resize(*TAB_SIZE)
    return show_alone(qtbot, view)


@pytest.fixture
def card(qtbot, book_services, preferences):
    """The customer card alone, attached as the customers view attaches it (no customer shown)."""
    from app.ui.widgets.customer_card import CustomerCardWidget

    s = book_services
    widget = CustomerCardWidget()
    widget.attach(s.customers, s.vehicles, s.timeline, s.staff, s.household, s.visits,
                  s.followups, s.segments, preferences.segment_options,
                  reminders=s.reminders, preferences=preferences)
    return show_alone(qtbot, widget)


def _list_view(qtbot, module: str, kind: str, services, preferences):
    """The view built as the main window builds it, as large as the window's tab."""
    import importlib

    view = getattr(importlib.import_module(f"app.ui.views.{module}"), kind)(services, preferences)
    view.resize(*TAB_SIZE)
    return show_alone(qtbot, view)


@pytest.fixture
def visits_view(qtbot, book_services, preferences):
    return _list_view(qtbot, "visits_view", "VisitsView", book_services, preferences)


@pytest.fixture
def followups_view(qtbot, book_services, preferences):
    return _list_view(qtbot, "followups_view", "FollowUpsView", book_services, preferences)


@pytest.fixture
def lapsed_view(qtbot, book_services, preferences):
    return _list_view(qtbot, "lapsed_view", "LapsedView", book_services, preferences)


@pytest.fixture
def callsheet_view(qtbot, book_services, preferences):
    return _list_view(qtbot, "callsheet_view", "CallSheetView", book_services, preferences)


@pytest.fixture
def reminders_view(qtbot, book_services, preferences):
    return _list_view(qtbot, "reminders_view", "RemindersView", book_services, preferences)


@pytest.fixture
def dashboard_view(qtbot, book_services, preferences):
    """The owner's dashboard alone (loads matplotlib); its first charts are computed by an op."""
    return _list_view(qtbot, "dashboard_view", "DashboardView", book_services, preferences)


class HeldReads:
    """Runs ops at once, except reads after the first `let_through`: those wait in `held`
    until `release()` (a read that takes its time, as on a big book)."""

    def __init__(self, let_through: int = 0):
        self.let_through = let_through
        self.held = []

    def start(self, op) -> None:
        if not op.writes and self.let_through <= 0:
            self.held.append(op)
            return
        if not op.writes:
            self.let_through -= 1
        op._work()
        op._deliver()

    def release(self) -> None:
        while self.held:
            self.finish(self.held[0])

    def finish(self, op) -> None:
        """Let one held read end now (in whatever order a slow thread could bring them)."""
        self.held.remove(op)
        op._work()
        op._deliver()

    def wait_for_done(self, timeout_ms: int = 30_000) -> bool:
        return True


@pytest.fixture
def held_reads():
    """Ops run at once, reads held until `release()` (a read that takes its time)."""
    from app.ui import ops

    runner = HeldReads()
    previous = ops.set_runner(runner)
    yield runner
    ops.set_runner(previous)


@pytest.fixture
def owner_at_start():
    """For tests of the real start (start_window) that are not about signing in: a book
    without accounts asks for its owner's first; this answers that dialog (owner "owner",
    password OWNER_AT_START) whenever it shows."""
    from PySide6.QtCore import QTimer

    from app.ui.dialogs.sign_in_dialog import OwnerFirstDialog

    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, OwnerFirstDialog) and widget.isVisible() and widget.actor is None:
                widget.name.setText("店长")
                widget.login.setText("owner")
                widget.password.setText(OWNER_AT_START)
                widget.again.setText(OWNER_AT_START)
                widget.create_button.click()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(answer)
    timer.start()
    yield
    timer.stop()


OWNER_AT_START = "owner-at-start-1"
