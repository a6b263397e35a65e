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
    check.add_argument("--db", required=True, dest="check_db", help=QCoreApplication.translate("Cli", "the book to check"))
    return parser


def _core_app(language: str | None) -> None:
    """Translations for command-line output need a (window-less) application."""
    from app.bootstrap import setup_language

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    setup_language(app, language)


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
    return run_gui(args.db, args.lang)


def _peek_lang(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _wants_command(argv: list[str]) -> bool:
    return any(a in ("demo", "check") for a in argv) or any(a in ("-h", "--help") for a in argv)


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
        QCoreApplication.translate("Cli", "Demo book written: %1 (%2 customers, %3 vehicles, %4 contacts) in %5 s")
        .replace("%1", str(path))
        .replace("%2", str(summary.customers))
        .replace("%3", str(summary.vehicles))
        .replace("%4", str(summary.interactions))
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
        setup_language,
        setup_logging,
    )
    from app.services.paths import default_book_path
    from app.ui.settings import Preferences

    setup_logging()
    app = ensure_application()
    install_excepthook()
    preferences = Preferences()
    setup_language(app, lang or preferences.language)
    path = db or str(default_book_path())
    if db is None and not preferences.first_start_done and not Path(path).exists():
        _offer_demo(path)
    preferences.first_start_done = True
    # The window shows at once; the book opens on the event loop's first turn.
    window = build_main_window(path, language=lang, defer_book=True)
    window.show()
    return app.exec()


def _offer_demo(path: str) -> None:
    """First start: an empty book, or a demo book to look around in."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Cli", "Welcome to Guanxi"),
        QCoreApplication.translate("Cli", "This is the first start. Start with an empty book, or with a demo book of 500 "
           "made-up customers to look around?"),
    )
    demo = box.addButton(QCoreApplication.translate("Cli", "Demo book"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Cli", "Empty book"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is demo:
        from PySide6.QtCore import Qt

        from app.services.demo import generate_demo

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            generate_demo(path, customers=500, seed=1)
        finally:
            QApplication.restoreOverrideCursor()
