"""CustomerService.search_ids: the five kinds of query, archived customers, sorting."""

from datetime import datetime

import pytest

from app.domain.enums import CustomerSort, CustomerSource
from app.domain.records import CustomerInput, InteractionInput, VehicleInput
from app.services.admin.book import open_book

ZHANG_VIN = "LSVAU218XN2183294"


def populate(services) -> dict[str, int]:
    """A small book: four customers, two vehicles, two advisors, some contacts."""
    alice = services.staff.add("Alice")
    bob = services.staff.add("Bob")
    c = services.customers

    zhang = c.create(
        CustomerInput(
            name="张三",
            phone="138 0013 8000",
            wechat="sanzhang_wx",
            source=CustomerSource.SHOWROOM,
            advisor_id=bob.id,
        )
    )
    li = c.create(
        CustomerInput(
            name="李四", phone="139 5566 7788", source=CustomerSource.WEBSITE, advisor_id=alice.id
        )
    )
    ouyang = c.create(
        CustomerInput(name="欧阳娜娜", phone="010-6552 9988", source=CustomerSource.REFERRAL)
    )
    apple = c.create(CustomerInput(name="Apple Inc.", phone="137 1111 2222"))
    services.vehicles.add(
        zhang.id, VehicleInput(make="BYD", model="汉", plate="京A12345", vin=ZHANG_VIN)
    )
    services.vehicles.add(li.id, VehicleInput(make="NIO", model="ET5", plate="粤B12345D"))
    services.timeline.log(
        InteractionInput(customer_id=li.id, summary="试驾", occurred_at=datetime(2024, 5, 3))
    )
    services.timeline.log(
        InteractionInput(customer_id=zhang.id, summary="来电", occurred_at=datetime(2024, 5, 1))
    )
    return {"zhang": zhang.id, "li": li.id, "ouyang": ouyang.id, "apple": apple.id}


@pytest.fixture(scope="module")
def shared_book(tmp_path_factory):
    """One populated book for the tests that only search (none of them writes)."""
    services = open_book(tmp_path_factory.mktemp("search") / "book.db")
    ids = populate(services)
    yield services, ids
    services.close()


@pytest.fixture
def book(shared_book):
    return shared_book[0]


@pytest.fixture
def people(shared_book):
    return shared_book[1]


@pytest.fixture
def fresh(services):
    """A populated book of the test's own, for tests that archive or edit."""
    return services, populate(services)


def found(services, query, **kwargs):
    return set(services.customers.search_ids(query, **kwargs))


def test_empty_query_lists_every_active_customer(book, people):
    assert found(book, "") == set(people.values())


# ------------------------------------------------------------ name
def test_chinese_name_finds_the_customer(book, people):
    assert found(book, "张三") == {people["zhang"]}


def test_first_character_of_the_name_finds_the_customer(book, people):
    assert found(book, "张") == {people["zhang"]}


def test_three_characters_from_the_middle_of_a_name_find_the_customer(book, people):
    assert found(book, "阳娜娜") == {people["ouyang"]}


def test_latin_company_name_is_found_case_insensitively(book, people):
    assert found(book, "APPLE") == {people["apple"]}
    assert found(book, "ap") == {people["apple"]}


# ------------------------------------------------------------ pinyin
def test_pinyin_initials_find_the_customer(book, people):
    assert found(book, "zs") == {people["zhang"]}
    assert found(book, "ZS") == {people["zhang"]}


def test_initials_of_a_compound_surname_find_the_customer(book, people):
    assert found(book, "oynn") == {people["ouyang"]}


def test_full_pinyin_finds_the_customer(book, people):
    assert found(book, "zhangsan") == {people["zhang"]}
    assert found(book, "zhang san") == {people["zhang"]}


def test_pinyin_of_the_surname_alone_finds_the_customer(book, people):
    assert found(book, "ouyang") == {people["ouyang"]}


# ------------------------------------------------------------ phone
def test_four_phone_digits_find_the_customer(book, people):
    assert found(book, "7788") == {people["li"]}


def test_phone_typed_with_punctuation_finds_the_customer(book, people):
    assert found(book, "138-0013-8000") == {people["zhang"]}
    assert found(book, "138 0013") == {people["zhang"]}


def test_landline_digits_find_the_customer(book, people):
    assert found(book, "6552 9988") == {people["ouyang"]}


# ------------------------------------------------------------ plate
@pytest.mark.parametrize("query", ["京A·12345", "京A12345", "京a123", "a1234", "A·1234"])
def test_plate_fragment_finds_the_owner_with_or_without_middle_dot(book, people, query):
    assert found(book, query) == {people["zhang"]}


def test_new_energy_plate_fragment_finds_the_owner(book, people):
    assert found(book, "12345D") == {people["li"]}


def test_plate_digits_shared_by_two_plates_find_both_owners(book, people):
    assert found(book, "12345") == {people["zhang"], people["li"]}


# ------------------------------------------------------------ VIN
@pytest.mark.parametrize("query", [ZHANG_VIN, "2183294", "lsvau218x", "N218-3294"])
def test_vin_fragment_finds_the_owner(book, people, query):
    assert found(book, query) == {people["zhang"]}


# ------------------------------------------------------------ other keys and misses
def test_wechat_id_finds_the_customer(book, people):
    assert found(book, "sanzhang") == {people["zhang"]}


def test_query_matching_nothing_finds_nobody(book, people):
    assert found(book, "不存在的人") == set()
    assert found(book, "99999999") == set()


def test_query_with_fts_syntax_characters_is_searched_literally(book, people):
    assert found(book, 'zh"ang OR *') == set()
    assert found(book, "NEAR(a b)") == set()


# ------------------------------------------------------------ archived
def test_archived_customer_is_hidden_unless_archived_are_included(fresh):
    services, people = fresh
    services.customers.archive(people["zhang"])
    assert found(services, "zhangsan") == set()
    assert found(services, "京A12345") == set()
    assert people["zhang"] not in found(services, "")
    assert found(services, "zhangsan", include_archived=True) == {people["zhang"]}
    assert people["zhang"] in found(services, "", include_archived=True)


def test_restored_customer_is_found_again(fresh):
    services, people = fresh
    services.customers.archive(people["zhang"])
    services.customers.restore(people["zhang"])
    assert found(services, "zs") == {people["zhang"]}


def test_edited_name_is_found_by_its_new_pinyin_only(fresh):
    services, people = fresh
    record = services.customers.get(people["zhang"])
    services.customers.update(
        record.id, CustomerInput(name="王五", phone="138 0013 8000"), record.version
    )
    assert found(services, "zhangsan") == set()
    assert found(services, "zs") == set()
    assert found(services, "wangwu") == {people["zhang"]}
    assert found(services, "ww") == {people["zhang"]}


# ------------------------------------------------------------ sorting
def ids(services, **kwargs):
    return services.customers.search_ids("", **kwargs)


def test_default_order_is_by_pinyin_of_the_name(book, people):
    # appleinc, lisi, ouyangnana, zhangsan
    expected = [people[k] for k in ("apple", "li", "ouyang", "zhang")]
    assert ids(book) == expected
    assert ids(book, descending=True) == expected[::-1]


def test_sort_by_phone_digits(book, people):
    # 1065529988, 13711112222, 13800138000, 13955667788
    expected = [people[k] for k in ("ouyang", "apple", "zhang", "li")]
    assert ids(book, sort=CustomerSort.PHONE) == expected


def test_sort_by_advisor_name_puts_customers_without_advisor_first(book, people):
    order = ids(book, sort=CustomerSort.ADVISOR)
    assert set(order[:2]) == {people["ouyang"], people["apple"]}
    assert order[2:] == [people["li"], people["zhang"]]  # Alice, Bob


def test_sort_by_source(book, people):
    # "" (apple), referral, showroom, website
    expected = [people[k] for k in ("apple", "ouyang", "zhang", "li")]
    assert ids(book, sort=CustomerSort.SOURCE) == expected


def test_sort_by_last_contact_newest_first(book, people):
    order = ids(book, sort=CustomerSort.LAST_CONTACT, descending=True)
    assert order[:2] == [people["li"], people["zhang"]]


def test_sort_by_created_follows_creation_order(book, people):
    expected = [people[k] for k in ("zhang", "li", "ouyang", "apple")]
    assert ids(book, sort=CustomerSort.CREATED) == expected
    assert ids(book, sort=CustomerSort.CREATED, descending=True) == expected[::-1]


def test_sort_applies_to_search_results(book, people):
    assert book.customers.search_ids(
        "12345", sort=CustomerSort.NAME
    ) == [people["li"], people["zhang"]]
