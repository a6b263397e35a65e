"""The call sheet view names a dormant lead's reason in words: "Dormant lead (quiet for
N days)" (issue 16, item 6)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import update

from app.db.models import Lead
from app.desk.settings import Preferences
from app.domain.enums import StaffRole
from app.domain.records import CustomerInput
from app.presentation.call_words import CallSheetWords
from app.services.admin.book import open_book
from app.services.sales.leads import LeadInput
from app.ui.views.callsheet_view import CallSheetView
from app.ui.widgets.common import to_qdate

LAST = datetime(2026, 5, 4, 15, 0)


@pytest.fixture
def book(pristine_copy):
    services = open_book(pristine_copy)
    wang = services.staff.add("王磊", StaffRole.ADVISOR)
    customer = services.customers.create(CustomerInput(name="张三", phone="13800138000",
                                                       advisor_id=wang.id))
    lead = services.leads.create(customer.id, LeadInput(level="A", advisor_id=wang.id))
    with services.book.writing() as session:
        session.execute(update(Lead).where(Lead.id == lead.id).values(
            stage="showroom", created_at=LAST, last_contact_at=LAST))
    yield services
    services.close()


def test_the_view_shows_the_quiet_days_in_words(qtbot, sync_ops, book, settings):
    view = CallSheetView(book, Preferences(settings))
    qtbot.addWidget(view)
    day = LAST.date() + timedelta(days=8)
    view.day.setDate(to_qdate(day))
    rows = {view.model.index(r, 0).data(): view.model.index(r, 2).data()
            for r in range(view.model.rowCount())}
    quiet = CallSheetWords().quiet(8)
    assert quiet.startswith("quiet for 8 day")  # (the English plural, installed or not)
    assert f"Dormant lead ({quiet}) — due today" in rows["张三"].splitlines()
