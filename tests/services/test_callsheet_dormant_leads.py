"""Dormant leads on the advisor's call sheet (issue 16, item 6): a lead with no contact
for its intent level's dormant days is a reason of its own, "quiet for N days", on its
advisor's sheet from the boundary day on; closed leads and other advisors' stay off."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import update

from app.db.models import Lead
from app.domain.enums import StaffRole
from app.domain.leads import DEFAULT_LEVELS, LeadRules
from app.domain.records import CustomerInput
from app.domain.reminder_records import DORMANT_LEAD
from app.presentation import labels
from app.presentation.call_words import reason_lines
from app.services.sales.leads import LeadInput

LAST = datetime(2026, 5, 4, 15, 0)  # the last contact


@pytest.fixture
def floor(services):
    wang = services.staff.add("王磊", StaffRole.ADVISOR)
    li = services.staff.add("李娜", StaffRole.ADVISOR)
    zhang = services.customers.create(CustomerInput(name="张三", phone="13800138000",
                                                    advisor_id=wang.id))
    zhao = services.customers.create(CustomerInput(name="赵六", phone="13900139000",
                                                   advisor_id=li.id))
    leads = {}
    for key, customer, advisor, level, stage in (
            ("hot", zhang, wang, "H", "contacted"),
            ("cool", zhang, wang, "C", "showroom"),
            ("won", zhang, wang, "H", "delivered"),
            ("other", zhao, li, "H", "contacted")):
        lead = services.leads.create(customer.id, LeadInput(level=level, advisor_id=advisor.id))
        leads[key] = lead.id
        with services.book.writing() as session:
            session.execute(update(Lead).where(Lead.id == lead.id).values(
                stage=stage, created_at=LAST - timedelta(days=1), last_contact_at=LAST))
    return services, wang, li, leads


def _dormant(sheet, customer_name):
    return [r for line in sheet.lines if line.customer_name == customer_name
            for r in line.reasons if r.kind == DORMANT_LEAD]


@pytest.mark.parametrize("level", [lv.code for lv in DEFAULT_LEVELS])
def test_a_lead_is_on_the_sheet_from_its_levels_dormant_day(services, level):
    wang = services.staff.add("王磊", StaffRole.ADVISOR)
    customer = services.customers.create(CustomerInput(name="张三", phone="13800138000"))
    lead = services.leads.create(customer.id, LeadInput(level=level, advisor_id=wang.id))
    with services.book.writing() as session:
        session.execute(update(Lead).where(Lead.id == lead.id).values(
            stage="contacted", created_at=LAST, last_contact_at=LAST))
    days = LeadRules().level(level).dormant_days
    boundary = LAST.date() + timedelta(days=days)
    assert _dormant(services.callsheet.for_day(boundary - timedelta(days=1), wang.id), "张三") == []
    (reason,) = _dormant(services.callsheet.for_day(boundary, wang.id), "张三")
    assert (reason.detail, reason.due, reason.overdue) == (str(days), boundary, False)


def test_quiet_leads_of_the_advisor_only_and_open_ones_only(floor):
    services, wang, li, _leads = floor
    day = LAST.date() + timedelta(days=3)  # H dormant (3 days), C not yet (30)
    sheet = services.callsheet.for_day(day, wang.id)
    assert [r.detail for r in _dormant(sheet, "张三")] == ["3"]  # not the delivered one
    assert _dormant(sheet, "赵六") == []  # 李娜's
    assert [r.detail for r in _dormant(services.callsheet.for_day(day, li.id), "赵六")] == ["3"]
    whole = services.callsheet.for_day(LAST.date() + timedelta(days=30))
    assert sorted(r.detail for r in _dormant(whole, "张三")) == ["30", "30"]


def test_the_store_rules_set_the_dormant_days(floor):
    services, wang, _li, _leads = floor
    slower = tuple(lv if lv.code != "H" else lv.__class__("H", 7, 1, 10) for lv in DEFAULT_LEVELS)
    services.callsheet.use_lead_rules(LeadRules(levels=slower))
    assert _dormant(services.callsheet.for_day(LAST.date() + timedelta(days=9), wang.id),
                    "张三") == []
    assert len(_dormant(services.callsheet.for_day(LAST.date() + timedelta(days=10), wang.id),
                        "张三")) == 1


def test_the_reason_reads_quiet_for_n_days(floor):
    services, wang, _li, _leads = floor
    sheet = services.callsheet.for_day(LAST.date() + timedelta(days=5), wang.id)
    line = next(line for line in sheet.lines if line.customer_name == "张三")
    texts = [text for _due, _late, text in reason_lines(line.reasons, labels.reason,
                                                        labels.reminder_detail)]
    # (the English plural once a test before installed the English catalogue: "5 days")
    assert {"Dormant lead (quiet for 5 day(s))", "Dormant lead (quiet for 5 days)"} & set(texts)


def test_a_contact_takes_the_lead_off(floor):
    services, wang, _li, leads = floor
    day = LAST.date() + timedelta(days=4)
    services.leads.log_contact(leads["hot"], when=datetime.combine(day, datetime.min.time()))
    assert _dormant(services.callsheet.for_day(day, wang.id), "张三") == []


def test_an_archived_customers_lead_stays_off(floor):
    services, wang, _li, _leads = floor
    zhang = next(line.customer_id for line in services.callsheet.for_day(
        LAST.date() + timedelta(days=3), wang.id).lines if line.customer_name == "张三")
    services.customers.archive(zhang)
    assert _dormant(services.callsheet.for_day(LAST.date() + timedelta(days=3), wang.id),
                    "张三") == []


def test_the_sheet_day_counts_not_today(floor):
    # a sheet for a past day says how quiet the lead was then
    services, wang, _li, _leads = floor
    assert date.today() > LAST.date()
    sheet = services.callsheet.for_day(LAST.date() + timedelta(days=4), wang.id)
    assert [r.detail for r in _dormant(sheet, "张三")] == ["4"]


@pytest.mark.sqlite_only
def test_one_advisors_dormant_leads_and_calls_are_read_from_their_indexes(floor):
    """Migration 0015: one advisor's dormant leads come from the covering index of their
    leads' level, stage and last touch (no wide lead row read); their calls of a day from
    the follow-ups' index by advisor, status and due date."""
    from sqlalchemy import select

    from app.db.models import Customer, FollowUp
    from app.services.outreach.followups import _active_on
    from app.services.sales.dormant import dormant_condition

    services, wang, _li, _leads = floor
    day = LAST.date() + timedelta(days=40)

    dormant = (select(Lead.id, Lead.customer_id)
               .where(dormant_condition(LeadRules(), day), Lead.advisor_id == wang.id))
    calls = (select(FollowUp.id).join(Customer, Customer.id == FollowUp.customer_id)
             .where(_active_on(day), FollowUp.advisor_id == wang.id))
    with services.book.reading() as session:
        conn = session.connection()

        def plan(stmt):
            sql = str(stmt.compile(conn, compile_kwargs={"literal_binds": True}))
            return " | ".join(row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))

        assert "COVERING INDEX ix_leads_advisor_touch" in plan(dormant)
        assert "ix_follow_ups_advisor_status_due" in plan(calls)
        # and the answer is the same as without the index
        assert {row.customer_id for row in conn.execute(dormant)} == {
            row.customer_id for row in conn.execute(
                select(Lead.customer_id).where(dormant_condition(LeadRules(), day),
                                               Lead.advisor_id + 0 == wang.id))}
