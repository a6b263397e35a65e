"""Vehicles: add, edit, archive, and change of owner with the history kept."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.db import audit
from app.db.engine import Book
from app.db.models import Customer, Vehicle, VehicleOwnership
from app.db.upkeep import refresh_search_keys
from app.domain.clock import now as _now
from app.domain.enums import PurchaseType
from app.domain.errors import ConflictError, FieldError, NotFoundError, ValidationError
from app.domain.records import OwnershipRecord, VehicleInput, VehicleRecord
from app.domain.rules import validate_vehicle
from app.services.permissions import require_customers

_INPUT_FIELDS = [f.name for f in fields(VehicleInput)]
# a vehicle as it was before a save: what the audit log's change entry compares
_AUDITED_COLUMNS = [getattr(Vehicle, name) for name in _INPUT_FIELDS]


class VehicleService:
    def __init__(self, book: Book):
        self.book = book

    def get(self, vehicle_id: int) -> VehicleRecord:
        with self.book.reading() as session:
            row = session.get(Vehicle, vehicle_id)
            if row is None:
                raise NotFoundError(vehicle_id)
            return _record(row, _owners(session, [vehicle_id]).get(vehicle_id, ()))

    def add(self, owner_id: int, data: VehicleInput) -> VehicleRecord:
        clean = validate_vehicle(data)
        with self.book.writing() as session:
            if session.get(Customer, owner_id) is None:
                raise NotFoundError(owner_id)
            require_customers(session, self.book.actor, [owner_id])
            self._check_vin_free(session, clean.vin, None)
            row = Vehicle(owner_id=owner_id, **_columns(clean), version=1)
            session.add(row)
            session.flush()
            session.add(
                VehicleOwnership(
                    vehicle_id=row.id,
                    customer_id=owner_id,
                    start_date=clean.purchase_date or date.today(),
                )
            )
            refresh_search_keys(session, owner_id)
            vehicle_id = row.id
            audit.note(session, "create", "vehicle", vehicle_id, {"owner": owner_id})
        return self.get(vehicle_id)

    def update(self, vehicle_id: int, data: VehicleInput, version: int) -> VehicleRecord:
        clean = validate_vehicle(data)
        with self.book.writing() as session:
            require_customers(session, self.book.actor, session.scalars(
                select(Vehicle.owner_id).where(Vehicle.id == vehicle_id)))
            self._check_vin_free(session, clean.vin, vehicle_id)
            old = session.execute(
                select(*_AUDITED_COLUMNS).where(Vehicle.id == vehicle_id)).first()
            values = _columns(clean)
            result = session.execute(
                update(Vehicle)
                .where(Vehicle.id == vehicle_id, Vehicle.version == version)
                .values(**values, version=version + 1, updated_at=_now())
            )
            if result.rowcount != 1:
                if session.get(Vehicle, vehicle_id) is None:
                    raise NotFoundError(vehicle_id)
                raise ConflictError(vehicle_id)
            owner_id = session.scalar(select(Vehicle.owner_id).where(Vehicle.id == vehicle_id))
            if owner_id:
                refresh_search_keys(session, owner_id)
            changed = {name: [getattr(old, name), values[name]] for name in _INPUT_FIELDS
                       if (getattr(old, name) or "") != (values[name] or "")}
            audit.note(session, "change", "vehicle", vehicle_id, {"fields": changed})
        return self.get(vehicle_id)

    def set_archived(self, vehicle_id: int, archived: bool) -> None:
        with self.book.writing() as session:
            row = session.get(Vehicle, vehicle_id)
            if row is None:
                raise NotFoundError(vehicle_id)
            require_customers(session, self.book.actor, [row.owner_id])
            row.archived_at = _now() if archived else None
            row.version += 1
            session.flush()
            if row.owner_id:
                refresh_search_keys(session, row.owner_id)
            audit.note(session, "archive" if archived else "restore", "vehicle", vehicle_id)

    def transfer(self, vehicle_id: int, new_owner_id: int, on: date | None = None) -> VehicleRecord:
        """The vehicle changes hands: the old ownership closes, a new one opens."""
        on = on or date.today()
        with self.book.writing() as session:
            row = session.get(Vehicle, vehicle_id)
            if row is None:
                raise NotFoundError(vehicle_id)
            if session.get(Customer, new_owner_id) is None:
                raise ValidationError([FieldError("owner", "owner_invalid")])
            if row.owner_id == new_owner_id:
                raise ValidationError([FieldError("owner", "owner_same")])
            require_customers(session, self.book.actor, [row.owner_id, new_owner_id])
            old_owner = row.owner_id
            session.execute(
                update(VehicleOwnership)
                .where(VehicleOwnership.vehicle_id == vehicle_id, VehicleOwnership.end_date.is_(None))
                .values(end_date=on)
            )
            session.add(VehicleOwnership(vehicle_id=vehicle_id, customer_id=new_owner_id, start_date=on))
            row.owner_id = new_owner_id
            row.version += 1
            session.flush()
            for customer_id in (old_owner, new_owner_id):
                if customer_id:
                    refresh_search_keys(session, customer_id)
            audit.note(session, "transfer", "vehicle", vehicle_id,
                       {"from": old_owner, "to": new_owner_id, "on": on.isoformat()})
        return self.get(vehicle_id)

    @staticmethod
    def _check_vin_free(session: Session, vin: str, vehicle_id: int | None) -> None:
        if not vin:
            return
        other = session.scalar(select(Vehicle.id).where(Vehicle.vin == vin))
        if other is not None and other != vehicle_id:
            raise ValidationError([FieldError("vin", "vin_duplicate")])


def vehicles_of(session: Session, customer_id: int) -> list[VehicleRecord]:
    """The customer's current vehicles, archived ones last."""
    rows = list(
        session.scalars(
            select(Vehicle)
            .where(Vehicle.owner_id == customer_id)
            .order_by(Vehicle.archived_at.is_not(None), Vehicle.purchase_date.desc(), Vehicle.id)
        )
    )
    owners = _owners(session, [r.id for r in rows])
    return [_record(r, owners.get(r.id, ())) for r in rows]


def _owners(session: Session, vehicle_ids: list[int]) -> dict[int, tuple[OwnershipRecord, ...]]:
    result: dict[int, list[OwnershipRecord]] = {}
    if not vehicle_ids:
        return {}
    for vehicle_id, customer_id, name, start, end in session.execute(
        select(
            VehicleOwnership.vehicle_id,
            VehicleOwnership.customer_id,
            Customer.name,
            VehicleOwnership.start_date,
            VehicleOwnership.end_date,
        )
        .join(Customer, Customer.id == VehicleOwnership.customer_id)
        .where(VehicleOwnership.vehicle_id.in_(vehicle_ids))
        .order_by(VehicleOwnership.start_date, VehicleOwnership.id)
    ):
        result.setdefault(vehicle_id, []).append(OwnershipRecord(customer_id, name, start, end))
    return {k: tuple(v) for k, v in result.items()}


def _record(row: Vehicle, owners) -> VehicleRecord:
    values = {name: getattr(row, name) for name in _INPUT_FIELDS}
    values["vin"] = values["vin"] or ""
    values["purchase_type"] = PurchaseType(row.purchase_type)
    return VehicleRecord(
        **values,
        id=row.id,
        owner_id=row.owner_id,
        archived_at=row.archived_at,
        version=row.version,
        owners=tuple(owners),
        next_service_due=row.next_service_due,
        next_service_km=row.next_service_km,
    )


def _columns(clean: VehicleInput) -> dict:
    values = {name: getattr(clean, name) for name in _INPUT_FIELDS}
    bought = clean.purchase_date
    values["purchase_md"] = bought.month * 100 + bought.day if bought else None
    values["purchase_type"] = PurchaseType(clean.purchase_type).value
    values["vin"] = clean.vin or None
    return values
