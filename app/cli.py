"""The command line: the window (default), demo, check, callsheet, export, report.

Exit statuses: 0 done, 1 failed (said why on stderr; an unexpected error's details go to
the log file), 2 the arguments were refused. No traceback reaches the person.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app import __version__
from app.domain.errors import BookError, NotAllowed, SignInRefused

log = logging.getLogger(__name__)

# The days the reminders and the call sheet can work out (with their windows of up to
# ten years around the day, and the lunar calendar's 1900-2099 where it has dates).
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2999, 12, 31)
MAX_DAYS_AHEAD = 3660  # ten years of reminders
MAX_DEMO_CUSTOMERS = 1_000_000


class UsageError(Exception):
    """The arguments were read but cannot be used (exit status 2); the text says why."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="guanxi", description=QCoreApplication.translate("Cli", "Guanxi: customer relationships for a dealership."))
    parser.add_argument("--version", action="version", version=f"guanxi {__version__}")
    parser.add_argument("--db", help=QCoreApplication.translate("Cli", "the book: a SQLite file path or a database URL"))
    parser.add_argument("--lang", help=QCoreApplication.translate("Cli", "interface language: zh_CN or en (default: preferences, then the system)"))
    parser.add_argument("--user", help=QCoreApplication.translate("Cli", "sign in as this login first (password asked, or GUANXI_PASSWORD; GUANXI_USER stands for it)"))
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("gui", help=QCoreApplication.translate("Cli", "open the window (the default)"))
    # each command's own --db; without it, the --db given before the command
    demo = commands.add_parser("demo", help=QCoreApplication.translate("Cli", "write a demo book with generated customers"))
    demo.add_argument("--db", dest="demo_db", help=QCoreApplication.translate("Cli", "the new book's file"))
    demo.add_argument("--customers", type=_customer_count, default=500, help=QCoreApplication.translate("Cli", "how many customers"))
    demo.add_argument("--seed", type=int, default=1, help=QCoreApplication.translate("Cli", "the same seed gives the same book"))
    demo.add_argument("--planted-duplicates", type=_days_ahead, default=0, metavar="N", help=QCoreApplication.translate("Cli", "also add N customers who duplicate others (for the duplicate finder)"))
    demo.add_argument("--dirty-sheets", metavar="FOLDER", help=QCoreApplication.translate("Cli", "also write customer sheets as dealerships send them (customers.xlsx, old-crm.csv) into this folder"))
    check = commands.add_parser("check", help=QCoreApplication.translate("Cli", "check a book's integrity and schema version"))
    check.add_argument("--db", dest="check_db", help=QCoreApplication.translate("Cli", "the book to check"))
    sheet = commands.add_parser("callsheet", help=QCoreApplication.translate("Cli", "print the daily call sheet to a PDF"))
    sheet.add_argument("--db", dest="sheet_db", help=QCoreApplication.translate("Cli", "the book"))
    sheet.add_argument("--date", dest="day", type=_day, help=QCoreApplication.translate("Cli", "the day (YYYY-MM-DD, default today)"))
    sheet.add_argument("--advisor", help=QCoreApplication.translate("Cli", "only this advisor's customers (a staff member's name)"))
    sheet.add_argument("--pdf", required=True, help=QCoreApplication.translate("Cli", "the PDF file to write"))
    export = commands.add_parser("export", help=QCoreApplication.translate("Cli", "export a list to an Excel workbook"))
    export.add_argument("list", choices=["customers", "reminders", "followups", "callsheet", "leads"])
    export.add_argument("--db", dest="export_db", help=QCoreApplication.translate("Cli", "the book"))
    export.add_argument("--out", required=True, help=QCoreApplication.translate("Cli", "the .xlsx file to write"))
    export.add_argument("--days", type=_days_ahead, default=30, help=QCoreApplication.translate("Cli", "reminders: how many days ahead (default 30)"))
    export.add_argument("--date", dest="day", type=_day, help=QCoreApplication.translate("Cli", "the day (YYYY-MM-DD, default today)"))
    export.add_argument("--advisor", help=QCoreApplication.translate("Cli", "only this advisor's customers (a staff member's name)"))
    export.add_argument("--for-marketing", action="store_true", help=QCoreApplication.translate("Cli", "customers: only those who agreed to marketing (the others are counted, not written)"))
    report = commands.add_parser("report", help=QCoreApplication.translate("Cli", "write the dashboard's figures to a workbook (one sheet per chart)"))
    report.add_argument("--db", dest="report_db", help=QCoreApplication.translate("Cli", "the book"))
    report.add_argument("--out", required=True, help=QCoreApplication.translate("Cli", "the .xlsx file to write"))
    report.add_argument("--png-dir", help=QCoreApplication.translate("Cli", "also save every chart as a PNG in this folder"))
    report.add_argument("--from", dest="first_month", type=_month, help=QCoreApplication.translate("Cli", "first month (YYYY-MM, default 11 months before this one)"))
    report.add_argument("--to", dest="last_month", type=_month, help=QCoreApplication.translate("Cli", "last month (YYYY-MM, default this month)"))
    report.add_argument("--advisor", help=QCoreApplication.translate("Cli", "only this advisor's customers (a staff member's name)"))
    backup = commands.add_parser("backup", help=QCoreApplication.translate("Cli", "write a checked backup of the book (also while the window has it open)"))
    backup.add_argument("--db", dest="backup_db", help=QCoreApplication.translate("Cli", "the book (a SQLite file, or a server's address: backed up by its pg_dump)"))
    backup.add_argument("--to", dest="backup_to", help=QCoreApplication.translate("Cli", "the backups folder (default: as in Preferences, else a 'backups' folder beside the book)"))
    restore = commands.add_parser("restore", help=QCoreApplication.translate("Cli", "put a backup in the book's place (the book as it was is kept aside)"))
    restore.add_argument("--db", dest="restore_db", help=QCoreApplication.translate("Cli", "the book (a SQLite file)"))
    restore.add_argument("--from", dest="restore_from", required=True, help=QCoreApplication.translate("Cli", "the backup file to restore"))
    copy = commands.add_parser("copy", help=QCoreApplication.translate("Cli", "copy a whole book to an empty place: a file to a database server, a server's book to a file, or a file to a new file"))
    copy.add_argument("--from", dest="copy_from", required=True, help=QCoreApplication.translate("Cli", "the book to copy (a SQLite file or a database URL); it is only read"))
    copy.add_argument("--to", dest="copy_to", required=True, help=QCoreApplication.translate("Cli", "where to: a file that does not exist yet, or the URL of an empty database"))
    _staff_parser(commands)
    _add_audit_parser(commands)
    _privacy_parser(commands)
    _anonymise_parser(commands)
    _import_parser(commands)
    return parser


# ---------------------------------------------------------------- argument types
# (argparse turns their ArgumentTypeError into "argument --x: <text>" and exit status 2)
def _whole_number(text: str, low: int, high: int, out_of_range: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("Cli", "not a whole number: %1").replace("%1", text)) from None
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(
            out_of_range.replace("%1", str(low)).replace("%2", str(high)).replace("%3", text))
    return value


def _days_ahead(text: str) -> int:
    return _whole_number(text, 0, MAX_DAYS_AHEAD, QCoreApplication.translate(
        "Cli", "the number of days must be from %1 to %2, not %3"))


def _customer_count(text: str) -> int:
    return _whole_number(text, 1, MAX_DEMO_CUSTOMERS, QCoreApplication.translate(
        "Cli", "the number of customers must be from %1 to %2, not %3"))


def _day(text: str) -> date:
    """A day (YYYY-MM-DD) from FIRST_DAY to LAST_DAY."""
    from app.domain.errors import ValidationError
    from app.domain.validation import parse_date

    try:
        day = parse_date(text, "date")
    except ValidationError:
        day = None
    if day is None:
        import re

        written = re.fullmatch(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*", text)
        if written and 1 <= int(written[2]) <= 12:  # the right form, but no such day
            raise argparse.ArgumentTypeError(
                QCoreApplication.translate("Cli", "There is no day %1 in that month: %2")
                .replace("%1", str(int(written[3]))).replace("%2", text))
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("Cli", "Not a valid date (use YYYY-MM-DD): %1").replace("%1", text))
    if not FIRST_DAY <= day <= LAST_DAY:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("Cli", "the date must be from %1 to %2, not %3")
            .replace("%1", FIRST_DAY.isoformat()).replace("%2", LAST_DAY.isoformat()).replace("%3", text))
    return day


def _month(text: str) -> date:
    """The first day of a YYYY-MM month (or of a YYYY-MM-DD day's month), FIRST_DAY's
    month to LAST_DAY's."""
    parts = text.strip().split("-")
    try:
        if len(parts) not in (2, 3):
            raise ValueError(text)
        month = date(int(parts[0]), int(parts[1]), 1)
    except ValueError:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("Cli", "Not a valid month (use YYYY-MM): %1").replace("%1", text)) from None
    if not FIRST_DAY <= month <= LAST_DAY:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("Cli", "the month must be from %1 to %2, not %3")
            .replace("%1", FIRST_DAY.strftime("%Y-%m")).replace("%2", LAST_DAY.strftime("%Y-%m"))
            .replace("%3", text))
    return month


def _book(args: argparse.Namespace, own: str | None) -> str:
    """The command's --db, else the one given before the command."""
    db = own or args.db
    if not db:
        raise UsageError(QCoreApplication.translate("Cli", "Which book? Give it with --db (a file or a database URL)."))
    return db


# ---------------------------------------------------------------- dispatch
def _commands() -> dict[str, tuple[Callable[[argparse.Namespace], int], bool]]:
    """Each command: how it runs from its arguments, and whether it may change the book
    (what an unexpected failure says was kept)."""
    return {
        "gui": (lambda a: run_gui(a.db, a.lang, a.user), True),
        "demo": (lambda a: run_demo(_book(a, a.demo_db), a.customers, a.seed,
                                    a.planted_duplicates, a.dirty_sheets), True),
        "check": (lambda a: run_check(_book(a, a.check_db)), False),
        "callsheet": (lambda a: run_callsheet(_book(a, a.sheet_db), a.day, a.advisor, a.pdf), False),
        "export": (lambda a: run_export(a.list, _book(a, a.export_db), a.out, a.days, a.day, a.advisor,
                                        a.for_marketing),
                   False),
        "report": (lambda a: run_report(_book(a, a.report_db), a.out, a.png_dir, a.first_month,
                                        a.last_month, a.advisor), False),
        "backup": (lambda a: run_backup(_book(a, a.backup_db), a.backup_to), False),
        "restore": (lambda a: run_restore(_book(a, a.restore_db), a.restore_from), True),
        # the book copied from is only read; nothing is left where it went when it fails
        "copy": (lambda a: run_copy(a.copy_from, a.copy_to), False),
        "staff": (lambda a: run_staff(a), True),
        "audit": (lambda a: run_audit(_book(a, a.audit_db), a.out, a.since, a.until, a.audit_by,
                                      a.action), False),
        "privacy": (lambda a: run_privacy(a), True),
        # the book is only read; nothing is left at --out when it fails
        "anonymise": (lambda a: run_anonymise(_book(a, a.anonymise_db), a.out, a.force), False),
        # all or nothing: a failed import leaves the book as it was
        "import": (lambda a: run_import(a), False),
    }


COMMANDS = ("demo", "check", "callsheet", "export", "report", "backup", "restore", "copy", "staff",
            "audit", "privacy", "anonymise", "import")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = _peek_lang(argv)
    if _wants_command(argv):
        _core_app(lang)
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # argparse's refusals (2), --help and --version (0)
        return exc.code if isinstance(exc.code, int) else 2
    name = args.command or "gui"
    run, changes_book = _commands()[name]
    _signing_in.set(args.user or os.environ.get("GUANXI_USER") or None)
    _named_here.set(bool(args.user))
    return _run(name, lambda: run(args), changes_book)


def _run(name: str, run: Callable[[], int], changes_book: bool) -> int:
    """Runs one command: every failure becomes a sentence on stderr and an exit status;
    what is logged meanwhile goes to the log file, never to the terminal."""
    with _log_file() as handler:
        try:
            return run()
        except UsageError as exc:
            print(str(exc), file=sys.stderr)
            return 2
        except BookError as exc:
            print(_book_error(exc), file=sys.stderr)
            return 1
        except SignInRefused as exc:  # nothing was done
            print(_sign_in_refused(exc), file=sys.stderr)
            return 1
        except NotAllowed as exc:  # nothing was done
            from app.presentation.messages import not_allowed

            print(not_allowed(exc.roles), file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            print(QCoreApplication.translate("Cli", "Stopped."), file=sys.stderr)
            return 1
        except Exception as exc:  # noqa: BLE001 - the one place that words what nobody foresaw
            from app.services.errors import classify

            log.error("the %s command failed", name, exc_info=exc)
            known = classify(exc)
            if known is not None:  # busy, disk full, damaged, read-only...
                print(_book_error(known), file=sys.stderr)
            else:
                written = isinstance(handler, _LogFile) and not handler.failed
                print(_unexpected(exc, changes_book, Path(handler.baseFilename) if written else None),
                      file=sys.stderr)
            return 1


def _unexpected(exc: BaseException, changes_book: bool, log_file: Path | None) -> str:
    lines = str(exc).strip().splitlines()
    what = f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__
    parts = [QCoreApplication.translate("Cli", "Something went wrong: %1.").replace("%1", what)]
    if changes_book:
        parts.append(QCoreApplication.translate("Cli", "What was saved before the problem is kept; the rest was not saved."))
    else:
        parts.append(QCoreApplication.translate("Cli", "Nothing in the book was changed."))
    if log_file is not None:
        parts.append(QCoreApplication.translate("Cli", "The details are in the log file %1.").replace("%1", str(log_file)))
    else:
        parts.append(QCoreApplication.translate("Cli", "The details could not be written to a log file."))
    return " ".join(parts)


class _LogFile(logging.handlers.RotatingFileHandler):
    """The log file; when it cannot be written (a full disk) that is noted, not printed."""

    failed = False

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        self.failed = True


@contextmanager
def _log_file() -> Iterator[logging.Handler]:
    """While a command runs, the log goes to the user's log folder (else the temporary
    folder); with neither writable, nowhere (Python would print it on stderr)."""
    import tempfile

    from app.services.admin.paths import log_dir

    handler: logging.Handler = logging.NullHandler()
    for folder in (log_dir(), Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handler = _LogFile(folder / "guanxi.log", maxBytes=1_000_000, backupCount=3,
                               encoding="utf-8")
        except OSError:
            continue
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        break
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        try:
            handler.close()
        except OSError:
            pass


def _core_app(language: str | None) -> None:
    """Translations for command-line output need a (window-less) application; PDFs need
    fonts, so a GUI application on the offscreen platform (no window is ever shown)."""
    import os

    from PySide6.QtGui import QGuiApplication

    from app.render.language import setup_language

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QCoreApplication.instance() or QGuiApplication(sys.argv[:1])
    setup_language(app, language)
    from app.render.fonts import apply_cjk_font

    apply_cjk_font(app)


def _peek_lang(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _wants_command(argv: list[str]) -> bool:
    return any(a in COMMANDS for a in argv) or any(a in ("-h", "--help") for a in argv)


def run_demo(path: str, customers: int, seed: int, planted: int = 0,
             sheets: str | None = None) -> int:
    from app.demo.generator import generate_demo

    if sheets is not None and not Path(sheets).is_dir():
        raise UsageError(QCoreApplication.translate("Cli", "There is no folder %1: make it first, or write the copy somewhere else. Nothing was written.")
                         .replace("%1", sheets))

    started = time.perf_counter()
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if now - last[0] > 1 or done == total:
            last[0] = now
            print(QCoreApplication.translate("Cli", "%1 of %2 customers").replace("%1", str(done)).replace("%2", str(total)),
                  file=sys.stderr, flush=True)

    summary = generate_demo(path, customers=customers, seed=seed, progress=progress)
    print(
        QCoreApplication.translate("Cli", "Demo book written: %1 (%2 customers, %3 vehicles, %4 contacts, %6 service visits) in %5 s")
        .replace("%1", str(path))
        .replace("%2", str(summary.customers))
        .replace("%3", str(summary.vehicles))
        .replace("%4", str(summary.interactions))
        .replace("%6", str(summary.visits))
        .replace("%5", f"{time.perf_counter() - started:.1f}")
    )
    if planted or sheets:
        _test_material(path, planted, sheets, seed)
    return 0


def _test_material(path: str, planted: int, sheets: str | None, seed: int) -> None:
    """Planted duplicates and dirty sheets over a new demo book (app.demo.dirty)."""
    from app.demo.dirty import (
        clean_customers_of,
        plant_duplicates,
        write_dirty_csv,
        write_dirty_xlsx,
    )
    from app.services.admin.book import open_book

    services = open_book(path, create=False)
    try:
        if planted:
            pairs = plant_duplicates(services, planted, seed)
            print(QCoreApplication.translate("Cli", "Planted duplicates: %1 pairs.").replace("%1", str(len(pairs))))
        if sheets:
            truth = clean_customers_of(services, 1000, seed)
            folder = Path(sheets)
            write_dirty_xlsx(folder / "customers.xlsx", truth, seed)
            write_dirty_csv(folder / "old-crm.csv", truth, seed)
            print(QCoreApplication.translate("Cli", "Dirty sheets of %1 customers written to %2.")
                  .replace("%1", str(len(truth))).replace("%2", str(folder)))
    finally:
        services.close()


def run_check(db: str) -> int:
    from app.services.admin.book import check_book

    if _signing_in.get():  # --user: the person signs in first (the book opened only to read)
        from app.services.admin.book import open_book

        services = open_book(db, create=False, read_only=True, check=False)
        try:
            _sign_in(services)
        finally:
            services.close()
    report = check_book(db)
    print(QCoreApplication.translate("Cli", "Schema: %1 (this program: %2)")
          .replace("%1", report.schema_revision or "-").replace("%2", report.program_revision))
    names = {
        "customers": QCoreApplication.translate("Cli", "customers"),
        "vehicles": QCoreApplication.translate("Cli", "vehicles"),
        "interactions": QCoreApplication.translate("Cli", "contacts"),
        "staff": QCoreApplication.translate("Cli", "staff"),
    }
    for name, count in report.counts.items():
        print(f"  {names.get(name, name)}: {count}")
    if report.ok:
        print(QCoreApplication.translate("Cli", "OK: the book is sound."))
        return 0
    said: set[str] = set()
    for problem in report.problems:
        text = _check_problem(problem)
        if text not in said:  # twenty damaged pages are one sentence and twenty details
            said.add(text)
            print(text, file=sys.stderr)
        if ": " in problem and problem.split(": ", 1)[0] in _DETAILED:
            print("  " + problem.split(": ", 1)[1], file=sys.stderr)
    return 1


# problems whose detail (SQLite's own words) is printed on its own line, indented
_DETAILED = ("integrity", "foreign_key", "unreadable", "damaged")


def _check_problem(problem: str) -> str:
    """One problem `guanxi check` found, in words (its details printed after it)."""
    code, _, detail = problem.partition(": ")
    if code == "not_initialised":
        return QCoreApplication.translate("Cli", "This database holds no Guanxi book yet: Guanxi has never opened it.")
    if code == "needs_upgrade":
        return QCoreApplication.translate("Cli", "The book is from an earlier Guanxi (%1); it is upgraded, after a backup, "
                                          "the next time Guanxi opens it.").replace("%1", detail)
    if code in ("integrity", "unreadable", "damaged"):
        return _book_error(BookError("damaged"))
    if code == "audit_chain":
        from app.presentation.messages import audit_chain_text

        return audit_chain_text(detail)
    if code == "foreign_key":
        return QCoreApplication.translate("Cli", "Some records point at records that are not in the book "
                                          "(a link is broken). Nothing was changed; keep a copy of the book for support.")
    return _book_error(BookError(code, detail))


def _book_error(exc: BookError) -> str:
    from app.presentation.messages import book_error

    return book_error(exc)


def run_gui(db: str | None, lang: str | None, user: str | None = None) -> int:
    """The window (app.bootstrap: the one place that knows the interface); `user` (--user):
    the login the sign-in dialog starts with (GUANXI_USER stands for it there too)."""
    from app.bootstrap import run_window

    return run_window(db, lang, user)


def _open(db: str):
    """The book with the store's rules from this machine's Preferences (lead and look-back
    days, follow-up, service-lane and value rules), as the window would use them."""
    from app.services.admin.book import open_book

    services = open_book(db, create=False, rules=_preferences().rules)
    try:
        _sign_in(services)
    except BaseException:
        services.close()
        raise
    return services


def _advisor_id(services, name: str | None) -> int | None:
    if not name:
        return None
    for member in services.staff.list(active_only=False):
        if member.name == name:
            return member.id
    raise LookupError(name)


def _prepare(db: str, advisor: str | None):
    """(services, advisor id); UsageError for an unknown advisor, BookError for a book
    that cannot be opened."""
    services = _open(db)
    try:
        return services, _advisor_id(services, advisor)
    except LookupError:
        services.close()
        raise UsageError(QCoreApplication.translate("Cli", "No staff member is called %1.").replace("%1", advisor or "")) from None
    except BaseException:
        services.close()
        raise


def run_callsheet(db: str, day: date | None, advisor: str | None, pdf: str) -> int:
    from app.presentation import labels
    from app.presentation.printing import call_sheet_html
    from app.render.pdf import write_pdf

    _refuse_output(pdf, ".pdf", db)
    day = day or date.today()
    services, advisor_id = _prepare(db, advisor)
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


def run_export(which: str, db: str, out: str, days: int, day: date | None, advisor: str | None,
               for_marketing: bool = False) -> int:
    from app.domain.enums import ConsentPurpose
    from app.domain.roles import Right
    from app.presentation import exports
    from app.services.exchange.excel_export import write_xlsx

    _refuse_output(out, ".xlsx", db)
    day = day or date.today()
    services, advisor_id = _prepare(db, advisor)
    try:
        skipped = None
        if which == "customers":
            sheet = exports.customers_sheet(services.customers.export_rows(
                marketing_only=for_marketing))
            if for_marketing and services.book.actor.may(Right.EXPORT_ALL):
                # (the whole book's count; an advisor's export is of their own customers)
                skipped = services.consents.count_without(ConsentPurpose.MARKETING)
        elif which == "reminders":
            sheet = exports.reminders_sheet(
                services.reminders.due(day, horizon_days=days, advisor_id=advisor_id,
                                       consent=True))
        elif which == "followups":
            sheet = exports.followups_sheet(services.followups.list(advisor_id=advisor_id))
        elif which == "leads":  # every lead, each stage, in the leads view's order
            from app.services.sales.lead_lists import LeadFilter, LeadLists

            sheet = exports.leads_sheet(LeadLists(services.leads).every_row(
                LeadFilter(stages=(), advisor_id=advisor_id), day))
        else:
            sheet = exports.callsheet_sheet(services.callsheet.for_day(day, advisor_id=advisor_id))
        try:
            rows = write_xlsx(out, [sheet])
        except OSError as exc:
            print(QCoreApplication.translate("Cli", "The workbook could not be written: %1").replace("%1", str(exc)), file=sys.stderr)
            return 1
        _audit_export(services, which, rows, advisor,
                      **({"for_marketing": True} if skipped is not None else {}))
        print(QCoreApplication.translate("Cli", "Written to %1 (rows: %2)").replace("%1", out).replace("%2", str(rows)))
        if skipped is not None:
            print(QCoreApplication.translate("Cli", "Left out: %1 customers who have not agreed to marketing.")
                  .replace("%1", str(skipped)))
        return 0
    finally:
        services.close()


# ---------------------------------------------------------------- the audit log (issue 14)
def _add_audit_parser(commands) -> None:
    audit = commands.add_parser("audit", help=QCoreApplication.translate("Cli", "export the audit log (who did what to which record when) to an Excel workbook"))
    audit.add_argument("--db", dest="audit_db", help=QCoreApplication.translate("Cli", "the book"))
    audit.add_argument("--out", required=True, help=QCoreApplication.translate("Cli", "the .xlsx file to write"))
    audit.add_argument("--since", type=_day, help=QCoreApplication.translate("Cli", "the first day (YYYY-MM-DD)"))
    audit.add_argument("--until", type=_day, help=QCoreApplication.translate("Cli", "the last day (YYYY-MM-DD)"))
    audit.add_argument("--by", dest="audit_by", help=QCoreApplication.translate("Cli", "only what this staff member did (their login or number)"))
    audit.add_argument("--action", help=QCoreApplication.translate("Cli", "only this action (create, change, archive, export...)"))


def _audit_export(services, which: str, rows: int, advisor: str | None = None, **detail) -> None:
    """An export written by a command: into the audit log (which list, how many rows)."""
    if advisor:
        detail["advisor"] = advisor
    services.audit.exported(which, rows, **detail)


def run_audit(db: str, out: str, since: date | None, until: date | None, user: str | None,
              action: str | None) -> int:
    from app.presentation import exports
    from app.services.exchange.excel_export import write_xlsx

    if since and until and until < since:
        raise UsageError(QCoreApplication.translate("Cli", "The last day comes before the first."))
    _refuse_output(out, ".xlsx", db)
    services = _open(db)
    try:
        log_ = services.audit
        staff_id = log_.staff_id_of(user) if user else None
        sheet = exports.audit_sheet(log_.entries(since, until, staff_id, action))
        try:
            rows = write_xlsx(out, [sheet])
        except OSError as exc:
            print(QCoreApplication.translate("Cli", "The workbook could not be written: %1").replace("%1", str(exc)), file=sys.stderr)
            return 1
        filters = {k: v for k, v in (("since", since and since.isoformat()),
                                     ("until", until and until.isoformat()),
                                     ("user", user), ("action", action)) if v}
        log_.exported("audit", rows, **filters)
        print(QCoreApplication.translate("Cli", "Written to %1 (rows: %2)").replace("%1", out).replace("%2", str(rows)))
        return 0
    finally:
        services.close()


def _preferences():
    """This machine's preferences (value thresholds, lapse months), as the window uses them."""
    from app.desk.settings import Preferences

    return Preferences()


def run_report(db: str, out: str, png_dir: str | None, first: date | None, last: date | None,
               advisor: str | None) -> int:
    from app.domain.dashboard_records import DashboardQuery
    from app.presentation import charts
    from app.services.analytics.dashboard import DashboardService
    from app.services.exchange.excel_export import write_xlsx

    today = date.today()
    this_month = today.replace(day=1)
    back = this_month.year * 12 + this_month.month - 1 - 11
    start = first or date(back // 12, back % 12 + 1, 1)
    end = last or this_month
    if end < start:
        raise UsageError(QCoreApplication.translate("Cli", "The last month comes before the first."))
    _refuse_output(out, ".xlsx", db)
    preferences = _preferences()
    services, advisor_id = _prepare(db, advisor)

    def tr(text: str) -> str:
        return QCoreApplication.translate("Charts", text)

    try:
        data = DashboardService(services.book, services.segments, services.reminders,
                                services.rules.leads).build(
            DashboardQuery(start, end, advisor_id), today, lapse=preferences.lapse_thresholds,
            window_years=preferences.value_window_years, thresholds=preferences.value_thresholds)
        try:
            rows = write_xlsx(out, charts.dashboard_sheets(data, tr))
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
        _audit_export(services, "report", rows, advisor, first=start.strftime("%Y-%m"),
                      last=end.strftime("%Y-%m"))
        print(QCoreApplication.translate("Cli", "Report for %1 to %2 written to %3")
              .replace("%1", start.strftime("%Y-%m")).replace("%2", end.strftime("%Y-%m"))
              .replace("%3", out))
        if written:
            print(QCoreApplication.translate("Cli", "Charts saved in %1: %2").replace("%1", str(png_dir))
                  .replace("%2", ", ".join(p.name for p in written)))
        return 0
    finally:
        services.close()


def _companions(path: Path) -> list[Path]:
    return [path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))]


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def _refuse_output(out: str, suffix: str, db: str) -> None:
    """An output file must carry its type's ending and never be the book (or its -wal,
    -shm, -journal): a list written over the book would destroy it."""
    target = Path(out).expanduser()
    if target.suffix.lower() != suffix:
        raise UsageError(QCoreApplication.translate("Cli", "The file to write must end in %1: %2")
                         .replace("%1", suffix).replace("%2", out))
    book = _book_file(db, quiet=True)
    if book is not None and any(_same_file(target, p) for p in _companions(book)):
        raise UsageError(QCoreApplication.translate(
            "Cli", "%1 is the book itself: choose another file to write.").replace("%1", out))


def _book_file(db: str, quiet: bool = False) -> Path | None:
    """The SQLite file behind `db`, or None (said why) for a server book."""
    if "://" in db and not db.startswith("sqlite"):
        if quiet:
            return None
        print(QCoreApplication.translate("Cli", "Restores here are of a book file; a book on a database "
              "server is restored by the server's own tools (pg_restore from a backup that guanxi backup wrote)."),
              file=sys.stderr)
        return None
    return Path(db.split(":///", 1)[1] if db.startswith("sqlite") else db).expanduser().resolve()


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f}"


def run_backup(db: str, folder: str | None) -> int:
    from app.services.admin.backups import take_backup

    if "://" in db and not db.startswith("sqlite"):
        return _run_server_backup(db, folder)
    path = _book_file(db)
    if path is None:
        return 2
    if not path.is_file():
        print(_book_error(BookError("missing", str(path))), file=sys.stderr)
        return 1
    configured = folder or _preferences().backup_folder or None
    started = time.perf_counter()
    info = take_backup(path, configured, kind="manual")
    print(QCoreApplication.translate("Cli", "Backup written and checked: %1 (%2 MB) in %3 s")
          .replace("%1", str(info.path)).replace("%2", _megabytes(info.size))
          .replace("%3", f"{time.perf_counter() - started:.1f}"))
    return 0


def _run_server_backup(db: str, folder: str | None) -> int:
    """A book on a server: a dump by the server's pg_dump, into --to, the Preferences'
    backups folder, or a 'Guanxi backups' folder in the home folder."""
    from app.services.admin.server_backup import default_folder, dump_server_book

    target = folder or default_folder(_preferences().backup_folder)
    started = time.perf_counter()
    info = dump_server_book(db, target)
    print(QCoreApplication.translate("Cli", "Backup written and checked: %1 (%2 MB) in %3 s")
          .replace("%1", str(info.path)).replace("%2", _megabytes(info.size))
          .replace("%3", f"{time.perf_counter() - started:.1f}"))
    return 0


def run_restore(db: str, backup: str) -> int:
    from app.desk.book_lock import try_lock_book
    from app.services.admin.backups import restore_backup

    path = _book_file(db)
    if path is None:
        return 2
    source = Path(backup).expanduser()
    if source.is_dir():
        print(_book_error(BookError("backup_not_a_book", str(source))), file=sys.stderr)
        return 2
    if not source.is_file():
        print(_book_error(BookError("backup_missing", str(source))), file=sys.stderr)
        return 2
    if any(_same_file(source, p) for p in _companions(path)):
        print(QCoreApplication.translate("Cli", "%1 is the book itself, not a backup of it.")
              .replace("%1", backup), file=sys.stderr)
        return 2
    lock, holder = try_lock_book(path)
    if lock is None:  # a window has the book open: never pull it from under it
        print(_book_error(BookError("already_open", holder)), file=sys.stderr)
        return 1
    try:
        result = restore_backup(path, source.resolve())
    finally:
        lock.release()
    print(QCoreApplication.translate("Cli", "Restored %1 from %2.").replace("%1", str(path))
          .replace("%2", str(result.restored_from)))
    if result.set_aside is not None:
        print(QCoreApplication.translate("Cli", "The book as it was is kept as %1.")
              .replace("%1", str(result.set_aside)))
    return 0


def run_copy(source: str, target: str) -> int:
    from app.services.admin.copy import copy_book

    stages = {"copy": QCoreApplication.translate("Cli", "Copying %1: %2 of %3 rows"),
              "check": QCoreApplication.translate("Cli", "Checking %1: %2 of %3 rows")}
    last = [time.perf_counter()]

    def progress(stage: str, table: str, done: int, total: int) -> None:
        now = time.perf_counter()
        if now - last[0] > 1:
            last[0] = now
            print(stages[stage].replace("%1", table).replace("%2", str(done))
                  .replace("%3", str(total)), file=sys.stderr, flush=True)

    report = copy_book(source, target, progress)
    headings = (QCoreApplication.translate("Cli", "Table"), QCoreApplication.translate("Cli", "Rows"),
                QCoreApplication.translate("Cli", "Content hash"))
    width = max(len(headings[0]), *(len(t.name) for t in report.tables))
    afresh = QCoreApplication.translate("Cli", "(started afresh, not copied)")
    print(f"{headings[0]:<{width}}  {headings[1]:>10}  {headings[2]}")
    for table in report.tables:
        line = f"{table.name:<{width}}  {table.rows:>10}  {table.digest[:12]}"
        print(line if table.copied else f"{line}  {afresh}")
    print(QCoreApplication.translate("Cli", "Copied %1 to %2 in %3 s: every table checked (rows and content).")
          .replace("%1", report.source).replace("%2", report.target)
          .replace("%3", f"{report.seconds:.1f}"))
    return 0


# ---------------------------------------------------------------- signing in, the staff
# the login of --user (or GUANXI_USER) for this run's command, None for nobody
_signing_in: ContextVar[str | None] = ContextVar("guanxi_cli_user", default=None)
# whether --user itself was given (GUANXI_USER is left unused on a book without accounts)
_named_here: ContextVar[bool] = ContextVar("guanxi_cli_user_given", default=False)


def _password(prompt: str, environment: str | None = "GUANXI_PASSWORD") -> str:
    """A password from the environment (scripts, tests), else asked without echo."""
    given = os.environ.get(environment) if environment else None
    if given is not None:
        return given
    import getpass

    try:
        return getpass.getpass(prompt)
    except EOFError:  # no terminal and nothing typed in
        raise UsageError(QCoreApplication.translate(
            "Cli", "No password was given: type it when asked, or set GUANXI_PASSWORD "
            "(GUANXI_NEW_PASSWORD for a new account's).")) from None


def _sign_in(services) -> None:
    """With --user, the person signs in before anything is read or written, and the
    command's writes are theirs; a refusal (SignInRefused) ends the command."""
    login = _signing_in.get()
    if login and not _named_here.get() and services.accounts.needs_owner():
        login = None  # GUANXI_USER names nobody in a book nobody signs in to
    if not login:
        if not services.accounts.needs_owner():  # a book people sign in to: who is this?
            raise UsageError(QCoreApplication.translate(
                "Cli", "This book has staff accounts: say who you are with --user LOGIN (or "
                "GUANXI_USER); the password is asked, or taken from GUANXI_PASSWORD. Nothing "
                "was read or changed."))
        return
    password = _password(QCoreApplication.translate("Cli", "Password for %1: ").replace("%1", login))
    services.act_as(services.accounts.sign_in(login, password))


def _sign_in_refused(exc: SignInRefused) -> str:
    from app.presentation.messages import sign_in_refused

    return sign_in_refused(exc.code, exc.wait_seconds)


def _staff_parser(commands) -> None:
    from app.domain.enums import StaffRole

    staff = commands.add_parser("staff", help=QCoreApplication.translate("Cli", "list, add or deactivate staff and their accounts"))
    actions = staff.add_subparsers(dest="staff_action", required=True)
    listing = actions.add_parser("list", help=QCoreApplication.translate("Cli", "every staff member: login, role, phone, active"))
    listing.add_argument("--db", dest="staff_db", help=QCoreApplication.translate("Cli", "the book"))
    add = actions.add_parser("add", help=QCoreApplication.translate("Cli", "add a staff member (with --login, an account: the password is asked twice, or GUANXI_NEW_PASSWORD)"))
    add.add_argument("--db", dest="staff_db", help=QCoreApplication.translate("Cli", "the book"))
    add.add_argument("--name", required=True, help=QCoreApplication.translate("Cli", "the name as the lists show it"))
    add.add_argument("--login", help=QCoreApplication.translate("Cli", "the sign-in name (without it: no account)"))
    add.add_argument("--role", default=StaffRole.ADVISOR.value, choices=[r.value for r in StaffRole],
                     help=QCoreApplication.translate("Cli", "the role (default: advisor)"))
    add.add_argument("--phone", default="", help=QCoreApplication.translate("Cli", "the work phone"))
    gone = actions.add_parser("deactivate", help=QCoreApplication.translate("Cli", "mark a staff member as gone (never deleted: kept on old records)"))
    gone.add_argument("--db", dest="staff_db", help=QCoreApplication.translate("Cli", "the book"))
    gone.add_argument("--login", required=True, help=QCoreApplication.translate("Cli", "the staff member's login"))
    handover = actions.add_parser("handover", help=QCoreApplication.translate("Cli", "hand a staff member's customers and open follow-ups over to others, in one step"))
    handover.add_argument("--db", dest="staff_db", help=QCoreApplication.translate("Cli", "the book"))
    handover.add_argument("--from", dest="from_login", required=True, help=QCoreApplication.translate("Cli", "the login of the staff member who leaves"))
    handover.add_argument("--to", dest="to_logins", required=True, help=QCoreApplication.translate("Cli", "the logins of those who take over, separated by commas"))
    handover.add_argument("--by", dest="spread", default="even", choices=("even", "tier"),
                          help=QCoreApplication.translate("Cli", "even: the same number each; tier: each value tier shared out evenly (default: even)"))


def _new_password() -> str:
    """A new account's password: GUANXI_NEW_PASSWORD, GUANXI_PASSWORD when nobody signs in
    with it, else asked twice."""
    for name in ("GUANXI_NEW_PASSWORD", *(() if _signing_in.get() else ("GUANXI_PASSWORD",))):
        if os.environ.get(name) is not None:
            return os.environ[name]
    first = _password(QCoreApplication.translate("Cli", "New password: "), None)
    if first != _password(QCoreApplication.translate("Cli", "The new password again: "), None):
        raise UsageError(QCoreApplication.translate("Cli", "The two passwords are not the same. Nothing was changed."))
    return first


def run_staff(args: argparse.Namespace) -> int:
    from app.domain.enums import StaffRole
    from app.domain.errors import ValidationError
    from app.domain.validation import format_phone
    from app.presentation import labels
    from app.presentation.messages import field_error

    new_password = _new_password() if args.staff_action == "add" and args.login else None
    services = _open(_book(args, args.staff_db))
    try:
        if args.staff_action == "handover":
            return _hand_over(services, args)
        if args.staff_action == "list":
            rows = [(m.name, m.login or "-", labels.staff_role(m.role),
                     format_phone(m.phone) if m.phone else "",
                     QCoreApplication.translate("Cli", "active") if m.active else QCoreApplication.translate("Cli", "gone"))
                    for m in services.staff.list(active_only=False)]
            heads = (QCoreApplication.translate("Cli", "Name"), QCoreApplication.translate("Cli", "Login"), QCoreApplication.translate("Cli", "Role"), QCoreApplication.translate("Cli", "Phone"),
                     QCoreApplication.translate("Cli", "Active"))
            widths = [max(_width(h), *(_width(r[i]) for r in rows)) if rows else _width(h)
                      for i, h in enumerate(heads)]
            for line in (heads, *rows):
                print("  ".join(cell + " " * (width - _width(cell))
                                for cell, width in zip(line, widths, strict=True)).rstrip())
            return 0
        try:
            if args.staff_action == "add":
                made = services.staff.add(args.name, StaffRole(args.role), login=args.login,
                                          phone=args.phone, password=new_password)
                print(QCoreApplication.translate("Cli", "Added %1 (%2).").replace("%1", made.name)
                      .replace("%2", labels.staff_role(made.role)))
                return 0
            member = services.staff.by_login(args.login)
            if member is None:
                raise UsageError(QCoreApplication.translate("Cli", "Nobody signs in as %1.").replace("%1", args.login))
            services.staff.deactivate(member.id)
            print(QCoreApplication.translate("Cli", "%1 is deactivated (kept on every record).").replace("%1", member.name))
            return 0
        except ValidationError as exc:
            for error in exc.errors:
                print(f"{_field_name(error.field)}: {field_error(error)}", file=sys.stderr)
            return 1
    finally:
        services.close()


def _hand_over(services, args: argparse.Namespace) -> int:
    from app.domain.errors import ValidationError
    from app.presentation.messages import field_error

    def member(login: str):
        found = services.staff.by_login(login)
        if found is None:
            raise UsageError(QCoreApplication.translate("Cli", "Nobody signs in as %1.").replace("%1", login))
        return found

    leaver = member(args.from_login)
    receivers = [member(login) for login in (p.strip() for p in args.to_logins.split(",")) if login]
    note = QCoreApplication.translate("Cli", "Handed over from %1 to %2", "a timeline note: %1 the leaver, %2 the receiver")
    try:
        plan = services.handover.hand_over(leaver.id, [r.id for r in receivers], args.spread,
                                           note=note)
    except ValidationError as exc:
        for error in exc.errors:
            print(f"{_field_name(error.field)}: {field_error(error)}", file=sys.stderr)
        return 1
    print(QCoreApplication.translate("Cli", "Handed over from %1: %2 customers, %3 open follow-ups.")
          .replace("%1", plan.from_name).replace("%2", str(plan.customers))
          .replace("%3", str(plan.follow_ups)))
    for share in plan.shares:
        print("  " + QCoreApplication.translate("Cli", "%1: %2 customers, %3 follow-ups")
              .replace("%1", share.name).replace("%2", str(share.customers))
              .replace("%3", str(share.follow_ups)))
    return 0


def _width(text: str) -> int:
    """Columns a terminal gives `text` (a Chinese character takes two)."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _field_name(field: str) -> str:
    return {"name": QCoreApplication.translate("Cli", "Name"), "login": QCoreApplication.translate("Cli", "Login"), "role": QCoreApplication.translate("Cli", "Role"),
            "phone": QCoreApplication.translate("Cli", "Phone"), "password": QCoreApplication.translate("Cli", "Password"),
            "from": QCoreApplication.translate("Cli", "From"), "to": QCoreApplication.translate("Cli", "To")}.get(field, field)


# ---------------------------------------------------------------- a person's data (issue 14)
def _privacy_parser(commands) -> None:
    privacy = commands.add_parser("privacy", help=QCoreApplication.translate("Cli", "a person's data on request"))
    actions = privacy.add_subparsers(dest="privacy_action", required=True)
    export = actions.add_parser("export", help=QCoreApplication.translate("Cli", "write everything the book holds about one customer to a JSON file and a workbook"))
    export.add_argument("--db", dest="privacy_db", help=QCoreApplication.translate("Cli", "the book"))
    export.add_argument("--customer", type=_customer_number, required=True, help=QCoreApplication.translate("Cli", "the customer's number"))
    export.add_argument("--out", required=True, help=QCoreApplication.translate("Cli", "the folder to write customer-N.json and customer-N.xlsx into"))
    erase = actions.add_parser("erase", help=QCoreApplication.translate("Cli", "erase one customer's personal data on their request (the owner; counts and amounts are kept)"))
    erase.add_argument("--db", dest="privacy_db", help=QCoreApplication.translate("Cli", "the book"))
    erase.add_argument("--customer", type=_customer_number, required=True, help=QCoreApplication.translate("Cli", "the customer's number"))
    erase.add_argument("--reason", required=True, help=QCoreApplication.translate("Cli", "why (kept in the audit log)"))
    erase.add_argument("--yes", action="store_true", help=QCoreApplication.translate("Cli", "do not ask whether you are sure"))


def run_erase(args: argparse.Namespace) -> int:
    from app.domain.errors import NotFoundError

    if not args.reason.strip():
        raise UsageError(QCoreApplication.translate("Cli", "Say why with --reason (it is kept in the audit log)."))
    if not args.yes and not sys.stdin.isatty():
        raise UsageError(QCoreApplication.translate("Cli", "Nothing was erased: confirm with --yes when no one is at a terminal to be asked."))
    services = _open(_book(args, args.privacy_db))
    try:
        try:
            name = services.customers.get(args.customer).name
        except NotFoundError:
            print(QCoreApplication.translate("Cli", "There is no customer number %1 in this book.")
                  .replace("%1", str(args.customer)), file=sys.stderr)
            return 1
        if not args.yes:
            question = QCoreApplication.translate(
                "Cli", "Erase %1 (customer %2)? Their name, phones, addresses, notes, family and "
                "their cars' VIN and plate are removed for good; backups taken before still "
                "hold them. Type yes to erase: ").replace("%1", name).replace("%2", str(args.customer))
            try:
                answer = input(question)
            except EOFError:
                answer = ""
            if answer.strip().lower() not in ("yes", QCoreApplication.translate("Cli", "yes")):
                print(QCoreApplication.translate("Cli", "Nothing was erased."), file=sys.stderr)
                return 1
        erased = services.erasure.erase(args.customer, args.reason)
        print(QCoreApplication.translate(
            "Cli", "Customer %1 erased: now %2, with the counts and amounts kept. Backups taken "
            "before still hold the person.").replace("%1", str(args.customer))
            .replace("%2", erased.placeholder))
        return 0
    finally:
        services.close()


def _customer_number(text: str) -> int:
    return _whole_number(text, 1, 2**31 - 1, QCoreApplication.translate(
        "Cli", "a customer's number is from %1 to %2, not %3"))


def run_privacy(args: argparse.Namespace) -> int:
    if args.privacy_action == "erase":
        return run_erase(args)
    from app.domain.errors import NotFoundError
    from app.services.admin.privacy import write_person_data

    services = _open(_book(args, args.privacy_db))
    try:
        try:
            json_path, book_path, rows = write_person_data(services.book, args.customer, args.out)
        except NotFoundError:
            print(QCoreApplication.translate("Cli", "There is no customer number %1 in this book.")
                  .replace("%1", str(args.customer)), file=sys.stderr)
            return 1
        print(QCoreApplication.translate("Cli", "Everything about customer %1 (%2 rows) written to %3 and %4.")
              .replace("%1", str(args.customer)).replace("%2", str(rows))
              .replace("%3", str(json_path)).replace("%4", str(book_path)))
        return 0
    finally:
        services.close()


# ---------------------------------------------------------------- an anonymised copy (issue 14)
def _anonymise_parser(commands) -> None:
    anonymise = commands.add_parser("anonymise", help=QCoreApplication.translate("Cli", "write an anonymised copy of the book for support: every name, phone, address, VIN, plate, WeChat id and note made up, the rest kept"))
    anonymise.add_argument("--db", dest="anonymise_db", help=QCoreApplication.translate("Cli", "the book (a SQLite file or a database URL); it is only read"))
    anonymise.add_argument("--out", required=True, help=QCoreApplication.translate("Cli", "the copy's file (a new SQLite book)"))
    anonymise.add_argument("--force", action="store_true", help=QCoreApplication.translate("Cli", "write over the file --out names if it exists"))


def run_anonymise(db: str, out: str, force: bool) -> int:
    from app.services.admin.anonymise import anonymise_book

    target = Path(out).expanduser()
    if target.is_dir():
        raise UsageError(QCoreApplication.translate("Cli", "%1 is a folder: give the name of the file to write the copy to.")
                         .replace("%1", out))
    if not target.resolve().parent.is_dir():
        raise UsageError(QCoreApplication.translate("Cli", "There is no folder %1: make it first, or write the copy somewhere else. Nothing was written.")
                         .replace("%1", str(target.resolve().parent)))
    book = _book_file(db, quiet=True)
    if book is not None and any(_same_file(target, p) for p in _companions(book)):
        raise UsageError(QCoreApplication.translate(
            "Cli", "%1 is the book itself: choose another file to write.").replace("%1", out))
    if (target.exists() or target.is_symlink()) and not force:
        raise UsageError(QCoreApplication.translate("Cli", "%1 exists already: give --force to write over it, or choose another file. Nothing was written.")
                         .replace("%1", out))
    # the person signs in on a book with accounts; only the owner may (Right.ANONYMISE)
    services = _open(db)
    try:
        actor = services.book.actor
    finally:
        services.close()
    stages = {"prepare": QCoreApplication.translate("Cli", "Making up names and numbers: %2 of %3 customers"),
              "copy": QCoreApplication.translate("Cli", "Anonymising %1: %2 of %3 rows"),
              "check": QCoreApplication.translate("Cli", "Checking %1: %2 of %3 rows")}
    last = [time.perf_counter()]

    def progress(stage: str, table: str, done: int, total: int) -> None:
        now = time.perf_counter()
        if now - last[0] > 1 and stage in stages:
            last[0] = now
            print(stages[stage].replace("%1", table).replace("%2", str(done))
                  .replace("%3", str(total)), file=sys.stderr, flush=True)

    report = anonymise_book(db, target, force=force, actor=actor, progress=progress)
    rows = sum(t.rows for t in report.tables)
    print(QCoreApplication.translate("Cli", "Anonymised copy written: %1 (%2 rows in %3 tables, each checked) in %4 s.")
          .replace("%1", report.target).replace("%2", str(rows))
          .replace("%3", str(len(report.tables))).replace("%4", f"{report.seconds:.1f}"))
    print(QCoreApplication.translate("Cli", "Every name, phone number, address, VIN, plate, WeChat id, e-mail address and note in it "
                                     "is made up; ids, dates, amounts and counts are the book's. The staff's accounts were "
                                     "removed: the copy asks for an owner's account when it is first opened."))
    if report.source_chain_breaks:
        print(QCoreApplication.translate("Cli", "The book's own audit log does not hold together (%1 entries break its chain); "
                                         "the copy's log is chained afresh. Run guanxi check on the book.")
              .replace("%1", str(report.source_chain_breaks)))
    return 0


# ---------------------------------------------------------------- import (issue 15)
def _import_parser(commands) -> None:
    imp = commands.add_parser("import", help=QCoreApplication.translate("Cli", "bring customers and their vehicles in from an .xlsx or .csv sheet (all or nothing, a backup first)"))
    imp.add_argument("--db", dest="import_db", help=QCoreApplication.translate("Cli", "the book (a SQLite file or a database URL)"))
    imp.add_argument("--file", required=True, help=QCoreApplication.translate("Cli", "the sheet: .xlsx, .csv or .txt"))
    imp.add_argument("--sheet", help=QCoreApplication.translate("Cli", "the workbook's sheet (default: the first visible one)"))
    imp.add_argument("--encoding", choices=("utf-8", "utf-8-sig", "utf-16", "gb18030", "gbk"), help=QCoreApplication.translate("Cli", "a text file's encoding (default: detected)"))
    imp.add_argument("--delimiter", choices=("tab", "comma", "semicolon"), help=QCoreApplication.translate("Cli", "a text file's delimiter (default: detected)"))
    imp.add_argument("--mapping", default="auto", help=QCoreApplication.translate("Cli", "auto (the columns' names, or the mapping last chosen for this header) or a JSON file {\"header or column number\": \"field\" or null}"))
    imp.add_argument("--on-duplicate", choices=("update", "skip", "add"), default="update", help=QCoreApplication.translate("Cli", "a row whose phone or VIN is a customer's already: update that customer (default), skip the row, or add it anyway"))
    imp.add_argument("--overwrite", action="store_true", help=QCoreApplication.translate("Cli", "an update changes fields that are filled already (default: it only fills empty ones)"))
    imp.add_argument("--dry-run", action="store_true", help=QCoreApplication.translate("Cli", "say what the import would do; write nothing"))
    imp.add_argument("--errors", help=QCoreApplication.translate("Cli", "write the rejected rows, with the reason, to this workbook (.xlsx) to correct and import again"))


def _import_mapping(option: str, table) -> dict[int, str | None] | None:
    """The mapping --mapping names; None for auto (the remembered one or the headers')."""
    import json

    from app.domain.import_fields import FIELD_BY_KEY
    from app.services.exchange.import_write import mapping_from_names

    if option == "auto":
        return None
    path = Path(option).expanduser()
    try:
        chosen = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise UsageError(QCoreApplication.translate("Cli", "The mapping file could not be read: %1").replace("%1", str(exc))) from None
    except ValueError as exc:
        raise UsageError(QCoreApplication.translate("Cli", "The mapping file is not JSON: %1").replace("%1", str(exc))) from None
    if not isinstance(chosen, dict) or not all(v is None or isinstance(v, str) for v in chosen.values()):
        raise UsageError(QCoreApplication.translate("Cli", "The mapping file must hold one object: {\"header or column number\": \"field\" or null}."))
    try:
        return mapping_from_names(table.headers, chosen)
    except KeyError as exc:
        raise UsageError(QCoreApplication.translate("Cli", "%1 is not a field; the fields are: %2")
                         .replace("%1", str(exc.args[0])).replace("%2", ", ".join(FIELD_BY_KEY))) from None
    except LookupError as exc:
        raise UsageError(QCoreApplication.translate("Cli", "The sheet has no column %1.").replace("%1", str(exc.args[0]))) from None


def run_import(args: argparse.Namespace) -> int:
    from app.presentation import labels
    from app.presentation.messages import import_file_error, import_reason
    from app.services.exchange.import_read import ImportFileError, read_table
    from app.services.exchange.import_write import (
        remember_mapping,
        remembered_mapping,
        write_rejected,
    )
    from app.services.exchange.import_write import run_import as import_sheet

    db = _book(args, args.import_db)
    if args.errors:
        _refuse_output(args.errors, ".xlsx", db)
        if _same_file(Path(args.errors).expanduser(), Path(args.file).expanduser()):
            raise UsageError(QCoreApplication.translate("Cli", "%1 is the sheet being imported: write the rejected rows to another file.")
                             .replace("%1", args.errors))
    delimiter = {"tab": "\t", "comma": ",", "semicolon": ";", None: None}[args.delimiter]
    encoding = "gb18030" if args.encoding == "gbk" else args.encoding
    try:
        table = read_table(args.file, sheet=args.sheet, encoding=encoding, delimiter=delimiter)
    except ImportFileError as exc:
        print(import_file_error(exc.code, exc.detail), file=sys.stderr)
        return 1
    mapping = _import_mapping(args.mapping, table)
    services = _open(db)
    try:
        book = services.book
        if mapping is None:
            mapping = remembered_mapping(book, table.layout_key()) or table.mapping()
        if "name" not in {k for k in mapping.values() if k}:
            print(QCoreApplication.translate("Cli", "No column of the sheet is the customers' name: name it in a mapping file (--mapping). The columns are: %1")
                  .replace("%1", " | ".join(str(h or "") for h in table.headers)), file=sys.stderr)
            return 1
        print(QCoreApplication.translate("Cli", "Columns: %1").replace("%1", ", ".join(
            f"{h or '?'} → {labels.import_field(mapping.get(i))}"
            for i, h in enumerate(table.headers) if mapping.get(i))))
        last = [time.perf_counter()]
        stages = {"plan": QCoreApplication.translate("Cli", "Checking rows: %1 of %2"),
                  "backup": QCoreApplication.translate("Cli", "Taking a backup of the book first"),
                  "write": QCoreApplication.translate("Cli", "Writing: %1 of %2 rows")}

        def progress(stage: str, done: int, total: int) -> None:
            moment = time.perf_counter()
            if moment - last[0] > 1:
                last[0] = moment
                print(stages[stage].replace("%1", str(done)).replace("%2", str(total)),
                      file=sys.stderr, flush=True)

        result = import_sheet(book, table, mapping, on_duplicate=args.on_duplicate,
                              overwrite=args.overwrite, dry_run=args.dry_run,
                              backup_folder=_preferences().backup_folder or None,
                              progress=progress, file_name=Path(args.file).name)
        if not args.dry_run:
            remember_mapping(book, table.layout_key(), mapping)
    finally:
        services.close()
    counts = result.counts
    print(QCoreApplication.translate("Cli", "Rows in: %1 = created %2 + updated %3 + unchanged %4 + skipped as duplicates %5 + rejected %6")
          .replace("%1", str(result.rows_in)).replace("%2", str(counts["new"]))
          .replace("%3", str(counts["update"])).replace("%4", str(counts["unchanged"]))
          .replace("%5", str(counts["duplicate"])).replace("%6", str(counts["rejected"])))
    plan = result.plan
    if plan.blank or plan.totals:
        print(QCoreApplication.translate("Cli", "Not rows of customers: %1 empty rows, %2 total rows.")
              .replace("%1", str(plan.blank)).replace("%2", str(plan.totals)))
    rejected = [r for r in plan.rows if r.disposition == "rejected"]
    for row in rejected[:10]:
        print(QCoreApplication.translate("Cli", "Row %1: %2").replace("%1", str(row.number))
              .replace("%2", import_reason(row)), file=sys.stderr)
    if len(rejected) > 10:
        print(QCoreApplication.translate("Cli", "… and %1 more rejected rows.").replace("%1", str(len(rejected) - 10)),
              file=sys.stderr)
    if args.errors and rejected:
        try:
            written = write_rejected(args.errors, table, plan, import_reason,
                                     QCoreApplication.translate("Cli", "Why it was rejected"),
                                     QCoreApplication.translate("Cli", "Rejected rows"))
        except OSError as exc:
            print(QCoreApplication.translate("Cli", "The workbook could not be written: %1").replace("%1", str(exc)), file=sys.stderr)
            return 1
        print(QCoreApplication.translate("Cli", "Rejected rows written to %1 (%2 rows, the reason in the last column): correct them there and import that file.")
              .replace("%1", args.errors).replace("%2", str(written)))
    if args.dry_run:
        print(QCoreApplication.translate("Cli", "Dry run: nothing was written."))
        return 0
    print(QCoreApplication.translate("Cli", "Vehicles added: %1, updated: %2.")
          .replace("%1", str(result.vehicles_added)).replace("%2", str(result.vehicles_updated)))
    if result.backup is not None:
        print(QCoreApplication.translate("Cli", "The book as it was before is kept in %1.").replace("%1", str(result.backup)))
    print(QCoreApplication.translate("Cli", "Imported in %1 s.").replace("%1", f"{result.seconds:.1f}"))
    return 0
