"""Translation without Qt: the words of app.presentation go through `translate`, which asks
the translator installed at start (the window and the command line install Qt's
QCoreApplication.translate, see app.render.language); none installed, the English text.

How lupdate (make translations) finds these strings, tested on pyside6-lupdate 6.11:
- `translate("Context", "text")` and `translate("Context", "text", "comment")`, called by
  that name (an alias or keyword arguments hide them), are filed under "Context";
- plurals are marked as such (numerus) only for `self.tr("%n ...", "comment", n)` inside a
  class: lupdate takes the class's name as the context. So counted words live in a small
  plain class named after their context whose `tr` calls `translate` with that name
  (see `Counted` and app.presentation.call_words.CallSheetWords);
- `QT_TRANSLATE_NOOP("Context", "text")` marks a text translated later with
  `translate("Context", text)`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

Translator = Callable[[str, str, "str | None", int], str]

_installed: list[Translator] = []
_day_names: list[Callable[[date], str]] = []


def install(translator: Translator | None, day_name: Callable[[date], str] | None = None) -> None:
    """Use `translator(context, text, disambiguation, n)` from now on (None: the English
    text), and `day_name(day)` for the names of weekdays (None: English names)."""
    _installed[:] = [translator] if translator is not None else []
    _day_names[:] = [day_name] if day_name is not None else []


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the person's language; with n >= 0, the plural form for n, "%n" filled."""
    if _installed:
        return _installed[0](context, text, disambiguation, n)
    return text.replace("%n", str(n)) if n >= 0 else text


def day_name(day: date) -> str:
    """The weekday of `day` ("Monday", "星期一"), in the language of the dates shown."""
    if _day_names:
        return _day_names[0](day)
    import calendar  # (the window names weekdays through Qt: not loaded at its start)

    return calendar.day_name[day.weekday()]


def arg(template: str, *values: object) -> str:
    """Fill %1, %2, ... in one pass, as QString.arg would (a value's own "%2" stays)."""
    return re.sub(
        r"%(\d)",
        lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values) else m.group(0),
        template,
    )


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks `text` for lupdate under `context`; returns it untranslated."""
    return text


class Counted:
    """Counted words of one context: a subclass named after its context (lupdate files
    `self.tr` under the class's name) says `self.tr("%n day(s)", "", days)`."""

    context = ""

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.context or type(self).__name__, text, disambiguation, n)
