"""A shared book on a server, as a person sets it up in Preferences and meets it at start:
the address kept without its password, the password in the keyring or asked, a refused
password asked again, Cancel falling back on the book on this computer."""

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPushButton

from app.bootstrap import start_window
from app.desk.settings import Preferences
from app.services.admin.server_book import KEYRING_SERVICE, ServerAddress, address_from_url
from app.ui.dialogs.preferences_dialog import PreferencesDialog
from app.ui.dialogs.server_book_dialog import ServerBookDialog
from tests.postgres.books import ON_SERVER, server_url
from tests.services.test_server_book import nothing_listens
from tests.ui.conftest import close_main_windows

SECRET = "s3cr:t@pw"


class MemoryKeyring(KeyringBackend):
    """A keyring kept in this process: the system keyring's stand-in (not our database's)."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        self.kept.pop((service, username), None)


@pytest.fixture(autouse=True)
def _owner_at_start(owner_at_start):
    """(the books started here have no accounts: their owner's is made when asked)"""


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring():
    """A computer without a keyring (keyring's "fail" backend, as on this test machine)."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


class Answers:
    """Answers the program's modal dialogs as they show, in order: (objectName, act)."""

    def __init__(self, *steps):
        self.steps = list(steps)
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self):
        shown = QApplication.activeModalWidget()
        if shown is None or not self.steps or shown.objectName() != self.steps[0][0]:
            return
        name, act = self.steps.pop(0)
        self.seen.append(name)
        act(shown)

    def stop(self):
        self.timer.stop()


def fill(qtbot, dialog: ServerBookDialog, address: ServerAddress, password: str = "") -> None:
    for edit, value in ((dialog.host, address.host), (dialog.database, address.database),
                        (dialog.user, address.user), (dialog.password_edit, password)):
        edit.clear()
        qtbot.keyClicks(edit, value)
    dialog.port.setValue(address.port)


def on_test_server(database: str | None = None) -> ServerAddress:
    address, _password = address_from_url(server_url())
    return ServerAddress(address.host, address.port, database or address.database, address.user)


def connection_said(qtbot, dialog: ServerBookDialog) -> str:
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15_000)
    return dialog.result.text()


# ------------------------------------------------------------ the server's dialog
def test_a_pasted_address_fills_the_fields_and_leaves_no_password_in_view(qtbot, interface):
    dialog = ServerBookDialog()
    qtbot.addWidget(dialog)
    QGuiApplication.clipboard().setText("postgresql://desk%401:p%40ss@db.example.cn:6543/门店")
    dialog.url_edit.setFocus()
    qtbot.keySequence(dialog.url_edit, QKeySequence.StandardKey.Paste)
    assert (dialog.host.text(), dialog.port.value(), dialog.database.text(),
            dialog.user.text(), dialog.password_edit.text()) == (
        "db.example.cn", 6543, "门店", "desk@1", "p@ss")
    assert dialog.url_edit.text() == ""
    assert dialog.password_edit.echoMode() == QLineEdit.EchoMode.Password
    # typed key by key, it is read once finished
    qtbot.keyClicks(dialog.url_edit, "postgresql://other@server2/book")
    qtbot.keyClick(dialog.url_edit, Qt.Key.Key_Return)
    assert (dialog.host.text(), dialog.user.text()) == ("server2", "other")
    qtbot.keyClicks(dialog.url_edit, "mysql://x@y/z")
    qtbot.keyClick(dialog.url_edit, Qt.Key.Key_Return)
    assert "not the address of a book" in dialog.result.text()


def test_a_port_where_nothing_listens_is_said_in_plain_words(qtbot, interface):
    dialog = ServerBookDialog()
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, ServerAddress("127.0.0.1", nothing_listens(), "guanxi", "desk"), "pw")
    said = connection_said(qtbot, dialog)
    assert "could not be reached" in said
    assert "Traceback" not in said


def test_use_this_book_asks_for_the_fields_left_empty(qtbot, interface):
    dialog = ServerBookDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.findChild(QPushButton, "useServerBook"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.address is None
    assert "Give the server's address" in dialog.result.text()


@pytest.mark.postgresql_only
def test_test_connection_says_the_version_and_what_the_database_holds(qtbot, interface,
                                                                       server_books):
    empty = server_books.new_database(empty=True)
    book = server_books.new_database()
    try:
        dialog = ServerBookDialog()
        qtbot.addWidget(dialog)
        fill(qtbot, dialog, on_test_server(empty))
        said = connection_said(qtbot, dialog)
        assert said.startswith("Connected: PostgreSQL 1")
        assert "The database is empty" in said
        fill(qtbot, dialog, on_test_server(book))
        assert "holds a Guanxi book" in connection_said(qtbot, dialog)
        fill(qtbot, dialog, on_test_server("h_prefs_no_such_database"))
        said = connection_said(qtbot, dialog)
        assert "has no database of that name" in said
        assert 'database "h_prefs_no_such_database" does not exist' in said
        fill(qtbot, dialog, ServerAddress(on_test_server().host, 5432, "postgres", "h_prefs_nobody"))
        assert "did not accept this user name and password" in connection_said(qtbot, dialog)
    finally:
        server_books.drop(empty)
        server_books.drop(book)


# ------------------------------------------------------------ Preferences
def choose_in_preferences(qtbot, preferences, address: ServerAddress, password: str):
    dialog = PreferencesDialog(preferences)
    qtbot.addWidget(dialog)

    def use(server_dialog):
        fill(qtbot, server_dialog, address, password)
        qtbot.mouseClick(server_dialog.findChild(QPushButton, "useServerBook"),
                         Qt.MouseButton.LeftButton)

    answers = Answers(("serverBookDialog", use))
    qtbot.mouseClick(dialog.choose_server, Qt.MouseButton.LeftButton)
    answers.stop()
    assert answers.seen == ["serverBookDialog"]
    return dialog


def test_the_kept_address_has_no_password_and_the_keyring_has_it(qtbot, tmp_path, settings,
                                                                   interface, memory_keyring):
    preferences = Preferences(settings)
    address = ServerAddress("192.168.1.20", 5432, "guanxi", "desk1")
    dialog = choose_in_preferences(qtbot, preferences, address, SECRET)
    assert dialog.book_place.text() == "Shared book on a server: desk1@192.168.1.20:5432/guanxi"
    assert preferences.server_book == ""  # nothing kept before OK
    dialog.accept()
    settings.sync()
    assert preferences.server_book == address.kept
    assert memory_keyring.kept == {(KEYRING_SERVICE, address.kept): SECRET}
    written = (tmp_path / "settings.ini").read_bytes()
    assert b"192.168.1.20" in written
    assert b"s3cr" not in written and SECRET.encode() not in written

    again = PreferencesDialog(preferences)
    qtbot.addWidget(again)
    assert again.book_place.text().endswith("desk1@192.168.1.20:5432/guanxi")
    qtbot.mouseClick(again.use_local, Qt.MouseButton.LeftButton)
    assert again.book_place.text() == "The book on this computer"
    assert not again.use_local.isEnabled()
    again.accept()
    assert preferences.server_book == ""


def test_without_a_keyring_the_password_is_kept_nowhere(qtbot, tmp_path, settings, interface,
                                                         no_keyring):
    preferences = Preferences(settings)
    address = ServerAddress("db.example.cn", 6543, "guanxi", "desk1")
    server_dialog = ServerBookDialog()
    qtbot.addWidget(server_dialog)
    assert server_dialog.findChild(QLabel, "noKeyringNote") is not None
    assert not server_dialog.remember_box.isVisibleTo(server_dialog)
    dialog = choose_in_preferences(qtbot, preferences, address, SECRET)
    dialog.accept()
    settings.sync()
    assert preferences.server_book == address.kept
    assert preferences.server_password_needed  # so it is asked at start
    assert b"s3cr" not in (tmp_path / "settings.ini").read_bytes()


# ------------------------------------------------------------ at start
def _choose(settings, address: ServerAddress, *, needs_password: bool) -> None:
    preferences = Preferences(settings)
    preferences.server_book = address.kept
    preferences.server_password_needed = needs_password
    preferences.first_start_done = True


def _started(qtbot, settings, tmp_path, *answers):
    steps = Answers(*answers)
    window, locks = start_window(None, "en", settings=settings,
                                 local_book=str(tmp_path / "local.db"))
    window.show()
    qtbot.waitUntil(lambda: window.services is not None, timeout=15_000)
    steps.stop()
    return window, locks, steps.seen


def type_password(qtbot, password: str):
    def act(dialog):
        qtbot.keyClicks(dialog.findChild(QLineEdit, "startPassword"), password)
        dialog.accept()
    return act


def cancel(dialog: QDialog) -> None:
    dialog.reject()


@pytest.fixture
def closing():
    """Windows and locks of a start, closed and released after the test."""
    held = []
    yield held
    close_main_windows()
    for lock in held:
        lock.release()


@pytest.mark.postgresql_only
def test_without_a_keyring_the_password_is_asked_at_start(qtbot, tmp_path, settings, interface,
                                                          no_keyring, server_books, closing):
    name = server_books.new_database()
    try:
        _choose(settings, on_test_server(name), needs_password=True)
        window, locks, seen = _started(qtbot, settings, tmp_path,
                                       ("serverPasswordDialog", type_password(qtbot, SECRET)))
        closing.extend(locks)
        assert seen == ["serverPasswordDialog"]
        assert window.services.book.path is None  # the server's book
        assert name in window.services.location
        assert SECRET not in window.services.location
        assert SECRET not in window.book_label.text()
        assert window.findChild(QLabel, "localBookNote") is None
    finally:
        close_main_windows()
        server_books.drop(name)


@pytest.mark.postgresql_only
def test_the_keyrings_password_opens_the_book_without_asking(qtbot, tmp_path, settings,
                                                             interface, memory_keyring,
                                                             server_books, closing):
    name = server_books.new_database()
    try:
        address = on_test_server(name)
        memory_keyring.set_password(KEYRING_SERVICE, address.kept, SECRET)
        _choose(settings, address, needs_password=True)
        window, locks, seen = _started(qtbot, settings, tmp_path)
        closing.extend(locks)
        assert seen == []
        assert name in window.services.location
    finally:
        close_main_windows()
        server_books.drop(name)


@pytest.mark.postgresql_only
def test_a_refused_password_is_asked_again_with_the_servers_words_then_cancel_opens_this_computers(
        qtbot, tmp_path, settings, interface, memory_keyring, closing):
    nobody = ServerAddress(on_test_server().host, 5432, "postgres", "h_prefs_nobody")
    _choose(settings, nobody, needs_password=True)
    problems = []

    def read_then(act):
        def step(dialog):
            problems.append(dialog.findChild(QLabel, "passwordProblem").text())
            act(dialog)
        return step

    window, locks, seen = _started(
        qtbot, settings, tmp_path,
        ("serverPasswordDialog", type_password(qtbot, "first try")),
        ("serverPasswordDialog", read_then(type_password(qtbot, "second try"))),
        ("serverPasswordDialog", read_then(cancel)))
    closing.extend(locks)
    assert seen == ["serverPasswordDialog"] * 3
    assert 'role "h_prefs_nobody" does not exist' in problems[0]
    assert "did not accept this user name and password" in problems[1]
    note = window.findChild(QLabel, "localBookNote")
    assert note is not None and "not opened" in note.text()
    assert memory_keyring.kept == {}  # a refused password is not remembered


def test_cancel_at_start_opens_the_book_on_this_computer_with_a_note(
        qtbot, tmp_path, settings, interface, no_keyring, closing):
    _choose(settings, ServerAddress("127.0.0.1", nothing_listens(), "guanxi", "desk"),
            needs_password=True)
    window, locks, seen = _started(qtbot, settings, tmp_path, ("serverPasswordDialog", cancel))
    closing.extend(locks)
    assert seen == ["serverPasswordDialog"]
    qtbot.waitUntil(lambda: window.findChild(QLabel, "localBookNote") is not None)
    assert "book on this computer" in window.findChild(QLabel, "localBookNote").text()
    if not ON_SERVER:  # (on the PostgreSQL run, that path stands for a database too)
        assert window.services.book.path == (tmp_path / "local.db").resolve()


def test_a_server_that_cannot_be_reached_is_said_then_this_computers_book_opens(
        qtbot, tmp_path, settings, interface, no_keyring, closing):
    _choose(settings, ServerAddress("127.0.0.1", nothing_listens(), "guanxi", "desk"),
            needs_password=False)
    said = []

    def read(box):
        said.append(box.text())
        box.accept()

    window, locks, seen = _started(qtbot, settings, tmp_path, ("serverBookRefused", read))
    closing.extend(locks)
    assert seen == ["serverBookRefused"]
    assert "could not be reached" in said[0]
    assert "opens the book on this computer instead" in said[0]
    assert window.findChild(QLabel, "localBookNote") is not None


def test_the_command_lines_book_wins_over_the_shared_book(qtbot, tmp_path, settings, interface,
                                                          book_path, closing):
    _choose(settings, ServerAddress("127.0.0.1", nothing_listens(), "guanxi", "desk"),
            needs_password=True)
    window, locks = start_window(str(book_path), "en", settings=settings,
                                 local_book=str(tmp_path / "local.db"))
    closing.extend(locks)
    window.show()
    qtbot.waitUntil(lambda: window.services is not None, timeout=15_000)
    assert window.services.customers.count() == 4
    assert window.findChild(QLabel, "localBookNote") is None
