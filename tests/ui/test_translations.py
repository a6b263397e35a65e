"""Chinese ships complete: every string in the code has a translation, and the .qm is current."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    assert found, f"pyside6-{name} not installed"
    return found


def test_every_source_string_has_a_chinese_translation(tmp_path):
    catalogue = tmp_path / "guanxi_zh_CN.ts"
    shutil.copy(TRANSLATIONS / "guanxi_zh_CN.ts", catalogue)
    sources = sorted(str(p) for p in (ROOT / "app").rglob("*.py"))
    subprocess.run([_tool("lupdate"), "-no-obsolete", *sources, "-ts", str(catalogue)],
                   check=True, capture_output=True)
    text = catalogue.read_text(encoding="utf-8")
    missing = re.findall(r'<source>([^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?'
                         r'<translation type="unfinished"', text)
    assert missing == []


def test_compiled_catalogue_matches_the_sources(tmp_path):
    for name in ("guanxi_zh_CN", "guanxi_en"):
        out = tmp_path / f"{name}.qm"
        subprocess.run([_tool("lrelease"), str(TRANSLATIONS / f"{name}.ts"), "-qm", str(out)],
                       check=True, capture_output=True)
        assert out.read_bytes() == (TRANSLATIONS / f"{name}.qm").read_bytes(), (
            f"{name}.qm is stale: run `make translations`"
        )


def test_chinese_catalogue_translates_the_interface(qapp):
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "guanxi_zh_CN.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("CustomersView", "Show archived") == "显示已归档"
        assert "3" in QCoreApplication.translate("CustomersView", "%n customer(s)", "", 3)
    finally:
        QCoreApplication.removeTranslator(translator)
