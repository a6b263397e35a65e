"""Issue 15's figures: importing a 100,000-row sheet, its preview, the duplicate finder, merge
and undo (not part of the test suite).

    .venv/bin/python benchmarks/import_bench.py [--customers 100000] [--out bench-out/import]

1. writes a demo book of N customers with app.demo.generator (timed: the yardstick, "the
   time the demo generator takes to write the same number of customers, in the same run");
2. writes the sheet a dealership would send of those N customers (app.demo.dirty: a title
   row, a merged heading, a hidden column, phones as numbers, dates in mixed forms, blank
   rows, a total row) - not timed;
3. preview: reading the sheet (python-calamine), the first 50 rows mapped and cleaned (what
   the window shows first), then the whole plan against an empty book;
4. the import into an empty book, a backup taken first (run_import: plan, backup, write);
   then the same sheet again (every row unchanged);
5. the duplicate finder on the demo book with planted duplicates, a merge and its undo.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from app.db.models import Customer, Vehicle  # noqa: E402
from app.demo.dirty import CleanCustomer, plant_duplicates, write_dirty_xlsx  # noqa: E402
from app.demo.generator import generate_demo  # noqa: E402
from app.domain.import_fields import clean_row  # noqa: E402
from app.services.admin.book import open_book  # noqa: E402
from app.services.customers.duplicates import find_pairs  # noqa: E402
from app.services.exchange.import_plan import plan_import  # noqa: E402
from app.services.exchange.import_read import read_table  # noqa: E402
from app.services.exchange.import_write import run_import  # noqa: E402

TARGETS = {"import_s": 60.0, "import_vs_demo": 1.5, "preview_s": 20.0, "first_rows_s": 2.0,
           "finder_s": 10.0, "merge_ms": 200.0, "undo_ms": 200.0}


def sheet_customers(services) -> list[CleanCustomer]:
    """Every customer of the book with their first vehicle, as the sheet holds them (one
    read; the card per customer would take minutes)."""
    c, v = Customer.__table__.c, Vehicle.__table__.c
    first_car: dict[int, tuple] = {}
    with services.book.reading() as session:
        for owner, plate, vin, bought, insured in session.execute(
                select(v.owner_id, v.plate, v.vin, v.purchase_date, v.insurance_expiry)
                .where(v.archived_at.is_(None)).order_by(v.id)):
            first_car.setdefault(owner, (plate, vin or "", bought, insured))
        rows = session.execute(select(c.id, c.name, c.phone, c.phone_alt, c.address, c.wechat,
                                      c.notes).where(c.archived_at.is_(None)).order_by(c.id)).all()
    out = []
    for cid, name, phone, alt, address, wechat, notes in rows:
        plate, vin, bought, insured = first_car.get(cid, ("", "", None, None))
        out.append(CleanCustomer(name=name, phone=phone, phone_alt=alt, plate=plate, vin=vin,
                                 purchase_date=bought, insurance_expiry=insured,
                                 address=address, wechat=wechat,
                                 notes=notes.replace("\n", " ")))
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--out", default="bench-out/import")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.db*"):
        old.unlink()
    n = args.customers
    results: dict[str, float] = {}

    demo = out / "demo.db"
    started = time.perf_counter()
    generate_demo(demo, n, seed=1)
    results["demo_s"] = time.perf_counter() - started
    print(f"demo generator, {n} customers: {results['demo_s']:.1f} s", flush=True)

    services = open_book(demo)
    customers = sheet_customers(services)
    sheet = out / "customers.xlsx"
    if not sheet.exists() or sheet.stat().st_mtime < demo.stat().st_mtime:
        started = time.perf_counter()
        write_dirty_xlsx(sheet, customers, seed=1)
        print(f"(sheet written in {time.perf_counter() - started:.1f} s, not a figure)", flush=True)

    # preview
    empty = open_book(out / "empty.db")
    started = time.perf_counter()
    table = read_table(sheet)
    results["read_s"] = time.perf_counter() - started
    mapping = table.mapping()
    shown = [clean_row(r.cells, mapping) for r in table.head_rows(50, mapping)]
    results["first_rows_s"] = time.perf_counter() - started
    assert len(shown) == 50
    plan = plan_import(empty.book, table, mapping)
    results["preview_s"] = time.perf_counter() - started
    print(f"preview: read {results['read_s']:.2f} s, first rows {results['first_rows_s']:.2f} s, "
          f"whole plan {results['preview_s']:.2f} s: {plan.counts}", flush=True)

    # import into the empty book (plan + backup + write), then the same sheet again
    result = run_import(empty.book, table, mapping, backup_folder=out / "backups",
                        file_name=sheet.name)
    results["import_s"] = result.seconds
    results["import_vs_demo"] = result.seconds / results["demo_s"]
    print(f"import into an empty book: {result.seconds:.1f} s "
          f"({results['import_vs_demo']:.2f} x the demo generator): {result.counts}, "
          f"vehicles {result.vehicles_added}", flush=True)
    again = run_import(empty.book, table, mapping, backup_folder=out / "backups")
    results["reimport_s"] = again.seconds
    print(f"the same sheet again: {again.seconds:.1f} s: {again.counts}", flush=True)
    empty.close()

    # the duplicate finder, merge and undo on the demo book with planted pairs
    planted = plant_duplicates(services, 400, seed=1)
    started = time.perf_counter()
    pairs = find_pairs(services.book, limit=5000)
    results["finder_s"] = time.perf_counter() - started
    found = {frozenset((p.a, p.b)) for p in pairs}
    hit = sum(frozenset((p.first, p.second)) in found for p in planted)
    print(f"duplicate finder: {results['finder_s']:.2f} s, {len(pairs)} pairs, "
          f"{hit}/{len(planted)} planted found", flush=True)
    merges, undos = [], []
    for pair in planted[:7]:
        started = time.perf_counter()
        record = services.merges.merge(pair.first, pair.second, {"phone_alt": "merged"})
        merges.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        services.merges.undo_merge(record.id)
        undos.append((time.perf_counter() - started) * 1000)
    results["merge_ms"] = statistics.median(merges)
    results["undo_ms"] = statistics.median(undos)
    print(f"merge {results['merge_ms']:.0f} ms, undo {results['undo_ms']:.0f} ms "
          f"(median of {len(merges)})", flush=True)
    services.close()

    print()
    for key, target in TARGETS.items():
        value = results[key]
        print(f"{key:16} {value:10.2f}  target <= {target:<8} {'ok' if value <= target else 'MISSED'}")
    (out / "results.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
