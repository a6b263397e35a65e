"""The card's value line: tier, RFM and value of the customer, with the reasons in words.

The values of the whole book are needed for the RFM quintiles, so they are worked out off
the interface thread (kept by the segment service for a few minutes) and the line fills in
when they arrive.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.domain.segments import CustomerValue, Tier, ValueThresholds
from app.ui.ops import Op

if TYPE_CHECKING:
    from app.services.analytics.segments import SegmentService

def money(yuan: float) -> str:
    return f"¥{yuan:,.0f}"


TIER_COLOURS = {Tier.TOP: "#2e7d32", Tier.MIDDLE: "#1565c0", Tier.SMALL: "#616161"}


class ValueLine(QLabel):
    """Tier, RFM and value in one coloured line; the reasons, one sentence each, in its
    tooltip."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cardValue")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.WhatsThisCursor)  # more is said on hovering
        self._segments: SegmentService | None = None
        self._options: Callable[[], dict] = dict
        self._customer_id: int | None = None
        self.value: CustomerValue | None = None

    def tier_name(self, tier: Tier) -> str:
        return {
            Tier.TOP: self.tr("Top tier"),
            Tier.MIDDLE: self.tr("Middle tier"),
            Tier.SMALL: self.tr("Small tier"),
        }[tier]

    def reasons(self, cv: CustomerValue, thresholds: ValueThresholds, window_years: int) -> list[str]:
        """The tier, value, loyalty and RFM of one customer explained, one sentence each."""
        high_value = cv.value_yuan >= thresholds.high_value_yuan
        high_loyalty = cv.loyalty >= thresholds.high_loyalty
        if high_value and high_loyalty:
            why = self.tr("high value and high loyalty.")
        elif high_value:
            why = self.tr("high value, but low loyalty.")
        elif high_loyalty:
            why = self.tr("loyal, but low value.")
        else:
            why = self.tr("low value and low loyalty.")
        lines = [f"{self.tier_name(cv.tier)}: {why}"]
        lines.append(
            self.tr("Value %1 in the last %n year(s) (sales here and service); high from %2.", "",
                    window_years)
            .replace("%1", money(cv.value_yuan)).replace("%2", money(thresholds.high_value_yuan)))
        lines.append(
            self.tr(
                "Loyalty %1 = %2 visits a year + %3 kinds of service or purchase + 2 × %4 "
                "referral(s); high from %5.")
            .replace("%1", f"{cv.loyalty:.1f}")
            .replace("%2", f"{cv.visits / max(1, window_years):.1f}")
            .replace("%3", str(cv.distinct_services))
            .replace("%4", str(cv.referrals))
            .replace("%5", f"{thresholds.high_loyalty:.1f}"))
        if cv.recency_days is None:
            recency = self.tr("never visited or bought here")
        else:
            recency = self.tr("last visit or purchase %n day(s) ago", "", cv.recency_days)
        lines.append(
            self.tr("RFM %1-%2-%3 (5 = the best fifth of customers): %4, %5 visit(s).")
            .replace("%1", str(cv.r)).replace("%2", str(cv.f)).replace("%3", str(cv.m))
            .replace("%4", recency).replace("%5", str(cv.visits)))
        flags = []
        if cv.group:
            flags.append(self.tr("group customer (2+ vehicles)"))
        if cv.repeat_buyer:
            flags.append(self.tr("repeat buyer"))
        if cv.premium:
            flags.append(self.tr("drives a premium make"))
        if flags:
            lines.append(self.tr("Also: %1.").replace("%1", self.tr(", ").join(flags)))
        return lines

    def attach(self, segments: SegmentService, options: Callable[[], dict] | None = None) -> None:
        self._segments = segments
        if options is not None:
            self._options = options

    def show_customer(self, customer_id: int | None) -> None:
        self._customer_id = customer_id
        self.value = None
        self.setToolTip("")
        if customer_id is None or self._segments is None:
            self.clear()
            return
        self.setText(html.escape(self.tr(
            "Working out the customer's value…")))
        segments, options, today = self._segments, self._options(), date.today()
        Op(self, lambda: segments.cached(today, **options)[1].get(customer_id)).success(
            lambda cv: self._arrived(customer_id, cv, options)).failure(
            lambda _error: self._failed(customer_id)).run()

    def _failed(self, customer_id: int) -> None:
        if customer_id == self._customer_id:
            self.setText(html.escape(self.tr("The customer's value could not be worked out.")))

    def _arrived(self, customer_id: int, cv: CustomerValue | None, options: dict) -> None:
        if customer_id != self._customer_id:
            return
        if cv is None:  # archived, or created after the values were worked out
            self.setText(html.escape(self.tr(
                "No value yet: the customer is new or archived.")))
            return
        self.value = cv
        thresholds = options.get("thresholds", ValueThresholds())
        years = options.get("window_years", 3)
        lines = self.reasons(cv, thresholds, years)
        colour = TIER_COLOURS[cv.tier]
        head = (f'<span style="background:{colour}; color:white;">&nbsp;'
                f'{html.escape(self.tier_name(cv.tier))}&nbsp;</span> '
                f'RFM {cv.r}-{cv.f}-{cv.m} · {html.escape(money(cv.value_yuan))} · ')
        # one line, so the card's details fit the window; the reasons are in the tooltip
        self.setText(f"{head}{html.escape(lines[0].split(': ', 1)[-1])}")
        self.setToolTip("\n".join(lines))
