"""Words for the call sheet, shared by the window and the paper: how late a call is,
how many are overdue, and the reasons with the car they are about."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date

from app.domain.reminder_records import CallReason, CallSheet
from app.presentation.i18n import Counted, translate


class CallSheetWords(Counted):
    """The call sheet's counted words (lupdate takes plural forms from self.tr only)."""

    def late(self, days: int) -> str:
        return self.tr("%n day(s) late", "", days)

    def ahead(self, days: int) -> str:
        return self.tr("in %n day(s)", "", days)

    def overdue(self, count: int) -> str:
        return self.tr("%n overdue", "customers to call", count)

    def oldest(self, days: int) -> str:
        return self.tr("oldest %n day(s)", "the oldest overdue call", days)

    def quiet(self, days: int) -> str:
        return self.tr("quiet for %n day(s)", "a lead with no contact", days)


_counted: list[CallSheetWords] = []


def _count() -> CallSheetWords:
    if not _counted:
        _counted.append(CallSheetWords())
    return _counted[0]


def due_words(due: date, day: date) -> str:
    """"due today", "in 3 days" or "2 days late", seen from `day`."""
    days = (due - day).days
    if days == 0:
        return translate("CallSheet", "due today")
    if days < 0:
        return _count().late(-days)
    return _count().ahead(days)


def quiet_words(days: int) -> str:
    """"quiet for 9 days": a dormant lead's detail on the call sheet."""
    return _count().quiet(days)


def overdue_words(sheet: CallSheet) -> str:
    """"3 overdue, oldest 5 days", "1 overdue, due yesterday" or "nothing overdue"."""
    count = sheet.overdue_count
    if not count:
        return translate("CallSheet", "nothing overdue")
    overdue = _count().overdue(count)
    oldest = _count().oldest(sheet.oldest_overdue_days)
    return _arg(translate("CallSheet", "%1, %2", "3 overdue, oldest 5 days"),
                overdue, oldest)


def reason_lines(
    reasons: Iterable[CallReason],
    kind_words: Callable[[str], str],
    detail_words: Callable[[str, str], str],
) -> list[tuple[date, bool, str]]:
    """(due, overdue, words) for each line of a customer's reasons: one line per car and
    date, naming the car (plate, or make and model), its reasons together ("Annual
    inspection, Insurance expiry · 京A·12345"); reasons about no car keep a line each.
    In the reasons' order."""
    lines: dict[tuple, list[str]] = {}
    for number, reason in enumerate(reasons):
        words = kind_words(reason.kind)
        detail = detail_words(reason.kind, reason.detail) if reason.detail else ""
        if detail:
            words = _arg(translate(
                "CallSheet", "%1 (%2)", "a reason to call (its detail)"), words, detail)
        key = (reason.due, reason.overdue, reason.car or number)
        lines.setdefault(key, []).append(words)
    joint = translate("CallSheet", ", ", "between reasons about one car")
    out = []
    for (due, overdue, car), words in lines.items():
        text = joint.join(dict.fromkeys(words))
        if isinstance(car, str):
            text = _arg(translate(
                "CallSheet", "%1 · %2", "reasons to call · the car they are about"), text, car)
        out.append((due, overdue, text))
    return out


def _arg(template: str, *values: str) -> str:
    """Fill %1, %2 in one pass (a plate or title holding "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1]
                  if 0 < int(m.group(1)) <= len(values) else m.group(0), template)
