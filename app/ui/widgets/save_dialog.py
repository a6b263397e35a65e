"""The save dialog of every export (Excel, PDF, PNG): one that never opens a file it lists.

SQLite's locks on Linux and macOS are POSIX advisory locks. They belong to the process and
are dropped when ANY descriptor of the file is closed in that process, whoever opened it.
Qt's stock file dialog asks QMimeDatabase for the type of each file of the folder it
shows, and QMimeDatabase opens and reads a file whose name does not settle its type: the
book, its -wal and -shm files among them. Closing that descriptor released this desk's
locks on the book, so another desk could then lock the book alone, delete the WAL this
desk still wrote to, and stop seeing this desk's work until the program was restarted.

So the dialog here is Qt's own widget dialog (a platform's native dialog runs in this
process too, and may read files the same way: GTK's chooser sniffs their content), with an
icon provider that works from file names alone. On Windows a lock belongs to the handle
that took it, closing another handle leaves it alone, and the native dialog is kept.
"""

from __future__ import annotations

import re
import sys
from contextlib import contextmanager
from functools import cache

from PySide6.QtCore import QCoreApplication, QFileInfo, QMimeDatabase, Qt
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import (
    QFileDialog,
    QFileIconProvider,
    QLineEdit,
    QSplitter,
    QTreeView,
    QWidget,
)

_PATTERN_SUFFIX = re.compile(r"\*(\.[^\s*?\[\]);]+)")


def native_dialog_is_safe() -> bool:
    """True where closing a stray descriptor of the book cannot drop SQLite's locks."""
    return sys.platform == "win32"


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names worked out from a file's name: it never opens or reads a file
    (Qt's own provider reads the first bytes of a file whose extension is not enough)."""

    def __init__(self) -> None:
        super().__init__()
        self.setOptions(QAbstractFileIconProvider.Option.DontUseCustomDirectoryIcons)
        self._mimes = QMimeDatabase()

    def _mime(self, info: QFileInfo):
        # the name's glob matches only (an ambiguous one such as *.db: the first of them)
        candidates = self._mimes.mimeTypesForFileName(info.fileName())
        if candidates:
            return candidates[0]
        return self._mimes.mimeTypeForName("application/octet-stream")

    def icon(self, what):  # noqa: N802 - Qt's name; also called with an IconType
        if not isinstance(what, QFileInfo):
            return super().icon(what)
        kind = QAbstractFileIconProvider.IconType
        if what.isRoot():
            return super().icon(kind.Drive)
        if what.isDir():
            return super().icon(kind.Folder)
        plain = super().icon(kind.File)
        if not what.isFile():
            return plain
        mime = self._mime(what)
        return QIcon.fromTheme(mime.iconName(), QIcon.fromTheme(mime.genericIconName(), plain))

    def type(self, info: QFileInfo) -> str:  # noqa: A003 - Qt's name
        if info.isFile():  # Qt's own reads the file here; folders, drives... it names alone
            mime = self._mime(info)
            return mime.comment() or mime.name()
        # (Qt's own words for these are missing from its Chinese catalogue)
        if info.isRoot():
            return QCoreApplication.translate("SaveDialog", "Drive")
        if info.isDir():
            return QCoreApplication.translate("SaveDialog", "Folder")
        return super().type(info)


@cache
def _name_only_icons() -> NameOnlyIconProvider:
    """One provider for every dialog: a dialog does not own its provider, so this one
    outlives them all."""
    return NameOnlyIconProvider()


def filter_suffixes(filter_text: str) -> list[str]:
    """The file endings a filter such as "Excel workbook (*.xlsx)" names, in order."""
    return [match.lower() for match in _PATTERN_SUFFIX.findall(filter_text)]


@contextmanager
def _no_native_helpers():
    """While a file dialog is built, the platform's own dialogs are refused (Qt makes the
    native helper while constructing, before an option could say no, and GTK's begins
    reading the folder at once); afterwards the application's choice is as it was."""
    refused = QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs,
                                  refused or not native_dialog_is_safe())
    try:
        yield
    finally:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, refused)


def _make_safe(dialog: QFileDialog) -> None:
    """Qt's widget dialog with the name-only icons, where a native one could drop locks."""
    if not native_dialog_is_safe():
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setIconProvider(_name_only_icons())
    dialog.resize(860, 520)  # the side panel's names and the columns readable at once
    splitter = dialog.findChild(QSplitter, "splitter")
    if splitter is not None and splitter.count() == 2:
        splitter.setSizes([170, 690])


def _enter_folder_typed(dialog: QFileDialog) -> bool:
    """A name box that names an existing folder ("/tmp/exports", "exports/") opens that
    folder, as Qt's own dialog does, instead of accepting it: True when it did."""
    chosen = dialog.selectedFiles()
    if not chosen or not chosen[0] or not QFileInfo(chosen[0]).isDir():
        return False
    dialog.setDirectory(QFileInfo(chosen[0]).absoluteFilePath())
    name_box = dialog.findChild(QLineEdit, "fileNameEdit")
    if name_box is not None:
        name_box.clear()
    return True


class OpenDialog(QFileDialog):
    """Choose an existing file to read (a backup on a USB drive...): the save dialog's
    safe widget dialog, which never opens the files it lists."""

    def __init__(self, parent: QWidget | None, title: str, folder: str,
                 filters: list[str]) -> None:
        with _no_native_helpers():
            super().__init__(parent, title, folder, ";;".join(filters))
        _make_safe(self)
        self.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        self.setFileMode(QFileDialog.FileMode.ExistingFile)
        details = self.findChild(QTreeView, "treeView")
        if details is not None:  # a backup's long name and its size whole, not elided
            for column, width in enumerate((384, 84, 84, 108)):
                details.header().resizeSection(column, width)

    def accept(self) -> None:
        if _enter_folder_typed(self):
            return
        super().accept()


class SaveDialog(QFileDialog):
    """Where to save an export: the folder and name to begin with, a filter, a question
    before replacing a file, and a name always ending in one of the filter's endings (so
    an export can never be written over the book or another program's file)."""

    def __init__(self, parent: QWidget | None, title: str, default_name: str,
                 filter_text: str) -> None:
        with _no_native_helpers():
            super().__init__(parent, title, default_name, filter_text)
        _make_safe(self)
        self.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.setFileMode(QFileDialog.FileMode.AnyFile)
        self._suffixes = filter_suffixes(filter_text)
        if self._suffixes:
            self.setDefaultSuffix(self._suffixes[0].lstrip("."))

    def accept(self) -> None:
        if _enter_folder_typed(self):  # not "/tmp/exports" saved as "/tmp/exports.xlsx"
            return
        chosen = self.selectedFiles()
        if chosen and self._suffixes and not chosen[0].lower().endswith(tuple(self._suffixes)):
            # "guanxi.db" becomes "guanxi.db.xlsx": asked about if it exists, like any name.
            # (selectFile leaves the name box alone while it has the focus.)
            focused = self.focusWidget()
            if focused is not None:
                focused.clearFocus()
            self.selectFile(chosen[0] + self._suffixes[0])
        super().accept()
