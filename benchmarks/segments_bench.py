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

    from app.services.admin.book import open_book
    from app.services.analytics.segments import SegmentService

    services = open_book(args.book, create=False)
    segments = SegmentService(services.book)
    runs, values = [], []
    for _ in range(3):
        t0 = time.perf_counter()
        values = segments.values(args.today)
        runs.append(time.perf_counter() - t0)
    filters = segment_filters(services, args.today)
    services.close()
    tiers = Counter(cv.tier.value for cv in values)
    print(f"customers: {len(values):,}")
    for name in ("top", "middle", "small"):
        print(f"  {name:<7}{tiers.get(name, 0):>8,}")
    print(f"pareto share of the top 20 %: {segments.pareto_share(values):.1%}")
    print(f"values(): median of 3 {statistics.median(runs):.2f} s "
          f"(runs {', '.join(f'{r:.2f}' for r in runs)}; target <= 2 s)")
    print("segment filter on the customers view (matching ids + the list model reloaded),"
          " median of 5, values already worked out (they are kept for 5 minutes):")
    for name, (ms_, rows, cold) in filters.items():
        print(f"  {name:<44}{ms_:>7.1f} ms  {rows:>7,} rows   (cold, values included: {cold:.0f} ms)")
    return 0


def segment_filters(services, today):
    """Each filter through SegmentService.matching_ids and the customers view's model, the
    way the view applies it (the values of every customer already worked out once)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.domain.segments import SegmentFilter, Tier
    from app.ui.models.customer_table import CustomerTableModel

    QApplication.instance() or QApplication([])
    tag = (services.customers.all_tags() or [None])[0]
    cases = {
        "tier top": SegmentFilter(tiers=frozenset({Tier.TOP})),
        "R>=4, F>=4, M>=4": SegmentFilter(r_min=4, f_min=4, m_min=4),
        "group, premium, repeat buyers": SegmentFilter(group=True, premium=True, repeat=True),
        "key accounts": SegmentFilter(key_account=True),
        "lapsed: at risk": SegmentFilter(lapse="at_risk"),
        f"tag {tag}": SegmentFilter(tag=tag),
        "top tier + at risk + tag": SegmentFilter(tiers=frozenset({Tier.TOP}), lapse="at_risk",
                                                  tag=tag),
    }
    model = CustomerTableModel(services.customers)
    out = {}
    for name, segment in cases.items():
        services.segments.forget()
        t0 = time.perf_counter()
        model.set_segment(services.segments.matching_ids(segment, today))
        cold = (time.perf_counter() - t0) * 1000
        runs = []
        for _ in range(5):
            t0 = time.perf_counter()
            model.set_segment(services.segments.matching_ids(segment, today))
            model.data(model.index(0, 0))  # the first page of rows read, as the view shows it
            runs.append((time.perf_counter() - t0) * 1000)
        out[name] = (statistics.median(runs), model.rowCount(), cold)
    return out


if __name__ == "__main__":
    raise SystemExit(main())
