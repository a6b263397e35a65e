"""Leads (issue 16): the intent level's cadence sets the next follow-up after each contact;
dormant at the level's boundary day; the lost-lead review; a delivery creates the vehicle
and the delivery-care calls; the showroom log finds or makes the customer and their lead;
test drives on the advisor's call sheet; referrals with their referrer."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from app.db.models import FollowUp, Lead
from app.domain.enums import FollowUpReason, StaffRole
from app.domain.errors import NotAllowed, ValidationError
from app.domain.leads import (
    DEFAULT_LEVELS,
    LeadRules,
    LeadStage,
    is_dormant,
    next_follow_up,
    opening_hours_between,
    response_overdue,
)
from app.domain.records import CustomerInput
from app.services.sales.leads import LeadInput, ShowroomInput

TODAY = date.today()


# ---------------------------------------------------------------- the rules
@pytest.mark.parametrize("level, days", [("H", 1), ("A", 3), ("B", 7), ("C", 14), ("O", 7)])
def test_the_level_cadence_sets_the_next_follow_up(level, days):
    assert next_follow_up(LeadRules(), level, date(2026, 3, 30)) == date(2026, 3, 30) + timedelta(days)


@pytest.mark.parametrize("level", [lv.code for lv in DEFAULT_LEVELS])
def test_dormant_from_the_level_boundary_day_on(level):
    rules = LeadRules()
    limit = rules.level(level).dormant_days
    last = datetime(2026, 5, 1, 15, 0)
    day_before = last.date() + timedelta(days=limit - 1)
    assert not is_dormant(rules, "contacted", level, last, last, day_before)
    assert is_dormant(rules, "contacted", level, last, last, day_before + timedelta(days=1))
    assert not is_dormant(rules, "delivered", level, last, last, day_before + timedelta(days=9))


def test_first_contact_limit_counts_opening_hours_only():
    rules = LeadRules(response_limit_hours=2)
    evening = datetime(2026, 5, 4, 17, 30)  # half an hour before closing
    assert opening_hours_between(rules, evening, datetime(2026, 5, 5, 10, 0)) == 1.5
    assert not response_overdue(rules, evening, None, datetime(2026, 5, 5, 10, 29))
    assert response_overdue(rules, evening, None, datetime(2026, 5, 5, 10, 31))
    assert not response_overdue(rules, evening, evening, datetime(2026, 5, 9))


def test_levels_are_editable():
    rules = LeadRules(levels=(*DEFAULT_LEVELS[:-1], DEFAULT_LEVELS[-1].__class__("C", 90, 10, 45)))
    assert next_follow_up(rules, "C", date(2026, 1, 1)) == date(2026, 1, 11)
    with pytest.raises(ValueError):
        LeadRules(levels=(DEFAULT_LEVELS[0], DEFAULT_LEVELS[0]))


# ---------------------------------------------------------------- the service
@pytest.fixture
def floor(services):
    advisor = services.staff.add("王磊", StaffRole.ADVISOR)
    manager = services.staff.add("周经理", StaffRole.SALES_MANAGER)
    customer = services.customers.create(CustomerInput(name="张三", phone="13800138000",
                                                       advisor_id=advisor.id))
    return services, advisor, manager, customer


def _open_calls(services, lead_id):
    with services.book.reading() as session:
        return [(f.reason, f.due_date) for f in session.scalars(
            select(FollowUp).where(FollowUp.lead_id == lead_id, FollowUp.status == "open")
            .order_by(FollowUp.due_date))]


def test_a_contact_sets_the_next_follow_up_from_the_level(floor):
    services, advisor, _, customer = floor
    lead = services.leads.create(customer.id, LeadInput(source="phone", models="汉 EV", level="A"))
    assert lead.stage == "new" and lead.advisor_id == advisor.id
    assert _open_calls(services, lead.id) == [("lead", TODAY)]  # the first contact, today
    contact = datetime.combine(TODAY, time(10, 0))
    lead = services.leads.log_contact(lead.id, when=contact, summary="问了价格", level="H")
    assert lead.stage == "contacted" and lead.first_contact_at == contact
    assert lead.next_follow_up == TODAY + timedelta(days=1)  # H: every day
    assert _open_calls(services, lead.id) == [("lead", TODAY + timedelta(days=1))]
    assert any(e.summary == "问了价格" for e in services.timeline.of_customer(customer.id))


def test_lost_leads_are_reviewed_by_the_sales_manager(floor):
    services, advisor, manager, customer = floor
    lead = services.leads.create(customer.id, LeadInput(level="B"))
    with pytest.raises(ValidationError):  # a competitor's brand must be named
        services.leads.request_lost(lead.id, "competitor")
    services.leads.request_lost(lead.id, "competitor", competitor="特斯拉")
    assert [r.id for r in services.leads.lost_to_review()] == [lead.id]
    from app.domain.changes import Actor
    from app.domain.roles import rights_of

    services.act_as(Actor(advisor.id, advisor.name, role=StaffRole.ADVISOR,
                          rights=rights_of(StaffRole.ADVISOR)))
    with pytest.raises(NotAllowed):
        services.leads.review_lost(lead.id, True)
    services.act_as(Actor(manager.id, manager.name, role=StaffRole.SALES_MANAGER,
                          rights=rights_of(StaffRole.SALES_MANAGER)))
    back = services.leads.review_lost(lead.id, False, note="再约一次试驾")
    assert back.stage == "new" and back.lost_review == "sent_back"
    assert _open_calls(services, lead.id)[-1] == ("lead", TODAY + timedelta(days=1))
    services.leads.request_lost(lead.id, "price")
    lost = services.leads.review_lost(lead.id, True)
    assert lost.stage == "lost" and lost.lost_reason == "price" and "lost" in lost.reached
    assert _open_calls(services, lead.id) == []


def test_delivery_creates_the_vehicle_and_the_care_calls(floor):
    services, _, _, customer = floor
    lead = services.leads.create(customer.id, LeadInput(models="宋 PLUS"))
    services.leads.order(lead.id, "宋 PLUS DM-i", 169800, TODAY + timedelta(days=10))
    delivered = services.leads.deliver(lead.id, make="比亚迪", model="宋 PLUS DM-i",
                                       plate="京A12345",
                                       delivered_on=TODAY)
    assert delivered.stage == "delivered" and delivered.vehicle_id is not None
    car = next(v for v in services.customers.card(customer.id).vehicles
               if v.id == delivered.vehicle_id)
    assert (car.model, car.purchase_date, car.price_yuan) == ("宋 PLUS DM-i", TODAY, 169800)
    assert _open_calls(services, lead.id) == [
        ("delivery_care", TODAY + timedelta(days=d)) for d in (1, 3, 7, 30)]
    sheet = services.callsheet.for_day(TODAY + timedelta(days=1))
    assert any(line.customer_id == customer.id for line in sheet.lines)


def test_the_showroom_log_finds_or_makes_the_customer_and_their_lead(floor):
    services, advisor, _, customer = floor
    first = services.leads.log_showroom(ShowroomInput(
        name="", phone="138 0013 8000", interest="海豹", advisor_id=advisor.id, party_size=3))
    assert first.customer_id == customer.id and first.new_lead and not first.new_customer
    again = services.leads.log_showroom(ShowroomInput(name="", phone="13800138000"))
    assert again.lead_id == first.lead_id and not again.new_lead and not again.first_visit
    lead = services.leads.get(first.lead_id)
    assert lead.stage == "showroom" and lead.models == "海豹"
    walk_in = services.leads.log_showroom(ShowroomInput(name="李四", phone="13900139000",
                                                        kind="phone_up"))
    assert walk_in.new_customer and services.leads.get(walk_in.lead_id).stage == "contacted"
    assert services.customers.search_ids("李四") == [walk_in.customer_id]


def test_test_drives_are_on_the_advisors_day(floor):
    services, advisor, _, customer = floor
    lead = services.leads.create(customer.id, LeadInput(models="海豹"))
    at = datetime.combine(TODAY + timedelta(days=2), time(14, 30))
    drive = services.leads.schedule_test_drive(lead.id, at, plate="京A·D12345")
    assert [d.id for d in services.leads.test_drives_on(at.date())] == [drive.id]
    sheet = services.callsheet.for_day(at.date(), advisor_id=advisor.id)
    assert any(line.customer_id == customer.id for line in sheet.lines)
    with pytest.raises(ValidationError):
        services.leads.complete_test_drive(drive.id, licence_seen=False)
    services.leads.complete_test_drive(drive.id, licence_seen=True, feedback="很满意",
                                       when=at)
    lead = services.leads.get(lead.id)
    assert lead.stage == LeadStage.TEST_DRIVE.value and "test_drive" in lead.reached
    assert ("test_drive", at.date()) not in _open_calls(services, lead.id)


def test_a_referral_records_its_referrer_and_calls_the_receiving_advisor(floor):
    services, advisor, _, customer = floor
    service_advisor = services.staff.add("孙师傅", StaffRole.SERVICE_ADVISOR)
    from app.domain.changes import Actor
    from app.domain.roles import rights_of

    services.act_as(Actor(service_advisor.id, service_advisor.name,
                          role=StaffRole.SERVICE_ADVISOR,
                          rights=rights_of(StaffRole.SERVICE_ADVISOR)))
    lead = services.leads.refer(customer.id, "trade_in", "service", to_advisor_id=advisor.id,
                                note="保养时说想换车")
    assert lead.referrer_id == service_advisor.id and lead.source == "service_lane"
    assert _open_calls(services, lead.id) == [("referral", TODAY)]
    with services.book.reading() as session:
        call = session.scalars(select(FollowUp).where(FollowUp.lead_id == lead.id)).one()
        assert call.advisor_id == advisor.id and call.reason == FollowUpReason.REFERRAL.value


def test_dormant_leads_listed_quietest_first(floor):
    services, _, _, customer = floor
    lead = services.leads.create(customer.id, LeadInput(level="H"))
    with services.book.writing() as session:
        row = session.get(Lead, lead.id)
        row.last_contact_at = datetime.combine(TODAY - timedelta(days=3), time(9))
        row.first_contact_at = row.last_contact_at
    assert [r.id for r in services.leads.dormant(TODAY)] == [lead.id]
    assert services.leads.dormant(TODAY - timedelta(days=1)) == []
