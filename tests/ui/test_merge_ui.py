"""The duplicate finder and the merge windows (issue 15, item 7): the finder lists the pairs
planted in a book, the likeliest first, with their reasons in words; merging from the dialog
with a detail taken from the merged customer leaves that value on the kept customer and
archives the other; undoing from the "Undo a merge" list and from the card gives both back;
someone without the right to merge gets none of the menu entries."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from app.demo.dirty import plant_duplicates
from app.domain.changes import DESK
from app.domain.records import CustomerInput, VehicleInput
from app.services.admin.book import open_book
from app.services.permissions import actor_for
from app.ui.dialogs.duplicates_dialog import DuplicatesDialog
from app.ui.dialogs.merges_dialog import MergesDialog
from tests.ui.conftest import show_alone

PEOPLE = (("张三", "13800138000", "北京市朝阳区建国路88号"),
          ("李四", "13912345678", "上海市浦东新区世纪大道100号"),
          ("王五", "13700001111", ""), ("刘洋", "13611112222", "广州市天河区体育西路1号"),
          ("陈静", "13522223333", ""), ("杨帆", "13433334444", "深圳市南山区科技园"),
          ("黄磊", "13344445555", ""), ("周杰", "13255556666", "成都市武侯区人民南路"))


@pytest.fixture
def book_path(tmp_path):
    """Eight customers (the first with a car) and four planted duplicates of them."""
    path = tmp_path / "book.db"
    services = open_book(path)
    try:
        advisor = services.staff.add("王芳")
        ids = [services.customers.create(CustomerInput(
            name=name, phone=phone, address=address, advisor_id=advisor.id)).id
            for name, phone, address in PEOPLE]
        services.vehicles.add(ids[0], VehicleInput(make="大众", model="帕萨特",
                                                   vin="LSVAU218XN2183294", plate="京A12345"))
        planted = plant_duplicates(services, 4, seed=3)
    finally:
        services.close()
    (tmp_path / "planted.txt").write_text(
        "\n".join(f"{p.first} {p.second} {p.reason}" for p in planted))
    return path


@pytest.fixture
def planted(book_path):
    lines = (book_path.parent / "planted.txt").read_text().splitlines()
    return [(int(a), int(b), reason) for a, b, reason in (line.split() for line in lines)]


def _finder(qtbot, services) -> DuplicatesDialog:
    return show_alone(qtbot, DuplicatesDialog(services))


def _row_of(dialog: DuplicatesDialog, a: int, b: int) -> int:
    keys = [(p.pair.a, p.pair.b) for p in dialog.pairs]
    return keys.index((min(a, b), max(a, b)))


def test_the_finder_lists_the_planted_pairs_likeliest_first(qtbot, book_services, planted,
                                                           sync_ops):
    dialog = _finder(qtbot, book_services)
    assert not dialog.loading() and dialog.busy.isHidden()
    found = {(p.pair.a, p.pair.b) for p in dialog.pairs}
    assert {(min(a, b), max(a, b)) for a, b, _ in planted} <= found
    assert dialog.table.rowCount() == len(dialog.pairs)
    scores = [p.pair.score for p in dialog.pairs]
    assert scores == sorted(scores, reverse=True)
    words = {"same_phone": "Same phone", "similar_phone_same_name": "Same name, phone one "
             "digit apart", "same_name_same_address": "Same name and address",
             "pinyin_name": "Names read alike, phone one digit apart"}
    for a, b, reason in planted:
        row = _row_of(dialog, a, b)
        assert words[reason] in dialog.table.item(row, 5).text()
        first = dialog.pairs[row].a
        assert dialog.table.item(row, 0).text() == f"#{first.id} {first.name}"
        assert dialog.table.item(row, 4).text() == str(dialog.pairs[row].pair.score)
    assert "pairs of customers" in dialog.summary.text()
    assert not dialog.merge_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.merge_button.isEnabled()


def test_the_pairs_are_read_off_the_interface_thread_with_a_busy_bar(qtbot, book_services,
                                                                    planted, held_reads):
    dialog = _finder(qtbot, book_services)
    assert dialog.loading() and dialog.busy.isVisible() and dialog.table.rowCount() == 0
    assert "Looking" in dialog.summary.text()
    held_reads.release()
    assert not dialog.loading() and dialog.busy.isHidden()
    assert dialog.table.rowCount() >= len(planted)


def test_merging_keeps_a_value_chosen_from_the_merged_customer(qtbot, book_services, planted,
                                                              sync_ops):
    first, twin = next((a, b) for a, b, reason in planted if reason == "same_phone")
    person, double = book_services.customers.get(first), book_services.customers.get(twin)
    assert person.name != double.name and person.phone == double.phone
    finder = _finder(qtbot, book_services)
    finder.table.selectRow(_row_of(finder, first, twin))
    dialog = finder.merge_selected()
    assert (dialog.keep_id, dialog.merged_id) == (first, twin)
    assert "name" in dialog.choices and "phone" not in dialog.choices  # (the same number)
    kept_name = dialog.findChild(type(dialog.choices["name"].button(0)), "mergeChoice_name_kept")
    assert kept_name.isChecked() and kept_name.text() == person.name
    dialog.choices["name"].button(1).click()  # the merged customer's name
    assert dialog.chosen()["name"] == "merged"
    dialog.merge_button.click()
    assert dialog.record is not None
    kept, gone = book_services.customers.get(first), book_services.customers.get(twin)
    assert kept.name == double.name and kept.address == person.address
    assert gone.archived_at is not None
    assert all(twin not in (p.pair.a, p.pair.b) for p in finder.pairs)
    assert finder.table.rowCount() == len(finder.pairs)
    card = book_services.customers.card(first)
    assert any(e.summary == f"Merged with customer #{twin} ({double.name})"
               for e in card.timeline)
    [record] = book_services.merges.merges(first)
    assert (record.kept_id, record.merged_id) == (first, twin)


def test_swapping_keeps_the_other_and_an_empty_detail_takes_the_other_value(
        qtbot, book_services, planted, sync_ops):
    first, twin = next((a, b) for a, b, reason in planted
                       if reason == "same_name_same_address")
    finder = _finder(qtbot, book_services)
    finder.table.selectRow(_row_of(finder, first, twin))
    dialog = finder.merge_selected()
    assert dialog.choices["phone"].checkedId() == 0  # the kept customer's number
    dialog.swap_button.click()
    assert (dialog.keep_id, dialog.merged_id) == (twin, first)
    assert dialog.choices["phone"].checkedId() == 1  # the twin has none: the other's
    assert f"Kept: #{twin}" in dialog.kept_heading.text()
    cars = len(book_services.customers.card(first).vehicles)
    assert f"What moves: vehicles {cars}, service visits 0" in dialog.explain.text()
    dialog.merge_button.click()
    kept = book_services.customers.get(twin)
    assert kept.phone == book_services.customers.get(first).phone != ""
    assert book_services.customers.get(first).archived_at is not None


def test_a_refused_merge_is_said_in_the_dialog(qtbot, book_services, planted, sync_ops):
    first, twin, _ = planted[0]
    finder = _finder(qtbot, book_services)
    finder.table.selectRow(_row_of(finder, first, twin))
    dialog = finder.merge_selected()
    with book_services.book.writing() as session:
        from app.db.models import Staff

        row = Staff(name="李顾问", role="advisor")
        session.add(row)
        session.flush()
        advisor = actor_for(session, row.id, row.name, "advisor")
    book_services.act_as(advisor)
    dialog.merge_button.click()
    assert dialog.record is None and dialog.isVisible()
    assert "manager" in dialog.banner.text().lower() and dialog.banner.isVisible()
    assert book_services.customers.get(twin).archived_at is None


def _yes(monkeypatch, asked: list):
    def question(_parent, _title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)


def test_undo_from_the_list_gives_both_customers_back(qtbot, book_services, planted, sync_ops,
                                                     monkeypatch):
    first, twin = next((a, b) for a, b, reason in planted if reason == "same_phone")
    before = (book_services.customers.get(first), book_services.customers.get(twin))
    merges = book_services.merges
    record = merges.merge(first, twin, {"name": "merged"})
    dialog = show_alone(qtbot, MergesDialog(book_services))
    assert [m.id for m in dialog.merges] == [record.id]
    assert dialog.table.item(0, 1).text() == f"#{first} {before[1].name}"  # (named as now)
    assert dialog.table.item(0, 2).text() == f"#{twin} {before[1].name}"
    assert dialog.table.item(0, 6).text() == ""
    assert not dialog.undo_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.undo_button.isEnabled()
    asked = []
    _yes(monkeypatch, asked)
    dialog.undo_button.click()
    assert asked and f"#{twin}" in asked[0]
    kept, gone = book_services.customers.get(first), book_services.customers.get(twin)
    assert kept.name == before[0].name and gone.archived_at is None
    assert gone.name == before[1].name
    assert dialog.table.item(0, 6).text().startswith("Undone")
    dialog.table.selectRow(0)
    assert not dialog.undo_button.isEnabled()
    assert any(e.summary == f"Merge with customer #{twin} ({before[1].name}) undone"
               for e in book_services.customers.card(first).timeline)


def test_undo_from_the_card_gives_both_customers_back(qtbot, customers_view, book_services,
                                                     planted, sync_ops, monkeypatch):
    first, twin = next((a, b) for a, b, reason in planted if reason == "same_phone")
    name = book_services.customers.get(first).name
    book_services.merges.merge(first, twin, {"name": "merged"})
    customers_view.open_customer(first)
    card = customers_view.card
    actions = card.merges
    assert actions.undo_action in actions.menu().actions()
    assert actions.undo_action.isVisible() and actions.undo_action.isEnabled()
    dialog = actions.undo()
    assert dialog is not None and [m.merged_id for m in dialog.merges] == [twin]
    dialog.table.selectRow(0)
    _yes(monkeypatch, [])
    dialog.undo_button.click()
    assert book_services.customers.get(twin).archived_at is None
    assert book_services.customers.get(first).name == name
    assert card._card.customer.name == name  # the card read itself again
    assert dialog.merges == [] and "no merge to undo" in dialog.summary.text()


def test_someone_without_the_right_gets_no_merge_entries(window):
    services = window.services
    window.merge_entries_shown()
    entries = (window.duplicates_action, window.merges_action)
    assert all(a in window.tools_menu.actions() for a in entries)
    assert all(a.isVisible() and a.isEnabled() for a in entries)
    with services.book.writing() as session:
        from app.db.models import Staff

        row = Staff(name="李顾问", role="advisor")
        session.add(row)
        session.flush()
        advisor = actor_for(session, row.id, row.name, "advisor")
    services.act_as(advisor)
    window.merge_entries_shown()
    assert not any(a.isVisible() or a.isEnabled() for a in
                   (*entries, window.card_merges_action))
    card = window.customers_view.card
    assert card.merges.menu().actions() == []
    services.act_as(DESK)
    window.merge_entries_shown()
    assert all(a.isVisible() and a.isEnabled() for a in entries)


def test_a_merge_from_the_window_refreshes_the_customer_list(qtbot, window, planted):
    first, twin = next((a, b) for a, b, reason in planted if reason == "same_phone")
    view = window.customers_view
    qtbot.waitUntil(lambda: view.model.row_of(twin) >= 0, timeout=10_000)
    window.merge_entries_shown()
    window.duplicates_action.trigger()
    finder = window.duplicates_dialog
    qtbot.waitUntil(lambda: not finder.loading() and bool(finder.pairs), timeout=10_000)
    finder.table.selectRow(_row_of(finder, first, twin))
    dialog = finder.merge_selected()
    qtbot.waitUntil(dialog.merge_button.isEnabled, timeout=10_000)
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: dialog.record is not None, timeout=10_000)
    assert all(twin not in (p.pair.a, p.pair.b) for p in finder.pairs)
    qtbot.waitUntil(lambda: view.model.row_of(twin) < 0, timeout=10_000)  # archived: gone
    finder.close()
