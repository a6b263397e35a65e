"""An anonymised copy of a book for support (app.services.admin.anonymise): no name, phone,
VIN, plate, WeChat id, e-mail, address or note of the book is left anywhere in the copy's
file; every table keeps its rows, ids, dates and amounts; the same value gets the same
replacement (duplicates and households stay); VINs keep a right check digit, plates and
phones pass the program's checks; the copy opens, passes the check and its search finds a
made-up name by its pinyin; the book itself is never changed; a copy that fails leaves
nothing."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db.base import Base
from app.db.engine import Book
from app.demo.generator import generate_demo
from app.domain.changes import Actor
from app.domain.errors import BookError, NotAllowed
from app.domain.records import CustomerInput
from app.domain.roles import rights_of
from app.domain.validation import normalize_phone, normalize_plate, plate_key
from app.services.admin.anonymise import PLAN, anonymise_book
from app.services.admin.book import check_book, open_book
from app.services.admin.copy import STARTED_AFRESH
from tests.postgres.books import book_rows, contents, run_sql

TODAY = date(2026, 5, 1)
OLD_NAME, NEW_NAME = "欧阳修文", "欧阳文修"
OLD_PHONE, NEW_PHONE = "13911112222", "13933334444"
OLD_ADDRESS = "上海市徐汇区漕溪北路88号"

# the columns the copy replaces (or works out again); every other column is the book's
REPLACED = {table: set(columns) for table, columns in PLAN.items()}
REPLACED["customers"] |= {"name", "name_pinyin", "name_initials", "phone", "phone_digits",
                          "phone_alt", "wechat"}
REPLACED["customer_search"] = {"keys"}
REPLACED["staff"] |= {"login", "password_hash", "failed_sign_ins", "wait_until"}
REPLACED["audit_log"] = {"actor", "detail", "prev_hash", "hash"}


# ---------------------------------------------------------------- ISO 3779, written apart
def iso3779_check(vin: str) -> str:
    """The check character of a 17-character VIN, from ISO 3779's table (not the program's)."""
    values = {"A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
              "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
              "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    total = 0
    for char, weight in zip(vin, weights, strict=True):
        total += (int(char) if char.isdigit() else values[char]) * weight
    return "X" if total % 11 == 10 else str(total % 11)


def test_the_check_written_here_agrees_with_a_published_vin():
    assert iso3779_check("1M8GDM9AXKP042788") == "X"  # the example every table gives
    assert iso3779_check("11111111111111111") == "1"


# ---------------------------------------------------------------- the book and its copy
@pytest.fixture(scope="module")
def book(tmp_path_factory):
    """A small demo book, with an audited change of name, phone and address, two customers
    sharing a phone, a consent with a note, and an entry by a signed-in staff member."""
    path = tmp_path_factory.mktemp("anonymise") / "book.db"
    generate_demo(path, 120, seed=11, today=TODAY)
    services = open_book(path)
    try:
        services.act_as(Actor(3, services.staff.get(3).name))
        made = services.customers.create(CustomerInput(
            name=OLD_NAME, phone=OLD_PHONE, address=OLD_ADDRESS, wechat="ouyang_xw",
            email="ouyang@example.org", notes="他的朋友王磊介绍来的"))
        services.customers.update(made.id, dataclasses.replace(
            CustomerInput(name=OLD_NAME, phone=OLD_PHONE, address=OLD_ADDRESS,
                          wechat="ouyang_xw", email="ouyang@example.org",
                          notes="他的朋友王磊介绍来的"),
            name=NEW_NAME, phone=NEW_PHONE, address="上海市静安区南京西路1号"), made.version)
    finally:
        services.close()
    run_sql(path,
            "UPDATE customers SET phone = (SELECT phone FROM customers WHERE id = 2),"
            " phone_digits = (SELECT phone_digits FROM customers WHERE id = 2) WHERE id = 3",
            "INSERT INTO consents (customer_id, purpose, granted, on_day, channel, staff_id,"
            " note, at) VALUES (1, 'marketing', TRUE, '2026-01-02', 'phone', 3,"
            " '客户在电话里同意，号码13800001111', '2026-01-02 10:00:00')")
    return path


@pytest.fixture(scope="module")
def copied(book, tmp_path_factory):
    before = contents(book)
    target = tmp_path_factory.mktemp("copy") / "support.db"
    report = anonymise_book(book, target)
    return target, report, before


def _rows(path_or_url) -> dict[str, list[tuple]]:
    from app.db import engine as engine_module

    opened = Book(engine_module.url_for(path_or_url))
    try:
        return book_rows(opened)
    finally:
        opened.dispose()


def _columns(table: str) -> list[str]:
    return [c.name for c in Base.metadata.tables[table].columns]


def _column(rows: dict, table: str, column: str) -> list:
    at = _columns(table).index(column)
    return [row[at] for row in rows[table]]


def test_the_book_itself_is_not_changed(book, copied):
    _target, _report, before = copied
    assert contents(book) == before


def test_no_name_phone_vin_plate_wechat_email_address_or_note_is_left_in_the_file(book, copied):
    target, _report, _ = copied
    source = _rows(book)
    found: dict[str, set[str]] = {}

    def look_for(kind: str, values) -> None:
        found.setdefault(kind, set()).update(v for v in values if v)

    look_for("name", _column(source, "customers", "name"))
    look_for("name", _column(source, "household_members", "name"))
    look_for("name", _column(source, "staff", "name"))
    look_for("name", [OLD_NAME])
    for column in ("phone", "phone_alt", "phone_digits"):
        look_for("phone", _column(source, "customers", column))
    look_for("phone", _column(source, "household_members", "phone"))
    look_for("phone", [OLD_PHONE, "13800001111"])
    look_for("phone", [p[3:] for p in found["phone"] if p.startswith("+86")])
    look_for("vin", _column(source, "vehicles", "vin"))
    look_for("vin", [v.lower() for v in found["vin"]])  # (as the search keys hold them)
    plates = _column(source, "vehicles", "plate")
    look_for("plate", plates)
    look_for("plate", [plate_key(p).lower() for p in plates if p])
    look_for("wechat", _column(source, "customers", "wechat"))
    look_for("email", _column(source, "customers", "email"))
    look_for("address", _column(source, "customers", "address") + [OLD_ADDRESS])
    look_for("note", [t for t in _column(source, "customers", "notes")
                      + _column(source, "customers", "family_notes")
                      + _column(source, "customers", "employer")
                      + _column(source, "interactions", "summary")
                      + _column(source, "service_visits", "comments")
                      + _column(source, "household_members", "notes")
                      + _column(source, "consents", "note") if len(t) >= 4])
    # the leads' free texts (issue 16)
    look_for("lead_note", [t for t in _column(source, "leads", "notes")
                           + _column(source, "leads", "trade_in")
                           + _column(source, "leads", "lost_note")
                           + _column(source, "leads", "referral_note")
                           + _column(source, "showroom_visits", "notes")
                           + _column(source, "test_drives", "feedback") if len(t) >= 4])
    look_for("password", _column(source, "staff", "password_hash"))
    assert all(values for values in found.values()), {k: len(v) for k, v in found.items()}
    assert not Path(str(target) + "-wal").exists()
    data = target.read_bytes().decode("utf-8", errors="replace")
    left = {kind: sorted(v for v in values if v in data) for kind, values in found.items()}
    assert not any(left.values()), left


def test_every_table_keeps_its_rows_ids_dates_and_amounts(book, copied):
    target, report, _ = copied
    source, copy = _rows(book), _rows(target)
    for table in Base.metadata.sorted_tables:
        if table.name in STARTED_AFRESH:  # (the copy machinery's: new book, new counters)
            continue
        assert len(copy[table.name]) == len(source[table.name]), table.name
        kept = [i for i, c in enumerate(_columns(table.name))
                if c not in REPLACED.get(table.name, ())]
        assert [[r[i] for i in kept] for r in copy[table.name]] == \
            [[r[i] for i in kept] for r in source[table.name]], table.name
    assert {t.name: t.rows for t in report.tables if t.copied} == \
        {name: len(rows) for name, rows in source.items() if name not in STARTED_AFRESH}
    # the replaced columns did change
    assert set(_column(copy, "customers", "name")).isdisjoint(_column(source, "customers", "name"))
    assert set(_column(copy, "vehicles", "vin")).isdisjoint(_column(source, "vehicles", "vin"))


def test_the_same_value_gets_the_same_replacement(book, copied):
    target, _report, _ = copied
    source, copy = _rows(book), _rows(target)
    phones = dict(zip(_column(source, "customers", "id"), _column(copy, "customers", "phone"),
                      strict=True))
    assert phones[2] == phones[3]  # two customers with one phone still share one
    assert len(set(phones.values())) == len(phones) - 1  # and no other two do
    # a name the book has twice (a customer's and a household member's, or two customers')
    # is one made-up name twice
    old_names = _column(source, "customers", "name") + _column(source, "household_members", "name")
    new_names = _column(copy, "customers", "name") + _column(copy, "household_members", "name")
    mapping: dict[str, set[str]] = {}
    for old, new in zip(old_names, new_names, strict=True):
        mapping.setdefault(old, set()).add(new)
    assert all(len(new) == 1 for new in mapping.values())
    assert any(old_names.count(name) > 1 for name in mapping)  # (the demo has some)
    # different names stay different
    assert len({next(iter(v)) for v in mapping.values()}) == len(mapping)
    # the household keeps its links (their ids are the book's: the test above) and a staff
    # member's name in the audit log is their new name
    staff = dict(zip(_column(copy, "staff", "id"), _column(copy, "staff", "name"), strict=True))
    actors = {(s, a) for s, a in zip(_column(copy, "audit_log", "staff_id"),
                                     _column(copy, "audit_log", "actor"), strict=True) if s}
    assert actors and all(staff[s] == a for s, a in actors)


def test_vins_plates_and_phones_are_still_well_formed_and_vins_unique(copied):
    target, _report, _ = copied
    copy = _rows(target)
    vins = [v for v in _column(copy, "vehicles", "vin") if v]
    assert vins and len(set(vins)) == len(vins)
    for vin in vins:
        assert len(vin) == 17 and vin[8] == iso3779_check(vin), vin
    plates = [p for p in _column(copy, "vehicles", "plate") if p]
    assert len(set(plates)) == len(plates)
    assert all(normalize_plate(p) == p for p in plates)
    phones = [p for p in _column(copy, "customers", "phone") + _column(copy, "customers", "phone_alt")
              + _column(copy, "household_members", "phone") if p]
    assert all(normalize_phone(p) == p for p in phones)
    digits = dict(zip(_column(copy, "customers", "phone"), _column(copy, "customers", "phone_digits"),
                      strict=True))
    assert all(d == p[3:] for p, d in digits.items() if p)
    assert all(login is None for login in _column(copy, "staff", "login"))
    assert all(h is None for h in _column(copy, "staff", "password_hash"))


def test_the_copy_opens_passes_the_check_and_finds_a_made_up_name_by_its_pinyin(copied):
    target, report, _ = copied
    checked = check_book(target)
    assert checked.ok, checked.problems
    assert report.source_chain_breaks == 0
    services = open_book(target, create=False)
    try:
        record = services.customers.get(1)
        assert record.name
        with services.book.reading() as session:
            pinyin, initials = session.execute(
                text("SELECT name_pinyin, name_initials FROM customers WHERE id = 1")).one()
        assert pinyin.isascii() and pinyin
        assert 1 in services.customers.search_ids(pinyin)
        assert 1 in services.customers.search_ids(record.name)
        phone_hits = services.customers.search_ids(record.phone[3:])
        assert 1 in phone_hits
        assert services.accounts.needs_owner()  # no account came along
    finally:
        services.close()


def test_the_audit_log_keeps_its_entries_without_the_personal_values(copied):
    target, _report, _ = copied
    copy = _rows(target)
    details = [d for d, action in zip(_column(copy, "audit_log", "detail"),
                                      _column(copy, "audit_log", "action"), strict=True)
               if action == "change"]
    assert details
    import json

    fields = json.loads(details[-1])["fields"]
    assert {"name", "phone", "address"} <= set(fields)
    old, new = fields["name"]
    assert old != OLD_NAME and new != NEW_NAME and old != new
    assert new in _column(copy, "customers", "name")  # the card's new name, as the card has it


def test_two_runs_give_different_copies(book, copied, tmp_path):
    target, _report, _ = copied
    again = tmp_path / "again.db"
    anonymise_book(book, again)
    first = _column(_rows(target), "customers", "name")
    second = _column(_rows(again), "customers", "name")
    assert first != second


def test_a_role_without_the_right_may_not(book, tmp_path):
    advisor = Actor(4, "顾问", role="advisor", rights=frozenset(rights_of("advisor")))
    with pytest.raises(NotAllowed) as refused:
        anonymise_book(book, tmp_path / "copy.db", actor=advisor)
    assert refused.value.roles == ("owner",)
    assert not (tmp_path / "copy.db").exists()
    owner = Actor(1, "店主", role="owner", rights=frozenset(rights_of("owner")))
    anonymise_book(book, tmp_path / "copy.db", actor=owner)
    assert (tmp_path / "copy.db").is_file()


def test_a_failed_copy_leaves_nothing(book, tmp_path):
    target = tmp_path / "copy.db"

    def stop(stage, table, done, total):
        if stage == "copy" and table == "interactions":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        anonymise_book(book, target, progress=stop)
    assert list(tmp_path.iterdir()) == []


def test_a_bad_place_is_refused_and_nothing_is_written(book, tmp_path):
    with pytest.raises(BookError) as missing:
        anonymise_book(book, tmp_path / "no such folder" / "copy.db")
    assert missing.value.code == "cannot_create"
    assert not (tmp_path / "no such folder").exists()
    taken = tmp_path / "taken.db"
    taken.write_bytes(b"kept")
    with pytest.raises(BookError) as there:
        anonymise_book(book, taken)
    assert there.value.code == "copy_target_not_empty"
    assert taken.read_bytes() == b"kept"
    with pytest.raises(BookError):
        anonymise_book(book, tmp_path)  # a folder
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.db"]
    anonymise_book(book, taken, force=True)
    assert check_book(taken).ok


@pytest.mark.sqlite_only  # (a server book has no file to write over)
def test_the_book_itself_is_never_the_copy(book):
    before = contents(book)
    with pytest.raises(BookError):
        anonymise_book(book, book, force=True)
    assert contents(book) == before
