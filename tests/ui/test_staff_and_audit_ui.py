"""The staff screen, the hand-over dialog and the audit view, driven through their widgets
over a real book."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
)

from app.domain.changes import Actor
from app.domain.enums import StaffRole
from app.domain.records import CustomerInput
from app.domain.roles import Right, rights_of
from app.ui.dialogs.audit_dialog import AuditDialog
from app.ui.dialogs.staff_dialog import StaffDialog, refused_message

pytestmark = pytest.mark.usefixtures("sync_ops")


def as_role(services, member, role: StaffRole) -> None:
    services.act_as(Actor(member.id, member.name, role=role.value,
                          rights=frozenset(r.value for r in rights_of(role))))


def when_modal(qtbot, work) -> None:
    """`work(dialog)` on the next modal dialog once it is open (then it is closed by work)."""
    def look() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, look)
            return
        work(modal)

    QTimer.singleShot(0, look)


def type_into(qtbot, dialog, name: str, text: str) -> None:
    field = dialog.findChild(QLineEdit, name)
    field.selectAll()
    field.del_()
    qtbot.keyClicks(field, text)


def save(qtbot, dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def rows(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def click(qtbot, dialog, name: str) -> None:
    qtbot.mouseClick(dialog.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


@pytest.fixture
def staff_screen(qtbot, book_services):
    dialog = StaffDialog(book_services)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def select_named(dialog, name: str) -> None:
    for r, member in enumerate(dialog._members):
        if member.name == name:
            dialog.table.selectRow(r)
            return
    raise AssertionError(name)


def test_add_edit_deactivate_reactivate_and_reset_through_the_staff_screen(
        qtbot, staff_screen, book_services):
    errors = []

    def add_mismatched_then_right(dialog) -> None:
        type_into(qtbot, dialog, "staffName", "Li Jing")
        type_into(qtbot, dialog, "staffLogin", "lijing")
        type_into(qtbot, dialog, "staffPhone", "13800138001")
        type_into(qtbot, dialog, "staffPassword", "secret-1")
        type_into(qtbot, dialog, "staffPasswordAgain", "secret-2")
        save(qtbot, dialog)
        errors.append(dialog.banner.text())
        type_into(qtbot, dialog, "staffLogin", "li jing")  # a space: refused by the service
        type_into(qtbot, dialog, "staffPasswordAgain", "secret-1")
        save(qtbot, dialog)
        errors.append(dialog.banner.text())
        type_into(qtbot, dialog, "staffLogin", "lijing")
        save(qtbot, dialog)

    when_modal(qtbot, add_mismatched_then_right)
    click(qtbot, staff_screen, "addStaffButton")
    assert errors[0] == "Password: The two passwords are not the same."
    assert errors[1].startswith("Login: A login is one word")
    listed = {r[0]: r for r in rows(staff_screen.table)}
    assert listed["Li Jing"][1:] == ["lijing", "Sales advisor", listed["Li Jing"][3], "Yes", "Yes"]
    assert book_services.accounts.sign_in("lijing", "secret-1").name == "Li Jing"

    def edit(dialog) -> None:
        type_into(qtbot, dialog, "staffName", "Li Jing 2")
        role = dialog.findChild(QComboBox, "staffRole")
        role.setCurrentIndex(role.findData(StaffRole.SERVICE_MANAGER))
        save(qtbot, dialog)

    select_named(staff_screen, "Li Jing")
    when_modal(qtbot, edit)
    click(qtbot, staff_screen, "editStaffButton")
    member = book_services.staff.by_login("lijing")
    assert (member.name, member.role) == ("Li Jing 2", StaffRole.SERVICE_MANAGER)

    # no customers: deactivated without a question; then reactivated
    click(qtbot, staff_screen, "deactivateStaffButton")
    assert not book_services.staff.get(member.id).active
    assert staff_screen.active_button.text() == "&Reactivate"
    click(qtbot, staff_screen, "deactivateStaffButton")
    assert book_services.staff.get(member.id).active

    def reset(dialog) -> None:
        type_into(qtbot, dialog, "newPassword", "another-2")
        type_into(qtbot, dialog, "newPasswordAgain", "another-2")
        save(qtbot, dialog)

    when_modal(qtbot, reset)
    click(qtbot, staff_screen, "resetPasswordButton")
    assert book_services.accounts.sign_in("lijing", "another-2").staff_id == member.id


def test_the_rights_checkboxes_are_stored_and_the_owner_always_sees(qtbot, staff_screen,
                                                                    book_services):
    owner = staff_screen.findChild(QCheckBox, "fullContact_owner")
    assert owner.isChecked() and not owner.isEnabled()
    advisor = staff_screen.findChild(QCheckBox, "fullContact_advisor")
    manager = staff_screen.findChild(QCheckBox, "fullContact_service_manager")
    assert not advisor.isChecked() and manager.isChecked()  # the defaults
    qtbot.mouseClick(advisor, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(manager, Qt.MouseButton.LeftButton)
    # (the sales manager sees them by default too)
    assert staff_screen.findChild(QCheckBox, "fullContact_sales_manager").isChecked()
    assert book_services.staff.full_contact_roles() == (StaffRole.ADVISOR,
                                                        StaffRole.SALES_MANAGER, StaffRole.OWNER)
    reopened = StaffDialog(book_services)
    qtbot.addWidget(reopened)
    assert reopened.findChild(QCheckBox, "fullContact_advisor").isChecked()
    assert not reopened.findChild(QCheckBox, "fullContact_service_manager").isChecked()


def test_a_person_who_is_not_the_owner_is_refused(qtbot, staff_screen, book_services):
    wang = book_services.staff.list()[0]
    as_role(book_services, wang, StaffRole.SERVICE_MANAGER)
    said = []

    def add(dialog) -> None:
        type_into(qtbot, dialog, "staffName", "Zhao")
        save(qtbot, dialog)
        said.append(dialog.banner.text())
        dialog.reject()

    when_modal(qtbot, add)
    click(qtbot, staff_screen, "addStaffButton")
    assert said[0].startswith("Your role may not do this; only these roles may: Owner.")
    assert [m.name for m in book_services.staff.list()] == ["王芳"]

    # from the window's Tools menu: the refusal in words, no dialog
    class Host(QDialog):
        services = book_services

    host = Host()
    qtbot.addWidget(host)
    told = []

    def answer(box) -> None:
        told.append(box.text())
        box.accept()

    when_modal(qtbot, answer)
    assert refused_message(host, Right.STAFF)
    assert isinstance(told[0], str) and "only these roles may: Owner" in told[0]


def test_deactivating_an_advisor_with_customers_offers_the_hand_over(qtbot, staff_screen,
                                                                     book_services):
    staff = book_services.staff
    wang = staff.list()[0]
    others = [staff.add(n) for n in ("Zhao", "Qian")]
    for i in range(3):
        book_services.customers.create(CustomerInput(name=f"C{i}", advisor_id=wang.id))
    staff_screen.refresh()
    select_named(staff_screen, "王芳")
    staff_screen.ask_hand_over = lambda *_: QMessageBox.StandardButton.Yes  # the answer
    previews = []

    def hand_over(dialog) -> None:
        receivers = dialog.findChild(QListWidget, "handOverReceivers")
        for i in range(receivers.count()):
            receivers.item(i).setCheckState(Qt.CheckState.Checked)
        spread = dialog.findChild(QComboBox, "handOverSpread")
        spread.setCurrentIndex(spread.findData("tier"))
        previews.append(rows(dialog.findChild(QTableWidget, "handOverPreview")))
        click(qtbot, dialog, "handOverOk")

    when_modal(qtbot, hand_over)
    click(qtbot, staff_screen, "deactivateStaffButton")
    assert sorted(previews[0]) == [["Qian", "2", "0"], ["Zhao", "2", "0"]]  # 张三 and C0-C2
    assert not staff.get(wang.id).active
    assert book_services.handover.customers_of(wang.id) == (0, 0)
    assert sum(book_services.handover.customers_of(o.id)[0] for o in others) == 4  # + 张三
    assert [e.action for e in book_services.audit.entries()].count("hand_over") == 1


@pytest.fixture
def audit_view(qtbot, book_services):
    staff = book_services.staff
    wang = staff.list()[0]
    zhao = staff.add("Zhao", role=StaffRole.SERVICE_MANAGER)
    as_role(book_services, zhao, StaffRole.SERVICE_MANAGER)
    for i in range(5):
        book_services.customers.create(CustomerInput(name=f"Z{i}"))
    book_services.act_as(Actor(None, "desk"))
    book_services.handover.hand_over(wang.id, [zhao.id])
    dialog = AuditDialog(book_services)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, zhao


def test_the_audit_view_pages_filters_and_exports(qtbot, audit_view, book_services, tmp_path,
                                                  monkeypatch):
    dialog, zhao = audit_view
    total = len(list(book_services.audit.entries()))
    monkeypatch.setattr("app.ui.dialogs.audit_dialog.PAGE", 4)
    dialog.reload()
    assert dialog.table.rowCount() == 4 and dialog.more.isEnabled()
    shown = rows(dialog.table)
    assert shown[0][2] == "Customers handed over" and "王芳" in shown[0][4]  # newest first
    while dialog.more.isEnabled():
        qtbot.mouseClick(dialog.more, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == total
    assert "intact" in dialog.chain.text()
    monkeypatch.undo()  # pages of 200 again

    dialog.person.setCurrentIndex(dialog.person.findData(zhao.id))
    assert [r[1] for r in rows(dialog.table)] == ["Zhao"] * 5
    assert {r[2] for r in rows(dialog.table)} == {"Created"}
    dialog.person.setCurrentIndex(0)
    dialog.action.setCurrentIndex(dialog.action.findData("hand_over"))
    assert dialog.table.rowCount() == 1
    dialog.action.setCurrentIndex(0)
    dialog.kind.setCurrentIndex(dialog.kind.findData("customer"))
    qtbot.keyClicks(dialog.record, "2")
    dialog.record.editingFinished.emit()
    assert {r[3] for r in rows(dialog.table)} == {"Customer #2"}
    dialog.record.clear()
    dialog.kind.setCurrentIndex(0)
    qtbot.keyClicks(dialog.until, "2001-01-01")
    dialog.until.editingFinished.emit()
    assert dialog.table.rowCount() == 0
    dialog.until.clear()
    qtbot.keyClicks(dialog.since, date.today().isoformat())
    dialog.since.editingFinished.emit()
    assert dialog.table.rowCount() == total

    dialog.since.clear()
    dialog.person.setCurrentIndex(dialog.person.findData(zhao.id))
    out = tmp_path / "audit.xlsx"
    assert dialog.export_to(out)
    sheet = load_workbook(out).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:3] == ("When", "Who", "Action")
    assert len(values) == 6 and all(v[1] == f"Zhao ({zhao.id})" for v in values[1:])
    # the export itself is in the log
    assert list(book_services.audit.entries())[-1].action == "export"
