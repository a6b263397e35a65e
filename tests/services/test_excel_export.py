"""app.services.exchange.excel_export: real workbooks written to tmp_path and read back."""

from __future__ import annotations

import math
import re
import tempfile
import zipfile
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from app.services.exchange.excel_export import (
    CellKind,
    ColumnSpec,
    ExportCancelled,
    SheetSpec,
    write_xlsx,
)

CUSTOMER_COLUMNS = [
    ColumnSpec("姓名"),
    ColumnSpec("电话", CellKind.PHONE),
    ColumnSpec("生日", CellKind.DATE),
    ColumnSpec("最近联系", CellKind.DATETIME),
    ColumnSpec("车辆数", CellKind.INTEGER),
    ColumnSpec("消费", CellKind.MONEY),
    ColumnSpec("重点客户", CellKind.BOOL),
]
CUSTOMER_ROWS = [
    (
        "王小明",
        "+86 138 0013 8000",
        date(1985, 3, 7),
        datetime(2024, 5, 1, 14, 30),
        2,
        1234.5,
        True,
    ),
    ("李娜", "013800138000", None, None, 0, Decimal("99.90"), False),
]

DANGEROUS = ["=1+1", "+86 138", "-5", "@SUM(A1)", "\t=x", "\r=y", "=", "#N/A", "#REF!"]
# The one change made to a dangerous value: a carriage return becomes a line feed
# (XML would turn it into one anyway; it is Excel's line break in a cell).
EXPECTED_BACK = {"\r=y": "\n=y"}


@pytest.fixture
def openpyxl_tmp(tmp_path, monkeypatch):
    """The folder openpyxl's write-only sheets put their temporary files in."""
    folder = tmp_path / "openpyxl-tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def export(path, columns, rows, title="客户", **kwargs):
    return write_xlsx(path, [SheetSpec(title, columns, rows)], **kwargs)


def sheet_xml(path) -> list[str]:
    with zipfile.ZipFile(path) as zf:
        return [
            zf.read(name).decode("utf-8")
            for name in zf.namelist()
            if name.startswith("xl/worksheets/sheet")
        ]


def all_cells(ws):
    return [cell for row in ws.iter_rows() for cell in row]


def files_in(folder):
    return sorted(p.name for p in folder.iterdir())


# ------------------------------------------------------------------ layout
def test_header_row_is_bold_filled_bordered_and_frozen(tmp_path):
    path = tmp_path / "customers.xlsx"
    assert export(path, CUSTOMER_COLUMNS, CUSTOMER_ROWS) == 2

    ws = load_workbook(path)["客户"]
    header = [cell.value for cell in ws[1]]
    assert header == [column.header for column in CUSTOMER_COLUMNS]
    for cell in ws[1]:
        assert cell.data_type == "s"
        assert cell.font.b is True
        assert cell.fill.fill_type == "solid"
        assert cell.fill.fgColor.rgb == "FFDDEBF7"
        assert cell.border.bottom.style == "thin"
    for cell in ws[2]:
        assert not cell.font.b  # data rows are not bold
    assert ws.freeze_panes == "A2"


def test_auto_filter_covers_header_and_every_row(tmp_path):
    path = tmp_path / "many.xlsx"
    rows = [(f"客户{i}", f"1380000{i:04d}") for i in range(1234)]
    export(path, [ColumnSpec("姓名"), ColumnSpec("电话", CellKind.PHONE)], rows)

    ws = load_workbook(path).active
    assert ws.auto_filter.ref == "A1:B1235"
    assert ws.max_row == 1235


def test_column_widths_are_set_from_header_and_values(tmp_path):
    path = tmp_path / "widths.xlsx"
    columns = [
        ColumnSpec("Name"),
        ColumnSpec("地址"),
        ColumnSpec("Notes"),
        ColumnSpec("Fixed", width=33),
        ColumnSpec("When", CellKind.DATETIME),
        ColumnSpec("X"),
    ]
    rows = [
        ("Li", "北京市朝阳区建国路88号", "x" * 500, "a", datetime(2024, 1, 1, 9, 0), None),
        ("Zhang San", "上海", "short", "b", None, None),
    ]
    export(path, columns, rows)

    dims = load_workbook(path).active.column_dimensions
    widths = {letter: dims[letter].width for letter in "ABCDEF"}
    assert widths["A"] == 11  # "Zhang San" (9) + 2
    assert widths["B"] == 24  # 10 CJK characters count double, "88" single: 22 + 2
    assert widths["C"] == 60  # clamped
    assert widths["D"] == 33  # given by the column
    assert widths["E"] == 18  # "yyyy-mm-dd hh:mm" + 2
    assert widths["F"] == 8  # at least 8
    assert all(dims[letter].customWidth for letter in "ABCDEF")


# ------------------------------------------------------------------ typed cells
def test_typed_cells_read_back_with_their_types_and_formats(tmp_path):
    path = tmp_path / "typed.xlsx"
    export(path, CUSTOMER_COLUMNS, CUSTOMER_ROWS)
    ws = load_workbook(path)["客户"]
    name, phone, birthday, contact, cars, spent, key = ws[2]

    assert (name.value, name.data_type) == ("王小明", "s")

    assert phone.value == "+86 138 0013 8000"  # leading + kept
    assert phone.data_type == "s"
    assert phone.number_format == "@"

    assert birthday.is_date
    assert birthday.value == datetime(1985, 3, 7)
    assert birthday.number_format == "yyyy-mm-dd"

    assert contact.is_date
    assert contact.value == datetime(2024, 5, 1, 14, 30)
    assert contact.number_format == "yyyy-mm-dd hh:mm"

    assert (cars.value, cars.data_type) == (2, "n")
    assert isinstance(cars.value, int)

    assert spent.data_type == "n"
    assert spent.value == pytest.approx(1234.5)
    assert spent.number_format == "#,##0.00"

    assert key.value == "✓"

    name, phone, birthday, contact, cars, spent, key = ws[3]
    assert phone.value == "013800138000"  # leading zero kept: text, not a number
    assert phone.data_type == "s"
    assert phone.number_format == "@"
    assert birthday.value is None and contact.value is None
    assert (cars.value, cars.data_type) == (0, "n")
    assert spent.value == pytest.approx(99.9)
    assert spent.number_format == "#,##0.00"
    assert key.value is None  # False: an empty cell


def test_odd_values_are_written_sensibly(tmp_path):
    path = tmp_path / "odd.xlsx"
    columns = [
        ColumnSpec("d", CellKind.DATE),
        ColumnSpec("dt", CellKind.DATETIME),
        ColumnSpec("n", CellKind.INTEGER),
        ColumnSpec("m", CellKind.MONEY),
        ColumnSpec("t"),
        ColumnSpec("b", CellKind.BOOL),
    ]
    aware = datetime(2024, 5, 1, 6, 30, tzinfo=UTC)
    rows = [
        (datetime(2024, 5, 1, 23, 59), aware, True, math.nan, 42, 1),
        (date(1800, 1, 1), date(2024, 5, 2), math.inf, "n/a", None, ""),
        ("not a date", "soon", "3 cars", None, "", 0),
    ]
    export(path, columns, rows)
    ws = load_workbook(path).active

    d, dt, n, m, t, b = ws[2]
    assert d.value == datetime(2024, 5, 1)  # a date-time in a date column: the date
    assert d.number_format == "yyyy-mm-dd"
    assert dt.value == aware.astimezone().replace(tzinfo=None)  # local wall time
    assert dt.number_format == "yyyy-mm-dd hh:mm"
    assert n.value == 1
    assert m.value is None  # NaN cannot be stored
    assert (t.value, t.data_type) == ("42", "s")
    assert b.value == "✓"

    d, dt, n, m, t, b = ws[3]
    assert (d.value, d.data_type) == ("1800-01-01", "s")  # before Excel's calendar
    assert dt.value == datetime(2024, 5, 2) and dt.number_format == "yyyy-mm-dd hh:mm"
    assert n.value is None
    assert (m.value, m.data_type) == ("n/a", "s")
    assert t.value is None and b.value is None

    d, dt, n, m, t, b = ws[4]
    assert [c.value for c in (d, dt, n)] == ["not a date", "soon", "3 cars"]
    assert all(c.data_type == "s" for c in (d, dt, n))
    assert m.value is None and t.value is None and b.value is None


# ------------------------------------------------------------------ text safety
@pytest.mark.parametrize("kind", [CellKind.TEXT, CellKind.PHONE])
def test_dangerous_text_is_never_a_formula(tmp_path, kind):
    path = tmp_path / "danger.xlsx"
    columns = [ColumnSpec("=HEADER()", kind), ColumnSpec("plain")]
    rows = [(value, f"row {i}") for i, value in enumerate(DANGEROUS)]
    export(path, columns, rows)

    ws = load_workbook(path).active
    assert ws["A1"].value == "=HEADER()" and ws["A1"].data_type == "s"
    for i, value in enumerate(DANGEROUS, start=2):
        cell = ws.cell(row=i, column=1)
        assert cell.data_type == "s", value
        assert cell.value == EXPECTED_BACK.get(value, value)
        if not value.startswith("\r"):
            assert cell.quotePrefix, value  # Excel keeps it text even when edited
        assert ws.cell(row=i, column=2).value == f"row {i - 2}"
    assert not [cell.coordinate for cell in all_cells(ws) if cell.data_type in ("f", "e")]

    for xml in sheet_xml(path):
        assert "<f>" not in xml and "<f " not in xml
        assert 't="e"' not in xml


def test_formula_like_text_in_every_kind_of_column_stays_text(tmp_path):
    path = tmp_path / "danger-everywhere.xlsx"
    columns = [ColumnSpec(kind.value, kind) for kind in CellKind if kind != CellKind.BOOL]
    rows = [['=HYPERLINK("http://evil","x")'] * len(columns)]
    export(path, columns, rows)

    ws = load_workbook(path).active
    assert all(cell.data_type == "s" for cell in ws[2])
    assert all(cell.value == rows[0][0] for cell in ws[2])
    assert "<f>" not in "".join(sheet_xml(path))


def test_illegal_control_characters_are_removed_not_fatal(tmp_path):
    path = tmp_path / "control.xlsx"
    columns = [ColumnSpec("备注\x07"), ColumnSpec("电话", CellKind.PHONE)]
    rows = [
        ("line one\nline two\x00\x01\x1f end", "+86\x0b138"),
        ("\x02=1+1", "\x1b"),
        ("tab\tkept", "x"),
    ]
    export(path, columns, rows, title="bad\x08title")

    wb = load_workbook(path)
    ws = wb.active
    assert ws.title == "badtitle"
    assert ws["A1"].value == "备注"
    assert ws["A2"].value == "line one\nline two end"
    assert ws["B2"].value == "+86138"
    assert (ws["A3"].value, ws["A3"].data_type) == ("=1+1", "s")
    assert ws["B3"].value is None  # nothing left
    assert ws["A4"].value == "tab\tkept"
    assert "<f>" not in "".join(sheet_xml(path))


def test_cjk_text_round_trips(tmp_path):
    path = tmp_path / "中文.xlsx"
    texts = [
        "张伟",
        "欧阳娜娜",
        "京A·12345",
        "粤B D12345 新能源",
        "老客户，转介绍（王总）",
        "𠮷野家",
    ]
    export(path, [ColumnSpec("名称")], [(t,) for t in texts], title="客户名单")

    ws = load_workbook(path)["客户名单"]
    assert [c.value for c in ws["A"]][1:] == texts


# ------------------------------------------------------------------ sheets and rows
def test_multiple_sheets_each_complete(tmp_path):
    path = tmp_path / "book.xlsx"
    customers = SheetSpec(
        "客户",
        [ColumnSpec("姓名"), ColumnSpec("电话", CellKind.PHONE)],
        [("王", "138"), ("李", "139")],
    )
    vehicles = SheetSpec(
        "车辆",
        [
            ColumnSpec("车牌"),
            ColumnSpec("年份", CellKind.INTEGER),
            ColumnSpec("购车日", CellKind.DATE),
        ],
        ((f"京A{i:05d}", 2000 + i, date(2020, 1, 1) + timedelta(days=i)) for i in range(5)),
    )
    assert write_xlsx(path, [customers, vehicles]) == 7

    wb = load_workbook(path)
    assert wb.sheetnames == ["客户", "车辆"]
    assert wb["客户"].auto_filter.ref == "A1:B3"
    assert wb["车辆"].auto_filter.ref == "A1:C6"
    assert wb["车辆"].freeze_panes == "A2" and wb["客户"].freeze_panes == "A2"
    assert [c.value for c in wb["车辆"][6]] == ["京A00004", 2004, datetime(2020, 1, 5)]


def test_sheet_titles_are_made_acceptable_to_excel(tmp_path):
    path = tmp_path / "titles.xlsx"
    col = [ColumnSpec("a")]
    titles = ["客户/车辆 [2024]?", "客户/车辆 [2024]?", "", "x" * 40, "'quoted'"]
    write_xlsx(path, [SheetSpec(t, col, []) for t in titles])

    names = load_workbook(path).sheetnames
    assert names == ["客户_车辆 _2024__", "客户_车辆 _2024__ (2)", "Sheet", "x" * 31, "quoted"]


def test_no_rows_gives_the_header_only(tmp_path):
    path = tmp_path / "empty.xlsx"
    assert export(path, CUSTOMER_COLUMNS, []) == 0

    ws = load_workbook(path).active
    assert ws.max_row == 1
    assert [c.value for c in ws[1]] == [c.header for c in CUSTOMER_COLUMNS]
    assert ws.auto_filter.ref == "A1:G1"
    assert ws.freeze_panes == "A2"


def test_generator_rows_progress_and_distinct_values(tmp_path):
    path = tmp_path / "gen.xlsx"
    columns = [
        ColumnSpec("n", CellKind.INTEGER),
        ColumnSpec("phone", CellKind.PHONE),
        ColumnSpec("when", CellKind.DATETIME),
        ColumnSpec("paid", CellKind.MONEY),
        ColumnSpec("note"),
    ]
    start = datetime(2024, 1, 1, 8, 0)

    def rows():
        for i in range(2500):
            yield (i, f"+86 138{i:08d}", start + timedelta(minutes=i), i / 4, f"=A{i}")

    seen: list[int] = []
    assert export(path, columns, rows(), progress=seen.append) == 2500
    assert seen == [1000, 2000, 2500]

    ws = load_workbook(path).active
    assert ws.auto_filter.ref == "A1:E2501"
    for i, row in enumerate(ws.iter_rows(min_row=2, values_only=True)):
        assert row == (i, f"+86 138{i:08d}", start + timedelta(minutes=i), i / 4, f"=A{i}")


def test_short_rows_are_padded_and_long_rows_refused(tmp_path):
    path = tmp_path / "ragged.xlsx"
    columns = [ColumnSpec("a"), ColumnSpec("b"), ColumnSpec("c", CellKind.BOOL)]
    export(path, columns, [("x",), ("y", "z", True)])
    ws = load_workbook(path).active
    assert [c.value for c in ws[2]] == ["x", None, None]
    assert [c.value for c in ws[3]] == ["y", "z", "✓"]

    bad = tmp_path / "bad.xlsx"
    with pytest.raises(ValueError, match="4 values for 3 columns"):
        export(bad, columns, [("x", "y", "z", "extra")])
    assert files_in(tmp_path) == ["ragged.xlsx"]


def test_nothing_to_write_is_refused(tmp_path):
    with pytest.raises(ValueError):
        write_xlsx(tmp_path / "none.xlsx", [])
    with pytest.raises(ValueError):
        export(tmp_path / "nocols.xlsx", [], [])
    assert files_in(tmp_path) == []


# ------------------------------------------------------------------ atomic writing
def test_cancelled_export_leaves_no_file(tmp_path, openpyxl_tmp):
    out = tmp_path / "out"
    out.mkdir()
    path = out / "customers.xlsx"
    asked: list[int] = []
    progress: list[int] = []

    def cancelled() -> bool:
        asked.append(len(progress))
        return len(progress) >= 2  # after 2,000 rows

    rows = ((f"客户{i}", i) for i in range(10_000))
    with pytest.raises(ExportCancelled):
        export(
            path,
            [ColumnSpec("名"), ColumnSpec("n", CellKind.INTEGER)],
            rows,
            progress=progress.append,
            cancelled=cancelled,
        )

    assert progress == [1000, 2000]
    assert asked == [0, 1, 2]  # before the first row, then every 1,000 rows
    assert files_in(out) == []  # no target, no temporary file
    assert files_in(openpyxl_tmp) == []  # openpyxl's sheet buffers removed too


def test_cancelled_before_start_writes_nothing(tmp_path):
    def rows():
        raise AssertionError("rows must not be read")
        yield

    with pytest.raises(ExportCancelled):
        export(tmp_path / "x.xlsx", [ColumnSpec("a")], rows(), cancelled=lambda: True)
    assert files_in(tmp_path) == []


def test_cancelled_export_keeps_an_existing_file_byte_identical(tmp_path, openpyxl_tmp):
    path = tmp_path / "customers.xlsx"
    export(path, CUSTOMER_COLUMNS, CUSTOMER_ROWS)
    before = path.read_bytes()

    rows = [(f"新客户{i}", "139", None, None, i, i, True) for i in range(5000)]
    with pytest.raises(ExportCancelled):
        export(path, CUSTOMER_COLUMNS, rows, cancelled=iter([False, False, True]).__next__)

    assert path.read_bytes() == before
    assert files_in(tmp_path) == ["customers.xlsx", "openpyxl-tmp"]
    assert files_in(openpyxl_tmp) == []


def test_failing_rows_keep_an_existing_file_and_leave_no_temp(tmp_path, openpyxl_tmp):
    path = tmp_path / "customers.xlsx"
    path.write_bytes(b"the old export")

    def rows():
        for i in range(1500):
            yield (f"客户{i}",)
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError, match="database went away"):
        export(path, [ColumnSpec("姓名")], rows())
    assert path.read_bytes() == b"the old export"
    assert files_in(tmp_path) == ["customers.xlsx", "openpyxl-tmp"]
    assert files_in(openpyxl_tmp) == []


def test_successful_export_replaces_an_existing_file(tmp_path, openpyxl_tmp):
    path = tmp_path / "customers.xlsx"
    path.write_bytes(b"the old export")
    export(str(path), CUSTOMER_COLUMNS, CUSTOMER_ROWS)  # a str path works too

    assert zipfile.is_zipfile(path)
    assert load_workbook(path).active["A2"].value == "王小明"
    assert files_in(tmp_path) == ["customers.xlsx", "openpyxl-tmp"]
    assert files_in(openpyxl_tmp) == []  # openpyxl cleans up after a save


def test_missing_folder_is_an_error_not_a_stray_file(tmp_path):
    with pytest.raises(FileNotFoundError):
        export(tmp_path / "nope" / "x.xlsx", [ColumnSpec("a")], [("b",)])
    assert files_in(tmp_path) == []


def test_sheet_xml_uses_inline_strings_and_real_numbers(tmp_path):
    path = tmp_path / "xml.xlsx"
    export(path, CUSTOMER_COLUMNS, CUSTOMER_ROWS)
    (xml,) = sheet_xml(path)
    assert re.search(r'<c r="B2" s="\d+" t="inlineStr"><is><t>\+86 138 0013 8000</t>', xml)
    # a number cell (t="n" is the default type, which a writer may leave out), not text
    assert re.search(r'<c r="E2"(?: t="n")?><v>2</v></c>', xml)
    assert '<autoFilter ref="A1:G3"' in xml


def test_failure_to_put_the_file_in_place_leaves_no_temp(tmp_path, openpyxl_tmp):
    target = tmp_path / "taken.xlsx"
    target.mkdir()  # os.replace cannot put a file over a folder
    (target / "keep.txt").write_text("mine")

    with pytest.raises(OSError):
        export(target, CUSTOMER_COLUMNS, CUSTOMER_ROWS)
    assert files_in(tmp_path) == ["openpyxl-tmp", "taken.xlsx"]
    assert files_in(target) == ["keep.txt"]
    assert files_in(openpyxl_tmp) == []


# ------------------------------------------------------------------ printing
def test_every_sheet_prints_a4_landscape_fitted_to_width_with_the_header_on_each_page(tmp_path):
    path = tmp_path / "print.xlsx"
    write_xlsx(path, [SheetSpec("客户", CUSTOMER_COLUMNS, CUSTOMER_ROWS),
                      SheetSpec("提醒", [ColumnSpec("日期", CellKind.DATE)], [(date(2026, 3, 1),)])])
    for ws in load_workbook(path).worksheets:
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.paperSize == 9  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage is True
        # an absent fitToWidth is SpreadsheetML's default, 1 page wide
        fit_width = 1 if ws.page_setup.fitToWidth is None else ws.page_setup.fitToWidth
        assert (fit_width, ws.page_setup.fitToHeight) == (1, 0)
        assert ws.print_title_rows == "$1:$1"
        assert ws.print_options.gridLines is True
    reminders = load_workbook(path)["提醒"]
    assert reminders["A2"].is_date and reminders["A2"].number_format == "yyyy-mm-dd"


def test_a_missing_folder_is_told_by_the_file_asked_for(tmp_path):
    from app.services.exchange.excel_export import CellKind, ColumnSpec, SheetSpec, write_xlsx

    target = tmp_path / "no such folder" / "list.xlsx"
    sheet = SheetSpec("List", [ColumnSpec("Name", CellKind.TEXT, 10)], [["张三"]])
    with pytest.raises(OSError) as raised:
        write_xlsx(target, [sheet])
    assert raised.value.filename == str(target)  # not the scratch file's name
    assert not target.parent.exists()
