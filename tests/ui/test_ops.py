"""Background work, one way: reads on a small pool, writes one at a time, the outcome back
on the interface thread, a failure in words, progress, cancel, and a synchronous runner."""

import gc
import threading
import time

import pytest
import shiboken6
from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtWidgets import QMainWindow, QProgressBar, QPushButton, QWidget

from app.domain.errors import BookError, FieldError, ValidationError
from app.ui import ops
from app.ui.ops import Cancelled, Op, SyncRunner, ThreadRunner


@pytest.fixture
def threads():
    """A runner of threads of its own for this test (whatever runner was set before)."""
    runner = ThreadRunner()
    previous = ops.set_runner(runner)
    yield runner
    runner.wait_for_done(5000)
    ops.set_runner(previous)


@pytest.fixture
def owner(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def main_window(qtbot):
    window = QMainWindow()
    window.setCentralWidget(QWidget())
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_result_comes_back_on_the_interface_thread(qtbot, threads, owner):
    seen = []
    Op(owner, lambda: threading.current_thread().name).success(
        lambda name: seen.append((name, threading.current_thread()))).run()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    worker_name, receiving_thread = seen[0]
    assert worker_name.startswith("ops-read")  # on the runner's own readers, not the global pool
    assert receiving_thread is threading.main_thread()


def test_reads_run_two_at_a_time_on_the_runner_s_own_threads(qtbot, threads, owner):
    lock = threading.Lock()
    running, most, names, done = [0], [0], set(), []

    def read():
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
            names.add(threading.current_thread().name)
        time.sleep(0.05)
        with lock:
            running[0] -= 1

    for _ in range(6):
        Op(owner, read).success(done.append).run()
    assert QThreadPool.globalInstance().activeThreadCount() == 0
    qtbot.waitUntil(lambda: len(done) == 6, timeout=5000)
    assert most[0] == 2 and names == {"ops-read-1", "ops-read-2"}


def test_writes_go_one_at_a_time_on_one_writer_in_the_order_started(qtbot, threads, owner):
    lock = threading.Lock()
    running, most, order, names = [0], [0], [], set()

    def write(n):
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
            names.add(threading.current_thread().name)
        time.sleep(0.02)
        order.append(n)
        with lock:
            running[0] -= 1
        return n

    delivered = []
    for n in range(5):
        Op(owner, lambda n=n: write(n), writes=True).success(delivered.append).run()
    qtbot.waitUntil(lambda: len(delivered) == 5, timeout=5000)
    assert most[0] == 1 and names == {"ops-write-1"}
    assert order == delivered == [0, 1, 2, 3, 4]


def test_an_error_goes_to_failure_not_to_success(qtbot, threads, owner):
    done, failed = [], []

    def broken():
        raise ValueError("no book")

    Op(owner, broken).success(done.append).failure(failed.append).run()
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert done == [] and isinstance(failed[0], ValueError)


def test_without_a_failure_callback_the_error_is_shown_in_the_person_s_words(
        qtbot, sync_ops, owner, monkeypatch):
    from app.ui import messages

    shown = []
    monkeypatch.setattr(messages, "show_error", lambda *args: shown.append(args))

    def busy():
        raise BookError("busy", "database is locked")

    Op(owner, busy).run()
    parent, _title, text, detail = shown[0]
    assert parent is owner
    assert text == messages.book_error(BookError("busy"))
    assert detail == "database is locked"  # SQLite's own words kept apart from the sentence

    def refused():
        raise ValidationError([FieldError("phone", "phone_invalid")])

    Op(owner, refused).run()
    assert shown[1][2] == messages.field_error(FieldError("phone", "phone_invalid"))


def test_nothing_is_called_when_the_owner_is_gone(qtbot, threads):
    owner = QWidget()
    release = threading.Event()
    seen = []
    Op(owner, lambda: release.wait(5)).success(seen.append).failure(seen.append).run()
    owner.deleteLater()
    qtbot.wait(50)
    release.set()
    assert threads.wait_for_done(5000)
    qtbot.wait(50)
    assert seen == [] and threads.held == 0


def test_a_running_op_is_held_by_the_runner_until_delivered(qtbot, threads, owner):
    release = threading.Event()
    seen = []
    Op(owner, lambda: release.wait(5) and "read").success(seen.append).run()  # no reference kept
    gc.collect()
    assert threads.held == 1
    release.set()
    qtbot.waitUntil(lambda: seen == ["read"], timeout=5000)
    assert threads.held == 0


def test_every_op_comes_back_through_one_relay(qtbot, threads, owner):
    seen, relays = [], set()
    for n in range(3):
        op = Op(owner, lambda n=n: n).success(seen.append).run()
        assert not isinstance(op, QObject)  # no object per op that Qt could delete under it
        relays.add(id(ops._relay()))
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=5000)
    relays.add(id(ops._relay()))
    assert len(relays) == 1


def test_progress_feeds_a_bar_in_the_window_s_status_bar(qtbot, threads, main_window):
    release = threading.Event()
    seen = []

    def work(progress):
        progress(500, 1000)
        release.wait(5)
        return "written"

    Op(main_window.centralWidget(), work).with_progress("Exporting…").success(seen.append).run()
    bar = main_window.statusBar().findChild(QProgressBar, "opProgress")
    assert bar is not None
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum() // 2, timeout=5000)
    assert "Exporting…" in bar.format()
    release.set()
    qtbot.waitUntil(lambda: seen == ["written"], timeout=5000)
    assert not shiboken6.isValid(bar) or not bar.isVisible()  # gone with the work


def test_cancel_stops_the_work_and_calls_neither_success_nor_failure(qtbot, threads, main_window):
    started = threading.Event()
    outcome = []

    def work(cancelled):
        started.set()
        while not cancelled():
            time.sleep(0.01)
        raise Cancelled()

    op = (Op(main_window, work).with_progress("Exporting…").cancellable()
          .success(lambda r: outcome.append("success")).failure(lambda e: outcome.append("failure"))
          .cancelled(lambda: outcome.append("cancelled")).run())
    assert started.wait(5)
    button = main_window.statusBar().findChild(QPushButton, "opCancelButton")
    assert button is not None and button.text() == "Cancel"
    button.click()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["cancelled"] and op.state == "cancelled"
    assert not shiboken6.isValid(button) or not button.isVisible()


def test_the_sync_runner_runs_the_work_and_its_callbacks_before_run_returns(qtbot, sync_ops, owner):
    seen = []
    op = Op(owner, lambda progress: (progress(1, 2), threading.current_thread())[1]).success(
        seen.append).run()
    assert seen == [threading.main_thread()] and op.state == "done"
    assert isinstance(ops.current_runner(), SyncRunner) and sync_ops.started == [op]
