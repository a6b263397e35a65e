"""Background work: a function on the thread pool, its result back on the interface thread."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal

log = logging.getLogger(__name__)


class Task(QObject):
    """`fn()` on the global thread pool; then `on_done(result)`, or `on_failure(error)` after
    the error is logged, on the interface thread. The task belongs to `parent`: if the parent
    is gone when the work ends, nothing is called.

        Task(self, lambda: service.count(), self.show_count).run()
    """

    _done = Signal(object)
    _failed = Signal(object)

    def __init__(self, parent: QObject, fn: Callable[[], object],
                 on_done: Callable[[object], None],
                 on_failure: Callable[[Exception], None] | None = None):
        super().__init__(parent)
        self._fn, self._on_done, self._on_failure = fn, on_done, on_failure
        self._done.connect(self._finish)  # a method of an object of this thread: queued
        self._failed.connect(self._fail)

    def run(self) -> None:
        QThreadPool.globalInstance().start(self._work)

    def _work(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # noqa: BLE001 - handed to on_failure, never lost
            log.exception("background work failed")
            signal, value = self._failed, exc
        else:
            signal, value = self._done, result
        try:
            signal.emit(value)
        except RuntimeError:  # the parent, and this task with it, is gone
            pass

    def _finish(self, result) -> None:
        self._on_done(result)
        self.deleteLater()

    def _fail(self, error) -> None:
        if self._on_failure is not None:
            self._on_failure(error)
        self.deleteLater()
