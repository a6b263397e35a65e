"""The customer's leads on the card (issue 16), driven through the widgets on a real book:
a new lead, a contact with a level change, a stage moved, the ask to close as lost, an order
and a delivery that puts the vehicle on the card, a test drive scheduled and done, and
"Pass to sales…" with the department from the person's role."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.enums import FollowUpReason, StaffRole
from app.domain.leads import LeadStage
from app.services.sales.lead_desk import test_drives_of_customer
from app.services.sales.leads import LeadInput
from tests.ui.conftest import answer_dialog, show_alone, type_text


@pytest.fixture
def lead_card(qtbot, book_services, preferences, sync_ops):
    """The card with its Leads tab, as the customers view builds it, showing 张三."""
    from app.ui.widgets.card_leads import CardLeads
    from app.ui.widgets.customer_card import CustomerCardWidget

    s = book_services
    widget = CustomerCardWidget()
    widget.attach(s.customers, s.vehicles, s.timeline, s.staff, s.household, s.visits,
                  s.followups, s.segments, preferences.segment_options,
                  reminders=s.reminders, preferences=preferences)
    widget.leads = CardLeads(widget, s)
    widget.resize(1000, 700)
    show_alone(qtbot, widget)
    zhang = s.customers.customers_with_phone(["13800138000"])[0]
    widget.show_customer(zhang.id)
    widget.tabs.setCurrentWidget(widget.leads.panel)
    return widget


answer = answer_dialog  # fill the next dialog opened (modal), then OK


def new_lead(qtbot, panel, models="帕萨特", level="A"):
    def fill(dialog):
        type_text(qtbot, dialog.models, models)
        dialog.level.setCurrentIndex(dialog.level.findData(level))

    answer(qtbot, fill, "leadDialog")
    return panel.new_lead()


def test_a_new_lead_shows_on_the_card_with_its_first_call_today(qtbot, lead_card, book_services):
    panel = lead_card.leads.panel
    assert panel.leads == []
    record = new_lead(qtbot, panel)
    assert record is not None and record.models == "帕萨特" and record.level == "A"
    assert [r.id for r in panel.leads] == [record.id]
    assert panel.table.item(0, 0).text() == "New"
    assert panel.table.item(0, 1).text().startswith("A — ")
    assert panel.table.item(0, 3).text() == date.today().isoformat()
    # the timeline says it in the person's words
    assert any("Lead opened (帕萨特)" in e.summary for e in lead_card._card.timeline)


def test_a_contact_changes_the_level_and_sets_the_next_follow_up_by_its_cadence(
        qtbot, lead_card, book_services):
    panel = lead_card.leads.panel
    new_lead(qtbot, panel, level="B")

    def fill(dialog):
        type_text(qtbot, dialog.summary, "wants a test drive")
        dialog.level.setCurrentIndex(dialog.level.findData("H"))
        assert dialog.next_day.text() == (date.today() + timedelta(days=1)).isoformat()

    answer(qtbot, fill, "leadContactDialog")
    record = panel.log_contact()
    assert record.level == "H" and record.stage == LeadStage.CONTACTED.value
    assert record.next_follow_up == date.today() + timedelta(days=1)
    assert panel.table.item(0, 0).text() == "Contacted"
    assert panel.table.item(0, 3).text() == record.next_follow_up.isoformat()


def test_a_stage_moved_from_the_menu_is_on_the_timeline(qtbot, lead_card):
    panel = lead_card.leads.panel
    new_lead(qtbot, panel)
    panel.move_actions["showroom"].trigger()
    assert panel.leads[0].stage == "showroom"
    assert panel.table.item(0, 0).text() == "Showroom visit"
    assert any(e.summary == "Lead: Showroom visit" for e in lead_card._card.timeline)
    assert not panel.move_actions["showroom"].isEnabled()


def test_asking_to_close_as_lost_needs_the_competitors_brand(qtbot, lead_card):
    panel = lead_card.leads.panel
    new_lead(qtbot, panel)

    def fill(dialog):
        dialog.reason.setCurrentIndex(dialog.reason.findData("competitor"))
        assert dialog.competitor.isEnabled()
        dialog.accept()  # no brand: refused in the dialog, which stays open
        assert dialog.isVisible() and "required" in dialog.banner.text()
        type_text(qtbot, dialog.competitor, "丰田")

    answer(qtbot, fill, "leadLostDialog")
    record = panel.ask_lost()
    assert record.lost_review == "requested" and record.lost_competitor == "丰田"
    assert "asked to close as lost" in panel.table.item(0, 0).text()
    assert not panel.lost_action.isEnabled()  # asked once
    assert any("Bought a competitor's brand (丰田)" in e.summary
               for e in lead_card._card.timeline)


def test_an_order_then_a_delivery_puts_the_vehicle_on_the_card_and_the_care_calls_on_the_sheet(
        qtbot, lead_card, book_services):
    panel = lead_card.leads.panel
    new_lead(qtbot, panel, models="ID.4")
    vehicles_before = len(lead_card._card.vehicles)

    def fill_order(dialog):
        assert dialog.model.text() == "ID.4"
        dialog.price.setValue(180_000)

    answer(qtbot, fill_order, "leadOrderDialog")
    ordered = panel.order()
    assert ordered.stage == "ordered" and ordered.order_price_yuan == 180_000
    assert ordered.level == "O"
    assert not panel.lost_action.isEnabled()  # an ordered lead is not closed as lost

    def fill_delivery(dialog):
        type_text(qtbot, dialog.make, "大众")
        assert dialog.model.text() == "ID.4" and dialog.price.value() == 180_000
        type_text(qtbot, dialog.vin, "LSVAU218XN2183295")
        dialog.vin.setText("")  # (no VIN yet is fine)
        type_text(qtbot, dialog.plate, "京A66666")

    answer(qtbot, fill_delivery, "leadDeliverDialog")
    delivered = panel.deliver()
    assert delivered.stage == "delivered" and delivered.vehicle_id is not None
    assert len(lead_card._card.vehicles) == vehicles_before + 1
    assert lead_card.tabs.tabText(1) == f"Vehicles ({vehicles_before + 1})"
    car = next(v for v in lead_card._card.vehicles if v.id == delivered.vehicle_id)
    assert car.make == "大众" and car.model == "ID.4"
    care = [f for f in book_services.followups.list(customer_id=lead_card.customer_id())
            if f.reason == FollowUpReason.DELIVERY_CARE.value]
    assert len(care) == 4
    assert panel.table.item(0, 0).text() == "Delivered"
    assert not panel.contact_button.isEnabled()


def test_a_test_drive_scheduled_then_done_with_the_licence_seen(qtbot, lead_card, book_services):
    panel = lead_card.leads.panel
    lead = new_lead(qtbot, panel)

    def fill(dialog):
        type_text(qtbot, dialog.plate, "京A·D12345")

    answer(qtbot, fill, "testDriveDialog")
    drive = panel.schedule_drive()
    assert drive.state == "scheduled" and drive.lead_id == lead.id
    assert panel.drive_table.rowCount() == 1
    assert panel.drive_table.item(0, 5).text() == "Scheduled"
    panel.drive_table.selectRow(0)
    assert panel.done_action.isEnabled()

    def fill_done(dialog):
        dialog.accept()  # the licence not ticked: refused
        assert dialog.isVisible() and "licence" in dialog.banner.text()
        dialog.licence.setChecked(True)
        type_text(qtbot, dialog.feedback, "likes it")

    answer(qtbot, fill_done, "testDriveDoneDialog")
    done = panel.complete_drive()
    assert done.state == "done" and done.feedback == "likes it"
    assert panel.leads[0].stage == "test_drive"
    assert panel.drive_table.item(0, 5).text() == "Done"
    assert test_drives_of_customer(book_services.leads, lead_card.customer_id())[0].licence_seen


def test_a_scheduled_test_drive_cancelled(qtbot, lead_card):
    panel = lead_card.leads.panel
    new_lead(qtbot, panel)
    answer(qtbot, lambda dialog: None, "testDriveDialog")
    panel.schedule_drive()
    panel.drive_table.selectRow(0)
    panel.cancel_drive(ask=False)
    assert panel.drives[0].state == "cancelled"
    assert not panel.done_action.isEnabled()


def test_open_leads_come_first(qtbot, lead_card, book_services):
    s = book_services
    customer_id = lead_card.customer_id()
    old = s.leads.create(customer_id, LeadInput(models="Old"))
    s.leads.order(old.id, "Old", 100_000, None)
    s.leads.deliver(old.id, make="大众", model="Old")
    fresh = s.leads.create(customer_id, LeadInput(models="Fresh"))
    lead_card.reload()
    panel = lead_card.leads.panel
    assert [r.id for r in panel.leads] == [fresh.id, old.id]


@pytest.mark.parametrize("role, department", [
    (StaffRole.SERVICE_ADVISOR, "service"), (StaffRole.ADVISOR, "sales"), (None, "front_desk")])
def test_pass_to_sales_from_the_header(qtbot, lead_card, book_services, role, department):
    from app.domain.changes import Actor

    s = book_services
    seller = s.staff.add("李销售")
    s.act_as(Actor(None, "desk", role=role.value if role else None))

    def fill(dialog):
        assert dialog.department.currentData() == department
        dialog.kind.setCurrentIndex(dialog.kind.findData("trade_in"))
        dialog.advisor.setCurrentIndex(dialog.advisor.findData(seller.id))
        type_text(qtbot, dialog.note, "想置换")

    answer(qtbot, fill, "referralDialog")
    record = lead_card.leads.refer()
    assert record.referral_kind == "trade_in" and record.referral_department == department
    assert record.advisor_id == seller.id and record.referral_note == "想置换"
    assert lead_card.tabs.currentWidget() is lead_card.leads.panel
    assert lead_card.leads.refer_button.isVisibleTo(lead_card.leads.panel)
    assert lead_card.leads.panel.selected().id == record.id


def test_nothing_writes_on_a_card_read_only(qtbot, lead_card):
    new_lead(qtbot, lead_card.leads.panel)
    lead_card.set_read_only()
    panel = lead_card.leads.panel
    assert not panel.new_button.isEnabled() and not panel.contact_button.isEnabled()
    assert not lead_card.leads.refer_button.isEnabled()


def test_no_customer_no_steps(qtbot, lead_card):
    lead_card.show_empty()
    panel = lead_card.leads.panel
    assert panel.leads == [] and not panel.new_button.isEnabled()
    assert not lead_card.leads.refer_button.isEnabled()


def test_the_leads_tab_at_1280_by_800(qtbot, lead_card, book_services, tmp_path):
    s = book_services
    customer_id = lead_card.customer_id()
    a = s.leads.create(customer_id, LeadInput(models="帕萨特 330TSI", level="H",
                                              budget_yuan=200_000))
    s.leads.log_contact(a.id, summary="来店")
    s.leads.schedule_test_drive(a.id, __import__("datetime").datetime.now().replace(
        hour=15, minute=0, second=0, microsecond=0), plate="京A·D12345")
    b = s.leads.create(customer_id, LeadInput(models="ID.4 CROZZ", level="C"))
    s.leads.request_lost(b.id, "price")
    lead_card.resize(1280, 800)
    lead_card.reload()
    lead_card.tabs.setCurrentWidget(lead_card.leads.panel)
    qtbot.wait(50)
    from pathlib import Path

    shots = Path("/tmp/shots_leadcard")
    shots.mkdir(exist_ok=True)
    lead_card.grab().save(str(shots / "card_leads.png"))
    panel = lead_card.leads.panel
    assert panel.table.rowCount() == 2 and panel.drive_table.rowCount() == 1
    for button in (panel.new_button, panel.contact_button, panel.edit_button):
        assert button.width() >= button.sizeHint().width()


def test_an_order_cancelled_from_the_card_and_an_ordered_lead_moved_back(qtbot, lead_card):
    panel = lead_card.leads.panel
    new_lead(qtbot, panel, models="ID.4")
    assert not panel.cancel_order_action.isEnabled()  # nothing ordered yet
    answer(qtbot, lambda d: d.price.setValue(180_000), "leadOrderDialog")
    panel.order()
    assert panel.cancel_order_action.isEnabled()

    def keep(dialog):
        assert dialog.reason.findData("erased") == -1  # not the advisor's to give
        dialog.reason.setCurrentIndex(dialog.reason.findData("financing"))
        dialog.note.setPlainText("贷款没批")

    answer(qtbot, keep, "leadCancelOrderDialog")
    record = panel.cancel_order()
    assert (record.stage, record.order_model, record.order_price_yuan) == ("negotiation", "", None)
    assert panel.table.item(0, 0).text() == "Negotiation"
    assert not panel.cancel_order_action.isEnabled()
    assert any("Order cancelled: Financing refused (ID.4): 贷款没批" in e.summary
               for e in lead_card._card.timeline)
    # ordered again, then moved back from the stage menu: the same dialog, closing as lost
    answer(qtbot, lambda d: None, "leadOrderDialog")
    panel.order()

    def close_as_lost(dialog):
        assert "Test drive" in dialog.keep.text()
        dialog.lost.setChecked(True)

    seen = answer(qtbot, close_as_lost, "leadCancelOrderDialog")
    panel.move_actions["test_drive"].trigger()
    assert seen["dialog"].objectName() == "leadCancelOrderDialog"
    record = panel.leads[0]
    assert (record.stage, record.lost_review, record.lost_reason) == (
        "test_drive", "requested", "price")
    assert "asked to close as lost" in panel.table.item(0, 0).text()
