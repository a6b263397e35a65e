"""Backup, restore and the check on open, on the 100,000-customer demo book.

    .venv/bin/python -m app demo --db bench-out/demo-100k.db --customers 100000
    .venv/bin/python benchmarks/backup_bench.py [--book bench-out/demo-100k.db] [--runs 3]

The book is copied to a scratch folder first (never changed). Figures (issue 10):
- backup (copy + check of the copy) against `sqlite3 book.db ".backup x.db"` in the same run,
  and the longest stall of another Python thread while it runs (the window's thread);
- the time the check on open adds to opening the book (it runs beside the work: the
  opening itself waits for nothing; when its verdict arrives is given too);
- restore of a backup against `cp` of the same file.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def seconds(fn) -> float:
    """How long fn takes, from a disk with nothing left to write (the write-back of an
    earlier 600 MB copy would otherwise slow whichever copy comes next)."""
    os.sync()
    time.sleep(5)  # and the file system done with the big files removed just before
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


class StallMeter:
    """A thread that wakes every 10 ms and records the longest gap between wake-ups."""

    def __init__(self):
        self.longest = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        last = time.perf_counter()
        while not self._stop.wait(0.01):
            now = time.perf_counter()
            self.longest = max(self.longest, now - last)
            last = now

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--book", type=Path, default=ROOT / "bench-out" / "demo-100k.db")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--scratch", type=Path, default=None,
                        help="folder for the copies (default: the system's temporary folder); "
                             "/dev/shm shows the work without the disk")
    args = parser.parse_args()
    if not args.book.exists():
        print(f"no book at {args.book}: make it with `python -m app demo`", file=sys.stderr)
        return 1

    from app.db import integrity
    from app.db.migrate import backup_sqlite
    from app.services.admin import backups
    from app.services.admin.book import open_book

    scratch = Path(tempfile.mkdtemp(prefix="guanxi-backup-bench-", dir=args.scratch))
    try:
        book = scratch / "book.db"
        shutil.copyfile(args.book, book)
        open_book(book, check=False).close()  # upgraded to head if needed, WAL folded in
        size_mb = book.stat().st_size / 1e6
        print(f"book: {size_mb:.0f} MB")
        cli = shutil.which("sqlite3")
        rows = []
        for run in range(args.runs):
            target = scratch / f"cli-{run}.db"

            # each copy is removed as soon as it is timed: this machine's virtual disk writes
            # blocks it does not hold yet (a growing disk) about 3x slower than blocks
            # freed just before, which would slow whichever copy comes second
            def by_cli(t=target):
                if not cli:
                    return float("nan")
                spent = seconds(lambda: subprocess.run([cli, str(book), f".backup {t}"],
                                                       check=True))
                t.unlink()
                return spent

            def ours():
                taken: list[Path] = []
                with StallMeter() as meter:
                    spent = seconds(lambda: taken.append(
                        backups.take_backup(book, scratch / "backups", kind="manual").path))
                taken[0].unlink()
                return spent, meter.longest

            # the disk's write-back of the previous copy slows whichever comes next: the
            # order alternates from run to run
            if run % 2:
                (whole_s, longest), cli_s = ours(), by_cli()
            else:
                cli_s, (whole_s, longest) = by_cli(), ours()
            copy_only = scratch / f"copy-{run}.db"
            copy_s = seconds(lambda c=copy_only: backup_sqlite(book, c))
            check_s = seconds(lambda c=copy_only: integrity.quick_check_parallel(c))
            copy_only.unlink()
            rows.append((cli_s, copy_s, check_s, whole_s, longest))
            print(f"run {run + 1}: sqlite3 .backup {cli_s:.2f} s | ours: copy {copy_s:.2f} s, "
                  f"check of the copy {check_s:.2f} s, whole backup {whole_s:.2f} s "
                  f"(longest stall of another thread {longest * 1000:.0f} ms); "
                  f"ratio {whole_s / cli_s:.2f}x")
        med = [statistics.median(col) for col in zip(*rows, strict=True)]
        print(f"median: sqlite3 .backup {med[0]:.2f} s; copy {med[1]:.2f} s "
              f"({med[1] / med[0]:.2f}x); copy + check {med[3]:.2f} s ({med[3] / med[0]:.2f}x); "
              f"longest stall {med[4] * 1000:.0f} ms")

        # the check on open: opening with it and without it, and when its verdict is in
        with_check, without, verdict = [], [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            services = open_book(book)
            with_check.append(time.perf_counter() - started)
            services.book.gate.wait()
            verdict.append(time.perf_counter() - started)
            services.close()
            without.append(seconds(lambda: open_book(book, check=False).close()))
        print(f"open: {statistics.median(without) * 1000:.0f} ms without the check, "
              f"{statistics.median(with_check) * 1000:.0f} ms with it (added "
              f"{(statistics.median(with_check) - statistics.median(without)) * 1000:.0f} ms); "
              f"its verdict after {statistics.median(verdict):.2f} s, writes wait for it")

        # restore against cp of the same file
        backup = backups.take_backup(book, scratch / "backups", kind="manual").path
        cp_s, restore_s = [], []
        for run in range(args.runs):
            target = scratch / f"cp-{run}.db"
            cp_s.append(seconds(lambda t=target: subprocess.run(["cp", str(backup), str(t)],
                                                                check=True)))
            target.unlink()
            restore_s.append(seconds(lambda: backups.restore_backup(book, backup)))
            for aside in scratch.glob("book.db.replaced-*"):
                aside.unlink()
        print(f"restore: cp {statistics.median(cp_s):.2f} s; restore "
              f"{statistics.median(restore_s):.2f} s "
              f"({statistics.median(restore_s) / statistics.median(cp_s):.2f}x)")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
