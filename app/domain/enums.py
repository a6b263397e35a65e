"""Closed sets of values the book stores, as plain string enums."""

from enum import StrEnum


class CustomerKind(StrEnum):
    PERSON = "person"
    COMPANY = "company"


class Gender(StrEnum):
    UNKNOWN = ""
    MALE = "male"
    FEMALE = "female"


class CustomerSource(StrEnum):
    UNKNOWN = ""
    SHOWROOM = "showroom"
    WEBSITE = "website"
    PHONE = "phone"
    AUTO_SHOW = "auto_show"
    REFERRAL = "referral"
    SERVICE_WALK_IN = "service_walk_in"
    SOCIAL_MEDIA = "social_media"
    FLEET = "fleet"
    OTHER = "other"


class CalendarKind(StrEnum):
    SOLAR = "solar"
    LUNAR = "lunar"


class StaffRole(StrEnum):
    ADVISOR = "advisor"
    SERVICE_ADVISOR = "service_advisor"
    SERVICE_MANAGER = "service_manager"
    SALES_MANAGER = "sales_manager"  # (issue 16: reviews lost leads, sees every advisor's)
    OWNER = "owner"


class InteractionKind(StrEnum):
    CALL = "call"
    VISIT = "visit"
    WECHAT = "wechat"
    SMS = "sms"
    EMAIL = "email"
    NOTE = "note"


class PurchaseType(StrEnum):
    """How the vehicle came to the customer, as far as this store knows."""

    NEW_HERE = "new_here"
    USED_HERE = "used_here"
    ELSEWHERE = "elsewhere"


class ConsentChannel(StrEnum):
    NONE = ""
    IN_PERSON = "in_person"
    PHONE = "phone"
    WECHAT = "wechat"
    WEBSITE = "website"
    PAPER = "paper"


class ConsentPurpose(StrEnum):
    """What a customer may agree to, each on its own (PIPL: consent per purpose).

    MARKETING, SHARE_MAKER and SHARE_INSURER need an explicit grant: a customer with no
    entry for one has not agreed. SERVICE_REMINDERS serve the service contract the
    customer already has with the store (inspection, insurance, warranty and maintenance
    dates), so they are on unless the customer withdrew them (app.domain.consent)."""

    SERVICE_REMINDERS = "service_reminders"
    MARKETING = "marketing"
    SHARE_MAKER = "share_maker"
    SHARE_INSURER = "share_insurer"


class CustomerSort(StrEnum):
    NAME = "name"
    PHONE = "phone"
    ADVISOR = "advisor"
    SOURCE = "source"
    LAST_CONTACT = "last_contact"
    CREATED = "created"


class ReminderKind(StrEnum):
    """Reasons to call that come from a date on a card (computed, never stored)."""

    BIRTHDAY = "birthday"
    HOUSEHOLD_BIRTHDAY = "household_birthday"
    PURCHASE_ANNIVERSARY = "purchase_anniversary"
    WEDDING_ANNIVERSARY = "wedding_anniversary"
    INSURANCE = "insurance"
    INSPECTION = "inspection"
    WARRANTY = "warranty"
    MAINTENANCE = "maintenance"
    CUSTOM = "custom"
    HOLIDAY = "holiday"


class FollowUpReason(StrEnum):
    """Why a follow-up exists: a reminder kind, or a reason of its own."""

    BIRTHDAY = "birthday"
    HOUSEHOLD_BIRTHDAY = "household_birthday"
    PURCHASE_ANNIVERSARY = "purchase_anniversary"
    WEDDING_ANNIVERSARY = "wedding_anniversary"
    INSURANCE = "insurance"
    INSPECTION = "inspection"
    WARRANTY = "warranty"
    MAINTENANCE = "maintenance"
    CUSTOM = "custom"
    HOLIDAY = "holiday"
    POST_SERVICE = "post_service"
    LEAD = "lead"  # a lead's next follow-up (its intent level's cadence)
    TEST_DRIVE = "test_drive"  # a scheduled test drive, on the advisor's day
    DELIVERY_CARE = "delivery_care"  # a call after a delivery (days 1, 3, 7, 30)
    REFERRAL = "referral"  # a lead passed to sales by another department
    COMPLAINT = "complaint"
    WIN_BACK = "win_back"
    CAMPAIGN = "campaign"  # a call to a segment of customers (e.g. every top-tier one)
    OTHER = "other"


class FollowUpStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    SNOOZED = "snoozed"
    CANCELLED = "cancelled"


class Outcome(StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    APPOINTMENT = "appointment"
    NOT_INTERESTED = "not_interested"
    WRONG_NUMBER = "wrong_number"


class ReminderState(StrEnum):
    """What was done with one occurrence of a reminder."""

    DONE = "done"
    SNOOZED = "snoozed"
    DISMISSED = "dismissed"
    FOLLOW_UP = "follow_up"


class HouseholdRelation(StrEnum):
    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"
    OTHER = "other"


class Holiday(StrEnum):
    NEW_YEAR = "new_year"
    SPRING_FESTIVAL = "spring_festival"
    LANTERN = "lantern"
    DRAGON_BOAT = "dragon_boat"
    MID_AUTUMN = "mid_autumn"
    NATIONAL_DAY = "national_day"


class VisitType(StrEnum):
    MAINTENANCE = "maintenance"
    REPAIR = "repair"
    BODYWORK = "bodywork"
    WARRANTY = "warranty"
    INSPECTION = "inspection"
    WASH = "wash"
    ACCESSORY = "accessory"
