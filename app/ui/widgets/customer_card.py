"""The customer card: every F1 field, the vehicles, the timeline and a quick contact log."""

from __future__ import annotations

import dataclasses
import html
import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextLayout
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import (
    CalendarKind,
    ConsentChannel,
    CustomerKind,
    CustomerSource,
    Gender,
    InteractionKind,
)
from app.domain.errors import BookError, ConflictError, NotFoundError, ValidationError
from app.domain.records import CustomerCard, CustomerInput, InteractionInput
from app.domain.rules import validate_customer
from app.domain.validation import format_phone, is_masked, normalize_phone
from app.presentation import labels
from app.ui.dialogs.customer_picker import CustomerPicker
from app.ui.dialogs.vehicle_dialog import VehicleDialog
from app.ui.messages import ask_unsaved, book_error, conflict_text, field_error, show_error
from app.ui.ops import Op, show_failure
from app.ui.widgets.calls_panel import CallsPanel
from app.ui.widgets.card_lists import TimelineColumn, VehicleColumn, held_list
from app.ui.widgets.consent_line import ConsentLine
from app.ui.widgets.fields import (
    DateField,
    ErrorBanner,
    collect_dates,
    fill_combo,
    optional_number,
    select_data,
    show_field_errors,
)
from app.ui.widgets.household_panel import HouseholdPanel
from app.ui.widgets.list_table import list_table
from app.ui.widgets.two_columns import ReflowScrollArea, TwoColumnPage
from app.ui.widgets.value_line import ValueLine
from app.ui.widgets.visits_panel import VisitsPanel

if TYPE_CHECKING:
    from app.services.admin.staff import StaffService
    from app.services.analytics.segments import SegmentService
    from app.services.customers.cards import CustomerService
    from app.services.customers.household import HouseholdService
    from app.services.customers.timeline import TimelineService
    from app.services.customers.vehicles import VehicleService
    from app.services.outreach.followups import FollowUpService
    from app.services.outreach.reminders import ReminderService
    from app.services.service_lane.visits import VisitService


def two_lines_high(box: QPlainTextEdit) -> int:
    """The height at which a text box shows two lines whole, Chinese ones too (more lines
    scroll inside it)."""
    sample = QTextLayout("Ag国", box.font())  # a Chinese glyph may come from a taller font
    sample.beginLayout()
    line = sample.createLine()
    sample.endLayout()
    margin = int(box.document().documentMargin())
    return math.ceil(line.height() * 2) + 2 * (box.frameWidth() + margin) + 2


class _Saving:
    """One save under way: how it ended (None: not yet) and what to do after it when it
    ends after `save()` has returned (a thread did the write)."""

    def __init__(self, then: Callable[[], None] | None):
        self.then = then
        self.result: bool | None = None
        self.returned = False

    def end(self, saved: bool) -> None:
        self.result = saved
        if saved and self.returned and self.then is not None:
            self.then()


class CustomerCardWidget(QWidget):
    """Shows one customer; edits are kept apart until saved (Ctrl+S) or cancelled (Esc)."""

    saved = Signal(int)
    archived_changed = Signal(int)
    follow_ups_changed = Signal(int)  # a follow-up was made from the card (or a visit's)
    wants_width = Signal(int)  # the fields shown need a wider card (no horizontal scrolling)
    open_customer_requested = Signal(int)  # "Open that card" (a number already on file)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("customerCard")
        self.setAccessibleName(self.tr("Customer card"))
        self._customers: CustomerService | None = None
        self._vehicles: VehicleService | None = None
        self._timeline: TimelineService | None = None
        self._staff: StaffService | None = None
        self._followups: FollowUpService | None = None
        self._preferences = None
        self._card: CustomerCard | None = None
        self._dirty = False
        self._loading = False
        self._referred_by: tuple[int, str] | None = None
        self._active_staff: list = []  # the advisors offered, as last read with a card
        self._load_generation = 0  # a card read arriving for an older request is dropped
        self._load: Op | None = None
        self._saving: _Saving | None = None  # a save whose write is under way
        self.read_only = False  # a book opened only to read: nothing on the card writes
        # panels other parts add (the leads: app.ui.widgets.card_leads), read with the card,
        # and what they want told when the header changes (another customer, read-only…)
        self.more_panels: list = []
        self.header_updated: list[Callable[[], None]] = []
        self._build()
        self.show_empty()

    def set_read_only(self) -> None:
        """For the rest of the card's life (a book opened only to read): fields can be read
        and copied, not changed; every button that would write is disabled."""
        self.read_only = True
        self.consent_line.read_only = True
        self._dirty = False
        self._update_header()

    def _apply_read_only(self) -> None:
        if not self.read_only:
            return
        for widget in [self.details_page, *self.details_page.findChildren(QWidget)]:
            if isinstance(widget, (QLineEdit, QPlainTextEdit, QAbstractSpinBox)):
                widget.setReadOnly(True)
            elif isinstance(widget, (QComboBox, QCheckBox, QAbstractButton)):
                widget.setEnabled(False)
        for widget in (self.save_button, self.revert_button, self.archive_button,
                       self.close_flag_button, self.new_vehicle_button, self.edit_vehicle_button,
                       self.transfer_button, self.archive_vehicle_button, self.log_text,
                       self.log_button, self.log_kind, self.visits.new_button,
                       self.calls.new_button,
                       *self.household.findChildren(QPushButton)):
            widget.setEnabled(False)

    def attach(
        self,
        customers: CustomerService,
        vehicles: VehicleService,
        timeline: TimelineService,
        staff: StaffService,
        household: HouseholdService | None = None,
        visits: VisitService | None = None,
        followups: FollowUpService | None = None,
        segments: SegmentService | None = None,
        value_options=None,
        reminders: ReminderService | None = None,
        preferences=None,
        consents=None,
    ) -> None:
        """The services of the open book (the card is built before the book is open);
        value_options: a callable giving the value window and thresholds (Preferences)."""
        self._customers, self._vehicles = customers, vehicles
        self._timeline, self._staff = timeline, staff
        if household is not None:
            self.household.attach(household)
        if visits is not None:
            self.visits.attach(visits, staff)
        self._followups = followups
        self._preferences = preferences  # lead days and follow-up rules (Preferences)
        self.calls.attach(followups, reminders,
                          (lambda: preferences.lead_days) if preferences is not None else None)
        if segments is not None:
            self.value_line.attach(segments, value_options)
        self.consent_line.attach(consents)

    # ================================================================ building
    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.flags = QLabel()
        self.flags.setObjectName("cardFlags")
        self.flags.setTextFormat(Qt.TextFormat.RichText)
        self.flags.setWordWrap(True)  # many flags wrap rather than widen the card
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveCustomer")
        self.save_button.setToolTip(self.tr("Save the card (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Cancel changes"))
        self.revert_button.setToolTip(self.tr("Undo the changes since the last save (Esc)"))
        self.revert_button.clicked.connect(self.cancel_changes)
        self.close_flag_button = QPushButton(self.tr("Close low-score flag"))
        self.close_flag_button.setObjectName("closeSatisfactionFlag")
        self.close_flag_button.setToolTip(self.tr("The manager has followed up the low satisfaction score"))
        self.close_flag_button.clicked.connect(self.close_satisfaction_flag)
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.setObjectName("archiveCustomer")
        self.archive_button.clicked.connect(self.toggle_archived)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.close_flag_button)
        header.addWidget(self.save_button)
        header.addWidget(self.revert_button)
        header.addWidget(self.archive_button)
        self.header = header  # (more buttons join it: app.ui.widgets.card_privacy)

        self.banner = ErrorBanner(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("cardTabs")
        self.tabs.addTab(self._build_details(), self.tr("Details"))
        self.tabs.addTab(self._build_vehicles(), self.tr("Vehicles"))
        self.tabs.addTab(self._build_timeline(), self.tr("Timeline"))
        self.household = HouseholdPanel(self)
        self.tabs.addTab(self.household, self.tr("Family and dates"))
        self.visits = VisitsPanel(self)
        self.visits.changed.connect(self._after_visit_change)
        self.tabs.addTab(self.visits, self.tr("Service"))

        self.log_kind = QComboBox()
        self.log_kind.setObjectName("logKind")
        fill_combo(self.log_kind, [(k, labels.interaction_kind(k)) for k in InteractionKind])
        self.log_text = QLineEdit()
        self.log_text.setObjectName("logText")
        self.log_text.setPlaceholderText(self.tr("Log a contact: what was said (Enter to log)"))
        self.log_text.returnPressed.connect(self.log_contact)
        self.log_button = QPushButton(self.tr("Log"))
        self.log_button.clicked.connect(self.log_contact)
        log_row = QHBoxLayout()
        log_row.addWidget(self.log_kind)
        log_row.addWidget(self.log_text, 1)
        log_row.addWidget(self.log_button)

        self.value_line = ValueLine(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.flags)  # a line of its own: the buttons keep their width
        layout.addWidget(self.value_line)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(log_row)

        QShortcut(
            QKeySequence(Qt.Key.Key_Escape), self, self.cancel_changes,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    def _build_details(self) -> QWidget:
        self.kind = QComboBox()
        fill_combo(self.kind, [(k, labels.customer_kind(k)) for k in CustomerKind])
        self.name = QLineEdit()
        self.name.setObjectName("customerName")
        self.gender = QComboBox()
        fill_combo(self.gender, [(g, labels.gender(g)) for g in Gender])
        self.phone = QLineEdit()
        self.phone.setObjectName("customerPhone")
        self.phone.setPlaceholderText("138 0013 8000")
        # a number shown masked (138****5678) to whoever may not see it in full: one click
        # shows it, and the reveal is written to the audit log
        self.reveal_action = self.phone.addAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView),
            QLineEdit.ActionPosition.TrailingPosition)
        self.reveal_action.setObjectName("revealContact")
        self.reveal_action.setToolTip(self.tr(
            "Show the full phone numbers and address (written to the audit log)"))
        self.reveal_action.setVisible(False)
        self.reveal_action.triggered.connect(self.reveal_contact)
        self.phone_alt = QLineEdit()
        self.wechat = QLineEdit()
        self.email = QLineEdit()
        self.birth_calendar = QComboBox()
        fill_combo(self.birth_calendar, [(c, labels.calendar(c)) for c in CalendarKind])
        self.birth_year = optional_number(2100, 1899)
        self.birth_year.setValue(1899)
        self.birth_month = optional_number(12, 0)
        self.birth_day = optional_number(31, 0)
        self.birth_leap = QCheckBox(self.tr("Leap month"))
        self.birth_calendar.currentIndexChanged.connect(self._calendar_changed)
        birthday = QWidget()
        row = QHBoxLayout(birthday)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.birth_calendar)
        # the empty boxes say what they hold (no labels beside them: the row fits the column)
        for widget, word in ((self.birth_year, self.tr("Year")), (self.birth_month, self.tr("Month")),
                             (self.birth_day, self.tr("Day"))):
            widget.setSpecialValueText(word)
            widget.setToolTip(word)
            widget.setAccessibleName(word)
            row.addWidget(widget)
        row.addWidget(self.birth_leap)
        row.addStretch(1)
        self.birthday = birthday
        self.occupation = QLineEdit()
        self.employer = QLineEdit()
        self.hobbies = QLineEdit()
        self.address = QLineEdit()
        self.family_notes = QPlainTextEdit()
        self.family_notes.setFixedHeight(two_lines_high(self.family_notes))
        self.source = QComboBox()
        fill_combo(self.source, [(s, labels.source(s)) for s in CustomerSource])
        self.referred_by = QLineEdit()
        self.referred_by.setReadOnly(True)
        self.referred_by.setPlaceholderText(self.tr("Nobody"))
        # the card is made as wide as its fields' least widths: a name must show here
        self.referred_by.setMinimumWidth(self.referred_by.sizeHint().width())
        choose = QToolButton()
        choose.setText("…")
        choose.setToolTip(self.tr("Choose…"))
        choose.clicked.connect(self._choose_referrer)
        clear = QToolButton()
        clear.setText("✕")
        clear.setToolTip(self.tr("Clear"))
        clear.clicked.connect(lambda: self._set_referrer(None))
        referred = QWidget()
        row = QHBoxLayout(referred)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.referred_by, 1)
        row.addWidget(choose)
        row.addWidget(clear)
        self.advisor = QComboBox()
        self.advisor.setObjectName("customerAdvisor")
        # as wide as the longest name (the staff are known only once a card is shown)
        self.advisor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Comma separated, e.g. VIP, Fleet"))
        self.key_account = QCheckBox(self.tr("Key account"))
        self.consent = QCheckBox(self.tr("Agrees to marketing"))
        self.consent_date = DateField("marketing_consent_date")
        self.consent_channel = QComboBox()
        fill_combo(self.consent_channel, [(c, labels.consent_channel(c)) for c in ConsentChannel])
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(two_lines_high(self.notes))

        self._field_labels = {
            "kind": self.tr("Type"),
            "name": self.tr("Name"),
            "gender": self.tr("Gender"),
            "phone": self.tr("Mobile"),
            "phone_alt": self.tr("Other phone"),
            "wechat": self.tr("WeChat"),
            "email": self.tr("E-mail"),
            "birthday": self.tr("Birthday"),
            "occupation": self.tr("Occupation"),
            "employer": self.tr("Employer"),
            "hobbies": self.tr("Hobbies"),
            "address": self.tr("Address"),
            "family_notes": self.tr("Family"),
            "source": self.tr("Source"),
            "referred_by_id": self.tr("Referred by"),
            "advisor_id": self.tr("Advisor"),
            "tags": self.tr("Tags"),
            "marketing_consent": self.tr("Marketing"),
            "marketing_consent_date": self.tr("Consent date"),
            "marketing_consent_channel": self.tr("Consent channel"),
            "notes": self.tr("Notes"),
        }
        self._field_widgets = {
            "kind": self.kind,
            "name": self.name,
            "gender": self.gender,
            "phone": self.phone,
            "phone_alt": self.phone_alt,
            "wechat": self.wechat,
            "email": self.email,
            "birthday": birthday,
            "occupation": self.occupation,
            "employer": self.employer,
            "hobbies": self.hobbies,
            "address": self.address,
            "family_notes": self.family_notes,
            "source": self.source,
            "referred_by_id": referred,
            "advisor_id": self.advisor,
            "tags": self.tags,
            "marketing_consent": self.consent,
            "marketing_consent_date": self.consent_date,
            "marketing_consent_channel": self.consent_channel,
            "notes": self.notes,
        }

        def pair(first: QWidget, label: str | None, second: QWidget) -> QWidget:
            """Two fields on one row (the card fits a 1280×800 screen without scrolling)."""
            both = QWidget()
            row = QHBoxLayout(both)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(first, 1)
            if label:
                row.addWidget(QLabel(label))
            row.addWidget(second, 1 if label else 0)
            return both

        def group(title: str, names: list, first: list[tuple[str, QWidget]] = ()) -> QGroupBox:
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setContentsMargins(8, 2, 8, 4)
            form.setVerticalSpacing(3)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for label, widget in first:
                form.addRow(label, widget)
            for key in names:
                if isinstance(key, tuple):  # (first field, second field or widget)
                    key, second = key
                    label = self._field_labels[second] if isinstance(second, str) else None
                    widget = self._field_widgets[second] if isinstance(second, str) else second
                    form.addRow(self._field_labels[key], pair(self._field_widgets[key], label, widget))
                else:
                    form.addRow(self._field_labels[key], self._field_widgets[key])
            return box

        self.calls = CallsPanel(self)
        self.calls.new_requested.connect(self.new_follow_up)
        # the whole of the details at once in a 1200×720 window, in both languages: short
        # fields share a row, the notes sit under the family, the calls get what is left
        left = QVBoxLayout()
        left.setSpacing(4)
        left.addWidget(group(self.tr("Contact"),
                             [("kind", "gender"), "name", ("phone", "phone_alt"), "wechat",
                              "email"]))
        left.addWidget(group(self.tr("Personal"), ["birthday", ("occupation", "hobbies"),
                                                   "employer", "address", "family_notes",
                                                   "notes"]))
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(4)
        right.addWidget(self.calls, 1)
        right.addWidget(group(self.tr("Sales"), ["source", "referred_by_id",
                                                 ("advisor_id", self.key_account), "tags"]))
        right.addWidget(self._consent_group())
        # side by side when the card is wide enough for both, else the right column under
        # the left (scrolled up and down, never sideways)
        inner = TwoColumnPage(left, right)
        scroll = ReflowScrollArea(inner)
        scroll.setObjectName("cardDetailsScroll")
        scroll.too_narrow.connect(self._ask_for_width)
        self.details_page = inner
        self.details_scroll = scroll
        for widget in [*self._field_widgets.values(), self.key_account]:
            for signal_owner in [widget, *widget.findChildren(QWidget)]:
                self._watch(signal_owner)
        return scroll

    def _consent_group(self) -> QGroupBox:
        """Every purpose at a glance and "Consents…" (grant, withdraw, history: each change
        kept). The marketing fields are changed there only, so they stay hidden here: a
        save carries them through as read."""
        box = QGroupBox(self.tr("Consent"))
        column = QVBoxLayout(box)
        column.setContentsMargins(8, 2, 8, 4)
        self.consent_line = ConsentLine(box)
        self.consent_line.changed.connect(self._consent_recorded)
        column.addWidget(self.consent_line)
        for widget in (self.consent, self.consent_date, self.consent_channel):
            widget.setParent(box)
            widget.hide()
        return box

    def _watch(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit) and not widget.isReadOnly():
            widget.textEdited.connect(self._mark_dirty)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self._mark_dirty)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._mark_dirty)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(self._mark_dirty)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self._mark_dirty)

    def _build_vehicles(self) -> QWidget:
        self.vehicle_model, self._vehicle_rows = held_list(VehicleColumn, self)
        self.vehicle_table = list_table(self.vehicle_model, "vehicleTable", self.tr("Vehicles"))
        self.vehicle_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.vehicle_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.vehicle_table.activated.connect(lambda _index: self.edit_vehicle())
        self.new_vehicle_button = QPushButton(self.tr("New vehicle…"))
        self.new_vehicle_button.setObjectName("newVehicle")
        self.new_vehicle_button.clicked.connect(self.new_vehicle)
        self.edit_vehicle_button = QPushButton(self.tr("Edit…"))
        self.edit_vehicle_button.clicked.connect(self.edit_vehicle)
        self.transfer_button = QPushButton(self.tr("Change owner…"))
        self.transfer_button.clicked.connect(self.transfer_vehicle)
        self.archive_vehicle_button = QPushButton(self.tr("Archive / restore"))
        self.archive_vehicle_button.clicked.connect(self.toggle_vehicle_archived)
        buttons = QHBoxLayout()
        for b in (self.new_vehicle_button, self.edit_vehicle_button, self.transfer_button,
                  self.archive_vehicle_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(self.vehicle_table)
        return page

    def _build_timeline(self) -> QWidget:
        self.timeline_model, self._timeline_rows = held_list(TimelineColumn, self)
        self.timeline_table = list_table(self.timeline_model, "timelineTable",
                                         self.tr("Timeline"))
        header = self.timeline_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TimelineColumn.WHAT, QHeaderView.ResizeMode.Stretch)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.timeline_table)
        return page

    def width_needed(self) -> int:
        """The card's width at which the details show their two columns side by side, every
        field whole (once laid out; 0 before). Narrower, the columns stand one under the
        other."""
        scroll = self.details_scroll
        if not self.isVisible() or not scroll.isVisible() or scroll.viewport().width() <= 0:
            return 0
        return self.width() - scroll.width() + scroll.width_for_two_columns()

    def _ask_for_width(self, *_args) -> None:
        need = self.width_needed()
        if need > self.width():
            self.wants_width.emit(need)

    # ================================================================ state
    def customer_id(self) -> int | None:
        return self._card.customer.id if self._card else None

    def is_dirty(self) -> bool:
        return self._dirty

    def _mark_dirty(self, *_args) -> None:
        if not self._loading and not self._dirty and not self.read_only:
            self._dirty = True
            self._update_header()

    def _calendar_changed(self) -> None:
        self.birth_leap.setEnabled(self.birth_calendar.currentData() == CalendarKind.LUNAR)
        if not self.birth_leap.isEnabled():
            self.birth_leap.setChecked(False)

    def _refresh_advisors(self, staff: list | None = None) -> None:
        """The advisor list: `staff` as read with a card, else the list read last."""
        if staff is not None:
            self._active_staff = list(staff)
        fill_combo(self.advisor, [(None, self.tr("Nobody")),
                                  *[(s.id, s.name) for s in self._active_staff]])

    def _advisors_arrived(self, staff: list) -> None:
        """The active staff read again for a new card: offered, the choice made kept."""
        chosen = self.advisor.currentData()
        was_loading, self._loading = self._loading, True
        self._refresh_advisors(staff)
        select_data(self.advisor, chosen)
        self.advisor.setMinimumWidth(self.advisor.sizeHint().width())
        self._loading = was_loading

    def _inactive_advisor_text(self, c: CustomerInput) -> str:
        """How the card shows an advisor missing from the list of active staff (who has left)."""
        name = getattr(c, "advisor_name", "") or f"#{c.advisor_id}"
        return self.tr("%1 (inactive)", "an advisor who no longer works here").replace("%1", name)

    def show_empty(self) -> None:
        self._card = None
        self._new = False
        self._loading = True
        self._refresh_advisors()
        self._fill(CustomerInput())
        self._loading = False
        self._dirty = False
        self.setEnabled(False)
        self.title.setText(self.tr("No customer chosen"))
        self.flags.clear()
        self.flags.hide()
        self._clear_pages()
        for hook in self.header_updated:
            hook()

    def _clear_pages(self) -> None:
        """Nothing of the customer shown before is left: rows, selections, tab counts."""
        self.value_line.show_customer(None)
        self._fill_vehicles()
        self._fill_timeline()
        for table in (self.vehicle_table, self.timeline_table):
            table.clearSelection()
            table.setCurrentIndex(QModelIndex())
        self.household.show_customer(None)
        self.visits.show_customer(None)
        self.calls.show_customer(None)
        self.consent_line.show_customer(None)
        for panel in self.more_panels:
            panel.show_customer(None)
        self.tabs.setCurrentIndex(0)

    def new_customer(self) -> None:
        """An empty card for a new customer; nothing is written until saved."""
        self._card = None
        self._new = True
        self._loading = True
        self._refresh_advisors()
        self._fill(CustomerInput())
        self._loading = False
        self._dirty = False
        self.setEnabled(True)
        self.banner.show_errors([])
        show_field_errors(self._field_widgets, self._field_labels, self.banner, [])
        self._clear_pages()
        self._update_header()
        self._ask_for_width()
        self.name.setFocus()
        if self._staff is not None:  # who has joined since the last card was read
            self._load_generation += 1  # a card still being read is not shown over this one
            staff = self._staff
            Op(self, lambda: staff.list(active_only=True)).success(
                lambda rows: self._new and self._advisors_arrived(rows)).run()

    def show_customer(self, customer_id: int) -> None:
        """Read the customer's card off the interface thread and show it when it arrives
        (an older request's card arriving after a newer request is dropped)."""
        if self._customers is None:
            return
        # the panels are read with the card, so the card shows as one whole
        panels = [panel.read_with_card(customer_id)
                  for panel in (self.household, self.visits, self.calls, self.consent_line,
                                *self.more_panels)]
        self._read_card(customer_id, self._show_card, with_staff=True, panels=panels)

    def _read_card(self, customer_id: int, arrived: Callable, with_staff: bool = False,
                   panels: list | None = None) -> None:
        """`arrived(card, active staff or None)` once read, then each of `panels` (a
        panel's (read, show)) shown, unless another read was asked for meanwhile; a
        customer no longer on file empties the card."""
        self._load_generation += 1
        generation = self._load_generation
        if self._load is not None and self._load.running:
            self._load.cancel()  # not started yet: not read at all
        customers, staff = self._customers, self._staff if with_staff else None
        panels = panels or []

        def read():
            return customers.card(customer_id), (
                staff.list(active_only=True) if staff is not None else None), [
                panel_read() for panel_read, _show in panels]

        def delivered(result) -> None:
            if generation == self._load_generation:
                card, active_staff, panel_reads = result
                arrived(card, active_staff)
                for (_read, show), panel_read in zip(panels, panel_reads, strict=True):
                    show(panel_read)

        self._load = Op(self, read).success(delivered).failure(
            lambda error: self._read_failed(generation, error))
        self._load.run()

    def _read_failed(self, generation: int, error: Exception) -> None:
        if generation != self._load_generation:
            return
        if isinstance(error, NotFoundError):
            self.show_empty()
        else:
            show_failure(self, error)

    def loading(self) -> bool:
        """Whether a card asked for is still being read, or a panel of it (for tests and
        the status line)."""
        return (self._load is not None and self._load.running) or any(
            panel.loading() for panel in (self.household, self.visits, self.calls,
                                          self.consent_line, *self.more_panels))

    def _show_card(self, card: CustomerCard, staff: list | None = None) -> None:
        customer_id = card.customer.id
        self._card = card
        self._new = False
        self._loading = True
        self._refresh_advisors(staff)
        self._fill(card.customer)
        self._show_masked(card.customer.masked)
        self._loading = False
        self._dirty = False
        self.setEnabled(True)
        show_field_errors(self._field_widgets, self._field_labels, self.banner, [])
        self._fill_vehicles()
        self._fill_timeline()
        # (the household, visits and calls panels are shown from the same read, next)
        self.visits.set_vehicles([v.id for v in card.vehicles if v.archived_at is None])
        self.value_line.show_customer(customer_id)
        self.calls.set_advisor(card.customer.advisor_id)
        self.consent_line.customer_name = card.customer.name
        self._update_header()
        self._ask_for_width()

    def reload(self) -> None:
        if self._card:
            self.show_customer(self._card.customer.id)

    def _show_masked(self, masked: bool) -> None:
        """Masked contact details cannot be edited until revealed."""
        self.reveal_action.setVisible(masked)
        for field in (self.phone, self.phone_alt, self.address):
            field.setReadOnly(masked)

    def reveal_contact(self) -> None:
        """The full numbers and address of a card shown masked (audited by the service)."""
        if self._card is None or self._customers is None:
            return
        customers, customer_id = self._customers, self._card.customer.id

        def shown(full: dict) -> None:
            if self._card is None or self._card.customer.id != customer_id:
                return
            loading, self._loading = self._loading, True
            self.phone.setText(format_phone(full["phone"]))
            self.phone_alt.setText(format_phone(full["phone_alt"]))
            self.address.setText(full["address"])
            self._loading = loading
            self._show_masked(False)

        Op(self, lambda: customers.reveal(customer_id)).success(shown).run()

    def _consent_recorded(self, customer_id: int) -> None:
        """A consent recorded from "Consents…": the marketing fields read again (unless
        edits are pending: their save then says another change came first)."""
        if not self._dirty and self._card is not None and self._card.customer.id == customer_id:
            self.reload()
        self.saved.emit(customer_id)

    def _fill(self, c: CustomerInput) -> None:
        select_data(self.kind, c.kind)
        self.name.setText(c.name)
        select_data(self.gender, c.gender)
        self.phone.setText(format_phone(c.phone))
        self.phone_alt.setText(format_phone(c.phone_alt))
        self.wechat.setText(c.wechat)
        self.email.setText(c.email)
        select_data(self.birth_calendar, c.birthday_calendar)
        self.birth_year.setValue(c.birth_year or 1899)
        self.birth_month.setValue(c.birth_month or 0)
        self.birth_day.setValue(c.birth_day or 0)
        self.birth_leap.setChecked(c.birth_leap)
        self._calendar_changed()
        self.occupation.setText(c.occupation)
        self.employer.setText(c.employer)
        self.hobbies.setText(c.hobbies)
        self.address.setText(c.address)
        self.family_notes.setPlainText(c.family_notes)
        select_data(self.source, c.source)
        name = getattr(c, "referred_by_name", "")
        self._set_referrer((c.referred_by_id, name) if c.referred_by_id else None, mark=False)
        select_data(self.advisor, c.advisor_id, self._inactive_advisor_text(c))
        self.advisor.setMinimumWidth(self.advisor.sizeHint().width())  # every name whole
        self.tags.setText(", ".join(c.tags))
        self.key_account.setChecked(c.key_account)
        self.consent.setChecked(c.marketing_consent)
        self.consent_date.set_value(c.marketing_consent_date)
        select_data(self.consent_channel, c.marketing_consent_channel)
        self.notes.setPlainText(c.notes)

    def _fill_vehicles(self) -> None:
        vehicles = self._card.vehicles if self._card else ()
        self.vehicle_model.set_ids(self._vehicle_rows.hold(vehicles))
        self.tabs.setTabText(1, self.tr("Vehicles (%n)", "", len(vehicles)) if self._card
                             else self.tr("Vehicles"))

    def _fill_timeline(self) -> None:
        entries = self._card.timeline if self._card else ()
        self.timeline_model.set_ids(self._timeline_rows.hold(entries))
        self.tabs.setTabText(2, self.tr("Timeline (%n)", "", len(entries)) if self._card
                             else self.tr("Timeline"))

    def _update_header(self) -> None:
        c = self._card.customer if self._card else None
        if self._new:
            title = self.tr("New customer")
        else:
            title = c.name if c else self.tr("No customer chosen")
        self.title.setText(title + (" *" if self._dirty else ""))
        flags = []
        if c is not None:
            if c.archived:
                flags.append((self.tr("Archived"), "#616161"))
            if c.key_account:
                flags.append((self.tr("Key account"), "#b8860b"))
            if not c.marketing_consent:
                flags.append((self.tr("No marketing"), "#c62828"))
            if c.satisfaction_flag:
                flags.append((self.tr("Low satisfaction: manager to follow up"), "#ad1457"))
            if c.phone_wrong:
                flags.append((self.tr("Wrong number: check the phone"), "#e65100"))
        self.flags.setVisible(bool(flags))
        self.flags.setText(
            " ".join(
                f'<span style="background:{colour}; color:white;">&nbsp;{html.escape(text)}&nbsp;</span>'
                for text, colour in flags
            )
        )
        self.close_flag_button.setVisible(bool(c is not None and c.satisfaction_flag))
        self.save_button.setEnabled(self._dirty or self._new)
        self.revert_button.setEnabled(self._dirty)
        has_record = c is not None
        self.archive_button.setEnabled(has_record)
        self.archive_button.setText(
            self.tr("Restore") if c is not None and c.archived else self.tr("Archive")
        )
        for widget in (self.new_vehicle_button, self.edit_vehicle_button, self.transfer_button,
                       self.archive_vehicle_button, self.log_text, self.log_button, self.log_kind,
                       self.calls.new_button):
            widget.setEnabled(has_record)
        self._apply_read_only()
        for hook in self.header_updated:
            hook()

    # ================================================================ actions
    def collect(self) -> CustomerInput:
        """The card's fields as an input; raises ValidationError listing every bad field."""
        dates, errors = collect_dates([self.consent_date])
        year = self.birth_year.value()
        data = CustomerInput(
            kind=self.kind.currentData(),
            name=self.name.text(),
            gender=self.gender.currentData(),
            phone=self.phone.text(),
            phone_alt=self.phone_alt.text(),
            wechat=self.wechat.text(),
            email=self.email.text(),
            birthday_calendar=self.birth_calendar.currentData(),
            birth_year=None if year == self.birth_year.minimum() else year,
            birth_month=self.birth_month.value() or None,
            birth_day=self.birth_day.value() or None,
            birth_leap=self.birth_leap.isChecked(),
            occupation=self.occupation.text(),
            employer=self.employer.text(),
            hobbies=self.hobbies.text(),
            address=self.address.text(),
            family_notes=self.family_notes.toPlainText(),
            source=self.source.currentData(),
            referred_by_id=self._referred_by[0] if self._referred_by else None,
            advisor_id=self.advisor.currentData(),
            tags=tuple(t.strip() for t in self.tags.text().replace("，", ",").split(",") if t.strip()),
            notes=self.notes.toPlainText(),
            marketing_consent=self.consent.isChecked(),
            marketing_consent_date=dates["marketing_consent_date"],
            marketing_consent_channel=self.consent_channel.currentData(),
            key_account=self.key_account.isChecked(),
        )
        try:  # (numbers shown masked, not revealed, are kept as stored: not checked here)
            validate_customer(_without_masked(data))
        except ValidationError as exc:
            errors.extend(e for e in exc.errors if e.field not in {x.field for x in errors})
        if errors:
            raise ValidationError(errors)
        return data

    def save(self, then: Callable[[], None] | None = None) -> bool | None:
        """Save the card; on a refused field nothing is written and the field is marked.
        True: saved (or nothing to save); False: refused, failed or given up; None: the
        write is still under way, and `then()` runs once it has saved."""
        if (self._card is None and not self._new) or self.read_only:
            return True
        if self._saving is not None:
            return None  # the save already under way
        try:
            data = self.collect()
        except ValidationError as exc:
            self._save_refused(exc)
            return False
        saving = self._saving = _Saving(then)
        self.save_button.setEnabled(False)
        numbers = self._numbers_to_check(data)
        if numbers:
            customers, exclude = self._customers, self.customer_id()
            Op(self, lambda: customers.customers_with_phone(numbers, exclude_id=exclude)).success(
                lambda matches: self._phones_checked(saving, data, numbers, matches)).failure(
                lambda error: self._save_failed(saving, error)).run()
        else:
            self._write(saving, data)
        saving.returned = True
        return saving.result

    def _numbers_to_check(self, data: CustomerInput) -> list[str]:
        """Numbers typed here to ask about if another customer already has them (numbers
        the card had when it was opened are not asked about again)."""
        kept = set() if self._new else {self._card.customer.phone, self._card.customer.phone_alt}
        typed = [normalize_phone(n) for n in (data.phone, data.phone_alt)
                 if n.strip() and not is_masked(n)]
        return [n for n in typed if n not in kept]

    def _phones_checked(self, saving: _Saving, data: CustomerInput, numbers: list[str],
                        matches: list) -> None:
        """A number another customer already has is questioned (shown who has it): open that
        card, save anyway, or back to the card."""
        if matches:
            from app.ui.dialogs.duplicate_phone import DuplicateAnswer, ask_duplicate_phone

            answer = ask_duplicate_phone(self, " / ".join(format_phone(n) for n in numbers),
                                         matches)
            if answer != DuplicateAnswer.SAVE:
                self._save_ended(saving, False)
                if answer == DuplicateAnswer.OPEN:
                    self._dirty = False  # the person chose the card on file over what was typed
                    self.open_customer_requested.emit(matches[0].id)
                return
        self._write(saving, data)

    def _write(self, saving: _Saving, data: CustomerInput) -> None:
        customers = self._customers
        if self._new:
            def write():
                return customers.create(data)
        else:
            customer_id, version = self._card.customer.id, self._card.customer.version

            def write():
                return customers.update(customer_id, data, version)
        Op(self, write, writes=True).success(lambda record: self._written(saving, record)).failure(
            lambda error: self._save_failed(saving, error)).run()

    def _written(self, saving: _Saving, record) -> None:
        self._dirty = False
        self._saving = None
        self.show_customer(record.id)
        self.saved.emit(record.id)
        saving.end(True)

    def _save_refused(self, exc: ValidationError) -> None:
        show_field_errors(self._field_widgets, self._field_labels, self.banner, exc.errors)
        self.tabs.setCurrentIndex(0)

    def _save_failed(self, saving: _Saving, error: Exception) -> None:
        if isinstance(error, ValidationError):
            self._save_refused(error)
        elif isinstance(error, ConflictError):
            self.banner.show_errors([conflict_text()])
        elif isinstance(error, BookError):  # the book took nothing (damaged, read-only, full disk…)
            self.banner.show_errors([book_error(error)])
        else:
            show_failure(self, error)
        self._save_ended(saving, False)

    def _save_ended(self, saving: _Saving, saved: bool) -> None:
        self._saving = None
        self._update_header()
        saving.end(saved)

    def cancel_changes(self) -> None:
        """Esc: back to the saved card, after asking if anything was changed."""
        if not self._dirty:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Cancel changes"),
            self.tr("Throw away the changes made on this card?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self.discard()

    def discard(self) -> None:
        self._dirty = False
        if self._new:
            self.show_empty()
        else:
            self.reload()

    def maybe_leave(self, retry: Callable[[], None] | None = None) -> bool:
        """Before the card shows something else: True when it is safe to go on. When the
        person chose to save and the write is still under way, False, and `retry()` (what
        was asked for) once it has saved."""
        if not self._dirty:
            return True
        answer = ask_unsaved(self)
        if answer == QMessageBox.StandardButton.Save:
            return bool(self.save(then=retry))
        if answer == QMessageBox.StandardButton.Discard:
            self.discard()
            return True
        return False

    def toggle_archived(self) -> None:
        if self._card is None or not self.maybe_leave(retry=self.toggle_archived):
            return
        customers, customer_id = self._customers, self._card.customer.id
        write = customers.restore if self._card.customer.archived else customers.archive

        def archived(_result) -> None:
            self.show_customer(customer_id)
            self.archived_changed.emit(customer_id)

        Op(self, lambda: write(customer_id), writes=True).success(archived).run()

    def close_satisfaction_flag(self) -> None:
        if self._card is None or self._followups is None:
            return
        followups, customer_id = self._followups, self._card.customer.id
        Op(self, lambda: followups.close_satisfaction_flag(customer_id), writes=True).success(
            lambda _result: self.reload()).run()

    def _choose_referrer(self) -> None:
        picker = CustomerPicker(
            self._customers, self.tr("Referred by"), exclude=self.customer_id(), parent=self
        )
        if picker.exec() and picker.chosen:
            self._set_referrer(picker.chosen)

    def _set_referrer(self, chosen: tuple[int, str] | None, mark: bool = True) -> None:
        self._referred_by = chosen
        self.referred_by.setText(chosen[1] if chosen else "")
        if mark:
            self._mark_dirty()

    def log_contact(self) -> None:
        if self._card is None:
            return
        text = self.log_text.text().strip()
        if not text:
            self.log_text.setFocus()
            return
        customer_id, timeline = self._card.customer.id, self._timeline
        entry = InteractionInput(customer_id=customer_id, kind=self.log_kind.currentData(),
                                 summary=text, staff_id=self._card.customer.advisor_id)
        Op(self, lambda: timeline.log(entry), writes=True).success(
            lambda _result: self._logged(customer_id)).failure(self._log_failed).run()

    def _logged(self, customer_id: int) -> None:
        self.log_text.clear()

        def arrived(card: CustomerCard, _staff) -> None:
            self._card = card
            self._fill_timeline()
            self.tabs.setCurrentIndex(2)
            self.saved.emit(customer_id)

        self._read_card(customer_id, arrived)

    def _log_failed(self, error: Exception) -> None:
        if isinstance(error, ValidationError):
            show_error(self, self.tr("Not logged"), field_error(error.errors[0]))
        else:
            show_failure(self, error, self.tr("Not logged"))

    def new_follow_up(self) -> int | None:
        """"New follow-up…": a call to make to this customer (reason, due date, advisor,
        note); returns the follow-up's id, None when cancelled."""
        if self._card is None or self._followups is None or self.read_only:
            return None
        from app.ui.dialogs.followup_dialog import FollowUpDialog

        c = self._card.customer
        rules = self._preferences.follow_up_rules if self._preferences is not None else None
        dialog = FollowUpDialog(self._followups, self._staff, c.id, c.name, c.advisor_id,
                                self._card.vehicles, rules, parent=self)
        if not dialog.exec():
            return None
        self.calls.show_customer(c.id, c.advisor_id)
        self.follow_ups_changed.emit(c.id)
        return dialog.follow_up_id

    def focus_log(self) -> None:
        self.log_text.setFocus()

    # ---------------------------------------------------------------- vehicles
    def _selected_vehicle_id(self) -> int | None:
        index = self.vehicle_table.currentIndex()
        return self.vehicle_model.id_at(index.row()) if index.isValid() else None

    def new_vehicle(self) -> None:
        if self._card is None:
            return
        dialog = VehicleDialog(self._vehicles, self._card.customer.id, parent=self)
        if dialog.exec():
            self._after_vehicle_change()

    def edit_vehicle(self) -> None:
        vehicle_id = self._selected_vehicle_id()
        if self._card is None or vehicle_id is None:
            return
        vehicles, customer_id = self._vehicles, self._card.customer.id
        Op(self, lambda: vehicles.get(vehicle_id)).success(
            lambda vehicle: self._edit_vehicle(customer_id, vehicle)).run()

    def _edit_vehicle(self, customer_id: int, vehicle) -> None:
        if self.customer_id() != customer_id:
            return  # another card was opened meanwhile
        dialog = VehicleDialog(self._vehicles, customer_id, vehicle, parent=self)
        if dialog.exec():
            self._after_vehicle_change()

    def toggle_vehicle_archived(self) -> None:
        vehicle_id = self._selected_vehicle_id()
        if vehicle_id is None:
            return
        vehicles = self._vehicles

        def flip() -> None:
            vehicles.set_archived(vehicle_id, vehicles.get(vehicle_id).archived_at is None)

        Op(self, flip, writes=True).success(lambda _result: self._after_vehicle_change()).run()

    def transfer_vehicle(self) -> None:
        vehicle_id = self._selected_vehicle_id()
        if self._card is None or vehicle_id is None:
            return
        picker = CustomerPicker(
            self._customers, self.tr("New owner"), exclude=self._card.customer.id, parent=self
        )
        if picker.exec() and picker.chosen:
            vehicles, owner = self._vehicles, picker.chosen[0]
            Op(self, lambda: vehicles.transfer(vehicle_id, owner), writes=True).success(
                lambda _result: self._after_vehicle_change()).run()

    def _after_vehicle_change(self) -> None:
        if self._card is None:
            return
        customer_id = self._card.customer.id

        def arrived(card: CustomerCard, _staff) -> None:
            dirty = self._dirty
            self._card = card
            self._fill_vehicles()
            self._dirty = dirty
            self.saved.emit(customer_id)

        self._read_card(customer_id, arrived)

    def refresh_after_panel_change(self) -> None:
        """A panel wrote (a lead's step, say): the card's other tabs read again, as after a
        visit (the vehicles, the timeline, the calls; edits not saved stay as typed)."""
        self._after_visit_change()

    def _after_visit_change(self) -> None:
        """A visit added, corrected or deleted on the Service tab: the vehicles' mileage and
        next service, the timeline, the calls to make and the value are read again. Edits
        not yet saved in the details stay as typed (only the other tabs are refreshed)."""
        if self._card is None or self._customers is None:
            return
        customer_id = self._card.customer.id
        if not self._dirty:
            self.show_customer(customer_id)
        else:
            def arrived(card: CustomerCard, _staff) -> None:
                # the form's customer (and the version its edits were made on) is kept
                self._card = dataclasses.replace(card, customer=self._card.customer)
                self._fill_vehicles()
                self._fill_timeline()
                self.calls.show_customer(customer_id, self._card.customer.advisor_id)
                self.value_line.show_customer(customer_id)

            self._read_card(customer_id, arrived)
        self.saved.emit(customer_id)  # the list's row: last visit
        # a visit opens or closes post-service calls and moves reminders: the lists refresh
        self.follow_ups_changed.emit(customer_id)


def _without_masked(data: CustomerInput) -> CustomerInput:
    """The card's values as checked before a save: masked ones (kept as stored) left out."""
    from dataclasses import replace

    masked = {f: "" for f in ("phone", "phone_alt", "address") if is_masked(getattr(data, f))}
    return replace(data, **masked) if masked else data
