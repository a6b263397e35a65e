"""Field rules: phones, VINs, plates, e-mail, dates and birthdays."""

from datetime import date

import pytest

from app.domain.enums import CalendarKind
from app.domain.errors import ValidationError
from app.domain.validation import (
    check_birthday,
    format_phone,
    lunar_to_solar,
    mask_phone,
    normalize_email,
    normalize_phone,
    normalize_plate,
    normalize_vin,
    parse_date,
    phone_digits,
    plate_key,
    solar_to_lunar,
    vin_check_digit,
)


def refused(call, *args, **kwargs) -> dict[str, str]:
    """The field -> code map of the ValidationError the call raises."""
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value.codes()


# ---------------------------------------------------------------- phones
@pytest.mark.parametrize(
    "typed",
    [
        "13800138000",
        "138 0013 8000",
        "138-0013-8000",
        " 138 0013 8000 ",
        "+86 138 0013 8000",
        "+8613800138000",
        "+86-138-0013-8000",
    ],
)
def test_cn_mobile_is_stored_in_e164(typed):
    assert normalize_phone(typed) == "+8613800138000"


@pytest.mark.parametrize("typed", ["010-65529988", "010 6552 9988", "(010) 6552-9988"])
def test_beijing_landline_with_trunk_prefix_is_stored_in_e164(typed):
    assert normalize_phone(typed) == "+861065529988"


def test_shenzhen_landline_with_four_digit_area_code_is_stored_in_e164():
    assert normalize_phone("0755-86013388") == "+8675586013388"


def test_foreign_number_with_country_code_is_kept():
    assert normalize_phone("+1 650 253 0000") == "+16502530000"


def test_empty_phone_is_empty():
    assert normalize_phone("") == ""
    assert normalize_phone("   ") == ""


@pytest.mark.parametrize("typed", ["12345", "abc", "138 0013 800", "1380013800099", "+86 999"])
def test_invalid_phone_is_refused_with_phone_invalid(typed):
    assert refused(normalize_phone, typed) == {"phone": "phone_invalid"}


def test_phone_error_names_the_field_it_was_checked_for():
    assert refused(normalize_phone, "123", field="phone_alt") == {"phone_alt": "phone_invalid"}


def test_phone_digits_are_the_national_number_without_country_code():
    assert phone_digits("+8613800138000") == "13800138000"
    assert phone_digits("+861065529988") == "1065529988"
    assert phone_digits("") == ""


def test_cn_numbers_are_shown_in_national_form():
    assert format_phone("+8613800138000") == "138 0013 8000"
    assert format_phone("+861065529988") == "010 6552 9988"


def test_foreign_numbers_are_shown_in_international_form():
    assert format_phone("+16502530000") == "+1 650-253-0000"


def test_format_phone_of_empty_is_empty():
    assert format_phone("") == ""


def test_mobile_is_masked_keeping_first_three_and_last_four_digits():
    assert mask_phone("+8613800138000") == "138****8000"


def test_mask_of_empty_phone_is_empty():
    assert mask_phone("") == ""


# ---------------------------------------------------------------- VINs
CN_VIN_VALID = "LSVAU218XN2183294"  # Chinese WMI, check character X
US_VIN_VALID = "1HGCM82633A004352"  # North American WMI, check digit 3


def test_vin_check_digit_is_computed_per_iso_3779():
    assert vin_check_digit(CN_VIN_VALID) == "X"
    assert vin_check_digit(US_VIN_VALID) == "3"


@pytest.mark.parametrize("vin", [CN_VIN_VALID, US_VIN_VALID])
def test_vin_with_correct_check_digit_is_accepted(vin):
    assert normalize_vin(vin) == vin


def test_vin_is_upper_cased_and_stripped_of_spaces_and_dashes():
    assert normalize_vin(" lsvau218x-n218 3294 ") == CN_VIN_VALID


@pytest.mark.parametrize(
    "vin",
    [
        CN_VIN_VALID[:8] + "0" + CN_VIN_VALID[9:],  # China (GB 16735)
        US_VIN_VALID[:8] + "4" + US_VIN_VALID[9:],  # North America
    ],
)
def test_vin_with_wrong_check_digit_is_refused_for_check_digit_regions(vin):
    assert refused(normalize_vin, vin) == {"vin": "vin_check_digit"}


@pytest.mark.parametrize("ninth", ["Z", "0", "7", "X"])
def test_european_vin_is_accepted_with_any_ninth_character(ninth):
    vin = "WVWZZZ1J" + ninth + "XW000001"
    assert len(vin) == 17
    assert normalize_vin(vin) == vin


@pytest.mark.parametrize("letter", ["I", "O", "Q"])
def test_vin_with_i_o_or_q_is_refused(letter):
    vin = "WVWZZZ1JZXW00000" + letter
    assert refused(normalize_vin, vin) == {"vin": "vin_chars"}


@pytest.mark.parametrize("vin", ["LSVAU218XN218329", "LSVAU218XN21832945", "LSV"])
def test_vin_of_wrong_length_is_refused(vin):
    assert refused(normalize_vin, vin) == {"vin": "vin_length"}


def test_empty_vin_is_empty():
    assert normalize_vin("") == ""


# ---------------------------------------------------------------- plates
def test_plate_is_stored_with_middle_dot():
    assert normalize_plate("京A·12345") == "京A·12345"


@pytest.mark.parametrize("typed", ["京a12345", "京A12345", "京A 12345", "京a-12345", " 京a.12345 "])
def test_plate_in_lower_case_or_without_separator_is_normalised(typed):
    assert normalize_plate(typed) == "京A·12345"


def test_plate_with_letters_in_the_serial_is_accepted():
    assert normalize_plate("沪b8z9k7") == "沪B·8Z9K7"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("京AD12345", "京A·D12345"),  # small new-energy car: D/F first
        ("京a·f12345", "京A·F12345"),
        ("粤B12345D", "粤B·12345D"),  # large new-energy vehicle: D/F last
    ],
)
def test_new_energy_plate_with_six_characters_is_accepted(typed, stored):
    assert normalize_plate(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "港A12345",  # not a province abbreviation
        "XA12345",
        "京I12345",  # I is never used on plates
        "京A1234I",
        "京A1234",  # too short
        "京A",
        "京A1234567",  # too long
        "京AX12345",  # six characters but not a new-energy pattern
    ],
)
def test_malformed_plate_is_refused(typed):
    assert refused(normalize_plate, typed) == {"plate": "plate_invalid"}


def test_plate_key_is_upper_case_without_separators():
    assert plate_key("京a·123 45") == "京A12345"


def test_empty_plate_is_empty():
    assert normalize_plate("") == ""


# ---------------------------------------------------------------- e-mail
def test_email_is_stored_trimmed():
    assert normalize_email("  wang.li@example.com.cn ") == "wang.li@example.com.cn"


@pytest.mark.parametrize("typed", ["wang", "wang@example", "wang li@example.com", "a@@b.cn", "@b.cn"])
def test_malformed_email_is_refused(typed):
    assert refused(normalize_email, typed) == {"email": "email_invalid"}


def test_empty_email_is_allowed():
    assert normalize_email("") == ""


# ---------------------------------------------------------------- dates
@pytest.mark.parametrize(
    "typed", ["2024-03-01", "2024/3/1", "2024.3.1", "2024年3月1日", "2024年03月01", " 2024-3-1 "]
)
def test_common_date_forms_are_read(typed):
    assert parse_date(typed, "purchase_date") == date(2024, 3, 1)


def test_empty_date_is_none():
    assert parse_date("", "purchase_date") is None
    assert parse_date("  ", "purchase_date") is None


@pytest.mark.parametrize("typed", ["01/03/2024", "2024-3", "tomorrow"])
def test_unknown_date_form_is_refused_naming_the_field(typed):
    assert refused(parse_date, typed, "purchase_date") == {"purchase_date": "date_invalid"}


@pytest.mark.parametrize("typed", ["2023-02-29", "2024-13-01", "2026-02-30"])
def test_well_formed_day_that_does_not_exist_is_refused_as_such(typed):
    assert refused(parse_date, typed, "purchase_date") == {"purchase_date": "date_nonexistent"}


# ---------------------------------------------------------------- birthdays
TODAY = date(2024, 6, 15)
SOLAR = CalendarKind.SOLAR
LUNAR = CalendarKind.LUNAR


def birthday_error(*args, **kwargs) -> str:
    return refused(check_birthday, *args, today=TODAY, **kwargs)["birthday"]


def test_empty_birthday_is_allowed():
    check_birthday(SOLAR, None, None, None, today=TODAY)


def test_solar_birthday_with_year_is_accepted():
    check_birthday(SOLAR, 1985, 7, 14, today=TODAY)


def test_solar_29_february_without_year_is_accepted():
    check_birthday(SOLAR, None, 2, 29, today=TODAY)


def test_solar_29_february_in_a_common_year_is_refused():
    assert birthday_error(SOLAR, 2023, 2, 29) == "birthday_invalid"


def test_solar_30_february_is_refused():
    assert birthday_error(SOLAR, None, 2, 30) == "birthday_invalid"


def test_solar_birthday_later_this_year_is_refused_as_future():
    assert birthday_error(SOLAR, 2024, 6, 16) == "birthday_future"


def test_solar_birthday_today_is_accepted():
    check_birthday(SOLAR, 2024, 6, 15, today=TODAY)


def test_birth_year_after_this_year_is_refused():
    assert birthday_error(SOLAR, 2025, 1, 1) == "birthday_year"


def test_birth_year_before_1900_is_refused():
    assert birthday_error(SOLAR, 1899, 1, 1) == "birthday_year"


def test_birthday_with_day_but_no_month_is_incomplete():
    assert birthday_error(SOLAR, None, None, 5) == "birthday_incomplete"
    assert birthday_error(SOLAR, 1990, 5, None) == "birthday_incomplete"


def test_solar_birthday_cannot_be_marked_leap():
    assert birthday_error(SOLAR, None, 3, 1, leap=True) == "birthday_invalid"


def test_lunar_birthday_without_year_is_accepted():
    check_birthday(LUNAR, None, 8, 15, today=TODAY)


def test_lunar_day_30_without_year_is_accepted():
    check_birthday(LUNAR, None, 1, 30, today=TODAY)


def test_lunar_leap_second_month_is_valid_in_2023():
    # 2023 had 闰二月
    check_birthday(LUNAR, 2023, 2, 10, leap=True, today=TODAY)


def test_lunar_leap_fourth_month_is_valid_in_2020():
    # 2020 had 闰四月
    check_birthday(LUNAR, 2020, 4, 10, leap=True, today=TODAY)


@pytest.mark.parametrize(("year", "month"), [(2023, 4), (2020, 2), (2024, 2), (2022, 6)])
def test_lunar_leap_month_is_refused_in_a_year_without_that_leap_month(year, month):
    assert birthday_error(LUNAR, year, month, 10, leap=True) == "birthday_invalid"


def test_lunar_leap_month_without_year_needs_a_year():
    assert birthday_error(LUNAR, None, 2, 10, leap=True) == "birthday_leap_needs_year"


def test_lunar_day_30_in_a_short_month_is_refused_when_year_given():
    # lunar 2024 month 1 (正月) has 29 days; month 2 has 30
    assert birthday_error(LUNAR, 2024, 1, 30) == "birthday_invalid"
    check_birthday(LUNAR, 2024, 2, 30, today=TODAY)


@pytest.mark.parametrize(("month", "day"), [(13, 1), (0, 1), (1, 31), (1, 0)])
def test_lunar_month_or_day_out_of_range_is_refused(month, day):
    assert birthday_error(LUNAR, None, month, day) == "birthday_invalid"


def test_lunar_birthday_falling_after_today_is_refused_as_future():
    # lunar 2024-12-01 is 2024-12-31 in the solar calendar: after TODAY (2024-06-15).
    assert lunar_to_solar(2024, 12, 1) > TODAY
    assert birthday_error(LUNAR, 2024, 12, 1) == "birthday_future"


def test_lunar_and_solar_conversion_round_trips():
    assert lunar_to_solar(2023, 2, 1, leap=True) == date(2023, 3, 22)
    assert solar_to_lunar(date(2023, 3, 22)) == (2023, 2, 1, True)
