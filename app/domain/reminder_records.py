"""Records of the reminder engine, follow-ups and the daily call sheet."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import NamedTuple

from app.domain.enums import (
    FollowUpReason,
    FollowUpStatus,
    Outcome,
    ReminderKind,
    ReminderState,
)
from app.domain.rule_defaults import DEFAULT_LOOKBACK_DAYS  # noqa: F401 - said here too


class Occurrences(list):
    """A list of occurrences that also says how many were left out because the customer
    has not agreed to (or withdrew) what the reminder is for (app.domain.consent)."""

    skipped_no_consent: int = 0


class Occurrence(NamedTuple):
    """One dated occurrence of a reminder for a customer.

    `source_id` names the record the date comes from (the customer for a birthday,
    the vehicle for insurance, the household member, the important date, ...); with
    `kind` and `occurs_on` it identifies the occurrence, so a state given to it
    (done, snoozed, dismissed) applies to this year's and not to next year's.
    A named tuple rather than a dataclass: a month of a big book holds tens of
    thousands of them and they must be cheap to make.
    """

    kind: ReminderKind
    source_id: int
    customer_id: int
    occurs_on: date
    lead_days: int
    customer_name: str = ""
    phone: str = ""
    advisor_id: int | None = None
    advisor_name: str = ""
    vehicle_id: int | None = None
    plate: str = ""
    vehicle: str = ""
    detail: str = ""  # e.g. lunar:8:15:0, the household member, the holiday
    key_account: bool = False
    state: ReminderState | None = None
    snoozed_until: date | None = None

    @property
    def shows_from(self) -> date:
        return self.occurs_on - timedelta(days=self.lead_days)

    @property
    def key(self) -> tuple[str, int, date]:
        return (self.kind.value, self.source_id, self.occurs_on)


@dataclass(frozen=True)
class FollowUpRecord:
    id: int
    customer_id: int
    reason: FollowUpReason
    due_date: date
    status: FollowUpStatus
    customer_name: str = ""
    phone: str = ""
    vehicle_id: int | None = None
    plate: str = ""
    vehicle: str = ""
    advisor_id: int | None = None
    advisor_name: str = ""
    outcome: Outcome | None = None
    notes: str = ""
    attempts: int = 0
    expires_on: date | None = None
    snoozed_until: date | None = None
    created_at: datetime | None = None
    closed_at: datetime | None = None
    key_account: bool = False
    reminder_kind: ReminderKind | None = None
    occurs_on: date | None = None


# a call-sheet reason of its own (no follow-up row): a lead quiet for its level's dormant
# days (issue 16); its detail is the number of quiet days
DORMANT_LEAD = "dormant_lead"


class CallReason(NamedTuple):
    """One reason on a call-sheet line: a reminder occurrence or an open follow-up
    (a named tuple: a day's sheet for every advisor has tens of thousands)."""

    kind: str  # a ReminderKind or FollowUpReason value
    due: date
    detail: str = ""
    plate: str = ""
    vehicle: str = ""
    follow_up_id: int | None = None
    overdue: bool = False

    @property
    def car(self) -> str:
        """The car this reason is about, as a person would name it: its plate, or its
        make and model when it has no plate; "" when the reason is about no car."""
        return self.plate or self.vehicle


class CallLine(NamedTuple):
    """One customer to call, with every reason at once."""

    customer_id: int
    customer_name: str
    phone: str
    advisor_id: int | None
    advisor_name: str
    key_account: bool
    reasons: tuple[CallReason, ...]
    overdue: bool
    phone_wrong: bool = False

    @property
    def plates(self) -> str:
        return " ".join(dict.fromkeys(r.plate for r in self.reasons if r.plate))


_new = tuple.__new__  # a named tuple without its generated __new__: ~3x cheaper


def call_reason(*, kind: str, due: date, detail: str = "", plate: str = "", vehicle: str = "",
                follow_up_id: int | None = None, overdue: bool = False) -> CallReason:
    """A call-sheet reason, by keyword (as cheap as the positional tuple)."""
    return _new(CallReason, (kind, due, detail, plate, vehicle, follow_up_id, overdue))


def call_line(*, customer_id: int, customer_name: str, phone: str, advisor_id: int | None,
              advisor_name: str, key_account: bool, reasons: tuple[CallReason, ...],
              overdue: bool, phone_wrong: bool = False) -> CallLine:
    """A call-sheet line, by keyword (as cheap as the positional tuple)."""
    return _new(CallLine, (customer_id, customer_name, phone, advisor_id, advisor_name,
                           key_account, reasons, overdue, phone_wrong))


@dataclass(frozen=True)
class CallSheet:
    day: date
    lines: tuple[CallLine, ...] = field(default_factory=tuple)
    advisor_name: str = ""  # empty: every advisor
    # reminders and campaign calls left off: the customer has not agreed to that purpose
    skipped_no_consent: int = 0

    @property
    def overdue_count(self) -> int:
        """Customers with at least one overdue reason."""
        return sum(1 for line in self.lines if line.overdue)

    @property
    def oldest_overdue_days(self) -> int:
        """Days since the oldest overdue reason fell due (0 when nothing is overdue)."""
        oldest = min((r.due for line in self.lines if line.overdue for r in line.reasons
                      if r.overdue), default=None)
        return 0 if oldest is None else (self.day - oldest).days


@dataclass(frozen=True)
class HouseholdMemberRecord:
    customer_id: int
    name: str
    relation: str = "other"  # a HouseholdRelation value
    birthday_calendar: str = "solar"
    birth_year: int | None = None
    birth_month: int | None = None
    birth_day: int | None = None
    birth_leap: bool = False
    phone: str = ""
    notes: str = ""
    id: int = 0


@dataclass(frozen=True)
class ImportantDateRecord:
    customer_id: int
    on_date: date
    kind: str = "custom"  # ReminderKind.WEDDING_ANNIVERSARY or CUSTOM
    title: str = ""
    yearly: bool = True
    id: int = 0
