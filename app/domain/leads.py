"""Leads and the sales floor (issue 16): stages, intent levels, sources, lost reasons,
referrals, and the rules that turn them into dates.

Pure rules (no database): the intent levels as Chinese 4S stores grade a prospect (O ordered;
H buys within about 7 days; A within about 15; B within a month; C within three months),
each with a follow-up cadence (the next follow-up after a contact) and the days without
contact after which an open lead counts as dormant; the stages a lead moves through; the
calls after a delivery; the first-contact limit counted in opening hours.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from types import MappingProxyType


class LeadStage(StrEnum):
    NEW = "new"
    CONTACTED = "contacted"
    SHOWROOM = "showroom"  # came to the showroom
    TEST_DRIVE = "test_drive"
    NEGOTIATION = "negotiation"
    ORDERED = "ordered"
    DELIVERED = "delivered"
    LOST = "lost"


# the way a lead goes, in order (lost is off the way, from any open stage)
STAGE_ORDER: tuple[LeadStage, ...] = (
    LeadStage.NEW, LeadStage.CONTACTED, LeadStage.SHOWROOM, LeadStage.TEST_DRIVE,
    LeadStage.NEGOTIATION, LeadStage.ORDERED, LeadStage.DELIVERED)
OPEN_STAGES = frozenset(STAGE_ORDER[:-1])  # a lead is worked until delivered or lost
CLOSED_STAGES = frozenset({LeadStage.DELIVERED, LeadStage.LOST})
# stages a person moves a lead to directly (the board, the card); ordered, delivered and
# lost need their details (the order, the delivery, the lost-lead review)
MOVABLE_STAGES = frozenset({LeadStage.NEW, LeadStage.CONTACTED, LeadStage.SHOWROOM,
                            LeadStage.TEST_DRIVE, LeadStage.NEGOTIATION})


class LeadSource(StrEnum):
    WALK_IN = "walk_in"  # showroom walk-in
    PHONE = "phone"
    WEBSITE = "website"
    CAR_PORTAL = "car_portal"  # 汽车之家, 懂车帝, 易车 ...
    AUTO_SHOW = "auto_show"
    REFERRAL = "referral"
    EXISTING = "existing_customer"
    SERVICE_LANE = "service_lane"


class Payment(StrEnum):
    UNKNOWN = ""
    CASH = "cash"
    LOAN = "loan"
    LEASE = "lease"


class LostReason(StrEnum):
    PRICE = "price"
    COMPETITOR = "competitor"  # bought a competitor's brand (which: lost_competitor)
    FINANCING = "financing"  # financing refused
    STOCK = "stock"  # no stock, or a long wait
    USED = "used"  # chose a used car
    POSTPONED = "postponed"
    UNREACHABLE = "unreachable"
    # the person was erased on request (privacy): their open leads closed by the erasure,
    # never asked for by an advisor
    ERASED = "erased"


# the reasons an advisor gives for a lost lead (the lost-request and cancel-order dialogs)
ASKED_LOST_REASONS: tuple[LostReason, ...] = tuple(
    r for r in LostReason if r is not LostReason.ERASED)


class LostReview(StrEnum):
    """The sales manager's review of a lead an advisor asks to close as lost."""

    NONE = ""
    REQUESTED = "requested"
    APPROVED = "approved"
    SENT_BACK = "sent_back"  # for another try


class ReferralKind(StrEnum):
    TRADE_IN = "trade_in"
    USED_CAR = "used_car"
    FINANCE = "finance"
    INSURANCE = "insurance"
    ACCESSORIES = "accessories"
    NEW_CAR = "new_car"


class Department(StrEnum):
    SERVICE = "service"
    FRONT_DESK = "front_desk"
    SALES = "sales"
    FINANCE = "finance"
    OTHER = "other"


class TestDriveKind(StrEnum):
    SHOWROOM = "showroom"
    HOME = "home"  # the car brought to the customer
    WEEKEND = "weekend"


class TestDriveState(StrEnum):
    SCHEDULED = "scheduled"
    DONE = "done"
    CANCELLED = "cancelled"


class VisitKind(StrEnum):
    """A showroom log entry (来店登记): someone walked in or phoned."""

    WALK_IN = "walk_in"
    PHONE_UP = "phone_up"


# ---------------------------------------------------------------- intent levels

@dataclass(frozen=True)
class IntentLevel:
    """A grade of how soon a prospect buys: its code (O, H, A, B, C), the horizon it stands
    for, the days to the next follow-up after a contact, and the days without contact
    after which an open lead of this level is dormant. `name` empty: the standard words."""

    code: str
    horizon_days: int
    cadence_days: int
    dormant_days: int
    name: str = ""


DEFAULT_LEVELS: tuple[IntentLevel, ...] = (
    IntentLevel("O", 0, 7, 14),  # ordered: keep in touch until the delivery
    IntentLevel("H", 7, 1, 3),
    IntentLevel("A", 15, 3, 7),
    IntentLevel("B", 30, 7, 14),
    IntentLevel("C", 90, 14, 30),
)
DEFAULT_DELIVERY_CARE_DAYS: tuple[int, ...] = (1, 3, 7, 30)
DEFAULT_RESPONSE_LIMIT_HOURS = 2
DEFAULT_OPENING = (time(9, 0), time(18, 0))  # the showroom's hours, every day


@dataclass(frozen=True)
class LeadRules:
    """The store's lead rules (Preferences): levels, delivery-care days, the first-contact
    limit in opening hours, and each advisor's monthly target of won leads."""

    levels: tuple[IntentLevel, ...] = DEFAULT_LEVELS
    delivery_care_days: tuple[int, ...] = DEFAULT_DELIVERY_CARE_DAYS
    response_limit_hours: float = DEFAULT_RESPONSE_LIMIT_HOURS
    opening: tuple[time, time] = DEFAULT_OPENING
    targets: Mapping[int, int] = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        object.__setattr__(self, "levels", tuple(self.levels))
        object.__setattr__(self, "delivery_care_days",
                           tuple(sorted(set(int(d) for d in self.delivery_care_days))))
        object.__setattr__(self, "targets", MappingProxyType(dict(self.targets)))
        codes = [level.code for level in self.levels]
        if len(set(codes)) != len(codes) or not codes:
            raise ValueError("intent levels need distinct codes")
        start, end = self.opening
        if not start < end:
            raise ValueError("opening hours must end after they start")

    def __hash__(self) -> int:
        return hash((self.levels, self.delivery_care_days, self.response_limit_hours,
                     self.opening, tuple(sorted(self.targets.items()))))

    def __eq__(self, other) -> bool:
        return (isinstance(other, LeadRules) and self.levels == other.levels
                and self.delivery_care_days == other.delivery_care_days
                and self.response_limit_hours == other.response_limit_hours
                and self.opening == other.opening and dict(self.targets) == dict(other.targets))

    def level(self, code: str) -> IntentLevel:
        """The level of `code`; an unknown code (a level removed since) as the slowest."""
        for level in self.levels:
            if level.code == code:
                return level
        return max(self.levels, key=lambda lv: lv.horizon_days)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(level.code for level in self.levels)


def next_follow_up(rules: LeadRules, level: str, contact_day: date) -> date:
    """After a contact on `contact_day`, the next follow-up of a lead at `level`."""
    return contact_day + timedelta(days=rules.level(level).cadence_days)


def quiet_days(last_contact: date | datetime | None, created: date | datetime,
               today: date) -> int:
    """Whole days since the lead was last contacted (since it was made, never contacted)."""
    since = last_contact or created
    if isinstance(since, datetime):
        since = since.date()
    return (today - since).days


def is_dormant(rules: LeadRules, stage: str, level: str, last_contact, created,
               today: date) -> bool:
    """An open lead with no contact for its level's dormant days or more."""
    if LeadStage(stage) not in OPEN_STAGES:
        return False
    return quiet_days(last_contact, created, today) >= rules.level(level).dormant_days


def delivery_care_dates(rules: LeadRules, delivered: date) -> list[date]:
    """The days of the calls after a delivery (default 1, 3, 7 and 30 days after)."""
    return [delivered + timedelta(days=d) for d in rules.delivery_care_days]


def opening_hours_between(rules: LeadRules, start: datetime, end: datetime) -> float:
    """Hours of opening time from `start` to `end` (the showroom's hours every day)."""
    if end <= start:
        return 0.0
    open_at, close_at = rules.opening
    total = 0.0
    day = start.date()
    while day <= end.date():
        window_start = max(start, datetime.combine(day, open_at))
        window_end = min(end, datetime.combine(day, close_at))
        if window_end > window_start:
            total += (window_end - window_start).total_seconds() / 3600
        day += timedelta(days=1)
        if (day - start.date()).days > 3660:  # (ten years: enough for any lead)
            break
    return total


def response_overdue(rules: LeadRules, created: datetime, first_contact: datetime | None,
                     now: datetime) -> bool:
    """A lead not contacted within the store's limit, counted in opening hours (a lead
    made at night waits for the morning)."""
    if first_contact is not None:
        return False
    return opening_hours_between(rules, created, now) > rules.response_limit_hours


def fallback_level(rules: LeadRules, level: str) -> str:
    """The level a lead whose order was cancelled is worked at: its own, unless it is the
    ordered level O, which then gives way to the soonest other level (H by default)."""
    if level != "O":
        return level
    others = [lv for lv in rules.levels if lv.code != "O"]
    if not others:
        return level
    return min(others, key=lambda lv: (lv.horizon_days, lv.cadence_days)).code


def stage_reached(stage: str, wanted: LeadStage, reached: Mapping[str, object] | None = None
                  ) -> bool:
    """Whether a lead now at `stage` has been at `wanted` on its way (a lost lead: from
    the times in `reached`, e.g. {"showroom": when, "test_drive": when})."""
    stage = LeadStage(stage)
    if stage is LeadStage.LOST:
        return bool(reached and reached.get(wanted.value))
    return STAGE_ORDER.index(stage) >= STAGE_ORDER.index(wanted)
