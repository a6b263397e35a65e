"""Words for the book's coded values, in the person's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.enums import (
    CalendarKind,
    ConsentChannel,
    CustomerKind,
    CustomerSource,
    Gender,
    InteractionKind,
    PurchaseType,
    StaffRole,
)

_TABLES: dict[tuple, dict[str, str]] = {}


def _per_language(build) -> dict[str, str]:
    """The words of `build`, worked out once per language (a list of 90,000 reminders
    asks for them 90,000 times): keyed by what a probe word translates to now."""
    key = (build, QCoreApplication.translate("Labels", "Other"))
    table = _TABLES.get(key)
    if table is None:
        table = _TABLES[key] = build()
    return table


def customer_kind(value: CustomerKind) -> str:
    return {
        CustomerKind.PERSON: QCoreApplication.translate("Labels", "Person"),
        CustomerKind.COMPANY: QCoreApplication.translate("Labels", "Company"),
    }[CustomerKind(value)]


def gender(value: Gender) -> str:
    return {
        Gender.UNKNOWN: QCoreApplication.translate("Labels", "Not given"),
        Gender.MALE: QCoreApplication.translate("Labels", "Male"),
        Gender.FEMALE: QCoreApplication.translate("Labels", "Female"),
    }[Gender(value)]


def source(value: CustomerSource) -> str:
    return {
        CustomerSource.UNKNOWN: QCoreApplication.translate("Labels", "Not given"),
        CustomerSource.SHOWROOM: QCoreApplication.translate("Labels", "Showroom"),
        CustomerSource.WEBSITE: QCoreApplication.translate("Labels", "Website"),
        CustomerSource.PHONE: QCoreApplication.translate("Labels", "Phone enquiry"),
        CustomerSource.AUTO_SHOW: QCoreApplication.translate("Labels", "Auto show"),
        CustomerSource.REFERRAL: QCoreApplication.translate("Labels", "Referral"),
        CustomerSource.SERVICE_WALK_IN: QCoreApplication.translate("Labels", "Service walk-in"),
        CustomerSource.SOCIAL_MEDIA: QCoreApplication.translate("Labels", "Social media"),
        CustomerSource.FLEET: QCoreApplication.translate("Labels", "Fleet sales"),
        CustomerSource.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[CustomerSource(value)]


def calendar(value: CalendarKind) -> str:
    return {
        CalendarKind.SOLAR: QCoreApplication.translate("Labels", "Solar"),
        CalendarKind.LUNAR: QCoreApplication.translate("Labels", "Lunar"),
    }[CalendarKind(value)]


def staff_role(value: StaffRole) -> str:
    return {
        StaffRole.ADVISOR: QCoreApplication.translate("Labels", "Sales advisor"),
        StaffRole.SERVICE_ADVISOR: QCoreApplication.translate("Labels", "Service advisor"),
        StaffRole.SERVICE_MANAGER: QCoreApplication.translate("Labels", "Service manager"),
        StaffRole.OWNER: QCoreApplication.translate("Labels", "Owner", "staff role: the owner of the shop"),
    }[StaffRole(value)]


def interaction_kind(value: InteractionKind) -> str:
    return {
        InteractionKind.CALL: QCoreApplication.translate("Labels", "Call"),
        InteractionKind.VISIT: QCoreApplication.translate("Labels", "Visit"),
        InteractionKind.WECHAT: QCoreApplication.translate("Labels", "WeChat"),
        InteractionKind.SMS: QCoreApplication.translate("Labels", "SMS"),
        InteractionKind.EMAIL: QCoreApplication.translate("Labels", "E-mail"),
        InteractionKind.NOTE: QCoreApplication.translate("Labels", "Note"),
    }[InteractionKind(value)]


def purchase_type(value: PurchaseType) -> str:
    return {
        PurchaseType.NEW_HERE: QCoreApplication.translate("Labels", "New, bought here"),
        PurchaseType.USED_HERE: QCoreApplication.translate("Labels", "Used, bought here"),
        PurchaseType.ELSEWHERE: QCoreApplication.translate("Labels", "Bought elsewhere"),
    }[PurchaseType(value)]


def consent_channel(value: ConsentChannel) -> str:
    return {
        ConsentChannel.NONE: QCoreApplication.translate("Labels", "Not given"),
        ConsentChannel.IN_PERSON: QCoreApplication.translate("Labels", "In person"),
        ConsentChannel.PHONE: QCoreApplication.translate("Labels", "By phone"),
        ConsentChannel.WECHAT: QCoreApplication.translate("Labels", "WeChat"),
        ConsentChannel.WEBSITE: QCoreApplication.translate("Labels", "Website"),
        ConsentChannel.PAPER: QCoreApplication.translate("Labels", "Signed form"),
    }[ConsentChannel(value)]


def date_text(value) -> str:
    return value.isoformat() if value else ""


def datetime_text(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _reason_texts() -> dict[str, str]:
    return {
        "birthday": QCoreApplication.translate("Labels", "Birthday"),
        "household_birthday": QCoreApplication.translate("Labels", "Family birthday"),
        "purchase_anniversary": QCoreApplication.translate("Labels", "Purchase anniversary"),
        "wedding_anniversary": QCoreApplication.translate("Labels", "Wedding anniversary"),
        "insurance": QCoreApplication.translate("Labels", "Insurance expiry"),
        "inspection": QCoreApplication.translate("Labels", "Annual inspection"),
        "warranty": QCoreApplication.translate("Labels", "Warranty end"),
        "maintenance": QCoreApplication.translate("Labels", "Maintenance due"),
        "custom": QCoreApplication.translate("Labels", "Dated item"),
        "holiday": QCoreApplication.translate("Labels", "Holiday greeting"),
        "post_service": QCoreApplication.translate("Labels", "Post-service call"),
        "lead": QCoreApplication.translate("Labels", "Lead follow-up"),
        "complaint": QCoreApplication.translate("Labels", "Complaint"),
        "win_back": QCoreApplication.translate("Labels", "Win-back"),
        "campaign": QCoreApplication.translate("Labels", "Campaign call"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }


def reason(value: str) -> str:
    """A reminder kind or follow-up reason, in words."""
    return _per_language(_reason_texts).get(value, value)


def _outcome_texts() -> dict[str, str]:
    return {
        "reached": QCoreApplication.translate("Labels", "Reached"),
        "no_answer": QCoreApplication.translate("Labels", "No answer"),
        "appointment": QCoreApplication.translate("Labels", "Appointment booked"),
        "not_interested": QCoreApplication.translate("Labels", "Not interested"),
        "wrong_number": QCoreApplication.translate("Labels", "Wrong number"),
    }


def outcome(value: str | None) -> str:
    if not value:
        return ""
    return _per_language(_outcome_texts).get(value, value)


def _follow_up_status_texts() -> dict[str, str]:
    return {
        "open": QCoreApplication.translate("Labels", "Open"),
        "done": QCoreApplication.translate("Labels", "Done"),
        "snoozed": QCoreApplication.translate("Labels", "Snoozed"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
    }


def follow_up_status(value: str) -> str:
    return _per_language(_follow_up_status_texts).get(value, value)


def _reminder_state_texts() -> dict[str, str]:
    return {
        "done": QCoreApplication.translate("Labels", "Done"),
        "snoozed": QCoreApplication.translate("Labels", "Snoozed"),
        "dismissed": QCoreApplication.translate("Labels", "Dismissed"),
        "follow_up": QCoreApplication.translate("Labels", "Made a follow-up"),
    }


def reminder_state(value: str | None) -> str:
    if not value:
        return ""
    return _per_language(_reminder_state_texts).get(value, value)


def _relation_texts() -> dict[str, str]:
    return {
        "spouse": QCoreApplication.translate("Labels", "Spouse"),
        "child": QCoreApplication.translate("Labels", "Child"),
        "parent": QCoreApplication.translate("Labels", "Parent"),
        "other": QCoreApplication.translate("Labels", "Family"),
    }


def relation(value: str) -> str:
    return _per_language(_relation_texts).get(value, value)


def _holiday_texts() -> dict[str, str]:
    return {
        "new_year": QCoreApplication.translate("Labels", "New Year's Day"),
        "spring_festival": QCoreApplication.translate("Labels", "Spring Festival"),
        "lantern": QCoreApplication.translate("Labels", "Lantern Festival"),
        "dragon_boat": QCoreApplication.translate("Labels", "Dragon Boat Festival"),
        "mid_autumn": QCoreApplication.translate("Labels", "Mid-Autumn Festival"),
        "national_day": QCoreApplication.translate("Labels", "National Day"),
    }


def holiday(value: str) -> str:
    return _per_language(_holiday_texts).get(value, value)


def reminder_detail(kind: str, detail: str) -> str:
    """The detail an occurrence carries (lunar date, family member, holiday), in words."""
    if not detail:
        return ""
    if kind == "holiday":
        return holiday(detail)
    if kind == "household_birthday" and ":" in detail:
        rel, name = detail.split(":", 1)
        return f"{relation(rel)} {name}"
    if kind == "birthday" and detail.startswith("lunar:"):
        _, month, day, leap = detail.split(":")
        text = QCoreApplication.translate("Labels", "lunar %1/%2").replace("%1", month).replace("%2", day)
        if leap == "1":
            text += QCoreApplication.translate("Labels", " (leap month)")
        return text
    return detail
