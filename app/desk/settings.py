"""Preferences, declared once with their defaults; window layout kept apart."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "Guanxi"
APPLICATION = "Guanxi"


class Preferences:
    """Typed access to what a person chooses in Preferences."""

    def __init__(self, settings: QSettings | None = None):
        self.settings = settings or QSettings(ORGANIZATION, APPLICATION)

    @property
    def language(self) -> str:
        """'' follows the system; 'zh_CN' or 'en' is a choice."""
        return str(self.settings.value("preferences/language", "") or "")

    @language.setter
    def language(self, value: str) -> None:
        self.settings.setValue("preferences/language", value or "")

    @property
    def first_start_done(self) -> bool:
        return self.settings.value("state/first_start_done", False, type=bool)

    @first_start_done.setter
    def first_start_done(self, value: bool) -> None:
        self.settings.setValue("state/first_start_done", bool(value))

    @property
    def desk_advisor_id(self) -> int | None:
        """The staff member this desk belongs to (the start-up summary is theirs)."""
        value = self.settings.value("preferences/desk_advisor_id", None)
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    @desk_advisor_id.setter
    def desk_advisor_id(self, value: int | None) -> None:
        self.settings.setValue("preferences/desk_advisor_id", "" if value is None else int(value))

    @property
    def lead_days(self) -> dict:
        """Lead time per reminder kind (days); defaults from the reminder engine."""
        from app.domain.enums import ReminderKind
        from app.domain.recurrence import DEFAULT_LEAD_DAYS

        result = {}
        for kind in ReminderKind:
            value = self.settings.value(f"reminders/lead_{kind.value}", DEFAULT_LEAD_DAYS[kind])
            try:
                result[kind] = max(0, int(value))
            except (TypeError, ValueError):
                result[kind] = DEFAULT_LEAD_DAYS[kind]
        return result

    def set_lead_days(self, kind, days: int) -> None:
        self.settings.setValue(f"reminders/lead_{kind.value}", int(days))

    @property
    def lookback_days(self) -> dict:
        """Per reminder kind, the days after its date before an unhandled reminder drops
        off the call sheet; defaults from the call sheet's rules."""
        from app.domain.reminder_records import DEFAULT_LOOKBACK_DAYS

        result = {}
        for kind, default in DEFAULT_LOOKBACK_DAYS.items():
            value = self.settings.value(f"reminders/lookback_{kind.value}", default)
            try:
                result[kind] = max(0, int(value))
            except (TypeError, ValueError):
                result[kind] = default
        return result

    def set_lookback_days(self, kind, days: int) -> None:
        self.settings.setValue(f"reminders/lookback_{kind.value}", max(0, int(days)))

    def _int(self, key: str, default: int) -> int:
        try:
            return max(0, int(self.settings.value(key, default)))
        except (TypeError, ValueError):
            return default

    @property
    def no_answer_expiry_days(self) -> int:
        return self._int("followups/no_answer_expiry_days", 15)

    @no_answer_expiry_days.setter
    def no_answer_expiry_days(self, value: int) -> None:
        self.settings.setValue("followups/no_answer_expiry_days", int(value))

    @property
    def escalation_days(self) -> int:
        return self._int("followups/escalation_days", 3)

    @escalation_days.setter
    def escalation_days(self, value: int) -> None:
        self.settings.setValue("followups/escalation_days", int(value))

    @property
    def follow_up_rules(self):
        from app.services.outreach.followups import FollowUpRules

        return FollowUpRules(self.no_answer_expiry_days, self.escalation_days)

    @property
    def post_service_days(self) -> int:
        return self._int("service/post_service_days", 3)

    @post_service_days.setter
    def post_service_days(self, value: int) -> None:
        self.settings.setValue("service/post_service_days", int(value))

    @property
    def lapse_thresholds(self):
        from app.domain.service_rules import LapseThresholds

        at_risk = self._int("service/at_risk_months", 6)
        lost = max(at_risk, self._int("service/lost_months", 12))
        return LapseThresholds(at_risk, lost)

    def set_lapse_thresholds(self, at_risk_months: int, lost_months: int) -> None:
        self.settings.setValue("service/at_risk_months", int(at_risk_months))
        self.settings.setValue("service/lost_months", int(max(at_risk_months, lost_months)))

    @property
    def maintenance_intervals(self) -> dict:
        """Make -> MaintenanceInterval: the defaults, with this store's own changes."""
        import json

        from app.domain.service_rules import DEFAULT_INTERVALS, MaintenanceInterval

        result = dict(DEFAULT_INTERVALS)
        try:
            stored = json.loads(str(self.settings.value("service/intervals", "{}") or "{}"))
            for make, (months, km) in stored.items():
                result[make] = MaintenanceInterval(int(months), int(km))
        except (ValueError, TypeError):
            pass
        return result

    def set_maintenance_intervals(self, intervals: dict) -> None:
        import json

        self.settings.setValue("service/intervals", json.dumps(
            {make: [i.months, i.km] for make, i in intervals.items()}, ensure_ascii=False))

    @property
    def value_window_years(self) -> int:
        """How many years back a customer's value counts (sales and service)."""
        return max(1, min(20, self._int("value/window_years", 3)))

    @value_window_years.setter
    def value_window_years(self, value: int) -> None:
        self.settings.setValue("value/window_years", int(value))

    @property
    def value_thresholds(self):
        from app.domain.segments import ValueThresholds

        default = ValueThresholds()
        try:
            loyalty = max(0.0, float(self.settings.value("value/high_loyalty", default.high_loyalty)))
        except (TypeError, ValueError):
            loyalty = default.high_loyalty
        return ValueThresholds(self._int("value/high_value_yuan", default.high_value_yuan), loyalty)

    def set_value_thresholds(self, high_value_yuan: int, high_loyalty: float) -> None:
        self.settings.setValue("value/high_value_yuan", int(high_value_yuan))
        self.settings.setValue("value/high_loyalty", float(high_loyalty))

    @property
    def premium_makes(self) -> frozenset[str]:
        """Makes (or models) counted as premium; the built-in list until changed."""
        import json

        from app.domain.segments import DEFAULT_PREMIUM_MAKES

        stored = self.settings.value("value/premium_makes", None)
        if stored in (None, ""):
            return DEFAULT_PREMIUM_MAKES
        try:
            return frozenset(str(m).strip() for m in json.loads(str(stored)) if str(m).strip())
        except (ValueError, TypeError):
            return DEFAULT_PREMIUM_MAKES

    def set_premium_makes(self, makes) -> None:
        import json

        self.settings.setValue("value/premium_makes",
                               json.dumps(sorted(set(makes)), ensure_ascii=False))

    def segment_options(self) -> dict:
        """The keyword arguments of the value computations (SegmentService, dashboard)."""
        return {"window_years": self.value_window_years, "thresholds": self.value_thresholds,
                "premium_makes": self.premium_makes}

    # backups of a book file (app.services.admin.backups; a server's book is the server's to keep)
    @property
    def backup_folder(self) -> str:
        """Where backups go; '' is the `backups` folder beside the book."""
        return str(self.settings.value("backups/folder", "") or "").strip()

    @backup_folder.setter
    def backup_folder(self, value: str) -> None:
        self.settings.setValue("backups/folder", (value or "").strip())

    @property
    def backup_every_hours(self) -> int:
        """At most this many hours between automatic backups while the book is open."""
        return max(1, min(24, self._int("backups/every_hours", 4)))

    @backup_every_hours.setter
    def backup_every_hours(self, value: int) -> None:
        self.settings.setValue("backups/every_hours", max(1, min(24, int(value))))

    @property
    def backup_on_close(self) -> bool:
        return self.settings.value("backups/on_close", True, type=bool)

    @backup_on_close.setter
    def backup_on_close(self, value: bool) -> None:
        self.settings.setValue("backups/on_close", bool(value))

    # window layout: not preferences, but remembered the same way
    def geometry(self, key: str) -> QByteArray | None:
        value = self.settings.value(f"layout/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        self.settings.setValue(f"layout/{key}", value)
