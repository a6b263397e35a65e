"""Plain, frozen records that cross layers: what the interface sends and receives."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from app.domain.enums import (
    CalendarKind,
    ConsentChannel,
    CustomerKind,
    CustomerSource,
    Gender,
    InteractionKind,
    PurchaseType,
    StaffRole,
)


@dataclass(frozen=True)
class CustomerInput:
    """A customer as typed on the card, before validation."""

    name: str = ""
    kind: CustomerKind = CustomerKind.PERSON
    phone: str = ""
    phone_alt: str = ""
    wechat: str = ""
    email: str = ""
    gender: Gender = Gender.UNKNOWN
    birthday_calendar: CalendarKind = CalendarKind.SOLAR
    birth_year: int | None = None
    birth_month: int | None = None
    birth_day: int | None = None
    birth_leap: bool = False
    occupation: str = ""
    employer: str = ""
    hobbies: str = ""
    family_notes: str = ""
    address: str = ""
    source: CustomerSource = CustomerSource.UNKNOWN
    referred_by_id: int | None = None
    advisor_id: int | None = None
    tags: tuple[str, ...] = ()
    notes: str = ""
    marketing_consent: bool = False
    marketing_consent_date: date | None = None
    marketing_consent_channel: ConsentChannel = ConsentChannel.NONE
    key_account: bool = False


@dataclass(frozen=True)
class CustomerRecord(CustomerInput):
    """A stored customer: the input fields normalised, plus what the book adds."""

    id: int = 0
    referred_by_name: str = ""
    advisor_name: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    archived_at: datetime | None = None
    version: int = 1
    phone_wrong: bool = False
    satisfaction_flag: bool = False
    # the contact details shown masked to this person (a click on the card reveals them,
    # audited); a masked value given back to update() leaves the stored one as it was
    masked: bool = False

    @property
    def archived(self) -> bool:
        return self.archived_at is not None


@dataclass(frozen=True)
class CustomerRow:
    """One line of the customers list."""

    id: int
    name: str
    kind: CustomerKind
    phone: str
    plates: str
    advisor_name: str
    source: CustomerSource
    last_contact_at: datetime | None
    created_at: datetime | None
    archived: bool
    key_account: bool
    advisor_id: int | None = None
    masked: bool = False  # the phone is shown masked to this person


@dataclass(frozen=True)
class VehicleInput:
    make: str = ""
    model: str = ""
    trim: str = ""
    vin: str = ""
    plate: str = ""
    colour: str = ""
    year: int | None = None
    purchase_date: date | None = None
    purchase_type: PurchaseType = PurchaseType.NEW_HERE
    price_yuan: int | None = None
    mileage_km: int | None = None
    insurance_expiry: date | None = None
    inspection_due: date | None = None
    warranty_end: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class OwnershipRecord:
    customer_id: int
    customer_name: str
    start_date: date | None
    end_date: date | None


@dataclass(frozen=True)
class VehicleRecord(VehicleInput):
    id: int = 0
    owner_id: int | None = None
    archived_at: datetime | None = None
    version: int = 1
    owners: tuple[OwnershipRecord, ...] = ()
    next_service_due: date | None = None  # predicted from the visits
    next_service_km: int | None = None

    @property
    def title(self) -> str:
        return " ".join(p for p in (self.make, self.model, self.trim) if p)


@dataclass(frozen=True)
class InteractionInput:
    customer_id: int
    kind: InteractionKind = InteractionKind.CALL
    summary: str = ""
    staff_id: int | None = None
    vehicle_id: int | None = None
    occurred_at: datetime | None = None


@dataclass(frozen=True)
class InteractionRecord:
    id: int
    customer_id: int
    kind: InteractionKind
    summary: str
    occurred_at: datetime
    staff_id: int | None = None
    staff_name: str = ""
    vehicle_id: int | None = None
    plate: str = ""
    outcome: str | None = None  # set when the entry records a follow-up's outcome


@dataclass(frozen=True)
class StaffRecord:
    id: int
    name: str
    role: StaffRole
    active: bool = True
    login: str | None = None  # None: no account (the staff member cannot sign in)
    phone: str = ""
    has_password: bool = False


@dataclass(frozen=True)
class CustomerCard:
    """Everything the card shows, read in one unit of work."""

    customer: CustomerRecord
    vehicles: tuple[VehicleRecord, ...] = ()
    timeline: tuple[InteractionRecord, ...] = field(default_factory=tuple)
