"""The print preview of the desk's paper (a dialog: the window's); the paper itself is
app.presentation.printing (HTML) laid out by app.render.pdf."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage, QPagedPaintDevice

from app.render.pdf import a4_portrait, paint_pictures, render


def may_print(parent, which: str, advisors, rows: int) -> bool:
    """Whether this person may print this list (each row's advisor; None: the whole book);
    said in words when not. A print allowed is written to the audit log."""
    window = parent.window() if parent is not None else None
    services = getattr(window, "services", None)
    if services is None:
        return True
    from app.domain.errors import NotAllowed
    from app.ui.ops import show_failure

    try:
        services.audit.may_put_out("print", advisors)
        services.audit.printed(which, rows)
    except NotAllowed as error:
        show_failure(parent, error, QCoreApplication.translate("Printing", "Not printed"))
        return False
    return True


def preview_pictures(parent, title: str, lines: Sequence[str], pictures: Sequence[QImage]) -> None:
    """The print preview of `paint_pictures` (A4 portrait to begin with); print from it."""
    _preview(parent, title, lambda device: paint_pictures(device, title, lines, pictures))


def _preview(parent, title: str, paint: Callable[[QPagedPaintDevice], int]) -> None:
    """A print preview dialog (A4 portrait to begin with) that pages with `paint`."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_portrait())
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    if title:
        dialog.setWindowTitle(title)
    dialog.paintRequested.connect(paint)
    dialog.exec()
    dialog.deleteLater()


def print_preview(parent, html: str, title: str = "") -> None:
    """Show the print preview of the rich text (A4 portrait to begin with); print from it."""
    _preview(parent, title, lambda device: render(html, device, title))
