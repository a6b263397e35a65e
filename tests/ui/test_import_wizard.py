"""Import customers… (issue 15): the window reads a real dirty workbook or CSV, preselects the
columns' fields (as remembered for the header layout, else from the headers), lets a field
be changed by hand, previews every row with its disposition and the counts, imports with a
backup first and shows rows in = created + updated + unchanged + skipped + rejected; a
cancel leaves the book as it was; the entry is only for those with the right to import."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QComboBox

from app.demo.dirty import CleanCustomer, clean_customers_of, write_dirty_csv, write_dirty_xlsx
from app.demo.generator import generate_demo
from app.domain.changes import DESK
from app.services.admin.book import open_book
from app.services.exchange.import_read import read_table
from app.ui import ops
from app.ui.dialogs.import_dialog import COLUMNS, IMPORT, PREVIEW, ImportDialog
from app.ui.models.import_preview import DISPOSITION, DispositionRole

TODAY = date(2026, 6, 15)


@pytest.fixture
def shop(tmp_path, interface):
    """A small demo book (this desk writing) and customers of it as a sheet reads them."""
    path = tmp_path / "demo.db"
    generate_demo(path, 80, seed=8, today=TODAY)
    services = open_book(path)
    services.act_as(DESK)
    known = clean_customers_of(services, 12, seed=2)
    yield services, path, known
    ops.current_runner().wait_for_done(20_000)
    services.close()


def _fresh(n: int) -> CleanCustomer:
    return CleanCustomer(name=f"新客户{n}", phone=f"+861390000{n:04d}", address="北京市海淀区1号")


BAD = CleanCustomer(name="号码不对", phone="+8612345")


def _sheet(tmp_path, known, name="in.xlsx"):
    path = tmp_path / name
    write_dirty_xlsx(path, [*known, *(_fresh(n) for n in range(5)), BAD], seed=3)
    return path


def _dialog(qtbot, services, path, tmp_path) -> ImportDialog:
    dialog = ImportDialog(services, None, path=path, backup_folder=tmp_path / "backups")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _customers(services) -> int:
    return len(services.customers.search_ids(""))


def _column_of(dialog: ImportDialog, key: str) -> int:
    return next(i for i, k in dialog.mapping.items() if k == key)


def _choose(dialog: ImportDialog, column: int, key: str | None) -> None:
    combo = dialog.findChild(QComboBox, f"importField{column}")
    combo.setCurrentIndex(combo.findData(key))


def test_the_wizard_imports_a_dirty_workbook_with_a_field_changed_by_hand(
        qtbot, shop, tmp_path, sync_ops):
    services, _, known = shop
    path = _sheet(tmp_path, known)
    before = _customers(services)
    dialog = _dialog(qtbot, services, path, tmp_path)

    assert dialog.table is not None and dialog.next_button.isEnabled()
    assert "header is on row 3" in dialog.file_info.text()
    assert not dialog.encoding_combo.isVisible()  # a workbook: no encoding to choose
    dialog.next()
    assert dialog.pages.currentIndex() == COLUMNS
    automatic = read_table(path).mapping()
    shown = {i: dialog.findChild(QComboBox, f"importField{i}").currentData()
             for i in range(dialog.table.width)}
    assert shown == {i: automatic.get(i) for i in range(dialog.table.width)}
    assert "hidden" in dialog.columns_table.item(dialog.table.width - 1, 0).text()

    # a field chosen for a second column leaves the first one, and the note says so
    address = _column_of(dialog, "address")
    name = _column_of(dialog, "name")
    _choose(dialog, address, "name")
    assert dialog.mapping[name] is None and "left out" in dialog.columns_note.text()
    assert not dialog.next_button.isEnabled() or "name" in dialog.mapping.values()
    _choose(dialog, name, "name")
    assert dialog.mapping[address] is None
    _choose(dialog, address, "address")
    # by hand: the WeChat column is left out
    wechat = _column_of(dialog, "wechat")
    _choose(dialog, wechat, None)
    assert dialog.mapping[wechat] is None

    dialog.next()
    assert dialog.pages.currentIndex() == PREVIEW
    plan = dialog.plan
    counts = plan.counts
    assert plan.rows_in == len(known) + 6 == sum(counts.values())
    assert counts["new"] == 5 and counts["rejected"] == 1
    assert dialog.model.rowCount() == plan.rows_in
    assert f"Rows in: {plan.rows_in}" in dialog.counts_label.text()
    first = dialog.model.index(0, DISPOSITION)
    assert first.data(DispositionRole) == plan.rows[0].disposition
    dialog.filter_combo.setCurrentIndex(dialog.filter_combo.findData("rejected"))
    assert dialog.model.rowCount() == 1
    assert "号码不对" in dialog.model.index(0, 2).data()
    assert dialog.model.index(0, 5).data()  # the reason, in words
    dialog.filter_combo.setCurrentIndex(0)

    dialog.next()  # Import
    assert dialog.pages.currentIndex() == IMPORT
    result = dialog.result
    assert result is not None
    made = result.counts
    assert result.rows_in == sum(made.values()) == plan.rows_in
    assert made["new"] == 5 and made["rejected"] == 1
    assert _customers(services) == before + made["new"]
    assert "5 created" in dialog.result_label.text()
    assert result.backup is not None and str(result.backup) in dialog.backup_label.text()
    assert result.backup.exists()
    added = services.customers.search_ids("新客户0")
    assert len(added) == 1 and services.customers.get(added[0]).address == "北京市海淀区1号"

    assert dialog.save_rejected_button.isVisibleTo(dialog)
    out = tmp_path / "rejected.xlsx"
    dialog.save_rejected(out)
    assert "1 row" in dialog.saved_label.text()
    saved = read_table(out)
    assert "Reason" in [str(h) for h in saved.headers]
    assert any("号码不对" in str(c) for row in saved.rows for c in row)

    # a second file of the same layout: the mapping chosen by hand comes back
    again = _dialog(qtbot, services, path, tmp_path)
    assert again.mapping_remembered and "last time" in again.columns_intro.text()
    assert again.findChild(QComboBox, f"importField{wechat}").currentData() is None
    assert again.mapping[address] == "address"
    again.next()
    again.next()
    assert again.plan.counts["new"] == 0  # the five are in the book now: nothing new


def test_a_cancel_during_the_import_leaves_the_book_as_it_was(qtbot, shop, tmp_path, sync_ops):
    services, _, known = shop
    path = _sheet(tmp_path, known)
    before = _customers(services)
    dialog = _dialog(qtbot, services, path, tmp_path)
    dialog.next()
    dialog.next()
    assert dialog.plan.counts["new"] == 5

    # the person presses Cancel while the customers are being written (inside the transaction)
    stages = []

    def moved(_number, stage, _done, _total):
        stages.append(stage)
        if stage == "write":
            dialog.cancel_button.click()

    dialog._progress.moved.connect(moved)
    dialog.next()
    assert "write" in stages
    assert dialog.result is None
    assert "cancelled" in dialog.stage_label.text() and "nothing was written" in \
        dialog.stage_label.text()
    assert _customers(services) == before
    assert services.customers.search_ids("新客户0") == []
    assert dialog.back_button.isEnabled()  # back to the preview, to import again


def test_a_gb18030_csv_shows_its_encoding_and_a_new_delimiter_reads_it_again(
        qtbot, shop, tmp_path, sync_ops):
    services, _, known = shop
    path = tmp_path / "old_crm.csv"
    write_dirty_csv(path, known, seed=4)  # GB18030, semicolons
    dialog = _dialog(qtbot, services, path, tmp_path)
    assert dialog.encoding_combo.isVisible() and dialog.delimiter_combo.isVisible()
    assert dialog.encoding_combo.currentData() == "gb18030"
    assert "GB18030" in dialog.encoding_combo.currentText()
    assert dialog.delimiter_combo.currentData() == ";"
    assert not dialog.sheet_combo.isVisible()
    width = dialog.table.width
    assert width > 5 and "name" in dialog.mapping.values()

    comma = dialog.delimiter_combo.findData(",")
    dialog.delimiter_combo.setCurrentIndex(comma)
    dialog.delimiter_combo.activated.emit(comma)
    assert dialog.table.delimiter == "," and dialog.table.width < width
    assert dialog.encoding_combo.currentData() == "gb18030"  # kept as chosen

    semicolon = dialog.delimiter_combo.findData(";")
    dialog.delimiter_combo.setCurrentIndex(semicolon)
    dialog.delimiter_combo.activated.emit(semicolon)
    assert dialog.table.width == width
    dialog.next()
    dialog.next()
    assert dialog.plan.rows_in == len(known)


def test_a_workbook_of_several_sheets_offers_them_and_reads_the_one_chosen(
        qtbot, shop, tmp_path, sync_ops):
    from openpyxl import Workbook

    services, _, _ = shop
    path = tmp_path / "two_sheets.xlsx"
    workbook = Workbook()
    workbook.active.title = "说明"
    workbook.active.append(["本表由系统导出，请勿修改"])
    customers = workbook.create_sheet("客户")
    customers.append(["客户姓名", "手机号", "车牌号"])
    customers.append(["周新", "13811112222", "京A54321"])
    workbook.save(path)
    dialog = _dialog(qtbot, services, path, tmp_path)
    assert dialog.sheet_combo.isVisible()
    assert [dialog.sheet_combo.itemText(i) for i in range(dialog.sheet_combo.count())] == [
        "说明", "客户"]
    assert dialog.table.sheet == "说明"
    dialog.sheet_combo.setCurrentIndex(1)
    dialog.sheet_combo.activated.emit(1)
    assert dialog.table.sheet == "客户" and dialog.sheet_combo.currentText() == "客户"
    assert dialog.mapping == {0: "name", 1: "phone", 2: "plate"}
    dialog.next()
    dialog.next()
    assert dialog.plan.counts["new"] == 1


def test_the_rows_show_before_the_plan_and_a_stopped_check_can_run_again(
        qtbot, shop, tmp_path):
    from tests.ui.conftest import HeldReads

    services, _, known = shop
    runner = HeldReads(let_through=2)  # the file and its rows; the plan waits
    previous = ops.set_runner(runner)
    try:
        dialog = _dialog(qtbot, services, _sheet(tmp_path, known), tmp_path)
        dialog.next()
        dialog.next()
        rows = len(known) + 6
        assert dialog.model.rowCount() == rows and not dialog.model.planned
        assert dialog.model.index(0, 2).data()  # the name, as the sheet has it
        assert not dialog.next_button.isEnabled()  # no import before the plan is seen
        assert dialog.plan_button.text() == "Stop" and len(runner.held) == 1
        dialog.plan_button.click()  # Stop
        runner.release()
        assert dialog.plan is None and "stopped" in dialog.counts_label.text()
        assert dialog.plan_button.text() == "Check again"
        dialog.plan_button.click()
        runner.release()
        assert dialog.plan is not None and dialog.model.planned
        assert dialog.next_button.isEnabled()
        # another option: checked again, with the new choice
        dialog.duplicate_combo.setCurrentIndex(dialog.duplicate_combo.findData("skip"))
        dialog.duplicate_combo.activated.emit(dialog.duplicate_combo.currentIndex())
        assert dialog.plan is None
        runner.release()
        assert dialog.plan.counts["duplicate"] >= len(known) - 1
    finally:
        ops.set_runner(previous)


def test_a_file_that_cannot_be_read_says_why(qtbot, shop, tmp_path, sync_ops):
    services, _, _ = shop
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    dialog = _dialog(qtbot, services, old, tmp_path)
    assert dialog.table is None and not dialog.next_button.isEnabled()
    assert ".xlsx" in dialog.file_error.text() and dialog.file_error.isVisible()


def test_the_window_reads_and_plans_off_the_interface_thread(qtbot, shop, tmp_path):
    services, _, known = shop
    runner = ops.ThreadRunner()
    previous = ops.set_runner(runner)
    try:
        path = _sheet(tmp_path, known)
        dialog = _dialog(qtbot, services, path, tmp_path)
        qtbot.waitUntil(lambda: dialog.table is not None, timeout=10_000)
        dialog.next()
        dialog.next()
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
        assert dialog.model.planned and dialog.model.rowCount() == dialog.plan.rows_in
        dialog.next()
        qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
        assert dialog.result.counts["new"] == 5
    finally:
        runner.wait_for_done(20_000)
        ops.set_runner(previous)


def test_import_is_in_the_file_menu_only_for_those_with_the_right(window, sync_ops):
    from app.db.models import Staff
    from app.services.permissions import actor_for

    services = window.services
    window.file_menu.aboutToShow.emit()
    assert window.import_action in window.file_menu.actions()
    assert window.import_action.isVisible() and window.import_action.isEnabled()
    window.import_action.trigger()
    dialog = window.findChild(ImportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()

    with services.book.writing() as session:
        row = Staff(name="李顾问", role="advisor")
        session.add(row)
        session.flush()
        advisor = actor_for(session, row.id, row.name, "advisor")
    services.act_as(advisor)
    window.file_menu.aboutToShow.emit()
    assert not window.import_action.isVisible()
