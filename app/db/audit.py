"""The audit log's writing side: entries appended in the writer's own transaction.

Each entry's `hash` is sha256 over the previous entry's hash and this entry's own fields
(canonical JSON, `at` in ISO form, the detail as its own sha256), so an entry edited,
removed or slipped in by hand breaks the chain (app.services.admin.audit follows it;
`guanxi check` says where). Because the chain covers only the detail's digest, an entry
about a person whose data was erased (app.services.admin.erase) keeps that digest in place
of its detail ("sha256:<hex>", `erased_detail`): the chain still holds, and any other edit
of the entry still breaks it.

How entries get there: a write unit of work (app.db.engine Book.writing) writes, just
before it commits, ONE entry set per unit: the entries a service queued with `note()`
(it knows more: the fields changed, old -> new), or, when none did, one generic entry
saying which kinds of record it created, changed or deleted (ids up to a bound) from what
the unit noted itself (app.db.unit). So no service can forget to be audited, a unit that
changed 500 rows costs one INSERT, and the entry commits (or rolls back) with the change.

Entries are only ever appended: nothing in the program deletes one, and nothing updates
one except erasure, which replaces a detail by its digest.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

from sqlalchemy import inspect, text
from sqlalchemy.orm import Session

from app.db.models import AuditEntry
from app.domain.changes import Actor, ChangeKind
from app.domain.clock import now

TABLE = AuditEntry.__table__
# ids listed per kind in a generic entry (beyond: the count only)
MAX_LISTED_IDS = 20
# kinds that are the program's own bookkeeping (kept month-end figures), not anybody's record
UNAUDITED_KINDS = frozenset({ChangeKind.FIGURES})
# the order in which a generic entry picks the record it is "about"
_MAIN_KINDS = (ChangeKind.CUSTOMER, ChangeKind.VEHICLE, ChangeKind.VISIT, ChangeKind.FOLLOW_UP,
               ChangeKind.INTERACTION, ChangeKind.HOUSEHOLD, ChangeKind.IMPORTANT_DATE,
               ChangeKind.REMINDER_MARK, ChangeKind.STAFF, ChangeKind.TAG)

_INSERT = TABLE.insert()
_NEWEST = text("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")


# an erased detail: its sha256 where the detail was
ERASED_PREFIX = "sha256:"


def detail_digest(detail: str) -> str:
    """The sha256 (hex) the chain covers for a detail: the detail's own, or the one an
    erased detail keeps."""
    if detail.startswith(ERASED_PREFIX) and len(detail) == len(ERASED_PREFIX) + 64:
        return detail[len(ERASED_PREFIX):]
    return hashlib.sha256(detail.encode("utf-8")).hexdigest()


def erased_detail(detail: str) -> str:
    """What an erased entry keeps in place of `detail` (the chain still holds over it)."""
    return ERASED_PREFIX + detail_digest(detail)


def canonical(at: datetime, staff_id, actor: str, action: str, record_kind: str, record_id,
              detail: str) -> str:
    return json.dumps(
        {"at": at.isoformat(), "staff_id": staff_id, "actor": actor, "action": action,
         "record_kind": record_kind, "record_id": record_id,
         "detail_sha256": detail_digest(detail or "")},
        sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def entry_hash(prev_hash: str, at: datetime, staff_id, actor: str, action: str,
               record_kind: str, record_id, detail: str) -> str:
    body = canonical(at, staff_id, actor, action, record_kind, record_id, detail)
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def detail_text(detail: dict | None) -> str:
    if not detail:
        return ""
    return json.dumps(detail, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      default=str)


def _connection(session_or_conn):
    return session_or_conn.connection() if isinstance(session_or_conn, Session) \
        else session_or_conn


def append(session_or_conn, actor: Actor, action: str, record_kind: str = "",
           record_id: int | None = None, detail: dict | None = None) -> str:
    """Append one entry now, in the caller's (write) transaction; its hash."""
    return append_many(_connection(session_or_conn), actor,
                       [(action, record_kind, record_id, detail)])


def append_many(conn, actor: Actor, entries: list[tuple]) -> str:
    """Append (action, record_kind, record_id, detail) entries, chained, in one INSERT.

    Reading the newest hash here and writing after it is safe because every write unit
    queues before it does anything: SQLite's write transaction is BEGIN IMMEDIATE (one
    writer per file), and on PostgreSQL Book.writing first takes the book's advisory lock
    (Dialect.begin_write), held until commit. So no other entry can be appended between
    this read and the commit, and entry ids follow the chain's order."""
    prev = conn.execute(_NEWEST).scalar() or ""
    at = now()
    rows = []
    for action, record_kind, record_id, detail in entries:
        body = detail_text(detail) if not isinstance(detail, str) else detail
        staff_id = actor.staff_id
        name = actor.name[:80]
        digest = entry_hash(prev, at, staff_id, name, action, record_kind or "", record_id, body)
        rows.append({"at": at, "staff_id": staff_id, "actor": name, "action": action,
                     "record_kind": record_kind or "", "record_id": record_id, "detail": body,
                     "prev_hash": prev, "hash": digest})
        prev = digest
    conn.execute(_INSERT, rows[0] if len(rows) == 1 else rows)
    return prev


# ------------------------------------------------------------------ through the unit of work
def _unit(session_or_conn):
    from app.db.unit import UNIT_KEY

    unit = session_or_conn.info.get(UNIT_KEY)
    if unit is None:
        raise RuntimeError("an audit entry is noted inside a write unit of work")
    return unit


def note(session, action: str, record_kind: str = "", record_id: int | None = None,
         detail: dict | None = None) -> None:
    """Queue an entry for this write unit: written, with the unit's actor, just before it
    commits. A unit with such entries writes no generic one."""
    _unit(session).audit.append((action, str(record_kind), record_id, detail))


def quiet(session) -> None:
    """This unit writes no generic entry (bulk work that says what it did in one entry of
    its own, or in none: a demo book)."""
    _unit(session).audit_quiet = True


def has_log(conn) -> bool:
    """Whether the book has the audit log (migration 0010 and later)."""
    return inspect(conn).has_table("audit_log")


def write_unit(conn, unit) -> None:
    """Called by Book.writing just before the commit."""
    entries = list(unit.audit)
    if not entries and not unit.audit_quiet:
        generic = generic_entry(unit)
        if generic is not None:
            entries.append(generic)
    if entries:
        append_many(conn, unit.actor, entries)


def generic_entry(unit) -> tuple | None:
    """(action, kind, id, detail) for what the unit noted: create/change/delete when it did
    only that, else "write"; detail {kind: {"ops": [...], "ids": [...], "n": count}}."""
    noted = {k: v for k, v in unit.noted.items() if k not in UNAUDITED_KINDS}
    if not noted:
        return None
    detail: dict = {}
    ops_seen: set[str] = set()
    for kind, ids in noted.items():
        ops = set(unit.ops.get(kind, ()))
        if "create" in ops:  # a new row and its parts (search keys, tags): a create
            ops.discard("change")
        ops = sorted(ops)
        ops_seen.update(ops)
        part: dict = {"ops": ops}
        if ids is None:
            part["n"] = None  # some rows, not counted
        else:
            part["n"] = len(ids)
            part["ids"] = sorted(ids)[:MAX_LISTED_IDS]
        detail[str(kind)] = part
    action = ops_seen.pop() if len(ops_seen) == 1 else "write"
    main = next((k for k in _MAIN_KINDS if k in noted), next(iter(noted)))
    ids = noted[main]
    record_id = next(iter(ids)) if ids is not None and len(ids) == 1 else None
    return (action, str(main), record_id, detail)
