"""The customers list as Excel gets it from a real book: dates and times are Excel dates,
a birthday is a date (or, lunar or without a year, its numbers in columns of their own),
the columns are as wide as what they hold, and the sheet prints readably.

Each workbook is written to tmp_path and read back with openpyxl."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import load_workbook

from app.domain.enums import CalendarKind
from app.domain.records import CustomerInput, InteractionInput
from app.presentation import exports
from app.services.exchange.excel_export import write_xlsx

LONG_NAME = "北京市朝阳区东三环汽车服务有限公司"  # 17 CJK characters: 34 columns wide


@pytest.fixture
def workbook(services, tmp_path):
    """Three customers (solar birthday with its year, lunar leap-month one, month and
    day only), one of them called; the customers list written and opened again."""
    solar = services.customers.create(CustomerInput(
        name="王小明", birth_year=1985, birth_month=3, birth_day=7))
    services.customers.create(CustomerInput(
        name="李娜", birthday_calendar=CalendarKind.LUNAR, birth_year=1990, birth_month=5,
        birth_day=15, birth_leap=True))
    services.customers.create(CustomerInput(name=LONG_NAME, birth_month=12, birth_day=25))
    services.timeline.log(InteractionInput(solar.id, summary="回访",
                                           occurred_at=datetime(2026, 11, 2, 16, 37)))
    path = tmp_path / "customers.xlsx"
    assert write_xlsx(path, [exports.customers_sheet(services.customers.export_rows())]) == 3
    return load_workbook(path)


def rows_by_name(ws) -> dict[str, dict]:
    header = [cell.value for cell in ws[1]]
    return {row[0].value: dict(zip(header, row, strict=True))
            for row in ws.iter_rows(min_row=2)}


def test_created_and_last_contact_are_excel_date_times(workbook):
    ws = workbook.active
    rows = rows_by_name(ws)
    called = rows["王小明"]["Last contact"]
    assert called.is_date and called.number_format == "yyyy-mm-dd hh:mm"
    assert called.value == datetime(2026, 11, 2, 16, 37)
    assert rows["李娜"]["Last contact"].value is None
    for row in rows.values():
        created = row["Created"]
        assert created.is_date and created.number_format == "yyyy-mm-dd hh:mm"
        assert isinstance(created.value, datetime)
        assert abs((created.value - datetime.now()).days) <= 1  # written just now


def test_a_solar_birthday_with_its_year_is_an_excel_date(workbook):
    row = rows_by_name(workbook.active)["王小明"]
    assert row["Birthday"].is_date and row["Birthday"].number_format == "yyyy-mm-dd"
    assert row["Birthday"].value == datetime(1985, 3, 7)
    assert (row["Birth year"].value, row["Birth month"].value, row["Birth day"].value) == (1985, 3, 7)
    assert row["Lunar birthday"].value is None


def test_a_lunar_birthday_keeps_year_month_and_day_in_number_columns(workbook):
    row = rows_by_name(workbook.active)["李娜"]
    assert not row["Birthday"].is_date  # no Excel date can hold a lunar one
    assert "1990" in row["Birthday"].value and "leap" in row["Birthday"].value
    assert (row["Birth year"].value, row["Birth month"].value, row["Birth day"].value) == (1990, 5, 15)
    assert row["Birth year"].data_type == "n"
    assert row["Lunar birthday"].value == "✓"


def test_a_birthday_without_its_year_keeps_month_and_day(workbook):
    row = rows_by_name(workbook.active)[LONG_NAME]
    assert row["Birthday"].value == "12-25"
    assert (row["Birth year"].value, row["Birth month"].value, row["Birth day"].value) == (None, 12, 25)


def test_the_name_column_is_as_wide_as_the_longest_name(workbook):
    ws = workbook.active
    assert ws.column_dimensions["A"].width >= 34  # CJK characters count double


def test_the_customers_sheet_prints_landscape_fitted_to_the_width_with_its_header(workbook):
    ws = workbook.active
    assert ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    # an absent fitToWidth is SpreadsheetML's default, 1 page wide
    assert ws.page_setup.fitToWidth in (None, 1) and ws.page_setup.fitToHeight == 0
    assert ws.print_title_rows == "$1:$1"


def test_the_follow_ups_list_fits_long_names_and_keeps_its_dates_excel_dates(services, tmp_path):
    from datetime import date

    from app.domain.enums import FollowUpReason

    customer = services.customers.create(CustomerInput(name=LONG_NAME))
    services.followups.create(customer.id, FollowUpReason.CUSTOM, date(2026, 5, 1))
    path = tmp_path / "followups.xlsx"
    write_xlsx(path, [exports.followups_sheet(services.followups.list())])
    ws = load_workbook(path).active
    header = [cell.value for cell in ws[1]]
    customer_column = ws.cell(1, header.index("Customer") + 1).column_letter
    assert ws.column_dimensions[customer_column].width >= 34
    due = ws.cell(2, header.index("Due") + 1)
    assert due.is_date and due.number_format == "yyyy-mm-dd"
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$1:$1"
