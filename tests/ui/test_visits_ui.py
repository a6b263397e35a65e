"""Service visits driven as the service desk would: the fast dialog, the list, the card panel."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.desk.settings import Preferences
from app.domain.enums import VisitType
from app.domain.errors import FieldError, ValidationError
from app.domain.records import CustomerInput, VehicleInput
from app.domain.visit_records import VisitInput, WorkItem
from app.services.admin.book import open_book
from app.ui.dialogs import visit_dialog
from app.ui.dialogs.visit_dialog import VisitDialog, parse_yuan, visit_type_label
from app.ui.views import visits_view
from app.ui.views.visits_view import VisitsView
from app.ui.widgets.visits_panel import VisitsPanel
from tests.ui.conftest import type_text

TODAY = date.today()
# the dialogs' writes and the panel's reads are ops: run at once, so a test reads the
# outcome on the next line
pytestmark = pytest.mark.usefixtures("sync_ops")


@pytest.fixture
def book(pristine_copy):
    services = open_book(pristine_copy)
    advisor = services.staff.add("王芳")
    zhang = services.customers.create(CustomerInput(name="张三", phone="13800138000"))
    car = services.vehicles.add(zhang.id, VehicleInput(make="大众", model="帕萨特",
                                                       plate="京A12345", mileage_km=20_000))
    li = services.customers.create(CustomerInput(name="李四", phone="13912345678"))
    other = services.vehicles.add(li.id, VehicleInput(make="丰田", model="凯美瑞",
                                                      plate="京A19999"))
    yield {"s": services, "advisor": advisor.id, "zhang": zhang.id, "car": car.id,
           "li": li.id, "other": other.id}
    services.close()


@pytest.fixture
def dialog(qtbot, book):
    dlg = VisitDialog(book["s"].visits, book["s"].staff)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _editor(qtbot, table):
    qtbot.waitUntil(lambda: table.isAncestorOf(QApplication.focusWidget() or table)
                    and QApplication.focusWidget() is not table)
    return QApplication.focusWidget()


def _choose_plate(qtbot, dlg, fragment="京a123"):
    type_text(qtbot, dlg.plate, fragment)
    qtbot.keyClick(dlg.plate, Qt.Key.Key_Return)


def test_amounts_in_yuan_become_fen():
    assert parse_yuan("480") == 48_000
    assert parse_yuan("480.50") == 48_050
    assert parse_yuan("1,200.5") == 120_050
    assert parse_yuan(" ") is None
    with pytest.raises(ValueError):
        parse_yuan("abc")


def test_visit_type_words():
    assert visit_type_label("bodywork") == "Bodywork and paint"
    assert {visit_type_label(t) for t in VisitType}.__len__() == len(VisitType)


def test_plate_fragment_items_and_ctrl_enter_save(qtbot, dialog, book):
    _choose_plate(qtbot, dialog)
    assert dialog.vehicle_id == book["car"]
    assert dialog.plate.text() == "京A·12345"
    assert dialog.vehicle_label.text() == "大众 帕萨特 · 张三"
    assert dialog.date_in.hasFocus()
    assert dialog.isVisible()  # Enter looked the plate up; it did not close the dialog

    dialog.mileage.setValue(21_000)
    dialog.advisor.setCurrentIndex(dialog.advisor.findData(book["advisor"]))
    dialog.satisfaction.setCurrentIndex(dialog.satisfaction.findData(5))
    table = dialog.items
    table.edit_cell(0, 0)
    type_text(qtbot, _editor(qtbot, table), "更换机油")
    qtbot.keyClick(_editor(qtbot, table), Qt.Key.Key_Tab)
    assert (table.currentRow(), table.currentColumn()) == (0, 1)
    qtbot.keyClicks(_editor(qtbot, table), "480.50")
    qtbot.keyClick(_editor(qtbot, table), Qt.Key.Key_Return)  # last row: a new one opens
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    assert (table.currentRow(), table.currentColumn()) == (1, 0)
    qtbot.keyClicks(_editor(qtbot, table), "Filter")
    qtbot.keyClick(_editor(qtbot, table), Qt.Key.Key_Tab)
    qtbot.keyClicks(_editor(qtbot, table), "120")
    qtbot.keyClick(_editor(qtbot, table), Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)  # saves, keeping the open cell

    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = dialog.saved
    assert saved is not None
    assert [(i.description, i.amount_fen) for i in saved.items] == [
        ("更换机油", 48_050), ("Filter", 12_000)]
    assert saved.total_fen == 60_050 == sum(i.amount_fen for i in saved.items)
    assert saved.mileage_km == 21_000
    assert saved.satisfaction == 5
    assert saved.service_advisor_id == book["advisor"]
    assert book["s"].visits.history_of_vehicle(book["car"])[0].id == saved.id


def test_several_matches_are_picked_with_arrows_and_enter(qtbot, dialog, book):
    _choose_plate(qtbot, dialog, "京A1")
    assert dialog.vehicle_id is None
    assert dialog.matches.isVisible() and dialog.matches.count() == 2
    assert dialog.matches.hasFocus()
    qtbot.keyClick(dialog.matches, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.matches, Qt.Key.Key_Return)
    assert dialog.vehicle_id == book["other"]
    assert not dialog.matches.isVisible()
    assert dialog.vehicle_label.text() == "丰田 凯美瑞 · 李四"


def test_unknown_plate_says_so_and_save_marks_the_plate(qtbot, dialog, book):
    _choose_plate(qtbot, dialog, "沪C")
    assert dialog.vehicle_id is None
    assert dialog.vehicle_label.text() == "No vehicle with this plate in the book."
    qtbot.keyClick(dialog.plate, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved is None and dialog.isVisible()
    assert dialog.plate.property("invalid") is True
    assert book["s"].visits.history_of_vehicle(book["car"]) == []


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_lower_mileage_asks_first(qtbot, dialog, book, monkeypatch, answer):
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answer

    monkeypatch.setattr(visit_dialog.QMessageBox, "question", staticmethod(question))
    _choose_plate(qtbot, dialog)
    dialog.mileage.setValue(15_000)
    dialog.save()
    assert asked and "20,000 km" in asked[0]
    history = book["s"].visits.history_of_vehicle(book["car"])
    if answer == QMessageBox.StandardButton.No:
        assert dialog.saved is None and history == []
        assert dialog.mileage.property("invalid") is True
        assert dialog.isVisible()
    else:
        assert dialog.saved is not None and [v.mileage_km for v in history] == [15_000]


def test_date_out_before_date_in_is_marked_in_place(qtbot, dialog, book):
    _choose_plate(qtbot, dialog)
    dialog.date_out.clear()
    qtbot.keyClicks(dialog.date_out, (TODAY - timedelta(days=3)).isoformat())
    dialog.save()
    assert dialog.saved is None
    assert dialog.date_out.property("invalid") is True
    assert dialog.date_in.property("invalid") is False
    assert dialog.banner.isVisible()


def test_bad_amount_and_service_errors_mark_their_fields(qtbot, dialog, book, monkeypatch):
    _choose_plate(qtbot, dialog)
    dialog.items.item(0, 0).setText("Wash")
    dialog.items.item(0, 1).setText("12元x")
    dialog.save()
    assert dialog.items.property("invalid") is True

    def refuse(*args, **kwargs):
        raise ValidationError([FieldError("satisfaction", "satisfaction_range")])

    dialog.items.item(0, 1).setText("12")
    monkeypatch.setattr(book["s"].visits, "add", refuse)
    dialog.save()
    assert dialog.satisfaction.property("invalid") is True
    assert dialog.items.property("invalid") is False
    assert dialog.saved is None


def test_fixed_vehicle_prefills_the_plate(qtbot, book):
    dlg = VisitDialog(book["s"].visits, book["s"].staff, vehicle_id=book["car"])
    qtbot.addWidget(dlg)
    assert dlg.plate.text() == "京A·12345" and dlg.plate.isReadOnly()
    assert dlg.vehicle_label.text() == "大众 帕萨特 · 张三"
    assert dlg.vehicle_id == book["car"]


def _seed_visits(s, book):
    visits = s.visits
    visits.add(VisitInput(book["car"], TODAY - timedelta(days=30), VisitType.MAINTENANCE,
                          date_out=TODAY - timedelta(days=29), mileage_km=21_000,
                          items=(WorkItem("机油", 48_050), WorkItem("滤芯", 12_000)),
                          service_advisor_id=book["advisor"], satisfaction=4))
    visits.add(VisitInput(book["car"], TODAY - timedelta(days=5), VisitType.WASH,
                          items=(WorkItem("洗车", 5_000),)))
    visits.add(VisitInput(book["other"], TODAY - timedelta(days=2), VisitType.REPAIR,
                          mileage_km=50_000, items=(WorkItem("刹车片", 150_000),)))


def _cell(model, row, column):
    return model.index(row, column).data()


def test_visits_view_filters_and_exports(qtbot, sync_ops, book, settings, tmp_path):
    import openpyxl

    _seed_visits(book["s"], book)
    view = VisitsView(book["s"], Preferences(settings))
    qtbot.addWidget(view)
    table, model = view.table, view.model
    assert model.rowCount() == 3
    assert [_cell(model, r, 5) for r in range(3)] == ["Repair", "Car wash", "Maintenance"]
    assert _cell(model, 2, 7) == "600.50"
    assert _cell(model, 2, 6) == "21,000"
    assert [_cell(model, r, 3) for r in range(3)] == ["李四", "张三", "张三"]
    assert _cell(model, 0, 4) == "丰田 凯美瑞"

    view.visit_type.setCurrentIndex(view.visit_type.findData(VisitType.MAINTENANCE))
    assert model.rowCount() == 1 and _cell(model, 0, 2) == "京A·12345"
    view.visit_type.setCurrentIndex(0)
    view.advisor.setCurrentIndex(view.advisor.findData(book["advisor"]))
    assert model.rowCount() == 1

    opened = []
    view.open_customer.connect(opened.append)
    table.selectRow(0)
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert opened == [book["zhang"]]

    view.advisor.setCurrentIndex(0)
    out = tmp_path / "visits.xlsx"
    assert view.export_to(out)
    ws = openpyxl.load_workbook(out).active
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 3
    maintenance = rows[2]
    assert isinstance(maintenance[0], datetime) and maintenance[0].date() == TODAY - timedelta(30)
    assert isinstance(maintenance[1], datetime)
    assert maintenance[3:5] == ("张三", "大众 帕萨特")
    assert maintenance[6] == 21_000
    assert isinstance(maintenance[7], int | float) and maintenance[7] == pytest.approx(600.50)
    assert maintenance[9] == 4
    assert maintenance[10] == "机油、滤芯"
    assert rows[1][1] is None  # no date out


def test_visits_view_export_asks_where(qtbot, sync_ops, book, settings, tmp_path, monkeypatch):
    out = tmp_path / "asked.xlsx"
    monkeypatch.setattr(visits_view, "save_path", lambda *a, **k: out)
    view = VisitsView(book["s"], Preferences(settings))
    qtbot.addWidget(view)
    view.export()
    assert out.exists()


def test_visits_view_new_visit_refreshes(qtbot, book, settings, monkeypatch):
    view = VisitsView(book["s"], Preferences(settings))
    qtbot.addWidget(view)

    def fake_exec(dlg):
        dlg.saved = book["s"].visits.add(VisitInput(book["car"], TODAY, VisitType.WASH))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(VisitDialog, "exec", fake_exec)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 1


def test_panel_lists_a_customers_visits(qtbot, book, monkeypatch):
    _seed_visits(book["s"], book)
    panel = VisitsPanel()
    qtbot.addWidget(panel)
    assert not panel.new_button.isEnabled()
    panel.attach(book["s"].visits, book["s"].staff)
    panel.show_customer(book["zhang"])
    table = panel.table
    assert table.rowCount() == 2
    assert [table.item(r, 2).text() for r in range(2)] == ["Car wash", "Maintenance"]
    assert table.item(1, 6).text() == "机油、滤芯"
    assert table.item(1, 4).text() == "600.50"
    assert panel.only_vehicle() == book["car"]

    seen = []

    def fake_exec(dlg):
        seen.append(dlg.vehicle_id)
        dlg.saved = book["s"].visits.add(VisitInput(book["car"], TODAY, VisitType.REPAIR))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(VisitDialog, "exec", fake_exec)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    assert seen == [book["car"]]
    assert table.rowCount() == 3

    panel.show_customer(None)
    assert table.rowCount() == 0 and not panel.new_button.isEnabled()
