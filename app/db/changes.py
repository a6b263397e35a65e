"""What the triggers of migration 0005 note about changes, read in the caller's transaction."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.engine import Connection

from app.db.models import ChangeCount, ServiceVisit, VehicleChange

SOURCES_TOPIC = "reminder_sources"  # customers, household members and dated items
# vehicle changes kept in the log: a copy further behind than this reads everything again
# anyway (reminders' PATCH_LIMIT), so older entries serve no one
KEPT_VEHICLE_CHANGES = 2000


def source_versions(conn: Connection) -> tuple[int | None, int]:
    """(change counter of customers, household members and dated items; the last vehicle
    change noted, 0 when none). None for the counter on a book without it."""
    counter = conn.execute(
        select(ChangeCount.n).where(ChangeCount.topic == SOURCES_TOPIC)).scalar()
    vehicle_seq = conn.execute(select(func.max(VehicleChange.seq))).scalar() or 0
    return counter, vehicle_seq


def change_stamp(conn: Connection) -> tuple:
    """What moves when a customer, household member, dated item or vehicle changes as the
    triggers note it, or a service visit is added: `source_versions` and the last visit's
    id. Values worked out from the book hold while it stays the same."""
    return (*source_versions(conn), conn.execute(select(func.max(ServiceVisit.id))).scalar())


def vehicle_changes_to_prune(conn: Connection, keep: int = KEPT_VEHICLE_CHANGES) -> int | None:
    """The seq up to which the vehicle change log can go, keeping the newest `keep`
    entries; None when there is nothing to prune."""
    oldest, newest = conn.execute(
        select(func.min(VehicleChange.seq), func.max(VehicleChange.seq))).one()
    if newest is None or oldest > newest - keep:
        return None
    return newest - keep


def prune_vehicle_changes(conn: Connection, up_to: int) -> int:
    """Delete the vehicle change log's entries up to seq `up_to` (a row or two per service
    visit, kept for good otherwise); returns how many went. A copy older than the oldest
    entry left finds a gap and reads the book again (app.services.outreach.reminders)."""
    return conn.execute(delete(VehicleChange).where(VehicleChange.seq <= up_to)).rowcount
