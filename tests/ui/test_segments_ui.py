"""Segments on the customers view, the call sheet fed from a segment, and the card's value
line, driven through the real customers view (built alone, as the window builds it) over a
hand-built book."""

from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app.domain.enums import ConsentPurpose, FollowUpReason, PurchaseType, VisitType
from app.domain.records import CustomerInput, VehicleInput
from app.domain.visit_records import VisitInput
from app.services.admin.book import open_book
from app.ui.dialogs.campaign_dialog import CampaignDialog
from app.ui.widgets import common

TODAY = date.today()


@pytest.fixture
def segment_book(tmp_path):
    """王总: top tier key account with two premium cars and recent visits; 李四: a loyal
    customer of small value; 赵六: bought one car long ago (lost); 孙八: nothing."""
    path = tmp_path / "segments.db"
    s = open_book(path)
    advisor = s.staff.add("王芳")
    wang = s.customers.create(CustomerInput(name="王总", key_account=True, advisor_id=advisor.id,
                                            tags=("车队",)))
    for model, price in (("X5", 600_000), ("X3", 400_000)):
        car = s.vehicles.add(wang.id, VehicleInput(
            make="宝马", model=model, price_yuan=price, purchase_type=PurchaseType.NEW_HERE,
            purchase_date=TODAY - timedelta(days=400)))
        for months in (2, 5):
            s.visits.add(VisitInput(car.id, TODAY - timedelta(days=30 * months),
                                    VisitType.MAINTENANCE, total_fen=200_000), today=TODAY)
    li = s.customers.create(CustomerInput(name="李四"))
    golf = s.vehicles.add(li.id, VehicleInput(make="大众", model="高尔夫",
                                              purchase_type=PurchaseType.ELSEWHERE))
    for days, kind in ((20, VisitType.MAINTENANCE), (200, VisitType.WASH), (380, VisitType.REPAIR),
                       (560, VisitType.MAINTENANCE), (740, VisitType.WASH)):
        s.visits.add(VisitInput(golf.id, TODAY - timedelta(days=days), kind, total_fen=30_000),
                     today=TODAY)
    zhao = s.customers.create(CustomerInput(name="赵六"))
    old = s.vehicles.add(zhao.id, VehicleInput(make="丰田", model="凯美瑞", price_yuan=150_000,
                                               purchase_date=TODAY - timedelta(days=900)))
    s.visits.add(VisitInput(old.id, TODAY - timedelta(days=500), VisitType.MAINTENANCE,
                            total_fen=40_000), today=TODAY)
    sun = s.customers.create(CustomerInput(name="孙八"))
    for agreed in (wang, li):  # to marketing: campaign calls are for them only
        s.consents.set(agreed.id, ConsentPurpose.MARKETING, True, TODAY)
    ids = {"wang": wang.id, "li": li.id, "zhao": zhao.id, "sun": sun.id, "advisor": advisor.id}
    s.close()
    return path, ids


@pytest.fixture
def book_path(segment_book):
    """The customers view (conftest's `customers_view`) over the segments' book."""
    return segment_book[0]


@pytest.fixture
def win(customers_view, book_services, segment_book):
    """The customers view, its book's services and the customers' ids."""
    return customers_view, book_services, segment_book[1]


def listed(view) -> set[int]:
    return set(view.model.ids())


def settle(qtbot, view) -> None:
    qtbot.waitUntil(lambda: not view.segment_pending(), timeout=10_000)


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_segment_filters_narrow_the_list_and_combine(qtbot, win, sync_ops):
    view, services, ids = win
    assert listed(view) == {ids["wang"], ids["li"], ids["zhao"], ids["sun"]}
    qtbot.mouseClick(view.segments_button, Qt.MouseButton.LeftButton)
    assert view.segment_bar.isVisible()
    bar = view.segment_bar
    choose(bar.tier, "top")
    assert not view.segment_pending()  # worked out at once by the synchronous runner
    assert listed(view) == {ids["wang"]}
    assert view.count_label.text() == "1 customer"
    choose(bar.tier, "middle")  # 李四: loyal (5 visits, 3 kinds) but small; 赵六 neither
    assert not view.segment_pending()  # worked out at once by the synchronous runner
    assert listed(view) == {ids["li"]}
    choose(bar.tier, None)
    choose(bar.lapse, "lost")
    assert not view.segment_pending()  # worked out at once by the synchronous runner
    assert listed(view) == {ids["zhao"]}
    choose(bar.lapse, "never")
    assert not view.segment_pending()  # worked out at once by the synchronous runner
    assert listed(view) == {ids["sun"]}
    choose(bar.lapse, None)
    choose(bar.group, True)
    assert not view.segment_pending()  # worked out at once by the synchronous runner
    assert listed(view) == {ids["wang"]}
    choose(bar.group, False)
    choose(bar.premium, False)
    assert not view.segment_pending()  # worked out at once by the synchronous runner
    assert listed(view) == {ids["li"], ids["zhao"], ids["sun"]}
    choose(bar.tag, "车队")  # only 王总 carries it, and he is premium: nobody left
    assert not view.segment_pending()  # worked out at once by the synchronous runner
    assert listed(view) == set()
    bar.clear()
    assert not view.segment_pending()  # worked out at once by the synchronous runner
    bar.key_account.setCurrentIndex(bar.key_account.findData(True))
    bar.r_min.setValue(5)
    assert not view.segment_pending()  # worked out at once by the synchronous runner
    assert listed(view) <= {ids["wang"]}
    # the search still narrows a segment, and hiding the bar lists everyone again
    bar.clear()
    choose(bar.repeat, True)
    assert not view.segment_pending()  # worked out at once by the synchronous runner
    assert listed(view) == {ids["wang"]}
    qtbot.mouseClick(view.segments_button, Qt.MouseButton.LeftButton)
    assert not view.segment_pending()  # worked out at once by the synchronous runner
    assert len(listed(view)) == 4


def test_a_filtered_list_exports_and_goes_on_the_call_sheet(qtbot, sync_ops, win, tmp_path, monkeypatch):
    view, services, ids = win
    view.segments_button.setChecked(True)
    choose(view.segment_bar.tier, "top+middle")
    settle(qtbot, view)
    assert listed(view) == {ids["wang"], ids["li"]}
    out = tmp_path / "segment.xlsx"
    monkeypatch.setattr(common, "save_path", lambda *a, **k: out)
    view.export()
    sheet = load_workbook(out).active
    names = {row[0] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert names == {"王总", "李四"}

    def accept(dialog):
        dialog.note.setText("感谢回访")
        return CampaignDialog.DialogCode.Accepted

    monkeypatch.setattr(CampaignDialog, "exec", accept)
    assert view.call_button.isVisible()
    qtbot.mouseClick(view.call_button, Qt.MouseButton.LeftButton)
    assert "2 calls" in view.segment_status.text()
    calls = services.followups.list(ids=None)
    campaign = {f.customer_id: f for f in calls if f.reason == FollowUpReason.CAMPAIGN}
    assert set(campaign) == {ids["wang"], ids["li"]}
    assert campaign[ids["wang"]].advisor_id == ids["advisor"]
    assert campaign[ids["li"]].notes == "感谢回访"
    sheet = services.callsheet.for_day(TODAY, advisor_id=ids["advisor"])
    assert [line.customer_id for line in sheet.lines] == [ids["wang"]]
    # again: both already have one open
    qtbot.mouseClick(view.call_button, Qt.MouseButton.LeftButton)
    assert "2 customers already had one open" in view.segment_status.text()


def test_the_card_shows_tier_rfm_and_value_in_words(qtbot, win, sync_ops):
    view, services, ids = win
    view.open_customer(ids["wang"])
    line = view.card.value_line
    assert line.value is not None
    assert line.value.customer_id == ids["wang"]
    text = line.text()
    assert "Top tier" in text and "¥1,008,000" in text  # two cars + four visits of ¥2,000
    assert f"RFM {line.value.r}-{line.value.f}-{line.value.m}" in text
    assert "high value and high loyalty" in text
    assert "Loyalty" in line.toolTip() and "referral" in line.toolTip()
    view.open_customer(ids["sun"])
    assert line.value is not None and line.value.customer_id == ids["sun"]
    assert "Small tier" in line.text() and "never visited or bought here" in line.toolTip()
    view.new_customer()
    assert line.text() == ""
