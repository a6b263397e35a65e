"""Outreach: reminders, follow-up calls and the day's call sheet (leads will join here)."""

from app.services.outreach.callsheet import CallSheetService
from app.services.outreach.followups import FollowUpService
from app.services.outreach.reminders import ReminderService

__all__ = ["CallSheetService", "FollowUpService", "ReminderService"]
