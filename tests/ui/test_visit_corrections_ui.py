"""Correcting and removing a service visit from the card and the list, the last mileage shown
beside the field, satisfaction in words, and the columns of the visits and win-back lists
(issue 11: stumbles 6, 8 and 12). Real dialogs over real books in tmp_path."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from app.desk.settings import Preferences
from app.domain.enums import VisitType
from app.domain.records import CustomerInput, VehicleInput
from app.domain.visit_records import VisitInput, WorkItem
from app.services.admin.book import open_book
from app.ui.dialogs import visit_dialog
from app.ui.dialogs.visit_dialog import VisitDialog
from app.ui.views.lapsed_view import LapsedView
from app.ui.views.visits_view import VisitsView
from app.ui.widgets.visits_panel import VisitsPanel
from tests.ui.conftest import type_text

TODAY = date.today()
EARLIER = TODAY - timedelta(days=40)
LATER = TODAY - timedelta(days=10)


# the dialogs' writes and the panel's reads are ops: run at once, so a test reads the
# outcome on the next line
pytestmark = pytest.mark.usefixtures("sync_ops")


@pytest.fixture
def book(tmp_path, pristine_copy):
    services = open_book(pristine_copy)
    zhang = services.customers.create(CustomerInput(name="张三", phone="13800138000"))
    car = services.vehicles.add(zhang.id, VehicleInput(make="大众", model="帕萨特",
                                                       plate="京A12345", mileage_km=20_000))
    first = services.visits.add(VisitInput(car.id, EARLIER, VisitType.MAINTENANCE, EARLIER,
                                           30_000, items=(WorkItem("机油", 48_000),)))
    latest = services.visits.add(VisitInput(car.id, LATER, VisitType.REPAIR, LATER, 45_200,
                                            items=(WorkItem("刹车片", 150_000),), satisfaction=4))
    yield {"s": services, "zhang": zhang.id, "car": car.id, "first": first, "latest": latest,
           "path": tmp_path / "book.db"}
    services.close()


def _answer(monkeypatch, answer):
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answer

    monkeypatch.setattr(visit_dialog.QMessageBox, "question", staticmethod(question))
    return asked


def _driving(monkeypatch, act):
    """Run `act(dialog)` on the real dialog when it opens, then take its result."""
    opened = []

    def exec_(dlg):
        opened.append(dlg)
        act(dlg)
        return dlg.result()

    monkeypatch.setattr(VisitDialog, "exec", exec_)
    return opened


# ------------------------------------------------------------ the dialog (stumble 8)

def test_last_mileage_is_shown_beside_the_field_before_any_save(qtbot, book):
    s = book["s"]
    dlg = VisitDialog(s.visits, s.staff)
    qtbot.addWidget(dlg)
    assert dlg.last_mileage.text() == ""  # no car chosen yet
    type_text(qtbot, dlg.plate, "京a123")
    qtbot.keyClick(dlg.plate, Qt.Key.Key_Return)
    assert dlg.last_mileage.text() == f"last: 45,200 km on {LATER.isoformat()}"
    dlg.date_in.setText((EARLIER + timedelta(days=1)).isoformat())  # a back-dated visit
    assert dlg.last_mileage.text() == f"last: 30,000 km on {EARLIER.isoformat()}"
    dlg.date_in.setText("2026-02-30")  # not a day: compared with everything known
    assert dlg.last_mileage.text() == f"last: 45,200 km on {LATER.isoformat()}"


def test_a_cars_own_reading_is_named_as_the_cards(qtbot, book):
    s = book["s"]
    li = s.customers.create(CustomerInput(name="李四"))
    other = s.vehicles.add(li.id, VehicleInput(make="丰田", model="凯美瑞", plate="京B11111",
                                               mileage_km=12_345))
    dlg = VisitDialog(s.visits, s.staff, vehicle_id=other.id)
    qtbot.addWidget(dlg)
    assert dlg.last_mileage.text() == "last: 12,345 km (vehicle card)"
    bare = s.vehicles.add(li.id, VehicleInput(make="丰田", model="卡罗拉", plate="京B22222"))
    dlg = VisitDialog(s.visits, s.staff, vehicle_id=bare.id)
    qtbot.addWidget(dlg)
    assert dlg.last_mileage.text() == "no earlier reading"


def test_satisfaction_levels_carry_words(qtbot, book):
    dlg = VisitDialog(book["s"].visits, book["s"].staff)
    qtbot.addWidget(dlg)
    combo = dlg.satisfaction
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "—", "1 – very dissatisfied", "2 – dissatisfied", "3 – neither satisfied nor dissatisfied",
        "4 – satisfied", "5 – very satisfied"]
    assert [combo.itemData(i) for i in range(combo.count())] == [None, 1, 2, 3, 4, 5]


# ------------------------------------------------------------ editing (stumble 6)

def test_edit_dialog_opens_filled_in_and_saves_the_correction(qtbot, book):
    s, latest = book["s"], book["latest"]
    dlg = VisitDialog(s.visits, s.staff, visit=latest)
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Edit service visit"
    assert dlg.plate.text() == "京A·12345" and dlg.plate.isReadOnly()
    assert dlg.date_in.value() == LATER and dlg.mileage.value() == 45_200
    assert dlg.visit_type.currentData() == VisitType.REPAIR
    assert dlg.satisfaction.currentData() == 4
    assert (dlg.items.item(0, 0).text(), dlg.items.item(0, 1).text()) == ("刹车片", "1,500.00")
    # compared with the visits before it, not with its own reading the card now shows
    assert dlg.last_mileage.text() == f"last: 30,000 km on {EARLIER.isoformat()}"
    dlg.mileage.setValue(45_000)
    dlg.items.item(0, 1).setText("1200")
    dlg.save()
    assert dlg.result() == QDialog.DialogCode.Accepted
    [stored, _] = s.visits.history_of_vehicle(book["car"])
    assert (stored.id, stored.mileage_km, stored.total_fen) == (latest.id, 45_000, 120_000)
    assert s.vehicles.get(book["car"]).mileage_km == 45_000


def test_edit_with_a_lower_mileage_asks_like_a_new_visit(qtbot, book, monkeypatch):
    s, latest = book["s"], book["latest"]
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    dlg = VisitDialog(s.visits, s.staff, visit=latest)
    qtbot.addWidget(dlg)
    dlg.mileage.setValue(3_000)
    dlg.save()
    assert asked and "30,000 km" in asked[0]
    assert dlg.saved is None and dlg.mileage.property("invalid") is True
    assert s.visits.history_of_vehicle(book["car"])[0].mileage_km == 45_200


def test_an_edit_after_another_desks_edit_says_so_and_keeps_the_form(qtbot, book, monkeypatch):
    s, latest = book["s"], book["latest"]
    shown = []
    monkeypatch.setattr(visit_dialog, "show_error",
                        lambda parent, title, text, detail="": shown.append(text))
    dlg = VisitDialog(s.visits, s.staff, visit=latest)
    qtbot.addWidget(dlg)
    s.visits.update(latest.id, VisitInput(book["car"], LATER, VisitType.REPAIR, LATER, 45_300),
                    latest.version)  # the other desk
    dlg.comments.setText("客户自带配件")
    dlg.save()
    assert dlg.saved is None and dlg.comments.text() == "客户自带配件"
    assert shown and "Another desk changed this visit" in shown[0]
    assert s.visits.history_of_vehicle(book["car"])[0].mileage_km == 45_300


def test_an_edit_keeps_a_total_that_came_without_work_items(qtbot, book):
    s = book["s"]
    imported = s.visits.add(VisitInput(book["car"], TODAY, VisitType.WASH, total_fen=8_800))
    dlg = VisitDialog(s.visits, s.staff, visit=imported)
    qtbot.addWidget(dlg)
    assert dlg.total.text() == "Total: ¥88.00"
    dlg.comments.setText("精洗")
    dlg.save()
    assert dlg.saved is not None and dlg.saved.total_fen == 8_800


# ------------------------------------------------------------ the card's panel

@pytest.fixture
def panel(qtbot, book):
    panel = VisitsPanel()
    qtbot.addWidget(panel)
    panel.attach(book["s"].visits, book["s"].staff)
    panel.show_customer(book["zhang"])
    return panel


def test_panel_double_click_edits_the_visit(qtbot, book, panel, monkeypatch):
    assert not panel.edit_button.isEnabled() and not panel.delete_button.isEnabled()

    def correct(dlg):
        dlg.mileage.setValue(30_500)
        dlg.save()

    opened = _driving(monkeypatch, correct)
    changed = []
    panel.changed.connect(lambda: changed.append(True))
    row = 1  # newest first: the first visit is the second row
    rect = panel.table.visualItemRect(panel.table.item(row, 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.edit_button.isEnabled() and panel.delete_button.isEnabled()
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [d.visit.id for d in opened] == [book["first"].id]
    assert panel.table.item(row, 3).text() == "30,500" and changed == [True]


def test_panel_delete_asks_then_removes_and_notes_it(qtbot, book, panel, monkeypatch):
    s = book["s"]
    panel.table.selectRow(0)  # the latest visit
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert asked and "Repair visit of " + LATER.isoformat() in asked[0]
    assert panel.table.rowCount() == 2  # kept

    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == 1
    assert s.vehicles.get(book["car"]).mileage_km == 30_000  # back to the visit left
    notes = [e.summary for e in s.timeline.of_customer(book["zhang"]) if e.kind.value == "note"]
    assert notes == [f"Service visit deleted: Repair visit of {LATER.isoformat()}, 京A·12345, "
                     "45,200 km, ¥1,500.00."]


def test_a_visit_deleted_at_another_desk_is_said_plainly(qtbot, book, panel, monkeypatch):
    shown = []
    monkeypatch.setattr(visit_dialog, "show_error",
                        lambda parent, title, text, detail="": shown.append((title, text)))
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    panel.table.selectRow(0)
    book["s"].visits.delete(book["latest"].id, "elsewhere")
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert shown and "already been deleted at another desk" in shown[0][1]
    assert panel.table.rowCount() == 1  # the list shows what is left


def test_a_book_opened_only_to_read_offers_no_edit(qtbot, book):
    book["s"].close()
    reader = open_book(book["path"], read_only=True)
    try:
        panel = VisitsPanel()
        qtbot.addWidget(panel)
        panel.attach(reader.visits, reader.staff)
        panel.show_customer(book["zhang"])
        panel.table.selectRow(0)
        assert panel.table.rowCount() == 2
        assert not panel.edit_button.isEnabled() and not panel.delete_button.isEnabled()
        assert not panel.new_button.isEnabled()
    finally:
        reader.close()
        book["s"] = open_book(book["path"])  # for the fixture's close


# ------------------------------------------------------------ the lists (stumble 12)

def _cell(model, row, column):
    return model.index(row, column).data()


def test_visits_list_edits_and_deletes_the_selected_visit(qtbot, book, settings, monkeypatch):
    view = VisitsView(book["s"], Preferences(settings))
    qtbot.addWidget(view)
    assert view.headers()[3:5] == ["Customer", "Model"]
    model = view.model
    assert (_cell(model, 0, 3), _cell(model, 0, 4)) == ("张三", "大众 帕萨特")
    assert not view.edit_button.isEnabled()

    def retype(dlg):
        dlg.visit_type.setCurrentIndex(dlg.visit_type.findData(VisitType.BODYWORK))
        dlg.save()

    opened = _driving(monkeypatch, retype)
    view.table.selectRow(1)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert [d.visit.id for d in opened] == [book["first"].id]
    assert _cell(model, 1, 5) == "Bodywork and paint"

    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    view.table.selectRow(1)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 1 and _cell(model, 0, 5) == "Repair"


def test_win_back_list_shows_vehicle_spending_and_days(qtbot, sync_ops, book, settings, tmp_path):
    import openpyxl

    s = book["s"]
    gone = s.customers.create(CustomerInput(name="王五", phone="13700001111"))
    car = s.vehicles.add(gone.id, VehicleInput(make="本田", model="思域", plate="京C33333"))
    last = TODAY - timedelta(days=400)
    s.visits.add(VisitInput(car.id, TODAY - timedelta(days=500), total_fen=20_000))
    s.visits.add(VisitInput(car.id, last, total_fen=45_050))
    view = LapsedView(s, Preferences(settings))
    qtbot.addWidget(view)
    model = view.model
    assert model.rowCount() == 1
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header == ["Customer", "Phone", "Vehicle", "Last visit", "Days since",
                      "Spent (yuan)", "Status", "Advisor"]
    assert [_cell(model, 0, c) for c in range(2, 7)] == [
        "京C·33333  本田 思域", last.isoformat(), "400", "650.50", "Lost"]
    assert "京C·33333  本田 思域" in view.html() and "650.50" in view.html()
    out = tmp_path / "win-back.xlsx"
    assert view.export_to(out)
    [row] = openpyxl.load_workbook(out).active.iter_rows(min_row=2, values_only=True)
    assert row[2] == "京C·33333  本田 思域" and row[4] == 400
    assert row[5] == pytest.approx(650.50)
