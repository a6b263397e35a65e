"""One change signal for the whole window: `data_changed(changes, initiator)`.

The book tells every committed write unit of work (app.db.unit.Committed, on whichever thread
wrote); the hub gathers what one turn of the event loop brought and emits once, on the
interface thread, with the view or dialog that asked for the work (None when several did,
when nobody is known, or for writes of another desk or program). Another desk's writes are
noticed by a look at the book's write clock every few seconds, and told as "everything of
every kind may have changed" (which rows, only that desk knows).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.changes import Changes

FOREIGN = object()  # the initiator of writes made elsewhere (never a view)
LOOK_EVERY_MS = 3000


class ChangeHub(QObject):
    data_changed = Signal(object, object)  # Changes, the initiator (a QObject, or None)
    _committed = Signal(object)  # from any thread; queued to this one

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("changeHub")
        self._services = None
        self._pending = Changes()
        self._initiators: set = set()
        self._committed.connect(self._gather)
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self._flush)
        self._look_timer = QTimer(self)
        self._look_timer.setInterval(LOOK_EVERY_MS)
        self._look_timer.timeout.connect(self.look_for_others)

    def attach(self, services) -> None:
        """Listen to the book of `services` (the window hands them over)."""
        self.detach()
        self._services = services
        services.listen(self._heard)
        try:
            services.others_wrote()  # learns where the book's clock stands
        except Exception:  # noqa: BLE001 - a book that cannot be read now is told elsewhere
            pass
        self._look_timer.start()

    def detach(self) -> None:
        self._look_timer.stop()
        if self._services is not None:
            self._services.stop_listening(self._heard)
        self._services = None

    def _heard(self, committed) -> None:  # any thread
        try:
            self._committed.emit(committed)
        except RuntimeError:  # the window is gone
            pass

    def _gather(self, committed) -> None:
        self._pending = self._pending.merged(committed.changes)
        self._initiators.add(committed.origin)
        if committed.others_before:
            self._pending = self._pending.merged(Changes.everything())
            self._initiators.add(FOREIGN)
        self._flush_timer.start()

    def flush(self) -> None:
        """Tell what was gathered now rather than at the next turn of the event loop."""
        self._flush_timer.stop()
        self._flush()

    def _flush(self) -> None:
        changes, initiators = self._pending, self._initiators
        self._pending, self._initiators = Changes(), set()
        if not changes:
            return
        initiator = next(iter(initiators)) if len(initiators) == 1 else None
        self.data_changed.emit(changes, None if initiator is FOREIGN else initiator)

    def look_for_others(self) -> bool:
        """Another desk or program wrote since the last look: tell everything changed."""
        services = self._services
        if services is None:
            return False
        try:
            moved = services.others_wrote()
        except Exception:  # noqa: BLE001 - a busy or unreachable book: look again later
            return False
        if moved:
            self._pending = self._pending.merged(Changes.everything())
            self._initiators.add(FOREIGN)
            self._flush()
        return moved
