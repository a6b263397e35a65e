"""Interface fixtures: a real book, the real main window, isolated settings."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from app.bootstrap import build_main_window
from app.domain.records import CustomerInput, InteractionInput, VehicleInput
from app.services.admin.book import open_book


@pytest.fixture
def book_path(tmp_path):
    """A small book: an advisor, four customers, a vehicle and a contact."""
    path = tmp_path / "book.db"
    services = open_book(path)
    advisor = services.staff.add("王芳")
    zhang = services.customers.create(
        CustomerInput(name="张三", phone="13800138000", advisor_id=advisor.id, tags=("VIP",))
    )
    services.vehicles.add(
        zhang.id,
        VehicleInput(make="大众", model="帕萨特", vin="LSVAU218XN2183294", plate="京A12345"),
    )
    services.timeline.log(InteractionInput(customer_id=zhang.id, summary="电话回访"))
    for name, phone in (("李四", "13912345678"), ("王五", "13700001111"), ("赵六", "")):
        services.customers.create(CustomerInput(name=name, phone=phone))
    services.close()
    return path


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, book_path, settings):
    win = build_main_window(str(book_path), language="en", settings=settings)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.customers_view.card._dirty = False  # closing must not ask in teardown
    win.close()
    win.deleteLater()


def type_text(qtbot, widget, text: str) -> None:
    """Type as a person would: keys for ASCII, an input-method commit for Chinese."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def close_main_windows() -> None:
    """Close every main window left (a restore opens a new one), unsaved cards dropped."""
    from PySide6.QtWidgets import QApplication

    from app.ui.main_window import MainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            if widget.customers_view.card is not None:
                widget.customers_view.card._dirty = False
            widget.close()
            widget.deleteLater()


@pytest.fixture
def opened(qtbot, book_path, settings):
    """The window over the book; closes whichever window is over it at the end."""
    win = build_main_window(str(book_path), language="en", settings=settings)
    win.show()
    qtbot.waitExposed(win)
    yield win
    close_main_windows()


@pytest.fixture
def sync_ops():
    """Ops (app.ui.ops) run at once on the interface thread, callbacks included, before
    `run()` returns: a test reads the outcome on the next line, with no waiting."""
    from app.ui import ops

    runner = ops.SyncRunner()
    previous = ops.set_runner(runner)
    yield runner
    ops.set_runner(previous)
