"""Guanxi performance figures on a big demo book (not part of the test suite).

    .venv/bin/python benchmarks/run.py [--customers 100000] [--out bench-out]

Builds (or reuses) bench-out/demo-100k.db with app.demo.generator.generate_demo, then
measures what a person at the desk feels and prints a table; bench-out/results.json
keeps the figures:

1. search as you type: CustomerService.search_ids(query) then rows(first 100 ids),
   for every prefix of real names, initials, pinyin, phone digits, plates and VINs;
2. opening a card with 5 vehicles and 200 timeline entries (on a copy of the book);
3. process start to main window shown, against a bare QApplication + QMainWindow;
4. resident memory after scrolling the customer list end to end;
5. how long generating the demo book took.

Figures 3 and 4 run in child processes (QT_QPA_PLATFORM=offscreen) and are skipped
with a message when app.bootstrap.build_main_window is not available.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.db.engine import url_for  # noqa: E402
from app.db.migrate import backup_sqlite  # noqa: E402
from app.demo.generator import generate_demo  # noqa: E402
from app.domain.enums import InteractionKind  # noqa: E402
from app.domain.records import CustomerInput, InteractionInput, VehicleInput  # noqa: E402
from app.services.admin.book import open_book  # noqa: E402

TARGETS = {
    "search_median_ms": 30.0,
    "search_worst_ms": 100.0,
    "card_median_ms": 100.0,
    "startup_ratio": 2.0,
    "rss_mb": 300.0,
    "generate_s": 90.0,
}
SEARCH_KINDS = ("name", "initials", "pinyin", "phone", "plate", "vin")
ROWS_SHOWN = 100


# ---------------------------------------------------------------- helpers
def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def verdict(value: float | None, target: float) -> str:
    if value is None:
        return "skipped"
    return "ok" if value <= target else "OVER"


def child_env(out: Path) -> dict[str, str]:
    """Offscreen Qt, the repo importable, and settings kept out of the user's own."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(ROOT), env.get("PYTHONPATH"))))
    env["XDG_CONFIG_HOME"] = str(out / "xdg-config")
    env.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    return env


def run_child(script: str, out: Path, timeout: float = 600) -> dict:
    """Run a Python snippet in a fresh interpreter; it prints one JSON line last."""
    proc = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=child_env(out),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if not lines:
        return {"error": f"exit {proc.returncode}: {proc.stderr.strip()[-800:]}"}
    return json.loads(lines[-1])


# ---------------------------------------------------------------- 5. the demo book
def demo_book(out: Path, customers: int, seed: int) -> tuple[Path, float | None, bool]:
    """(path, seconds it took to generate, reused?). Generation goes to a temporary
    name first so an interrupted run is never mistaken for a finished book."""
    label = f"{customers // 1000}k" if customers % 1000 == 0 else str(customers)
    path = out / f"demo-{label}.db"
    meta = path.with_suffix(".json")
    if path.exists() and meta.exists():
        info = json.loads(meta.read_text())
        if info.get("customers") == customers:
            return path, info.get("seconds"), True
    partial = path.with_name(path.name + ".partial")
    for stale in (path, partial, *out.glob(partial.name + "-*")):
        stale.unlink(missing_ok=True)
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if done == total or now - last[0] > 5:
            last[0] = now
            print(f"  generating: {done:,}/{total:,}", flush=True)

    summary = generate_demo(partial, customers, seed=seed, progress=progress)
    partial.rename(path)
    meta.write_text(json.dumps({**summary.__dict__, "seed": seed, "built": str(date.today())}))
    print(
        f"  {summary.customers:,} customers, {summary.vehicles:,} vehicles, "
        f"{summary.interactions:,} interactions in {summary.seconds:.1f} s"
    )
    return path, summary.seconds, False


def working_copy(source: Path, out: Path) -> Path:
    """A throw-away copy for the steps that write or open the book in the window."""
    target = out / "work-copy.db"
    for stale in out.glob("work-copy.db*"):
        stale.unlink()
    return backup_sqlite(source, target)


# ---------------------------------------------------------------- 1. search as you type
PEOPLE_SQL = ("SELECT id, name, name_initials, name_pinyin, phone_digits FROM customers "
              "WHERE kind = 'person' AND archived_at IS NULL ORDER BY id")
VEHICLES_SQL = "SELECT plate, vin FROM vehicles WHERE owner_id IS NOT NULL ORDER BY id"


def sample_queries(path: Path, per_kind: int, seed: int) -> dict[str, list[str]]:
    """Queries a person would type, taken from the book's own data."""
    conn = sqlite3.connect(path)
    try:
        people = conn.execute(PEOPLE_SQL).fetchall()
        vehicles = conn.execute(VEHICLES_SQL).fetchall()
    finally:
        conn.close()
    return queries_from(people, vehicles, per_kind, seed)


def queries_from(people: list, vehicles: list, per_kind: int, seed: int) -> dict[str, list[str]]:
    """sample_queries' choice from the book's people (id, name, initials, pinyin, phone
    digits) and cars (plate, VIN)."""
    rng = random.Random(seed)
    chosen = rng.sample(people, min(per_kind, len(people)))
    cars = rng.sample(vehicles, min(per_kind, len(vehicles)))
    queries: dict[str, list[str]] = {k: [] for k in SEARCH_KINDS}
    for _, name, initials, full, digits in chosen:
        queries["name"].append(name[: rng.randint(1, min(3, len(name)))])
        queries["initials"].append(initials)
        queries["pinyin"].append(full)
        if rng.random() < 0.5:
            queries["phone"].append(digits[-rng.randint(4, 6) :])  # "the last four"
        else:
            queries["phone"].append(digits[: rng.randint(7, 11)])  # typed from the start
    for plate, vin in cars:
        key = plate.replace("·", "")
        queries["plate"].append(key if rng.random() < 0.5 else key[2:])  # 京A12345 or 12345
        queries["vin"].append(vin[-rng.randint(6, 8) :])
    return queries


def typed(query: str) -> list[str]:
    """Every prefix, as the box sees it while the person types."""
    return [query[:i] for i in range(1, len(query) + 1)]


def bench_search(path: Path, per_kind: int, seed: int) -> dict:
    queries = sample_queries(path, per_kind, seed)
    services = open_book(path, create=False)
    customers = services.customers
    try:
        for warm in ("王", "zs", "1391", "京a"):  # page cache and statement cache
            customers.rows(customers.search_ids(warm)[:ROWS_SHOWN])
        result = {}
        for kind in SEARCH_KINDS:
            timings, search_part, hits, slowest = [], [], [], (0.0, "")
            for query in queries[kind]:
                for prefix in typed(query):
                    t0 = time.perf_counter()
                    ids = customers.search_ids(prefix)
                    t1 = time.perf_counter()
                    customers.rows(ids[:ROWS_SHOWN])
                    t2 = time.perf_counter()
                    timings.append(t2 - t0)
                    search_part.append(t1 - t0)
                    hits.append(len(ids))
                    if t2 - t0 > slowest[0]:
                        slowest = (t2 - t0, prefix)
            result[kind] = {
                "queries": len(queries[kind]),
                "keystrokes": len(timings),
                "median_ms": ms(statistics.median(timings)),
                "p95_ms": ms(sorted(timings)[int(0.95 * (len(timings) - 1))]),
                "worst_ms": ms(max(timings)),
                "worst_query": slowest[1],
                "search_ids_median_ms": ms(statistics.median(search_part)),
                "median_hits": int(statistics.median(hits)),
                "max_hits": max(hits),
                "examples": queries[kind][:5],
            }
    finally:
        services.close()
    return result


# ---------------------------------------------------------------- 2. opening a card
def bench_card(copy: Path, runs: int = 20) -> dict:
    services = open_book(copy, create=False)
    try:
        customer = services.customers.create(
            CustomerInput(name="欧阳明华", phone="13912345678", tags=("VIP", "车队"))
        )
        staff_id = services.staff.list()[0].id
        vehicle_ids = []
        for n in range(5):
            vehicle = services.vehicles.add(
                customer.id,
                VehicleInput(make="大众", model="帕萨特", plate=f"京Q·9{n}88{n}", year=2022),
            )
            vehicle_ids.append(vehicle.id)
        start = datetime.now().replace(microsecond=0) - timedelta(days=400)
        kinds = list(InteractionKind)
        for n in range(200):
            services.timeline.log(
                InteractionInput(
                    customer_id=customer.id,
                    kind=kinds[n % len(kinds)],
                    summary=f"第{n + 1}次回访：客户满意",
                    staff_id=staff_id,
                    vehicle_id=vehicle_ids[n % 5] if n % 3 == 0 else None,
                    occurred_at=start + timedelta(days=2 * n, hours=n % 9),
                )
            )
        services.customers.card(customer.id)  # warm
        timings = []
        for _ in range(runs):
            t0 = time.perf_counter()
            card = services.customers.card(customer.id)
            timings.append(time.perf_counter() - t0)
        assert len(card.vehicles) == 5 and len(card.timeline) == 200
        typical = []
        for cid in random.Random(1).sample(range(1, 1000), 20):
            t0 = time.perf_counter()
            services.customers.card(cid)
            typical.append(time.perf_counter() - t0)
    finally:
        services.close()
    return {
        "runs": runs,
        "median_ms": ms(statistics.median(timings)),
        "worst_ms": ms(max(timings)),
        "demo_customer_median_ms": ms(statistics.median(typical)),
    }


# ---------------------------------------------------------------- 3. start-up
WINDOW_CHILD = """
import time; T0 = time.perf_counter()
import json, sys
from app.bootstrap import build_main_window
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
settings = QSettings(%(settings)r, QSettings.Format.IniFormat)
# the GUI entry point's path: the window shows, then the book opens on the event loop
window = build_main_window(%(url)r, settings=settings, defer_book=True)
app = QApplication.instance()
from PySide6.QtCore import QEvent, QObject
class FirstPaint(QObject):
    at = None
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and FirstPaint.at is None:
            FirstPaint.at = time.perf_counter() - T0
        return False
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
deadline = time.perf_counter() + 30
# "shown": the window's first paint (what reaches the screen), as for the bare window
while FirstPaint.at is None and time.perf_counter() < deadline:
    app.processEvents()
shown = FirstPaint.at
# listed: the first page shown and the rest of the ids in (the scroll goes end to end)
while (window.customers_view.card is None or window.customers_view.model.rowCount() == 0
       or getattr(window.customers_view.model, "loading", lambda: False)()):
    app.processEvents()
    if time.perf_counter() > deadline:
        break
app.processEvents()
listed = time.perf_counter() - T0
%(after)s
"""

BARE_CHILD = """
import time; T0 = time.perf_counter()
import json, sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
from PySide6.QtCore import QEvent, QObject
class FirstPaint(QObject):
    at = None
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and FirstPaint.at is None:
            FirstPaint.at = time.perf_counter() - T0
        return False
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
while FirstPaint.at is None:
    app.processEvents()
print(json.dumps({"shown_s": FirstPaint.at}))
"""

RSS = """
def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
"""


def bench_startup(copy: Path, out: Path, runs: int = 3) -> dict:
    script = WINDOW_CHILD % {
        "url": url_for(copy),
        "settings": str(out / "settings.ini"),
        "after": 'print(json.dumps({"shown_s": shown, "listed_s": listed}))',
    }
    app_times, bare_times, listed_times = [], [], []
    for _ in range(runs):
        result = run_child(script, out)
        if "skipped" in result or "error" in result:
            return result
        app_times.append(result["shown_s"])
        listed_times.append(result["listed_s"])
        bare_times.append(run_child(BARE_CHILD, out)["shown_s"])
    app_s, bare_s = statistics.median(app_times), statistics.median(bare_times)
    return {
        "runs": runs,
        "app_ms": ms(app_s),
        "bare_ms": ms(bare_s),
        "ratio": round(app_s / bare_s, 2),
        "listed_ms": ms(statistics.median(listed_times)),
        "app_all_ms": [ms(t) for t in app_times],
        "bare_all_ms": [ms(t) for t in bare_times],
    }


# ---------------------------------------------------------------- 4. memory
SCROLL = RSS + """
from PySide6.QtWidgets import QTableView
result = {"shown_s": shown, "rss_shown_mb": status("VmRSS")}
view = window.findChild(QTableView, "customerTable")
if view is None:
    result["error"] = "no QTableView named customerTable"
else:
    model = view.model()
    bar = view.verticalScrollBar()
    # end to end a page at a time, so every row is fetched and drawn once
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.pageStep())
        app.processEvents()
    result.update(
        rows_loaded=model.rowCount(),
        scroll_s=time.perf_counter() - T0 - shown,
        rss_mb=status("VmRSS"),
        peak_rss_mb=status("VmHWM"),
    )
print(json.dumps(result))
"""


def bench_memory(copy: Path, out: Path) -> dict:
    script = WINDOW_CHILD % {
        "url": url_for(copy), "settings": str(out / "settings.ini"), "after": SCROLL
    }
    result = run_child(script, out, timeout=900)
    for key in ("rss_shown_mb", "rss_mb", "peak_rss_mb", "scroll_s", "shown_s"):
        if isinstance(result.get(key), float):
            result[key] = round(result[key], 2)
    return result


# ---------------------------------------------------------------- report
def report(results: dict) -> str:
    t = TARGETS
    lines = [f"{'figure':<34}{'measured':>14}{'target':>12}  verdict", "-" * 70]

    def row(label, value, target, unit):
        shown = "—" if value is None else f"{value:.1f} {unit}"
        lines.append(f"{label:<34}{shown:>14}{f'≤ {target:g} {unit}':>12}  {verdict(value, target)}")

    gen = results.get("generate", {})
    row(
        f"5. generate demo{' (reused)' if gen.get('reused') else ''}",
        gen.get("seconds"),
        t["generate_s"],
        "s",
    )
    for kind, fig in results.get("search", {}).items():
        row(f"1. search {kind}: median", fig["median_ms"], t["search_median_ms"], "ms")
        row(f"   search {kind}: worst ({fig['worst_query']})", fig["worst_ms"], t["search_worst_ms"], "ms")
    card = results.get("card", {})
    row("2. card (5 vehicles, 200 entries)", card.get("median_ms"), t["card_median_ms"], "ms")
    start = results.get("startup", {})
    if "ratio" in start:
        lines.append(f"{'3. start to window: app / bare':<34}{start['app_ms']:>9.0f} / {start['bare_ms']:.0f} ms")
        lines.append(f"{'   start to customers listed':<34}{start['listed_ms']:>9.0f} ms")
        row("   ratio", start["ratio"], t["startup_ratio"], "x")
    else:
        lines.append(f"3. start-up: skipped — {start.get('skipped') or start.get('error')}")
    memory = results.get("memory", {})
    if "rss_mb" in memory:
        row(f"4. RSS after scrolling {memory.get('rows_loaded', 0):,} rows", memory["rss_mb"], t["rss_mb"], "MB")
    else:
        lines.append(f"4. memory: skipped — {memory.get('skipped') or memory.get('error')}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench-out")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--queries", type=int, default=50, help="queries per kind")
    parser.add_argument("--skip-ui", action="store_true", help="skip figures 3 and 4")
    args = parser.parse_args(argv)
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)

    results: dict = {
        "when": datetime.now().isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version,
            "platform": platform.platform(),
        },
        "customers": args.customers,
        "targets": TARGETS,
    }
    print(f"5. demo book ({args.customers:,} customers)")
    path, seconds, reused = demo_book(out, args.customers, args.seed)
    results["generate"] = {"path": str(path), "seconds": seconds, "reused": reused}

    print("1. search as you type")
    results["search"] = bench_search(path, args.queries, args.seed)

    print("2. opening a card")
    copy = working_copy(path, out)
    results["card"] = bench_card(copy)

    if args.skip_ui:
        results["startup"] = results["memory"] = {"skipped": "--skip-ui"}
    else:
        print("3. start-up")
        results["startup"] = bench_startup(copy, out)
        print("4. memory")
        results["memory"] = bench_memory(copy, out)

    (out / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=2))
    print()
    print(report(results))
    print(f"\nfigures: {out / 'results.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
