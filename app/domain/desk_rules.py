"""The rules a store chooses in Preferences, as frozen values the services are built with.

The window reads them from the options, `open_book` hands each service its part, and a
changed option makes a new `Rules` that the services take through `Services.apply_rules`:
no service has its attributes set from the window.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from app.domain.enums import ReminderKind
from app.domain.leads import LeadRules
from app.domain.rule_defaults import (  # noqa: F401 - the constants said here too
    DEFAULT_INTERVALS,
    DEFAULT_LEAD_DAYS,
    DEFAULT_LOOKBACK_DAYS,
    DEFAULT_PREMIUM_MAKES,
    ESCALATION_DAYS,
    NO_ANSWER_EXPIRY_DAYS,
    POST_SERVICE_DAYS,
    VALUE_WINDOW_YEARS,
    LapseThresholds,
    MaintenanceInterval,
    ValueThresholds,
)


def _frozen(mapping: Mapping | None, defaults: Mapping) -> Mapping:
    return MappingProxyType({**defaults, **(mapping or {})})


@dataclass(frozen=True)
class FollowUpRules:
    """The editable numbers behind the outcome rules (Preferences)."""

    no_answer_expiry_days: int = NO_ANSWER_EXPIRY_DAYS
    escalation_days: int = ESCALATION_DAYS


@dataclass(frozen=True)
class ReminderRules:
    """Per reminder kind: the days ahead it shows (lead) and the days after its date before
    an unhandled one leaves the call sheet (look-back); the defaults for kinds not given."""

    lead_days: Mapping[ReminderKind, int] = field(
        default_factory=lambda: _frozen(None, DEFAULT_LEAD_DAYS))
    lookback_days: Mapping[ReminderKind, int] = field(
        default_factory=lambda: _frozen(None, DEFAULT_LOOKBACK_DAYS))

    def __post_init__(self) -> None:
        object.__setattr__(self, "lead_days", _frozen(self.lead_days, DEFAULT_LEAD_DAYS))
        object.__setattr__(self, "lookback_days",
                           _frozen(self.lookback_days, DEFAULT_LOOKBACK_DAYS))

    def __hash__(self) -> int:
        return hash((tuple(sorted(self.lead_days.items())),
                     tuple(sorted(self.lookback_days.items()))))

    def __eq__(self, other) -> bool:
        return (isinstance(other, ReminderRules) and dict(self.lead_days) == dict(other.lead_days)
                and dict(self.lookback_days) == dict(other.lookback_days))


@dataclass(frozen=True)
class ServiceLaneRules:
    """After-service calls, maintenance intervals per make (the defaults with this store's
    changes) and when a customer who stopped coming counts as at risk or lost."""

    post_service_days: int = POST_SERVICE_DAYS
    intervals: Mapping[str, MaintenanceInterval] = field(
        default_factory=lambda: _frozen(None, DEFAULT_INTERVALS))
    lapse: LapseThresholds = field(default_factory=LapseThresholds)

    def __post_init__(self) -> None:
        object.__setattr__(self, "intervals", MappingProxyType(dict(
            DEFAULT_INTERVALS if self.intervals is None else self.intervals)))

    def __hash__(self) -> int:
        return hash((self.post_service_days, tuple(sorted(self.intervals.items())), self.lapse))

    def __eq__(self, other) -> bool:
        return (isinstance(other, ServiceLaneRules)
                and self.post_service_days == other.post_service_days
                and dict(self.intervals) == dict(other.intervals) and self.lapse == other.lapse)


@dataclass(frozen=True)
class ValueRules:
    """How customer value is counted: the years back, where "high" starts, premium makes."""

    window_years: int = VALUE_WINDOW_YEARS
    thresholds: ValueThresholds = field(default_factory=ValueThresholds)
    premium_makes: frozenset[str] = DEFAULT_PREMIUM_MAKES

    def __post_init__(self) -> None:
        if self.window_years < 1:
            raise ValueError("window_years must be at least 1")
        object.__setattr__(self, "premium_makes", frozenset(self.premium_makes))

    def as_keywords(self) -> dict:
        """The keyword arguments of the value computations (SegmentService, dashboard)."""
        return {"window_years": self.window_years, "thresholds": self.thresholds,
                "premium_makes": self.premium_makes}


@dataclass(frozen=True)
class Rules:
    """Every rule a store chooses, one bundle handed to `open_book` and `apply_rules`."""

    reminders: ReminderRules = field(default_factory=ReminderRules)
    follow_ups: FollowUpRules = field(default_factory=FollowUpRules)
    service_lane: ServiceLaneRules = field(default_factory=ServiceLaneRules)
    value: ValueRules = field(default_factory=ValueRules)
    leads: LeadRules = field(default_factory=LeadRules)
