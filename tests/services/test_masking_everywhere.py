"""Phone numbers and addresses masked (138****5678) in every list, print and export for a
role without "see full contact details", per role, on a demo book: the customers list and
its export, follow-ups, reminders, the call sheet, the win-back list and household members;
the printed pages (HTML) and the workbooks, read back with openpyxl. A person with the
right, and an advisor looking at their own customers, see them in full."""

from __future__ import annotations

import re
from datetime import date

import pytest
from openpyxl import load_workbook

from app.demo.generator import generate_demo
from app.presentation import exports
from app.presentation.printing import call_sheet_html, follow_up_list_html
from app.services.admin.book import open_book
from app.services.exchange.excel_export import write_xlsx
from app.services.permissions import actor_for

TODAY = date(2026, 6, 15)
FULL_MOBILE = re.compile(r"1[3-9]\d \d{4} \d{4}|\+861[3-9]\d{9}|1[3-9]\d{9}")
MASKED_MOBILE = re.compile(r"1[3-9]\d\*{4}\d{4}")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("mask") / "demo.db"
    generate_demo(path, 150, seed=3, today=TODAY)
    return path


def _as(services, login: str):
    member = services.staff.by_login(login)
    with services.book.reading() as session:
        actor = actor_for(session, member.id, member.name, member.role.value)
    services.act_as(actor)
    return member


def _phones(values) -> tuple[int, int]:
    """(full numbers, masked numbers) among these texts."""
    text = "\n".join(str(v) for v in values if v is not None)
    return len(FULL_MOBILE.findall(text)), len(MASKED_MOBILE.findall(text))


def _workbook_texts(path) -> list:
    sheet = load_workbook(path, read_only=True).worksheets[0]
    return [cell for row in sheet.iter_rows(min_row=2, values_only=True) for cell in row]


def _every_list(services, tmp_path) -> dict[str, list]:
    """Every list's phone texts as a person of this role gets them: shown, printed and
    exported."""
    customers = services.customers
    ids = customers.search_ids("")
    rows = customers.rows(ids)
    export_rows = list(customers.export_rows())
    followups = services.followups.list(statuses=None)
    reminders = services.reminders.due(TODAY, horizon_days=60)
    sheet = services.callsheet.for_day(TODAY)
    lapsed = services.visits.lapsed_rows(services.visits.lapsed_ids(TODAY), TODAY)
    household = [m.phone for cid in ids for m in services.household.members(cid)]
    books = {}
    for name, spec in (("customers", exports.customers_sheet(export_rows)),
                       ("followups", exports.followups_sheet(followups)),
                       ("reminders", exports.reminders_sheet(reminders)),
                       ("callsheet", exports.callsheet_sheet(sheet))):
        out = tmp_path / f"{name}.xlsx"
        write_xlsx(out, [spec])
        books[name] = _workbook_texts(out)
    return {
        "customers list": [r.phone for r in rows],
        "customers export": books["customers"],
        "follow-ups": [f.phone for f in followups],
        "follow-ups printed": [follow_up_list_html(TODAY, followups)],
        "follow-ups export": books["followups"],
        "reminders": [o.phone for o in reminders],
        "reminders export": books["reminders"],
        "call sheet": [line.phone for line in sheet.lines],
        "call sheet printed": [call_sheet_html(sheet)],
        "call sheet export": books["callsheet"],
        "win-back": [x.phone for x in lapsed],
        "household": household,
    }


def test_a_manager_without_the_right_sees_every_number_masked(demo, tmp_path):
    services = open_book(demo)
    try:
        _as(services, "owner")
        services.staff.set_full_contact_roles([])  # the owner takes it from the managers
        manager = _as(services, "liuhaitao")
        assert manager.role.value == "service_manager"
        lists = _every_list(services, tmp_path)
    finally:
        services.close()
    for name, values in lists.items():
        full, masked = _phones(values)
        # (the manager has no customers of their own in the demo book)
        assert full == 0, f"{name}: {full} full numbers shown"
        if name != "household":
            assert masked > 0, f"{name}: nothing in it"


def test_the_owner_and_a_manager_with_the_right_see_them_in_full(demo, tmp_path):
    services = open_book(demo)
    try:
        _as(services, "owner")
        services.staff.set_full_contact_roles(["service_manager"])  # (as a new book has it)
        for login in ("owner", "liuhaitao"):
            _as(services, login)
            lists = _every_list(services, tmp_path)
            for name, values in lists.items():
                full, masked = _phones(values)
                assert masked == 0, f"{login}, {name}: {masked} masked"
                if name != "household":
                    assert full > 0, f"{login}, {name}: nothing in it"
    finally:
        services.close()


def test_an_advisor_sees_their_own_in_full_and_others_masked(demo, tmp_path):
    services = open_book(demo)
    try:
        me = _as(services, "wanglei")
        lists = _every_list(services, tmp_path)
        rows = services.customers.rows(services.customers.search_ids(""))
    finally:
        services.close()
    mine = [r for r in rows if r.advisor_id == me.id]
    others = [r for r in rows if r.advisor_id not in (None, me.id)]
    assert mine and others
    assert all(not r.masked and "*" not in r.phone for r in mine if r.phone)
    assert all(r.masked and MASKED_MOBILE.fullmatch(r.phone) for r in others if r.phone)
    # their own lists only: every follow-up, reminder and call-sheet line is theirs, in full
    for name in ("follow-ups", "follow-ups export", "reminders", "call sheet",
                 "call sheet printed", "customers export"):
        full, masked = _phones(lists[name])
        assert masked == 0 and full > 0, name
