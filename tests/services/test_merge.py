"""Merging two customers and undoing it: every row about the merged customer moves (the
tables found from the schema), unique keys hold, and the undo gives the book's rows back
exactly, also after unrelated work in between; an advisor is refused."""

from __future__ import annotations

import pytest
from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table, func, select

from app.db.base import Base
from app.db.models import AuditEntry, Customer, CustomerTag, Interaction
from app.domain.enums import StaffRole
from app.domain.errors import NotAllowed, ValidationError
from app.domain.records import CustomerInput, InteractionInput, VehicleInput
from app.services.admin.privacy import customer_columns
from app.services.customers.merge import HANDLING, unhandled
from app.services.permissions import actor_for
from tests.postgres.books import book_rows
from tests.services.test_person_data import _fill

# the book's own bookkeeping, and the interactions the merge and undo add (checked apart)
SKIPPED = {"audit_log", "change_counts", "vehicle_changes", "customer_merges"}


def _rows(services):
    return {t: r for t, r in book_rows(services.book).items() if t not in SKIPPED}


def test_every_table_referring_to_customers_is_handled():
    referring = {t.name for t in Base.metadata.tables.values() if customer_columns(t)}
    assert referring == set(HANDLING)
    assert unhandled() == []
    other = MetaData()
    for table in Base.metadata.tables.values():
        table.to_metadata(other)
    Table("customer_notes_new", other, Column("id", Integer, primary_key=True),
          Column("customer_id", ForeignKey("customers.id")))
    assert unhandled(other) == ["customer_notes_new"]


def test_merge_moves_every_row_and_undo_gives_the_book_back(services):
    zhang, car = _fill(services, "张三", "13800138000")
    li, _ = _fill(services, "张叁", "13900139000")  # both tagged VIP: a duplicate tag
    before = _rows(services)
    last = max(r[0] for r in before["interactions"])
    record = services.merges.merge(zhang.id, li.id, {"phone": "merged", "name": "keep"})
    assert record.moved > 0 and record.removed == 1  # (li's VIP tag)
    with services.book.reading() as session:
        for table in Base.metadata.tables.values():
            if HANDLING.get(table.name) != "move":
                continue
            for column in customer_columns(table):
                left = session.scalar(select(func.count()).select_from(table)
                                      .where(table.c[column] == li.id))
                assert left == 0, table.name
        kept = session.get(Customer, zhang.id)
        gone = session.get(Customer, li.id)
        assert kept.phone == gone.phone and kept.name == "张三"
        assert gone.archived_at is not None
        assert session.scalar(select(func.count()).select_from(CustomerTag)
                              .where(CustomerTag.customer_id == zhang.id)) == 1
        assert session.scalar(select(AuditEntry.action).order_by(AuditEntry.id.desc())
                              .limit(1)) == "merge"
    assert [m.id for m in services.merges.merges(li.id)] == [record.id]
    undone = services.merges.undo_merge(record.id)
    assert undone.undone_at is not None
    after = _rows(services)
    notes = [r for r in after["interactions"] if r[0] > last]
    assert len(notes) == 2 and all(r[1] == zhang.id for r in notes)  # merge, undo
    after["interactions"] = [r for r in after["interactions"] if r[0] <= last]
    for table in before:
        assert after[table] == before[table], table
    with services.book.reading() as session:
        assert session.scalar(select(AuditEntry.action).order_by(AuditEntry.id.desc())
                              .limit(1)) == "unmerge"
    with pytest.raises(ValidationError):
        services.merges.undo_merge(record.id)


def test_undo_after_unrelated_work_reverses_only_the_merge(services):
    zhang, _ = _fill(services, "张三", "13800138000")
    li, _ = _fill(services, "张叁", "13900139000")
    wang = services.customers.create(CustomerInput(name="王五", phone="13700137000"))
    before = _rows(services)
    last = max(r[0] for r in before["interactions"])
    record = services.merges.merge(zhang.id, li.id, {"address": "merged"})
    # work since: another customer's car and call, and a call of the kept customer
    services.vehicles.add(wang.id, VehicleInput(make="吉利", model="星越"))
    services.timeline.log(InteractionInput(customer_id=wang.id, summary="回访"))
    later = services.timeline.log(InteractionInput(customer_id=zhang.id, summary="合并后来电"))
    services.merges.undo_merge(record.id)
    after = _rows(services)
    with services.book.reading() as session:
        assert session.get(Interaction, later.id).customer_id == zhang.id  # stays
        assert session.get(Customer, li.id).archived_at is None
    for table in ("consents", "customer_tags", "household_members", "important_dates",
                  "follow_ups", "reminder_marks", "service_visits", "visit_items"):
        assert after[table] == before[table], table
    assert [r for r in after["interactions"] if r[0] <= last] == before["interactions"]
    for table in ("vehicles", "vehicle_ownerships"):  # (wang's new car and its ownership)
        rows = {r[0]: r for r in before[table]}
        assert {r[0]: r for r in after[table] if r[0] in rows} == rows, table
    old = {r[0]: r for r in before["customers"]}
    assert old[li.id] == next(r for r in after["customers"] if r[0] == li.id)


def test_an_advisor_may_not_merge(services):
    a = services.customers.create(CustomerInput(name="张三", phone="13800138000"))
    b = services.customers.create(CustomerInput(name="张三", phone="13800138000"))
    member = services.staff.add("顾问", login="guwen")
    with services.book.reading() as session:
        advisor = actor_for(session, member.id, member.name, StaffRole.ADVISOR.value)
    services.act_as(advisor)
    with pytest.raises(NotAllowed):
        services.merges.merge(a.id, b.id, {})
    with pytest.raises(NotAllowed):
        services.merges.undo_merge(1)
