"""Surnames are indexed as surnames are read, checked against two published surname tables
that are not ours (tests/domain/surname_references.py says where each comes from)."""

import unicodedata

import pytest
from pypinyin import Style, pinyin

from app.domain.search import name_keys, name_readings, pinyin_of, search_keys
from tests.domain.surname_references import OVERTRUE, PINYIN_PRO

GIVEN = "小明"  # a given name with no reading in doubt: xiao ming


def toneless(reading: str) -> list[str]:
    """'lǘ qiū' -> ['lv', 'qiu']: the syllables as search keys write them (ü as v)."""
    decomposed = unicodedata.normalize("NFD", reading).replace("u\u0308", "v")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).split()


def expected(surname_reading: str) -> tuple[str, str]:
    syllables = toneless(surname_reading) + ["xiao", "ming"]
    return "".join(syllables), "".join(s[0] for s in syllables)


def has_several_readings(surname: str) -> bool:
    return any(len(set(r)) > 1 for r in pinyin(surname, style=Style.NORMAL, heteronym=True))


def test_the_references_hold_enough_surnames_with_several_readings():
    both = set(OVERTRUE) | set(PINYIN_PRO)
    assert sum(has_several_readings(s) for s in both) >= 60
    assert sum(has_several_readings(s) for s in OVERTRUE) >= 60


REFERENCE_READINGS = sorted(
    {(s, r) for table in (OVERTRUE, PINYIN_PRO) for s, r in table.items()}
)


@pytest.mark.parametrize(("surname", "reading"), REFERENCE_READINGS)
def test_every_published_surname_reading_is_a_reading_of_the_name(surname, reading):
    assert expected(reading) in name_readings(surname + GIVEN)


@pytest.mark.parametrize(("surname", "reading"), REFERENCE_READINGS)
def test_every_published_surname_reading_is_in_the_search_keys(surname, reading):
    full, initials = expected(reading)
    fields = search_keys(surname + GIVEN).strip("|").split("|")
    assert full in fields or "~" + full in fields
    assert initials in fields or "~" + initials in fields


AGREED = sorted(
    (s, r) for s, r in OVERTRUE.items()
    if s in PINYIN_PRO and toneless(PINYIN_PRO[s]) == toneless(r) and s != "单于"
)


@pytest.mark.parametrize(("surname", "reading"), AGREED)
def test_a_surname_both_references_read_alike_is_sorted_by_that_reading(surname, reading):
    assert pinyin_of(surname + GIVEN) == expected(reading)


def test_a_given_name_starting_with_yu_after_shan_is_read_shan_first():
    # 单于 is an old compound surname, but 单 with a given name 于… is far commoner today
    assert pinyin_of("单于飞") == ("shanyufei", "syf")
    assert ("chanyufei", "cyf") in name_readings("单于飞")


@pytest.mark.parametrize(
    ("name", "sorted_by", "also"),
    [
        ("曾小贤", ("zengxiaoxian", "zxx"), ("cengxiaoxian", "cxx")),
        ("单田芳", ("shantianfang", "stf"), ("dantianfang", "dtf")),
        ("区志强", ("ouzhiqiang", "ozq"), ("quzhiqiang", "qzq")),
        ("仇伟", ("qiuwei", "qw"), ("chouwei", "cw")),
        ("解晓东", ("xiexiaodong", "xxd"), ("jiexiaodong", "jxd")),
        ("查良镛", ("zhaliangyong", "zly"), ("chaliangyong", "cly")),
        ("乐嘉", ("yuejia", "yj"), ("lejia", "lj")),
        ("覃海洋", ("qinhaiyang", "qhy"), ("tanhaiyang", "thy")),
        ("翟志刚", ("zhaizhigang", "zzg"), ("dizhigang", "dzg")),
        ("召军", ("shaojun", "sj"), ("zhaojun", "zj")),
        ("秘书华", ("bishuhua", "bsh"), ("mishuhua", "msh")),
        ("缪海", ("miaohai", "mh"), ("mouhai", "mh")),
        ("朴树", ("piaoshu", "ps"), ("pushu", "ps")),
        ("盖丽丽", ("gelili", "gll"), ("gailili", "gll")),
        ("种师道", ("chongshidao", "csd"), ("zhongshidao", "zsd")),
        ("重小明", ("chongxiaoming", "cxm"), ("zhongxiaoming", "zxm")),
        ("尉迟恭", ("yuchigong", "ycg"), ("weichigong", "wcg")),
        ("万俟卨", ("moqixie", "mqx"), None),
        ("长孙无忌", ("zhangsunwuji", "zswj"), None),
    ],
)
def test_a_surname_is_read_as_a_surname_first_and_as_written_too(name, sorted_by, also):
    assert pinyin_of(name) == sorted_by
    if also:
        assert also in name_readings(name)


def test_a_company_name_is_read_as_written_not_as_a_surname():
    assert name_readings("解放汽车", person=False) == [("jiefangqiche", "jfqc")]
    assert pinyin_of("重庆长安", person=False) == ("chongqingchangan", "cqca")


def test_further_readings_are_marked_and_not_repeated():
    fields = name_keys("曾小贤", name_readings("曾小贤"))
    assert fields == ["曾小贤", "zengxiaoxian", "zxx", "~cengxiaoxian", "~cxx"]
    # 盖 ge / gai: the initials are the same and kept once
    assert name_keys("盖丽", name_readings("盖丽")) == ["盖丽", "geli", "gl", "~gaili"]
