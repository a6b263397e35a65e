"""Preferences, each declared once (key, type, default, label, section); window layout apart.

An `Option` says everything about one choice: where QSettings keeps it (the keys of earlier
releases, so a desk's settings carry over), its type, default and range, the words the
Preferences dialog shows and the section it shows them in. `Preferences` reads and writes
every option through its declaration (an attribute per option is made from it) and says
`changed(key)` when one changes; the dialog is built from the same declarations.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QObject,
    QSettings,
    Signal,
)

from app.domain.enums import ReminderKind
from app.domain.leads import (
    DEFAULT_DELIVERY_CARE_DAYS,
    DEFAULT_LEVELS,
    DEFAULT_OPENING,
    DEFAULT_RESPONSE_LIMIT_HOURS,
    IntentLevel,
)

# the options' defaults only: the window is declared without loading the rules that use them
# (they load with the book, after the window first shows)
from app.domain.rule_defaults import (
    DEFAULT_INTERVALS,
    DEFAULT_LEAD_DAYS,
    DEFAULT_LOOKBACK_DAYS,
    DEFAULT_PREMIUM_MAKES,
    ESCALATION_DAYS,
    NO_ANSWER_EXPIRY_DAYS,
    POST_SERVICE_DAYS,
    VALUE_WINDOW_YEARS,
    LapseThresholds,
    MaintenanceInterval,
    ValueThresholds,
)

if TYPE_CHECKING:
    from app.domain.desk_rules import FollowUpRules, Rules, ValueRules
    from app.domain.leads import LeadRules

ORGANIZATION = "Guanxi"
MAX_LOGINS = 10  # logins remembered at a desk for the sign-in dialog
APPLICATION = "Guanxi"

# the words of the options are the Preferences dialog's (lupdate files them under it)
CONTEXT = "PreferencesDialog"


def translated(text: str) -> str:
    """An option's words (label, suffix, note, section title) in the person's language."""
    return QCoreApplication.translate(CONTEXT, text) if text else ""


@dataclass(frozen=True)
class Section:
    """A tab of the Preferences dialog: its title and the title of the box on it."""

    name: str
    title: str
    box_title: str


SECTIONS: tuple[Section, ...] = (
    Section("general", QT_TRANSLATE_NOOP("PreferencesDialog", "General"),
            QT_TRANSLATE_NOOP("PreferencesDialog", "General")),
    Section("reminders", QT_TRANSLATE_NOOP("PreferencesDialog", "Reminders"),
            QT_TRANSLATE_NOOP("PreferencesDialog", "Reminders on the call sheet")),
    Section("follow_ups", QT_TRANSLATE_NOOP("PreferencesDialog", "Follow-ups"),
            QT_TRANSLATE_NOOP("PreferencesDialog", "Follow-ups")),
    Section("service_lane", QT_TRANSLATE_NOOP("PreferencesDialog", "Service lane"),
            QT_TRANSLATE_NOOP("PreferencesDialog", "Service lane")),
    Section("value", QT_TRANSLATE_NOOP("PreferencesDialog", "Customer value"),
            QT_TRANSLATE_NOOP("PreferencesDialog", "Customer value")),
    Section("leads", QT_TRANSLATE_NOOP("PreferencesDialog", "Leads"),
            QT_TRANSLATE_NOOP("PreferencesDialog", "Leads and the sales floor")),
    Section("backups", QT_TRANSLATE_NOOP("PreferencesDialog", "Backups"),
            QT_TRANSLATE_NOOP("PreferencesDialog", "Backups")),
    Section("privacy", QT_TRANSLATE_NOOP("PreferencesDialog", "Privacy"),
            QT_TRANSLATE_NOOP("PreferencesDialog", "Personal data")),
)


@dataclass(frozen=True)
class Option:
    """One choice a person makes in Preferences (or the program remembers).

    kind: "bool", "int", "float", "text", "folder", "server" (a server's address without
    its password), "choice" (one of `choices`, pairs of value and words), "staff" (a staff
    id or None), "makes" (a set of makes) or "intervals" (maintenance interval per make).
    `section` "" keeps it out of the dialog; `editor` names the dialog's hand-made editor
    for it ("" when made from the kind).
    Numbers are kept within [minimum, maximum]."""

    name: str
    key: str
    kind: str
    default: Any
    label: str = ""
    section: str = ""
    minimum: float | None = None
    maximum: float | None = None
    suffix: str = ""
    step: float | None = None
    decimals: int = 0
    choices: tuple[tuple[Any, str], ...] = ()
    note: str = ""
    object_name: str = ""
    editor: str = ""

    def clamp(self, number):
        if self.minimum is not None:
            number = max(type(number)(self.minimum), number)
        if self.maximum is not None:
            number = min(type(number)(self.maximum), number)
        return number

    def read(self, raw: Any) -> Any:
        """The stored value as this option's type (the default when unreadable)."""
        return _KINDS[self.kind][0](self, raw)

    def stored(self, value: Any) -> Any:
        """The value as QSettings keeps it."""
        return _KINDS[self.kind][1](self, value)


def _read_bool(option: Option, raw) -> bool:
    if isinstance(raw, str):
        return raw.strip().lower() in ("true", "1", "yes")
    return bool(raw) if raw is not None else option.default


def _read_number(cast: Callable) -> Callable:
    def read(option: Option, raw):
        try:
            return option.clamp(cast(raw))
        except (TypeError, ValueError):
            return option.default
    return read


def _read_staff(option: Option, raw) -> int | None:
    try:
        return int(raw) if raw not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _read_makes(option: Option, raw) -> frozenset[str]:
    if raw in (None, ""):
        return option.default
    try:
        return frozenset(str(m).strip() for m in json.loads(str(raw)) if str(m).strip())
    except (ValueError, TypeError):
        return option.default


def _read_logins(option: Option, raw) -> tuple[str, ...]:
    """Logins remembered at this desk, newest first (never a password)."""
    try:
        logins = json.loads(str(raw or "[]"))
    except ValueError:
        return option.default
    if not isinstance(logins, list):
        return option.default
    return tuple(str(login).strip() for login in logins if str(login).strip())[:MAX_LOGINS]


def _read_intervals(option: Option, raw) -> dict:
    """The defaults, with this store's own changes."""
    result = dict(option.default)
    try:
        for make, (months, km) in json.loads(str(raw or "{}")).items():
            result[make] = MaintenanceInterval(int(months), int(km))
    except (ValueError, TypeError):
        pass
    return result


def _read_levels(option: Option, raw) -> tuple[IntentLevel, ...]:
    """The intent levels: [code, name, horizon, cadence, dormant days] each (the defaults
    when unreadable, or when two levels share a code)."""
    try:
        levels = tuple(IntentLevel(str(code).strip(), max(0, int(horizon)),
                                   max(0, int(cadence)), max(1, int(dormant)), str(name).strip())
                       for code, name, horizon, cadence, dormant in json.loads(str(raw or "")))
    except (ValueError, TypeError):
        return option.default
    codes = [level.code for level in levels]
    if not codes or "" in codes or len(set(codes)) != len(codes):
        return option.default
    return levels


def _read_days(option: Option, raw) -> tuple[int, ...]:
    """Days as "1, 3, 7, 30" (any separators); the default when none is readable."""
    parts = re.split(r"[^0-9]+", str(raw or ""))
    days = sorted({option.clamp(int(p)) for p in parts if p})
    return tuple(days) if days else option.default


def _read_time(option: Option, raw):
    from datetime import time

    try:
        hours, minutes = str(raw).strip().split(":")[:2]
        return time(int(hours), int(minutes))
    except (ValueError, TypeError):
        return option.default


def _read_targets(option: Option, raw) -> dict[int, int]:
    """Staff id -> monthly target (won leads)."""
    try:
        return {int(k): int(v) for k, v in json.loads(str(raw or "{}")).items() if int(v) > 0}
    except (ValueError, TypeError, AttributeError):
        return dict(option.default)


# kind -> (read a stored value, make a value storable)
_KINDS: dict[str, tuple[Callable, Callable]] = {
    "bool": (_read_bool, lambda o, v: bool(v)),
    "int": (_read_number(int), lambda o, v: o.clamp(int(v))),
    "float": (_read_number(float), lambda o, v: o.clamp(float(v))),
    "text": (lambda o, raw: str(raw or "").strip(), lambda o, v: str(v or "").strip()),
    "folder": (lambda o, raw: str(raw or "").strip(), lambda o, v: str(v or "").strip()),
    "server": (lambda o, raw: str(raw or "").strip(), lambda o, v: str(v or "").strip()),
    "choice": (lambda o, raw: str(raw or ""), lambda o, v: str(v or "")),
    "staff": (_read_staff, lambda o, v: "" if v is None else int(v)),
    "makes": (_read_makes,
              lambda o, v: json.dumps(sorted({str(m).strip() for m in v if str(m).strip()}),
                                      ensure_ascii=False)),
    "logins": (_read_logins,
               lambda o, v: json.dumps([str(x) for x in v][:MAX_LOGINS], ensure_ascii=False)),
    "intervals": (_read_intervals,
                  lambda o, v: json.dumps({make: [i.months, i.km] for make, i in v.items()},
                                          ensure_ascii=False)),
    "levels": (_read_levels,
               lambda o, v: json.dumps([[lv.code, lv.name, lv.horizon_days, lv.cadence_days,
                                         lv.dormant_days] for lv in v], ensure_ascii=False)),
    "days": (_read_days, lambda o, v: ", ".join(str(o.clamp(int(d))) for d in sorted(set(v)))),
    "time": (_read_time, lambda o, v: v.strftime("%H:%M")),
    "targets": (_read_targets,
                lambda o, v: json.dumps({str(k): int(n) for k, n in sorted(v.items())
                                         if int(n) > 0})),
}

_DAYS = QT_TRANSLATE_NOOP("PreferencesDialog", " days")
_MONTHS = QT_TRANSLATE_NOOP("PreferencesDialog", " months")


def _reminder_options() -> list[Option]:
    """Per reminder kind, the days ahead it shows and the days after its date it stays on
    the call sheet (a late greeting is no call); the dialog shows them as one table."""
    leads = [Option(f"lead_{kind.value}", f"reminders/lead_{kind.value}", "int",
                    DEFAULT_LEAD_DAYS[kind], section="reminders", minimum=0, maximum=365,
                    suffix=_DAYS, object_name=f"lead_{kind.value}", editor="reminder_table")
             for kind in ReminderKind]
    backs = [Option(f"lookback_{kind.value}", f"reminders/lookback_{kind.value}", "int",
                    DEFAULT_LOOKBACK_DAYS[kind], section="reminders", minimum=0, maximum=90,
                    suffix=_DAYS, object_name=f"lookback_{kind.value}", editor="reminder_table")
             for kind in ReminderKind]
    return leads + backs


_THRESHOLDS = ValueThresholds()

OPTIONS: tuple[Option, ...] = (
    # general
    Option("language", "preferences/language", "choice", "",
           QT_TRANSLATE_NOOP("PreferencesDialog", "Language"), "general",
           choices=(("", QT_TRANSLATE_NOOP("PreferencesDialog", "Same as the system")),
                    ("zh_CN", "简体中文"), ("en", "English")),
           note=QT_TRANSLATE_NOOP("PreferencesDialog",
                                  "A new language takes effect the next time Guanxi starts."),
           object_name="languageChoice"),
    Option("desk_advisor_id", "preferences/desk_advisor_id", "staff", None,
           QT_TRANSLATE_NOOP("PreferencesDialog", "This desk's advisor"), "general",
           object_name="deskAdvisor", editor="advisor"),
    Option("lock_after_minutes", "preferences/lock_after_minutes", "int", 10,
           QT_TRANSLATE_NOOP("PreferencesDialog", "Lock the window after"), "general",
           minimum=0, maximum=480,
           suffix=QT_TRANSLATE_NOOP("PreferencesDialog", " minutes without use"),
           note=QT_TRANSLATE_NOOP("PreferencesDialog",
                                  "0: never. Unlocking asks for the password again."),
           object_name="lockAfterMinutes"),
    # the book at start (no --db): "" for the book on this computer, else a shared book's
    # server address, always without its password (that is in the keyring, or asked)
    Option("server_book", "book/server", "server", "",
           QT_TRANSLATE_NOOP("PreferencesDialog", "Book"), "general",
           object_name="bookPlace", editor="server_book",
           note=QT_TRANSLATE_NOOP("PreferencesDialog",
                                  "A change of book takes effect the next time Guanxi starts.")),
    # reminders
    *_reminder_options(),
    # follow-ups
    Option("no_answer_expiry_days", "followups/no_answer_expiry_days", "int",
           NO_ANSWER_EXPIRY_DAYS,
           QT_TRANSLATE_NOOP("PreferencesDialog", "Keep calling after no answer for"),
           "follow_ups", minimum=0, maximum=90, suffix=_DAYS, object_name="noAnswerExpiryDays"),
    Option("escalation_days", "followups/escalation_days", "int", ESCALATION_DAYS,
           QT_TRANSLATE_NOOP("PreferencesDialog", "Show to the manager when overdue by"),
           "follow_ups", minimum=0, maximum=60, suffix=_DAYS, object_name="escalationDays"),
    # service lane
    Option("post_service_days", "service/post_service_days", "int", POST_SERVICE_DAYS,
           QT_TRANSLATE_NOOP("PreferencesDialog", "After-service call after"), "service_lane",
           minimum=0, maximum=60, suffix=_DAYS, object_name="postServiceDays"),
    Option("at_risk_months", "service/at_risk_months", "int", LapseThresholds().at_risk_months,
           QT_TRANSLATE_NOOP("PreferencesDialog", "At risk after no visit for"), "service_lane",
           minimum=0, maximum=120, suffix=_MONTHS, object_name="atRiskMonths"),
    Option("lost_months", "service/lost_months", "int", LapseThresholds().lost_months,
           QT_TRANSLATE_NOOP("PreferencesDialog", "Lost after no visit for"), "service_lane",
           minimum=0, maximum=240, suffix=_MONTHS, object_name="lostMonths"),
    Option("maintenance_intervals", "service/intervals", "intervals", DEFAULT_INTERVALS,
           QT_TRANSLATE_NOOP("PreferencesDialog",
                             "Maintenance interval per make (whichever comes first)"),
           "service_lane", object_name="maintenanceIntervals", editor="intervals"),
    # customer value
    Option("value_window_years", "value/window_years", "int", VALUE_WINDOW_YEARS,
           QT_TRANSLATE_NOOP("PreferencesDialog", "Count sales and service of the last"), "value",
           minimum=1, maximum=20, suffix=QT_TRANSLATE_NOOP("PreferencesDialog", " years"),
           object_name="valueWindowYears"),
    Option("high_value_yuan", "value/high_value_yuan", "int", _THRESHOLDS.high_value_yuan,
           QT_TRANSLATE_NOOP("PreferencesDialog", "High value from"), "value", minimum=0,
           maximum=100_000_000, step=10_000,
           suffix=QT_TRANSLATE_NOOP("PreferencesDialog", " yuan"), object_name="highValueYuan"),
    Option("high_loyalty", "value/high_loyalty", "float", _THRESHOLDS.high_loyalty,
           QT_TRANSLATE_NOOP("PreferencesDialog", "High loyalty from a score of"), "value",
           minimum=0, maximum=1000, decimals=1, object_name="highLoyalty",
           note=QT_TRANSLATE_NOOP(
               "PreferencesDialog",
               "Loyalty score = visits a year + kinds of service used + 2 × referrals. "
               "Top tier: high value and high loyalty; middle: one of the two; small: neither.")),
    Option("premium_makes", "value/premium_makes", "makes", DEFAULT_PREMIUM_MAKES,
           QT_TRANSLATE_NOOP("PreferencesDialog", "Premium makes or models"), "value",
           note=QT_TRANSLATE_NOOP("PreferencesDialog", "Separate them with commas."),
           object_name="premiumMakes"),
    # leads and the sales floor (issue 16): app.domain.leads.LeadRules
    Option("lead_levels", "leads/levels", "levels", DEFAULT_LEVELS,
           QT_TRANSLATE_NOOP("PreferencesDialog", "Intent levels"), "leads",
           object_name="leadLevels", editor="lead_levels"),
    Option("delivery_care_days", "leads/delivery_care_days", "days",
           DEFAULT_DELIVERY_CARE_DAYS,
           QT_TRANSLATE_NOOP("PreferencesDialog", "Calls after a delivery, days after"),
           "leads", minimum=0, maximum=365, object_name="deliveryCareDays",
           editor="care_days",
           note=QT_TRANSLATE_NOOP("PreferencesDialog",
                                  "Separate the days with commas, e.g. 1, 3, 7, 30.")),
    Option("response_limit_hours", "leads/response_limit_hours", "float",
           float(DEFAULT_RESPONSE_LIMIT_HOURS),
           QT_TRANSLATE_NOOP("PreferencesDialog", "Call a new lead within"), "leads",
           minimum=0.5, maximum=72, decimals=1, step=0.5,
           suffix=QT_TRANSLATE_NOOP("PreferencesDialog", " opening hours"),
           object_name="responseLimitHours",
           note=QT_TRANSLATE_NOOP("PreferencesDialog",
                                  "A new lead nobody has called by then is shown to the "
                                  "sales manager.")),
    Option("opening_start", "leads/opening_start", "time", DEFAULT_OPENING[0],
           QT_TRANSLATE_NOOP("PreferencesDialog", "Showroom opening hours"), "leads",
           object_name="openingStart", editor="opening"),
    Option("opening_end", "leads/opening_end", "time", DEFAULT_OPENING[1],
           QT_TRANSLATE_NOOP("PreferencesDialog", "Showroom opening hours"), "leads",
           object_name="openingEnd", editor="opening"),
    Option("lead_targets", "leads/targets", "targets", {},
           QT_TRANSLATE_NOOP("PreferencesDialog", "Monthly target per advisor (won leads)"),
           "leads", object_name="leadTargets", editor="lead_targets"),
    # backups of a book file (app.services.admin.backups; a server's book is the server's)
    Option("backup_folder", "backups/folder", "folder", "",
           QT_TRANSLATE_NOOP("PreferencesDialog", "Backups folder"), "backups",
           object_name="backupFolder"),
    Option("backup_every_hours", "backups/every_hours", "int", 4,
           QT_TRANSLATE_NOOP("PreferencesDialog", "While the book is open, back up every"),
           "backups", minimum=1, maximum=24, suffix=QT_TRANSLATE_NOOP("PreferencesDialog", " hours"),
           object_name="backupEveryHours"),
    Option("backup_on_close", "backups/on_close", "bool", True,
           QT_TRANSLATE_NOOP("PreferencesDialog", "Back up the book when Guanxi closes"),
           "backups", object_name="backupOnClose",
           note=QT_TRANSLATE_NOOP(
               "PreferencesDialog",
               "Each backup is checked before older ones are removed. Kept: one a day for the "
               "last 7 days, one a week for 4 weeks and one a month for 12 months. Keep the "
               "backups on another disk or a USB drive to be safe from a broken disk.")),
    # personal data kept no longer than needed (issue 14): Tools > Customers due for review
    Option("review_inactive_years", "privacy/review_inactive_years", "int", 5,
           QT_TRANSLATE_NOOP("PreferencesDialog", "Review customers inactive for"), "privacy",
           minimum=1, maximum=30, suffix=QT_TRANSLATE_NOOP("PreferencesDialog", " years"),
           object_name="reviewInactiveYears",
           note=QT_TRANSLATE_NOOP(
               "PreferencesDialog",
               "Customers with no visit, no contact and no change for this long are listed in "
               "Tools > Customers due for review, to be erased or kept.")),
    # remembered, not chosen
    Option("first_start_done", "state/first_start_done", "bool", False),
    # who signed in at this desk, newest first (the sign-in dialog offers them)
    Option("remembered_logins", "state/remembered_logins", "logins", ()),
    # the shared book was chosen with a password (asked at start when no keyring keeps it)
    Option("server_password_needed", "book/server_password_needed", "bool", True),
)

OPTION: dict[str, Option] = {o.name: o for o in OPTIONS}
BY_KEY: dict[str, Option] = {o.key: o for o in OPTIONS}


def section_options(section: str) -> list[Option]:
    """The options of one section of the dialog, in the order they are declared."""
    return [o for o in OPTIONS if o.section == section]


class Preferences(QObject):
    """Typed access to what a person chooses in Preferences: an attribute per option
    (`preferences.backup_every_hours`), read and written through its declaration.

    `changed(key)` is said once per option whose value a write changed (its QSettings key)."""

    changed = Signal(str)

    def __init__(self, settings: QSettings | None = None):
        super().__init__()
        self.settings = settings or QSettings(ORGANIZATION, APPLICATION)

    def value(self, name: str) -> Any:
        option = OPTION[name]
        raw = self.settings.value(option.key, None)
        if raw is None:  # never stored: the default (a copy of a table, never the table)
            return dict(option.default) if isinstance(option.default, dict) else option.default
        return option.read(raw)

    def set_value(self, name: str, value: Any) -> None:
        option = OPTION[name]
        before = self.value(name)
        self.settings.setValue(option.key, option.stored(value))
        if self.value(name) != before:
            self.changed.emit(option.key)

    # ------------------------------------------------------------ several options at once
    @property
    def lead_days(self) -> dict:
        """Lead time per reminder kind (days); defaults from the reminder engine."""
        return {kind: self.value(f"lead_{kind.value}") for kind in ReminderKind}

    def set_lead_days(self, kind, days: int) -> None:
        self.set_value(f"lead_{ReminderKind(kind).value}", days)

    @property
    def lookback_days(self) -> dict:
        """Per reminder kind, the days after its date before an unhandled reminder drops
        off the call sheet; defaults from the call sheet's rules."""
        return {kind: self.value(f"lookback_{kind.value}") for kind in DEFAULT_LOOKBACK_DAYS}

    def set_lookback_days(self, kind, days: int) -> None:
        self.set_value(f"lookback_{ReminderKind(kind).value}", days)

    @property
    def follow_up_rules(self) -> FollowUpRules:
        from app.domain.desk_rules import FollowUpRules

        return FollowUpRules(self.no_answer_expiry_days, self.escalation_days)

    @property
    def lapse_thresholds(self) -> LapseThresholds:
        at_risk = self.at_risk_months
        return LapseThresholds(at_risk, max(at_risk, self.lost_months))

    def set_lapse_thresholds(self, at_risk_months: int, lost_months: int) -> None:
        self.at_risk_months = at_risk_months
        self.lost_months = max(at_risk_months, lost_months)

    def set_maintenance_intervals(self, intervals: dict) -> None:
        self.maintenance_intervals = intervals

    @property
    def value_thresholds(self) -> ValueThresholds:
        return ValueThresholds(self.high_value_yuan, self.high_loyalty)

    def set_value_thresholds(self, high_value_yuan: int, high_loyalty: float) -> None:
        self.high_value_yuan = high_value_yuan
        self.high_loyalty = high_loyalty

    def set_premium_makes(self, makes: Iterable[str]) -> None:
        self.premium_makes = makes

    def segment_options(self) -> dict:
        """The keyword arguments of the value computations (SegmentService, dashboard)."""
        return self.value_rules.as_keywords()

    @property
    def value_rules(self) -> ValueRules:
        from app.domain.desk_rules import ValueRules

        return ValueRules(self.value_window_years, self.value_thresholds, self.premium_makes)

    @property
    def lead_rules(self) -> LeadRules:
        """The store's lead rules (the defaults where what is stored does not hold together,
        e.g. opening hours that end before they start)."""
        from app.domain.leads import LeadRules

        try:
            return LeadRules(self.lead_levels, self.delivery_care_days,
                             self.response_limit_hours, (self.opening_start, self.opening_end),
                             self.lead_targets)
        except ValueError:
            return LeadRules(self.lead_levels, self.delivery_care_days,
                             self.response_limit_hours, targets=self.lead_targets)

    @property
    def rules(self) -> Rules:
        """The store's rules, as the services take them (`open_book`, `apply_rules`)."""
        from app.domain.desk_rules import ReminderRules, Rules, ServiceLaneRules

        return Rules(
            reminders=ReminderRules(self.lead_days, self.lookback_days),
            follow_ups=self.follow_up_rules,
            service_lane=ServiceLaneRules(self.post_service_days, self.maintenance_intervals,
                                          self.lapse_thresholds),
            value=self.value_rules,
            leads=self.lead_rules,
        )

    def remember_login(self, login: str) -> None:
        """`login` signed in at this desk: first in the sign-in dialog's list from now on."""
        login = login.strip()
        if login:
            kept = [x for x in self.remembered_logins if x != login]
            self.remembered_logins = (login, *kept)[:MAX_LOGINS]

    # window layout: not preferences, but remembered the same way
    def geometry(self, key: str) -> QByteArray | None:
        value = self.settings.value(f"layout/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        self.settings.setValue(f"layout/{key}", value)


def _attribute(option: Option) -> property:
    def get(self: Preferences):
        return self.value(option.name)

    def put(self: Preferences, value) -> None:
        self.set_value(option.name, value)

    return property(get, put, doc=option.label or option.key)


for _option in OPTIONS:
    setattr(Preferences, _option.name, _attribute(_option))
