"""Consent per purpose: what holds when nothing was recorded, which reminders need which
consent, and the records the services hand out.

The rule (PIPL): marketing, sharing with the maker and sharing with insurers need the
customer's explicit grant, so no entry means "not granted"; service reminders serve the
service contract and are on unless the customer withdrew them. The newest entry per
customer and purpose is the consent now; older ones are its history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.enums import ConsentChannel, ConsentPurpose, ReminderKind

# purposes that hold without any entry (withdrawn only by an entry saying so)
ON_UNLESS_WITHDRAWN = frozenset({ConsentPurpose.SERVICE_REMINDERS})

# Which consent a reminder needs. Birthdays, anniversaries and holiday greetings keep the
# relationship warm: marketing. The car's own dates are service reminders. A custom date
# is one the staff wrote on the card themselves for this customer: it needs none.
REMINDER_PURPOSE: dict[ReminderKind, ConsentPurpose] = {
    ReminderKind.BIRTHDAY: ConsentPurpose.MARKETING,
    ReminderKind.HOUSEHOLD_BIRTHDAY: ConsentPurpose.MARKETING,
    ReminderKind.PURCHASE_ANNIVERSARY: ConsentPurpose.MARKETING,
    ReminderKind.WEDDING_ANNIVERSARY: ConsentPurpose.MARKETING,
    ReminderKind.HOLIDAY: ConsentPurpose.MARKETING,
    ReminderKind.INSURANCE: ConsentPurpose.SERVICE_REMINDERS,
    ReminderKind.INSPECTION: ConsentPurpose.SERVICE_REMINDERS,
    ReminderKind.WARRANTY: ConsentPurpose.SERVICE_REMINDERS,
    ReminderKind.MAINTENANCE: ConsentPurpose.SERVICE_REMINDERS,
}
MARKETING_REMINDER_KINDS = frozenset(
    k for k, p in REMINDER_PURPOSE.items() if p is ConsentPurpose.MARKETING)
SERVICE_REMINDER_KINDS = frozenset(
    k for k, p in REMINDER_PURPOSE.items() if p is ConsentPurpose.SERVICE_REMINDERS)


def granted_without_entry(purpose: ConsentPurpose) -> bool:
    """Whether `purpose` holds for a customer with no entry for it."""
    return ConsentPurpose(purpose) in ON_UNLESS_WITHDRAWN


@dataclass(frozen=True)
class ConsentState:
    """A purpose's consent now: `recorded` False when no entry exists (then `granted`
    is the purpose's default and the other fields are empty)."""

    purpose: ConsentPurpose
    granted: bool
    recorded: bool = False
    on_day: date | None = None
    channel: ConsentChannel = ConsentChannel.NONE
    staff_name: str = ""
    note: str = ""


@dataclass(frozen=True)
class ConsentEntry:
    """One grant or withdrawal, as the history lists it."""

    id: int
    purpose: ConsentPurpose
    granted: bool
    on_day: date
    channel: ConsentChannel
    staff_name: str
    note: str
    at: datetime | None
