"""Field rules: phone numbers, VINs, Chinese plates, e-mail, birthdays.

Each check returns the normalised value or raises `ValidationError` carrying
stable codes; the interface turns codes into words in the person's language.
"""

from __future__ import annotations

import re
from datetime import date

from app.domain.enums import CalendarKind
from app.domain.errors import FieldError, ValidationError
from app.domain.phone_words import extension_word, set_extension_word  # noqa: F401 - said here too

DEFAULT_REGION = "CN"

# phonenumbers and the lunar calendar's library are imported where used: their tables
# load slowly and the window must show before anything needs them.


def _fail(field: str, code: str, detail: str = "") -> ValidationError:
    return ValidationError([FieldError(field, code, detail)])


# ---------------------------------------------------------------- phones
# An extension is stored after the number as "x" and its digits (+861065529988x8001): the
# form phonenumbers reads back, short enough for the 20-character column.
EXTENSION_MARK = "x"
# five digits: a mainland number and its extension then fit the column
_EXTENSION_DIGITS = 5
# 转 / 分机 / 内线 are how an extension is written in Chinese; ext, x, # and , elsewhere
_EXTENSION = re.compile(
    r"^(?P<number>.*?\d[\s\-.()/]*)(?:转|分机号?|内线|extension|ext\.?|x|#|,|;ext=)"
    rf"[\s\-.:：]*(?P<ext>\d{{1,{_EXTENSION_DIGITS}}})$",
    re.IGNORECASE,
)
_STORED_PHONE_LENGTH = 20  # customers.phone is String(20)
_PHONE_SEPARATORS = re.compile(r"[\s\-.()/]")


def _half_width(text: str) -> str:
    """Full-width digits, letters and signs (１３８, Ａ, ＋) as ordinary ones."""
    import unicodedata

    return unicodedata.normalize("NFKC", text or "")


def _split_extension(text: str) -> tuple[str, str]:
    """(number, extension digits) of a typed phone number; '' when it names no extension."""
    match = _EXTENSION.match(text)
    if match:
        return match["number"].strip(), match["ext"]
    return text, ""


def normalize_phone(text: str, field: str = "phone", region: str = DEFAULT_REGION) -> str:
    """Return the number in E.164 form (+8613800138000), with its extension after an "x"
    (+861065529988x8001); '' for an empty field. Full-width digits, dots, +86 / 0086 and
    extensions written 转8001, 分机 8001, -8001, ext 12 or #12 are understood."""
    import phonenumbers

    text = _half_width(text).strip()
    if not text:
        return ""
    number_text, extension = _split_extension(text)
    if text.startswith("00"):
        number_text = "+" + number_text[2:]
    try:
        number = phonenumbers.parse(number_text, region)
    except phonenumbers.NumberParseException as exc:
        raise _fail(field, "phone_invalid", str(exc)) from None
    if not phonenumbers.is_valid_number(number) and not extension:
        # 010-6552 9988-8001: the last group after a dash is the extension
        head, dash, tail = number_text.rpartition("-")
        if dash and tail.strip().isdigit() and len(tail.strip()) <= _EXTENSION_DIGITS:
            try:
                number = phonenumbers.parse(head, region)
            except phonenumbers.NumberParseException:
                raise _fail(field, "phone_invalid", text) from None
            extension = tail.strip()
    if not phonenumbers.is_valid_number(number):
        raise _fail(field, "phone_invalid", text)
    extension = extension or (number.extension or "")
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    stored = e164 + (EXTENSION_MARK + extension if extension else "")
    if len(extension) > _EXTENSION_DIGITS or len(stored) > _STORED_PHONE_LENGTH:
        raise _fail(field, "phone_invalid", text)
    return stored


def _parse_stored(stored: str):
    """A stored number (E.164, perhaps with x and an extension) parsed, None if unreadable."""
    import phonenumbers

    try:
        return phonenumbers.parse(stored, None)
    except phonenumbers.NumberParseException:
        return None


def phone_extension(stored: str) -> str:
    """The extension of a stored number ('' when it has none)."""
    number, _, extension = (stored or "").partition(EXTENSION_MARK)
    return extension


def phone_digits(e164: str) -> str:
    """The digits a person would type to find the number (national significant number,
    without the extension)."""
    if not e164:
        return ""
    number = _parse_stored(e164)
    if number is None:
        return re.sub(r"\D", "", e164.partition(EXTENSION_MARK)[0])
    import phonenumbers

    return phonenumbers.national_significant_number(number)


def _national_digits(number) -> str:
    """The digits of the national form, trunk prefix included (010 6552 9988 -> 01065529988)."""
    import phonenumbers

    plain = phonenumbers.PhoneNumber(
        country_code=number.country_code,
        national_number=number.national_number,
        italian_leading_zero=number.italian_leading_zero,
        number_of_leading_zeros=number.number_of_leading_zeros,
    )
    national = phonenumbers.format_number(plain, phonenumbers.PhoneNumberFormat.NATIONAL)
    return re.sub(r"\D", "", national)


def phone_search_forms(stored: str, region: str = DEFAULT_REGION) -> list[str]:
    """The digit strings a stored number is found by, its extension after each: at home the
    national digits as the card shows them (13800138000, 01065529988); abroad the country
    code and the number (85291234567) and the national digits if they differ (0912345678)."""
    if not stored:
        return []
    if len(stored) == 14 and stored.startswith("+861"):
        return [stored[3:]]  # mainland mobiles, most of any book: no parse
    number = _parse_stored(stored)
    extension = phone_extension(stored)
    if number is None:
        digits = re.sub(r"\D", "", stored)
        return [digits] if digits else []
    import phonenumbers

    national = _national_digits(number)
    if phonenumbers.region_code_for_number(number) == region:
        return [national + extension]
    forms = [str(number.country_code) + phonenumbers.national_significant_number(number) + extension]
    if national + extension not in forms[0]:
        forms.append(national + extension)
    return forms


def phone_query(text: str, region: str = DEFAULT_REGION) -> str:
    """A search query that is a phone number (or part of one) as the search keys hold it,
    '' when the text is not one. +86 / 0086 / 86 before a whole number are dropped, other
    country codes kept without + or 00, an extension's digits put after the number."""
    text = _half_width(text).strip()
    number_text, extension = _split_extension(text)
    digits = _PHONE_SEPARATORS.sub("", number_text)
    if extension and len(digits.lstrip("+")) < 7:
        return ""  # "4X9012" is part of a VIN, not a number with an extension
    # 00 dials abroad only before a whole number: "0013" is the middle of 138 0013 8000
    international = digits.startswith("+") or (digits.startswith("00") and len(digits) >= 10)
    digits = digits[1:] if digits.startswith("+") else digits[2:] if international else digits
    if not digits.isdigit() or not digits.isascii():
        return ""
    import phonenumbers

    code = phonenumbers.country_code_for_region(region)
    prefix = str(code)
    if international and digits.startswith(prefix):
        digits = digits[len(prefix):]
    elif not international and digits.startswith(prefix) and len(digits) >= 12:
        # 86 13800138000 typed without +: no national number is that long and starts so
        try:
            whole = phonenumbers.is_valid_number(phonenumbers.parse("+" + digits, None))
        except phonenumbers.NumberParseException:
            whole = False
        if whole:
            digits = digits[len(prefix):]
    return digits + extension


def format_phone(e164: str, region: str = DEFAULT_REGION) -> str:
    """How a stored number is shown: national form at home, international otherwise; an
    extension after the language's word (set_extension_word), else after 转 at home
    (010 6552 9988 转 8001) and ext. abroad."""
    if not e164:
        return ""
    if region == "CN" and len(e164) == 14 and e164.startswith("+861"):
        # mainland mobiles, most of any list: 138 0013 8000 without a parse
        return f"{e164[3:6]} {e164[6:10]} {e164[10:]}"
    number = _parse_stored(e164)
    if number is None:
        return e164
    import phonenumbers

    extension = phone_extension(e164)
    number.extension = None
    at_home = phonenumbers.region_code_for_number(number) == region
    shown = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL
                                       if at_home else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if not extension:
        return shown
    word = extension_word() or (
        "转" if at_home and region == "CN" else "ext.")
    return f"{shown} {word} {extension}"


def mask_phone(e164: str) -> str:
    """138****5678: for lists and prints where the full number is not needed."""
    digits = phone_digits(e164)
    if len(digits) < 7:
        return digits
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


MASK = "****"


def mask_address(address: str) -> str:
    """北京市朝阳区****: the first part of an address (the city and district a list may
    need), the rest hidden."""
    text = (address or "").strip()
    if not text:
        return ""
    keep = min(6, len(text) // 3)
    return text[:keep] + MASK


def is_masked(value: str) -> bool:
    """Whether a value is a masked one (given back unchanged by a card that never showed
    the full value)."""
    return "*" * 3 in (value or "")


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


# ISO 3780 gives China the WMIs starting L and H; GB 16735 makes the check digit
# compulsory for every one of them. North America (1-5) mandates it too.
_CHECKED_WMI_STARTS = "LH12345"


def vin_requires_check_digit(vin: str) -> bool:
    """China (GB 16735: WMIs L... and H...) and North America (1-5...) mandate the check digit."""
    return bool(vin) and vin[0] in _CHECKED_WMI_STARTS


def normalize_vin(text: str, field: str = "vin") -> str:
    """A VIN upper case, without spaces or dashes, full-width characters as ordinary ones."""
    vin = re.sub(r"[\s\-]", "", _half_width(text)).upper()
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
# an embassy's car: 使, the mission's three digits, then three more (使224·001)
_EMBASSY_PLATE = re.compile(r"^使[0-9]{6}$")


def plate_key(text: str) -> str:
    """A plate as typed for search: upper case, no separators, full-width as ordinary."""
    return re.sub(r"[\s·•・.\-_]", "", _half_width(text)).upper()


def normalize_plate(text: str, field: str = "plate") -> str:
    """Return the plate as stored and shown: 京A·12345, 使224·001."""
    key = plate_key(text)
    if not key:
        return ""
    if _EMBASSY_PLATE.match(key):
        return f"{key[:4]}·{key[4:]}"
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
