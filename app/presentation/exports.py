"""What every list looks like in Excel: translated headers and typed columns.

Shared by the views (Ctrl+E) and `guanxi export`, so both write the same workbook.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from app.domain.reminder_records import CallSheet, FollowUpRecord, Occurrence
from app.domain.validation import format_phone
from app.presentation import labels
from app.presentation.call_words import reason_lines
from app.presentation.i18n import translate
from app.services.exchange.excel_export import CellKind, ColumnSpec, SheetSpec


def customers_sheet(rows: Iterable[Sequence]) -> SheetSpec:
    """rows: CustomerService.export_rows() tuples.

    The birthday is an Excel date when it is a solar one with its year; otherwise (no
    year, or a lunar birthday, which no Excel date can hold) it is a text, and the year,
    month and day columns beside it hold the numbers in the birthday's own calendar."""
    return SheetSpec(
        translate("Exports", "Customers"),
        [
            ColumnSpec(translate("Exports", "Name"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Type"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Mobile"), CellKind.PHONE, 16),
            ColumnSpec(translate("Exports", "Other phone"), CellKind.PHONE, 16),
            ColumnSpec(translate("Exports", "WeChat"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Gender"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Birthday"), CellKind.DATE),
            ColumnSpec(translate("Exports", "Birth year"), CellKind.INTEGER),
            ColumnSpec(translate("Exports", "Birth month"), CellKind.INTEGER),
            ColumnSpec(translate("Exports", "Birth day"), CellKind.INTEGER),
            ColumnSpec(translate("Exports", "Lunar birthday"), CellKind.BOOL),
            ColumnSpec(translate("Exports", "Source"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Advisor"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Plates"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Tags"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Key account"), CellKind.BOOL),
            ColumnSpec(translate("Exports", "Marketing consent"), CellKind.BOOL),
            ColumnSpec(translate("Exports", "Last contact"), CellKind.DATETIME),
            ColumnSpec(translate("Exports", "Created"), CellKind.DATETIME),
            ColumnSpec(translate("Exports", "Address"), CellKind.TEXT),
        ],
        (_customer_row(r) for r in rows),
    )


def _customer_row(r: Sequence) -> tuple:
    (name, kind, phone, phone_alt, wechat, gender, calendar, month, day, leap, source,
     advisor, plates, tags, key, consent, last, created, address, year) = r
    lunar = calendar == "lunar"
    birthday: date | str | None = None
    if month and day:
        if lunar:
            birthday = labels.reminder_detail("birthday", f"lunar:{month}:{day}:{int(bool(leap))}")
            if year:
                birthday = f"{year} {birthday}"
        elif year:
            try:
                birthday = date(year, month, day)
            except ValueError:  # not a day of that year (29 February of a common year)
                birthday = f"{year:04d}-{month:02d}-{day:02d}"
        else:
            birthday = f"{month:02d}-{day:02d}"
    return (
        name, labels.customer_kind(kind), phone, phone_alt, wechat,
        labels.gender(gender or "") if gender else "", birthday,
        year or None, month or None, day or None, lunar and bool(month and day),
        labels.source(source) if source else "", advisor or "", plates or "", tags or "",
        bool(key), bool(consent), _moment(last), _moment(created), address,
    )


def _moment(value) -> datetime | None:
    """A time as the book stores it ("2026-11-02 16:37:00.000000") as a datetime, so
    that Excel gets a real date and time; anything unreadable is kept as it is."""
    if value is None or isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return value


# The rows of a sheet are made as they are written (off the interface thread, during the
# export), from a copy of the view's items taken when the export starts.

def reminders_sheet(items: Sequence[Occurrence]) -> SheetSpec:
    items = tuple(items)
    return SheetSpec(
        translate("Exports", "Reminders"),
        [
            ColumnSpec(translate("Exports", "Date"), CellKind.DATE),
            ColumnSpec(translate("Exports", "Call from"), CellKind.DATE),
            ColumnSpec(translate("Exports", "Reason"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Customer"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Phone"), CellKind.PHONE, 15),
            ColumnSpec(translate("Exports", "Detail"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Vehicle"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Plate"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Advisor"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Key account"), CellKind.BOOL, 8),
        ],
        (
            (o.occurs_on, o.shows_from, labels.reason(o.kind.value), o.customer_name,
             format_phone(o.phone),
             labels.reminder_detail(o.kind.value, o.detail), o.vehicle, o.plate, o.advisor_name,
             o.key_account)
            for o in items
        ),
        size=len(items),
    )


def followups_sheet(items: Sequence[FollowUpRecord]) -> SheetSpec:
    items = tuple(items)
    return SheetSpec(
        translate("Exports", "Follow-ups"),
        [
            ColumnSpec(translate("Exports", "Advisor"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Due"), CellKind.DATE),
            ColumnSpec(translate("Exports", "Customer"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Phone"), CellKind.PHONE, 15),
            ColumnSpec(translate("Exports", "Reason"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Vehicle"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Plate"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Status"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Attempts"), CellKind.INTEGER, 6),
            ColumnSpec(translate("Exports", "Outcome"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Notes"), CellKind.TEXT, 30),
            ColumnSpec(translate("Exports", "Handwritten notes"), CellKind.TEXT, 30),
        ],
        (
            (f.advisor_name, f.due_date, f.customer_name, f.phone, labels.reason(f.reason.value),
             f.vehicle, f.plate, labels.follow_up_status(f.status.value), f.attempts,
             labels.outcome(f.outcome.value if f.outcome else None), f.notes, "")
            for f in sorted(items, key=lambda f: (f.advisor_name, f.due_date, f.customer_name))
        ),
        size=len(items),
    )


def callsheet_sheet(sheet: CallSheet) -> SheetSpec:
    lines = tuple(sheet.lines)

    def rows():
        for number, line in enumerate(sorted(lines, key=lambda ln: ln.advisor_name), start=1):
            yield (
                line.advisor_name, number, line.customer_name, line.phone,
                "; ".join(f"{text} ({due.isoformat()})" for due, _late, text in
                          reason_lines(line.reasons, labels.reason, labels.reminder_detail)),
                min(r.due for r in line.reasons), line.plates, line.overdue, line.key_account,
                "",
            )

    return SheetSpec(
        translate("Exports", "Call sheet"),
        [
            ColumnSpec(translate("Exports", "Advisor"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "No."), CellKind.INTEGER, 5),
            ColumnSpec(translate("Exports", "Customer"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Phone"), CellKind.PHONE, 15),
            ColumnSpec(translate("Exports", "Reasons"), CellKind.TEXT, 40),
            ColumnSpec(translate("Exports", "Earliest due"), CellKind.DATE),
            ColumnSpec(translate("Exports", "Plates"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Overdue"), CellKind.BOOL, 7),
            ColumnSpec(translate("Exports", "Key account"), CellKind.BOOL, 8),
            ColumnSpec(translate("Exports", "Handwritten notes"), CellKind.TEXT, 30),
        ],
        rows(),
        size=len(lines),
    )


def audit_sheet(entries: Iterable) -> SheetSpec:
    """entries: app.services.admin.audit AuditRow, in the order written."""
    return SheetSpec(
        translate("Exports", "Audit log"),
        [
            ColumnSpec(translate("Exports", "When"), CellKind.DATETIME),
            ColumnSpec(translate("Exports", "Who"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Action"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Record kind"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Record number"), CellKind.INTEGER),
            ColumnSpec(translate("Exports", "Detail"), CellKind.TEXT, 60),
        ],
        (_audit_row(e) for e in entries),
    )


def _audit_row(e) -> tuple:
    who = e.actor if e.staff_id is None else f"{e.actor} ({e.staff_id})"
    return (e.at, who, labels.audit_action(e.action), labels.record_kind(e.record_kind),
            e.record_id, e.detail)


def leads_sheet(rows: Sequence) -> SheetSpec:
    """rows: app.services.sales.lead_lists LeadRow, in the list's order."""
    rows = tuple(rows)
    return SheetSpec(
        translate("Exports", "Leads"),
        [
            ColumnSpec(translate("Exports", "Customer"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Phone"), CellKind.PHONE, 15),
            ColumnSpec(translate("Exports", "Advisor"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Models"), CellKind.TEXT, 20),
            ColumnSpec(translate("Exports", "Level"), CellKind.TEXT, 6),
            ColumnSpec(translate("Exports", "Stage"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Source"), CellKind.TEXT),
            ColumnSpec(translate("Exports", "Next follow-up"), CellKind.DATE),
            ColumnSpec(translate("Exports", "Last contact"), CellKind.DATETIME),
            ColumnSpec(translate("Exports", "Quiet days"), CellKind.INTEGER, 8),
            ColumnSpec(translate("Exports", "Dormant"), CellKind.BOOL, 8),
            ColumnSpec(translate("Exports", "Created"), CellKind.DATETIME),
        ],
        (
            (r.customer_name, format_phone(r.phone), r.advisor_name, r.models, r.level,
             labels.lead_stage(r.stage), labels.lead_source(r.source), r.next_follow_up,
             r.last_contact_at, r.quiet_days, r.dormant, r.created_at)
            for r in rows
        ),
        size=len(rows),
    )
