"""Words for leads in the window (issue 16): the labels of stages, sources, lost reasons…
(app.presentation.labels has them once another part adds them; until then the same words
here), the intent levels' names, and the timeline's words the window passes the service."""

from __future__ import annotations

from app.domain.leads import IntentLevel, LeadRules
from app.presentation import labels
from app.presentation.i18n import translate

# (literal translate("Context", "…") calls: lupdate finds only those)


def _words(value, table: dict) -> str:
    value = "" if value is None else str(value)
    return table.get(value, value)


# ------------------------------------------------ the labels (the same words as labels.py)
def _stage(value) -> str:
    return _words(value, {
        "new": translate("Labels", "New", "lead stage"),
        "contacted": translate("Labels", "Contacted", "lead stage"),
        "showroom": translate("Labels", "Showroom visit", "lead stage"),
        "test_drive": translate("Labels", "Test drive", "lead stage"),
        "negotiation": translate("Labels", "Negotiation", "lead stage"),
        "ordered": translate("Labels", "Ordered", "lead stage"),
        "delivered": translate("Labels", "Delivered", "lead stage"),
        "lost": translate("Labels", "Lost", "lead stage"),
    })


def _source(value) -> str:
    return _words(value, {
        "walk_in": translate("Labels", "Showroom walk-in"),
        "phone": translate("Labels", "Phone enquiry"),
        "website": translate("Labels", "Website"),
        "car_portal": translate("Labels", "Car portal", "car websites such as Autohome"),
        "auto_show": translate("Labels", "Auto show"),
        "referral": translate("Labels", "Referral"),
        "existing_customer": translate("Labels", "Existing customer"),
        "service_lane": translate("Labels", "Service lane"),
    })


def _payment(value) -> str:
    return _words(value, {
        "": translate("Labels", "Not given"),
        "cash": translate("Labels", "Cash", "paying for a car"),
        "loan": translate("Labels", "Loan", "paying for a car"),
        "lease": translate("Labels", "Lease", "paying for a car"),
    })


def _lost_reason(value) -> str:
    return "" if not value else _words(value, {
        "price": translate("Labels", "Price"),
        "competitor": translate("Labels", "Bought a competitor's brand"),
        "financing": translate("Labels", "Financing refused"),
        "stock": translate("Labels", "No stock or long wait"),
        "used": translate("Labels", "Chose a used car"),
        "postponed": translate("Labels", "Postponed"),
        "unreachable": translate("Labels", "Unreachable"),
    })


def _referral_kind(value) -> str:
    return "" if not value else _words(value, {
        "trade_in": translate("Labels", "Trade-in"),
        "used_car": translate("Labels", "Used car"),
        "finance": translate("Labels", "Finance"),
        "insurance": translate("Labels", "Insurance"),
        "accessories": translate("Labels", "Accessories"),
        "new_car": translate("Labels", "New car"),
    })


def _department(value) -> str:
    return "" if not value else _words(value, {
        "service": translate("Labels", "Service", "department"),
        "front_desk": translate("Labels", "Front desk", "department"),
        "sales": translate("Labels", "Sales", "department"),
        "finance": translate("Labels", "Finance", "department"),
        "other": translate("Labels", "Other"),
    })


def _test_drive_kind(value) -> str:
    return _words(value, {
        "showroom": translate("Labels", "At the showroom", "test drive"),
        "home": translate("Labels", "At the customer's", "test drive"),
        "weekend": translate("Labels", "Weekend loan", "test drive"),
    })


# labels.py's own once it has them (the lead merges the parts), else the words above
lead_stage = getattr(labels, "lead_stage", _stage)
lead_source = getattr(labels, "lead_source", _source)
payment = getattr(labels, "payment", _payment)
lost_reason = getattr(labels, "lost_reason", _lost_reason)
referral_kind = getattr(labels, "referral_kind", _referral_kind)
department = getattr(labels, "department", _department)
test_drive_kind = getattr(labels, "test_drive_kind", _test_drive_kind)


def test_drive_state(value: str) -> str:
    return _words(value, {
        "scheduled": translate("LeadWords", "Scheduled", "test drive"),
        "done": translate("LeadWords", "Done", "test drive"),
        "cancelled": translate("LeadWords", "Cancelled", "test drive"),
    })


def visit_kind(value: str) -> str:
    return _words(value, {
        "walk_in": translate("LeadWords", "Walk-in"),
        "phone_up": translate("LeadWords", "Phone-up"),
    })


def lost_review(value: str) -> str:
    return _words(value, {
        "requested": translate("LeadWords", "Asked to close as lost"),
        "approved": translate("LeadWords", "Closed as lost"),
        "sent_back": translate("LeadWords", "Sent back for another try"),
    })


def level_name(level: IntentLevel) -> str:
    """A level's name: the store's own (Preferences), else the standard words."""
    if level.name:
        return level.name
    standard = {
        "O": translate("LeadWords", "Ordered", "intent level"),
        "H": translate("LeadWords", "Buys within a week", "intent level"),
        "A": translate("LeadWords", "Buys within 15 days", "intent level"),
        "B": translate("LeadWords", "Buys within a month", "intent level"),
        "C": translate("LeadWords", "Buys within 3 months", "intent level"),
    }
    if level.code in standard:
        return standard[level.code]
    return translate("LeadWords", "Buys within %n day(s)", "intent level", level.horizon_days)


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
        "opened": translate("LeadWords", "Lead opened (%1)"),
        "stage": translate("LeadWords", "Lead: %1"),
        "lost_asked": translate("LeadWords", "Asked to close the lead as lost: %1"),
        "lost_approved": translate("LeadWords", "Lead closed as lost: %1"),
        "lost_sent_back": translate("LeadWords", "Lost lead sent back for another try"),
        "ordered": translate("LeadWords", "Ordered: %1"),
        "delivered": translate("LeadWords", "Delivered: %1"),
        "referred": translate("LeadWords", "Passed to sales: %1"),
        "test_drive": translate("LeadWords", "Test drive: %1"),
    }
