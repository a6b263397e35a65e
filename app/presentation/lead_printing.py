"""The day's test-drive list on paper (issue 16), as the call sheet is printed: one table
per advisor, a box to tick for the driving licence seen, room for the feedback. Words of
our own are translated (context "Printing"); words for coded values come from the caller.
No Qt here."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from app.domain.validation import format_phone
from app.presentation.i18n import arg, translate
from app.presentation.printing import (
    BALLOT_BOX,
    _advisor_heading,
    _by_advisor,
    _day_heading,
    _document,
    _e,
    _table,
)

# time, customer, phone, model, demo car, how, licence seen, state, feedback
_DRIVE_COLUMNS = (7, 14, 12, 13, 11, 11, 7, 9, 16)


def test_drive_list_html(day: date, drives: Sequence, kind_text: Callable[[str], str],
                         state_text: Callable[[str], str]) -> str:
    """The day's test drives (app.services.sales.leads.TestDriveRecord), by advisor."""
    title = translate("Printing", "Test drives")
    count = arg(translate("Printing", "Test drives: %1"), len(drives))
    meta = f"<b>{_e(_day_heading(day))}</b> · {_e(count)}"
    if not drives:
        empty = translate("Printing", "No test drives on this day.")
        return _document(title, meta, f"<p class='empty'>{_e(empty)}</p>")
    titles = (translate("Printing", "Time"), translate("Printing", "Customer"),
              translate("Printing", "Phone"), translate("Printing", "Model"),
              translate("Printing", "Demo car"), translate("Printing", "How"),
              translate("Printing", "Licence"), translate("Printing", "State"),
              translate("Printing", "Feedback"))
    body = []
    for number, (name, group) in enumerate(_by_advisor(drives)):
        body.append(_advisor_heading(name, len(group), new_page=number > 0))
        rows = []
        for d in group:
            licence = "\u2611" if d.licence_seen else BALLOT_BOX
            cells = (d.at.strftime("%H:%M"), d.customer_name, format_phone(d.phone), d.model,
                     d.plate, kind_text(d.kind), licence, state_text(d.state), d.feedback)
            rows.append("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in cells) + "</tr>")
        body.append(_table(titles, _DRIVE_COLUMNS, rows))
    return _document(title, meta, "".join(body))


test_drive_list_html.__test__ = False  # (not a test, though its name starts so)
