"""The showroom log (来店登记, issue 16): a fast entry for each walk-in and phone-up — phone,
name, how they came, time in and out, party size, interest, advisor on duty — that finds
the customer by phone (or makes them) and opens or updates their lead. Enter saves; the
form is then ready for the next one, and today's entries are listed below."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.leads import VisitKind
from app.domain.validation import format_phone
from app.ui.dialogs import lead_words as words
from app.ui.dialogs.lead_dialogs import show_refusal
from app.ui.ops import LatestRead, Op
from app.ui.widgets.common import read_only_table
from app.ui.widgets.fields import ErrorBanner, fill_combo, select_data

if TYPE_CHECKING:
    from app.services.admin.book import Services


def _time_edit(parent: QWidget, name: str) -> QTimeEdit:
    edit = QTimeEdit(parent)
    edit.setObjectName(name)
    edit.setDisplayFormat("HH:mm")
    edit.setTime(QTime.currentTime())
    return edit


class ShowroomLogDialog(QDialog):
    """Logs an entry on Enter (or Log), says whether the customer and the lead were found
    or new, and stays open for the next one. `open_customer(id)` shows a customer's card
    (a double-click on today's list)."""

    logged = Signal(object)  # the ShowroomResult of an entry written

    def __init__(self, services: Services, desk_advisor_id: int | None = None, parent=None,
                 open_customer=None):
        super().__init__(parent)
        self.setObjectName("showroomLogDialog")
        self.setWindowTitle(self.tr("Showroom log"))
        self._services = services
        self._open_customer = open_customer
        self._writing = False
        self._reads = LatestRead(self)
        self._lookups = LatestRead(self)
        self.visits: list = []
        self.last_result = None

        self.phone = QLineEdit(self)
        self.phone.setObjectName("showroomPhone")
        self.phone.setPlaceholderText("138 0013 8000")
        self.phone.editingFinished.connect(self._look_up)
        self.found = QLabel(self)
        self.found.setObjectName("showroomFound")
        self.name = QLineEdit(self)
        self.name.setObjectName("showroomName")
        self.name.setPlaceholderText(self.tr("Needed for someone new"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("showroomKind")
        fill_combo(self.kind, [(k.value, words.visit_kind(k.value)) for k in VisitKind])
        self.arrived = _time_edit(self, "showroomArrived")
        self.left_check = QCheckBox(self.tr("Left at"), self)
        self.left_check.setObjectName("showroomLeftCheck")
        self.left = _time_edit(self, "showroomLeft")
        self.left.setEnabled(False)
        self.left_check.toggled.connect(self.left.setEnabled)
        times = QHBoxLayout()
        times.addWidget(self.arrived)
        times.addWidget(self.left_check)
        times.addWidget(self.left)
        times.addStretch(1)
        self.party = QSpinBox(self)
        self.party.setObjectName("showroomParty")
        self.party.setRange(1, 30)
        self.interest = QLineEdit(self)
        self.interest.setObjectName("showroomInterest")
        self.interest.setPlaceholderText(self.tr("Models they asked about"))
        self.advisor = QComboBox(self)
        self.advisor.setObjectName("showroomAdvisor")
        staff = services.staff.list(active_only=True)
        fill_combo(self.advisor, [(None, self.tr("Nobody")), *[(s.id, s.name) for s in staff]])
        select_data(self.advisor, desk_advisor_id if desk_advisor_id is not None
                    else services.book.actor.staff_id)
        for edit in (self.phone, self.name, self.interest):
            edit.returnPressed.connect(self.log_entry)

        self.banner = ErrorBanner(self)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("showroomOutcome")
        self.outcome.setWordWrap(True)
        form = QFormLayout()
        phone_row = QHBoxLayout()
        phone_row.addWidget(self.phone, 1)
        phone_row.addWidget(self.found, 1)
        form.addRow(self.tr("Phone"), phone_row)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("How"), self.kind)
        form.addRow(self.tr("Came in at"), times)
        form.addRow(self.tr("Party size"), self.party)
        form.addRow(self.tr("Interest"), self.interest)
        form.addRow(self.tr("Advisor on duty"), self.advisor)

        self.log_button = QPushButton(self.tr("Log"), self)
        self.log_button.setObjectName("showroomLogButton")
        self.log_button.setDefault(True)
        self.log_button.clicked.connect(lambda _=False: self.log_entry())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.log_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        self.today_title = QLabel(self)
        self.table = read_only_table([
            self.tr("In"), self.tr("Out"), self.tr("How"), self.tr("Name"), self.tr("Phone"),
            self.tr("Party"), self.tr("First visit"), self.tr("Interest"), self.tr("Advisor"),
        ], "showroomToday", self)
        self.table.itemDoubleClicked.connect(self._open_row)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        layout.addWidget(self.today_title)
        layout.addWidget(self.table, 1)
        self.resize(760, 620)
        self.phone.setFocus()
        self.read_today()

    # ------------------------------------------------------------ the phone looked up
    def _look_up(self) -> None:
        text = self.phone.text().strip()
        if not text:
            self.found.clear()
            return
        customers = self._services.customers
        self._lookups.run(lambda: customers.customers_with_phone([text]), self._looked_up,
                          lambda _error: self.found.clear())

    def _looked_up(self, matches) -> None:
        living = [m for m in matches if not getattr(m, "archived", False)]
        if living:
            self.found.setText(self.tr("On file: %1").replace("%1", living[0].name))
            if not self.name.text().strip():
                self.name.setText(living[0].name)
        else:
            self.found.setText(self.tr("New customer"))

    # ------------------------------------------------------------ logging
    def entry(self):
        from app.services.sales.leads import ShowroomInput

        today = date.today()
        arrived = datetime.combine(today, self.arrived.time().toPython().replace(second=0,
                                                                                  microsecond=0))
        left = (datetime.combine(today, self.left.time().toPython().replace(second=0,
                                                                            microsecond=0))
                if self.left_check.isChecked() else None)
        return ShowroomInput(name=self.name.text(), phone=self.phone.text(),
                             kind=self.kind.currentData(), arrived_at=arrived, left_at=left,
                             party_size=self.party.value(), interest=self.interest.text(),
                             advisor_id=self.advisor.currentData())

    def log_entry(self) -> None:
        if self._writing:
            return
        leads, entry = self._services.leads, self.entry()
        note = words.timeline_notes()["opened"]
        self._writing = True
        self.banner.show_errors([])
        Op(self, lambda: leads.log_showroom(entry, note=note), writes=True,
           origin=self.parent()).success(lambda result: self._logged(result, entry)).failure(
            self._refused).run()

    def _refused(self, error: Exception) -> None:
        self._writing = False
        show_refusal(self, self.banner, error)

    def _logged(self, result, entry) -> None:
        self._writing = False
        self.last_result = result
        name = entry.name.strip() or entry.phone.strip()
        if result.new_customer:
            text = self.tr("%1: a new customer, and a new lead.")
        elif result.new_lead:
            text = self.tr("%1: found in the book; a new lead opened.")
        else:
            text = self.tr("%1: found in the book; their open lead updated.")
        if not result.first_visit:
            text += " " + self.tr("A return visit.")
        self.outcome.setText(text.replace("%1", name))
        for edit in (self.phone, self.name, self.interest):
            edit.clear()
        self.found.clear()
        self.party.setValue(1)
        self.left_check.setChecked(False)
        now = QTime.currentTime()
        self.arrived.setTime(now)
        self.left.setTime(now)
        self.phone.setFocus()
        self.logged.emit(result)
        self.read_today()

    # ------------------------------------------------------------ today's entries
    def read_today(self) -> None:
        from app.services.sales.lead_desk import showroom_visits_on

        leads = self._services.leads
        self._reads.run(lambda: showroom_visits_on(leads, date.today()), self._fill)

    def _fill(self, visits) -> None:
        self.visits = list(visits)
        self.today_title.setText(self.tr("Today: %n entry(s)", "", len(self.visits)))
        self.table.setRowCount(len(self.visits))
        for row, v in enumerate(self.visits):
            values = [v.arrived_at.strftime("%H:%M"),
                      v.left_at.strftime("%H:%M") if v.left_at else "",
                      words.visit_kind(v.kind), v.customer_name, format_phone(v.phone),
                      str(v.party_size), self.tr("Yes") if v.first_visit else "",
                      v.interest, v.advisor_name]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, v.customer_id)
                self.table.setItem(row, col, item)

    def _open_row(self, item: QTableWidgetItem) -> None:
        if self._open_customer is not None:
            self._open_customer(item.data(Qt.ItemDataRole.UserRole))



