"""A visit added, corrected or deleted on the card's Service tab shows at once on the rest of
the card: the vehicle's mileage, the timeline's count and the calls to make; edits not yet
saved in the details are kept. A real book in tmp_path, the real card and visit dialog."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.domain.enums import VisitType
from app.domain.records import CustomerInput, VehicleInput
from app.domain.visit_records import VisitInput, WorkItem
from app.services.admin.book import open_book
from app.ui.dialogs import visit_dialog
from app.ui.dialogs.visit_dialog import VisitDialog
from app.ui.widgets.customer_card import CustomerCardWidget
from tests.ui.conftest import type_text

TODAY = date.today()
EARLIER = TODAY - timedelta(days=200)
LATER = TODAY - timedelta(days=20)
MILEAGE = 4  # the vehicles table's column


@pytest.fixture
def book(pristine_copy):
    services = open_book(pristine_copy)
    zhang = services.customers.create(CustomerInput(name="张三", phone="13800138000"))
    car = services.vehicles.add(zhang.id, VehicleInput(make="大众", model="帕萨特",
                                                       plate="京A12345", mileage_km=20_000))
    services.visits.add(VisitInput(car.id, EARLIER, VisitType.MAINTENANCE, EARLIER, 30_000,
                                   items=(WorkItem("机油", 48_000),)))
    latest = services.visits.add(VisitInput(car.id, LATER, VisitType.REPAIR, LATER, 45_200,
                                            items=(WorkItem("刹车片", 150_000),)))
    yield {"s": services, "zhang": zhang.id, "car": car.id, "latest": latest}
    services.close()


@pytest.fixture
def card(qtbot, book, sync_ops):
    s = book["s"]
    card = CustomerCardWidget()
    qtbot.addWidget(card)
    card.attach(s.customers, s.vehicles, s.timeline, s.staff, s.household, s.visits,
                s.followups, reminders=s.reminders)
    card.show_customer(book["zhang"])
    card.show()
    qtbot.waitExposed(card)
    return card  # (a card alone does not ask about unsaved edits when it closes)


def _calls(card) -> list[str]:
    return [card.calls.list.item(i).text() for i in range(card.calls.list.count())]


def _open_service_tab(card) -> None:
    card.tabs.setCurrentWidget(card.visits)


def _delete_latest_visit(qtbot, card, monkeypatch) -> None:
    monkeypatch.setattr(visit_dialog.QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    _open_service_tab(card)
    card.visits.table.selectRow(0)  # newest first
    qtbot.mouseClick(card.visits.delete_button, Qt.MouseButton.LeftButton)


def test_a_visit_added_on_the_service_tab_shows_on_the_rest_of_the_card(
        qtbot, card, book, monkeypatch):
    assert card.vehicle_table.model().index(0, MILEAGE).data() == "45,200"
    post_service_before = sum("Post-service" in line for line in _calls(card))
    assert post_service_before == 2  # one for each visit

    def fill_and_save(dlg):
        assert dlg.vehicle_id == book["car"]  # the card's only car
        dlg.mileage.setValue(52_000)
        dlg.save()
        return dlg.result()

    monkeypatch.setattr(VisitDialog, "exec", fill_and_save)
    _open_service_tab(card)
    qtbot.mouseClick(card.visits.new_button, Qt.MouseButton.LeftButton)

    assert card.visits.table.rowCount() == 3
    assert card.vehicle_table.model().index(0, MILEAGE).data() == "52,000"
    assert sum("Post-service" in line for line in _calls(card)) == post_service_before + 1


def test_a_visit_deleted_keeps_what_is_typed_in_the_details(qtbot, card, book, monkeypatch):
    card.tabs.setCurrentIndex(0)
    card.occupation.clear()
    type_text(qtbot, card.occupation, "出租车司机")
    assert card.is_dirty()
    timeline_before = card.tabs.tabText(2)
    calls_before = _calls(card)

    _delete_latest_visit(qtbot, card, monkeypatch)

    assert card.visits.table.rowCount() == 1
    assert card.vehicle_table.model().index(0, MILEAGE).data() == "30,000"  # the visit left
    assert (timeline_before, card.tabs.tabText(2)) == ("Timeline (0)", "Timeline (1)")
    assert "Service visit deleted" in card.timeline_table.model().index(0, 2).data()
    assert len(_calls(card)) < len(calls_before)  # its post-service call went with it
    # the typed occupation is still there, and saves on the card as it was
    assert card.occupation.text() == "出租车司机" and card.is_dirty()
    assert card.save()
    assert book["s"].customers.get(book["zhang"]).occupation == "出租车司机"


def test_a_visit_deleted_with_nothing_typed_reloads_the_whole_card(
        qtbot, card, book, monkeypatch):
    book["s"].customers.update(book["zhang"], CustomerInput(
        name="张三", phone="13800138000", occupation="教师"),
        book["s"].customers.get(book["zhang"]).version)  # another desk, meanwhile
    _delete_latest_visit(qtbot, card, monkeypatch)
    assert card.vehicle_table.model().index(0, MILEAGE).data() == "30,000"
    assert card.occupation.text() == "教师" and not card.is_dirty()
    assert card.tabs.currentWidget() is card.visits  # the person stays where they were
