"""A search another thread stops: the newer keystroke does not wait for the older query."""

import threading
import time

import pytest
from sqlalchemy import text

from app.services.admin.book import open_book
from app.services.customers import Cancelled, StatementCancel

ENDLESS = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n"


@pytest.fixture
def services(tmp_path):
    opened = open_book(tmp_path / "book.db")
    yield opened
    opened.close()


def test_a_cancelled_read_stops_while_its_statement_runs(services):
    cancel = StatementCancel()
    outcome = []

    def read():
        try:
            with services.book.reading() as session, cancel.watching(session):
                session.execute(text(ENDLESS)).scalar()
        except Cancelled:
            outcome.append("cancelled")

    worker = threading.Thread(target=read)
    worker.start()
    time.sleep(0.2)
    cancel.cancel()
    worker.join(10)
    assert not worker.is_alive()
    assert outcome == ["cancelled"]
    # the connection goes back to the pool fit for the next search
    assert services.customers.search_ids("zs") == []


def test_a_read_of_ids_stops_between_two_rows(services):
    # the ids are read from the driver a row at a time: an interrupt that lands between two
    # rows (not while the statement starts) is a cancel too, never the driver's own error
    endless_ids = ("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n)"
                   " SELECT x FROM n WHERE x % 200000 = 0")
    cancel = StatementCancel()
    outcome = []

    def read():
        try:
            with services.book.reading() as session, cancel.watching(session):
                services.book.dialect.first_column(session.connection(), endless_ids, {})
        except Cancelled:
            outcome.append("cancelled")
        except Exception as exc:  # noqa: BLE001 - the test says what it was
            outcome.append(repr(exc))

    worker = threading.Thread(target=read)
    worker.start()
    time.sleep(0.3)
    cancel.cancel()
    worker.join(10)
    assert not worker.is_alive()
    assert outcome == ["cancelled"]
    assert services.customers.search_ids("zs") == []

def test_a_search_cancelled_before_it_starts_reads_nothing(services):
    cancel = StatementCancel()
    cancel.cancel()
    with pytest.raises(Cancelled):
        services.customers.search_ids("", cancel=cancel)


def test_a_search_limited_to_its_first_page_is_the_start_of_the_whole_list(services):
    from app.domain.records import CustomerInput

    for name in ("张三", "李四", "王五", "赵六", "张丽", "刘林"):
        services.customers.create(CustomerInput(name=name))
    for query in ("", "l", "zh", "z", "张", "lin"):
        whole = services.customers.search_ids(query)
        assert services.customers.search_ids(query, limit=2) == whole[:2]
        assert services.customers.search_ids(query, among=whole[1:3]) == whole[1:3]
