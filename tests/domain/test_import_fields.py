"""The import's pure rules: header names, the mapping, the header row, and the cell cleaners
(examples, then hypothesis properties kept small so the suite stays fast)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain import import_fields as f
from app.domain.enums import CustomerSource, Gender
from app.domain.import_fields import Rejection

FEW = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(("header", "key"), [
    ("手机", "phone"), ("手机号", "phone"), ("联系电话", "phone"), ("电话", "phone"), ("移动电话", "phone"),
    ("车牌", "plate"), ("车牌号", "plate"), ("车牌号码", "plate"),
    ("车架号", "vin"), ("VIN", "vin"), ("ｖｉｎ码", "vin"), ("车辆识别代号", "vin"),
    ("姓名", "name"), ("客户名称", "name"), ("客户姓名", "name"), ("客户", "name"), ("Customer Name", "name"),
    ("购车日期", "purchase_date"), ("购买日期", "purchase_date"), ("Purchase date", "purchase_date"),
    ("保险到期", "insurance_expiry"), ("保险到期日", "insurance_expiry"),
    ("生日", "birthday"), ("出生日期", "birthday"), ("Date of Birth", "birthday"),
    ("地址", "address"), ("联系地址", "address"), ("微信", "wechat"), ("微信号", "wechat"), ("备注", "notes"),
    ("手机号（必填）", "phone"), ("里程(km)", "mileage_km"), (" 手 机 号： ", "phone"), ("E-mail", "email"),
    ("PHONE NO.", "phone"), ("Ｐｈｏｎｅ", "phone"),
])
def test_header_variants(header, key):
    assert f.header_field(header) == key


def test_unknown_headers_stay_unmapped():
    assert f.header_field("内部编号") is None
    assert f.header_field("") is None and f.header_field(None) is None
    assert f.map_columns(["序号", "姓名", None, "手机"]) == {0: None, 1: "name", 2: None, 3: "phone"}


def test_a_field_goes_to_one_column_and_a_second_phone_to_phone_alt():
    assert f.map_columns(["姓名", "手机", "电话", "客户名称"]) == {0: "name", 1: "phone", 2: "phone_alt", 3: None}
    # a column named phone_alt keeps its name: the second phone-like column is left alone
    assert f.map_columns(["手机", "电话", "备用电话"]) == {0: "phone", 1: None, 2: "phone_alt"}


def test_every_field_key_is_a_card_field_or_documented():
    from dataclasses import fields

    from app.domain.records import CustomerInput, VehicleInput

    known = {x.name for x in fields(CustomerInput)} | {x.name for x in fields(VehicleInput)}
    assert {x.key for x in f.FIELDS} - known == {"birthday", "advisor", "vehicle_notes"}


def test_header_row_below_titles():
    rows = [["2024 客户名单", None, None], [None, None, None], ["导出人：张", None, None],
            ["姓名", "手机", "备注"], ["张三", "138", "x"]]
    assert f.detect_header_row(rows) == 3
    assert f.detect_header_row([["a", "b"], [1, 2]]) == 0  # no known header: the first row


def test_carry_merged_header_is_conservative():
    assert f.carry_merged_headers(["姓名", "电话", None], ["张三", "138", "139"]) == ["姓名", "电话", "电话"]
    # nothing below: not carried
    assert f.carry_merged_headers(["姓名", "电话", None], ["张三", "138", None]) == ["姓名", "电话", None]


def test_total_rows():
    mapping = {0: "name", 1: "phone", 2: "mileage_km"}
    assert f.is_total_row(["合计", None, 300], mapping)
    assert f.is_total_row([None, "Total:", 300], mapping)
    assert f.is_total_row([None, None, 300.0], mapping)
    assert not f.is_total_row([None, 13812345678.0, None], mapping)  # a phone stored as a number
    assert f.classify_rows([["张三", None, 1], [None, None, None], [None, None, 1]], mapping) == ["data", "blank", "total"]
    # a numbers-only row in the middle is data (a total comes last)
    assert f.classify_rows([[None, None, 1], ["张三", None, 1]], mapping) == ["data", "data"]


@pytest.mark.parametrize(("value", "expected"), [
    (13812345678.0, ("+8613812345678", "")),
    (1.3812345678e10, ("+8613812345678", "")),
    (13812345678, ("+8613812345678", "")),
    ("13812345678.0", ("+8613812345678", "")),
    ("1.3812345678E+10", ("+8613812345678", "")),
    ("1.38E+10", Rejection("phone_scientific", "1.38E+10")),
    ("13812345678/13987654321", ("+8613812345678", "+8613987654321")),
    ("13812345678，13987654321", ("+8613812345678", "+8613987654321")),
    ("13812345678 13987654321", ("+8613812345678", "+8613987654321")),
    ("138 1234 5678 139 8765 4321", ("+8613812345678", "+8613987654321")),
    ("138-1234-5678", ("+8613812345678", "")),
    ("010-6552 9988 转 8001", ("+861065529988x8001", "")),
    ("01065529988,8001", ("+861065529988x8001", "")),
    ("13812345678/13812345678", ("+8613812345678", "")),
    ("13812345678/13987654321/13700000000", Rejection("phone_too_many", "13812345678/13987654321/13700000000")),
    ("无", ("", "")), (None, ("", "")), ("12345", Rejection("phone_invalid", "12345")),
])
def test_phones(value, expected):
    result = f.clean_phones(value)
    if isinstance(expected, Rejection):
        assert isinstance(result, Rejection) and result.code == expected.code
    else:
        assert result == expected


@pytest.mark.parametrize(("value", "expected"), [
    (datetime(2024, 3, 5, 10, 30), date(2024, 3, 5)), (date(2024, 3, 5), date(2024, 3, 5)),
    (45356, date(2024, 3, 5)), (45356.75, date(2024, 3, 5)), (1, date(1900, 1, 1)), (61, date(1900, 3, 1)),
    ("2024/3/5", date(2024, 3, 5)), ("2024.03.05", date(2024, 3, 5)), ("2024-03-05", date(2024, 3, 5)),
    ("2024年3月5日", date(2024, 3, 5)), ("20240305", date(2024, 3, 5)), (20240305, date(2024, 3, 5)),
    ("2024-03-05 14:20:00", date(2024, 3, 5)), ("２０２４／３／５", date(2024, 3, 5)), ("2024 / 3 / 5", date(2024, 3, 5)),
    ("", None), (None, None), ("-", None),
    ("2024-02-30", "date_nonexistent"), ("20241301", "date_nonexistent"), ("3/5/2024", "date_invalid"),
    ("soon", "date_invalid"), (-5, "date_invalid"), (0, "date_invalid"), ("0001-01-01", "date_invalid"),
])
def test_dates(value, expected):
    result = f.clean_date(value)
    if isinstance(expected, str):
        assert isinstance(result, Rejection) and result.code == expected
    else:
        assert result == expected


def test_text_numbers_choices_and_tags():
    assert f.clean_text("  ＡＢＣ　１２３  张\u200b三 ") == "ABC 123 张三"
    assert f.clean_text(13812345678.0) == "13812345678"
    assert f.clean_text("第一行\n 第二行 ", keep_lines=True) == "第一行\n第二行"
    assert f.clean_text("第一行\n第二行") == "第一行 第二行"
    assert f.clean_int("12,345 km") == 12345 and f.clean_int("1.2万") == 12000 and f.clean_int(3.0) == 3
    assert f.clean_int("-3") == Rejection("negative", "-3")
    assert f.clean_int("abc").code == "number_invalid" and f.clean_int(2.5).code == "number_invalid"
    assert f.clean_gender("男") == Gender.MALE and f.clean_gender("F") == Gender.FEMALE
    assert f.clean_gender("") == Gender.UNKNOWN and f.clean_gender("?x").code == "choice_invalid"
    assert f.clean_source("转介绍") == CustomerSource.REFERRAL and f.clean_source("referral") == CustomerSource.REFERRAL
    assert f.clean_tags("VIP，老客户、VIP; 车队") == ("VIP", "老客户", "车队")
    assert f.clean_cell("vin", "lsvaa4181e2123456") == "LSVAA4181E2123456"
    assert f.clean_cell("vin", "LSVAA4181E212345").code == "vin_length"
    assert f.clean_cell("plate", "京a-12345") == "京A·12345"
    assert f.clean_cell("plate", "AB123").code == "plate_invalid"
    assert f.clean_cell("email", "a@b").code == "email_invalid"


def test_birthdays():
    today = date(2026, 1, 1)
    assert f.clean_birthday("1985/7/1", today) == f.Birthday(1985, 7, 1)
    assert f.clean_birthday("7月1日", today) == f.Birthday(None, 7, 1)
    assert f.clean_birthday("02-29", today) == f.Birthday(None, 2, 29)
    assert f.clean_birthday(31229.0, today) == f.Birthday(1985, 7, 1)  # an Excel serial
    assert f.clean_birthday("", today) is None
    assert f.clean_birthday("2026-06-01", date(2026, 1, 1)).code == "birthday_future"
    assert f.clean_birthday("1850-01-01", today).code == "birthday_year"
    assert f.clean_birthday("2-30", today).code == "birthday_invalid"
    assert f.clean_birthday("someday", today).code == "date_invalid"


def test_clean_row_places_a_second_number():
    mapping = {0: "name", 1: "phone", 2: "phone_alt"}
    row = f.clean_row(["张三", "13812345678/13987654321", None], mapping)
    assert row.values == {"name": "张三", "phone": "+8613812345678", "phone_alt": "+8613987654321"}
    row = f.clean_row(["张三", "13812345678/13987654321", "13700000000"], mapping)
    assert row.values["phone_alt"] == "+8613700000000"
    assert row.rejections == {"phone_alt": Rejection("phone_too_many", "+8613987654321")}
    assert f.clean_row(["张三"], mapping).values == {"name": "张三"}  # short row


# ---------------------------------------------------------------- properties

_cells = st.one_of(
    st.none(), st.text(max_size=40), st.integers(-10**15, 10**15),
    st.floats(allow_nan=True, allow_infinity=True), st.dates(), st.datetimes(), st.booleans())


@FEW
@given(key=st.sampled_from([x.key for x in f.FIELDS]), value=_cells)
def test_no_cell_crashes_a_cleaner(key, value):
    result = f.clean_cell(key, value)
    assert result is not None or f.FIELD_BY_KEY[key].kind in ("date", "int", "birthday")


@FEW
@given(text=st.text(max_size=60))
def test_no_text_crashes_phones_dates_or_headers(text):
    for result in (f.clean_phones(text), f.clean_date(text), f.clean_int(text)):
        assert result is None or isinstance(result, Rejection | tuple | date | int)
    f.header_field(text)
    f.clean_text(text)


_mobile = st.builds(lambda p, n: f"1{p}{n:08d}", st.sampled_from(["38", "39", "37", "50", "86", "58"]),
                    st.integers(0, 99_999_999))


@FEW
@given(mobile=_mobile, style=st.sampled_from(["plain", "float", "int", "dashes", "spaces", "plus", "fullwidth", "padded"]))
def test_a_valid_phone_survives_its_formatting(mobile, style):
    written = {
        "plain": mobile, "float": float(mobile), "int": int(mobile),
        "dashes": f"{mobile[:3]}-{mobile[3:7]}-{mobile[7:]}", "spaces": f"{mobile[:3]} {mobile[3:7]} {mobile[7:]}",
        "plus": f"+86 {mobile}", "fullwidth": "".join(chr(ord(c) + 0xFEE0) for c in mobile),
        "padded": f"  {mobile}\u3000",
    }[style]
    assert f.clean_phones(written) == ("+86" + mobile, "")


@FEW
@given(first=_mobile, second=_mobile, separator=st.sampled_from(["/", "，", ",", "、", " ", "  ", ";", "\n"]))
def test_two_phones_in_one_cell(first, second, separator):
    phone, alt = f.clean_phones(first + separator + second)
    assert phone == "+86" + first
    assert alt == ("" if first == second else "+86" + second)


@FEW
@given(day=st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 12, 31)),
       style=st.sampled_from(["iso", "slash", "dots", "chinese", "compact", "serial", "datetime"]))
def test_a_date_survives_its_formatting(day, style):
    written = {
        "iso": day.isoformat(), "slash": f"{day.year}/{day.month}/{day.day}",
        "dots": f"{day.year}.{day.month:02d}.{day.day:02d}", "chinese": f"{day.year}年{day.month}月{day.day}日",
        "compact": day.strftime("%Y%m%d"), "serial": float((day - date(1899, 12, 30)).days),
        "datetime": datetime(day.year, day.month, day.day, 8, 0),
    }[style]
    assert f.clean_date(written) == day


def test_every_rejection_has_its_own_words():
    from app.domain.errors import FieldError
    from app.presentation.messages import field_error, import_file_error, import_row_skipped

    fallback = field_error(FieldError("x", "no such code"))
    samples = [("phone", "1.38E+10"), ("phone", "12"), ("phone", "13812345678/13912345678/13712345678"),
               ("purchase_date", "2024-02-30"), ("purchase_date", "soon"), ("mileage_km", "x"),
               ("mileage_km", "-1"), ("gender", "xyz"), ("source", "xyz"), ("vin", "ABC"),
               ("vin", "LSVAA4181E212345I"), ("vin", "LSVAA4182E2123456"), ("plate", "AB"), ("email", "a@"),
               ("birthday", "1800-01-01"), ("birthday", "2-30")]
    codes = {f.clean_cell(key, value).code for key, value in samples}
    assert len(codes) == len(samples) - 1  # (the two phone_invalid samples share theirs)
    codes.add(f.clean_birthday("2026-06-01", date(2026, 1, 1)).code)
    for code in codes:
        words = field_error(FieldError("x", code, "1.38E+10"))
        assert words != fallback and "%1" not in words, code
    file_fallback = import_file_error("no such code")
    for code in ("file_missing", "file_unreadable", "file_format", "file_password", "sheet_missing", "file_encoding"):
        assert import_file_error(code, "x") != file_fallback
    assert import_row_skipped(f.BLANK) != import_row_skipped(f.TOTAL)
