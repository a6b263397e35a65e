"""Small input widgets shared by the card and the dialogs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from app.domain.errors import FieldError, ValidationError
from app.domain.validation import parse_date
from app.ui.messages import field_error


class DateField(QLineEdit):
    """A date typed as 2025-03-01 (also 2025/3/1); empty means no date."""

    def __init__(self, field: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self.setPlaceholderText("YYYY-MM-DD")
        self.setMaxLength(11)

    def value(self) -> date | None:
        return parse_date(self.text(), self.field)

    def set_value(self, value: date | None) -> None:
        self.setText(value.isoformat() if value else "")


def optional_number(maximum: int, minimum: int = 0, suffix: str = "", grouped: bool = False) -> QSpinBox:
    """A number that may be left unset: its lowest value shows as "—" and means none."""
    spin = QSpinBox()
    spin.setRange(minimum, maximum)
    spin.setSpecialValueText("—")
    spin.setSuffix(suffix)
    spin.setGroupSeparatorShown(grouped)
    return spin


def fill_combo(combo: QComboBox, items) -> None:
    """items: (value, text) pairs; the value is kept as item data."""
    combo.clear()
    for value, text in items:
        combo.addItem(text, value)


def select_data(combo: QComboBox, value, missing_text: str | None = None) -> None:
    """Choose the item holding `value`, else the first item. With `missing_text`, a value not
    among the choices (an advisor who has left, say) is added as an item of its own shown
    that way instead, so that a save keeps it until someone changes it."""
    index = combo.findData(value)
    if index < 0 and missing_text is not None:
        combo.addItem(missing_text, value)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))


def set_number(spin: QSpinBox, value: int) -> None:
    """Show a stored number as it is: the top of the range rises to hold it rather than
    clamping it, so that a save of the untouched field does not change it."""
    if value > spin.maximum():
        spin.setMaximum(value)
    spin.setValue(value)


def mark_invalid(widget: QWidget, message: str | None) -> None:
    """Outline `widget` in red with `message` as its tooltip (None: clear both). The mark
    goes as soon as the person changes the field: the next save checks it again."""
    was = bool(widget.property("invalid"))
    widget.setProperty("invalid", bool(message))
    widget.setToolTip(message or "")
    if was != bool(message):
        widget.style().unpolish(widget)
        widget.style().polish(widget)
    if message and not widget.property("clearsInvalidOnEdit"):
        signal = _change_signal(widget)
        if signal is not None:
            widget.setProperty("clearsInvalidOnEdit", True)
            signal.connect(lambda *_: _clear_mark(widget))


def _change_signal(widget: QWidget):
    """The signal a widget sends when the person changes its value, if it has one."""
    for name in ("textChanged", "valueChanged", "dateChanged", "currentIndexChanged",
                 "toggled"):
        signal = getattr(widget, name, None)
        if signal is not None:
            return signal
    return None


def _clear_mark(widget: QWidget) -> None:
    if widget.property("invalid"):
        mark_invalid(widget, None)


class ErrorBanner(QLabel):
    """A line at the top of a form listing what stops the save."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(
            "QLabel#errorBanner { color: #b71c1c; background: #fdecea; padding: 6px;"
            " border: 1px solid #f5c6cb; border-radius: 3px; }"
        )
        self.hide()

    def show_errors(self, lines: list[str]) -> None:
        if not lines:
            self.clear()
            self.hide()
            return
        self.setText("\n".join(lines))
        self.show()


def collect_dates(fields: list[DateField]) -> tuple[dict[str, date | None], list[FieldError]]:
    values: dict[str, date | None] = {}
    errors: list[FieldError] = []
    for field in fields:
        try:
            values[field.field] = field.value()
        except ValidationError as exc:
            values[field.field] = None
            errors.extend(exc.errors)
    return values, errors


def show_field_errors(
    widgets: dict[str, QWidget],
    labels: dict[str, str],
    banner: ErrorBanner,
    errors: list[FieldError],
) -> None:
    """Mark each bad field in place and list them in the banner; clear the others."""
    by_field = {e.field: field_error(e) for e in errors}
    for name, widget in widgets.items():
        mark_invalid(widget, by_field.get(name))
    line = QCoreApplication.translate("Fields", "%1: %2", "a field's name, then what is wrong with it")
    banner.show_errors(
        [line.replace("%1", labels.get(e.field, e.field)).replace("%2", by_field[e.field]) for e in errors]
    )
    for e in errors:
        widget = widgets.get(e.field)
        if widget is not None:
            widget.setFocus()
            break
