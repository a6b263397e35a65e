"""The daily call sheet: every reason to call a customer on one line, ranked."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import select

from app.db.engine import Book
from app.db.models import Staff
from app.domain.enums import ConsentPurpose, FollowUpReason, ReminderKind
from app.domain.leads import LeadRules
from app.domain.recurrence import DEFAULT_LEAD_DAYS
from app.domain.reminder_records import (
    DEFAULT_LOOKBACK_DAYS,
    DORMANT_LEAD,
    CallReason,
    CallSheet,
    call_line,
    call_reason,
)
from app.domain.roles import Right
from app.domain.validation import format_phone
from app.services.customers.consents import lacking
from app.services.outreach.followups import FollowUpService, calls_on
from app.services.outreach.reminders import ReminderService
from app.services.pauses import few_collections
from app.services.permissions import masker, own_only
from app.services.sales.dormant import dormant_calls


class CallSheetService:
    def __init__(self, book: Book, reminders: ReminderService, followups: FollowUpService,
                 lead_rules: LeadRules | None = None):
        """`lead_rules`: the store's (when a lead of each level counts as dormant)."""
        self.book = book
        self.reminders = reminders
        self.followups = followups
        self.lead_rules = lead_rules or LeadRules()

    def use_lead_rules(self, rules: LeadRules) -> None:
        self.lead_rules = rules

    def from_tables(self) -> CallSheetService:
        """The same sheet read straight from the tables, without the reminders' in-memory
        copy (for a one-off count that should not cost the copy's memory)."""
        if not self.reminders.in_memory:
            return self
        return CallSheetService(self.book, self.reminders.from_tables(), self.followups,
                                self.lead_rules)

    def for_day(
        self,
        day: date,
        advisor_id: int | None = None,
        lead_days: dict[ReminderKind, int] | None = None,
        lookback_days: dict[ReminderKind, int] | int | None = None,
    ) -> CallSheet:
        """Overdue first, then key accounts, then the rest; one line per customer.

        A reminder stays on the sheet from its lead time ahead (`lead_days`) until its
        look-back after its date (`lookback_days`, per kind or one number for every
        kind; DEFAULT_LOOKBACK_DAYS for the kinds not given; the store's rules, its
        reminders' `rules`, when the call gives none), then drops off; a snoozed
        one counts its look-back from the day the snooze ended. Open follow-ups stay
        until they are closed or expire (their own rules). A dormant lead (no contact
        for its intent level's dormant days) is a reason of its own, "quiet for N days",
        due that day (detail: N)."""
        actor = self.book.actor
        advisor_id = own_only(actor, Right.FOLLOW_UPS_ALL, advisor_id)
        with few_collections():
            sheet = self._for_day(day, advisor_id, lead_days, lookback_days)
        mask = masker(actor)
        if mask is None:
            return sheet
        return replace(sheet, lines=tuple(
            line if mask.shows(line.advisor_id) else line._replace(
                phone=mask.phone(line.phone, line.advisor_id)) for line in sheet.lines))

    def _for_day(self, day, advisor_id, lead_days, lookback_days) -> CallSheet:
        rules = self.reminders.rules  # the store's, where the call gives none
        leads = {**DEFAULT_LEAD_DAYS, **(rules.lead_days if lead_days is None else lead_days)}
        horizon = max(leads.values())
        backs = _lookbacks(rules.lookback_days if lookback_days is None else lookback_days)
        # per kind, the oldest date still on the sheet
        oldest = {kind: day - timedelta(days=back) for kind, back in backs.items()}
        # customer id -> [name, phone, advisor id, advisor name, key account, reasons]
        lines: dict[int, list] = {}
        phones: dict[str, str] = {}
        value_of = {kind: kind.value for kind in ReminderKind}
        # the occurrence's fields unpacked in order (a named tuple; attribute reads cost more)
        occurrences = self.reminders.occurrences(
            day - timedelta(days=max(backs.values())), day + timedelta(days=horizon),
            today=day, advisor_id=advisor_id, lead_days=leads,
            ends={kind: day + timedelta(days=lead) for kind, lead in leads.items()},
            starts=oldest,  # what is past its look-back is not made only to be dropped
            consent=True,  # nobody is called for what they did not agree to
        )
        skipped = occurrences.skipped_no_consent
        for (kind, _source, cid, when, _lead, name, stored_phone, adv, adv_name, _vid, plate,
             vehicle, detail, key, _state, until) in occurrences:
            if when < oldest[kind] and (until is None or until < oldest[kind]):
                continue  # past its look-back: no longer a call
            line = lines.get(cid)
            if line is None:
                phone = phones.get(stored_phone)
                if phone is None:
                    phone = phones[stored_phone] = format_phone(stored_phone)
                line = lines[cid] = [name, phone, adv, adv_name, key, []]
            line[5].append(call_reason(kind=value_of[kind], due=when, detail=detail, plate=plate,
                                       vehicle=vehicle, overdue=when < day))
        follow_ups = calls_on(self.book, day, advisor_id)
        campaign_reason = FollowUpReason.CAMPAIGN.value
        campaign = {f.customer_id for f in follow_ups if f.reason == campaign_reason}
        refused: set[int] = set()
        if campaign:  # a campaign call is marketing: not for who withdrew since
            with self.book.reading() as s:
                refused = lacking(s, ConsentPurpose.MARKETING, campaign)
        for f in follow_ups:
            if f.customer_id in refused and f.reason == campaign_reason:
                skipped += 1
                continue
            line = lines.get(f.customer_id)
            if line is None:
                phone = phones.get(f.phone)
                if phone is None:
                    phone = phones[f.phone] = format_phone(f.phone)
                line = lines[f.customer_id] = [f.customer_name, phone, f.advisor_id,
                                               f.advisor_name, f.key_account, []]
            line[5].append(call_reason(
                kind=f.reason, due=f.due_date, detail=f.notes.splitlines()[-1] if f.notes else "",
                plate=f.plate, vehicle=f.vehicle, follow_up_id=f.id, overdue=f.due_date < day,
            ))
        with self.book.reading() as s:
            dormant = dormant_calls(self.book, s, self.lead_rules, day, advisor_id)
        for lead in dormant:
            line = lines.get(lead.customer_id)
            if line is None:
                phone = phones.get(lead.phone)
                if phone is None:
                    phone = phones[lead.phone] = format_phone(lead.phone)
                line = lines[lead.customer_id] = [lead.customer_name, phone, lead.advisor_id,
                                                  lead.advisor_name, lead.key_account, []]
            line[5].append(call_reason(kind=DORMANT_LEAD, due=day, detail=str(lead.quiet_days)))
        wrong = self.reminders.wrong_phones(lines)
        advisor_name = ""
        if advisor_id:
            with self.book.reading() as s:
                advisor_name = s.scalar(select(Staff.name).where(Staff.id == advisor_id)) or ""
        ranked = []
        order = _reason_order
        for customer_id, (name, phone, adv, adv_name, key, reasons) in lines.items():
            if len(reasons) > 1:
                reasons.sort(key=order)
            overdue = reasons[0].overdue  # overdue reasons sort first
            first_due = min(r.due for r in reasons) if len(reasons) > 1 else reasons[0].due
            ranked.append(((not overdue, not key, first_due, name), call_line(
                customer_id=customer_id, customer_name=name, phone=phone, advisor_id=adv,
                advisor_name=adv_name, key_account=key, reasons=tuple(reasons), overdue=overdue,
                phone_wrong=customer_id in wrong)))
        ranked.sort(key=_rank)
        return CallSheet(day=day, lines=tuple(line for _, line in ranked),
                         advisor_name=advisor_name or "", skipped_no_consent=skipped)


def _lookbacks(given: dict[ReminderKind, int] | int | None) -> dict[ReminderKind, int]:
    """Look-back days for every kind: one number for all, or the defaults with changes."""
    if isinstance(given, int):
        return dict.fromkeys(ReminderKind, max(0, given))
    return {kind: max(0, int((given or {}).get(kind, default)))
            for kind, default in DEFAULT_LOOKBACK_DAYS.items()}


def _rank(item):
    return item[0]


def _reason_order(r: CallReason):
    return (not r.overdue, r.due, r.kind)
