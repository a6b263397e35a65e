"""Customer value rules: tiers, RFM quintiles and the Pareto share."""

import pytest

from app.domain.segments import Tier, ValueThresholds, loyalty, pareto_share, rfm_scores, tier

T = ValueThresholds(high_value_yuan=100, high_loyalty=4.0)


@pytest.mark.parametrize(("value", "score", "expected"), [
    (100, 4.0, Tier.TOP),  # both bounds count as high
    (100, 3.9, Tier.MIDDLE),
    (99, 4.0, Tier.MIDDLE),
    (99, 3.9, Tier.SMALL),
])
def test_tier_for_the_four_combinations(value, score, expected):
    assert tier(value, score, T) == expected


def test_default_thresholds():
    assert tier(200_000, 4.0) == Tier.TOP
    assert tier(199_999, 0) == Tier.SMALL


def test_loyalty_weighs_a_referral_double():
    assert loyalty(1.5, 2, 1) == 5.5


def test_rfm_quintiles_of_ten_distinct_values():
    values = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5]
    assert rfm_scores(values) == [5, 1, 5, 1, 4, 2, 4, 2, 3, 3]
    assert rfm_scores(values, higher_is_better=False) == [1, 5, 1, 5, 2, 4, 2, 4, 3, 3]


def test_rfm_ties_share_the_score_of_their_lowest_position():
    # ranked: 0,0,0,0 (positions 0-3) then 5 (4), 6 (5), 7,7 (6-7), 9 (8), 10 (9)
    assert rfm_scores([0, 0, 0, 0, 5, 6, 7, 7, 9, 10]) == [1, 1, 1, 1, 3, 3, 4, 4, 5, 5]


def test_rfm_edge_cases():
    assert rfm_scores([]) == []
    assert rfm_scores([3, 3, 3]) == [1, 1, 1]
    assert rfm_scores([3, 3, 3], higher_is_better=False) == [1, 1, 1]
    assert rfm_scores([7]) == [1]
    assert rfm_scores([1, 2]) == [1, 3]


def test_pareto_share():
    assert pareto_share([80, 5, 5, 5, 5, 0, 0, 0, 0, 0]) == pytest.approx(85 / 100)
    assert pareto_share([10] * 10) == pytest.approx(0.2)
    assert pareto_share([]) == 0.0
    assert pareto_share([0, 0]) == 0.0
    assert pareto_share([5, 1, 1], top_fraction=0.2) == pytest.approx(5 / 7)  # at least one
