"""What the triggers of migration 0005 note about changes, read in the caller's transaction."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from app.db.models import ChangeCount, VehicleChange

SOURCES_TOPIC = "reminder_sources"  # customers, household members and dated items


def source_versions(conn: Connection) -> tuple[int | None, int]:
    """(change counter of customers, household members and dated items; the last vehicle
    change noted, 0 when none). None for the counter on a book without it."""
    counter = conn.execute(
        select(ChangeCount.n).where(ChangeCount.topic == SOURCES_TOPIC)).scalar()
    vehicle_seq = conn.execute(select(func.max(VehicleChange.seq))).scalar() or 0
    return counter, vehicle_seq
