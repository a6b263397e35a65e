"""Phone numbers against the numbering plan as the phonenumbers library knows it (its
metadata and example numbers, not our idea of them): what is stored, what is shown, and
that a number typed as people type it is read by search as the keys hold it."""

import phonenumbers
import pytest
from phonenumbers import PhoneNumberFormat as Format
from phonenumbers import PhoneNumberType as Type

from app.domain.search import normalize_query, search_keys
from app.domain.validation import (
    format_phone,
    normalize_phone,
    phone_digits,
    phone_extension,
    phone_search_forms,
)


def fields(stored: str) -> list[str]:
    return search_keys("", phones=[stored]).strip("|").split("|")


def finds(query: str, stored: str) -> bool:
    """What search does: the normalised query is a substring of a key field."""
    q = normalize_query(query)
    return bool(q) and any(q in f for f in fields(stored))


def mainland_area_codes() -> list[tuple[str, str]]:
    """(area code with trunk 0, a valid landline there) for every area code the numbering
    plan places somewhere (phonenumbers' geocoder names a place for it)."""
    from phonenumbers import geocoder

    found = []
    candidates = ["10"] + [f"2{d}" for d in range(10)] + [str(n) for n in range(300, 1000)]
    for code in candidates:
        for subscriber in ("65529988", "6552998"):
            number = phonenumbers.parse(f"0{code}{subscriber}", "CN")
            national = phonenumbers.format_number(number, Format.NATIONAL)
            # dialled with the trunk 0 and placed somewhere: not a 400 or 95xxx number
            if (
                phonenumbers.is_valid_number(number)
                and national.startswith("0" + code)
                and geocoder.description_for_number(number, "zh")
            ):
                found.append(("0" + code, national))
                break
    return found


AREA_CODES = mainland_area_codes()


def test_the_numbering_plan_gives_hundreds_of_mainland_area_codes():
    assert len(AREA_CODES) > 300
    assert ("010", "010 6552 9988") in AREA_CODES


@pytest.mark.parametrize(("area_code", "national"), AREA_CODES)
def test_a_landline_is_found_as_the_card_shows_it_and_by_its_area_code(area_code, national):
    stored = normalize_phone(national)
    reference = phonenumbers.parse(national, "CN")
    assert stored == phonenumbers.format_number(reference, Format.E164)
    assert format_phone(stored) == national
    international = phonenumbers.format_number(reference, Format.INTERNATIONAL)
    for typed in (national, national.replace(" ", ""), area_code, international,
                  "00" + international[1:], international[1:], national.replace(" ", ".")):
        assert finds(typed, stored), typed


def examples():
    """phonenumbers' own example numbers of mainland China, Hong Kong, Macau, Taiwan and the
    United States: fixed lines, mobiles and toll-free numbers."""
    for region in ("CN", "HK", "MO", "TW", "US"):
        for kind in (Type.FIXED_LINE, Type.MOBILE, Type.TOLL_FREE):
            number = phonenumbers.example_number_for_type(region, kind)
            yield pytest.param(region, number, id=f"{region}-{kind}")


@pytest.mark.parametrize(("region", "number"), list(examples()))
def test_an_example_number_typed_as_shown_is_stored_shown_and_found(region, number):
    e164 = phonenumbers.format_number(number, Format.E164)
    international = phonenumbers.format_number(number, Format.INTERNATIONAL)
    national = phonenumbers.format_number(number, Format.NATIONAL)
    typed_forms = [international, e164, "00" + e164[1:]]
    if region == "CN":
        typed_forms.append(national)
    for typed in typed_forms:
        assert normalize_phone(typed) == e164, typed
    shown = format_phone(e164)
    assert shown == (national if region == "CN" else international)
    for typed in [*typed_forms, shown]:
        assert finds(typed, e164), typed
    if region != "CN":
        # as dialled at home (9123 4567 in Hong Kong, 0912 345 678 in Taiwan)
        assert finds(national, e164)


@pytest.mark.parametrize(
    "typed",
    [
        "１３１ ２３４５ ６７８９",  # full-width digits
        "＋８６ １３１ ２３４５ ６７８９",
        "131.2345.6789",
        "+86 131 2345 6789",
        "0086 131 2345 6789",
        "86 131 2345 6789",
        "8613123456789",
        "(+86) 131-2345-6789",
    ],
)
def test_a_mobile_typed_any_common_way_is_stored_and_found(typed):
    number = phonenumbers.example_number_for_type("CN", Type.MOBILE)
    e164 = phonenumbers.format_number(number, Format.E164)
    assert normalize_phone(typed) == e164
    assert finds(typed, e164)


@pytest.mark.parametrize(
    ("typed", "extension"),
    [
        ("010 6552 9988 转 8001", "8001"),
        ("010-6552 9988转8001", "8001"),
        ("010-65529988-8001", "8001"),
        ("010 6552 9988 分机 801", "801"),
        ("010 6552 9988 ext 12", "12"),
        ("010 6552 9988 ext. 12", "12"),
        ("(010) 6552 9988 x12", "12"),
        ("010 6552 9988#8001", "8001"),
        ("０１０ ６５５２ ９９８８ 转 ８００１", "8001"),
    ],
)
def test_an_extension_is_kept_shown_after_zhuan_and_found(typed, extension):
    stored = normalize_phone(typed)
    number = phonenumbers.parse(stored, None)
    assert number.extension == extension  # phonenumbers reads our stored form back
    assert phonenumbers.format_number(number, Format.E164) == "+861065529988"
    assert phone_extension(stored) == extension
    assert phone_digits(stored) == "1065529988"
    assert format_phone(stored) == f"010 6552 9988 转 {extension}"
    for query in (typed, "010 6552 9988", f"010 6552 9988 转 {extension}", "6552 9988"):
        assert finds(query, stored), query


def test_an_extension_of_a_foreign_number_is_shown_after_ext():
    stored = normalize_phone("+852 2123 4567 ext 88")
    assert format_phone(stored) == "+852 2123 4567 ext. 88"


@pytest.mark.parametrize(
    "typed", ["010 6552 9988 转 8001", "+852 2123 4567 ext 88", "+886 2 2123 4567 #5", "138 0013 8000"]
)
def test_a_number_shown_on_the_card_saves_back_unchanged(typed):
    stored = normalize_phone(typed)
    assert normalize_phone(format_phone(stored)) == stored


def test_a_stored_number_with_its_extension_fits_the_phone_column():
    assert len(normalize_phone("0755 8601 3388 转 12345")) <= 20


def test_the_search_forms_of_a_mainland_mobile_are_its_eleven_digits():
    assert phone_search_forms("+8613123456789") == ["13123456789"]


@pytest.mark.parametrize("query", ["4X9012", "LSVAU218X", "218X", "京A12345", "zhangsan"])
def test_a_query_that_is_not_a_number_is_not_read_as_one(query):
    assert normalize_query(query) == query.lower()


@pytest.mark.parametrize("query", ["00", "001", "0013", "00138000", "0013 8000"])
def test_digits_starting_00_that_are_no_whole_number_are_searched_as_typed(query):
    assert normalize_query(query) == query.replace(" ", "")
    assert finds(query, "+8613800138000")
