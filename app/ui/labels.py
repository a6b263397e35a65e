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
