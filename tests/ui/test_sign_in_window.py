"""Signing in at the window: the owner's account on a new book, the sign-in dialog (right,
wrong, slowed down, deactivated), the person in the status bar, Switch user (whose calls
and outcomes are whose), Lock and the idle lock, and the test seam (GUANXI_USER /
GUANXI_PASSWORD) of build_main_window.

Accounts are hashed with cheap argon2id costs (the hash carries its costs, so the window's
own sign-in service verifies them quickly)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from app.bootstrap import build_main_window
from app.domain.enums import StaffRole
from app.domain.records import CustomerInput
from app.services.admin.book import open_book
from app.services.admin.passwords import Passwords
from app.services.admin.sign_in import SignInService
from app.services.admin.staff import StaffService
from app.ui.dialogs.sign_in_dialog import OwnerFirstDialog, SignInDialog
from tests.ui.conftest import drop_unsaved

CHEAP = Passwords(PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))
WANG_PW = "wang-secret-1"
OWNER_PW = "owner-secret-1"


@pytest.fixture(autouse=True)
def _nobody_from_the_environment(monkeypatch):
    for name in ("GUANXI_USER", "GUANXI_PASSWORD"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def accounts_book(tmp_path):
    """A book with an owner (owner), an advisor (wangfang) with a customer, and an advisor
    whose account was deactivated (gone)."""
    path = tmp_path / "accounts.db"
    services = open_book(path)
    staff = StaffService(services.book, CHEAP)
    owner = staff.add("店长", StaffRole.OWNER, login="owner", password=OWNER_PW)
    wang = staff.add("王芳", StaffRole.ADVISOR, login="wangfang", password=WANG_PW)
    gone = staff.add("赵六", StaffRole.ADVISOR, login="gone", password="gone-secret-1")
    staff.deactivate(gone.id)
    customer = services.customers.create(
        CustomerInput(name="张三", phone="13800138000", advisor_id=wang.id))
    services.close()
    return path, {"owner": owner, "wang": wang, "gone": gone, "customer": customer}


class Clock:
    def __init__(self, start: float = 1000.0) -> None:
        self.moment = start

    def __call__(self) -> float:
        return self.moment


def answer(kind, fill, tries: int = 200) -> None:
    """When a dialog of `kind` shows (a modal one, from the event loop), `fill` it."""
    def step(left: int = tries) -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if shown:
            fill(shown[0])
        elif left:
            QTimer.singleShot(20, lambda: step(left - 1))
    QTimer.singleShot(0, step)


def sign_in_as(login: str, password: str):
    def fill(dialog: SignInDialog) -> None:
        dialog.login.setEditText(login)
        dialog.password.setText(password)
        dialog.sign_in_button.click()
    return fill


def close(window) -> None:
    drop_unsaved(window)
    window.close()
    window.deleteLater()


def staff_of_rows(services, sql: str) -> list:
    from sqlalchemy import text

    with services.book.reading() as session:
        return [tuple(r) for r in session.execute(text(sql))]


# ------------------------------------------------------------------ the dialogs
def test_owner_first_on_an_empty_book_creates_the_owner_and_signs_in(qtbot, tmp_path, settings,
                                                                      sync_ops):
    path = tmp_path / "new.db"
    open_book(path).close()

    def fill(dialog: OwnerFirstDialog) -> None:
        dialog.name.setText("李老板")
        dialog.login.setText("boss")
        dialog.password.setText("boss-secret-1")
        dialog.again.setText("boss-secret-1")
        dialog.create_button.click()

    answer(OwnerFirstDialog, fill)
    window = build_main_window(str(path), language="en", settings=settings, ask_who=True)
    qtbot.addWidget(window)
    try:
        assert window.services is not None
        actor = window.services.book.actor
        assert (actor.name, actor.role) == ("李老板", "owner")
        assert window.session.label.text() == "Signed in: 李老板 · Owner"
        assert window.services.accounts.needs_owner() is False
        assert window.preferences.remembered_logins == ("boss",)
        settings.sync()
        kept = (tmp_path / "settings.ini").read_text(encoding="utf-8")
        assert "boss" in kept and "boss-secret-1" not in kept  # the login, never the password
    finally:
        close(window)


def test_the_owner_first_dialog_says_when_the_two_passwords_differ(qtbot, tmp_path, sync_ops):
    services = open_book(tmp_path / "new.db")
    try:
        dialog = OwnerFirstDialog(services.accounts)
        qtbot.addWidget(dialog)
        dialog.name.setText("李老板")
        dialog.login.setText("boss")
        qtbot.keyClicks(dialog.password, "boss-secret-1")
        qtbot.keyClicks(dialog.again, "boss-secret-2")
        dialog.create_button.click()
        assert dialog.problem.isVisibleTo(dialog)
        assert dialog.problem.text() == "The two passwords are not the same. Type them again."
        assert dialog.actor is None and services.accounts.needs_owner()
        dialog.password.setText("short")
        dialog.again.setText("short")
        dialog.create_button.click()
        assert "at least" in dialog.problem.text()  # the service's rule, in words
        assert services.accounts.needs_owner()
    finally:
        services.close()


def test_a_wrong_password_is_said_and_the_right_one_signs_in(qtbot, accounts_book, sync_ops):
    path, people = accounts_book
    services = open_book(path)
    try:
        dialog = SignInDialog(services.accounts, ("wangfang", "owner"))
        qtbot.addWidget(dialog)
        assert dialog.login.currentText() == "wangfang"  # the last one preselected
        qtbot.keyClicks(dialog.password, "not-it")
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        assert dialog.result() == 0 and dialog.actor is None
        assert dialog.problem.text() == "The login or the password is not right."
        assert dialog.password.text() == ""
        qtbot.keyClicks(dialog.password, WANG_PW)
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        assert dialog.actor.staff_id == people["wang"].id
        assert dialog.result() == 1
    finally:
        services.close()


def test_a_deactivated_account_is_refused(qtbot, accounts_book, sync_ops):
    path, _people = accounts_book
    services = open_book(path)
    try:
        dialog = SignInDialog(services.accounts)
        qtbot.addWidget(dialog)
        dialog.login.setEditText("gone")
        dialog.password.setText("gone-secret-1")
        dialog.sign_in_button.click()
        assert dialog.actor is None
        assert dialog.problem.text() == (
            "This account has been deactivated. Ask the owner to reactivate it.")
    finally:
        services.close()


def test_signing_in_is_slowed_down_after_three_wrong_passwords(qtbot, accounts_book, sync_ops):
    path, people = accounts_book
    services = open_book(path)
    book_moment = [datetime(2026, 12, 1, 9, 0, 0)]
    accounts = SignInService(services.book, CHEAP, clock=lambda: book_moment[0])
    clock = Clock()
    try:
        dialog = SignInDialog(accounts, ("wangfang",), clock=clock)
        qtbot.addWidget(dialog)
        for _ in range(3):
            dialog.password.setText("wrong-one")
            dialog.sign_in_button.click()
            assert dialog.problem.text() == "The login or the password is not right."
        dialog.password.setText(WANG_PW)  # right, but too soon
        dialog.sign_in_button.click()
        assert dialog.actor is None
        assert dialog.problem.text() == "Too many wrong tries: wait 5 s, then try again."
        assert not dialog.sign_in_button.isEnabled()
        clock.moment += 2
        dialog._tick()
        assert dialog.problem.text() == "Too many wrong tries: wait 3 s, then try again."
        assert not dialog.sign_in_button.isEnabled()
        clock.moment += 3
        book_moment[0] += timedelta(seconds=5)
        dialog._tick()
        assert dialog.sign_in_button.isEnabled()
        dialog.password.setText(WANG_PW)
        dialog.sign_in_button.click()
        assert dialog.actor.staff_id == people["wang"].id
    finally:
        services.close()


# ------------------------------------------------------------------ the window
def test_signing_in_at_the_start_names_the_person_in_the_status_bar(qtbot, accounts_book,
                                                                    settings, sync_ops):
    path, people = accounts_book
    answer(SignInDialog, sign_in_as("wangfang", WANG_PW))
    window = build_main_window(str(path), language="en", settings=settings, ask_who=True)
    qtbot.addWidget(window)
    try:
        assert window.services.book.actor.staff_id == people["wang"].id
        assert window.session.label.text() == "Signed in: 王芳 · Sales advisor"
        window.act_for_desk()  # (the desk's advisor applies only when nobody signs in)
        assert window.services.book.actor.staff_id == people["wang"].id
        assert window.preferences.remembered_logins[0] == "wangfang"
    finally:
        close(window)


def test_quit_at_the_sign_in_ends_without_opening_the_book(qtbot, accounts_book, settings,
                                                           sync_ops):
    path, _people = accounts_book
    answer(SignInDialog, lambda dialog: dialog.leave_button.click())
    window = build_main_window(str(path), language="en", settings=settings, ask_who=True,
                               defer_book=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert window.services is None and window.session.actor is None


def test_the_environment_signs_in_without_a_dialog(qtbot, accounts_book, settings,
                                                   monkeypatch):
    path, people = accounts_book
    monkeypatch.setenv("GUANXI_USER", "owner")
    monkeypatch.setenv("GUANXI_PASSWORD", OWNER_PW)
    window = build_main_window(str(path), language="en", settings=settings)
    qtbot.addWidget(window)
    try:
        assert window.services.book.actor.staff_id == people["owner"].id
        assert window.services.book.actor.role == "owner"
        assert window.session.label.text() == "Signed in: 店长 · Owner"
    finally:
        close(window)


def test_a_refused_sign_in_from_the_environment_opens_no_book(qtbot, accounts_book, settings,
                                                              monkeypatch):
    path, _people = accounts_book
    monkeypatch.setenv("GUANXI_USER", "owner")
    monkeypatch.setenv("GUANXI_PASSWORD", "not-the-one")
    said = []

    def read_and_close(box: QMessageBox) -> None:
        said.append(box.text())
        box.accept()

    answer(QMessageBox, read_and_close)
    window = build_main_window(str(path), language="en", settings=settings)
    qtbot.addWidget(window)
    assert said == ["The login or the password is not right."]
    assert window.services is None and not window.isVisible()


def test_without_the_environment_nobody_signs_in_and_no_dialog_shows(qtbot, accounts_book,
                                                                     settings):
    path, _people = accounts_book
    window = build_main_window(str(path), language="en", settings=settings)
    qtbot.addWidget(window)
    try:
        assert window.session.actor is None and window.services.book.actor.role is None
        assert not window.session.label.isVisibleTo(window)
        assert not window.session.lock_action.isEnabled()
    finally:
        close(window)


@pytest.fixture
def wang_window(qtbot, accounts_book, settings, monkeypatch, sync_ops):
    path, people = accounts_book
    monkeypatch.setenv("GUANXI_USER", "wangfang")
    monkeypatch.setenv("GUANXI_PASSWORD", WANG_PW)
    window = build_main_window(str(path), language="en", settings=settings)
    window.show()
    qtbot.waitExposed(window)
    yield window, people
    close(window)


def test_switch_user_changes_who_calls_and_outcomes_are_credited_to(qtbot, wang_window):
    window, people = wang_window
    services = window.services
    customer = people["customer"].id
    window.show_customer(customer)
    card = window.customers_view.card
    qtbot.waitUntil(lambda: card.customer_id() == customer)
    card.log_text.setText("王芳打的电话")
    card.log_contact()
    answer(SignInDialog, sign_in_as("owner", OWNER_PW))
    window.session.switch_user()
    assert services.book.actor.staff_id == people["owner"].id
    assert window.session.label.text() == "Signed in: 店长 · Owner"
    qtbot.waitUntil(lambda: card.customer_id() == customer)
    card.log_text.setText("店长打的电话")
    card.log_contact()
    rows = staff_of_rows(services, "SELECT summary, staff_id FROM interactions "
                                   "WHERE summary LIKE '%打的电话' ORDER BY id")
    assert rows == [("王芳打的电话", people["wang"].id), ("店长打的电话", people["owner"].id)]
    # the audit log's entries of the two writes name who made them
    logged = [e for e in services.audit.entries() if '"interaction"' in (e.detail or "")]
    assert [(e.staff_id, e.actor) for e in logged] == [
        (people["wang"].id, "王芳"), (people["owner"].id, "店长")]


def test_an_outcome_is_credited_to_the_person_signed_in(qtbot, wang_window):
    from datetime import date

    from app.domain.enums import FollowUpReason, Outcome

    window, people = wang_window
    services = window.services
    customer = people["customer"].id
    made = services.followups.create(customer, FollowUpReason.OTHER, date.today())
    made = getattr(made, "id", made)
    answer(SignInDialog, sign_in_as("owner", OWNER_PW))
    window.session.switch_user()
    services.followups.log_outcome(made, Outcome.REACHED, "接通了")
    rows = staff_of_rows(services, f"SELECT staff_id FROM interactions WHERE follow_up_id = {made}")
    assert rows == [(people["owner"].id,)]
    entries = [e for e in services.audit.entries(action="outcome") if e.record_id == made]
    assert [e.staff_id for e in entries] == [people["owner"].id]


def test_cancel_at_switch_user_keeps_the_person(qtbot, wang_window):
    window, people = wang_window
    answer(SignInDialog, lambda dialog: dialog.leave_button.click())
    window.session.switch_user()
    assert window.services.book.actor.staff_id == people["wang"].id
    assert window.session.label.text() == "Signed in: 王芳 · Sales advisor"


def visible_texts(window) -> str:
    """Every text a person can see in the window now."""
    from PySide6.QtWidgets import QAbstractItemView, QLineEdit

    parts = []
    for widget in window.findChildren(QLabel):
        if widget.isVisible():
            parts.append(widget.text())
    for widget in window.findChildren(QLineEdit):
        if widget.isVisible():
            parts.append(widget.text())
    for view in window.findChildren(QAbstractItemView):
        if view.isVisible() and view.model() is not None:
            model = view.model()
            for row in range(min(model.rowCount(), 50)):
                for column in range(model.columnCount()):
                    parts.append(str(model.index(row, column).data() or ""))
    return "\n".join(parts)


def test_lock_hides_the_data_and_only_the_right_password_unlocks(qtbot, wang_window):
    window, _people = wang_window
    qtbot.waitUntil(lambda: "张三" in visible_texts(window))
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert window.session.locked
    screen = window.findChild(QLabel, "lockWho").parentWidget().parentWidget()
    assert screen.isVisible() and screen.geometry().contains(window.centralWidget().geometry())
    assert "张三" not in visible_texts(window)
    assert "Signed in: 王芳 · Sales advisor" in visible_texts(window)
    assert [a.objectName() for a in window.actions() if a.isEnabled()] == []
    assert not window.menuBar().isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert "张三" not in visible_texts(window)
    password = screen.findChild(type(window.session._lock_screen.password), "lockPassword")
    qtbot.keyClicks(password, "not-it")
    qtbot.keyClick(password, Qt.Key.Key_Return)
    assert window.session.locked
    assert window.findChild(QLabel, "lockProblem").text() == "The login or the password is not right."
    assert "张三" not in visible_texts(window)
    qtbot.keyClicks(password, WANG_PW)
    qtbot.keyClick(password, Qt.Key.Key_Return)
    assert not window.session.locked
    assert window.centralWidget().isVisible() and window.menuBar().isEnabled()
    assert window.new_action.isEnabled() and window.session.lock_action.isEnabled()
    qtbot.waitUntil(lambda: "张三" in visible_texts(window))


def test_the_window_locks_itself_after_the_minutes_without_use(qtbot, wang_window):
    window, _people = wang_window
    session = window.session
    window.preferences.lock_after_minutes = 1
    clock = Clock()
    session.clock = clock
    session._last_use = clock()
    session.idle_timer.setInterval(10)
    clock.moment += 50
    qtbot.wait(40)
    assert not session.locked
    # the person moves the mouse: the minute starts again
    QApplication.sendEvent(window.centralWidget(), QMouseEvent(
        QEvent.Type.MouseMove, QPointF(5, 5), QPointF(5, 5), Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
    clock.moment += 50
    qtbot.wait(40)
    assert not session.locked
    clock.moment += 11
    qtbot.waitUntil(lambda: session.locked, timeout=2000)
    assert not window.centralWidget().isVisible()


def test_no_idle_lock_when_preferences_say_never(qtbot, wang_window):
    window, _people = wang_window
    session = window.session
    window.preferences.lock_after_minutes = 0
    assert not session.idle_timer.isActive()
    clock = Clock()
    session.clock = clock
    clock.moment += 10_000
    session.check_idle()
    assert not session.locked


def test_the_lock_minutes_are_on_the_general_page(qtbot, settings):
    from app.desk.settings import Preferences
    from app.ui.dialogs.preferences_dialog import PreferencesDialog

    preferences = Preferences(settings)
    assert preferences.lock_after_minutes == 10
    dialog = PreferencesDialog(preferences)
    qtbot.addWidget(dialog)
    assert dialog.lock_after.value() == 10
    dialog.lock_after.setValue(3)
    dialog.accept()
    assert preferences.lock_after_minutes == 3


def test_the_command_lines_user_is_filled_in_at_the_start(qtbot, accounts_book, settings,
                                                          tmp_path):
    from app.bootstrap import start_window

    path, people = accounts_book
    from app.desk.settings import Preferences

    Preferences(settings).remembered_logins = ("owner",)
    shown = []

    def fill(dialog: SignInDialog) -> None:
        shown.append(dialog.login.currentText())
        sign_in_as(dialog.login.currentText(), WANG_PW)(dialog)

    answer(SignInDialog, fill)
    window, locks = start_window(str(path), "en", settings=settings, user="wangfang",
                                 local_book=str(tmp_path / "local.db"))
    try:
        window.show()
        qtbot.waitUntil(lambda: window.services is not None, timeout=15_000)
        assert shown == ["wangfang"]  # (not the last one remembered)
        assert window.services.book.actor.staff_id == people["wang"].id
    finally:
        close(window)
        for lock in locks:
            lock.release()
