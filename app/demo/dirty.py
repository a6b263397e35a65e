"""Test material for the import and the duplicate finder (issue 15): a book with planted
duplicates, and customer sheets as they come out of real dealerships (dirty).

`plant_duplicates(services, pairs, seed)` adds customers who duplicate existing ones in the
ways the duplicate finder must catch, and returns each planted pair with its reason.

`dirty_rows(customers, seed)` turns clean customers (what the import should end with) into
the rows of a sheet a dealership would send: Chinese header variants, phones as numbers,
two phones in a cell, dates as Excel serials and in every written form, full-width
characters and stray spaces, empty rows in the middle, a total row at the end.
`write_dirty_xlsx` adds two title rows above the header, a merged group header and a hidden
column; `write_dirty_csv` writes GB18030 with semicolons (or any encoding and delimiter).
Both return the clean customers in the order written: the truth a test compares with.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from app.domain.records import CustomerInput

EXCEL_EPOCH = date(1899, 12, 30)


@dataclass(frozen=True)
class CleanCustomer:
    """One customer as the import should read them (phones in E.164)."""

    name: str
    phone: str
    phone_alt: str = ""
    plate: str = ""
    vin: str = ""
    purchase_date: date | None = None
    insurance_expiry: date | None = None
    address: str = ""
    wechat: str = ""
    notes: str = ""


@dataclass(frozen=True)
class PlantedPair:
    first: int
    second: int
    reason: str  # same_phone, similar_phone_same_name, same_name_same_address, pinyin_name


# ---------------------------------------------------------------- planted duplicates
# characters read the same in pinyin (a name typed by ear)
HOMOPHONES = {"王": "汪", "李": "黎", "张": "章", "刘": "柳", "陈": "晨", "杨": "阳", "黄": "皇",
              "周": "舟", "吴": "伍", "徐": "许", "孙": "荪", "马": "玛", "朱": "珠", "胡": "湖",
              "林": "琳", "何": "禾", "高": "皋", "罗": "萝", "郑": "正", "梁": "良"}


def _one_digit_off(e164: str, rng: random.Random) -> str:
    """The same mobile with one of its last four digits changed (a typo)."""
    digits = list(e164)
    at = len(digits) - 1 - rng.randrange(4)
    digits[at] = str((int(digits[at]) + rng.randint(1, 9)) % 10)
    return "".join(digits)


def plant_duplicates(services, pairs: int, seed: int = 1) -> list[PlantedPair]:
    """`pairs` new customers, each duplicating an existing person in one of four ways:
    the same mobile under a shorter name; the same name with a mobile one digit off; the
    same name and address with no phone; a homophone name with a mobile one digit off."""
    rng = random.Random(seed)
    customers = services.customers
    ids = customers.search_ids("")
    people = [customers.get(i) for i in rng.sample(ids, min(len(ids), pairs * 3))]
    people = [p for p in people if p.kind.value == "person" and p.phone.startswith("+861")]
    planted: list[PlantedPair] = []
    reasons = ("same_phone", "similar_phone_same_name", "same_name_same_address", "pinyin_name")
    for n, person in enumerate(people[:pairs]):
        reason = reasons[n % len(reasons)]
        if reason == "same_name_same_address" and not person.address:
            reason = "same_phone"
        if reason == "pinyin_name" and person.name[0] not in HOMOPHONES:
            reason = "similar_phone_same_name"
        base = CustomerInput(name=person.name, advisor_id=person.advisor_id)
        if reason == "same_phone":
            made = replace(base, name=person.name[:1] + "先生" if len(person.name) > 1
                           else person.name, phone=person.phone)
        elif reason == "similar_phone_same_name":
            made = replace(base, phone=_one_digit_off(person.phone, rng))
        elif reason == "same_name_same_address":
            made = replace(base, address=person.address)
        else:
            first = person.name[0]
            made = replace(base, name=HOMOPHONES.get(first, first) + person.name[1:],
                           phone=_one_digit_off(person.phone, rng))
        twin = customers.create(made)
        planted.append(PlantedPair(person.id, twin.id, reason))
    return planted


# ---------------------------------------------------------------- dirty sheets
HEADERS = {  # field -> the header variants real sheets use
    "name": ("客户姓名", "姓名", "客户名称", "Name"),
    "phone": ("手机", "手机号", "联系电话", "电话", "Mobile"),
    "plate": ("车牌", "车牌号", "车牌号码", "Plate"),
    "vin": ("车架号", "VIN", "车辆识别代号"),
    "purchase_date": ("购车日期", "购买日期", "Purchase date"),
    "insurance_expiry": ("保险到期", "保险到期日", "Insurance expiry"),
    "address": ("地址", "联系地址", "Address"),
    "wechat": ("微信", "微信号", "WeChat"),
    "notes": ("备注", "Notes"),
}
FIELDS = tuple(HEADERS)
FULL_WIDTH = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"}


def _national(e164: str) -> str:
    return e164[3:] if e164.startswith("+86") else e164


def _date_forms(day: date, rng: random.Random):
    """A date as sheets hold it: an Excel serial, a date, or one of the written forms."""
    forms = (
        lambda d: float((d - EXCEL_EPOCH).days),
        lambda d: d,
        lambda d: f"{d.year}/{d.month}/{d.day}",
        lambda d: f"{d.year}.{d.month:02d}.{d.day:02d}",
        lambda d: f"{d.year}年{d.month}月{d.day}日",
        lambda d: f"{d.year}{d.month:02d}{d.day:02d}",
        lambda d: d.isoformat(),
    )
    return rng.choice(forms)(day)


def _phone_forms(customer: CleanCustomer, rng: random.Random):
    number = _national(customer.phone)
    if customer.phone_alt:  # two numbers in one cell
        return number + rng.choice(("/", "，", " ", "；")) + _national(customer.phone_alt)
    return rng.choice((
        lambda n: float(n),  # Excel kept it as a number
        lambda n: n,
        lambda n: f"{n[:3]} {n[3:7]} {n[7:]}",
        lambda n: f"{n[:3]}-{n[3:7]}-{n[7:]}",
        lambda n: "".join(chr(ord(c) + 0xFEE0) for c in n),  # full-width digits
        lambda n: f"  {n} ",
    ))(number)


def dirty_rows(customers: Sequence[CleanCustomer], seed: int = 1, *, numbers: bool = True,
               blank_every: int = 37) -> tuple[list[str], list[list]]:
    """(header, rows) of a sheet holding `customers` in order, dirtied; an empty row after
    every `blank_every` customers, a total row at the end. `numbers`: phones and dates may
    be numbers (a workbook); False: every cell a text (a CSV)."""
    rng = random.Random(seed)
    header = [rng.choice(HEADERS[f]) for f in FIELDS]
    rows: list[list] = []
    for n, c in enumerate(customers, 1):
        phone = _phone_forms(c, rng)
        row = [
            c.name if rng.random() < 0.8 else f" {c.name}  ",
            phone,
            c.plate.replace("·", "") if rng.random() < 0.5 else c.plate,
            "".join(FULL_WIDTH.get(ch, ch) for ch in c.vin) if rng.random() < 0.1
            else (c.vin.lower() if rng.random() < 0.2 else c.vin),
            _date_forms(c.purchase_date, rng) if c.purchase_date else None,
            _date_forms(c.insurance_expiry, rng) if c.insurance_expiry else None,
            c.address,
            c.wechat,
            c.notes,
        ]
        if not numbers:
            row = [_as_text(v) for v in row]
        rows.append(row)
        if blank_every and n % blank_every == 0:
            rows.append([None] * len(FIELDS))
    rows.append(["合计", f"{len(customers)}人"] + [None] * (len(FIELDS) - 2))
    return header, rows


def _as_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.0f}" if value.is_integer() else repr(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_dirty_xlsx(path: str | Path, customers: Sequence[CleanCustomer], seed: int = 1
                     ) -> list[CleanCustomer]:
    """A workbook as a dealership sends it: a title and a date line above the header, a
    merged "车辆信息" over the vehicle columns, a hidden internal column, the dirty rows."""
    from openpyxl import Workbook

    header, rows = dirty_rows(customers, seed)
    book = Workbook()
    sheet = book.active
    sheet.title = "客户名单"
    sheet.append(["某某汽车4S店 客户名单"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header) + 1)
    sheet.append(["导出日期：2026-11-30", None, "车辆信息"])
    sheet.merge_cells(start_row=2, start_column=3, end_row=2, end_column=6)
    sheet.append([*header, "内部编号"])
    for n, row in enumerate(rows, 1):
        sheet.append([*row, f"X{n:06d}" if any(v is not None for v in row) else None])
    sheet.column_dimensions["J"].hidden = True
    book.save(path)
    return list(customers)


def write_dirty_csv(path: str | Path, customers: Sequence[CleanCustomer], seed: int = 1, *,
                    encoding: str = "gb18030", delimiter: str = ";") -> list[CleanCustomer]:
    """A CSV as an old CRM exports it: every cell a text, in `encoding` with `delimiter`
    (GB18030 and semicolons by default; "utf-8-sig" and a tab are the other usual ones)."""
    header, rows = dirty_rows(customers, seed, numbers=False)
    with open(path, "w", encoding=encoding, newline="") as out:
        writer = csv.writer(out, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(["" if v is None else v for v in row] for row in rows)
    return list(customers)


def clean_customers_of(services, limit: int, seed: int = 1) -> list[CleanCustomer]:
    """Customers of a (demo) book as the import should read them back: name, mobile (and
    the other phone), the first vehicle's plate, VIN and dates, address, WeChat, notes."""
    rng = random.Random(seed)
    ids = services.customers.search_ids("")
    found = []
    for customer_id in rng.sample(ids, min(limit, len(ids))):
        card = services.customers.card(customer_id)
        c = card.customer
        if not c.phone.startswith("+861"):
            continue
        car = next((v for v in card.vehicles if v.vin and v.plate), None)
        found.append(CleanCustomer(
            name=c.name, phone=c.phone,
            phone_alt=c.phone_alt if c.phone_alt.startswith("+861") else "",
            plate=car.plate if car else "", vin=car.vin if car else "",
            purchase_date=car.purchase_date if car else None,
            insurance_expiry=car.insurance_expiry if car else None,
            address=c.address, wechat=c.wechat, notes=c.notes.replace("\n", " ")))
    return found
