"""The daily call sheet: every reason to call a customer on one line, ranked."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
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
    CallLine,
    CallReason,
    CallSheet,
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
        # The follow-ups and the dormant leads are read on a second thread while the
        # reminders are worked out here: the database reads them without the interpreter
        # lock (10-15 ms of a big sheet's time on two cores).
        side = _SIDE.submit(self._follow_ups_and_dormant, day, advisor_id)
        try:
            occurrences = self.reminders.occurrences(
                day - timedelta(days=max(backs.values())), day + timedelta(days=horizon),
                today=day, advisor_id=advisor_id, lead_days=leads,
                ends={kind: day + timedelta(days=lead) for kind, lead in leads.items()},
                starts=oldest,  # what is past its look-back is not made only to be dropped
                consent=True,  # nobody is called for what they did not agree to
            )
        finally:
            follow_ups, refused, dormant = side.result()
        skipped = occurrences.skipped_no_consent
        # customer id -> [name, phone, advisor id, advisor name, key account, reasons]
        lines: dict[int, list] = {}
        phones: dict[str, str] = {}
        value_of = {kind: kind.value for kind in ReminderKind}
        # (the lines' tuples made directly: tens of thousands of them on a big sheet)
        new, reason = _new, CallReason
        # the occurrence's fields unpacked in order (a named tuple; attribute reads cost more)
        for (kind, _source, cid, when, _lead, name, stored_phone, adv, adv_name, _vid, plate,
             vehicle, detail, key, _state, until) in occurrences:
            first = oldest[kind]
            if when < first and (until is None or until < first):
                continue  # past its look-back: no longer a call
            line = lines.get(cid)
            if line is None:
                phone = phones.get(stored_phone)
                if phone is None:
                    phone = phones[stored_phone] = format_phone(stored_phone)
                line = lines[cid] = [name, phone, adv, adv_name, key, []]
            line[5].append(new(reason, (value_of[kind], when, detail, plate, vehicle, None,
                                        when < day)))
        campaign = FollowUpReason.CAMPAIGN.value
        for (fid, cid, kind, due, notes, name, stored_phone, key, adv, adv_name, plate,
             vehicle) in follow_ups:
            if kind == campaign and cid in refused:
                skipped += 1  # a campaign call is marketing: not for who withdrew since
                continue
            line = lines.get(cid)
            if line is None:
                phone = phones.get(stored_phone)
                if phone is None:
                    phone = phones[stored_phone] = format_phone(stored_phone)
                line = lines[cid] = [name, phone, adv, adv_name, key, []]
            line[5].append(new(reason, (kind, due, notes.splitlines()[-1] if notes else "",
                                        plate, vehicle, fid, due < day)))
        for _lead, cid, name, stored_phone, adv, adv_name, key, quiet in dormant:
            line = lines.get(cid)
            if line is None:
                phone = phones.get(stored_phone)
                if phone is None:
                    phone = phones[stored_phone] = format_phone(stored_phone)
                line = lines[cid] = [name, phone, adv, adv_name, key, []]
            line[5].append(new(reason, (DORMANT_LEAD, day, str(quiet), "", "", None, False)))
        wrong = self.reminders.wrong_phones(lines)
        advisor_name = ""
        if advisor_id:
            with self.book.reading() as s:
                advisor_name = s.scalar(select(Staff.name).where(Staff.id == advisor_id)) or ""
        ranked = []
        order, line_of = _reason_order, CallLine
        for customer_id, (name, phone, adv, adv_name, key, reasons) in lines.items():
            if len(reasons) > 1:
                reasons.sort(key=order)
            # overdue reasons (due before the day) sort first, then by due date: the first
            # is the line's earliest
            first = reasons[0]
            overdue = first[6]
            ranked.append(((not overdue, not key, first[1], name), new(line_of, (
                customer_id, name, phone, adv, adv_name, key, tuple(reasons), overdue,
                customer_id in wrong))))
        ranked.sort(key=_rank)
        return CallSheet(day=day, lines=tuple([line for _, line in ranked]),
                         advisor_name=advisor_name or "", skipped_no_consent=skipped)

    def _follow_ups_and_dormant(self, day, advisor_id):
        """(the follow-ups to call on `day`; the customers of its campaign calls who
        withdrew their marketing consent since; the dormant leads), of one advisor or all."""
        follow_ups = calls_on(self.book, day, advisor_id)
        campaign = FollowUpReason.CAMPAIGN.value
        called = {f[1] for f in follow_ups if f[2] == campaign}
        with self.book.reading() as s:
            self.book.dialect.by_keys(s.connection())
            refused = lacking(s, ConsentPurpose.MARKETING, called) if called else set()
            dormant = dormant_calls(self.book, s, self.lead_rules, day, advisor_id)
        return follow_ups, refused, dormant


# one worker for the call sheet's second reads (a sheet waits for its own; two sheets made
# at once take turns)
_SIDE = ThreadPoolExecutor(1, thread_name_prefix="callsheet")
_new = tuple.__new__  # a named tuple without its generated __new__ (as call_reason does)


def _lookbacks(given: dict[ReminderKind, int] | int | None) -> dict[ReminderKind, int]:
    """Look-back days for every kind: one number for all, or the defaults with changes."""
    if isinstance(given, int):
        return dict.fromkeys(ReminderKind, max(0, given))
    return {kind: max(0, int((given or {}).get(kind, default)))
            for kind, default in DEFAULT_LOOKBACK_DAYS.items()}


def _rank(item):
    return item[0]


def _reason_order(r: CallReason):
    return (not r[6], r[1], r[0])  # overdue first, due, kind
