"""Customer value and segments (PRODUCT.md F7): tiers, RFM scores and the Pareto share.

Pure rules: the service gathers the sums from the book, these turn them into scores.

* **Value** (yuan, over a window of N years up to today): the price of every vehicle bought
  here (new or used) with its purchase date in the window, plus the totals of the service
  visits in the window.
* **Loyalty**: ``visits_per_year + distinct_services + 2 * referrals`` (see `loyalty`), where
  visits per year is the visits in the window divided by its years, distinct services is the
  number of different visit types in the window plus the vehicles bought here in the window,
  and referrals the (non-archived) customers who name this one as their referrer.
* **Tier**: top when both value and loyalty are high, middle when one is, small when neither.
* **RFM**: recency, frequency and money each scored 1-5 by quintile of rank over all customers
  (see `rfm_scores`: ties take the score of the top of their group; nothing to score is 1).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from app.domain.rule_defaults import (  # noqa: F401 - said here too, for the rules' callers
    DEFAULT_PREMIUM_MAKES,
    ValueThresholds,
)

REFERRAL_WEIGHT = 2


class Tier(StrEnum):
    TOP = "top"  # high value and high loyalty
    MIDDLE = "middle"  # one of the two high
    SMALL = "small"  # both low


def loyalty(visits_per_year: float, distinct_services: int, referrals: int) -> float:
    """visits per year + distinct services + 2 x referrals (a referral weighs double)."""
    return visits_per_year + distinct_services + REFERRAL_WEIGHT * referrals


def tier(
    value_yuan: float,
    loyalty_score: float,
    t: ValueThresholds = ValueThresholds(),  # noqa: B008 - frozen
) -> Tier:
    """Top when both are high, middle when exactly one is, small when neither."""
    high_value = value_yuan >= t.high_value_yuan
    high_loyalty = loyalty_score >= t.high_loyalty
    if high_value and high_loyalty:
        return Tier.TOP
    if high_value or high_loyalty:
        return Tier.MIDDLE
    return Tier.SMALL


def rfm_scores(values: Sequence[float | None], higher_is_better: bool = True) -> list[int]:
    """Quintile scores 1-5 in the order of `values`; None (nothing to score: never seen, no
    visit, no value) scores 1.

    A score is the fifth of the list a value reaches: with the n entries ranked worst first
    (the Nones first of all), a value whose group of equal values ends at 1-based position p
    scores ceil(5p / n), the share of entries no better than it in fifths. So ties share the
    score their position earns at the top (a list of equal values scores 5 throughout: all
    seen today are all recent), an equal value never outscores another, and distinct values
    fill each score with a fifth (ten of them score 1,1,2,2,3,3,4,4,5,5 from the worst).
    The same as ``ceil(5 * rank(method="max") / n)`` in pandas, Nones ranked first.
    """
    n = len(values)
    scores = [1] * n
    ranked = sorted((i for i in range(n) if values[i] is not None), key=values.__getitem__,
                    reverse=not higher_is_better)
    position = n  # 1-based position of the best entry of the group being walked, from the top
    score = 5
    previous = None
    for count, index in enumerate(reversed(ranked)):
        value = values[index]
        if count == 0 or value != previous:
            position = n - count
            score = -(-5 * position // n)  # ceil(5p / n)
            previous = value
        scores[index] = score
    return scores


def pareto_share(values: Sequence[float], top_fraction: float = 0.2) -> float:
    """The share (0-1) of the total held by the top `top_fraction` of entries by value.

    The top group is ``ceil(top_fraction x n)`` entries (at least one); 0.0 when the total
    is zero or there are no entries.
    """
    n = len(values)
    total = sum(values)
    if n == 0 or total <= 0:
        return 0.0
    k = min(n, max(1, math.ceil(round(top_fraction * n, 9))))
    top = sorted(values, reverse=True)[:k]
    return sum(top) / total


class CustomerValue(NamedTuple):
    """One customer's value over the window, with the scores and flags of the segments
    (a named tuple: a book has a hundred thousand of them)."""

    customer_id: int
    value_yuan: float  # vehicle sales here + service totals, in the window
    visits: int  # service visits in the window
    distinct_services: int  # distinct visit types in the window + vehicles bought here in it
    referrals: int  # non-archived customers referred by this one
    loyalty: float  # see `loyalty`
    tier: Tier
    recency_days: int | None  # days since the last visit or purchase here; None if never
    r: int  # 1-5, recent is better
    f: int  # 1-5, visits in the window
    m: int  # 1-5, value in the window
    group: bool  # owns 2+ current (non-archived) vehicles
    repeat_buyer: bool  # bought 2+ vehicles here (ever)
    premium: bool  # owns a current vehicle of a premium make (or model)
    key_account: bool


@dataclass(frozen=True)
class SegmentFilter:
    """Which customers a segment holds; every criterion left at its default lets all
    through, and the criteria combine with AND.

    tiers: any of these tiers (empty: any tier); r_min / f_min / m_min: RFM scores at least
    (1: any); group: True for 2+ current vehicles, False for individuals; repeat: True for
    repeat buyers (2+ vehicles bought here), False for new buyers; premium: owns a premium
    make or not; key_account; lapse: a LapseStatus value ('active', 'at_risk', 'lost',
    'never'); tag: carries the tag of this name."""

    tiers: frozenset[Tier] = frozenset()
    r_min: int = 1
    f_min: int = 1
    m_min: int = 1
    group: bool | None = None
    repeat: bool | None = None
    premium: bool | None = None
    key_account: bool | None = None
    lapse: str | None = None
    tag: str | None = None

    @property
    def empty(self) -> bool:
        return self == SegmentFilter()

    @property
    def needs_values(self) -> bool:
        """Whether the customers' values (tiers, RFM, flags) are needed to apply it."""
        return bool(self.tiers) or max(self.r_min, self.f_min, self.m_min) > 1 or any(
            flag is not None for flag in (self.group, self.repeat, self.premium))

    def admits(self, cv: CustomerValue) -> bool:
        """Whether a customer's value passes the value criteria (tier, RFM, flags)."""
        return (
            (not self.tiers or cv.tier in self.tiers)
            and cv.r >= self.r_min and cv.f >= self.f_min and cv.m >= self.m_min
            and (self.group is None or cv.group == self.group)
            and (self.repeat is None or cv.repeat_buyer == self.repeat)
            and (self.premium is None or cv.premium == self.premium)
        )
