"""Small pieces the list views share: advisor filter, date question, Excel save."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.messages import show_error
from app.ui.widgets.save_dialog import SaveDialog


def fill_advisors(combo: QComboBox, staff, all_text: str) -> None:
    """(None = everyone) followed by the active staff members; keeps the current choice."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_text, None)
    for member in staff.list(active_only=True):
        combo.addItem(member.name, member.id)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def advisor_filter(combo: QComboBox, staff, all_text: str, desk_advisor_id: int | None) -> None:
    """The advisor filter of a list: everyone, or this desk's advisor when one is set."""
    fill_advisors(combo, staff, all_text)
    if desk_advisor_id is not None and combo.findData(desk_advisor_id) >= 0:
        combo.setCurrentIndex(combo.findData(desk_advisor_id))


def read_only_table(headers: list[str], object_name: str, parent: QWidget | None = None) -> QTableWidget:
    """The list tables of the views: whole rows selected, no editing, columns sized to fit."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def ask_date(parent: QWidget, title: str, text: str, default: date) -> date | None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    edit = QDateEdit(to_qdate(default), dialog)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(text))
    layout.addWidget(edit)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return from_qdate(edit.date())


EXPORT_FOLDER_KEY = "state/export_folder"  # where the last export went: not a preference


def _settings(parent: QWidget | None) -> QSettings | None:
    """The settings of the view's preferences or its window's (a test's own file); None
    for a widget outside the window (nothing remembered then)."""
    for widget in (parent, parent.window() if parent is not None else None):
        settings = getattr(getattr(widget, "preferences", None), "settings", None)
        if isinstance(settings, QSettings):
            return settings
    return None


def export_folder(parent: QWidget | None) -> Path:
    """Where an export dialog opens: the folder of the last export while it exists, else
    the person's Documents folder (never the program's working folder)."""
    settings = _settings(parent)
    last = str(settings.value(EXPORT_FOLDER_KEY, "") or "") if settings is not None else ""
    if last and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def save_path(parent: QWidget, title: str, default_name: str, filter_text: str) -> Path | None:
    """Ask where to save an export, beginning in the last export's folder. The dialog never
    opens the files it lists: a stray open and close of the book would drop this desk's
    SQLite locks (see save_dialog)."""
    dialog = SaveDialog(parent, title, str(export_folder(parent) / default_name), filter_text)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.selectedFiles()
    finally:
        dialog.deleteLater()
    if not chosen or not chosen[0]:
        return None
    path = Path(chosen[0])
    settings = _settings(parent)
    if settings is not None:
        settings.setValue(EXPORT_FOLDER_KEY, str(path.parent))
    return path


def tell_saved(parent: QWidget, path: Path, rows: int | None = None) -> None:
    """Say in the window's status bar where an export went (and how many rows it has)."""
    if rows is None:
        text = QApplication.translate("Common", "Saved to %1")
    else:  # (as the command line words it)
        text = QApplication.translate("Common", "Saved to %1 (rows: %2)").replace(
            "%2", QLocale().toString(rows))
    text = text.replace("%1", str(path))
    window = parent.window() if parent is not None else None
    while window is not None and not isinstance(window, QMainWindow):  # a dialog's window
        window = window.parentWidget().window() if window.parentWidget() is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 30_000)


def export_sheets(parent: QWidget, sheets, path: Path, advisors=None,
                  then: Callable[[int], None] | None = None) -> bool:
    """Write the workbook off the interface thread (an op with a progress bar and a Cancel
    button in the window's status bar); the window then says where it went. A failure says
    what happened; a failed or cancelled export leaves no file and any old file as it was.
    False when it failed before this returned (with the tests' synchronous runner, the
    whole export runs before it returns)."""
    from app.services.exchange.excel_export import write_xlsx
    from app.ui.ops import Op, show_failure

    sizes = [getattr(sheet, "size", None) for sheet in sheets]
    total = sum(sizes) if None not in sizes else 0  # 0: the bar counts rows without an end

    # the window's book's audit log says what was exported, how many rows (issue 14)
    window = parent.window() if parent is not None else None
    services = getattr(window, "services", None)
    audit = getattr(services, "audit", None)
    which = ", ".join(str(getattr(sheet, "title", "")) for sheet in sheets)
    if audit is not None:  # (advisors: each row's advisor; None: the whole book)
        from app.domain.errors import NotAllowed

        try:
            audit.may_put_out("export", advisors)
        except NotAllowed as error:
            show_failure(parent, error, QApplication.translate("Common", "Not exported"))
            return False

    def work(progress, cancelled) -> int:
        rows = write_xlsx(path, sheets, progress=lambda done: progress(done, total),
                          cancelled=cancelled)
        if audit is not None:
            audit.exported(which, rows)
        return rows

    def failed(error: Exception) -> None:
        if not isinstance(error, OSError):  # the book could not be read, say: in its words
            show_failure(parent, error, QApplication.translate("Common", "Not exported"))
            return
        show_error(
            parent,
            QApplication.translate("Common", "Not exported"),
            QApplication.translate(
                "Common", "The workbook could not be written. Nothing was changed."
            ),
            str(error),
        )

    def cancelled() -> None:
        window = parent.window() if parent is not None else None
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(QApplication.translate(
                "Common", "Export cancelled: no file was written."), 30_000)

    op = (Op(parent, work)
          .with_progress(QApplication.translate("Common", "Exporting…"))
          .cancellable()
          .success(lambda rows: (tell_saved(parent, path, rows), then and then(rows)))
          .failure(failed)
          .cancelled(cancelled)
          .run())
    return op.state != "failed"
