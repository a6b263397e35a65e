"""The call sheet as a person sees it on a real book: each car named, lateness in words,
the look-backs chosen in Preferences, and how many customers an A4 page holds."""

import re
import unicodedata
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDialogButtonBox

from app.desk.settings import Preferences
from app.domain.enums import CustomerKind, ReminderKind
from app.domain.records import CustomerInput, VehicleInput
from app.presentation.call_words import CallSheetWords
from app.presentation.printing import call_sheet_html
from app.render.pdf import write_pdf
from app.services.admin.book import open_book
from app.ui.dialogs.preferences_dialog import PreferencesDialog
from app.ui.views.callsheet_view import CallSheetView
from app.ui.widgets.common import to_qdate

pypdf = pytest.importorskip("pypdf")

DAY = date(2026, 11, 22)


def _years_before(day: date, years: int) -> date:
    return day.replace(year=day.year - years)


@pytest.fixture
def book(pristine_copy):
    """A company with four cars (anniversaries 3 days ahead, today, 5 and 20 days ago; one
    car without a plate), a birthday three weeks ago and one two days ago."""
    services = open_book(pristine_copy)
    firm = services.customers.create(CustomerInput(
        name="鸿运物流有限公司", kind=CustomerKind.COMPANY, phone="01065529988",
        marketing_consent=True, marketing_consent_date=date(2024, 1, 1)))
    plates = []
    for offset, plate, model in ((3, "京A12345", "帕萨特"), (0, "京B23456", "迈腾"),
                                 (-5, "", "朗逸"), (-20, "京D45678", "途观")):
        car = services.vehicles.add(firm.id, VehicleInput(
            make="大众", model=model, plate=plate,
            purchase_date=_years_before(DAY + timedelta(days=offset), 3)))
        plates.append(car.plate)
    for name, days in (("张三", 21), ("李四", 2)):
        when = DAY - timedelta(days=days)
        services.customers.create(CustomerInput(name=name, phone="13800138000",
                                                birth_month=when.month, birth_day=when.day,
                                                marketing_consent=True, marketing_consent_date=date(2024, 1, 1)))
    yield services, plates
    services.close()


@pytest.fixture
def view(qtbot, sync_ops, book, settings):
    services, _plates = book
    widget = CallSheetView(services, Preferences(settings))
    qtbot.addWidget(widget)
    widget.day.setDate(to_qdate(DAY))
    return widget


def _rows(view) -> dict[str, list[str]]:
    model = view.model
    return {model.index(r, 0).data().rstrip(" ★"): [model.index(r, c).data()
                                                    for c in range(model.columnCount())]
            for r in range(model.rowCount())}


def _late(days: int) -> str:
    return CallSheetWords().late(days)


def test_each_car_has_its_own_reason_line_naming_it(view, book):
    _services, plates = book

    reasons = _rows(view)["鸿运物流有限公司"][2].splitlines()

    assert len(reasons) == 3  # the car bought 20 days ago is past its look-back
    assert plates[0] in reasons[2] and "in 3 day" in reasons[2]
    assert plates[1] in reasons[1] and "due today" in reasons[1]
    assert "大众 朗逸" in reasons[0] and _late(5) in reasons[0]  # no plate: make and model
    assert plates[3] not in "\n".join(reasons)
    assert len(set(reasons)) == 3


def test_lateness_and_the_overdue_count_in_words(view):
    rows = _rows(view)

    assert "张三" not in rows  # a birthday three weeks ago is no call
    assert rows["李四"][3] == _late(2)
    assert rows["鸿运物流有限公司"][3] == _late(5)
    oldest = CallSheetWords().oldest(5)
    assert CallSheetWords().overdue(2) in view.summary.text()
    assert oldest in view.summary.text()


def test_only_overdue_lines_are_red(qtbot, sync_ops, book, settings):
    services, _plates = book
    services.customers.create(CustomerInput(
        name="王五", birth_month=(DAY + timedelta(days=1)).month,
        birth_day=(DAY + timedelta(days=1)).day))
    widget = CallSheetView(services, Preferences(settings))
    qtbot.addWidget(widget)
    widget.day.setDate(to_qdate(DAY))
    model = widget.model
    red = {model.index(r, 0).data() for r in range(model.rowCount())
           if (model.index(r, 3).data(Qt.ItemDataRole.ForegroundRole) or QBrush()).color().name()
           == "#c62828"}

    assert red == {"李四", "鸿运物流有限公司"}  # 王五's birthday is tomorrow


def test_a_look_back_chosen_in_preferences_brings_an_old_birthday_back(qtbot, sync_ops, book,
                                                                       settings):
    services, _plates = book
    preferences = Preferences(settings)
    dialog = PreferencesDialog(preferences)
    qtbot.addWidget(dialog)
    spin = dialog.lookback[ReminderKind.BIRTHDAY]
    assert spin.objectName() == "lookback_birthday" and spin.value() == 3
    spin.setValue(30)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    assert Preferences(settings).lookback_days[ReminderKind.BIRTHDAY] == 30
    widget = CallSheetView(services, preferences)
    qtbot.addWidget(widget)
    widget.day.setDate(to_qdate(DAY))
    assert "张三" in _rows(widget)
    assert _rows(widget)["张三"][3] == _late(21)


def test_the_printed_sheet_names_each_car(qapp, view, tmp_path):
    out = write_pdf(view.html(), tmp_path / "calls.pdf", "Call sheet")

    text = "".join(p.extract_text() for p in pypdf.PdfReader(str(out)).pages)
    # Qt's PDFs give 大 back as the Kangxi radical drawn with the same glyph
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    for car in ("京A·12345", "京B·23456", "大众朗逸"):
        assert car.replace("·", "") in text.replace("·", "")
    assert "京D" not in text  # its anniversary is past the look-back


def test_an_a4_page_holds_at_least_20_customers(qapp, tmp_path):
    """The sheet before held 13 or 14 of these customers a page (five lines of tick boxes each)."""
    services = open_book(tmp_path / "big.db")
    try:
        for n in range(70):
            c = services.customers.create(CustomerInput(name=f"客户{n:02d}",
                                                        phone=f"139{n:08d}"))
            services.vehicles.add(c.id, VehicleInput(
                make="丰田", model="凯美瑞", plate=f"京A{n:05d}",
                insurance_expiry=DAY + timedelta(days=n % 20 - 5)))
        html = call_sheet_html(services.callsheet.for_day(DAY))
    finally:
        services.close()
    path = write_pdf(html, tmp_path / "sheet.pdf", "Call sheet")

    pages = [page.extract_text().count("☐") // 5 for page in pypdf.PdfReader(str(path)).pages]

    assert sum(pages) == 70
    assert len(pages) >= 2 and all(n >= 20 for n in pages[:-1]), pages  # now 25 and 28


def test_the_workbook_names_each_car_in_the_reasons(sync_ops, view, book, tmp_path, monkeypatch):
    import openpyxl

    _services, plates = book
    out = tmp_path / "calls.xlsx"
    monkeypatch.setattr("app.ui.views.callsheet_view.save_path", lambda *a, **k: out)

    view.export()

    sheet = openpyxl.load_workbook(out).active
    headers = [cell.value for cell in sheet[1]]
    rows = {row[headers.index("Customer")]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    reasons = rows["鸿运物流有限公司"][headers.index("Reasons")].split("; ")
    assert len(reasons) == 3
    for car, reason in zip(("大众 朗逸", plates[1], plates[0]), reasons, strict=True):
        assert car in reason


def test_one_car_s_reasons_on_one_date_share_a_line_and_others_keep_theirs():
    from app.domain.reminder_records import CallReason
    from app.presentation import labels
    from app.presentation.call_words import reason_lines

    reasons = [
        CallReason("inspection", DAY, plate="京A·12345", vehicle="大众 帕萨特"),
        CallReason("insurance", DAY, "人保", plate="京A·12345", vehicle="大众 帕萨特"),
        CallReason("insurance", DAY, vehicle="丰田 凯美瑞 %2"),  # no plate; its own words kept
        CallReason("birthday", DAY),
        CallReason("holiday", DAY, "spring_festival"),
    ]

    lines = [text for _due, _late, text in reason_lines(reasons, labels.reason,
                                                          labels.reminder_detail)]

    assert lines == [
        f"{labels.reason('inspection')}, {labels.reason('insurance')} (人保) · 京A·12345",
        f"{labels.reason('insurance')} · 丰田 凯美瑞 %2",
        labels.reason("birthday"),
        f"{labels.reason('holiday')} ({labels.holiday('spring_festival')})",
    ]
