"""The leads view's reads (issue 16): each filter on a hand-built floor of six leads with
known answers, the two orders, an advisor's own leads and masked phones, and the pipeline
board's columns, their order and their caps."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.changes import Actor
from app.domain.clock import now
from app.domain.enums import StaffRole
from app.domain.records import CustomerInput
from app.domain.roles import Right, rights_of
from app.services.sales.lead_lists import BY_QUIET, LeadFilter, LeadLists
from app.services.sales.leads import LeadInput

TODAY = date.today()


@pytest.fixture
def floor(services):
    """Six leads (names L1..L6), their quiet days and next follow-ups from their contacts:

    L1 王磊's, H, walk-in, new, never contacted            quiet 0,  next today
    L2 王磊's, A, phone, contacted 5 days ago             quiet 5,  next today-2
    L3 李静's, B, website, showroom, contacted 20 days ago quiet 20, next today-13 (dormant)
    L4 李静's, C, car portal, negotiation, 1 day ago      quiet 1,  next today+13
    L5 王磊's, B, phone, lost
    L6 王磊's, B, referral, contacted 2 days ago          quiet 2,  next today+5
    """
    wang = services.staff.add("王磊", StaffRole.ADVISOR)
    li = services.staff.add("李静", StaffRole.ADVISOR)
    manager = services.staff.add("周经理", StaffRole.SALES_MANAGER)
    leads = services.leads
    stamp = now()
    made = {}
    for name, phone, advisor, level, source, contact_days, stage in (
            ("L1", "13800000001", wang, "H", "walk_in", None, "new"),
            ("L2", "13800000002", wang, "A", "phone", 5, "contacted"),
            ("L3", "13800000003", li, "B", "website", 20, "showroom"),
            ("L4", "13800000004", li, "C", "car_portal", 1, "negotiation"),
            ("L5", "13800000005", wang, "B", "phone", None, "lost"),
            ("L6", "13800000006", wang, "B", "referral", 2, "contacted")):
        customer = services.customers.create(CustomerInput(name=name, phone=phone,
                                                           advisor_id=advisor.id))
        lead = leads.create(customer.id, LeadInput(source=source, level=level,
                                                   advisor_id=advisor.id, models="凯美瑞"))
        if contact_days is not None:
            leads.log_contact(lead.id, when=stamp - timedelta(days=contact_days))
        if stage in ("showroom", "negotiation"):
            leads.move(lead.id, stage)
        if stage == "lost":
            leads.request_lost(lead.id, "price")
            leads.review_lost(lead.id, True)
        made[name] = lead.id
    return services, made, wang, li, manager


def names(made, ids):
    by_id = {v: k for k, v in made.items()}
    return [by_id[i] for i in ids]


def test_the_open_leads_by_next_follow_up_then_quietest_first(floor):
    services, made, *_ = floor
    lists = LeadLists(services.leads)
    assert names(made, lists.ids(LeadFilter(), TODAY)) == ["L3", "L2", "L1", "L6", "L4"]
    assert names(made, lists.ids(LeadFilter(order=BY_QUIET), TODAY)) == [
        "L3", "L2", "L6", "L4", "L1"]
    assert lists.count(LeadFilter(), TODAY) == 5
    assert sorted(names(made, lists.ids(LeadFilter(stages=()), TODAY))) == [
        "L1", "L2", "L3", "L4", "L5", "L6"]


@pytest.mark.parametrize("query, expected", [
    (LeadFilter(stages=("showroom",)), ["L3"]),
    (LeadFilter(stages=("contacted", "negotiation")), ["L2", "L6", "L4"]),
    (LeadFilter(stages=("lost",)), ["L5"]),
    (LeadFilter(level="A"), ["L2"]),
    (LeadFilter(level="B", stages=()), ["L3", "L6", "L5"]),
    (LeadFilter(source="car_portal"), ["L4"]),
    (LeadFilter(source="phone", stages=()), ["L2", "L5"]),
    (LeadFilter(dormant_only=True), ["L3"]),
    (LeadFilter(dormant_only=True, stages=()), ["L3"]),  # a lost lead is never dormant
])
def test_each_filter_has_its_known_answer(floor, query, expected):
    services, made, *_ = floor
    lists = LeadLists(services.leads)
    assert names(made, lists.ids(query, TODAY)) == expected
    assert lists.count(query, TODAY) == len(expected)
    assert [r.id for r in lists.every_row(query, TODAY)] == lists.ids(query, TODAY)


def test_the_advisor_filter(floor):
    services, made, wang, li, _ = floor
    lists = LeadLists(services.leads)
    assert names(made, lists.ids(LeadFilter(advisor_id=wang.id), TODAY)) == ["L2", "L1", "L6"]
    assert names(made, lists.ids(LeadFilter(advisor_id=li.id, level="C"), TODAY)) == ["L4"]


def test_dormant_from_each_levels_boundary_day(floor):
    """A (7 days): L2 quiet 5 today, dormant in 2 days; H (3 days): L1 new today, dormant
    in 3; B (14 days): L6 quiet 2, dormant in 12."""
    services, made, *_ = floor
    lists = LeadLists(services.leads)
    dormant = LeadFilter(dormant_only=True, order=BY_QUIET)
    assert names(made, lists.ids(dormant, TODAY + timedelta(days=1))) == ["L3"]
    assert names(made, lists.ids(dormant, TODAY + timedelta(days=2))) == ["L3", "L2"]
    assert names(made, lists.ids(dormant, TODAY + timedelta(days=3))) == ["L3", "L2", "L1"]
    assert names(made, lists.ids(dormant, TODAY + timedelta(days=12))) == [
        "L3", "L2", "L6", "L1"]
    # the same answer as the leads service's dormant list
    later = TODAY + timedelta(days=3)
    assert lists.ids(dormant, later) == [r.id for r in services.leads.dormant(later)]


def test_a_row_says_what_the_view_shows(floor):
    services, made, wang, *_ = floor
    lists = LeadLists(services.leads)
    rows = {r.id: r for r in lists.rows(list(made.values()), TODAY)}
    l2, l3 = rows[made["L2"]], rows[made["L3"]]
    assert (l2.customer_name, l2.phone, l2.advisor_name, l2.models, l2.level, l2.stage,
            l2.source) == ("L2", "+8613800000002", "王磊", "凯美瑞", "A", "contacted", "phone")
    assert l2.next_follow_up == TODAY - timedelta(days=2)
    assert l2.last_contact_at.date() == TODAY - timedelta(days=5)
    assert (l2.quiet_days, l2.dormant) == (5, False)
    assert (l3.quiet_days, l3.dormant, l3.stage) == (20, True, "showroom")
    assert rows[made["L5"]].next_follow_up is None


def test_an_advisor_sees_their_own_leads_and_a_manager_everyones(floor):
    services, made, wang, li, manager = floor
    lists = LeadLists(services.leads)
    services.act_as(Actor(wang.id, wang.name, role=StaffRole.ADVISOR,
                          rights=rights_of(StaffRole.ADVISOR)))
    assert names(made, lists.ids(LeadFilter(advisor_id=li.id), TODAY)) == ["L2", "L1", "L6"]
    assert names(made, lists.ids(LeadFilter(), TODAY)) == ["L2", "L1", "L6"]
    assert {c.stage: c.total for c in lists.board(TODAY, advisor_id=li.id).columns}[
        "contacted"] == 2
    services.act_as(Actor(manager.id, manager.name, role=StaffRole.SALES_MANAGER,
                          rights=rights_of(StaffRole.SALES_MANAGER)))
    assert len(lists.ids(LeadFilter(), TODAY)) == 5


def test_other_advisors_phones_are_masked(floor):
    services, made, wang, *_ = floor
    lists = LeadLists(services.leads)
    services.act_as(Actor(wang.id, wang.name, role=StaffRole.ADVISOR,
                          rights=frozenset({Right.WORK_OWN, Right.FOLLOW_UPS_ALL})))
    rows = {r.customer_name: r for r in lists.every_row(LeadFilter(), TODAY)}
    assert rows["L2"].phone == "+8613800000002"  # his own
    assert "****" in rows["L3"].phone and rows["L3"].phone.endswith("0003")


def test_the_board_has_the_open_stages_in_order_newest_contact_first(floor):
    services, made, *_ = floor
    board = LeadLists(services.leads).board(TODAY)
    assert [c.stage for c in board.columns] == [
        "new", "contacted", "showroom", "test_drive", "negotiation", "ordered"]
    assert {c.stage: names(made, [card.id for card in c.cards]) for c in board.columns} == {
        "new": ["L1"], "contacted": ["L6", "L2"], "showroom": ["L3"], "test_drive": [],
        "negotiation": ["L4"], "ordered": []}
    showroom = board.column("showroom").cards[0]
    assert (showroom.customer_name, showroom.models, showroom.level, showroom.quiet_days,
            showroom.dormant) == ("L3", "凯美瑞", "B", 20, True)


def test_the_board_caps_its_columns_and_counts_the_rest(floor):
    services, made, *_ = floor
    board = LeadLists(services.leads).board(TODAY, per_column=1)
    contacted = board.column("contacted")
    assert names(made, [c.id for c in contacted.cards]) == ["L6"]
    assert (contacted.total, contacted.more) == (2, 1)
    assert board.column("new").more == 0


def test_moving_on_the_board_moves_the_card(floor):
    services, made, *_ = floor
    services.leads.move(made["L2"], "test_drive")
    board = LeadLists(services.leads).board(TODAY)
    assert names(made, [c.id for c in board.column("test_drive").cards]) == ["L2"]
    assert board.column("contacted").total == 1


def test_an_empty_book_lists_nothing(services):
    lists = LeadLists(services.leads)
    assert lists.ids(LeadFilter(dormant_only=True), TODAY) == []
    assert all(c.total == 0 and c.cards == () for c in lists.board(TODAY).columns)
