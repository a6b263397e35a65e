"""Records of the reminder engine, follow-ups and the daily call sheet."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from app.domain.enums import (
    FollowUpReason,
    FollowUpStatus,
    Outcome,
    ReminderKind,
    ReminderState,
)


@dataclass(frozen=True)
class Occurrence:
    """One dated occurrence of a reminder for a customer.

    `source_id` names the record the date comes from (the customer for a birthday,
    the vehicle for insurance, the household member, the important date, ...); with
    `kind` and `occurs_on` it identifies the occurrence, so a state given to it
    (done, snoozed, dismissed) applies to this year's and not to next year's.
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
    detail: str = ""  # e.g. "农历八月十五", the household member's name, the holiday
    key_account: bool = False
    state: ReminderState | None = None
    snoozed_until: date | None = None

    @property
    def shows_from(self) -> date:
        from datetime import timedelta

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


@dataclass(frozen=True)
class CallReason:
    """One reason on a call-sheet line: a reminder occurrence or an open follow-up."""

    kind: str  # a ReminderKind or FollowUpReason value
    due: date
    detail: str = ""
    plate: str = ""
    vehicle: str = ""
    follow_up_id: int | None = None
    overdue: bool = False


@dataclass(frozen=True)
class CallLine:
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


@dataclass(frozen=True)
class CallSheet:
    day: date
    lines: tuple[CallLine, ...] = field(default_factory=tuple)
    advisor_name: str = ""  # empty: every advisor
