"""Who is at the desk: the sign-in dialog, and the owner's account a new book asks for first.

Both check the password through `services.accounts` (app.services.admin.sign_in) off the
interface thread (argon2 takes a noticeable moment); a refusal is said in the dialog, in
words. The password lives only in its field: never logged, never kept in the settings.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from app.domain.changes import Actor
from app.domain.errors import SignInRefused, ValidationError
from app.presentation.messages import field_error, sign_in_refused
from app.ui.ops import Op


def _refusal_label(parent) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("signInProblem")
    label.setWordWrap(True)
    label.setStyleSheet("QLabel#signInProblem { color: #a50e0e; }")
    label.hide()
    return label


def _password_field(parent, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


def refusal_kept(work):
    """`work` as an op's function whose refusal (SignInRefused, a person's typing mistake,
    not a failure) comes back as its result instead of being logged as a failure."""
    def run():
        try:
            return work()
        except SignInRefused as refused:
            return refused
    return run


def delivered(success, refused):
    """The op's result to `success`, or a kept refusal to `refused`."""
    def deliver(result):
        (refused if isinstance(result, SignInRefused) else success)(result)
    return deliver


class SignInDialog(QDialog):
    """A login (the ones remembered at this desk offered, newest first) and a password.
    `actor` is the person once the dialog is accepted. `switching`: Cancel instead of Quit
    (the person signed in stays)."""

    def __init__(self, accounts, logins=(), *, login: str = "", switching: bool = False,
                 problem: str = "", parent=None, clock=time.monotonic):
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in"))
        self.accounts = accounts
        self.actor: Actor | None = None
        self.login_used = ""
        self._clock = clock
        self._wait_until = 0.0  # (clock) a slowed-down sign-in may be tried again from then
        self._busy = False
        heading = QLabel(self.tr("Who is at the desk?"), self)
        heading.setObjectName("signInHeading")
        heading.setStyleSheet("QLabel#signInHeading { font-size: 15pt; font-weight: bold; }")
        self.login = QComboBox(self)
        self.login.setObjectName("signInLogin")
        self.login.setAccessibleName(self.tr("Login"))
        self.login.setEditable(True)
        self.login.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.login.addItems(list(logins))
        self.login.setEditText(login or (logins[0] if logins else ""))
        self.password = _password_field(self, "signInPassword")
        self.password.setAccessibleName(self.tr("Password"))
        self.problem = _refusal_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(self)
        self.sign_in_button = QPushButton(self.tr("Sign in"), self)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.leave_button = QPushButton(self.tr("Cancel") if switching else self.tr("Quit"), self)
        self.leave_button.setObjectName("signInLeave")
        buttons.addButton(self.leave_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_in_button.clicked.connect(self.try_sign_in)
        self.leave_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._ticker = QTimer(self)  # the seconds of a slowed-down sign-in, counted down
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self.setMinimumWidth(380)
        if problem:
            self._say(problem)
        (self.password if self.login.currentText() else self.login).setFocus()

    def try_sign_in(self) -> None:
        """Check the login and password (off the interface thread); accepted when right."""
        if self._busy or self._clock() < self._wait_until:
            return
        login, password = self.login.currentText().strip(), self.password.text()
        if not login:
            self._say(self.tr("Type your login."))
            self.login.setFocus()
            return
        self._busy = True
        self.sign_in_button.setEnabled(False)
        self.problem.hide()
        accounts = self.accounts
        Op(self, refusal_kept(lambda: accounts.sign_in(login, password)), writes=True) \
            .success(delivered(lambda actor: self._signed_in(login, actor), self._refused)) \
            .failure(self._refused).run()

    def _signed_in(self, login: str, actor: Actor) -> None:
        self._busy = False
        self.actor, self.login_used = actor, login
        self.password.clear()
        self.accept()

    def _refused(self, error: Exception) -> None:
        from app.ui.ops import failure_text

        self._busy = False
        self.password.clear()
        self.password.setFocus()
        self.sign_in_button.setEnabled(True)
        if not isinstance(error, SignInRefused):
            self._say(failure_text(error)[0])
            return
        if error.code == "wait":
            self._wait_until = self._clock() + error.wait_seconds
            self.sign_in_button.setEnabled(False)
            self._ticker.start()
        self._say(sign_in_refused(error.code, error.wait_seconds))

    def _tick(self) -> None:
        left = self._wait_until - self._clock()
        if left <= 0:
            self._ticker.stop()
            self.sign_in_button.setEnabled(True)
            self.problem.hide()
            return
        self._say(sign_in_refused("wait", max(1, int(left + 0.999))))

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


class OwnerFirstDialog(QDialog):
    """A book without accounts: the owner's account first (name, login, the password twice);
    `actor` is the owner, signed in, once the dialog is accepted."""

    def __init__(self, accounts, parent=None):
        super().__init__(parent)
        self.setObjectName("ownerFirstDialog")
        self.setWindowTitle(self.tr("Create the owner's account"))
        self.accounts = accounts
        self.actor: Actor | None = None
        self.login_used = ""
        self._busy = False
        heading = QLabel(self.tr("Create the owner's account"), self)
        heading.setObjectName("ownerFirstHeading")
        heading.setStyleSheet("QLabel#ownerFirstHeading { font-size: 15pt; font-weight: bold; }")
        explanation = QLabel(self.tr(
            "This book has no accounts yet. The owner signs in with this account and adds "
            "the staff and their accounts afterwards."), self)
        explanation.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("ownerName")
        self.name.setAccessibleName(self.tr("Name"))
        self.login = QLineEdit(self)
        self.login.setObjectName("ownerLogin")
        self.login.setAccessibleName(self.tr("Login"))
        self.password = _password_field(self, "ownerPassword")
        self.password.setAccessibleName(self.tr("Password"))
        self.again = _password_field(self, "ownerPasswordAgain")
        self.again.setAccessibleName(self.tr("Password again"))
        self.problem = _refusal_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.again)
        buttons = QDialogButtonBox(self)
        self.create_button = QPushButton(self.tr("Create and sign in"), self)
        self.create_button.setObjectName("ownerCreate")
        self.create_button.setDefault(True)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        leave = QPushButton(self.tr("Quit"), self)
        leave.setObjectName("ownerQuit")
        buttons.addButton(leave, QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.clicked.connect(self.create)
        leave.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.name.setFocus()

    def create(self) -> None:
        if self._busy:
            return
        name, login = self.name.text().strip(), self.login.text().strip()
        password = self.password.text()
        if not name or not login:
            self._say(self.tr("Type the owner's name and a login."))
            (self.name if not name else self.login).setFocus()
            return
        if password != self.again.text():
            self._say(self.tr("The two passwords are not the same. Type them again."))
            self.password.clear()
            self.again.clear()
            self.password.setFocus()
            return
        self._busy = True
        self.create_button.setEnabled(False)
        accounts = self.accounts

        def work() -> Actor:
            accounts.create_owner(name, login, password)
            return accounts.sign_in(login, password)

        Op(self, refusal_kept(work), writes=True) \
            .success(delivered(lambda actor: self._done(login, actor), self._refused)) \
            .failure(self._refused).run()

    def _done(self, login: str, actor: Actor) -> None:
        self._busy = False
        self.actor, self.login_used = actor, login
        self.password.clear()
        self.again.clear()
        self.accept()

    def _refused(self, error: Exception) -> None:
        from app.ui.ops import failure_text

        self._busy = False
        self.create_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self._say("\n".join(field_error(e) for e in error.errors))
        elif isinstance(error, SignInRefused):
            self._say(sign_in_refused(error.code, error.wait_seconds))
        else:
            self._say(failure_text(error)[0])

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


__all__ = ["OwnerFirstDialog", "SignInDialog"]
