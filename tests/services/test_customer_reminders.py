"""One customer's next reminders (the card's first tab, issue 11 stumble 7): the
per-customer reading gives, for every customer, exactly what the whole-book reminder
engine (its in-memory copy and its table reading) gives for that customer."""

from collections import defaultdict
from datetime import date

import pytest
from sqlalchemy import delete

from app.db.models import ReminderMark
from app.demo.generator import generate_demo
from app.domain.enums import ReminderState
from app.services.admin.book import open_book
from app.services.outreach.reminders import ReminderService

TODAY = date(2026, 11, 20)


@pytest.fixture(scope="module")
def demo_book(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "book.db"
    generate_demo(path, 150, seed=7, today=TODAY)
    services = open_book(path)
    yield services
    services.close()


def _keys(occurrences):
    return sorted((o.kind.value, o.source_id, o.occurs_on, o.vehicle_id, o.detail)
                  for o in occurrences)


@pytest.mark.parametrize("in_memory", [True, False])
def test_each_customers_reminders_match_the_whole_book_engine(demo_book, in_memory):
    engine = ReminderService(demo_book.book, in_memory=in_memory)
    whole = defaultdict(list)
    for o in engine.due(TODAY, horizon_days=365, lookback_days=30):
        whole[o.customer_id].append(o)
    ids = demo_book.customers.search_ids()
    assert sum(map(len, whole.values())) > 300  # the demo book has plenty to compare
    for customer_id in ids:
        mine = demo_book.reminders.for_customer(customer_id, TODAY, horizon_days=365,
                                                lookback_days=30)
        assert _keys(mine) == _keys(whole[customer_id]), customer_id
        assert [o.occurs_on for o in mine] == sorted(o.occurs_on for o in mine)


def test_a_handled_reminder_leaves_the_customers_list(demo_book):
    customer_id = next(c for c in demo_book.customers.search_ids()
                       if demo_book.reminders.for_customer(c, TODAY))
    first = demo_book.reminders.for_customer(customer_id, TODAY)[0]
    demo_book.reminders.mark(first, ReminderState.DONE)
    try:
        assert first.key not in {o.key for o in demo_book.reminders.for_customer(customer_id, TODAY)}
    finally:
        with demo_book.book.writing() as s:
            s.execute(delete(ReminderMark).where(ReminderMark.customer_id == customer_id))
