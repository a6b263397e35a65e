"""Background work hands its result back on the interface thread, or its error."""

import threading

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

from app.ui.tasks import Task


def test_the_result_comes_back_on_the_interface_thread(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    seen = []
    Task(owner, lambda: threading.current_thread().name,
         lambda name: seen.append((name, threading.current_thread()))).run()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    worker_name, receiving_thread = seen[0]
    assert worker_name != threading.main_thread().name  # worked on the pool
    assert receiving_thread is threading.main_thread()


def test_an_error_goes_to_on_failure_not_on_done(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    done, failed = [], []

    def broken():
        raise ValueError("no book")

    Task(owner, broken, done.append, failed.append).run()
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert done == [] and isinstance(failed[0], ValueError)


def test_nothing_is_called_when_the_owner_is_gone(qtbot):
    owner = QWidget()
    release = threading.Event()
    seen = []
    Task(owner, lambda: release.wait(5), seen.append).run()
    owner.deleteLater()
    qtbot.wait(50)
    release.set()
    QThreadPool.globalInstance().waitForDone(5000)
    qtbot.wait(50)
    assert seen == []
