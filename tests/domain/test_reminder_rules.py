"""The reminder rules, one per kind, in milliseconds (app.domain.reminder_rules)."""

from datetime import date

from app.domain.enums import Holiday, ReminderKind
from app.domain.recurrence import lunar_on
from app.domain.reminder_records import Occurrence
from app.domain.reminder_rules import RULES, ReminderWindow, dates_of, occurrence_maker

YEAR_2027 = ReminderWindow(date(2027, 1, 1), date(2027, 12, 31))


def test_every_kind_has_a_rule():
    assert set(RULES) == set(ReminderKind)


def test_the_first_purchase_anniversary_is_a_year_after_the_purchase():
    window = ReminderWindow(date(2026, 1, 1), date(2028, 12, 31))
    assert window.purchase_anniversary(315, 2026) == (date(2027, 3, 15), date(2028, 3, 15))
    assert dates_of(ReminderKind.PURCHASE_ANNIVERSARY, window, 315, 2027) == (date(2028, 3, 15),)
    assert window.purchase_anniversary(None, 2020) == ()


def test_a_29_february_birthday_or_purchase_falls_on_28_february_in_common_years():
    assert YEAR_2027.birthday("solar", 2, 29) == (date(2027, 2, 28),)
    assert YEAR_2027.purchase_anniversary(229, 2024) == (date(2027, 2, 28),)


def test_a_lunar_birthday_is_converted_for_the_year_and_keeps_its_leap_month():
    assert YEAR_2027.birthday("lunar", 8, 15, False) == (lunar_on(2027, 8, 15),)
    assert dates_of(ReminderKind.HOUSEHOLD_BIRTHDAY, YEAR_2027, "lunar", 1, 1, False) == (
        date(2027, 2, 6),)
    assert YEAR_2027.birthday("solar", None, 5) == ()


def test_a_car_s_due_date_is_due_once_inside_the_window_ends_included():
    for kind in (ReminderKind.INSURANCE, ReminderKind.INSPECTION, ReminderKind.WARRANTY,
                 ReminderKind.MAINTENANCE):
        assert dates_of(kind, YEAR_2027, date(2027, 12, 31)) == (date(2027, 12, 31),)
        assert dates_of(kind, YEAR_2027, date(2028, 1, 1)) == ()
        assert dates_of(kind, YEAR_2027, None) == ()
    assert YEAR_2027.due_range == (date(2027, 1, 1), date(2027, 12, 31))


def test_a_yearly_dated_item_recurs_from_its_date_on_and_a_one_off_is_its_date():
    window = ReminderWindow(date(2026, 1, 1), date(2027, 12, 31))
    wedding = date(2026, 6, 1)
    assert window.dated_item(wedding, True) == (date(2026, 6, 1), date(2027, 6, 1))
    assert window.dated_item(date(2026, 6, 2), True) == (date(2026, 6, 2), date(2027, 6, 2))
    assert window.dated_item(date(2027, 6, 2), True) == (date(2027, 6, 2),)
    assert dates_of(ReminderKind.CUSTOM, window, date(2027, 3, 3), False) == (date(2027, 3, 3),)
    assert dates_of(ReminderKind.CUSTOM, window, date(2028, 3, 3), False) == ()


def test_holidays_of_the_window():
    window = ReminderWindow(date(2026, 12, 25), date(2027, 1, 5))
    assert window.holidays() == [(Holiday.NEW_YEAR, date(2027, 1, 1))]
    assert dates_of(ReminderKind.HOLIDAY, window) == (date(2027, 1, 1),)


def test_an_empty_window_yields_nothing():
    window = ReminderWindow(date(2027, 3, 2), date(2027, 3, 1))
    assert window.birthday("solar", 3, 1) == () and window.holidays() == []
    assert window.due_date(date(2027, 3, 1)) == ()


def test_occurrences_are_made_by_keyword_through_one_factory():
    make = occurrence_maker(kind=ReminderKind.INSURANCE, lead_days=30, advisor_names={7: "王芳"})
    made = make(source_id=3, occurs_on=date(2027, 1, 2), customer=(5, "张三", "138", 7, 1),
                vehicle=(3, "京A12345", "丰田 卡罗拉"))
    assert made == Occurrence(kind=ReminderKind.INSURANCE, source_id=3, customer_id=5,
                              occurs_on=date(2027, 1, 2), lead_days=30, customer_name="张三",
                              phone="138", advisor_id=7, advisor_name="王芳", vehicle_id=3,
                              plate="京A12345", vehicle="丰田 卡罗拉", key_account=True)
    assert make(source_id=5, occurs_on=date(2027, 1, 2), customer=(5, "张三", "", None, 0)
                ).vehicle_id is None
    # the positional form the hot loops use makes the very same occurrence
    assert make.one(3, date(2027, 1, 2), (5, "张三", "138", 7, 1), 3, "京A12345",
                    "丰田 卡罗拉") == made
    assert make.one(5, date(2027, 1, 2), (5, "张三", "", None, 0), detail="x") == Occurrence(
        kind=ReminderKind.INSURANCE, source_id=5, customer_id=5, occurs_on=date(2027, 1, 2),
        lead_days=30, customer_name="张三", detail="x")
