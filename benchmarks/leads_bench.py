"""Leads on the 100,000-customer demo book with about 60,000 leads (issue 16's figures).

    .venv/bin/python benchmarks/leads_bench.py [--source /tmp/ib100k/demo.db]
                                               [--book bench-out/leads-100k.db]

The book: a copy of `--source` (made with `guanxi demo --customers 100000` when missing),
upgraded to the program's schema. When the demo did not write leads, ~60,000 believable ones
are added here with SQLAlchemy Core (two years of them: about 40 % reach the showroom, half
of those test-drive, 10-20 % won, a third of the rest lost with an approved reason, the
others open, some quiet long enough to be dormant; referrals from the service lane; an open
follow-up for each open lead, as LeadService keeps one). The copy is kept for the next run.

Timed (median of --runs, after one warm-up): the leads list with filters (when the leads
view's list service exists), the dormant list (the store's and one advisor's), the call
sheet of one advisor with its leads, the conversion figures for a year, the whole
dashboard (cold: fresh value segments). A table with each target at the end.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LEADS = 60_000


def median_ms(fn, runs: int) -> tuple[float, list[float]]:
    fn()  # warm-up: caches, the reminders' copy, the statement cache
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), times


def make_book(source: Path, book: Path) -> None:
    if book.exists():
        return
    if not source.exists():
        print(f"no demo book at {source}: making one (about 100 s)")
        source.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "app", "demo", "--customers", "100000",
                        "--db", str(source)], check=True, cwd=ROOT)
    book.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, book)
    print(f"copied {source} to {book}")


def add_leads(services, today: date, count: int = LEADS, seed: int = 16) -> int:
    """Believable leads (see the module's note) written with Core; how many were added."""
    from sqlalchemy import func, insert, select

    from app.db.models import Customer, FollowUp, Lead, Staff
    from app.domain.leads import DEFAULT_LEVELS, STAGE_ORDER, LeadSource, LostReason

    with services.book.reading() as s:
        if s.scalar(select(func.count()).select_from(Lead)) >= count // 2:
            return 0
        advisors = list(s.scalars(select(Staff.id).where(Staff.role == "advisor",
                                                         Staff.active.is_(True))))
        referrers = list(s.scalars(select(Staff.id).where(Staff.role.in_(
            ("service_advisor", "service_manager")))))
        customers = list(s.scalars(select(Customer.id).where(Customer.archived_at.is_(None))))
    rng = random.Random(seed)
    sources = [(LeadSource.WALK_IN, 26), (LeadSource.PHONE, 18), (LeadSource.WEBSITE, 10),
               (LeadSource.CAR_PORTAL, 22), (LeadSource.AUTO_SHOW, 5),
               (LeadSource.REFERRAL, 6), (LeadSource.EXISTING, 8),
               (LeadSource.SERVICE_LANE, 5)]
    source_names = [s.value for s, _ in sources]
    source_weights = [w for _, w in sources]
    models = ["汉 EV", "宋 PLUS DM-i", "海豹", "秦 PLUS", "唐 DM-p", "元 PLUS", "海豚"]
    reasons = [r.value for r in LostReason]
    start = datetime.combine(today - timedelta(days=730), datetime.min.time())
    span = 730 * 86400
    leads, calls = [], []
    lead_id = 0
    with services.book.reading() as s:
        lead_id = s.scalar(select(func.coalesce(func.max(Lead.id), 0)))
    # made one after another, as a book gets them (the rows in the order of their making)
    made = sorted(start + timedelta(seconds=rng.randrange(span)) for _ in range(count))
    for created in made:
        lead_id += 1
        if created.hour < 8 or created.hour > 20:
            created = created.replace(hour=rng.randint(9, 17))
        source = rng.choices(source_names, source_weights)[0]
        walk_in = source == LeadSource.WALK_IN.value
        age = (today - created.date()).days
        # how far it got: ~40 % to the showroom, half of those test-drive, ~15 % won
        showroom = walk_in or rng.random() < 0.30
        test_drive = showroom and rng.random() < 0.5
        negotiation = test_drive and rng.random() < 0.65
        ordered = negotiation and rng.random() < 0.7 and age > 7
        delivered = ordered and rng.random() < 0.95 and age > 25
        contacted = walk_in or rng.random() < 0.93
        first = created if walk_in else (
            created + timedelta(minutes=rng.choice((10, 30, 45, 90, 150, 300, 1200)))
            if contacted else None)
        t = first or created
        row = dict(id=lead_id, customer_id=rng.choice(customers),
                   advisor_id=rng.choice(advisors), source=source,
                   models=rng.choice(models), budget_yuan=rng.randrange(100, 400) * 1000,
                   payment=rng.choice(("cash", "loan", "loan", "lease", "")), trade_in="",
                   level=rng.choice(("H", "A", "A", "B", "B", "C")), notes="",
                   created_at=created, first_contact_at=first, contacted_at=first,
                   showroom_at=None, test_drive_at=None, negotiation_at=None,
                   ordered_at=None, delivered_at=None, lost_at=None, order_model="",
                   order_price_yuan=None, expected_delivery=None, lost_reason="",
                   lost_competitor="", lost_note="", lost_review="", referrer_id=None,
                   referral_department="", referral_kind="", referral_note="",
                   updated_at=created, version=1, next_follow_up=None)
        stage = "contacted" if contacted else "new"
        for name, reached in (("showroom", showroom), ("test_drive", test_drive),
                              ("negotiation", negotiation), ("ordered", ordered),
                              ("delivered", delivered)):
            if not reached:
                break
            t = t + timedelta(days=rng.randint(0, 6), hours=rng.randint(0, 5))
            row[f"{name}_at"] = t
            stage = name
        if delivered:
            row["level"] = "O"
            row["order_model"] = row["models"]
            row["order_price_yuan"] = row["budget_yuan"]
        elif stage != "ordered" and age > 30 and rng.random() < 0.4:  # a third lost
            reason = rng.choice(reasons)
            row.update(stage="lost", lost_at=t + timedelta(days=rng.randint(3, 20)),
                       lost_reason=reason, lost_review="approved",
                       lost_competitor="吉利" if reason == "competitor" else "")
            stage = "lost"
        if source in (LeadSource.SERVICE_LANE.value, LeadSource.REFERRAL.value) and referrers:
            row.update(referrer_id=rng.choice(referrers), referral_department="service",
                       referral_kind=rng.choice(("trade_in", "new_car", "finance")))
        if stage not in ("delivered", "lost"):
            # the open ones: some contacted lately, the others quiet (dormant ones among them)
            last = max(t, datetime.combine(
                today - timedelta(days=int(rng.expovariate(1 / 12))), datetime.min.time())
                + timedelta(hours=rng.randint(9, 17))) if contacted else None
            if last is not None and last < created:
                last = created
            row["last_contact_at"] = last
            due = (last or created).date() + timedelta(days={"H": 1, "A": 3, "B": 7,
                                                             "C": 14, "O": 7}[row["level"]])
            row["next_follow_up"] = due
            calls.append(dict(customer_id=row["customer_id"], lead_id=lead_id,
                              reason="lead", due_date=due, advisor_id=row["advisor_id"],
                              status="open", notes="", attempts=0, created_at=created,
                              updated_at=created))
        else:
            row["last_contact_at"] = row["lost_at"] or row["delivered_at"] or t
        row["stage"] = stage
        leads.append(row)
    assert STAGE_ORDER and DEFAULT_LEVELS  # (the stages and levels written above)
    with services.book.writing() as s:
        conn = s.connection()
        for i in range(0, len(leads), 5000):
            conn.execute(insert(Lead), leads[i:i + 5000])
        for i in range(0, len(calls), 5000):
            conn.execute(insert(FollowUp), calls[i:i + 5000])
    return len(leads)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", type=Path, default=Path("/tmp/ib100k/demo.db"))
    parser.add_argument("--book", type=Path, default=ROOT / "bench-out" / "leads-100k.db")
    parser.add_argument("--today", type=date.fromisoformat, default=date.today())
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from sqlalchemy import func, select

    from app.db.models import Lead
    from app.domain.dashboard_records import DashboardQuery
    from app.services.admin.book import open_book
    from app.services.analytics.dashboard import DashboardService
    from app.services.analytics.segments import SegmentService

    make_book(args.source, args.book)
    services = open_book(args.book)  # upgraded to the program's schema, if need be
    today = args.today
    added = add_leads(services, today)
    if added:
        print(f"added {added:,} leads")
    book = services.book
    with book.reading() as s:
        leads = s.scalar(select(func.count()).select_from(Lead))
        advisor = s.execute(select(Lead.advisor_id).where(Lead.advisor_id.is_not(None))
                            .group_by(Lead.advisor_id).order_by(func.count().desc())
                            .limit(1)).scalar()
    print(f"book: {args.book}, {services.customers.count():,} customers, {leads:,} leads; "
          f"today {today}; {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}")

    year = DashboardQuery.last_months(today, 12)
    rows: list[tuple[str, float, float | None, str]] = []

    def measure(name: str, fn, target_ms: float | None, note: str = "") -> None:
        m, runs = median_ms(fn, args.runs)
        rows.append((name, m, target_ms, note or ", ".join(f"{r:.0f}" for r in runs)))

    # the leads view's lists (app.services.sales.lead_lists): what the view does on a filter
    # change (the ids in order, their count, the first page of rows) and the board
    from app.services.sales.lead_lists import BY_QUIET, LeadFilter, LeadLists

    lists = LeadLists(services.leads)

    def view(query: LeadFilter):
        def work():
            ids = lists.ids(query, today)
            return ids, lists.rows(ids[:200], today)
        return work

    for name, query in (("open leads (the view's default)", LeadFilter()),
                        ("every stage", LeadFilter(stages=())),
                        ("stage: negotiation, level A", LeadFilter(stages=("negotiation",),
                                                                   level="A")),
                        ("source: car portal", LeadFilter(source="car_portal")),
                        ("one advisor", LeadFilter(advisor_id=advisor))):
        measure(f"leads view: {name} ({len(lists.ids(query, today)):,})", view(query), 200)
    dormant = LeadFilter(dormant_only=True, order=BY_QUIET)
    measure(f"dormant list (leads view), the store's ({len(lists.ids(dormant, today)):,})",
            view(dormant), 200)
    mine = LeadFilter(dormant_only=True, order=BY_QUIET, advisor_id=advisor)
    measure(f"dormant list (leads view), one advisor's ({len(lists.ids(mine, today)):,})",
            view(mine), 200)
    measure("pipeline board, the store's", lambda: lists.board(today), 300)
    measure("  LeadService.dormant, the store's, every record (not used by the window)",
            lambda: services.leads.dormant(today), None)
    from app.services.sales.dormant import dormant_calls, dormant_condition

    with book.reading() as s:
        ids = select(Lead.id).where(dormant_condition(services.rules.leads, today))
        measure("  dormant ids only, the store's (SQL)",
                lambda: book.dialect.all_values(s.connection(), ids), None)
        measure("  the call sheet's dormant leads, one advisor (SQL)",
                lambda: dormant_calls(book, s, services.rules.leads, today, advisor), None)
    sheet = services.callsheet.for_day(today, advisor)
    quiet = sum(1 for line in sheet.lines for r in line.reasons if r.kind == "dormant_lead")
    measure(f"call sheet, one advisor ({len(sheet.lines):,} lines, {quiet:,} quiet leads)",
            lambda: services.callsheet.for_day(today, advisor), 100)
    conversion = services.dashboard.conversion
    figures = conversion.figures(year)
    measure(f"conversion figures, a year ({figures.leads:,} leads)",
            lambda: conversion.figures(year), 500)
    measure("conversion figures, a year, one advisor",
            lambda: conversion.figures(DashboardQuery(year.start, year.end, advisor)), 500)
    measure("whole dashboard, cold (fresh value segments)",
            lambda: DashboardService(book, SegmentService(book), services.reminders,
                                     services.rules.leads).build(year, today), 2000)
    warm = DashboardService(book, SegmentService(book), services.reminders, services.rules.leads)
    measure("whole dashboard, warm", lambda: warm.build(year, today), 2000)

    width = max(len(r[0]) for r in rows)
    print(f"\n{'what':<{width}}  {'median':>9}  {'target':>8}  ok   runs (ms)")
    for name, m, target, note in rows:
        ok = "" if target is None or m != m else ("yes" if m <= target else "NO")
        shown = "-" if m != m else f"{m:.0f} ms"
        print(f"{name:<{width}}  {shown:>9}  {target or '':>5} ms  {ok:<4} {note}")
    print(f"\nyear {year.start}..{year.end}: showroom {figures.showroom_rate:.0%}, "
          f"test drive {figures.test_drive_rate:.0%}, ordered {figures.order_rate:.0%}, "
          f"won {figures.win_rate:.0%}, lost {figures.lost:,}; first contact median "
          f"{figures.first_contact_median_hours or 0:.1f} h, "
          f"{figures.first_contact_within_share or 0:.0%} within "
          f"{figures.response_limit_hours:g} h; time to close median "
          f"{figures.close_median_days or 0:.0f} days")
    book.engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
