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


class CustomerSort(StrEnum):
    NAME = "name"
    PHONE = "phone"
    ADVISOR = "advisor"
    SOURCE = "source"
    LAST_CONTACT = "last_contact"
    CREATED = "created"
