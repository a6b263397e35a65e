"""Log a service visit from the keyboard: plate, dates, type, mileage, work items, save."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import VisitType
from app.domain.errors import (
    BookError,
    ConflictError,
    FieldError,
    NotFoundError,
    ValidationError,
)
from app.domain.visit_records import MileageReading, VisitInput, VisitRecord, WorkItem
from app.ui.messages import book_error, show_error
from app.ui.ops import Op, show_failure
from app.ui.widgets.common import fill_advisors
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
    from app.services.admin.staff import StaffService
    from app.services.service_lane.visits import VisitService

MAX_MILEAGE_KM = 2_000_000


def visit_type_label(value: str) -> str:
    """The kind of visit in the person's words."""
    return {
        VisitType.MAINTENANCE: QCoreApplication.translate("Labels", "Maintenance"),
        VisitType.REPAIR: QCoreApplication.translate("Labels", "Repair"),
        VisitType.BODYWORK: QCoreApplication.translate("Labels", "Bodywork and paint"),
        VisitType.WARRANTY: QCoreApplication.translate("Labels", "Warranty"),
        VisitType.INSPECTION: QCoreApplication.translate("Labels", "Annual inspection", "a kind of service visit"),
        VisitType.WASH: QCoreApplication.translate("Labels", "Car wash"),
        VisitType.ACCESSORY: QCoreApplication.translate("Labels", "Accessories fitted"),
    }[VisitType(value)]


def satisfaction_label(score: int) -> str:
    """A satisfaction score with its word: 1 very dissatisfied … 5 very satisfied."""
    word = {
        1: QCoreApplication.translate("Labels", "very dissatisfied"),
        2: QCoreApplication.translate("Labels", "dissatisfied"),
        3: QCoreApplication.translate("Labels", "neither satisfied nor dissatisfied"),
        4: QCoreApplication.translate("Labels", "satisfied"),
        5: QCoreApplication.translate("Labels", "very satisfied"),
    }[score]
    return f"{score} – {word}"


def last_reading_text(reading: MileageReading | None) -> str:
    """The reading a new mileage is checked against, as shown beside the field."""
    if reading is None:
        return QCoreApplication.translate("VisitDialog", "no earlier reading")
    km = f"{reading.km:,}"
    if reading.on is None:
        return QCoreApplication.translate("VisitDialog", "last: %1 km (vehicle card)") \
            .replace("%1", km)
    return QCoreApplication.translate("VisitDialog", "last: %1 km on %2") \
        .replace("%1", km).replace("%2", reading.on.isoformat())


def parse_yuan(text: str) -> int | None:
    """An amount typed in yuan (480, 480.50, 1,200, ¥480) as fen; None when empty.

    Raises ValueError when the text is not a number."""
    cleaned = text.replace(",", "").replace("，", "").replace("¥", "").replace("￥", "").strip()
    if not cleaned:
        return None
    try:
        amount = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not amount.is_finite():
        raise ValueError(text)
    return int(round(amount * 100))


def format_yuan(fen: int) -> str:
    """Fen as yuan with two decimals and thousands separators: 148050 → 1,480.50."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}{yuan:,}.{cents:02d}"


class WorkItemsTable(QTableWidget):
    """Description and amount; Enter or Tab past the last cell opens a new row."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 2, parent)
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(1, 110)
        self.add_row()

    def add_row(self) -> int:
        row = self.rowCount()
        self.insertRow(row)
        self.setItem(row, 0, QTableWidgetItem(""))
        amount = QTableWidgetItem("")
        amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setItem(row, 1, amount)
        return row

    def row_is_empty(self, row: int) -> bool:
        return all(not (self.item(row, c) and self.item(row, c).text().strip())
                   for c in range(self.columnCount()))

    def edit_cell(self, row: int, column: int) -> None:
        self.setCurrentCell(row, column)
        self.editItem(self.item(row, column))

    def _advance(self, row: int, column: int) -> None:
        """From (row, column) to the next cell, opening a row after a filled last one."""
        if column == 0:
            self.edit_cell(row, 1)
        elif row + 1 < self.rowCount():
            self.edit_cell(row + 1, 0)
        elif not self.row_is_empty(row):
            self.edit_cell(self.add_row(), 0)
        else:
            self.focusNextChild()

    def closeEditor(self, editor, hint) -> None:  # noqa: N802 (Qt override)
        row, column = self.currentRow(), self.currentColumn()
        if hint in (QAbstractItemDelegate.EndEditHint.EditNextItem,
                    QAbstractItemDelegate.EndEditHint.SubmitModelCache) and row >= 0:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._advance(row, column)
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        row, column = self.currentRow(), self.currentColumn()
        key = event.key()
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        editing = self.state() == QAbstractItemView.State.EditingState
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and row >= 0 and not editing:
            self.edit_cell(row, column)
            return
        if plain and key == Qt.Key.Key_Tab and row == self.rowCount() - 1 \
                and column == self.columnCount() - 1:
            self._advance(row, column)
            return
        super().keyPressEvent(event)

    def commit_open_editor(self) -> None:
        """Keep what is being typed in a cell (Ctrl+Enter saves without leaving it)."""
        focus = QApplication.focusWidget()
        if focus is not None and focus is not self and self.isAncestorOf(focus):
            self.commitData(focus)
            super().closeEditor(focus, QAbstractItemDelegate.EndEditHint.NoHint)


class VisitDialog(QDialog):
    def __init__(
        self,
        visits: VisitService,
        staff: StaffService,
        vehicle_id: int | None = None,
        parent=None,
        visit: VisitRecord | None = None,
    ):
        """A new visit, or with `visit` that visit to correct (its car stays fixed)."""
        super().__init__(parent)
        self.setObjectName("visitDialog")
        self.setWindowTitle(self.tr("Edit service visit") if visit is not None
                            else self.tr("New service visit"))
        self._visits = visits
        self._staff = staff
        self.visit = visit
        self.vehicle_id: int | None = None
        self.saved: VisitRecord | None = None
        self._writing = False  # a save's write under way
        today = date.today()

        self.banner = ErrorBanner(self)
        self.plate = QLineEdit(self)
        self.plate.setObjectName("visitPlate")
        self.plate.setPlaceholderText(self.tr("Plate or part of it, then Enter"))
        self.vehicle_label = QLabel(self)
        self.vehicle_label.setObjectName("visitVehicle")
        self.matches = QListWidget(self)
        self.matches.setObjectName("visitPlateMatches")
        self.matches.setMaximumHeight(110)
        self.matches.hide()
        self.date_in = DateField("date_in", self)
        self.date_in.set_value(today)
        self.date_out = DateField("date_out", self)
        self.date_out.set_value(today)
        self.visit_type = QComboBox(self)
        self.visit_type.setObjectName("visitType")
        fill_combo(self.visit_type, [(t, visit_type_label(t)) for t in VisitType])
        self.mileage = optional_number(MAX_MILEAGE_KM, suffix=self.tr(" km"), grouped=True)
        self.mileage.setParent(self)
        self.mileage.setObjectName("visitMileage")
        self.last_mileage = QLabel(self)
        self.last_mileage.setObjectName("visitLastMileage")
        self.last_mileage.setToolTip(self.tr("A lower mileage is questioned before it is saved."))
        self.items = WorkItemsTable(self)
        self.items.setObjectName("visitItems")
        self.items.setHorizontalHeaderLabels([self.tr("Work done"), self.tr("Amount (yuan)")])
        self.items.setMinimumHeight(140)
        self.total = QLabel(self)
        self.total.setObjectName("visitTotal")
        self.advisor = QComboBox(self)
        self.advisor.setObjectName("visitAdvisor")
        fill_advisors(self.advisor, staff, "—")
        self.satisfaction = QComboBox(self)
        self.satisfaction.setObjectName("visitSatisfaction")
        fill_combo(self.satisfaction,
                   [(None, "—")] + [(n, satisfaction_label(n)) for n in range(1, 6)])
        self.satisfaction.setAccessibleName(self.tr("Satisfaction"))
        self.comments = QLineEdit(self)
        self.comments.setObjectName("visitComments")

        self._labels = {
            "plate": self.tr("Plate"),
            "date_in": self.tr("Date in"),
            "date_out": self.tr("Date out"),
            "visit_type": self.tr("Type"),
            "mileage_km": self.tr("Mileage"),
            "items": self.tr("Work items"),
            "service_advisor_id": self.tr("Service advisor"),
            "satisfaction": self.tr("Satisfaction"),
            "comments": self.tr("Comments"),
        }
        self._widgets: dict[str, QWidget] = {
            "plate": self.plate,
            "date_in": self.date_in,
            "date_out": self.date_out,
            "visit_type": self.visit_type,
            "mileage_km": self.mileage,
            "items": self.items,
            "service_advisor_id": self.advisor,
            "satisfaction": self.satisfaction,
        }

        form = QFormLayout()
        form.addRow(self._labels["plate"], self.plate)
        form.addRow("", self.vehicle_label)
        form.addRow("", self.matches)
        form.addRow(self._labels["date_in"], self.date_in)
        form.addRow(self._labels["date_out"], self.date_out)
        form.addRow(self._labels["visit_type"], self.visit_type)
        mileage_row = QHBoxLayout()
        mileage_row.addWidget(self.mileage)
        mileage_row.addWidget(self.last_mileage, 1)
        form.addRow(self._labels["mileage_km"], mileage_row)
        form.addRow(self._labels["items"], self.items)
        form.addRow("", self.total)
        form.addRow(self._labels["service_advisor_id"], self.advisor)
        form.addRow(self._labels["satisfaction"], self.satisfaction)
        form.addRow(self._labels["comments"], self.comments)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("visitSave")
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        for button in buttons.buttons():
            button.setAutoDefault(False)
            button.setDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)

        order = [self.plate, self.matches, self.date_in, self.date_out, self.visit_type,
                 self.mileage, self.items, self.advisor, self.satisfaction, self.comments,
                 self.save_button]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save,
                      context=Qt.ShortcutContext.WindowShortcut)
        self.plate.returnPressed.connect(self.look_up_plate)
        self.plate.textEdited.connect(self._plate_edited)
        self.matches.itemActivated.connect(self._match_chosen)
        self.items.itemChanged.connect(self._update_total)
        self.date_in.textChanged.connect(self._update_last_mileage)

        if visit is not None:
            self._fix_vehicle(visit.vehicle_id)
            self._fill(visit)
            self.date_in.setFocus()
        elif vehicle_id is not None:
            self._fix_vehicle(vehicle_id)
            self.date_in.setFocus()
        else:
            self.plate.setFocus()
        self._update_total()
        self._update_last_mileage()

    def _fill(self, visit: VisitRecord) -> None:
        self.date_in.set_value(visit.date_in)
        self.date_out.set_value(visit.date_out)
        select_data(self.visit_type, visit.visit_type)
        set_number(self.mileage, visit.mileage_km or 0)
        select_data(self.advisor, visit.service_advisor_id,
                    visit.service_advisor_name or None)
        select_data(self.satisfaction, visit.satisfaction)
        self.comments.setText(visit.comments)
        self.items.setRowCount(0)
        for item in visit.items:
            row = self.items.add_row()
            self.items.item(row, 0).setText(item.description)
            self.items.item(row, 1).setText(format_yuan(item.amount_fen))
        self.items.add_row()

    def _update_last_mileage(self, *_args) -> None:
        """Beside the mileage: the reading it will be checked against on the day in."""
        if self.vehicle_id is None:
            self.last_mileage.clear()
            return
        try:
            day = self.date_in.value()
        except ValidationError:
            day = None
        reading = self._visits.last_reading(self.vehicle_id, day or date.today(),
                                            self.visit.id if self.visit is not None else None)
        self.last_mileage.setText(last_reading_text(reading))

    # ------------------------------------------------------------ plate
    def _fix_vehicle(self, vehicle_id: int) -> None:
        self._select(self._visits.vehicle_brief(vehicle_id))
        self.plate.setReadOnly(True)
        self.plate.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def look_up_plate(self) -> None:
        if self.plate.isReadOnly():
            return
        hits = self._visits.find_vehicles(self.plate.text())
        self.matches.clear()
        self.matches.hide()
        if not hits:
            self.vehicle_id = None
            self.vehicle_label.setText(self.tr("No vehicle with this plate in the book."))
            return
        if len(hits) == 1:
            self._select(hits[0])
            self.date_in.setFocus()
            return
        self.vehicle_id = None
        self.vehicle_label.setText(
            self.tr("%n vehicle(s) match: choose with the arrows and Enter.", "", len(hits)))
        for hit in hits:
            item = QListWidgetItem(f"{hit[1]}  {self._describe(hit)}")
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.matches.addItem(item)
        self.matches.setCurrentRow(0)
        self.matches.show()
        self.matches.setFocus()

    @staticmethod
    def _describe(hit: tuple[int, str, str, str]) -> str:
        return " · ".join(p for p in (hit[2], hit[3]) if p)

    def _select(self, hit: tuple[int, str, str, str]) -> None:
        self.vehicle_id = hit[0]
        self.plate.setText(hit[1])
        self.vehicle_label.setText(self._describe(hit))
        self.matches.hide()
        show_field_errors({"plate": self.plate}, self._labels, self.banner, [])
        self._update_last_mileage()

    def _match_chosen(self, item: QListWidgetItem) -> None:
        self._select(item.data(Qt.ItemDataRole.UserRole))
        self.date_in.setFocus()

    def _plate_edited(self, _text: str) -> None:
        self.vehicle_id = None
        self.vehicle_label.clear()
        self.last_mileage.clear()

    # ------------------------------------------------------------ items
    def _read_items(self) -> tuple[list[WorkItem], list[FieldError]]:
        items: list[WorkItem] = []
        errors: list[FieldError] = []
        for row in range(self.items.rowCount()):
            description = (self.items.item(row, 0).text() if self.items.item(row, 0) else "")
            amount_text = (self.items.item(row, 1).text() if self.items.item(row, 1) else "")
            if not description.strip() and not amount_text.strip():
                continue
            try:
                amount = parse_yuan(amount_text)
            except ValueError:
                errors.append(FieldError("items", "amount_invalid", amount_text))
                continue
            items.append(WorkItem(description.strip(), amount or 0))
        return items, errors

    def total_fen(self) -> int:
        kept = self._kept_total()
        if kept is not None:
            return kept
        items, _ = self._read_items()
        return sum(item.amount_fen for item in items)

    def _kept_total(self) -> int | None:
        """An edited visit's own total while its work items are as they were (an imported
        visit may have a total and no items: an edit must not make it zero)."""
        if self.visit is None:
            return None
        items, errors = self._read_items()
        if errors or tuple(items) != self.visit.items:
            return None
        return self.visit.total_fen

    def _update_total(self, *_args) -> None:
        self.total.setText(self.tr("Total: ¥%1").replace("%1", format_yuan(self.total_fen())))

    # ------------------------------------------------------------ save
    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # Enter moves through the form (the plate look-up, the list); it never closes it.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            event.accept()
            return
        super().keyPressEvent(event)

    def data(self) -> tuple[VisitInput | None, list[FieldError]]:
        dates, errors = collect_dates([self.date_in, self.date_out])
        if self.vehicle_id is None:
            errors.insert(0, FieldError("plate", "required"))
        if dates.get("date_in") is None and not any(e.field == "date_in" for e in errors):
            errors.append(FieldError("date_in", "required"))
        items, item_errors = self._read_items()
        errors += item_errors
        if errors:
            return None, errors
        mileage = self.mileage.value() or None
        return VisitInput(
            vehicle_id=self.vehicle_id,
            date_in=dates["date_in"],
            date_out=dates["date_out"],
            visit_type=VisitType(self.visit_type.currentData()),
            mileage_km=mileage,
            items=tuple(items),
            total_fen=self._kept_total(),
            service_advisor_id=self.advisor.currentData(),
            satisfaction=self.satisfaction.currentData(),
            comments=self.comments.text().strip(),
        ), []

    def save(self) -> None:
        """Write the visit off the interface thread; the dialog closes once it is written,
        and stays open, saying why, when it is not (Ctrl+Enter again meanwhile: nothing)."""
        if self._writing:
            return
        self.items.commit_open_editor()
        data, errors = self.data()
        if data is None:
            self.show_errors(errors)
            return
        self._store(data)

    def _store(self, data: VisitInput, confirm_lower_mileage: bool = False) -> None:
        visits, visit = self._visits, self.visit

        def write() -> VisitRecord:
            if visit is None:
                return visits.add(data, confirm_lower_mileage=confirm_lower_mileage)
            return visits.update(visit.id, data, visit.version,
                                 confirm_lower_mileage=confirm_lower_mileage)

        self._set_writing(True)
        # the write is named after what opened the dialog (a view, or the card's panel): the
        # dialog may be gone by the time the change signal asks whose write it was
        Op(self, write, writes=True, origin=self.parent()).success(self._written).failure(
            lambda error: self._not_written(data, error, confirm_lower_mileage)).run()

    def _set_writing(self, writing: bool) -> None:
        self._writing = writing
        self.save_button.setEnabled(not writing)

    def _written(self, record: VisitRecord) -> None:
        self._set_writing(False)
        self.saved = record
        self.accept()

    def _not_written(self, data: VisitInput, error: Exception, confirmed: bool) -> None:
        self._set_writing(False)
        if isinstance(error, ValidationError):
            lower = [e for e in error.errors if e.code == "mileage_lower"]
            if not confirmed and lower and len(lower) == len(error.errors):
                if self._lower_mileage_confirmed(lower[0]):
                    self._store(data, confirm_lower_mileage=True)
                    return
            self.show_errors(error.errors)
        elif isinstance(error, NotFoundError):
            if self.visit is None:
                self.show_errors([FieldError("plate", "required")])
            else:
                show_error(self, self.tr("Not saved"), self.tr(
                    "This visit was deleted at another desk, so your changes were not saved. "
                    "Close this window; log the visit again if it did take place."))
        elif isinstance(error, ConflictError):
            show_error(self, self.tr("Not saved"), self.tr(
                "Another desk changed this visit after you opened it, so your changes were "
                "not saved. They are still in this window: note them, close it and open the "
                "visit again."))
        elif isinstance(error, BookError):  # the book took nothing (read-only, full disk…)
            show_error(self, self.tr("Not saved"), book_error(error))
        else:
            show_failure(self, error, self.tr("Not saved"))

    def _lower_mileage_confirmed(self, lower: FieldError) -> bool:
        last = int(lower.detail) if lower.detail.isdigit() else None
        answer = QMessageBox.question(
            self,
            self.tr("Lower mileage"),
            self.tr("This mileage is lower than the last known %1 km. Save anyway?")
            .replace("%1", f"{last:,}" if last is not None else "?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        if self._writing:  # the write under way ends first: it closes the dialog or says why not
            return
        super().reject()

    def show_errors(self, errors: list[FieldError]) -> None:
        errors = [FieldError("plate", e.code, e.detail) if e.field == "vehicle_id" else e
                  for e in errors]
        show_field_errors(self._widgets, self._labels, self.banner, errors)


def selected_visit(table: QTableWidget, items: list[VisitRecord]) -> VisitRecord | None:
    """The visit of a list's selected row (found by its id, kept in the row's UserRole,
    not by its place in the list)."""
    chosen = table.selectedItems()
    if not chosen:
        return None
    visit_id = chosen[0].data(Qt.ItemDataRole.UserRole)
    return next((v for v in items if v.id == visit_id), None)


def edit_visit(parent: QWidget, visits: VisitService, staff: StaffService,
               visit: VisitRecord) -> VisitRecord | None:
    """Open `visit` for correction; the saved visit, or None when nothing changed."""
    dialog = VisitDialog(visits, staff, parent=parent, visit=visit)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    saved = dialog.saved if accepted else None
    dialog.deleteLater()
    return saved


def delete_visit(parent: QWidget, visits: VisitService, visit: VisitRecord,
                 refresh: Callable[[], None]) -> bool:
    """Ask, then delete `visit` with a note on the customer's timeline, on the writer
    thread; False when the person said no. `refresh()` once the lists should be read again
    (it went, or another desk had deleted or changed it)."""
    what = (QCoreApplication.translate("VisitDialog", "%1 visit of %2, %3")
            .replace("%1", visit_type_label(visit.visit_type))
            .replace("%2", visit.date_in.isoformat())
            .replace("%3", visit.plate or "—"))
    if visit.mileage_km is not None:
        what += QCoreApplication.translate("VisitDialog", ", %1 km").replace("%1", f"{visit.mileage_km:,}")
    what += QCoreApplication.translate("VisitDialog", ", ¥%1").replace("%1", format_yuan(visit.total_fen))
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("VisitDialog", "Delete service visit"),
        QCoreApplication.translate("VisitDialog", "Delete the %1?\n\nThe vehicle's mileage and next service are "
           "worked out again from the visits left, a post-service call not yet made is "
           "cancelled, and the deletion is noted on the customer's timeline. It cannot be "
           "undone.").replace("%1", what),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    note = QCoreApplication.translate("VisitDialog", "Service visit deleted: %1.").replace("%1", what)
    title = QCoreApplication.translate("VisitDialog", "Not deleted")

    def failed(error: Exception) -> None:
        if isinstance(error, NotFoundError):
            show_error(parent, title, QCoreApplication.translate("VisitDialog", "This visit had already been deleted at "
                                         "another desk. The list now shows the visits as they are."))
            refresh()  # gone all the same: the lists are refreshed
        elif isinstance(error, ConflictError):
            show_error(parent, title, QCoreApplication.translate("VisitDialog", "Another desk changed this visit after the "
                                         "list was shown, so it was kept. Look at it again, then "
                                         "delete it if it is still wrong."))
            refresh()  # refreshed, so that the next try sees the change
        elif isinstance(error, BookError):
            show_error(parent, title, book_error(error))
        else:
            show_failure(parent, error, title)

    visit_id, version = visit.id, visit.version
    Op(parent, lambda: visits.delete(visit_id, note, version), writes=True).success(
        lambda _result: refresh()).failure(failed).run()
    return True
