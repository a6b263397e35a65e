"""Background work, one way for the whole window (the shape of Anki's CollectionOp):

    Op(self, lambda: service.count()).success(self.show_count).run()
    Op(self, save, writes=True).success(self.saved).run()
    Op(self, export).with_progress(self.tr("Exporting…")).cancellable().run()

- `fn` runs off the interface thread: reads on a small pool of the runner's own (two
  threads), writes (`writes=True`) one after another on ONE writer thread, so two saves
  never race for the book's lock.
- Its result, its error or its cancellation comes back on the interface thread through
  one long-lived relay object; the runner holds the op until then, so nothing of it can
  be collected while its work runs. If `parent` was deleted meanwhile, no callback runs.
- A failure goes to `.failure(cb)`, or else is shown through `ui/messages.py` in the
  person's words (book_error for a BookError or a database failure, the field's sentence
  for a refused field), and logged.
- `fn` receives `progress(done, total)` when it takes a keyword `progress` (fed to the
  status-bar bar of `.with_progress(label)`; total 0: not known) and `cancelled()` (a
  callable answering whether to stop) when it takes a keyword `cancelled`; it stops by
  raising `Cancelled`. `.cancellable()` adds a Cancel button beside the bar; `op.cancel()`
  asks the same from code (a newer request, say). A cancelled op calls neither success
  nor failure, only `.cancelled(cb)` when given.
- Tests run ops inline: `set_runner(SyncRunner())` (the `sync_ops` fixture).
"""

from __future__ import annotations

import inspect
import logging
import queue
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtWidgets import QMainWindow, QProgressBar, QPushButton, QWidget

from app.domain.errors import Cancelled

__all__ = ["Cancelled", "LatestRead", "Op", "Runner", "SyncRunner", "ThreadRunner",
           "current_runner", "set_runner"]

log = logging.getLogger(__name__)

READ_THREADS = 2
PROGRESS_STEPS = 1000
PROGRESS_EVERY_S = 0.05  # the bar is told at most this often: its work is the interface's


class Runner(Protocol):
    def start(self, op: Op) -> None: ...

    def wait_for_done(self, timeout_ms: int = 30_000) -> bool: ...


# ------------------------------------------------------------------ the op
class Op:
    """One piece of work for `parent` (a QObject; None: nobody can go away). Build it with
    the chained steps, then `run()` it once. Its writes are named after `origin` (the
    change signal's initiator), by default the parent; a dialog that closes once its write
    is done names what opened it, which outlives it."""

    def __init__(self, parent: QObject | None, fn: Callable[..., Any], *, writes: bool = False,
                 origin: QObject | None = None):
        self._parent = parent
        self._origin = origin if origin is not None else parent
        self._fn = fn
        self.writes = writes
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[Exception], None] | None = None
        self._on_cancelled: Callable[[], None] | None = None
        self._label: str | None = None
        self._cancellable = False
        self._stop = threading.Event()
        # filled by the worker, read on the interface thread once delivered
        self._result: Any = None
        self._error: Exception | None = None
        self._was_cancelled = False
        self._progress: tuple[int, int] = (0, 0)
        self._progress_sent = 0.0
        self._progress_pending = False
        self._bar: QProgressBar | None = None
        self._cancel_button: QPushButton | None = None
        self.state = "new"  # new, running, done, failed, cancelled
        self._release: Callable[[Op], None] = _keep_nothing

    # ---------------------------------------------------------- the steps
    def success(self, cb: Callable[[Any], None]) -> Op:
        """`cb(result)` on the interface thread when `fn` returned."""
        self._on_success = cb
        return self

    def failure(self, cb: Callable[[Exception], None]) -> Op:
        """`cb(error)` instead of the message box when `fn` raised."""
        self._on_failure = cb
        return self

    def cancelled(self, cb: Callable[[], None]) -> Op:
        """`cb()` when the op stopped because it was cancelled."""
        self._on_cancelled = cb
        return self

    def with_progress(self, label: str) -> Op:
        """A progress bar in the status bar of the parent's window while the op runs."""
        self._label = label
        return self

    def cancellable(self) -> Op:
        """A Cancel button beside the progress bar."""
        self._cancellable = True
        return self

    def run(self) -> Op:
        """Start the work (on the runner set for the program); returns the op."""
        if self.state != "new":
            raise RuntimeError("an op runs once")
        self.state = "running"
        self._show_bar()
        current_runner().start(self)
        return self

    def cancel(self) -> None:
        """Ask the work to stop (it does at its next look at `cancelled()`)."""
        self._stop.set()
        if self._cancel_button is not None and shiboken6.isValid(self._cancel_button):
            self._cancel_button.setEnabled(False)
        if self._bar is not None and shiboken6.isValid(self._bar):
            self._bar.setFormat(QCoreApplication.translate("Ops", "Cancelling…"))

    @property
    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    @property
    def running(self) -> bool:
        return self.state == "running"

    # ---------------------------------------------------------- off the interface thread
    def _work(self) -> None:
        """Run fn; never raises (the outcome is kept for the delivery)."""
        kwargs: dict[str, Any] = {}
        if _accepts(self._fn, "progress"):
            kwargs["progress"] = self._report_progress
        if _accepts(self._fn, "cancelled"):
            kwargs["cancelled"] = self._stop.is_set
        try:
            if self._stop.is_set():
                raise Cancelled()
            # (imported here: it brings SQLAlchemy, which the window shows before loading)
            from app.services.origin import origin

            with origin(self._origin):
                self._result = self._fn(**kwargs)
        except Cancelled:
            self._was_cancelled = True
        except Exception as exc:  # noqa: BLE001 - delivered to failure, never lost
            if self._stop.is_set() and _is_cancellation(exc):
                self._was_cancelled = True
            else:
                log.exception("background work failed")
                self._error = exc

    def _report_progress(self, done: int, total: int = 0) -> None:
        self._progress = (int(done), int(total))
        now = time.monotonic()
        if self._progress_pending or now - self._progress_sent < PROGRESS_EVERY_S:
            return
        self._progress_sent = now
        self._progress_pending = True
        _relay().progressed.emit(self)

    # ---------------------------------------------------------- on the interface thread
    def _deliver(self) -> None:
        self._hide_bar()
        parent = self._parent
        if parent is not None and not shiboken6.isValid(parent):
            self.state = "cancelled" if self._was_cancelled else (
                "failed" if self._error is not None else "done")
            return  # its owner is gone: nobody to tell
        if self._was_cancelled:
            self.state = "cancelled"
            if self._on_cancelled is not None:
                self._on_cancelled()
        elif self._error is not None:
            self.state = "failed"
            if self._on_failure is not None:
                self._on_failure(self._error)
            else:
                show_failure(parent if isinstance(parent, QWidget) else None, self._error,
                             self._label)
        else:
            self.state = "done"
            if self._on_success is not None:
                self._on_success(self._result)

    def _show_progress(self) -> None:
        self._progress_pending = False
        bar = self._bar
        if bar is None or not shiboken6.isValid(bar):
            return
        done, total = self._progress
        if total > 0:
            bar.setRange(0, PROGRESS_STEPS)
            bar.setValue(min(PROGRESS_STEPS, int(done * PROGRESS_STEPS / total)))
        elif not self._stop.is_set():  # how far, without knowing the end
            bar.setFormat(f"{self._label} {QLocale().toString(done)}")
            bar.setRange(0, 0)

    def _window(self) -> QMainWindow | None:
        parent = self._parent
        if not isinstance(parent, QWidget) or not shiboken6.isValid(parent):
            return None
        window = parent if isinstance(parent, QMainWindow) else parent.window()
        return window if isinstance(window, QMainWindow) else None

    def _show_bar(self) -> None:
        if self._label is None:
            return
        window = self._window()
        if window is None:
            return
        bar = QProgressBar()
        bar.setObjectName("opProgress")
        bar.setRange(0, 0)  # busy until the work says how far it is
        bar.setFormat(f"{self._label} %p%")
        bar.setTextVisible(True)
        bar.setMaximumWidth(260)
        bar.setAccessibleName(self._label)
        status = window.statusBar()
        status.insertPermanentWidget(0, bar)  # permanent: a status message would hide it
        self._bar = bar
        if self._cancellable:
            button = QPushButton(QCoreApplication.translate("Ops", "Cancel"))
            button.setObjectName("opCancelButton")
            button.setAccessibleName(QCoreApplication.translate("Ops", "Cancel %1").replace(
                "%1", self._label))
            button.clicked.connect(self.cancel)
            status.insertPermanentWidget(1, button)
            self._cancel_button = button

    def _hide_bar(self) -> None:
        for widget in (self._bar, self._cancel_button):
            if widget is not None and shiboken6.isValid(widget):
                widget.hide()
                widget.deleteLater()
        self._bar = self._cancel_button = None


def _keep_nothing(_op: Op) -> None:
    pass


def _accepts(fn: Callable[..., Any], name: str) -> bool:
    try:
        parameters = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
    if name in parameters:
        return parameters[name].kind in (inspect.Parameter.KEYWORD_ONLY,
                                         inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values())


def _is_cancellation(exc: BaseException) -> bool:
    """A cancelled op's error that only says it was cancelled (wrapped by a library)."""
    link: BaseException | None = exc
    for _ in range(5):
        if link is None:
            return False
        if isinstance(link, Cancelled):
            return True
        link = link.__cause__ or link.__context__
    return False


class LatestRead:
    """A widget's reads of which only the newest counts: `run(read, arrived)` reads off the
    interface thread and calls `arrived(result)` unless a newer request was made meanwhile
    (a newer `run`, or `deliver_to` for a read done elsewhere, say in the card's own read)."""

    def __init__(self, parent: QObject):
        self._parent = parent
        self._number = 0
        self._op: Op | None = None

    def deliver_to(self, arrived: Callable[[Any], None]) -> Callable[[Any], None]:
        """A new request: what to call with its result (an older request's is dropped)."""
        self._number += 1
        if self._op is not None and self._op.running:
            self._op.cancel()  # not started yet: not read at all
        return self._if_newest(arrived)

    def _if_newest(self, then: Callable[[Any], None]) -> Callable[[Any], None]:
        number = self._number

        def call(value: Any) -> None:
            if number == self._number:
                then(value)

        return call

    def run(self, read: Callable[[], Any], arrived: Callable[[Any], None],
            failed: Callable[[Exception], None] | None = None) -> None:
        """Read off the interface thread; `arrived(result)`, or `failed(error)` (else the
        usual message), only for the newest request."""
        delivered = self.deliver_to(arrived)
        self._op = Op(self._parent, read).success(delivered)
        if failed is not None:
            self._op.failure(self._if_newest(failed))
        self._op.run()

    def loading(self) -> bool:
        """Whether the panel's own newest read is still under way."""
        return self._op is not None and self._op.running


# ------------------------------------------------------------------ failures, in words
def failure_text(error: Exception) -> tuple[str, str]:
    """What the person reads about a failed op, and the details apart from it."""
    from app.domain.errors import BookError, ConflictError, ValidationError
    from app.ui.messages import book_error, book_error_detail, conflict_text, field_error

    if isinstance(error, ValidationError):
        return "\n".join(field_error(e) for e in error.errors), ""
    if isinstance(error, ConflictError):
        return conflict_text(), ""
    from app.domain.errors import NotAllowed

    if isinstance(error, NotAllowed):
        from app.presentation.messages import not_allowed

        return not_allowed(error.roles), ""
    known = error if isinstance(error, BookError) else None
    if known is None:
        from app.services.errors import classify

        known = classify(error)
    if known is not None:
        return book_error(known), book_error_detail(known)
    return (QCoreApplication.translate("Ops", "This could not be done. What was saved before "
                                       "is safe. Try again; if it fails again, copy the details "
                                       "below for support."), f"{type(error).__name__}: {error}")


def show_failure(parent: QWidget | None, error: Exception, what: str | None = None) -> None:
    """The default for an op without `.failure(cb)`: a message box in the person's words."""
    from app.ui.messages import show_error

    text, detail = failure_text(error)
    show_error(parent, what or QCoreApplication.translate("Ops", "Guanxi"), text, detail)


# ------------------------------------------------------------------ delivery
class _Relay(QObject):
    """The one object that carries every op's end and progress to the interface thread
    (its slots are methods of an object living there, so each emission is queued)."""

    delivered = Signal(object)
    progressed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("opsRelay")
        self.delivered.connect(self._deliver)
        self.progressed.connect(self._progress)

    @staticmethod
    def _deliver(op: Op) -> None:
        try:
            op._deliver()
        finally:
            op._release(op)  # the runner lets go of it only now

    @staticmethod
    def _progress(op: Op) -> None:
        op._show_progress()


_the_relay: _Relay | None = None


def _relay() -> _Relay:
    global _the_relay
    relay = _the_relay
    if relay is None or not shiboken6.isValid(relay):
        app = QCoreApplication.instance()
        if app is None or threading.current_thread() is not threading.main_thread():
            raise RuntimeError("ops start on the interface thread of a running application")
        relay = _the_relay = _Relay()
    return relay


# ------------------------------------------------------------------ runners
class _Lane:
    """Daemon threads taking work from one queue (a closing program never waits for them)."""

    def __init__(self, name: str, threads: int, finished: Callable[[], None]):
        self._queue: queue.SimpleQueue[Op] = queue.SimpleQueue()
        self._name, self._threads = name, threads
        self._started: list[threading.Thread] = []
        self._finished = finished

    def put(self, op: Op) -> None:
        if len(self._started) < self._threads:
            thread = threading.Thread(target=self._loop, daemon=True,
                                      name=f"{self._name}-{len(self._started) + 1}")
            self._started.append(thread)
            thread.start()
        self._queue.put(op)

    def _loop(self) -> None:
        while True:
            op = self._queue.get()
            op._work()
            try:
                _relay().delivered.emit(op)
            except RuntimeError:  # the application is gone
                pass
            self._finished()


class ThreadRunner:
    """Reads on two threads of its own, writes one at a time on one writer thread."""

    def __init__(self, read_threads: int = READ_THREADS):
        self._idle = threading.Condition()
        self._working = 0  # ops queued or running
        self._readers = _Lane("ops-read", read_threads, self._one_finished)
        self._writer = _Lane("ops-write", 1, self._one_finished)
        self._held: set[Op] = set()  # strong references until delivered

    def _one_finished(self) -> None:
        with self._idle:
            self._working -= 1
            self._idle.notify_all()

    def start(self, op: Op) -> None:
        _relay()  # made here, on the interface thread
        op._release = self._held.discard
        self._held.add(op)
        with self._idle:
            self._working += 1
        (self._writer if op.writes else self._readers).put(op)

    def wait_for_done(self, timeout_ms: int = 30_000) -> bool:
        """Block until no work is queued or running (not counting deliveries still to
        come); False when the time ran out first."""
        deadline = time.monotonic() + timeout_ms / 1000
        with self._idle:
            while self._working > 0:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._idle.wait(left)
        return True

    @property
    def held(self) -> int:
        """Ops started and not yet delivered."""
        return len(self._held)


class SyncRunner:
    """For tests: the work runs at once on the calling thread, and its callbacks right
    after it, before `run()` returns (Picard's FakeThreadPool)."""

    def __init__(self) -> None:
        self.started: list[Op] = []

    def start(self, op: Op) -> None:
        self.started.append(op)
        op._work()
        op._deliver()

    def wait_for_done(self, timeout_ms: int = 30_000) -> bool:
        return True


_runner: Runner | None = None


def current_runner() -> Runner:
    global _runner
    if _runner is None:
        _runner = ThreadRunner()
    return _runner


def set_runner(runner: Runner | None) -> Runner | None:
    """Use `runner` for every op started from now on (None: the threads again); returns
    the runner used before."""
    global _runner
    previous, _runner = _runner, runner
    return previous
