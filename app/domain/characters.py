"""Characters a book cannot store, and characters a spreadsheet file cannot hold.

Text reaches the program from typing, pasting and importing, and some of what arrives
is not text a file can keep:

* a *lone surrogate* (U+D800..U+DFFF: half of a UTF-16 pair, left behind by a broken
  paste or a damaged file) has no UTF-8 form, so the book cannot store it: a service
  refuses it with :func:`check_storable_text` (code ``text_invalid``); so is a *NUL*
  (U+0000), which a PostgreSQL server cannot store (refused on every book, so that any
  book can be copied to a server);
* XML 1.0, and so every .xlsx, cannot hold the C0 controls other than tab, line feed
  and carriage return, nor U+FFFE and U+FFFF, nor lone surrogates: :func:`xml_safe`
  leaves them out of every exported string. Everything else, however odd it looks
  (U+0085, emoji, U+FFFD), is kept.
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass

from app.domain.errors import FieldError, ValidationError

__all__ = ["check_storable_text", "is_storable", "unstorable_fields", "xml_safe"]

_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
TEXT_INVALID = "text_invalid"


def xml_safe(text: str) -> str:
    """*text* without the characters an XML 1.0 document cannot hold."""
    return _XML_FORBIDDEN.sub("", text)


def is_storable(text: str) -> bool:
    """False when *text* holds a surrogate code point, which has no UTF-8 form, or a NUL."""
    if "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _holds_unstorable(value: object) -> bool:
    if isinstance(value, str):
        return not is_storable(value)
    if isinstance(value, tuple | list | set | frozenset):
        return any(_holds_unstorable(item) for item in value)
    if is_dataclass(value) and not isinstance(value, type):
        return any(_holds_unstorable(getattr(value, f.name)) for f in fields(value))
    return False


def unstorable_fields(record: object = None, /, **values: object) -> list[FieldError]:
    """One ``text_invalid`` error per field whose text the book cannot store.

    *record* is an input dataclass (each of its fields is looked at, texts inside
    tuples and nested records included, reported under the outer field's name);
    *values* names loose texts, e.g. ``unstorable_fields(notes=notes)``.
    """
    named: dict[str, object] = {}
    if record is not None:
        named.update((f.name, getattr(record, f.name)) for f in fields(record))
    named.update(values)
    return [FieldError(name, TEXT_INVALID) for name, value in named.items()
            if _holds_unstorable(value)]


def check_storable_text(record: object = None, /, **values: object) -> None:
    """Raise ValidationError (``text_invalid``) naming every field of :func:`unstorable_fields`."""
    errors = unstorable_fields(record, **values)
    if errors:
        raise ValidationError(errors)
