"""The defaults of what a store may change in Preferences, as plain values: days ahead and
days after per reminder kind, maintenance intervals per make, when a customer who stopped
coming is at risk or lost, where high value and loyalty start, the premium makes, and the
follow-up and after-service days.

No rule works here. The rules that use these values (recurrence, reminder_records,
service_rules, segments) import them from here and say them again for their callers; the
window declares its options (app.desk.settings) from this module alone, so the rules are
not loaded before the window first shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.enums import ReminderKind

# ---------------------------------------------------------------- reminders
# How many days ahead of its date an occurrence shows.
DEFAULT_LEAD_DAYS: dict[ReminderKind, int] = {
    ReminderKind.BIRTHDAY: 3,
    ReminderKind.HOUSEHOLD_BIRTHDAY: 3,
    ReminderKind.PURCHASE_ANNIVERSARY: 7,
    ReminderKind.WEDDING_ANNIVERSARY: 7,
    ReminderKind.INSURANCE: 30,
    ReminderKind.INSPECTION: 30,
    ReminderKind.WARRANTY: 30,
    ReminderKind.MAINTENANCE: 14,
    ReminderKind.CUSTOM: 7,
    ReminderKind.HOLIDAY: 7,
}

# How many days after its date an unhandled occurrence stays on the call sheet before it
# drops off: a birthday greeting three weeks late is not a call, an expired insurance
# policy still is for a month. Each desk may change them (Preferences).
DEFAULT_LOOKBACK_DAYS: dict[ReminderKind, int] = {
    ReminderKind.BIRTHDAY: 3,
    ReminderKind.HOUSEHOLD_BIRTHDAY: 3,
    ReminderKind.HOLIDAY: 3,
    ReminderKind.PURCHASE_ANNIVERSARY: 7,
    ReminderKind.WEDDING_ANNIVERSARY: 7,
    ReminderKind.CUSTOM: 7,
    ReminderKind.WARRANTY: 14,
    ReminderKind.INSURANCE: 30,
    ReminderKind.INSPECTION: 30,
    ReminderKind.MAINTENANCE: 30,
}

# ---------------------------------------------------------------- follow-ups
NO_ANSWER_EXPIRY_DAYS = 15
ESCALATION_DAYS = 3

# ---------------------------------------------------------------- service lane
POST_SERVICE_DAYS = 3

@dataclass(frozen=True)
class MaintenanceInterval:
    """Service every ``months`` months or ``km`` kilometres, whichever comes first."""

    months: int
    km: int

    def __post_init__(self) -> None:
        if self.months <= 0 or self.km <= 0:
            raise ValueError(f"maintenance interval must be positive: {self!r}")


DEFAULT_INTERVAL = MaintenanceInterval(months=12, km=10_000)

# Default intervals per make, as the make is stored on the vehicle (Chinese brand names).
# These are a judgement of common Chinese 4S-store practice for routine oil services, not
# manufacturer specifications; they are meant to be edited in the preferences.
#   Japanese makes: 6 months / 5,000 km (dealers keep the short mineral/semi-synthetic schedule).
#   大众 and 斯柯达: 6 months / 7,500 km.
#   German premium (condition based service; the dealer reminder is yearly):
#     奥迪 and 奔驰 12 months / 10,000 km, 宝马 and 保时捷 12 months / 15,000 km.
#   American makes: 6 months / 7,500 km (别克 advises 5,000-10,000 km by oil grade).
#   沃尔沃, 领克: 12 months / 10,000 km.
#   Domestic petrol makes: 6 months / 5,000 km.
#   New-energy makes (pure electric, and the range-extender / plug-in brands that sell mainly
#   NEVs, including 比亚迪 and 理想): 12 months / 20,000 km. A 比亚迪 DM-i or 理想 range extender
#   still has an engine; stores that service these by the oil schedule should edit the entry.
_SIX_5000 = MaintenanceInterval(months=6, km=5_000)
_SIX_7500 = MaintenanceInterval(months=6, km=7_500)
_TWELVE_10000 = MaintenanceInterval(months=12, km=10_000)
_TWELVE_15000 = MaintenanceInterval(months=12, km=15_000)
_TWELVE_20000 = MaintenanceInterval(months=12, km=20_000)

DEFAULT_INTERVALS: dict[str, MaintenanceInterval] = {
    # Japanese
    "丰田": _SIX_5000,
    "本田": _SIX_5000,
    "日产": _SIX_5000,
    "马自达": _SIX_5000,
    "三菱": _SIX_5000,
    "雷克萨斯": _SIX_5000,
    "英菲尼迪": _SIX_5000,
    # German and European
    "大众": _SIX_7500,
    "斯柯达": _SIX_7500,
    "奥迪": _TWELVE_10000,
    "奔驰": _TWELVE_10000,
    "宝马": _TWELVE_15000,
    "保时捷": _TWELVE_15000,
    "沃尔沃": _TWELVE_10000,
    # American
    "别克": _SIX_7500,
    "雪佛兰": _SIX_7500,
    "凯迪拉克": _SIX_7500,
    "福特": _SIX_7500,
    # Domestic petrol
    "吉利": _SIX_5000,
    "长安": _SIX_5000,
    "哈弗": _SIX_5000,
    "长城": _SIX_5000,
    "奇瑞": _SIX_5000,
    "传祺": _SIX_5000,
    "红旗": _SIX_5000,
    "领克": _TWELVE_10000,
    # New energy
    "比亚迪": _TWELVE_20000,
    "特斯拉": _TWELVE_20000,
    "蔚来": _TWELVE_20000,
    "小鹏": _TWELVE_20000,
    "理想": _TWELVE_20000,
    "极氪": _TWELVE_20000,
    "埃安": _TWELVE_20000,
    "零跑": _TWELVE_20000,
    "问界": _TWELVE_20000,
    "小米": _TWELVE_20000,
}


@dataclass(frozen=True)
class LapseThresholds:
    at_risk_months: int = 6
    lost_months: int = 12

    def __post_init__(self) -> None:
        if self.at_risk_months < 0 or self.lost_months < self.at_risk_months:
            raise ValueError(f"need 0 <= at_risk_months <= lost_months: {self!r}")


# ---------------------------------------------------------------- customer value
VALUE_WINDOW_YEARS = 3

DEFAULT_PREMIUM_MAKES: frozenset[str] = frozenset(
    {"奥迪", "宝马", "奔驰", "保时捷", "雷克萨斯", "沃尔沃", "凯迪拉克"}
)


@dataclass(frozen=True)
class ValueThresholds:
    """Where "high" starts (each bound counts as high).

    high_value_yuan: sales plus service over the window, in yuan (default 200,000: about one
        new mid-range car, or years of service on a fleet).
    high_loyalty: the loyalty score (visits per year + distinct services + 2 x referrals);
        the default 4.0 is e.g. two visits a year for two kinds of service, or one car
        bought here, one kind of service a year and one referral.
    """

    high_value_yuan: int = 200_000
    high_loyalty: float = 4.0
