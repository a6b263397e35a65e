"""Characters XML 1.0 forbids never make an unreadable workbook: they are left out of every
cell, header and sheet title, and the characters XML allows (even odd-looking ones) are kept.

Each workbook is written to tmp_path and opened again with openpyxl.load_workbook."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from app.domain.enums import FollowUpReason
from app.domain.records import CustomerInput
from app.presentation import exports
from app.services.exchange.excel_export import CellKind, ColumnSpec, SheetSpec, write_xlsx

# every C0 control XML 1.0 forbids (tab, line feed and carriage return are allowed)
C0_FORBIDDEN = "".join(chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
NONCHARACTERS = "\ufffe\uffff"
LONE_SURROGATES = "\ud800\udbff\udc00\udfff"
# storable in a book (lone surrogates and NUL are not), but not in an XML file
STORABLE_FORBIDDEN = C0_FORBIDDEN[1:] + NONCHARACTERS
FORBIDDEN = STORABLE_FORBIDDEN + LONE_SURROGATES
# XML allows these, however odd they look: they must come back unchanged
ALLOWED_ODD = "\x85\x7f\x9f\u2028\ufffd\ufeff😀\U0010fffd"


def dirty(text: str, forbidden: str = FORBIDDEN) -> str:
    """*text* with every forbidden character, and the odd allowed ones, mixed in."""
    return f"{text[:1]}{forbidden}{ALLOWED_ODD}{text[1:]}"


def clean(text: str) -> str:
    return f"{text[:1]}{ALLOWED_ODD}{text[1:]}"


def values_of(ws) -> list[list]:
    return [list(row) for row in ws.iter_rows(values_only=True)]


def test_forbidden_characters_are_left_out_of_cells_headers_and_titles(tmp_path):
    path = tmp_path / "dirty.xlsx"
    columns = [
        ColumnSpec(dirty("Name")),
        ColumnSpec(dirty("Phone"), CellKind.PHONE),
        ColumnSpec(dirty("Day"), CellKind.DATE),
        ColumnSpec(dirty("Count"), CellKind.INTEGER),
        ColumnSpec(dirty("Money"), CellKind.MONEY),
    ]
    rows = [
        (dirty("王小明"), dirty("138 0013 8000"), dirty("someday"), dirty("n/a"), dirty("free")),
        # a risky first character goes the quoted way; it is cleaned the same
        (dirty("=1+1", FORBIDDEN), dirty("+86 138"), date(2024, 3, 1), 3, 1.5),
        (FORBIDDEN, FORBIDDEN, None, None, 0),  # nothing left: an empty cell
    ]

    assert write_xlsx(path, [SheetSpec(dirty("客户"), columns, rows),
                             SheetSpec(dirty("车辆"), columns[:1], [(dirty("汉"),)])]) == 4

    wb = load_workbook(path)
    assert wb.sheetnames == [clean("客户"), clean("车辆")]
    ws = wb[clean("客户")]
    assert values_of(ws)[0] == [clean("Name"), clean("Phone"), clean("Day"), clean("Count"),
                                clean("Money")]
    assert values_of(ws)[1] == [clean("王小明"), clean("138 0013 8000"), clean("someday"),
                                clean("n/a"), clean("free")]
    second = values_of(ws)[2]
    assert second[:2] == [clean("=1+1"), clean("+86 138")]
    assert ws["A3"].data_type == "s" and ws["A3"].quotePrefix  # still text, not a formula
    assert second[2].date() == date(2024, 3, 1)
    assert second[3:] == [3, 1.5]
    assert values_of(ws)[3] == [None, None, None, None, 0]
    assert values_of(wb[clean("车辆")]) == [[clean("Name")], [clean("汉")]]


def test_a_sheet_title_of_only_forbidden_characters_gets_a_name(tmp_path):
    path = tmp_path / "titles.xlsx"
    write_xlsx(path, [SheetSpec(FORBIDDEN, [ColumnSpec("A")], [("x",)])])
    assert load_workbook(path).sheetnames == ["Sheet"]


def test_customers_and_follow_ups_from_a_book_export_readably(services, tmp_path):
    """The lists `guanxi export` and the windows write, from a real book: text that the
    book keeps but XML cannot hold is left out of the workbook, the rest is kept."""
    advisor = services.staff.add(dirty("Wang Fang", STORABLE_FORBIDDEN))
    customer = services.customers.create(CustomerInput(
        name=dirty("张三", STORABLE_FORBIDDEN),
        wechat=dirty("zhangsan", STORABLE_FORBIDDEN),
        address=dirty("北京市朝阳区", STORABLE_FORBIDDEN),
        tags=(dirty("VIP", STORABLE_FORBIDDEN),),
        advisor_id=advisor.id,
    ))
    services.followups.create(customer.id, FollowUpReason.CUSTOM, date(2024, 5, 1),
                              notes=dirty("回访", STORABLE_FORBIDDEN))

    customers_path = tmp_path / "customers.xlsx"
    assert write_xlsx(customers_path,
                      [exports.customers_sheet(services.customers.export_rows())]) == 1
    header, row = values_of(load_workbook(customers_path).active)
    by_header = dict(zip(header, row, strict=True))
    assert by_header["Name"] == clean("张三")
    assert by_header["WeChat"] == clean("zhangsan")
    assert by_header["Address"] == clean("北京市朝阳区")
    assert by_header["Tags"] == clean("VIP")
    assert by_header["Advisor"] == clean("Wang Fang")

    follow_ups_path = tmp_path / "followups.xlsx"
    assert write_xlsx(follow_ups_path, [exports.followups_sheet(services.followups.list())]) == 1
    header, row = values_of(load_workbook(follow_ups_path).active)
    by_header = dict(zip(header, row, strict=True))
    assert by_header["Customer"] == clean("张三")
    assert by_header["Advisor"] == clean("Wang Fang")
    assert by_header["Notes"] == clean("回访")
