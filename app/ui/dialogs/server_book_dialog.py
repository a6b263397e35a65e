"""A shared book on a database server: where it is (Preferences → "Shared book on a
server…"), and the password asked at start when no keyring keeps it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
)

from app.domain.errors import BookError
from app.services.admin.server_book import (
    DEFAULT_DATABASE,
    DEFAULT_PORT,
    ServerAddress,
    ServerFound,
    address_from_url,
    keyring_available,
    look_at_server,
)
from app.ui.messages import book_error, server_found
from app.ui.ops import Op, failure_text


def _remember_box() -> QCheckBox:
    remember = QCheckBox(QCoreApplication.translate(
        "ServerBookDialog", "Remember the password in this computer's keyring"))
    remember.setObjectName("rememberPassword")
    remember.setChecked(True)
    return remember


class ServerBookDialog(QDialog):
    """The server's address, user and password; "Test connection" says what is there.
    Accepted: `address`, `password` (None when left empty) and `remember` (keep it in the
    keyring) say what was chosen."""

    def __init__(self, address: ServerAddress | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("serverBookDialog")
        self.setWindowTitle(self.tr("Shared book on a server"))
        self.address: ServerAddress | None = None
        self.password: str | None = None
        self.remember = False
        self._op: Op | None = None
        intro = QLabel(self.tr(
            "Several desks can share one book kept on a PostgreSQL database server. Give its "
            "address, or paste it (postgresql://user@server:port/database)."))
        intro.setWordWrap(True)
        self.url_edit = self._edit("serverUrl", self.tr("Paste an address"))
        self.url_edit.setPlaceholderText("postgresql://user@server:5432/guanxi")
        # read when a whole address arrives (pasted), or once typed (Enter, or leaving it)
        self._url_before = ""
        self.url_edit.textEdited.connect(self._url_edited)
        self.url_edit.editingFinished.connect(lambda: self._pasted(self.url_edit.text()))
        self.host = self._edit("serverHost", self.tr("Server"))
        self.host.setPlaceholderText(self.tr("name or IP address, e.g. 192.168.1.20"))
        self.port = QSpinBox()
        self.port.setObjectName("serverPort")
        self.port.setAccessibleName(self.tr("Port"))
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.database = self._edit("serverDatabase", self.tr("Database"))
        self.database.setText(DEFAULT_DATABASE)
        self.user = self._edit("serverUser", self.tr("User name"))
        self.password_edit = self._edit("serverPassword", self.tr("Password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Paste an address"), self.url_edit)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password_edit)
        self.remember_box = _remember_box()
        if keyring_available():
            form.addRow(self.remember_box)
        else:  # the password is then asked each time Guanxi starts
            self.remember_box.setChecked(False)
            self.remember_box.hide()
            no_keyring = QLabel(self.tr(
                "This computer has no keyring to keep the password in: Guanxi asks for it "
                "each time it starts. The password is never written to a file."))
            no_keyring.setObjectName("noKeyringNote")
            no_keyring.setWordWrap(True)
            form.addRow(no_keyring)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel()
        self.result.setObjectName("connectionResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setMinimumHeight(self.result.fontMetrics().lineSpacing() * 4)
        self.result.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        use = self.buttons.addButton(self.tr("Use this book"),
                                     QDialogButtonBox.ButtonRole.AcceptRole)
        use.setObjectName("useServerBook")
        use.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        if address is not None:
            self._show(address, None)
        self.resize(max(520, self.sizeHint().width()), self.sizeHint().height())

    def _edit(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    def _show(self, address: ServerAddress, password: str | None) -> None:
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        self.user.setText(address.user)
        if password is not None:
            self.password_edit.setText(password)

    def _url_edited(self, text: str) -> None:
        before, self._url_before = self._url_before, text
        if len(text) - len(before) > 1:  # more than a key's worth at once: pasted
            self._pasted(text)

    def _pasted(self, text: str) -> None:
        """A pasted postgresql:// address fills the fields (its password too); the address
        itself is then cleared, so that no password stays in view."""
        if not text.strip():
            return
        try:
            address, password = address_from_url(text)
        except BookError as exc:
            self.result.setText(book_error(exc))
            return
        self._show(address, password)
        self.url_edit.clear()
        self._url_before = ""
        self.result.clear()

    def shown_address(self) -> ServerAddress:
        return ServerAddress(self.host.text().strip(), self.port.value(),
                             self.database.text().strip(), self.user.text().strip())

    # ------------------------------------------------------------ testing it
    def test_connection(self) -> None:
        """Look at the server (off the interface thread) and say what is there."""
        address, password = self.shown_address(), self.password_edit.text() or None
        self.test_button.setEnabled(False)
        self.result.setText(self.tr("Connecting to %1…").replace("%1", address.shown))
        self._op = (Op(self, lambda: look_at_server(address, password))
                    .success(self._found).failure(self._failed))
        self._op.run()

    def _found(self, found: ServerFound) -> None:
        self.test_button.setEnabled(True)
        self.result.setText(server_found(found.version, found.holds, found.tables))

    def _failed(self, error: Exception) -> None:
        self.test_button.setEnabled(True)
        text, _detail = failure_text(error)
        self.result.setText(text)

    # ------------------------------------------------------------ choosing it
    def accept(self) -> None:
        address = self.shown_address()
        if address.missing():
            self.result.setText(book_error(BookError("server_incomplete")))
            return
        self.address = address
        self.password = self.password_edit.text() or None
        self.remember = self.remember_box.isChecked() and self.password is not None
        super().accept()


class ServerPasswordDialog(QDialog):
    """The password of a shared book, asked at start (no keyring keeps it, or the one kept
    was refused): `password` and `remember` once accepted. `problem` is what the server
    said of the last try ("" for a first ask)."""

    def __init__(self, shown_address: str, problem: str = "", *, can_remember: bool = False,
                 parent=None):
        super().__init__(parent)
        self.setObjectName("serverPasswordDialog")
        self.setWindowTitle(self.tr("Password for the shared book"))
        self.password = ""
        self.remember = False
        ask = QLabel(self.tr("The book is on a database server (%1). Enter the password to open "
                             "it.").replace("%1", shown_address))
        ask.setWordWrap(True)
        self.problem = QLabel(problem)
        self.problem.setObjectName("passwordProblem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(bool(problem))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("startPassword")
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Password"), self.password_edit)
        self.remember_box = _remember_box()
        self.remember_box.setVisible(can_remember)
        self.remember_box.setChecked(can_remember)
        cancel_note = QLabel(self.tr("Cancel opens the book on this computer instead."))
        cancel_note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open the book"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(ask)
        layout.addWidget(self.problem)
        layout.addLayout(form)
        if can_remember:
            layout.addWidget(self.remember_box)
        layout.addWidget(cancel_note)
        layout.addWidget(buttons)
        # wrapped lines, not one wide line: the server's message can be long
        width = 460
        self.resize(width, max(self.sizeHint().height(), layout.totalHeightForWidth(width)))

    def accept(self) -> None:
        self.password = self.password_edit.text()
        self.remember = self.remember_box.isChecked() and self.remember_box.isVisibleTo(self)
        super().accept()
