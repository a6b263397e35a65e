"""The import's plan before anything is written: each data row new, an update of customer
#id (fields old → new), unchanged, a duplicate (of an earlier row, or of a customer when
the person chose to skip) or rejected (with the field and the reason); rows in always equal
the sum of the dispositions; the book is only read."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.demo.dirty import CleanCustomer, clean_customers_of, write_dirty_xlsx
from app.demo.generator import generate_demo
from app.services.admin.book import open_book
from app.services.exchange.import_plan import (
    DUPLICATE,
    NEW,
    REJECTED,
    UNCHANGED,
    UPDATE,
    plan_import,
)
from app.services.exchange.import_read import read_table
from tests.postgres.books import contents

TODAY = date(2026, 6, 15)


@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "demo.db"
    generate_demo(path, 120, seed=8, today=TODAY)
    services = open_book(path)
    known = clean_customers_of(services, 30, seed=2)
    wechatless = next(c for c in known if not c.wechat)
    yield services, path, known, wechatless
    services.close()


def _sheet(tmp_path, customers):
    path = tmp_path / "in.xlsx"
    write_dirty_xlsx(path, customers, seed=3)
    table = read_table(path)
    return table, table.mapping()


def _new(n: int) -> CleanCustomer:
    return CleanCustomer(name=f"新客户{n}", phone=f"+861390000{n:04d}", address="北京市海淀区1号")


def test_every_row_gets_its_disposition_and_rows_are_conserved(shop, tmp_path):
    services, path, known, wechatless = shop
    fresh = [_new(n) for n in range(5)]
    bad = CleanCustomer(name="号码不对", phone="+8612345")
    filled = replace(wechatless, wechat="wx_new_one")
    others = [c for c in known if c is not wechatless]
    rows = [*others, *fresh, replace(fresh[0], name="新客户0重复"), bad, filled]
    table, mapping = _sheet(tmp_path, rows)
    before = contents(path)
    plan = plan_import(services.book, table, mapping)
    assert contents(path) == before  # only read
    counts = plan.counts
    assert plan.rows_in == len(rows) == sum(counts.values())
    assert counts[NEW] == 5 and counts[DUPLICATE] == 1 and counts[REJECTED] == 1
    assert counts[UPDATE] == 1 and counts[UNCHANGED] == len(others)
    by_name = {r.values.get("name"): r for r in plan.rows}
    assert by_name["新客户0重复"].same_as_row == by_name["新客户0"].number
    assert set(by_name["号码不对"].rejections) == {"phone"}
    update = next(r for r in plan.rows if r.disposition == UPDATE)
    assert update.changes == {"wechat": ("", "wx_new_one")}
    assert services.customers.get(update.customer_id).phone == wechatless.phone
    assert plan.totals == 1 and plan.blank == len(rows) // 37  # (a blank every 37 rows)


def test_a_filled_field_changes_only_when_overwriting(shop, tmp_path):
    services, _, known, _ = shop
    moved = replace(known[0], address="上海市浦东新区世纪大道100号")
    table, mapping = _sheet(tmp_path, [moved])
    kept = plan_import(services.book, table, mapping).rows[0]
    assert kept.disposition == UNCHANGED if known[0].address else UPDATE
    written = plan_import(services.book, table, mapping, overwrite=True).rows[0]
    assert written.disposition == UPDATE
    assert written.changes["address"] == (known[0].address, "上海市浦东新区世纪大道100号")


def test_matches_in_the_book_skipped_or_added_as_the_person_chose(shop, tmp_path):
    services, _, known, _ = shop
    table, mapping = _sheet(tmp_path, [*known[:4], _new(9)])
    skipped = plan_import(services.book, table, mapping, on_duplicate="skip")
    assert [r.disposition for r in skipped.rows] == [DUPLICATE] * 4 + [NEW]
    assert all(r.customer_id for r in skipped.rows[:4])
    added = plan_import(services.book, table, mapping, on_duplicate="add")
    # added anyway; but a car is one car: a VIN already in the book cannot be added twice
    expected = [REJECTED if c.vin else NEW for c in known[:4]] + [NEW]
    assert [r.disposition for r in added.rows] == expected
    assert all(r.rejections["vin"].code == "vin_duplicate"
               for r in added.rows if r.disposition == REJECTED)
