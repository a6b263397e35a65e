"""Writing lists to .xlsx files: one fast, safe writer for every list the program exports.

No Qt and no database here: a caller turns its rows into plain Python values and
describes the columns; :func:`write_xlsx` streams them through XlsxWriter in its
constant-memory mode (each row goes to a scratch file as soon as the next one starts),
so memory stays flat however long the list is. XlsxWriter, not openpyxl's write-only
workbook: it writes the same cells in a little over half the time (100,000 customers:
about 11 s of CPU against 20 s), which is most of what a long export costs.

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

Text safety ("formula injection"): a text never becomes a formula. A generic writer
would turn a string starting with ``=`` into a formula and ``#N/A`` and the like into
error values; here every text is written as a string cell (never through a guessing
``write()``), and such strings, and every text starting with ``+ - @``, a tab or a
carriage return, get Excel's *quote prefix* (the hidden ``'``
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
behind (neither there nor in the temporary folder) and leaves an existing file at that
path untouched.
"""

from __future__ import annotations

import math
import os
import secrets
import shutil
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from itertools import chain, islice
from pathlib import Path
from typing import Any

from app.domain.characters import xml_safe
from app.domain.errors import Cancelled

# xlsxwriter is imported by the export itself, off the window's thread, not by whoever
# merely describes a sheet
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
HEADER_FILL = "#DDEBF7"
HEADER_RULE = "#7F7F7F"
DIGIT_PIXELS = 7
"""Pixels of one digit in the default font, by which xlsxwriter turns pixels into the
character widths stored in the file."""


# A text starting with one of these could be read as a formula (or, for "#", an error
# value) by Excel when the cell is edited; it goes the careful way.
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
    import xlsxwriter  # noqa: F401


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

    from xlsxwriter import Workbook

    temp = _create_temp_beside(target)
    # the sheets' rows stream into files here until the workbook is zipped; the folder
    # goes whatever happens, so a failed export leaves none of them behind
    scratch = tempfile.mkdtemp(prefix="guanxi-export-")
    wb = None
    try:
        wb = Workbook(str(temp), {"constant_memory": True, "tmpdir": scratch})
        wb.set_properties({"author": "Guanxi"})
        styles = _Styles(wb)
        titles = _unique_titles([sheet.title for sheet in sheets])
        done = 0
        for sheet, title in zip(sheets, titles, strict=True):
            done = _write_sheet(wb, styles, title, sheet, done, progress, stop)
        if stop():
            raise ExportCancelled()
        _close(wb)
        _fsync(temp)
        os.replace(temp, target)
    except BaseException:
        _abandon(wb)
        _remove_quietly(temp)
        raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if progress is not None and done % PROGRESS_EVERY:
        progress(done)
    return done


class _Styles:
    """The workbook's cell formats, made once (xlsxwriter numbers them as it goes)."""

    def __init__(self, wb) -> None:
        header = {"bold": True, "pattern": 1, "bg_color": HEADER_FILL, "bottom": 1,
                  "bottom_color": HEADER_RULE, "valign": "vcenter"}
        self.header = wb.add_format(header)
        self.header_quoted = wb.add_format({**header, "quote_prefix": True})
        self.quoted = wb.add_format({"quote_prefix": True})
        self.phone = wb.add_format({"num_format": TEXT_FORMAT})
        self.phone_quoted = wb.add_format({"num_format": TEXT_FORMAT, "quote_prefix": True})
        self.date = wb.add_format({"num_format": DATE_FORMAT})
        self.datetime = wb.add_format({"num_format": DATETIME_FORMAT})
        self.money = wb.add_format({"num_format": MONEY_FORMAT})


# ------------------------------------------------------------------ one sheet
def _write_sheet(
    wb,
    styles: _Styles,
    title: str,
    sheet: SheetSpec,
    done: int,
    progress: Callable[[int], None] | None,
    stop: Callable[[], bool],
) -> int:
    ws = wb.add_worksheet(title)
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
        # in pixels, which xlsxwriter stores as exactly `width` characters
        ws.set_column_pixels(index, index, width * DIGIT_PIXELS)
    ws.freeze_panes(1, 0)
    _print_setup(ws)

    for index, column in enumerate(columns):
        header = _clean_text(str(column.header))
        if header:  # a header is always text, whatever it starts with
            quoted = header[0] in _RISKY_FIRST
            ws.write_string(0, index, header, styles.header_quoted if quoted else styles.header)
        else:
            ws.write_blank(0, index, None, styles.header)

    writers = [_writer(ws, styles, column.kind) for column in columns]
    written = 0
    for row in chain(sample, rows):
        n = len(row)
        if n != ncols:
            if n > ncols:
                raise ValueError(
                    f"sheet {sheet.title!r}, row {written + 1}: {n} values for {ncols} columns"
                )
            row = [*row, *([None] * (ncols - n))]  # a short row: the rest is empty
        written += 1
        col = 0
        for put, value in zip(writers, row, strict=True):
            if value is not None:
                put(written, col, value)
            col += 1
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

    ws.autofilter(0, 0, written, ncols - 1)  # written at close, after the rows
    return done


def _print_setup(ws) -> None:
    """A printed list stays readable: A4 landscape, as wide as the page (as many pages
    down as it takes), the header row repeated on every page, grid lines printed."""
    ws.set_landscape()
    ws.set_paper(PAPER_A4)
    ws.fit_to_pages(1, 0)  # 0: as many pages down as the rows need
    ws.repeat_rows(0)
    ws.hide_gridlines(0)  # 0: grid lines shown and printed


# ------------------------------------------------------------------ value conversion
# A writer puts one Python value (never None: that is an empty cell, nothing written)
# into cell (row, col) the way its column's kind wants: text as an inline string, with
# the quote prefix when risky; numbers, dates and date-times as numbers with their format.

def _writer(ws, styles: _Styles, kind: CellKind) -> Callable[[int, int, Any], None]:
    kind = CellKind(kind)
    write_string = ws.write_string
    write_number = ws.write_number
    write_datetime = ws.write_datetime
    plain_format = styles.phone if kind == CellKind.PHONE else None
    quoted_format = styles.phone_quoted if kind == CellKind.PHONE else styles.quoted

    def text(row: int, col: int, value: Any) -> None:
        if type(value) is not str:
            value = str(value)
        if not value:
            return
        # every character XML forbids is a control, a surrogate or a noncharacter,
        # none of them printable: a printable text has nothing to clean
        if value.isprintable():
            if value[0] not in _RISKY_FIRST:
                write_string(row, col, value, plain_format)  # the common case
                return
        else:
            value = _clean_text(value)
            if not value:
                return
        if value[0] in _RISKY_FIRST and (value[0] != "#" or value in _ERROR_VALUES):
            # written as a string whatever it looks like: never a formula nor an error
            write_string(row, col, value, quoted_format)
        else:
            write_string(row, col, value, plain_format)

    if kind in (CellKind.TEXT, CellKind.PHONE):
        return text

    if kind == CellKind.DATE:
        date_format = styles.date

        def date_(row: int, col: int, value: Any) -> None:
            if isinstance(value, datetime):
                value = _naive(value).date()
            elif not isinstance(value, date):
                text(row, col, value)
                return
            if value.year < 1900:  # before Excel's calendar: shown as text
                write_string(row, col, value.isoformat())
                return
            write_datetime(row, col, value, date_format)

        return date_

    if kind == CellKind.DATETIME:
        datetime_format = styles.datetime

        def datetime_(row: int, col: int, value: Any) -> None:
            if isinstance(value, datetime):
                value = _naive(value)
                if value.year < 1900:
                    write_string(row, col, value.isoformat(sep=" "))
                    return
            elif isinstance(value, date):
                if value.year < 1900:
                    write_string(row, col, value.isoformat())
                    return
            else:
                text(row, col, value)
                return
            write_datetime(row, col, value, datetime_format)

        return datetime_

    if kind == CellKind.INTEGER:

        def integer(row: int, col: int, value: Any) -> None:
            if isinstance(value, bool):
                write_number(row, col, int(value))
            elif isinstance(value, int | float | Decimal):
                if _finite(value):
                    write_number(row, col, value)
            else:
                text(row, col, value)

        return integer

    if kind == CellKind.MONEY:
        money_format = styles.money

        def money(row: int, col: int, value: Any) -> None:
            if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
                text(row, col, value)
            elif _finite(value):
                write_number(row, col, value, money_format)

        return money

    def boolean(row: int, col: int, value: Any) -> None:
        if value:
            write_string(row, col, CHECK_MARK)

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
    """Titles Excel accepts: no []:*?/\\, no edge apostrophes, 1..31 UTF-16 units, unique."""
    result: list[str] = []
    seen: set[str] = set()
    for raw in titles:
        base = _clean_text(str(raw)).translate(_SHEET_TITLE_FORBIDDEN).strip().strip("'")
        base = _cut(base, 31) or "Sheet"
        title, n = base, 1
        while title.casefold() in seen:
            n += 1
            suffix = f" ({n})"
            title = _cut(base, 31 - len(suffix)) + suffix
        seen.add(title.casefold())
        result.append(title)
    return result


def _cut(text: str, limit: int) -> str:
    """*text* cut to *limit* UTF-16 code units (Excel counts a character beyond the
    BMP, such as an emoji, as two)."""
    while len(text.encode("utf-16-le")) > 2 * limit:
        text = text[:-1]
    return text


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
        except OSError as exc:  # told about the file asked for, not our scratch name
            raise OSError(exc.errno, exc.strerror, str(target)) from None
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


def _close(wb) -> None:
    """Zip the workbook into its file; a failure to write it is the OSError it was."""
    from xlsxwriter.exceptions import FileCreateError

    try:
        wb.close()
    except FileCreateError as exc:
        if exc.args and isinstance(exc.args[0], OSError):
            raise exc.args[0] from None
        raise


def _abandon(wb) -> None:
    """After a failure, close the scratch files the sheets were streaming their rows into
    (the folder holding them is removed by the caller). This reaches into xlsxwriter's
    sheets, so any surprise is ignored."""
    if wb is None:
        return
    for ws in wb.worksheets():
        fh = getattr(ws, "row_data_fh", None)
        try:
            if fh is not None:
                fh.close()
        except Exception:  # noqa: BLE001 - best effort clean-up
            pass
