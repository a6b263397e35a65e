"""New follow-up from the card: a call to make for this customer, on a day, by an advisor."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from app.domain.enums import FollowUpReason
from app.domain.errors import BookError, NotFoundError, ValidationError
from app.presentation import labels
from app.ui.messages import book_error, field_error
from app.ui.ops import Op, show_failure
from app.ui.widgets.fields import ErrorBanner, fill_combo, select_data

if TYPE_CHECKING:
    from app.domain.records import VehicleRecord
    from app.services.admin.staff import StaffService
    from app.services.outreach.followups import FollowUpRules, FollowUpService

# the reasons a person gives by hand first; those a reminder gives after them
REASONS = (
    FollowUpReason.OTHER, FollowUpReason.POST_SERVICE, FollowUpReason.MAINTENANCE,
    FollowUpReason.COMPLAINT, FollowUpReason.LEAD, FollowUpReason.WIN_BACK,
    FollowUpReason.INSURANCE, FollowUpReason.INSPECTION, FollowUpReason.WARRANTY,
    FollowUpReason.BIRTHDAY, FollowUpReason.HOUSEHOLD_BIRTHDAY,
    FollowUpReason.PURCHASE_ANNIVERSARY, FollowUpReason.WEDDING_ANNIVERSARY,
    FollowUpReason.HOLIDAY, FollowUpReason.CAMPAIGN, FollowUpReason.CUSTOM,
)


class FollowUpDialog(QDialog):
    """Writes the follow-up when OK is pressed; a refusal is shown in the dialog, which
    stays open with what was typed."""

    def __init__(self, followups: FollowUpService, staff: StaffService, customer_id: int,
                 customer_name: str, advisor_id: int | None,
                 vehicles: tuple[VehicleRecord, ...] = (), rules: FollowUpRules | None = None,
                 parent=None):
        super().__init__(parent)
        self.setObjectName("followUpDialog")
        self.setWindowTitle(self.tr("New follow-up"))
        self._followups, self._customer_id, self._rules = followups, customer_id, rules
        self.follow_up_id: int | None = None
        self._writing = False  # a follow-up being written (a second OK waits for it)

        intro = QLabel(self.tr("A call to make to %1: it goes on the call sheet of the advisor "
                               "chosen from the day due.").replace("%1", customer_name))
        intro.setWordWrap(True)
        self.reason = QComboBox(self)
        self.reason.setObjectName("followUpReason")
        fill_combo(self.reason, [(r, labels.reason(r.value)) for r in REASONS])
        self.due = QDateEdit(QDate.currentDate(), self)
        self.due.setObjectName("followUpDue")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.advisor = QComboBox(self)
        self.advisor.setObjectName("followUpAdvisor")
        active = staff.list(active_only=True)
        fill_combo(self.advisor, [(None, self.tr("Nobody")), *[(s.id, s.name) for s in active]])
        select_data(self.advisor, advisor_id)
        self.vehicle = QComboBox(self)
        self.vehicle.setObjectName("followUpVehicle")
        fill_combo(self.vehicle, [(None, self.tr("None")), *[
            (v.id, " ".join(p for p in (v.plate, v.title) if p)) for v in vehicles
            if v.archived_at is None]])
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("followUpNote")
        self.note.setPlaceholderText(self.tr("What the call is about, for the advisor"))
        self.note.setFixedHeight(70)
        self.banner = ErrorBanner(self)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Due"), self.due)
        form.addRow(self.tr("Advisor"), self.advisor)
        form.addRow(self.tr("Vehicle"), self.vehicle)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, 0)

    def due_date(self) -> date:
        return self.due.date().toPython()

    def accept(self) -> None:
        """The follow-up written off the interface thread (the window closes once it is)."""
        if self._writing:
            return
        kwargs = {"rules": self._rules} if self._rules is not None else {}
        followups, customer_id = self._followups, self._customer_id
        reason, due = self.reason.currentData(), self.due_date()
        advisor, vehicle = self.advisor.currentData(), self.vehicle.currentData()
        notes = self.note.toPlainText()
        self._writing = True
        Op(self, lambda: followups.create(customer_id, reason, due, advisor_id=advisor,
                                          vehicle_id=vehicle, notes=notes, **kwargs),
           writes=True, origin=self.parent()).success(self._written).failure(self._refused).run()

    def _written(self, follow_up_id: int) -> None:
        self._writing = False
        self.follow_up_id = follow_up_id
        super().accept()

    def _refused(self, error: Exception) -> None:
        self._writing = False
        if isinstance(error, ValidationError):
            self.banner.show_errors([field_error(e) for e in error.errors])
        elif isinstance(error, NotFoundError):
            self.banner.show_errors([self.tr(
                "This customer is no longer in the book (another desk removed them); "
                "nothing was saved. Close this window and search again.")])
        elif isinstance(error, BookError):
            self.banner.show_errors([book_error(error)])
        else:
            show_failure(self, error)
