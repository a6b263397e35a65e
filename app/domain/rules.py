"""Whole-record rules: a customer or a vehicle as typed, checked before anything is stored."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from app.domain.characters import check_storable_text
from app.domain.enums import CalendarKind
from app.domain.errors import FieldError, ValidationError
from app.domain.records import CustomerInput, VehicleInput
from app.domain.validation import (
    check_birthday,
    normalize_email,
    normalize_phone,
    normalize_plate,
    normalize_vin,
)

_VEHICLE_FIELDS = [f.name for f in fields(VehicleInput)]


def validate_customer(data: CustomerInput) -> CustomerInput:
    """Return the input normalised, or raise ValidationError naming every bad field."""
    check_storable_text(data)
    errors: list[FieldError] = []
    values = {f.name: getattr(data, f.name) for f in fields(CustomerInput)}
    values["tags"] = tuple(dict.fromkeys(t.strip() for t in data.tags if t.strip()))
    for key in ("name", "wechat", "occupation", "employer", "hobbies", "address"):
        values[key] = (values[key] or "").strip()
    if not values["name"]:
        errors.append(FieldError("name", "required"))
    for key in ("phone", "phone_alt"):
        try:
            values[key] = normalize_phone(values[key], field=key)
        except ValidationError as exc:
            errors.extend(exc.errors)
    try:
        values["email"] = normalize_email(values["email"])
    except ValidationError as exc:
        errors.extend(exc.errors)
    try:
        check_birthday(
            CalendarKind(data.birthday_calendar),
            data.birth_year,
            data.birth_month,
            data.birth_day,
            data.birth_leap,
        )
    except ValidationError as exc:
        errors.extend(exc.errors)
    if data.marketing_consent and data.marketing_consent_date is None:
        errors.append(FieldError("marketing_consent_date", "consent_date_required"))
    if errors:
        raise ValidationError(errors)
    return CustomerInput(**values)


def validate_vehicle(data: VehicleInput, today: date | None = None) -> VehicleInput:
    check_storable_text(data)
    errors: list[FieldError] = []
    values = {name: getattr(data, name) for name in _VEHICLE_FIELDS}
    for key in ("make", "model", "trim", "colour", "notes"):
        values[key] = (values[key] or "").strip()
    if not values["make"] and not values["model"]:
        errors.append(FieldError("model", "required"))
    for key, check in (("vin", normalize_vin), ("plate", normalize_plate)):
        try:
            values[key] = check(values[key])
        except ValidationError as exc:
            errors.extend(exc.errors)
    today = today or date.today()
    if data.year is not None and not (1950 <= data.year <= today.year + 1):
        errors.append(FieldError("year", "year_invalid"))
    for key in ("price_yuan", "mileage_km"):
        if values[key] is not None and values[key] < 0:
            errors.append(FieldError(key, "negative"))
    if data.purchase_date and data.purchase_date > today:
        errors.append(FieldError("purchase_date", "date_future"))
    if errors:
        raise ValidationError(errors)
    return VehicleInput(**values)
