"""Service visits: what the service lane did to a vehicle, and what it cost."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.enums import VisitType


@dataclass(frozen=True)
class WorkItem:
    description: str
    amount_fen: int = 0  # money in fen (1/100 yuan), exact


@dataclass(frozen=True)
class VisitInput:
    vehicle_id: int
    date_in: date
    visit_type: VisitType = VisitType.MAINTENANCE
    date_out: date | None = None
    mileage_km: int | None = None
    items: tuple[WorkItem, ...] = ()
    total_fen: int | None = None  # None: the sum of the items
    service_advisor_id: int | None = None
    satisfaction: int | None = None  # 1-5
    comments: str = ""


@dataclass(frozen=True)
class VisitRecord:
    id: int
    vehicle_id: int
    customer_id: int | None
    date_in: date
    date_out: date | None
    visit_type: VisitType
    mileage_km: int | None
    total_fen: int
    items: tuple[WorkItem, ...] = ()
    service_advisor_id: int | None = None
    service_advisor_name: str = ""
    satisfaction: int | None = None
    comments: str = ""
    plate: str = ""
    customer_name: str = ""  # the owner at the time of the visit
    make: str = ""
    model: str = ""
    version: int = 1  # an edit is refused when another desk saved the visit since


@dataclass(frozen=True)
class MileageReading:
    """The highest odometer reading a new or edited visit is compared with."""

    km: int
    on: date | None  # the visit's day; None when it is the vehicle card's own reading


@dataclass(frozen=True)
class VisitRow:
    """A visit as the visits list shows it (its work items only when asked for)."""

    id: int
    vehicle_id: int
    customer_id: int | None
    date_in: date
    date_out: date | None
    visit_type: VisitType
    mileage_km: int | None
    total_fen: int
    service_advisor_name: str = ""
    satisfaction: int | None = None
    comments: str = ""
    plate: str = ""
    customer_name: str = ""
    make: str = ""
    model: str = ""
    work_items: tuple[str, ...] = ()  # the items' descriptions, in order
    version: int = 1  # as read for the list: an edit from it is checked against it
