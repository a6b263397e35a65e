"""Every role × every action, enforced by the services themselves (no window involved).

The expected answers are written out below from the issue's words (advisor: their own
customers, others' cards masked, their own lists; service advisor: the same plus the
service lane; service manager: the service lane, everyone's follow-ups, reassigning, every
list; owner: everything), not derived from app.domain.roles, so a change of the defaults
that breaks the promise fails here. Each role acts in a book of its own, as a signed-in
person of that role: "mine" is a customer assigned to them, "theirs" one of another advisor.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from app.domain.enums import FollowUpReason, Outcome, StaffRole
from app.domain.errors import BookError, NotAllowed
from app.domain.records import CustomerInput, InteractionInput, VehicleInput
from app.domain.reminder_records import HouseholdMemberRecord
from app.domain.visit_records import VisitInput, WorkItem
from app.services.admin.book import open_book
from app.services.permissions import actor_for

TODAY = date.today()
ROLES = ("advisor", "service_advisor", "service_manager", "owner")

# action: the roles allowed (A advisor, S service advisor, M service manager, O owner)
EXPECTED = {
    "create a customer of one's own": "ASMO",
    "edit my customer's card": "ASMO",
    "edit their customer's card": "MO",
    "archive their customer": "MO",
    "give my customer to another advisor": "MO",
    "log a call with my customer": "ASMO",
    "log a call with their customer": "MO",
    "add a vehicle to their customer": "MO",
    "add a household member to their customer": "MO",
    "follow-up for my customer": "ASMO",
    "follow-up for their customer": "MO",
    "outcome of their follow-up": "MO",
    "reassign follow-ups": "MO",
    "campaign to many customers": "MO",
    "log a service visit": "SMO",
    "see their follow-ups in the list": "MO",
    "see their customer's phone in full in the list": "MO",
    "see their customer's phone in full on the card": "MO",
    "see my customer's phone in full": "ASMO",
    "reveal their customer's phone on the card": "ASMO",
    "export their customers": "MO",
    "export my own list": "ASMO",
    "export their list": "MO",
    "print their list": "MO",
    "print my own list": "ASMO",
    "back up now": "MO",
    "restore a backup": "O",
    "hand over an advisor's customers": "MO",
    "add a staff member": "O",
    "let roles see full contact details": "O",
    "read the audit log": "O",
    "export a person's data": "O",
}
LETTER = {"advisor": "A", "service_advisor": "S", "service_manager": "M", "owner": "O"}


class Shop:
    """A book with a signed-in person of `role`, their customer and another advisor's."""

    def __init__(self, path: Path, role: str):
        self.services = s = open_book(path)
        self.folder = path.parent
        self.me = s.staff.add("我", StaffRole(role), login="me", password="secret-pass")
        self.other = s.staff.add("别人", StaffRole.ADVISOR, login="other")
        s.staff.add("店主", StaffRole.OWNER, login="boss", password="secret-pass")
        self.mine = s.customers.create(CustomerInput(name="我的客户", phone="13800138000",
                                                     address="北京市朝阳区建国路88号",
                                                     advisor_id=self.me.id))
        self.theirs = s.customers.create(CustomerInput(name="别人的客户", phone="13900139000",
                                                       address="上海市浦东新区世纪大道1号",
                                                       advisor_id=self.other.id))
        self.car = s.vehicles.add(self.mine.id, VehicleInput(make="比亚迪", plate="京A12345"))
        self.their_follow_up = s.followups.create(self.theirs.id, FollowUpReason.CUSTOM, TODAY)
        with s.book.reading() as session:
            self.actor = actor_for(session, self.me.id, self.me.name, role)
        s.act_as(self.actor)

    def close(self) -> None:
        self.services.close()


def _card(shop, customer):
    return shop.services.customers.get(customer.id)


def _edit(shop, customer):
    record = _card(shop, customer)
    data = CustomerInput(**{f: getattr(record, f) for f in CustomerInput.__dataclass_fields__})
    from dataclasses import replace

    shop.services.customers.update(customer.id, replace(data, notes="改过"), record.version)


def _give_away(shop):
    record = _card(shop, shop.mine)
    from dataclasses import replace

    data = CustomerInput(**{f: getattr(record, f) for f in CustomerInput.__dataclass_fields__})
    shop.services.customers.update(shop.mine.id, replace(data, advisor_id=shop.other.id),
                                   record.version)


def _visible(condition: bool) -> None:
    if not condition:
        raise NotAllowed("seen")


ACTIONS = {
    "create a customer of one's own": lambda sh: sh.services.customers.create(
        CustomerInput(name="新客户", advisor_id=sh.me.id)),
    "edit my customer's card": lambda sh: _edit(sh, sh.mine),
    "edit their customer's card": lambda sh: _edit(sh, sh.theirs),
    "archive their customer": lambda sh: sh.services.customers.archive(sh.theirs.id),
    "give my customer to another advisor": _give_away,
    "log a call with my customer": lambda sh: sh.services.timeline.log(
        InteractionInput(customer_id=sh.mine.id, summary="打过电话")),
    "log a call with their customer": lambda sh: sh.services.timeline.log(
        InteractionInput(customer_id=sh.theirs.id, summary="打过电话")),
    "add a vehicle to their customer": lambda sh: sh.services.vehicles.add(
        sh.theirs.id, VehicleInput(make="丰田")),
    "add a household member to their customer": lambda sh: sh.services.household.add_member(
        HouseholdMemberRecord(customer_id=sh.theirs.id, relation="spouse", name="家人")),
    "follow-up for my customer": lambda sh: sh.services.followups.create(
        sh.mine.id, FollowUpReason.CUSTOM, TODAY),
    "follow-up for their customer": lambda sh: sh.services.followups.create(
        sh.theirs.id, FollowUpReason.CUSTOM, TODAY),
    "outcome of their follow-up": lambda sh: sh.services.followups.log_outcome(
        sh.their_follow_up, Outcome.REACHED, "好"),
    "reassign follow-ups": lambda sh: sh.services.followups.reassign(
        [sh.their_follow_up], sh.me.id),
    "campaign to many customers": lambda sh: sh.services.followups.create_many(
        [sh.mine.id, sh.theirs.id], FollowUpReason.CUSTOM, TODAY),
    "log a service visit": lambda sh: sh.services.visits.add(VisitInput(
        vehicle_id=sh.car.id, date_in=TODAY - timedelta(days=1), mileage_km=1000,
        items=(WorkItem("机油", 30000),))),
    "see their follow-ups in the list": lambda sh: _visible(any(
        f.id == sh.their_follow_up for f in sh.services.followups.list(statuses=None))),
    "see their customer's phone in full in the list": lambda sh: _visible(
        sh.services.customers.rows([sh.theirs.id])[0].phone == "139 0013 9000"),
    "see their customer's phone in full on the card": lambda sh: _visible(
        _card(sh, sh.theirs).phone == "+8613900139000"
        and _card(sh, sh.theirs).address.endswith("1号")),
    "see my customer's phone in full": lambda sh: _visible(
        _card(sh, sh.mine).phone == "+8613800138000"
        and "*" not in sh.services.customers.rows([sh.mine.id])[0].phone),
    "reveal their customer's phone on the card": lambda sh: _visible(
        sh.services.customers.reveal(sh.theirs.id)["phone"] == "+8613900139000"),
    "export their customers": lambda sh: _visible(any(
        row[0] == "别人的客户" for row in sh.services.customers.export_rows([sh.theirs.id]))),
    "export my own list": lambda sh: sh.services.audit.may_put_out("export", [sh.me.id]),
    "export their list": lambda sh: sh.services.audit.may_put_out(
        "export", [sh.me.id, sh.other.id]),
    "print their list": lambda sh: sh.services.audit.may_put_out("print", [sh.other.id]),
    "print my own list": lambda sh: sh.services.audit.may_put_out("print", [sh.me.id]),
    "back up now": lambda sh: _back_up(sh),
    "restore a backup": lambda sh: _restore(sh),
    "hand over an advisor's customers": lambda sh: sh.services.handover.hand_over(
        sh.other.id, [sh.me.id]),
    "add a staff member": lambda sh: sh.services.staff.add("新人"),
    "let roles see full contact details": lambda sh: sh.services.staff.set_full_contact_roles(
        ["service_manager"]),
    "read the audit log": lambda sh: list(sh.services.audit.entries()),
    "export a person's data": lambda sh: _person_data(sh),
}


def _back_up(shop) -> None:
    from app.services.admin.backups import take_backup

    try:  # (a book file that is not there: refused for want of the right before it is looked for)
        take_backup(shop.folder / "elsewhere.db", shop.folder / "backups", kind="manual",
                    actor=shop.actor)
    except BookError as error:
        assert error.code == "missing"


def _restore(shop) -> None:
    from app.services.admin.backups import restore_backup

    try:  # (a backup that is not there: refused for want of the right before it is looked for)
        restore_backup(shop.folder / "elsewhere.db", shop.folder / "no-such.bak",
                       actor=shop.actor)
    except BookError as error:
        assert error.code == "backup_missing"


def _person_data(shop) -> None:
    from app.services.admin.privacy import person_data

    person_data(shop.services.book, shop.theirs.id)


def test_the_matrix_lists_every_action():
    assert set(ACTIONS) == set(EXPECTED)


@pytest.mark.parametrize("role", ROLES)
def test_every_action_of_a_role_is_allowed_or_refused_as_promised(tmp_path, role):
    shop = Shop(tmp_path / "book.db", role)
    answers = {}
    try:
        for name, action in ACTIONS.items():
            try:
                action(shop)
                answers[name] = True
            except NotAllowed as refusal:
                answers[name] = False
                if refusal.right != "seen":  # a refusal names the roles that may
                    assert refusal.roles, name
                    assert role not in refusal.roles, name
    finally:
        shop.close()
    expected = {name: LETTER[role] in who for name, who in EXPECTED.items()}
    wrong = {name: answers[name] for name in expected if answers[name] != expected[name]}
    assert wrong == {}, f"{role}: allowed (True) or refused (False) against the promise"


def test_a_refusal_names_the_roles_that_may_in_the_persons_words(tmp_path):
    from app.presentation.messages import not_allowed

    shop = Shop(tmp_path / "book.db", "advisor")
    try:
        with pytest.raises(NotAllowed) as refused:
            shop.services.staff.add("新人")
    finally:
        shop.close()
    assert refused.value.roles == ("owner",)
    text = not_allowed(refused.value.roles)
    assert "Owner" in text and "Advisor" not in text


def test_the_owner_decides_which_roles_see_full_numbers(tmp_path):
    shop = Shop(tmp_path / "book.db", "advisor")
    try:
        services = shop.services
        assert "*" in services.customers.rows([shop.theirs.id])[0].phone
        with services.book.reading() as session:
            owner = actor_for(session, services.staff.by_login("boss").id, "店主", "owner")
        services.act_as(owner)
        services.staff.set_full_contact_roles(["advisor"])
        with services.book.reading() as session:  # the advisor's next sign-in
            services.act_as(actor_for(session, shop.me.id, shop.me.name, "advisor"))
        assert services.customers.rows([shop.theirs.id])[0].phone == "139 0013 9000"
        services.act_as(owner)
        services.staff.set_full_contact_roles([])  # the managers lose it too
        with services.book.reading() as session:
            manager = actor_for(session, shop.other.id, "别人", "service_manager")
        services.act_as(manager)
        assert "*" in services.customers.get(shop.mine.id).phone
    finally:
        shop.close()


def test_a_masked_card_saved_as_it_was_keeps_the_stored_numbers(tmp_path):
    shop = Shop(tmp_path / "book.db", "service_manager")
    try:
        services = shop.services
        with services.book.reading() as session:
            owner = actor_for(session, services.staff.by_login("boss").id, "店主", "owner")
        services.act_as(owner)
        services.staff.set_full_contact_roles([])
        with services.book.reading() as session:
            services.act_as(actor_for(session, shop.me.id, shop.me.name, "service_manager"))
        shown = services.customers.get(shop.theirs.id)
        assert shown.masked and shown.phone == "139****9000" and "****" in shown.address
        _edit(shop, shop.theirs)  # saved with the masked values it was shown
        services.act_as(owner)
        stored = services.customers.get(shop.theirs.id)
        assert stored.phone == "+8613900139000" and stored.address == "上海市浦东新区世纪大道1号"
        assert stored.notes == "改过"
    finally:
        shop.close()


def test_a_revealed_number_is_in_the_audit_log(tmp_path):
    shop = Shop(tmp_path / "book.db", "advisor")
    try:
        shop.services.customers.reveal(shop.theirs.id)
        from sqlalchemy import select

        from app.db.models import AuditEntry

        with shop.services.book.reading() as session:
            entries = session.execute(select(AuditEntry.action, AuditEntry.staff_id,
                                             AuditEntry.record_id)
                                      .where(AuditEntry.action == "reveal")).all()
    finally:
        shop.close()
    assert entries == [("reveal", shop.me.id, shop.theirs.id)]


def test_a_call_is_credited_to_whoever_is_signed_in(tmp_path):
    shop = Shop(tmp_path / "book.db", "service_manager")
    try:
        services = shop.services
        services.followups.log_outcome(shop.their_follow_up, Outcome.REACHED, "聊过")
        entry = services.timeline.log(InteractionInput(customer_id=shop.theirs.id,
                                                       summary="回访"))
        timeline = services.timeline.of_customer(shop.theirs.id)
    finally:
        shop.close()
    assert entry.staff_id == shop.me.id
    assert {t.staff_id for t in timeline} == {shop.me.id}
