"""What a card's rows keep up to date below the services: the keys a customer is found by
and the last contact. Every context that writes a vehicle, a call or a customer calls these
in its unit of work (they sit here, under all of them, so no service imports another)."""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.db.models import Customer, CustomerSearch, Interaction, Vehicle
from app.domain.enums import CustomerKind
from app.domain.search import search_keys


def refresh_search_keys(session: Session, customer_id: int) -> None:
    """Recompute what the customer is found by (after the customer or a vehicle changed)."""
    name, kind, phone, phone_alt, wechat = session.execute(
        select(
            Customer.name, Customer.kind, Customer.phone, Customer.phone_alt, Customer.wechat
        ).where(Customer.id == customer_id)
    ).one()
    vehicles = session.execute(
        select(Vehicle.plate, Vehicle.vin).where(
            Vehicle.owner_id == customer_id, Vehicle.archived_at.is_(None)
        ).order_by(Vehicle.id)  # (as app.db.bulk: the same keys on every engine)
    ).all()
    keys = search_keys(
        name,
        phones=(phone, phone_alt),
        plates=[v.plate for v in vehicles],
        vins=[v.vin or "" for v in vehicles],
        extra=(wechat,),
        person=kind != CustomerKind.COMPANY,
    )
    existing = session.get(CustomerSearch, customer_id)
    if existing is None:
        session.add(CustomerSearch(customer_id=customer_id, keys=keys))
    elif existing.keys != keys:
        existing.keys = keys
    session.flush()


def touch_last_contact(session: Session, customer_id: int) -> None:
    latest = session.scalar(
        select(func.max(Interaction.occurred_at)).where(Interaction.customer_id == customer_id)
    )
    session.execute(
        update(Customer).where(Customer.id == customer_id).values(last_contact_at=latest)
    )
