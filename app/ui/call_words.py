"""Words for the call sheet, shared by the window and the paper: how late a call is,
how many are overdue, and a reason with the car it is about."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication

from app.domain.reminder_records import CallReason, CallSheet

_CONTEXT = "CallSheet"


def due_words(due: date, day: date) -> str:
    """"due today", "in 3 days" or "2 days late", seen from `day`."""
    days = (due - day).days
    if days == 0:
        return QCoreApplication.translate(_CONTEXT, "due today")
    if days < 0:
        return QCoreApplication.translate(_CONTEXT, "%n day(s) late", "", -days)
    return QCoreApplication.translate(_CONTEXT, "in %n day(s)", "", days)


def overdue_words(sheet: CallSheet) -> str:
    """"3 overdue, oldest 5 days", "1 overdue, due yesterday" or "nothing overdue"."""
    count = sheet.overdue_count
    if not count:
        return QCoreApplication.translate(_CONTEXT, "nothing overdue")
    overdue = QCoreApplication.translate(_CONTEXT, "%n overdue", "customers to call", count)
    oldest = QCoreApplication.translate(_CONTEXT, "oldest %n day(s)", "the oldest overdue call",
                                        sheet.oldest_overdue_days)
    return _arg(QCoreApplication.translate(_CONTEXT, "%1, %2", "3 overdue, oldest 5 days"),
                overdue, oldest)


def reason_words(reason: CallReason, kind_words: str, detail_words: str = "") -> str:
    """The reason's words with the car it is about (plate, or make and model) and its
    detail: "Insurance expiry · 京A·12345 (PICC)"."""
    text = kind_words
    if reason.car:
        text = _arg(QCoreApplication.translate(_CONTEXT, "%1 · %2", "a reason to call · its car"),
                    text, reason.car)
    if detail_words:
        text = _arg(QCoreApplication.translate(_CONTEXT, "%1 (%2)", "a reason to call (its detail)"),
                    text, detail_words)
    return text


def _arg(template: str, *values: str) -> str:
    """Fill %1, %2 in one pass (a plate or title holding "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1]
                  if 0 < int(m.group(1)) <= len(values) else m.group(0), template)
