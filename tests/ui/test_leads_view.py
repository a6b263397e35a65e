"""The leads view (Ctrl+8) driven as a sales manager would: filter the list, open a
customer's card, export and print it; on the pipeline board drag a card to another stage
or move it with the keys; ordering refused on the board with a word."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent

from app.domain.clock import now
from app.domain.records import CustomerInput
from app.services.sales.leads import LeadInput
from tests.ui.conftest import TAB_SIZE, show_alone

TODAY = date.today()


@pytest.fixture
def floor(book_services):
    """Three leads: 孙一 new (H), 钱二 contacted 20 days ago (B, dormant), 周三 in
    negotiation (A); the advisor is the book's 王芳."""
    s = book_services
    advisor = s.staff.list()[0]
    made = {}
    for name, phone, level in (("孙一", "13600000001", "H"), ("钱二", "13600000002", "B"),
                               ("周三", "13600000003", "A")):
        customer = s.customers.create(CustomerInput(name=name, phone=phone,
                                                    advisor_id=advisor.id))
        made[name] = s.leads.create(customer.id, LeadInput(level=level, models="汉兰达",
                                                           advisor_id=advisor.id))
    s.leads.log_contact(made["钱二"].id, when=now() - timedelta(days=20))
    s.leads.move(made["周三"].id, "negotiation")
    return s, made


@pytest.fixture
def leads_view(qtbot, floor, preferences, sync_ops):
    from app.ui.views.leads_view import LeadsView

    view = LeadsView(floor[0], preferences)
    view.resize(*TAB_SIZE)
    return show_alone(qtbot, view)


def shown(view) -> list[str]:
    model = view.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_the_filters_narrow_the_list(leads_view, floor):
    view = leads_view
    assert shown(view) == ["钱二", "孙一", "周三"]  # by next follow-up: 钱二's was 13 days ago
    assert view.summary.text() == "3 lead(s)" or view.summary.text() == "3 leads"
    view.dormant.click()
    assert shown(view) == ["钱二"]
    assert view.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    view.dormant.click()
    choose(view.level, "A")
    assert shown(view) == ["周三"]
    choose(view.level, None)
    choose(view.stage, "negotiation")
    assert shown(view) == ["周三"]
    assert view.model.index(0, 4).data() == "Negotiation"
    choose(view.stage, "lost")
    assert shown(view) == []
    choose(view.stage, "all")
    choose(view.source, "phone")
    assert shown(view) == []
    choose(view.source, "walk_in")
    assert len(shown(view)) == 3


def test_enter_and_double_click_open_the_customers_card(qtbot, leads_view, floor):
    view, (_, made) = leads_view, floor
    view.table.setFocus()
    view.table.selectRow(1)
    with qtbot.waitSignal(view.open_customer) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [made["孙一"].customer_id]
    with qtbot.waitSignal(view.open_customer) as opened:
        view.table.doubleClicked.emit(view.model.index(2, 0))
    assert opened.args == [made["周三"].customer_id]


def test_the_list_exported_and_printed_as_shown(leads_view, tmp_path):
    view = leads_view
    view.dormant.click()
    path = tmp_path / "leads.xlsx"
    assert view.export_to(path)
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:6] == ("Customer", "Phone", "Advisor", "Models", "Level", "Stage")
    assert [r[0] for r in rows[1:]] == ["钱二"] and rows[1][5] == "Contacted"
    text = view.html()
    assert "钱二" in text and "孙一" not in text and "dormant" in text


def _board(qtbot, view):
    view.show_board()
    assert not view.stage.isEnabled()  # the board: the open leads of the advisor chosen
    return view.board


def _stage_of(board, lead_id) -> str:
    return board.card_of(lead_id)[0]


def test_dragging_a_card_to_another_column_moves_the_lead(qtbot, leads_view, floor):
    s, made = floor
    board = _board(qtbot, leads_view)
    lead = made["孙一"].id
    assert _stage_of(board, lead) == "new"
    source = board.lists["new"]
    source.setCurrentRow(0)
    target = board.lists["showroom"]
    # what a drag delivers: the source's own data for its card, dropped on the column
    data: QMimeData = source.mimeData([source.currentItem()])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.MoveAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    drop.setDropAction(Qt.DropAction.MoveAction)
    drop.source = lambda: source  # (a real drag names the list it came from)
    target.dropEvent(drop)
    assert s.leads.get(lead).stage == "showroom"
    assert _stage_of(board, lead) == "showroom"
    assert board.headings["showroom"].text() == "Showroom visit (1)"
    # the timeline in the person's words
    assert "Lead: Showroom visit" in [t.summary for t in
                                      s.timeline.of_customer(made["孙一"].customer_id)]


def test_keys_move_the_selected_card_one_stage(qtbot, leads_view, floor):
    s, made = floor
    board = _board(qtbot, leads_view)
    lead = made["钱二"].id
    board.select_lead(lead)
    column = board.lists["contacted"]
    qtbot.keyClick(column, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert s.leads.get(lead).stage == "showroom"
    assert board.selected_lead() == lead and _stage_of(board, lead) == "showroom"
    qtbot.keyClick(board.lists["showroom"], Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert s.leads.get(lead).stage == "test_drive"
    qtbot.keyClick(board.lists["test_drive"], Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert s.leads.get(lead).stage == "showroom"
    # the list follows the board
    leads_view.tabs.setCurrentIndex(0)
    choose(leads_view.stage, "showroom")
    assert shown(leads_view) == ["钱二"]


def test_ordering_is_refused_on_the_board_with_a_word(qtbot, leads_view, floor):
    s, made = floor
    board = _board(qtbot, leads_view)
    lead = made["周三"].id
    board.select_lead(lead)
    qtbot.keyClick(board.lists["negotiation"], Qt.Key.Key_Right,
                   Qt.KeyboardModifier.ControlModifier)
    assert s.leads.get(lead).stage == "negotiation"
    assert board.message.isVisibleTo(board) and "card" in board.message.text()
    assert _stage_of(board, lead) == "negotiation"


def test_enter_on_a_card_opens_the_customers_card(qtbot, leads_view, floor):
    _, made = floor
    board = _board(qtbot, leads_view)
    board.select_lead(made["周三"].id)
    with qtbot.waitSignal(leads_view.open_customer) as opened:
        qtbot.keyClick(board.lists["negotiation"], Qt.Key.Key_Return)
    assert opened.args == [made["周三"].customer_id]


def test_ctrl_8_opens_the_leads_view_in_the_window(qtbot, window, sync_ops):
    s = window.services
    customer = s.customers.create(CustomerInput(name="吴四", phone="13600000009"))
    s.leads.create(customer.id, LeadInput(level="A"))
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    view = window.tabs.currentWidget()
    assert view.objectName() == "leadsView" and window.tabs.tabText(7) == "Leads"
    assert shown(view) == ["吴四"]
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.customers_view
    assert window.customers_view.card.customer_id() == customer.id


def test_the_leads_list_passes_qts_model_tester(qtmodeltester, leads_view):
    qtmodeltester.check(leads_view.model)
    leads_view.dormant.click()
    qtmodeltester.check(leads_view.model)
