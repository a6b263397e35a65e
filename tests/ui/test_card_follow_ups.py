"""Calls to make from the card (issue 11, stumble 7): the first tab lists the customer's
open follow-ups and next reminders; "New follow-up…" puts a call on the call sheet with
a reason, a due date, an advisor and a note. Real book, real card and dialog."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.domain.enums import FollowUpReason, FollowUpStatus
from app.domain.records import CustomerInput, VehicleInput
from app.services.admin.book import open_book
from app.ui.dialogs.followup_dialog import FollowUpDialog
from app.ui.widgets.fields import select_data

TODAY = date.today()


@pytest.fixture
def book(tmp_path):
    path = tmp_path / "book.db"
    services = open_book(path)
    wang = services.staff.add("王芳")
    li = services.staff.add("李明")
    zhang = services.customers.create(CustomerInput(
        name="张三", phone="13800138000", advisor_id=wang.id,
        birth_month=(TODAY + timedelta(days=10)).month, birth_day=(TODAY + timedelta(days=10)).day,
        marketing_consent=True, marketing_consent_date=date(2024, 1, 1)))
    car = services.vehicles.add(zhang.id, VehicleInput(
        make="大众", model="帕萨特", plate="京A12345", insurance_expiry=TODAY + timedelta(days=25)))
    services.followups.create(zhang.id, FollowUpReason.COMPLAINT, TODAY - timedelta(days=2),
                              notes="空调异味")
    done = services.followups.create(zhang.id, FollowUpReason.LEAD, TODAY)
    services.followups.cancel(done)
    other = services.customers.create(CustomerInput(name="李四", phone="13912345678"))
    services.followups.create(other.id, FollowUpReason.WIN_BACK, TODAY)
    services.close()
    return path, zhang.id, car.id, wang.id, li.id


@pytest.fixture
def book_path(book):
    """The customers view (conftest's `customers_view`) over this book."""
    return book[0]


def _lines(card) -> list[str]:
    return [card.calls.list.item(i).text() for i in range(card.calls.list.count())]


def test_first_tab_lists_open_follow_ups_and_next_reminders(qtbot, sync_ops, customers_view, book):
    _path, zhang, *_ = book
    customers_view.open_customer(zhang)
    card = customers_view.card
    assert card.tabs.currentIndex() == 0 and card.calls.isVisible()
    lines = _lines(card)
    assert lines[0] == "Open follow-ups"
    assert lines[1] == f"{TODAY - timedelta(days=2):%Y-%m-%d}  Complaint · 空调异味"
    assert card.calls.list.item(1).foreground().color().name() == "#c62828"  # overdue
    assert "Next reminders" in lines
    reminders = lines[lines.index("Next reminders") + 1:]
    assert reminders[0] == f"{TODAY + timedelta(days=10):%Y-%m-%d}  Birthday"
    assert f"{TODAY + timedelta(days=25):%Y-%m-%d}  Insurance expiry · 京A·12345" in reminders
    assert not any("Lead" in line or "Win-back" in line for line in lines)  # cancelled; 李四's
    assert card.calls.summary.text() == "1 open follow-up"


def _fill_and_press(qtbot, button: QDialogButtonBox.StandardButton, fill=None, seen=None):
    def act():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, FollowUpDialog):
            QTimer.singleShot(10, act)
            return
        if seen is not None:
            seen.append(dialog)
        if fill is not None:
            fill(dialog)
        dialog.findChild(QDialogButtonBox).button(button).click()

    QTimer.singleShot(0, act)


def test_new_follow_up_from_the_card_goes_on_the_call_sheet(qtbot, sync_ops, window, book):
    """In the whole window: the other lists are told, the customers view named as the writer."""
    path, zhang, car, wang, li = book
    view = window.customers_view
    view.open_customer(zhang)
    card = view.card
    due = TODAY + timedelta(days=3)

    def fill(dialog):
        assert dialog.advisor.currentData() == wang  # the customer's advisor to start with
        select_data(dialog.reason, FollowUpReason.MAINTENANCE)
        dialog.due.setDate(QDate(due.year, due.month, due.day))
        select_data(dialog.advisor, li)
        select_data(dialog.vehicle, car)
        qtbot.keyClicks(dialog.note, "Ask about the 60,000 km service")

    _fill_and_press(qtbot, QDialogButtonBox.StandardButton.Ok, fill)
    with qtbot.waitSignal(window.changes.data_changed, timeout=3000) as told:  # the lists refresh
        qtbot.mouseClick(card.calls.new_button, Qt.MouseButton.LeftButton)
    assert window.view_of(told.args[1]) is view  # written for the customers view (an op)

    services = open_book(path)
    try:
        made = [f for f in services.followups.list(customer_id=zhang)
                if f.reason == FollowUpReason.MAINTENANCE]
        sheet_li = services.followups.list(advisor_id=li, active_on=due)
    finally:
        services.close()
    assert len(made) == 1
    f = made[0]
    assert (f.due_date, f.advisor_id, f.vehicle_id, f.status) == (due, li, car, FollowUpStatus.OPEN)
    assert f.notes == "Ask about the 60,000 km service"
    assert [x.id for x in sheet_li] == [f.id]  # on 李明's call sheet that day
    assert f"{due:%Y-%m-%d}  Maintenance due · 京A·12345 · 李明 · Ask about the 60,000 km service" \
        in _lines(card)
    assert card.calls.summary.text() == "2 open follow-ups"


def test_cancelled_dialog_writes_nothing(qtbot, sync_ops, customers_view, book):
    path, zhang, *_ = book
    customers_view.open_customer(zhang)
    card = customers_view.card
    seen = []
    _fill_and_press(qtbot, QDialogButtonBox.StandardButton.Cancel, seen=seen)
    assert card.new_follow_up() is None
    assert len(seen) == 1
    services = open_book(path)
    try:
        assert len(services.followups.list(customer_id=zhang)) == 1
    finally:
        services.close()


def test_no_follow_up_button_without_a_saved_customer(qtbot, customers_view):
    customers_view.new_customer()  # what Ctrl+N (File → New customer) does
    card = customers_view.card
    assert not card.calls.new_button.isEnabled()
    assert card.calls.list.count() == 0
