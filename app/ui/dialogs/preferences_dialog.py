"""Preferences, built from the option declarations (app.desk.settings): a tab per section,
an editor per option made from its type; a few hand-made editors (the reminder table, this
desk's advisor, the maintenance intervals) registered against their options."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.desk.settings import OPTION, SECTIONS, Option, Preferences, section_options, translated
from app.domain.enums import ReminderKind
from app.domain.service_rules import MaintenanceInterval
from app.presentation import labels
from app.ui.widgets.fields import fill_combo, select_data

# the dialog's attribute for an option's editor, as tests and people's scripts know them
ATTRIBUTES = {
    "language": "language", "desk_advisor_id": "desk", "lock_after_minutes": "lock_after", "server_book": "book_place",
    "no_answer_expiry_days": "expiry", "escalation_days": "escalation",
    "post_service_days": "post_service", "at_risk_months": "at_risk", "lost_months": "lost",
    "maintenance_intervals": "intervals", "value_window_years": "value_years",
    "high_value_yuan": "high_value", "high_loyalty": "high_loyalty", "premium_makes": "premium",
    "backup_folder": "backup_folder", "backup_every_hours": "backup_every",
    "backup_on_close": "backup_on_close",
    "lead_levels": "lead_levels", "delivery_care_days": "care_days",
    "response_limit_hours": "response_limit", "opening_start": "opening_start",
    "opening_end": "opening_end", "lead_targets": "lead_targets",
}

# sections whose box grows with the dialog (a table); the others sit at the top of their tab
_GROWING = {"service_lane", "leads"}


def _whole_rows_height(table: QTableWidget, rows: int) -> int:
    """The height at which `table` shows its header and `rows` rows whole."""
    row = table.rowHeight(0) if table.rowCount() else table.verticalHeader().defaultSectionSize()
    return (table.horizontalHeader().sizeHint().height() + rows * row
            + 2 * table.frameWidth() + 2)


def _makes(text: str) -> frozenset[str]:
    return frozenset(m for m in re.split(r"[,，、;；\s]+", text) if m)


class PreferencesDialog(QDialog):
    def __init__(self, preferences: Preferences, staff=(), parent=None, *,
                 book_path: Path | None = None):
        """`staff`: the book's staff, active or not (only the active ones are offered; an
        inactive advisor of this desk is kept, shown as inactive). `book_path`: the book file,
        for the default backups folder (None for a book on a server)."""
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._preferences = preferences
        self._staff = staff
        self._readers: dict[str, Callable[[], Any]] = {}  # option name -> its value as shown
        self.intervals_changed = False
        tabs = QTabWidget(self)
        tabs.setObjectName("preferencesTabs")
        for section in SECTIONS:
            box = self._section_box(section.name, translated(section.box_title))
            if section.name in _GROWING:
                tabs.addTab(box, translated(section.title))
                continue
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.addWidget(box)
            page_layout.addStretch(1)
            tabs.addTab(page, translated(section.title))
        self._backup_folder_hints(book_path)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        # every tab title in view
        self.resize(max(520, self.sizeHint().width(), tabs.tabBar().sizeHint().width() + 32), 560)

    # ------------------------------------------------------------ built from the declarations
    def _section_box(self, section: str, title: str) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        made: set[str] = set()
        for option in section_options(section):
            if option.editor:
                if option.editor not in made:  # one hand-made editor for its options
                    made.add(option.editor)
                    getattr(self, f"_{option.editor}_editor")(form, option)
                continue
            widget, read = self._editor(option, self._preferences.value(option.name))
            self._register(option, widget, read)
            if option.kind == "bool":
                form.addRow(widget)
            elif option.kind == "folder":
                form.addRow(translated(option.label), self._with_choose_button(option, widget))
            else:
                form.addRow(translated(option.label), widget)
            self._add_note(form, option)
        return box

    def _editor(self, option: Option, value) -> tuple[QWidget, Callable[[], Any]]:
        """The widget for an option of its kind, showing `value`, and how to read it back."""
        kind = option.kind
        if kind == "bool":
            check = QCheckBox(translated(option.label))
            check.setChecked(bool(value))
            return check, check.isChecked
        if kind in ("int", "float"):
            spin = QSpinBox() if kind == "int" else QDoubleSpinBox()
            if kind == "float":
                spin.setDecimals(option.decimals)
            spin.setRange(option.minimum if option.minimum is not None else 0,
                          option.maximum if option.maximum is not None else 2_000_000_000)
            if option.step:
                spin.setSingleStep(option.step)
            if (option.maximum or 0) >= 100_000:  # 200,000 yuan reads better than 200000
                spin.setGroupSeparatorShown(True)
            spin.setValue(value)
            if option.suffix:
                spin.setSuffix(translated(option.suffix))
            return spin, spin.value
        if kind == "choice":
            combo = QComboBox(self)
            fill_combo(combo, [(v, translated(text)) for v, text in option.choices])
            select_data(combo, value)
            return combo, combo.currentData
        if kind == "makes":
            edit = QLineEdit("、".join(sorted(value)))
            edit.setCursorPosition(0)  # show the start of the list, not its end
            return edit, lambda: _makes(edit.text())
        edit = QLineEdit(str(value or ""))  # text, folder
        return edit, edit.text

    def _register(self, option: Option, widget: QWidget, read: Callable[[], Any]) -> None:
        if option.object_name:
            widget.setObjectName(option.object_name)
        if option.label:
            widget.setAccessibleName(translated(option.label))
        self._readers[option.name] = read
        if option.name in ATTRIBUTES:
            setattr(self, ATTRIBUTES[option.name], widget)

    def _add_note(self, form: QFormLayout, option: Option) -> None:
        if option.note:
            note = QLabel(translated(option.note))
            note.setWordWrap(True)
            form.addRow(note)

    def _with_choose_button(self, option: Option, edit: QLineEdit) -> QHBoxLayout:
        choose = QPushButton(self.tr("Choose…"))
        name = option.object_name
        choose.setObjectName("choose" + name[:1].upper() + name[1:])
        choose.clicked.connect(lambda: self._choose_folder(edit, translated(option.label)))
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(choose)
        return row

    def _choose_folder(self, edit: QLineEdit, title: str) -> None:
        start = edit.text().strip() or edit.placeholderText()
        # folders only: the dialog then has no reason to open the book's files
        chosen = QFileDialog.getExistingDirectory(
            self, title, start,
            QFileDialog.Option.ShowDirsOnly | QFileDialog.Option.DontResolveSymlinks)
        if chosen:
            edit.setText(chosen)

    # ------------------------------------------------------------ hand-made editors
    def _reminder_table_editor(self, form: QFormLayout, _option: Option) -> None:
        """Per reminder kind a row: its lead time and its look-back (options lead_<kind>
        and lookback_<kind>)."""
        table = QWidget()
        grid = QGridLayout(table)
        grid.setContentsMargins(0, 0, 0, 0)
        ahead_title = QLabel(self.tr("Show this many days ahead"))
        after_title = QLabel(self.tr("Drop off this many days after the date"))
        for title in (ahead_title, after_title):
            title.setWordWrap(True)
        grid.addWidget(ahead_title, 0, 1)
        grid.addWidget(after_title, 0, 2)
        self.lead: dict[ReminderKind, QSpinBox] = {}
        self.lookback: dict[ReminderKind, QSpinBox] = {}
        for row, kind in enumerate(ReminderKind, start=1):
            for column, (prefix, spins) in enumerate(
                    (("lead", self.lead), ("lookback", self.lookback)), start=1):
                option = OPTION[f"{prefix}_{kind.value}"]
                spin, read = self._editor(option, self._preferences.value(option.name))
                self._register(option, spin, read)
                spin.setAccessibleName(labels.reason(kind.value))
                grid.addWidget(spin, row, column)
                spins[kind] = spin
            name = QLabel(labels.reason(kind.value))
            name.setBuddy(self.lead[kind])
            grid.addWidget(name, row, 0)
        note = QLabel(self.tr(
            "A reminder nobody dealt with leaves the call sheet this many days after its "
            "date. Follow-ups keep their own rules (see the Follow-ups tab)."))
        note.setWordWrap(True)
        grid.addWidget(note, len(self.lead) + 1, 0, 1, 3)
        form.addRow(table)

    def _advisor_editor(self, form: QFormLayout, option: Option) -> None:
        desk = QComboBox(self)
        fill_combo(desk, [(None, self.tr("Everyone (no advisor)")),
                          *[(s.id, s.name) for s in self._staff if s.active]])
        desk_id = self._preferences.value(option.name)
        # an advisor made inactive stays this desk's until someone chooses another
        select_data(desk, desk_id, None if desk_id is None else self._inactive_text(
            next((s.name for s in self._staff if s.id == desk_id), f"#{desk_id}")))
        self._register(option, desk, desk.currentData)
        form.addRow(translated(option.label), desk)

    def _server_book_editor(self, form: QFormLayout, option: Option) -> None:
        """Which book Guanxi opens at start: the one on this computer, or a shared book on a
        server (its address kept without the password)."""
        self._server_kept = self._preferences.value(option.name)
        self._server_password: str | None = None  # kept in the keyring on OK when asked to
        self._server_remember = False
        self._server_needs_password = self._preferences.server_password_needed
        self._readers["server_password_needed"] = lambda: self._server_needs_password
        place = QLabel()
        place.setWordWrap(True)
        place.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._register(option, place, lambda: self._server_kept)
        self.choose_server = QPushButton(self.tr("Shared book on a server…"))
        self.choose_server.setObjectName("chooseServerBook")
        self.choose_server.clicked.connect(self._choose_server_book)
        self.use_local = QPushButton(self.tr("Use the book on this computer"))
        self.use_local.setObjectName("useLocalBook")
        self.use_local.clicked.connect(self._use_local_book)
        row = QHBoxLayout()
        row.addWidget(self.choose_server)
        row.addWidget(self.use_local)
        row.addStretch(1)
        form.addRow(translated(option.label), place)
        form.addRow("", row)
        self._add_note(form, option)
        self._show_book_place()

    def _kept_address(self):
        from app.domain.errors import BookError
        from app.services.admin.server_book import address_from_url

        if not self._server_kept:
            return None
        try:
            return address_from_url(self._server_kept)[0]
        except BookError:
            return None

    def _show_book_place(self) -> None:
        address = self._kept_address()
        self.book_place.setText(
            self.tr("The book on this computer") if address is None
            else self.tr("Shared book on a server: %1").replace("%1", address.shown))
        self.use_local.setEnabled(address is not None)

    def _choose_server_book(self) -> None:
        from app.ui.dialogs.server_book_dialog import ServerBookDialog

        dialog = ServerBookDialog(self._kept_address(), self)
        if dialog.exec() and dialog.address is not None:
            self._server_kept = dialog.address.kept
            self._server_password, self._server_remember = dialog.password, dialog.remember
            self._server_needs_password = dialog.password is not None
            self._show_book_place()
        dialog.deleteLater()

    def _use_local_book(self) -> None:
        self._server_kept, self._server_password, self._server_remember = "", None, False
        self._show_book_place()

    def _intervals_editor(self, form: QFormLayout, option: Option) -> None:
        table = QTableWidget(0, 3)
        table.setHorizontalHeaderLabels([self.tr("Make"), self.tr("Months"), self.tr("Kilometres")])
        table.verticalHeader().hide()
        table.setMinimumHeight(140)
        for make, interval in sorted(self._preferences.value(option.name).items()):
            row = table.rowCount()
            table.insertRow(row)
            table.setItem(row, 0, QTableWidgetItem(make))
            table.setItem(row, 1, QTableWidgetItem(str(interval.months)))
            table.setItem(row, 2, QTableWidgetItem(str(interval.km)))
        self._register(option, table, lambda: self._intervals_shown(table))
        form.addRow(QLabel(translated(option.label)))
        form.addRow(table)

    @staticmethod
    def _intervals_shown(table: QTableWidget) -> dict[str, MaintenanceInterval]:
        intervals = {}
        for row in range(table.rowCount()):
            cells = [table.item(row, col) for col in range(3)]
            try:
                make = cells[0].text().strip()
                months, km = int(cells[1].text()), int(cells[2].text())
            except (AttributeError, ValueError):
                continue
            if make and months > 0 and km > 0:
                intervals[make] = MaintenanceInterval(months, km)
        return intervals

    # ------------------------------------------------------------ leads (issue 16)
    def _lead_levels_editor(self, form: QFormLayout, option: Option) -> None:
        """The intent levels, a row each: code, name (empty: the standard words), the
        horizon, the days to the next follow-up after a contact, the days without contact
        after which an open lead is dormant."""
        table = QTableWidget(0, 5)
        table.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Name"), self.tr("Buys within (days)"),
            self.tr("Follow up every (days)"), self.tr("Dormant after (days)")])
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        for level in self._preferences.value(option.name):
            self._add_level_row(table, (level.code, level.name, level.horizon_days,
                                        level.cadence_days, level.dormant_days))
        table.resizeColumnsToContents()
        table.setMinimumHeight(_whole_rows_height(table, 6))
        add = QPushButton(self.tr("Add a level"))
        add.setObjectName("addLeadLevel")
        add.clicked.connect(lambda: self._add_level_row(table, ("", "", 30, 7, 14), edit=True))
        remove = QPushButton(self.tr("Remove the level"))
        remove.setObjectName("removeLeadLevel")
        remove.clicked.connect(lambda: table.currentRow() >= 0
                               and table.removeRow(table.currentRow()))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        self._register(option, table, lambda: self._levels_shown(table))
        form.addRow(QLabel(translated(option.label)))
        form.addRow(table)
        form.addRow(buttons)
        note = QLabel(self.tr("A contact sets the lead's next follow-up from its level; an "
                              "empty name shows the standard words (O ordered, H within a "
                              "week, A within 15 days, B within a month, C within 3 months)."))
        note.setWordWrap(True)
        form.addRow(note)

    @staticmethod
    def _add_level_row(table: QTableWidget, values, edit: bool = False) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for col, value in enumerate(values):
            table.setItem(row, col, QTableWidgetItem(str(value)))
        if edit:
            table.setCurrentCell(row, 0)
            table.editItem(table.item(row, 0))

    @staticmethod
    def _levels_shown(table: QTableWidget):
        from app.domain.leads import IntentLevel

        levels = []
        for row in range(table.rowCount()):
            cells = [table.item(row, col) for col in range(5)]
            try:
                code, name = cells[0].text().strip().upper(), cells[1].text().strip()
                horizon, cadence, dormant = (int(c.text()) for c in cells[2:])
            except (AttributeError, ValueError):
                continue
            if code:
                levels.append(IntentLevel(code, max(0, horizon), max(0, cadence),
                                          max(1, dormant), name))
        return tuple(levels)

    def _care_days_editor(self, form: QFormLayout, option: Option) -> None:
        edit = QLineEdit(", ".join(str(d) for d in self._preferences.value(option.name)))

        def read():
            days = sorted({option.clamp(int(p)) for p in re.split(r"[^0-9]+", edit.text())
                           if p})
            return tuple(days) if days else option.default

        self._register(option, edit, read)
        form.addRow(translated(option.label), edit)
        self._add_note(form, option)

    def _opening_editor(self, form: QFormLayout, option: Option) -> None:
        """The showroom's opening hours (options opening_start and opening_end)."""
        row = QHBoxLayout()
        for name in ("opening_start", "opening_end"):
            each = OPTION[name]
            value = self._preferences.value(name)
            edit = QTimeEdit()
            edit.setDisplayFormat("HH:mm")
            edit.setTime(value)
            self._register(each, edit, lambda e=edit: e.time().toPython().replace(second=0))
            row.addWidget(edit)
            if name == "opening_start":
                row.addWidget(QLabel("–"))
        row.addStretch(1)
        form.addRow(translated(option.label), row)

    def _lead_targets_editor(self, form: QFormLayout, option: Option) -> None:
        """Each active advisor's monthly target of won leads (0: none)."""
        kept = dict(self._preferences.value(option.name))
        people = [s for s in self._staff if s.active]
        table = QTableWidget(len(people), 2)
        table.setHorizontalHeaderLabels([self.tr("Advisor"), self.tr("Won leads a month")])
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        spins: dict[int, QSpinBox] = {}
        for row, person in enumerate(people):
            name = QTableWidgetItem(person.name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, 0, name)
            spin = QSpinBox()
            spin.setRange(0, 999)
            spin.setValue(kept.get(person.id, 0))
            spin.setAccessibleName(person.name)
            table.setCellWidget(row, 1, spin)
            spins[person.id] = spin
        table.resizeColumnsToContents()
        table.setMinimumHeight(_whole_rows_height(table, 3))
        self.target_spins = spins

        def read() -> dict[int, int]:
            # advisors no longer active keep their targets until someone clears them
            targets = {k: v for k, v in kept.items() if k not in spins}
            targets.update({k: spin.value() for k, spin in spins.items() if spin.value() > 0})
            return targets

        self._register(option, table, read)
        form.addRow(QLabel(translated(option.label)))
        form.addRow(table)

    def _lead_rules_problem(self, values: dict[str, Any]) -> str:
        """What does not hold together in the lead rules shown ("" when all is well)."""
        codes = [level.code for level in values["lead_levels"]]
        if not codes:
            return self.tr("Keep at least one intent level.")
        if len(set(codes)) != len(codes):
            return self.tr("Two intent levels have the same code: give each its own.")
        if not values["opening_start"] < values["opening_end"]:
            return self.tr("The showroom must close after it opens.")
        return ""

    def _backup_folder_hints(self, book_path: Path | None) -> None:
        from app.services.admin.backups import default_folder

        self.backup_folder.setPlaceholderText(
            str(default_folder(book_path)) if book_path is not None
            else self.tr("A “backups” folder beside the book"))
        self.backup_folder.setToolTip(
            self.tr("Leave empty for a “backups” folder beside the book."))

    def _inactive_text(self, name: str) -> str:
        return self.tr("%1 (inactive)", "an advisor who no longer works here").replace("%1", name)

    # ------------------------------------------------------------ keeping the choices
    def shown_values(self) -> dict[str, Any]:
        """Option name -> the value its editor shows (what OK keeps)."""
        values = {name: read() for name, read in self._readers.items()}
        # "lost" is never sooner than "at risk"
        values["lost_months"] = max(values["at_risk_months"], values["lost_months"])
        return values

    def accept(self) -> None:
        p = self._preferences
        values = self.shown_values()
        problem = self._lead_rules_problem(values)
        if problem:
            from app.ui.messages import show_error

            show_error(self, self.tr("Preferences not kept"), problem)
            return
        self.intervals_changed = values["maintenance_intervals"] != p.maintenance_intervals
        for name, value in values.items():
            if value != p.value(name):  # an untouched option stays unstored: later defaults apply
                p.set_value(name, value)
        if self._server_kept and self._server_password and self._server_remember:
            from app.services.admin.server_book import store_password

            store_password(self._kept_address(), self._server_password)
        super().accept()
