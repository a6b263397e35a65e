"""Handing a leaver's customers and pending follow-ups over: evenly or by value tier, in one
write unit, with a timeline note per customer and one audit entry with the counts."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from app.db.models import AuditEntry, Customer, FollowUp, Interaction
from app.domain.changes import Actor
from app.domain.enums import FollowUpReason, StaffRole
from app.domain.errors import NotAllowed, ValidationError
from app.domain.records import CustomerInput, VehicleInput
from app.domain.roles import rights_of


def actor(member, role: StaffRole) -> Actor:
    return Actor(member.id, member.name, role=role.value,
                 rights=frozenset(r.value for r in rights_of(role)))


@pytest.fixture
def shop(services):
    """A leaver with six customers (the 1st, 4th and 6th of high value), three receivers,
    and follow-ups: open, snoozed, done and cancelled ones."""
    staff = services.staff
    leaver = staff.add("李静", login="lijing")
    receivers = [staff.add(n, login=who) for n, who in (("王磊", "wanglei"), ("赵敏", "zhaomin"),
                                                     ("陈浩", "chenhao"))]
    other = staff.add("孙鹏飞", login="sunpengfei")
    high = {0, 3, 5}
    customers = []
    for i in range(6):
        c = services.customers.create(CustomerInput(name=f"客户{i}", advisor_id=leaver.id))
        customers.append(c.id)
        if i in high:
            services.vehicles.add(c.id, VehicleInput(
                make="宝马", model="X5", purchase_date=date.today() - timedelta(days=30),
                price_yuan=600_000 + i))
    kept = services.customers.create(CustomerInput(name="别人的", advisor_id=other.id))
    followups = services.followups
    due = date.today()
    open_ids = [followups.create(customers[i], FollowUpReason.OTHER, due, advisor_id=leaver.id)
                for i in (0, 1, 4)]
    snoozed = followups.create(customers[2], FollowUpReason.OTHER, due, advisor_id=leaver.id)
    followups.snooze(snoozed, due + timedelta(days=3))
    done = followups.create(customers[3], FollowUpReason.OTHER, due, advisor_id=leaver.id)
    followups.cancel(done)
    # an open follow-up of the leaver's about somebody else's customer goes too
    stray = followups.create(kept.id, FollowUpReason.OTHER, due, advisor_id=leaver.id)
    return {"leaver": leaver, "receivers": receivers, "other": other, "customers": customers,
            "kept": kept.id, "open": [*open_ids, snoozed, stray], "closed": done}


def advisors(services, ids) -> dict[int, int]:
    with services.book.reading() as session:
        return dict(session.execute(select(Customer.id, Customer.advisor_id)
                                    .where(Customer.id.in_(ids))).all())


def test_evenly_every_customer_and_pending_follow_up_moves_and_the_log_says_so(services, shop):
    leaver, to = shop["leaver"], [r.id for r in shop["receivers"]]
    preview = services.handover.preview(leaver.id, to, "even")
    assert [(s.customers, s.follow_ups) for s in preview.shares] == [(2, 2), (2, 2), (2, 1)]
    assert services.handover.customers_of(leaver.id) == (6, 5)  # nothing written yet

    plan = services.handover.hand_over(leaver.id, to, "even")
    assert plan == preview
    moved = advisors(services, shop["customers"])
    assert [moved[c] for c in shop["customers"]] == [to[0], to[1], to[2], to[0], to[1], to[2]]
    assert advisors(services, [shop["kept"]]) == {shop["kept"]: shop["other"].id}
    assert services.handover.customers_of(leaver.id) == (0, 0)
    with services.book.reading() as session:
        follow = dict(session.execute(select(FollowUp.id, FollowUp.advisor_id)).all())
        notes = session.execute(select(Interaction.customer_id, Interaction.summary)
                                .where(Interaction.kind == "note")).all()
        entry = session.execute(select(AuditEntry.action, AuditEntry.record_kind,
                                       AuditEntry.record_id, AuditEntry.detail)
                                .order_by(AuditEntry.id.desc()).limit(1)).one()
    # open and snoozed ones went with their customer; the cancelled one stayed
    assert follow[shop["open"][0]] == to[0] and follow[shop["open"][2]] == to[1]
    assert follow[shop["open"][3]] == to[2]  # (the snoozed one, with customer 2)
    assert follow[shop["open"][4]] == to[0]  # the stray one, dealt on after the customers
    assert follow[shop["closed"]] == leaver.id
    assert sorted(notes) == sorted(
        (c, f"Handed over from 李静 to {n}") for c, n in zip(
            shop["customers"], ["王磊", "赵敏", "陈浩"] * 2, strict=True))
    assert entry[:3] == ("hand_over", "staff", leaver.id)
    detail = json.loads(entry[3])
    assert detail["by"] == "even" and detail["customers"] == 6 and detail["follow_ups"] == 5
    assert [(t["name"], t["customers"], t["follow_ups"]) for t in detail["to"]] == [
        ("王磊", 2, 2), ("赵敏", 2, 2), ("陈浩", 2, 1)]
    assert services.audit.chain_problems() == []


def test_by_tier_each_receiver_gets_one_of_the_best_customers(services, shop):
    leaver, to = shop["leaver"], [r.id for r in shop["receivers"]]
    services.handover.hand_over(leaver.id, to, "tier", note="从%1交给%2")
    moved = advisors(services, shop["customers"])
    best = [shop["customers"][i] for i in (0, 3, 5)]
    assert sorted(moved[c] for c in best) == sorted(to)  # one each (evenly: two to one)
    assert sorted(list(moved.values()).count(r) for r in to) == [2, 2, 2]
    with services.book.reading() as session:
        assert session.scalar(select(func.count()).select_from(Interaction)
                              .where(Interaction.summary.like("从李静交给%"))) == 6


def test_the_receivers_are_checked_and_an_advisor_may_not_hand_over(services, shop):
    leaver, to = shop["leaver"], [r.id for r in shop["receivers"]]
    for wrong in ([], [leaver.id], [to[0], to[0]]):
        with pytest.raises(ValidationError) as caught:
            services.handover.hand_over(leaver.id, wrong)
        assert caught.value.codes() == {"to": "handover_receivers"}
    services.staff.deactivate(to[2])
    with pytest.raises(ValidationError):
        services.handover.preview(leaver.id, to)

    services.act_as(actor(shop["receivers"][0], StaffRole.ADVISOR))
    with pytest.raises(NotAllowed) as refused:
        services.handover.hand_over(leaver.id, to[:2])
    assert set(refused.value.roles) == {"service_manager", "sales_manager", "owner"}
    assert advisors(services, shop["customers"]) == {c: leaver.id for c in shop["customers"]}
    # a service manager may
    services.act_as(actor(shop["other"], StaffRole.SERVICE_MANAGER))
    assert services.handover.hand_over(leaver.id, to[:2]).customers == 6


def test_the_audit_log_is_read_by_the_owner_only_a_page_at_a_time(services, shop):
    services.handover.hand_over(shop["leaver"].id, [r.id for r in shop["receivers"]])
    everything = list(services.audit.entries())
    rows, more = services.audit.page(limit=3)
    assert [r.id for r in rows] == [e.id for e in everything[::-1][:3]] and more
    older, _ = services.audit.page(limit=3, before_id=rows[-1].id)
    assert [r.id for r in older] == [e.id for e in everything[::-1][3:6]]
    only, more = services.audit.page(action="hand_over", record_kind="staff",
                                     record_id=shop["leaver"].id)
    assert [r.action for r in only] == ["hand_over"] and not more
    assert "hand_over" in services.audit.actions()
    services.act_as(actor(shop["other"], StaffRole.SERVICE_MANAGER))
    for call in (lambda: services.audit.page(), services.audit.entries,
                 services.audit.chain_problems, services.audit.actions):
        with pytest.raises(NotAllowed):
            call()
