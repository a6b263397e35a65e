"""A person's data on request: every table that refers to a customer (found from the
schema, so a new table cannot be forgotten) gives up that customer's rows, and no other
customer's; written to a JSON file and a workbook read back here; the export is audited."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.db.base import Base
from app.domain.enums import ConsentChannel, ConsentPurpose, FollowUpReason, Outcome, ReminderKind
from app.domain.records import CustomerInput, InteractionInput, VehicleInput
from app.domain.reminder_records import HouseholdMemberRecord, ImportantDateRecord
from app.domain.visit_records import VisitInput, WorkItem
from app.services.admin.audit import AuditService
from app.services.admin.privacy import customer_columns, person_data, write_person_data

TODAY = date(2026, 5, 1)


def _fill(services, name: str, phone: str):
    """A customer with a row in every kind of table the program keeps about one."""
    advisor = services.staff.add(f"顾问{name}")
    made = services.customers.create(CustomerInput(name=name, phone=phone, tags=("VIP",),
                                                   advisor_id=advisor.id))
    car = services.vehicles.add(made.id, VehicleInput(make="比亚迪", model="汉",
                                                      plate=f"京A{phone[-5:]}",
                                                      insurance_expiry=TODAY))
    services.visits.add(VisitInput(vehicle_id=car.id, date_in=TODAY - timedelta(days=20),
                                   mileage_km=12000, items=(WorkItem("机油", 30000),)))
    follow_up = services.followups.create(made.id, FollowUpReason.CUSTOM, TODAY)
    services.followups.log_outcome(follow_up, Outcome.REACHED, "已联系", today=TODAY)
    services.timeline.log(InteractionInput(customer_id=made.id, summary="来电"))
    services.household.add_member(HouseholdMemberRecord(customer_id=made.id, relation="spouse",
                                                        name="家人", birth_month=3,
                                                        birth_day=4))
    services.household.add_date(ImportantDateRecord(customer_id=made.id, on_date=TODAY,
                                                    kind=ReminderKind.WEDDING_ANNIVERSARY, title="纪念日"))
    services.consents.set(made.id, ConsentPurpose.MARKETING, True, TODAY, ConsentChannel.WECHAT)
    occurrence = next(o for o in services.reminders.occurrences(
        TODAY - timedelta(days=5), TODAY + timedelta(days=5), today=TODAY)
        if o.customer_id == made.id)
    from app.domain.enums import ReminderState

    services.reminders.mark(occurrence, ReminderState.DONE)
    from app.db.models import Consent

    with services.book.writing() as session:  # a consent given (its history is theirs)
        session.add(Consent(customer_id=made.id, purpose="marketing", granted=True,
                            on_day=TODAY, channel="wechat"))
    # a lead, its showroom log entry and a test drive (issue 16)
    from datetime import datetime, time

    from app.services.sales.leads import ShowroomInput

    visit = services.leads.log_showroom(ShowroomInput(name="", phone=phone, interest="海豹",
                                                      notes="带家人来看车"))
    services.leads.schedule_test_drive(visit.lead_id,
                                       datetime.combine(TODAY + timedelta(days=2), time(10)),
                                       model="海豹", plate="京A·D12345")
    return made, car


def test_every_table_that_refers_to_a_customer_gives_up_their_rows_and_no_one_elses(
        services, tmp_path):
    zhang, car = _fill(services, "张三", "13800138000")
    li, _ = _fill(services, "李四", "13900139000")
    data = person_data(services.book, zhang.id)
    tables = Base.metadata.tables
    referring = [t for t in tables.values() if customer_columns(t) and t.name != "customers"]
    assert len(referring) >= 9  # (the schema has them; the test does not list them)
    with services.book.reading() as session:
        for table in referring:
            expected = []
            for row in session.execute(select(table)):
                if any(row._mapping[c] == zhang.id for c in customer_columns(table)):
                    expected.append(dict(row._mapping))
            got = data.tables[table.name]
            assert sorted(map(repr, got)) == sorted(map(repr, expected)), table.name
            assert expected or table.name == "customer_merges", (  # (no merge made here)
                f"{table.name}: the test book has no row about the customer")
            assert not any(any(r.get(c) == li.id for c in customer_columns(table))
                           and not any(r.get(c) == zhang.id for c in customer_columns(table))
                           for r in got), table.name
    # through a table about them: the work items of their visits
    assert data.tables["visit_items"] and all(
        item["visit_id"] in {v["id"] for v in data.tables["service_visits"]}
        for item in data.tables["visit_items"])
    assert data.tables["customers"][0]["name"] == "张三"
    assert data.tables["audit_log"]  # the entries about them (created, changed ...)

    json_path, book_path, rows = write_person_data(services.book, zhang.id, tmp_path / "out")
    written = json.loads(json_path.read_text(encoding="utf-8"))
    assert written["customer_id"] == zhang.id
    assert set(written["tables"]) == set(data.tables)
    assert "李四" not in json_path.read_text(encoding="utf-8")
    workbook = load_workbook(book_path, read_only=True)
    assert "customers" in workbook.sheetnames and "visit_items" in workbook.sheetnames
    sheet_rows = list(workbook["customers"].iter_rows(values_only=True))
    assert "张三" in sheet_rows[1]
    assert rows == data.rows
    last = list(AuditService(services.book).entries())[-1]
    assert (last.action, last.record_kind, last.record_id) == ("export", "customer", zhang.id)


def test_a_customer_who_is_not_there_is_told(services):
    from app.domain.errors import NotFoundError

    with pytest.raises(NotFoundError):
        person_data(services.book, 999)
