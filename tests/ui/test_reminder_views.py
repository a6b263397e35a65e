"""Reminders, follow-ups and the call sheet driven as a person would."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.bootstrap import build_main_window
from app.domain.enums import FollowUpReason, FollowUpStatus, Outcome, ReminderState
from app.domain.records import CustomerInput, VehicleInput
from app.services.admin.book import open_book
from app.ui.widgets import common
from tests.ui.conftest import drop_unsaved, type_text

TODAY = date.today()


@pytest.fixture
def reminder_book(tmp_path):
    path = tmp_path / "book.db"
    s = open_book(path)
    wang = s.staff.add("王芳")
    soon = TODAY + timedelta(days=2)
    zhang = s.customers.create(CustomerInput(name="张三", phone="13800138000", advisor_id=wang.id,
                                             birth_month=soon.month, birth_day=soon.day,
                                             marketing_consent=True, marketing_consent_date=date(2024, 1, 1)))
    li = s.customers.create(CustomerInput(name="李四", phone="13912345678", advisor_id=wang.id))
    s.vehicles.add(li.id, VehicleInput(make="丰田", model="凯美瑞", plate="京B12345",
                                       insurance_expiry=TODAY + timedelta(days=10)))
    s.followups.create(li.id, FollowUpReason.POST_SERVICE, TODAY - timedelta(days=4))
    s.close()
    return path, zhang.id, li.id


@pytest.fixture
def book_path(reminder_book):
    """The one-view fixtures of the interface tests' conftest open this module's book."""
    return reminder_book[0]


@pytest.fixture
def win(qtbot, sync_ops, reminder_book, settings):
    """The window over the book, its ops (the lists' reads among them) run at once."""
    window = build_main_window(str(reminder_book[0]), language="en", settings=settings)
    window.show()
    qtbot.waitExposed(window)
    yield window
    drop_unsaved(window)
    window.close()
    window.deleteLater()


def _reminder_rows(view):
    """(group, customer) for each reminder, read from the list's model."""
    model, rows, group = view.model, [], None
    for r in range(model.rowCount()):
        if model.index(r, 2).data():
            rows.append((group, model.index(r, 2).data()))
        else:  # a group's heading
            group = model.index(r, 0).data().split(" (")[0]
    return rows


def _reminder_row(view, group, customer=None):
    """The row of the first reminder of `group` (of `customer`, when given)."""
    model, current = view.model, None
    for r in range(model.rowCount()):
        if not model.index(r, 2).data():
            current = model.index(r, 0).data().split(" (")[0]
        elif current == group and customer in (None, model.index(r, 2).data()):
            return r
    raise AssertionError((group, customer))


def test_reminders_view_groups_by_when(sync_ops, reminders_view):
    view = reminders_view
    rows = _reminder_rows(view)
    assert ("Next 7 days", "张三") in rows  # birthday in two days
    assert ("Next 30 days", "李四") in rows  # insurance in ten days


def test_reminder_made_a_follow_up_leaves_the_list_and_appears_in_follow_ups(qtbot, win):
    view = win.reminders_view
    view.tree.selectRow(_reminder_row(view, "Next 7 days", "张三"))
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert ("Next 7 days", "张三") not in _reminder_rows(view)
    model = win.followups_view.model
    names = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert "张三" in names


def test_snooze_asks_for_a_date(qtbot, sync_ops, reminders_view, monkeypatch):
    view = reminders_view
    view.tree.selectRow(_reminder_row(view, "Next 30 days"))
    monkeypatch.setattr(common, "ask_date", lambda *a, **k: TODAY + timedelta(days=20))
    monkeypatch.setattr("app.ui.views.reminders_view.ask_date", lambda *a, **k: TODAY + timedelta(days=20))
    view.snooze()
    assert ("Next 30 days", "李四") not in _reminder_rows(view)


def test_outcome_keys_log_a_call(qtbot, sync_ops, followups_view, reminder_book):
    view = followups_view
    assert view.model.rowCount() == 1
    view.table.selectRow(0)
    view.table.setFocus()
    type_text(qtbot, view.notes, "周六来店")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_3)  # appointment booked
    assert view.model.rowCount() == 0
    s = open_book(reminder_book[0])
    try:
        done = s.followups.list(statuses=(FollowUpStatus.DONE,))
        assert done[0].notes == "周六来店"
        assert s.timeline.of_customer(reminder_book[2])[0].summary == "周六来店"
    finally:
        s.close()


def test_escalations_and_bulk_reassign(qtbot, sync_ops, reminder_book, followups_view, book_services):
    s = open_book(reminder_book[0])
    zhao = s.staff.add("赵敏")
    s.close()
    view = followups_view
    view.escalations.setChecked(True)
    assert view.model.rowCount() == 1  # four days past due
    from app.ui.widgets.common import fill_advisors

    fill_advisors(view.reassign_to, book_services.staff, "…")
    view.reassign_to.setCurrentIndex(view.reassign_to.findData(zhao.id))
    view.table.selectRow(0)
    view.reassign()
    assert view.model.index(0, 5).data() == "赵敏"


def test_call_sheet_lists_each_customer_once_overdue_first(sync_ops, callsheet_view):
    view = callsheet_view
    model = view.model
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names[0] == "李四"  # overdue post-service call
    assert names.count("李四") == 1
    reasons = model.index(0, 2).data()
    assert "Post-service call" in reasons and "Insurance expiry" in reasons


def test_call_sheet_pdf(qtbot, sync_ops, callsheet_view, tmp_path, monkeypatch):
    view = callsheet_view
    out = tmp_path / "sheet.pdf"
    monkeypatch.setattr("app.ui.views.callsheet_view.save_path", lambda *a, **k: out)
    view.save_pdf()
    assert out.read_bytes().startswith(b"%PDF")


def test_export_with_ctrl_e(qtbot, sync_ops, win, tmp_path, monkeypatch):
    import openpyxl

    out = tmp_path / "reminders.xlsx"
    monkeypatch.setattr("app.ui.views.reminders_view.save_path", lambda *a, **k: out)
    win.tabs.setCurrentWidget(win.reminders_view)
    qtbot.keyClick(win, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    sheet = openpyxl.load_workbook(out).active
    assert sheet.cell(1, 1).value == "Date"
    names = {sheet.cell(r, 4).value for r in range(2, sheet.max_row + 1)}
    assert {"张三", "李四"} <= names


def test_today_summary_is_shown(sync_ops, qtbot, win):
    # counted as the book opened, before the window showed, by the synchronous runner
    assert win.summary.isVisible()
    assert "2 customers on the call sheet" in win.summary.text()  # 张三 (birthday), 李四


def test_list_views_are_built_when_first_shown(qtbot, win):
    assert win.tabs.widget(2).objectName() == "followupsPlaceholder"
    win.tabs.setCurrentIndex(2)
    assert win.tabs.currentWidget().objectName() == "followUpsView"


def test_double_click_opens_the_customer_card(qtbot, win, sync_ops):
    view = win.callsheet_view
    view._open_selected(view.model.index(0, 0))
    assert win.tabs.currentWidget() is win.customers_view
    assert win.customers_view.card.name.text() == "李四"


def test_unsaved_card_is_not_lost_when_a_list_opens_another_customer(qtbot, win, monkeypatch):
    win.show_customer(win.customers_view.model.id_at(0))
    card = win.customers_view.card
    type_text(qtbot, card.hobbies, "钓鱼")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    before = card.customer_id()
    win.callsheet_view._open_selected(win.callsheet_view.model.index(0, 0))
    assert card.customer_id() == before and card.hobbies.text() == "钓鱼"


def test_family_member_added_on_the_card_feeds_the_reminders(qtbot, win, sync_ops):
    soon = TODAY + timedelta(days=5)
    win.show_customer(win.customers_view.model.id_at(0))
    panel = win.customers_view.card.household
    type_text(qtbot, panel.member_name, "张小宝")
    panel.month.setValue(soon.month)
    panel.day.setValue(soon.day)
    panel.add_member_button.click()
    assert panel.members.rowCount() == 1
    assert panel.members.item(0, 1).text() == "张小宝"
    occurrences = win.services.reminders.due(TODAY)
    assert any(o.kind.value == "household_birthday" and o.occurs_on == soon for o in occurrences)


def test_important_date_needs_a_date(qtbot, win, monkeypatch, sync_ops):
    shown = []
    monkeypatch.setattr("app.ui.widgets.household_panel.show_error", lambda *a: shown.append(a))
    win.show_customer(win.customers_view.model.id_at(0))
    panel = win.customers_view.card.household
    panel.add_date_button.click()
    assert shown and panel.dates.rowCount() == 0
    panel.date_value.setText("2015-06-18")
    panel.add_date_button.click()
    assert panel.dates.rowCount() == 1


def test_wrong_number_outcome_flags_the_card(qtbot, win, sync_ops):
    view = win.followups_view
    view.table.selectRow(0)
    view.log_outcome(Outcome.WRONG_NUMBER)
    win.show_customer(win.customers_view.model.id_at(0))
    li_id = next(win.customers_view.model.id_at(r) for r in range(win.customers_view.model.rowCount())
                 if win.customers_view.model.index(r, 0).data() == "李四")
    win.show_customer(li_id)
    assert "Wrong number" in win.customers_view.card.flags.text()
    assert "[Wrong number]" in win.customers_view.card.timeline_table.model().index(0, 2).data()


def test_win_back_list_makes_win_back_calls(qtbot, win, sync_ops):
    from app.domain.records import VehicleInput as VI
    from app.domain.visit_records import VisitInput

    s = win.services
    lost = s.customers.create(CustomerInput(name="王久", phone="13811112222"))
    car = s.vehicles.add(lost.id, VI(make="大众", model="朗逸", plate="京C12345"))
    s.visits.add(VisitInput(car.id, TODAY - timedelta(days=500)))
    win.tabs.setCurrentIndex(5)
    view = win.lapsed_view
    model = view.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["王久"]
    assert model.index(0, 6).data() == "Lost"  # after vehicle, last visit, days, spent
    view.table.selectRow(0)
    view.make_win_back_calls()
    calls = s.followups.list(customer_id=lost.id)
    assert [c.reason.value for c in calls] == ["post_service", "win_back"]
    sheet_names = [line.customer_name for line in s.callsheet.for_day(TODAY).lines]
    assert "王久" in sheet_names


def test_card_shows_the_customers_service_visits(qtbot, win, sync_ops):
    from app.domain.visit_records import VisitInput, WorkItem

    s = win.services
    li = next(win.customers_view.model.id_at(r) for r in range(win.customers_view.model.rowCount())
              if win.customers_view.model.index(r, 0).data() == "李四")
    vehicle_id = s.customers.card(li).vehicles[0].id
    s.visits.add(VisitInput(vehicle_id, TODAY, items=(WorkItem("机油机滤", 48_000),)))
    win.show_customer(li)
    panel = win.customers_view.card.visits
    assert panel.table.rowCount() == 1 if hasattr(panel, "table") else len(panel.records()) == 1


def test_after_service_score_from_the_follow_ups_view_flags_then_manager_closes(qtbot, win, sync_ops):
    from app.domain.visit_records import VisitInput

    s = win.services
    li = next(win.customers_view.model.id_at(r) for r in range(win.customers_view.model.rowCount())
              if win.customers_view.model.index(r, 0).data() == "李四")
    vehicle_id = s.customers.card(li).vehicles[0].id
    s.visits.add(VisitInput(vehicle_id, TODAY - timedelta(days=3)))
    view = win.followups_view
    view.refresh()
    model = view.model
    row = next(r for r in range(model.rowCount())
               if model.index(r, 3).data() == "Post-service call" and model.index(r, 0).data() == TODAY.isoformat())
    view.table.selectRow(row)
    view.satisfaction.setCurrentIndex(view.satisfaction.findData(2))
    view.log_outcome(Outcome.REACHED)
    win.show_customer(li)
    card = win.customers_view.card
    assert "Low satisfaction" in card.flags.text()
    assert card.close_flag_button.isVisibleTo(card)
    card.close_flag_button.click()
    assert "Low satisfaction" not in card.flags.text()


def test_changed_interval_in_preferences_moves_the_predicted_service(qtbot, win, monkeypatch):
    from app.domain.records import VehicleInput as VI
    from app.domain.service_rules import MaintenanceInterval
    from app.domain.visit_records import VisitInput
    from app.ui.dialogs.preferences_dialog import PreferencesDialog

    s = win.services
    c = s.customers.create(CustomerInput(name="周十"))
    car = s.vehicles.add(c.id, VI(make="大众", model="朗逸", plate="京D12345"))
    s.visits.add(VisitInput(car.id, TODAY - timedelta(days=10), mileage_km=1_000))
    before = s.vehicles.get(car.id).next_service_due

    def accept_with_longer_interval(dialog):
        for row in range(dialog.intervals.rowCount()):
            if dialog.intervals.item(row, 0).text() == "大众":
                dialog.intervals.item(row, 1).setText("24")
                dialog.intervals.item(row, 2).setText("50000")
        dialog.accept()
        return True

    monkeypatch.setattr(PreferencesDialog, "exec", accept_with_longer_interval)
    win._preferences()
    assert win.preferences.maintenance_intervals["大众"] == MaintenanceInterval(24, 50_000)
    after = s.vehicles.get(car.id).next_service_due
    assert after > before


def test_the_reminders_list_shows_every_reminder_under_its_heading_with_no_cap(
        win, qtmodeltester):
    view = win.reminders_view
    view.refresh()
    model = view.model
    headings = [model.index(r, 0).data() for r in range(model.rowCount())
                if not model.index(r, 2).data()]
    assert [h.split(" (")[0] for h in headings] == [
        "Overdue", "Today", "Next 7 days", "Next 30 days"]
    assert model.rowCount() == len(headings) + len(view._items) and len(view._items) >= 2
    assert not any("more" in h for h in headings)
    assert view.tree.columnSpan(0, 0) == model.columnCount()  # a heading reads across
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    view.tree.selectRow(0)
    assert len(view.selected()) == 0  # a heading is no reminder to act on
    qtmodeltester.check(model)


def test_the_call_sheet_lists_every_line_with_no_cap(sync_ops, callsheet_view, qtmodeltester):
    sheet = callsheet_view
    sheet.refresh()
    assert sheet.model.rowCount() == len(sheet.sheet.lines) == 2
    assert "shown" not in sheet.summary.text()
    qtmodeltester.check(sheet.model)


# ---------------------------------------------------------------- read off the interface thread


@pytest.fixture
def busy_book(tmp_path):
    """More overdue birthdays than a first page (25 days ago), one in two days, a car's
    insurance in ten days, and an advisor."""
    s = open_book(tmp_path / "busy.db")
    wang = s.staff.add("王芳")
    past = TODAY - timedelta(days=25)
    for n in range(120):
        s.customers.create(CustomerInput(name=f"寿星{n:03d}", birth_month=past.month,
                                         birth_day=past.day, marketing_consent=True, marketing_consent_date=date(2024, 1, 1)))
    soon = TODAY + timedelta(days=2)
    s.customers.create(CustomerInput(name="张三", phone="13800138000", advisor_id=wang.id,
                                     birth_month=soon.month, birth_day=soon.day, marketing_consent=True, marketing_consent_date=date(2024, 1, 1)))
    li = s.customers.create(CustomerInput(name="李四", phone="13912345678", advisor_id=wang.id))
    s.vehicles.add(li.id, VehicleInput(make="丰田", model="凯美瑞", plate="京B12345",
                                       insurance_expiry=TODAY + timedelta(days=10)))
    yield s
    s.close()


def _reminders_view(qtbot, services, settings):
    from app.desk.settings import Preferences
    from app.ui.views.reminders_view import RemindersView

    view = RemindersView(services, Preferences(settings))
    qtbot.addWidget(view)
    return view


def _headings(view) -> list[str]:
    model = view.model
    return [model.index(r, 0).data() for r in range(model.rowCount())
            if not model.index(r, 2).data()]


def _listed(view) -> list:
    """The occurrences listed, top to bottom (headings left out)."""
    model = view.model
    lines = (model.record_at(r) for r in range(model.rowCount()))
    return [line.occurrence for line in lines if line.occurrence is not None]


def test_the_first_page_shows_before_the_whole_list_with_its_groups_still_counting(
        qtbot, held_reads, busy_book, settings):
    held_reads.let_through = 1  # the first page's read; the whole list's waits
    view = _reminders_view(qtbot, busy_book, settings)

    assert len(held_reads.held) == 1 and view.loading and not view.complete
    assert view.pages.currentWidget() is view.tree  # rows, not the status line
    assert _headings(view) == ["Overdue (counting…)"]  # later groups: not read yet
    first = _listed(view)
    assert len(first) == 120 and {o.occurs_on for o in first} == {TODAY - timedelta(days=25)}
    assert view.summary.text() == "Counting reminders…"

    held_reads.release()

    assert not view.loading and view.complete
    assert _headings(view) == ["Overdue (120)", "Today (0)", "Next 7 days (1)",
                               "Next 30 days (1)"]
    assert _listed(view)[:120] == first  # the first page is the whole list's top
    assert view.summary.text().startswith("122 reminder")  # (the plural: translated)


def test_while_nothing_is_read_a_status_line_stands_in_for_the_table(
        qtbot, held_reads, busy_book, settings):
    view = _reminders_view(qtbot, busy_book, settings)

    assert view.pages.currentWidget() is view.status
    assert view.status.text() == "Reading the reminders…"
    assert view.model.rowCount() == 0

    held_reads.release()

    assert view.pages.currentWidget() is view.tree and view.model.rowCount() == 126


def test_the_whole_list_equals_the_reminders_due_in_contents_and_order_without_the_copy(
        qtbot, sync_ops, busy_book, settings):
    view = _reminders_view(qtbot, busy_book, settings)
    listed = _listed(view)

    assert busy_book.reminders._snapshot is None  # opening the tab read no in-memory copy
    assert view.complete and len(listed) == 122
    assert listed == busy_book.reminders.due(TODAY)  # the in-memory engine: the same list
    assert busy_book.reminders._snapshot is not None  # (which that call did read)


def test_a_newer_refresh_drops_an_older_ones_rows(qtbot, held_reads, busy_book, settings):
    from app.domain.enums import ReminderKind

    view = _reminders_view(qtbot, busy_book, settings)
    view.kind.setCurrentIndex(view.kind.findData(ReminderKind.BIRTHDAY))
    view.kind.setCurrentIndex(view.kind.findData(ReminderKind.INSURANCE))
    assert len(held_reads.held) == 3  # the opening's read, and one per choice

    held_reads.release()

    assert [o.customer_name for o in _listed(view)] == ["李四"]
    assert view.summary.text().startswith("1 reminder")


def test_done_takes_the_row_out_at_once_and_the_list_is_read_again_after(
        qtbot, held_reads, busy_book, settings):
    held_reads.let_through = 2
    view = _reminders_view(qtbot, busy_book, settings)
    assert view.complete
    row = next(r for r in range(view.model.rowCount())
               if view.model.index(r, 2).data() == "张三")
    view.tree.selectRow(row)

    view.done_button.click()

    assert "张三" not in [o.customer_name for o in _listed(view)]  # before any read
    assert len(held_reads.held) == 1  # the read again, after the write
    assert _headings(view)[2] == "Next 7 days (0)"
    assert view.summary.text().startswith("121 reminder")
    assert view.model.index(row, 0).data().startswith("Next 30 days")  # in its place
    assert [o.customer_name for o in view.selected()] == ["李四"]  # the next one, to act on
    assert all(o.customer_name != "张三" for o in busy_book.reminders.due(TODAY))  # written

    assert len(_listed(view)) == 121  # the whole list stays shown while read again

    held_reads.release()

    assert _listed(view) == busy_book.reminders.due(TODAY)
    assert _headings(view)[2] == "Next 7 days (0)"
    assert [o.customer_name for o in view.selected()] == ["李四"]  # still chosen


def test_a_snooze_and_a_follow_up_leave_the_list_and_other_views_are_told(
        qtbot, sync_ops, busy_book, settings, monkeypatch):
    view = _reminders_view(qtbot, busy_book, settings)
    told = []  # the writes as the change signal tells them: the view named as their origin
    busy_book.listen(lambda committed: told.append(committed.origin))
    monkeypatch.setattr("app.ui.views.reminders_view.ask_date",
                        lambda *a, **k: TODAY + timedelta(days=20))
    row = next(r for r in range(view.model.rowCount()) if view.model.index(r, 2).data() == "李四")
    view.tree.selectRow(row)
    view.snooze()
    assert told and set(told) == {view}
    told.clear()
    view.tree.selectRow(0)  # a heading: nothing to act on
    view.make_follow_up()
    assert told == []
    view.tree.selectRow(1)
    first = view.selected()[0]
    view.make_follow_up()

    assert told and set(told) == {view}
    names = [o.customer_name for o in _listed(view)]
    assert "李四" not in names and first not in _listed(view) and len(names) == 120
    assert [f.customer_id for f in busy_book.followups.list()] == [first.customer_id]


def test_a_failed_write_puts_the_rows_back_and_says_so(qtbot, sync_ops, busy_book, settings,
                                                       monkeypatch):
    view = _reminders_view(qtbot, busy_book, settings)
    shown = []
    monkeypatch.setattr("app.ui.views.reminders_view.show_failure",
                        lambda *args: shown.append(args))
    busy_book.book.refuse_writes = "read_only"  # as a book found damaged refuses them
    view.tree.selectRow(1)
    chosen = view.selected()
    view._mark(ReminderState.DONE)

    assert shown and chosen[0] in _listed(view) and len(_listed(view)) == 122
    busy_book.book.refuse_writes = None


def test_a_list_read_again_keeps_the_first_row_on_screen_and_the_selection(
        qtbot, sync_ops, busy_book, settings):
    view = _reminders_view(qtbot, busy_book, settings)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    view.tree.scrollTo(view.model.index(60, 0),
                       view.tree.ScrollHint.PositionAtTop)
    top = view.model.id_at(view.tree.rowAt(0))
    view.tree.selectRow(70)
    chosen = view.selected()
    busy_book.reminders.mark(_listed(view)[0], ReminderState.DONE)  # another desk's, say

    view.refresh()

    assert len(_listed(view)) == 121
    assert view.model.id_at(view.tree.rowAt(0)) == top
    assert view.selected() == chosen


def test_a_group_folds_to_its_heading_and_unfolds(qtbot, sync_ops, busy_book, settings):
    view = _reminders_view(qtbot, busy_book, settings)
    everything = _listed(view)
    headings = _headings(view)
    overdue = [o for o in everything if o.occurs_on < TODAY]
    assert overdue and len(overdue) < len(everything)

    view.tree.setCurrentIndex(view.model.index(0, 0))  # the "Overdue" heading
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)  # folds it: nothing is made of a heading
    assert _listed(view) == [o for o in everything if o.occurs_on >= TODAY]
    assert _headings(view) == headings  # the counts stay
    assert view.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert busy_book.followups.list() == []

    view.refresh()  # read again: still folded
    assert _listed(view) == [o for o in everything if o.occurs_on >= TODAY]

    view.tree.doubleClicked.emit(view.model.index(0, 0))  # unfolds
    assert _listed(view) == everything
