"""Search keys: pinyin of names, the key string, how a query is read."""

import pytest

from app.domain.search import SEPARATOR, normalize_query, pinyin_of, search_keys


def test_pinyin_of_chinese_name_gives_full_pinyin_and_initials():
    assert pinyin_of("张三") == ("zhangsan", "zs")


def test_pinyin_of_compound_surname_gives_one_initial_per_character():
    assert pinyin_of("欧阳娜娜") == ("ouyangnana", "oynn")


def test_pinyin_ignores_surrounding_spaces():
    assert pinyin_of("  李四 ") == ("lisi", "ls")


def test_pinyin_of_latin_company_name_keeps_words_lower_case():
    assert pinyin_of("Apple Inc.") == ("appleinc", "ai")


def test_pinyin_of_mixed_chinese_and_latin_name_treats_latin_runs_as_words():
    assert pinyin_of("比亚迪 BYD Fleet") == ("biyadibydfleet", "bydbf")


def test_pinyin_of_empty_name_is_empty():
    assert pinyin_of("") == ("", "")
    assert pinyin_of("   ") == ("", "")


def test_a_landline_is_kept_with_its_trunk_0_whatever_its_area_code():
    # Beijing's area code 10 once made 010 numbers look like mobiles (kept as 1065529988)
    assert "|01065529988|" in search_keys("王五", phones=["+861065529988"])
    assert "|075586013388|" in search_keys("王五", phones=["+8675586013388"])


def test_search_keys_hold_name_pinyin_initials_phone_digits_plate_vin_and_extra():
    keys = search_keys(
        "张三",
        phones=["+8613800138000", ""],
        plates=["京A·12345"],
        vins=["LSVAU218XN2183294"],
        extra=["WX_zhang3 "],
    )
    assert keys == "|张三|zhangsan|zs|13800138000|京a12345|lsvau218xn2183294|wx_zhang3|"


def test_search_keys_start_and_end_with_separator_so_fields_never_run_together():
    keys = search_keys("Li", phones=["+8613800138000"])
    assert keys.startswith(SEPARATOR) and keys.endswith(SEPARATOR)
    assert "|li|" in keys and "|13800138000|" in keys


def test_separator_typed_inside_a_value_cannot_split_fields():
    assert search_keys("A|B") == "|a b|ab|ab|"


def test_plate_is_kept_without_its_middle_dot_in_search_keys():
    assert "|粤b12345d|" in search_keys("王五", plates=["粤B·12345D"])


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ("ZS", "zs"),
        (" 张 三 ", "张三"),
        ("京A·12345", "京a12345"),
        ("京A 123", "京a123"),
        ("138-0013-8000", "13800138000"),
        ("(138) 0013 8000", "13800138000"),
        ("LSVAU-218X", "lsvau218x"),
        ("a|b", "ab"),
        ("", ""),
        ("ＺＳ", "zs"),
        ("京Ａ１２３", "京a123"),
        ("138.0013.8000", "13800138000"),
        ("０１０ ６５５２", "0106552"),
        ("+86 138 0013 8000", "13800138000"),
        ("0086 10 6552 9988", "1065529988"),
        ("+852 9123 4567", "85291234567"),
        ("010 6552 9988 转 8001", "010655299888001"),
    ],
)
def test_query_is_lower_case_without_spaces_and_plate_or_phone_punctuation(typed, query):
    assert normalize_query(typed) == query
