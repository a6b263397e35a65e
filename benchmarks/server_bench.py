"""The same book on a SQLite file and on a PostgreSQL server, side by side (issue 13's figures;
a script, not part of the test suite).

    .venv/bin/python benchmarks/server_bench.py --sqlite BOOK.db --server URL [--today D]
        [--only search,card,reminders,callsheet,dashboard,export] [--queries 50]

The server's book must hold the same rows as the file (`guanxi copy --from BOOK.db --to
URL`); `--today` is the day the demo book was generated (its dates are relative to it).
The card figure writes a customer with 5 cars and 200 contacts into each book: give it
copies. Each engine is measured in turn, figure by figure (the same queries on both), so a
busy machine weighs on both alike. Targets (issue 13): search median <= 30 ms and worst <=
100 ms per kind; card <= 100 ms; reminders of the next 30 days <= 300 ms; one advisor's
call sheet <= 150 ms; dashboard <= 3 s; export of every customer <= 1.3 x openpyxl's
write-only workbook of the same cells.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for folder in (ROOT, ROOT / "benchmarks"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import run  # noqa: E402 - benchmarks/run.py: the queries a person types, the card figure

from app.services.admin.book import open_book  # noqa: E402

TARGETS = {"search_median_ms": 30, "search_worst_ms": 100, "card_ms": 100,
           "reminders_ms": 300, "callsheet_ms": 150, "dashboard_s": 3.0, "export_ratio": 1.3}


def ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def median_of(call, runs: int) -> tuple[float, list[float]]:
    call()  # warm
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        call()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), times


def server_queries(address: str, per_kind: int) -> dict[str, list[str]]:
    """run.sample_queries' choice, from the server's own rows."""
    from sqlalchemy import create_engine, text

    engine = create_engine(address)
    try:
        with engine.connect() as conn:
            people = [tuple(r) for r in conn.execute(text(run.PEOPLE_SQL))]
            vehicles = [tuple(r) for r in conn.execute(text(run.VEHICLES_SQL))]
    finally:
        engine.dispose()
    return run.queries_from(people, vehicles, per_kind, seed=1)


def search(address: str, queries: dict[str, list[str]]) -> dict:
    services = open_book(address, create=False)
    customers = services.customers
    try:
        for warm in ("王", "zs", "1391", "京a"):
            customers.rows(customers.search_ids(warm)[:run.ROWS_SHOWN])
        result = {}
        for kind in run.SEARCH_KINDS:
            timings, worst = [], (0.0, "")
            for query in queries[kind]:
                for prefix in run.typed(query):
                    t0 = time.perf_counter()
                    customers.rows(customers.search_ids(prefix)[:run.ROWS_SHOWN])
                    spent = time.perf_counter() - t0
                    timings.append(spent)
                    if spent > worst[0]:
                        worst = (spent, prefix)
            result[kind] = {"median_ms": ms(statistics.median(timings)),
                            "p95_ms": ms(sorted(timings)[int(0.95 * (len(timings) - 1))]),
                            "worst_ms": ms(worst[0]), "worst_query": worst[1],
                            "keystrokes": len(timings)}
        return result
    finally:
        services.close()


def reminders_and_callsheet(address: str, today: date, runs: int) -> dict:
    from sqlalchemy import func, select

    from app.db.models import Customer

    services = open_book(address, create=False)
    try:
        t0 = time.perf_counter()
        found = services.reminders.occurrences(today, today + timedelta(days=30), today=today)
        first = time.perf_counter() - t0  # (builds the reminder copy)
        median, times = median_of(
            lambda: services.reminders.occurrences(today, today + timedelta(days=30),
                                                   today=today), runs)
        with services.book.reading() as s:
            advisor = s.execute(
                select(Customer.advisor_id).where(Customer.advisor_id.is_not(None))
                .group_by(Customer.advisor_id).order_by(func.count().desc()).limit(1)).scalar()
        sheet = services.callsheet.for_day(today, advisor_id=advisor)
        sheet_median, sheet_times = median_of(
            lambda: services.callsheet.for_day(today, advisor_id=advisor), runs)
        return {"reminders_ms": ms(median), "reminders_runs_ms": [ms(t) for t in times],
                "reminders_first_ms": ms(first), "occurrences": len(found),
                "callsheet_ms": ms(sheet_median), "callsheet_runs_ms": [ms(t) for t in sheet_times],
                "callsheet_lines": len(sheet.lines) if hasattr(sheet, "lines") else None,
                "advisor": advisor}
    finally:
        services.close()


def dashboard(address: str, today: date, runs: int) -> dict:
    from app.domain.dashboard_records import DashboardQuery
    from app.services.analytics.dashboard import DashboardService
    from app.services.analytics.segments import SegmentService

    services = open_book(address, create=False)
    try:
        book = services.book
        query = DashboardQuery.last_months(today)
        median, times = median_of(
            lambda: DashboardService(book, SegmentService(book)).build(query, today), runs)
        return {"dashboard_s": round(median, 2), "dashboard_runs_s": [round(t, 2) for t in times]}
    finally:
        services.close()


def export(address: str, runs: int) -> dict:
    import export_bench
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.instance() or QCoreApplication([])
    services = open_book(address, create=False)
    try:
        ours, plain, rows = export_bench.measure(services, runs)
        a, b = statistics.median(ours), statistics.median(plain)
        return {"export_s": round(a, 2), "openpyxl_s": round(b, 2), "export_ratio": round(a / b, 2),
                "rows": rows}
    finally:
        services.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sqlite", type=Path, help="the same book on a file (left out: the"
                        " server alone, its queries drawn from its own rows)")
    parser.add_argument("--server", required=True)
    parser.add_argument("--today", type=date.fromisoformat, default=date.today())
    parser.add_argument("--only", default="search,card,reminders,callsheet,dashboard,export")
    parser.add_argument("--queries", type=int, default=50, help="queries per kind")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    only = set(args.only.split(","))
    books = {"postgresql": args.server}
    if args.sqlite:
        books = {"sqlite": str(args.sqlite), **books}
    results: dict[str, dict] = {name: {} for name in books}
    print(f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}; today {args.today}", flush=True)
    if "search" in only:
        queries = (run.sample_queries(args.sqlite, args.queries, seed=1) if args.sqlite
                   else server_queries(args.server, args.queries))
        for name, address in books.items():
            results[name]["search"] = search(address, queries)
            print(name, "search", json.dumps(results[name]["search"], ensure_ascii=False),
                  flush=True)
    if "card" in only:
        for name, address in books.items():
            results[name]["card"] = run.bench_card(address)
            print(name, "card", results[name]["card"], flush=True)
    if only & {"reminders", "callsheet"}:
        for name, address in books.items():
            results[name]["outreach"] = reminders_and_callsheet(address, args.today, args.runs)
            print(name, "outreach", results[name]["outreach"], flush=True)
    if "dashboard" in only:
        for name, address in books.items():
            results[name]["dashboard"] = dashboard(address, args.today, 3)
            print(name, "dashboard", results[name]["dashboard"], flush=True)
    if "export" in only:
        for name, address in books.items():
            results[name]["export"] = export(address, 1)
            print(name, "export", results[name]["export"], flush=True)
    print()
    print(f"{'figure':<34}{'SQLite':>12}{'PostgreSQL':>14}   target")
    p = results["postgresql"]
    s = results.get("sqlite") or {part: {k: "-" for k in p[part]} if part != "search" else
                                  {kind: {"median_ms": "-", "worst_ms": "-"} for kind in p[part]}
                                  for part in p}
    if "search" in s:
        for kind in run.SEARCH_KINDS:
            a, b = s["search"][kind], p["search"][kind]
            print(f"{'search ' + kind + ' median / worst ms':<34}"
                  f"{a['median_ms']:>6} /{a['worst_ms']:>5}{b['median_ms']:>8} /{b['worst_ms']:>5}"
                  f"   <= 30 / 100")
    rows = [("card median ms", "card", "median_ms", "<= 100"),
            ("reminders next 30 days ms", "outreach", "reminders_ms", "<= 300"),
            ("one advisor's call sheet ms", "outreach", "callsheet_ms", "<= 150"),
            ("dashboard s", "dashboard", "dashboard_s", "<= 3"),
            ("export / openpyxl", "export", "export_ratio", "<= 1.3")]
    for label, part, key, target in rows:
        if part in s:
            print(f"{label:<34}{s[part][key]:>12}{p[part][key]:>14}   {target}")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
