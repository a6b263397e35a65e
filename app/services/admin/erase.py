"""Erasing a person on request (PIPL art. 47, GDPR art. 17), and the retention review.

`erase(customer_id, reason)` anonymises one customer in one write unit of work, across every
table that refers to them (found from the schema as app.services.admin.privacy finds them):
what names or describes the person is cleared or replaced by a placeholder, what the
statistics count (visits, amounts, dates, kinds, advisors) is kept. Every text column of
those tables is decided in `DECISIONS`; a table or text column the schema gains later and
nobody decided stops the erasure (and a test) instead of being silently left behind.

The audit log's entries about the person keep their detail's digest in place of the detail
(app.db.audit.erased_detail: the hash chain still holds); then one entry "erase" with the
reason is added.

Leaving no trace in the book itself:
- a SQLite file: the unit runs with secure delete (what it deletes or moves is
  overwritten with zeros), the search index (FTS5) is merged afterwards so the person's
  trigrams are gone from it, not only marked deleted, and the write-ahead log is
  checkpointed and truncated. Every connection to a book file zeroes what it deletes when
  that costs no extra writing (secure_delete FAST, app.db.engine), so earlier edits leave
  little behind; a file up to SCAN_LIMIT is then searched for the person's values left
  anywhere in it (in a page's free space, by writes of an older version) and rebuilt
  (VACUUM) when one is found.
- a PostgreSQL server: the touched tables are VACUUMed, so the old row versions are gone
  from the tables and indexes. What remains is the server's own: its write-ahead log
  segments (until recycled), WAL archives and base backups, which only the server's
  administrator can purge.
Backups taken before still hold the person (the confirmation says so).
"""

from __future__ import annotations

import logging
import mmap
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Date, DateTime, String, Table, Text, bindparam, func, or_, select, update
from sqlalchemy.sql import delete

from app.db import audit
from app.db.base import Base
from app.db.engine import Book
from app.db.models import AuditEntry, Customer, Staff
from app.domain.clock import now
from app.domain.enums import FollowUpStatus
from app.domain.errors import BookError, NotFoundError
from app.domain.roles import Right
from app.services.admin.privacy import _through, customer_columns
from app.services.permissions import require

log = logging.getLogger(__name__)

# what each text column of a table about a customer becomes. "keep": kept (a kind, a code,
# what the statistics count, nothing that names the person); "clear": emptied ("" or NULL);
# "placeholder": "#<customer id>"; "delete": the table's rows about the person are deleted
# (the whole row is about them and no figure counts it). Non-text columns (numbers, dates,
# flags, links) are kept unless `_customer_values` says otherwise.
DECISIONS: dict[str, dict[str, str] | str] = {
    "customers": {
        "kind": "keep", "name": "placeholder", "name_pinyin": "clear", "name_initials": "clear",
        "phone": "clear", "phone_digits": "clear", "phone_alt": "clear", "wechat": "clear",
        "email": "clear", "gender": "clear", "birthday_calendar": "keep",
        "occupation": "clear", "employer": "clear", "hobbies": "clear", "family_notes": "clear",
        "address": "clear", "source": "keep", "notes": "clear",
        "marketing_consent_channel": "clear",
    },
    "customer_search": {"keys": "clear"},  # the search finds them by nothing any more
    "customer_tags": {},
    # make, model, trim, colour: the model mix (statistics); VIN and plate identify the car
    # and so the person (NULL keeps the VIN's unique index happy)
    "vehicles": {"make": "keep", "model": "keep", "trim": "keep", "colour": "keep",
                 "vin": "clear", "plate": "clear", "purchase_type": "keep", "notes": "clear"},
    "vehicle_ownerships": {},
    "interactions": {"kind": "keep", "summary": "clear", "outcome": "keep"},
    # other people (spouse, children) and the person's own dates: no figure counts them
    "household_members": "delete",
    "important_dates": "delete",
    "follow_ups": {"reason": "keep", "status": "keep", "outcome": "keep", "notes": "clear",
                   "reminder_kind": "keep"},
    "reminder_marks": {"kind": "keep", "state": "keep"},
    "service_visits": {"visit_type": "keep", "comments": "clear"},
    # the work done and its amount (the lane's statistics), not about the person
    "visit_items": {"description": "keep"},
    # the history of consents is kept as proof of what was agreed when; the note is free text
    "consents": {"purpose": "keep", "channel": "keep", "note": "clear"},
    # a merge's record holds the two customers' old values: cleared (it can be undone no more)
    "customer_merges": {"changes": "clear"},
    # leads (issue 16): the source, the models, the stages, levels, reasons and the referral's
    # kind and department are what the conversion figures count; the trade-in describes the
    # person's car, the notes and the lost and referral notes are free text. Their open leads
    # are closed as lost "erased on request" (_open_leads_closed)
    "leads": {"source": "keep", "models": "keep", "payment": "keep", "trade_in": "clear",
              "level": "keep", "stage": "keep", "notes": "clear", "order_model": "keep",
              "lost_reason": "keep", "lost_competitor": "keep", "lost_note": "clear",
              "lost_review": "keep", "referral_department": "keep", "referral_kind": "keep",
              "referral_note": "clear"},
    # the showroom log counts walk-ins and phone-ups; what they said is theirs
    "showroom_visits": {"kind": "keep", "interest": "clear", "notes": "clear"},
    # the demo car's model and plate are the store's; the feedback is the person's words
    "test_drives": {"kind": "keep", "model": "keep", "plate": "keep", "state": "keep",
                    "feedback": "clear"},
}


# the book file is searched for copies left behind up to this size (a search of a bigger
# file takes longer than the erasure itself; there the secure delete is relied on, which
# the tests verify on books with a history of edits)
SCAN_LIMIT = 96 * 1024 * 1024


@dataclass(frozen=True)
class Erased:
    customer_id: int
    placeholder: str
    rows: int  # rows anonymised, deleted or whose audit detail was replaced by its digest
    rebuilt: bool  # the book file was rebuilt (VACUUM) to leave no earlier copy behind


@dataclass(frozen=True)
class DueForReview:
    id: int
    name: str
    last_activity: datetime | None
    advisor_name: str
    archived: bool


def placeholder(customer_id: int) -> str:
    return f"#{customer_id}"


def _texts(table: Table) -> list[str]:
    return [c.name for c in table.columns if isinstance(c.type, String | Text)
            and not isinstance(c.type, Date | DateTime)]


def tables_about_a_customer() -> tuple[list[Table], list[Table]]:
    """(tables with a customer column, tables about them through one of those)."""
    tables = Base.metadata.tables
    direct = [t for t in tables.values() if customer_columns(t)]
    names = {t.name for t in direct}
    through = [t for t in tables.values()
               if t.name not in names and _through(t, names)]
    return direct, through


def undecided() -> list[str]:
    """"table" or "table.column" for each table about a customer, or text column of one,
    that DECISIONS does not decide (empty: all decided)."""
    missing = []
    direct, through = tables_about_a_customer()
    for table in direct + through:
        decided = DECISIONS.get(table.name)
        if decided is None:
            missing.append(table.name)
        elif isinstance(decided, dict):
            missing.extend(f"{table.name}.{c}" for c in _texts(table) if c not in decided)
    return missing


def _cleared(table: Table, column: str):
    return None if table.c[column].nullable else ""


class ErasureService:
    def __init__(self, book: Book):
        self.book = book

    # ------------------------------------------------------------ erase
    def erase(self, customer_id: int, reason: str) -> Erased:
        """Anonymise the customer everywhere (see the module's words); NotAllowed without
        the right to erase, NotFoundError for no such customer, BookError("reason_needed")
        without a reason."""
        require(self.book, Right.ERASE)
        reason = (reason or "").strip()
        if not reason:
            raise BookError("reason_needed")
        missing = undecided()
        if missing:  # a new table or column: decide it in DECISIONS first
            raise RuntimeError(f"erasure does not know what to do with {', '.join(missing)}")
        dialect = self.book.dialect
        with self.book.writing() as session:
            conn = session.connection()
            dialect.secure_delete(conn, True)
            try:
                found = self._erase_rows(session, conn, customer_id, reason)
            finally:
                dialect.secure_delete(conn, False)
        needles, rows, touched = found
        rebuilt = self._leave_no_trace(needles, touched)
        return Erased(customer_id, placeholder(customer_id), rows, rebuilt)

    def _erase_rows(self, session, conn, customer_id: int, reason: str):
        c = Customer.__table__.c
        person = conn.execute(select(Customer.__table__).where(c.id == customer_id)).first()
        if person is None:
            raise NotFoundError(customer_id)
        tables = Base.metadata.tables
        vehicles = tables["vehicles"]
        owned = conn.execute(select(vehicles.c.id, vehicles.c.vin, vehicles.c.plate)
                             .where(vehicles.c.owner_id == customer_id)).all()
        household = tables["household_members"]
        relatives = conn.execute(select(household.c.name, household.c.phone)
                                 .where(household.c.customer_id == customer_id)).all()
        # the values that must leave no trace (long enough not to be found in anyone's text
        # by chance)
        needles = {v for v in (person.name, person.phone, person.phone_digits, person.phone_alt,
                               person.wechat, person.email, person.address,
                               *(r.vin for r in owned), *(r.plate for r in owned),
                               *(r.name for r in relatives), *(r.phone for r in relatives))
                   if v and len(v.encode("utf-8")) >= 5}
        at = now()
        rows = 0
        touched = set()
        direct, through = tables_about_a_customer()
        ids_of: dict[str, list[int]] = {}
        for table in direct:
            columns = customer_columns(table)
            if table.name == "customers":
                condition = c.id == customer_id  # (referred_by_id: a link kept)
            else:
                condition = or_(*(table.c[col] == customer_id for col in columns))
            if "id" in table.c:
                ids_of[table.name] = list(conn.execute(select(table.c.id).where(condition))
                                          .scalars())
            decided = DECISIONS[table.name]
            if decided == "delete":
                result = conn.execute(delete(table).where(condition))
            else:
                values = self._values(table, decided, customer_id, at,
                                      self.book.actor.staff_id)
                if not values:
                    continue
                result = conn.execute(update(table).where(condition).values(**values))
            rows += result.rowcount or 0
            touched.add(table.name)
        for table in through:
            decided = DECISIONS[table.name]
            values = self._values(table, decided, customer_id, at) if decided != "delete" else {}
            links = _through(table, set(ids_of))
            condition = or_(*(table.c[col].in_(ids_of[parent]) for col, parent in links
                              if ids_of.get(parent)), False)
            if decided == "delete":
                result = conn.execute(delete(table).where(condition))
            elif values:
                result = conn.execute(update(table).where(condition).values(**values))
            else:
                continue
            rows += result.rowcount or 0
            touched.add(table.name)
        rows += self._erase_audit(conn, customer_id, ids_of, needles)
        touched.add(AuditEntry.__tablename__)
        # merge the search index: the 'delete' of the old keys only marked them deleted
        self.book.dialect.merge_search_index(conn)
        note = reason
        for needle in sorted(needles, key=len, reverse=True):
            note = note.replace(needle, placeholder(customer_id))
        audit.note(session, "erase", "customer", customer_id, {"reason": note[:500]})
        return needles, rows, touched

    @staticmethod
    def _values(table: Table, decided: dict, customer_id: int, at: datetime,
                reviewer: int | None = None) -> dict:
        values = {}
        for column, what in decided.items():
            if what == "clear":
                values[column] = _cleared(table, column)
            elif what == "placeholder":
                values[column] = placeholder(customer_id)
        if table.name == "customers":
            values.update(
                phone_wrong=False, birth_year=None, birth_month=None, birth_day=None,
                birth_leap=False, marketing_consent=False, marketing_consent_date=None,
                satisfaction_flag=False, updated_at=at, erased_at=at,
                archived_at=func.coalesce(table.c.archived_at, at),
                version=table.c.version + 1)
        elif table.name == "vehicles":
            values.update(archived_at=func.coalesce(table.c.archived_at, at),
                          version=table.c.version + 1, updated_at=at)
        elif table.name == "follow_ups":
            # nobody is to be called about them any more; the done ones stay as they were
            values.update(status=_closed_status(table),
                          closed_at=func.coalesce(table.c.closed_at, at))
        elif table.name == "leads":
            # nor is a lead worked on any more: a closed one keeps its stage as the figures
            # counted it; an open one is closed as lost "erased on request" (its review
            # approved by the person erasing, counted under that reason of its own)
            values.update(next_follow_up=None, updated_at=at, version=table.c.version + 1,
                          **_open_leads_closed(table, at, reviewer))
        elif table.name == "test_drives":
            # a drive still to come is called off
            values.update(state=_drive_called_off(table), updated_at=at,
                          version=table.c.version + 1)
        return values

    @staticmethod
    def _erase_audit(conn, customer_id: int, ids_of: dict[str, list[int]],
                     needles: set[str]) -> int:
        """Entries about the customer or their records, and entries whose detail holds one
        of their values, keep their detail's digest only; how many."""
        log_table = AuditEntry.__table__
        lc = log_table.c
        kinds = {"customer": [customer_id], "vehicle": ids_of.get("vehicles", []),
                 "visit": ids_of.get("service_visits", []),
                 "follow_up": ids_of.get("follow_ups", []),
                 "interaction": ids_of.get("interactions", []),
                 "household": ids_of.get("household_members", []),
                 "important_date": ids_of.get("important_dates", []),
                 "lead": ids_of.get("leads", []),
                 "test_drive": ids_of.get("test_drives", []),
                 "showroom_visit": ids_of.get("showroom_visits", [])}
        about = [(lc.record_kind == kind) & lc.record_id.in_(ids)
                 for kind, ids in kinds.items() if ids]
        mentions = [lc.detail.contains(n, autoescape=True) for n in needles]
        found = conn.execute(select(lc.id, lc.detail).where(
            or_(*about, *mentions), lc.detail != "",
            ~lc.detail.startswith(audit.ERASED_PREFIX, autoescape=True))).all()
        if not found:
            return 0
        conn.execute(update(log_table).where(lc.id == bindparam("eid"))
                     .values(detail=bindparam("erased")),
                     [{"eid": i, "erased": audit.erased_detail(d)} for i, d in found])
        return len(found)

    # ------------------------------------------------------------ no trace in the file
    def _leave_no_trace(self, needles: set[str], touched: set[str]) -> bool:
        if self.book.dialect.name == "postgresql":
            with self.book.engine.connect() as conn:
                conn = conn.execution_options(isolation_level="AUTOCOMMIT")
                for name in sorted(touched | {"customer_search"}):
                    conn.exec_driver_sql(f"VACUUM {name}")
            return False
        if self.book.dialect.name != "sqlite" or self.book.path is None:
            return False
        self._checkpoint()
        if self.book.path.stat().st_size > SCAN_LIMIT:
            return False
        found = _found_in_file(self.book.path, needles)
        if not found or not found - self._still_held(found):
            return False
        # copies left by writes made before in the free space of pages: rebuild the file
        log.info("erasure: earlier copies found in the book file, rebuilding it")
        dialect = self.book.dialect
        with self.book.engine.connect() as conn:
            dialect.secure_delete(conn, True)
            try:
                dialect.rebuild(conn)
            finally:
                dialect.secure_delete(conn, False)
        self._checkpoint()
        return True

    def _checkpoint(self) -> None:
        with self.book.engine.connect() as conn:
            busy = self.book.dialect.empty_write_log(conn)
            if busy is not None and busy[0]:
                log.warning("erasure: the write-ahead log could not be emptied now (%s)", busy)

    def _still_held(self, needles: set[str]) -> set[str]:
        """The needles other records legitimately hold now (another customer of the same
        name): finding those in the file tells nothing."""
        if not needles:
            return set()
        held = set()
        tables = Base.metadata.tables
        with self.book.reading() as session:
            for table in tables.values():
                for column in _texts(table):
                    col = table.c[column]
                    found = session.execute(select(col).where(
                        or_(*(col.contains(n, autoescape=True) for n in needles))).limit(50)
                    ).scalars().all()
                    for value in found:
                        held.update(n for n in needles if n in (value or ""))
                if held >= needles:
                    break
        return held

    # ------------------------------------------------------------ retention
    def due_for_review(self, years: int, today: date | None = None) -> list[DueForReview]:
        """Customers with no visit, no contact and no change for `years` years (not already
        erased), the longest inactive first."""
        require(self.book, Right.ERASE)
        today = today or date.today()
        try:
            cutoff_day = today.replace(year=today.year - years)
        except ValueError:  # 29 February
            cutoff_day = today.replace(year=today.year - years, day=28)
        cutoff = datetime.combine(cutoff_day, datetime.min.time())
        c = Customer.__table__.c
        s = Staff.__table__.c
        stmt = (select(c.id, c.name, c.last_contact_at, c.last_visit_on, c.updated_at,
                       c.created_at, s.name, c.archived_at)
                .select_from(Customer.__table__.outerjoin(Staff.__table__, s.id == c.advisor_id))
                .where(c.erased_at.is_(None),
                       or_(c.last_visit_on.is_(None), c.last_visit_on < cutoff_day),
                       or_(c.last_contact_at.is_(None), c.last_contact_at < cutoff),
                       c.updated_at < cutoff, c.created_at < cutoff))
        with self.book.reading() as session:
            rows = session.execute(stmt).all()
        found = []
        for (cid, name, contact, visit, updated, created, advisor, archived) in rows:
            moments = [m for m in (contact, updated, created,
                                   datetime.combine(visit, datetime.min.time()) if visit else None)
                       if m is not None]
            found.append(DueForReview(cid, name, max(moments) if moments else None,
                                      advisor or "", archived is not None))
        found.sort(key=lambda r: (r.last_activity or datetime.min, r.id))
        return found


def _closed_status(table: Table):
    from sqlalchemy import case

    return case((table.c.status.in_((FollowUpStatus.OPEN.value, FollowUpStatus.SNOOZED.value)),
                 FollowUpStatus.CANCELLED.value), else_=table.c.status)


def _open_leads_closed(table: Table, at: datetime, reviewer: int | None) -> dict:
    """The values that close the person's open leads as lost, erased on request (a closed
    lead's as they were): the same UPDATE as the rest of their leads' columns."""
    from sqlalchemy import DateTime as SqlDateTime
    from sqlalchemy import Integer, case, literal

    from app.domain.leads import OPEN_STAGES, LeadStage, LostReason, LostReview

    c = table.c
    is_open = c.stage.in_(sorted(s.value for s in OPEN_STAGES))
    when = literal(at, SqlDateTime())

    def if_open(value, column):
        return case((is_open, value), else_=column)

    return dict(
        stage=if_open(LeadStage.LOST.value, c.stage),
        lost_reason=if_open(LostReason.ERASED.value, c.lost_reason),
        lost_competitor=if_open("", c.lost_competitor),
        lost_review=if_open(LostReview.APPROVED.value, c.lost_review),
        lost_at=if_open(when, c.lost_at),
        lost_requested_at=if_open(func.coalesce(c.lost_requested_at, when),
                                  c.lost_requested_at),
        lost_reviewed_by=if_open(literal(reviewer, Integer()), c.lost_reviewed_by),
    )


def _drive_called_off(table: Table):
    from sqlalchemy import case

    from app.domain.leads import TestDriveState

    return case((table.c.state == TestDriveState.SCHEDULED.value,
                 TestDriveState.CANCELLED.value), else_=table.c.state)


def _found_in_file(path, needles: set[str]) -> set[str]:
    """The needles the book file (or its write-ahead log) holds, in UTF-8."""
    found = set()
    for file in (path, path.with_name(path.name + "-wal")):
        try:
            with open(file, "rb") as handle, mmap.mmap(handle.fileno(), 0,
                                                       access=mmap.ACCESS_READ) as data:
                found.update(n for n in needles - found if data.find(n.encode("utf-8")) >= 0)
        except (FileNotFoundError, ValueError):  # no such file, or an empty one
            continue
    return found
