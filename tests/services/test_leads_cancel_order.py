"""An ordered lead's order cancelled (issue 16): the order's fields cleared and the timeline
told why; kept working (back to negotiation, or the earlier stage asked for, the next
follow-up from the level's cadence) or asked to close as lost through the manager's review;
only who works the lead, never a delivered one; the conversion figures count an order that
stands only. And a person erased on request: their open leads closed as lost under a reason
of their own, reviewed by the person erasing, counted under it."""

from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from app.db.models import FollowUp, Lead
from app.domain.changes import Actor
from app.domain.dashboard_records import DashboardQuery
from app.domain.enums import StaffRole
from app.domain.errors import NotAllowed, ValidationError
from app.domain.leads import ASKED_LOST_REASONS, LeadRules, LostReason, fallback_level
from app.domain.records import CustomerInput
from app.domain.roles import rights_of
from app.services.analytics.conversion import ConversionService
from app.services.sales.leads import LeadInput

TODAY = date.today()


def as_(services, staff, role):
    services.act_as(Actor(staff.id if staff is not None else None,
                          staff.name if staff is not None else "owner", role=role,
                          rights=rights_of(role)))


@pytest.fixture
def floor(services):
    advisor = services.staff.add("王磊", StaffRole.ADVISOR)
    other = services.staff.add("李娜", StaffRole.ADVISOR)
    manager = services.staff.add("周经理", StaffRole.SALES_MANAGER)
    customer = services.customers.create(CustomerInput(name="张三", phone="13800138000",
                                                       advisor_id=advisor.id))
    return services, advisor, other, manager, customer


def _ordered(services, customer, level="A"):
    lead = services.leads.create(customer.id, LeadInput(models="汉 EV", level=level))
    services.leads.move(lead.id, "test_drive")
    return services.leads.order(lead.id, "汉 EV 610", 209800, TODAY + timedelta(days=20))


def _open_calls(services, lead_id):
    with services.book.reading() as session:
        return [(f.reason, f.due_date) for f in session.scalars(
            select(FollowUp).where(FollowUp.lead_id == lead_id, FollowUp.status == "open")
            .order_by(FollowUp.due_date))]


def _codes(error) -> list[str]:
    return [e.code for e in error.value.errors]


def test_the_reasons_an_advisor_gives_leave_out_erased():
    assert LostReason.ERASED not in ASKED_LOST_REASONS
    assert set(ASKED_LOST_REASONS) == set(LostReason) - {LostReason.ERASED}
    rules = LeadRules()
    assert fallback_level(rules, "O") == "H" and fallback_level(rules, "B") == "B"


def test_a_cancelled_order_kept_working_goes_back_to_negotiation(floor):
    services, *_, customer = floor
    lead = _ordered(services, customer)
    assert (lead.stage, lead.level, lead.order_model) == ("ordered", "O", "汉 EV 610")
    back = services.leads.cancel_order(lead.id, "financing", note="银行没批贷款",
                                       keep_working=True, version=lead.version)
    assert back.stage == "negotiation" and back.lost_review == ""
    assert (back.order_model, back.order_price_yuan, back.expected_delivery) == ("", None, None)
    assert "ordered" not in back.reached and "test_drive" in back.reached
    assert back.level == "H"  # no longer ordered: the soonest other level
    assert back.next_follow_up == TODAY + timedelta(days=1)  # H: every day
    assert _open_calls(services, lead.id) == [("lead", TODAY + timedelta(days=1))]
    notes = [t.summary for t in services.timeline.of_customer(customer.id)]
    assert "Order cancelled: financing (汉 EV 610): 银行没批贷款" in notes
    # ordered again: a new order, its own time
    again = services.leads.order(back.id, "汉 EV 506", 189800, None)
    assert again.stage == "ordered" and "ordered" in again.reached


def test_a_cancelled_order_can_go_back_to_an_earlier_stage_at_a_given_level(floor):
    services, *_, customer = floor
    lead = _ordered(services, customer)
    back = services.leads.cancel_order(lead.id, "stock", keep_working=True,
                                       back_to="showroom", level="B", reason_words="No stock")
    assert (back.stage, back.level) == ("showroom", "B")
    assert back.next_follow_up == TODAY + timedelta(days=7)
    assert "Order cancelled: No stock (汉 EV 610)" in [
        t.summary for t in services.timeline.of_customer(customer.id)]
    with pytest.raises(ValidationError) as refused:  # ordered and lost have their own steps
        services.leads.cancel_order(_ordered(services, customer).id, "price", back_to="lost")
    assert _codes(refused) == ["stage_needs_details"]


def test_a_cancelled_order_closed_as_lost_goes_to_the_managers_review(floor):
    services, advisor, _, manager, customer = floor
    lead = _ordered(services, customer)
    with pytest.raises(ValidationError) as refused:  # a competitor's brand must be named
        services.leads.cancel_order(lead.id, "competitor", keep_working=False)
    assert _codes(refused) == ["required"]
    asked = services.leads.cancel_order(lead.id, "competitor", competitor="特斯拉",
                                        note="客户退了订金", keep_working=False)
    assert asked.stage == "negotiation" and asked.lost_review == "requested"
    assert (asked.lost_reason, asked.lost_competitor) == ("competitor", "特斯拉")
    assert [r.id for r in services.leads.lost_to_review()] == [lead.id]
    notes = [t.summary for t in services.timeline.of_customer(customer.id)]
    assert "Asked to close the lead as lost: competitor" in notes
    as_(services, manager, StaffRole.SALES_MANAGER)
    lost = services.leads.review_lost(lead.id, True)
    assert lost.stage == "lost" and "ordered" not in lost.reached
    assert _open_calls(services, lead.id) == []


def test_only_an_ordered_lead_by_who_works_it_and_never_a_delivered_one(floor):
    services, advisor, other, _, customer = floor
    lead = _ordered(services, customer)
    as_(services, other, StaffRole.ADVISOR)  # another advisor's lead
    with pytest.raises(NotAllowed):
        services.leads.cancel_order(lead.id, "price")
    as_(services, advisor, StaffRole.ADVISOR)
    with pytest.raises(ValidationError) as refused:  # another desk changed it meanwhile
        services.leads.cancel_order(lead.id, "price", version=lead.version - 1)
    assert _codes(refused) == ["stale"]
    with pytest.raises(ValidationError) as refused:  # "erased" is not the advisor's to give
        services.leads.cancel_order(lead.id, "erased")
    assert _codes(refused) == ["choice_invalid"]
    fresh = services.leads.create(customer.id, LeadInput(models="秦"))
    with pytest.raises(ValidationError) as refused:
        services.leads.cancel_order(fresh.id, "price")
    assert _codes(refused) == ["not_ordered"]
    services.leads.deliver(lead.id, make="比亚迪", model="汉 EV 610", delivered_on=TODAY)
    with pytest.raises(ValidationError) as refused:
        services.leads.cancel_order(lead.id, "price")
    assert _codes(refused) == ["lead_delivered"]
    assert services.leads.get(lead.id).stage == "delivered"


def test_an_ordered_lead_is_not_moved_back_without_cancelling_its_order(floor):
    services, *_, customer = floor
    lead = _ordered(services, customer)
    with pytest.raises(ValidationError) as refused:
        services.leads.move(lead.id, "negotiation")
    assert _codes(refused) == ["lead_ordered_move"]
    assert services.leads.get(lead.id).stage == "ordered"
    with pytest.raises(ValidationError) as refused:  # nor asked to close as lost
        services.leads.request_lost(lead.id, "price")
    assert _codes(refused) == ["lead_ordered"]


def test_the_conversion_figures_count_an_order_that_stands(floor):
    """Four leads this month: one ordered and delivered; one ordered, cancelled and worked
    again; one ordered, cancelled and closed as lost (financing); one only contacted."""
    services, _, _, manager, customer = floor
    won = _ordered(services, customer)
    services.leads.deliver(won.id, make="比亚迪", model="汉 EV 610", delivered_on=TODAY)
    kept = _ordered(services, customer)
    services.leads.cancel_order(kept.id, "stock", keep_working=True)
    gone = _ordered(services, customer)
    services.leads.cancel_order(gone.id, "financing", keep_working=False)
    quiet = services.leads.create(customer.id, LeadInput(models="秦"))
    services.leads.log_contact(quiet.id)
    as_(services, manager, StaffRole.SALES_MANAGER)
    services.leads.review_lost(gone.id, True)
    month = TODAY.replace(day=1)
    figures = ConversionService(services.book).figures(DashboardQuery(month, TODAY))
    assert figures.leads == 4
    funnel = dict(tuple(s) for s in figures.funnel)
    assert (funnel["test_drive"], funnel["negotiation"], funnel["ordered"],
            funnel["delivered"]) == (3, 3, 1, 1)
    assert figures.order_rate == 1 / 4 and figures.win_rate == 1 / 4
    assert figures.lost == 1
    assert [tuple(r) for r in figures.lost_reasons] == [("financing", 1)]


def test_an_erased_persons_open_leads_are_closed_as_lost_erased_on_request(floor):
    services, advisor, _, manager, customer = floor
    other = services.customers.create(CustomerInput(name="李四", phone="13900139000",
                                                    advisor_id=advisor.id))
    ordered = _ordered(services, customer)
    asked = services.leads.create(customer.id, LeadInput(models="秦", notes="家里要添老二"))
    services.leads.request_lost(asked.id, "competitor", competitor="特斯拉", note="说隔壁便宜")
    delivered = _ordered(services, customer)
    services.leads.deliver(delivered.id, make="比亚迪", model="汉", delivered_on=TODAY)
    lost = services.leads.create(customer.id, LeadInput(models="唐"))
    services.leads.request_lost(lost.id, "price")
    as_(services, manager, StaffRole.SALES_MANAGER)
    services.leads.review_lost(lost.id, True)
    untouched = services.leads.create(other.id, LeadInput(models="宋", notes="李四的线索"))
    services.leads.request_lost(untouched.id, "price")
    services.act_as(Actor(manager.id, manager.name, role=StaffRole.OWNER,
                          rights=rights_of(StaffRole.OWNER)))
    services.erasure.erase(customer.id, "the customer asked in writing")

    with services.book.reading() as session:
        rows = {r.id: SimpleNamespace(**{c.name: getattr(r, c.name)
                                         for c in Lead.__table__.columns})
                for r in session.scalars(select(Lead))}
    for lead_id in (ordered.id, asked.id):
        row = rows[lead_id]
        assert (row.stage, row.lost_reason, row.lost_review, row.lost_reviewed_by) == (
            "lost", "erased", "approved", manager.id)
        assert row.lost_at is not None and row.lost_requested_at is not None
        assert (row.lost_competitor, row.lost_note, row.notes, row.trade_in) == ("", "", "", "")
        assert row.next_follow_up is None
    assert rows[ordered.id].ordered_at is not None  # they did order: the funnel keeps it
    # a closed lead keeps its stage and reason as the figures counted them
    assert (rows[delivered.id].stage, rows[delivered.id].lost_reason) == ("delivered", "")
    assert (rows[lost.id].stage, rows[lost.id].lost_reason) == ("lost", "price")
    # no one else's lead is touched
    assert (rows[untouched.id].stage, rows[untouched.id].lost_review,
            rows[untouched.id].notes) == ("new", "requested", "李四的线索")
    assert services.leads.lost_to_review()[0].id == untouched.id
    assert len(services.leads.lost_to_review()) == 1
    month = TODAY.replace(day=1)
    figures = ConversionService(services.book).figures(DashboardQuery(month, TODAY))
    assert dict(figures.lost_reasons) == {"erased": 2, "price": 1}
    assert figures.lost == 3
