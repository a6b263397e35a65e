"""The daily call sheet: every reason to call a customer on one line, ranked."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from app.db.engine import Book
from app.db.models import Customer, Staff
from app.domain.enums import ReminderKind
from app.domain.recurrence import DEFAULT_LEAD_DAYS
from app.domain.reminder_records import CallLine, CallReason, CallSheet
from app.domain.validation import format_phone
from app.services.followups import FollowUpService
from app.services.reminders import LOOKBACK_DAYS, ReminderService


class CallSheetService:
    def __init__(self, book: Book, reminders: ReminderService, followups: FollowUpService):
        self.book = book
        self.reminders = reminders
        self.followups = followups

    def for_day(
        self,
        day: date,
        advisor_id: int | None = None,
        lead_days: dict[ReminderKind, int] | None = None,
        lookback_days: int = LOOKBACK_DAYS,
    ) -> CallSheet:
        """Overdue first, then key accounts, then the rest; one line per customer."""
        leads = {**DEFAULT_LEAD_DAYS, **(lead_days or {})}
        horizon = max(leads.values())
        lines: dict[int, dict] = {}

        def line_for(customer_id, name, phone, advisor, advisor_name, key_account):
            return lines.setdefault(customer_id, {
                "customer_id": customer_id, "customer_name": name, "phone": phone,
                "advisor_id": advisor, "advisor_name": advisor_name,
                "key_account": key_account, "reasons": [],
            })

        for occ in self.reminders.occurrences(
            day - timedelta(days=lookback_days), day + timedelta(days=horizon),
            today=day, advisor_id=advisor_id, lead_days=leads,
            ends={kind: day + timedelta(days=lead) for kind, lead in leads.items()},
        ):
            line = line_for(occ.customer_id, occ.customer_name, format_phone(occ.phone), occ.advisor_id,
                            occ.advisor_name, occ.key_account)
            line["reasons"].append(CallReason(
                kind=occ.kind.value, due=occ.occurs_on, detail=occ.detail, plate=occ.plate,
                vehicle=occ.vehicle, overdue=occ.occurs_on < day,
            ))
        for f in self.followups.list(statuses=None, active_on=day, advisor_id=advisor_id):
            line = line_for(f.customer_id, f.customer_name, f.phone, f.advisor_id,
                            f.advisor_name, f.key_account)
            line["reasons"].append(CallReason(
                kind=f.reason.value, due=f.due_date, detail=f.notes.splitlines()[-1] if f.notes else "",
                plate=f.plate, vehicle=f.vehicle, follow_up_id=f.id, overdue=f.due_date < day,
            ))
        wrong = set()
        if lines:
            with self.book.reading() as s:
                ids = list(lines)
                for chunk in range(0, len(ids), 900):
                    wrong.update(s.scalars(select(Customer.id).where(
                        Customer.id.in_(ids[chunk:chunk + 900]), Customer.phone_wrong.is_(True))))
                advisor_name = (s.scalar(select(Staff.name).where(Staff.id == advisor_id))
                                if advisor_id else "")
        else:
            advisor_name = ""
            if advisor_id:
                with self.book.reading() as s:
                    advisor_name = s.scalar(select(Staff.name).where(Staff.id == advisor_id)) or ""
        built = []
        for data in lines.values():
            reasons = tuple(sorted(data.pop("reasons"), key=lambda r: (not r.overdue, r.due, r.kind)))
            built.append(CallLine(**data, reasons=reasons, overdue=any(r.overdue for r in reasons),
                                  phone_wrong=data["customer_id"] in wrong))
        built.sort(key=lambda ln: (not ln.overdue, not ln.key_account,
                                   min(r.due for r in ln.reasons), ln.customer_name))
        return CallSheet(day=day, lines=tuple(built), advisor_name=advisor_name or "")
