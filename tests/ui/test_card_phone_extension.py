"""The card keeps a phone's extension: typed as people write it, saved, shown after the
language's word (转, ext.), and saved again unchanged; a full-width number typed on the card
is read."""

import pytest
from PySide6.QtCore import Qt

from app.domain.records import CustomerInput
from app.services.admin.book import open_book
from app.ui.widgets.customer_card import CustomerCardWidget
from tests.ui.conftest import type_text


@pytest.fixture
def book(pristine_copy):
    services = open_book(pristine_copy)
    li = services.customers.create(CustomerInput(name="李四", phone="13912345678"))
    yield services, li.id
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


def _save_phone(qtbot, card, customer_id, typed: str) -> None:
    card.show_customer(customer_id)
    card.phone.clear()
    type_text(qtbot, card.phone, typed)
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert not card.is_dirty()


@pytest.mark.parametrize("typed", ["010-6552 9988 转 8001", "010-65529988-8001", "(010) 6552 9988 ext 8001"])
def test_an_extension_typed_on_the_card_is_kept_and_shown_after_zhuan(qtbot, card, book, typed):
    services, li = book
    _save_phone(qtbot, card, li, typed)
    assert services.customers.get(li).phone == "+861065529988x8001"
    assert card.phone.text() == "010 6552 9988 转 8001"  # (no interface language set up)
    # saving the card as shown keeps the number and its extension
    assert card.save()
    assert services.customers.get(li).phone == "+861065529988x8001"
    assert services.customers.search_ids("010 6552 9988 转 8001") == [li]


def test_a_full_width_number_typed_on_the_card_is_read(qtbot, card, book):
    services, li = book
    _save_phone(qtbot, card, li, "１３８ ００１３ ８０００")
    assert services.customers.get(li).phone == "+8613800138000"
    assert card.phone.text() == "138 0013 8000"


@pytest.mark.parametrize("language, shown", [("en", "010 6552 9988 ext. 8001"),
                                              ("zh_CN", "010 6552 9988 转 8001")])
def test_the_word_before_an_extension_is_the_interface_languages(qapp, qtbot, card, book,
                                                                  language, shown):
    from app.render.language import setup_language

    services, li = book
    try:
        setup_language(qapp, language)
        _save_phone(qtbot, card, li, "010-6552 9988 转 8001")
        card.show_customer(li)
        assert card.phone.text() == shown
        assert services.customers.rows([li])[0].phone == shown  # the list's column too
        assert services.customers.search_ids(shown) == [li]  # and it can be searched as shown
    finally:
        setup_language(qapp, "en")
