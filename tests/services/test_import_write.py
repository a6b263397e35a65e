"""The import written: new customers with their vehicles, updates by key that keep the
customer's id and everything theirs, empty fields filled and filled ones changed only when
overwriting; all or nothing (a cancel or a failure leaves the book exactly as it was); the
counts conserved and on the audit log; the rejected rows' workbook imported again once
corrected; the round trip export → import into an empty book → the same customers."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime

import openpyxl
import pytest

from app.db.cancel import Cancelled
from app.db.engine import Book
from app.demo.dirty import CleanCustomer, clean_customers_of, write_dirty_xlsx
from app.demo.generator import generate_demo
from app.domain.enums import InteractionKind
from app.domain.errors import NotAllowed
from app.domain.records import CustomerInput, InteractionInput
from app.domain.validation import normalize_plate
from app.presentation import exports
from app.presentation.messages import import_reason
from app.services.admin.book import open_book
from app.services.exchange.excel_export import write_xlsx
from app.services.exchange.import_plan import DUPLICATE, NEW, REJECTED, UNCHANGED, UPDATE
from app.services.exchange.import_read import read_table
from app.services.exchange.import_write import (
    remember_mapping,
    remembered_mapping,
    run_import,
    write_rejected,
)
from tests.postgres.books import book_rows, contents

TODAY = date(2026, 6, 15)


@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "demo.db"
    generate_demo(path, 120, seed=8, today=TODAY)
    services = open_book(path)
    known = clean_customers_of(services, 30, seed=2)
    yield services, path, known
    services.close()


def _sheet(tmp_path, customers, name="in.xlsx"):
    path = tmp_path / name
    write_dirty_xlsx(path, customers, seed=3)
    return read_table(path)


def _new(n: int, **more) -> CleanCustomer:
    return CleanCustomer(name=f"新客户{n}", phone=f"+861390000{n:04d}",
                         address="北京市海淀区1号", **more)


def _customer_count(services) -> int:
    return len(services.customers.search_ids(""))


def test_new_customers_and_their_vehicles_are_written_and_counted(shop, tmp_path):
    services, path, _ = shop
    fresh = [_new(n, plate=f"京A{n:05d}", purchase_date=date(2024, 3, n + 1))
             for n in range(6)]
    bad = CleanCustomer(name="号码不对", phone="+8612345")
    table = _sheet(tmp_path, [*fresh, bad, fresh[0]])
    before = _customer_count(services)
    result = run_import(services.book, table, table.mapping(), backup_folder=tmp_path / "bk",
                        file_name="in.xlsx")
    assert result.counts == {NEW: 6, UPDATE: 0, UNCHANGED: 0, DUPLICATE: 1, REJECTED: 1}
    assert result.rows_in == 8 == sum(result.counts.values())
    assert _customer_count(services) == before + 6
    assert result.vehicles_added == 6
    assert result.backup is not None and result.backup.exists()
    for customer_id, clean in zip(result.created_ids, fresh, strict=True):
        card = services.customers.get(customer_id)
        assert (card.name, card.phone, card.address) == (clean.name, clean.phone, clean.address)
        cars = services.customers.card(customer_id).vehicles
        assert [(v.plate, v.purchase_date) for v in cars] == [
            (normalize_plate(clean.plate), clean.purchase_date)]
    found = services.customers.search_ids("新客户3")
    assert found == [result.created_ids[3]]  # found by name (search keys written)
    entry = next(e for e in services.audit.entries() if e.action == "import")
    detail = json.loads(entry.detail)
    assert detail["created"] == 6 and detail["rejected"] == 1
    assert detail["skipped"] == 1 and detail["rows_in"] == 8 and detail["file"] == "in.xlsx"


def test_an_update_keeps_the_customer_and_all_theirs_and_fills_only_empty_fields(shop, tmp_path):
    services, path, known = shop
    target = next(c for c in known if c.address and not c.wechat and c.vin)
    customer_id = services.customers.search_ids(target.phone.removeprefix("+86"))[0]
    services.timeline.log(InteractionInput(customer_id=customer_id, kind=InteractionKind.CALL,
                                           summary="谈过保养"))
    card_before = services.customers.get(customer_id)
    cars_before = services.customers.card(customer_id).vehicles
    timeline_before = len(services.timeline.of_customer(customer_id))
    moved = replace(target, wechat="wx_filled", address="上海市浦东新区世纪大道100号",
                    insurance_expiry=date(2027, 5, 1))
    table = _sheet(tmp_path, [moved])
    result = run_import(services.book, table, table.mapping(), take_backup=False)
    assert result.counts[UPDATE] == 1
    card = services.customers.get(customer_id)
    assert card.wechat == "wx_filled"  # empty: filled
    assert card.address == card_before.address  # filled: kept
    assert card.notes == card_before.notes and card.name == card_before.name
    assert len(services.timeline.of_customer(customer_id)) == timeline_before
    cars = services.customers.card(customer_id).vehicles
    assert [v.id for v in cars] == [v.id for v in cars_before]  # the car matched by VIN
    # overwriting: the filled address changes, the rest is still theirs
    result = run_import(services.book, table, table.mapping(), overwrite=True, take_backup=False)
    assert result.counts[UPDATE] == 1
    assert services.customers.get(customer_id).address == "上海市浦东新区世纪大道100号"
    assert services.customers.get(customer_id).id == customer_id
    # and once more: nothing left to change
    again = run_import(services.book, table, table.mapping(), overwrite=True, take_backup=False)
    assert again.counts[UNCHANGED] == 1 and again.counts[UPDATE] == 0


def test_a_new_plate_for_a_known_customer_adds_a_vehicle(shop, tmp_path):
    services, _, known = shop
    target = known[0]
    customer_id = services.customers.search_ids(target.phone.removeprefix("+86"))[0]
    cars_before = len(services.customers.card(customer_id).vehicles)
    table = _sheet(tmp_path, [replace(target, plate="沪B99999", vin="")])
    result = run_import(services.book, table, table.mapping(), take_backup=False)
    assert result.counts[UPDATE] == 1 and result.vehicles_added == 1
    cars = services.customers.card(customer_id).vehicles
    assert len(cars) == cars_before + 1 and "沪B·99999" in {v.plate for v in cars}
    assert services.customers.search_ids("沪B99999") == [customer_id]


def test_a_cancelled_import_leaves_the_book_exactly_as_it_was(shop, tmp_path):
    services, path, known = shop
    rows = [_new(n) for n in range(4500)] + [replace(known[0], wechat="wx_cancelled")]
    table = _sheet(tmp_path, rows)
    before = contents(path)
    asked = []

    def cancelled() -> bool:  # the person presses Cancel once writing has begun
        asked.append(None)
        return services.book and len(asked) > 5

    writes = []
    with pytest.raises(Cancelled):
        run_import(services.book, table, table.mapping(), take_backup=False,
                   cancelled=cancelled, progress=lambda s, d, t: writes.append((s, d)))
    assert any(stage == "write" and done > 0 for stage, done in writes)  # (a chunk was written)
    assert contents(path) == before


def test_a_failed_import_leaves_the_book_file_byte_identical(tmp_path, server_books):
    if server_books is not None:
        pytest.skip("a book file's bytes: SQLite (the server's rows: the test above)")
    path = tmp_path / "demo.db"
    generate_demo(path, 60, seed=2, today=TODAY)
    table = _sheet(tmp_path, [_new(n) for n in range(3000)])
    original = path.read_bytes()
    services = open_book(path)
    try:
        def fail_midway(stage, done, total):
            if stage == "write" and done > 0:
                raise OSError(28, "No space left on device")

        with pytest.raises(OSError):
            run_import(services.book, table, table.mapping(), take_backup=False,
                       progress=fail_midway)
    finally:
        services.close()
    assert path.read_bytes() == original
    assert not (tmp_path / "demo.db-wal").exists() or (tmp_path / "demo.db-wal").stat().st_size == 0


def test_the_backup_first_is_a_copy_of_the_book_before(shop, tmp_path):
    services, path, _ = shop
    before = book_rows(services.book)
    table = _sheet(tmp_path, [_new(1)])
    result = run_import(services.book, table, table.mapping(), backup_folder=tmp_path / "bk")
    assert result.backup is not None
    if services.book.is_sqlite:
        copy = Book(f"sqlite:///{result.backup}")
        try:
            assert book_rows(copy) == before
        finally:
            copy.dispose()
    else:
        assert result.backup.stat().st_size > 0  # (the server's dump, listed by pg_restore)


def test_dry_run_writes_nothing(shop, tmp_path):
    services, path, _ = shop
    table = _sheet(tmp_path, [_new(n) for n in range(5)])
    before = contents(path)
    result = run_import(services.book, table, table.mapping(), dry_run=True)
    assert result.dry_run and result.counts[NEW] == 5 and result.backup is None
    assert contents(path) == before


def test_an_advisor_may_not_import(shop, tmp_path):
    services, path, _ = shop
    from app.domain.changes import Actor
    from app.domain.enums import StaffRole
    from app.domain.roles import rights_of

    advisor = services.staff.list()[0]
    services.act_as(Actor(advisor.id, advisor.name, role=StaffRole.ADVISOR,
                          rights=rights_of(StaffRole.ADVISOR)))
    table = _sheet(tmp_path, [_new(1)])
    before = contents(path)
    with pytest.raises(NotAllowed):
        run_import(services.book, table, table.mapping(), take_backup=False)
    assert contents(path) == before


def test_rejected_rows_go_to_a_workbook_that_imports_once_corrected(shop, tmp_path):
    services, _, _ = shop
    bad = [CleanCustomer(name=f"错号{n}", phone="+8612345") for n in range(3)]
    table = _sheet(tmp_path, [_new(1), *bad])
    result = run_import(services.book, table, table.mapping(), take_backup=False)
    assert result.counts[REJECTED] == 3
    out = tmp_path / "rejected.xlsx"
    assert write_rejected(out, table, result.plan, import_reason, "Why", "Rejected") == 3
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0][:-1]) == [h or None for h in table.headers] and rows[0][-1] == "Why"
    assert all("Mobile" in r[-1] for r in rows[1:])
    # the person corrects the phone numbers in the workbook and imports it again
    phone_column = next(i for i, k in table.mapping().items() if k == "phone")
    for n, row in enumerate(sheet.iter_rows(min_row=2), start=1):
        row[phone_column].value = f"1390001{n:04d}"
    sheet.delete_cols(len(rows[0]))
    fixed = tmp_path / "fixed.xlsx"
    openpyxl.load_workbook(out).close()
    sheet.parent.save(fixed)
    again = read_table(fixed)
    second = run_import(services.book, again, again.mapping(), take_backup=False)
    assert second.counts[NEW] == 3 and second.counts[REJECTED] == 0


def test_a_mapping_is_remembered_per_header_layout(shop, tmp_path):
    services, _, _ = shop
    table = _sheet(tmp_path, [_new(1)])
    assert remembered_mapping(services.book, table.layout_key()) is None
    chosen = dict(table.mapping())
    address_column = next(i for i, k in chosen.items() if k == "address")
    chosen[address_column] = None
    remember_mapping(services.book, table.layout_key(), chosen)
    other = _sheet(tmp_path, [_new(2)], name="other.xlsx")
    assert remembered_mapping(services.book, other.layout_key()) == chosen


def test_round_trip_export_then_import_into_an_empty_book_gives_the_same_customers(tmp_path):
    generate_demo(tmp_path / "src.db", 150, seed=5, today=TODAY)
    source = open_book(tmp_path / "src.db")
    target = open_book(tmp_path / "empty.db")
    try:
        exported = tmp_path / "customers.xlsx"
        write_xlsx(exported, [exports.customers_sheet(source.customers.export_rows())])
        for member in source.staff.list(active_only=False):  # (the staff come first)
            target.staff.add(member.name, member.role)
        table = read_table(exported)
        result = run_import(target.book, table, table.mapping(), take_backup=False)
        assert result.counts[NEW] == 150 and result.counts[REJECTED] == 0

        def kept(services):  # everything the import can carry, per customer
            return sorted((r[0], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10],
                           r[11], tuple(sorted((r[13] or "").split(", "))), r[18], r[19])
                          for r in services.customers.export_rows())

        assert kept(target) == kept(source)
        again = run_import(target.book, table, table.mapping(), take_backup=False)
        assert again.counts[NEW] == 0 and again.counts[UNCHANGED] == 150
    finally:
        source.close()
        target.close()


def test_import_and_its_counts_reach_the_audit_log_once_even_with_nothing_to_write(shop, tmp_path):
    services, _, known = shop
    table = _sheet(tmp_path, known[:3])
    result = run_import(services.book, table, table.mapping(), take_backup=False,
                        file_name="same.xlsx")
    assert result.counts[UNCHANGED] + result.counts[UPDATE] == 3
    entries = [e for e in services.audit.entries() if e.action == "import"]
    assert len(entries) == 1 and json.loads(entries[0].detail)["rows_in"] == 3
    assert isinstance(entries[0].at, datetime)


def test_the_preview_plan_is_written_as_it_is_unless_the_book_changed_since(shop, tmp_path):
    from app.services.exchange.import_plan import plan_import

    services, _, known = shop
    table = _sheet(tmp_path, [_new(1), _new(2), replace(known[0], wechat="wx_preview")])
    mapping = table.mapping()
    preview = plan_import(services.book, table, mapping)
    result = run_import(services.book, table, mapping, plan=preview, take_backup=False)
    assert result.plan is preview and result.counts[NEW] == 2
    # another desk writes after the preview: the rows are planned again against the book
    stale = plan_import(services.book, table, mapping)
    assert stale.counts[NEW] == 0
    services.customers.create(CustomerInput(name="别的柜台", phone="13700000001"))
    again = run_import(services.book, table, mapping, plan=stale, take_backup=False)
    assert again.plan is not stale and again.counts == stale.counts
    # a plan of other options is not taken either
    other = plan_import(services.book, table, mapping, on_duplicate="skip")
    skipped = run_import(services.book, table, mapping, plan=other, take_backup=False)
    assert skipped.plan is not other and skipped.counts[DUPLICATE] == 0
