"""The audit log (issue 14, must-have 4): an entry for each write, by whom, chained by hash;
`check_book` finds an entry edited, removed or put in by hand."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.db.models import Staff
from app.domain.changes import Actor
from app.domain.enums import FollowUpReason, Outcome
from app.domain.records import CustomerInput, VehicleInput
from app.domain.visit_records import VisitInput
from app.services.admin.audit import chain_problems
from app.services.admin.backups import restore_backup, take_backup
from app.services.admin.book import check_book, open_book
from tests.postgres.books import run_sql


def entries(services) -> list:
    return list(services.audit.entries())


def last(services):
    return entries(services)[-1]


def staff(services, name: str) -> Actor:
    with services.book.writing() as session:
        row = Staff(name=name)
        session.add(row)
        session.flush()
        return Actor(row.id, name)


@pytest.fixture
def li(services):
    actor = staff(services, "李明")
    services.book.actor = actor
    return actor


def test_each_write_is_an_entry_by_whoever_did_it(services, li):
    customer = services.customers.create(CustomerInput(name="张三", phone="13800138000"))
    entry = last(services)
    assert (entry.action, entry.record_kind, entry.record_id) == ("create", "customer", customer.id)
    assert (entry.staff_id, entry.actor) == (li.staff_id, "李明")

    services.customers.archive(customer.id)
    assert (last(services).action, last(services).record_id) == ("archive", customer.id)
    services.customers.restore(customer.id)
    assert last(services).action == "restore"

    other = services.customers.create(CustomerInput(name="李四", phone="13955667788"))
    vehicle = services.vehicles.add(customer.id, VehicleInput(make="BYD", model="Han", plate="粤B12345"))
    assert (last(services).action, last(services).record_kind, last(services).record_id) == (
        "create", "vehicle", vehicle.id)
    vehicle = services.vehicles.update(
        vehicle.id, VehicleInput(make="BYD", model="Han", plate="粤B54321"), vehicle.version)
    entry = last(services)
    assert entry.action == "change"
    assert json.loads(entry.detail) == {"fields": {"plate": ["粤B·12345", "粤B·54321"]}}
    services.vehicles.set_archived(vehicle.id, True)
    assert last(services).action == "archive"
    services.vehicles.set_archived(vehicle.id, False)
    services.vehicles.transfer(vehicle.id, other.id, date(2026, 5, 1))
    entry = last(services)
    assert entry.action == "transfer"
    assert json.loads(entry.detail) == {"from": customer.id, "to": other.id, "on": "2026-05-01"}

    visit = services.visits.add(VisitInput(vehicle.id, date(2026, 6, 1), mileage_km=10_000))
    assert (last(services).action, last(services).record_kind, last(services).record_id) == (
        "create", "visit", visit.id)
    services.visits.update(visit.id, VisitInput(vehicle.id, date(2026, 6, 1), mileage_km=12_000))
    assert json.loads(last(services).detail) == {"fields": {"mileage_km": [10_000, 12_000]}}
    services.visits.delete(visit.id, "logged twice")
    assert (last(services).action, last(services).record_id) == ("delete", visit.id)

    follow_up = services.followups.create(other.id, FollowUpReason.CUSTOM, date(2026, 6, 2))
    entry = last(services)  # no entry of its own: the generic one
    assert (entry.action, entry.record_kind) == ("create", "follow_up")
    assert json.loads(entry.detail)["follow_up"]["ids"] == [follow_up]
    services.followups.log_outcome(follow_up, Outcome.REACHED, "ok")
    entry = last(services)
    assert (entry.action, entry.record_kind, entry.record_id) == ("outcome", "follow_up", follow_up)
    assert json.loads(entry.detail)["outcome"] == "reached"

    assert all(e.staff_id == li.staff_id for e in entries(services)[1:])
    assert services.audit.chain_problems() == []


def test_a_card_save_names_the_fields_changed_with_old_and_new_values(services, li):
    customer = services.customers.create(
        CustomerInput(name="张三", phone="13800138000", tags=("VIP",)))
    services.customers.update(
        customer.id,
        CustomerInput(name="张三丰", phone="13800138000", address="深圳", tags=("VIP", "老客户")),
        customer.version)
    entry = last(services)
    assert (entry.action, entry.record_id, entry.actor) == ("change", customer.id, "李明")
    assert json.loads(entry.detail) == {"fields": {
        "name": ["张三", "张三丰"], "address": ["", "深圳"],
        "tags": [["VIP"], ["VIP", "老客户"]]}}


def test_one_entry_per_unit_of_work_however_many_rows(services, li):
    ids = [services.customers.create(CustomerInput(name=f"客户{i}", phone=f"1380013{i:04d}")).id
           for i in range(3)]
    follow_ups = [services.followups.create(i, FollowUpReason.CUSTOM, date(2026, 6, 2)) for i in ids]
    before = len(entries(services))
    services.followups.reassign(follow_ups, li.staff_id)
    after = entries(services)
    assert len(after) == before + 1
    assert json.loads(after[-1].detail)["follow_up"]["n"] == 3


def test_a_failed_write_leaves_no_entry(services, li):
    customer = services.customers.create(CustomerInput(name="张三", phone="13800138000"))
    before = len(entries(services))
    with pytest.raises(Exception):  # noqa: B017 - a stale version: refused
        services.customers.update(customer.id, CustomerInput(name="王五"), customer.version + 5)
    assert len(entries(services)) == before


def test_the_chain_holds_after_many_writes(services, li):
    customer = services.customers.create(CustomerInput(name="张三", phone="13800138000"))
    for i in range(60):
        customer = services.customers.update(
            customer.id, CustomerInput(name="张三", phone="13800138000", address=f"路{i}"),
            customer.version)
    assert len(entries(services)) >= 61
    services.close()
    report = check_book(services.book.url)
    assert report.ok, report.problems


def _book_with_entries(services, li, count=5):
    customer = services.customers.create(CustomerInput(name="张三", phone="13800138000"))
    for i in range(count - 1):
        customer = services.customers.update(
            customer.id, CustomerInput(name="张三", phone="13800138000", address=f"路{i}"),
            customer.version)
    ids = [e.id for e in entries(services)]
    url = services.book.url
    services.close()
    return url, ids


def test_an_entry_edited_by_hand_is_found(services, li):
    url, ids = _book_with_entries(services, li)
    run_sql(url, f"UPDATE audit_log SET detail = '{{}}' WHERE id = {ids[2]}")
    report = check_book(url)
    assert not report.ok
    assert report.problems == (f"audit_chain: entry {ids[2]} was changed",)


def test_an_entry_removed_by_hand_is_found(services, li):
    url, ids = _book_with_entries(services, li)
    run_sql(url, f"DELETE FROM audit_log WHERE id = {ids[2]}")
    assert check_book(url).problems == (
        f"audit_chain: entry {ids[3]} does not follow entry {ids[1]}",)


def test_the_first_entry_removed_is_found(services, li):
    url, ids = _book_with_entries(services, li)
    run_sql(url, f"DELETE FROM audit_log WHERE id = {ids[0]}")
    assert check_book(url).problems == (f"audit_chain: entry {ids[1]} does not follow the start",)


def test_an_entry_put_in_by_hand_is_found(services, li):
    url, ids = _book_with_entries(services, li)
    new_id = ids[-1] + 1
    run_sql(url, "INSERT INTO audit_log (id, at, staff_id, actor, action, record_kind, record_id,"
                 " detail, prev_hash, hash) VALUES"
                 f" ({new_id}, '2026-01-01 00:00:00', NULL, 'x', 'change', 'customer', 1, '',"
                 " 'forged', 'forged')")
    assert check_book(url).problems == (f"audit_chain: entry {new_id} does not follow entry {ids[-1]}",)


def test_an_entry_put_in_with_the_right_previous_hash_but_made_up_fields_is_found(services, li):
    url, ids = _book_with_entries(services, li)
    reopened = open_book(url)
    try:
        newest = last(reopened)
        with reopened.book.reading() as session:
            prev = session.execute(
                __import__("sqlalchemy").text("SELECT hash FROM audit_log WHERE id = :i"),
                {"i": newest.id}).scalar()
    finally:
        reopened.close()
    run_sql(url, "INSERT INTO audit_log (id, at, staff_id, actor, action, record_kind, record_id,"
                 " detail, prev_hash, hash) VALUES"
                 f" ({ids[-1] + 1}, '2026-01-01 00:00:00', NULL, 'x', 'change', 'customer', 1, '',"
                 f" '{prev}', '{'0' * 64}')")
    assert check_book(url).problems == (f"audit_chain: entry {ids[-1] + 1} was changed",)


def test_a_fresh_book_has_a_sound_chain(services):
    with services.book.reading() as session:
        assert chain_problems(session) == []


def test_exports_are_entries(services, li, tmp_path):
    services.customers.create(CustomerInput(name="张三", phone="13800138000"))
    services.audit.exported("customers", 1)
    entry = last(services)
    assert (entry.action, entry.record_kind, entry.staff_id) == ("export", "list", li.staff_id)
    assert json.loads(entry.detail) == {"list": "customers", "rows": 1}


@pytest.mark.sqlite_only  # (a backup of a book file; a server's is pg_dump's)
def test_a_restored_book_says_it_was_restored_and_by_whom(tmp_path):
    path = tmp_path / "book.db"
    services = open_book(path)
    actor = staff(services, "王老板")
    services.customers.create(CustomerInput(name="张三", phone="13800138000"))
    info = take_backup(path)
    services.close()
    restore_backup(path, info.path, actor=actor)
    reopened = open_book(path)
    try:
        entry = last(reopened)
        assert (entry.action, entry.record_kind, entry.staff_id) == ("restore", "book", actor.staff_id)
        assert json.loads(entry.detail) == {"backup": info.path.name}
        assert reopened.audit.chain_problems() == []
    finally:
        reopened.close()


def test_the_demo_writes_one_entry(tmp_path):
    from app.demo.generator import generate_demo

    path = tmp_path / "demo.db"
    generate_demo(path, customers=50, seed=1)
    services = open_book(path)
    try:
        assert [e.action for e in entries(services)] == ["demo"]
    finally:
        services.close()


@pytest.mark.sqlite_only  # (a server's sequence moves on for a rolled-back entry too)
def test_the_newest_entries_removed_are_found(services, li):
    url, ids = _book_with_entries(services, li)
    run_sql(url, f"DELETE FROM audit_log WHERE id >= {ids[3]}")
    assert check_book(url).problems == (f"audit_chain: entries after entry {ids[2]} were removed",)


def test_a_rolled_back_unit_leaves_the_chain_sound(services, li):
    from app.db import audit

    with pytest.raises(RuntimeError), services.book.writing() as session:
        audit.append(session, li, "change", "customer", 1)  # written, then rolled back
        raise RuntimeError("stopped")
    services.customers.create(CustomerInput(name="张三", phone="13800138000"))
    assert services.audit.chain_problems() == []
