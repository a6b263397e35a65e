"""Merging two customers who are one person (issue 15, item 7), and undoing a merge.

A merge moves every row that refers to the merged customer to the kept one. The tables are
found from the schema (every column referring to customers.id); each must be named in
HANDLING, so that a new table cannot be forgotten (a test holds the two together). A row
whose move would break a unique key (the kept customer already has that tag) is removed
instead, as a duplicate. The kept customer takes the chosen fields' values from the merged
one; the merged customer is archived, not deleted. Everything the merge changed is written
to its row of customer_merges, and undoing it reverses exactly those changes: rows added
to the kept customer since stay with them, a moved row deleted since is skipped, a field
changed since keeps its newer value.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Table, and_, delete, insert, select, update

from app.db import audit
from app.db.base import Base
from app.db.engine import Book
from app.db.models import Customer, CustomerMerge, Interaction
from app.db.upkeep import refresh_search_keys
from app.domain.clock import now
from app.domain.enums import InteractionKind
from app.domain.errors import FieldError, NotFoundError, ValidationError
from app.domain.roles import Right
from app.services.admin.privacy import customer_columns
from app.services.permissions import require

MOVE = "move"  # rows moved to the kept customer (a duplicate of one of theirs: removed)
SEARCH = "search"  # one row per customer, worked out again for both
OWN = "own"  # the merges' own record: never moved
# every table with a column referring to customers.id, and what a merge does with it
HANDLING = {
    "customers": MOVE,  # (customers referred by the merged one)
    "consents": MOVE,
    "customer_search": SEARCH,
    "customer_tags": MOVE,
    "vehicles": MOVE,
    "vehicle_ownerships": MOVE,
    "interactions": MOVE,
    "household_members": MOVE,
    "important_dates": MOVE,
    "follow_ups": MOVE,
    "reminder_marks": MOVE,
    "service_visits": MOVE,
    "leads": MOVE,
    "showroom_visits": MOVE,
    "test_drives": MOVE,
    "customer_merges": OWN,
}

# the fields a person chooses between, and the columns worked out from each that follow it
CHOOSABLE = {
    "name": ("name_pinyin", "name_initials"), "kind": (), "phone": ("phone_digits",),
    "phone_alt": (), "wechat": (), "email": (), "gender": (), "birthday_calendar": (),
    "birth_year": (), "birth_month": (), "birth_day": (), "birth_leap": (),
    "occupation": (), "employer": (), "hobbies": (), "family_notes": (), "address": (),
    "source": (), "referred_by_id": (), "advisor_id": (), "notes": (),
    "key_account": (), "satisfaction_flag": (),
}
# worked out from both customers' history: the later of the two
LATEST = ("last_contact_at", "last_visit_on")

# the timeline's words when the caller gives none (%1 the other customer's id, %2 name)
MERGE_NOTE = "Merged with customer #%1 (%2)"
UNMERGE_NOTE = "Merge with customer #%1 (%2) undone"


@dataclass(frozen=True)
class MergeRecord:
    id: int
    kept_id: int
    merged_id: int
    kept_name: str
    merged_name: str
    staff_id: int | None
    at: datetime
    undone_at: datetime | None
    moved: int  # rows moved
    removed: int  # rows removed as duplicates of the kept customer's


def unhandled(metadata=None) -> list[str]:
    """Tables referring to customers that HANDLING does not name (empty when all are)."""
    tables = (metadata or Base.metadata).tables.values()
    return sorted(t.name for t in tables if customer_columns(t) and t.name not in HANDLING)


# ------------------------------------------------------------------ JSON of column values
def _out(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _in(table: Table, column: str, value):
    if value is None:
        return None
    kind = table.c[column].type.python_type
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    if kind is bool:
        return bool(value)
    return value


def _row_in(table: Table, row: dict) -> dict:
    return {k: _in(table, k, v) for k, v in row.items()}


def _key_where(table: Table, key: dict):
    return and_(*(table.c[k] == _in(table, k, v) for k, v in key.items()))


def _unique_sets(table: Table, column: str) -> list[list[str]]:
    """The table's unique keys that contain `column` (primary key, constraints, indexes)."""
    sets = []
    pk = [c.name for c in table.primary_key.columns]
    if column in pk:
        sets.append(pk)
    for constraint in table.constraints:
        names = [c.name for c in getattr(constraint, "columns", [])]
        if constraint.__class__.__name__ == "UniqueConstraint" and column in names:
            sets.append(names)
    for index in table.indexes:
        names = [c.name for c in index.columns]
        if index.unique and column in names:
            sets.append(names)
    if table.c[column].unique:
        sets.append([column])
    return sets


class MergeService:
    def __init__(self, book: Book):
        self.book = book

    # ------------------------------------------------------------------------- merge
    def merge(self, keep_id: int, merged_id: int, choices: dict[str, str] | None = None, *,
              note: str = MERGE_NOTE) -> MergeRecord:
        """`merged_id` into `keep_id`; `choices`: field -> "keep" or "merged" (a field not
        named keeps the kept customer's value). NotAllowed without the reassign right."""
        require(self.book, Right.REASSIGN)
        choices = dict(choices or {})
        bad = [FieldError(f, "field_invalid") for f, c in choices.items()
               if f not in CHOOSABLE or c not in ("keep", "merged")]
        if keep_id == merged_id:
            bad.append(FieldError("merged_id", "same_customer"))
        if bad:
            raise ValidationError(bad)
        left_out = unhandled()
        if left_out:
            raise RuntimeError(f"tables referring to customers not handled by merge: {left_out}")
        tables = Base.metadata.tables
        customers = tables["customers"]
        with self.book.writing() as session:
            kept = session.execute(select(customers).where(customers.c.id == keep_id)).first()
            gone = session.execute(select(customers).where(customers.c.id == merged_id)).first()
            for row, which in ((kept, keep_id), (gone, merged_id)):
                if row is None or row.archived_at is not None or row.erased_at is not None:
                    raise NotFoundError(which)
            kept, gone = dict(kept._mapping), dict(gone._mapping)
            stamp = now()
            moved: list[list] = []  # [table, column, primary key after the move]
            removed: list[list] = []  # [table, the row]
            for table in tables.values():
                if HANDLING.get(table.name) != MOVE:
                    continue
                for column in customer_columns(table):
                    self._move(session, table, column, keep_id, merged_id, moved, removed)
            # the kept customer's fields
            new_values: dict = {}
            for field, choice in choices.items():
                if choice == "merged" and gone[field] != kept[field]:
                    for name in (field, *CHOOSABLE[field]):
                        new_values[name] = gone[name]
            if new_values.get("referred_by_id") == keep_id:
                new_values["referred_by_id"] = None
            for name in LATEST:
                if gone[name] is not None and (kept[name] is None or gone[name] > kept[name]):
                    new_values[name] = gone[name]
            new_values.update(updated_at=stamp, version=kept["version"] + 1)
            old_values = {k: kept[k] for k in new_values}
            session.execute(update(customers).where(customers.c.id == keep_id)
                            .values(**new_values))
            merged_new = {"archived_at": stamp, "updated_at": stamp,
                          "version": gone["version"] + 1}
            merged_old = {k: gone[k] for k in merged_new}
            session.execute(update(customers).where(customers.c.id == merged_id)
                            .values(**merged_new))
            refresh_search_keys(session, keep_id)
            refresh_search_keys(session, merged_id)
            self._note(session, keep_id, note, merged_id, gone["name"], stamp)
            changes = {
                "moved": moved,
                "removed": [[t, {k: _out(v) for k, v in r.items()}] for t, r in removed],
                "kept_old": {k: _out(v) for k, v in old_values.items()},
                "kept_new": {k: _out(v) for k, v in new_values.items()},
                "merged_old": {k: _out(v) for k, v in merged_old.items()},
                "merged_new": {k: _out(v) for k, v in merged_new.items()},
            }
            record = CustomerMerge(kept_id=keep_id, merged_id=merged_id, staff_id=self.book.actor.staff_id, at=stamp,
                                   changes=json.dumps(changes, ensure_ascii=False))
            session.add(record)
            session.flush()
            audit.note(session, "merge", "customer", keep_id, {
                "merge_id": record.id, "kept": keep_id, "merged": merged_id,
                "merged_name": gone["name"], "fields": sorted(choices),
                "moved": len(moved), "removed": len(removed)})
            merge_id = record.id
        return self.merge_record(merge_id)

    @staticmethod
    def _move(session, table: Table, column: str, keep_id: int, merged_id: int,
              moved: list, removed: list) -> None:
        col = table.c[column]
        pk = [c.name for c in table.primary_key.columns]
        where = col == merged_id
        if table.name == "customers":  # (not the kept customer, nor the merged one itself)
            where = and_(where, table.c.id.not_in((keep_id, merged_id)))
        uniques = _unique_sets(table, column)
        if not uniques:
            keys = session.execute(select(*(table.c[k] for k in pk)).where(where)).all()
            if not keys:
                return
            session.execute(update(table).where(where).values({column: keep_id}))
            for key in keys:
                moved.append([table.name, column, {k: _out(v) for k, v in zip(pk, key, strict=True)}])
            return
        for row in session.execute(select(table).where(where)).all():
            row = dict(row._mapping)
            duplicate = False
            for names in uniques:
                match = and_(*((table.c[n] == keep_id) if n == column else
                               (table.c[n] == row[n]) for n in names))
                if session.execute(select(table.c[names[0]]).where(match).limit(1)).first():
                    duplicate = True
                    break
            here = _key_where(table, {k: row[k] for k in pk})
            if duplicate:
                session.execute(delete(table).where(here))
                removed.append([table.name, row])
                continue
            session.execute(update(table).where(here).values({column: keep_id}))
            after = {k: (keep_id if k == column else row[k]) for k in pk}
            moved.append([table.name, column, {k: _out(v) for k, v in after.items()}])

    # -------------------------------------------------------------------------- undo
    def undo_merge(self, merge_id: int, *, note: str = UNMERGE_NOTE) -> MergeRecord:
        """Reverse exactly the merge's own changes; NotFoundError for a merge not in the
        book, ValidationError ("already_undone") for one undone before."""
        require(self.book, Right.REASSIGN)
        tables = Base.metadata.tables
        customers = tables["customers"]
        with self.book.writing() as session:
            record = session.get(CustomerMerge, merge_id)
            if record is None:
                raise NotFoundError(merge_id)
            if record.undone_at is not None:
                raise ValidationError([FieldError("merge_id", "already_undone")])
            if not record.changes:  # (a customer of it erased: its record was cleared)
                raise ValidationError([FieldError("merge_id", "merge_erased")])
            keep_id, merged_id = record.kept_id, record.merged_id
            changes = json.loads(record.changes)
            stamp = now()
            for name, column, key in changes["moved"]:
                table = tables[name]
                back = {k: (merged_id if k == column else v) for k, v in key.items()}
                if column in key and session.execute(
                        select(table).where(_key_where(table, back))).first():
                    continue  # (the merged customer has that row again)
                session.execute(update(table)
                                .where(_key_where(table, key), table.c[column] == keep_id)
                                .values({column: merged_id}))
            for name, row in changes["removed"]:
                table = tables[name]
                values = _row_in(table, row)
                pk = [c.name for c in table.primary_key.columns]
                if session.execute(select(table).where(
                        _key_where(table, {k: row[k] for k in pk}))).first():
                    continue
                session.execute(insert(table).values(**values))
            kept = session.execute(select(customers).where(customers.c.id == keep_id)).one()
            kept = dict(kept._mapping)
            set_by_merge = _row_in(customers, changes["kept_new"])
            restore = {}
            if kept["version"] == set_by_merge.get("version"):  # untouched since: all back
                restore = _row_in(customers, changes["kept_old"])
            else:  # fields changed since keep their newer value
                for k, v in _row_in(customers, changes["kept_old"]).items():
                    if k not in ("version", "updated_at") and kept[k] == set_by_merge[k]:
                        restore[k] = v
                if restore:
                    restore.update(updated_at=stamp, version=kept["version"] + 1)
            if restore:
                session.execute(update(customers).where(customers.c.id == keep_id)
                                .values(**restore))
            gone = dict(session.execute(
                select(customers).where(customers.c.id == merged_id)).one()._mapping)
            merged_new = _row_in(customers, changes["merged_new"])
            if gone["version"] == merged_new["version"]:
                session.execute(update(customers).where(customers.c.id == merged_id)
                                .values(**_row_in(customers, changes["merged_old"])))
            elif gone["archived_at"] is not None:
                session.execute(update(customers).where(customers.c.id == merged_id)
                                .values(archived_at=None, updated_at=stamp,
                                        version=gone["version"] + 1))
            refresh_search_keys(session, keep_id)
            refresh_search_keys(session, merged_id)
            self._note(session, keep_id, note, merged_id, gone["name"], stamp)
            record.undone_at = stamp
            audit.note(session, "unmerge", "customer", keep_id, {
                "merge_id": merge_id, "kept": keep_id, "merged": merged_id})
        return self.merge_record(merge_id)

    # ------------------------------------------------------------------------ reading
    def merge_record(self, merge_id: int) -> MergeRecord:
        found = self._records(CustomerMerge.id == merge_id)
        if not found:
            raise NotFoundError(merge_id)
        return found[0]

    def _note(self, session, keep_id: int, note: str, merged_id: int, name: str,
              stamp) -> None:
        """The kept customer's timeline says what was merged or undone, and by whom."""
        session.execute(insert(Interaction).values(
            customer_id=keep_id, kind=InteractionKind.NOTE.value,
            summary=note.replace("%1", str(merged_id)).replace("%2", name),
            staff_id=self.book.actor.staff_id, occurred_at=stamp, created_at=stamp))

    def merges(self, customer_id: int | None = None) -> list[MergeRecord]:
        """The merges (newest first), of one customer (kept or merged) when given."""
        condition = None
        if customer_id is not None:
            condition = (CustomerMerge.kept_id == customer_id) | (
                CustomerMerge.merged_id == customer_id)
        return self._records(condition)

    def _records(self, condition) -> list[MergeRecord]:
        kept = Customer.__table__.alias("kept")
        gone = Customer.__table__.alias("gone")
        stmt = (select(CustomerMerge, kept.c.name, gone.c.name)
                .join(kept, kept.c.id == CustomerMerge.kept_id)
                .join(gone, gone.c.id == CustomerMerge.merged_id)
                .order_by(CustomerMerge.id.desc()))
        if condition is not None:
            stmt = stmt.where(condition)
        out = []
        with self.book.reading() as session:
            for m, kept_name, merged_name in session.execute(stmt):
                changes = json.loads(m.changes or "{}")
                out.append(MergeRecord(m.id, m.kept_id, m.merged_id, kept_name, merged_name,
                                       m.staff_id, m.at, m.undone_at,
                                       len(changes.get("moved", ())),
                                       len(changes.get("removed", ()))))
        return out
