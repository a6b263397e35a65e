"""Exporting one person's data and erasing one person (issue 14's figures: ≤ 1 s and ≤ 2 s
on the 100,000-customer demo book), and the retention review. Works on a COPY of the book
(never on bench-out/ or /tmp/bench/ themselves: the erasure changes the book).

    .venv/bin/python benchmarks/erase_bench.py --book /tmp/erase_bench.db [--customers 4242 77777 123]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--book", required=True, help="a demo book file or a server URL")
    parser.add_argument("--customers", type=int, nargs="+", default=[4242, 77777, 123])
    parser.add_argument("--in-place", action="store_true",
                        help="a server URL (or a file already copied): erase there")
    args = parser.parse_args()
    from app.services.admin.book import open_book
    from app.services.admin.privacy import write_person_data

    with tempfile.TemporaryDirectory() as scratch:
        book = args.book
        if "://" not in book and not args.in_place:
            book = str(Path(scratch) / "book.db")
            shutil.copyfile(args.book, book)
        services = open_book(book)
        checked = threading.Event()
        services.when_checked(lambda _problems: checked.set())
        checked.wait()  # (the check made on opening holds writes until it is over)
        try:
            for years in (5, 3):
                start = time.perf_counter()
                due = services.erasure.due_for_review(years)
                print(f"review ({years} years): {len(due)} customers in "
                      f"{time.perf_counter() - start:.3f} s")
            for customer in args.customers:
                start = time.perf_counter()
                write_person_data(services.book, customer, Path(scratch) / "out")
                exported = time.perf_counter() - start
                start = time.perf_counter()
                services.erasure.erase(customer, "benchmark")
                print(f"customer {customer}: export {exported:.3f} s, "
                      f"erase {time.perf_counter() - start:.3f} s")
        finally:
            services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
