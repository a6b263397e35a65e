"""An anonymised copy of a book for support (`guanxi anonymise --db BOOK --out COPY`).

The book is only read, in one snapshot, through the copy machinery (app.services.admin.copy:
a SQLite file or a server's book); the copy is a new SQLite file with every table, every
row, every id, date, amount and count of the book, and none of its people:

- names (customers, household members, staff) become generated Chinese names (a company's,
  a generated company name), their readings and initials worked out again by the program's
  own functions (app.domain.search), so the copy's search finds them by pinyin too;
- phone numbers become other numbers of the same kind (a mainland mobile a 13x mobile the
  program's check accepts, a landline another number behind the same area code), phone
  digits worked out again; VINs another 17 characters with the same maker, model and year
  positions and a right ISO 3779 check digit; plates another plate of the same province,
  city letter and form; WeChat ids, e-mail addresses and logins made-up ones;
- every free text (addresses, notes, the timeline, follow-up and visit notes, work lines,
  dates' titles, household notes, hobbies, employer, occupation, consent notes, a lead's
  trade-in and notes, the showroom log's interest and notes, test-drive feedback) the same
  length and layout in meaningless characters: digits stay digits, letters letters,
  punctuation and line breaks where they were;
- the customers' search keys worked out again from the new values (the copy's search
  index is built from them);
- the staff's accounts removed (no login, no password hash, no failed tries): the copy asks
  for an owner's account when it is first opened;
- the audit log keeps every entry with its time, action, record and staff number; the name
  in each and the personal values in its details replaced as above (field names, actions,
  list names, counts, dates and the program's own words kept), and the hash chain worked
  out again over the new entries, so `guanxi check` passes on the copy. (Whether the
  book's own chain held is told in the report: the copy's is new.)

Kept as they are: tags (the store's own labels), makes, models, trims, colours, the book's
settings, every enum, flag, number and date (birthdays too: the reminders are worked out
from them).

Each value is replaced CONSISTENTLY within one run: the replacement is drawn from a keyed
hash of the value (blake2b / shake-256 with a random key made for the run and never
stored), so the same name, phone, VIN or plate gets the same replacement wherever it is
(duplicates stay duplicates, a household's members keep their card), the mapping cannot be
reversed, and two runs give different copies. Names, phones, VINs and plates are also
one-to-one and never one of the book's own values (a draw that would be is drawn again).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Table

from app.db import audit, transfer
from app.db import engine as engine_module
from app.db.bulk import customer_keys, digits_of, readings_of
from app.db.engine import sqlite_path
from app.domain.changes import Actor
from app.domain.errors import BookError
from app.domain.roles import Right
from app.domain.validation import vin_check_digit
from app.services.admin.copy import (
    Progress,
    TableCopy,
    copy_book,
    place_text,
    remove_with_companions,
    with_companions,
)
from app.services.permissions import require

log = logging.getLogger(__name__)

# ---------------------------------------------------------------- what replaces what
# Common surnames; the given names are drawn from characters no common given name of the
# demo books uses (nor any surname above), so a generated name is never mistaken for one
# of the book's own, nor contains one.
SURNAMES = ("赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏"
            "水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤")
GIVEN = ("澄朗砚舟棠岚澈沐屿汀芷蔓苒槿筠蘅珂璟琛瑾瑜嵘峻崇谦逸骁霆钧铠锦煦晞昕曦暄昀朔宸"
         "岑崧柯桐梧楠榕樾檀沅澜泓湛溪潇瀚淇渝濡霖霏雯霓露黛蓁萱菁苓茗荔莞蕙芸茉莎菡蕴淑"
         "娴婉姝妤嫣娉媛瑷琬琰璞瑄瑛珞琼玥珏璨绮缦纾绫绯纨彦骞驰骏骥麒麟鹤鸾翎羽翊翀翰笙箫"
         "筝弦律韶韵颂吟咏诵")
LATIN_GIVEN = ("Alex", "Chris", "Jordan", "Sam", "Taylor", "Robin", "Kim", "Pat", "Dana",
               "Jamie", "Casey", "Morgan", "Quinn", "Riley", "Avery", "Rowan")
LATIN_FAMILY = ("Miller", "Baker", "Parker", "Cooper", "Turner", "Walker", "Hughes", "Ward",
                "Fisher", "Grant", "Hayes", "Lane", "Marsh", "Perry", "Reed", "Stone")
COMPANY_TRADES = ("商贸", "物流", "科技", "实业", "工程", "服务", "贸易", "咨询")
# what a free text's Chinese characters become: none is a surname or a given-name
# character, so no name can appear in a replaced text
FILLER = ("甲乙丙戊己庚辛壬癸之乎者也其而以则乃若夫盖且或故虽犹尚皆亦又复再更益愈甚颇稍略仅"
          "但唯只独惟此彼孰焉哉矣耳已尔欤邪兮啊呀哦嗯哈嘛呢吧么")
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139")
VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O
_PLATE = re.compile(r"^(?P<head>[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]"
                    r"[A-HJ-NP-Z])·?(?P<body>[A-HJ-NP-Z0-9挂学警港澳领]{5,6})$")
_EMBASSY = re.compile(r"^使(?P<body>[0-9]{3}·?[0-9]{3})$")
# the program's own words in an audit entry's details: kept (lists' names, kinds, enums)
_WORD = re.compile(r"^[a-z][a-z_]{0,39}$")
_DAY_OR_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$")
# audit-entry detail fields whose values are the kept columns' (or the program's own)
_KEPT_FIELDS = frozenset({
    "tags", "kind", "gender", "make", "model", "trim", "colour", "source", "relation",
    "status", "reason_code", "outcome", "visit_type", "channel", "purpose", "role", "list",
    "ops", "birthday_calendar", "purchase_type", "action", "record_kind", "state",
    "marketing_consent_channel",
})
# actors that are no person
_NO_PERSON = frozenset({"", "system", "desk"})
_MEMO_LIMIT = 200_000  # free texts remembered (a repeated one is not worked out again)
_MAX_DRAWS = 10_000


@dataclass(frozen=True)
class AnonymiseReport:
    source: str  # where from (without any password) and the copy's file
    target: str
    tables: tuple[TableCopy, ...]
    seconds: float
    replaced: dict[str, int] = field(default_factory=dict)  # kind -> distinct values
    source_chain_breaks: int = 0  # entries of the book's own audit log that broke its chain


def _cjk(text: str) -> bool:
    return any("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in text)


class Replacements:
    """The run's keyed, consistent replacements of each kind of value."""

    def __init__(self, key: bytes | None = None):
        self.key = key or secrets.token_bytes(32)
        self._memo: dict[str, dict] = {}
        self._used: dict[str, set] = {}
        # the book's own values of each kind: never drawn as a replacement
        self.originals: dict[str, set] = {"name": set(), "phone": set(), "vin": set(),
                                          "plate": set()}
        self._texts: dict[str, str] = {}

    # ------------------------------------------------------------ drawing
    def _draw(self, kind: str, value: str, n: int) -> int:
        data = f"{kind}\x00{n}\x00{value}".encode("utf-8", "surrogatepass")
        return int.from_bytes(hashlib.blake2b(data, key=self.key, digest_size=16).digest(), "big")

    def _one_to_one(self, kind: str, value: str, make: Callable[[int, int], str]) -> str:
        """`make(draw, attempt)` drawn again until it is neither one of the book's own
        values of the group nor another value's replacement; remembered."""
        memo = self._memo.setdefault(kind, {})
        found = memo.get(value)
        if found is not None:
            return found
        group = "name" if kind.startswith("name") else kind
        used = self._used.setdefault(group, set())
        originals = self.originals.get(group, ())
        for attempt in range(_MAX_DRAWS):
            candidate = make(self._draw(kind, value, attempt), attempt)
            if candidate not in used and candidate not in originals:
                break
        else:  # (a space that small is not met in a book; said rather than looped on)
            raise BookError("copy_failed", f"{kind}: no replacement left")
        used.add(candidate)
        memo[value] = candidate
        return candidate

    def counts(self) -> dict[str, int]:
        return {kind: len(memo) for kind, memo in self._memo.items()}

    # ------------------------------------------------------------ names
    def person(self, name: str) -> str:
        if not name or not name.strip():
            return name
        latin = not _cjk(name)
        length = len(name.strip())

        def make(h: int, attempt: int) -> str:
            if latin:
                first, h = LATIN_GIVEN[h % 16], h // 16
                initial, h = UPPER[h % 26], h // 26
                return f"{first} {initial}. {LATIN_FAMILY[h % 16]}"
            surname, h = SURNAMES[h % len(SURNAMES)], h // len(SURNAMES)
            # the name's length kept (2 to 4 characters); longer when a length is used up
            given = min(max(length - 1, 1), 3) + attempt // 200
            chars = []
            for _ in range(given):
                chars.append(GIVEN[h % len(GIVEN)])
                h //= len(GIVEN)
            return surname + "".join(chars)

        return self._one_to_one("name", name, make)

    def company(self, name: str) -> str:
        if not name or not name.strip():
            return name

        def make(h: int, attempt: int) -> str:
            chars = []
            for _ in range(2 + attempt // 200):
                chars.append(GIVEN[h % len(GIVEN)])
                h //= len(GIVEN)
            return "".join(chars) + COMPANY_TRADES[h % len(COMPANY_TRADES)] + "有限公司"

        return self._one_to_one("name_company", name, make)

    def any_name(self, name: str) -> str:
        """A name from an audit entry: the company's replacement for a company the book
        has, else a person's."""
        if name in self._memo.get("name_company", {}):
            return self._memo["name_company"][name]
        return self.person(name)

    def actor(self, name: str) -> str:
        return name if name in _NO_PERSON else self.person(name)

    # ------------------------------------------------------------ contact details
    def phone(self, phone: str) -> str:
        if not phone:
            return phone
        return self._one_to_one("phone", phone, lambda h, _a: self._phone_like(phone, h))

    def _phone_like(self, phone: str, h: int) -> str:
        number, mark, extension = phone.partition("x")
        if extension.isdigit():
            extension = self._digits(len(extension), h >> 64)
        tail = mark + extension
        if len(number) == 14 and number.startswith("+861") and number[1:].isdigit():
            prefix = MOBILE_PREFIXES[h % len(MOBILE_PREFIXES)]
            return f"+86{prefix}{(h // 16) % 100_000_000:08d}" + tail
        if number.startswith("+") and number[1:].isdigit():
            landline = self._landline(number, h)
            if landline:
                return landline + tail
            return f"+86{MOBILE_PREFIXES[h % 9]}{(h // 16) % 100_000_000:08d}"
        # not a stored number (text typed before numbers were checked): its digits replaced
        return self._same_shape(phone, h)

    def _landline(self, number: str, h: int) -> str:
        """Another valid number behind the same country and area code ('' if none found)."""
        import phonenumbers

        try:
            parsed = phonenumbers.parse(number, None)
        except phonenumbers.NumberParseException:
            return ""
        country = str(parsed.country_code)
        national = number[1 + len(country):]
        keep = 2 if country == "86" and national[:1] in "12" else 3
        keep = min(keep, max(len(national) - 4, 0))
        for attempt in range(20):
            rest = self._digits(len(national) - keep, h + attempt)
            if rest[:1] in "01":
                rest = str(2 + (h + attempt) % 7) + rest[1:]
            candidate = f"+{country}{national[:keep]}{rest}"
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(candidate, None)):
                    return candidate
            except phonenumbers.NumberParseException:
                pass
        return ""

    @staticmethod
    def _digits(count: int, h: int) -> str:
        out = []
        for _ in range(count):
            out.append(DIGITS[h % 10])
            h //= 10
            if h == 0:
                h = count * 7919 + len(out)
        return "".join(out)

    def _same_shape(self, text: str, h: int) -> str:
        out = []
        for ch in text:
            if ch.isdigit():
                out.append(DIGITS[h % 10])
                h //= 10
            elif ch.isascii() and ch.isalpha():
                letters = UPPER if ch.isupper() else LOWER
                out.append(letters[h % 26])
                h //= 26
            else:
                out.append(ch)
            if h < 1000:
                h = self._draw("shape", text, len(out))
        return "".join(out)

    def wechat(self, value: str) -> str:
        if not value:
            return value
        return self._one_to_one("wechat", value, lambda h, _a: "wxid_" + _base36(h, 10))

    def email(self, value: str) -> str:
        if not value:
            return value
        return self._one_to_one("email", value, lambda h, _a: f"u{_base36(h, 10)}@example.com")

    def login(self, value: str) -> str:
        if not value:
            return value
        return self._one_to_one("login", value, lambda h, _a: "user" + _base36(h, 6))

    # ------------------------------------------------------------ vehicles
    def vin(self, vin: str | None) -> str | None:
        if not vin:
            return vin
        return self._one_to_one("vin", vin, lambda h, _a: self._vin_like(vin, h))

    @staticmethod
    def _vin_like(vin: str, h: int) -> str:
        if _VIN.match(vin):
            # maker, model and check positions (1-8), year and plant (10, 11) kept; the
            # serial (12-17) drawn
            draft = vin[:8] + "0" + vin[9:11] + f"{h % 1_000_000:06d}"
        else:
            chars = []
            for _ in range(16):
                chars.append(VIN_ALPHABET[h % len(VIN_ALPHABET)])
                h //= len(VIN_ALPHABET)
            draft = "L" + "".join(chars[:7]) + "0" + "".join(chars[7:15])
        return draft[:8] + vin_check_digit(draft) + draft[9:]

    def plate(self, plate: str) -> str:
        if not plate:
            return plate
        return self._one_to_one("plate", plate, lambda h, _a: self._plate_like(plate, h))

    def _plate_like(self, plate: str, h: int) -> str:
        embassy = _EMBASSY.match(plate)
        if embassy:
            digits = self._digits(6, h)
            return f"使{digits[:3]}·{digits[3:]}"
        match = _PLATE.match(plate)
        if match is None:
            return self._same_shape(plate, h)
        body = match["body"]
        keep = set()
        if len(body) == 6:  # a new-energy plate keeps its D / F where it is
            keep = {0} if body[0] in "DF" and body[-1] not in "DF" else {5}
        out = []
        for i, ch in enumerate(body):
            if i in keep or not ch.isascii():
                out.append(ch)
            elif ch.isdigit():
                out.append(DIGITS[h % 10])
                h //= 10
            else:
                out.append(PLATE_LETTERS[h % len(PLATE_LETTERS)])
                h //= len(PLATE_LETTERS)
        return f"{match['head']}·{''.join(out)}"

    # ------------------------------------------------------------ free text
    def text(self, value: str) -> str:
        """A free text as meaningless characters of the same length and layout."""
        if not value:
            return value
        found = self._texts.get(value)
        if found is not None:
            return found
        stream = hashlib.shake_256(
            self.key + b"text\x00" + value.encode("utf-8", "surrogatepass")).digest(2 * len(value))
        out = []
        for i, ch in enumerate(value):
            if ch.isspace() or (ch.isascii() and not ch.isalnum()):
                out.append(ch)
                continue
            n = stream[2 * i] << 8 | stream[2 * i + 1]
            if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff":
                out.append(FILLER[n % len(FILLER)])
            elif ch.isdigit():
                out.append(DIGITS[n % 10])
            elif ch.isalpha():
                out.append(UPPER[n % 26] if ch.isupper() else LOWER[n % 26])
            else:  # (Chinese punctuation, symbols: kept, they say nothing)
                out.append(ch)
        found = "".join(out)
        if len(self._texts) >= _MEMO_LIMIT:
            self._texts.clear()
        self._texts[value] = found
        return found

    # ------------------------------------------------------------ an audit entry's details
    def detail(self, detail: str) -> str:
        if not detail:
            return detail
        try:
            parsed = json.loads(detail)
        except ValueError:
            return self.text(detail)
        return audit.detail_text(self._scrub(parsed, "")) if parsed else detail

    def _scrub(self, value, field_name: str):
        if isinstance(value, dict):
            return {k: self._scrub(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [self._scrub(v, field_name) for v in value]
        if not isinstance(value, str) or not value:
            return value  # numbers, flags, nothing
        if field_name in ("name", "advisor", "actor", "staff"):
            return self.any_name(value)
        if field_name in ("phone", "phone_alt"):
            return self.phone(value)
        if field_name == "vin":
            return self.vin(value)
        if field_name == "plate":
            return self.plate(value)
        if field_name == "wechat":
            return self.wechat(value)
        if field_name == "email":
            return self.email(value)
        if field_name in ("login", "user"):
            return self.login(value)
        if field_name in _KEPT_FIELDS or _WORD.match(value) or _DAY_OR_TIME.match(value):
            return value
        return self.text(value)


def _base36(h: int, length: int) -> str:
    chars = []
    for _ in range(length):
        chars.append((DIGITS + LOWER)[h % 36])
        h //= 36
    return "".join(chars)


# ---------------------------------------------------------------- the copy's rewrite
# each table's columns and what replaces their values (the customers' own columns and the
# search keys are worked out in prepare())
_TEXT = "text"
PLAN: dict[str, dict[str, str]] = {
    "customers": {"email": "email", "occupation": _TEXT, "employer": _TEXT, "hobbies": _TEXT,
                  "family_notes": _TEXT, "address": _TEXT, "notes": _TEXT},
    "household_members": {"name": "person", "phone": "phone", "notes": _TEXT},
    "staff": {"name": "person", "phone": "phone"},
    "vehicles": {"vin": "vin", "plate": "plate", "notes": _TEXT},
    "interactions": {"summary": _TEXT},
    "follow_ups": {"notes": _TEXT},
    "service_visits": {"comments": _TEXT},
    "visit_items": {"description": _TEXT},
    "important_dates": {"title": _TEXT},
    "consents": {"note": _TEXT},
    # leads (issue 16): the models asked about, the order's model and the competitor's
    # brand are kept (as makes and models are); the trade-in (the person's car) and the
    # notes are free text. The stages stay as they are: the copy is the whole book for
    # support, nobody in it was erased (the erasure closes a person's open leads, this not)
    "leads": {"trade_in": _TEXT, "notes": _TEXT, "lost_note": _TEXT, "referral_note": _TEXT},
    # (a test drive's plate is the store's demo car's, kept)
    "showroom_visits": {"interest": _TEXT, "notes": _TEXT},
    "test_drives": {"feedback": _TEXT},
}


class Anonymiser:
    """The copy machinery's rewrite (app.services.admin.copy.Rewrite)."""

    def __init__(self, key: bytes | None = None):
        self.map = Replacements(key)
        self._customers: dict[int, tuple] = {}
        self._keys: dict[int, str] = {}
        self._prev_hash = ""  # the copy's audit chain, entry by entry
        self._source_prev = ""  # the book's own chain, followed as it is read
        self.source_chain_breaks = 0

    # ------------------------------------------------------------ before the copy
    def prepare(self, reader, progress: Progress | None) -> None:
        """The book's own names, phones, VINs and plates (never drawn as replacements);
        each customer's new name, readings, phones, WeChat id and search keys."""
        def rows(sql: str):
            cursor = reader.connection.cursor()
            try:
                cursor.execute(sql)
                while True:
                    chunk = cursor.fetchmany(transfer.CHUNK)
                    if not chunk:
                        return
                    yield from chunk
            finally:
                cursor.close()

        originals = self.map.originals
        for (name,) in rows("SELECT name FROM household_members UNION SELECT name FROM staff"):
            originals["name"].add(name)
        for (phone,) in rows("SELECT phone FROM household_members UNION SELECT phone FROM staff"
                             " UNION SELECT phone_alt FROM customers"):
            originals["phone"].add(phone)
        customers = list(rows("SELECT id, kind, name, phone, phone_alt, wechat FROM customers"
                              " ORDER BY id"))
        for _cid, _kind, name, phone, _alt, _wechat in customers:
            originals["name"].add(name)
            originals["phone"].add(phone)
        cars: dict[int, list[tuple[str, str]]] = {}
        for owner, plate, vin, archived in rows(
                "SELECT owner_id, plate, vin, archived_at FROM vehicles ORDER BY id"):
            originals["plate"].add(plate)
            if vin:
                originals["vin"].add(vin)
            if owner is not None and archived is None:
                cars.setdefault(owner, []).append((plate, vin or ""))
        total = len(customers)
        m = self.map
        for done, (cid, kind, name, phone, phone_alt, wechat) in enumerate(customers, 1):
            person = kind != "company"
            new_name = m.person(name) if person else m.company(name)
            full, initials = (readings_of(new_name.strip(), person) or (("", ""),))[0]
            new_phone, new_alt, new_wechat = m.phone(phone), m.phone(phone_alt), m.wechat(wechat)
            own = [(m.plate(p), m.vin(v) or "") for p, v in cars.get(cid, ())]
            self._customers[cid] = (new_name, full, initials, new_phone, digits_of(new_phone),
                                    new_alt, new_wechat)
            self._keys[cid] = customer_keys(new_name, person, (new_phone, new_alt),
                                            [p for p, _ in own], [v for _, v in own],
                                            (new_wechat,))
            if progress and (done % 5000 == 0 or done == total):
                progress("prepare", "customers", done, total)

    # ------------------------------------------------------------ table by table
    def rows(self, table: Table) -> Callable[[transfer.Rows], transfer.Rows] | None:
        index = {c.name: i for i, c in enumerate(table.columns)}
        if table.name == "customers":
            return self._customer_rows(index)
        if table.name == "customer_search":
            return self._search_rows(index)
        if table.name == "audit_log":
            return self._audit_rows(index)
        plan = PLAN.get(table.name, {})
        steps = [(index[column], self._function(kind)) for column, kind in plan.items()]
        if table.name == "staff":  # no account travels: the copy asks for an owner's
            blank = [(index["login"], None), (index["password_hash"], None),
                     (index["failed_sign_ins"], 0), (index["wait_until"], None)]
        else:
            blank = []
        if not steps and not blank:
            return None
        # one tuple expression per table, compiled once (as app.db.transfer's canonical
        # rows): millions of work lines go through it
        parts = [f"r[{i}]" for i in range(len(table.columns))]
        scope: dict = {}
        for i, function in steps:
            scope[f"f{i}"] = function
            parts[i] = f"(f{i}(r[{i}]) if r[{i}] else r[{i}])"
        for i, value in blank:
            scope[f"v{i}"] = value
            parts[i] = f"v{i}"
        return eval(f"lambda rows: [({', '.join(parts)},) for r in rows]", scope)  # noqa: S307

    def _function(self, kind: str) -> Callable[[str], str]:
        return getattr(self.map, kind)

    def _customer_rows(self, index: dict[str, int]):
        own = [index[c] for c in ("name", "name_pinyin", "name_initials", "phone",
                                  "phone_digits", "phone_alt", "wechat")]
        steps = [(index[column], self._function(kind))
                 for column, kind in PLAN["customers"].items()]
        at_id = index["id"]
        customers = self._customers

        def rewrite(rows: transfer.Rows) -> transfer.Rows:
            out = []
            for row in rows:
                row = list(row)
                for i, value in zip(own, customers[row[at_id]], strict=True):
                    row[i] = value
                for i, function in steps:
                    value = row[i]
                    if value:
                        row[i] = function(value)
                out.append(tuple(row))
            return out

        return rewrite

    def _search_rows(self, index: dict[str, int]):
        at_id, at_keys = index["customer_id"], index["keys"]
        keys = self._keys

        def rewrite(rows: transfer.Rows) -> transfer.Rows:
            out = []
            for row in rows:
                row = list(row)
                row[at_keys] = keys.get(row[at_id], "")
                out.append(tuple(row))
            return out

        return rewrite

    def _audit_rows(self, index: dict[str, int]):
        names = ("at", "staff_id", "actor", "action", "record_kind", "record_id", "detail",
                 "prev_hash", "hash")
        at, staff, actor, action, kind, record, detail, prev, digest = (index[n] for n in names)
        m = self.map

        def rewrite(rows: transfer.Rows) -> transfer.Rows:
            out = []
            for row in rows:
                row = list(row)
                when = datetime.fromisoformat(row[at])
                # the book's own chain, followed as it is read (told in the report)
                own = audit.entry_hash(row[prev], when, row[staff], row[actor], row[action],
                                       row[kind], row[record], row[detail])
                if row[prev] != self._source_prev or own != row[digest]:
                    self.source_chain_breaks += 1
                self._source_prev = row[digest]
                row[actor] = m.actor(row[actor])
                row[detail] = m.detail(row[detail])
                row[prev] = self._prev_hash
                row[digest] = self._prev_hash = audit.entry_hash(
                    self._prev_hash, when, row[staff], row[actor], row[action], row[kind],
                    row[record], row[detail])
                out.append(tuple(row))
            return out

        return rewrite


# ---------------------------------------------------------------- the whole run
def anonymise_book(source: str | Path, target: str | Path, *, force: bool = False,
                   actor: Actor | None = None, progress: Progress | None = None,
                   key: bytes | None = None) -> AnonymiseReport:
    """Write an anonymised copy of the book at `source` (a file or a server URL, only read)
    to the SQLite file `target`. `force` writes over a file already there (never over the
    book itself); nothing is left at `target` when any step fails (the copy is made under a
    temporary name beside it, checked, then given its name). `actor`: the person asking
    (NotAllowed without Right.ANONYMISE; None: the program itself).

    BookError codes: copy_book's, and "copy_target_not_empty" (a file is there and not
    `force`, or `target` is a folder or the book), "cannot_create" (no such folder)."""
    if actor is not None:
        require(None, Right.ANONYMISE, actor)
    started = time.perf_counter()
    path = _target_path(target)
    book = sqlite_path(engine_module.url_for(source))
    if book is not None and _same_book(book.expanduser().resolve(), path):
        raise BookError("copy_target_not_empty", str(path))
    if path.is_dir():
        raise BookError("copy_target_not_empty", str(path))
    if not path.parent.is_dir():
        raise BookError("cannot_create", str(path.parent))
    if (path.exists() or path.is_symlink()) and not force:
        raise BookError("copy_target_not_empty", str(path))
    anonymiser = Anonymiser(key)
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.anonymising")
    try:
        report = copy_book(source, partial, progress, anonymiser)
        for companion in with_companions(path)[1:]:  # (an old -wal beside the new file: never)
            companion.unlink(missing_ok=True)
        if force:
            os.replace(partial, path)
        else:
            try:
                os.link(partial, path)
            except FileExistsError:
                raise BookError("copy_target_not_empty", str(path)) from None
            except OSError:
                if path.exists():
                    raise BookError("copy_target_not_empty", str(path)) from None
                os.replace(partial, path)
    finally:
        remove_with_companions(partial)
    log.info("anonymised copy of %s written to %s", place_text(source), path)
    return AnonymiseReport(report.source, str(path), report.tables,
                           time.perf_counter() - started, anonymiser.map.counts(),
                           anonymiser.source_chain_breaks)


def _target_path(target: str | Path) -> Path:
    written = str(target)
    if "://" in written:
        path = sqlite_path(written) if written.startswith("sqlite") else None
        if path is None:  # the copy is a file, never a server's database
            raise BookError("bad_url", place_text(written))
        return path.expanduser().resolve()
    return Path(written).expanduser().resolve()


def _same_book(book: Path, path: Path) -> bool:
    for companion in with_companions(book):
        try:
            if os.path.samefile(companion, path):
                return True
        except OSError:
            if companion == path:
                return True
    return False
