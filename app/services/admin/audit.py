"""The audit log's reading side: following the hash chain, listing entries, exporting them.

Entries are written by app.db.audit inside the writers' own transactions; here nothing
changes an entry. An export of the log is itself an entry ("export", list "audit").
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.db import audit
from app.db.engine import Book
from app.db.models import AuditEntry, Staff
from app.domain.errors import BookError
from app.domain.roles import Right
from app.services.permissions import require

log = logging.getLogger(__name__)

# rows read at a time when following the chain (the log is streamed, never loaded whole)
CHUNK = 2_000
# breaks told at most (a log cut in two places is two problems; a rewritten log is not 10,000)
MAX_BREAKS = 20


def chain_problems(session: Session) -> list[str]:
    """Where the chain breaks, in id order: "audit_chain: entry N was changed" (its hash is
    not its fields' hash) or "audit_chain: entry N does not follow entry M" (its previous
    hash is not entry M's hash: M and N were not neighbours when N was written, so an entry
    between was removed, or N, or M, was put in by hand); "... entry N does not follow the
    start" for a first entry that was not the first; on a SQLite file also "audit_chain:
    entries after entry N were removed" (the newest ones). Empty: the chain holds (or there
    is no log). Reads the log in id order, a chunk at a time."""
    if not audit.has_log(session.connection()):
        return []
    table = AuditEntry.__table__
    c = table.c
    stmt = select(c.id, c.at, c.staff_id, c.actor, c.action, c.record_kind, c.record_id,
                  c.detail, c.prev_hash, c.hash).order_by(c.id)
    problems: list[str] = []
    prev_id, prev_hash = None, ""
    result = session.execute(stmt, execution_options={"yield_per": CHUNK})
    for (entry_id, at, staff_id, actor, action, kind, record_id, detail, stored_prev,
         stored) in result:
        if stored_prev != prev_hash:
            after = "the start" if prev_id is None else f"entry {prev_id}"
            problems.append(f"audit_chain: entry {entry_id} does not follow {after}")
        elif audit.entry_hash(stored_prev, at, staff_id, actor, action, kind, record_id,
                              detail) != stored:
            problems.append(f"audit_chain: entry {entry_id} was changed")
        if len(problems) >= MAX_BREAKS:
            result.close()
            break
        # the chain goes on from what is stored, so one break is told once
        prev_id, prev_hash = entry_id, stored
    if len(problems) < MAX_BREAKS and session.get_bind().dialect.name == "sqlite":
        # the newest entries removed leave a chain that holds; but a SQLite file numbers
        # them AUTOINCREMENT (a number once given is never given again, and one rolled back
        # is not kept as given), so a highest number given beyond the last entry tells
        given = session.execute(
            text("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'")).scalar()
        if given is not None and given > (prev_id or 0):
            after = "the start" if prev_id is None else f"entry {prev_id}"
            problems.append(f"audit_chain: entries after {after} were removed")
    return problems


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    staff_id: int | None
    actor: str
    action: str
    record_kind: str
    record_id: int | None
    detail: str


_C = AuditEntry.__table__.c
_ROWS = select(_C.id, _C.at, _C.staff_id, _C.actor, _C.action, _C.record_kind, _C.record_id,
               _C.detail)


def _filtered(stmt, since, until, staff_id, action, record_kind, record_id):
    if since is not None:
        stmt = stmt.where(_C.at >= datetime.combine(since, time()))
    if until is not None:
        stmt = stmt.where(_C.at < datetime.combine(until + timedelta(days=1), time()))
    if staff_id is not None:
        stmt = stmt.where(_C.staff_id == staff_id)
    if action:
        stmt = stmt.where(_C.action == action)
    if record_kind:
        stmt = stmt.where(_C.record_kind == record_kind)
    if record_id is not None:
        stmt = stmt.where(_C.record_id == record_id)
    return stmt


class AuditService:
    def __init__(self, book: Book):
        self.book = book

    def staff_id_of(self, user: str) -> int:
        """A staff member's id from their login or their id; BookError("unknown_user")."""
        with self.book.reading() as session:
            if user.strip().isdigit():
                found = session.scalar(select(Staff.id).where(Staff.id == int(user)))
            else:
                found = session.scalar(select(Staff.id).where(Staff.login == user.strip()))
        if found is None:
            raise BookError("unknown_user", user)
        return found

    def entries(self, since: date | None = None, until: date | None = None,
                staff_id: int | None = None, action: str | None = None,
                record_kind: str | None = None,
                record_id: int | None = None) -> Iterator[AuditRow]:
        """Entries in the order written (streamed); `until` is the last day included.
        Owner only (NotAllowed at once, before anything is read)."""
        require(self.book, Right.AUDIT)
        stmt = _filtered(_ROWS.order_by(_C.id), since, until, staff_id, action, record_kind,
                         record_id)
        return self._stream(stmt)

    def _stream(self, stmt) -> Iterator[AuditRow]:
        with self.book.reading() as session:
            for row in session.execute(stmt, execution_options={"yield_per": CHUNK}):
                yield AuditRow(*row)

    def page(self, since: date | None = None, until: date | None = None,
             staff_id: int | None = None, action: str | None = None,
             record_kind: str | None = None, record_id: int | None = None, *,
             before_id: int | None = None, limit: int = 200) -> tuple[list[AuditRow], bool]:
        """Up to `limit` entries newest first (those older than entry `before_id`, for the
        next page), and whether there are more. Owner only."""
        require(self.book, Right.AUDIT)
        stmt = _filtered(_ROWS.order_by(_C.id.desc()), since, until, staff_id, action,
                         record_kind, record_id)
        if before_id is not None:
            stmt = stmt.where(_C.id < before_id)
        with self.book.reading() as session:
            rows = [AuditRow(*r) for r in session.execute(stmt.limit(limit + 1))]
        return rows[:limit], len(rows) > limit

    def actions(self) -> list[str]:
        """The actions the log holds, sorted (for a filter). Owner only."""
        require(self.book, Right.AUDIT)
        with self.book.reading() as session:
            return sorted(session.scalars(select(_C.action).distinct()))

    def record_kinds(self) -> list[str]:
        """The kinds of record the log names, sorted (for a filter). Owner only."""
        require(self.book, Right.AUDIT)
        with self.book.reading() as session:
            return sorted(k for k in session.scalars(select(_C.record_kind).distinct()) if k)

    def chain_problems(self) -> list[str]:
        """Where the chain breaks (see `chain_problems`); owner only."""
        require(self.book, Right.AUDIT)
        with self.book.reading() as session:
            return chain_problems(session)

    def record(self, action: str, record_kind: str = "", record_id: int | None = None,
               detail: dict | None = None) -> None:
        """One entry in a write unit of its own (what changes nothing in the book: an
        export, a print), by the book's actor."""
        if not self.book.writable:
            # a book opened only to read what can be read (damaged): nothing can be written
            log.warning("not in the audit log (the book is read-only): %s %s", action, detail)
            return
        with self.book.writing() as session:
            if audit.has_log(session.connection()):
                audit.note(session, action, record_kind, record_id, detail)

    def may_put_out(self, kind: str, advisors=None) -> None:
        """NotAllowed unless the person at the desk may export (`kind` "export") or print
        ("print") this list: any list with the right to every list, else a list of their
        own customers only. `advisors`: the advisor of each row (None: the whole book, a
        list not of customers)."""
        from app.domain.roles import Right
        from app.services.permissions import refusal

        actor = self.book.actor
        every, own = ((Right.EXPORT_ALL, Right.EXPORT_OWN) if kind == "export"
                      else (Right.PRINT_ALL, Right.WORK_OWN))
        if actor.may(every):
            return
        if advisors is None or not actor.may(own) or actor.staff_id is None or any(
                a != actor.staff_id for a in advisors):
            raise refusal(every)

    def printed(self, which: str, rows: int) -> None:
        """A list printed (or saved as a PDF): which, how many rows."""
        self.record("print", "list", None, {"list": which, "rows": rows})

    def exported(self, which: str, rows: int, **detail) -> None:
        """An export written: which list, how many rows (and any filter it had)."""
        self.record("export", "list", None, {"list": which, "rows": rows, **detail})
