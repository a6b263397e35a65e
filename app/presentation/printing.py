"""Paper for the desk, as printable HTML: the morning call sheet and the follow-up list.

The lists are written as Qt rich text (the HTML subset QTextDocument understands), one
table per advisor, for app.render.pdf to lay out on A4 portrait pages (no table row split
across pages). Every piece of text from the book is escaped; every word of our own is
translated (context "Printing"; words for coded values share "Labels"). No Qt here.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import TypeVar

from app.domain.enums import FollowUpStatus
from app.domain.reminder_records import CallLine, CallSheet, FollowUpRecord
from app.domain.validation import format_phone
from app.presentation import labels
from app.presentation.call_words import due_words, overdue_words, reason_lines
from app.presentation.i18n import arg, day_name, translate

# type sizes in points, the text's and the page footer's (app.render.pdf draws the footer)
BODY_POINTS = 9.0
TABLE_POINTS = 8.5
FOOTER_POINTS = 7.0
TITLE_POINTS = 15.0  # h1: the heading of a page

BALLOT_BOX = "\u2610"  # ☐
_STYLE = f"""
body {{ font-size: {BODY_POINTS}pt; }}
h1 {{ font-size: {TITLE_POINTS}pt; margin-top: 0; margin-bottom: 2px; }}
h2 {{ font-size: 11.5pt; margin-top: 8px; margin-bottom: 3px; }}
p.meta {{ margin-top: 0; margin-bottom: 2px; }}
p.legend {{ margin-top: 0; margin-bottom: 4px; color: #555555; font-size: 7.5pt; }}
p.empty {{ margin-top: 16px; font-size: 12pt; }}
table.list {{ border-collapse: collapse; border-color: #555555; font-size: {TABLE_POINTS}pt; }}
table.list th {{ background-color: #e8e8e8; font-weight: bold; text-align: left;
                 padding: 2px; border: 0.5px solid #555555; }}
table.list td {{ padding: 2px; border: 0.5px solid #555555; vertical-align: top; }}
p.reason {{ margin: 0; margin-left: 18px; text-indent: -18px; }}
.overdue {{ color: #a00000; font-weight: bold; }}
.small {{ font-size: 7.5pt; color: #444444; }}
.ticks {{ font-size: 8pt; }}
table.list th.tick {{ font-size: 6pt; font-weight: normal; text-align: center; }}
td.tick {{ font-size: 9pt; }}
"""

# Column widths in percent of the text width (A4 portrait less 2 x 12 mm: 186 mm).
# The call sheet: #, customer and phone, reasons, five outcome tick boxes, notes.
# Each outcome column fits its longest English word or four Chinese characters at 6 pt.
_CALL_COLUMNS = (3, 15, 37, 6, 6, 8, 6, 6, 13)
_CALL_HEAD_CLASSES = ("", "", "", "tick", "tick", "tick", "tick", "tick", "")
_FOLLOW_UP_COLUMNS = (12, 13, 14, 12, 11, 12, 13, 13)

_T = TypeVar("_T", CallLine, FollowUpRecord)


# --- words ----------------------------------------------------------------------------


def reason_label(kind: str) -> str:
    """Words for a reason to call (a ReminderKind or FollowUpReason value): the
    interface's own words, from app.presentation.labels (context "Labels")."""
    return labels.reason(getattr(kind, "value", kind))


def follow_up_status_label(status: str) -> str:
    """Words for a follow-up's status (context "Labels")."""
    return labels.follow_up_status(getattr(status, "value", status))


def _outcome_words() -> tuple[str, ...]:
    return (
        translate("Printing", "reached", "call outcome tick box, short"),
        translate("Printing", "no answer", "call outcome tick box, short"),
        translate("Printing", "appointment", "call outcome tick box, short"),
        translate("Printing", "not interested", "call outcome tick box, short"),
        translate("Printing", "wrong number", "call outcome tick box, short"),
    )


def _outcome_boxes() -> str:
    # one box a line: Chinese text may otherwise break inside a word ("无人接 / 听")
    return "<br>".join(f"{BALLOT_BOX}&nbsp;{_e(word)}" for word in _outcome_words())


def _e(text: object) -> str:
    return html.escape(str(text or ""), quote=True)


def _date(value: date | None) -> str:
    return value.isoformat() if value else ""


def _day_heading(day: date) -> str:
    weekday = day_name(day)
    return f"{day.isoformat()} {weekday}"


def _by_advisor(items: Iterable[_T]) -> list[tuple[str, list[_T]]]:
    """Groups in the order the advisors first appear; lines without an advisor last
    (their name is "")."""
    groups: dict[tuple[int | None, str], list[_T]] = {}
    for item in items:
        groups.setdefault((item.advisor_id, item.advisor_name or ""), []).append(item)
    keys = sorted(groups, key=lambda k: k[0] is None and not k[1])  # stable: keeps order
    return [(name, groups[(aid, name)]) for aid, name in keys]


def _header_row(titles: Sequence[str], widths: Sequence[int],
                classes: Sequence[str] = ()) -> str:
    classes = tuple(classes) or ("",) * len(titles)
    cells = "".join(
        f'<th width="{width}%"{f" class={kind!r}" if kind else ""}>{_e(title)}</th>'
        for title, width, kind in zip(titles, widths, classes, strict=True)
    )
    return f"<thead><tr>{cells}</tr></thead>"


def _table(titles: Sequence[str], widths: Sequence[int], rows: Iterable[str], *,
           head_classes: Sequence[str] = ()) -> str:
    return (
        '<table class="list" width="100%" border="0.5" cellspacing="0" cellpadding="2">'
        f"{_header_row(titles, widths, head_classes)}<tbody>{''.join(rows)}</tbody></table>"
    )


def _document(title: str, meta: str, body: str) -> str:
    return (
        "<html><head><meta charset='utf-8'>"
        f"<title>{_e(title)}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{_e(title)}</h1><p class='meta'>{meta}</p>{body}</body></html>"
    )


def _advisor_heading(name: str, count: int, new_page: bool) -> str:
    if name:
        text = arg(translate("Printing", "Advisor: %1 (%2)"), name, count)
    else:
        text = arg(translate("Printing", "No advisor (%1)"), count)
    style = " style='page-break-before: always'" if new_page else ""
    return f"<h2{style}>{_e(text)}</h2>"


def _reason_with_detail(words: str, detail: str) -> str:
    if not detail:
        return _e(words)
    text = translate("Printing", "%1 (%2)", "a reason to call (its detail)")
    return _e(arg(text, words, detail))


def _overdue_mark() -> str:
    word = translate("Printing", "overdue", "mark next to a customer on paper")
    return f"<br><span class='overdue'>! {_e(word)}</span>"


def _vehicle_cell(pairs: Iterable[tuple[str, str]]) -> str:
    """Each vehicle once, with its plate(s) in bold above the make and model."""
    plates: dict[str, dict[str, None]] = {}
    for vehicle, plate in pairs:
        if vehicle or plate:
            found = plates.setdefault(vehicle or "", {})
            if plate:
                found[plate] = None
    parts = []
    for vehicle, found in plates.items():
        lines = [f"<b>{_e(plate)}</b>" for plate in found]
        if vehicle:
            lines.append(_e(vehicle))
        parts.append("<br>".join(lines))
    return "<br>".join(parts)


# --- the call sheet -------------------------------------------------------------------


def call_sheet_html(
    sheet: CallSheet,
    reason_text: Callable[[str], str] | None = None,
    *,
    page_per_advisor: bool = True,
) -> str:
    """The day's call sheet as rich text: one table per advisor, tick boxes, room for notes.

    A customer takes one row, as tall as their reasons (and name and phone) need: each
    reason on its own line with its date and the car it is about; the outcome tick
    boxes stand in a column each, named once in the header row.
    `reason_text` gives the words for a reason's kind (default: reason_label). With
    `page_per_advisor` each advisor's calls begin on a new page, to be handed out.
    """
    words = reason_text or reason_label
    title = translate("Printing", "Call sheet")
    who = sheet.advisor_name or translate("Printing", "all advisors")
    count = arg(translate("Printing", "Customers to call: %1"), len(sheet.lines))
    meta = f"<b>{_e(_day_heading(sheet.day))}</b> · {_e(who)} · {_e(count)}"
    if not sheet.lines:
        empty = translate("Printing", "Nobody to call on this day.")
        return _document(title, meta, f"<p class='empty'>{_e(empty)}</p>")
    meta += f" · {_e(overdue_words(sheet))}"
    legend = translate(
        "Printing", "Names in bold are key accounts. “!” marks a call that is overdue."
    )
    titles = (
        translate("Printing", "#"),
        translate("Printing", "Customer"),
        translate("Printing", "Reasons"),
        *_outcome_words(),
        translate("Printing", "Notes"),
    )
    wrong = translate("Printing", "number may be wrong")
    ticks = f"<td class='tick' align='center'>{BALLOT_BOX}</td>" * len(_outcome_words())
    parts = [f"<p class='legend'>{_e(legend)}</p>"]
    for index, (advisor, lines) in enumerate(_by_advisor(sheet.lines)):
        parts.append(_advisor_heading(advisor, len(lines), page_per_advisor and index > 0))
        rows = []
        for number, line in enumerate(lines, start=1):
            name = f"<b>{_e(line.customer_name)}</b>" if line.key_account else _e(line.customer_name)
            name += f"<br>{_e(line.phone)}"
            if line.phone_wrong:
                name += f" <span class='small'>{_e(wrong)}</span>"
            reasons = []
            for when, overdue, text in reason_lines(line.reasons, words, labels.reminder_detail):
                if overdue:  # how late says more than the date, in less room
                    due = f"<span class='overdue'>!&nbsp;{_e(due_words(when, sheet.day))}</span>"
                else:
                    due = _e(_date(when))
                reasons.append(f"{due}&nbsp; {_e(text)}")
            rows.append(
                f"<tr><td>{number}</td><td>{name}</td>"
                f"<td>{''.join(f'<p class=reason>{r}</p>' for r in reasons)}</td>"
                f"{ticks}<td>&nbsp;</td></tr>"
            )
        parts.append(_table(titles, _CALL_COLUMNS, rows, head_classes=_CALL_HEAD_CLASSES))
    return _document(title, meta, "".join(parts))


# --- the follow-up list ---------------------------------------------------------------


def follow_up_list_html(
    day: date,
    items: Sequence[FollowUpRecord],
    reason_text: Callable[[str], str] | None = None,
    *,
    page_per_advisor: bool = True,
) -> str:
    """Follow-ups as rich text, `day` being the day printed: one table per advisor (in
    the order they first appear, those without one last), tick boxes, room for notes.
    A follow-up still open or snoozed with its due date before `day` is marked overdue."""
    words = reason_text or reason_label
    title = translate("Printing", "Follow-ups")
    count = arg(translate("Printing", "Follow-ups: %1"), len(items))
    meta = f"<b>{_e(_day_heading(day))}</b> · {_e(count)}"
    if not items:
        empty = translate("Printing", "No follow-ups are due.")
        return _document(title, meta, f"<p class='empty'>{_e(empty)}</p>")
    legend = translate(
        "Printing", "Names in bold are key accounts. “!” marks a call that is overdue."
    )
    titles = (
        translate("Printing", "Customer"),
        translate("Printing", "Phone"),
        translate("Printing", "Reason"),
        translate("Printing", "Due"),
        translate("Printing", "Status"),
        translate("Printing", "Vehicle"),
        translate("Printing", "Outcome"),
        translate("Printing", "Notes"),
    )
    boxes = _outcome_boxes()
    parts = [f"<p class='legend'>{_e(legend)}</p>"]
    for index, (advisor, records) in enumerate(_by_advisor(items)):
        parts.append(_advisor_heading(advisor, len(records), page_per_advisor and index > 0))
        rows = []
        for item in records:
            overdue = item.due_date < day and item.status in (
                FollowUpStatus.OPEN,
                FollowUpStatus.SNOOZED,
            )
            name = f"<b>{_e(item.customer_name)}</b>" if item.key_account else _e(item.customer_name)
            due = _e(_date(item.due_date))
            if overdue:
                name += _overdue_mark()
                due = f"<span class='overdue'>{due}&nbsp;!</span>"
            reason = _e(words(getattr(item.reason, "value", item.reason)))
            if item.occurs_on and item.occurs_on != item.due_date:
                when = translate("Printing", "date: %1")
                reason += f"<br><span class='small'>{_e(arg(when, _date(item.occurs_on)))}</span>"
            if item.notes:
                reason += f"<br><span class='small'>{_e(item.notes)}</span>"
            status = _e(follow_up_status_label(item.status))
            if item.snoozed_until:
                until = translate("Printing", "until %1")
                status += f"<br>{_e(arg(until, _date(item.snoozed_until)))}"
            if item.attempts:
                tries = translate("Printing", "attempts: %1")
                status += f"<br>{_e(arg(tries, item.attempts))}"
            vehicle = _vehicle_cell([(item.vehicle, item.plate)])
            rows.append(
                f"<tr><td>{name}</td><td>{_e(item.phone)}</td><td>{reason}</td>"
                f"<td>{due}</td><td>{status}</td><td>{vehicle}</td>"
                f"<td class='ticks'>{boxes}</td><td>&nbsp;</td></tr>"
            )
        parts.append(_table(titles, _FOLLOW_UP_COLUMNS, rows))
    return _document(title, meta, "".join(parts))


# --- leads (issue 16) -------------------------------------------------------------------
_LEAD_COLUMNS = (14, 13, 14, 6, 11, 11, 11, 7, 13)


def lead_list_html(day: date, rows: Sequence, filters: str = "", *,
                   page_per_advisor: bool = True) -> str:
    """The leads view's list as rich text (rows: app.services.sales.lead_lists LeadRow, in
    the list's order): one table per advisor, dormant leads marked, room for notes.
    `filters`: the view's filters in words, printed under the title."""
    title = translate("Printing", "Leads")
    count = arg(translate("Printing", "Leads: %1"), len(rows))
    meta = f"<b>{_e(_day_heading(day))}</b> · {_e(count)}"
    if filters:
        meta += f" · {_e(filters)}"
    if not rows:
        empty = translate("Printing", "No leads match.")
        return _document(title, meta, f"<p class='empty'>{_e(empty)}</p>")
    legend = translate("Printing", "“!” marks a dormant lead: no contact for its level's "
                                   "dormant days.")
    titles = (
        translate("Printing", "Customer"),
        translate("Printing", "Phone"),
        translate("Printing", "Models"),
        translate("Printing", "Level"),
        translate("Printing", "Stage"),
        translate("Printing", "Next follow-up"),
        translate("Printing", "Last contact"),
        translate("Printing", "Quiet days"),
        translate("Printing", "Notes"),
    )
    parts = [f"<p class='legend'>{_e(legend)}</p>"]
    for index, (advisor, records) in enumerate(_by_advisor(rows)):
        parts.append(_advisor_heading(advisor, len(records), page_per_advisor and index > 0))
        lines = []
        for r in records:
            name = _e(r.customer_name)
            quiet = _e(r.quiet_days)
            if r.dormant:
                word = translate("Printing", "dormant", "mark next to a lead on paper")
                name += f"<br><span class='overdue'>! {_e(word)}</span>"
                quiet = f"<span class='overdue'>{quiet}&nbsp;!</span>"
            last = r.last_contact_at.strftime("%Y-%m-%d") if r.last_contact_at else ""
            lines.append(
                f"<tr><td>{name}</td><td>{_e(format_phone(r.phone))}</td><td>{_e(r.models)}</td>"
                f"<td>{_e(r.level)}</td><td>{_e(labels.lead_stage(r.stage))}</td>"
                f"<td>{_e(_date(r.next_follow_up))}</td><td>{_e(last)}</td>"
                f"<td>{quiet}</td><td>&nbsp;</td></tr>"
            )
        parts.append(_table(titles, _LEAD_COLUMNS, lines))
    return _document(title, meta, "".join(parts))
