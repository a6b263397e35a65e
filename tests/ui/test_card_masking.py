"""A card of another advisor's customer shows its numbers and address masked to an advisor
(read-only); one click shows them in full, and that reveal is in the audit log; a masked
card saved as shown keeps the stored numbers."""

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.db.models import AuditEntry
from app.domain.enums import StaffRole
from app.domain.records import CustomerInput
from app.services.admin.book import open_book
from app.services.permissions import actor_for
from app.ui.widgets.customer_card import CustomerCardWidget


@pytest.fixture
def book(pristine_copy):
    services = open_book(pristine_copy)
    me = services.staff.add("王芳", StaffRole.ADVISOR)
    other = services.staff.add("李静", StaffRole.ADVISOR)
    theirs = services.customers.create(CustomerInput(
        name="李四", phone="13912345678", address="北京市朝阳区建国路88号", advisor_id=other.id))
    mine = services.customers.create(CustomerInput(name="张三", phone="13800138000",
                                                   advisor_id=me.id))
    with services.book.reading() as session:
        services.act_as(actor_for(session, me.id, me.name, "advisor"))
    yield services, theirs.id, mine.id
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


def test_another_advisors_customer_is_masked_until_revealed(qtbot, card, book):
    services, theirs, mine = book
    card.show_customer(theirs)
    assert card.phone.text() == "139****5678"
    assert card.address.text().endswith("****") and "88号" not in card.address.text()
    assert card.phone.isReadOnly() and card.reveal_action.isVisible()
    card.reveal_action.trigger()
    assert card.phone.text() == "139 1234 5678"
    assert card.address.text() == "北京市朝阳区建国路88号"
    assert not card.phone.isReadOnly() and not card.reveal_action.isVisible()
    with services.book.reading() as session:
        reveals = session.scalars(select(AuditEntry.record_id)
                                  .where(AuditEntry.action == "reveal")).all()
    assert reveals == [theirs]

    card.show_customer(mine)  # one's own customer: in full, nothing to reveal
    assert card.phone.text() == "138 0013 8000" and not card.reveal_action.isVisible()


def test_a_masked_card_is_refused_for_an_advisor_but_kept_intact(qtbot, card, book,
                                                                 monkeypatch):
    services, theirs, _ = book
    said = []
    monkeypatch.setattr("app.ui.messages.show_error",
                        lambda parent, title, text, detail="": said.append(text))
    card.show_customer(theirs)
    card.notes.setPlainText("改一改")
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)  # not theirs to change
    assert len(said) == 1 and "only these roles may: Service manager, Sales manager, Owner" in said[0]
    services.act_as(services.book.actor.__class__(None, "desk"))
    stored = services.customers.get(theirs)
    assert stored.phone == "+8613912345678" and stored.notes == ""
