"""The command line: the window (default), demo, check."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app import __version__
from app.domain.errors import BookError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="guanxi", description=QCoreApplication.translate("Cli", "Guanxi: customer relationships for a dealership."))
    parser.add_argument("--version", action="version", version=f"guanxi {__version__}")
    parser.add_argument("--db", help=QCoreApplication.translate("Cli", "the book: a SQLite file path or a database URL"))
    parser.add_argument("--lang", help=QCoreApplication.translate("Cli", "interface language: zh_CN or en (default: preferences, then the system)"))
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("gui", help=QCoreApplication.translate("Cli", "open the window (the default)"))
    demo = commands.add_parser("demo", help=QCoreApplication.translate("Cli", "write a demo book with generated customers"))
    demo.add_argument("--db", required=True, dest="demo_db", help=QCoreApplication.translate("Cli", "the new book's file"))
    demo.add_argument("--customers", type=int, default=500, help=QCoreApplication.translate("Cli", "how many customers"))
    demo.add_argument("--seed", type=int, default=1, help=QCoreApplication.translate("Cli", "the same seed gives the same book"))
    check = commands.add_parser("check", help=QCoreApplication.translate("Cli", "check a book's integrity and schema version"))
    sheet = commands.add_parser("callsheet", help=QCoreApplication.translate("Cli", "print the daily call sheet to a PDF"))
    sheet.add_argument("--db", required=True, dest="sheet_db", help=QCoreApplication.translate("Cli", "the book"))
    sheet.add_argument("--date", dest="day", help=QCoreApplication.translate("Cli", "the day (YYYY-MM-DD, default today)"))
    sheet.add_argument("--advisor", help=QCoreApplication.translate("Cli", "only this advisor's customers (a staff member's name)"))
    sheet.add_argument("--pdf", required=True, help=QCoreApplication.translate("Cli", "the PDF file to write"))
    export = commands.add_parser("export", help=QCoreApplication.translate("Cli", "export a list to an Excel workbook"))
    export.add_argument("list", choices=["customers", "reminders", "followups", "callsheet"])
    export.add_argument("--db", required=True, dest="export_db", help=QCoreApplication.translate("Cli", "the book"))
    export.add_argument("--out", required=True, help=QCoreApplication.translate("Cli", "the .xlsx file to write"))
    export.add_argument("--days", type=int, default=30, help=QCoreApplication.translate("Cli", "reminders: how many days ahead (default 30)"))
    export.add_argument("--date", dest="day", help=QCoreApplication.translate("Cli", "the day (YYYY-MM-DD, default today)"))
    export.add_argument("--advisor", help=QCoreApplication.translate("Cli", "only this advisor's customers (a staff member's name)"))
    check.add_argument("--db", required=True, dest="check_db", help=QCoreApplication.translate("Cli", "the book to check"))
    report = commands.add_parser("report", help=QCoreApplication.translate("Cli", "write the dashboard's figures to a workbook (one sheet per chart)"))
    report.add_argument("--db", required=True, dest="report_db", help=QCoreApplication.translate("Cli", "the book"))
    report.add_argument("--out", required=True, help=QCoreApplication.translate("Cli", "the .xlsx file to write"))
    report.add_argument("--png-dir", help=QCoreApplication.translate("Cli", "also save every chart as a PNG in this folder"))
    report.add_argument("--from", dest="first_month", help=QCoreApplication.translate("Cli", "first month (YYYY-MM, default 11 months before this one)"))
    report.add_argument("--to", dest="last_month", help=QCoreApplication.translate("Cli", "last month (YYYY-MM, default this month)"))
    report.add_argument("--advisor", help=QCoreApplication.translate("Cli", "only this advisor's customers (a staff member's name)"))
    return parser


def _core_app(language: str | None) -> None:
    """Translations for command-line output need a (window-less) application; PDFs need
    fonts, so a GUI application on the offscreen platform (no window is ever shown)."""
    import os

    from PySide6.QtGui import QGuiApplication

    from app.bootstrap import setup_language

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QCoreApplication.instance() or QGuiApplication(sys.argv[:1])
    setup_language(app, language)
    from app.ui.i18n import apply_cjk_font

    apply_cjk_font(app)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = _peek_lang(argv)
    if _wants_command(argv):
        _core_app(lang)
    args = build_parser().parse_args(argv)
    if args.command == "demo":
        return run_demo(Path(args.demo_db), args.customers, args.seed)
    if args.command == "check":
        return run_check(args.check_db)
    if args.command == "callsheet":
        return run_callsheet(args.sheet_db, args.day, args.advisor, args.pdf)
    if args.command == "export":
        return run_export(args.list, args.export_db, args.out, args.days, args.day, args.advisor)
    if args.command == "report":
        return run_report(args.report_db, args.out, args.png_dir, args.first_month,
                          args.last_month, args.advisor)
    return run_gui(args.db, args.lang)


def _peek_lang(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


COMMANDS = ("demo", "check", "callsheet", "export", "report")


def _wants_command(argv: list[str]) -> bool:
    return any(a in COMMANDS for a in argv) or any(a in ("-h", "--help") for a in argv)


def run_demo(path: Path, customers: int, seed: int) -> int:
    from app.services.demo import generate_demo

    if customers < 1:
        print(QCoreApplication.translate("Cli", "--customers must be at least 1"), file=sys.stderr)
        return 2
    started = time.perf_counter()
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if now - last[0] > 1 or done == total:
            last[0] = now
            print(QCoreApplication.translate("Cli", "%1 of %2 customers").replace("%1", str(done)).replace("%2", str(total)),
                  file=sys.stderr, flush=True)

    try:
        summary = generate_demo(str(path), customers=customers, seed=seed, progress=progress)
    except BookError as exc:
        print(_book_error(exc), file=sys.stderr)
        return 1
    print(
        QCoreApplication.translate("Cli", "Demo book written: %1 (%2 customers, %3 vehicles, %4 contacts, %6 service visits) in %5 s")
        .replace("%1", str(path))
        .replace("%2", str(summary.customers))
        .replace("%3", str(summary.vehicles))
        .replace("%4", str(summary.interactions))
        .replace("%6", str(summary.visits))
        .replace("%5", f"{time.perf_counter() - started:.1f}")
    )
    return 0


def run_check(db: str) -> int:
    from app.services.book import check_book

    report = check_book(db)
    print(QCoreApplication.translate("Cli", "Schema: %1 (this program: %2)")
          .replace("%1", report.schema_revision or "-").replace("%2", report.program_revision))
    for name, count in report.counts.items():
        print(f"  {name}: {count}")
    if report.ok:
        print(QCoreApplication.translate("Cli", "OK: the book is sound."))
        return 0
    for problem in report.problems:
        print(QCoreApplication.translate("Cli", "Problem: %1").replace("%1", problem), file=sys.stderr)
    return 1


def _book_error(exc: BookError) -> str:
    from app.ui.messages import book_error

    return book_error(exc)


def run_gui(db: str | None, lang: str | None) -> int:
    from app.bootstrap import (
        build_main_window,
        ensure_application,
        install_excepthook,
        refuse_second_copy,
        setup_language,
        setup_logging,
        try_lock_book,
    )
    from app.services.paths import default_book_path
    from app.ui.settings import Preferences

    setup_logging()
    app = ensure_application()
    install_excepthook()
    preferences = Preferences()
    setup_language(app, lang or preferences.language)
    path = db or str(default_book_path())
    # one copy of the program per book: taken before the book is touched, held until the end
    lock, holder = try_lock_book(path)
    if lock is None:
        refuse_second_copy(holder)
        return 1
    try:
        if db is None and not preferences.first_start_done and not Path(path).exists():
            _offer_demo(path)
        preferences.first_start_done = True
        # The window shows at once; the book opens on the event loop's first turn.
        window = build_main_window(path, language=lang, defer_book=True)
        window.show()
        return app.exec()
    finally:
        lock.release()


def _ask_for_demo() -> bool:
    """First start: an empty book, or a demo book to look around in? True for the demo."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Cli", "Welcome to Guanxi"),
        QCoreApplication.translate("Cli", "This is the first start. Start with an empty book, or with a demo book of 500 "
           "made-up customers to look around?"),
    )
    demo = box.addButton(QCoreApplication.translate("Cli", "Demo book"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Cli", "Empty book"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is demo


def _offer_demo(path: str, ask=_ask_for_demo) -> None:
    """Write the demo book at `path` when the person asks for it."""
    if not ask():
        return
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.services.demo import generate_demo

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        generate_demo(path, customers=500, seed=1)
    finally:
        QApplication.restoreOverrideCursor()


def _open(db: str):
    from app.services.book import open_book

    return open_book(db, create=False)


def _day(text: str | None):
    from datetime import date

    from app.domain.validation import parse_date

    return parse_date(text, "date") if text else date.today()


def _advisor_id(services, name: str | None) -> int | None:
    if not name:
        return None
    for member in services.staff.list(active_only=False):
        if member.name == name:
            return member.id
    raise LookupError(name)


def _prepare(db: str, day_text: str | None, advisor: str | None):
    """(services, day, advisor id) or an exit status after saying what is wrong."""
    from app.domain.errors import ValidationError

    try:
        services = _open(db)
    except BookError as exc:
        print(_book_error(exc), file=sys.stderr)
        return None, 1
    try:
        day = _day(day_text)
        advisor_id = _advisor_id(services, advisor)
    except ValidationError:
        services.close()
        print(QCoreApplication.translate("Cli", "Not a valid date (use YYYY-MM-DD): %1").replace("%1", day_text or ""), file=sys.stderr)
        return None, 2
    except LookupError:
        services.close()
        print(QCoreApplication.translate("Cli", "No staff member is called %1.").replace("%1", advisor or ""), file=sys.stderr)
        return None, 2
    return (services, day, advisor_id), 0


def run_callsheet(db: str, day_text: str | None, advisor: str | None, pdf: str) -> int:
    from app.ui import labels
    from app.ui.printing import call_sheet_html, write_pdf

    prepared, status = _prepare(db, day_text, advisor)
    if prepared is None:
        return status
    services, day, advisor_id = prepared
    try:
        sheet = services.callsheet.for_day(day, advisor_id=advisor_id)
        try:
            write_pdf(call_sheet_html(sheet, labels.reason), pdf,
                      QCoreApplication.translate("Cli", "Call sheet"))
        except OSError as exc:
            print(QCoreApplication.translate("Cli", "The PDF could not be written: %1").replace("%1", str(exc)), file=sys.stderr)
            return 1
        print(QCoreApplication.translate("Cli", "Call sheet for %1 written to %2 (customers: %3)")
              .replace("%1", day.isoformat()).replace("%2", pdf).replace("%3", str(len(sheet.lines))))
        return 0
    finally:
        services.close()


def run_export(which: str, db: str, out: str, days: int, day_text: str | None, advisor: str | None) -> int:
    from app.services.excel_export import write_xlsx
    from app.ui import exports

    prepared, status = _prepare(db, day_text, advisor)
    if prepared is None:
        return status
    services, day, advisor_id = prepared
    try:
        if which == "customers":
            sheet = exports.customers_sheet(services.customers.export_rows())
        elif which == "reminders":
            sheet = exports.reminders_sheet(
                services.reminders.due(day, horizon_days=max(0, days), advisor_id=advisor_id))
        elif which == "followups":
            sheet = exports.followups_sheet(services.followups.list(advisor_id=advisor_id))
        else:
            sheet = exports.callsheet_sheet(services.callsheet.for_day(day, advisor_id=advisor_id))
        try:
            rows = write_xlsx(out, [sheet])
        except OSError as exc:
            print(QCoreApplication.translate("Cli", "The workbook could not be written: %1").replace("%1", str(exc)), file=sys.stderr)
            return 1
        print(QCoreApplication.translate("Cli", "Written to %1 (rows: %2)").replace("%1", out).replace("%2", str(rows)))
        return 0
    finally:
        services.close()


def _month(text: str | None, default):
    """The first day of a YYYY-MM month (or a YYYY-MM-DD day's month); ValueError if not one."""
    from datetime import date

    if not text:
        return default
    parts = text.strip().split("-")
    if len(parts) not in (2, 3):
        raise ValueError(text)
    return date(int(parts[0]), int(parts[1]), 1)


def _preferences():
    """This machine's preferences (value thresholds, lapse months), as the window uses them."""
    from app.ui.settings import Preferences

    return Preferences()


def run_report(db: str, out: str, png_dir: str | None, first: str | None, last: str | None,
               advisor: str | None) -> int:
    from datetime import date

    from app.domain.dashboard_records import DashboardQuery
    from app.services.dashboard import DashboardService
    from app.services.excel_export import write_xlsx
    from app.ui import charts

    today = date.today()
    this_month = today.replace(day=1)
    back = this_month.year * 12 + this_month.month - 1 - 11
    try:
        start = _month(first, date(back // 12, back % 12 + 1, 1))
        end = _month(last, this_month)
    except ValueError:
        print(QCoreApplication.translate("Cli", "Not a valid month (use YYYY-MM): %1").replace(
            "%1", f"{first or ''} {last or ''}".strip()), file=sys.stderr)
        return 2
    if end < start:
        print(QCoreApplication.translate("Cli", "The last month comes before the first."), file=sys.stderr)
        return 2
    prepared, status = _prepare(db, None, advisor)
    if prepared is None:
        return status
    services, _day_unused, advisor_id = prepared
    preferences = _preferences()

    def tr(text: str) -> str:
        return QCoreApplication.translate("Charts", text)

    try:
        data = DashboardService(services.book, services.segments, services.reminders).build(
            DashboardQuery(start, end, advisor_id), today, lapse=preferences.lapse_thresholds,
            window_years=preferences.value_window_years, thresholds=preferences.value_thresholds)
        try:
            write_xlsx(out, charts.dashboard_sheets(data, tr))
            written = []
            if png_dir:
                folder = Path(png_dir)
                folder.mkdir(parents=True, exist_ok=True)
                for key, _title, _draw in charts.CHARTS:
                    path = folder / f"{key}.png"
                    charts.render_png(key, data, path, tr)
                    written.append(path)
        except OSError as exc:
            print(QCoreApplication.translate("Cli", "The report could not be written: %1").replace("%1", str(exc)), file=sys.stderr)
            return 1
        print(QCoreApplication.translate("Cli", "Report for %1 to %2 written to %3")
              .replace("%1", start.strftime("%Y-%m")).replace("%2", end.strftime("%Y-%m"))
              .replace("%3", out))
        if written:
            print(QCoreApplication.translate("Cli", "Charts saved in %1: %2").replace("%1", str(png_dir))
                  .replace("%2", ", ".join(p.name for p in written)))
        return 0
    finally:
        services.close()
