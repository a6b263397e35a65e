"""Does the window stay responsive while the customers list goes to Excel? (a script, not
part of the tests)

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/export_stall_bench.py \
        [--book bench-out/demo-100k.db] [--runs 3] [--root DIR]

Each run is a fresh process over a fresh COPY of the book (the book given is only read):
it builds the real main window, waits until the customers are listed and the start-up work
(the book's check, today's summary, the month-end figures) is over, then presses File →
Export (the save dialog answered with a file in a temporary folder) for the whole list
(~100,000 rows on the demo book). A 10 ms QTimer ticks on the interface thread throughout;
the figure is the longest gap between two ticks from the press until the window says
"Saved to …" (target: <= 100 ms), besides the export's duration and the rows written.

--root runs another checkout's code (e.g. the code before a change, for a before/after).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, sys, time
sys.path.insert(0, %(root)r)
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.bootstrap import build_main_window
settings = QSettings(%(settings)r, QSettings.Format.IniFormat)
window = build_main_window(%(book)r, language="en", settings=settings)
window.show()

def pump_until(ready, limit=600.0):
    end = time.perf_counter() + limit
    while not ready():
        if time.perf_counter() > end:
            raise SystemExit("timed out")
        app.processEvents()
        time.sleep(0.002)

pump_until(lambda: window.services is not None)
checked = []
window.services.when_checked(lambda _problems: checked.append(True))
pump_until(lambda: bool(checked))
try:  # the runner of ops, where there is one; else the global pool (the code before ops)
    from app.ui.ops import current_runner
    idle = lambda: current_runner().wait_for_done(100)
except ImportError:
    from PySide6.QtCore import QThreadPool
    idle = lambda: QThreadPool.globalInstance().waitForDone(100)
for _ in range(3):
    pump_until(idle)
    t = time.perf_counter() + 0.3
    pump_until(lambda: time.perf_counter() > t)

out = Path(%(out)r)
from app.ui.widgets import common
common.save_path = lambda *args, **kwargs: out  # the save dialog, answered

ticks = []
timer = QTimer()
timer.setInterval(10)
timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
timer.start()
t0 = time.perf_counter()
pump_until(lambda: time.perf_counter() > t0 + %(idle)r)  # idle: the machine's own noise
idle = [x for x in ticks if x > t0 + 0.05]
idle_ms = max((b - a for a, b in zip(idle, idle[1:])), default=0) * 1000

pressed = []
def press():
    pressed.append(time.perf_counter())
    window.export_action.trigger()
QTimer.singleShot(0, press)
saved = lambda: window.statusBar().currentMessage().startswith("Saved to")
# (app.exec-like: events as they come, no sleeping between them)
while not saved():
    app.processEvents()
    time.sleep(0.0005)
ended = time.perf_counter()
timer.stop()
window_ticks = [x for x in ticks if pressed[0] - 0.02 <= x <= ended + 0.02]
gaps = [b - a for a, b in zip(window_ticks, window_ticks[1:])]
longest = sorted(((b - a, a - pressed[0]) for a, b in zip(window_ticks, window_ticks[1:])),
                 reverse=True)[:5]
# the gap from the last tick before the press to the first after it counts too
before = [x for x in ticks if x < pressed[0]]
if before and window_ticks:
    gaps.append(window_ticks[0] - before[-1])
after = [x for x in ticks if x > ended]
if window_ticks and after:
    gaps.append(after[0] - window_ticks[-1])
if not window_ticks:  # not one tick while exporting: the whole export was one stall
    gaps.append(ended - (before[-1] if before else pressed[0]))
from openpyxl import load_workbook
rows = sum(1 for _ in load_workbook(out, read_only=True).worksheets[0].iter_rows()) - 1
print(json.dumps({"stall_ms": max(gaps) * 1000, "idle_ms": idle_ms, "export_s": ended - pressed[0], "rows": rows,
                  "ticks": len(window_ticks),
                  "longest": [(round(g * 1000), round(at, 2)) for g, at in longest]}))
sys.stdout.flush()
import os
os._exit(0)  # no closing backup of the copy: it is thrown away
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--book", type=Path, default=ROOT / "bench-out" / "demo-100k.db")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose code runs")
    parser.add_argument("--idle", type=float, default=10.0,
                        help="seconds of ticking before the press: the longest gap then is "
                             "the machine's own noise, printed beside the figure")
    args = parser.parse_args()

    measured = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="export-stall-") as folder:
            copy = Path(folder) / "book.db"
            shutil.copyfile(args.book, copy)  # never the book itself
            script = CHILD % {"root": str(args.root.resolve()), "book": str(copy),
                              "settings": str(Path(folder) / "settings.ini"),
                              "out": str(Path(folder) / "customers.xlsx"), "idle": args.idle}
            result = subprocess.run([sys.executable, "-c", script], capture_output=True,
                                    text=True, cwd=folder,
                                    env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
            if result.returncode != 0:
                print(result.stderr[-3000:])
                return 1
            measured.append(json.loads(result.stdout.strip().splitlines()[-1]))
    for m in measured:
        print("longest gaps (ms, s after the press):", m["longest"])
    stalls = [m["stall_ms"] for m in measured]
    idles = [m["idle_ms"] for m in measured]
    seconds = [m["export_s"] for m in measured]
    print(f"customers export ({measured[0]['rows']:,} rows) from the window, code of "
          f"{args.root}: longest interface stall median {statistics.median(stalls):.0f} ms "
          f"(runs {', '.join(f'{s:.0f}' for s in stalls)}; target <= 100 ms); export "
          f"{statistics.median(seconds):.1f} s (runs {', '.join(f'{s:.1f}' for s in seconds)}); "
          f"longest gap while idle before the press (the machine's noise) "
          f"{', '.join(f'{s:.0f}' for s in idles)} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
