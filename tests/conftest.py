"""Shared fixtures: real books in tmp_path (SQLite files, or databases on the PostgreSQL
server GUANXI_TEST_DB names: tests/postgres/books.py), the offscreen Qt platform."""

import os
import shutil
import subprocess

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from app.services.admin.book import open_book  # noqa: E402
from tests.postgres.books import (  # noqa: E402
    ON_SERVER,
    RawConnection,
    ServerBooks,
    server_url,
)

ENGINE = "postgresql" if server_url() else "sqlite"
_engine_skipped = {"sqlite_only": 0, "postgresql_only": 0, "engine_free": 0}


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only: the test only makes sense on a SQLite file")
    config.addinivalue_line("markers",
                            "postgresql_only: the test only makes sense on a PostgreSQL server")
    config.addinivalue_line("markers",
                            "engine_free: the test never opens a book (pure logic): it runs "
                            "on the SQLite run only, where opening a book fails it")


# the folders of pure logic (domain rules, presentation helpers): every test there is
# engine_free (the SQLite run fails one that opens a book)
ENGINE_FREE_FOLDERS = ("domain", "presentation")
_TESTS = os.path.dirname(os.path.abspath(__file__))


def pytest_collection_modifyitems(config, items):
    other = "postgresql_only" if ENGINE == "sqlite" else "sqlite_only"
    skip = pytest.mark.skip(reason=f"{other.replace('_only', '')} only (this run: {ENGINE})")
    free = pytest.mark.skip(reason="engine-free: run on the SQLite run only")
    for item in items:
        folder = os.path.relpath(str(item.path), _TESTS).split(os.sep)[0]
        if folder in ENGINE_FREE_FOLDERS and not item.get_closest_marker("engine_free"):
            item.add_marker(pytest.mark.engine_free)
        if item.get_closest_marker(other):
            item.add_marker(skip)
            _engine_skipped[other] += 1
        elif item.get_closest_marker("engine_free"):
            _engine_skipped["engine_free"] += 1
            if ENGINE != "sqlite":
                item.add_marker(free)


def pytest_terminal_summary(terminalreporter):
    free = _engine_skipped["engine_free"]
    terminalreporter.write_line(
        f"engine: {ENGINE}; skipped as engine-specific: "
        f"{_engine_skipped['sqlite_only']} sqlite-only, "
        f"{_engine_skipped['postgresql_only']} postgresql-only"
        + (f", {free} engine-free (they run on SQLite only)" if ENGINE != "sqlite" else
           f"; {free} engine-free tests run here only"))


@pytest.fixture(autouse=True)
def _engine_free_opens_no_book(request):
    """An engine_free test (run on SQLite only) fails if it opens a book: it would then
    check something the PostgreSQL run must check too."""
    if request.node.get_closest_marker("engine_free") is None:
        yield
        return
    import app.db.engine as engine_module

    def refused(*args, **kwargs):
        raise AssertionError("an engine_free test opened a book: drop the mark (or move "
                             "the test out of tests/domain, tests/presentation)")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(engine_module.Book, "__init__", refused)
        yield


@pytest.fixture(scope="session")
def server_books():
    """The PostgreSQL run's databases (None on the SQLite run)."""
    url = server_url()
    if url is None:
        yield None
        return
    import tests.postgres.books as server_module

    books = ServerBooks(url)
    books.make_template()
    server_module.CURRENT = books
    yield books
    server_module.CURRENT = None
    books.close()


@pytest.fixture
def empty_server_database(server_books):
    """The URL of a new database on the PostgreSQL run's server with no tables at all
    (dropped after the test); the test is skipped on the SQLite run."""
    if server_books is None:
        pytest.skip("needs the PostgreSQL server (GUANXI_TEST_DB)")
    name = server_books.new_database(empty=True)
    yield server_books.url_of(name)
    server_books.drop(name)


@pytest.fixture(scope="session", autouse=True)
def _books_on_the_server(server_books):
    """On the PostgreSQL run, a book opened by a new path is a database on the server (from
    the first fixture on, module- and session-wide ones included)."""
    if server_books is None:
        yield
        return
    import app.db.engine as engine_module
    import app.services.admin.book as book_module

    plain = engine_module.url_for

    def url_for(path_or_url):
        return server_books.map(path_or_url) or plain(path_or_url)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(engine_module, "url_for", url_for)
        patch.setattr(book_module, "url_for", url_for)
        yield
    RawConnection.close_all()
    server_books.drop_all()


@pytest.fixture(autouse=True)
def _test_databases_dropped(server_books):
    """The databases a test (and its function-scoped fixtures) made go after it; those of
    wider fixtures stay until the end of the run."""
    if server_books is None:
        yield
        return
    before = set(server_books.by_path)
    yield
    RawConnection.close_all()
    for key in [k for k in server_books.by_path if k not in before]:
        server_books.drop(server_books.by_path.pop(key))


@pytest.fixture(autouse=True)
def _extension_word_kept():
    """A test that sets up another interface language leaves the word before a phone
    extension ("转", "ext.") as it found it."""
    from app.domain.phone_words import extension_word, set_extension_word

    before = extension_word()
    yield
    set_extension_word(before)


@pytest.fixture
def empty_database(tmp_path, server_books):
    """empty_database() -> the URL of a new, empty database: a SQLite file not yet made in
    tmp_path, or on the PostgreSQL run an empty database on the server (dropped after)."""
    made = []

    def make() -> str:
        made.append(None)
        if server_books is None:
            return f"sqlite:///{tmp_path / f'empty-{len(made)}.db'}"
        name = server_books.new_database(empty=True)
        server_books.by_path[f"(empty {name})"] = name
        return server_books.url_of(name)

    return make


@pytest.fixture(scope="session")
def pristine_book(tmp_path_factory):
    """An empty book at the program's head revision, created once by open_book (None on the
    PostgreSQL run, where a new path is already a copy of the server's own template)."""
    if ON_SERVER:
        return None
    path = tmp_path_factory.mktemp("pristine") / "book.db"
    open_book(path).close()  # closing the last connection checkpoints the WAL into the file
    assert not path.with_name(path.name + "-wal").exists()
    return path


@pytest.fixture
def pristine_copy(tmp_path, pristine_book):
    """tmp_path / "book.db", an empty book at head of this test's own, not yet opened: a
    copy of `pristine_book` (on the PostgreSQL run the path alone: opened, it is a copy of
    the server's template)."""
    path = tmp_path / "book.db"
    if not ON_SERVER:
        shutil.copyfile(pristine_book, path)
    return path


@pytest.fixture
def services(pristine_copy):
    """A fresh, migrated book of this test's own in a real file: a copy of one freshly
    created book (`pristine_book`) instead of running every migration again."""
    opened = open_book(pristine_copy)
    assert opened.backup is None  # already at head: nothing was upgraded
    yield opened
    opened.close()


@pytest.fixture
def small_disk(tmp_path):
    """small_disk(megabytes) -> a folder on a real file system of that size (a tmpfs
    mount: root only, else the test is skipped); unmounted lazily afterwards, so that a
    book a failing test left open does not keep the mount behind."""
    mounted = []

    def make(megabytes: int = 1):
        folder = tmp_path / f"small-{len(mounted)}"
        folder.mkdir()
        if os.geteuid() != 0:
            pytest.skip("mounting a small file system needs root")
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs",
                               str(folder)], capture_output=True, check=False)
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr!r}")
        mounted.append(folder)
        return folder

    yield make
    for folder in mounted:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture(autouse=True)
def _no_forgotten_message_box():
    """A message box that no one answers (an unexpected error, say) is closed after a few
    seconds and fails its test with the box's words, instead of stalling the whole run."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        yield
        return
    seen: list[str] = []

    def sweep():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(f"{widget.windowTitle()}: {widget.text()} {widget.detailedText()}")
                widget.reject()

    timer = QTimer()
    timer.setInterval(4000)
    timer.timeout.connect(sweep)
    timer.start()
    yield
    timer.stop()
    if seen:
        pytest.fail("a message box was left open: " + " | ".join(seen))
