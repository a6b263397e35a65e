"""The service lane: visits, the next service each car is due, customers who stopped coming."""

from app.services.service_lane.visits import VisitService

__all__ = ["VisitService"]
