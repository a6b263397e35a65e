"""The follow-ups and call-sheet lists over the one list model: every row listed (no cap),
the overdue in red, writes and double-clicks on the row a person chose."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from app.desk.settings import Preferences
from app.domain.enums import FollowUpReason, FollowUpStatus, Outcome
from app.domain.records import CustomerInput
from app.services.admin.book import open_book
from app.ui.models.table_model import PAGE
from app.ui.views.followups_view import LATE, FollowUpsView
from tests.ui.conftest import drop_unsaved

TODAY = date.today()
MANY = PAGE * 2 + 50  # three pages




@pytest.fixture
def services(pristine_copy):
    s = open_book(pristine_copy)
    yield s
    s.close()


def test_follow_ups_list_shows_every_call_the_late_in_red(qtbot, qtmodeltester, services,
                                                          settings):
    ids = [services.customers.create(CustomerInput(name=f"客户{n}")).id for n in range(MANY)]
    created, _skipped = services.followups.create_many(ids, FollowUpReason.WIN_BACK, TODAY)
    assert created == MANY
    late = services.customers.create(CustomerInput(name="迟到"))
    services.followups.create(late.id, FollowUpReason.POST_SERVICE, TODAY - timedelta(days=3))
    view = FollowUpsView(services, Preferences(settings))
    qtbot.addWidget(view)
    model = view.model
    assert model.rowCount() == MANY + 1  # no "and N more"
    assert view.summary.text().startswith(f"{MANY + 1} follow-up")
    qtmodeltester.check(model)
    names = [model.index(r, 1).data() for r in range(model.rowCount())]
    red = [model.index(r, 1).data() for r in range(model.rowCount())
           if model.index(r, 0).data(Qt.ItemDataRole.ForegroundRole) is not None]
    assert red == ["迟到"]
    assert model.index(names.index("迟到"), 9).data(
        Qt.ItemDataRole.ForegroundRole).color() == LATE  # the whole row
    assert len(set(names)) == MANY + 1


def select_row(table, row: int) -> None:
    """The row alone selected, as a click does (selectRow would add to the selection while
    an earlier test's Ctrl is still seen as held by the offscreen platform)."""
    from PySide6.QtCore import QItemSelectionModel

    flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
             | QItemSelectionModel.SelectionFlag.Rows)
    table.selectionModel().select(table.model().index(row, 0), flags)


def test_an_outcome_goes_to_the_selected_follow_up_and_a_double_click_opens_its_customer(
        qtbot, services, settings, sync_ops):
    first = services.customers.create(CustomerInput(name="张三"))
    second = services.customers.create(CustomerInput(name="李四"))
    for customer, days in ((first, 2), (second, 1)):
        services.followups.create(customer.id, FollowUpReason.POST_SERVICE,
                                  TODAY - timedelta(days=days))
    view = FollowUpsView(services, Preferences(settings))
    qtbot.addWidget(view)
    model = view.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "李四")
    opened = []
    view.open_customer.connect(opened.append)
    view.table.doubleClicked.emit(model.index(row, 0))
    assert opened == [second.id]
    select_row(view.table, row)
    view.log_outcome(Outcome.NO_ANSWER)
    [called] = services.followups.list(customer_id=second.id, statuses=None)
    [waiting] = services.followups.list(customer_id=first.id, statuses=None)
    assert called.attempts == 1 and waiting.attempts == 0
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "李四")
    assert model.index(row, 7).data() == "1"  # the list shows the call just logged
    select_row(view.table, row)
    view.cancel()
    assert [m.index(r, 1).data() for m in (model,) for r in range(m.rowCount())] == ["张三"]
    assert services.followups.list(customer_id=second.id, statuses=None)[0].status \
        == FollowUpStatus.CANCELLED


def test_call_sheet_lists_every_line_a_page_at_a_time(qtbot, qtmodeltester, sync_ops, services,
                                                      settings):
    from app.domain.records import VehicleInput
    from app.ui.views.callsheet_view import LATE as SHEET_LATE
    from app.ui.views.callsheet_view import CallSheetView

    for n in range(MANY):
        services.customers.create(CustomerInput(name=f"寿星{n}", birth_month=TODAY.month,
                                                birth_day=TODAY.day, marketing_consent=True, marketing_consent_date=date(2024, 1, 1)))
    owner = services.customers.create(CustomerInput(name="车主", phone="13800138000"))
    for plate, days in (("京A12345", 3), ("京B23456", 5)):
        services.vehicles.add(owner.id, VehicleInput(make="大众", model="帕萨特", plate=plate,
                                                     insurance_expiry=TODAY + timedelta(days=days)))
    services.followups.create(owner.id, FollowUpReason.POST_SERVICE, TODAY - timedelta(days=2))
    view = CallSheetView(services, Preferences(settings))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    model = view.model
    assert model.rowCount() == len(view.sheet.lines) == MANY + 1  # no "first N shown"
    assert model.fetches <= 2  # the pages on screen, not the whole sheet
    qtmodeltester.check(model)
    row = model.row_of(owner.id)
    assert row == 0  # overdue first
    assert len(model.index(row, 2).data().splitlines()) == 3  # a line per car and date
    assert view.table.rowHeight(row) > view.table.rowHeight(1)  # tall enough for them
    assert model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole).color() == SHEET_LATE
    assert model.index(row, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole) == (
        TODAY - timedelta(days=2)).isoformat()
    assert model.index(MANY, 0).data().startswith("寿星")  # the last line, a page of its own
    opened = []
    view.open_customer.connect(opened.append)
    view.table.doubleClicked.emit(model.index(row, 1))
    assert opened == [owner.id]


def test_the_call_sheet_is_read_off_the_interface_thread_from_the_tables(
        qtbot, held_reads, services, settings):
    from app.domain.records import VehicleInput
    from app.ui.views.callsheet_view import CallSheetView

    for n in range(5):
        services.customers.create(CustomerInput(name=f"寿星{n}", birth_month=TODAY.month,
                                                birth_day=TODAY.day, marketing_consent=True, marketing_consent_date=date(2024, 1, 1)))
    owner = services.customers.create(CustomerInput(name="车主", phone="13800138000"))
    services.vehicles.add(owner.id, VehicleInput(make="大众", model="帕萨特", plate="京A12345",
                                                 insurance_expiry=TODAY + timedelta(days=3)))
    services.followups.create(owner.id, FollowUpReason.POST_SERVICE, TODAY - timedelta(days=2))
    view = CallSheetView(services, Preferences(settings))
    qtbot.addWidget(view)

    assert view.loading and view.pages.currentWidget() is view.status
    assert view.status.text() == "Reading the call sheet…" and view.model.rowCount() == 0

    held_reads.release()

    assert not view.loading and view.pages.currentWidget() is view.table
    assert services.reminders._snapshot is None  # no in-memory copy read for it
    listed = [view.model.id_at(r) for r in range(view.model.rowCount())]
    assert listed == [line.customer_id for line in services.callsheet.for_day(TODAY).lines]
    assert listed[0] == owner.id and len(listed) == 6


def test_the_call_sheets_first_opening_shows_the_sheet_the_summary_worked_out(
        qtbot, sync_ops, book_path, settings, monkeypatch):
    from app.bootstrap import build_main_window
    from app.services.outreach import CallSheetService

    s = open_book(book_path)
    s.customers.create(CustomerInput(name="寿星", birth_month=TODAY.month, birth_day=TODAY.day,
                                     marketing_consent=True, marketing_consent_date=date(2024, 1, 1)))
    s.close()
    worked_out = []
    real = CallSheetService.for_day
    monkeypatch.setattr(CallSheetService, "for_day",
                        lambda self, *a, **k: worked_out.append(a) or real(self, *a, **k))
    window = build_main_window(str(book_path), language="en", settings=settings)
    qtbot.addWidget(window)
    assert len(worked_out) == 1  # the day's summary

    view = window.callsheet_view

    assert len(worked_out) == 1  # not again
    assert [view.model.index(r, 0).data() for r in range(view.model.rowCount())] == ["寿星"]
    customer = window.services.customers.create(
        CustomerInput(name="新寿星", birth_month=TODAY.month, birth_day=TODAY.day,
                      marketing_consent=True, marketing_consent_date=date(2024, 1, 1)))
    window.changes.flush()
    assert len(worked_out) == 3  # the summary and the sheet, each worked out again
    assert view.model.row_of(customer.id) >= 0
    assert window.services.reminders._snapshot is None
    drop_unsaved(window)
    window.close()
