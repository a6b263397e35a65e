"""The staff screen (owner only): every staff member, add / edit / deactivate or reactivate
(never delete) / reset a password, hand a leaver's customers over, and which roles see full
contact details. The services refuse a person without the right whatever this shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import StaffRole
from app.domain.errors import FieldError, ValidationError
from app.domain.roles import Right
from app.domain.validation import format_phone
from app.presentation import labels
from app.services.permissions import refusal
from app.ui.ops import Op, failure_text, show_failure
from app.ui.widgets.common import read_only_table
from app.ui.widgets.fields import ErrorBanner, fill_combo, select_data, show_field_errors

if TYPE_CHECKING:
    from app.domain.records import StaffRecord
    from app.services.admin.book import Services


def refused_message(parent: QWidget | None, right: Right) -> bool:
    """True (after saying which roles may) when the person at the desk lacks `right`."""
    from app.ui.messages import show_error

    services = getattr(parent, "services", None)
    actor = getattr(getattr(services, "book", None), "actor", None)
    if actor is None or actor.may(right):
        return False
    show_error(parent, QCoreApplication.translate("StaffDialog", "Not allowed"),
               failure_text(refusal(right))[0])
    return True


class StaffDialog(QDialog):
    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.setObjectName("staffDialog")
        self.setWindowTitle(self.tr("Staff"))
        self.services = services
        self._members: list[StaffRecord] = []

        self.table = read_only_table(
            [self.tr("Name"), self.tr("Login"), self.tr("Role"), self.tr("Phone"),
             self.tr("Active"), self.tr("Account")], "staffTable", self)
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        self.add_button = self._button(self.tr("&Add…"), "addStaffButton", self.add)
        self.edit_button = self._button(self.tr("&Edit…"), "editStaffButton", self.edit_selected)
        self.active_button = self._button(self.tr("&Deactivate"), "deactivateStaffButton",
                                          self.toggle_active)
        self.password_button = self._button(self.tr("Reset &password…"), "resetPasswordButton",
                                            self.reset_password)
        self.hand_over_button = self._button(self.tr("&Hand over customers…"), "handOverButton",
                                             self.hand_over)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button,
                       self.password_button, self.hand_over_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        # the rights the owner gives per role: full contact details
        rights = QGroupBox(self.tr("Rights"), self)
        rights.setObjectName("staffRights")
        rights_layout = QVBoxLayout(rights)
        rights_layout.addWidget(QLabel(self.tr(
            "Sees full phone numbers, ID numbers and addresses (others see them masked, "
            "except on their own customers). Takes effect at each person's next sign-in.")))
        self.full_contact: dict[StaffRole, QCheckBox] = {}
        row = QHBoxLayout()
        for role in StaffRole:
            box = QCheckBox(labels.staff_role(role), rights)
            box.setObjectName(f"fullContact_{role.value}")
            self.full_contact[role] = box
            row.addWidget(box)
        row.addStretch(1)
        rights_layout.addLayout(row)
        self.rights_note = QLabel(rights)
        self.rights_note.setObjectName("rightsNote")
        rights_layout.addWidget(self.rights_note)
        rights.layout().itemAt(0).widget().setWordWrap(True)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(rights)
        layout.addWidget(close)
        self.refresh()
        self._show_rights()
        self.resize(820, 520)

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _=False: slot())
        return button

    # ------------------------------------------------------------------ the list
    def refresh(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else getattr(self.selected(), "id", None)
        self._members = self.services.staff.list(active_only=False)
        self.table.setRowCount(len(self._members))
        yes, no = self.tr("Yes"), self.tr("No")
        for r, m in enumerate(self._members):
            cells = (m.name, m.login or "", labels.staff_role(m.role),
                     format_phone(m.phone) if m.phone else "", yes if m.active else no,
                     yes if m.login and m.has_password else no)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, m.id)
                if not m.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(r, c, item)
        if keep is not None:
            for r, m in enumerate(self._members):
                if m.id == keep:
                    self.table.selectRow(r)
        self._selection_changed()

    def selected(self) -> StaffRecord | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self._members):
            return None
        return self._members[rows[0].row()]

    def select(self, staff_id: int) -> None:
        for r, m in enumerate(self._members):
            if m.id == staff_id:
                self.table.selectRow(r)

    def _selection_changed(self) -> None:
        member = self.selected()
        for button in (self.edit_button, self.active_button, self.password_button,
                       self.hand_over_button):
            button.setEnabled(member is not None)
        if member is not None:
            self.active_button.setText(self.tr("&Deactivate") if member.active
                                       else self.tr("&Reactivate"))
            self.password_button.setEnabled(bool(member.login))

    # ------------------------------------------------------------------ the actions
    def add(self) -> None:
        dialog = StaffEditDialog(self.services, None, self)
        if dialog.exec():
            self.refresh(dialog.saved.id)

    def edit_selected(self) -> None:
        member = self.selected()
        if member is None:
            return
        dialog = StaffEditDialog(self.services, member, self)
        if dialog.exec():
            self.refresh(dialog.saved.id)

    def toggle_active(self) -> None:
        member = self.selected()
        if member is None:
            return
        staff = self.services.staff
        if not member.active:
            Op(self, lambda: staff.reactivate(member.id), writes=True) \
                .success(lambda m: self.refresh(m.id)).run()
            return
        customers, follow_ups = self.services.handover.customers_of(member.id)
        if customers or follow_ups:
            answer = self.ask_hand_over(member, customers, follow_ups)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Yes:
                if not self.hand_over():
                    return
        Op(self, lambda: staff.deactivate(member.id), writes=True) \
            .success(lambda m: self.refresh(m.id)).run()

    def ask_hand_over(self, member: StaffRecord, customers: int, follow_ups: int):
        """Yes: hand over first; No: deactivate and keep them assigned; Cancel."""
        return QMessageBox.question(
            self, self.tr("Deactivate %1").replace("%1", member.name),
            self.tr("%1 still has %2 customers and %3 open follow-ups. Hand them over to "
                    "others before deactivating?").replace("%1", member.name)
            .replace("%2", str(customers)).replace("%3", str(follow_ups)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)

    def reset_password(self) -> None:
        member = self.selected()
        if member is None or not member.login:
            return
        dialog = PasswordDialog(self.services, member, self)
        if dialog.exec():
            self.refresh(member.id)

    def hand_over(self) -> bool:
        """The hand-over dialog for the selected member; True when it was done."""
        member = self.selected()
        if member is None or refused_message(self, Right.REASSIGN):
            return False
        dialog = HandOverDialog(self.services, member, self)
        done = bool(dialog.exec())
        if done:
            self.refresh(member.id)
        return done

    # ------------------------------------------------------------------ the rights
    def _show_rights(self) -> None:
        allowed = set(self.services.staff.full_contact_roles())
        for role, box in self.full_contact.items():
            box.blockSignals(True)
            box.setChecked(role in allowed or role is StaffRole.OWNER)
            box.setEnabled(role is not StaffRole.OWNER)
            box.blockSignals(False)
            if role is not StaffRole.OWNER and not box.property("connected"):
                box.setProperty("connected", True)
                box.toggled.connect(lambda _=False: self._store_rights())

    def _store_rights(self) -> None:
        roles = [r for r, box in self.full_contact.items() if box.isChecked()]
        staff = self.services.staff

        def stored(_roles) -> None:
            self.rights_note.setText(self.tr("Saved."))
            self._show_rights()

        def refused(error: Exception) -> None:
            self._show_rights()
            show_failure(self, error, self.tr("Not saved"))

        Op(self, lambda: staff.set_full_contact_roles(roles), writes=True) \
            .success(stored).failure(refused).run()


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class StaffEditDialog(QDialog):
    """Add a staff member (optionally with a password, typed twice) or edit one."""

    def __init__(self, services: Services, member: StaffRecord | None, parent=None):
        super().__init__(parent)
        self.setObjectName("staffEditDialog")
        self.setWindowTitle(self.tr("Add a staff member") if member is None
                            else self.tr("Edit %1").replace("%1", member.name))
        self.services, self.member = services, member
        self.saved: StaffRecord | None = None
        self.name = QLineEdit(member.name if member else "", self)
        self.name.setObjectName("staffName")
        self.login = QLineEdit(member.login or "" if member else "", self)
        self.login.setObjectName("staffLogin")
        self.role = QComboBox(self)
        self.role.setObjectName("staffRole")
        fill_combo(self.role, [(r, labels.staff_role(r)) for r in StaffRole])
        select_data(self.role, member.role if member else StaffRole.ADVISOR)
        self.phone = QLineEdit(member.phone if member else "", self)
        self.phone.setObjectName("staffPhone")
        self.banner = ErrorBanner(self)
        form = QFormLayout()
        self.field_labels = {"name": self.tr("Name"), "login": self.tr("Login"),
                             "role": self.tr("Role"), "phone": self.tr("Phone"),
                             "password": self.tr("Password")}
        form.addRow(self.field_labels["name"], self.name)
        form.addRow(self.field_labels["login"], self.login)
        form.addRow(self.field_labels["role"], self.role)
        form.addRow(self.field_labels["phone"], self.phone)
        self.password = self.password_again = None
        if member is None:
            self.password = _password_field(self, "staffPassword")
            self.password_again = _password_field(self, "staffPasswordAgain")
            form.addRow(self.field_labels["password"], self.password)
            form.addRow(self.tr("Password again"), self.password_again)
            hint = QLabel(self.tr("Leave the password empty for a staff member who does not "
                                  "sign in (a password needs a login)."), self)
            hint.setWordWrap(True)
            form.addRow(hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(440, 0)

    def _widgets(self) -> dict[str, QWidget]:
        found = {"name": self.name, "login": self.login, "role": self.role, "phone": self.phone}
        if self.password is not None:
            found["password"] = self.password
        return found

    def accept(self) -> None:
        staff = self.services.staff
        name, login, phone = self.name.text(), self.login.text(), self.phone.text()
        role = self.role.currentData()
        if self.member is None:
            password = self.password.text()
            if password != self.password_again.text():
                self._refused(ValidationError([FieldError("password", "password_mismatch")]))
                return
            work = lambda: staff.add(name, role, login=login, phone=phone,  # noqa: E731
                                     password=password or None)
        else:
            member_id = self.member.id
            work = lambda: staff.edit(member_id, name=name, login=login,  # noqa: E731
                                      role=role, phone=phone)
        Op(self, work, writes=True, origin=self.parent()).success(self._saved) \
            .failure(self._refused).run()

    def _saved(self, record: StaffRecord) -> None:
        self.saved = record
        super().accept()

    def _refused(self, error: Exception) -> None:
        if isinstance(error, ValidationError):
            show_field_errors(self._widgets(), self.field_labels, self.banner,
                              list(error.errors))
            return
        self.banner.show_errors([failure_text(error)[0]])


class PasswordDialog(QDialog):
    """A new password for a staff member, typed twice."""

    def __init__(self, services: Services, member: StaffRecord, parent=None):
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Reset the password of %1").replace("%1", member.name))
        self.services, self.member = services, member
        self.password = _password_field(self, "newPassword")
        self.password_again = _password_field(self, "newPasswordAgain")
        self.banner = ErrorBanner(self)
        form = QFormLayout()
        form.addRow(self.tr("New password"), self.password)
        form.addRow(self.tr("Password again"), self.password_again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%1 signs in as %2.").replace("%1", member.name)
                                .replace("%2", member.login or "")))
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(380, 0)

    def accept(self) -> None:
        if self.password.text() != self.password_again.text():
            self.banner.show_errors([self.tr("The two passwords are not the same.")])
            return
        staff, member_id, password = self.services.staff, self.member.id, self.password.text()
        Op(self, lambda: staff.reset_password(member_id, password), writes=True,
           origin=self.parent()).success(lambda _: super(PasswordDialog, self).accept()) \
            .failure(lambda e: self.banner.show_errors([failure_text(e)[0]])).run()


class HandOverDialog(QDialog):
    """A leaver's customers and pending follow-ups to one or several others, with a preview
    of how many each gets."""

    def __init__(self, services: Services, member: StaffRecord, parent=None):
        super().__init__(parent)
        self.setObjectName("handOverDialog")
        self.setWindowTitle(self.tr("Hand over the customers of %1").replace("%1", member.name))
        self.services, self.member = services, member
        self.plan = None
        customers, follow_ups = services.handover.customers_of(member.id)
        intro = QLabel(self.tr("%1 has %2 customers and %3 open follow-ups. Choose who takes "
                               "them over; a follow-up goes with its customer.")
                       .replace("%1", member.name).replace("%2", str(customers))
                       .replace("%3", str(follow_ups)), self)
        intro.setWordWrap(True)
        self.receivers = QListWidget(self)
        self.receivers.setObjectName("handOverReceivers")
        for m in services.staff.list(active_only=True):
            if m.id == member.id:
                continue
            item = QListWidgetItem(f"{m.name} · {labels.staff_role(m.role)}", self.receivers)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.receivers.itemChanged.connect(lambda _: self.update_preview())
        self.spread = QComboBox(self)
        self.spread.setObjectName("handOverSpread")
        fill_combo(self.spread, [("even", self.tr("Evenly (the same number each)")),
                                 ("tier", self.tr("By value tier (each gets a fair share of "
                                                  "the best customers)"))])
        self.spread.currentIndexChanged.connect(lambda _: self.update_preview())
        self.preview = read_only_table([self.tr("Takes over"), self.tr("Customers"),
                                        self.tr("Follow-ups")], "handOverPreview", self)
        self.banner = ErrorBanner(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.addButton(self.tr("Hand over"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("handOverOk")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Spread"), self.spread)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addWidget(self.receivers, 1)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Preview"), self))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 480)
        self.update_preview()

    def chosen(self) -> list[int]:
        return [self.receivers.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.receivers.count())
                if self.receivers.item(i).checkState() == Qt.CheckState.Checked]

    def check(self, staff_id: int) -> None:
        for i in range(self.receivers.count()):
            item = self.receivers.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == staff_id:
                item.setCheckState(Qt.CheckState.Checked)

    def update_preview(self) -> None:
        to = self.chosen()
        self.ok.setEnabled(bool(to))
        if not to:
            self.preview.setRowCount(0)
            return
        handover, from_id, spread = self.services.handover, self.member.id, \
            self.spread.currentData()
        Op(self, lambda: handover.preview(from_id, to, spread)).success(self._show) \
            .failure(lambda e: self.banner.show_errors([failure_text(e)[0]])).run()

    def _show(self, plan) -> None:
        self.preview.setRowCount(len(plan.shares))
        for r, share in enumerate(plan.shares):
            for c, value in enumerate((share.name, str(share.customers), str(share.follow_ups))):
                item = QTableWidgetItem(value)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.preview.setItem(r, c, item)

    def accept(self) -> None:
        to = self.chosen()
        if not to:
            return
        handover, from_id, spread = self.services.handover, self.member.id, \
            self.spread.currentData()
        note = self.tr("Handed over from %1 to %2",
                       "a timeline note: %1 the leaver, %2 the receiver")
        self.ok.setEnabled(False)

        def done(plan) -> None:
            self.plan = plan
            super(HandOverDialog, self).accept()

        def refused(error: Exception) -> None:
            self.ok.setEnabled(True)
            self.banner.show_errors([failure_text(error)[0]])

        Op(self, lambda: handover.hand_over(from_id, to, spread, note=note), writes=True,
           origin=self.parent()).with_progress(self.tr("Handing over…")) \
            .success(done).failure(refused).run()
