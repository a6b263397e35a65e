"""Service-lane figures on a 100,000-customer demo book with ~1,000,000 visits.

    .venv/bin/python -m app demo --db bench-out/visits-100k.db --customers 100000
    .venv/bin/python benchmarks/service_bench.py [--book bench-out/visits-100k.db]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def timed(fn, repeat: int = 5) -> tuple[float, object]:
    fn()  # warm-up
    runs, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        runs.append((time.perf_counter() - t0) * 1000)
    return statistics.median(runs), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--book", type=Path, default=ROOT / "bench-out" / "visits-100k.db")
    args = parser.parse_args()

    from sqlalchemy import func, select

    from app.db.models import ServiceVisit, Vehicle
    from app.domain.service_rules import interval_for, predict_next_service
    from app.services.admin.book import open_book
    from app.services.service_lane.visits import lapsed_customers, predict_all

    services = open_book(args.book, create=False)
    with services.book.reading() as s:
        visits = s.scalar(select(func.count()).select_from(ServiceVisit))
        vehicle_ids = list(s.scalars(select(ServiceVisit.vehicle_id).distinct()))
    rng = random.Random(1)
    sample = rng.sample(vehicle_ids, 50)
    history_ms = []
    for vid in sample:
        t0 = time.perf_counter()
        services.visits.history_of_vehicle(vid)
        history_ms.append((time.perf_counter() - t0) * 1000)
    lapsed_ms, lapsed = timed(lambda: lapsed_customers(services.book, date.today()))
    all_ms, predictions = timed(lambda: predict_all(services.book), repeat=3)

    def one(vid: int):
        history = services.visits.history_of_vehicle(vid)
        make = services.vehicles.get(vid).make
        points = [(v.date_in, v.mileage_km) for v in history if v.mileage_km is not None]
        service = next((v for v in history if v.visit_type.value == "maintenance"), history[-1])
        return predict_next_service(service.date_in, service.mileage_km, points, interval_for(make))

    one_ms = []
    for vid in sample[:20]:
        t0 = time.perf_counter()
        one(vid)
        one_ms.append((time.perf_counter() - t0) * 1000)
    with services.book.reading() as s:
        vehicles = s.scalar(select(func.count()).select_from(Vehicle))
    print(f"book: {args.book} — {vehicles:,} vehicles, {visits:,} visits")
    print(f"one vehicle's visit history: median {statistics.median(history_ms):.1f} ms,"
          f" worst {max(history_ms):.1f} ms (50 vehicles; target 30 ms)")
    print(f"lapsed-customer list: {lapsed_ms:.0f} ms for {len(lapsed):,} customers (target 300 ms)")
    print(f"next-service prediction for every vehicle: {all_ms:.0f} ms for {len(predictions):,}"
          f" vehicles (target 3,000 ms)")
    print(f"prediction for one vehicle (history read + rule): median {statistics.median(one_ms):.1f} ms"
          f" (target 5 ms)")
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
