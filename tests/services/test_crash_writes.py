
"""A writer killed at random points: the book stays sound and keeps every acknowledged write.

GUANXI_CRASH_RUNS sets how many kills (default 3; e.g. 200 for a long run)."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.services.admin.backups import take_backup
from app.services.admin.book import open_book

# a process killed while writing a SQLite file (a server keeps its own journal)
pytestmark = pytest.mark.sqlite_only

ROOT = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("GUANXI_CRASH_RUNS", "3"))

WRITER = """
import sys
from app.domain.records import CustomerInput, InteractionInput
from app.services.admin.book import open_book
services = open_book(sys.argv[1])
run = sys.argv[2]
i = 0
while True:
    card = services.customers.create(CustomerInput(name=f"写入{run}-{i}", phone=f"139{int(run):04d}{i:04d}")).id
    services.timeline.log(InteractionInput(customer_id=card, summary=f"run {run} #{i}"))
    print(card, flush=True)  # acknowledged: committed before this line is written
    i += 1
"""


def test_writes_acknowledged_before_a_kill_survive_it_and_the_book_stays_sound(tmp_path):
    book = tmp_path / "book.db"
    open_book(book).close()
    rng = random.Random(int(os.environ.get("GUANXI_CRASH_SEED", "7")))
    acknowledged: set[int] = set()
    for run in range(RUNS):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(book), str(run)], cwd=ROOT,
            stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        first = writer.stdout.readline()  # started and writing
        assert first.strip(), "the writer did not start"
        acknowledged.add(int(first))
        time.sleep(rng.uniform(0.0, 0.3))
        if run % 3 == 2:  # sometimes while a backup copies the same book
            take_backup(book, kind="manual")
        writer.send_signal(signal.SIGKILL)
        out, _ = writer.communicate()
        acknowledged.update(int(line) for line in out.splitlines() if line.strip())
        conn = sqlite3.connect(book)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            present = {r[0] for r in conn.execute("SELECT id FROM customers")}
        finally:
            conn.close()
        assert acknowledged <= present, sorted(acknowledged - present)[:5]
    services = open_book(book)
    try:
        assert services.customers.count() >= len(acknowledged)
    finally:
        services.close()
