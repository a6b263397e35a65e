"""The call sheet on a real book: each car named in its reasons, and each kind of reminder
leaving the sheet after its own look-back instead of piling up for 30 days."""

from datetime import date, timedelta

import pytest

from app.domain.enums import CustomerKind, FollowUpReason, ReminderKind
from app.domain.records import CustomerInput, VehicleInput
from app.domain.reminder_records import DEFAULT_LOOKBACK_DAYS

TODAY = date(2026, 11, 22)



def agreeing(**fields) -> CustomerInput:
    """A customer who agreed to marketing: birthdays and anniversaries are marketing calls,
    on the call sheet only then (app.domain.consent)."""
    return CustomerInput(marketing_consent=True, marketing_consent_date=date(2020, 1, 1),
                         **fields)

def _years_before(day: date, years: int) -> date:
    return day.replace(year=day.year - years)


def _line(sheet, customer_id):
    return next((line for line in sheet.lines if line.customer_id == customer_id), None)


@pytest.fixture
def company(services):
    """A company with four cars bought on days whose anniversaries fall 3 days ahead,
    today, 5 days ago and 20 days ago; the one bought 5 days ago has no plate."""
    firm = services.customers.create(agreeing(name="鸿运物流有限公司", kind=CustomerKind.COMPANY,
                                                   phone="01065529988"))
    cars = {}
    for offset, plate, model in ((3, "京A12345", "帕萨特"), (0, "京B23456", "迈腾"),
                                 (-5, "", "朗逸"), (-20, "京D45678", "途观")):
        bought = _years_before(TODAY + timedelta(days=offset), 3)
        cars[offset] = services.vehicles.add(firm.id, VehicleInput(
            make="大众", model=model, plate=plate, purchase_date=bought))
    return firm, cars


def test_each_car_of_a_company_has_its_own_anniversary_reason_naming_it(services, company):
    firm, cars = company

    line = _line(services.callsheet.for_day(TODAY), firm.id)

    anniversaries = [r for r in line.reasons if r.kind == ReminderKind.PURCHASE_ANNIVERSARY]
    # 3 days ahead, today and 5 days late (anniversaries look back 7 days); 20 days late is gone
    assert sorted(r.due for r in anniversaries) == [
        TODAY - timedelta(days=5), TODAY, TODAY + timedelta(days=3)]
    named = {r.due: r.car for r in anniversaries}
    assert named == {
        TODAY + timedelta(days=3): cars[3].plate,
        TODAY: cars[0].plate,
        TODAY - timedelta(days=5): "大众 朗逸",  # no plate: its make and model
    }
    assert all(named.values()) and len(set(named.values())) == 3


def test_a_birthday_three_weeks_ago_is_not_a_call(services):
    late = services.customers.create(agreeing(
        name="张三", phone="13800138000", birth_month=(TODAY - timedelta(days=21)).month,
        birth_day=(TODAY - timedelta(days=21)).day))
    recent = services.customers.create(agreeing(
        name="李四", phone="13912345678", birth_month=(TODAY - timedelta(days=2)).month,
        birth_day=(TODAY - timedelta(days=2)).day))

    sheet = services.callsheet.for_day(TODAY)

    assert _line(sheet, late.id) is None
    line = _line(sheet, recent.id)
    assert line.overdue and line.reasons[0].due == TODAY - timedelta(days=2)


def _vehicle_dates(kind: ReminderKind, when: date) -> dict:
    field = {ReminderKind.INSURANCE: "insurance_expiry", ReminderKind.INSPECTION: "inspection_due",
             ReminderKind.WARRANTY: "warranty_end"}[kind]
    return {field: when}


@pytest.mark.parametrize("kind", [ReminderKind.INSURANCE, ReminderKind.INSPECTION,
                                  ReminderKind.WARRANTY, ReminderKind.BIRTHDAY])
def test_a_reminder_stays_its_look_back_days_after_its_date_then_drops_off(services, kind):
    back = DEFAULT_LOOKBACK_DAYS[kind]
    ids = {}
    for days in (back, back + 1):
        when = TODAY - timedelta(days=days)
        if kind == ReminderKind.BIRTHDAY:
            c = services.customers.create(agreeing(
                name=f"客户{days}", birth_month=when.month, birth_day=when.day))
        else:
            c = services.customers.create(agreeing(name=f"客户{days}"))
            services.vehicles.add(c.id, VehicleInput(make="丰田", model="凯美瑞",
                                                     **_vehicle_dates(kind, when)))
        ids[days] = c.id

    sheet = services.callsheet.for_day(TODAY)

    kept = _line(sheet, ids[back])
    assert kept is not None and kept.overdue
    assert [r.kind for r in kept.reasons] == [kind.value]
    assert _line(sheet, ids[back + 1]) is None


def test_the_defaults_drop_greetings_soon_and_service_calls_late():
    assert DEFAULT_LOOKBACK_DAYS[ReminderKind.BIRTHDAY] == 3
    assert DEFAULT_LOOKBACK_DAYS[ReminderKind.HOLIDAY] == 3
    assert DEFAULT_LOOKBACK_DAYS[ReminderKind.PURCHASE_ANNIVERSARY] == 7
    assert DEFAULT_LOOKBACK_DAYS[ReminderKind.MAINTENANCE] == 30
    assert set(DEFAULT_LOOKBACK_DAYS) == set(ReminderKind)


def test_a_desk_s_own_look_back_reaches_the_sheet(services):
    when = TODAY - timedelta(days=21)
    c = services.customers.create(agreeing(name="张三", birth_month=when.month,
                                                birth_day=when.day))

    wider = services.callsheet.for_day(TODAY, lookback_days={ReminderKind.BIRTHDAY: 30})
    one_for_all = services.callsheet.for_day(TODAY, lookback_days=21)
    shorter = services.callsheet.for_day(TODAY, lookback_days=20)

    assert _line(wider, c.id) is not None and _line(one_for_all, c.id) is not None
    assert _line(shorter, c.id) is None


def test_follow_ups_stay_past_the_look_back(services):
    c = services.customers.create(agreeing(name="王五", phone="13700001111"))
    services.followups.create(c.id, FollowUpReason.POST_SERVICE, TODAY - timedelta(days=10))

    line = _line(services.callsheet.for_day(TODAY, lookback_days=0), c.id)

    assert line is not None and line.overdue


def test_overdue_count_and_the_oldest_age(services, company):
    firm, _cars = company
    when = TODAY - timedelta(days=1)
    c = services.customers.create(agreeing(name="张三", birth_month=when.month,
                                                birth_day=when.day))

    sheet = services.callsheet.for_day(TODAY)

    overdue = {line.customer_id for line in sheet.lines if line.overdue}
    assert overdue == {firm.id, c.id}
    assert sheet.overdue_count == 2
    assert sheet.oldest_overdue_days == 5  # the company's car bought five days ago
    assert [line.customer_id for line in sheet.lines][:2] in ([firm.id, c.id], [c.id, firm.id])


@pytest.mark.parametrize("in_memory", [True, False])
def test_a_snoozed_birthday_counts_its_look_back_from_the_snooze_s_end(services, in_memory):
    from app.domain.enums import ReminderState
    from app.services.outreach import CallSheetService, ReminderService

    ten_days_ago = TODAY - timedelta(days=10)  # a birthday looks back 3 days
    snoozed, left = (services.customers.create(agreeing(
        name=name, phone=phone, birth_month=ten_days_ago.month, birth_day=ten_days_ago.day))
        for name, phone in (("张三", "13800138000"), ("李四", "13912345678")))
    reminders = ReminderService(services.book, in_memory=in_memory)
    occurrence = next(o for o in reminders.due(TODAY) if o.customer_id == snoozed.id)
    reminders.mark(occurrence, ReminderState.SNOOZED, snoozed_until=TODAY - timedelta(days=2))

    sheet = CallSheetService(services.book, reminders, services.followups).for_day(TODAY)

    line = _line(sheet, snoozed.id)
    assert line is not None and line.overdue and line.reasons[0].due == ten_days_ago
    assert _line(sheet, left.id) is None
