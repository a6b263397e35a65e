"""VINs against vininfo (an independent VIN library: its own check-digit computation and its
own table of which WMIs are Chinese), and plates typed the ways people type them."""

import random

import pytest
from vininfo import Vin
from vininfo.dicts.wmi import WMI

from app.domain.errors import ValidationError
from app.domain.validation import normalize_plate, normalize_vin, plate_key

VIN_ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
CHECK_CHARACTERS = "0123456789X"


def reference_accepts(vin: str) -> bool:
    return Vin(vin).verify_checksum(check_year=False)


def ours_accepts(vin: str) -> bool:
    try:
        return normalize_vin(vin) == vin
    except ValidationError as exc:
        assert exc.codes() == {"vin": "vin_check_digit"}
        return False


def chinese_wmis() -> list[str]:
    """The WMIs vininfo's table names a Chinese maker for, and for every second character a
    made-up L- and H- WMI, kept only where vininfo's country table says China."""
    rng = random.Random(16735)
    wmis = {w for w in WMI if len(w) == 3 and w[0] in "LH"}
    for first in "LH":
        for second in VIN_ALPHABET:
            wmis.add(first + second + rng.choice(VIN_ALPHABET))
    china = sorted(w for w in wmis if Vin(w + "A" * 14).country == "China")
    return china


CHINESE_WMIS = chinese_wmis()


def test_vininfo_places_both_l_and_h_wmis_in_china():
    assert any(w.startswith("L") for w in CHINESE_WMIS)
    assert sum(w.startswith("H") for w in CHINESE_WMIS) >= 30
    assert "LSV" in CHINESE_WMIS and "LRW" in CHINESE_WMIS  # SAIC VW, Tesla Shanghai


@pytest.mark.parametrize("wmi", CHINESE_WMIS)
def test_every_chinese_vin_must_carry_the_check_digit_vininfo_computes(wmi):
    rng = random.Random(wmi)
    for _ in range(5):
        # descriptor, check position, model year, plant, serial: real VINs' shape
        vds = "".join(rng.choice(VIN_ALPHABET) for _ in range(5))
        year = rng.choice("ABCDEFGHJKLMNPRSTVWXY123456789")
        plant = rng.choice(VIN_ALPHABET)
        serial = f"{rng.randrange(10**6):06d}"
        for check in CHECK_CHARACTERS:
            vin = wmi + vds + check + year + plant + serial
            assert ours_accepts(vin) == reference_accepts(vin), vin


@pytest.mark.parametrize("vin", ["LSVAU218XN2183294", "1HGCM82633A004352"])
def test_known_vins_agree_with_vininfo(vin):
    assert reference_accepts(vin)
    assert normalize_vin(vin) == vin


def test_an_h_vin_with_a_wrong_check_digit_is_refused():
    vin = "HJR" + "PBGFB" + "0" + "P" + "A" + "123456"
    right = next(c for c in CHECK_CHARACTERS if reference_accepts(vin[:8] + c + vin[9:]))
    wrong = "0" if right != "0" else "1"
    assert normalize_vin(vin[:8] + right + vin[9:]) == vin[:8] + right + vin[9:]
    with pytest.raises(ValidationError) as caught:
        normalize_vin(vin[:8] + wrong + vin[9:])
    assert caught.value.codes() == {"vin": "vin_check_digit"}


def full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def test_a_full_width_vin_is_normalised():
    assert full_width("LSVAU218XN2183294") == "ＬＳＶＡＵ２１８ＸＮ２１８３２９４"
    assert normalize_vin("ＬＳＶＡＵ２１８ＸＮ２１８３２９４") == "LSVAU218XN2183294"
    assert normalize_vin("ｌｓｖａｕ２１８ｘ－ｎ２１８３２９４") == "LSVAU218XN2183294"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("京Ａ１２３４５", "京A·12345"),
        ("京Ａ·１２３４５", "京A·12345"),
        ("粤Ｂ　Ｄ１２３４５", "粤B·D12345"),
        ("沪ａ１２３４領", None),  # a traditional 領 is no plate character
        ("沪Ａ１２３４领", "沪A·1234领"),
        ("京A・12345", "京A·12345"),  # katakana middle dot from a Japanese input method
    ],
)
def test_full_width_letters_and_digits_in_a_plate_are_normalised(typed, stored):
    if stored is None:
        with pytest.raises(ValidationError):
            normalize_plate(typed)
    else:
        assert normalize_plate(typed) == stored


@pytest.mark.parametrize("typed", ["使224001", "使224·001", "使 224 001", "使２２４００１"])
def test_an_embassy_plate_passes(typed):
    assert normalize_plate(typed) == "使224·001"
    assert plate_key(typed) == "使224001"


@pytest.mark.parametrize("typed", ["使22400", "使2240012", "使A24001"])
def test_a_malformed_embassy_plate_is_refused(typed):
    with pytest.raises(ValidationError) as caught:
        normalize_plate(typed)
    assert caught.value.codes() == {"plate": "plate_invalid"}
