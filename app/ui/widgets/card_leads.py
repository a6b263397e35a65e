"""The customer's leads on the card (issue 16): a "Leads" tab with the leads (open ones
first: stage, intent level, models, next follow-up, advisor) and the customer's test
drives, and their steps: New lead…, Log contact…, the stage (moved, ordered, delivered,
asked to close as lost), Edit…, test drives scheduled, done or cancelled. "Pass to sales…"
is there for anyone who works the customer (a service advisor, the front desk), and in the
Sales menu."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.leads import CLOSED_STAGES, MOVABLE_STAGES, STAGE_ORDER, LeadStage, TestDriveState
from app.presentation import labels
from app.ui.dialogs import lead_words as words
from app.ui.ops import LatestRead, Op, show_failure
from app.ui.widgets.common import read_only_table

if TYPE_CHECKING:
    from app.services.sales.leads import LeadRecord, LeadService, TestDriveRecord

QUIET = QColor("#c62828")
CLOSED = QColor("#757575")
_CLOSED_VALUES = {s.value for s in CLOSED_STAGES}


def leads_in_order(records) -> list:
    """Open leads first (the soonest follow-up first), then the closed ones, newest first."""
    open_ = sorted((r for r in records if r.stage not in _CLOSED_VALUES),
                   key=lambda r: (r.next_follow_up or date.max, -r.id))
    closed = sorted((r for r in records if r.stage in _CLOSED_VALUES), key=lambda r: -r.id)
    return open_ + closed


class LeadsPanel(QWidget):
    """The Leads tab of the card. `changed()` is called after a step was written (the card
    reads the rest again: the timeline, the calls, a delivered car's vehicle)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("leadsPanel")
        self._leads: LeadService | None = None
        self._staff = None
        self._actor_role: Callable[[], str | None] = lambda: None
        self.changed: Callable[[], None] = self.reload  # (the card reads itself and the panel)
        self._select_after: int | None = None  # the lead a step wrote, chosen once read
        self.read_only = False
        self.customer_id: int | None = None
        self.customer_name = ""
        self.customer_advisor_id: int | None = None
        self.leads: list[LeadRecord] = []
        self.drives: list[TestDriveRecord] = []
        self._reads = LatestRead(self)

        self.table = read_only_table([
            self.tr("Stage"), self.tr("Level"), self.tr("Models"), self.tr("Next follow-up"),
            self.tr("Advisor"), self.tr("Source"), self.tr("Opened"),
        ], "cardLeadsTable", self)
        self.table.setAccessibleName(self.tr("Leads"))
        self.table.itemSelectionChanged.connect(self._update_enabled)
        self.table.itemDoubleClicked.connect(lambda _item: self.log_contact())
        self.drive_table = read_only_table([
            self.tr("Test drive"), self.tr("How"), self.tr("Model"), self.tr("Demo car"),
            self.tr("Advisor"), self.tr("State"), self.tr("Feedback"),
        ], "cardTestDrivesTable", self)
        self.drive_table.setAccessibleName(self.tr("Test drives"))
        self.drive_table.itemSelectionChanged.connect(self._update_enabled)

        self.new_button = self._button(self.tr("New lead…"), "newLead", self.new_lead)
        self.contact_button = self._button(self.tr("Log contact…"), "leadLogContact",
                                           self.log_contact)
        self.contact_button.setToolTip(self.tr("A call or visit with the prospect; the next "
                                               "follow-up follows the intent level"))
        self.edit_button = self._button(self.tr("Edit…"), "editLead", self.edit_lead)
        self.stage_button = QToolButton(self)
        self.stage_button.setObjectName("leadStage")
        self.stage_button.setText(self.tr("Stage"))
        self.stage_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.stage_menu = QMenu(self.stage_button)
        self.stage_menu.setObjectName("leadStageMenu")
        self.move_actions: dict[str, QAction] = {}
        for stage in STAGE_ORDER:
            if stage in MOVABLE_STAGES:
                action = self.stage_menu.addAction(
                    self.tr("Move to: %1").replace("%1", words.lead_stage(stage.value)))
                action.setObjectName(f"leadMove_{stage.value}")
                action.triggered.connect(lambda _=False, s=stage.value: self.move(s))
                self.move_actions[stage.value] = action
        self.stage_menu.addSeparator()
        self.order_action = self._menu_action(self.stage_menu, self.tr("Order…"),
                                              "leadOrder", self.order)
        self.deliver_action = self._menu_action(self.stage_menu, self.tr("Deliver…"),
                                                "leadDeliver", self.deliver)
        self.cancel_order_action = self._menu_action(
            self.stage_menu, self.tr("Cancel order…"), "leadCancelOrder", self.cancel_order)
        self.cancel_order_action.setToolTip(self.tr(
            "The customer withdrew, the financing fell through, the car cannot come: the "
            "lead is worked again or asked to close as lost"))
        self.stage_menu.addSeparator()
        self.lost_action = self._menu_action(self.stage_menu, self.tr("Ask to close as lost…"),
                                             "leadAskLost", self.ask_lost)
        self.stage_button.setMenu(self.stage_menu)
        self.drive_button = QToolButton(self)
        self.drive_button.setObjectName("leadTestDrive")
        self.drive_button.setText(self.tr("Test drive"))
        self.drive_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        drive_menu = QMenu(self.drive_button)
        self.schedule_action = self._menu_action(drive_menu, self.tr("Schedule…"),
                                                 "testDriveSchedule", self.schedule_drive)
        self.done_action = self._menu_action(drive_menu, self.tr("Done…"), "testDriveDone",
                                             self.complete_drive)
        self.cancel_drive_action = self._menu_action(drive_menu, self.tr("Cancel it"),
                                                     "testDriveCancel", self.cancel_drive)
        self.drive_button.setMenu(drive_menu)
        self.summary = QLabel(self)
        self.summary.setObjectName("cardLeadsSummary")

        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.contact_button)
        bar.addWidget(self.stage_button)
        bar.addWidget(self.drive_button)
        bar.addWidget(self.edit_button)
        bar.addStretch(1)
        self.bar = bar  # ("Pass to sales…" joins it: CardLeads)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.drive_table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        self._update_enabled()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _=False: slot())
        return button

    def _menu_action(self, menu: QMenu, text: str, name: str, slot) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(lambda _=False: slot())
        return action

    def attach(self, leads: LeadService, staff, actor_role: Callable[[], str | None]) -> None:
        self._leads, self._staff, self._actor_role = leads, staff, actor_role
        self._update_enabled()

    # ------------------------------------------------------------ reading (with the card)
    def read_with_card(self, customer_id: int) -> tuple[Callable[[], Any], Callable[[Any], None]]:
        return self._reading(customer_id), self._reads.deliver_to(self._fill)

    def show_customer(self, customer_id: int | None) -> None:
        read = self._reading(customer_id)
        if self._leads is None or customer_id is None:
            self._reads.deliver_to(self._fill)(read())
        else:
            self._reads.run(read, self._fill)

    def reload(self) -> None:
        self.show_customer(self.customer_id)

    def loading(self) -> bool:
        return self._reads.loading()

    def _reading(self, customer_id: int | None) -> Callable[[], Any]:
        self.customer_id = customer_id
        leads = self._leads
        if leads is None or customer_id is None:
            return lambda: ([], [])
        from app.services.sales.lead_desk import test_drives_of_customer

        return lambda: (leads.of_customer(customer_id), test_drives_of_customer(leads, customer_id))

    def _fill(self, read) -> None:
        records, drives = read
        chosen = self.selected()
        self.leads = leads_in_order(records)
        self.drives = list(drives)
        rules = self._leads.rules if self._leads is not None else None
        table = self.table
        table.setRowCount(len(self.leads))
        for row, r in enumerate(self.leads):
            stage = words.lead_stage(r.stage)
            if r.lost_review == "requested":
                stage = self.tr("%1 · asked to close as lost").replace("%1", stage)
            elif r.stage == LeadStage.LOST.value and r.lost_reason:
                stage = f"{stage} · {words.lost_reason(r.lost_reason)}"
            follow = labels.date_text(r.next_follow_up)
            if r.dormant:
                follow = self.tr("%1 (quiet for %n day(s))", "", r.quiet_days).replace("%1", follow)
            values = [stage, words.level_text(rules, r.level) if rules else r.level, r.models,
                      follow, r.advisor_name, words.lead_source(r.source),
                      labels.date_text(r.created_at.date())]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                if r.stage in _CLOSED_VALUES:
                    item.setForeground(QBrush(CLOSED))
                elif col == 3 and r.dormant:
                    item.setForeground(QBrush(QUIET))
                table.setItem(row, col, item)
        self.drive_table.setRowCount(len(self.drives))
        for row, d in enumerate(self.drives):
            values = [labels.datetime_text(d.at), words.test_drive_kind(d.kind), d.model,
                      d.plate, d.advisor_name, words.test_drive_state(d.state), d.feedback]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, d.id)
                if d.state != TestDriveState.SCHEDULED.value:
                    item.setForeground(QBrush(CLOSED))
                self.drive_table.setItem(row, col, item)
        open_count = sum(1 for r in self.leads if r.stage not in _CLOSED_VALUES)
        self.summary.setText(self.tr("%n lead(s)", "", len(self.leads)) + " · "
                             + self.tr("%n open", "leads", open_count))
        wanted = self._select_after or (chosen.id if chosen is not None else None)
        self._select_after = None
        if wanted is not None and any(r.id == wanted for r in self.leads):
            self.select(wanted)
        elif self.leads:
            self.table.selectRow(0)
        self._update_enabled()

    # ------------------------------------------------------------ choosing
    def selected(self) -> LeadRecord | None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.leads) or not self.table.selectedItems():
            return None
        return self.leads[row]

    def select(self, lead_id: int) -> None:
        for row, r in enumerate(self.leads):
            if r.id == lead_id:
                self.table.selectRow(row)
                return

    def selected_drive(self) -> TestDriveRecord | None:
        row = self.drive_table.currentRow()
        if row < 0 or row >= len(self.drives) or not self.drive_table.selectedItems():
            return None
        return self.drives[row]

    def _update_enabled(self) -> None:
        working = self._leads is not None and not self.read_only and self.customer_id is not None
        lead = self.selected()
        is_open = working and lead is not None and lead.stage not in _CLOSED_VALUES
        self.new_button.setEnabled(working)
        self.contact_button.setEnabled(is_open)
        self.edit_button.setEnabled(working and lead is not None)
        self.stage_button.setEnabled(is_open)
        for stage, action in self.move_actions.items():
            action.setEnabled(is_open and lead.stage != stage)
        self.order_action.setEnabled(is_open and lead.lost_review != "requested")
        self.deliver_action.setEnabled(is_open)
        self.cancel_order_action.setEnabled(is_open and lead.stage == LeadStage.ORDERED.value)
        self.lost_action.setEnabled(is_open and lead.stage != LeadStage.ORDERED.value
                                    and lead.lost_review != "requested")
        drive = self.selected_drive()
        scheduled = working and drive is not None and drive.state == TestDriveState.SCHEDULED.value
        self.drive_button.setEnabled(is_open or scheduled)
        self.schedule_action.setEnabled(is_open)
        self.done_action.setEnabled(scheduled)
        self.cancel_drive_action.setEnabled(scheduled)

    # ------------------------------------------------------------ the steps
    def _step(self, dialog) -> Any:
        """Run a step's dialog; after a write, the panel and the card read again."""
        accepted = dialog.exec()
        record = dialog.result_record if accepted else None
        dialog.deleteLater()
        if record is not None:
            self._after_write(getattr(record, "lead_id", None) or record.id)
        return record

    def _after_write(self, lead_id: int | None = None) -> None:
        self._select_after = lead_id
        self.changed()

    def _staff_list(self) -> list:
        return self._staff.list(active_only=False) if self._staff is not None else []

    def new_lead(self):
        if not self.new_button.isEnabled():
            return None
        from app.ui.dialogs.lead_dialogs import LeadDialog

        return self._step(LeadDialog(self._leads, self._staff_list(), self.customer_id,
                                     self.customer_name, self.customer_advisor_id, parent=self))

    def edit_lead(self):
        lead = self.selected()
        if lead is None or not self.edit_button.isEnabled():
            return None
        from app.ui.dialogs.lead_dialogs import LeadDialog

        return self._step(LeadDialog(self._leads, self._staff_list(), self.customer_id,
                                     self.customer_name, self.customer_advisor_id, lead,
                                     parent=self))

    def log_contact(self):
        lead = self.selected()
        if lead is None or not self.contact_button.isEnabled():
            return None
        from app.ui.dialogs.lead_dialogs import ContactDialog

        return self._step(ContactDialog(self._leads, lead, parent=self))

    def move(self, stage: str) -> None:
        """Move the lead to `stage`; an ordered lead goes back only by cancelling its order
        (the dialog asks why, and whether it is worked again)."""
        lead = self.selected()
        if lead is None or not self.stage_button.isEnabled() or lead.stage == stage:
            return
        if lead.stage == LeadStage.ORDERED.value:
            self.cancel_order(back_to=stage)
            return
        leads, note = self._leads, words.timeline_notes()["stage"]
        stage_words = words.lead_stage(stage)
        Op(self, lambda: leads.move(lead.id, stage, note=note, stage_words=stage_words),
           writes=True).success(lambda record: self._after_write(record.id)).failure(
            lambda error: self._refused(error, self.tr("Not moved"))).run()

    def _refused(self, error: Exception, title: str) -> None:
        from app.domain.errors import ValidationError
        from app.ui.dialogs.lead_dialogs import lead_error
        from app.ui.messages import show_error

        if isinstance(error, ValidationError):
            show_error(self, title, "\n".join(lead_error(e) for e in error.errors))
        else:
            show_failure(self, error, title)

    def order(self):
        lead = self.selected()
        if lead is None or not self.order_action.isEnabled():
            return None
        from app.ui.dialogs.lead_dialogs import OrderDialog

        return self._step(OrderDialog(self._leads, lead, parent=self))

    def deliver(self):
        lead = self.selected()
        if lead is None or not self.deliver_action.isEnabled():
            return None
        from app.ui.dialogs.lead_dialogs import DeliverDialog

        return self._step(DeliverDialog(self._leads, lead, parent=self))

    def cancel_order(self, back_to: str = LeadStage.NEGOTIATION.value):
        lead = self.selected()
        if lead is None or not self.cancel_order_action.isEnabled():
            return None
        from app.ui.dialogs.lead_dialogs import CancelOrderDialog

        return self._step(CancelOrderDialog(self._leads, lead, parent=self, back_to=back_to))

    def ask_lost(self):
        lead = self.selected()
        if lead is None or not self.lost_action.isEnabled():
            return None
        from app.ui.dialogs.lead_dialogs import LostDialog

        return self._step(LostDialog(self._leads, lead, parent=self))

    def schedule_drive(self):
        lead = self.selected()
        if lead is None or not self.schedule_action.isEnabled():
            return None
        from app.ui.dialogs.lead_dialogs import TestDriveDialog

        return self._step(TestDriveDialog(self._leads, self._staff_list(), lead, parent=self))

    def complete_drive(self):
        drive = self.selected_drive()
        if drive is None or not self.done_action.isEnabled():
            return None
        from app.ui.dialogs.lead_dialogs import DriveDoneDialog

        return self._step(DriveDoneDialog(self._leads, drive, parent=self))

    def cancel_drive(self, ask: bool = True) -> None:
        drive = self.selected_drive()
        if drive is None or not self.cancel_drive_action.isEnabled():
            return
        if ask and QMessageBox.question(
                self, self.tr("Cancel the test drive"),
                self.tr("Cancel the test drive of %1? Its call leaves the advisor's call "
                        "sheet.").replace("%1", labels.datetime_text(drive.at))
        ) != QMessageBox.StandardButton.Yes:
            return
        leads = self._leads
        Op(self, lambda: leads.cancel_test_drive(drive.id), writes=True).success(
            lambda _record: self._after_write()).failure(
            lambda error: self._refused(error, self.tr("Not cancelled"))).run()


class CardLeads(QObject):
    """Puts the Leads tab on the card (read with the card) with "Pass to sales…"; the card
    reads itself again after a step."""

    def __init__(self, card, services):
        super().__init__(card)
        self.card = card
        self._services = services
        self.panel = LeadsPanel(card)
        self.panel.attach(services.leads, services.staff, self._role)
        self.panel.changed = self._changed
        card.tabs.addTab(self.panel, self.tr("Leads"))
        card.more_panels.append(self.panel)
        self.refer_button = QPushButton(self.tr("Pass to sales…"), self.panel)
        self.refer_button.setObjectName("passToSales")
        self.refer_button.setToolTip(self.tr(
            "A trade-in, a used car, finance, insurance or accessories: pass the customer "
            "to a sales advisor with a note"))
        self.refer_button.clicked.connect(lambda _=False: self.refer())
        # (in the tab's bar, not the card's header: the card keeps its least width)
        self.panel.bar.addWidget(self.refer_button)
        card.header_updated.append(self._card_shown)
        self._card_shown()

    def _role(self) -> str | None:
        return self._services.book.actor.role

    def _card_shown(self) -> None:
        card = self.card
        record = card._card.customer if card._card is not None else None
        self.panel.read_only = card.read_only
        self.panel.customer_name = record.name if record is not None else ""
        self.panel.customer_advisor_id = record.advisor_id if record is not None else None
        self.refer_button.setEnabled(record is not None and not card.read_only
                                     and not record.archived)
        self.panel._update_enabled()

    def _changed(self) -> None:
        if self.card.is_dirty():  # (the card reads only its other tabs: the panel itself)
            self.panel.reload()
        self.card.refresh_after_panel_change()

    def refer(self):
        card = self.card
        if not self.refer_button.isEnabled() or card._card is None:
            return None
        from app.ui.dialogs.lead_dialogs import ReferralDialog

        c = card._card.customer
        dialog = ReferralDialog(self._services.leads,
                                self._services.staff.list(active_only=False), c.id, c.name,
                                c.advisor_id, self._role(), parent=card)
        accepted = dialog.exec()
        record = dialog.result_record if accepted else None
        dialog.deleteLater()
        if record is not None:
            self.card.tabs.setCurrentWidget(self.panel)
            self.panel._select_after = record.id
            self._changed()
        return record
