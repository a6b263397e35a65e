"""The word shown before a phone extension in the interface's language ("转", "ext."): set
with the language (app.render.language), read by validation.format_phone. A module of its
own so that setting it does not load the phone rules before the window first shows."""

from __future__ import annotations

_extension_word: list[str] = []


def set_extension_word(word: str | None) -> None:
    """The word before an extension ("转", "ext."); None: the number's own (转 at home,
    ext. abroad)."""
    _extension_word[:] = [word] if word else []


def extension_word() -> str | None:
    """The word set by set_extension_word (None: the number's own)."""
    return _extension_word[0] if _extension_word else None
