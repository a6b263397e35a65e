"""The visits and win-back lists over the one list model: every row listed (no cap), rows
read a page at a time, the export and print of the whole list, not of a page."""

from datetime import date, timedelta

import openpyxl
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event

from app.desk.settings import Preferences
from app.domain.enums import VisitType
from app.domain.records import CustomerInput, VehicleInput
from app.domain.visit_records import VisitInput, WorkItem
from app.services.admin.book import open_book
from app.ui.models.table_model import PAGE
from app.ui.views.lapsed_view import LOST, LapsedView
from app.ui.views.visits_view import VisitsView

TODAY = date.today()
MANY = PAGE * 2 + 50  # three pages


@pytest.fixture
def book(pristine_copy):
    services = open_book(pristine_copy)
    owner = services.customers.create(CustomerInput(name="张三", phone="13800138000"))
    car = services.vehicles.add(owner.id, VehicleInput(make="大众", model="帕萨特",
                                                       plate="京A12345"))
    yield {"s": services, "owner": owner.id, "car": car.id}
    services.close()


def _bound(services) -> list[int]:
    counts: list[int] = []
    event.listen(services.book.engine, "before_cursor_execute",
                 lambda conn, cursor, statement, parameters, context, many:
                 counts.append(len(parameters or ())))
    return counts


def test_visits_list_shows_every_visit_reading_a_page_at_a_time(qtbot, qtmodeltester, book,
                                                                 settings, tmp_path, sync_ops):
    s = book["s"]
    for n in range(MANY):
        s.visits.add(VisitInput(book["car"], TODAY - timedelta(days=n % 80), VisitType.WASH,
                                items=(WorkItem(f"洗车{n}", 100 + n),)))
    counts = _bound(s)
    view = VisitsView(s, Preferences(settings))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    model = view.model
    assert model.rowCount() == MANY  # no "and N more"
    assert view.summary.text().startswith(f"{MANY} visit")  # "(s)" or a translation's plural
    assert model.fetches == 1  # only the page on screen was read
    assert model.index(MANY - 1, 2).data() == "京A·12345"  # the last row, a page of its own
    assert max(counts) <= PAGE + 5  # ids of a page at most, however long the list
    qtmodeltester.check(model)

    out = tmp_path / "visits.xlsx"
    assert view.export_to(out)
    rows = list(openpyxl.load_workbook(out).active.iter_rows(min_row=2, values_only=True))
    assert len(rows) == MANY  # the whole list, not the pages read
    assert [r[7] for r in rows] == pytest.approx(
        [model.index(r, 7).data(Qt.ItemDataRole.UserRole + 1) / 100 for r in range(MANY)])
    assert all(r[10].startswith("洗车") for r in rows)


def test_visits_list_keeps_its_place_when_nothing_came_or_went(qtbot, book, settings):
    s = book["s"]
    for n in range(3):
        s.visits.add(VisitInput(book["car"], TODAY - timedelta(days=n), VisitType.WASH))
    view = VisitsView(s, Preferences(settings))
    qtbot.addWidget(view)
    view.table.selectRow(1)
    resets = []
    view.model.modelReset.connect(lambda: resets.append(True))
    view.refresh()  # another view changed something: the same visits
    assert resets == [] and view.selected() is not None
    assert view.edit_button.isEnabled()


def _lapsing(s, name, plate, days_ago, total_fen=1_000):
    c = s.customers.create(CustomerInput(name=name))
    car = s.vehicles.add(c.id, VehicleInput(make="本田", model="思域", plate=plate))
    s.visits.add(VisitInput(car.id, TODAY - timedelta(days=days_ago), total_fen=total_fen))
    return c.id


def test_win_back_list_filters_by_status_in_the_book_and_marks_the_lost(
        qtbot, qtmodeltester, book, settings, tmp_path, sync_ops):
    s = book["s"]
    lost = _lapsing(s, "王五", "京C33333", 500)
    at_risk = _lapsing(s, "赵六", "京C44444", 250)
    _lapsing(s, "钱七", "京C55555", 10)  # came lately: not on the list
    view = LapsedView(s, Preferences(settings))
    qtbot.addWidget(view)
    model = view.model
    assert model.ids() == [lost, at_risk]
    qtmodeltester.check(model)
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color() == LOST
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    view.status.setCurrentIndex(view.status.findData("at_risk"))
    assert model.ids() == [at_risk] and view.summary.text().startswith("1 customer")
    assert "赵六" in view.html() and "王五" not in view.html()
    view.status.setCurrentIndex(view.status.findData("lost"))
    out = tmp_path / "lost.xlsx"
    assert view.export_to(out)
    [row] = openpyxl.load_workbook(out).active.iter_rows(min_row=2, values_only=True)
    assert row[0] == "王五" and row[6] == "Lost"


def test_win_back_calls_go_to_the_selected_customers(qtbot, book, settings, sync_ops):
    s = book["s"]
    first = _lapsing(s, "王五", "京C33333", 500)
    second = _lapsing(s, "赵六", "京C44444", 400)
    view = LapsedView(s, Preferences(settings))
    qtbot.addWidget(view)
    opened = []
    view.open_customer.connect(opened.append)
    view.table.selectRow(1)
    view.make_win_back_calls()
    assert [c.reason.value for c in s.followups.list(customer_id=second)] == [
        "post_service", "win_back"]
    assert [c.reason.value for c in s.followups.list(customer_id=first)] == ["post_service"]
    view.table.doubleClicked.emit(view.model.index(0, 0))
    assert opened == [first]
