"""The card's "Family and dates" tab: household members and dated items (both feed reminders)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import CalendarKind, HouseholdRelation, ReminderKind
from app.domain.errors import ValidationError
from app.domain.reminder_records import HouseholdMemberRecord, ImportantDateRecord
from app.presentation import labels
from app.ui.messages import field_error, show_error
from app.ui.ops import LatestRead, Op, show_failure
from app.ui.widgets.common import read_only_table
from app.ui.widgets.fields import DateField, fill_combo, optional_number

if TYPE_CHECKING:
    from app.services.customers.household import HouseholdService


class HouseholdPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("householdPanel")
        self._service: HouseholdService | None = None
        self._customer_id: int | None = None
        self._reads = LatestRead(self)

        self.members = read_only_table([self.tr("Relation"), self.tr("Name"), self.tr("Birthday")],
                                       "householdTable")
        self.relation = QComboBox()
        fill_combo(self.relation, [(r, labels.relation(r.value)) for r in HouseholdRelation])
        self.member_name = QLineEdit()
        self.member_name.setObjectName("householdName")
        self.member_name.setPlaceholderText(self.tr("Name"))
        self.calendar = QComboBox()
        fill_combo(self.calendar, [(c, labels.calendar(c)) for c in CalendarKind])
        self.month = optional_number(12)
        self.day = optional_number(31)
        self.add_member_button = QPushButton(self.tr("Add"))
        self.add_member_button.setObjectName("addHouseholdMember")
        self.add_member_button.clicked.connect(self.add_member)
        self.remove_member_button = QPushButton(self.tr("Remove"))
        self.remove_member_button.clicked.connect(self.remove_member)
        member_row = QHBoxLayout()
        for widget in (self.relation, self.member_name, self.calendar, self.month, self.day,
                       self.add_member_button, self.remove_member_button):
            member_row.addWidget(widget)
        self.month.setPrefix(self.tr("Month "))
        self.day.setPrefix(self.tr("Day "))
        family = QGroupBox(self.tr("Family"))
        family_layout = QVBoxLayout(family)
        family_layout.addWidget(self.members)
        family_layout.addLayout(member_row)

        self.dates = read_only_table([self.tr("Date"), self.tr("What"), self.tr("Every year")],
                                     "importantDatesTable")
        self.date_kind = QComboBox()
        fill_combo(self.date_kind, [(k, labels.reason(k.value)) for k in
                                    (ReminderKind.WEDDING_ANNIVERSARY, ReminderKind.CUSTOM)])
        self.date_title = QLineEdit()
        self.date_title.setPlaceholderText(self.tr("What (e.g. the child's exam)"))
        self.date_value = DateField("on_date")
        self.date_value.setObjectName("importantDate")
        self.yearly = QCheckBox(self.tr("Every year"))
        self.yearly.setChecked(True)
        self.add_date_button = QPushButton(self.tr("Add"))
        self.add_date_button.setObjectName("addImportantDate")
        self.add_date_button.clicked.connect(self.add_date)
        self.remove_date_button = QPushButton(self.tr("Remove"))
        self.remove_date_button.clicked.connect(self.remove_date)
        date_row = QHBoxLayout()
        for widget in (self.date_kind, self.date_title, self.date_value, self.yearly,
                       self.add_date_button, self.remove_date_button):
            date_row.addWidget(widget)
        dated = QGroupBox(self.tr("Important dates"))
        dated_layout = QVBoxLayout(dated)
        dated_layout.addWidget(self.dates)
        dated_layout.addLayout(date_row)

        layout = QVBoxLayout(self)
        layout.addWidget(family)
        layout.addWidget(dated)

    def attach(self, service: HouseholdService) -> None:
        self._service = service

    def show_customer(self, customer_id: int | None) -> None:
        """Read and list the customer's household and dates off the interface thread (an
        older request's rows arriving late are dropped); None empties the panel."""
        read = self._reading(customer_id)
        if customer_id is None or self._service is None:
            self._reads.deliver_to(self._fill)(read())  # nothing to read
        else:
            self._reads.run(read, self._fill)

    def read_with_card(self, customer_id: int) -> tuple[Callable[[], Any], Callable[[Any], None]]:
        """For the card's own read: what to read off the interface thread, and what shows it
        (unless the panel was asked for something newer meanwhile)."""
        return self._reading(customer_id), self._reads.deliver_to(self._fill)

    def loading(self) -> bool:
        return self._reads.loading()

    def _reading(self, customer_id: int | None) -> Callable[[], Any]:
        self._customer_id = customer_id
        self.setEnabled(customer_id is not None)
        service = self._service
        if service is None or customer_id is None:
            return lambda: ([], [])
        return lambda: (service.members(customer_id), service.dates(customer_id))

    def reload(self) -> None:
        self.show_customer(self._customer_id)

    def _fill(self, read: tuple[list, list]) -> None:
        members, dates = read
        self.members.setRowCount(len(members))
        for row, m in enumerate(members):
            birthday = ""
            if m.birth_month and m.birth_day:
                birthday = f"{m.birth_month:02d}-{m.birth_day:02d}"
                if m.birthday_calendar == CalendarKind.LUNAR.value:
                    birthday = labels.reminder_detail("birthday", f"lunar:{m.birth_month}:{m.birth_day}:0")
            for col, value in enumerate((labels.relation(m.relation), m.name, birthday)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, m.id)
                self.members.setItem(row, col, item)
        self.dates.setRowCount(len(dates))
        for row, d in enumerate(dates):
            what = d.title or labels.reason(d.kind)
            for col, value in enumerate((d.on_date.isoformat(), what, "✓" if d.yearly else "")):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, d.id)
                self.dates.setItem(row, col, item)

    def _write(self, write: Callable[[], Any], written: Callable[[], None],
               title: str | None = None) -> None:
        """`write` on the writer thread; `written()` and the lists read again once it is in;
        a refused field or a failure said (under `title`), nothing written."""
        def done(_result: Any) -> None:
            written()
            self.reload()

        def failed(error: Exception) -> None:
            if isinstance(error, ValidationError) and error.errors and title is not None:
                show_error(self, title, field_error(error.errors[0]))
            else:
                show_failure(self, error, title)

        Op(self, write, writes=True).success(done).failure(failed).run()

    def add_member(self) -> None:
        if self._service is None or self._customer_id is None:
            return
        service = self._service
        member = HouseholdMemberRecord(
            customer_id=self._customer_id,
            name=self.member_name.text(),
            relation=str(self.relation.currentData()),
            birthday_calendar=str(self.calendar.currentData()),
            birth_month=self.month.value() or None,
            birth_day=self.day.value() or None,
        )
        self._write(lambda: service.add_member(member), self.member_name.clear, self.tr("Not added"))

    def add_date(self) -> None:
        if self._service is None or self._customer_id is None:
            return
        try:
            on = self.date_value.value()
        except ValidationError as exc:
            show_error(self, self.tr("Not added"), field_error(exc.errors[0]) if exc.errors
                       else self.tr("Give the date (YYYY-MM-DD)."))
            return
        if on is None:
            show_error(self, self.tr("Not added"), self.tr("Give the date (YYYY-MM-DD)."))
            return
        service = self._service
        item = ImportantDateRecord(self._customer_id, on, str(self.date_kind.currentData()),
                                   self.date_title.text(), self.yearly.isChecked())

        def written() -> None:
            self.date_title.clear()
            self.date_value.clear()

        self._write(lambda: service.add_date(item), written, self.tr("Not added"))

    def _selected(self, table: QTableWidget) -> int | None:
        item = table.item(table.currentRow(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def remove_member(self) -> None:
        member_id, service = self._selected(self.members), self._service
        if service is not None and member_id is not None:
            self._write(lambda: service.remove_member(member_id), lambda: None)

    def remove_date(self) -> None:
        date_id, service = self._selected(self.dates), self._service
        if service is not None and date_id is not None:
            self._write(lambda: service.remove_date(date_id), lambda: None)
