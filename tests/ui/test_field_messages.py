"""What a person reads about a refused field, in the vehicle dialog as it is used: a day
that does not exist is not called a badly written date, the red outline goes once the
field is changed, and the VIN's message does not repeat the field's name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.domain.errors import FieldError, ValidationError
from app.domain.records import CustomerInput
from app.domain.validation import parse_date
from app.ui.dialogs.vehicle_dialog import VehicleDialog
from app.ui.messages import field_error
from tests.ui.conftest import type_text


@pytest.fixture
def dialog(qtbot, services):
    owner = services.customers.create(CustomerInput(name="张三", phone="13800138000"))
    made = VehicleDialog(services.vehicles, owner.id)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    type_text(qtbot, made.make, "大众")
    type_text(qtbot, made.model, "帕萨特")  # what a vehicle needs besides the fields tried
    return made


def banner_lines(dialog) -> list[str]:
    return dialog.banner.text().splitlines() if dialog.banner.isVisible() else []


def outlined(widget) -> bool:
    return bool(widget.property("invalid"))


@pytest.mark.parametrize("typed", ["2026-02-30", "2023-02-29", "2024-13-01", "2024/4/31"])
def test_a_well_written_day_that_does_not_exist_is_refused_as_such(typed):
    with pytest.raises(ValidationError) as caught:
        parse_date(typed, "purchase_date")
    assert [(e.field, e.code) for e in caught.value.errors] == [("purchase_date", "date_nonexistent")]


def test_the_dialog_says_the_day_does_not_exist_not_that_the_format_is_wrong(qtbot, dialog):
    type_text(qtbot, dialog.insurance_expiry, "2026-02-30")
    dialog.accept()
    assert dialog.saved is None
    (line,) = banner_lines(dialog)
    nonexistent = field_error(FieldError("insurance_expiry", "date_nonexistent"))
    badly_written = field_error(FieldError("insurance_expiry", "date_invalid"))
    assert nonexistent != badly_written
    assert line == f"Insurance expires: {nonexistent}"
    assert "YYYY-MM-DD" not in line
    assert dialog.insurance_expiry.toolTip() == nonexistent

    dialog.insurance_expiry.clear()
    type_text(qtbot, dialog.insurance_expiry, "20260230")  # not the form at all
    dialog.accept()
    assert banner_lines(dialog) == [f"Insurance expires: {badly_written}"]


def test_the_red_outline_goes_as_soon_as_the_field_is_changed(qtbot, dialog, sync_ops):
    type_text(qtbot, dialog.vin, "LSVAU218")
    type_text(qtbot, dialog.warranty_end, "2026-02-30")
    dialog.accept()
    assert outlined(dialog.vin) and outlined(dialog.warranty_end)

    qtbot.keyClick(dialog.warranty_end, Qt.Key.Key_Backspace)
    assert not outlined(dialog.warranty_end)  # the first key takes the mark away
    qtbot.keyClick(dialog.warranty_end, Qt.Key.Key_Backspace)
    type_text(qtbot, dialog.warranty_end, "28")
    assert dialog.warranty_end.text() == "2026-02-28"
    assert not outlined(dialog.warranty_end)
    assert dialog.warranty_end.toolTip() == ""
    assert outlined(dialog.vin)  # the field not touched keeps its mark

    dialog.vin.setFocus()
    qtbot.keyClick(dialog.vin, Qt.Key.Key_End)
    type_text(qtbot, dialog.vin, "XN2183294")
    assert not outlined(dialog.vin)

    dialog.accept()  # both good now: saved
    assert dialog.saved is not None


def test_the_outline_comes_back_when_a_fixed_field_is_refused_again(qtbot, dialog):
    type_text(qtbot, dialog.vin, "LSVAU218")
    dialog.accept()
    type_text(qtbot, dialog.vin, "X")
    assert not outlined(dialog.vin)
    dialog.accept()
    assert outlined(dialog.vin)


@pytest.mark.parametrize("typed", ["LSVAU218", "LSVAU218XN21832O4", "LSVAU2180N2183294"])
def test_the_vin_message_does_not_repeat_the_fields_name(qtbot, dialog, typed):
    type_text(qtbot, dialog.vin, typed)
    dialog.accept()
    (line,) = banner_lines(dialog)
    label, _, message = line.partition(": ")
    assert label == "VIN"
    assert "VIN" not in message, line
    assert dialog.findChild(QLineEdit, "vehicleVin").toolTip() == message
