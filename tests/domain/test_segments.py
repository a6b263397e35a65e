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


def test_rfm_ties_share_the_score_of_the_top_of_their_group():
    # ranked: 0,0,0,0 (positions 1-4) then 5 (5), 6 (6), 7,7 (7-8), 9 (9), 10 (10)
    assert rfm_scores([0, 0, 0, 0, 5, 6, 7, 7, 9, 10]) == [2, 2, 2, 2, 3, 3, 4, 4, 5, 5]


def test_rfm_nothing_to_score_is_1_and_ranks_below_every_value():
    assert rfm_scores([None, None, None, None, 5, 6, 7, 7, 9, 10]) == [
        1, 1, 1, 1, 3, 3, 4, 4, 5, 5]
    assert rfm_scores([None, 3, 1, 2], higher_is_better=False) == [1, 3, 5, 4]
    assert rfm_scores([None] * 5) == [1] * 5


def test_rfm_everyone_seen_today_is_recent():
    assert rfm_scores([0] * 100, higher_is_better=False) == [5] * 100


def test_rfm_the_many_seen_today_get_5_not_4():
    # 600 seen today, 400 seen on 400 different earlier days
    days = [0] * 600 + list(range(1, 401))
    scores = rfm_scores(days, higher_is_better=False)
    assert set(scores[:600]) == {5}
    counts = {s: scores.count(s) for s in range(1, 6)}
    # those seen earlier hold positions 1-400 (scores 1 and 2); the 600 seen today share
    # the 5 of the top of their group, so 3 and 4 stay empty: the data allows no more
    assert counts == {1: 200, 2: 200, 3: 0, 4: 0, 5: 600}


def test_rfm_distinct_values_fill_each_score_with_a_fifth():
    assert [rfm_scores(list(range(1000))).count(s) for s in range(1, 6)] == [200] * 5
    counts = [rfm_scores(list(range(1003))).count(s) for s in range(1, 6)]
    assert sum(counts) == 1003 and max(counts) - min(counts) <= 1


def test_rfm_edge_cases():
    assert rfm_scores([]) == []
    assert rfm_scores([3, 3, 3]) == [5, 5, 5]
    assert rfm_scores([3, 3, 3], higher_is_better=False) == [5, 5, 5]
    assert rfm_scores([7]) == [5]
    assert rfm_scores([1, 2]) == [3, 5]
    assert rfm_scores([2, 1], higher_is_better=False) == [3, 5]


def pandas_rfm(values, higher_is_better=True):
    """The rule computed independently with pandas: a customer's score is the fifth of the
    book they reach, ceil(5 x rank / n), where rank is pandas' rank with method="max" (ties
    take the top rank of their group), worst first, the Nones (nothing to score) ranked
    first of all and scored 1."""
    import numpy as np
    import pandas as pd

    s = pd.Series([np.nan if v is None else v for v in values], dtype="float64")
    rank = s.rank(method="max", ascending=higher_is_better, na_option="top")
    scores = np.ceil(5 * rank / len(s)).where(s.notna(), 1)
    return scores.astype(int).tolist()


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("higher_is_better", [True, False])
def test_rfm_equals_the_pandas_computation_on_lists_with_many_ties(seed, higher_is_better):
    import random

    rng = random.Random(seed)
    n = rng.choice([1, 2, 3, 7, 50, 499, 2000])
    spread = rng.choice([1, 2, 3, 10, 1000])  # from all tied to mostly distinct
    values = [None if rng.random() < 0.2 else rng.randrange(spread) * 1.5 for _ in range(n)]
    assert rfm_scores(values, higher_is_better) == pandas_rfm(values, higher_is_better)


def test_rfm_equals_the_pandas_computation_when_most_were_seen_today():
    days = [0] * 700 + [1] * 50 + [2] * 50 + list(range(3, 200)) + [None] * 3
    assert rfm_scores(days, higher_is_better=False) == pandas_rfm(days, False)
    assert pandas_rfm(days, False)[:700] == [5] * 700


def test_rfm_of_100000_customers_takes_well_under_a_second():
    import random
    import time

    rng = random.Random(1)
    values = [rng.randrange(1500) for _ in range(100_000)]
    began = time.perf_counter()
    rfm_scores(values, higher_is_better=False)
    assert time.perf_counter() - began < 1.0


def test_pareto_share():
    assert pareto_share([80, 5, 5, 5, 5, 0, 0, 0, 0, 0]) == pytest.approx(85 / 100)
    assert pareto_share([10] * 10) == pytest.approx(0.2)
    assert pareto_share([]) == 0.0
    assert pareto_share([0, 0]) == 0.0
    assert pareto_share([5, 1, 1], top_fraction=0.2) == pytest.approx(5 / 7)  # at least one
