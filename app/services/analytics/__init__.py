"""Analytics: customer value segments, the dashboard's figures and reports."""

from app.services.analytics.dashboard import DashboardService
from app.services.analytics.segments import SegmentService

__all__ = ["DashboardService", "SegmentService"]
