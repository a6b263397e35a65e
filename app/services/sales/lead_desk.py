"""What the customer's card and the showroom desk read about leads besides the lead
service's own lists (issue 16): a customer's test drives, and the day's showroom log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, select

from app.db.models import Customer, ShowroomVisit, Staff, TestDrive
from app.domain.roles import Right
from app.services.permissions import masker, own_only
from app.services.sales.leads import LeadService, TestDriveRecord


@dataclass(frozen=True)
class ShowroomVisitRecord:
    id: int
    customer_id: int
    customer_name: str
    phone: str
    lead_id: int | None
    kind: str
    arrived_at: datetime
    left_at: datetime | None
    party_size: int
    first_visit: bool
    interest: str
    advisor_id: int | None
    advisor_name: str


def test_drives_of_customer(leads: LeadService, customer_id: int) -> list[TestDriveRecord]:
    """The customer's test drives, by time (scheduled, done and cancelled)."""
    return leads._drives(TestDrive.customer_id == customer_id)  # noqa: SLF001 - its reader


test_drives_of_customer.__test__ = False  # (not a test, though its name starts so)


def showroom_visits_on(leads: LeadService, day: date, advisor_id: int | None = None
                       ) -> list[ShowroomVisitRecord]:
    """The day's showroom log (an advisor's own entries, unless they see everyone's), the
    latest first."""
    advisor_id = own_only(leads.book.actor, Right.FOLLOW_UPS_ALL, advisor_id)
    start = datetime.combine(day, datetime.min.time())
    condition = and_(ShowroomVisit.arrived_at >= start,
                     ShowroomVisit.arrived_at < start + timedelta(days=1))
    if advisor_id is not None:
        condition = and_(condition, ShowroomVisit.advisor_id == advisor_id)
    adv = Staff.__table__.alias("adv")
    stmt = (select(ShowroomVisit, Customer.name, Customer.phone, adv.c.name)
            .join(Customer, Customer.id == ShowroomVisit.customer_id)
            .outerjoin(adv, adv.c.id == ShowroomVisit.advisor_id)
            .where(condition).order_by(ShowroomVisit.arrived_at.desc(), ShowroomVisit.id.desc()))
    mask = masker(leads.book.actor)
    with leads.book.reading() as session:
        return [ShowroomVisitRecord(
            v.id, v.customer_id, name, phone if mask is None else mask.phone(phone, v.advisor_id),
            v.lead_id, v.kind, v.arrived_at, v.left_at, v.party_size, v.first_visit, v.interest,
            v.advisor_id, advisor or "") for v, name, phone, advisor in session.execute(stmt)]
