"""Add or edit a vehicle; the ownership history is shown beneath."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from app.domain.enums import PurchaseType
from app.domain.errors import BookError, ConflictError, ValidationError
from app.domain.records import VehicleInput, VehicleRecord
from app.domain.rules import validate_vehicle
from app.presentation import labels
from app.ui.messages import book_error, show_error
from app.ui.ops import Op, show_failure
from app.ui.widgets.fields import (
    DateField,
    ErrorBanner,
    collect_dates,
    fill_combo,
    optional_number,
    select_data,
    set_number,
    show_field_errors,
)

if TYPE_CHECKING:
    from app.services.customers.vehicles import VehicleService


class VehicleDialog(QDialog):
    def __init__(
        self,
        vehicles: VehicleService,
        owner_id: int,
        record: VehicleRecord | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.setObjectName("vehicleDialog")
        self._vehicles = vehicles
        self._owner_id = owner_id
        self._record = record
        self.saved: VehicleRecord | None = None
        self._writing = False  # a save's write under way
        self.setWindowTitle(self.tr("Edit vehicle") if record else self.tr("New vehicle"))

        self.banner = ErrorBanner(self)
        self.make = QLineEdit()
        self.model = QLineEdit()
        self.trim = QLineEdit()
        self.vin = QLineEdit()
        self.vin.setMaxLength(20)
        self.vin.setObjectName("vehicleVin")
        self.plate = QLineEdit()
        self.plate.setObjectName("vehiclePlate")
        self.plate.setPlaceholderText("京A·12345")
        self.colour = QLineEdit()
        self.year = optional_number(2100)
        self.purchase_date = DateField("purchase_date")
        self.purchase_type = QComboBox()
        fill_combo(self.purchase_type, [(p, labels.purchase_type(p)) for p in PurchaseType])
        self.price = optional_number(100_000_000, suffix=self.tr(" yuan"), grouped=True)
        self.mileage = optional_number(5_000_000, suffix=self.tr(" km"), grouped=True)
        self.insurance_expiry = DateField("insurance_expiry")
        self.inspection_due = DateField("inspection_due")
        self.warranty_end = DateField("warranty_end")
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)

        form = QFormLayout()
        self._labels = {
            "make": self.tr("Make"),
            "model": self.tr("Model"),
            "trim": self.tr("Series / trim"),
            "vin": self.tr("VIN"),
            "plate": self.tr("Plate"),
            "colour": self.tr("Colour"),
            "year": self.tr("Model year"),
            "purchase_date": self.tr("Purchase date"),
            "purchase_type": self.tr("Bought"),
            "price_yuan": self.tr("Price"),
            "mileage_km": self.tr("Mileage"),
            "insurance_expiry": self.tr("Insurance expires"),
            "inspection_due": self.tr("Annual inspection due"),
            "warranty_end": self.tr("Warranty ends"),
            "notes": self.tr("Notes"),
        }
        self._widgets = {
            "make": self.make,
            "model": self.model,
            "trim": self.trim,
            "vin": self.vin,
            "plate": self.plate,
            "colour": self.colour,
            "year": self.year,
            "purchase_date": self.purchase_date,
            "purchase_type": self.purchase_type,
            "price_yuan": self.price,
            "mileage_km": self.mileage,
            "insurance_expiry": self.insurance_expiry,
            "inspection_due": self.inspection_due,
            "warranty_end": self.warranty_end,
            "notes": self.notes,
        }
        for key, widget in self._widgets.items():
            form.addRow(self._labels[key], widget)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        if record and record.owners:
            history = [
                self.tr("{name}: {start} – {end}").format(
                    name=o.customer_name,
                    start=labels.date_text(o.start_date) or "?",
                    end=labels.date_text(o.end_date) or self.tr("now"),
                )
                for o in record.owners
            ]
            owners = QLabel(self.tr("Owners:") + "\n" + "\n".join(history))
            owners.setObjectName("ownershipHistory")
            layout.addWidget(owners)
        layout.addWidget(buttons)
        if record:
            self._load(record)

    def _load(self, r: VehicleRecord) -> None:
        self.make.setText(r.make)
        self.model.setText(r.model)
        self.trim.setText(r.trim)
        self.vin.setText(r.vin)
        self.plate.setText(r.plate)
        self.colour.setText(r.colour)
        set_number(self.year, r.year or 0)
        self.purchase_date.set_value(r.purchase_date)
        select_data(self.purchase_type, r.purchase_type)
        set_number(self.price, r.price_yuan or 0)
        set_number(self.mileage, r.mileage_km or 0)
        self.insurance_expiry.set_value(r.insurance_expiry)
        self.inspection_due.set_value(r.inspection_due)
        self.warranty_end.set_value(r.warranty_end)
        self.notes.setPlainText(r.notes)

    def collect(self) -> VehicleInput:
        dates, errors = collect_dates(
            [self.purchase_date, self.insurance_expiry, self.inspection_due, self.warranty_end]
        )
        data = VehicleInput(
            make=self.make.text(),
            model=self.model.text(),
            trim=self.trim.text(),
            vin=self.vin.text(),
            plate=self.plate.text(),
            colour=self.colour.text(),
            year=self.year.value() or None,
            purchase_type=self.purchase_type.currentData(),
            price_yuan=self.price.value() or None,
            mileage_km=self.mileage.value() or None,
            notes=self.notes.toPlainText(),
            **dates,
        )
        try:
            validate_vehicle(data)
        except ValidationError as exc:
            errors.extend(exc.errors)
        if errors:
            raise ValidationError(errors)
        return data

    def accept(self) -> None:
        """Save: the write runs off the interface thread and the dialog closes once it is
        written; a refused field or a failure keeps it open, saying why."""
        if self._writing:  # Enter again while the write is under way
            return
        try:
            data = self.collect()
        except ValidationError as exc:
            show_field_errors(self._widgets, self._labels, self.banner, exc.errors)
            return
        vehicles, owner_id, record = self._vehicles, self._owner_id, self._record

        def write() -> VehicleRecord:
            if record is None:
                return vehicles.add(owner_id, data)
            return vehicles.update(record.id, data, record.version)

        self._writing = True
        # the write is the card's, which outlives the dialog (gone once closed)
        Op(self, write, writes=True, origin=self.parent()).success(self._written).failure(
            self._not_written).run()

    def _written(self, saved: VehicleRecord) -> None:
        self._writing = False
        self.saved = saved
        super().accept()

    def _not_written(self, error: Exception) -> None:
        self._writing = False
        if isinstance(error, ValidationError):
            show_field_errors(self._widgets, self._labels, self.banner, error.errors)
        elif isinstance(error, ConflictError):
            show_error(
                self,
                self.tr("Not saved"),
                self.tr("Another desk changed this vehicle meanwhile. Close and open it again."),
            )
        elif isinstance(error, BookError):  # the book took nothing (damaged, read-only, full disk…)
            show_error(self, self.tr("Not saved"), book_error(error))
        else:
            show_failure(self, error, self.tr("Not saved"))

    def reject(self) -> None:
        if self._writing:  # the write under way ends first: it closes the dialog or says why not
            return
        super().reject()
