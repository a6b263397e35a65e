"""Who already has a number (issue 11, stumble 1): found however the number is typed."""

import pytest

from app.domain.records import CustomerInput


@pytest.fixture
def book(services):
    advisor = services.staff.add("王芳")
    zhang = services.customers.create(
        CustomerInput(name="张三", phone="13800138000", advisor_id=advisor.id))
    li = services.customers.create(
        CustomerInput(name="李四", phone="13912345678", phone_alt="+86 138 0013 8000"))
    services.customers.create(CustomerInput(name="王五", phone="13700001111"))
    return services, zhang.id, li.id


@pytest.mark.parametrize("typed", ["13800138000", "138 0013 8000", "+86 138-0013-8000",
                                   "008613800138000", "+8613800138000"])
def test_a_mobile_is_found_however_it_is_typed(book, typed):
    services, zhang, li = book
    found = services.customers.customers_with_phone([typed])
    assert [r.id for r in found] == [zhang, li]  # 李四 has it as the other phone
    assert found[0].name == "张三" and found[0].advisor_name == "王芳"
    assert found[0].phone == "138 0013 8000"


def test_the_customer_being_edited_is_not_their_own_duplicate(book):
    services, zhang, li = book
    assert [r.id for r in services.customers.customers_with_phone(["13800138000"], zhang)] == [li]


def test_archived_customers_are_found_and_marked(book):
    services, zhang, _li = book
    services.customers.archive(zhang)
    found = services.customers.customers_with_phone(["13800138000"])
    assert [r.archived for r in found] == [True, False]


def test_new_numbers_and_unusable_text_find_nobody(book):
    services, *_ = book
    assert services.customers.customers_with_phone(["13600000000", "", "abc", "12"]) == []
    assert services.customers.customers_with_phone([]) == []


def test_a_landline_is_compared_whole_not_by_its_last_digits(book):
    services, *_ = book
    office = services.customers.create(CustomerInput(name="北京公司", phone="010 6552 9988"))
    assert [r.id for r in services.customers.customers_with_phone(["(010) 65529988"])] == [office.id]
    assert services.customers.customers_with_phone(["021 6552 9988"]) == []
