"""The customer card reads and writes through ops: a card is shown when its read arrives
(an older request's card arriving late is dropped), a save is a write op, and leaving a
card whose save is still being written waits for it. A real book in tmp_path, the real
card; a runner that holds the ops until the test lets each one finish."""

import pytest
from PySide6.QtWidgets import QMessageBox

from app.domain.records import CustomerInput
from app.services.admin.book import open_book
from app.ui import ops
from app.ui.widgets import customer_card
from app.ui.widgets.customer_card import CustomerCardWidget
from tests.ui.conftest import type_text


class HeldRunner:
    """Keeps every op started until `finish(op)` runs it and delivers its end (the order
    a slow thread could bring them in)."""

    def __init__(self) -> None:
        self.waiting: list[ops.Op] = []

    def start(self, op: ops.Op) -> None:
        self.waiting.append(op)

    def finish(self, op: ops.Op) -> None:
        self.waiting.remove(op)
        op._work()
        op._deliver()

    def finish_all(self) -> None:
        while self.waiting:
            self.finish(self.waiting[0])

    def wait_for_done(self, timeout_ms: int = 30_000) -> bool:
        return not self.waiting


@pytest.fixture
def held():
    runner = HeldRunner()
    previous = ops.set_runner(runner)
    yield runner
    ops.set_runner(previous)


@pytest.fixture
def book(pristine_copy):
    services = open_book(pristine_copy)
    zhang = services.customers.create(CustomerInput(name="张三", phone="13800138000"))
    li = services.customers.create(CustomerInput(name="李四", phone="13912345678"))
    yield {"s": services, "zhang": zhang.id, "li": li.id}
    services.close()


@pytest.fixture
def card(qtbot, book):
    s = book["s"]
    card = CustomerCardWidget()
    qtbot.addWidget(card)
    card.attach(s.customers, s.vehicles, s.timeline, s.staff, s.household, s.visits,
                s.followups, reminders=s.reminders)
    card.show()
    qtbot.waitExposed(card)
    yield card
    card._dirty = False


def test_the_card_shows_the_customer_when_the_read_arrives(card, book, held):
    card.show_customer(book["zhang"])
    assert card.loading()
    assert card.customer_id() is None  # nothing shown before the card is read
    (read,) = held.waiting
    assert not read.writes
    held.finish(read)
    assert not card.loading()
    assert card.customer_id() == book["zhang"]
    assert card.name.text() == "张三"


def test_a_newer_choice_drops_the_older_cards_late_read(card, book, held):
    card.show_customer(book["zhang"])
    card.show_customer(book["li"])
    older, newer = held.waiting
    held.finish(newer)
    assert card.name.text() == "李四"
    held.finish(older)  # arrives last: dropped
    assert card.customer_id() == book["li"]
    assert card.name.text() == "李四"
    assert not card.is_dirty()


def test_saving_is_a_write_op_and_the_card_is_read_again_after(qtbot, card, book, sync_ops):
    card.show_customer(book["zhang"])
    type_text(qtbot, card.hobbies, "钓鱼")
    assert card.is_dirty()
    before = len(sync_ops.started)
    assert card.save() is True
    started = sync_ops.started[before:]
    assert [op.writes for op in started] == [True, False]  # the write, then the card again
    assert book["s"].customers.get(book["zhang"]).hobbies == "钓鱼"
    assert not card.is_dirty()


def test_leaving_a_card_whose_save_is_being_written_goes_on_once_it_is_saved(
        qtbot, card, book, held, monkeypatch):
    card.show_customer(book["zhang"])
    held.finish_all()
    type_text(qtbot, card.hobbies, "钓鱼")
    monkeypatch.setattr(customer_card, "ask_unsaved",
                        lambda _parent: QMessageBox.StandardButton.Save)
    went_on = []
    assert card.maybe_leave(retry=lambda: went_on.append(True)) is False  # not yet
    assert card.save() is None  # the save under way is not written twice
    (write,) = held.waiting
    assert write.writes
    assert went_on == []
    held.finish(write)
    assert went_on == [True]
    held.finish_all()
    assert book["s"].customers.get(book["zhang"]).hobbies == "钓鱼"
    assert not card.is_dirty()


def test_a_save_refused_by_the_book_leaves_the_edits_and_says_why(qtbot, card, book, sync_ops):
    card.show_customer(book["zhang"])
    book["s"].customers.update(book["zhang"], CustomerInput(name="张三丰", phone="13800138000"),
                               book["s"].customers.get(book["zhang"]).version)
    type_text(qtbot, card.hobbies, "钓鱼")
    assert card.save() is False
    assert card.is_dirty()
    assert card.banner.isVisibleTo(card)
    assert book["s"].customers.get(book["zhang"]).hobbies == ""


def test_the_cards_vehicles_and_timeline_pass_qts_model_tester(qtbot, qtmodeltester, card, book,
                                                              sync_ops):
    from app.domain.records import InteractionInput, VehicleInput
    from app.ui.widgets.card_lists import TimelineColumn, VehicleColumn

    s = book["s"]
    for plate in ("京A12345", "京B67890"):
        s.vehicles.add(book["zhang"], VehicleInput(make="大众", model="帕萨特", plate=plate,
                                                   mileage_km=12_000))
    for summary in ("电话回访", "约了周六试驾"):
        s.timeline.log(InteractionInput(customer_id=book["zhang"], summary=summary))
    card.show_customer(book["zhang"])
    assert card.vehicle_model.rowCount() == 2
    assert {card.vehicle_model.index(r, VehicleColumn.PLATE).data() for r in (0, 1)} == {
        "京A·12345", "京B·67890"}
    assert card.vehicle_model.index(0, VehicleColumn.MILEAGE).data() == "12,000"
    assert card.timeline_model.rowCount() == 2
    assert card.timeline_model.index(0, TimelineColumn.WHAT).data() == "约了周六试驾"
    qtmodeltester.check(card.vehicle_model)
    qtmodeltester.check(card.timeline_model)
    card.vehicle_table.setCurrentIndex(card.vehicle_model.index(1, 0))
    chosen = card._selected_vehicle_id()
    card.show_customer(book["zhang"])  # read again: the same rows keep the selection
    assert card._selected_vehicle_id() == chosen
    card.show_customer(book["li"])
    assert card.vehicle_model.rowCount() == 0 and card.timeline_model.rowCount() == 0
    qtmodeltester.check(card.vehicle_model)
