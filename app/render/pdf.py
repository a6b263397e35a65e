"""Paper for the desk: rich text (app.presentation.printing) and pictures laid out on A4
portrait pages, written to a PDF or painted on a printer's pages.

The text is laid out by a QTextDocument whose paint device is the PDF writer or the
printer itself, so sizes in points are exact at the device's resolution. No table row is
split across pages: a table that would be split is cut before that row and goes on with
its own header row on the next page (see _lay_out_whole_rows).

QtGui only (the print preview dialog is the window's: app.ui.printing). Needs a
QGuiApplication (fonts).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
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

from app.presentation.i18n import arg
from app.presentation.printing import BODY_POINTS, FOOTER_POINTS, TITLE_POINTS
from app.render.fonts import cjk_family

MARGIN_MM = 12.0
PDF_DPI = 300
# fonts for Latin letters and digits, before the CJK family (see _font)
LATIN_FAMILIES = (
    "Segoe UI", "Arial", "Helvetica Neue", "Helvetica", "Liberation Sans", "Noto Sans",
    "DejaVu Sans Condensed", "DejaVu Sans",
)

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
    number = arg(QCoreApplication.translate("Printing", "Page %1 of %2"), page + 1, pages)
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
