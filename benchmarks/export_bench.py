"""Exporting every customer of the 100,000-customer demo book to .xlsx, the way the
window and `guanxi export customers` do it, against openpyxl's write-only mode writing
the same cells (plain values, no styles) in the same run.

    .venv/bin/python benchmarks/export_bench.py [--book bench-out/demo-100k.db] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def measure(services, repeat: int, report: bool = False) -> tuple[list[float], list[float], int]:
    """(our export's seconds, openpyxl's write-only workbook of the same cells' seconds,
    rows), each `repeat` times, for every customer of the book."""
    from openpyxl import Workbook

    from app.presentation.exports import customers_sheet
    from app.services.exchange.excel_export import write_xlsx

    out = Path(tempfile.mkdtemp())
    ours, plain, rows = [], [], 0
    for run in range(repeat):
        t0 = time.perf_counter()
        rows = write_xlsx(out / "customers.xlsx",
                          [customers_sheet(services.customers.export_rows())])
        ours.append(time.perf_counter() - t0)
        # the same cells, materialised first so openpyxl's time is writing only
        sheet = customers_sheet(services.customers.export_rows())
        cells = [tuple(r) for r in sheet.rows]
        t0 = time.perf_counter()
        wb = Workbook(write_only=True)
        ws = wb.create_sheet(sheet.title)
        ws.append([c.header for c in sheet.columns])
        for row in cells:
            ws.append(row)
        wb.save(out / "plain.xlsx")
        plain.append(time.perf_counter() - t0)
        if report:
            print(f"run {run + 1}: export {ours[-1]:.2f} s ({rows:,} rows)   openpyxl write-only"
                  f" {plain[-1]:.2f} s", flush=True)
    return ours, plain, rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--book", type=Path, default=ROOT / "bench-out" / "demo-100k.db")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication

    from app.services.admin.book import open_book

    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 - translations
    services = open_book(args.book, create=False)
    ours, plain, rows = measure(services, args.repeat, report=True)
    a, b = statistics.median(ours), statistics.median(plain)
    print(f"export of {rows:,} customers: median {a:.2f} s; openpyxl write-only same cells: {b:.2f} s;"
          f" ratio {a / b:.2f} (target <= 1.3)")
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
