"""Reading a customer sheet for the import: .xlsx (python-calamine) and .csv / .txt.

`read_table` reads a file into a :class:`RawTable`: every row of one sheet as raw cell values
(str, float, int, date, datetime, None), the sheet names, the encoding and delimiter found
(shown to the person, who may change them and read again), the header row found below any
title rows, and the header texts with merged cells carried. Nothing is written anywhere.

Mapping and cleaning are the domain's (app.domain.import_fields): `RawTable.mapping()`,
`RawTable.data_rows()` and `import_fields.clean_row` are what an import builds on.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from app.domain import import_fields

XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
TEXT_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
DELIMITERS = ("\t", ",", ";")
ENCODINGS = ("utf-8-sig", "utf-8", "utf-16", "gb18030")  # what the interface may offer
_SAMPLE_LINES = 50
_COMPOUND_FILE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class ImportFileError(Exception):
    """The file cannot be read as a sheet; `code` says why (app.presentation.messages.
    import_file_error words it): file_missing, file_unreadable, file_format, file_password,
    sheet_missing, file_encoding."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class SheetRow:
    """A row below the header: `number` as the spreadsheet shows it (1 = first line of the
    file), its cells, and its kind: import_fields.DATA, BLANK or TOTAL."""

    number: int
    cells: list[object]
    kind: str


@dataclass
class RawTable:
    """One sheet as read.

    rows            every row of the sheet from its first line, cells as read ('' -> None);
                    merged cells filled (across in the header, down in the data)
    header_row      index in rows of the header (title rows above it are passed over)
    data_start      index of the first data row (header_row + 1, + 2 under a two-row heading)
    headers         the header texts, merged cells carried, one per column
    sheet_names     the workbook's sheets (one, the file's name, for a text file)
    sheet           the sheet read
    encoding        the text file's encoding (None for a workbook)
    delimiter       the text file's delimiter (None for a workbook)
    hidden_columns  indexes of columns hidden in the workbook
    """

    path: Path
    rows: list[list[object]]
    header_row: int
    data_start: int
    headers: list[object]
    sheet_names: tuple[str, ...]
    sheet: str
    encoding: str | None = None
    delimiter: str | None = None
    hidden_columns: tuple[int, ...] = ()
    width: int = 0
    merged_ranges: tuple[tuple[tuple[int, int], tuple[int, int]], ...] = field(default=())

    def mapping(self) -> dict[int, str | None]:
        """The columns' fields as found automatically from the headers."""
        return import_fields.map_columns(self.headers)

    def layout_key(self) -> str:
        return import_fields.layout_key(self.headers)

    def data_rows(self, mapping: dict[int, str | None] | None = None) -> list[SheetRow]:
        """The rows below the header with their kind (blank rows and a total row at the end
        are reported, not dropped: rows in = rows out)."""
        mapping = self.mapping() if mapping is None else mapping
        rows = self.rows[self.data_start:]
        kinds = import_fields.classify_rows(rows, mapping)
        return [SheetRow(self.data_start + i + 1, r, k) for i, (r, k) in enumerate(zip(rows, kinds, strict=True))]


    def head_rows(self, count: int, mapping: dict[int, str | None] | None = None) -> list[SheetRow]:
        """The first `count` data rows below the header (blank ones passed over): what a
        preview shows at once, without classifying the whole sheet. A total row is only
        known at the end of the sheet: these rows are DATA or BLANK."""
        out: list[SheetRow] = []
        for index in range(self.data_start, len(self.rows)):
            cells = self.rows[index]
            if import_fields.is_blank(cells):
                continue
            out.append(SheetRow(index + 1, cells, import_fields.DATA))
            if len(out) >= count:
                break
        return out


def read_table(
    path: str | Path, *, sheet: str | None = None, encoding: str | None = None, delimiter: str | None = None
) -> RawTable:
    """Read an .xlsx (sheet: by name, else the first visible one) or a .csv / .txt / .tsv
    (encoding and delimiter detected unless given). Raises ImportFileError."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError("file_missing", str(path))
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        if _head(path).startswith(_COMPOUND_FILE):
            # an encrypted .xlsx is kept in the old compound-file container (or an .xls renamed)
            raise ImportFileError("file_password", path.name)
        return _read_xlsx(path, sheet)
    if suffix in TEXT_SUFFIXES:
        return _read_text(path, encoding, delimiter)
    if suffix == ".xls":
        raise ImportFileError("file_format", path.name)  # the old binary format: save as .xlsx
    head = _head(path)
    if head.startswith(b"PK"):
        return _read_xlsx(path, sheet)
    return _read_text(path, encoding, delimiter)


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            return stream.read(8)
    except OSError as exc:
        raise ImportFileError("file_unreadable", str(exc)) from None


# ---------------------------------------------------------------- tables


def _finish(path: Path, rows: list[list[object]], **kwargs) -> RawTable:
    width = max((len(r) for r in rows), default=0)
    for row in rows:
        if len(row) < width:
            row.extend([None] * (width - len(row)))
    header_row = import_fields.detect_header_row(rows)
    header = rows[header_row] if rows else []
    below = rows[header_row + 1] if header_row + 1 < len(rows) else None
    data_start = min(header_row + 1, len(rows))
    two_rows = import_fields.sub_header(header, below)
    if two_rows is not None:
        header, data_start = two_rows, header_row + 2
        below = rows[data_start] if data_start < len(rows) else None
    headers = import_fields.carry_merged_headers(header, below)
    return RawTable(path=path, rows=rows, header_row=header_row, data_start=data_start,
                    headers=headers, width=width, **kwargs)


# ---------------------------------------------------------------- workbooks


def _read_xlsx(path: Path, sheet: str | None) -> RawTable:
    import python_calamine

    try:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError:
        raise ImportFileError("file_password", path.name) from None
    except (python_calamine.CalamineError, OSError, ValueError) as exc:
        raise ImportFileError("file_format", str(exc)) from None
    try:
        names = tuple(workbook.sheet_names)
        if sheet is None:
            visible = [m.name for m in workbook.sheets_metadata
                       if m.visible == python_calamine.SheetVisibleEnum.Visible
                       and m.typ == python_calamine.SheetTypeEnum.WorkSheet]
            if not visible and not names:
                raise ImportFileError("sheet_missing", "")
            sheet = (visible or list(names))[0]
        elif sheet not in names:
            raise ImportFileError("sheet_missing", sheet)
        try:
            data = workbook.get_sheet_by_name(sheet)
            rows = data.to_python(skip_empty_area=False)
            merged = tuple(data.merged_cell_ranges or ())
        except python_calamine.CalamineError as exc:
            raise ImportFileError("file_format", str(exc)) from None
    finally:
        workbook.close()
    rows = [[None if c == "" else c for c in row] for row in rows]
    while rows and not any(c is not None for c in rows[-1]):
        rows.pop()
    table = _finish(path, rows, sheet_names=names, sheet=sheet,
                    hidden_columns=_hidden_columns(path, sheet), merged_ranges=merged)
    _fill_merged(table, merged)
    return table


def _fill_merged(table: RawTable, merged) -> None:
    """A merged cell's value (kept by the file in its first cell only) in every cell of the
    range: across and down within the heading, only down below it (a customer's name merged
    over the rows of their two vehicles)."""
    heading_end = table.data_start - 1
    changed_heading = False
    for (top, left), (bottom, right) in merged:
        if top >= len(table.rows):
            continue
        value = table.rows[top][left] if left < len(table.rows[top]) else None
        if value is None:
            continue
        for r in range(top, min(bottom, len(table.rows) - 1) + 1):
            if r < table.header_row:
                continue  # a title: nothing to carry
            columns = range(left, right + 1) if r <= heading_end else range(left, left + 1)
            for c in columns:
                if c < len(table.rows[r]) and table.rows[r][c] is None:
                    table.rows[r][c] = value
                    changed_heading |= r <= heading_end
    if changed_heading:
        refreshed = _finish(table.path, table.rows, sheet_names=table.sheet_names, sheet=table.sheet)
        if refreshed.header_row == table.header_row:
            table.data_start = refreshed.data_start
            table.headers = refreshed.headers


_SHEET = re.compile(rb'<sheet\b[^>]*?\bname="([^"]*)"[^>]*?\br:id="([^"]*)"')
_REL = re.compile(rb'<Relationship\b[^>]*?\bId="([^"]*)"[^>]*?\bTarget="([^"]*)"')
_REL_REVERSED = re.compile(rb'<Relationship\b[^>]*?\bTarget="([^"]*)"[^>]*?\bId="([^"]*)"')
_COL = re.compile(rb"<col\b[^>]*>")
_ATTR = re.compile(rb'\b(min|max|hidden)="([^"]*)"')


def _hidden_columns(path: Path, sheet: str) -> tuple[int, ...]:
    """Columns the sheet hides (calamine does not say): read from the <cols> part at the head
    of the sheet's XML, which comes before its rows. () when anything is unexpected."""
    from html import unescape

    try:
        with zipfile.ZipFile(path) as archive:
            book = archive.read("xl/workbook.xml")
            rels = archive.read("xl/_rels/workbook.xml.rels")
            rel_id = next((i for n, i in _SHEET.findall(book) if unescape(n.decode()) == sheet), None)
            targets = dict(_REL.findall(rels)) | {i: t for t, i in _REL_REVERSED.findall(rels)}
            target = targets.get(rel_id) if rel_id else None
            if not target:
                return ()
            name = target.decode().lstrip("/")
            name = name if name.startswith("xl/") else "xl/" + name
            with archive.open(name) as stream:
                head = b""
                while b"<sheetData" not in head and len(head) < 1 << 20:
                    chunk = stream.read(65536)
                    if not chunk:
                        break
                    head += chunk
    except (OSError, KeyError, zipfile.BadZipFile, UnicodeDecodeError):
        return ()
    head = head.split(b"<sheetData", 1)[0]
    hidden: set[int] = set()
    for col in _COL.findall(head):
        attrs = dict(_ATTR.findall(col))
        if attrs.get(b"hidden") in (b"1", b"true"):
            try:
                low, high = int(attrs[b"min"]), int(attrs[b"max"])
            except (KeyError, ValueError):
                continue
            hidden.update(range(low - 1, min(high, low + 16384)))
    return tuple(sorted(hidden))


# ---------------------------------------------------------------- text files


def detect_encoding(data: bytes) -> str:
    """utf-8-sig (a BOM), utf-16 (its BOM: Excel's "Unicode text"), utf-8, else gb18030
    (which covers GBK and GB2312). ImportFileError("file_encoding") when none decodes."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    for encoding in ("utf-8", "gb18030"):
        try:
            data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return encoding
    raise ImportFileError("file_encoding", "")


def detect_delimiter(text: str) -> str:
    """Tab, comma or semicolon: the one splitting the first lines into the same number of
    fields (more than one) most often, quotes respected; a comma when none does."""
    lines = [line for line in text[:1 << 18].splitlines()[:_SAMPLE_LINES] if line.strip()]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        counts = [len(r) for r in csv.reader(lines, delimiter=delimiter)]
        many = [c for c in counts if c > 1]
        if not many:
            continue
        modal = max(set(many), key=many.count)
        score = (many.count(modal), modal)
        if score > best_score:
            best, best_score = delimiter, score
    return best


_PROTECTED = re.compile(r'^="(.*)"$')  # ="13812345678": how some programs keep digits as text


def _read_text(path: Path, encoding: str | None, delimiter: str | None) -> RawTable:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError("file_unreadable", str(exc)) from None
    encoding = encoding or detect_encoding(data)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise ImportFileError("file_encoding", encoding) from None
    text = text.lstrip("\ufeff")
    delimiter = delimiter or detect_delimiter(text)
    rows: list[list[object]] = []
    for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        row: list[object] = []
        for cell in record:
            protected = _PROTECTED.match(cell)
            value = protected[1] if protected else cell
            row.append(value if value.strip() else None)
        rows.append(row)
    while rows and not any(c is not None for c in rows[-1]):
        rows.pop()
    return _finish(path, rows, sheet_names=(path.stem,), sheet=path.stem, encoding=encoding, delimiter=delimiter)
