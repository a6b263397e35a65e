"""Field rules: phone numbers, VINs, Chinese plates, e-mail, birthdays.

Each check returns the normalised value or raises `ValidationError` carrying
stable codes; the interface turns codes into words in the person's language.
"""

from __future__ import annotations

import re
from datetime import date

from app.domain.enums import CalendarKind
from app.domain.errors import FieldError, ValidationError

DEFAULT_REGION = "CN"

# phonenumbers and the lunar calendar's library are imported where used: their tables
# load slowly and the window must show before anything needs them.


def _fail(field: str, code: str, detail: str = "") -> ValidationError:
    return ValidationError([FieldError(field, code, detail)])


# ---------------------------------------------------------------- phones
def normalize_phone(text: str, field: str = "phone", region: str = DEFAULT_REGION) -> str:
    """Return the number in E.164 form (+8613800138000), '' for an empty field."""
    import phonenumbers
    text = (text or "").strip()
    if not text:
        return ""
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise _fail(field, "phone_invalid", str(exc)) from None
    if not phonenumbers.is_valid_number(number):
        raise _fail(field, "phone_invalid", text)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_digits(e164: str) -> str:
    """The digits a person would type to find the number (national significant number)."""
    import phonenumbers
    if not e164:
        return ""
    try:
        return phonenumbers.national_significant_number(phonenumbers.parse(e164, None))
    except phonenumbers.NumberParseException:
        return re.sub(r"\D", "", e164)


def format_phone(e164: str, region: str = DEFAULT_REGION) -> str:
    """How a stored number is shown: national form at home, international otherwise."""
    if not e164:
        return ""
    if region == "CN" and len(e164) == 14 and e164.startswith("+861"):
        # mainland mobiles, most of any list: 138 0013 8000 without a parse
        return f"{e164[3:6]} {e164[6:10]} {e164[10:]}"
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == region:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def mask_phone(e164: str) -> str:
    """138****5678: for lists and prints where the full number is not needed."""
    digits = phone_digits(e164)
    if len(digits) < 7:
        return digits
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


# ---------------------------------------------------------------- VINs
_VIN_CHARS = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")
_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check_digit(vin: str) -> str:
    """The ISO 3779 / GB 16735 check character (position 9) for a 17-character VIN."""
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin.upper(), _VIN_WEIGHTS, strict=True))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def vin_requires_check_digit(vin: str) -> bool:
    """China (GB 16735, L...) and North America (1-5...) mandate the check digit."""
    return vin[:1] in "L12345"


def normalize_vin(text: str, field: str = "vin") -> str:
    vin = re.sub(r"[\s\-]", "", (text or "")).upper()
    if not vin:
        return ""
    if len(vin) != 17:
        raise _fail(field, "vin_length", vin)
    if not _VIN_CHARS.match(vin):
        raise _fail(field, "vin_chars", vin)
    if vin_requires_check_digit(vin) and vin[8] != vin_check_digit(vin):
        raise _fail(field, "vin_check_digit", vin)
    return vin


# ---------------------------------------------------------------- plates
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_LETTER = "A-HJ-NP-Z"
_PLATE = re.compile(
    rf"^[{PROVINCES}][{_LETTER}]"
    rf"(?:[{_LETTER}0-9]{{4}}[{_LETTER}0-9挂学警港澳领]"  # ordinary: 5 characters
    rf"|[DF][{_LETTER}0-9][0-9]{{4}}|[0-9]{{5}}[DF])$"  # new energy: 6 characters
)


def plate_key(text: str) -> str:
    """A plate as typed for search: upper case, no separators."""
    return re.sub(r"[\s·•.\-_]", "", text or "").upper()


def normalize_plate(text: str, field: str = "plate") -> str:
    """Return the plate as stored and shown: 京A·12345."""
    key = plate_key(text)
    if not key:
        return ""
    if not _PLATE.match(key):
        raise _fail(field, "plate_invalid", text)
    return f"{key[:2]}·{key[2:]}"


# ---------------------------------------------------------------- e-mail
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def normalize_email(text: str, field: str = "email") -> str:
    email = (text or "").strip()
    if email and not _EMAIL.match(email):
        raise _fail(field, "email_invalid", email)
    return email


# ---------------------------------------------------------------- dates
def parse_date(text: str, field: str) -> date | None:
    """ISO dates (2024-03-01) and the common 2024/3/1 and 2024.3.1 forms.

    A text not in one of these forms is refused as "date_invalid"; one in the right form
    naming a day that does not exist (2026-02-30, 2024-13-01) as "date_nonexistent"."""
    text = (text or "").strip()
    if not text:
        return None
    match = re.match(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$", text)
    if not match:
        raise _fail(field, "date_invalid", text)
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:  # the form was right: the day is not in the calendar
        raise _fail(field, "date_nonexistent", text) from None


def check_birthday(
    calendar: CalendarKind,
    year: int | None,
    month: int | None,
    day: int | None,
    leap: bool = False,
    field: str = "birthday",
    today: date | None = None,
) -> None:
    """A birthday may be empty, solar or lunar; the year is optional."""
    if month is None and day is None and year is None:
        return
    if month is None or day is None:
        raise _fail(field, "birthday_incomplete")
    today = today or date.today()
    if year is not None and not (1900 <= year <= today.year):
        raise _fail(field, "birthday_year")
    if calendar == CalendarKind.SOLAR:
        if leap:
            raise _fail(field, "birthday_invalid")
        try:
            date(year or 2000, month, day)  # 2000 is a leap year: 29 Feb allowed
        except ValueError:
            raise _fail(field, "birthday_invalid") from None
        if year is not None and date(year, month, day) > today:
            raise _fail(field, "birthday_future")
        return
    if not (1 <= month <= 12 and 1 <= day <= 30):
        raise _fail(field, "birthday_invalid")
    if year is not None:
        if lunar_to_solar(year, month, day, leap, field) > today:
            raise _fail(field, "birthday_future")
    elif leap:
        raise _fail(field, "birthday_leap_needs_year")


def lunar_to_solar(
    year: int, month: int, day: int, leap: bool = False, field: str = "birthday"
) -> date:
    """The solar date of a lunar date; ValidationError "birthday_invalid" when that day does
    not exist, "lunar_out_of_range" outside lunar years 1900-2100."""
    from app.domain import lunar

    try:
        return lunar.to_solar(year, month, day, leap)
    except lunar.LunarRangeError:
        raise _fail(field, "lunar_out_of_range", str(year)) from None
    except ValueError:
        raise _fail(field, "birthday_invalid") from None


def solar_to_lunar(value: date, field: str = "birthday") -> tuple[int, int, int, bool]:
    """(lunar year, month, day, leap) of a solar date; ValidationError "lunar_out_of_range"
    outside the lunar calendar's range (31 Jan 1900 to 28 Jan 2101), never a wrong year."""
    from app.domain import lunar

    try:
        return lunar.from_solar(value)
    except lunar.LunarRangeError:
        raise _fail(field, "lunar_out_of_range", value.isoformat()) from None
