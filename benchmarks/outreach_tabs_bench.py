"""First opening of the Reminders and the Call sheet tabs, as a person sees it, on the
100,000-customer book (a script, not part of the tests).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/outreach_tabs_bench.py \
        [--book bench-out/demo-100k.db] [--work /tmp/tabs-copy.db] [--runs 3]

The book is copied once to --work (the original is never opened); each run is a fresh
process (nothing cached: the first opening of the day) that builds the real main window over
the copy with app.bootstrap.build_main_window, waits for its start-up work (the day's
summary) to end, then switches to the tab and stops the clock when the tab's list is filled
and has been painted. Resident memory (VmRSS) is read right after, and again after the
event loop has run another two seconds (work the view left for later, if any).
Targets: <= 1 s to the painted list, <= 300 MB resident.
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
TARGET_S = 1.0
TARGET_MB = 300.0
TABS = {"reminders": ("reminders_view", "tree"), "callsheet": ("callsheet_view", "table")}

CHILD = r"""
import json, sys, time
sys.path.insert(0, %(root)r)
from PySide6.QtCore import QEvent, QObject, QSettings, QThreadPool
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.bootstrap import build_main_window

def rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024

settings = QSettings(%(settings)r, QSettings.Format.IniFormat)
window = build_main_window(%(book)r, language="zh_CN", settings=settings)
window.show()
app.processEvents()
for _ in range(3):  # the start-up work (the day's summary, month-end figures) is not timed
    QThreadPool.globalInstance().waitForDone(120000)
    app.processEvents()
before = rss_mb()

class Painted(QObject):
    def __init__(self):
        super().__init__()
        self.at = None
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
        return False

painted = Painted()
t0 = time.perf_counter()
window.tabs.setCurrentIndex(window.LIST_VIEWS.index(%(tab)r) + 1)
view = getattr(window, %(attr)r)
listing = getattr(view, %(widget)r)
listing.viewport().installEventFilter(painted)
listing.viewport().update()
while painted.at is None and time.perf_counter() - t0 < 120:
    app.processEvents()
    time.sleep(0.001)
model = listing.model()
rows = model.rowCount()
seconds = painted.at - t0
after = rss_mb()
settle = time.perf_counter()
while time.perf_counter() - settle < 2:
    app.processEvents()
    time.sleep(0.01)
QThreadPool.globalInstance().waitForDone(120000)
app.processEvents()
print(json.dumps({"seconds": seconds, "rows": rows, "rss_before_mb": before,
                  "rss_mb": after, "rss_settled_mb": rss_mb()}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--book", type=Path, default=ROOT / "bench-out" / "demo-100k.db")
    parser.add_argument("--work", type=Path, default=ROOT / "bench-out" / "tabs-copy.db")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if args.work.resolve() == args.book.resolve():
        parser.error("--work must not be the book itself")
    shutil.copyfile(args.book, args.work)
    settings = args.work.with_suffix(".ini")
    settings.unlink(missing_ok=True)

    def run(tab: str) -> dict | None:
        attr, widget = TABS[tab]
        script = CHILD % {"root": str(ROOT), "settings": str(settings), "book": str(args.work),
                          "tab": tab, "attr": attr, "widget": widget}
        result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        if result.returncode != 0:
            print(result.stderr[-3000:])
            return None
        return json.loads(result.stdout.strip().splitlines()[-1])

    failed = False
    for tab in TABS:
        measured = [run(tab) for _ in range(args.runs)]
        if any(m is None for m in measured):
            return 1
        seconds = [m["seconds"] for m in measured]
        rss = [m["rss_mb"] for m in measured]
        settled = [m["rss_settled_mb"] for m in measured]
        median_s, worst_mb = statistics.median(seconds), max(max(rss), max(settled))
        verdict = "ok" if median_s <= TARGET_S and worst_mb <= TARGET_MB else "OVER"
        failed |= verdict != "ok"
        print(f"{tab:<10} first opening to the painted list: median {median_s:.2f} s "
              f"(runs {', '.join(f'{s:.2f}' for s in seconds)}; target <= {TARGET_S:.0f} s); "
              f"RSS {statistics.median(rss):.0f} MB after, {statistics.median(settled):.0f} MB "
              f"2 s later (before opening {statistics.median(m['rss_before_mb'] for m in measured):.0f} MB;"
              f" target <= {TARGET_MB:.0f} MB); {measured[0]['rows']:,} top-level rows  {verdict}",
              flush=True)
    args.work.unlink(missing_ok=True)
    for leftover in (args.work.with_name(args.work.name + "-wal"),
                     args.work.with_name(args.work.name + "-shm")):
        leftover.unlink(missing_ok=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
