"""Import customers… (issue 15): a sheet of customers and their cars brought into the book in
four steps, each page one step:

1. File: an .xlsx / .csv / .txt chosen; read off the interface thread; the sheet (a workbook
   of several), the encoding and the delimiter (a text file) shown and changeable (a change
   reads the file again); the header row found.
2. Columns: each column of the sheet with its header, a few of its values and the field it
   fills (found from the headers, or as chosen last time for the same header layout); a
   field goes to one column (choosing it for another leaves the first one out, and says so).
3. Preview: every row as soon as the sheet is read, its disposition (new, update of #id,
   unchanged, duplicate, rejected) and its reason or changes once the plan has checked the
   book (off the interface thread, with progress and a Stop); counts per disposition; what
   a match does (update it, skip the row, add anyway) and whether filled fields are
   overwritten.
4. Import: run off the interface thread with progress and Cancel (nothing written then);
   at the end the counts, where the backup went and, when rows were rejected, "Save
   rejected rows…". The window's lists refresh through the change signal, as after any write.

Nothing here touches the database itself: the services read, plan and write
(app.services.exchange.import_read / import_plan / import_write).
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import Cancelled
from app.domain.import_fields import DATA, FIELD_BY_KEY, FIELDS, clean_text
from app.presentation import labels
from app.presentation.messages import import_file_error, import_reason
from app.services.exchange.import_plan import DISPOSITIONS, plan_import
from app.services.exchange.import_read import ENCODINGS, ImportFileError, read_table
from app.services.exchange.import_write import (
    remember_mapping,
    remembered_mapping,
    run_import,
    write_rejected,
)
from app.ui.models.import_preview import ImportPreviewModel
from app.ui.ops import LatestRead, Op, failure_text
from app.ui.widgets.fields import fill_combo, select_data

if TYPE_CHECKING:
    from app.services.admin.book import Services

log = logging.getLogger(__name__)

FILE, COLUMNS, PREVIEW, IMPORT = range(4)
SAMPLES = 3  # values shown per column on the Columns page
SAMPLE_ROWS = 200  # rows looked through for them
PROGRESS_EVERY_S = 0.1
_ERROR_STYLE = "color: #a50e0e;"
_NOTE_STYLE = "color: #174ea6;"


class _Progress(QObject):
    """Carries a worker's progress to the interface thread (queued: it lives there)."""

    moved = Signal(int, str, int, int)  # which op, stage, done, total


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _stopped_if_cancelled(fn, cancelled):
    """fn(); a failure raised because the person cancelled (the services' own Cancelled)
    comes back as the ops' Cancelled: nothing to show but the cancellation."""
    try:
        return fn()
    except Cancelled:
        raise
    except Exception as error:
        if cancelled():
            raise Cancelled() from error
        raise


class ImportDialog(QDialog):
    """The import window over `services` (its book, as the signed-in person). `path`: a file
    to read at once; `backup_folder`: where the backup before the import goes (the window's
    backups folder)."""

    def __init__(self, services: Services, parent=None, *, path: str | Path | None = None,
                 backup_folder: str | Path | None = None):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import customers"))
        self.services = services
        self.backup_folder = backup_folder
        self.table = None  # the sheet read (app.services.exchange.import_read.RawTable)
        self.mapping: dict[int, str | None] = {}
        self.mapping_remembered = False
        self.plan = None
        self.result = None
        self._planned_for: tuple | None = None  # (table, mapping, options) of the plan shown
        self._rows_for: tuple | None = None  # (table, mapping) of the rows shown
        self._planning_for: tuple | None = None  # what the plan under way is for
        self._reading = LatestRead(self)
        self._rows_op: Op | None = None
        self._plan_op: Op | None = None
        self._import_op: Op | None = None
        self._number = 0  # each plan or import op's number: progress of older ones dropped
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        self._field_combos: list[QComboBox] = []

        self.steps = QLabel(self)
        self.steps.setObjectName("importSteps")
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("importPages")
        for page in (self._file_page(), self._columns_page(), self._preview_page(),
                     self._import_page()):
            self.pages.addWidget(page)
        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.back_button.setObjectName("importBack")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("&Next >"), self)
        self.next_button.setObjectName("importNext")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("importClose")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.resize(1100, 680)  # fits a 1280×800 screen with its frame and task bar
        self._show_page(FILE)
        if path is not None:
            self.open_file(path)

    # ------------------------------------------------------------ pages
    def _file_page(self) -> QWidget:
        page = QWidget(self)
        self.path_edit = QLineEdit(page)
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(self.tr("An Excel workbook (.xlsx) or a text file (.csv, .txt)"))
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.returnPressed.connect(lambda: self.read())
        self.browse_button = QPushButton(self.tr("&Choose…"), page)
        self.browse_button.setObjectName("importBrowse")
        self.browse_button.clicked.connect(self.browse)
        self.sheet_combo = QComboBox(page)
        self.sheet_combo.setObjectName("importSheet")
        self.sheet_combo.activated.connect(lambda _: self.read())
        self.encoding_combo = QComboBox(page)
        self.encoding_combo.setObjectName("importEncoding")
        fill_combo(self.encoding_combo, [(e, self._encoding_name(e)) for e in ENCODINGS])
        self.encoding_combo.activated.connect(lambda _: self.read())
        self.delimiter_combo = QComboBox(page)
        self.delimiter_combo.setObjectName("importDelimiter")
        fill_combo(self.delimiter_combo, [("\t", self.tr("Tab")), (",", self.tr("Comma ( , )")),
                                          (";", self.tr("Semicolon ( ; )"))])
        self.delimiter_combo.activated.connect(lambda _: self.read())
        self.reading_bar = QProgressBar(page)
        self.reading_bar.setObjectName("importReading")
        self.reading_bar.setRange(0, 0)
        self.reading_bar.setFormat(self.tr("Reading…"))
        self.reading_bar.setMaximumWidth(260)
        self.reading_bar.hide()
        self.file_info = QLabel(page)
        self.file_info.setObjectName("importFileInfo")
        self.file_info.setWordWrap(True)
        self.file_error = QLabel(page)
        self.file_error.setObjectName("importFileError")
        self.file_error.setWordWrap(True)
        self.file_error.setStyleSheet(_ERROR_STYLE)
        self.file_error.hide()

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("File:")), 0, 0)
        grid.addWidget(self.path_edit, 0, 1)
        grid.addWidget(self.browse_button, 0, 2)
        self.sheet_label = QLabel(self.tr("Sheet:"))
        self.encoding_label = QLabel(self.tr("Encoding:"))
        self.delimiter_label = QLabel(self.tr("Delimiter:"))
        for row, (label, combo) in enumerate(((self.sheet_label, self.sheet_combo),
                                              (self.encoding_label, self.encoding_combo),
                                              (self.delimiter_label, self.delimiter_combo)), 1):
            label.setBuddy(combo)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1, Qt.AlignmentFlag.AlignLeft)
            combo.setMinimumWidth(240)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr(
            "Choose the sheet of customers to bring into the book: an Excel workbook (.xlsx) "
            "or a text file (.csv, .txt) as another program exports it. Nothing is written "
            "before the last step, and a backup of the book is taken first."), page)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.reading_bar)
        layout.addWidget(self.file_info)
        layout.addWidget(self.file_error)
        layout.addStretch(1)
        self._show_file_choices()
        return page

    def _columns_page(self) -> QWidget:
        page = QWidget(self)
        self.columns_intro = QLabel(page)
        self.columns_intro.setObjectName("importColumnsIntro")
        self.columns_intro.setWordWrap(True)
        self.columns_table = QTableWidget(0, 4, page)
        self.columns_table.setObjectName("importColumns")
        self.columns_table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Header"), self.tr("Values in the sheet"),
             self.tr("Goes to")])
        self.columns_table.verticalHeader().hide()
        self.columns_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.columns_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 220)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(3, 230)
        self.columns_note = QLabel(page)
        self.columns_note.setObjectName("importColumnsNote")
        self.columns_note.setWordWrap(True)
        self.columns_note.setStyleSheet(_NOTE_STYLE)
        layout = QVBoxLayout(page)
        layout.addWidget(self.columns_intro)
        layout.addWidget(self.columns_table, 1)
        layout.addWidget(self.columns_note)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget(self)
        self.duplicate_combo = QComboBox(page)
        self.duplicate_combo.setObjectName("importOnDuplicate")
        fill_combo(self.duplicate_combo, [
            ("update", self.tr("update that customer")),
            ("skip", self.tr("skip the row")),
            ("add", self.tr("add it as a new customer anyway"))])
        self.duplicate_combo.activated.connect(lambda _: self.check())
        self.overwrite_box = QCheckBox(
            self.tr("Overwrite fields that are filled in the book with the sheet's values"), page)
        self.overwrite_box.setObjectName("importOverwrite")
        self.overwrite_box.toggled.connect(lambda _: self.check())
        self.filter_combo = QComboBox(page)
        self.filter_combo.setObjectName("importFilter")
        fill_combo(self.filter_combo, [(None, self.tr("Every row")), *[
            (d, labels.import_disposition(d)) for d in DISPOSITIONS]])
        self.filter_combo.currentIndexChanged.connect(
            lambda _: self.model.set_filter(self.filter_combo.currentData()))
        self.counts_label = QLabel(page)
        self.counts_label.setObjectName("importCounts")
        self.counts_label.setWordWrap(True)
        self.plan_bar = QProgressBar(page)
        self.plan_bar.setObjectName("importPlanProgress")
        self.plan_bar.setFormat(self.tr("Checking the rows against the book… %p%"))
        self.plan_bar.setTextVisible(True)
        self.plan_button = QPushButton(self.tr("Stop"), page)
        self.plan_button.setObjectName("importPlanButton")
        self.plan_button.clicked.connect(self._plan_button_clicked)
        self.model = ImportPreviewModel(self)
        self.preview = QTableView(page)
        self.preview.setObjectName("importPreview")
        self.preview.setModel(self.model)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().hide()
        self.preview.verticalHeader().setDefaultSectionSize(24)  # no row measured: 100,000 scroll
        self.preview.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.preview.horizontalHeader()
        for column, width in enumerate((60, 150, 130, 140, 220)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)

        options = QGridLayout()
        options.addWidget(QLabel(self.tr("When a row matches a customer in the book (same phone or VIN):")),
                          0, 0)
        options.addWidget(self.duplicate_combo, 0, 1, Qt.AlignmentFlag.AlignLeft)
        options.addWidget(self.overwrite_box, 1, 0, 1, 2)
        options.setColumnStretch(1, 1)
        status = QHBoxLayout()
        status.addWidget(self.plan_bar, 1)
        status.addWidget(self.plan_button)
        shown = QHBoxLayout()
        shown.addWidget(self.counts_label, 1)
        shown.addWidget(QLabel(self.tr("Show:")))
        shown.addWidget(self.filter_combo)
        layout = QVBoxLayout(page)
        layout.addLayout(options)
        layout.addLayout(status)
        layout.addLayout(shown)
        layout.addWidget(self.preview, 1)
        return page

    def _import_page(self) -> QWidget:
        page = QWidget(self)
        self.stage_label = QLabel(page)
        self.stage_label.setObjectName("importStage")
        self.stage_label.setWordWrap(True)
        self.import_bar = QProgressBar(page)
        self.import_bar.setObjectName("importProgress")
        self.import_bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel the import"), page)
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.clicked.connect(self.cancel_import)
        self.result_label = QLabel(page)
        self.result_label.setObjectName("importResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_label = QLabel(page)
        self.backup_label.setObjectName("importBackup")
        self.backup_label.setWordWrap(True)
        self.backup_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_rejected_button = QPushButton(self.tr("Save rejected rows…"), page)
        self.save_rejected_button.setObjectName("importSaveRejected")
        self.save_rejected_button.clicked.connect(self.save_rejected)
        self.save_rejected_button.hide()
        self.saved_label = QLabel(page)
        self.saved_label.setObjectName("importSaved")
        self.saved_label.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.import_bar, 1)
        bar.addWidget(self.cancel_button)
        rejected = QHBoxLayout()
        rejected.addWidget(self.save_rejected_button)
        rejected.addWidget(self.saved_label, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.stage_label)
        layout.addLayout(bar)
        layout.addWidget(self.result_label)
        layout.addWidget(self.backup_label)
        layout.addLayout(rejected)
        layout.addStretch(1)
        return page

    # ------------------------------------------------------------ moving between pages
    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        names = (self.tr("1. File"), self.tr("2. Columns"), self.tr("3. Preview"),
                 self.tr("4. Import"))
        self.steps.setText("  ›  ".join(
            f"<b>{name}</b>" if i == page else name for i, name in enumerate(names)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        importing = self._import_op is not None and self._import_op.running
        self.back_button.setEnabled(page > FILE and not importing and self.result is None)
        if page == PREVIEW:
            self.next_button.setText(self.tr("&Import"))
            self.next_button.setEnabled(self.plan is not None and self.plan.rows_in > 0)
        elif page == IMPORT:
            self.next_button.setText(self.tr("&Import"))
            self.next_button.setEnabled(False)
        else:
            self.next_button.setText(self.tr("&Next >"))
            self.next_button.setEnabled(self.table is not None and (
                page != COLUMNS or "name" in self.mapping.values()))
        self.close_button.setEnabled(not importing)
        finished = page == IMPORT and self.result is not None  # only Close is left
        self.back_button.setVisible(not finished)
        self.next_button.setVisible(not finished)

    def next(self) -> None:
        page = self.pages.currentIndex()
        if page == FILE and self.table is not None:
            self._show_page(COLUMNS)
        elif page == COLUMNS and self.table is not None:
            self._show_page(PREVIEW)
            self.show_rows()
        elif page == PREVIEW and self.plan is not None:
            self.start_import()

    def back(self) -> None:
        page = self.pages.currentIndex()
        if page > FILE:
            self._show_page(page - 1)

    def done(self, result: int) -> None:
        """Closing during the import asks it to stop instead (it closes nothing half-way)."""
        if self._import_op is not None and self._import_op.running:
            self.cancel_import()
            return
        for op in (self._rows_op, self._plan_op):
            if op is not None and op.running:
                op.cancel()
        super().done(result)

    # ------------------------------------------------------------ 1. the file
    def browse(self) -> None:
        from app.ui.widgets.common import export_folder
        from app.ui.widgets.save_dialog import OpenDialog

        current = Path(self.path_edit.text().strip())
        start = str(current.parent) if current.parent.is_dir() and str(current) != "." \
            else str(export_folder(self))
        dialog = OpenDialog(self, self.tr("Import customers from"), start, [
            self.tr("Sheets (*.xlsx *.xlsm *.csv *.txt *.tsv)"), self.tr("All files (*)")])
        dialog.setObjectName("importChooseFile")
        dialog.fileSelected.connect(self.open_file)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()

    def open_file(self, path: str | Path) -> None:
        """Read `path` (its sheet, encoding and delimiter found)."""
        self.path_edit.setText(str(path))
        self.read(fresh=True)

    def read(self, fresh: bool = False) -> None:
        """Read the file named in the path field off the interface thread, with the sheet,
        encoding and delimiter chosen (found anew for a `fresh` file)."""
        path = self.path_edit.text().strip()
        if not path:
            return
        sheet = encoding = delimiter = None
        if not fresh and self.table is not None and str(self.table.path) == str(Path(path)):
            sheet = self.sheet_combo.currentText() if self.table.delimiter is None else None
            if self.table.delimiter is not None:
                encoding = self.encoding_combo.currentData()
                delimiter = self.delimiter_combo.currentData()
        book = self.services.book

        def read():
            try:
                table = read_table(path, sheet=sheet, encoding=encoding, delimiter=delimiter)
            except ImportFileError as error:  # the person's file, not a failure to log
                return error, None
            return table, remembered_mapping(book, table.layout_key())

        self.file_error.hide()
        self.reading_bar.show()
        self._reading.run(read, self._read_done, self._read_failed)

    def _read_done(self, found) -> None:
        table, remembered = found
        if isinstance(table, ImportFileError):
            self._read_failed(table)
            return
        self.reading_bar.hide()
        self.table = table
        self.plan = None
        self._planned_for = self._rows_for = None
        mapping = {i: None for i in range(table.width)}
        if remembered is not None and all(k is None or k in FIELD_BY_KEY for k in remembered.values()):
            mapping.update({i: k for i, k in remembered.items() if i < table.width})
            self.mapping_remembered = True
        else:
            mapping.update(table.mapping())
            self.mapping_remembered = False
        self.mapping = mapping
        for combo, items, value in (
                (self.sheet_combo, [(n, n) for n in table.sheet_names], table.sheet),
                (self.encoding_combo, None, table.encoding),
                (self.delimiter_combo, None, table.delimiter)):
            combo.blockSignals(True)
            if items is not None:
                fill_combo(combo, items)
            if value is not None and combo.findData(value) < 0:
                combo.addItem(self._encoding_name(value) if combo is self.encoding_combo
                              else repr(value), value)
            select_data(combo, value)
            combo.blockSignals(False)
        self._show_file_choices()
        rows = max(0, len(table.rows) - table.data_start)
        self.file_info.setText(" ".join((
            self.tr("Sheet “%1”:").replace("%1", table.sheet),
            self.tr("the header is on row %1;").replace("%1", str(table.header_row + 1)),
            self.tr("%n row(s) below it,", "", rows),
            self.tr("%n column(s).", "", table.width))))
        self._fill_columns()
        self._update_buttons()

    def _read_failed(self, error: Exception) -> None:
        self.reading_bar.hide()
        self.table = None
        self.plan = None
        self.file_info.clear()
        if isinstance(error, ImportFileError):
            text = import_file_error(error.code, error.detail)
        else:
            text = failure_text(error)[0]
        self.file_error.setText(text)
        self.file_error.show()
        self._show_file_choices()
        self._update_buttons()

    def _show_file_choices(self) -> None:
        table = self.table
        several = table is not None and table.delimiter is None and len(table.sheet_names) > 1
        text = table is not None and table.delimiter is not None
        for widget in (self.sheet_label, self.sheet_combo):
            widget.setVisible(several)
        for widget in (self.encoding_label, self.encoding_combo, self.delimiter_label,
                       self.delimiter_combo):
            widget.setVisible(text)

    def _encoding_name(self, encoding: str) -> str:
        return {"utf-8-sig": self.tr("UTF-8 with BOM"), "utf-8": self.tr("UTF-8"),
                "utf-16": self.tr("UTF-16 (Unicode text)"),
                "gb18030": self.tr("GB18030 / GBK (Chinese)")}.get(encoding, encoding)

    # ------------------------------------------------------------ 2. the columns
    def _fill_columns(self) -> None:
        table = self.table
        self.columns_intro.setText(
            self.tr("Each column of the sheet goes to a field of the customer or of their car, or "
                    "is left out. The fields were chosen as last time for a sheet with these "
                    "headers: change any of them.") if self.mapping_remembered else
            self.tr("Each column of the sheet goes to a field of the customer or of their car, or "
                    "is left out. The fields were found from the headers: change any of them."))
        samples = self._samples()
        grid = self.columns_table
        grid.setRowCount(table.width)
        self._field_combos = []
        hidden = set(table.hidden_columns)
        choices = [(None, labels.import_field(None)), *[(f.key, labels.import_field(f.key))
                                                       for f in FIELDS]]
        for index in range(table.width):
            name = _column_letter(index) if table.delimiter is None else str(index + 1)
            if index in hidden:
                name = self.tr("%1 (hidden)").replace("%1", name)
            column = QTableWidgetItem(name)
            if index in hidden:
                column.setForeground(Qt.GlobalColor.gray)
            grid.setItem(index, 0, column)
            header = table.headers[index] if index < len(table.headers) else None
            grid.setItem(index, 1, QTableWidgetItem(clean_text(header)))
            grid.setItem(index, 2, QTableWidgetItem("  ·  ".join(samples[index])))
            combo = QComboBox(grid)
            combo.setObjectName(f"importField{index}")
            combo.setAccessibleName(self.tr("Field of column %1").replace("%1", name))
            fill_combo(combo, choices)
            select_data(combo, self.mapping.get(index))
            combo.currentIndexChanged.connect(lambda _, i=index: self.choose_field(i))
            grid.setCellWidget(index, 3, combo)
            self._field_combos.append(combo)
        self._note_missing_name()

    def _samples(self) -> list[list[str]]:
        table = self.table
        found: list[list[str]] = [[] for _ in range(table.width)]
        for cells in table.rows[table.data_start:table.data_start + SAMPLE_ROWS]:
            for index, cell in enumerate(cells[:table.width]):
                if len(found[index]) < SAMPLES:
                    text = clean_text(cell)
                    if text and text not in found[index]:
                        found[index].append(text[:40])
        return found

    def choose_field(self, index: int) -> None:
        """Column `index` goes to the field its combo shows; a field already on another
        column leaves that column (said in the note below the table)."""
        key = self._field_combos[index].currentData()
        note = ""
        if key is not None:
            for other, combo in enumerate(self._field_combos):
                if other != index and combo.currentData() == key:
                    combo.blockSignals(True)
                    select_data(combo, None)
                    combo.blockSignals(False)
                    self.mapping[other] = None
                    note = self.tr("“%1” went to column %2: that column is now left out "
                                   "(a field takes one column).").replace(
                        "%1", labels.import_field(key)).replace(
                        "%2", self.columns_table.item(other, 0).text())
        self.mapping[index] = key
        self.plan = None
        self._note_missing_name(note)
        self._update_buttons()

    def _note_missing_name(self, note: str = "") -> None:
        if "name" not in self.mapping.values():
            note = " ".join(filter(None, (note, self.tr(
                "No column goes to the customer's name: choose the column that holds it."))))
        self.columns_note.setText(note)

    # ------------------------------------------------------------ 3. the preview
    def _options(self) -> tuple[str, bool]:
        return self.duplicate_combo.currentData(), self.overwrite_box.isChecked()

    def show_rows(self) -> None:
        """The sheet's data rows at once (read off the interface thread), then the plan."""
        table, mapping = self.table, dict(self.mapping)
        key = (id(table), tuple(sorted(mapping.items(), key=lambda kv: kv[0])))
        if self._rows_for == key:
            wanted = (*key, self._options())
            planning = self._plan_op is not None and self._plan_op.running
            if self._planned_for != wanted and not (planning and self._planning_for == wanted):
                self.check()
            return
        if self._rows_op is not None and self._rows_op.running:
            self._rows_op.cancel()
        self._cancel_plan()
        self.plan = None
        self.model.set_rows([], mapping)
        self.counts_label.setText(self.tr("Reading the rows…"))

        def rows():
            return [r for r in table.data_rows(mapping) if r.kind == DATA]

        def shown(found) -> None:
            self._rows_for = key
            self.model.set_rows(found, mapping)
            self.counts_label.setText(self.tr("%n row(s) to import; checking them against the book…",
                                              "", len(found)))
            self.check()

        self._rows_op = Op(self, rows).success(shown).run()

    def check(self) -> None:
        """Work out each row's disposition with the options chosen (a check under way for
        other options is stopped)."""
        if self.table is None or self._rows_for is None:
            return
        self._cancel_plan()
        self.plan = None
        self.model.set_plan(None)
        self._update_buttons()
        table, mapping = self.table, dict(self.mapping)
        on_duplicate, overwrite = self._options()
        key = self._planning_for = (*self._rows_for, (on_duplicate, overwrite))
        book = self.services.book
        self._number += 1
        number = self._number
        report = self._reporter(number)

        def plan(cancelled):
            return _stopped_if_cancelled(lambda: plan_import(
                book, table, mapping, on_duplicate=on_duplicate, overwrite=overwrite,
                progress=lambda done, total: report("plan", done, total),
                cancelled=cancelled), cancelled)

        def planned(result) -> None:
            self.plan = result
            self._planned_for = key
            self.model.set_plan(result)
            self.plan_bar.setValue(self.plan_bar.maximum())
            self.plan_button.setText(self.tr("Check again"))
            self.filter_combo.setEnabled(True)
            self._show_counts(result)
            self._update_buttons()

        def stopped() -> None:
            self.plan_button.setText(self.tr("Check again"))
            self.counts_label.setText(self.tr(
                "Checking stopped: what each row would do is not known yet. Press Check "
                "again to check the rows, or change an option."))

        def failed(error: Exception) -> None:
            self.plan_button.setText(self.tr("Check again"))
            self.counts_label.setText(failure_text(error)[0])

        self.plan_bar.setRange(0, 1000)
        self.plan_bar.setValue(0)
        self.plan_button.setText(self.tr("Stop"))
        self.filter_combo.setEnabled(False)
        self._plan_op = Op(self, plan).success(planned).cancelled(stopped).failure(failed).run()

    def _cancel_plan(self) -> None:
        if self._plan_op is not None and self._plan_op.running:
            self._plan_op.cancel()
        self._number += 1  # its progress is no longer shown

    def _plan_button_clicked(self) -> None:
        if self._plan_op is not None and self._plan_op.running:
            self._cancel_plan()
        else:
            self.check()

    def _show_counts(self, plan) -> None:
        locale = QLocale()
        counts = plan.counts
        parts = [self.tr("%1: %2").replace("%1", labels.import_disposition(d)).replace(
            "%2", locale.toString(counts[d])) for d in DISPOSITIONS]
        text = self.tr("Rows in: %1 — %2").replace("%1", locale.toString(plan.rows_in)).replace(
            "%2", self.tr(", ", "between the counts").join(parts))
        if plan.blank or plan.totals:
            text += " " + self.tr("(left aside: %1 empty row(s), %2 total row(s))").replace(
                "%1", locale.toString(plan.blank)).replace("%2", locale.toString(plan.totals))
        self.counts_label.setText(text)

    # ------------------------------------------------------------ 4. the import
    def start_import(self) -> None:
        """Write the import off the interface thread (the book's writer), after a backup."""
        if self.table is None or self.plan is None:
            return
        table, mapping, previewed = self.table, dict(self.mapping), self.plan
        on_duplicate, overwrite = self._options()
        book, folder = self.services.book, self.backup_folder
        file_name = Path(str(table.path)).name
        self._number += 1
        report = self._reporter(self._number)

        def work(cancelled):
            result = _stopped_if_cancelled(lambda: run_import(
                book, table, mapping, on_duplicate=on_duplicate, overwrite=overwrite,
                backup_folder=folder, progress=report, cancelled=cancelled,
                file_name=file_name, plan=previewed), cancelled)
            try:  # the next file with these headers finds the same columns
                remember_mapping(book, table.layout_key(), mapping)
            except Exception:  # noqa: BLE001 - the import is written; only the memory is lost
                log.exception("the import's mapping could not be remembered")
            return result

        self.result = None
        self.result_label.clear()
        self.result_label.setStyleSheet("")
        self.backup_label.clear()
        self.saved_label.clear()
        self.save_rejected_button.hide()
        self.stage_label.setText(self.tr("Checking the rows against the book…"))
        self.import_bar.setRange(0, 0)
        self.import_bar.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self._import_started = time.monotonic()
        self._show_page(IMPORT)
        self._import_op = (Op(self, work, writes=True, origin=self.parent())
                           .success(self._imported)
                           .cancelled(self._import_cancelled)
                           .failure(self._import_failed))
        self._update_buttons()
        self._import_op.run()

    def cancel_import(self) -> None:
        if self._import_op is not None and self._import_op.running:
            self._import_op.cancel()
            self.cancel_button.setEnabled(False)
            self.stage_label.setText(self.tr("Cancelling: nothing of the import is kept…"))

    def _import_ended(self) -> None:
        self.import_bar.hide()
        self.cancel_button.hide()
        self._update_buttons()

    def _imported(self, result) -> None:
        self.result = result
        self._import_ended()
        locale = QLocale()
        counts = result.counts
        self.stage_label.setText(self.tr("The import is done."))
        numbers = (result.rows_in, counts["new"], counts["update"], counts["unchanged"],
                   counts["duplicate"], counts["rejected"])
        text = self.tr("Rows in: %1 = %2 created + %3 updated + %4 unchanged + %5 skipped + "
                       "%6 rejected.")
        for n, value in enumerate(numbers, 1):
            text = text.replace(f"%{n}", locale.toString(value))
        lines = [text, self.tr("Vehicles added: %1; vehicles updated: %2.").replace(
            "%1", locale.toString(result.vehicles_added)).replace(
            "%2", locale.toString(result.vehicles_updated))]
        plan = result.plan
        if plan.blank or plan.totals:
            lines.append(self.tr("Left aside: %1 empty row(s), %2 total row(s).").replace(
                "%1", locale.toString(plan.blank)).replace("%2", locale.toString(plan.totals)))
        self.result_label.setText("\n".join(lines))
        if result.backup is not None:
            self.backup_label.setText(self.tr("A backup of the book as it was before the import "
                                              "is at %1").replace("%1", str(result.backup)))
        else:
            self.backup_label.setText(self.tr("Nothing needed writing, so no backup was taken."))
        self.save_rejected_button.setVisible(counts["rejected"] > 0)
        self.close_button.setDefault(True)

    def _import_cancelled(self) -> None:
        self._import_ended()
        self.stage_label.setText(self.tr("The import was cancelled: nothing was written, the "
                                         "book is as it was."))

    def _import_failed(self, error: Exception) -> None:
        self._import_ended()
        text, detail = failure_text(error)
        self.stage_label.setText(self.tr("The import was not done: nothing was written, the "
                                         "book is as it was."))
        self.result_label.setStyleSheet(_ERROR_STYLE)
        self.result_label.setText(text + (f"\n\n{detail}" if detail else ""))

    def save_rejected(self, path: str | Path | None = None) -> None:
        """The rejected rows, with the sheet's own columns and the reason, to a workbook
        (asked where unless `path` is given) that can be corrected and imported again."""
        from app.ui.widgets.common import save_path

        result, table = self.result, self.table
        if result is None or table is None:
            return
        if path is None:
            path = save_path(self, self.tr("Save rejected rows"),
                             self.tr("%1 - rejected.xlsx").replace("%1", Path(str(table.path)).stem),
                             self.tr("Excel workbook (*.xlsx)"))
            if path is None:
                return
        target = Path(path)
        reason_header, sheet_title = self.tr("Reason"), self.tr("Rejected rows")

        def write() -> int:
            return write_rejected(target, table, result.plan, reason=import_reason,
                                  reason_header=reason_header, sheet_title=sheet_title)

        def written(rows: int) -> None:
            self.saved_label.setText(self.tr("%n row(s) saved to %1", "", rows).replace(
                "%1", str(target)))

        def failed(error: Exception) -> None:
            self.saved_label.setText(self.tr("The workbook could not be written: %1").replace(
                "%1", str(error)))

        Op(self, write).success(written).failure(failed).run()

    # ------------------------------------------------------------ progress
    def _reporter(self, number: int):
        """A progress(stage, done, total) for a worker, telling the interface at most every
        PROGRESS_EVERY_S (and at each stage's end)."""
        told = [0.0]
        signal = self._progress.moved

        def report(stage: str, done: int, total: int) -> None:
            now = time.monotonic()
            if now - told[0] < PROGRESS_EVERY_S and done < total:
                return
            told[0] = now
            try:
                signal.emit(number, stage, int(done), int(total))
            except RuntimeError:  # the window is gone
                pass

        return report

    def _moved(self, number: int, stage: str, done: int, total: int) -> None:
        if number != self._number:
            return
        importing = self._import_op is not None and self._import_op.running
        bar = self.import_bar if importing else self.plan_bar
        if total > 0:
            bar.setRange(0, 1000)
            bar.setValue(min(1000, int(done * 1000 / total)))
        if importing and not self._import_op.is_cancelled:
            self.stage_label.setText({
                "plan": self.tr("Checking the rows against the book…"),
                "backup": self.tr("Taking a backup of the book…"),
                "write": self.tr("Writing the customers…"),
            }.get(stage, stage))
