"""The card keeps an advisor who has left (inactive), and a save changes only what was touched."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text, update

from app.db.models import Staff
from app.domain.enums import CalendarKind, ConsentChannel, CustomerKind, CustomerSource, Gender
from app.domain.records import CustomerInput
from app.services.admin.book import open_book
from app.ui.widgets.customer_card import CustomerCardWidget
from tests.ui.conftest import type_text

# Stamps the book moves on every save; everything else must come back as it was.
SAVE_STAMPS = {"version", "updated_at"}


@pytest.fixture
def book(pristine_copy):
    """王芳 (advisor of 张三, then made inactive) and 李明 (active); 张三 has every field filled."""
    services = open_book(pristine_copy)
    wang = services.staff.add("王芳")
    li = services.staff.add("李明")
    friend = services.customers.create(CustomerInput(name="李四", phone="13912345678"))
    zhang = services.customers.create(
        CustomerInput(
            name="张三",
            kind=CustomerKind.PERSON,
            phone="13800138000",
            phone_alt="13700001111",
            wechat="zhangsan_88",
            email="zhang@example.com",
            gender=Gender.MALE,
            birthday_calendar=CalendarKind.LUNAR,
            birth_year=1985,
            birth_month=4,
            birth_day=12,
            occupation="工程师",
            employer="北京汽车",
            hobbies="钓鱼",
            family_notes="妻子王丽\n女儿上小学",
            address="北京市朝阳区建国路1号",
            source=CustomerSource.REFERRAL,
            referred_by_id=friend.id,
            advisor_id=wang.id,
            tags=("VIP", "车队"),
            notes="喜欢周末来店\n只接下午电话",
            marketing_consent=True,
            marketing_consent_date=date(2024, 3, 1),
            marketing_consent_channel=ConsentChannel.WECHAT,
            key_account=True,
        )
    )
    with services.book.writing() as session:
        session.execute(update(Staff).where(Staff.id == wang.id).values(active=False))
    yield services, zhang.id, wang.id, li.id
    services.close()


@pytest.fixture
def card(qtbot, book, sync_ops):
    services = book[0]
    widget = CustomerCardWidget()
    qtbot.addWidget(widget)
    widget.attach(services.customers, services.vehicles, services.timeline, services.staff,
                  services.household, services.visits, services.followups)
    widget.show()
    return widget


def _row(services, customer_id: int) -> dict:
    """The customer's stored row and tags, exactly as the book holds them."""
    with services.book.reading() as session:
        row = session.execute(
            text("SELECT * FROM customers WHERE id = :id"), {"id": customer_id}
        ).mappings().one()
        tags = sorted(session.execute(
            text("SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id"
                 " WHERE ct.customer_id = :id"), {"id": customer_id}
        ).scalars())
    return {**row, "tags": tags}


def _without_stamps(row: dict) -> dict:
    return {k: v for k, v in row.items() if k not in SAVE_STAMPS}


def test_card_shows_an_inactive_advisor_as_inactive(card, book):
    _services, zhang, wang, _li = book
    card.show_customer(zhang)
    assert card.advisor.currentData() == wang
    assert card.advisor.currentText() == "王芳 (inactive)"
    assert not card.is_dirty()


def test_saving_an_untouched_card_changes_nothing(card, book):
    services, zhang, wang, _li = book
    before = _row(services, zhang)
    card.show_customer(zhang)
    assert card.save()
    after = _row(services, zhang)
    assert after["advisor_id"] == wang
    assert _without_stamps(after) == _without_stamps(before)


def test_editing_another_field_keeps_the_inactive_advisor(qtbot, card, book):
    services, zhang, wang, _li = book
    before = _row(services, zhang)
    card.show_customer(zhang)
    card.occupation.clear()
    type_text(qtbot, card.occupation, "设计师")
    assert card.is_dirty()
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert not card.is_dirty()
    after = _row(services, zhang)
    assert after["advisor_id"] == wang
    assert after["occupation"] == "设计师"
    changed = {k for k in after if after[k] != before[k]}
    assert changed - SAVE_STAMPS == {"occupation"}
    # the reloaded card still shows the advisor, still as inactive
    assert card.advisor.currentData() == wang
    assert card.advisor.currentText() == "王芳 (inactive)"


def test_changing_the_advisor_to_an_active_one_is_saved(qtbot, card, book):
    services, zhang, _wang, li = book
    card.show_customer(zhang)
    card.advisor.setCurrentIndex(card.advisor.findData(li))
    assert card.is_dirty()
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert _row(services, zhang)["advisor_id"] == li
    assert card.advisor.currentText() == "李明"
    # once changed, the inactive advisor is no longer offered
    assert [card.advisor.itemText(i) for i in range(card.advisor.count())] == ["Nobody", "李明"]


def test_choosing_nobody_clears_the_inactive_advisor(qtbot, card, book):
    services, zhang, _wang, _li = book
    card.show_customer(zhang)
    card.advisor.setCurrentIndex(card.advisor.findData(None))
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert _row(services, zhang)["advisor_id"] is None


def test_a_customer_without_advisor_offers_only_active_staff(card, book):
    services, _zhang, _wang, _li = book
    other = services.customers.search_ids("李四")[0]
    card.show_customer(other)
    assert card.advisor.currentData() is None
    assert [card.advisor.itemText(i) for i in range(card.advisor.count())] == ["Nobody", "李明"]
