"""The customers list fills its first page at once and the rest in the background; a save
reads only the saved row again unless the row leaves the list or moves in it."""

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from app.ui.models import customer_table
from tests.ui.conftest import type_text


@pytest.fixture
def services(book_services):
    """The book's services (closed once the list's background reading is over)."""
    return book_services


@pytest.fixture
def view(customers_view):
    """The customers view alone over the book (conftest)."""
    return customers_view


def _names(view) -> list[str]:
    model = view.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _open(qtbot, view, name: str) -> None:
    view.table.selectRow(_names(view).index(name))
    qtbot.waitUntil(lambda: view.card.customer_id() is not None)


def _counting_fetches(monkeypatch, services) -> tuple[list[int], list[dict]]:
    """How many rows each fetch of the list's model reads, and each search it makes."""
    fetched, searched = [], []
    rows, search_ids = services.customers.rows, services.customers.search_ids

    def counted_rows(ids):
        fetched.append(len(ids))
        return rows(ids)

    def counted_search(query="", **kwargs):
        searched.append(kwargs)
        return search_ids(query, **kwargs)

    monkeypatch.setattr(services.customers, "rows", counted_rows)
    monkeypatch.setattr(services.customers, "search_ids", counted_search)
    return fetched, searched


def test_search_runs_on_the_next_turn_of_the_event_loop_without_a_fixed_delay(qtbot, view):
    type_text(qtbot, view.search, "zs")
    QApplication.processEvents()
    assert _names(view) == ["张三"]


def test_first_page_at_once_then_the_rest_and_the_count(qtbot, view, monkeypatch):
    monkeypatch.setattr(customer_table, "PAGE", 2)
    view.apply_filter()
    assert view.model.rowCount() == 2
    assert view.model.loading()
    # (its English plural comes with the next translations update)
    assert view.count_label.text().startswith("More than 2 customer")
    assert view.count_label.text().endswith("counting…")
    qtbot.waitUntil(lambda: not view.model.loading())
    assert sorted(_names(view)) == ["张三", "李四", "王五", "赵六"]
    assert view.count_label.text().startswith("4 customer")


def test_a_newer_search_drops_what_the_older_one_was_still_reading(qtbot, view, monkeypatch):
    monkeypatch.setattr(customer_table, "PAGE", 1)
    view.apply_filter()  # everyone: one row now, three more on their way
    assert view.model.loading()
    view.search.setText("wangwu")
    view.apply_filter()
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(50)  # whatever the older reading sent back is delivered (and dropped)
    assert _names(view) == ["王五"]
    assert not view.model.loading()


def test_the_whole_list_is_there_for_those_who_need_every_id(view, monkeypatch):
    monkeypatch.setattr(customer_table, "PAGE", 1)
    view.apply_filter()
    assert len(view.model.ids()) == 4
    assert view.model.rowCount() == 4


def test_saving_a_card_reads_only_its_row_again(qtbot, view, services, monkeypatch, sync_ops):
    _open(qtbot, view, "李四")
    fetched, searched = _counting_fetches(monkeypatch, services)
    type_text(qtbot, view.card.occupation, "工程师")
    assert view.card.save()
    QApplication.processEvents()  # the list repaints the row
    assert fetched == [1]
    assert all(len(kwargs.get("among", ())) <= 3 for kwargs in searched)  # never the list
    assert _names(view) == ["李四", "王五", "张三", "赵六"]


def test_a_save_that_moves_the_row_in_the_order_lists_it_in_its_new_place(qtbot, view, sync_ops):
    _open(qtbot, view, "赵六")
    view.card.name.clear()
    type_text(qtbot, view.card.name, "艾六")
    assert view.card.save()
    assert _names(view) == ["艾六", "李四", "王五", "张三"]
    assert view.model.id_at(view.table.currentIndex().row()) == view.card.customer_id()


def test_a_save_that_takes_the_row_out_of_the_search_takes_it_off_the_list(qtbot, view, sync_ops):
    type_text(qtbot, view.search, "lisi")
    view.apply_filter()
    _open(qtbot, view, "李四")
    view.card.name.clear()
    type_text(qtbot, view.card.name, "周四")
    assert view.card.save()
    assert _names(view) == []
    assert view.card.name.text() == "周四"  # the card stays on the customer
