"""Who is signed in at this window: the status bar's words, File → Switch user… and Lock,
the lock screen, and the lock after some minutes without use (Preferences).

While locked, the window's content is hidden and disabled, its menus and shortcuts are
off, and only the lock screen (unlock with the password, or Switch user…) is there.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import Actor
from app.domain.errors import SignInRefused

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

# what counts as the person using the program (the idle clock starts again)
ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.InputMethod,
})
IDLE_CHECK_MS = 15_000  # how often the idle clock is looked at


class DeskSession(QObject):
    """The signed-in person of one main window (None: nobody signs in, the desk's advisor
    writes: app.ui.main_window.act_for_desk)."""

    def __init__(self, window: MainWindow, file_menu, clock=time.monotonic):
        super().__init__(window)
        self.window = window
        self.actor: Actor | None = None
        self.login = ""
        self.clock = clock  # (tests hand in their own)
        self.locked = False
        self._last_use = clock()
        self._lock_screen: LockScreen | None = None
        self._disabled: list = []  # what the lock turned off, turned on again by unlocking
        self.label = QLabel(window)
        self.label.setObjectName("signedInLabel")
        self.label.setContentsMargins(0, 0, 12, 0)
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self.switch_action = window._action(self.tr("S&witch user…"), self.switch_user, None,
                                            "switchUserAction")
        self.lock_action = window._action(self.tr("&Lock"), self.lock,
                                          QKeySequence("Ctrl+Shift+L"), "lockAction")
        self.switch_action.setEnabled(False)
        self.lock_action.setEnabled(False)
        first = file_menu.actions()[-1] if file_menu.actions() else None  # before Quit
        file_menu.insertAction(first, self.switch_action)
        file_menu.insertAction(first, self.lock_action)
        file_menu.insertSeparator(first)
        self.idle_timer = QTimer(self)
        self.idle_timer.setObjectName("idleLockTimer")
        self.idle_timer.setInterval(IDLE_CHECK_MS)
        self.idle_timer.timeout.connect(self.check_idle)
        window.preferences.changed.connect(self._option_changed)

    # ------------------------------------------------------------ signing in
    def signed_in(self, actor: Actor, login: str, services=None) -> None:
        """`actor` is at the desk from now on: their writes, their name in the status bar,
        the views worked out again for their role. (`services`: the book's, before the
        window is put over it.)"""
        changed = self.actor is not None and self.actor.staff_id != actor.staff_id
        self.actor, self.login = actor, login
        self.window.preferences.remember_login(login)
        services = services or self.window.services
        if services is not None:
            services.act_as(actor)
        role = role_words(actor)
        self.label.setText(
            (self.tr("Signed in: %1 · %2").replace("%2", role) if role
             else self.tr("Signed in: %1")).replace("%1", actor.name))
        self.label.show()
        self.switch_action.setEnabled(True)
        self.lock_action.setEnabled(True)
        self._last_use = self.clock()
        self._watch_use()
        if changed:
            self.window.refresh_for_person()

    def ask(self, *, switching: bool, problem: str = "", login: str = "",
            services=None) -> bool:
        """The sign-in dialog over the window; True when somebody signed in."""
        from app.ui.dialogs.sign_in_dialog import SignInDialog

        services = services or self.window.services
        if services is None:
            return False
        logins = self.window.preferences.remembered_logins
        return self._signed_in_through(SignInDialog(
            services.accounts, logins, login=login, switching=switching, problem=problem,
            parent=self.window), services)

    def ask_owner_first(self, services) -> bool:
        """A book without accounts: the owner's account is made, and the owner signs in."""
        from app.ui.dialogs.sign_in_dialog import OwnerFirstDialog

        return self._signed_in_through(OwnerFirstDialog(services.accounts, parent=self.window),
                                       services)

    def _signed_in_through(self, dialog, services) -> bool:
        """The dialog asked; whoever it signed in is the person at the desk (False: nobody)."""
        try:
            if not dialog.exec() or dialog.actor is None:
                return False
            self.signed_in(dialog.actor, dialog.login_used, services)
            return True
        finally:
            dialog.deleteLater()

    def switch_user(self) -> None:
        """File → Switch user…: somebody else signs in (Cancel: the same person stays)."""
        if not self.window.customers_view.maybe_leave(retry=self.switch_user):
            return  # (what is typed on the card is the person's before the other's)
        if self.ask(switching=True) and self.locked:
            self.unlock()

    # ------------------------------------------------------------ the lock
    def lock(self) -> None:
        """Cover the window: nothing of the book shows until the password is typed again."""
        if self.locked or self.actor is None or self.window.services is None:
            return
        self.locked = True
        window = self.window
        self._disabled = [a for a in window.actions() if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)
        central = window.centralWidget()
        central.hide()
        central.setEnabled(False)
        window.menuBar().setEnabled(False)
        window.statusBar().clearMessage()
        self._lock_screen = LockScreen(self, window)
        self._fit_lock_screen()
        window.installEventFilter(self)
        self._lock_screen.show()
        self._lock_screen.raise_()
        self._lock_screen.password.setFocus()

    def unlock(self) -> None:
        if not self.locked:
            return
        self.locked = False
        window = self.window
        window.removeEventFilter(self)
        if self._lock_screen is not None:
            self._lock_screen.hide()
            self._lock_screen.deleteLater()
            self._lock_screen = None
        central = window.centralWidget()
        central.setEnabled(True)
        central.show()
        window.menuBar().setEnabled(True)
        for action in self._disabled:
            if shiboken6.isValid(action):
                action.setEnabled(True)
        self._disabled = []
        self._last_use = self.clock()

    def try_unlock(self, password: str) -> None:
        """The password of the person signed in, checked as a sign-in (failures count)."""
        screen = self._lock_screen
        services = self.window.services
        if screen is None or services is None:
            return
        from app.presentation.messages import sign_in_refused
        from app.ui.ops import Op

        login = self.login
        screen.busy(True)

        def done(actor: Actor) -> None:
            self.signed_in(actor, login)
            self.unlock()

        def refused(error: Exception) -> None:
            from app.ui.ops import failure_text

            if self._lock_screen is None:
                return
            screen = self._lock_screen
            screen.busy(False)
            if isinstance(error, SignInRefused) and error.code == "wait":
                screen.unlock_button.setEnabled(False)  # until the wait is over
                QTimer.singleShot(error.wait_seconds * 1000,
                                  lambda: shiboken6.isValid(screen) and screen.busy(False))
            screen.say(
                sign_in_refused(error.code, error.wait_seconds)
                if isinstance(error, SignInRefused) else failure_text(error)[0])

        from app.ui.dialogs.sign_in_dialog import delivered, refusal_kept

        Op(self.window, refusal_kept(lambda: services.accounts.sign_in(login, password)),
           writes=True).success(delivered(done, refused)).failure(refused).run()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if watched is self.window:
            if event.type() == QEvent.Type.Resize and self._lock_screen is not None:
                self._fit_lock_screen()
            return False
        if event.type() in ACTIVITY:
            self._last_use = self.clock()
        return False

    def _fit_lock_screen(self) -> None:
        if self._lock_screen is not None:
            bar = self.window.menuBar().geometry().bottom() + 1
            rect = self.window.rect().adjusted(0, bar, 0, 0)
            self._lock_screen.setGeometry(rect)

    # ------------------------------------------------------------ the idle lock
    def _watch_use(self) -> None:
        """The idle clock runs while somebody is signed in and Preferences ask for it."""
        minutes = self.window.preferences.lock_after_minutes
        app = QApplication.instance()
        if minutes and self.actor is not None:
            if not self.idle_timer.isActive():
                app.installEventFilter(self)
                self.idle_timer.start()
        elif self.idle_timer.isActive():
            self.idle_timer.stop()
            app.removeEventFilter(self)

    def check_idle(self) -> None:
        """Lock when nobody used the program for the minutes Preferences ask. (Not while
        another dialog is open over the window: it is locked once that closes.)"""
        minutes = self.window.preferences.lock_after_minutes
        if self.locked or not minutes or self.actor is None:
            return
        if self.clock() - self._last_use < minutes * 60:
            return
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self.window:
            return
        self.lock()

    def _option_changed(self, key: str) -> None:
        if key == "preferences/lock_after_minutes":
            self._watch_use()

    def stop(self) -> None:
        """The window goes: the application no longer tells this session of each event."""
        if self.idle_timer.isActive():
            self.idle_timer.stop()
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)


def role_words(actor: Actor) -> str:
    """The person's role in words ("" when the actor has none)."""
    from app.domain.enums import StaffRole
    from app.presentation.labels import staff_role

    try:
        return staff_role(StaffRole(actor.role)) if actor.role else ""
    except ValueError:
        return ""


class LockScreen(QWidget):
    """Over the window's content while it is locked: who is signed in, their password to
    go on, and Switch user…"""

    def __init__(self, session: DeskSession, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("QWidget#lockScreen { background: #eef1f5; }")
        self._session = session
        actor = session.actor
        title = QLabel(self.tr("Guanxi is locked"), self)
        title.setObjectName("lockTitle")
        title.setStyleSheet("QLabel#lockTitle { font-size: 18pt; font-weight: bold; }")
        role = role_words(actor) if actor is not None else ""
        who = QLabel((self.tr("Signed in: %1 · %2").replace("%2", role) if role
                      else self.tr("Signed in: %1")).replace("%1", actor.name if actor else ""),
                     self)
        who.setObjectName("lockWho")
        self.password = QLineEdit(self)
        self.password.setObjectName("lockPassword")
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setMinimumWidth(260)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        switch = QPushButton(self.tr("Switch user…"), self)
        switch.setObjectName("lockSwitchUser")
        self.problem = QLabel(self)
        self.problem.setObjectName("lockProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("QLabel#lockProblem { color: #a50e0e; }")
        self.problem.hide()
        self.unlock_button.clicked.connect(self._unlock)
        self.password.returnPressed.connect(self._unlock)
        switch.clicked.connect(session.switch_user)
        box = QWidget(self)
        box.setObjectName("lockBox")
        box.setMaximumWidth(460)
        inner = QVBoxLayout(box)
        inner.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(who, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addSpacing(12)
        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self.unlock_button)
        inner.addLayout(row)
        inner.addWidget(self.problem)
        inner.addSpacing(8)
        inner.addWidget(switch, 0, Qt.AlignmentFlag.AlignHCenter)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(box)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)

    def _unlock(self) -> None:
        if self.unlock_button.isEnabled():
            password, _ = self.password.text(), self.password.clear()
            self._session.try_unlock(password)

    def busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        if busy:
            self.problem.hide()

    def say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.password.setFocus()
