"""The card's vehicles and timeline as lists on the generic list model: the rows come with
the card (one read), so the model's pages are looked up in what the card holds."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.presentation import labels
from app.ui.models.table_model import RIGHT, ListColumn, ListModel

_CONTEXT = "CustomerCardWidget"  # the headers' translations are the card's


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _vehicle_title(v) -> str:
    return v.title + (_tr(" (archived)") if v.archived_at else "")


def _next_service(v) -> str:
    if not v.next_service_due:
        return ""
    return _tr("%1 or %2 km").replace("%1", labels.date_text(v.next_service_due)).replace(
        "%2", f"{v.next_service_km:,}")


class VehicleColumn(ListColumn):
    """The card's vehicles."""

    __translation_context__ = _CONTEXT
    VEHICLE = (QT_TRANSLATE_NOOP("CustomerCardWidget", "Vehicle"), _vehicle_title)
    PLATE = (QT_TRANSLATE_NOOP("CustomerCardWidget", "Plate"), lambda v: v.plate)
    VIN = (QT_TRANSLATE_NOOP("CustomerCardWidget", "VIN"), lambda v: v.vin)
    YEAR = (QT_TRANSLATE_NOOP("CustomerCardWidget", "Model year"), lambda v: str(v.year or ""))
    MILEAGE = (QT_TRANSLATE_NOOP("CustomerCardWidget", "Mileage (km)"),
               lambda v: f"{v.mileage_km:,}" if v.mileage_km else "", RIGHT,
               lambda v: v.mileage_km or 0)
    INSURANCE = (QT_TRANSLATE_NOOP("CustomerCardWidget", "Insurance expires"),
                 lambda v: labels.date_text(v.insurance_expiry))
    INSPECTION = (QT_TRANSLATE_NOOP("CustomerCardWidget", "Inspection due"),
                  lambda v: labels.date_text(v.inspection_due))
    WARRANTY = (QT_TRANSLATE_NOOP("CustomerCardWidget", "Warranty ends"),
                lambda v: labels.date_text(v.warranty_end))
    NEXT_SERVICE = (QT_TRANSLATE_NOOP("CustomerCardWidget", "Next service"), _next_service)


class TimelineColumn(ListColumn):
    """The card's timeline, newest first."""

    __translation_context__ = _CONTEXT
    WHEN = (QT_TRANSLATE_NOOP("CustomerCardWidget", "When"),
            lambda e: labels.datetime_text(e.occurred_at))
    KIND = (QT_TRANSLATE_NOOP("CustomerCardWidget", "Kind"),
            lambda e: labels.interaction_kind(e.kind))
    WHAT = (QT_TRANSLATE_NOOP("CustomerCardWidget", "What"),
            lambda e: (f"[{labels.outcome(e.outcome)}] " if e.outcome else "") + e.summary)
    STAFF = (QT_TRANSLATE_NOOP("CustomerCardWidget", "Staff"), lambda e: e.staff_name)
    VEHICLE = (QT_TRANSLATE_NOOP("CustomerCardWidget", "Vehicle"), lambda e: e.plate)


class HeldRows:
    """The rows a card read brought, looked up by id for the list model."""

    def __init__(self) -> None:
        self._rows: dict[Hashable, Any] = {}

    def hold(self, rows: Iterable[Any]) -> list[Hashable]:
        """Keep these rows (the ones held before are let go); their ids in order."""
        self._rows = {row.id: row for row in rows}
        return list(self._rows)

    def fetch(self, ids: Sequence[Hashable]) -> list[Any]:
        return [self._rows[i] for i in ids if i in self._rows]


def held_list(columns: type[ListColumn], parent=None) -> tuple[ListModel, HeldRows]:
    """A list model over rows the card holds (`rows.hold(...)` then `model.set_ids(...)`)."""
    rows = HeldRows()
    return ListModel(columns, rows.fetch, parent=parent), rows
