"""Reminder occurrences from a real book; marks; follow-ups and their outcomes; the call sheet."""

from datetime import date, timedelta

import pytest

from app.domain.enums import (
    CalendarKind,
    FollowUpReason,
    FollowUpStatus,
    Outcome,
    ReminderKind,
    ReminderState,
)
from app.domain.errors import ValidationError
from app.domain.records import CustomerInput, VehicleInput
from app.domain.recurrence import lunar_on
from app.domain.reminder_records import HouseholdMemberRecord, ImportantDateRecord

TODAY = date(2026, 11, 22)


def customer(services, name, **kw):
    # agreed to marketing: the call sheet lists birthdays and anniversaries only then
    agreed = {"marketing_consent": True, "marketing_consent_date": date(2020, 1, 1)}
    return services.customers.create(CustomerInput(name=name, **{**agreed, **kw}))


def kinds_for(occurrences, customer_id):
    return sorted((o.kind.value, o.occurs_on) for o in occurrences if o.customer_id == customer_id)


def test_birthday_occurs_on_its_day_this_year(services):
    c = customer(services, "张三", birth_year=1980, birth_month=11, birth_day=25)
    found = services.reminders.due(TODAY)
    assert (ReminderKind.BIRTHDAY.value, date(2026, 11, 25)) in kinds_for(found, c.id)


def test_birthday_outside_the_window_is_not_listed(services):
    c = customer(services, "李四", birth_month=3, birth_day=1)
    assert kinds_for(services.reminders.due(TODAY), c.id) == []


def test_29_february_birthday_falls_on_28_february(services):
    c = customer(services, "王五", birth_year=1996, birth_month=2, birth_day=29)
    found = services.reminders.occurrences(date(2027, 2, 20), date(2027, 3, 5), today=date(2027, 2, 20))
    assert kinds_for(found, c.id) == [("birthday", date(2027, 2, 28))]


def test_lunar_birthday_is_converted_for_the_year(services):
    c = customer(services, "赵六", birthday_calendar=CalendarKind.LUNAR, birth_year=1975,
                 birth_month=10, birth_day=5)
    expected = lunar_on(2026, 10, 5)
    found = services.reminders.occurrences(expected - timedelta(days=2), expected + timedelta(days=2),
                                           today=expected)
    assert kinds_for(found, c.id) == [("birthday", expected)]


def test_lunar_birthday_across_the_year_end(services):
    # lunar 12th month of lunar year 2026 falls in January/February 2027
    c = customer(services, "孙七", birthday_calendar=CalendarKind.LUNAR, birth_month=12, birth_day=8)
    expected = lunar_on(2026, 12, 8)
    assert expected.year == 2027
    found = services.reminders.occurrences(date(2026, 12, 20), date(2027, 2, 28), today=date(2026, 12, 20))
    assert kinds_for(found, c.id) == [("birthday", expected)]


def test_vehicle_dates_and_purchase_anniversary(services):
    c = customer(services, "周八", phone="13800138000")
    services.vehicles.add(c.id, VehicleInput(
        make="大众", model="帕萨特", plate="京A12345", purchase_date=date(2023, 12, 1),
        insurance_expiry=date(2026, 12, 10), inspection_due=date(2026, 12, 20),
        warranty_end=date(2026, 12, 1)))
    found = services.reminders.due(TODAY)
    assert kinds_for(found, c.id) == [
        ("insurance", date(2026, 12, 10)),
        ("inspection", date(2026, 12, 20)),
        ("purchase_anniversary", date(2026, 12, 1)),
        ("warranty", date(2026, 12, 1)),
    ] or sorted(kinds_for(found, c.id)) == sorted([
        ("insurance", date(2026, 12, 10)), ("inspection", date(2026, 12, 20)),
        ("purchase_anniversary", date(2026, 12, 1)), ("warranty", date(2026, 12, 1))])
    insurance = next(o for o in found if o.kind == ReminderKind.INSURANCE)
    assert insurance.plate == "京A·12345"
    assert insurance.shows_from == date(2026, 11, 10)


def test_household_birthday_wedding_custom_and_holiday(services):
    c = customer(services, "吴九", key_account=True)
    services.household.add_member(HouseholdMemberRecord(c.id, "吴小宝", relation="child",
                                                        birth_month=12, birth_day=2))
    services.household.add_date(ImportantDateRecord(c.id, date(2010, 12, 8), "wedding_anniversary"))
    services.household.add_date(ImportantDateRecord(c.id, date(2026, 12, 15), "custom",
                                                    "提车一周年回访", yearly=False))
    found = services.reminders.occurrences(date(2026, 11, 22), date(2027, 1, 5), today=TODAY)
    got = kinds_for(found, c.id)
    assert ("household_birthday", date(2026, 12, 2)) in got
    assert ("wedding_anniversary", date(2026, 12, 8)) in got
    assert ("custom", date(2026, 12, 15)) in got
    assert ("holiday", date(2027, 1, 1)) in got  # New Year, key account only


def test_holidays_only_for_key_accounts(services):
    c = customer(services, "郑十")
    found = services.reminders.occurrences(date(2026, 12, 25), date(2027, 1, 5), today=TODAY)
    assert kinds_for(found, c.id) == []


def test_done_occurrence_does_not_come_back_but_next_years_does(services):
    c = customer(services, "张三", birth_month=11, birth_day=25)
    occ = next(o for o in services.reminders.due(TODAY) if o.customer_id == c.id)
    services.reminders.mark(occ, ReminderState.DONE)
    assert kinds_for(services.reminders.due(TODAY), c.id) == []
    next_year = services.reminders.due(date(2027, 11, 22))
    assert kinds_for(next_year, c.id) == [("birthday", date(2027, 11, 25))]


def test_snoozed_occurrence_returns_on_its_date(services):
    c = customer(services, "张三", birth_month=11, birth_day=25)
    occ = next(o for o in services.reminders.due(TODAY) if o.customer_id == c.id)
    services.reminders.mark(occ, ReminderState.SNOOZED, snoozed_until=date(2026, 11, 24))
    assert kinds_for(services.reminders.due(TODAY), c.id) == []
    back = services.reminders.due(date(2026, 11, 24))
    assert kinds_for(back, c.id) == [("birthday", date(2026, 11, 25))]
    assert back[0].state == ReminderState.SNOOZED


def test_dismissed_stays_away_and_handled_ones_can_be_shown(services):
    c = customer(services, "张三", birth_month=11, birth_day=25)
    occ = next(o for o in services.reminders.due(TODAY) if o.customer_id == c.id)
    services.reminders.mark(occ, ReminderState.DISMISSED)
    assert kinds_for(services.reminders.due(TODAY), c.id) == []
    shown = services.reminders.due(TODAY, include_handled=True)
    assert [o.state for o in shown if o.customer_id == c.id] == [ReminderState.DISMISSED]


def test_filters_by_kind_and_advisor(services):
    wang = services.staff.add("王芳")
    li = services.staff.add("李强")
    a = customer(services, "甲", birth_month=11, birth_day=25, advisor_id=wang.id)
    b = customer(services, "乙", birth_month=11, birth_day=26, advisor_id=li.id)
    mine = services.reminders.due(TODAY, advisor_id=wang.id)
    assert {o.customer_id for o in mine} == {a.id}
    assert services.reminders.due(TODAY, kinds=[ReminderKind.INSURANCE]) == []
    assert {o.customer_id for o in services.reminders.due(TODAY)} == {a.id, b.id}


def test_archived_customers_have_no_reminders(services):
    c = customer(services, "张三", birth_month=11, birth_day=25)
    services.customers.archive(c.id)
    assert kinds_for(services.reminders.due(TODAY), c.id) == []


# ---------------------------------------------------------------- follow-ups
def test_acting_on_a_reminder_makes_a_follow_up_and_hides_the_reminder(services):
    c = customer(services, "张三", birth_month=11, birth_day=25)
    occ = next(o for o in services.reminders.due(TODAY) if o.customer_id == c.id)
    follow_up_id = services.followups.act_on(occ, today=TODAY)
    record = services.followups.get(follow_up_id)
    assert record.reason == FollowUpReason.BIRTHDAY
    assert record.due_date == TODAY
    assert record.status == FollowUpStatus.OPEN
    assert record.occurs_on == date(2026, 11, 25)
    assert kinds_for(services.reminders.due(TODAY), c.id) == []


def test_no_answer_requeues_for_tomorrow_until_it_expires(services):
    c = customer(services, "张三")
    fid = services.followups.create(c.id, FollowUpReason.INSURANCE, TODAY)
    record = services.followups.log_outcome(fid, Outcome.NO_ANSWER, today=TODAY)
    assert record.status == FollowUpStatus.OPEN
    assert record.due_date == TODAY + timedelta(days=1)
    assert record.attempts == 1
    last_day = TODAY + timedelta(days=15)
    record = services.followups.log_outcome(fid, Outcome.NO_ANSWER, today=last_day - timedelta(days=1))
    assert record.status == FollowUpStatus.OPEN and record.due_date == last_day
    record = services.followups.log_outcome(fid, Outcome.NO_ANSWER, today=last_day)
    assert record.status == FollowUpStatus.CANCELLED  # expired unanswered


def test_appointment_closes_and_lands_on_the_timeline(services):
    c = customer(services, "张三")
    fid = services.followups.create(c.id, FollowUpReason.INSPECTION, TODAY)
    record = services.followups.log_outcome(fid, Outcome.APPOINTMENT, "周六上午九点", today=TODAY)
    assert record.status == FollowUpStatus.DONE
    entry = services.timeline.of_customer(c.id)[0]
    assert entry.summary == "周六上午九点"
    assert services.customers.get(c.id).id == c.id


def test_wrong_number_flags_the_phone(services):
    c = customer(services, "张三", phone="13800138000")
    fid = services.followups.create(c.id, FollowUpReason.BIRTHDAY, TODAY)
    services.followups.log_outcome(fid, Outcome.WRONG_NUMBER, today=TODAY)
    sheet = services.callsheet.for_day(TODAY)
    assert all(line.customer_id != c.id for line in sheet.lines)
    fid2 = services.followups.create(c.id, FollowUpReason.OTHER, TODAY)
    line = next(x for x in services.callsheet.for_day(TODAY).lines if x.customer_id == c.id)
    assert line.phone_wrong
    services.followups.clear_wrong_phone(c.id)
    line = next(x for x in services.callsheet.for_day(TODAY).lines if x.customer_id == c.id)
    assert not line.phone_wrong
    assert fid2


def test_closed_follow_up_refuses_another_outcome(services):
    c = customer(services, "张三")
    fid = services.followups.create(c.id, FollowUpReason.OTHER, TODAY)
    services.followups.log_outcome(fid, Outcome.REACHED, today=TODAY)
    with pytest.raises(ValidationError):
        services.followups.log_outcome(fid, Outcome.REACHED, today=TODAY)


def test_escalation_lists_open_follow_ups_three_days_past_due_and_bulk_reassign(services):
    old = services.staff.add("离职顾问")
    new = services.staff.add("接手顾问")
    c = customer(services, "张三")
    late = services.followups.create(c.id, FollowUpReason.OTHER, TODAY - timedelta(days=3), advisor_id=old.id)
    recent = services.followups.create(c.id, FollowUpReason.OTHER, TODAY - timedelta(days=2), advisor_id=old.id)
    assert [f.id for f in services.followups.escalations(TODAY)] == [late]
    assert services.followups.reassign([late, recent], new.id) == 2
    assert services.followups.get(late).advisor_id == new.id


def test_snoozed_follow_up_returns_on_its_day(services):
    c = customer(services, "张三")
    fid = services.followups.create(c.id, FollowUpReason.OTHER, TODAY)
    services.followups.snooze(fid, TODAY + timedelta(days=2))
    assert services.followups.list(active_on=TODAY, statuses=None) == []
    assert [f.id for f in services.followups.list(active_on=TODAY + timedelta(days=2), statuses=None)] == [fid]


# ---------------------------------------------------------------- call sheet
def test_call_sheet_merges_reasons_into_one_line_and_ranks(services):
    wang = services.staff.add("王芳")
    plain = customer(services, "陈一", advisor_id=wang.id, birth_month=11, birth_day=24)
    key = customer(services, "陈二", advisor_id=wang.id, key_account=True, birth_month=11, birth_day=23)
    late = customer(services, "陈三", advisor_id=wang.id, phone="13900001111")
    services.vehicles.add(plain.id, VehicleInput(make="丰田", model="凯美瑞", plate="京B11111",
                                                 insurance_expiry=date(2026, 12, 5)))
    services.followups.create(late.id, FollowUpReason.POST_SERVICE, TODAY - timedelta(days=2))
    sheet = services.callsheet.for_day(TODAY, advisor_id=wang.id)
    assert [line.customer_name for line in sheet.lines] == ["陈三", "陈二", "陈一"]
    assert sheet.lines[1].customer_id == key.id and sheet.lines[1].key_account
    first = sheet.lines[0]
    assert first.overdue and first.reasons[0].follow_up_id is not None
    merged = sheet.lines[2]
    assert sorted(r.kind for r in merged.reasons) == ["birthday", "insurance"]
    assert merged.plates == "京B·11111"
    assert sheet.advisor_name == "王芳"


def test_call_sheet_respects_lead_times(services):
    c = customer(services, "陈四", birth_month=11, birth_day=26)  # 4 days ahead, lead 3
    assert all(line.customer_id != c.id for line in services.callsheet.for_day(TODAY).lines)
    tomorrow = services.callsheet.for_day(TODAY + timedelta(days=1))
    assert any(line.customer_id == c.id for line in tomorrow.lines)
    wider = services.callsheet.for_day(TODAY, lead_days={ReminderKind.BIRTHDAY: 10})
    assert any(line.customer_id == c.id for line in wider.lines)
