"""Customers: the card (customer, vehicles, household) and its timeline."""

from app.services.customers.cards import Cancelled, CustomerService, CustomerSort, StatementCancel
from app.services.customers.household import HouseholdService
from app.services.customers.timeline import TimelineService
from app.services.customers.vehicles import VehicleService

__all__ = ["Cancelled", "CustomerService", "CustomerSort", "HouseholdService",
           "StatementCancel", "TimelineService", "VehicleService"]
