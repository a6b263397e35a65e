"""Reminders and the call sheet on the 100k demo book (a script, not part of the test suite).

    .venv/bin/python benchmarks/reminders_bench.py [--out bench-out] [--runs 5] [--regenerate]

Uses bench-out/demo-100k.db (the book benchmarks/run.py uses). The book is generated
again (seed 1, 100,000 customers; the seconds it took are recorded) when it, or its
demo-100k.json sidecar, is missing or older than the current generator: the sidecar
keeps a fingerprint of app/demo/generator.py, app/db/models.py and the migrations, and
the book's tables must hold every column the models have. Regenerating deletes
bench-out/demo-100k.* and bench-out/work-copy.db (run.py copies it again).

`today` is the day the book was generated (its dates are relative to that day).
Each figure is the median of --runs timed calls after one warm-up (time.perf_counter):

(a) ReminderService.occurrences(today, today + 30, today=today), every customer
    (target <= 200 ms), with the count per kind;
(b) CallSheetService.for_day(today, advisor_id=X) for the advisor with the most
    customers (target <= 100 ms), with its line count;
(c) CallSheetService.for_day(today), every advisor (no target).

Also shown, without a target: ReminderService.due(today) (30 days back, 30 ahead).
When (a) or (b) misses its target, the call is profiled (cProfile, top functions),
split by kind, and its slowest SQL statements are shown with EXPLAIN QUERY PLAN.
Prints a table and writes bench-out/reminders.json.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import json
import platform
import pstats
import sqlite3
import statistics
import sys
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import event  # noqa: E402

from app.db.base import Base  # noqa: E402
from app.db.migrate import head_revision  # noqa: E402
from app.demo.generator import generate_demo  # noqa: E402
from app.domain.enums import ReminderKind  # noqa: E402
from app.domain.recurrence import holiday_occurrences  # noqa: E402
from app.services.admin.book import open_book  # noqa: E402

CUSTOMERS = 100_000
SEED = 1
TARGETS_MS = {"reminders_30d": 200.0, "callsheet_advisor": 100.0}
FINGERPRINTED = ("app/demo/generator.py", "app/db/models.py", "migrations/versions/*.py")


def ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


# ---------------------------------------------------------------- the book
def fingerprint() -> str:
    digest = hashlib.sha256()
    for pattern in FINGERPRINTED:
        for path in sorted(ROOT.glob(pattern)):
            digest.update(path.relative_to(ROOT).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def stale_reason(path: Path, meta: Path, current: str) -> str | None:
    """Why the book must be generated again, or None when it is current."""
    if not path.exists() or not meta.exists():
        return "no book yet"
    try:
        info = json.loads(meta.read_text())
    except ValueError:
        return "unreadable sidecar"
    if info.get("customers") != CUSTOMERS or info.get("seed") != SEED:
        return "other size or seed"
    if info.get("fingerprint") != current:
        return "generator or schema changed since the book was made"
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != head_revision():
            return f"book at revision {revision and revision[0]}, program at {head_revision()}"
        for table in Base.metadata.sorted_tables:
            have = {row[1] for row in conn.execute(f"PRAGMA table_info({table.name})")}
            missing = {c.name for c in table.columns} - have
            if missing:
                return f"{table.name} lacks {sorted(missing)}"
    except sqlite3.Error as exc:
        return f"unreadable book: {exc}"
    finally:
        conn.close()
    return None


def demo_book(out: Path, force: bool) -> tuple[Path, dict, bool]:
    """(path, sidecar, regenerated?)."""
    path = out / "demo-100k.db"
    meta = path.with_suffix(".json")
    current = fingerprint()
    reason = "--regenerate" if force else stale_reason(path, meta, current)
    if reason is None:
        return path, json.loads(meta.read_text()), False
    print(f"generating {path} ({reason})", flush=True)
    for stale in (*out.glob("demo-100k.*"), *out.glob("work-copy.db*")):
        stale.unlink()
    partial = path.with_name(path.name + ".partial")
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if done == total or now - last[0] > 10:
            last[0] = now
            print(f"  {done:,}/{total:,}", flush=True)

    cpu = time.process_time()
    summary = generate_demo(partial, CUSTOMERS, seed=SEED, progress=progress)
    cpu = round(time.process_time() - cpu, 1)
    with sqlite3.connect(partial) as conn:  # everything in the main file before it is renamed
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    partial.rename(path)
    info = {**summary.__dict__, "cpu_seconds": cpu, "seed": SEED, "built": str(date.today()),
            "fingerprint": current}
    meta.write_text(json.dumps(info))
    print(f"  done in {summary.seconds} s ({cpu} s CPU)", flush=True)
    return path, info, True


# ---------------------------------------------------------------- measuring
def timed(call, runs: int) -> tuple[float, list[float], object]:
    """(median ms, every run in ms, the last result) after one warm-up call."""
    result = call()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = call()
        times.append(ms(time.perf_counter() - started))
    return statistics.median(times), times, result


class SqlLog:
    """The statements an engine runs, with their parameters and how long each took."""

    def __init__(self, engine):
        self.engine = engine
        self.rows: list[tuple[float, str, object]] = []
        self._started: list[float] = []

    def __enter__(self):
        event.listen(self.engine, "before_cursor_execute", self._before)
        event.listen(self.engine, "after_cursor_execute", self._after)
        return self

    def __exit__(self, *exc):
        event.remove(self.engine, "before_cursor_execute", self._before)
        event.remove(self.engine, "after_cursor_execute", self._after)

    def _before(self, conn, cursor, statement, parameters, context, executemany):
        self._started.append(time.perf_counter())

    def _after(self, conn, cursor, statement, parameters, context, executemany):
        self.rows.append((time.perf_counter() - self._started.pop(), statement, parameters))


def diagnose(services, label: str, call, path: Path) -> dict:
    """Where the time of one call goes: cProfile, and its statements run again on their
    own (execute and fetch every row, sqlite3 directly), the slowest with their plan."""
    profile = cProfile.Profile()
    profile.enable()
    call()
    profile.disable()
    text = io.StringIO()
    stats = pstats.Stats(profile, stream=text)
    stats.sort_stats("cumulative").print_stats(r"app/|sqlite3|orm/loading|engine/result", 25)
    stats.sort_stats("tottime").print_stats(12)
    started = time.perf_counter()
    with SqlLog(services.book.engine) as log:
        call()
    total = time.perf_counter() - started
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.execute("PRAGMA mmap_size=268435456")  # as app.db.engine sets it
    conn.execute("PRAGMA cache_size=-32768")
    measured = []
    try:
        for _, statement, parameters in log.rows:
            if not statement.lstrip().upper().startswith("SELECT"):
                continue
            conn.execute(statement, parameters).fetchall()  # warm
            started = time.perf_counter()
            rows = conn.execute(statement, parameters).fetchall()
            seconds = time.perf_counter() - started
            plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + statement, parameters)]
            measured.append({"ms": ms(seconds), "rows": len(rows), "sql": " ".join(statement.split()),
                             "plan": plan})
    finally:
        conn.close()
    measured.sort(key=lambda m: m["ms"], reverse=True)
    return {
        "label": label,
        "call_ms": ms(total),
        "statements": len(measured),
        "sql_ms": round(sum(m["ms"] for m in measured), 1),
        "slowest": measured[:5],
        "profile": text.getvalue(),
    }


def per_kind(services, today: date, end: date, runs: int) -> dict[str, float]:
    out = {}
    for kind in ReminderKind:
        median, _, _ = timed(lambda k=kind: services.reminders.occurrences(
            today, end, today=today, kinds=[k]), runs)
        out[kind.value] = median
    return out


# ---------------------------------------------------------------- report
def report(results: dict) -> str:
    lines = [
        f"Reminders on {results['book']} ({results['customers']:,} customers), today = {results['today']}",
        f"demo generation: {results['generate_s']} s"
        + (f" ({results['generate_cpu_s']} s CPU)" if results.get("generate_cpu_s") else "")
        + ("" if results["regenerated"] else " (recorded when the book was made)"),
        "",
        f"{'figure':<44} {'median':>9} {'target':>8}  {'result':<7} count",
        "-" * 78,
    ]
    for key, label in (
        ("reminders_30d", "(a) occurrences today..+30, all customers"),
        ("callsheet_advisor", "(b) call sheet, busiest advisor"),
        ("callsheet_all", "(c) call sheet, every advisor"),
        ("due", "    due(today): -30..+30"),
    ):
        figure = results[key]
        target = TARGETS_MS.get(key)
        verdict = "" if target is None else ("ok" if figure["median_ms"] <= target else "OVER")
        target_text = f"{target:.0f} ms" if target else ""
        lines.append(f"{label:<44} {figure['median_ms']:>6.1f} ms {target_text:>8}  {verdict:<7} "
                     f"{figure['count']:,}")
    lines.append("")
    lines.append("(a) per kind: " + ", ".join(
        f"{k} {n:,}" for k, n in results["reminders_30d"]["per_kind"].items()))
    holidays = results["holidays_next_30d"]
    lines.append("holidays in the window: " + (", ".join(holidays) if holidays else
                                               "none (holiday reminders are calendar-driven)"))
    advisor = results["callsheet_advisor"]
    lines.append(f"(b) advisor {advisor['advisor_id']} ({advisor['advisor_name']}, "
                 f"{advisor['customers']:,} customers): {advisor['count']} lines, "
                 f"{advisor['follow_up_lines']} with an open follow-up")
    lines.append(f"(c) {results['callsheet_all']['count']:,} lines, "
                 f"{results['callsheet_all']['follow_up_lines']} with an open follow-up")
    if results.get("per_kind_ms"):
        lines.append("(a) split by kind, median ms: " + ", ".join(
            f"{k} {v}" for k, v in results["per_kind_ms"].items()))
    for diag in results.get("diagnosis", []):
        lines += ["", f"== where the time of {diag['label']} goes: {diag['call_ms']} ms in all; its "
                      f"{diag['statements']} SELECTs take {diag['sql_ms']} ms run on their own"]
        for item in diag["slowest"]:
            lines.append(f"  {item['ms']} ms, {item['rows']:,} rows: {item['sql'][:400]}")
            lines += [f"      plan: {step}" for step in item["plan"]]
        lines.append(diag["profile"])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "bench-out")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--regenerate", action="store_true", help="make the book again")
    parser.add_argument("--diagnose", action="store_true", help="profile even when on target")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    path, info, regenerated = demo_book(args.out, args.regenerate)
    today = date.fromisoformat(info["built"])
    end = today + timedelta(days=30)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    busiest, customers = conn.execute(
        "SELECT advisor_id, COUNT(*) FROM customers WHERE archived_at IS NULL AND advisor_id IS NOT NULL "
        "GROUP BY advisor_id ORDER BY COUNT(*) DESC, advisor_id LIMIT 1"
    ).fetchone()
    advisor_name = conn.execute("SELECT name FROM staff WHERE id = ?", (busiest,)).fetchone()[0]
    conn.close()

    services = open_book(path, create=False)
    try:
        reminders, sheets = services.reminders, services.callsheet
        occurrences = lambda: reminders.occurrences(today, end, today=today)  # noqa: E731
        mine = lambda: sheets.for_day(today, advisor_id=busiest)  # noqa: E731
        everyone = lambda: sheets.for_day(today)  # noqa: E731
        due = lambda: reminders.due(today)  # noqa: E731

        a_ms, a_runs, found = timed(occurrences, args.runs)
        b_ms, b_runs, sheet_b = timed(mine, args.runs)
        c_ms, c_runs, sheet_c = timed(everyone, args.runs)
        d_ms, d_runs, due_found = timed(due, args.runs)
        kinds = Counter(o.kind.value for o in found)

        def follow_up_lines(sheet) -> int:
            return sum(1 for line in sheet.lines if any(r.follow_up_id for r in line.reasons))

        results = {
            "book": str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path),
            "customers": info["customers"],
            "today": str(today),
            "regenerated": regenerated,
            "generate_s": info.get("seconds"),
            "generate_cpu_s": info.get("cpu_seconds"),
            "book_rows": {k: info.get(k) for k in (
                "vehicles", "interactions", "household_members", "important_dates", "follow_ups",
                "reminder_marks")},
            "holidays_next_30d": [f"{h.value} {d}" for h, d in holiday_occurrences(today, end)],
            "reminders_30d": {
                "median_ms": a_ms, "runs_ms": a_runs, "count": len(found),
                "per_kind": {k.value: kinds.get(k.value, 0) for k in ReminderKind},
                "target_ms": TARGETS_MS["reminders_30d"],
            },
            "callsheet_advisor": {
                "median_ms": b_ms, "runs_ms": b_runs, "count": len(sheet_b.lines),
                "advisor_id": busiest, "advisor_name": advisor_name, "customers": customers,
                "follow_up_lines": follow_up_lines(sheet_b),
                "target_ms": TARGETS_MS["callsheet_advisor"],
            },
            "callsheet_all": {
                "median_ms": c_ms, "runs_ms": c_runs, "count": len(sheet_c.lines),
                "follow_up_lines": follow_up_lines(sheet_c),
            },
            "due": {"median_ms": d_ms, "runs_ms": d_runs, "count": len(due_found)},
            "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version,
            "machine": platform.platform(),
        }
        over = [key for key, target in TARGETS_MS.items() if results[key]["median_ms"] > target]
        if over or args.diagnose:
            results["per_kind_ms"] = per_kind(services, today, end, max(1, args.runs // 2))
            diagnoses = []
            if "reminders_30d" in over or args.diagnose:
                diagnoses.append(diagnose(services, "(a) occurrences", occurrences, path))
            if "callsheet_advisor" in over or args.diagnose:
                diagnoses.append(diagnose(services, "(b) call sheet of one advisor", mine, path))
            results["diagnosis"] = diagnoses
    finally:
        services.close()

    print(report(results))
    target = args.out / "reminders.json"
    target.write_text(json.dumps(results, ensure_ascii=False, indent=2))
    print(f"\nwritten: {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
