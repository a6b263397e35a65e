"""The command line as a person types it: demo, check, languages, exit statuses."""

import os
import subprocess
import sys

import pytest

from app.domain.enums import ConsentPurpose
from app.services.admin.book import open_book
from tests.postgres.books import address, run_sql


def guanxi(*args: str, lang: str = "en") -> subprocess.CompletedProcess:
    # a demo book's owner signs in (a book without accounts leaves GUANXI_USER unused)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GUANXI_USER": "owner",
           "GUANXI_PASSWORD": "demo"}
    return subprocess.run(
        [sys.executable, "-m", "app", "--lang", lang, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def demo_book(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    result = guanxi("demo", "--db", str(path), "--customers", "60", "--seed", "7")
    assert result.returncode == 0, result.stderr
    return path, result


def test_demo_writes_the_asked_number_of_customers(demo_book):
    path, result = demo_book
    assert "60 customers" in result.stdout
    services = open_book(path)
    try:
        assert services.customers.count() == 60
        assert len(services.staff.list()) >= 5
    finally:
        services.close()


def test_demo_refuses_a_book_that_has_customers(demo_book):
    path, _ = demo_book
    before = path.read_bytes()
    result = guanxi("demo", "--db", str(path), "--customers", "10")
    assert result.returncode == 1
    assert "empty book" in result.stderr
    assert path.read_bytes() == before


def test_check_passes_a_sound_book(demo_book):
    path, _ = demo_book
    result = guanxi("check", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert "OK" in result.stdout
    assert "customers: 60" in result.stdout


def test_check_speaks_chinese(demo_book):
    path, _ = demo_book
    result = guanxi("check", "--db", str(path), lang="zh_CN")
    assert result.returncode == 0
    assert "客户库完好" in result.stdout


def test_check_fails_on_a_damaged_file(tmp_path):
    path = tmp_path / "broken.db"
    path.write_bytes(os.urandom(8192))
    result = guanxi("check", "--db", str(path))
    assert result.returncode != 0
    assert "not a Guanxi book" in result.stderr  # in words, not a code


def test_check_fails_on_a_book_from_a_newer_program(tmp_path):
    path = tmp_path / "newer.db"
    open_book(path).close()
    run_sql(path, "UPDATE alembic_version SET version_num = '9999_future'")
    result = guanxi("check", "--db", address(path))
    assert result.returncode != 0
    assert "newer version of Guanxi" in result.stderr and "schema_newer" not in result.stderr


def test_check_fails_on_a_missing_file(tmp_path):
    result = guanxi("check", "--db", str(tmp_path / "nothing.db"))
    assert result.returncode != 0
    assert "does not exist" in result.stderr
    assert not (tmp_path / "nothing.db").exists()


@pytest.mark.sqlite_only  # a SQLite file's pages
def test_check_words_damaged_pages_and_gives_their_details(tmp_path):
    from tests.migrations.test_book_safety import book_with_customers, damage

    path = book_with_customers(tmp_path / "book.db")
    damage(path)
    result = guanxi("check", "--db", str(path))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith("The book file is damaged")
    assert len(lines) > 1 and all(line.startswith("  ") for line in lines[1:])


def test_demo_rejects_zero_customers(tmp_path):
    result = guanxi("demo", "--db", str(tmp_path / "x.db"), "--customers", "0")
    assert result.returncode == 2


def test_callsheet_pdf_from_the_command_line(demo_book, tmp_path):
    from pypdf import PdfReader

    path, _ = demo_book
    out = tmp_path / "sheet.pdf"
    result = guanxi("callsheet", "--db", str(path), "--pdf", str(out), lang="zh_CN")
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "回访" in text


def test_callsheet_for_an_unknown_advisor_is_refused(demo_book, tmp_path):
    path, _ = demo_book
    result = guanxi("callsheet", "--db", str(path), "--advisor", "无此人", "--pdf", str(tmp_path / "x.pdf"))
    assert result.returncode == 2
    assert "No staff member" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_callsheet_with_a_bad_date_is_refused(demo_book, tmp_path):
    path, _ = demo_book
    result = guanxi("callsheet", "--db", str(path), "--date", "2026-13-40", "--pdf", str(tmp_path / "x.pdf"))
    assert result.returncode == 2


@pytest.mark.parametrize("which", ["customers", "reminders", "followups", "callsheet"])
def test_export_each_list(demo_book, tmp_path, which):
    import openpyxl

    path, _ = demo_book
    out = tmp_path / f"{which}.xlsx"
    result = guanxi("export", which, "--db", str(path), "--out", str(out), "--days", "30")
    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(out).active
    assert sheet.freeze_panes == "A2"
    assert sheet.cell(1, 1).font.bold
    if which == "customers":
        assert sheet.max_row == 61
        phones = [sheet.cell(r, 3).value for r in range(2, sheet.max_row + 1)]
        assert all(isinstance(p, str) for p in phones if p)


def test_export_for_marketing_leaves_out_and_counts_who_did_not_agree(demo_book, tmp_path):
    import openpyxl

    path, _ = demo_book
    out = tmp_path / "marketing.xlsx"
    result = guanxi("export", "customers", "--for-marketing", "--db", str(path), "--out",
                    str(out))
    assert result.returncode == 0, result.stderr
    services = open_book(path)
    try:
        ids = services.customers.search_ids("")
        agreed, lacking = services.consents.split(ids, ConsentPurpose.MARKETING)
    finally:
        services.close()
    sheet = openpyxl.load_workbook(out).active
    names = sorted(sheet.cell(r, 1).value for r in range(2, sheet.max_row + 1))
    assert len(names) == len(agreed) and lacking
    assert f"Left out: {lacking} customers who have not agreed to marketing." in result.stdout


def test_an_advisor_exports_their_own_customers_only(demo_book, tmp_path):
    import openpyxl

    path, _ = demo_book
    out = tmp_path / "mine.xlsx"
    result = subprocess.run(
        [sys.executable, "-m", "app", "--lang", "en", "--user", "wanglei", "export", "customers",
         "--db", str(path), "--out", str(out)], capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "GUANXI_PASSWORD": "demo"})
    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(out).active
    advisors = {sheet.cell(r, 13).value for r in range(2, sheet.max_row + 1)}
    assert sheet.cell(1, 13).value == "Advisor" and advisors == {"王磊"}


def test_demo_with_planted_duplicates_and_dirty_sheets(tmp_path):
    book = tmp_path / "dirty.db"
    result = guanxi("demo", "--db", str(book), "--customers", "80", "--planted-duplicates", "8",
                    "--dirty-sheets", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "Planted duplicates: 8 pairs." in result.stdout
    assert (tmp_path / "customers.xlsx").stat().st_size and (tmp_path / "old-crm.csv").stat().st_size
    services = open_book(book)
    try:
        assert services.customers.count() == 88
    finally:
        services.close()
    missing = guanxi("demo", "--db", str(tmp_path / "other.db"), "--dirty-sheets",
                     str(tmp_path / "nowhere"))
    assert missing.returncode == 2 and not (tmp_path / "other.db").exists()


def test_export_of_a_missing_book_creates_nothing(tmp_path):
    result = guanxi("export", "customers", "--db", str(tmp_path / "none.db"), "--out", str(tmp_path / "x.xlsx"))
    assert result.returncode == 1
    assert not (tmp_path / "none.db").exists()
    assert not (tmp_path / "x.xlsx").exists()


# ---------------------------------------------------------------- report
def report(*args: str, tmp_path, lang: str = "en") -> subprocess.CompletedProcess:
    """`guanxi report` with its own (empty) preferences folder."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "GUANXI_USER": "owner", "GUANXI_PASSWORD": "demo"}
    return subprocess.run([sys.executable, "-m", "app", "--lang", lang, "report", *args],
                          capture_output=True, text=True, env=env, timeout=180)


def test_report_writes_one_sheet_per_chart_and_the_pngs(demo_book, tmp_path):
    from datetime import date

    from openpyxl import load_workbook

    from app.domain.dashboard_records import DashboardQuery
    from app.services.analytics.dashboard import DashboardService

    path, _ = demo_book
    out, pngs = tmp_path / "report.xlsx", tmp_path / "charts"
    today = date.today()
    first = date(today.year - 1, today.month, 1)
    result = report("--db", str(path), "--out", str(out), "--png-dir", str(pngs),
                    "--from", first.strftime("%Y-%m"), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    book = load_workbook(out)
    assert len(book.sheetnames) == 14  # the seven charts', then the conversion figures'
    assert book.sheetnames[7:9] == ["Conversion", "Lead funnel"]
    services = open_book(path)
    try:
        data = DashboardService(services.book, services.segments).build(
            DashboardQuery(first, today), today)
    finally:
        services.close()
    visits = list(book.worksheets[1].iter_rows(min_row=2, values_only=True))
    assert len(visits) == len(data.visits) == 13
    assert [row[1] for row in visits] == [m.visits for m in data.visits]
    assert sum(row[1] for row in visits) > 0
    tiers = list(book.worksheets[0].iter_rows(min_row=2, values_only=True))
    assert [row[0] for row in tiers] == ["Top", "Middle", "Small"]
    assert sum(row[1] for row in tiers) == 60
    figures = dict(book["Conversion"].iter_rows(min_row=2, values_only=True))
    assert figures["Leads"] == data.conversion.leads
    names = sorted(p.name for p in pngs.iterdir())
    assert len(names) == 11 and "pareto.png" in names and "targets.png" in names
    for png in pngs.iterdir():
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_report_in_chinese_and_with_a_bad_month(demo_book, tmp_path):
    from openpyxl import load_workbook

    path, _ = demo_book
    out = tmp_path / "报告.xlsx"
    result = report("--db", str(path), "--out", str(out), tmp_path=tmp_path, lang="zh_CN")
    assert result.returncode == 0, result.stderr
    tiers = list(load_workbook(out).worksheets[0].iter_rows(min_row=2, values_only=True))
    assert [row[0] for row in tiers] == ["高价值", "中价值", "低价值"]
    bad = tmp_path / "bad.xlsx"
    result = report("--db", str(path), "--out", str(bad), "--from", "2026-13", tmp_path=tmp_path)
    assert result.returncode == 2 and "YYYY-MM" in result.stderr
    assert not bad.exists()
    result = report("--db", str(path), "--out", str(bad), "--advisor", "无此人", tmp_path=tmp_path)
    assert result.returncode == 2 and not bad.exists()


def test_the_command_line_follows_the_rules_chosen_in_preferences(demo_book, tmp_path):
    """The call sheet printed or exported from the command line is the one the window
    shows: with every lead and look-back day set to 0 in Preferences it holds fewer lines."""
    import openpyxl

    from app.domain.enums import ReminderKind

    path, _ = demo_book

    def lines(config: dict[str, int]) -> int:
        home = tmp_path / f"cfg{len(config)}"
        (home / "Guanxi").mkdir(parents=True)
        (home / "Guanxi" / "Guanxi.conf").write_text(
            "[reminders]\n" + "".join(f"{key}={value}\n" for key, value in config.items()))
        out = tmp_path / f"sheet{len(config)}.xlsx"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(home),
               "GUANXI_USER": "owner", "GUANXI_PASSWORD": "demo"}
        result = subprocess.run(
            [sys.executable, "-m", "app", "--lang", "en", "export", "callsheet", "--db", str(path),
             "--out", str(out), "--date", "2026-06-15"],
            capture_output=True, text=True, env=env, timeout=120)
        assert result.returncode == 0, result.stderr
        return openpyxl.load_workbook(out).active.max_row - 1

    usual = lines({})
    nothing_ahead = lines({**{f"lead_{kind.value}": 0 for kind in ReminderKind},
                           **{f"lookback_{kind.value}": 0 for kind in ReminderKind}})
    assert usual > nothing_ahead
