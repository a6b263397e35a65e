"""Real searches on a book file: surnames found by both readings, phone numbers found as
the card shows them and as people type them, extensions kept, VIN and plate forms."""

import pytest

from app.domain.enums import CustomerKind, CustomerSort
from app.domain.records import CustomerInput, VehicleInput
from app.services.admin.book import open_book

PEOPLE = {
    "zeng": CustomerInput(name="曾小贤", phone="010 6552 9988"),
    "zengli": CustomerInput(name="曾黎", phone="139 1111 2222"),
    "shan": CustomerInput(name="单田芳", phone="+852 9123 4567"),
    "yuchi": CustomerInput(name="尉迟恭", phone="+853 6612 3456"),
    "zhai": CustomerInput(name="翟志刚", phone="+886 933 246 810"),
    "zhang": CustomerInput(name="张三", phone="１３８ ００１３ ８０００"),
    "desk": CustomerInput(name="李四", phone="0755-8601 3388 转 8001"),
    "jiefang": CustomerInput(name="解放汽车", kind=CustomerKind.COMPANY, phone="400 810 8888"),
}


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    services = open_book(tmp_path_factory.mktemp("readings") / "book.db")
    ids = {key: services.customers.create(data).id for key, data in PEOPLE.items()}
    services.vehicles.add(
        ids["shan"], VehicleInput(make="BYD", model="汉", plate="京Ａ１２３４５",
                                  vin="ＬＳＶＡＵ２１８ＸＮ２１８３２９４")
    )
    yield services, ids
    services.close()


def found(book, query):
    services, ids = book
    by_id = {v: k for k, v in ids.items()}
    return {by_id[i] for i in services.customers.search_ids(query)}


# ------------------------------------------------------------ surnames
@pytest.mark.parametrize(
    "query", ["zxx", "zengxiaoxian", "zeng xiao xian", "cxx", "cengxiaoxian", "ZXX", "ｚｘｘ"]
)
def test_zeng_xiaoxian_is_found_by_both_readings_of_the_surname(book, query):
    assert found(book, query) == {"zeng"}


@pytest.mark.parametrize("query", ["shantianfang", "stf", "dantianfang", "dtf"])
def test_shan_tianfang_is_found_by_both_readings_of_the_surname(book, query):
    assert found(book, query) == {"shan"}


@pytest.mark.parametrize("query", ["yuchigong", "ycg", "weichigong"])
def test_a_compound_surname_is_found_by_its_surname_reading(book, query):
    assert found(book, query) == {"yuchi"}


def test_two_letters_find_a_two_character_name_by_either_reading(book):
    assert found(book, "zl") == {"zengli"}
    assert found(book, "cl") == {"zengli"}  # 曾 read ceng, as a dictionary reads it


def test_two_letters_starting_a_further_reading_find_the_customer(book):
    assert found(book, "cx") == {"zeng"}
    assert found(book, "zx") == {"zeng"}
    assert found(book, "dt") == {"shan"}


def test_a_surname_read_as_a_surname_sorts_under_that_reading(book):
    services, ids = book
    order = services.customers.search_ids("", sort=CustomerSort.NAME)
    # zengli, zengxiaoxian, zhaizhigang, zhangsan: 曾 among the z, not the c
    assert order[-4:] == [ids["zengli"], ids["zeng"], ids["zhai"], ids["zhang"]]


def test_a_company_name_is_not_read_as_a_surname(book):
    assert found(book, "jiefang") == {"jiefang"}
    assert found(book, "xiefang") == set()


# ------------------------------------------------------------ phones
@pytest.mark.parametrize(
    "query",
    ["010 6552 9988", "01065529988", "010-6552 9988", "010", "010 6552", "+86 10 6552 9988",
     "0086 10 6552 9988", "86 10 6552 9988", "6552 9988", "０１０ ６５５２ ９９８８",
     "010.6552.9988"],
)
def test_a_beijing_landline_is_found_as_the_card_shows_it_and_by_its_area_code(book, query):
    assert found(book, query) == {"zeng"}


@pytest.mark.parametrize(
    "query", ["138 0013 8000", "+86 138 0013 8000", "0086 138 0013 8000", "86 138 0013 8000",
              "+8613800138000", "１３８ ００１３ ８０００", "138.0013.8000"],
)
def test_a_mobile_is_found_typed_with_the_country_code_full_width_or_dots(book, query):
    assert found(book, query) == {"zhang"}


@pytest.mark.parametrize(
    ("query", "who"),
    [("+852 9123 4567", "shan"), ("9123 4567", "shan"), ("00852 9123 4567", "shan"),
     ("+853 6612 3456", "yuchi"), ("6612 3456", "yuchi"),
     ("+886 933 246 810", "zhai"), ("0933 246 810", "zhai")],
)
def test_hong_kong_macau_and_taiwan_numbers_are_found_as_shown_and_as_dialled_there(
    book, query, who
):
    assert found(book, query) == {who}


def test_hong_kong_macau_and_taiwan_numbers_are_shown_in_international_form(book):
    services, ids = book
    rows = {r.id: r.phone for r in services.customers.rows(list(ids.values()))}
    assert rows[ids["shan"]] == "+852 9123 4567"
    assert rows[ids["yuchi"]] == "+853 6612 3456"
    assert rows[ids["zhai"]] == "+886 933 246 810"


def test_an_extension_is_stored_shown_after_zhuan_and_found(book):
    services, ids = book
    record = services.customers.get(ids["desk"])
    assert record.phone == "+8675586013388x8001"
    assert services.customers.rows([ids["desk"]])[0].phone == "0755 8601 3388 转 8001"
    for query in ("0755 8601 3388", "0755-8601 3388 转 8001", "0755 8601 3388-8001", "0755"):
        assert found(book, query) == {"desk"}, query


def test_an_edit_keeps_the_extension(book):
    services, ids = book
    record = services.customers.get(ids["desk"])
    again = services.customers.update(
        record.id, CustomerInput(name="李四", phone="0755 8601 3388 分机 8002"), record.version
    )
    assert again.phone == "+8675586013388x8002"
    assert found(book, "0755 8601 3388 转 8002") == {"desk"}
    assert found(book, "0755 8601 3388 转 8001") == set()


def test_a_toll_free_number_is_found_as_shown(book):
    assert found(book, "400 810 8888") == {"jiefang"}


# ------------------------------------------------------------ VIN and plate
def test_a_vin_and_plate_typed_full_width_are_stored_normalised_and_found(book):
    services, ids = book
    card = services.customers.card(ids["shan"])
    vehicle = card.vehicles[0]
    assert (vehicle.plate, vehicle.vin) == ("京A·12345", "LSVAU218XN2183294")
    assert found(book, "京Ａ１２３４５") == {"shan"}
    assert found(book, "ＬＳＶＡＵ２１８") == {"shan"}
