"""The customer card's service history: every visit while the customer owned the car."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.visit_records import VisitRecord
from app.ui.dialogs.visit_dialog import (
    VisitDialog,
    delete_visit,
    edit_visit,
    format_yuan,
    selected_visit,
    visit_type_label,
)
from app.ui.ops import LatestRead
from app.ui.widgets.common import read_only_table

if TYPE_CHECKING:
    from app.services.admin.staff import StaffService
    from app.services.service_lane.visits import VisitService


class VisitsPanel(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("visitsPanel")
        self._visits: VisitService | None = None
        self._staff: StaffService | None = None
        self.customer_id: int | None = None
        self._vehicle_ids: list[int] | None = None
        self._items: list[VisitRecord] = []
        self._reads = LatestRead(self)

        self.table = read_only_table([
            self.tr("Date"), self.tr("Plate"), self.tr("Type"), self.tr("Mileage (km)"),
            self.tr("Total (yuan)"), self.tr("Satisfaction"), self.tr("Work done"),
        ], "visitsPanelTable", self)

        self.new_button = QPushButton(self.tr("New visit…"), self)
        self.new_button.setObjectName("visitsPanelNew")
        self.new_button.clicked.connect(lambda _=False: self.new_visit())
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName("visitsPanelEdit")
        self.edit_button.setToolTip(self.tr("Correct the selected visit (or double-click it)"))
        self.edit_button.clicked.connect(lambda _=False: self.edit_selected())
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setObjectName("visitsPanelDelete")
        self.delete_button.setToolTip(self.tr("Delete the selected visit (asks first)"))
        self.delete_button.clicked.connect(lambda _=False: self.delete_selected())
        self.table.itemSelectionChanged.connect(self._update_enabled)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.summary = QLabel(self)

        bar = QHBoxLayout()
        bar.addWidget(self.summary)
        bar.addStretch(1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self._update_enabled()

    def attach(self, visits: VisitService, staff: StaffService) -> None:
        self._visits = visits
        self._staff = staff
        self._update_enabled()

    def show_customer(self, customer_id: int | None, vehicle_ids: list[int] | None = None) -> None:
        """List the customer's visits, read off the interface thread (an older request's
        arriving late is dropped); vehicle_ids (the card's vehicles), when given, lets
        "New visit…" go straight to the customer's only vehicle."""
        self.set_vehicles(vehicle_ids)
        read = self._reading(customer_id)
        if self._visits is None or customer_id is None:
            self._reads.deliver_to(self._fill)(read())  # nothing to read
        else:
            self._reads.run(read, self._fill)

    def read_with_card(self, customer_id: int) -> tuple[Callable[[], Any], Callable[[Any], None]]:
        """For the card's own read: what to read off the interface thread, and what shows it
        (unless the panel was asked for something newer meanwhile); the card gives the
        vehicles with `set_vehicles`."""
        return self._reading(customer_id), self._reads.deliver_to(self._fill)

    def set_vehicles(self, vehicle_ids: list[int] | None) -> None:
        self._vehicle_ids = list(vehicle_ids) if vehicle_ids is not None else None

    def loading(self) -> bool:
        return self._reads.loading()

    def _reading(self, customer_id: int | None) -> Callable[[], Any]:
        self.customer_id = customer_id
        visits = self._visits
        if visits is None or customer_id is None:
            return list
        return lambda: visits.history_of_customer(customer_id)

    def reload(self) -> None:
        """Read the visits again (the vehicles given stay)."""
        self.show_customer(self.customer_id, self._vehicle_ids)

    def _fill(self, visits: list[VisitRecord]) -> None:
        self._items = list(visits)
        table = self.table
        table.setRowCount(len(self._items))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, v in enumerate(self._items):
            values = [
                v.date_in.isoformat(),
                v.plate,
                visit_type_label(v.visit_type),
                f"{v.mileage_km:,}" if v.mileage_km is not None else "",
                format_yuan(v.total_fen),
                str(v.satisfaction) if v.satisfaction is not None else "",
                "、".join(i.description for i in v.items),
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, v.id)
                if col in (3, 4, 5):
                    item.setTextAlignment(right)
                table.setItem(row, col, item)
        self.summary.setText(self.tr("%n visit(s)", "", len(self._items)))
        self._update_enabled()

    def records(self) -> list[VisitRecord]:
        return list(self._items)

    def only_vehicle(self) -> int | None:
        """The customer's vehicle when there is exactly one (else the dialog asks the plate)."""
        if self._vehicle_ids is not None:
            ids = set(self._vehicle_ids)
        else:
            ids = {v.vehicle_id for v in self._items}
        return next(iter(ids)) if len(ids) == 1 else None

    def new_visit(self) -> VisitRecord | None:
        if self._visits is None or self._staff is None or self.customer_id is None:
            return None
        # the dialog's write op names the dialog, a child of the card's view: the change
        # signal skips that view (the card refreshes itself)
        dialog = VisitDialog(self._visits, self._staff, self.only_vehicle(), self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        saved = dialog.saved if accepted else None
        dialog.deleteLater()
        if saved is not None:
            self.reload()
            self.changed.emit()
        return saved

    def selected(self) -> VisitRecord | None:
        return selected_visit(self.table, self._items)

    def edit_selected(self) -> VisitRecord | None:
        visit = self.selected()
        if visit is None or not self.edit_button.isEnabled() or self._staff is None:
            return None
        saved = edit_visit(self, self._visits, self._staff, visit)
        if saved is not None:
            self.reload()
            self.changed.emit()
        return saved

    def delete_selected(self) -> bool:
        visit = self.selected()
        if visit is None or not self.delete_button.isEnabled():
            return False

        def refresh() -> None:
            self.reload()
            self.changed.emit()

        return delete_visit(self, self._visits, visit, refresh)

    def _update_enabled(self) -> None:
        self.new_button.setEnabled(self._visits is not None and self._visits.writable
                                   and self.customer_id is not None)
        chosen = (self._visits is not None and self._visits.writable
                  and self.selected() is not None)
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
