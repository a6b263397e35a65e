"""The segment filters of the customers list: tier, RFM, group/individual, new/repeat,
premium/mass, key account, lapse status and tag, combined with AND."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.domain.segments import SegmentFilter, Tier
from app.ui.widgets.fields import fill_combo

ANY = None


class SegmentBar(QWidget):
    """Emits `changed` whenever a criterion changes; `segment()` is the filter."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("segmentBar")
        any_text = self.tr("Any")
        self.tier = self._combo("segmentTier", [
            (ANY, any_text), ("top", self.tr("Top")), ("middle", self.tr("Middle")),
            ("small", self.tr("Small")), ("top+middle", self.tr("Top and middle")),
        ])
        self.r_min, self.f_min, self.m_min = (self._score(name) for name in ("R", "F", "M"))
        self.group = self._combo("segmentGroup", [
            (ANY, any_text), (True, self.tr("Group (2+ vehicles)")), (False, self.tr("Individual")),
        ])
        self.repeat = self._combo("segmentRepeat", [
            (ANY, any_text), (True, self.tr("Repeat buyers")), (False, self.tr("New buyers")),
        ])
        self.premium = self._combo("segmentPremium", [
            (ANY, any_text), (True, self.tr("Premium")), (False, self.tr("Mass market")),
        ])
        self.key_account = self._combo("segmentKeyAccount", [
            (ANY, any_text), (True, self.tr("Key accounts")), (False, self.tr("Not key accounts")),
        ])
        self.lapse = self._combo("segmentLapse", [
            (ANY, any_text), ("active", self.tr("Active")), ("at_risk", self.tr("At risk")),
            ("lost", self.tr("Lost")), ("never", self.tr("Never visited")),
        ])
        self.tag = self._combo("segmentTag", [(ANY, any_text)])
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setObjectName("segmentClear")
        self.clear_button.clicked.connect(self.clear)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        rfm = QWidget(self)
        rfm_row = QGridLayout(rfm)
        rfm_row.setContentsMargins(0, 0, 0, 0)
        for col, (letter, spin) in enumerate(zip("RFM", (self.r_min, self.f_min, self.m_min),
                                                  strict=True)):
            rfm_row.addWidget(QLabel(f"{letter} ≥"), 0, 2 * col)
            rfm_row.addWidget(spin, 0, 2 * col + 1)
        cells = [
            (self.tr("Tier"), self.tier), (self.tr("RFM"), rfm),
            (self.tr("Vehicles"), self.group), (self.tr("Buyer"), self.repeat),
            (self.tr("Models"), self.premium), (self.tr("Key account"), self.key_account),
            (self.tr("Visits"), self.lapse), (self.tr("Tag"), self.tag),
        ]
        columns = 3  # three filters a row: it fits beside the card on a laptop screen
        for index, (label, widget) in enumerate(cells):
            row, col = divmod(index, columns)
            grid.addWidget(QLabel(label, self), row, 2 * col)
            grid.addWidget(widget, row, 2 * col + 1)
        grid.addWidget(self.clear_button, (len(cells) - 1) // columns, 2 * columns - 1)
        for col in range(columns):
            grid.setColumnStretch(2 * col + 1, 1)

    def _combo(self, name: str, items) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        # narrow enough for a laptop screen beside the card; the list opens full width
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        fill_combo(combo, items)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def _score(self, letter: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(f"segment{letter}Min")
        spin.setRange(1, 5)
        spin.setToolTip(self.tr("Score at least (1 = anyone, 5 = the best fifth)"))
        spin.valueChanged.connect(self.changed)
        return spin

    def set_tags(self, names: list[str]) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        fill_combo(self.tag, [(ANY, self.tr("Any")), *[(name, name) for name in names]])
        index = self.tag.findData(current)
        self.tag.setCurrentIndex(max(index, 0))
        self.tag.blockSignals(False)

    def segment(self) -> SegmentFilter:
        tier = self.tier.currentData()
        tiers = frozenset() if tier is None else frozenset(Tier(t) for t in tier.split("+"))
        return SegmentFilter(
            tiers=tiers,
            r_min=self.r_min.value(), f_min=self.f_min.value(), m_min=self.m_min.value(),
            group=self.group.currentData(), repeat=self.repeat.currentData(),
            premium=self.premium.currentData(), key_account=self.key_account.currentData(),
            lapse=self.lapse.currentData(), tag=self.tag.currentData(),
        )

    def clear(self) -> None:
        self.blockSignals(True)
        for combo in (self.tier, self.group, self.repeat, self.premium, self.key_account,
                      self.lapse, self.tag):
            combo.setCurrentIndex(0)
        for spin in (self.r_min, self.f_min, self.m_min):
            spin.setValue(1)
        self.blockSignals(False)
        self.changed.emit()
