"""The command line's commands load no part of the window: no app.ui, no Qt widgets (the
PDF needs QtGui's fonts, nothing more), as `python -X importtime -m app` shows."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.demo.generator import generate_demo
from tests.postgres.books import address

ROOT = Path(__file__).resolve().parents[2]
WINDOW = re.compile(r"\|\s+(app\.ui|app\.bootstrap|PySide6\.QtWidgets|PySide6\.QtPrintSupport)\b")


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("no_window") / "book.db"
    generate_demo(path, customers=20, seed=5)
    return path


def loaded(*args: str, tmp_path: Path) -> tuple[subprocess.CompletedProcess, set[str]]:
    """`python -X importtime -m app ARGS` as a person runs it: (the run, what it imported)."""
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path / "state"),
               "GUANXI_USER": "owner", "GUANXI_PASSWORD": "demo",
               "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "app", "--lang", "zh_CN", *args],
                            capture_output=True, text=True, env=environ, cwd=ROOT, timeout=180)
    imported = {line.rsplit("|", 1)[1].strip() for line in result.stderr.splitlines()
                if line.startswith("import time:") and line.count("|") >= 2}
    return result, imported


def window_modules(imported: set[str]) -> set[str]:
    return {m for m in imported if WINDOW.search(f"| {m}")}


@pytest.mark.parametrize("command", [
    ("callsheet", "--pdf", "calls.pdf"),
    ("export", "reminders", "--out", "reminders.xlsx"),
    ("report", "--out", "report.xlsx", "--png-dir", "charts"),
])
def test_a_command_loads_no_window(book, tmp_path, command):
    name, *rest = command
    rest = [str(tmp_path / a) if a.endswith((".pdf", ".xlsx")) or a == "charts" else a for a in rest]
    result, imported = loaded(name, "--db", address(book), *rest, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert window_modules(imported) == set()
    assert {"PySide6.QtCore", "PySide6.QtGui", "app.presentation.i18n"} <= imported  # seen


def test_help_loads_no_window(tmp_path):
    result, imported = loaded("--help", tmp_path=tmp_path)
    assert result.returncode == 0 and "callsheet" in result.stdout
    assert window_modules(imported) == set()


def test_the_check_sees_a_window_module_when_one_is_loaded(tmp_path):
    """The window's modules, where they are loaded, are seen (this test's check can fail)."""
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-X", "importtime", "-c", "import app.ui.printing"],
                            capture_output=True, text=True, env=environ, cwd=ROOT, timeout=180)
    imported = {line.rsplit("|", 1)[1].strip() for line in result.stderr.splitlines()
                if line.startswith("import time:") and line.count("|") >= 2}
    assert {"app.ui", "app.ui.printing"} <= window_modules(imported)
