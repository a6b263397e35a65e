"""Whose request a write is: `with origin(view): service.save(...)` makes the writes done
inside it tell that view as their initiator (the change signal skips it; it has refreshed
itself). The op runner does it for every op."""

from app.db.unit import current_origin, origin

__all__ = ["current_origin", "origin"]
