"""One change signal: committed writes reach the lists that show what changed, once; writes of
another desk are noticed by the book's write clock. The window is built where its wiring
between the views is the point; the change hub or the customers view alone otherwise."""

import threading
from datetime import date

import pytest

from app.domain.changes import ChangeKind
from app.domain.enums import FollowUpReason
from app.domain.records import CustomerInput
from app.services.admin.book import open_book
from app.ui.ops import current_runner


def counting(monkeypatch, view) -> list:
    calls = []
    real = view.refresh
    monkeypatch.setattr(view, "refresh", lambda: (calls.append(1), real()))
    return calls


def test_a_write_refreshes_the_lists_that_show_it_and_not_the_others(qtbot, window, monkeypatch):
    services = window.services
    customer = services.customers.create(CustomerInput(name="王芳", phone="13800001111"))
    window.changes.flush()  # (told at the next turn of the event loop otherwise)
    reminders = counting(monkeypatch, window.reminders_view)
    visits = counting(monkeypatch, window.visits_view)
    with qtbot.waitSignal(window.changes.data_changed, timeout=3000) as told:
        services.followups.create(customer.id, FollowUpReason.CUSTOM, date.today())
    changes, initiator = told.args
    assert changes.touches(ChangeKind.FOLLOW_UP) and initiator is None
    assert reminders == [1] and visits == []


@pytest.fixture
def hub(book_services):
    """The window's change hub alone, listening to the book."""
    from app.ui.changes import ChangeHub

    made = ChangeHub()
    made.attach(book_services)
    yield made
    made.detach()


def test_a_write_on_another_thread_is_told_on_the_interface_thread(qtbot, hub, book_services):
    services = book_services
    seen = []
    hub.data_changed.connect(
        lambda changes, _who: seen.append((changes, threading.current_thread())))
    worker = threading.Thread(
        target=lambda: services.customers.create(CustomerInput(name="李雷", phone="13800002222")))
    worker.start()
    worker.join()
    def told():
        return [(c, t) for c, t in seen if c.touches(ChangeKind.CUSTOMER)]

    qtbot.waitUntil(lambda: bool(told()), timeout=3000)
    changes, thread = told()[0]
    assert thread is threading.main_thread() and len(changes.ids(ChangeKind.CUSTOMER)) == 1


def test_another_desks_write_reaches_this_window_within_seconds(qtbot, window, book_path,
                                                                monkeypatch):
    reminders = counting(monkeypatch, window.reminders_view)
    other = open_book(book_path)
    try:
        with qtbot.waitSignal(window.changes.data_changed, timeout=8000) as told:
            other.customers.create(CustomerInput(name="韩梅梅", phone="13800003333"))
    finally:
        other.close()
    changes, initiator = told.args
    assert initiator is None and changes.ids(ChangeKind.CUSTOMER) is None  # which: not known
    assert reminders == [1]
    assert window.changes.look_for_others() is False  # told once


def test_writes_are_done_by_this_desks_advisor(qtbot, window):
    from app.domain.changes import DESK, Actor

    services = window.services
    assert services.book.actor == DESK
    advisor = services.staff.add("张伟")
    window.preferences.desk_advisor_id = advisor.id
    window.act_for_desk()
    heard = []
    services.listen(heard.append)
    services.customers.create(CustomerInput(name="赵强", phone="13800004444"))
    assert heard[-1].actor == Actor(advisor.id, "张伟")


def test_the_customers_list_shows_another_desks_change(qtbot, window, book_path):
    from PySide6.QtCore import Qt

    services = window.services
    customer = services.customers.create(CustomerInput(name="王芳", phone="13800001111"))
    view = window.customers_view
    view.apply_filter()
    qtbot.waitUntil(lambda: view.model.row_of(customer.id) >= 0, timeout=3000)
    other = open_book(book_path)
    try:
        record = other.customers.get(customer.id)
        other.customers.update(customer.id, CustomerInput(name="王芳华", phone="13800001111"),
                               record.version)
    finally:
        other.close()
    assert window.changes.look_for_others() is True

    def shown_name():
        row = view.model.row_of(customer.id)
        return None if row < 0 else view.model.index(row, 0).data(Qt.ItemDataRole.DisplayRole)

    qtbot.waitUntil(lambda: shown_name() == "王芳华", timeout=3000)


def test_a_row_changed_by_another_list_is_read_again_alone(qtbot, customers_view, book_services,
                                                          monkeypatch):
    from app.domain.changes import ChangeKind, Changes

    services = book_services
    a = services.customers.create(CustomerInput(name="王芳", phone="13800001111"))
    services.customers.create(CustomerInput(name="李雷", phone="13800002222"))
    view = customers_view
    view.apply_filter()
    qtbot.waitUntil(lambda: not view.model.loading(), timeout=3000)
    view.model.data(view.model.index(0, 0))  # its page is held
    read = []
    real_rows = services.customers.rows
    monkeypatch.setattr(services.customers, "rows", lambda ids: (read.append(list(ids)),
                                                                  real_rows(ids))[1])
    view.data_changed(Changes.of(ChangeKind.CUSTOMER, [a.id]))
    assert read == [[a.id]]


def test_a_card_save_is_the_customers_views_write_and_refreshes_the_other_lists(
        qtbot, sync_ops, window, monkeypatch):
    from tests.ui.conftest import type_text

    view = window.customers_view
    view.open_customer(view.model.id_at(0))
    window.changes.flush()
    followups = counting(monkeypatch, window.followups_view)
    told_back = []
    monkeypatch.setattr(view, "data_changed", told_back.append)
    type_text(qtbot, view.card.hobbies, "钓鱼")
    with qtbot.waitSignal(window.changes.data_changed, timeout=3000) as told:
        view.card.save()
    changes, initiator = told.args
    assert changes.touches(ChangeKind.CUSTOMER)
    assert initiator is view.card and window.view_of(initiator) is view  # the op's parent
    assert followups == [1]  # it shows customers' names
    assert told_back == []  # the card has refreshed its row itself


def test_a_follow_up_logged_in_its_list_names_that_list(qtbot, sync_ops, window, monkeypatch):
    services = window.services
    customer = services.customers.create(CustomerInput(name="王芳", phone="13800001111"))
    services.followups.create(customer.id, FollowUpReason.CUSTOM, date.today())
    view = window.followups_view
    view.refresh()
    window.changes.flush()
    own = counting(monkeypatch, view)
    callsheet = counting(monkeypatch, window.callsheet_view)
    view.table.selectRow(0)
    with qtbot.waitSignal(window.changes.data_changed, timeout=3000) as told:
        view.cancel()
    assert told.args[1] is view
    assert own == [1]  # read again once, by the view itself
    assert callsheet == [1]


def test_a_visit_deleted_in_its_list_names_that_list(qtbot, window, monkeypatch):
    """The visit's deletion is a write op of the visits list, so the list is its origin: it
    reads again once (itself) and the win-back list is told."""
    from datetime import timedelta

    from PySide6.QtWidgets import QMessageBox

    from app.domain.enums import VisitType
    from app.domain.records import VehicleInput
    from app.domain.visit_records import VisitInput, WorkItem

    services = window.services
    customer = services.customers.create(CustomerInput(name="王芳", phone="13800001111"))
    car = services.vehicles.add(customer.id, VehicleInput(make="大众", model="朗逸",
                                                          plate="京C12345"))
    services.visits.add(VisitInput(car.id, date.today() - timedelta(days=3), VisitType.REPAIR,
                                   items=(WorkItem("刹车片", 150_000),)))
    view, lapsed = window.visits_view, window.lapsed_view
    view.refresh()
    window.changes.flush()
    # the window's own work after that change (the summary, then the month-end figures it
    # writes) ends first: a write of the window's told together with the deletion's would
    # leave the change without one initiator
    runner = current_runner()
    qtbot.waitUntil(lambda: runner.held == 0, timeout=10_000)
    window.changes.flush()
    own, winback = counting(monkeypatch, view), counting(monkeypatch, lapsed)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.table.selectRow(0)
    with qtbot.waitSignal(window.changes.data_changed, timeout=3000) as told:
        assert view.delete_selected()
    qtbot.waitUntil(lambda: runner.held == 0, timeout=10_000)  # the op's end delivered too
    changes, initiator = told.args
    assert changes.touches(ChangeKind.VISIT)
    assert window.view_of(initiator) is view
    assert own == [1]  # read again once, by the view itself
    assert winback == [1]
    assert view.model.rowCount() == 0


def test_a_visit_saved_in_its_lists_dialog_names_that_list(qtbot, window, monkeypatch):
    """The dialog's save is a write op on the writer thread; it is named after the list that
    opened the dialog (the dialog itself is gone once closed, maybe before the change is
    told), so the list reads again once (itself)."""
    from datetime import timedelta

    from PySide6.QtCore import QTimer

    from app.domain.records import VehicleInput
    from app.ui.dialogs.visit_dialog import VisitDialog

    services = window.services
    customer = services.customers.create(CustomerInput(name="王芳", phone="13800001111"))
    car = services.vehicles.add(customer.id, VehicleInput(make="大众", model="朗逸",
                                                          plate="京C12345"))
    view = window.visits_view
    view.refresh()
    window.changes.flush()
    runner = current_runner()
    qtbot.waitUntil(lambda: runner.held == 0, timeout=10_000)  # the window's own work first
    window.changes.flush()
    own = counting(monkeypatch, view)
    told = []
    window.changes.data_changed.connect(
        lambda changes, initiator: told.append((changes, window.view_of(initiator))))

    def fill_and_save() -> None:  # in the dialog's own event loop, as a person would
        dialog = view.findChild(VisitDialog, "visitDialog")
        dialog.date_in.set_value(date.today() - timedelta(days=1))
        dialog.mileage.setValue(10_000)
        dialog.save()

    QTimer.singleShot(0, fill_and_save)
    saved = view.new_visit(car.id)
    assert saved is not None
    qtbot.waitUntil(lambda: runner.held == 0 and any(
        changes.touches(ChangeKind.VISIT) for changes, _who in told), timeout=10_000)
    assert [who for changes, who in told if changes.touches(ChangeKind.VISIT)] == [view]
    assert own == [1]  # read again once, by the view itself
    assert view.model.rowCount() == 1
