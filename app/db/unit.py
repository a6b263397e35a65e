"""The write unit of work's record: what it changed, who did it, whose request it was.

Every statement a write unit of work runs passes one engine hook (`after_execute`) that notes
(kind, ids) from the statement itself: the rows an INSERT wrote, the row an UPDATE or DELETE
names by its key, or "some rows of this kind" when a statement names none. So no service has
to say what it changed, and none can forget to. Each unit that changed something also moves
the book's write clock (a counter row in change_counts, in the same transaction), so a desk
can tell writes of other desks and programs from its own.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from sqlalchemy import Engine, event, text
from sqlalchemy.sql import operators
from sqlalchemy.sql.dml import Delete, Insert, Update
from sqlalchemy.sql.elements import BinaryExpression, BindParameter, BooleanClauseList

from app.domain.changes import Actor, ChangeKind, Changes

CLOCK_TOPIC = "book_writes"
UNIT_KEY = "guanxi_unit"
# statements over more rows than this are noted as "some rows" (a bulk write reads all again)
MAX_NOTED_IDS = 5000

# table -> (kind, the column that holds that kind's id)
TABLES: dict[str, tuple[ChangeKind, str]] = {
    "customers": (ChangeKind.CUSTOMER, "id"),
    "customer_search": (ChangeKind.CUSTOMER, "customer_id"),
    "customer_tags": (ChangeKind.CUSTOMER, "customer_id"),
    "consents": (ChangeKind.CUSTOMER, "customer_id"),
    "tags": (ChangeKind.TAG, "id"),
    "vehicles": (ChangeKind.VEHICLE, "id"),
    "vehicle_ownerships": (ChangeKind.VEHICLE, "vehicle_id"),
    "interactions": (ChangeKind.INTERACTION, "id"),
    "household_members": (ChangeKind.HOUSEHOLD, "id"),
    "important_dates": (ChangeKind.IMPORTANT_DATE, "id"),
    "follow_ups": (ChangeKind.FOLLOW_UP, "id"),
    "reminder_marks": (ChangeKind.REMINDER_MARK, "id"),
    "service_visits": (ChangeKind.VISIT, "id"),
    "visit_items": (ChangeKind.VISIT, "visit_id"),
    "staff": (ChangeKind.STAFF, "id"),
    "lapsed_month_ends": (ChangeKind.FIGURES, "id"),
    "leads": (ChangeKind.LEAD, "id"),
    "showroom_visits": (ChangeKind.LEAD, "lead_id"),
    "test_drives": (ChangeKind.LEAD, "lead_id"),
}
# a row of these tables is part of its customer's row in the customers list (the plates):
# the column that names that customer
PART_OF_CUSTOMER = {"vehicles": "owner_id"}

# whose request a write is (the view or dialog that asked): set by whoever runs the work
current_origin: ContextVar[object | None] = ContextVar("guanxi_origin", default=None)


@contextmanager
def origin(who: object) -> Iterator[None]:
    token = current_origin.set(who)
    try:
        yield
    finally:
        current_origin.reset(token)


@dataclass(frozen=True)
class Committed:
    """One write unit of work, committed."""

    changes: Changes
    actor: Actor
    origin: object | None
    clock: int | None  # the book's write clock after it (None: a book without one)
    others_before: bool  # other desks or programs wrote since this desk last looked


class UnitOfWork:
    def __init__(self, actor: Actor):
        self.actor = actor
        self.origin = current_origin.get()
        self._noted: dict[ChangeKind, set[int] | None] = {}
        # for the audit log (app.db.audit): create/change/delete seen per kind, the entries
        # a service queued, and whether this unit writes no generic entry
        self.ops: dict[ChangeKind, set[str]] = {}
        self.audit: list[tuple] = []
        self.audit_quiet = False

    @property
    def noted(self) -> dict[ChangeKind, set[int] | None]:
        return self._noted

    def note(self, kind: ChangeKind, ids, op: str | None = None) -> None:
        """`ids`: an iterable of ids, or None for "some rows of this kind"; `op`: create,
        change or delete (for the audit log)."""
        if op is not None:
            self.ops.setdefault(kind, set()).add(op)
        if kind in self._noted and self._noted[kind] is None:
            return
        if ids is None:
            self._noted[kind] = None
            return
        bucket = self._noted.setdefault(kind, set())
        bucket.update(i for i in ids if i is not None)
        if len(bucket) > MAX_NOTED_IDS:
            self._noted[kind] = None

    @property
    def changes(self) -> Changes:
        return Changes({k: None if v is None else frozenset(v) for k, v in self._noted.items()})


def install(engine: Engine) -> None:
    """Note what every statement of a write unit of work changes (once per engine)."""
    if getattr(engine, "_guanxi_noting", False):
        return
    engine._guanxi_noting = True  # type: ignore[attr-defined]

    @event.listens_for(engine, "after_execute")
    def _noted(conn, clauseelement, multiparams, params, execution_options, result):
        unit = conn.info.get(UNIT_KEY)
        if unit is not None and isinstance(clauseelement, Insert | Update | Delete):
            _note_statement(unit, clauseelement, multiparams, params, result)


def _note_statement(unit: UnitOfWork, statement, multiparams, params, result) -> None:
    table = getattr(statement.table, "name", None)
    known = TABLES.get(table)
    if known is None:
        return
    kind, id_column = known
    rows = _parameter_rows(multiparams, params)
    if isinstance(statement, Insert):
        ids = _inserted_ids(result, rows, id_column)
    else:
        ids = _ids_named(statement.whereclause, id_column, rows)
    # a row of a table that is part of another record (search keys, tags, lines of work):
    # a change of that record, whatever the statement
    op = ("create" if isinstance(statement, Insert) else "change"
          if isinstance(statement, Update) else "delete") if id_column == "id" else "change"
    unit.note(kind, ids, op)
    column = PART_OF_CUSTOMER.get(table)
    if column is not None:
        if rows and all(column in row for row in rows):
            unit.note(ChangeKind.CUSTOMER, [row[column] for row in rows])
        elif not isinstance(statement, Insert):
            named = _ids_named(statement.whereclause, column, rows)
            if named:
                unit.note(ChangeKind.CUSTOMER, named)


def _parameter_rows(multiparams, params) -> list[dict]:
    rows: list[dict] = []
    for entry in (multiparams or ()):
        if isinstance(entry, dict):
            rows.append(entry)
        elif isinstance(entry, list | tuple):
            rows.extend(e for e in entry if isinstance(e, dict))
    if isinstance(params, dict) and params:
        rows.append(params)
    return rows


def _inserted_ids(result, rows: list[dict], id_column: str) -> list[int] | None:
    if rows and all(id_column in row and row[id_column] is not None for row in rows):
        return [row[id_column] for row in rows]
    if id_column != "id":
        return None
    try:
        keys = result.inserted_primary_key_rows
    except Exception:  # noqa: BLE001 - not told by this driver or statement: some rows
        return None
    ids = [key[0] for key in keys if key and key[0] is not None]
    return ids or None


def _ids_named(where, column: str, rows: list[dict]) -> list[int] | None:
    """The values `where` gives `column` (col = :x, col IN (...), under AND), or None."""
    if where is None:
        return None
    if isinstance(where, BooleanClauseList) and where.operator is operators.and_:
        for clause in where.clauses:
            found = _ids_named(clause, column, rows)
            if found is not None:
                return found
        return None
    if not isinstance(where, BinaryExpression):
        return None
    left, right = where.left, where.right
    if getattr(left, "name", None) != column or not isinstance(right, BindParameter):
        return None
    if where.operator is operators.eq:
        if right.value is not None and not callable(right.value):
            return [right.value]
        values = [row.get(right.key) for row in rows]
        return values if values and None not in values else None
    if where.operator is operators.in_op and isinstance(right.value, list | tuple):
        return list(right.value)
    return None


class Clock:
    """The book's write clock as this desk saw it last."""

    def __init__(self):
        self._lock = threading.Lock()
        self.seen: int | None = None

    def tick(self, conn) -> tuple[int | None, bool]:
        """Move the clock in the unit's transaction; (its new value, whether others wrote
        since this desk last looked)."""
        value = conn.execute(text(
            "INSERT INTO change_counts (topic, n) VALUES (:t, 1) "
            "ON CONFLICT (topic) DO UPDATE SET n = change_counts.n + 1 RETURNING n"
        ), {"t": CLOCK_TOPIC}).scalar()
        with self._lock:
            others = self.seen is not None and value - 1 != self.seen
            self.seen = value
        return value, others

    def look(self, conn) -> bool:
        """True when the clock moved since this desk last looked (another desk or program
        wrote); the first look only learns where it stands."""
        value = conn.execute(
            text("SELECT n FROM change_counts WHERE topic = :t"), {"t": CLOCK_TOPIC}).scalar()
        value = value or 0
        with self._lock:
            moved = self.seen is not None and value != self.seen
            self.seen = value
        return moved
