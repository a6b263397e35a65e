"""Consents on the card: each purpose at a glance, "Consents…" to grant and withdraw with a
date, a channel and a note, the history listed; the customers list's campaign and its
export for marketing say how many customers they left out. Real book, real widgets."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt

from app.domain.enums import ConsentChannel, ConsentPurpose, StaffRole
from app.domain.records import CustomerInput
from app.services.admin.book import open_book
from app.ui.dialogs.campaign_dialog import CampaignDialog
from app.ui.dialogs.consent_dialog import ConsentDialog
from app.ui.widgets import common
from app.ui.widgets.fields import select_data
from tests.ui.conftest import type_text

TODAY = date.today()


@pytest.fixture
def book(tmp_path):
    path = tmp_path / "book.db"
    s = open_book(path)
    wang = s.staff.add("王芳", StaffRole.ADVISOR)
    zhang = s.customers.create(CustomerInput(name="张三", phone="13800138000",
                                             advisor_id=wang.id))
    li = s.customers.create(CustomerInput(name="李四", phone="13900139000"))
    s.consents.set(zhang.id, ConsentPurpose.MARKETING, True, date(2026, 3, 1),
                   ConsentChannel.WECHAT, "交车时同意")
    s.close()
    return path, zhang.id, li.id


@pytest.fixture
def book_path(book):
    return book[0]


def chip(card, purpose: ConsentPurpose) -> str:
    return card.consent_line.chips[purpose].text()


def test_the_card_shows_each_purpose_at_a_glance(qtbot, sync_ops, customers_view, book):
    _path, zhang, li = book
    customers_view.open_customer(zhang)
    card = customers_view.card
    assert card.consent_line.isVisible()
    assert "✓ Marketing 2026-03-01 WeChat" in chip(card, ConsentPurpose.MARKETING)
    assert "✓ Service reminders" in chip(card, ConsentPurpose.SERVICE_REMINDERS)
    assert "✗ Sharing with the maker" in chip(card, ConsentPurpose.SHARE_MAKER)
    assert "✗ Sharing with insurers" in chip(card, ConsentPurpose.SHARE_INSURER)
    assert "explicit agreement" in card.consent_line.chips[ConsentPurpose.SHARE_MAKER].toolTip()
    assert "service contract" in card.consent_line.chips[
        ConsentPurpose.SERVICE_REMINDERS].toolTip()
    assert card.consent_line.button.isEnabled()
    customers_view.open_customer(li)
    assert "✗ Marketing" in chip(card, ConsentPurpose.MARKETING)
    card.new_customer()
    assert chip(card, ConsentPurpose.MARKETING) == ""
    assert not card.consent_line.button.isEnabled()


def test_the_dialog_grants_and_withdraws_and_lists_the_history(qtbot, sync_ops, customers_view,
                                                               book_services, book):
    _path, zhang, _li = book
    customers_view.open_customer(zhang)
    card = customers_view.card
    dialog = ConsentDialog(book_services.consents, zhang, "张三", parent=card)
    qtbot.addWidget(dialog)
    assert dialog.history.rowCount() == 1
    assert dialog.history.item(0, 0).text() == "2026-03-01"
    assert dialog.history.item(0, 2).text() == "Granted"
    assert dialog.history.item(0, 5).text() == "交车时同意"
    # withdraw marketing (the decision offered for a granted purpose)
    select_data(dialog.purpose, ConsentPurpose.MARKETING)
    assert dialog.decision.currentData() is False
    dialog.day.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    select_data(dialog.channel, ConsentChannel.PHONE)
    type_text(qtbot, dialog.note, "客户来电要求停止")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.recorded
    assert dialog.history.rowCount() == 2
    assert [dialog.history.item(0, c).text() for c in range(6)] == [
        TODAY.isoformat(), "Marketing", "Withdrawn", "By phone", "", "客户来电要求停止"]
    # grant sharing with the maker
    select_data(dialog.purpose, ConsentPurpose.SHARE_MAKER)
    assert dialog.decision.currentData() is True
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.history.rowCount() == 3
    assert book_services.consents.now(zhang)[ConsentPurpose.SHARE_MAKER].granted
    assert book_services.customers.get(zhang).marketing_consent is False
    # the card, told, shows it
    card.consent_line.show_customer(zhang)
    card.reload()
    assert "✗ Marketing withdrawn" in chip(card, ConsentPurpose.MARKETING)
    assert "✓ Sharing with the maker" in chip(card, ConsentPurpose.SHARE_MAKER)
    assert "No marketing" in card.flags.text()


def test_the_consents_button_opens_the_dialog_and_the_card_follows(qtbot, sync_ops, customers_view,
                                                                   book, monkeypatch):
    _path, _zhang, li = book
    customers_view.open_customer(li)
    card = customers_view.card

    def grant(dialog):
        select_data(dialog.purpose, ConsentPurpose.MARKETING)
        select_data(dialog.channel, ConsentChannel.PAPER)
        dialog.record()
        return QDialogCode.Accepted

    QDialogCode = ConsentDialog.DialogCode
    monkeypatch.setattr(ConsentDialog, "exec", grant)
    qtbot.mouseClick(card.consent_line.button, Qt.MouseButton.LeftButton)
    assert "✓ Marketing" in chip(card, ConsentPurpose.MARKETING)
    assert "Signed form" in chip(card, ConsentPurpose.MARKETING)
    assert card.consent.isChecked()  # the card's fields read again: a save keeps it
    assert "No marketing" not in card.flags.text()


def test_campaign_and_marketing_export_say_how_many_were_left_out(
        qtbot, sync_ops, customers_view, book_services, book, tmp_path, monkeypatch):
    _path, zhang, _li = book
    view = customers_view
    out = tmp_path / "marketing.xlsx"
    monkeypatch.setattr(common, "save_path", lambda *a, **k: out)
    qtbot.mouseClick(view.marketing_export_button, Qt.MouseButton.LeftButton)
    names = [r[0] for r in load_workbook(out).active.iter_rows(min_row=2, values_only=True)]
    assert names == ["张三"]
    # (the English plural comes with the translations: "1 customer" either way)
    assert "1 customer" in view.segment_status.text()
    assert "left out (no marketing consent)" in view.segment_status.text()

    calls = view.make_campaign(view.model.ids(), TODAY + timedelta(days=1), "春季保养")
    assert (calls.created, calls.no_consent) == (1, 1)
    assert "1 call put on the call sheets" in view.segment_status.text()
    assert "skipped: no marketing consent" in view.segment_status.text()
    dialog = CampaignDialog(2, view)
    qtbot.addWidget(dialog)
    assert "not agreed to marketing are skipped" in dialog.findChild(
        type(view.count_label)).text()
    assert {f.customer_id for f in book_services.followups.list(statuses=None)} == {zhang}


def test_the_reminders_list_says_how_many_it_left_out(qtbot, sync_ops, book_services, settings):
    from app.desk.settings import Preferences
    from app.ui.views.reminders_view import RemindersView

    soon = TODAY + timedelta(days=2)
    for name, phone in (("生日甲", "13700137001"), ("生日乙", "13700137002")):
        book_services.customers.create(CustomerInput(
            name=name, phone=phone, birth_month=soon.month, birth_day=soon.day))
    agreed = book_services.customers.create(CustomerInput(
        name="生日丙", phone="13700137003", birth_month=soon.month, birth_day=soon.day))
    book_services.consents.set(agreed.id, ConsentPurpose.MARKETING, True, TODAY)
    view = RemindersView(book_services, Preferences(settings))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.complete and not view.loading, timeout=10_000)
    assert [o.customer_name for o in view.occurrences()] == ["生日丙"]
    assert view.skipped_no_consent == 2
    assert "left out: no consent" in view.summary.text()
    assert "marketing" in view.summary.toolTip()
