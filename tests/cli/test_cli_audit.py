"""`guanxi audit` writes the audit log to a workbook (itself an entry); `guanxi check`
says in words where the log's chain was broken by hand."""

from __future__ import annotations

import json

from openpyxl import load_workbook

from app.db.models import Staff
from app.domain.changes import Actor
from app.domain.records import CustomerInput
from app.services.admin.book import open_book
from tests.postgres.books import address, run_sql


def book_with_entries(path) -> tuple[str, list[int], int]:
    """(the book's address, its entries' ids, the staff member who wrote them)"""
    services = open_book(path)
    with services.book.writing() as session:
        row = Staff(name="李明", login="liming")
        session.add(row)
        session.flush()
        staff_id = row.id
    services.book.actor = Actor(staff_id, "李明")
    customer = services.customers.create(CustomerInput(name="张三", phone="13800138000"))
    services.customers.update(customer.id, CustomerInput(name="张三丰", phone="13800138000"),
                              customer.version)
    services.customers.archive(customer.id)
    ids = [e.id for e in services.audit.entries()]
    services.close()
    return address(path), ids, staff_id


def read_back(path) -> list[tuple]:
    sheet = load_workbook(path, read_only=True).active
    return [tuple(row) for row in sheet.iter_rows(values_only=True)]


def test_the_audit_log_exported_and_read_back(cli, capsys, tmp_path):
    db, ids, staff_id = book_with_entries(tmp_path / "book.db")
    out = tmp_path / "audit.xlsx"
    status, stdout, err = cli("audit", "--db", db, "--out", str(out), capsys=capsys)
    assert status == 0, err
    rows = read_back(out)
    assert rows[0] == ("When", "Who", "Action", "Record kind", "Record number", "Detail")
    assert [r[2] for r in rows[1:]] == ["Created", "Created", "Changed", "Archived"]
    changed = rows[3]
    assert changed[1] == f"李明 ({staff_id})" and changed[3] == "Customer"
    assert json.loads(changed[5]) == {"fields": {"name": ["张三", "张三丰"]}}
    assert "rows: 4" in stdout

    # the export is itself in the log, with what it was asked for
    services = open_book(db)
    try:
        entry = list(services.audit.entries())[-1]
        assert (entry.action, json.loads(entry.detail)) == ("export", {"list": "audit", "rows": 4})
    finally:
        services.close()


def test_filters_by_user_and_action(cli, capsys, tmp_path):
    db, _, staff_id = book_with_entries(tmp_path / "book.db")
    out = tmp_path / "audit.xlsx"
    status, _, err = cli("audit", "--db", db, "--by", "liming", "--action", "change",
                         "--since", "2000-01-01", "--out", str(out), capsys=capsys)
    assert status == 0, err
    rows = read_back(out)
    assert len(rows) == 2 and rows[1][2] == "Changed"
    status, _, err = cli("audit", "--db", db, "--by", str(staff_id), "--until", "2000-01-01",
                         "--out", str(out), capsys=capsys)
    assert status == 0 and len(read_back(out)) == 1  # the header only


def test_an_unknown_user_is_said_in_words(cli, capsys, tmp_path):
    db, _, _ = book_with_entries(tmp_path / "book.db")
    status, _, err = cli("audit", "--db", db, "--by", "nobody", "--out",
                         str(tmp_path / "a.xlsx"), capsys=capsys)
    assert status == 1
    assert "No staff member has the login or number nobody" in err
    assert not (tmp_path / "a.xlsx").exists()


def test_exports_are_audited(cli, capsys, tmp_path):
    db, _, _ = book_with_entries(tmp_path / "book.db")
    status, _, err = cli("export", "customers", "--db", db, "--out", str(tmp_path / "c.xlsx"),
                         capsys=capsys)
    assert status == 0, err
    services = open_book(db)
    try:
        entry = list(services.audit.entries())[-1]
        # (the archived customer is not in the list)
        assert (entry.action, json.loads(entry.detail)) == ("export", {"list": "customers", "rows": 0})
    finally:
        services.close()


def test_check_says_in_words_where_the_log_was_tampered_with(cli, capsys, tmp_path):
    db, ids, _ = book_with_entries(tmp_path / "book.db")
    status, out, _ = cli("check", "--db", db, capsys=capsys)
    assert status == 0 and "OK" in out

    run_sql(db, f"UPDATE audit_log SET detail = '' WHERE id = {ids[2]}")
    status, _, err = cli("check", "--db", db, capsys=capsys)
    assert status == 1
    assert f"The audit log was tampered with: entry {ids[2]} was changed" in err
    assert "audit_chain" not in err

    run_sql(db, f"DELETE FROM audit_log WHERE id = {ids[1]}")
    status, _, err = cli("check", "--db", db, capsys=capsys)
    assert status == 1
    assert f"entry {ids[2]} does not follow entry {ids[0]}" in err
