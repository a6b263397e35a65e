"""Issue 14's figures on a big demo book (a copy is used; the book itself is not written):
sign-in, a card save and the 100,000-row customers export by nobody signed in, by the
owner and by an advisor (role checks, masking, the audit log), and the lists an advisor
gets (reminders, follow-ups, call sheet) with their phones masked or not.

    .venv/bin/python benchmarks/privacy_bench.py --book /tmp/demo100k.db [--runs 3]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import fields, replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.domain.changes import DESK  # noqa: E402
from app.domain.records import CustomerInput  # noqa: E402
from app.services.admin.book import open_book  # noqa: E402


def timed(work, runs: int) -> tuple[float, float]:
    seen = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        seen.append(time.perf_counter() - started)
    return statistics.median(seen), max(seen)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--book", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--saves", type=int, default=50)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="privacy_bench_"))
    copy = folder / "book.db"
    shutil.copyfile(args.book, copy)
    services = open_book(copy)
    try:
        services.customers.count()
        time.sleep(2)  # (the opening check ends first)
        median, worst = timed(lambda: services.accounts.sign_in("owner", "demo"), 7)
        print(f"sign-in (owner / demo): median {median:.3f} s, worst {worst:.3f} s")
        owner = services.accounts.sign_in("owner", "demo")
        advisor = services.accounts.sign_in("wanglei", "demo")
        mine = services.customers.search_ids("")[:1]
        with services.book.reading() as session:
            from sqlalchemy import select

            from app.db.models import Customer

            mine = session.scalar(select(Customer.id).where(
                Customer.advisor_id == advisor.staff_id).limit(1))
        names = [f.name for f in fields(CustomerInput)]

        def save_once() -> None:
            record = services.customers.get(mine)
            data = CustomerInput(**{n: getattr(record, n) for n in names})
            services.customers.update(mine, replace(data, notes=f"bench {time.time()}"),
                                      record.version)

        for who, actor in (("nobody signed in", DESK), ("owner", owner),
                           ("advisor (own customer)", advisor)):
            services.act_as(actor)
            save_once()
            seen = []
            for _ in range(args.saves):
                started = time.perf_counter()
                save_once()
                seen.append(time.perf_counter() - started)
            print(f"card save, {who}: median {statistics.median(seen) * 1000:.2f} ms")
        from app.presentation.exports import customers_sheet
        from app.services.exchange.excel_export import write_xlsx

        out = folder / "customers.xlsx"
        for who, actor in (("nobody signed in", DESK), ("owner", owner),
                           ("advisor (own customers only)", advisor)):
            services.act_as(actor)

            def export() -> None:
                rows = write_xlsx(out, [customers_sheet(services.customers.export_rows())])
                services.audit.exported("customers", rows)
                export.rows = rows

            median, worst = timed(export, args.runs)
            print(f"customers export, {who}: {export.rows} rows, median {median:.2f} s, "
                  f"worst {worst:.2f} s")
        today = date.today()
        for who, actor in (("nobody signed in", DESK), ("advisor", advisor)):
            services.act_as(actor)
            for name, work in (
                    ("reminders (30 days)", lambda: services.reminders.due(today)),
                    ("follow-ups", lambda: services.followups.list()),
                    ("call sheet", lambda: services.callsheet.for_day(today))):
                work()
                median, worst = timed(work, args.runs)
                print(f"{name}, {who}: median {median:.3f} s")
    finally:
        services.close()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
