"""Words for leads in the window (issue 16): the labels of stages, sources, lost reasons…
(app.presentation.labels'), the intent levels' names, and the timeline's words the window
passes the service."""

from __future__ import annotations

from app.domain.leads import IntentLevel, LeadRules
from app.presentation import labels
from app.presentation.i18n import translate

# (literal translate("Context", "…") calls: lupdate finds only those)


def _words(value, table: dict) -> str:
    value = "" if value is None else str(value)
    return table.get(value, value)


# the labels of stages, sources, payment, lost reasons, referrals, departments, test drives
lead_stage = labels.lead_stage
lead_source = labels.lead_source
payment = labels.payment
lost_reason = labels.lost_reason
referral_kind = labels.referral_kind
department = labels.department
test_drive_kind = labels.test_drive_kind


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
    return translate("LeadWords", "Buys within %1 days", "intent level").replace(
        "%1", str(level.horizon_days))


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
        "order_cancelled": translate("LeadWords", "Order cancelled: %1"),
        "delivered": translate("LeadWords", "Delivered: %1"),
        "referred": translate("LeadWords", "Passed to sales: %1"),
        "test_drive": translate("LeadWords", "Test drive: %1"),
    }
