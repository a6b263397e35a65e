"""Writing lists to .xlsx files: one fast, safe writer for every list the program exports.

No Qt and no database here: a caller turns its rows into plain Python values and
describes the columns; :func:`write_xlsx` streams them through openpyxl's write-only
workbook, so memory stays flat however long the list is.

What every exported sheet gets:

* a bold, shaded header row with a bottom border, frozen (``freeze_panes = "A2"``),
  and an auto-filter over the header and every data row;
* print settings: A4 landscape, fitted to the page's width, the header row repeated on
  every printed page, grid lines printed;
* column widths from the header and the first :data:`WIDTH_SAMPLE_ROWS` rows
  (CJK characters count double), clamped to 8..60 characters, unless a column gives
  its own width;
* real Excel dates (``yyyy-mm-dd``) and date-times (``yyyy-mm-dd hh:mm``), numbers as
  numbers (money as ``#,##0.00``), phone numbers as text (format ``@``, leading ``+``
  and zeros kept), yes/no as ``✓`` or an empty cell.

Text safety ("formula injection"): a text never becomes a formula. openpyxl would turn
a string starting with ``=`` into a formula and ``#N/A`` and the like into error
values; here such strings, and every text starting with ``+ - @``, a tab or a carriage
return, are written as string cells with Excel's *quote prefix* set (the hidden ``'``
Excel itself records when someone types ``'=1+1``), so they show as typed, stay text
when edited in Excel, and no ``<f>`` element is ever written. The text itself is not
changed, with two exceptions no spreadsheet could keep anyway: characters XML 1.0
forbids (control characters other than tab and line feed, U+FFFE, U+FFFF and lone
surrogates; see :func:`app.domain.characters.xml_safe`) are left out of every cell,
header and sheet title, and carriage returns become line feeds (``\\r\\n`` and a lone
``\\r`` both become ``\\n``, which is what an XML reader would make of them and what Excel
uses for a line break in a cell).

The file is written atomically: into a temporary file beside the target, moved onto it
with :func:`os.replace` only once complete. A failed or cancelled export leaves no file
behind and leaves an existing file at that path untouched.
"""

from __future__ import annotations

import math
import os
import secrets
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from functools import cache
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.characters import xml_safe
from app.domain.errors import Cancelled

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

# openpyxl (~0.5 s to import, numpy with it) is imported by the export itself, off the
# window's thread, not by whoever merely describes a sheet
__all__ = [
    "CellKind",
    "ColumnSpec",
    "ExportCancelled",
    "SheetSpec",
    "prepare",
    "write_xlsx",
]

PROGRESS_EVERY = 1_000
"""progress() is called, and cancelled() asked, after every this many rows."""
YIELD_EVERY = 50
"""Rows written between two moments the interpreter is offered to other threads."""
WIDTH_SAMPLE_ROWS = 200
"""Rows looked at (besides the header) to size a column without an explicit width."""
MIN_WIDTH = 8
MAX_WIDTH = 60
MAX_CELL_CHARS = 32_767  # Excel's limit for one cell

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
MONEY_FORMAT = "#,##0.00"
TEXT_FORMAT = "@"
CHECK_MARK = "✓"
PAPER_A4 = 9  # the paperSize code of A4 in SpreadsheetML



@cache
def _header_style() -> tuple:
    """The header row's font, fill, border and alignment."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    return (Font(bold=True),
            PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7"),
            Border(bottom=Side(style="thin", color="FF7F7F7F")),
            Alignment(vertical="center"))


# A text starting with one of these could be read as a formula (or, for "#", an error
# value) by openpyxl or by Excel when the cell is edited; it goes the careful way.
_RISKY_FIRST = frozenset("=+-@\t\r#")
_ERROR_VALUES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))
_SHEET_TITLE_FORBIDDEN = str.maketrans({c: "_" for c in "[]:*?/\\"})


class CellKind(StrEnum):
    TEXT = "text"
    PHONE = "phone"
    DATE = "date"
    DATETIME = "datetime"
    INTEGER = "integer"
    MONEY = "money"
    BOOL = "bool"


@dataclass(frozen=True)
class ColumnSpec:
    header: str
    kind: CellKind = CellKind.TEXT
    width: int | None = None
    """Width in characters; None: from the header and a sample of values, 8..60."""


@dataclass(frozen=True)
class SheetSpec:
    title: str
    columns: Sequence[ColumnSpec]
    rows: Iterable[Sequence[Any]]
    """One sequence of values per row, in column order; may be a generator."""
    size: int | None = None
    """How many rows there are, when known beforehand (for a progress bar's end)."""


class ExportCancelled(Cancelled):
    """cancelled() answered True: the export stopped and no file was written."""


# ------------------------------------------------------------------ public entry point
def prepare() -> None:
    """Load the workbook library now (a window does it in the background, so that its
    first export does not)."""
    import openpyxl  # noqa: F401


def write_xlsx(
    path: str | Path,
    sheets: Sequence[SheetSpec],
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write *sheets* to the .xlsx file *path* and return the number of data rows written.

    progress(rows_done) is called every :data:`PROGRESS_EVERY` rows (counted over all
    sheets), and at the end with the total when that is not a multiple of
    :data:`PROGRESS_EVERY` and not 0; cancelled() is asked before the first
    row, every :data:`PROGRESS_EVERY` rows and before the file is put in place, and
    answering True raises :class:`ExportCancelled`. On any exception no file is left
    at *path* and an existing file there is unchanged.
    """
    target = Path(path)
    if not sheets:
        raise ValueError("an export needs at least one sheet")
    for sheet in sheets:
        if not sheet.columns:
            raise ValueError(f"sheet {sheet.title!r} has no columns")

    stop = cancelled or _never
    if stop():
        raise ExportCancelled()

    from openpyxl import Workbook

    temp = _create_temp_beside(target)
    wb = Workbook(write_only=True)
    try:
        wb.properties.creator = "Guanxi"
        titles = _unique_titles([sheet.title for sheet in sheets])
        done = 0
        for sheet, title in zip(sheets, titles, strict=True):
            done = _write_sheet(wb, title, sheet, done, progress, stop)
        if stop():
            raise ExportCancelled()
        wb.save(temp)
        _fsync(temp)
        os.replace(temp, target)
    except BaseException:
        _discard_worksheet_temp_files(wb)
        _remove_quietly(temp)
        raise
    if progress is not None and done % PROGRESS_EVERY:
        progress(done)
    return done


# ------------------------------------------------------------------ one sheet
def _write_sheet(
    wb: Workbook,
    title: str,
    sheet: SheetSpec,
    done: int,
    progress: Callable[[int], None] | None,
    stop: Callable[[], bool],
) -> int:
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title)
    columns = list(sheet.columns)
    ncols = len(columns)
    rows: Iterator[Sequence[Any]] = iter(sheet.rows)

    # Column widths must be known before the first row goes out: size them from a
    # sample, then write the sample followed by the rest of the rows.
    sample = list(islice(rows, WIDTH_SAMPLE_ROWS))
    for index, column in enumerate(columns):
        width = column.width
        if width is None:
            width = _auto_width(column, (row[index] for row in sample if index < len(row)))
        ws.column_dimensions[get_column_letter(index + 1)].width = width
    ws.freeze_panes = "A2"
    _print_setup(ws)

    ws.append([_header_cell(ws, column.header) for column in columns])

    converters = [_converter(ws, column.kind) for column in columns]
    written = 0
    for row in chain(sample, rows):
        n = len(row)
        if n != ncols:
            if n > ncols:
                raise ValueError(
                    f"sheet {sheet.title!r}, row {written + 1}: {n} values for {ncols} columns"
                )
            row = [*row, *([None] * (ncols - n))]  # a short row: the rest is empty
        ws.append([convert(value) for convert, value in zip(converters, row, strict=True)])
        written += 1
        done += 1
        if done % YIELD_EVERY == 0:
            # an export runs beside the window's thread: let it have the interpreter now
            # and then rather than only when the interpreter takes it back from this one
            time.sleep(0)
        if done % PROGRESS_EVERY == 0:
            if progress is not None:
                progress(done)
            if stop():
                raise ExportCancelled()

    last = get_column_letter(ncols)
    ws.auto_filter.ref = f"A1:{last}{written + 1}"  # written at close, after the rows
    return done


def _print_setup(ws) -> None:
    """A printed list stays readable: A4 landscape, as wide as the page (as many pages
    down as it takes), the header row repeated on every page, grid lines printed."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = PAPER_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # 0: as many pages as the rows need
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.print_options.gridLines = True


def _header_cell(ws, header: str) -> WriteOnlyCell:
    from openpyxl.cell import WriteOnlyCell

    value = _clean_text(str(header))
    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"  # a header is always text, whatever it starts with
    cell.font, cell.fill, cell.border, cell.alignment = _header_style()
    if value and value[0] in _RISKY_FIRST:
        cell.quotePrefix = True
    return cell


# ------------------------------------------------------------------ value conversion
# A converter turns one Python value into what ws.append takes: None (an empty cell), a
# plain value openpyxl writes without a style of its own (str, int, float, and a date,
# which openpyxl formats "yyyy-mm-dd" by itself), or a cell carrying a number format
# or the quote prefix. Those cells are made once per column and reused row after row:
# a write-only sheet writes each appended row out before append() returns, and making
# and styling a new cell for every value would cost more than writing it.

def _dates_need_a_cell() -> bool:
    """openpyxl gives a bare date its own "yyyy-mm-dd"; should that ever change, dates
    too go through a formatted cell."""
    from openpyxl.styles.numbers import FORMAT_DATE_YYYYMMDD2

    return FORMAT_DATE_YYYYMMDD2 != DATE_FORMAT


def _styled_cell(ws, number_format: str | None = None, quote: bool = False) -> WriteOnlyCell:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws)
    if number_format is not None:
        cell.number_format = number_format
    if quote:
        cell.quotePrefix = True
    return cell


def _converter(ws, kind: CellKind) -> Callable[[Any], Any]:
    kind = CellKind(kind)
    # a risky text: string type forced, quote prefix on (and "@" in a phone column)
    quoted = _styled_cell(ws, TEXT_FORMAT if kind == CellKind.PHONE else None, quote=True)

    def as_text(value: Any) -> Any:
        if value is None:
            return None
        if type(value) is not str:
            value = str(value)
        if not value:
            return None
        # every character XML forbids is a control, a surrogate or a noncharacter,
        # none of them printable: a printable text has nothing to clean
        if value.isprintable():
            if value[0] not in _RISKY_FIRST:
                return value  # the common case
        else:
            value = _clean_text(value)
            if not value:
                return None
        if value[0] in _RISKY_FIRST and (value[0] != "#" or value in _ERROR_VALUES):
            quoted.value = value
            quoted.data_type = "s"  # never a formula nor an error value
            return quoted
        return value

    if kind == CellKind.TEXT:
        return as_text

    if kind == CellKind.PHONE:
        phone_cell = _styled_cell(ws, TEXT_FORMAT)

        def phone(value: Any) -> Any:
            value = as_text(value)
            if type(value) is str:
                phone_cell.value = value
                return phone_cell
            return value  # None, or the quoted cell (already "@")

        return phone

    if kind == CellKind.DATE:
        date_cell = _styled_cell(ws, DATE_FORMAT) if _dates_need_a_cell() else None

        def date_(value: Any) -> Any:
            if value is None:
                return None
            if isinstance(value, datetime):
                value = _naive(value).date()
            elif not isinstance(value, date):
                return as_text(value)
            if value.year < 1900:  # before Excel's calendar: shown as text
                return value.isoformat()
            if date_cell is None:
                return value
            date_cell.value = value
            return date_cell

        return date_

    if kind == CellKind.DATETIME:
        datetime_cell = _styled_cell(ws, DATETIME_FORMAT)

        def datetime_(value: Any) -> Any:
            if value is None:
                return None
            if isinstance(value, datetime):
                value = _naive(value)
                if value.year < 1900:
                    return value.isoformat(sep=" ")
            elif isinstance(value, date):
                if value.year < 1900:
                    return value.isoformat()
            else:
                return as_text(value)
            datetime_cell.value = value
            return datetime_cell

        return datetime_

    if kind == CellKind.INTEGER:

        def integer(value: Any) -> Any:
            if value is None:
                return None
            if isinstance(value, bool):
                return int(value)
            if isinstance(value, int | float | Decimal):
                return value if _finite(value) else None
            return as_text(value)

        return integer

    if kind == CellKind.MONEY:
        money_cell = _styled_cell(ws, MONEY_FORMAT)

        def money(value: Any) -> Any:
            if value is None:
                return None
            if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
                return as_text(value)
            if not _finite(value):
                return None
            money_cell.value = value
            return money_cell

        return money

    def boolean(value: Any) -> Any:
        return CHECK_MARK if value else None

    return boolean


def _clean_text(value: str) -> str:
    """Drop characters XML cannot hold, make every line break a line feed, cap length."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = xml_safe(value)
    return value[:MAX_CELL_CHARS]


def _naive(value: datetime) -> datetime:
    """Excel has no time zones: an aware date-time becomes local wall time."""
    if value.tzinfo is not None:
        return value.astimezone().replace(tzinfo=None)
    return value


def _finite(value: int | float | Decimal) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, Decimal):
        return value.is_finite()
    return True


# ------------------------------------------------------------------ column widths
def _display_width(text: str) -> int:
    """Characters as Excel lays them out: wide (CJK) characters count double."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _shown(kind: CellKind, value: Any) -> int:
    """Roughly how many characters *value* takes in a column of *kind*."""
    if value is None:
        return 0
    if kind == CellKind.DATE:
        return len("yyyy-mm-dd")
    if kind == CellKind.DATETIME:
        return len("yyyy-mm-dd hh:mm")
    if kind == CellKind.BOOL:
        return 1
    if kind == CellKind.MONEY and isinstance(value, int | float | Decimal):
        try:
            return len(f"{value:,.2f}")
        except (ValueError, TypeError):
            return len(str(value))
    text = value if isinstance(value, str) else str(value)
    return max(_display_width(line) for line in text.split("\n"))


def _auto_width(column: ColumnSpec, values: Iterable[Any]) -> int:
    # +3 on the header leaves room for the auto-filter button, +2 on values for padding
    header = _display_width(str(column.header)) + 3
    widest = max((_shown(column.kind, value) for value in values), default=0) + 2
    return max(MIN_WIDTH, min(MAX_WIDTH, max(header, widest)))


# ------------------------------------------------------------------ sheet titles
def _unique_titles(titles: Sequence[str]) -> list[str]:
    """Titles Excel accepts: no []:*?/\\, no edge apostrophes, 1..31 chars, unique."""
    result: list[str] = []
    seen: set[str] = set()
    for raw in titles:
        base = _clean_text(str(raw)).translate(_SHEET_TITLE_FORBIDDEN).strip().strip("'")
        base = base[:31] or "Sheet"
        title, n = base, 1
        while title.casefold() in seen:
            n += 1
            suffix = f" ({n})"
            title = base[: 31 - len(suffix)] + suffix
        seen.add(title.casefold())
        result.append(title)
    return result


# ------------------------------------------------------------------ files
def _never() -> bool:
    return False


def _create_temp_beside(target: Path) -> Path:
    """An empty new file in the target's folder (same file system, so os.replace is
    atomic), created with the usual permissions (0o666 less the umask)."""
    folder = target.parent
    while True:
        temp = folder / f".{target.name}.{secrets.token_hex(4)}.tmp"
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return temp


def _fsync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _remove_quietly(path: Path) -> None:
    try:
        os.remove(path)
    except FileNotFoundError:
        pass


def _discard_worksheet_temp_files(wb: Workbook) -> None:
    """After a failure, delete the per-sheet temporary files openpyxl's write-only
    sheets stream their rows into (otherwise they stay until the program exits).
    This reaches into openpyxl's writer, so any surprise is ignored."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        out = getattr(writer, "out", None)
        if writer is None or not isinstance(out, str):
            continue
        for closing in (getattr(ws, "_rows", None), getattr(writer, "xf", None)):
            try:
                if closing is not None:
                    closing.close()
            except Exception:  # noqa: BLE001 - best effort clean-up
                pass
        try:
            writer.cleanup()
        except Exception:  # noqa: BLE001
            _remove_quietly(Path(out))
