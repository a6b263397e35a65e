"""Paper for the desk: the morning call sheet and the follow-up list, as PDF or printed.

The lists are written as Qt rich text (the HTML subset QTextDocument understands), one
table per advisor, and laid out on A4 portrait pages by a QTextDocument whose paint
device is the PDF writer or the printer itself, so sizes in points are exact at the
device's resolution. No table row is split across pages: a table that would be split
is cut before that row and goes on with its own header row on the next page (see
_lay_out_whole_rows). Every piece of text from the book is escaped; every word of our
own is translated (context "Printing"; words for coded values share "Labels").

Needs a QGuiApplication (fonts).
"""

from __future__ import annotations

import html
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
    QTextTableCell,
)

from app.domain.enums import FollowUpStatus
from app.domain.reminder_records import CallLine, CallSheet, FollowUpRecord
from app.ui import labels
from app.ui.call_words import due_words, overdue_words, reason_lines
from app.ui.i18n import cjk_family

MARGIN_MM = 12.0
PDF_DPI = 300
BODY_POINTS = 9.0
TABLE_POINTS = 8.5
FOOTER_POINTS = 7.0
TITLE_POINTS = 15.0  # h1: the heading of a page
BALLOT_BOX = "\u2610"  # ☐
# fonts for Latin letters and digits, before the CJK family (see _font)
LATIN_FAMILIES = (
    "Segoe UI", "Arial", "Helvetica Neue", "Helvetica", "Liberation Sans", "Noto Sans",
    "DejaVu Sans Condensed", "DejaVu Sans",
)

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
    interface's own words, from app.ui.labels (context "Labels")."""
    return labels.reason(getattr(kind, "value", kind))


def follow_up_status_label(status: str) -> str:
    """Words for a follow-up's status (context "Labels")."""
    return labels.follow_up_status(getattr(status, "value", status))


def _outcome_words() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("Printing", "reached", "call outcome tick box, short"),
        QCoreApplication.translate("Printing", "no answer", "call outcome tick box, short"),
        QCoreApplication.translate("Printing", "appointment", "call outcome tick box, short"),
        QCoreApplication.translate("Printing", "not interested", "call outcome tick box, short"),
        QCoreApplication.translate("Printing", "wrong number", "call outcome tick box, short"),
    )


def _outcome_boxes() -> str:
    # one box a line: Chinese text may otherwise break inside a word ("无人接 / 听")
    return "<br>".join(f"{BALLOT_BOX}&nbsp;{_e(word)}" for word in _outcome_words())


def _arg(template: str, *values: object) -> str:
    """Fill %1, %2, ... in one pass, as QString.arg would (a value's own "%2" stays)."""
    return re.sub(
        r"%(\d)",
        lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values) else m.group(0),
        template,
    )


def _e(text: object) -> str:
    return html.escape(str(text or ""), quote=True)


def _date(value: date | None) -> str:
    return value.isoformat() if value else ""


def _day_heading(day: date) -> str:
    weekday = QLocale().dayName(QDate(day.year, day.month, day.day).dayOfWeek())
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
        text = _arg(QCoreApplication.translate("Printing", "Advisor: %1 (%2)"), name, count)
    else:
        text = _arg(QCoreApplication.translate("Printing", "No advisor (%1)"), count)
    style = " style='page-break-before: always'" if new_page else ""
    return f"<h2{style}>{_e(text)}</h2>"


def _reason_with_detail(words: str, detail: str) -> str:
    if not detail:
        return _e(words)
    text = QCoreApplication.translate("Printing", "%1 (%2)", "a reason to call (its detail)")
    return _e(_arg(text, words, detail))


def _overdue_mark() -> str:
    word = QCoreApplication.translate("Printing", "overdue", "mark next to a customer on paper")
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
    title = QCoreApplication.translate("Printing", "Call sheet")
    who = sheet.advisor_name or QCoreApplication.translate("Printing", "all advisors")
    count = _arg(QCoreApplication.translate("Printing", "Customers to call: %1"), len(sheet.lines))
    meta = f"<b>{_e(_day_heading(sheet.day))}</b> · {_e(who)} · {_e(count)}"
    if not sheet.lines:
        empty = QCoreApplication.translate("Printing", "Nobody to call on this day.")
        return _document(title, meta, f"<p class='empty'>{_e(empty)}</p>")
    meta += f" · {_e(overdue_words(sheet))}"
    legend = QCoreApplication.translate(
        "Printing", "Names in bold are key accounts. “!” marks a call that is overdue."
    )
    titles = (
        QCoreApplication.translate("Printing", "#"),
        QCoreApplication.translate("Printing", "Customer"),
        QCoreApplication.translate("Printing", "Reasons"),
        *_outcome_words(),
        QCoreApplication.translate("Printing", "Notes"),
    )
    wrong = QCoreApplication.translate("Printing", "number may be wrong")
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
    title = QCoreApplication.translate("Printing", "Follow-ups")
    count = _arg(QCoreApplication.translate("Printing", "Follow-ups: %1"), len(items))
    meta = f"<b>{_e(_day_heading(day))}</b> · {_e(count)}"
    if not items:
        empty = QCoreApplication.translate("Printing", "No follow-ups are due.")
        return _document(title, meta, f"<p class='empty'>{_e(empty)}</p>")
    legend = QCoreApplication.translate(
        "Printing", "Names in bold are key accounts. “!” marks a call that is overdue."
    )
    titles = (
        QCoreApplication.translate("Printing", "Customer"),
        QCoreApplication.translate("Printing", "Phone"),
        QCoreApplication.translate("Printing", "Reason"),
        QCoreApplication.translate("Printing", "Due"),
        QCoreApplication.translate("Printing", "Status"),
        QCoreApplication.translate("Printing", "Vehicle"),
        QCoreApplication.translate("Printing", "Outcome"),
        QCoreApplication.translate("Printing", "Notes"),
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
                when = QCoreApplication.translate("Printing", "date: %1")
                reason += f"<br><span class='small'>{_e(_arg(when, _date(item.occurs_on)))}</span>"
            if item.notes:
                reason += f"<br><span class='small'>{_e(item.notes)}</span>"
            status = _e(follow_up_status_label(item.status))
            if item.snoozed_until:
                until = QCoreApplication.translate("Printing", "until %1")
                status += f"<br>{_e(_arg(until, _date(item.snoozed_until)))}"
            if item.attempts:
                tries = QCoreApplication.translate("Printing", "attempts: %1")
                status += f"<br>{_e(_arg(tries, item.attempts))}"
            vehicle = _vehicle_cell([(item.vehicle, item.plate)])
            rows.append(
                f"<tr><td>{name}</td><td>{_e(item.phone)}</td><td>{reason}</td>"
                f"<td>{due}</td><td>{status}</td><td>{vehicle}</td>"
                f"<td class='ticks'>{boxes}</td><td>&nbsp;</td></tr>"
            )
        parts.append(_table(titles, _FOLLOW_UP_COLUMNS, rows))
    return _document(title, meta, "".join(parts))


# --- pages ----------------------------------------------------------------------------


def a4_portrait() -> QPageLayout:
    """A4, portrait, 12 mm margins all round."""
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        margins,
        QPageLayout.Unit.Millimeter,
    )


def _latin_family() -> str | None:
    available = set(QFontDatabase.families())
    return next((family for family in LATIN_FAMILIES if family in available), None)


def _font(points: float) -> QFont:
    """A Latin family first and the CJK family behind it, so Chinese never shows as boxes.

    The Latin family comes first on purpose: digits drawn with Noto Sans CJK lose their
    text in Qt's PDFs (copying or searching a phone number would find nothing).
    """
    font = QFont(QGuiApplication.font())
    cjk = cjk_family()
    latin = _latin_family()
    families = [f for f in (latin, *font.families(), cjk) if f]
    font.setFamilies(list(dict.fromkeys(families)))
    font.setPointSizeF(points)
    return font


# --- rows that do not break across pages -------------------------------------------
#
# QTextDocument splits a table row across a page break line by line, which would put a
# customer on one page and the tick boxes for the call on the next. So the document is
# laid out once, the rows that would be split are found (from the measured height of
# every row), and each list table is cut in two before such a row: the second part
# starts on a new page with its own header row. The text is laid out again and checked.

_TABLE_OPEN = '<table class="list"'
_BODY_OPEN = "<tbody>"
_BODY_CLOSE = "</tbody></table>"
_ROW_OPEN = "<tr>"
_PAGE_BREAK = " style='page-break-before: always'"


def _padding_scale(device: QPaintDevice) -> float:
    """Device pixels per CSS pixel of a cell's padding on this device (about dpi / 96)."""
    heights = []
    for padding in (0, 100):
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(device)
        doc.setDocumentMargin(0)
        doc.setHtml(
            "<table cellspacing='0' cellpadding='0' border='0'><tr>"
            f"<td style='padding: 0; padding-top: {padding}px'>x</td></tr></table>"
        )
        heights.append(doc.size().height())
    scale = (heights[1] - heights[0]) / 100.0
    return scale if scale > 0 else device.logicalDpiY() / 96.0


def _cell_blocks(doc: QTextDocument, cell: QTextTableCell) -> Iterable[QTextBlock]:
    block = doc.findBlock(cell.firstPosition())
    last = cell.lastPosition()
    while block.isValid() and block.position() <= last:
        yield block
        block = block.next()


class _Row:
    """Where a row's text starts and ends on the laid-out pages, and its unbroken height."""

    __slots__ = ("top", "bottom", "height")

    def __init__(self, layout, table: QTextTable, row: int, page_height: float) -> None:
        self.top = float("inf")
        self.bottom = 0.0
        self.height = 0.0  # the tallest cell's text, less any jump over a page break
        doc = table.document()
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            if cell.row() != row or cell.column() != column:
                continue
            first = last = None
            jumps = 0.0
            for block in _cell_blocks(doc, cell):
                text = block.layout()
                if text is None or text.lineCount() == 0:
                    continue
                origin = layout.blockBoundingRect(block).top() - text.boundingRect().top()
                for index in range(text.lineCount()):
                    line = text.lineAt(index)
                    top = origin + line.y()
                    if last is not None and top // page_height != last // page_height:
                        jumps += top - last
                    if first is None:
                        first = top
                    last = top + line.height()
            if first is None:
                continue
            self.top = min(self.top, first)
            self.bottom = max(self.bottom, last)
            self.height = max(self.height, last - first - jumps)

    @property
    def empty(self) -> bool:
        return self.top == float("inf")

    def split(self, page_height: float) -> bool:
        return not self.empty and self.top // page_height != (self.bottom - 0.5) // page_height


def _rows_to_move(layout, table: QTextTable, page_height: float, top_padding: float,
                  line: float, attempt: int = 0) -> list[int]:
    """Body rows (0 = first below the header) before which the table must be cut."""
    frame = layout.frameBoundingRect(table)
    if frame.top() // page_height == (frame.bottom() + 1.0) // page_height:
        return []  # on one page
    head = min(table.format().headerRowCount(), table.rows())
    rows = [_Row(layout, table, r, page_height) for r in range(head, table.rows())]
    if len(rows) < 2 or rows[0].empty:
        return []

    def page(y: float) -> int:
        return int(y // page_height)

    # measured, not guessed: the room a row takes besides its text (padding, borders),
    # from two rows on one page; where the first row's text starts below the table's
    # top; and the room below the last row's text (padding, borders, the table's margin)
    extra = min(
        (b.top - a.top - a.height for a, b in zip(rows, rows[1:], strict=False)
         if not a.empty and not b.empty and not a.split(page_height)
         and page(a.top) == page(b.top)),
        default=top_padding * 2,
    )
    fresh = rows[0].top - frame.top()
    last = rows[-1]
    tail = frame.bottom() - last.bottom if not last.empty and not last.split(page_height) else 0.0
    # a table that ends less than a line above the page's end pushes the empty paragraph
    # Qt keeps between two tables onto the next page, and the cut table to the one after
    slack = max(tail, top_padding * 2) * (attempt + 1) + line

    cuts = []
    y = rows[0].top
    height = 0.0
    for index, row in enumerate(rows):
        if row.empty:
            continue
        if index:
            y += height + extra
            p = page(y - top_padding)
            if y + row.height > (p + 1) * page_height - slack:
                cuts.append(index)
                y = (p + 1) * page_height + fresh
        height = row.height
    return cuts


def _tables(frame: QTextFrame) -> list[QTextTable]:
    """The document's tables in the order they appear in the text."""
    found = []
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            found.append(child)
        found.extend(_tables(child))
    return sorted(found, key=lambda t: t.firstPosition())


def _cut_tables(html_text: str, cuts: dict[int, list[int]]) -> str:
    """Cut our list tables (by their order in the text) before the given body rows."""
    if html_text.count("<table") != html_text.count(_TABLE_OPEN):
        return html_text  # somebody else's tables: leave them alone
    parts = html_text.split(_TABLE_OPEN)
    for index, rows in cuts.items():
        if not rows or index + 1 >= len(parts):
            continue
        piece = parts[index + 1]
        head_end = piece.find(_BODY_OPEN)
        body_end = piece.find(_BODY_CLOSE)
        if head_end < 0 or body_end < head_end:
            continue
        start = piece[:head_end]  # the rest of <table ...> and the <thead>
        body = piece[head_end + len(_BODY_OPEN):body_end].split(_ROW_OPEN)
        if body[0]:  # something before the first row: not one of ours
            continue
        body = body[1:]
        pieces, begin = [], 0
        for cut in (*sorted(set(rows)), len(body)):
            if cut <= begin or cut > len(body):
                continue
            chunk = "".join(_ROW_OPEN + row for row in body[begin:cut])
            opening = start if not pieces else start.replace(">", f"{_PAGE_BREAK}>", 1)
            pieces.append(f"{opening}{_BODY_OPEN}{chunk}{_BODY_CLOSE}")
            begin = cut
        parts[index + 1] = _TABLE_OPEN.join(pieces) + piece[body_end + len(_BODY_CLOSE):]
    return _TABLE_OPEN.join(parts)


def _lay_out(html_text: str, device: QPaintDevice, size: QSizeF) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(_font(BODY_POINTS))
    doc.setDocumentMargin(0)
    doc.setPageSize(size)
    doc.setHtml(html_text)
    doc.pageCount()  # lays it out
    return doc


def _lay_out_whole_rows(html_text: str, device: QPaintDevice, size: QSizeF) -> QTextDocument:
    """The document laid out on pages, its list tables cut so no row is split."""
    doc = _lay_out(html_text, device, size)
    scale = None
    line = QFontMetricsF(_font(BODY_POINTS), device).lineSpacing()
    for attempt in range(2):
        layout = doc.documentLayout()
        cuts = {}
        for index, table in enumerate(_tables(doc.rootFrame())):
            if table.rows() < 2:
                continue
            if scale is None:
                scale = _padding_scale(device)
            cell = table.cellAt(table.rows() - 1, 0).format().toTableCellFormat()
            top_padding = scale * (
                cell.topPadding() if cell.hasProperty(QTextFormat.Property.TableCellTopPadding)
                else table.format().cellPadding()
            )
            rows = _rows_to_move(layout, table, size.height(), top_padding, line, attempt)
            if rows:
                cuts[index] = rows
        if not cuts:
            break
        cut = _cut_tables(html_text, cuts)
        if cut == html_text:
            break
        html_text = cut
        doc = _lay_out(html_text, device, size)
    return doc


def render(html_text: str, device: QPagedPaintDevice, title: str = "") -> int:
    """Lay out and paint the rich text onto the device's pages as they are set up.

    Returns the number of pages. Each page has a footer with the title and the page
    number. Raises OSError when the device cannot be painted on.
    """
    with _painting(device) as (painter, width, height, footer_font, metrics):
        footer_height = metrics.height() * 2.0

        doc = _lay_out_whole_rows(html_text, device, QSizeF(width, height - footer_height))
        page_height = doc.pageSize().height()
        pages = max(1, doc.pageCount())

        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * page_height)
            doc.drawContents(painter, QRectF(0, page * page_height, width, page_height))
            painter.restore()

            _paint_footer(painter, footer_font, metrics, width, height, page, pages, title)
        return pages


@contextmanager
def _painting(device: QPagedPaintDevice):
    """(painter, page width, page height, footer font, its metrics) on `device`; the painter
    ends with the block. Raises OSError when the device cannot be painted on."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(QCoreApplication.translate("Printing", "Could not start printing."))
    try:
        footer_font = _font(FOOTER_POINTS)
        yield (painter, float(device.width()), float(device.height()), footer_font,
               QFontMetricsF(footer_font, device))
    finally:
        painter.end()


def _paint_footer(painter: QPainter, font: QFont, metrics: QFontMetricsF, width: float,
                  height: float, page: int, pages: int, title: str) -> None:
    """The title on the left and "Page n of m" on the right of the page's last line."""
    painter.save()
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.darkGray)
    line = QRectF(0, height - metrics.height(), width, metrics.height())
    number = _arg(QCoreApplication.translate("Printing", "Page %1 of %2"), page + 1, pages)
    painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, number)
    if title:
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    painter.restore()


def paint_pictures(device: QPagedPaintDevice, title: str, lines: Sequence[str],
                   pictures: Sequence[QImage], columns: int = 2) -> int:
    """The title and `lines` at the top of the first page, then `pictures` in a grid of
    `columns`, each as wide as its column and as high as its proportions make it, on as
    many pages as they need (a row is never split). A picture at least 1.5 times as wide as
    the first (a chart laid out across the window) takes a row of its own, the page's width.
    Returns the number of pages. Raises OSError when the device cannot be painted on."""
    with _painting(device) as (painter, width, height, footer_font, metrics):
        bottom = height - metrics.height() * 2.0
        heading = _font(TITLE_POINTS)
        heading.setBold(True)
        body = _font(BODY_POINTS)
        top = 0.0
        texts = []
        for text, font in [(title, heading), *((line, body) for line in lines)]:
            line_height = QFontMetricsF(font, device).lineSpacing()
            texts.append((QRectF(0, top, width, line_height), text, font))
            top += line_height
        gap = width * 0.02
        top += gap
        column = (width - gap * (columns - 1)) / columns
        # where each picture goes: (page, rectangle)
        rows: list[list[tuple[QImage, float]]] = [[]]
        for picture in pictures:
            wide = pictures[0].width() > 0 and picture.width() >= 1.5 * pictures[0].width()
            if wide or len(rows[-1]) == columns:
                rows.append([])
            rows[-1].append((picture, width if wide else column))
            if wide:
                rows.append([])
        places = []
        page, y = 0, top
        for row in filter(None, rows):
            row_height = max(w * p.height() / max(p.width(), 1) for p, w in row)
            if y + row_height > bottom and y > 0:
                page, y = page + 1, 0.0
            for i, (picture, w) in enumerate(row):
                tall = w * picture.height() / max(picture.width(), 1)
                places.append((page, QRectF(i * (column + gap), y, w, tall)))
            y += row_height + gap
        pages = page + 1
        for page in range(pages):
            if page:
                device.newPage()
            if page == 0:
                for rect, text, font in texts:
                    painter.setFont(font)
                    painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                     text)
            for picture, (on_page, rect) in zip(pictures, places, strict=True):
                if on_page == page:
                    painter.drawImage(rect, picture)
            _paint_footer(painter, footer_font, metrics, width, height, page, pages, title)
        return pages


def preview_pictures(parent, title: str, lines: Sequence[str], pictures: Sequence[QImage]) -> None:
    """The print preview of `paint_pictures` (A4 portrait to begin with); print from it."""
    _preview(parent, title, lambda device: paint_pictures(device, title, lines, pictures))


def _preview(parent, title: str, paint: Callable[[QPagedPaintDevice], int]) -> None:
    """A print preview dialog (A4 portrait to begin with) that pages with `paint`."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_portrait())
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    if title:
        dialog.setWindowTitle(title)
    dialog.paintRequested.connect(paint)
    dialog.exec()
    dialog.deleteLater()


def write_pdf(html: str, path: str | Path, title: str = "") -> Path:
    """Write the rich text as an A4 portrait PDF at `path`, all or nothing.

    The PDF is written to a temporary file next to `path` and moved over it when
    complete, so a reader never sees half a file. Raises OSError (missing or read-only
    folder, ...) and then leaves nothing behind. Needs a QGuiApplication.
    """
    target = Path(path)
    fd, temp_name = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".part"
    )
    os.close(fd)
    try:
        _write_pdf_file(html, temp_name, title)
        os.replace(temp_name, target)
    except BaseException:
        try:
            os.unlink(temp_name)
        except OSError:
            pass
        raise
    return target


def _write_pdf_file(html: str, file_name: str, title: str) -> None:
    writer = QPdfWriter(file_name)
    try:
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(a4_portrait())
        writer.setTitle(title)
        writer.setCreator("Guanxi")
        render(html, writer, title)
    finally:
        del writer  # the file is closed here, also when rendering failed


def print_preview(parent, html: str, title: str = "") -> None:
    """Show the print preview of the rich text (A4 portrait to begin with); print from it."""
    _preview(parent, title, lambda device: render(html, device, title))
