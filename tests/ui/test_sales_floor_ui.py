"""The sales floor's windows (issue 16) on a real book: the showroom log (Enter logs, says
found or new, lists today's entries), the day's test drives (advisor filter, printed), the
sales manager's lost-lead review (approve, send back with a note) with the untouched new
leads, and the Sales menu of the window."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication

from app.domain.changes import Actor
from app.domain.enums import StaffRole
from app.domain.roles import rights_of
from app.services.sales.leads import LeadInput
from tests.ui.conftest import show_alone, type_text

SHOTS = Path("/tmp/shots_leadcard")


def shot(widget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def manager(services) -> Actor:
    boss = services.staff.add("周经理", StaffRole.SALES_MANAGER)
    return Actor(boss.id, boss.name, role=StaffRole.SALES_MANAGER.value,
                 rights=rights_of(StaffRole.SALES_MANAGER))


# ---------------------------------------------------------------- the showroom log
@pytest.fixture
def showroom(qtbot, book_services, sync_ops):
    from app.ui.dialogs.showroom_dialog import ShowroomLogDialog

    opened = []
    dialog = ShowroomLogDialog(book_services, None, open_customer=opened.append)
    dialog.opened = opened
    return show_alone(qtbot, dialog)


def test_enter_logs_a_walk_in_of_someone_new_and_says_so(qtbot, showroom, book_services):
    type_text(qtbot, showroom.phone, "13612345678")
    type_text(qtbot, showroom.name, "陈七")
    type_text(qtbot, showroom.interest, "途观L")
    showroom.party.setValue(3)
    qtbot.keyClick(showroom.interest, Qt.Key.Key_Return)
    result = showroom.last_result
    assert result.new_customer and result.new_lead and result.first_visit
    assert showroom.outcome.text() == "陈七: a new customer, and a new lead."
    assert showroom.phone.text() == "" and showroom.party.value() == 1
    assert showroom.table.rowCount() == 1
    assert showroom.table.item(0, 3).text() == "陈七"
    assert showroom.table.item(0, 5).text() == "3"
    lead = book_services.leads.get(result.lead_id)
    assert lead.stage == "showroom" and lead.models == "途观L" and lead.source == "walk_in"


def test_a_phone_on_file_finds_the_customer_and_their_lead(qtbot, showroom, book_services):
    type_text(qtbot, showroom.phone, "138 0013 8000")
    showroom.phone.editingFinished.emit()
    assert showroom.found.text() == "On file: 张三"
    assert showroom.name.text() == "张三"
    showroom.kind.setCurrentIndex(showroom.kind.findData("phone_up"))
    showroom.log_entry()
    first = showroom.last_result
    assert not first.new_customer and first.new_lead
    type_text(qtbot, showroom.phone, "13800138000")
    showroom.arrived.setTime(QTime(10, 0))
    showroom.left_check.setChecked(True)
    showroom.left.setTime(QTime(11, 30))
    showroom.log_entry()
    second = showroom.last_result
    assert second.lead_id == first.lead_id and not second.new_lead and not second.first_visit
    assert "their open lead updated" in showroom.outcome.text()
    assert "A return visit." in showroom.outcome.text()
    assert showroom.table.rowCount() == 2
    times = {showroom.table.item(r, 0).text(): showroom.table.item(r, 1).text()
             for r in range(2)}
    assert times["10:00"] == "11:30"
    showroom.table.itemDoubleClicked.emit(showroom.table.item(0, 3))
    assert showroom.opened == [first.customer_id]


def test_a_left_time_before_the_arrival_is_refused_in_the_dialog(qtbot, showroom):
    type_text(qtbot, showroom.name, "钱八")
    showroom.arrived.setTime(QTime(15, 0))
    showroom.left_check.setChecked(True)
    showroom.left.setTime(QTime(14, 0))
    showroom.log_entry()
    assert showroom.last_result is None
    assert "cannot leave before" in showroom.banner.text()
    assert showroom.name.text() == "钱八"  # kept as typed


def test_the_showroom_log_at_1280_by_800(qtbot, showroom):
    for phone, name in (("13612345678", "陈七"), ("13800138000", "")):
        type_text(qtbot, showroom.phone, phone)
        type_text(qtbot, showroom.name, name)
        type_text(qtbot, showroom.interest, "途观L 380TSI")
        showroom.log_entry()
    showroom.resize(1280, 800)
    qtbot.wait(20)
    shot(showroom, "showroom_log.png")
    assert showroom.log_button.width() >= showroom.log_button.sizeHint().width()


# ---------------------------------------------------------------- test drives of a day
@pytest.fixture
def drives_book(book_services):
    s = book_services
    zhang = s.customers.customers_with_phone(["13800138000"])[0]
    li = s.customers.customers_with_phone(["13912345678"])[0]
    other = s.staff.add("刘顾问")
    today = date.today()
    a = s.leads.create(zhang.id, LeadInput(models="帕萨特"))
    b = s.leads.create(li.id, LeadInput(models="ID.4", advisor_id=other.id))
    s.leads.schedule_test_drive(a.id, datetime.combine(today, datetime.min.time()).replace(
        hour=14), plate="京A·D12345")
    s.leads.schedule_test_drive(b.id, datetime.combine(today, datetime.min.time()).replace(
        hour=10))
    s.leads.schedule_test_drive(b.id, datetime.combine(today + timedelta(days=1),
                                                       datetime.min.time()).replace(hour=9))
    return s, other


def test_the_days_test_drives_by_time_and_by_advisor(qtbot, drives_book, sync_ops):
    from app.ui.dialogs.sales_lists import TestDrivesDialog

    services, other = drives_book
    dialog = show_alone(qtbot, TestDrivesDialog(services))
    assert [d.at.hour for d in dialog.drives] == [10, 14]
    assert dialog.table.item(1, 4).text() == "京A·D12345"
    dialog.advisor.setCurrentIndex(dialog.advisor.findData(other.id))
    assert [d.customer_name for d in dialog.drives] == ["李四"]
    dialog.day.setDate(dialog.day.date().addDays(1))
    assert [d.at.hour for d in dialog.drives] == [9]
    html = dialog.print_html()
    assert "Test drives" in html and "李四" in html and "刘顾问" in html
    dialog.resize(1280, 800)
    dialog.day.setDate(dialog.day.date().addDays(-1))
    dialog.advisor.setCurrentIndex(0)
    qtbot.wait(20)
    shot(dialog, "test_drives.png")


def test_the_test_drive_list_prints_through_the_preview(qtbot, drives_book, sync_ops,
                                                        monkeypatch):
    from app.ui import printing
    from app.ui.dialogs.sales_lists import TestDrivesDialog

    services, _other = drives_book
    dialog = show_alone(qtbot, TestDrivesDialog(services))
    drawn = []
    monkeypatch.setattr(printing, "render", lambda html, device, title="": drawn.append(
        html) or 1)

    def close_the_preview():
        preview = QApplication.activeModalWidget()
        if preview is None:
            QTimer.singleShot(20, close_the_preview)
            return
        preview.reject()

    QTimer.singleShot(0, close_the_preview)
    dialog.print_button.click()
    assert drawn and "张三" in drawn[0]


# ---------------------------------------------------------------- the lost-lead review
@pytest.fixture
def review_book(book_services):
    s = book_services
    zhang = s.customers.customers_with_phone(["13800138000"])[0]
    li = s.customers.customers_with_phone(["13912345678"])[0]
    a = s.leads.create(zhang.id, LeadInput(models="帕萨特"))
    s.leads.log_contact(a.id)
    s.leads.request_lost(a.id, "competitor", competitor="丰田")
    b = s.leads.create(li.id, LeadInput(models="ID.4"))
    s.leads.log_contact(b.id)
    s.leads.request_lost(b.id, "price", note="差两万")
    s.act_as(manager(s))
    return s, a, b


def test_the_manager_approves_one_and_sends_one_back_with_a_note(qtbot, review_book, sync_ops):
    from app.ui.dialogs.sales_lists import LostReviewDialog

    services, a, b = review_book
    dialog = show_alone(qtbot, LostReviewDialog(services))
    assert [r.id for r in dialog.leads] == [a.id, b.id]
    assert dialog.table.item(0, 4).text() == "Bought a competitor's brand"
    assert dialog.table.item(0, 5).text() == "丰田"
    dialog.table.selectRow(0)
    dialog.approve_button.click()
    assert services.leads.get(a.id).stage == "lost"
    assert [r.id for r in dialog.leads] == [b.id]
    dialog.table.selectRow(0)
    type_text(qtbot, dialog.note, "再约一次试驾")
    dialog.send_back_button.click()
    back = services.leads.get(b.id)
    assert back.lost_review == "sent_back" and back.stage != "lost"
    assert back.next_follow_up == date.today() + timedelta(days=1)
    assert dialog.leads == [] and not dialog.approve_button.isEnabled()
    timeline = services.customers.card(a.customer_id).timeline
    assert any("Lead closed as lost: Bought a competitor's brand (丰田)" in e.summary
               for e in timeline)
    timeline = services.customers.card(b.customer_id).timeline
    assert any(e.summary == "Lost lead sent back for another try: 再约一次试驾"
               for e in timeline)


def test_an_advisor_may_not_review(qtbot, review_book, sync_ops, monkeypatch):
    from app.ui.dialogs import sales_lists
    from app.ui.dialogs.sales_lists import LostReviewDialog

    services, a, _b = review_book
    services.act_as(Actor(None, "advisor", role=StaffRole.ADVISOR.value,
                          rights=rights_of(StaffRole.ADVISOR)))
    shown = []
    monkeypatch.setattr("app.ui.messages.show_error",
                        lambda parent, title, text, detail="": shown.append(text))
    monkeypatch.setattr(sales_lists, "show_failure",
                        lambda parent, error, title=None: shown.append(str(error)))
    dialog = show_alone(qtbot, LostReviewDialog(services))
    dialog.table.selectRow(0)
    dialog.approve_button.click()
    assert shown and services.leads.get(a.id).stage != "lost"


def test_untouched_new_leads_are_shown_to_the_manager(qtbot, review_book, sync_ops,
                                                       monkeypatch):
    from app.services.sales import leads as lead_module
    from app.ui.dialogs.sales_lists import LostReviewDialog

    services, _a, _b = review_book
    wang = services.customers.customers_with_phone(["13700001111"])[0]
    made_at = datetime(2026, 5, 4, 9, 0)
    monkeypatch.setattr(lead_module, "now", lambda: made_at)
    services.leads.create(wang.id, LeadInput(models="途岳", source="website"))
    monkeypatch.undo()
    dialog = show_alone(qtbot, LostReviewDialog(services))
    assert [r.customer_name for r in dialog.untouched] == ["王五"]
    assert "1 new lead(s) not called within 2 opening hours" in dialog.warning.text() or \
        "1 new lead not called within 2 opening hours" in dialog.warning.text()
    assert dialog.untouched_table.isVisibleTo(dialog)
    dialog.resize(1280, 800)
    qtbot.wait(20)
    shot(dialog, "lost_review.png")


def test_no_untouched_leads_no_warning(qtbot, review_book, sync_ops):
    from app.ui.dialogs.sales_lists import LostReviewDialog

    services, _a, _b = review_book
    dialog = show_alone(qtbot, LostReviewDialog(services))
    assert not dialog.warning.isVisibleTo(dialog)
    assert not dialog.untouched_table.isVisibleTo(dialog)


# ---------------------------------------------------------------- the window's Sales menu
def test_the_sales_menu_opens_the_showroom_log_with_its_key(qtbot, window):
    qtbot.waitUntil(lambda: window.services is not None, timeout=20000)
    menu = window.sales_menu
    assert menu.menu.title() == "Sa&les"
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_W,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: getattr(menu, "showroom_dialog", None) is not None)
    assert menu.showroom_dialog.isVisible()
    menu.showroom_dialog.close()
    menu.test_drives_action.trigger()
    qtbot.waitUntil(lambda: menu.test_drives_dialog.isVisible())
    menu.test_drives_dialog.close()
    # the desk (no role, no rights limit) may review
    menu.looked_at()
    assert menu.review_action.isVisible()
    assert [a.shortcut().toString() for a in (menu.showroom_action,)] == ["Ctrl+Shift+W"]


def test_only_reviewers_see_the_lost_lead_review(qtbot, window):
    qtbot.waitUntil(lambda: window.services is not None, timeout=20000)
    window.services.act_as(Actor(None, "advisor", role=StaffRole.ADVISOR.value,
                                 rights=rights_of(StaffRole.ADVISOR)))
    window.sales_menu.looked_at()
    assert not window.sales_menu.review_action.isVisible()


def test_pass_this_customer_to_sales_from_the_menu_follows_the_card(qtbot, window):
    qtbot.waitUntil(lambda: window.services is not None, timeout=20000)
    menu = window.sales_menu
    menu.looked_at()
    assert not menu.refer_action.isEnabled()  # no customer on the card
    view = window.customers_view
    zhang = window.services.customers.customers_with_phone(["13800138000"])[0]
    view.open_customer(zhang.id)
    qtbot.waitUntil(lambda: view.card.customer_id() == zhang.id and not view.card.loading())
    menu.looked_at()
    assert menu.refer_action.isEnabled()
