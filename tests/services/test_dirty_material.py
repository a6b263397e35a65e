"""The test material of issue 15: planted duplicates in a demo book, and dirty customer
sheets (a workbook and a GB18030 CSV) holding every pathology real sheets have, with the
clean customers they stand for."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from app.demo.dirty import (
    EXCEL_EPOCH,
    clean_customers_of,
    plant_duplicates,
    write_dirty_csv,
    write_dirty_xlsx,
)
from app.demo.generator import generate_demo
from app.domain.search import pinyin_of
from app.services.admin.book import open_book

TODAY = date(2026, 6, 15)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("dirty") / "demo.db"
    generate_demo(path, 200, seed=5, today=TODAY)
    return path


def test_the_homophones_read_the_same():
    from app.demo.dirty import HOMOPHONES

    assert all(pinyin_of(a)[0] == pinyin_of(b)[0] and a != b for a, b in HOMOPHONES.items())


def test_each_planted_pair_is_a_duplicate_of_its_kind(demo, tmp_path):
    services = open_book(demo)
    try:
        pairs = plant_duplicates(services, 12, seed=2)
        reasons = {p.reason for p in pairs}
        assert len(pairs) == 12 and {"same_phone", "similar_phone_same_name",
                                     "pinyin_name"} <= reasons
        for pair in pairs:
            a, b = services.customers.get(pair.first), services.customers.get(pair.second)
            assert a.id != b.id
            if pair.reason == "same_phone":
                assert a.phone == b.phone and a.name != b.name
            elif pair.reason == "similar_phone_same_name":
                assert a.name == b.name and a.phone != b.phone
                assert sum(x != y for x, y in zip(a.phone, b.phone, strict=True)) == 1
            elif pair.reason == "same_name_same_address":
                assert a.name == b.name and a.address == b.address and not b.phone
            else:
                assert a.name != b.name and pinyin_of(a.name)[0] == pinyin_of(b.name)[0]
                assert sum(x != y for x, y in zip(a.phone, b.phone, strict=True)) == 1
    finally:
        services.close()


def test_the_dirty_workbook_holds_every_pathology(demo, tmp_path):
    services = open_book(demo)
    try:
        truth = clean_customers_of(services, 120, seed=3)
    finally:
        services.close()
    path = tmp_path / "customers.xlsx"
    assert write_dirty_xlsx(path, truth, seed=4) == truth
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert "客户名单" in rows[0][0] and rows[1][2] == "车辆信息"  # title rows, group header
    assert {str(r) for r in sheet.merged_cells.ranges} >= {"A1:J1", "C2:F2"}
    assert sheet.column_dimensions["J"].hidden
    body = rows[3:-1]
    assert rows[-1][0] == "合计"  # the total row
    assert any(all(v is None for v in r) for r in body)  # empty rows in the middle
    filled = [r for r in body if any(v is not None for v in r)]
    assert len(filled) == len(truth)
    phones = [r[1] for r in filled]
    assert any(isinstance(p, int | float) for p in phones)  # kept by Excel as numbers
    assert any(isinstance(p, str) and ("/" in p or "，" in p or "；" in p) for p in phones)
    assert any(isinstance(p, str) and "１" in p or isinstance(p, str) and "３" in p
               for p in phones)  # full-width digits
    dates = [r[4] for r in filled if r[4] is not None]
    assert any(isinstance(d, datetime) for d in dates)
    assert any(isinstance(d, int | float) for d in dates)
    assert any(isinstance(d, str) and "年" in d for d in dates)
    # each row stands for its customer: the Excel serial and the texts give the same day
    for row, customer in zip(filled, truth, strict=True):
        day = row[4]
        if isinstance(day, int | float):  # an Excel serial
            assert EXCEL_EPOCH.toordinal() + int(day) == customer.purchase_date.toordinal()
        assert row[0].strip() == customer.name


def test_the_dirty_csv_is_gb18030_with_semicolons(demo, tmp_path):
    services = open_book(demo)
    try:
        truth = clean_customers_of(services, 50, seed=6)
    finally:
        services.close()
    path = tmp_path / "old-crm.csv"
    write_dirty_csv(path, truth, seed=7)
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    rows = list(csv.reader(io.StringIO(raw.decode("gb18030")), delimiter=";"))
    assert len(rows[0]) == 9 and rows[-1][0] == "合计"
    filled = [r for r in rows[1:-1] if any(r)]
    assert [r[0].strip() for r in filled] == [c.name for c in truth]


def test_the_duplicate_finder_finds_every_planted_pair(demo, tmp_path):
    """Two pieces written apart check each other: whatever the planting makes, the finder
    must list, with a reason of the same kind."""
    from app.services.customers.duplicates import find_pairs

    services = open_book(demo)  # (the pairs planted here are told apart by their ids)
    try:
        planted = plant_duplicates(services, 16, seed=9)
        found = {(p.a, p.b): set(p.reasons) for p in find_pairs(services.book, limit=None)}
    finally:
        services.close()
    expected = {"same_phone": {"same_phone"},
                "similar_phone_same_name": {"same_name_similar_phone"},
                "same_name_same_address": {"same_name_same_address"},
                "pinyin_name": {"pinyin_similar_phone"}}
    for pair in planted:
        key = (min(pair.first, pair.second), max(pair.first, pair.second))
        assert key in found, pair
        assert found[key] & expected[pair.reason], (pair, found[key])


@pytest.mark.parametrize("kind", ["xlsx", "csv-gb18030", "csv-utf8-tab"])
def test_the_import_reads_the_dirty_sheets_back_to_the_clean_customers(demo, tmp_path, kind):
    """The reading layer (app.services.exchange.import_read) against the material written
    apart from it: every dirty row cleans back to the customer it stands for."""
    from app.domain.import_fields import DATA, clean_row
    from app.services.exchange.import_read import read_table

    services = open_book(demo)
    try:
        truth = clean_customers_of(services, 150, seed=11)
    finally:
        services.close()
    if kind == "xlsx":
        path = tmp_path / "customers.xlsx"
        write_dirty_xlsx(path, truth, seed=12)
    else:
        path = tmp_path / "customers.csv"
        encoding, delimiter = (("gb18030", ";") if kind == "csv-gb18030" else ("utf-8-sig", "\t"))
        write_dirty_csv(path, truth, seed=12, encoding=encoding, delimiter=delimiter)
    table = read_table(path)
    mapping = table.mapping()
    rows = [r for r in table.data_rows(mapping) if r.kind == DATA]
    assert len(rows) == len(truth)
    for row, customer in zip(rows, truth, strict=True):
        cleaned = clean_row(row.cells, mapping)
        assert cleaned.rejections == {}, (row.number, cleaned.rejections)
        got = cleaned.values
        assert got["name"] == customer.name
        assert got["phone"] == customer.phone
        assert got.get("phone_alt", "") == customer.phone_alt
        assert got.get("vin", "") == customer.vin
        assert got.get("plate", "") == customer.plate
        assert got.get("purchase_date") == customer.purchase_date
        assert got.get("insurance_expiry") == customer.insurance_expiry
