"""At the size the window opens at (1200×720, for a 1280×800 screen with its frame and task
bar) and at 1280×800 the customers tab shows whole, in both languages (issue 11, stumble
10): no field or label of the card is cut or scrolled away, and the list shows its name,
phone, plates and advisor columns (and at 1280×800 the source) with their headers whole.
So with a company's card, with the card of a person whose advisor has left (the advisor's
box then names them "(inactive)", wider), and with no card chosen yet; and when a card
narrower than its two columns was remembered, its details stand in one column, never
wider than the card."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)
from sqlalchemy import update

from app.bootstrap import build_main_window, setup_language
from app.db.models import Customer, Staff
from app.domain.enums import (
    CalendarKind,
    ConsentChannel,
    CustomerKind,
    CustomerSource,
    FollowUpReason,
    Gender,
)
from app.domain.records import CustomerInput, VehicleInput
from app.services.admin.book import open_book
from app.ui.models.customer_table import Column
from tests.ui.conftest import drop_unsaved

CALL_LINES = 6  # the calls to make show this many lines (of their headings, calls, reminders)
FIELDS = (QLabel, QLineEdit, QComboBox, QAbstractButton, QAbstractSpinBox, QPlainTextEdit)


@pytest.fixture
def long_book(tmp_path):
    """A company with long words everywhere the card shows them: every flag up, three cars,
    follow-ups and reminders; and a person with every field filled whose advisor has left
    (as most of the demo book's customers)."""
    path = tmp_path / "book.db"
    services = open_book(path)
    advisor = services.staff.add("欧阳晓丽")
    company = services.customers.create(CustomerInput(
        name="北京华信科技发展有限公司", kind=CustomerKind.COMPANY, phone="010 6552 9988",
        phone_alt="13800138000", wechat="huaxin_keji_2024", email="fleet.manager@huaxin-keji.com.cn",
        occupation="车队管理", employer="北京华信科技发展有限公司", hobbies="高尔夫、钓鱼",
        address="北京市朝阳区建国路88号华信大厦A座1808室", source=CustomerSource.SERVICE_WALK_IN,
        advisor_id=advisor.id, tags=("VIP", "车队", "政府采购"), key_account=True,
        notes="只接下午电话\n发票抬头见合同"))
    for n, plate in enumerate(("京A12345", "京B67890", "京C24680")):
        services.vehicles.add(company.id, VehicleInput(
            make="大众", model="帕萨特", plate=plate,
            insurance_expiry=date.today() + timedelta(days=20 + n)))
    for reason, days in ((FollowUpReason.COMPLAINT, -3), (FollowUpReason.MAINTENANCE, 2)):
        services.followups.create(company.id, reason, date.today() + timedelta(days=days),
                                  notes="客户反映空调异味，需回电确认到店时间")
    left = services.staff.add("郑凯")
    person = services.customers.create(CustomerInput(
        name="白强明", kind=CustomerKind.PERSON, gender=Gender.MALE, phone="18261441234",
        wechat="wxid_cc3638ed69", birthday_calendar=CalendarKind.SOLAR, birth_year=1962,
        birth_month=6, birth_day=6, occupation="医生", address="北京市丰台区马家堡街道角门东里18号楼1单元804",
        family_notes="单身，喜欢运动型车", source=CustomerSource.REFERRAL,
        referred_by_id=company.id, advisor_id=left.id, tags=("转介绍",),
        marketing_consent=True, marketing_consent_date=date(2023, 9, 11),
        marketing_consent_channel=ConsentChannel.IN_PERSON))
    services.vehicles.add(person.id, VehicleInput(
        make="丰田", model="凯美瑞", plate="京G990AM",
        insurance_expiry=date.today() + timedelta(days=40)))
    with services.book.writing() as s:
        s.execute(update(Customer).where(Customer.id == company.id)
                  .values(satisfaction_flag=True, phone_wrong=True))
        s.execute(update(Staff).where(Staff.id == left.id).values(active=False))
    services.close()
    return path, {"company": company.id, "advisor left": person.id, "none": None}


@pytest.fixture
def language_restored():
    """English again afterwards, the language the tests are run in (a Chinese window installs
    its translators on the application: without this the next modules read Chinese)."""
    locale = QLocale()
    yield
    setup_language(QApplication.instance(), "en")
    QLocale.setDefault(locale)


def _visible_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of the window where `widget` can be seen: inside every ancestor (scroll
    areas' viewports included)."""
    rect = window.rect()
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        top_left = parent.mapTo(window, parent.rect().topLeft())
        rect = rect.intersected(QRect(top_left, parent.size()))
        parent = parent.parentWidget()
    return rect


def _clipped(window, root: QWidget) -> list[str]:
    problems = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, FIELDS) or not widget.isVisible():
            continue
        if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # a spin box's or combo box's own line edit
        name = widget.objectName() or type(widget).__name__
        text = getattr(widget, "text", lambda: "")()
        # word-wrapped labels and multi-line boxes wrap their text to the width they get
        wraps = (isinstance(widget, QLabel) and widget.wordWrap()) or isinstance(widget, QPlainTextEdit)
        if not wraps and widget.width() < widget.sizeHint().width():
            problems.append(f"{name} {text!r}: {widget.width()} wide, needs "
                            f"{widget.sizeHint().width()}")
        rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        if not _visible_rect(widget, window).contains(rect):
            problems.append(f"{name} {text!r}: at {rect.getRect()}, partly out of sight")
    return problems


def _settle(qtbot) -> None:
    """Every read under way done (the card, its calls, the advisors) and the window laid out
    again after what they filled in (each level of a layout a turn of the event loop)."""
    from app.ui.ops import current_runner

    for _ in range(5):  # a read's answer may ask for another (the card, then its panels)
        assert current_runner().wait_for_done(20_000)
        QApplication.sendPostedEvents()
        qtbot.wait(20)
    qtbot.wait(100)


def _sideways(card) -> list[str]:
    """What of the card's details lies beyond its sides: a horizontal scroll bar, or a field
    (the calls panel's, the sales' and the consent's in the right column included) reaching
    past the scroll area's viewport on the left or the right."""
    scroll = card.details_scroll
    viewport = scroll.viewport()
    problems = []
    if scroll.horizontalScrollBar().isVisible():
        problems.append(f"details scroll sideways: {scroll.widget().width()} wide in "
                        f"{viewport.width()}")
    for widget in scroll.widget().findChildren(QWidget):
        if not isinstance(widget, FIELDS) or not widget.isVisible():
            continue
        left = widget.mapTo(viewport, widget.rect().topLeft()).x()
        if left < 0 or left + widget.width() > viewport.width():
            name = widget.objectName() or type(widget).__name__
            text = getattr(widget, "text", lambda: "")()
            problems.append(f"{name} {text!r}: from x {left} to {left + widget.width()}, "
                            f"the details show 0 to {viewport.width()}")
    return problems


@pytest.mark.parametrize("customer", ["company", "advisor left", "none"])
@pytest.mark.parametrize("size", [(1200, 720), (1280, 800)], ids=["1200x720", "1280x800"])
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_customers_tab_fits_the_window_as_it_opens(qtbot, long_book, settings, language,
                                                       size, customer, language_restored):
    path, customers = long_book
    customer_id = customers[customer]
    window = build_main_window(str(path), language=language, settings=settings)
    try:
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        view = window.customers_view
        if customer_id is not None:
            view.open_customer(customer_id)
        _settle(qtbot)
        card = view.card
        assert card.customer_id() == customer_id
        scroll = card.tabs.widget(0)  # the details: a scroll area
        assert isinstance(scroll, QScrollArea)
        page = scroll.widget()
        problems = _clipped(window, card) + _sideways(card)
        if scroll.verticalScrollBar().isVisible():
            problems.append(f"details scroll: {page.height()} high in "
                            f"{scroll.viewport().height()}")
        calls = card.calls.list
        lines = calls.viewport().height() // max(1, calls.sizeHintForRow(0))
        if lines < min(CALL_LINES, calls.count()):
            problems.append(f"calls to make: {lines} lines of {calls.count()} shown")
        assert not problems, "\n".join(problems)

        table = view.table
        header = table.horizontalHeader()
        columns = [Column.NAME, Column.PHONE, Column.PLATES, Column.ADVISOR]
        if size >= (1280, 800):  # in 1200 English the card leaves the list four columns
            columns.append(Column.SOURCE)
        for column in columns:
            label = table.model().headerData(column, header.orientation())
            assert header.sectionSize(column) >= header.sectionSizeHint(column), label
            right = header.sectionViewportPosition(column) + header.sectionSize(column)
            assert 0 <= header.sectionViewportPosition(column) and right <= table.viewport().width(), label
        row = view.model.row_of(customers["company"])
        advisor = table.visualRect(table.model().index(row, Column.ADVISOR))
        assert advisor.width() >= table.fontMetrics().horizontalAdvance("欧阳晓丽") + 6
    finally:
        drop_unsaved(window)
        window.close()
        window.deleteLater()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_remembered_narrow_card_shows_its_details_in_one_column(qtbot, long_book, settings,
                                                                  language, language_restored):
    """The list made wide by hand (the splitter dragged), remembered, and the window opened
    again: the layout is honoured, and the details stand in one column within the card
    (scrolled up and down, never sideways); a wider card has its two columns again."""
    path, customers = long_book
    first = build_main_window(str(path), language=language, settings=settings)
    first.resize(1280, 800)
    first.show()
    qtbot.waitExposed(first)
    _settle(qtbot)
    splitter, card = first.customers_view.splitter, first.customers_view.card
    total = sum(splitter.sizes())
    narrow = card.minimumSizeHint().width() + 10  # too narrow for two columns
    assert narrow < card.width_needed() - 40
    splitter.setSizes([total - narrow, narrow])
    first.close()
    first.deleteLater()

    window = build_main_window(str(path), language=language, settings=settings)
    try:
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        view = window.customers_view
        view.open_customer(customers["advisor left"])
        _settle(qtbot)
        card = view.card
        assert card.customer_id() == customers["advisor left"]
        assert abs(view.splitter.sizes()[1] - narrow) <= 2, (view.splitter.sizes(), narrow)
        problems = _sideways(card)
        assert not problems, "\n".join(problems)
        calls, personal = card.calls, card.address
        assert calls.mapTo(card, calls.rect().topLeft()).y() > personal.mapTo(card, personal.rect().topLeft()).y()

        view.splitter.setSizes([total - 900, 900])  # room for both columns again
        _settle(qtbot)
        assert not _sideways(card)
        assert calls.mapTo(card, calls.rect().topLeft()).x() > personal.mapTo(card, personal.rect().topLeft()).x()
    finally:
        drop_unsaved(window)
        window.close()
        window.deleteLater()
