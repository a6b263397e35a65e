"""The card's panels read through ops and the visit dialog and household panel write through
write ops: a panel's older read arriving after a newer one is dropped, a visit is saved by a
write op and its dialog closes only once it is written, a refused write leaves the dialog
open saying why. A real book in tmp_path, the real card, panels and dialog; runners that
hold reads or writes until the test lets each one end."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from app.domain.enums import VisitType
from app.domain.records import CustomerInput, VehicleInput
from app.domain.reminder_records import HouseholdMemberRecord
from app.domain.visit_records import VisitInput, WorkItem
from app.ui import ops
from app.ui.dialogs import visit_dialog
from app.ui.dialogs.visit_dialog import VisitDialog
from app.ui.widgets import household_panel
from tests.ui.conftest import type_text

TODAY = date.today()


class HeldWrites:
    """Reads run at once; writes wait in `held` until `finish(op)` (a busy writer thread)."""

    def __init__(self) -> None:
        self.held: list[ops.Op] = []
        self.writes = 0  # write ops that reached the runner

    def start(self, op: ops.Op) -> None:
        if op.writes:
            self.writes += 1
            self.held.append(op)
            return
        op._work()
        op._deliver()

    def finish(self, op: ops.Op) -> None:
        self.held.remove(op)
        op._work()
        op._deliver()

    def wait_for_done(self, timeout_ms: int = 30_000) -> bool:
        return not self.held


@pytest.fixture
def held_writes():
    runner = HeldWrites()
    previous = ops.set_runner(runner)
    yield runner
    ops.set_runner(previous)


@pytest.fixture
def two(book_services):
    """Two customers, each with a car, a visit (so a post-service call) and a family member."""
    s = book_services
    made = {}
    for name, phone, plate, member in (("周一", "13600000001", "沪A11111", "周小一"),
                                       ("吴二", "13600000002", "沪B22222", "吴小二")):
        customer = s.customers.create(CustomerInput(name=name, phone=phone))
        car = s.vehicles.add(customer.id, VehicleInput(make="大众", model="朗逸", plate=plate))
        s.visits.add(VisitInput(car.id, TODAY - timedelta(days=2), VisitType.REPAIR,
                                items=(WorkItem("刹车片", 150_000),)))
        s.household.add_member(HouseholdMemberRecord(customer_id=customer.id, name=member,
                                                     relation="child"))
        made[name] = customer.id
    return made


def _members(card) -> list[str]:
    table = card.household.members
    return [table.item(r, 1).text() for r in range(table.rowCount())]


def _plates(card) -> list[str]:
    table = card.visits.table
    return [table.item(r, 1).text() for r in range(table.rowCount())]


def _calls(card) -> list[str]:
    return [card.calls.list.item(i).text() for i in range(card.calls.list.count())]


def test_the_panels_are_read_with_the_card_in_one_read(card, two, held_reads):
    card.show_customer(two["周一"])
    (read,) = held_reads.held  # the card and its three panels: one read
    assert _members(card) == [] and card.loading()
    held_reads.finish(read)
    assert card.name.text() == "周一"
    assert _members(card) == ["周小一"]
    assert _plates(card) == ["沪A·11111"]
    assert any("Post-service" in line for line in _calls(card))
    assert not card.loading()


@pytest.mark.parametrize("panel, shown", [("household", _members), ("visits", _plates),
                                          ("calls", _calls)])
def test_a_panels_own_older_read_arriving_late_is_dropped(card, two, held_reads, panel, shown):
    card.show_customer(two["周一"])
    held_reads.release()
    first = shown(card)
    getattr(card, panel).show_customer(two["周一"])  # the panel's own read of the first
    (older,) = held_reads.held
    older._work()  # read on its thread; its result is still on its way when…
    card.show_customer(two["吴二"])  # …the card asks for the second customer
    (newer,) = [op for op in held_reads.held if op is not older]
    held_reads.finish(newer)
    second = shown(card)
    assert card.name.text() == "吴二" and second != first
    held_reads.held.remove(older)
    older._deliver()  # the first customer's rows, arriving last: dropped
    assert shown(card) == second


def test_a_card_read_arriving_after_the_panels_own_newer_read_leaves_the_panel_be(
        card, two, held_reads):
    card.show_customer(two["周一"])
    (card_read,) = held_reads.held
    card_read._work()
    card.household.show_customer(two["吴二"])  # the panel asked for something newer since
    (own,) = [op for op in held_reads.held if op is not card_read]
    held_reads.finish(own)
    assert _members(card) == ["吴小二"]
    held_reads.held.remove(card_read)
    card_read._deliver()  # the card arrives; the panel's part of it is older: dropped
    assert card.name.text() == "周一"
    assert _members(card) == ["吴小二"]


# ------------------------------------------------------------ the visit dialog's writes
def _car(s, plate="京A12345") -> int:
    return s.visits.find_vehicles(plate)[0][0]


def test_a_visit_saved_in_the_dialog_is_a_write_op_and_the_dialog_closes_once_written(
        qtbot, book_services, held_writes, interface):
    s = book_services
    car = _car(s)
    dlg = VisitDialog(s.visits, s.staff, vehicle_id=car)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.mileage.setValue(30_000)
    dlg.items.item(0, 0).setText("机油")
    dlg.items.item(0, 1).setText("480")
    dlg.save()
    (write,) = held_writes.held
    assert write.writes and held_writes.writes == 1
    assert dlg.isVisible() and dlg.saved is None and not dlg.save_button.isEnabled()
    assert s.visits.history_of_vehicle(car) == []  # not written yet
    dlg.save()  # Ctrl+Enter again meanwhile: not written twice
    dlg.reject()  # nor closed before the write has ended
    assert held_writes.writes == 1 and dlg.isVisible()

    held_writes.finish(write)
    assert not dlg.isVisible() and dlg.result() == QDialog.DialogCode.Accepted
    assert [v.id for v in s.visits.history_of_vehicle(car)] == [dlg.saved.id]
    assert dlg.saved.mileage_km == 30_000 and dlg.saved.total_fen == 48_000


def test_a_refused_write_leaves_the_dialog_open_with_the_message(
        qtbot, book_services, held_writes, interface, monkeypatch):
    s = book_services
    car = _car(s)
    visit = s.visits.add(VisitInput(car, TODAY, VisitType.REPAIR, TODAY, 40_000))
    shown = []
    monkeypatch.setattr(visit_dialog, "show_error",
                        lambda parent, title, text, detail="": shown.append((parent, text)))
    dlg = VisitDialog(s.visits, s.staff, visit=visit)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    s.visits.update(visit.id, VisitInput(car, TODAY, VisitType.REPAIR, TODAY, 40_100),
                    visit.version)  # another desk, meanwhile
    dlg.comments.setText("客户自带配件")
    dlg.save()
    (write,) = held_writes.held
    assert shown == []  # nothing said before the write has ended
    held_writes.finish(write)
    assert [(parent, "Another desk changed this visit" in text) for parent, text in shown] \
        == [(dlg, True)]
    assert dlg.isVisible() and dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.saved is None and dlg.comments.text() == "客户自带配件"
    assert dlg.save_button.isEnabled()  # to try again, or Cancel
    assert s.visits.visit(visit.id).mileage_km == 40_100


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_a_lower_mileage_is_asked_between_two_write_ops(
        qtbot, book_services, held_writes, interface, monkeypatch, answer):
    s = book_services
    car = _car(s)
    s.visits.add(VisitInput(car, TODAY - timedelta(days=30), VisitType.REPAIR,
                            mileage_km=20_000))
    asked = []
    monkeypatch.setattr(visit_dialog.QMessageBox, "question",
                        staticmethod(lambda *a, **k: asked.append(a[2]) or answer))
    dlg = VisitDialog(s.visits, s.staff, vehicle_id=car)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.mileage.setValue(15_000)
    dlg.save()
    held_writes.finish(held_writes.held[0])  # refused: the mileage is lower
    assert asked and "20,000 km" in asked[0]
    if answer == QMessageBox.StandardButton.No:
        assert held_writes.held == [] and held_writes.writes == 1
        assert dlg.isVisible() and dlg.saved is None
        assert dlg.mileage.property("invalid") is True
        return
    (confirmed,) = held_writes.held  # written again, with the lower mileage confirmed
    assert held_writes.writes == 2 and dlg.isVisible()
    held_writes.finish(confirmed)
    assert not dlg.isVisible() and dlg.saved.mileage_km == 15_000


def test_a_visit_deleted_from_the_card_is_a_write_op(
        qtbot, card, two, held_writes, monkeypatch):
    monkeypatch.setattr(visit_dialog.QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    card.show_customer(two["周一"])
    card.tabs.setCurrentWidget(card.visits)
    card.visits.table.selectRow(0)
    assert card.visits.delete_selected()
    (write,) = held_writes.held
    assert write.writes
    assert _plates(card) == ["沪A·11111"]  # still listed until it is deleted
    held_writes.finish(write)
    assert _plates(card) == []
    assert "Service visit deleted" in card.timeline_table.model().index(0, 2).data()


# ------------------------------------------------------------ the household panel's writes
def test_a_family_member_is_added_by_a_write_op(qtbot, card, two, held_writes, monkeypatch):
    card.show_customer(two["周一"])
    card.tabs.setCurrentWidget(card.household)
    panel = card.household
    type_text(qtbot, panel.member_name, "周小二")
    qtbot.mouseClick(panel.add_member_button, Qt.MouseButton.LeftButton)
    (write,) = held_writes.held
    assert write.writes
    assert _members(card) == ["周小一"] and panel.member_name.text() == "周小二"
    held_writes.finish(write)
    assert sorted(_members(card)) == ["周小一", "周小二"]
    assert panel.member_name.text() == ""

    shown = []
    monkeypatch.setattr(household_panel, "show_error",
                        lambda parent, title, text, detail="": shown.append((title, text)))
    qtbot.mouseClick(panel.add_member_button, Qt.MouseButton.LeftButton)  # no name
    held_writes.finish(held_writes.held[0])
    assert [title for title, _text in shown] == ["Not added"]
    assert sorted(_members(card)) == ["周小一", "周小二"]

    panel.members.setCurrentCell(0, 0)
    removed = panel.members.item(0, 1).text()
    qtbot.mouseClick(panel.remove_member_button, Qt.MouseButton.LeftButton)
    assert len(_members(card)) == 2
    held_writes.finish(held_writes.held[0])
    assert removed not in _members(card) and len(_members(card)) == 1
    assert held_writes.writes == 3


# ------------------------------------------------------------ the vehicle dialog's writes
def test_a_vehicle_is_saved_by_a_write_op_and_a_refused_one_keeps_the_dialog_open(
        qtbot, book_services, held_writes, interface, monkeypatch):
    from app.ui.dialogs import vehicle_dialog
    from app.ui.dialogs.vehicle_dialog import VehicleDialog

    s = book_services
    car = s.vehicles.get(_car(s))
    shown = []
    monkeypatch.setattr(vehicle_dialog, "show_error",
                        lambda parent, title, text, detail="": shown.append(text))
    dialog = VehicleDialog(s.vehicles, car.owner_id, car)
    qtbot.addWidget(dialog)
    dialog.show()
    s.vehicles.update(car.id, VehicleInput(make="大众", model="帕萨特", plate="京A12345",
                                           vin=car.vin, colour="黑"), car.version)  # another desk
    dialog.colour.setText("银")
    dialog.accept()
    (write,) = held_writes.held
    assert write.writes and dialog.isVisible()
    dialog.reject()  # not before the write has ended
    assert dialog.isVisible()
    held_writes.finish(write)
    assert len(shown) == 1 and "Another desk changed this vehicle" in shown[0]
    assert dialog.isVisible() and dialog.saved is None
    assert s.vehicles.get(car.id).colour == "黑"

    fresh = VehicleDialog(s.vehicles, car.owner_id, s.vehicles.get(car.id))
    qtbot.addWidget(fresh)
    fresh.show()
    fresh.colour.setText("银")
    fresh.accept()
    assert fresh.isVisible()
    held_writes.finish(held_writes.held[0])
    assert not fresh.isVisible() and fresh.result() == QDialog.DialogCode.Accepted
    assert fresh.saved.colour == "银" == s.vehicles.get(car.id).colour
