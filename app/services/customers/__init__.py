"""Customers: the card (customer, vehicles, household) and its timeline."""

from app.services.customers.cards import CustomerService, CustomerSort
from app.services.customers.household import HouseholdService
from app.services.customers.timeline import TimelineService
from app.services.customers.vehicles import VehicleService

__all__ = ["CustomerService", "CustomerSort", "HouseholdService", "TimelineService",
           "VehicleService"]
