"""Search keys: what a customer can be found by, and how a query is read."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from app.domain.surnames import surname_readings
from app.domain.validation import phone_query, phone_search_forms, plate_key

SEPARATOR = "|"
# marks a further reading of a name (单 read dan besides shan): found by a typed prefix too
FURTHER_READING = "~"


def _words(text: str) -> list[str]:
    """Pinyin syllables of the Chinese characters and the Latin words of a text, lower case."""
    if not text.strip():
        return []
    from pypinyin import Style, lazy_pinyin  # imported on first use: its dictionaries load slowly

    words: list[str] = []
    for chunk in lazy_pinyin(text, style=Style.NORMAL, errors="default"):
        # Latin runs ("BYD Fleet") stay words of their own
        words.extend(w for w in re.split(r"[^0-9A-Za-z]+", chunk) if w)
    return [w.lower() for w in words]


def name_readings(name: str, person: bool = True) -> list[tuple[str, str]]:
    """Every (full pinyin, initials) a name is read as, the one it is sorted by first.

    A person's surname is read as a surname (曾 zeng, 单 shan, 尉迟 yuchi) first, then any
    other surname reading, then as a dictionary reads the whole name (曾 ceng, 单 dan), so
    that each reading people type finds the customer. A company's name is read as written.
    """
    name = (name or "").strip()
    if not name:
        return []
    candidates: list[list[str]] = []
    if person:
        rest: dict[int, list[str]] = {}
        for length, surname in surname_readings(name):
            if length not in rest:
                rest[length] = _words(name[length:])
            candidates.append(list(surname) + rest[length])
    candidates.append(_words(name))
    readings: list[tuple[str, str]] = []
    for words in candidates:
        reading = ("".join(words), "".join(w[0] for w in words))
        if reading not in readings:
            readings.append(reading)
    return readings


def pinyin_of(name: str, person: bool = True) -> tuple[str, str]:
    """(full pinyin, initials) a name is sorted by, lower case, no spaces:
    张三 -> (zhangsan, zs), 曾小贤 -> (zengxiaoxian, zxx)."""
    readings = name_readings(name, person)
    return readings[0] if readings else ("", "")


def name_keys(name: str, readings: list[tuple[str, str]]) -> list[str]:
    """The search-key fields of a name: itself, its first reading, then further readings
    marked with FURTHER_READING."""
    fields = [(name or "").strip().lower()]
    if readings:
        fields += readings[0]
    for full, initials in readings[1:]:
        for value in (full, initials):
            if value not in fields and FURTHER_READING + value not in fields:
                fields.append(FURTHER_READING + value)
    return fields


def search_keys(
    name: str,
    phones: Iterable[str] = (),
    plates: Iterable[str] = (),
    vins: Iterable[str] = (),
    extra: Iterable[str] = (),
    person: bool = True,
    readings: list[tuple[str, str]] | None = None,
) -> str:
    """One lower-case string a substring search runs over; fields kept apart by '|'.
    `readings`: the name's readings when already worked out (name_readings)."""
    if readings is None:
        readings = name_readings(name, person)
    parts = name_keys(name, readings)
    for phone in phones:
        parts += phone_search_forms(phone)
    parts += [plate_key(p).lower() for p in plates if p]
    parts += [v.lower() for v in vins if v]
    parts += [e.strip().lower() for e in extra if e and e.strip()]
    return SEPARATOR + SEPARATOR.join(p.replace(SEPARATOR, " ") for p in parts if p) + SEPARATOR


def normalize_query(text: str) -> str:
    """What is searched for: lower case, without spaces and plate/phone punctuation;
    full-width letters and digits as ordinary ones; a phone number as the keys hold it
    (+86 / 0086 dropped, other country codes kept without +, an extension after the number)."""
    text = unicodedata.normalize("NFKC", text or "")
    phone = phone_query(text)
    if phone:
        return phone
    return re.sub(r"[\s·•・.\-_()（）+|]", "", text).lower()
