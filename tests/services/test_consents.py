"""Consent per purpose: grants and withdrawals kept as history, audited, the card's marketing
fields kept in step, the SQL filter, and the advisor refused for another's customer."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from app.db.models import Consent, Customer
from app.domain.enums import ConsentChannel, ConsentPurpose, StaffRole
from app.domain.errors import NotAllowed
from app.domain.records import CustomerInput
from app.services.customers.consents import with_consent
from app.services.permissions import actor_for

MARKETING = ConsentPurpose.MARKETING


def person(name="张三", phone="13800138000", **kw) -> CustomerInput:
    return CustomerInput(name=name, phone=phone, **kw)


def consent_entries(services):
    return [e for e in services.audit.entries() if e.action == "consent"]


def test_no_entry_means_not_granted_except_service_reminders(services):
    c = services.customers.create(person())
    now = services.consents.now(c.id)
    assert [p for p, s in now.items() if s.granted] == [ConsentPurpose.SERVICE_REMINDERS]
    assert not any(s.recorded for s in now.values())
    assert services.consents.history(c.id) == []


def test_grant_then_withdraw_keeps_history_and_audit(services):
    c = services.customers.create(person())
    consents = services.consents
    consents.set(c.id, ConsentPurpose.SHARE_MAKER, True, date(2026, 3, 1),
                 ConsentChannel.WECHAT, "asked at delivery")
    consents.set(c.id, ConsentPurpose.SHARE_MAKER, False, date(2026, 5, 2),
                 ConsentChannel.PHONE)
    state = consents.now(c.id)[ConsentPurpose.SHARE_MAKER]
    assert (state.granted, state.on_day, state.channel) == (False, date(2026, 5, 2),
                                                           ConsentChannel.PHONE)
    history = consents.history(c.id)
    assert [(h.granted, h.on_day, h.note) for h in history] == [
        (False, date(2026, 5, 2), ""), (True, date(2026, 3, 1), "asked at delivery")]
    entries = consent_entries(services)
    assert len(entries) == 2
    details = [json.loads(e.detail) for e in entries]
    assert {d["purpose"] for d in details} == {"share_maker"}
    assert sorted(tuple(d["granted"]) for d in details) == [(False, True), (True, False)]
    assert all(e.record_id == c.id for e in entries)


def test_marketing_fields_follow_the_consent(services):
    c = services.customers.create(person())
    services.consents.set(c.id, MARKETING, True, date(2026, 3, 1), ConsentChannel.WECHAT)
    got = services.customers.get(c.id)
    assert (got.marketing_consent, got.marketing_consent_date,
            got.marketing_consent_channel) == (True, date(2026, 3, 1), ConsentChannel.WECHAT)
    assert got.version == c.version + 1  # a card open elsewhere sees it changed
    services.consents.set(c.id, MARKETING, False, date(2026, 4, 1), ConsentChannel.PHONE)
    assert services.customers.get(c.id).marketing_consent is False
    assert services.consents.now(c.id)[MARKETING].granted is False


def test_the_cards_marketing_box_adds_the_same_history(services):
    c = services.customers.create(person(marketing_consent=True,
                                         marketing_consent_date=date(2025, 1, 5),
                                         marketing_consent_channel=ConsentChannel.PAPER))
    got = services.customers.get(c.id)
    fields = {f: getattr(got, f) for f in CustomerInput.__dataclass_fields__}
    fields["marketing_consent"] = False
    services.customers.update(c.id, CustomerInput(**fields), got.version)
    history = services.consents.history(c.id)
    assert [(h.purpose, h.granted) for h in history] == [(MARKETING, False), (MARKETING, True)]
    assert history[1].on_day == date(2025, 1, 5)
    assert services.consents.now(c.id)[MARKETING].granted is False
    # a save that leaves the box alone adds nothing
    got = services.customers.get(c.id)
    fields = {f: getattr(got, f) for f in CustomerInput.__dataclass_fields__}
    fields["notes"] = "likes tea"
    services.customers.update(c.id, CustomerInput(**fields), got.version)
    assert len(services.consents.history(c.id)) == 2


def test_filter_by_purpose_uses_the_newest_entry(services):
    ids = [services.customers.create(person(f"客户{i}", f"1380013{i:04d}")).id
           for i in range(6)]
    consents = services.consents
    consents.set(ids[0], ConsentPurpose.SHARE_INSURER, True, date(2026, 1, 1))
    consents.set(ids[1], ConsentPurpose.SHARE_INSURER, True, date(2026, 1, 1))
    consents.set(ids[1], ConsentPurpose.SHARE_INSURER, False, date(2026, 2, 1))
    consents.set(ids[2], ConsentPurpose.SERVICE_REMINDERS, False, date(2026, 2, 1))
    consents.set(ids[3], MARKETING, True, date(2026, 2, 1))
    with services.book.reading() as s:
        def having(purpose, granted=True):
            return set(s.scalars(select(Customer.id).where(
                with_consent(Customer.id, purpose, granted))))
        assert having(ConsentPurpose.SHARE_INSURER) == {ids[0]}
        assert having(ConsentPurpose.SHARE_INSURER, False) == set(ids) - {ids[0]}
        assert having(ConsentPurpose.SERVICE_REMINDERS) == set(ids) - {ids[2]}
        assert having(ConsentPurpose.SERVICE_REMINDERS, False) == {ids[2]}
        assert having(MARKETING) == {ids[3]}
    assert consents.split(list(reversed(ids)), ConsentPurpose.SHARE_INSURER) == ([ids[0]], 5)
    assert consents.count_without(MARKETING) == 5


def test_an_advisor_is_refused_for_another_advisors_customer(services):
    wang = services.staff.add("王芳", StaffRole.ADVISOR)
    li = services.staff.add("李强", StaffRole.ADVISOR)
    theirs = services.customers.create(person(advisor_id=li.id))
    own = services.customers.create(person("李四", "13900139000", advisor_id=wang.id))
    with services.book.reading() as s:
        services.act_as(actor_for(s, wang.id, wang.name, StaffRole.ADVISOR.value))
    with pytest.raises(NotAllowed):
        services.consents.set(theirs.id, MARKETING, True, date(2026, 3, 1))
    services.consents.set(own.id, MARKETING, True, date(2026, 3, 1), ConsentChannel.IN_PERSON)
    with services.book.reading() as s:
        rows = s.execute(select(Consent.customer_id, Consent.staff_id)).all()
    assert rows == [(own.id, wang.id)]  # credited to the person at the desk
    assert services.consents.now(own.id)[MARKETING].staff_name == "王芳"


def test_a_change_cannot_be_dated_before_the_last_one_of_its_purpose(services):
    from app.domain.errors import ValidationError

    c = services.customers.create(person())
    services.consents.set(c.id, MARKETING, True, date(2026, 3, 1))
    with pytest.raises(ValidationError) as refused:
        services.consents.set(c.id, MARKETING, False, date(2026, 2, 1))
    assert refused.value.errors[0].code == "consent_before_last"
    services.consents.set(c.id, ConsentPurpose.SHARE_MAKER, True, date(2026, 2, 1))  # another
    assert len(services.consents.history(c.id)) == 2
