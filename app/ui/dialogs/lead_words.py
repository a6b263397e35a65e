"""Words for leads in the window (issue 16): the labels of stages, sources, lost reasons…
(app.presentation.labels has them once another part adds them; until then the same words
here), the intent levels' names, and the timeline's words the window passes the service."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.leads import IntentLevel, LeadRules
from app.presentation import labels


def _tr(text: str, disambiguation: str | None = None) -> str:
    return QCoreApplication.translate("Labels", text, disambiguation)


def _words(value, table: dict) -> str:
    value = "" if value is None else str(value)
    return table.get(value, value)


# ------------------------------------------------ the labels (the same words as labels.py)
def _stage(value) -> str:
    return _words(value, {
        "new": _tr("New", "lead stage"), "contacted": _tr("Contacted", "lead stage"),
        "showroom": _tr("Showroom visit", "lead stage"), "test_drive": _tr("Test drive", "lead stage"),
        "negotiation": _tr("Negotiation", "lead stage"), "ordered": _tr("Ordered", "lead stage"),
        "delivered": _tr("Delivered", "lead stage"), "lost": _tr("Lost", "lead stage")})


def _source(value) -> str:
    return _words(value, {
        "walk_in": _tr("Showroom walk-in"), "phone": _tr("Phone enquiry"),
        "website": _tr("Website"), "car_portal": _tr("Car portal", "car websites such as Autohome"),
        "auto_show": _tr("Auto show"), "referral": _tr("Referral"),
        "existing_customer": _tr("Existing customer"), "service_lane": _tr("Service lane")})


def _payment(value) -> str:
    return _words(value, {
        "": _tr("Not given"), "cash": _tr("Cash", "paying for a car"),
        "loan": _tr("Loan", "paying for a car"), "lease": _tr("Lease", "paying for a car")})


def _lost_reason(value) -> str:
    return "" if not value else _words(value, {
        "price": _tr("Price"), "competitor": _tr("Bought a competitor's brand"),
        "financing": _tr("Financing refused"), "stock": _tr("No stock or long wait"),
        "used": _tr("Chose a used car"), "postponed": _tr("Postponed"),
        "unreachable": _tr("Unreachable")})


def _referral_kind(value) -> str:
    return "" if not value else _words(value, {
        "trade_in": _tr("Trade-in"), "used_car": _tr("Used car"), "finance": _tr("Finance"),
        "insurance": _tr("Insurance"), "accessories": _tr("Accessories"),
        "new_car": _tr("New car")})


def _department(value) -> str:
    return "" if not value else _words(value, {
        "service": _tr("Service", "department"), "front_desk": _tr("Front desk", "department"),
        "sales": _tr("Sales", "department"), "finance": _tr("Finance", "department"),
        "other": _tr("Other")})


def _test_drive_kind(value) -> str:
    return _words(value, {
        "showroom": _tr("At the showroom", "test drive"),
        "home": _tr("At the customer's", "test drive"),
        "weekend": _tr("Weekend loan", "test drive")})


# labels.py's own once it has them (the lead merges the parts), else the words above
lead_stage = getattr(labels, "lead_stage", _stage)
lead_source = getattr(labels, "lead_source", _source)
payment = getattr(labels, "payment", _payment)
lost_reason = getattr(labels, "lost_reason", _lost_reason)
referral_kind = getattr(labels, "referral_kind", _referral_kind)
department = getattr(labels, "department", _department)
test_drive_kind = getattr(labels, "test_drive_kind", _test_drive_kind)


def _t(text: str, disambiguation: str | None = None) -> str:
    return QCoreApplication.translate("LeadWords", text, disambiguation)


def test_drive_state(value: str) -> str:
    return _words(value, {"scheduled": _t("Scheduled", "test drive"),
                          "done": _t("Done", "test drive"),
                          "cancelled": _t("Cancelled", "test drive")})


def visit_kind(value: str) -> str:
    return _words(value, {"walk_in": _t("Walk-in"), "phone_up": _t("Phone-up")})


def lost_review(value: str) -> str:
    return _words(value, {"": "", "requested": _t("Asked to close as lost"),
                          "approved": _t("Closed as lost"),
                          "sent_back": _t("Sent back for another try")})


def level_name(level: IntentLevel) -> str:
    """A level's name: the store's own (Preferences), else the standard words."""
    if level.name:
        return level.name
    standard = {
        "O": _t("Ordered", "intent level"),
        "H": _t("Buys within a week", "intent level"),
        "A": _t("Buys within 15 days", "intent level"),
        "B": _t("Buys within a month", "intent level"),
        "C": _t("Buys within 3 months", "intent level"),
    }
    if level.code in standard:
        return standard[level.code]
    return QCoreApplication.translate("LeadWords", "Buys within %n day(s)", "intent level",
                                      level.horizon_days)


def level_text(rules: LeadRules, code: str) -> str:
    """"H — buys within a week" for a level code (an unknown one as it is)."""
    for level in rules.levels:
        if level.code == code:
            return f"{code} — {level_name(level)}"
    return code


def level_choices(rules: LeadRules) -> list[tuple[str, str]]:
    return [(lv.code, level_text(rules, lv.code)) for lv in rules.levels]


def timeline_notes() -> dict[str, str]:
    """The timeline's words of app.services.sales.leads.NOTES, in the person's language
    (%1: the stage, model or reason)."""
    return {
        "opened": _t("Lead opened (%1)"),
        "stage": _t("Lead: %1"),
        "lost_asked": _t("Asked to close the lead as lost: %1"),
        "lost_approved": _t("Lead closed as lost: %1"),
        "lost_sent_back": _t("Lost lead sent back for another try"),
        "ordered": _t("Ordered: %1"),
        "delivered": _t("Delivered: %1"),
        "referred": _t("Passed to sales: %1"),
        "test_drive": _t("Test drive: %1"),
    }
