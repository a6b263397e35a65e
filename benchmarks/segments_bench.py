"""Customer value and segments (F7) on the 100,000-customer book with ~920,000 visits.

    .venv/bin/python benchmarks/segments_bench.py [--book bench-out/visits-100k.db]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--book", type=Path, default=ROOT / "bench-out" / "visits-100k.db")
    parser.add_argument("--today", type=date.fromisoformat, default=date.today())
    args = parser.parse_args()

    from app.services.book import open_book
    from app.services.segments import SegmentService

    services = open_book(args.book, create=False)
    segments = SegmentService(services.book)
    runs, values = [], []
    for _ in range(3):
        t0 = time.perf_counter()
        values = segments.values(args.today)
        runs.append(time.perf_counter() - t0)
    services.close()
    tiers = Counter(cv.tier.value for cv in values)
    print(f"customers: {len(values):,}")
    for name in ("top", "middle", "small"):
        print(f"  {name:<7}{tiers.get(name, 0):>8,}")
    print(f"pareto share of the top 20 %: {segments.pareto_share(values):.1%}")
    print(f"values(): median of 3 {statistics.median(runs):.2f} s "
          f"(runs {', '.join(f'{r:.2f}' for r in runs)}; target <= 2 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
