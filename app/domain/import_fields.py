"""What an imported sheet's columns mean and how its cells become field values.

Pure rules (no files, no database): the fields an import can fill, the header names they go
by in Chinese and English, the mapping of a header row to fields, the header row's place
among title rows, and the cleaning of one cell into a field's value.

A cleaner returns the value, or a :class:`Rejection` carrying a stable code (the interface
turns it into words: app.presentation.messages.field_error). Codes already used by the card
(phone_invalid, vin_length, plate_invalid, date_nonexistent ...) are reused; the import adds
phone_scientific, phone_too_many, number_invalid and choice_invalid.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from app.domain.enums import CalendarKind, CustomerSource, Gender
from app.domain.errors import ValidationError
from app.domain.validation import (
    check_birthday,
    normalize_email,
    normalize_phone,
    normalize_plate,
    normalize_vin,
    parse_date,
)

# ---------------------------------------------------------------- fields

CUSTOMER = "customer"
VEHICLE = "vehicle"


@dataclass(frozen=True)
class ImportField:
    """A field a column can fill. `kind` says how its cells are cleaned: text, note (text
    keeping its line breaks), phone, email, date, int, vin, plate, gender, source, tags."""

    key: str
    entity: str
    kind: str
    variants: tuple[str, ...] = ()


# keys are CustomerInput / VehicleInput names where one exists; "birthday" is split into
# birth_year/month/day, "advisor" is a staff member's name, "vehicle_notes" VehicleInput.notes
FIELDS: tuple[ImportField, ...] = (
    ImportField("name", CUSTOMER, "text", (
        "姓名", "客户名称", "客户姓名", "客户", "客户名", "名称", "车主", "车主姓名", "联系人",
        "name", "customer", "customername", "fullname", "owner")),
    ImportField("phone", CUSTOMER, "phone", (
        "手机", "手机号", "手机号码", "联系电话", "电话", "移动电话", "电话号码", "联系方式",
        "客户电话", "客户手机", "phone", "mobile", "mobilephone", "cellphone", "tel",
        "telephone", "phonenumber", "phoneno", "telno", "mobileno", "mobilenumber")),
    ImportField("phone_alt", CUSTOMER, "phone", (
        "备用电话", "其他电话", "电话2", "手机2", "第二电话", "固定电话", "座机", "办公电话",
        "phone2", "altphone", "otherphone", "secondphone", "landline", "workphone")),
    ImportField("wechat", CUSTOMER, "text", ("微信", "微信号", "wechat", "wechatid", "weixin")),
    ImportField("email", CUSTOMER, "email", ("邮箱", "电子邮箱", "电子邮件", "email", "mail", "emailaddress")),
    ImportField("gender", CUSTOMER, "gender", ("性别", "gender", "sex")),
    ImportField("birthday", CUSTOMER, "birthday", ("生日", "出生日期", "出生年月日", "birthday", "dateofbirth", "dob", "birthdate")),
    ImportField("address", CUSTOMER, "text", ("地址", "联系地址", "住址", "家庭住址", "通讯地址", "address")),
    ImportField("occupation", CUSTOMER, "text", ("职业", "occupation", "job")),
    ImportField("employer", CUSTOMER, "text", ("单位", "工作单位", "公司", "employer", "company")),
    ImportField("notes", CUSTOMER, "note", ("备注", "客户备注", "说明", "notes", "note", "remarks", "comment", "comments")),
    ImportField("source", CUSTOMER, "source", ("来源", "客户来源", "渠道", "source", "leadsource", "channel")),
    ImportField("advisor", CUSTOMER, "text", ("顾问", "销售顾问", "服务顾问", "专属顾问", "销售", "advisor", "salesperson", "consultant")),
    ImportField("tags", CUSTOMER, "tags", ("标签", "tags", "tag", "labels")),
    ImportField("plate", VEHICLE, "plate", ("车牌", "车牌号", "车牌号码", "号牌", "号牌号码", "plate", "plateno", "licenseplate", "registration")),
    ImportField("vin", VEHICLE, "vin", ("车架号", "vin", "vin码", "车辆识别代号", "车辆识别码", "车辆识别号", "底盘号", "vinno", "chassisno")),
    ImportField("make", VEHICLE, "text", ("品牌", "厂牌", "make", "brand")),
    ImportField("model", VEHICLE, "text", ("车型", "型号", "车系", "model")),
    ImportField("trim", VEHICLE, "text", ("配置", "版本", "款型", "trim", "version")),
    ImportField("colour", VEHICLE, "text", ("颜色", "车身颜色", "colour", "color")),
    ImportField("year", VEHICLE, "int", ("年款", "车型年份", "year", "modelyear")),
    ImportField("purchase_date", VEHICLE, "date", ("购车日期", "购买日期", "购车时间", "交车日期", "开票日期", "purchasedate", "purchasedon", "deliverydate", "datepurchased")),
    ImportField("price_yuan", VEHICLE, "int", ("价格", "购车价格", "成交价", "车价", "price", "purchaseprice")),
    ImportField("mileage_km", VEHICLE, "int", ("里程", "公里数", "行驶里程", "里程数", "mileage", "odometer", "km")),
    ImportField("insurance_expiry", VEHICLE, "date", ("保险到期", "保险到期日", "保险到期日期", "保险截止日期", "保险到期时间", "insuranceexpiry", "insuranceexpires", "insuranceend", "insuranceduedate")),
    ImportField("inspection_due", VEHICLE, "date", ("年检到期", "年检日期", "年审日期", "年检到期日", "inspectiondue", "inspectiondate", "nextinspection")),
    ImportField("warranty_end", VEHICLE, "date", ("保修到期", "质保到期", "保修截止日期", "warrantyend", "warrantyexpiry")),
    ImportField("vehicle_notes", VEHICLE, "note", ("车辆备注", "vehiclenotes", "vehiclenote")),
)
FIELD_BY_KEY: dict[str, ImportField] = {f.key: f for f in FIELDS}
NUMERIC_KINDS = frozenset({"int"})


# ---------------------------------------------------------------- header names

_BRACKETED = re.compile(r"[(\[{（【][^)\]}）】]*[)\]}）】]")


def normalise_header(text: object) -> str:
    """A header as compared: full-width as half-width, case-folded, without spaces and
    punctuation (手机号： , "Phone No." and ＰＨＯＮＥ read alike)."""
    if text is None:
        return ""
    folded = unicodedata.normalize("NFKC", str(text)).casefold()
    return "".join(c for c in folded if unicodedata.category(c)[0] not in "PZSC")


_VARIANTS: dict[str, str] = {}
for _field in FIELDS:
    for _variant in (_field.key, *_field.variants):
        _VARIANTS.setdefault(normalise_header(_variant), _field.key)


def header_field(text: object) -> str | None:
    """The field a header names, None when it names none. "手机号(必填)" and "里程（km）" are
    read without their bracketed part when the whole does not match."""
    key = normalise_header(text)
    if not key:
        return None
    if key in _VARIANTS:
        return _VARIANTS[key]
    shorter = normalise_header(_BRACKETED.sub("", unicodedata.normalize("NFKC", str(text))))
    return _VARIANTS.get(shorter) if shorter else None


# a second column named like the first phone takes the second number
_SECOND = {"phone": "phone_alt"}


def map_columns(headers: list[object]) -> dict[int, str | None]:
    """Each column's field (None when unmapped). A field is given to one column only, the
    first; a second "phone" column becomes phone_alt when no column is named so."""
    found = [header_field(h) for h in headers]
    taken: set[str] = set()
    mapping: dict[int, str | None] = {}
    explicit = {f for f in found if f}
    for index, key in enumerate(found):
        if key in taken and key in _SECOND and _SECOND[key] not in explicit:
            key = _SECOND[key]
        if key is None or key in taken:
            mapping[index] = None
            continue
        taken.add(key)
        mapping[index] = key
    return mapping


def layout_key(headers: list[object]) -> str:
    """The same 16 hex digits for every file whose header row reads the same (after
    normalise_header, empty trailing columns ignored): the key a chosen mapping is kept by."""
    names = [normalise_header(h) for h in headers]
    while names and not names[-1]:
        names.pop()
    return hashlib.sha256("\x1f".join(names).encode()).hexdigest()[:16]


# ---------------------------------------------------------------- header row

HEADER_LOOKAHEAD = 30  # rows searched for the header
_SHORT_TEXT = 30


def _filled(cell: object) -> bool:
    return cell is not None and not (isinstance(cell, str) and not cell.strip())


def _header_like(cell: object) -> bool:
    return isinstance(cell, str) and 0 < len(cell.strip()) <= _SHORT_TEXT


def header_score(row: list[object]) -> tuple[int, int]:
    """(cells naming a known field, filled cells) of a row."""
    filled = [c for c in row if _filled(c)]
    known = sum(1 for c in filled if _header_like(c) and header_field(c))
    return known, len(filled)


def detect_header_row(rows: list[list[object]], lookahead: int = HEADER_LOOKAHEAD) -> int:
    """Index of the header row: the first of the first rows where at least two cells (one in
    a one-column sheet) name known fields and most filled cells are short texts. Title rows
    above it (one filled cell, a merged title) are passed over. 0 when no row qualifies."""
    best, best_known = 0, 0
    for index, row in enumerate(rows[:lookahead]):
        known, filled = header_score(row)
        if not filled:
            continue
        texts = sum(1 for c in row if _header_like(c))
        need = 1 if filled == 1 and len(row) == 1 else 2
        if known >= need and texts * 2 > filled:
            return index
        if known > best_known:
            best, best_known = index, known
    return best


def carry_merged_headers(header: list[object], below: list[object] | None) -> list[object]:
    """A header whose merged cells (value in the first cell only) are carried right: an
    empty header cell takes its left neighbour's text when the row below has a value there.
    Conservative: only text, only into empty cells, never past a filled header."""
    result = list(header)
    for index in range(1, len(result)):
        if _filled(result[index]) or not _header_like(result[index - 1]):
            continue
        if below is not None and index < len(below) and _filled(below[index]):
            result[index] = result[index - 1]
    return result


# ---------------------------------------------------------------- rows

BLANK = "blank"
TOTAL = "total"
DATA = "data"
_TOTAL_WORDS = frozenset({"合计", "总计", "小计", "汇总", "total", "totals", "sum", "grandtotal", "合计数"})


def is_blank(row: list[object]) -> bool:
    return not any(_filled(c) for c in row)


def is_total_row(row: list[object], mapping: dict[int, str | None]) -> bool:
    """A total: 合计 / 总计 / Total in one of its first two filled cells, or only numbers,
    all under columns of numeric fields (mileage, price, year)."""
    filled = [(i, c) for i, c in enumerate(row) if _filled(c)]
    if not filled:
        return False
    if any(isinstance(c, str) and normalise_header(c) in _TOTAL_WORDS for _, c in filled[:2]):
        return True
    return all(
        isinstance(c, int | float) and not isinstance(c, bool)
        and (f := mapping.get(i)) is not None and FIELD_BY_KEY[f].kind in NUMERIC_KINDS
        for i, c in filled
    )


def classify_rows(rows: list[list[object]], mapping: dict[int, str | None]) -> list[str]:
    """DATA, BLANK or TOTAL for each data row: blank rows anywhere; total rows only among the
    last filled rows (a total is written at the end)."""
    kinds = [BLANK if is_blank(r) else DATA for r in rows]
    for index in range(len(rows) - 1, -1, -1):
        if kinds[index] == BLANK:
            continue
        if is_total_row(rows[index], mapping):
            kinds[index] = TOTAL
            continue
        break
    return kinds


# ---------------------------------------------------------------- cleaning


@dataclass(frozen=True)
class Rejection:
    """Why a cell's value cannot be taken; `code` is stable, `detail` the offending text."""

    code: str
    detail: str = ""


def _rejected(error: ValidationError) -> Rejection:
    first = error.errors[0]
    return Rejection(first.code, first.detail)


_NOTHING = frozenset({"", "-", "--", "—", "/", "\\", "无", "暂无", "没有", "null", "none", "n/a", "na", "#n/a", "nil"})
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _number_text(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def clean_text(value: object, *, keep_lines: bool = False) -> str:
    """A cell as text: full-width letters, digits and signs as ordinary ones (NFKC),
    invisible and control characters dropped, spaces trimmed and collapsed; placeholders
    (-, /, 无, N/A) as empty. 13800138000.0 reads 13800138000, a date 2024-03-05."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, int | float):
        return _number_text(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    text = unicodedata.normalize("NFKC", str(value))
    text = _CONTROL.sub("", _INVISIBLE.sub("", text)).replace("\r\n", "\n").replace("\r", "\n")
    if keep_lines:
        lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
        text = "\n".join(line for line in lines if line)
    else:
        text = _SPACES.sub(" ", text.replace("\n", " ")).strip()
    return "" if text.casefold() in _NOTHING else text


_POINT_ZERO = re.compile(r"^\d{5,}\.0+$")
_SCIENTIFIC = re.compile(r"^[+-]?\d+(?:\.\d+)?[eE][+-]?\d+$")


def phone_text(value: object) -> str | Rejection:
    """A phone cell as text: a number Excel stored (13812345678.0, 1.3812345678E10) as its
    digits; a text in scientific notation only when every digit is there (1.3812345678E+10),
    else Rejection("phone_scientific") - 1.38E+10 lost the number's last digits."""
    if isinstance(value, float):
        if not value.is_integer():
            return Rejection("phone_invalid", repr(value))
        return str(int(value))
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    text = clean_text(value)
    if _POINT_ZERO.match(text):  # 13812345678.0: a number's text saved by a program
        return text.partition(".")[0]
    if _SCIENTIFIC.match(text):
        try:
            number = Decimal(text)
        except InvalidOperation:  # pragma: no cover - the pattern is a Decimal's
            return Rejection("phone_invalid", text)
        if number.normalize().as_tuple().exponent > 0 or number != number.to_integral_value():
            return Rejection("phone_scientific", text)
        return str(int(number))
    return text


_PHONE_SPLIT = re.compile(r"[/,，、;；|\n]+|\s{2,}")


def _phone(text: str) -> str | Rejection:
    try:
        return normalize_phone(text)
    except ValidationError as error:
        return _rejected(error)


def _split_spaced(part: str) -> list[str] | Rejection:
    """"138 0013 8000 139 0013 9000": the longest runs of tokens that are each a number."""
    tokens = part.split()
    found: list[str] = []
    start = 0
    while start < len(tokens):
        for end in range(len(tokens), start, -1):
            phone = _phone(" ".join(tokens[start:end]))
            if isinstance(phone, str):
                found.append(phone)
                start = end
                break
        else:
            return Rejection("phone_invalid", part)
    return found


def clean_phones(value: object) -> tuple[str, str] | Rejection:
    """(phone, phone_alt) in E.164 from one cell holding none, one or two numbers
    ("138…/139…", "138…，139…", "138… 139…"); ('', '') when empty. A third number is
    Rejection("phone_too_many"), an unreadable one the card's phone_invalid."""
    text = phone_text(value)
    if isinstance(text, Rejection):
        return text
    if not text:
        return "", ""
    parts: list[str] = []
    for part in (p.strip() for p in _PHONE_SPLIT.split(text)):
        if not part:
            continue
        if parts and part.isdigit() and len(part) <= 5:
            parts[-1] += "," + part  # 01065529988,8001: an extension, not a second number
        else:
            parts.append(part)
    phones: list[str] = []
    for part in parts:
        phone = _phone(part)
        if isinstance(phone, str):
            phones.append(phone)
            continue
        if " " not in part:
            return phone
        split = _split_spaced(part)
        if isinstance(split, Rejection):
            return split
        phones.extend(split)
    phones = list(dict.fromkeys(phones))
    if len(phones) > 2:
        return Rejection("phone_too_many", text)
    return (phones + ["", ""])[0], (phones + ["", ""])[1]


# Excel's day 0 (its serial 60 is 29 Feb 1900, a day that never was)
_EXCEL_EPOCH = date(1899, 12, 30)
_SERIAL_MAX = 2958465  # 31 Dec 9999
# five digits (and perhaps a fraction of a day) in a date column: 1927-05-18 .. 2173-10-14
_SERIAL_TEXT = re.compile(r"^\d{5}(\.\d+)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_TIME_TAIL = re.compile(r"^(\S+?)(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$")
_DATE_LOW = date(1900, 1, 1)


def excel_serial_date(serial: float) -> date | None:
    """The day of an Excel serial number (1900 date system), None out of range."""
    if not (1 <= serial <= _SERIAL_MAX):
        return None
    whole = int(serial)
    if whole < 61:  # before Excel's phantom 29 Feb 1900
        whole += 1
    return _EXCEL_EPOCH + timedelta(days=whole)


def clean_date(value: object, field_key: str = "date", earliest: date = _DATE_LOW) -> date | None | Rejection:
    """A date from a date cell, an Excel serial number, or a text: 2024-03-05, 2024/3/5,
    2024.03.05, 2024年3月5日, 20240305, each perhaps followed by a time. None when empty;
    Rejection("date_invalid") for another form, ("date_nonexistent") for 2024-02-30."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float):
        compact = _COMPACT.match(_number_text(value))
        if compact:
            return _compact_date(compact)
        day = excel_serial_date(float(value)) if value == value else None
        return day if day is not None else Rejection("date_invalid", _number_text(value))
    text = clean_text(value)
    if not text:
        return None
    tail = _TIME_TAIL.match(text)
    if tail:
        text = tail[1]
    compact = _COMPACT.match(text)
    if compact:
        return _compact_date(compact)
    if _SERIAL_TEXT.match(text):  # an Excel serial kept as text (a CSV saved from Excel)
        day = excel_serial_date(float(text))
        return day if day is not None else Rejection("date_invalid", text)
    try:
        day = parse_date(text.replace(" ", ""), field_key)
    except ValidationError as error:
        return _rejected(error)
    if day is not None and day < earliest:
        return Rejection("date_invalid", text)
    return day


def _compact_date(match: re.Match) -> date | Rejection:
    try:
        day = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return Rejection("date_nonexistent", match[0])
    return day if day >= _DATE_LOW else Rejection("date_invalid", match[0])


@dataclass(frozen=True)
class Birthday:
    """A solar birthday as the card keeps it (CustomerInput.birth_year / _month / _day);
    the year is None when the sheet gave only the day (7月1日, 07-01)."""

    year: int | None
    month: int
    day: int
    calendar: str = "solar"  # CalendarKind's value: "lunar" for a lunar birthday
    leap: bool = False  # (a lunar leap month)


_MONTH_DAY = re.compile(r"^(\d{1,2})[-/.月](\d{1,2})日?$")
# a lunar birthday as Guanxi's own export writes it: "1985 lunar 8/15 (leap month)",
# "1985 农历8月15日（闰月）", and as people write it: "农历八月十五" is not read
_LUNAR = re.compile(r"^(?:(\d{4})年?)?(?:lunar|农历|阴历)(\d{1,2})[/月](\d{1,2})日?"
                    r"(\(leapmonth\)|\(闰月\))?$")


def clean_birthday(value: object, today: date | None = None) -> Birthday | None | Rejection:
    """A birthday from a date (any form clean_date reads) or a month and day without a year
    (7月1日, 07-01, 7/1); checked as the card checks it (check_birthday: birthday_year,
    birthday_future, birthday_invalid)."""
    text = unicodedata.normalize("NFKC", clean_text(value)).replace(" ", "").casefold() \
        if isinstance(value, str) else ""
    lunar = _LUNAR.match(text) if text else None
    if lunar:
        year = int(lunar[1]) if lunar[1] else None
        month, dom, leap = int(lunar[2]), int(lunar[3]), bool(lunar[4])
        try:
            check_birthday(CalendarKind.LUNAR, year, month, dom, leap, today=today)
        except ValidationError as error:
            return _rejected(error)
        return Birthday(year, month, dom, CalendarKind.LUNAR.value, leap)
    day = clean_date(value, "birthday", earliest=date.min)  # 1850: an implausible year
    if isinstance(day, Rejection):
        match = _MONTH_DAY.match(clean_text(value).replace(" ", ""))
        if not match:
            return day
        year, month, dom = None, int(match[1]), int(match[2])
    elif day is None:
        return None
    else:
        year, month, dom = day.year, day.month, day.day
    try:
        check_birthday(CalendarKind.SOLAR, year, month, dom, today=today)
    except ValidationError as error:
        return _rejected(error)
    return Birthday(year, month, dom)


_INT_UNITS = re.compile(r"(?:km|公里|千米|元|人民币|rmb|cny|¥|￥|年)$", re.IGNORECASE)


def clean_int(value: object) -> int | None | Rejection:
    """A whole number: 12345, 12345.0, "12,345", "12 345 km", "1.2万" (12000); None when
    empty; Rejection("negative") below zero, ("number_invalid") otherwise."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        if value != value or value in (float("inf"), float("-inf")):
            return Rejection("number_invalid", str(value))
        number = Decimal(str(value))
    else:
        text = clean_text(value).replace(",", "").replace(" ", "")
        text = _INT_UNITS.sub("", text)
        if not text:
            return None
        scale = 1
        if text.endswith("万"):
            text, scale = text[:-1], 10000
        try:
            number = Decimal(text) * scale
        except InvalidOperation:
            return Rejection("number_invalid", clean_text(value))
        if not number.is_finite():
            return Rejection("number_invalid", clean_text(value))
    if number != number.to_integral_value() or abs(number) > 10**12:
        return Rejection("number_invalid", str(value))
    if number < 0:
        return Rejection("negative", str(value))
    return int(number)


_GENDERS = {
    "男": Gender.MALE, "男性": Gender.MALE, "先生": Gender.MALE, "m": Gender.MALE, "male": Gender.MALE,
    "man": Gender.MALE, "mr": Gender.MALE,
    "女": Gender.FEMALE, "女性": Gender.FEMALE, "女士": Gender.FEMALE, "小姐": Gender.FEMALE,
    "f": Gender.FEMALE, "female": Gender.FEMALE, "woman": Gender.FEMALE, "mrs": Gender.FEMALE,
    "ms": Gender.FEMALE, "未知": Gender.UNKNOWN, "保密": Gender.UNKNOWN, "u": Gender.UNKNOWN,
    "notgiven": Gender.UNKNOWN, "未填写": Gender.UNKNOWN,
}


def clean_gender(value: object) -> Gender | Rejection:
    text = normalise_header(clean_text(value))
    if not text:
        return Gender.UNKNOWN
    return _GENDERS.get(text, Rejection("choice_invalid", clean_text(value)))


_SOURCES = {
    "展厅": CustomerSource.SHOWROOM, "到店": CustomerSource.SHOWROOM, "自然到店": CustomerSource.SHOWROOM,
    "网站": CustomerSource.WEBSITE, "官网": CustomerSource.WEBSITE, "网络": CustomerSource.WEBSITE,
    "电话": CustomerSource.PHONE, "来电": CustomerSource.PHONE,
    "车展": CustomerSource.AUTO_SHOW, "转介绍": CustomerSource.REFERRAL, "介绍": CustomerSource.REFERRAL,
    "推荐": CustomerSource.REFERRAL, "售后": CustomerSource.SERVICE_WALK_IN, "维修": CustomerSource.SERVICE_WALK_IN,
    "社交媒体": CustomerSource.SOCIAL_MEDIA, "抖音": CustomerSource.SOCIAL_MEDIA, "微信": CustomerSource.SOCIAL_MEDIA,
    "大客户": CustomerSource.FLEET, "集团": CustomerSource.FLEET, "其他": CustomerSource.OTHER,
    "autoshow": CustomerSource.AUTO_SHOW, "walkin": CustomerSource.SHOWROOM,
    "servicewalkin": CustomerSource.SERVICE_WALK_IN, "socialmedia": CustomerSource.SOCIAL_MEDIA,
}
_SOURCES.update({normalise_header(s.value): s for s in CustomerSource if s.value})
# the words Guanxi's own export writes (app.presentation.labels.source, both languages)
_SOURCES.update({normalise_header(k): v for k, v in {
    "Showroom": CustomerSource.SHOWROOM, "展厅到店": CustomerSource.SHOWROOM,
    "Website": CustomerSource.WEBSITE, "Phone enquiry": CustomerSource.PHONE,
    "电话咨询": CustomerSource.PHONE, "Auto show": CustomerSource.AUTO_SHOW,
    "Referral": CustomerSource.REFERRAL, "Service walk-in": CustomerSource.SERVICE_WALK_IN,
    "售后进店": CustomerSource.SERVICE_WALK_IN, "Social media": CustomerSource.SOCIAL_MEDIA,
    "Fleet sales": CustomerSource.FLEET, "集团采购": CustomerSource.FLEET,
    "Other": CustomerSource.OTHER, "Not given": CustomerSource.UNKNOWN,
    "未填写": CustomerSource.UNKNOWN,
}.items()})


def clean_source(value: object) -> CustomerSource | Rejection:
    text = normalise_header(clean_text(value))
    if not text:
        return CustomerSource.UNKNOWN
    return _SOURCES.get(text, Rejection("choice_invalid", clean_text(value)))


_TAG_SPLIT = re.compile(r"[,，、;；|/\n]+")


def clean_tags(value: object) -> tuple[str, ...]:
    """Tags from one cell, split at , ， 、 ; | /, each cleaned, repeats dropped."""
    text = clean_text(value, keep_lines=True)
    tags = (clean_text(t) for t in _TAG_SPLIT.split(text))
    return tuple(dict.fromkeys(t for t in tags if t))


def _checked(function, value: object) -> str | Rejection:
    try:
        return function(clean_text(value))
    except ValidationError as error:
        return _rejected(error)


def clean_cell(field_key: str, value: object) -> object | Rejection:
    """A cell's value for a field, cleaned by the field's kind (see ImportField). A phone
    field gives (phone, phone_alt) - see clean_row for how the second number is placed."""
    kind = FIELD_BY_KEY[field_key].kind
    if kind == "text":
        return clean_text(value)
    if kind == "note":
        return clean_text(value, keep_lines=True)
    if kind == "phone":
        return clean_phones(value)
    if kind == "email":
        return _checked(normalize_email, value)
    if kind == "date":
        return clean_date(value, field_key)
    if kind == "birthday":
        return clean_birthday(value)
    if kind == "int":
        return clean_int(value)
    if kind == "vin":
        return _checked(normalize_vin, value)
    if kind == "plate":
        return _checked(normalize_plate, value)
    if kind == "gender":
        return clean_gender(value)
    if kind == "source":
        return clean_source(value)
    if kind == "tags":
        return clean_tags(value)
    raise ValueError(kind)  # pragma: no cover - every kind is above


@dataclass
class CleanRow:
    """One sheet row cleaned: `values` by field key (only fields with a value), and the
    cells refused by field key. A row with any rejection is for the lead's disposition."""

    values: dict[str, object] = field(default_factory=dict)
    rejections: dict[str, Rejection] = field(default_factory=dict)


def clean_row(cells: list[object], mapping: dict[int, str | None]) -> CleanRow:
    """A data row's mapped cells cleaned. A phone cell with two numbers fills phone and
    phone_alt (the second number goes to phone_alt unless that column has its own); a
    phone_alt cell with two numbers is refused as phone_too_many when phone_alt is taken."""
    row = CleanRow()
    spare: list[str] = []
    for index, key in sorted((i, k) for i, k in mapping.items() if k):
        value = cells[index] if index < len(cells) else None
        cleaned = clean_cell(key, value)
        if isinstance(cleaned, Rejection):
            row.rejections[key] = cleaned
            continue
        if FIELD_BY_KEY[key].kind == "phone":
            first, second = cleaned
            if first:
                row.values[key] = first
            if second:
                spare.append(second)
            continue
        if cleaned in (None, "", ()):
            continue
        row.values[key] = cleaned
    for second in spare:
        if second in (row.values.get("phone"), row.values.get("phone_alt")):
            continue
        if "phone" not in row.values and "phone" not in row.rejections:
            row.values["phone"] = second
        elif "phone_alt" not in row.values and "phone_alt" not in row.rejections:
            row.values["phone_alt"] = second
        else:
            row.rejections.setdefault("phone_alt", Rejection("phone_too_many", second))
    return row


def sub_header(header: list[object], below: list[object] | None) -> list[object] | None:
    """The header of a two-row heading ("联系方式" merged over "手机" | "电话"), None when
    the row below the header is data. The row below is a sub-header only when all its
    filled cells are short texts and they name known fields (two, or every one of them);
    each column then takes the lower name when it names a field, else the upper one."""
    if not below:
        return None
    filled = [c for c in below if _filled(c)]
    if not filled or not all(_header_like(c) for c in filled):
        return None
    known = sum(1 for c in filled if header_field(c))
    if known < 2 and known != len(filled):
        return None
    width = max(len(header), len(below))
    combined: list[object] = []
    for index in range(width):
        upper = header[index] if index < len(header) else None
        lower = below[index] if index < len(below) else None
        combined.append(lower if _filled(lower) and header_field(lower) else upper if _filled(upper) else lower)
    return combined
