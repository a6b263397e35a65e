"""The export save dialog as a new person meets it: a folder typed in the name box is
entered, it opens somewhere useful, it speaks Chinese, it is wide enough to read, and the
window then says where the file went."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QFileInfo, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QLineEdit, QSplitter

from app.bootstrap import setup_language
from app.ui.widgets.save_dialog import SaveDialog

EXCEL = "Excel workbook (*.xlsx)"


@pytest.fixture
def dialog(qtbot, tmp_path):
    made = SaveDialog(None, "Export", str(tmp_path / "customers.xlsx"), EXCEL)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def type_name_and_enter(qtbot, dialog: QFileDialog, text: str) -> None:
    box = dialog.findChild(QLineEdit, "fileNameEdit")
    box.setFocus()
    box.setText(text)  # (typed key by key, the completer's popup would take the Enter)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_a_folder_typed_in_the_name_box_is_entered_not_saved_as_a_file(qtbot, dialog, tmp_path):
    (tmp_path / "tryout" / "dmg2").mkdir(parents=True)

    type_name_and_enter(qtbot, dialog, str(tmp_path / "tryout"))
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert Path(dialog.directory().absolutePath()) == tmp_path / "tryout"

    type_name_and_enter(qtbot, dialog, str(tmp_path / "tryout" / "dmg2") + "/")
    assert dialog.isVisible()
    assert Path(dialog.directory().absolutePath()) == tmp_path / "tryout" / "dmg2"

    type_name_and_enter(qtbot, dialog, "week")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.selectedFiles() == [str(tmp_path / "tryout" / "dmg2" / "week.xlsx")]
    assert not (tmp_path / "tryout.xlsx").exists()


def test_the_dialog_is_wide_enough_for_its_side_panel(dialog):
    assert dialog.width() >= 860 and dialog.height() >= 520
    splitter = dialog.findChild(QSplitter, "splitter")
    assert splitter.sizes()[0] >= 150  # "Computer" and the folders' names are not cut


def test_the_dialog_labels_are_chinese_in_the_chinese_interface(qtbot, tmp_path):
    app = QApplication.instance()
    setup_language(app, "zh_CN")
    try:
        made = SaveDialog(None, "导出", str(tmp_path / "customers.xlsx"), EXCEL)
        qtbot.addWidget(made)
        labels = {label.objectName(): label.text() for label in made.findChildren(QLabel)}
        assert labels["lookInLabel"] == "查找范围(&L)："
        assert labels["fileTypeLabel"] == "文件类型(&T)："
        assert labels["fileNameLabel"] == "文件名称(&N)："
        assert made.iconProvider().type(QFileInfo(str(tmp_path))) == "文件夹"
    finally:
        setup_language(app, "en")


# ------------------------------------------------------------ from a view in its window
def answer_save_dialog(parent, act) -> list[QFileDialog]:
    """Hand the real modal save dialog to `act` once it shows."""
    seen: list[QFileDialog] = []
    timer = QTimer(parent)
    timer.setInterval(20)

    def poll():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QFileDialog) and widget.isVisible():
                timer.stop()
                seen.append(widget)
                try:
                    act(widget)
                finally:
                    if widget.isVisible():
                        widget.reject()
                return

    timer.timeout.connect(poll)
    timer.start()
    return seen


def test_exports_begin_in_documents_then_in_the_last_folder_and_say_where_they_went(
        qtbot, customers_view, preferences, in_main_window, tmp_path, monkeypatch, sync_ops):
    window = in_main_window(customers_view)  # whose status bar says where it went
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    folders: list[Path] = []

    def save_in_elsewhere(dialog: QFileDialog):
        folders.append(Path(dialog.directory().absolutePath()))
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(elsewhere / "list"))
        dialog.accept()

    seen = answer_save_dialog(window, save_in_elsewhere)
    customers_view.export()
    assert seen and folders == [home / "Documents"]
    sheet = load_workbook(elsewhere / "list.xlsx").worksheets[0]
    assert sheet.max_row - 1 == 4  # a heading row, then the four customers
    assert window.statusBar().currentMessage() == f"Saved to {elsewhere / 'list.xlsx'} (rows: 4)"

    def look(dialog: QFileDialog):
        folders.append(Path(dialog.directory().absolutePath()))

    seen = answer_save_dialog(window, look)
    customers_view.export()
    assert seen and folders[-1] == elsewhere
    assert preferences.settings.value("state/export_folder") == str(elsewhere)


def test_saving_the_call_sheet_as_pdf_says_where_it_went(qtbot, sync_ops, callsheet_view, in_main_window, tmp_path):
    view = callsheet_view
    window = in_main_window(view)  # whose status bar says where it went
    target = tmp_path / "sheet.pdf"

    def save(dialog: QFileDialog):
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(target))
        dialog.accept()

    seen = answer_save_dialog(window, save)
    view.save_pdf()
    assert seen and target.read_bytes().startswith(b"%PDF")
    assert window.statusBar().currentMessage() == f"Saved to {target}"
