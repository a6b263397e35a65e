"""First opening of the main window's list tabs, as a person at the desk feels it
(a script, not part of the tests).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/tabs_bench.py \\
        [--book bench-out/demo-100k.db] [--tabs visits,winback] [--runs 3]

The book is copied first (the window may write to its book; the original is never
opened). Each tab of each run is opened in a FRESH process: python starts, builds the real
main window over the copy, waits until the customers are listed and the start-up work is
done, then switches to the tab. The clock runs from the tab switch to the list's model
filled and its table painted. Resident memory is read after the opening, and again after
scrolling the list end to end a screen at a time (every row fetched and drawn once, in the
first run; a view that shows a first page while reading the rest, `view.loading`, is let
finish first, and the time until its whole list is in is reported apart); the peak is the highest resident memory from the tab switch on.
Any error in the child (e.g. "too many SQL variables") is printed and fails the run.

--root measures another checkout with the same script (e.g. the main branch before a
change). More tabs are added in TABS: (name in the window's LIST_VIEWS, table's object name).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TABS = {
    "visits": ("visits", "visitTable"),
    "winback": ("lapsed", "lapsedTable"),
    "reminders": ("reminders", "reminderTree"),
    "followups": ("followups", "followUpTable"),
    "callsheet": ("callsheet", "callSheetTable"),
    "leads": ("leads", "leadsTable"),
}
TARGET_S = 1.0
TARGET_MB = 300.0

CHILD = r"""
import json, sys, time
sys.path.insert(0, %(root)r)
from PySide6.QtCore import QEvent, QObject, QSettings, QThreadPool
from PySide6.QtWidgets import QAbstractItemView, QApplication
app = QApplication([])
from app.bootstrap import build_main_window

def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024

settings = QSettings(%(settings)r, QSettings.Format.IniFormat)
window = build_main_window(%(book)r, language="zh_CN", settings=settings)
window.resize(1280, 800)
window.show()
deadline = time.perf_counter() + 120
while window.customers_view.model.rowCount() == 0 and time.perf_counter() < deadline:
    app.processEvents()
try:  # the window's ops (app.ui.ops) run on threads of their own, not Qt's pool
    from app.ui.ops import current_runner
except ImportError:
    current_runner = None
for _ in range(3):  # the start-up work (summary, month-end figures) is not timed
    QThreadPool.globalInstance().waitForDone(120000)
    if current_runner is not None:
        current_runner().wait_for_done(120000)
    app.processEvents()
rss_before = status("VmRSS")
try:  # the peak from here on: the start-up work's own peak is not the tab's
    with open("/proc/self/clear_refs", "w") as refs:
        refs.write("5")
except OSError:
    pass


class Painted(QObject):
    # the first paint of the table with rows in its model (a list read in the background
    # paints empty, or not at all behind its status line, before its rows come)
    at = None
    table = None

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and Painted.at is None \
                and Painted.table.model().rowCount() > 0:
            Painted.at = time.perf_counter()
        return False


index = window.LIST_VIEWS.index(%(view)r) + 1
t0 = time.perf_counter()
window.tabs.setCurrentIndex(index)
view = window.tabs.widget(index)
table = view.findChild(QAbstractItemView, %(table)r)
probe = Painted()
Painted.table = table
table.viewport().installEventFilter(probe)
table.viewport().update()
while Painted.at is None and time.perf_counter() < deadline:
    app.processEvents()
opened = Painted.at - t0
rows = table.model().rowCount()
rss_opened = status("VmRSS")
# a view that shows a first page while the rest is read (`loading`): the whole list in
# before scrolling, and the time until then
while getattr(view, "loading", False) and time.perf_counter() < deadline:
    app.processEvents()
    time.sleep(0.005)
complete = time.perf_counter() - t0
rows_complete = table.model().rowCount()

bar = table.verticalScrollBar()
t1 = time.perf_counter()
while %(scroll)r and bar.value() < bar.maximum():  # a screen at a time: each row drawn once
    bar.setValue(bar.value() + bar.pageStep())
    app.processEvents()
scrolled = time.perf_counter() - t1 if %(scroll)r else None
print(json.dumps({"open_s": opened, "rows": rows, "complete_s": complete,
                  "rows_complete": rows_complete, "rss_before_mb": rss_before,
                  "rss_opened_mb": rss_opened, "scroll_s": scrolled,
                  "rss_scrolled_mb": status("VmRSS"), "peak_rss_mb": status("VmHWM")}))
"""


def run_once(root: Path, book: Path, settings: Path, view: str, table: str,
             scroll: bool) -> dict:
    script = CHILD % {"root": str(root), "book": str(book), "settings": str(settings),
                      "view": view, "table": table, "scroll": scroll}
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1",
           "XDG_CONFIG_HOME": str(settings.parent / "xdg-config")}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=env, timeout=1800)
    if result.returncode != 0 or not result.stdout.strip():
        return {"error": result.stderr[-3000:]}
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--book", type=Path, default=ROOT / "bench-out" / "demo-100k.db")
    parser.add_argument("--tabs", default="visits,winback",
                        help=f"comma-separated, of: {', '.join(TABS)}")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", type=Path, default=None,
                        help="folder for the copy of the book (default: beside this output)")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout to measure")
    parser.add_argument("--no-scroll", action="store_true",
                        help="time the openings only (the first run scrolls end to end)")
    args = parser.parse_args()
    tabs = [t.strip() for t in args.tabs.split(",") if t.strip()]
    unknown = [t for t in tabs if t not in TABS]
    if unknown:
        parser.error(f"unknown tab(s): {', '.join(unknown)}")
    work = args.work or ROOT / "bench-out"
    work.mkdir(parents=True, exist_ok=True)
    copy = work / f"tabs-bench-{args.book.stem}.db"
    shutil.copyfile(args.book, copy)  # a fresh copy: never the original book
    print(f"book: {args.book} (copied to {copy}); checkout: {args.root}")
    failed = False
    figures = {}
    for tab in tabs:
        view, table = TABS[tab]
        measured = []
        for run in range(args.runs):
            result = run_once(args.root.resolve(), copy, work / "tabs-settings.ini", view, table,
                              scroll=run == 0 and not args.no_scroll)
            if "error" in result:
                print(f"{tab}: FAILED\n{result['error']}")
                failed = True
                break
            measured.append(result)
        if not measured or failed:
            continue
        opens = [m["open_s"] for m in measured]
        opened = statistics.median(opens)
        f = figures[tab] = {
            "open_s": opened, "runs_s": opens, "rows": measured[0]["rows"],
            "complete_s": statistics.median(m["complete_s"] for m in measured),
            "rows_complete": measured[0]["rows_complete"],
            "rss_before_mb": max(m["rss_before_mb"] for m in measured),
            "rss_opened_mb": max(m["rss_opened_mb"] for m in measured),
            "rss_scrolled_mb": measured[0]["rss_scrolled_mb"],
            "peak_rss_mb": max(m["peak_rss_mb"] for m in measured),
            "scroll_s": measured[0]["scroll_s"]}
        rss = f["rss_scrolled_mb"] if f["scroll_s"] is not None else f["rss_opened_mb"]
        after = (f"{rss:.0f} MB after scrolling end to end in {f['scroll_s']:.1f} s"
                 if f["scroll_s"] is not None else "not scrolled")
        print(f"{tab}: first opening {opened:.3f} s (runs {', '.join(f'{x:.3f}' for x in opens)};"
              f" target <= {TARGET_S:.0f} s {'ok' if opened <= TARGET_S else 'OVER'}), "
              f"{f['rows']:,} rows (all {f['rows_complete']:,} in at {f['complete_s']:.3f} s); RSS {f['rss_before_mb']:.0f} MB before, "
              f"{f['rss_opened_mb']:.0f} MB opened, {after} (target <= {TARGET_MB:.0f} MB "
              f"{'ok' if rss <= TARGET_MB else 'OVER'}); peak {f['peak_rss_mb']:.0f} MB")
    copy.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(str(copy) + suffix).unlink(missing_ok=True)
    print(json.dumps(figures))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
