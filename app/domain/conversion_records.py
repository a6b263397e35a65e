"""The sales floor's conversion figures (issue 16, PRODUCT.md F8's lead funnel), as plain data.

The service (app.services.analytics.conversion) fills these from the book; the dashboard
draws them (app.presentation.charts) and `guanxi report` writes them as sheets.

Who counts: the leads created in the months of the query (the cohort), of one advisor if the
query names one. A lead has reached a stage when it has been there or further on its way (a
lead ordered without negotiating has still passed negotiation; a lost lead counts the stages
it reached before it was lost). Won: delivered. The monthly targets are compared with the
leads delivered in each month, whenever they were created.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple


class SourceConversion(NamedTuple):
    source: str  # a LeadSource value
    leads: int
    won: int

    @property
    def win_rate(self) -> float | None:
        return self.won / self.leads if self.leads else None


class StageCount(NamedTuple):
    """How many leads of the cohort reached `stage` (a LeadStage value) on their way."""

    stage: str
    leads: int


class ReasonCount(NamedTuple):
    reason: str  # a LostReason value
    leads: int


class AdvisorConversion(NamedTuple):
    """One advisor's leads of the cohort and those won, and per month of the query the
    leads delivered against the monthly target (None: no target set)."""

    staff_id: int | None  # None: leads with no advisor
    name: str
    leads: int
    won: int
    target: int | None
    won_per_month: tuple[int, ...]  # one per month of the query

    @property
    def win_rate(self) -> float | None:
        return self.won / self.leads if self.leads else None


class ReferralOutcome(NamedTuple):
    """Leads passed to sales by one department or one person, and what became of them."""

    key: str  # a Department value, or the referrer's staff id as text
    name: str  # the referrer's name ("" for a department: its words come from labels)
    referred: int
    won: int
    lost: int
    open: int


@dataclass(frozen=True)
class ConversionFigures:
    months: tuple[date, ...] = ()
    leads: int = 0
    by_source: tuple[SourceConversion, ...] = ()  # most leads first
    funnel: tuple[StageCount, ...] = ()  # new .. delivered, in STAGE_ORDER
    lost: int = 0  # leads of the cohort now lost (reviewed and approved)
    # first contact, in opening hours from the lead's making (those contacted only)
    contacted: int = 0
    first_contact_median_hours: float | None = None
    first_contact_within_limit: int = 0  # contacted within the store's response limit
    response_limit_hours: float = 0.0
    close_median_days: float | None = None  # created -> delivered, the leads won
    lost_reasons: tuple[ReasonCount, ...] = ()  # most first
    advisors: tuple[AdvisorConversion, ...] = ()  # most leads first
    referral_departments: tuple[ReferralOutcome, ...] = ()  # most referred first
    referrers: tuple[ReferralOutcome, ...] = ()  # most referred first

    def reached(self, stage: str) -> int:
        for row in self.funnel:
            if row.stage == stage:
                return row.leads
        return 0

    def rate(self, stage: str) -> float | None:
        """The share of the cohort's leads that reached `stage` (None: no leads)."""
        return self.reached(stage) / self.leads if self.leads else None

    @property
    def showroom_rate(self) -> float | None:
        return self.rate("showroom")

    @property
    def test_drive_rate(self) -> float | None:
        return self.rate("test_drive")

    @property
    def order_rate(self) -> float | None:
        return self.rate("ordered")

    @property
    def win_rate(self) -> float | None:
        return self.rate("delivered")

    @property
    def won(self) -> int:
        return self.reached("delivered")

    @property
    def first_contact_within_share(self) -> float | None:
        """Of the leads contacted, the share contacted within the response limit."""
        return self.first_contact_within_limit / self.contacted if self.contacted else None
