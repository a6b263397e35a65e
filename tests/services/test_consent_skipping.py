"""Consent skipping: campaign calls, marketing reminders (birthdays, anniversaries,
holidays), service reminders after a withdrawal, the call sheet's campaign calls, and the
export for marketing (read back with openpyxl)."""

from __future__ import annotations

from datetime import date, timedelta

from openpyxl import load_workbook

from app.domain.enums import ConsentChannel, ConsentPurpose, FollowUpReason, ReminderKind
from app.domain.records import CustomerInput, VehicleInput
from app.presentation.exports import customers_sheet
from app.services.exchange.excel_export import write_xlsx

TODAY = date(2026, 11, 22)
SOON = TODAY + timedelta(days=3)
MARKETING = ConsentPurpose.MARKETING


def customer(services, name, phone, agrees=False, **kw):
    made = services.customers.create(CustomerInput(
        name=name, phone=phone, birth_month=SOON.month, birth_day=SOON.day, **kw))
    if agrees:
        services.consents.set(made.id, MARKETING, True, TODAY - timedelta(days=30),
                              ConsentChannel.WECHAT)
    return made


def kinds_of(found, customer_id):
    return {o.kind for o in found if o.customer_id == customer_id}


def test_a_campaign_skips_customers_without_marketing_consent_and_counts_them(services):
    yes = [customer(services, f"同意{i}", f"1380013800{i}", agrees=True).id for i in range(3)]
    no = [customer(services, f"拒绝{i}", f"1390013900{i}").id for i in range(2)]
    later = customer(services, "撤回", "13700137000", agrees=True)
    services.consents.set(later.id, MARKETING, False, TODAY, ConsentChannel.PHONE)
    calls = services.followups.campaign(yes + no + [later.id], TODAY, notes="春季保养")
    assert (calls.created, calls.already_open, calls.no_consent) == (3, 0, 3)
    listed = {f.customer_id for f in services.followups.list(statuses=None)
              if f.reason == FollowUpReason.CAMPAIGN}
    assert listed == set(yes)
    again = services.followups.campaign(yes + no, TODAY)
    assert (again.created, again.already_open, again.no_consent) == (0, 3, 2)


def test_the_call_sheet_leaves_out_a_campaign_call_once_marketing_is_withdrawn(services):
    a = customer(services, "甲", "13800138001", agrees=True)
    b = customer(services, "乙", "13800138002", agrees=True)
    services.followups.campaign([a.id, b.id], TODAY)
    services.consents.set(b.id, MARKETING, False, TODAY, ConsentChannel.PHONE)
    sheet = services.callsheet.for_day(TODAY)
    campaign = {line.customer_id for line in sheet.lines
                if any(r.kind == FollowUpReason.CAMPAIGN.value for r in line.reasons)}
    assert campaign == {a.id}
    assert sheet.skipped_no_consent >= 1


def test_marketing_reminders_are_left_out_without_consent_and_counted(services):
    yes = customer(services, "张三", "13800138000", agrees=True, key_account=True)
    no = customer(services, "李四", "13900139000", key_account=True)
    for reminders in (services.reminders, services.reminders.from_tables()):  # both engines
        found = reminders.due(TODAY, consent=True)
        assert ReminderKind.BIRTHDAY in kinds_of(found, yes.id)
        assert kinds_of(found, no.id) == set()  # birthday and holidays: marketing
        every = reminders.due(TODAY)  # (a list that asks nobody to call: all of them)
        assert ReminderKind.BIRTHDAY in kinds_of(every, no.id)
        assert found.skipped_no_consent == sum(1 for o in every if o.customer_id == no.id) > 0
    sheet = services.callsheet.for_day(TODAY)
    assert no.id not in {line.customer_id for line in sheet.lines}
    assert yes.id in {line.customer_id for line in sheet.lines}


def test_service_reminders_are_kept_until_withdrawn(services):
    owner = customer(services, "王五", "13700137000")  # no marketing consent: birthday out
    services.vehicles.add(owner.id, VehicleInput(make="丰田", model="凯美瑞", plate="京B12345",
                                                 insurance_expiry=TODAY + timedelta(days=10)))
    found = services.reminders.due(TODAY, consent=True)
    assert kinds_of(found, owner.id) == {ReminderKind.INSURANCE}
    services.consents.set(owner.id, ConsentPurpose.SERVICE_REMINDERS, False, TODAY,
                          ConsentChannel.PHONE, "不要再打电话")
    for reminders in (services.reminders, services.reminders.from_tables()):
        found = reminders.due(TODAY, consent=True)
        assert kinds_of(found, owner.id) == set()
        assert found.skipped_no_consent == 2  # the insurance date and the birthday
    assert services.reminders.for_customer(owner.id, TODAY, consent=True) == []
    assert owner.id not in {line.customer_id for line in services.callsheet.for_day(TODAY).lines}
    services.consents.set(owner.id, ConsentPurpose.SERVICE_REMINDERS, True, TODAY)
    assert kinds_of(services.reminders.due(TODAY, consent=True), owner.id) == {
        ReminderKind.INSURANCE}


def test_an_export_for_marketing_writes_only_the_customers_who_agreed(services, tmp_path):
    yes = customer(services, "张三", "13800138000", agrees=True)
    customer(services, "李四", "13900139000")
    gone = customer(services, "王五", "13700137000", agrees=True)
    services.consents.set(gone.id, MARKETING, False, TODAY, ConsentChannel.PHONE)
    ids = services.customers.search_ids("")
    for given in (None, ids):
        out = tmp_path / "marketing.xlsx"
        rows = write_xlsx(out, [customers_sheet(services.customers.export_rows(
            given, marketing_only=True))])
        names = [r[0] for r in load_workbook(out).active.iter_rows(min_row=2, values_only=True)]
        assert (rows, names) == (1, [yes.name])
    assert services.consents.count_without(MARKETING) == 2
    assert services.consents.split(ids, MARKETING) == ([yes.id], 2)
