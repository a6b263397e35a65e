"""Search as you type in the real main window, from each keystroke to the results painted.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/search_window_bench.py \
        [--book bench-out/demo-100k.db] [--out /tmp/search-bench] [--per-kind 8]

Opens the main window over a COPY of the book (never the book itself), then types queries
a person would type into the search box, one key at a time (Latin letters and digits as
key clicks, Chinese characters as input-method commits, as tests/ui/conftest.py does):
full pinyin, initials, Chinese names, phone fragments, plates and the one letter "l".
After each keystroke it runs the event loop until the list's model has been filled for the
new text and the table's viewport has painted after that; it also notes when the list is
complete (the model's count final: the ids after the first page come later). Clearing the
box between queries is not timed. Prints p50 / p95 / max over every keystroke and writes
them (with each kind's) to OUT/search_window.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QObject, QSettings  # noqa: E402
from PySide6.QtGui import QInputMethodEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.bootstrap import build_main_window  # noqa: E402
from app.db.migrate import backup_sqlite  # noqa: E402

KINDS = ("pinyin", "initials", "chinese", "phone", "plate", "one_letter")
TIMEOUT_S = 10.0


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def sample_queries(path: Path, per_kind: int, seed: int) -> dict[str, list[str]]:
    """What a person would type, taken from the book's own customers and vehicles."""
    rng = random.Random(seed)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        people = conn.execute(
            "SELECT name, name_initials, name_pinyin, phone_digits FROM customers "
            "WHERE kind = 'person' AND archived_at IS NULL ORDER BY id"
        ).fetchall()
        plates = [p for (p,) in conn.execute(
            "SELECT plate FROM vehicles WHERE owner_id IS NOT NULL AND plate != '' ORDER BY id")]
    finally:
        conn.close()
    chosen = rng.sample(people, min(per_kind, len(people)))
    queries: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for name, initials, full, digits in chosen:
        queries["pinyin"].append(full)
        queries["initials"].append(initials)
        queries["chinese"].append(name)
        if rng.random() < 0.5:
            queries["phone"].append(digits[-rng.randint(4, 6):])  # "the last four"
        else:
            queries["phone"].append(digits[: rng.randint(7, 11)])  # typed from the start
    for plate in rng.sample(plates, min(per_kind, len(plates))):
        key = plate.replace("·", "")
        queries["plate"].append(key if rng.random() < 0.5 else key[2:])  # 京A12345 or 12345
    queries["one_letter"] = ["l"] * max(4, per_kind // 2)
    return queries


class Watch(QObject):
    """Notes when the model last changed and when the viewport last painted."""

    def __init__(self, view):
        super().__init__()
        self.changed_at = 0.0
        self.painted_at = 0.0
        model = view.model
        for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
            signal.connect(self._changed)
        view.table.viewport().installEventFilter(self)

    def _changed(self, *_args) -> None:
        self.changed_at = time.perf_counter()

    def eventFilter(self, _obj, event) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.Paint:
            self.painted_at = time.perf_counter()
        return False


def loading(model) -> bool:
    """Whether the model is still fetching the ids after its first page."""
    pending = getattr(model, "loading", None)
    return bool(pending()) if callable(pending) else False


def press(search, key: str) -> None:
    if key.isascii():
        QTest.keyClick(search, key)
        return
    event = QInputMethodEvent()
    event.setCommitString(key)
    QApplication.sendEvent(search, event)


def settle(app, view, watch: Watch, since: float) -> tuple[float | None, float | None]:
    """Run the event loop until the model changed after `since` and the viewport painted
    after that; then until the list is complete. (painted, complete) in seconds after
    `since`, None on a timeout."""
    painted = complete = None
    deadline = since + TIMEOUT_S
    while time.perf_counter() < deadline:
        app.processEvents()
        now = time.perf_counter()
        if painted is None and watch.changed_at > since and watch.painted_at > watch.changed_at:
            painted = now - since
        if painted is not None and not loading(view.model):
            complete = now - since
            break
    return painted, complete


def type_queries(app, window, queries: dict[str, list[str]]) -> dict:
    view = window.customers_view
    search = view.search
    watch = Watch(view)
    search.setFocus()
    samples: dict[str, list[tuple[float, float, str, int]]] = {kind: [] for kind in KINDS}
    timeouts = 0
    for kind in KINDS:
        for query in queries[kind]:
            if search.text():
                start = time.perf_counter()
                search.clear()
                settle(app, view, watch, start)
            for i, key in enumerate(query):
                start = time.perf_counter()
                press(search, key)
                painted, complete = settle(app, view, watch, start)
                if painted is None or complete is None:
                    timeouts += 1
                    continue
                samples[kind].append((painted, complete, query[: i + 1], view.model.rowCount()))
    every = [s for kind in KINDS for s in samples[kind]]
    result = {"keystrokes": len(every), "timeouts": timeouts,
              "painted": stats([s[0] for s in every]),
              "complete": stats([s[1] for s in every]),
              "kinds": {}}
    for kind in KINDS:
        rows = samples[kind]
        if not rows:
            continue
        slowest = max(rows)
        result["kinds"][kind] = {
            "keystrokes": len(rows),
            "painted": stats([r[0] for r in rows]),
            "complete": stats([r[1] for r in rows]),
            "slowest": {"typed": slowest[2], "rows": slowest[3], "painted_ms": ms(slowest[0])},
            "examples": queries[kind][:4],
        }
    return result


def stats(values: list[float]) -> dict:
    if not values:
        return {}
    ordered = sorted(values)
    return {"p50_ms": ms(statistics.median(ordered)),
            "p95_ms": ms(ordered[int(0.95 * (len(ordered) - 1))]),
            "max_ms": ms(ordered[-1])}


def open_window(copy: Path, out: Path):
    settings = QSettings(str(out / "settings.ini"), QSettings.Format.IniFormat)
    window = build_main_window(str(copy), language="en", settings=settings)
    window.show()
    app = QApplication.instance()
    view = window.customers_view
    deadline = time.perf_counter() + 60
    while (view.card is None or view.model.rowCount() == 0 or loading(view.model)) \
            and time.perf_counter() < deadline:
        app.processEvents()
    # the start-up work (book check, backup look) out of the way before timing
    quiet = time.perf_counter() + 3
    while time.perf_counter() < quiet:
        app.processEvents()
    return app, window


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--book", type=Path, default=ROOT / "bench-out" / "demo-100k.db")
    parser.add_argument("--out", type=Path, default=Path("/tmp/search-window-bench"))
    parser.add_argument("--per-kind", type=int, default=8)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--reuse-copy", action="store_true",
                        help="use OUT/book.db if it is there (a copy made by an earlier run)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    copy = args.out / "book.db"
    if not (args.reuse_copy and copy.exists()):
        for stale in args.out.glob("book.db*"):
            stale.unlink()
        print(f"copying {args.book} ...", flush=True)
        backup_sqlite(args.book, copy)
    queries = sample_queries(copy, args.per_kind, args.seed)
    app, window = open_window(copy, args.out)
    try:
        result = type_queries(app, window, queries)
    finally:
        card = window.customers_view.card
        if card is not None and card.is_dirty():
            card.discard()  # closing must not ask
        window.close()
        app.processEvents()
    result["book"] = str(args.book)
    (args.out / "search_window.json").write_text(json.dumps(result, indent=2, ensure_ascii=False))
    print(f"{result['keystrokes']} keystrokes ({result['timeouts']} timed out)")
    print(f"{'':12}{'painted p50/p95/max ms':>28}{'complete p50/p95/max ms':>30}")
    lines = [("all", result)] + list(result["kinds"].items())
    for label, part in lines:
        p, c = part["painted"], part["complete"]
        print(f"{label:12}{p['p50_ms']:>10}{p['p95_ms']:>9}{p['max_ms']:>9}"
              f"{c['p50_ms']:>12}{c['p95_ms']:>9}{c['max_ms']:>9}")


if __name__ == "__main__":
    main()
