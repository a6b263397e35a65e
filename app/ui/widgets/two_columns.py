"""Two columns side by side when there is room for both, one under the other when not: a
page that never needs a horizontal scroll bar while its narrower column fits."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QGridLayout, QLayout, QScrollArea, QWidget


def _column(layout: QLayout) -> QWidget:
    column = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    column.setLayout(layout)
    return column


class TwoColumnPage(QWidget):
    """`left` and `right` (layouts) side by side, each half of the width, or `right` under
    `left` (`set_side_by_side`); `two_column_width()` is the width the first needs."""

    def __init__(self, left: QLayout, right: QLayout, parent: QWidget | None = None):
        super().__init__(parent)
        self.left = _column(left)
        self.right = _column(right)
        grid = QGridLayout(self)
        grid.setContentsMargins(2, 2, 2, 2)
        grid.addWidget(self.left, 0, 0)
        grid.addWidget(self.right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self._grid = grid
        self._side_by_side = True

    def side_by_side(self) -> bool:
        return self._side_by_side

    def two_column_width(self) -> int:
        """The least width at which both columns show whole side by side."""
        margins = self._grid.contentsMargins()
        spacing = max(0, self._grid.horizontalSpacing())
        return (margins.left() + margins.right() + spacing
                + self.left.minimumSizeHint().width() + self.right.minimumSizeHint().width())

    def set_side_by_side(self, on: bool) -> None:
        if on == self._side_by_side:
            return
        self._side_by_side = on
        self._grid.removeWidget(self.right)
        if on:
            self._grid.addWidget(self.right, 0, 1)
        else:
            self._grid.addWidget(self.right, 1, 0)
        self._grid.setColumnStretch(1, 1 if on else 0)


class ReflowScrollArea(QScrollArea):
    """A scroll area over a `TwoColumnPage` that puts the columns side by side when its
    viewport is wide enough for both, else one under the other (scrolling up and down,
    not sideways). `too_narrow` says, after the page's fields changed their needs, that
    the columns would stand side by side in `width` pixels of the area."""

    too_narrow = Signal(int)

    def __init__(self, page: TwoColumnPage, parent: QWidget | None = None):
        super().__init__(parent)
        self._page = page  # before setWidget: the area watches its page from then on
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setWidget(page)

    def width_for_two_columns(self) -> int:
        """The area's width at which the page shows its two columns side by side (with a
        vertical scroll bar if one shows now)."""
        return self.width() - self.viewport().width() + self._page.two_column_width()

    def reflow(self) -> None:
        self._page.set_side_by_side(self.viewport().width() >= self._page.two_column_width())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self.reflow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if watched is self._page and event.type() == QEvent.Type.LayoutRequest:
            # a field's least width changed (a card was filled): its columns' needs are
            # known now (each level of the page has laid itself out before this one)
            self.reflow()
            need = self.width_for_two_columns()
            if need > self.width():
                self.too_narrow.emit(need)
        return super().eventFilter(watched, event)
