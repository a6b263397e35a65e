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


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def customer_kind(value: CustomerKind) -> str:
    return {
        CustomerKind.PERSON: _t("Person"),
        CustomerKind.COMPANY: _t("Company"),
    }[CustomerKind(value)]


def gender(value: Gender) -> str:
    return {
        Gender.UNKNOWN: _t("Not given"),
        Gender.MALE: _t("Male"),
        Gender.FEMALE: _t("Female"),
    }[Gender(value)]


def source(value: CustomerSource) -> str:
    return {
        CustomerSource.UNKNOWN: _t("Not given"),
        CustomerSource.SHOWROOM: _t("Showroom"),
        CustomerSource.WEBSITE: _t("Website"),
        CustomerSource.PHONE: _t("Phone enquiry"),
        CustomerSource.AUTO_SHOW: _t("Auto show"),
        CustomerSource.REFERRAL: _t("Referral"),
        CustomerSource.SERVICE_WALK_IN: _t("Service walk-in"),
        CustomerSource.SOCIAL_MEDIA: _t("Social media"),
        CustomerSource.FLEET: _t("Fleet sales"),
        CustomerSource.OTHER: _t("Other"),
    }[CustomerSource(value)]


def calendar(value: CalendarKind) -> str:
    return {
        CalendarKind.SOLAR: _t("Solar"),
        CalendarKind.LUNAR: _t("Lunar"),
    }[CalendarKind(value)]


def staff_role(value: StaffRole) -> str:
    return {
        StaffRole.ADVISOR: _t("Sales advisor"),
        StaffRole.SERVICE_ADVISOR: _t("Service advisor"),
        StaffRole.SERVICE_MANAGER: _t("Service manager"),
        StaffRole.OWNER: _t("Owner"),
    }[StaffRole(value)]


def interaction_kind(value: InteractionKind) -> str:
    return {
        InteractionKind.CALL: _t("Call"),
        InteractionKind.VISIT: _t("Visit"),
        InteractionKind.WECHAT: _t("WeChat"),
        InteractionKind.SMS: _t("SMS"),
        InteractionKind.EMAIL: _t("E-mail"),
        InteractionKind.NOTE: _t("Note"),
    }[InteractionKind(value)]


def purchase_type(value: PurchaseType) -> str:
    return {
        PurchaseType.NEW_HERE: _t("New, bought here"),
        PurchaseType.USED_HERE: _t("Used, bought here"),
        PurchaseType.ELSEWHERE: _t("Bought elsewhere"),
    }[PurchaseType(value)]


def consent_channel(value: ConsentChannel) -> str:
    return {
        ConsentChannel.NONE: _t("Not given"),
        ConsentChannel.IN_PERSON: _t("In person"),
        ConsentChannel.PHONE: _t("By phone"),
        ConsentChannel.WECHAT: _t("WeChat"),
        ConsentChannel.WEBSITE: _t("Website"),
        ConsentChannel.PAPER: _t("Signed form"),
    }[ConsentChannel(value)]


def date_text(value) -> str:
    return value.isoformat() if value else ""


def datetime_text(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""
