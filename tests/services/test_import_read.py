"""Reading real dirty sheets: each pathology of issue 15 item 1 in a file written by openpyxl
or by hand (GBK with semicolons, UTF-8 with a BOM and tabs, full-width text)."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain import import_fields as f
from app.domain.import_fields import Rejection, clean_row
from app.services.exchange.import_read import (
    ImportFileError,
    detect_delimiter,
    detect_encoding,
    read_table,
)

VIN = "LSVAA4181E2123456"  # a valid check digit (position 9)


def _dirty_workbook(path):
    """Two title rows (one merged), a merged header over two phone columns, phones as
    numbers, an Excel date, a serial, date texts, a hidden column, an empty row in the
    middle, a total row at the end, and a second sheet."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "客户"
    ws.append(["某某4S店客户名单"])
    ws.merge_cells("A1:H1")
    ws.append(["导出日期：2024-05-01"])
    ws.append(["客户姓名", "联系电话", None, "车牌号", "车架号", "购车日期", "内部编号", "里程"])
    ws.merge_cells("B3:C3")
    ws.append(["张三", 13812345678, 13987654321, "京a12345", VIN.lower(), datetime(2024, 3, 5), "X1", 12000])
    ws.append(["李四", 1.3812345679e10, None, "沪B·D12345", None, 45000, "X2", "1.2万"])
    ws.append([None] * 8)
    ws.append(["  王　五 ", "13812345670/13912345671", None, None, None, "2024年3月5日", "X3", None])
    ws.append(["赵六", "1.38E+10", None, None, None, "2024-02-30", "X4", None])
    ws.append(["ＡＢＣ公司", None, None, None, None, "20240305", "X5", None])
    ws.append(["合计", None, None, None, None, None, None, 24000])
    ws.column_dimensions["G"].hidden = True
    wb.create_sheet("说明").append(["本表由系统导出"])
    wb.save(path)


@pytest.fixture
def dirty(tmp_path):
    path = tmp_path / "客户名单.xlsx"
    _dirty_workbook(path)
    return read_table(path)


def test_title_rows_are_passed_over_and_sheets_listed(dirty):
    assert dirty.sheet_names == ("客户", "说明")
    assert dirty.sheet == "客户"
    assert dirty.header_row == 2 and dirty.data_start == 3
    assert dirty.encoding is None and dirty.delimiter is None


def test_merged_header_carried_to_the_second_phone_column(dirty):
    assert dirty.headers[:3] == ["客户姓名", "联系电话", "联系电话"]
    mapping = dirty.mapping()
    assert [mapping[i] for i in range(8)] == [
        "name", "phone", "phone_alt", "plate", "vin", "purchase_date", None, "mileage_km"]


def test_hidden_column_reported(dirty):
    assert dirty.hidden_columns == (6,)


def test_blank_row_and_total_row_reported_not_dropped(dirty):
    rows = dirty.data_rows()
    assert [r.kind for r in rows] == ["data", "data", "blank", "data", "data", "data", "total"]
    assert [r.number for r in rows] == [4, 5, 6, 7, 8, 9, 10]  # as the spreadsheet numbers them


def test_cells_cleaned(dirty):
    mapping = dirty.mapping()
    rows = [clean_row(r.cells, mapping) for r in dirty.data_rows() if r.kind == "data"]
    zhang, li, wang, zhao, abc = rows
    assert zhang.values == {
        "name": "张三", "phone": "+8613812345678", "phone_alt": "+8613987654321", "plate": "京A·12345",
        "vin": VIN, "purchase_date": date(2024, 3, 5), "mileage_km": 12000}
    assert not zhang.rejections
    assert li.values["phone"] == "+8613812345679"  # 1.3812345679E10 stored as a number
    assert li.values["purchase_date"] == date(2023, 3, 15)  # serial 45000
    assert li.values["plate"] == "沪B·D12345" and li.values["mileage_km"] == 12000
    assert wang.values["name"] == "王 五"
    assert (wang.values["phone"], wang.values["phone_alt"]) == ("+8613812345670", "+8613912345671")
    assert wang.values["purchase_date"] == date(2024, 3, 5)
    assert zhao.rejections == {"phone": Rejection("phone_scientific", "1.38E+10"),
                               "purchase_date": Rejection("date_nonexistent", "2024-02-30")}
    assert abc.values == {"name": "ABC公司", "purchase_date": date(2024, 3, 5)}


def test_other_sheet_and_missing_sheet(tmp_path):
    path = tmp_path / "book.xlsx"
    _dirty_workbook(path)
    assert read_table(path, sheet="说明").rows == [["本表由系统导出"]]
    with pytest.raises(ImportFileError) as caught:
        read_table(path, sheet="没有")
    assert caught.value.code == "sheet_missing"


def test_two_row_heading_with_vertical_merges(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["姓名", "联系方式", None, "购车日期"])
    ws.append([None, "手机", "座机", None])
    ws.merge_cells("A1:A2")
    ws.merge_cells("B1:C1")
    ws.merge_cells("D1:D2")
    ws.append(["张三", "13812345678", "010-65529988", "2024.03.05"])
    ws.append(["张三", "13812345678", None, "2024/3/5"])
    path = tmp_path / "two.xlsx"
    wb.save(path)
    table = read_table(path)
    assert table.header_row == 0 and table.data_start == 2
    assert table.mapping() == {0: "name", 1: "phone", 2: "phone_alt", 3: "purchase_date"}
    first = clean_row(table.data_rows()[0].cells, table.mapping())
    assert first.values == {"name": "张三", "phone": "+8613812345678", "phone_alt": "+861065529988",
                            "purchase_date": date(2024, 3, 5)}


def test_name_merged_down_over_two_vehicles(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["姓名", "手机", "车牌"])
    ws.append(["张三", "13812345678", "京A12345"])
    ws.append([None, None, "京A54321"])
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:B3")
    path = tmp_path / "merged.xlsx"
    wb.save(path)
    rows = read_table(path).data_rows()
    assert [r.cells for r in rows] == [["张三", "13812345678", "京A12345"], ["张三", "13812345678", "京A54321"]]


def test_gbk_csv_with_semicolons(tmp_path):
    text = "客户资料\r\n姓名;手机号;地址;生日\r\n张三;13812345678;北京市朝阳区;1985/7/1\r\n;;;\r\n李四;\"139 8765 4321\";\"上海市;浦东\";19900101\r\n"
    path = tmp_path / "gbk.csv"
    path.write_bytes(text.encode("gbk"))
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("gb18030", ";")
    assert table.header_row == 1
    assert table.mapping() == {0: "name", 1: "phone", 2: "address", 3: "birthday"}
    rows = table.data_rows()
    assert [r.kind for r in rows] == ["data", "blank", "data"]
    li = clean_row(rows[2].cells, table.mapping())
    assert li.values == {"name": "李四", "phone": "+8613987654321", "address": "上海市;浦东",
                         "birthday": f.Birthday(1990, 1, 1)}


def test_utf8_bom_with_tabs_and_full_width_text(tmp_path):
    text = "Name\tＰｈｏｎｅ　Ｎｏ．\tVIN\tInsurance Expiry\tWeChat\n" \
           f"  Ｌｉ　Ｌｅｉ  \t１３８１２３４５６７８\t{VIN.lower()}\t2025-06-30 00:00:00\t ｗｘ＿ｌｉ \n" \
           "Total\t\t\t\t\n"
    path = tmp_path / "bom.txt"
    path.write_bytes(text.encode("utf-8-sig"))
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("utf-8-sig", "\t")
    assert table.headers[0] == "Name"  # the BOM is not part of the first header
    assert table.mapping() == {0: "name", 1: "phone", 2: "vin", 3: "insurance_expiry", 4: "wechat"}
    rows = table.data_rows()
    assert [r.kind for r in rows] == ["data", "total"]
    assert clean_row(rows[0].cells, table.mapping()).values == {
        "name": "Li Lei", "phone": "+8613812345678", "vin": VIN,
        "insurance_expiry": date(2025, 6, 30), "wechat": "wx_li"}


def test_encoding_and_delimiter_can_be_given(tmp_path):
    path = tmp_path / "plain.csv"
    path.write_bytes("姓名,手机\n张三,13812345678\n".encode())
    assert read_table(path).delimiter == ","
    assert read_table(path).encoding == "utf-8"
    forced = read_table(path, delimiter=";", encoding="gb18030")
    assert (forced.encoding, forced.delimiter) == ("gb18030", ";")
    assert len(forced.rows[0]) == 1  # read as asked, so the person sees the difference


def test_detection_helpers():
    assert detect_encoding("姓名".encode("gbk")) == "gb18030"
    assert detect_encoding("姓名".encode("utf-16")) == "utf-16"
    assert detect_delimiter('a;b;c\n"1,5";2;3\n') == ";"
    assert detect_delimiter("a\tb\n1\t2\n") == "\t"
    assert detect_delimiter("just one column\n") == ","


def test_unreadable_files_are_refused_with_a_code(tmp_path):
    with pytest.raises(ImportFileError) as caught:
        read_table(tmp_path / "none.xlsx")
    assert caught.value.code == "file_missing"
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ImportFileError) as caught:
        read_table(broken)
    assert caught.value.code == "file_format"
    encrypted = tmp_path / "locked.xlsx"
    encrypted.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    with pytest.raises(ImportFileError) as caught:
        read_table(encrypted)
    assert caught.value.code == "file_password"
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ImportFileError) as caught:
        read_table(old)
    assert caught.value.code == "file_format"


def test_layout_key_remembers_the_header_layout(dirty, tmp_path):
    other = tmp_path / "again.xlsx"
    _dirty_workbook(other)
    assert read_table(other).layout_key() == dirty.layout_key()
    assert f.layout_key(["姓名", "手机"]) == f.layout_key([" 姓名 ", "手机：", None])
    assert f.layout_key(["姓名", "手机"]) != f.layout_key(["手机", "姓名"])


_cell_text = st.one_of(st.just(""), st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12),
                       st.sampled_from(["姓名", "手机", "车牌", "合计", "13812345678", "2024/3/5", "  ", "\u3000"]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(grid=st.lists(st.lists(_cell_text, min_size=1, max_size=5), min_size=0, max_size=12),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]),
       delimiter=st.sampled_from([",", ";", "\t"]))
def test_every_row_of_a_random_text_file_is_accounted_for(tmp_path, grid, encoding, delimiter):
    """Whatever the cells: no crash, and header + heading + data rows = the file's rows."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(grid)
    text = buffer.getvalue()
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    path = tmp_path / "random.csv"
    path.write_bytes(data)
    table = read_table(path, encoding=encoding, delimiter=delimiter)
    assert table.data_start + len(table.data_rows()) == len(table.rows)
    assert all(r.kind in (f.DATA, f.BLANK, f.TOTAL) for r in table.data_rows())
    for row in table.data_rows():
        clean_row(row.cells, table.mapping())


def test_hidden_column_of_a_workbook_written_by_xlsxwriter(tmp_path):
    import xlsxwriter

    path = tmp_path / "x.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("名单")
    sheet.write_row(0, 0, ["姓名", "内部", "内部2", "手机"])
    sheet.write_row(1, 0, ["张三", "a", "b", "13812345678"])
    sheet.set_column(1, 2, None, None, {"hidden": True})
    workbook.close()
    table = read_table(path)
    assert table.hidden_columns == (1, 2)
    assert table.mapping() == {0: "name", 1: None, 2: None, 3: "phone"}


def test_head_rows_are_the_first_data_rows_without_reading_the_whole_sheet(dirty):
    head = dirty.head_rows(3)
    assert [r.number for r in head] == [4, 5, 7]  # (row 6 is blank)
    assert all(r.kind == "data" for r in head)
    assert len(dirty.head_rows(100)) == 6  # (the total row is only known at the end)
