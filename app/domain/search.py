"""Search keys: what a customer can be found by, and how a query is read."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.domain.validation import phone_digits, plate_key

SEPARATOR = "|"


def pinyin_of(name: str) -> tuple[str, str]:
    """(full pinyin, initials) of a name, lower case, no spaces: 张三 -> (zhangsan, zs)."""
    name = (name or "").strip()
    if not name:
        return "", ""
    from pypinyin import Style, lazy_pinyin  # imported on first use: its dictionaries load slowly

    syllables = [s for s in lazy_pinyin(name, style=Style.NORMAL, errors="default") if s.strip()]
    words: list[str] = []
    for chunk in syllables:
        # Latin runs ("BYD Fleet") stay words of their own
        words.extend(w for w in re.split(r"[^0-9A-Za-z]+", chunk) if w)
    full = "".join(words).lower()
    initials = "".join(w[0] for w in words).lower()
    return full, initials


def search_keys(
    name: str,
    phones: Iterable[str] = (),
    plates: Iterable[str] = (),
    vins: Iterable[str] = (),
    extra: Iterable[str] = (),
) -> str:
    """One lower-case string a substring search runs over; fields kept apart by '|'."""
    full, initials = pinyin_of(name)
    parts = [name.strip().lower(), full, initials]
    for phone in phones:
        digits = phone_digits(phone)
        if digits:
            # landlines are typed with their trunk 0 (010-6552...), mobiles without
            parts.append(digits if digits.startswith("1") else "0" + digits)
    parts += [plate_key(p).lower() for p in plates if p]
    parts += [v.lower() for v in vins if v]
    parts += [e.strip().lower() for e in extra if e and e.strip()]
    return SEPARATOR + SEPARATOR.join(p.replace(SEPARATOR, " ") for p in parts if p) + SEPARATOR


def normalize_query(text: str) -> str:
    """What is searched for: lower case, without spaces and plate/phone punctuation."""
    return re.sub(r"[\s·•\-_()（）+|]", "", text or "").lower()
