"""The dialogs of a lead's steps on the customer's card (issue 16): a new lead or its
changes, a contact (with the level), the ask to close it as lost, the order, the order
cancelled, the delivery (the vehicle made on the card), a test drive scheduled or done, and
"Pass to sales…".

Each writes when OK is pressed, off the interface thread; a refusal is shown in the dialog,
which stays open with what was typed. The timeline's words go to the service translated."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import InteractionKind, StaffRole
from app.domain.errors import BookError, FieldError, NotFoundError, ValidationError
from app.domain.leads import (
    ASKED_LOST_REASONS,
    Department,
    LeadRules,
    LeadSource,
    LeadStage,
    LostReason,
    Payment,
    ReferralKind,
    TestDriveKind,
)
from app.presentation import labels
from app.presentation.i18n import translate
from app.ui.dialogs import lead_words as words
from app.ui.messages import book_error, field_error
from app.ui.ops import Op, show_failure
from app.ui.widgets.fields import ErrorBanner, fill_combo, optional_number, select_data

if TYPE_CHECKING:
    from app.services.sales.leads import LeadRecord, LeadService, TestDriveRecord


def lead_error(error: FieldError) -> str:
    """A refused field of a lead's step, in words (the lead's own codes, else the book's)."""
    own = {
        "lead_closed": translate(
            "LeadDialogs", "This lead is closed (delivered or lost): nothing was changed."),
        "lead_ordered": translate(
            "LeadDialogs", "An ordered lead cannot be closed as lost: cancel the order first."),
        "lead_ordered_move": translate(
            "LeadDialogs", "An ordered lead goes back to an earlier stage only by cancelling "
            "its order (Cancel order…)."),
        "lead_delivered": translate(
            "LeadDialogs", "This lead's car was delivered: its order can no longer be "
            "cancelled, nor the lead moved."),
        "not_ordered": translate(
            "LeadDialogs", "This lead has no order to cancel."),
        "stage_needs_details": translate(
            "LeadDialogs", "Ordered, delivered and lost have their own steps (Order…, "
            "Deliver…, Ask to close as lost…)."),
        "not_requested": translate(
            "LeadDialogs", "Nobody asked to close this lead as lost (or it was reviewed "
            "already)."),
        "licence_required": translate(
            "LeadDialogs", "Check the driving licence before the drive."),
        "stale": translate(
            "LeadDialogs", "Another desk changed this lead meanwhile: close this window, and "
            "open the lead again."),
    }
    return own.get(error.code) or field_error(error)


def show_refusal(dialog: QWidget, banner: ErrorBanner, error: Exception) -> None:
    """A step refused: its fields' words in the banner; other failures as a message."""
    if isinstance(error, ValidationError):
        banner.show_errors([lead_error(e) for e in error.errors])
    elif isinstance(error, NotFoundError):
        banner.show_errors([translate(
            "LeadDialogs", "This lead or customer is no longer in the book (another desk "
            "removed it); nothing was saved.")])
    elif isinstance(error, BookError):
        banner.show_errors([book_error(error)])
    else:
        show_failure(dialog, error)


def yuan_box(maximum: int = 100_000_000) -> Any:
    """An amount in yuan that may be left empty ("—")."""
    return optional_number(maximum, 0, translate("LeadDialogs", " yuan"), grouped=True)


def _yuan(spin) -> int | None:
    return spin.value() or None


class LeadStep(QDialog):
    """A step's dialog: a form, a banner for refusals, OK and Cancel. `write()` gives the
    work to run (raising ValidationError for a field refused before writing);
    `self.result_record` holds what the service returned."""

    def __init__(self, title: str, object_name: str, parent: QWidget | None, intro: str = ""):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.result_record = None
        self._writing = False
        self.banner = ErrorBanner(self)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro, self)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.resize(480, 0)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        # a wrapped intro is taller than the first guess: every field and button whole
        need = self.layout().heightForWidth(self.width())
        if need > self.height():
            self.resize(self.width(), need)
        super().showEvent(event)

    def write(self) -> Callable[[], Any]:  # pragma: no cover - each step says its own
        raise NotImplementedError

    def accept(self) -> None:
        if self._writing:
            return
        try:
            work = self.write()
        except ValidationError as error:
            self.banner.show_errors([lead_error(e) for e in error.errors])
            return
        self._writing = True
        Op(self, work, writes=True, origin=self.parent()).success(self._written).failure(
            self._refused).run()

    def _written(self, record) -> None:
        self._writing = False
        self.result_record = record
        super().accept()

    def _refused(self, error: Exception) -> None:
        self._writing = False
        show_refusal(self, self.banner, error)


def _note_box(parent: QWidget, placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(64)
    box.setTabChangesFocus(True)
    return box


def _advisors(combo: QComboBox, staff, chosen: int | None, nobody: str) -> None:
    fill_combo(combo, [(None, nobody), *[(s.id, s.name) for s in staff if s.active]])
    missing = next((s.name for s in staff if s.id == chosen), f"#{chosen}")
    select_data(combo, chosen, None if chosen is None else missing)


# ------------------------------------------------------------------ a lead: new, changes
class LeadDialog(LeadStep):
    """A new lead for the customer, or the lead's details changed."""

    def __init__(self, leads: LeadService, staff, customer_id: int, customer_name: str,
                 advisor_id: int | None, record: LeadRecord | None = None, parent=None):
        title = self.tr("New lead") if record is None else self.tr("Lead")
        super().__init__(title, "leadDialog", parent,
                         self.tr("%1's interest in a car: the first call goes on the advisor's "
                                 "call sheet today.").replace("%1", customer_name)
                         if record is None else "")
        self._leads, self._customer_id, self._record = leads, customer_id, record
        rules = leads.rules
        self.source = QComboBox(self)
        self.source.setObjectName("leadSource")
        fill_combo(self.source, [(s.value, words.lead_source(s.value)) for s in LeadSource])
        self.models = QLineEdit(self)
        self.models.setObjectName("leadModels")
        self.models.setPlaceholderText(self.tr("e.g. 帕萨特, ID.4"))
        self.budget = yuan_box()
        self.budget.setObjectName("leadBudget")
        self.payment = QComboBox(self)
        self.payment.setObjectName("leadPayment")
        fill_combo(self.payment, [(p.value, words.payment(p.value)) for p in Payment])
        self.trade_in = QLineEdit(self)
        self.trade_in.setObjectName("leadTradeIn")
        self.trade_in.setPlaceholderText(self.tr("The car they would trade in, if any"))
        self.level = QComboBox(self)
        self.level.setObjectName("leadLevel")
        fill_combo(self.level, words.level_choices(rules))
        self.advisor = QComboBox(self)
        self.advisor.setObjectName("leadAdvisor")
        self.notes = _note_box(self)
        self.notes.setObjectName("leadNotes")
        for label, widget in ((self.tr("Source"), self.source), (self.tr("Models"), self.models),
                              (self.tr("Budget"), self.budget), (self.tr("Payment"), self.payment),
                              (self.tr("Trade-in"), self.trade_in),
                              (self.tr("Intent level"), self.level),
                              (self.tr("Advisor"), self.advisor), (self.tr("Notes"), self.notes)):
            self.form.addRow(label, widget)
        chosen = record.advisor_id if record is not None else advisor_id
        _advisors(self.advisor, staff, chosen, self.tr("Nobody"))
        if record is not None:
            select_data(self.source, record.source)
            self.models.setText(record.models)
            self.budget.setValue(record.budget_yuan or 0)
            select_data(self.payment, record.payment)
            self.trade_in.setText(record.trade_in)
            select_data(self.level, record.level, record.level)
            self.notes.setPlainText(record.notes)
        else:
            select_data(self.level, "B")
        self.models.setFocus()

    def data(self):
        from app.services.sales.leads import LeadInput

        return LeadInput(source=self.source.currentData(), models=self.models.text(),
                         budget_yuan=_yuan(self.budget), payment=self.payment.currentData(),
                         trade_in=self.trade_in.text(), level=self.level.currentData(),
                         advisor_id=self.advisor.currentData(),
                         notes=self.notes.toPlainText())

    def write(self):
        leads, data, record = self._leads, self.data(), self._record
        if record is None:
            customer_id, note = self._customer_id, words.timeline_notes()["opened"]
            return lambda: leads.create(customer_id, data, note=note)
        return lambda: leads.update(record.id, data, record.version)


class ContactDialog(LeadStep):
    """A contact with the prospect: what was said, and the intent level now; the next
    follow-up follows the level's cadence."""

    def __init__(self, leads: LeadService, record: LeadRecord, parent=None):
        super().__init__(self.tr("Log a contact"), "leadContactDialog", parent,
                         self.tr("The next follow-up is set from the intent level."))
        self._leads, self._record = leads, record
        self.kind = QComboBox(self)
        self.kind.setObjectName("leadContactKind")
        fill_combo(self.kind, [(k, labels.interaction_kind(k)) for k in InteractionKind
                               if k is not InteractionKind.NOTE])
        self.summary = QLineEdit(self)
        self.summary.setObjectName("leadContactSummary")
        self.summary.setPlaceholderText(self.tr("What was said"))
        self.level = QComboBox(self)
        self.level.setObjectName("leadContactLevel")
        fill_combo(self.level, words.level_choices(leads.rules))
        select_data(self.level, record.level, record.level)
        self.next_day = QLabel(self)
        self.next_day.setObjectName("leadNextFollowUp")
        self.level.currentIndexChanged.connect(self._show_next)
        self.form.addRow(self.tr("How"), self.kind)
        self.form.addRow(self.tr("What was said"), self.summary)
        self.form.addRow(self.tr("Intent level"), self.level)
        self.form.addRow(self.tr("Next follow-up"), self.next_day)
        self._show_next()
        self.summary.setFocus()

    def _show_next(self) -> None:
        from app.domain.leads import next_follow_up

        code = self.level.currentData()
        if code is None:
            return
        self.next_day.setText(labels.date_text(next_follow_up(self._leads.rules, code,
                                                              date.today())))

    def write(self):
        leads, lead_id = self._leads, self._record.id
        summary, kind = self.summary.text(), self.kind.currentData()
        level = self.level.currentData()
        return lambda: leads.log_contact(lead_id, summary=summary, level=level, kind=kind)


class LostDialog(LeadStep):
    """An advisor asks to close the lead as lost, with the reason (and the competitor's
    brand when bought elsewhere); the sales manager reviews it."""

    def __init__(self, leads: LeadService, record: LeadRecord, parent=None):
        super().__init__(self.tr("Ask to close as lost"), "leadLostDialog", parent,
                         self.tr("The sales manager approves it, or sends it back for "
                                 "another try."))
        self._leads, self._record = leads, record
        self.reason, self.competitor, self.note = _reason_fields(
            self, "lost", self.tr("Which brand, e.g. 丰田"))
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.tr("Competitor's brand"), self.competitor)
        self.form.addRow(self.tr("Note"), self.note)

    def write(self):
        leads, lead_id = self._leads, self._record.id
        reason, competitor, reason_words = _reason_given(self.reason, self.competitor)
        note, asked = self.note.toPlainText(), words.timeline_notes()["lost_asked"]
        return lambda: leads.request_lost(lead_id, reason, competitor=competitor, note=note,
                                          timeline_note=asked, reason_words=reason_words)


def _reason_fields(dialog: QWidget, prefix: str, placeholder: str):
    """(the lost reasons an advisor gives, the competitor's brand (only for "competitor"),
    a note), named `prefix` + Reason, Competitor, Note."""
    reason = QComboBox(dialog)
    reason.setObjectName(prefix + "Reason")
    fill_combo(reason, [(r.value, words.lost_reason(r.value)) for r in ASKED_LOST_REASONS])
    competitor = QLineEdit(dialog)
    competitor.setObjectName(prefix + "Competitor")
    competitor.setPlaceholderText(placeholder)
    note = _note_box(dialog)
    note.setObjectName(prefix + "Note")

    def reason_changed() -> None:
        competitor.setEnabled(reason.currentData() == LostReason.COMPETITOR.value)

    reason.currentIndexChanged.connect(reason_changed)
    reason_changed()
    return reason, competitor, note


def _reason_given(reason: QComboBox, competitor: QLineEdit) -> tuple[str, str, str]:
    """(the reason, the competitor's brand, the reason in words with the brand)."""
    value = reason.currentData()
    brand = competitor.text() if competitor.isEnabled() else ""
    shown = words.lost_reason(value)
    if brand.strip():
        shown = f"{shown} ({brand.strip()})"
    return value, brand, shown


def _date_edit(parent: QWidget, day: date | None, object_name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(object_name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    day = day or date.today()
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


class OrderDialog(LeadStep):
    """The prospect ordered: the model, the price, the expected delivery."""

    def __init__(self, leads: LeadService, record: LeadRecord, parent=None):
        super().__init__(self.tr("Order"), "leadOrderDialog", parent)
        self._leads, self._record = leads, record
        self.model = QLineEdit(record.order_model or record.models, self)
        self.model.setObjectName("orderModel")
        self.price = yuan_box()
        self.price.setObjectName("orderPrice")
        self.price.setValue(record.order_price_yuan or record.budget_yuan or 0)
        self.delivery = _date_edit(self, record.expected_delivery
                                   or date.today() + timedelta(days=30), "orderDelivery")
        self.form.addRow(self.tr("Model"), self.model)
        self.form.addRow(self.tr("Price"), self.price)
        self.form.addRow(self.tr("Expected delivery"), self.delivery)

    def write(self):
        leads, lead_id = self._leads, self._record.id
        model, price = self.model.text(), _yuan(self.price)
        day, note = self.delivery.date().toPython(), words.timeline_notes()["ordered"]
        return lambda: leads.order(lead_id, model, price, day, note=note)


class CancelOrderDialog(LeadStep):
    """The order of an ordered lead cancelled (the customer withdrew, the financing fell
    through, the car cannot come): why (a lost reason) and a note; the lead kept working
    (back to negotiation, or the stage the board's drag named) or asked to close as lost
    (the sales manager reviews it)."""

    def __init__(self, leads: LeadService, record: LeadRecord, parent=None, *,
                 back_to: str = LeadStage.NEGOTIATION.value, keep_working: bool = True):
        order = " · ".join(p for p in (record.order_model,
                                       labels.date_text(record.expected_delivery)
                                       if record.expected_delivery else "") if p)
        super().__init__(self.tr("Cancel the order"), "leadCancelOrderDialog", parent,
                         self.tr("The order (%1) is cancelled: its model, price and expected "
                                 "delivery are cleared, and the customer's timeline says "
                                 "why.").replace("%1", order or record.customer_name))
        self._leads, self._record, self._back_to = leads, record, back_to
        self.reason, self.competitor, self.note = _reason_fields(
            self, "cancelOrder", self.tr("Which brand, e.g. 丰田"))
        self.keep = QRadioButton(self.tr("Keep working the lead (back to: %1)").replace(
            "%1", words.lead_stage(back_to)), self)
        self.keep.setObjectName("cancelOrderKeep")
        self.lost = QRadioButton(self.tr("Close it as lost (the sales manager reviews it)"),
                                 self)
        self.lost.setObjectName("cancelOrderLost")
        self.choice = QButtonGroup(self)
        for button in (self.keep, self.lost):
            self.choice.addButton(button)
        (self.keep if keep_working else self.lost).setChecked(True)
        self.form.addRow(self.tr("Why"), self.reason)
        self.form.addRow(self.tr("Competitor's brand"), self.competitor)
        self.form.addRow(self.tr("Note"), self.note)
        self.form.addRow(self.tr("Then"), self.keep)
        self.form.addRow("", self.lost)
        self.reason.setFocus()

    def write(self):
        leads, record, back_to = self._leads, self._record, self._back_to
        reason, competitor, reason_words = _reason_given(self.reason, self.competitor)
        note, keep_working = self.note.toPlainText(), self.keep.isChecked()
        notes = words.timeline_notes()
        return lambda: leads.cancel_order(
            record.id, reason, note=note, keep_working=keep_working, version=record.version,
            back_to=back_to, competitor=competitor, timeline_note=notes["order_cancelled"],
            reason_words=reason_words, lost_note=notes["lost_asked"])


class DeliverDialog(LeadStep):
    """The car handed over: the vehicle made on the customer's card, the calls after the
    delivery put on the advisor's call sheet."""

    def __init__(self, leads: LeadService, record: LeadRecord, parent=None):
        days = ", ".join(str(d) for d in leads.rules.delivery_care_days)
        super().__init__(self.tr("Deliver"), "leadDeliverDialog", parent,
                         self.tr("The vehicle is added to the customer's card (bought here); "
                                 "calls after the delivery are put on the advisor's call "
                                 "sheet (days %1).").replace("%1", days))
        self._leads, self._record = leads, record
        self.make = QLineEdit(self)
        self.make.setObjectName("deliverMake")
        self.model = QLineEdit(record.order_model or record.models, self)
        self.model.setObjectName("deliverModel")
        self.vin = QLineEdit(self)
        self.vin.setObjectName("deliverVin")
        self.vin.setMaxLength(17)
        self.plate = QLineEdit(self)
        self.plate.setObjectName("deliverPlate")
        self.plate.setPlaceholderText(self.tr("Empty until registered"))
        self.day = _date_edit(self, date.today(), "deliverDay")
        self.price = yuan_box()
        self.price.setObjectName("deliverPrice")
        self.price.setValue(record.order_price_yuan or 0)
        self.colour = QLineEdit(self)
        self.colour.setObjectName("deliverColour")
        for label, widget in ((self.tr("Make"), self.make), (self.tr("Model"), self.model),
                              (self.tr("VIN"), self.vin), (self.tr("Plate"), self.plate),
                              (self.tr("Delivered on"), self.day), (self.tr("Price"), self.price),
                              (self.tr("Colour"), self.colour)):
            self.form.addRow(label, widget)
        self.make.setFocus()

    def write(self):
        leads, lead_id = self._leads, self._record.id
        values = dict(make=self.make.text(), model=self.model.text(), vin=self.vin.text(),
                      plate=self.plate.text(), delivered_on=self.day.date().toPython(),
                      price_yuan=_yuan(self.price), colour=self.colour.text(),
                      note=words.timeline_notes()["delivered"])
        return lambda: leads.deliver(lead_id, **values)


# ------------------------------------------------------------------ test drives
class TestDriveDialog(LeadStep):
    """A test drive scheduled: day and time, how, the model, the demo car, the advisor."""

    __test__ = False  # (not a test, though its name starts so)

    def __init__(self, leads: LeadService, staff, record: LeadRecord, parent=None):
        super().__init__(self.tr("Schedule a test drive"), "testDriveDialog", parent,
                         self.tr("It goes on the advisor's call sheet that day and on the "
                                 "day's test-drive list."))
        self._leads, self._record = leads, record
        self.at = QDateTimeEdit(self)
        self.at.setObjectName("testDriveAt")
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        tomorrow = QDateTime(QDate.currentDate().addDays(1), QTime(10, 0))
        self.at.setDateTime(tomorrow)
        self.kind = QComboBox(self)
        self.kind.setObjectName("testDriveKind")
        fill_combo(self.kind, [(k.value, words.test_drive_kind(k.value)) for k in TestDriveKind])
        self.model = QLineEdit(record.models, self)
        self.model.setObjectName("testDriveModel")
        self.plate = QLineEdit(self)
        self.plate.setObjectName("testDrivePlate")
        self.plate.setPlaceholderText(self.tr("The demo car's plate"))
        self.advisor = QComboBox(self)
        self.advisor.setObjectName("testDriveAdvisor")
        _advisors(self.advisor, staff, record.advisor_id, self.tr("The lead's advisor"))
        for label, widget in ((self.tr("When"), self.at), (self.tr("How"), self.kind),
                              (self.tr("Model"), self.model), (self.tr("Demo car"), self.plate),
                              (self.tr("Advisor"), self.advisor)):
            self.form.addRow(label, widget)

    def write(self):
        leads, lead_id = self._leads, self._record.id
        at: datetime = self.at.dateTime().toPython().replace(second=0, microsecond=0)
        values = dict(model=self.model.text(), plate=self.plate.text(),
                      kind=self.kind.currentData(), advisor_id=self.advisor.currentData())
        return lambda: leads.schedule_test_drive(lead_id, at, **values)


class DriveDoneDialog(LeadStep):
    """A test drive took place: the licence seen, what the prospect said."""

    def __init__(self, leads: LeadService, drive: TestDriveRecord, parent=None):
        super().__init__(self.tr("Test drive done"), "testDriveDoneDialog", parent,
                         f"{labels.datetime_text(drive.at)}  {drive.model}  {drive.plate}".strip())
        self._leads, self._drive = leads, drive
        self.licence = QCheckBox(self.tr("Driving licence seen"), self)
        self.licence.setObjectName("testDriveLicence")
        self.feedback = _note_box(self, self.tr("What the prospect said about the car"))
        self.feedback.setObjectName("testDriveFeedback")
        self.form.addRow(self.licence)
        self.form.addRow(self.tr("Feedback"), self.feedback)

    def write(self):
        if not self.licence.isChecked():
            raise ValidationError([FieldError("licence_seen", "licence_required")])
        leads, drive_id, feedback = self._leads, self._drive.id, self.feedback.toPlainText()
        note = words.timeline_notes()["test_drive"]
        return lambda: leads.complete_test_drive(drive_id, licence_seen=True, feedback=feedback,
                                                 note=note)


# ------------------------------------------------------------------ passing to sales
def default_department(role: str | None) -> str:
    """The department a referral comes from, by the referrer's role."""
    if role in (StaffRole.SERVICE_ADVISOR.value, StaffRole.SERVICE_MANAGER.value):
        return Department.SERVICE.value
    if role in (StaffRole.ADVISOR.value, StaffRole.SALES_MANAGER.value):
        return Department.SALES.value
    return Department.FRONT_DESK.value


class ReferralDialog(LeadStep):
    """Anyone who works the customer passes them to sales: what for, from which
    department, to which advisor, with a note; the advisor finds the call on their sheet."""

    def __init__(self, leads: LeadService, staff, customer_id: int, customer_name: str,
                 advisor_id: int | None, role: str | None, parent=None):
        super().__init__(self.tr("Pass to sales"), "referralDialog", parent,
                         self.tr("%1 goes to the sales advisor chosen, with your note: the "
                                 "call is on their call sheet today.").replace("%1", customer_name))
        self._leads, self._customer_id = leads, customer_id
        self.kind = QComboBox(self)
        self.kind.setObjectName("referralKind")
        fill_combo(self.kind, [(k.value, words.referral_kind(k.value)) for k in ReferralKind])
        self.department = QComboBox(self)
        self.department.setObjectName("referralDepartment")
        fill_combo(self.department, [(d.value, words.department(d.value)) for d in Department])
        select_data(self.department, default_department(role))
        self.advisor = QComboBox(self)
        self.advisor.setObjectName("referralAdvisor")
        _advisors(self.advisor, staff, advisor_id, self.tr("The customer's advisor"))
        self.models = QLineEdit(self)
        self.models.setObjectName("referralModels")
        self.models.setPlaceholderText(self.tr("A model, if one was named"))
        self.note = _note_box(self, self.tr("What the customer said, for the sales advisor"))
        self.note.setObjectName("referralNote")
        for label, widget in ((self.tr("For"), self.kind), (self.tr("From"), self.department),
                              (self.tr("To advisor"), self.advisor),
                              (self.tr("Model"), self.models), (self.tr("Note"), self.note)):
            self.form.addRow(label, widget)
        self.note.setFocus()

    def write(self):
        leads, customer_id = self._leads, self._customer_id
        kind, department = self.kind.currentData(), self.department.currentData()
        values = dict(to_advisor_id=self.advisor.currentData(), note=self.note.toPlainText(),
                      models=self.models.text(), timeline_note=words.timeline_notes()["referred"])
        return lambda: leads.refer(customer_id, kind, department, **values)


def level_rules(leads: LeadService) -> LeadRules:
    return leads.rules
