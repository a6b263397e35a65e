"""Preferences: language, this desk's advisor, reminder lead times, follow-up rules, backups."""

from __future__ import annotations

import re
from pathlib import Path

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
    QVBoxLayout,
    QWidget,
)

from app.desk.settings import Preferences
from app.domain.enums import ReminderKind
from app.domain.service_rules import MaintenanceInterval
from app.presentation import labels
from app.ui.widgets.fields import fill_combo, select_data


def _days(value: int, maximum: int = 365) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setValue(value)
    return spin


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
        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        fill_combo(
            self.language,
            [("", self.tr("Same as the system")), ("zh_CN", "简体中文"), ("en", "English")],
        )
        select_data(self.language, preferences.language)
        note = QLabel(self.tr("A new language takes effect the next time Guanxi starts."))
        note.setWordWrap(True)
        self.desk = QComboBox(self)
        self.desk.setObjectName("deskAdvisor")
        fill_combo(self.desk, [(None, self.tr("Everyone (no advisor)")),
                               *[(s.id, s.name) for s in staff if s.active]])
        desk_id = preferences.desk_advisor_id
        # an advisor made inactive stays this desk's until someone chooses another
        select_data(self.desk, desk_id, None if desk_id is None else self._inactive_text(
            next((s.name for s in staff if s.id == desk_id), f"#{desk_id}")))

        general = QGroupBox(self.tr("General"))
        form = QFormLayout(general)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(note)
        form.addRow(self.tr("This desk's advisor"), self.desk)

        leads = QGroupBox(self.tr("Reminders on the call sheet"))
        lead_grid = QGridLayout(leads)
        ahead_title = QLabel(self.tr("Show this many days ahead"))
        after_title = QLabel(self.tr("Drop off this many days after the date"))
        for title in (ahead_title, after_title):
            title.setWordWrap(True)
        lead_grid.addWidget(ahead_title, 0, 1)
        lead_grid.addWidget(after_title, 0, 2)
        self.lead = {}
        self.lookback = {}
        lookbacks = preferences.lookback_days
        for row, (kind, days) in enumerate(preferences.lead_days.items(), start=1):
            kind = ReminderKind(kind)
            spin = _days(days)
            spin.setObjectName(f"lead_{kind.value}")
            spin.setSuffix(self.tr(" days"))
            # a late greeting is no call: a reminder leaves the call sheet after this
            after = _days(lookbacks[kind], 90)
            after.setObjectName(f"lookback_{kind.value}")
            after.setSuffix(self.tr(" days"))
            name = QLabel(labels.reason(kind.value))
            name.setBuddy(spin)
            lead_grid.addWidget(name, row, 0)
            lead_grid.addWidget(spin, row, 1)
            lead_grid.addWidget(after, row, 2)
            self.lead[kind] = spin
            self.lookback[kind] = after
        lead_note = QLabel(self.tr(
            "A reminder nobody dealt with leaves the call sheet this many days after its "
            "date. Follow-ups keep their own rules (see the Follow-ups tab)."))
        lead_note.setWordWrap(True)
        lead_grid.addWidget(lead_note, len(self.lead) + 1, 0, 1, 3)

        rules = QGroupBox(self.tr("Follow-ups"))
        rules_form = QFormLayout(rules)
        self.expiry = _days(preferences.no_answer_expiry_days, 90)
        self.expiry.setSuffix(self.tr(" days"))
        self.escalation = _days(preferences.escalation_days, 60)
        self.escalation.setSuffix(self.tr(" days"))
        rules_form.addRow(self.tr("Keep calling after no answer for"), self.expiry)
        rules_form.addRow(self.tr("Show to the manager when overdue by"), self.escalation)

        service = QGroupBox(self.tr("Service lane"))
        service_form = QFormLayout(service)
        self.post_service = _days(preferences.post_service_days, 60)
        self.post_service.setSuffix(self.tr(" days"))
        thresholds = preferences.lapse_thresholds
        self.at_risk = _days(thresholds.at_risk_months, 120)
        self.at_risk.setSuffix(self.tr(" months"))
        self.lost = _days(thresholds.lost_months, 240)
        self.lost.setSuffix(self.tr(" months"))
        service_form.addRow(self.tr("After-service call after"), self.post_service)
        service_form.addRow(self.tr("At risk after no visit for"), self.at_risk)
        service_form.addRow(self.tr("Lost after no visit for"), self.lost)
        self.intervals = QTableWidget(0, 3)
        self.intervals.setObjectName("maintenanceIntervals")
        self.intervals.setHorizontalHeaderLabels(
            [self.tr("Make"), self.tr("Months"), self.tr("Kilometres")])
        self.intervals.verticalHeader().hide()
        self.intervals.setMinimumHeight(140)
        for make, interval in sorted(preferences.maintenance_intervals.items()):
            row = self.intervals.rowCount()
            self.intervals.insertRow(row)
            self.intervals.setItem(row, 0, QTableWidgetItem(make))
            self.intervals.setItem(row, 1, QTableWidgetItem(str(interval.months)))
            self.intervals.setItem(row, 2, QTableWidgetItem(str(interval.km)))
        service_form.addRow(QLabel(self.tr("Maintenance interval per make (whichever comes first)")))
        service_form.addRow(self.intervals)
        self.intervals_changed = False

        value = QGroupBox(self.tr("Customer value"))
        value_form = QFormLayout(value)
        self.value_years = _days(preferences.value_window_years, 20)
        self.value_years.setMinimum(1)
        self.value_years.setObjectName("valueWindowYears")
        self.value_years.setSuffix(self.tr(" years"))
        vt = preferences.value_thresholds
        self.high_value = QSpinBox()
        self.high_value.setObjectName("highValueYuan")
        self.high_value.setRange(0, 100_000_000)
        self.high_value.setSingleStep(10_000)
        self.high_value.setGroupSeparatorShown(True)
        self.high_value.setValue(vt.high_value_yuan)
        self.high_value.setSuffix(self.tr(" yuan"))
        self.high_loyalty = QDoubleSpinBox()
        self.high_loyalty.setObjectName("highLoyalty")
        self.high_loyalty.setRange(0, 1000)
        self.high_loyalty.setDecimals(1)
        self.high_loyalty.setValue(vt.high_loyalty)
        self.premium = QLineEdit("、".join(sorted(preferences.premium_makes)))
        self.premium.setObjectName("premiumMakes")
        self.premium.setCursorPosition(0)  # show the start of the list, not its end
        value_form.addRow(self.tr("Count sales and service of the last"), self.value_years)
        value_form.addRow(self.tr("High value from"), self.high_value)
        value_form.addRow(self.tr("High loyalty from a score of"), self.high_loyalty)
        loyalty_note = QLabel(self.tr(
            "Loyalty score = visits a year + kinds of service used + 2 × referrals. "
            "Top tier: high value and high loyalty; middle: one of the two; small: neither."))
        loyalty_note.setWordWrap(True)
        value_form.addRow(loyalty_note)
        value_form.addRow(self.tr("Premium makes or models"), self.premium)
        premium_note = QLabel(self.tr("Separate them with commas."))
        value_form.addRow(premium_note)

        backups = self._backups_box(preferences, book_path)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        tabs = QTabWidget(self)
        tabs.setObjectName("preferencesTabs")
        tabs.addTab(general, self.tr("General"))
        tabs.addTab(leads, self.tr("Reminders"))
        calls = QWidget()
        calls_layout = QVBoxLayout(calls)
        calls_layout.addWidget(rules)
        calls_layout.addStretch(1)
        tabs.addTab(calls, self.tr("Follow-ups"))
        tabs.addTab(service, self.tr("Service lane"))
        value_tab = QWidget()
        value_layout = QVBoxLayout(value_tab)
        value_layout.addWidget(value)
        value_layout.addStretch(1)
        tabs.addTab(value_tab, self.tr("Customer value"))
        backups_tab = QWidget()
        backups_layout = QVBoxLayout(backups_tab)
        backups_layout.addWidget(backups)
        backups_layout.addStretch(1)
        tabs.addTab(backups_tab, self.tr("Backups"))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(max(520, self.sizeHint().width()), 560)  # every tab title in view

    def _inactive_text(self, name: str) -> str:
        return self.tr("%1 (inactive)", "an advisor who no longer works here").replace("%1", name)

    def _backups_box(self, preferences: Preferences, book_path: Path | None) -> QGroupBox:
        from app.services.admin.backups import default_folder

        box = QGroupBox(self.tr("Backups"))
        form = QFormLayout(box)
        self.backup_folder = QLineEdit(preferences.backup_folder)
        self.backup_folder.setObjectName("backupFolder")
        self.backup_folder.setPlaceholderText(
            str(default_folder(book_path)) if book_path is not None
            else self.tr("A “backups” folder beside the book"))
        self.backup_folder.setToolTip(self.tr("Leave empty for a “backups” folder beside the book."))
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("chooseBackupFolder")
        choose.clicked.connect(self._choose_backup_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(choose)
        self.backup_every = QSpinBox()
        self.backup_every.setObjectName("backupEveryHours")
        self.backup_every.setRange(1, 24)
        self.backup_every.setValue(preferences.backup_every_hours)
        self.backup_every.setSuffix(self.tr(" hours"))
        self.backup_on_close = QCheckBox(self.tr("Back up the book when Guanxi closes"))
        self.backup_on_close.setObjectName("backupOnClose")
        self.backup_on_close.setChecked(preferences.backup_on_close)
        form.addRow(self.tr("Backups folder"), folder_row)
        form.addRow(self.tr("While the book is open, back up every"), self.backup_every)
        form.addRow(self.backup_on_close)
        note = QLabel(self.tr(
            "Each backup is checked before older ones are removed. Kept: one a day for the last "
            "7 days, one a week for 4 weeks and one a month for 12 months. Keep the backups on "
            "another disk or a USB drive to be safe from a broken disk."))
        note.setWordWrap(True)
        form.addRow(note)
        return box

    def _choose_backup_folder(self) -> None:
        start = self.backup_folder.text().strip() or self.backup_folder.placeholderText()
        # folders only: the dialog then has no reason to open the book's files
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Backups folder"), start,
            QFileDialog.Option.ShowDirsOnly | QFileDialog.Option.DontResolveSymlinks)
        if chosen:
            self.backup_folder.setText(chosen)

    def accept(self) -> None:
        p = self._preferences
        p.language = self.language.currentData()
        p.desk_advisor_id = self.desk.currentData()
        p.backup_folder = self.backup_folder.text()
        p.backup_every_hours = self.backup_every.value()
        p.backup_on_close = self.backup_on_close.isChecked()
        for kind, spin in self.lead.items():
            p.set_lead_days(kind, spin.value())
        for kind, spin in self.lookback.items():
            p.set_lookback_days(kind, spin.value())
        p.no_answer_expiry_days = self.expiry.value()
        p.escalation_days = self.escalation.value()
        p.post_service_days = self.post_service.value()
        p.set_lapse_thresholds(self.at_risk.value(), self.lost.value())
        p.value_window_years = self.value_years.value()
        p.set_value_thresholds(self.high_value.value(), self.high_loyalty.value())
        makes = re.split(r"[,，、;；\s]+", self.premium.text())
        p.set_premium_makes(m for m in makes if m)
        intervals = {}
        for row in range(self.intervals.rowCount()):
            cells = [self.intervals.item(row, col) for col in range(3)]
            try:
                make = cells[0].text().strip()
                months, km = int(cells[1].text()), int(cells[2].text())
            except (AttributeError, ValueError):
                continue
            if make and months > 0 and km > 0:
                intervals[make] = MaintenanceInterval(months, km)
        self.intervals_changed = intervals != p.maintenance_intervals
        if self.intervals_changed:
            p.set_maintenance_intervals(intervals)
        super().accept()
