"""The dashboard tab driven as the owner would: open it, filter, save a chart, export.

Most tests build the dashboard alone over the book; those about the window (Ctrl+7 opens
the tab, Ctrl+E and Ctrl+P act on the current tab, the window at 1280×800, the month-end
figures the window keeps) build the window."""

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QPushButton

from app.domain.enums import VisitType
from app.domain.visit_records import VisitInput, WorkItem
from app.presentation import charts
from app.services.admin.book import open_book
from app.ui.ops import current_runner

ROOT = Path(__file__).resolve().parents[2]
TODAY = date.today()
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def book_path(book_path):
    """The small book of conftest, with a few months of service visits on 张三's car."""
    services = open_book(book_path)
    advisor = services.staff.list()[0].id
    vehicle = services.visits.find_vehicles("京A12345")[0][0]
    for months_ago, score in ((1, 5), (2, 2), (4, 4)):
        services.visits.add(VisitInput(
            vehicle, TODAY - timedelta(days=30 * months_ago), VisitType.MAINTENANCE,
            mileage_km=10_000 * (5 - months_ago), items=(WorkItem("更换机油", 48_000),),
            service_advisor_id=advisor, satisfaction=score))
    services.close()
    return book_path


@pytest.fixture
def dashboard(qtbot, dashboard_view):
    """The dashboard alone over the book, its first charts drawn."""
    qtbot.waitUntil(lambda: dashboard_view.last_data is not None, timeout=20_000)
    yield dashboard_view
    current_runner().wait_for_done(20_000)  # no worker left over the closed book


@pytest.fixture
def window_dashboard(qtbot, window):
    """The window's dashboard tab, opened with Ctrl+7, its first charts drawn."""
    with qtbot.waitActive(window):  # shortcuts reach the active window only
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    view = window.tabs.currentWidget()
    assert view.objectName() == "dashboardView"
    qtbot.waitUntil(lambda: view.last_data is not None, timeout=20_000)
    yield view
    current_runner().wait_for_done(20_000)  # no worker left over the closed book


def test_ctrl_7_opens_the_dashboard_and_every_chart_is_drawn(qtbot, window, window_dashboard):
    dashboard = window_dashboard
    assert window.tabs.indexOf(dashboard) == 6
    assert window.tabs.tabText(6) == "Dashboard"
    assert window.dashboard_view is dashboard
    assert not dashboard.progress.isVisible()
    query = dashboard.last_data.query
    eleven_back = TODAY.year * 12 + TODAY.month - 1 - 11
    assert query.start == date(eleven_back // 12, eleven_back % 12 + 1, 1)  # 12 months shown
    assert (query.end.year, query.end.month) == (TODAY.year, TODAY.month)
    assert dashboard.start.displayFormat() == "yyyy-MM"
    for key, _title, _draw in charts.CHARTS:
        figure = dashboard.canvases[key].figure
        assert figure.axes, key
        assert figure.get_suptitle()
        assert dashboard.save_buttons[key].isEnabled()
    visits = sum(m.visits for m in dashboard.last_data.visits)
    assert visits == 3


def test_the_progress_bar_shows_while_computing_then_hides(qtbot, dashboard):
    with qtbot.waitSignal(dashboard.drawn, timeout=20_000):
        dashboard.refresh()
        assert dashboard.progress.isVisible()
    assert not dashboard.progress.isVisible()
    assert dashboard.status.text().startswith("As of ")


def test_the_advisor_filter_recomputes_for_that_advisor(qtbot, dashboard):
    advisor = dashboard.advisor.itemData(1)
    assert dashboard.advisor.itemText(1) == "王芳"
    with qtbot.waitSignal(dashboard.drawn, timeout=20_000):
        dashboard.advisor.setCurrentIndex(1)
    assert dashboard.last_data.query.advisor_id == advisor
    with qtbot.waitSignal(dashboard.drawn, timeout=20_000):
        dashboard.advisor.setCurrentIndex(0)
    assert dashboard.last_data.query.advisor_id is None


def test_a_newer_request_supersedes_an_older_one(qtbot, dashboard):
    drawn = []
    dashboard.drawn.connect(lambda: drawn.append(dashboard.last_data.query.advisor_id))
    dashboard.refresh()
    dashboard.advisor.setCurrentIndex(1)  # asks again before the first answer is in
    qtbot.waitUntil(lambda: bool(drawn), timeout=20_000)
    current_runner().wait_for_done(20_000)
    qtbot.wait(100)  # a stale answer, had it been kept, would have arrived by now
    assert drawn == [dashboard.advisor.itemData(1)]


def test_the_month_pickers_set_the_range(qtbot, dashboard):
    from app.ui.widgets.common import to_qdate

    with qtbot.waitSignal(dashboard.drawn, timeout=20_000):
        dashboard.start.setDate(to_qdate(date(2025, 1, 20)))
        dashboard.end.setDate(to_qdate(date(2025, 3, 5)))
    query = dashboard.last_data.query
    assert (query.start, query.end) == (date(2025, 1, 1), date(2025, 3, 31))
    assert [m.month for m in dashboard.last_data.visits] == query.months()


def test_save_as_png_writes_the_chart(qtbot, dashboard, tmp_path, monkeypatch):
    from app.ui.views import dashboard_view

    out = tmp_path / "pareto"  # the suffix is added
    asked = []
    monkeypatch.setattr(dashboard_view, "save_path",
                        lambda _parent, _title, name, _filter: asked.append(name) or out)
    button = dashboard.findChild(QPushButton, "save_pareto")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "pareto.png"
    assert saved.read_bytes()[:8] == PNG
    assert asked and asked[0].startswith("pareto_") and asked[0].endswith(".png")


def test_export_writes_one_sheet_per_chart(qtbot, window, window_dashboard, sync_ops, tmp_path, monkeypatch):
    import openpyxl

    from app.ui.views import dashboard_view

    out = tmp_path / "dashboard.xlsx"
    monkeypatch.setattr(dashboard_view, "save_path", lambda *a, **k: out)
    window.export_action.trigger()  # Ctrl+E exports the current tab
    book = openpyxl.load_workbook(out)
    assert len(book.sheetnames) == 14  # the seven charts', then the conversion figures'
    assert "Lead funnel" in book.sheetnames and "Referrers" in book.sheetnames
    assert book.sheetnames[0] == "Tiers"


def test_dark_palette_draws_dark_charts(qtbot, dashboard):
    figure = dashboard.canvases["tiers"].figure
    assert QColor(_hex(figure.get_facecolor())).lightness() > 128
    dark = QPalette(dashboard.palette())
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"),
                         (QPalette.ColorRole.Base, "#1f1f1f"),
                         (QPalette.ColorRole.Text, "#e8e8e8")):
        dark.setColor(role, QColor(colour))
    with qtbot.waitSignal(dashboard.drawn, timeout=5_000):
        dashboard.setPalette(dark)
    assert _hex(figure.get_facecolor()) == "#1f1f1f"
    assert dashboard.theme().series == charts.DARK.series


def _hex(rgba) -> str:
    from matplotlib.colors import to_hex

    return to_hex(rgba)


def test_the_whole_view_grabs_to_a_picture(qtbot, dashboard, tmp_path):
    qtbot.wait(200)  # the canvases paint on the next turns of the event loop
    picture = tmp_path / "dashboard.png"
    assert dashboard.grab().save(str(picture))
    assert picture.read_bytes()[:8] == PNG


def _run(code: str, tmp_path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env=env, timeout=120)


def test_the_main_window_does_not_load_matplotlib(tmp_path):
    _run("import sys, app.ui.main_window\n"
         "assert 'matplotlib' not in sys.modules, 'matplotlib loaded at start-up'\n", tmp_path)


def test_other_tabs_do_not_load_matplotlib(book_path, tmp_path):
    _run("import sys\n"
         "from PySide6.QtCore import QSettings\n"
         "from app.bootstrap import build_main_window\n"
         f"s = QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat)\n"
         f"w = build_main_window({str(book_path)!r}, language='en', settings=s)\n"
         "for i in range(1, 6): w.tabs.setCurrentIndex(i)\n"
         "from app.ui.ops import current_runner; current_runner().wait_for_done()\n"
         "assert 'matplotlib' not in sys.modules, 'matplotlib loaded by a list view'\n", tmp_path)


def test_ctrl_p_previews_the_charts_not_the_call_sheet(qtbot, window, window_dashboard, monkeypatch):
    dashboard = window_dashboard
    from app.ui import printing

    shown = []
    monkeypatch.setattr(printing, "preview_pictures",
                        lambda parent, title, lines, pictures: shown.append(
                            (parent, title, lines, pictures)))
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is dashboard  # stays on the dashboard
    (parent, title, lines, pictures), = shown
    assert parent is dashboard and title == "Owner's dashboard"
    query = dashboard.last_data.query
    assert lines == [f"{query.start:%Y-%m} to {query.end:%Y-%m} · All advisors · as of "
                     f"{dashboard.last_data.today.isoformat()}"]
    assert len(pictures) == len(charts.CHARTS)
    for (key, _title, _draw), picture in zip(charts.CHARTS, pictures, strict=True):
        figure = dashboard.canvases[key].figure  # drawn again at 200 dpi: sharper on paper
        assert picture.width() == round(figure.get_figwidth() * 200), key


def test_the_printed_charts_are_a_pdf_with_the_heading_and_every_chart(qtbot, dashboard,
                                                                         tmp_path):
    pypdf = pytest.importorskip("pypdf")
    from PySide6.QtGui import QPdfWriter

    from app.render.pdf import a4_portrait, paint_pictures

    pictures = dashboard.print_pictures()
    path = tmp_path / "dashboard.pdf"
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageLayout(a4_portrait())
    pages = paint_pictures(writer, "Owner's dashboard", dashboard.print_lines(), pictures)
    del writer
    assert pages == 2  # ten charts, two to a row: eight on the first A4 page
    reader = pypdf.PdfReader(str(path))
    assert len(reader.pages) == 2
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Owner's dashboard" in text and "All advisors" in text and "Page 1 of 2" in text
    assert sum(len(p.images) for p in reader.pages) == len(charts.CHARTS)
    # more charts than a page holds go on to further pages, a row never split
    path2 = tmp_path / "more.pdf"
    writer = QPdfWriter(str(path2))
    writer.setResolution(300)
    writer.setPageLayout(a4_portrait())
    assert paint_pictures(writer, "x", [], pictures * 2) == 3  # 8 + 8 + 4
    del writer
    reader = pypdf.PdfReader(str(path2))
    assert sum(len(p.images) for p in reader.pages) == 2 * len(charts.CHARTS)


def test_print_before_the_numbers_are_in_says_so(qtbot, dashboard, monkeypatch):
    from app.ui import printing

    monkeypatch.setattr(printing, "preview_pictures", lambda *a: pytest.fail("previewed"))
    dashboard.last_data = None
    dashboard.print_preview()
    assert dashboard.status.text() == "The charts are still being computed."


def test_charts_print_light_on_a_dark_palette(qtbot, dashboard):
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.Base, "#202124"),
                         (QPalette.ColorRole.Text, "#e8eaed")):
        palette.setColor(role, QColor(colour))
    dashboard.setPalette(palette)
    from matplotlib.colors import to_hex

    assert QColor(to_hex(dashboard.canvases["tiers"].figure.get_facecolor())).lightness() < 128
    for picture in dashboard.print_pictures():
        assert picture.pixelColor(2, 2).lightness() > 240  # white paper, not a dark screen


def test_the_window_keeps_the_month_end_figures_before_the_dashboard_opens(qtbot, window,
                                                                           book_path):
    """After the start-up summary the lapsed figures of the months already over are worked
    out in the background: the dashboard, opened later, need not."""
    from tests.postgres.books import connect

    def kept() -> int:
        con = connect(book_path)
        try:
            return con.execute("SELECT count(*) FROM lapsed_month_ends "
                               "WHERE advisor_key = 0").fetchone()[0]
        finally:
            con.close()

    qtbot.waitUntil(lambda: kept() == 11, timeout=20_000)  # 12 months, today's not kept
    current_runner().wait_for_done(20_000)


def test_the_printed_heading_names_the_advisor_the_numbers_are_of(qtbot, dashboard):
    with qtbot.waitSignal(dashboard.drawn, timeout=20_000):
        dashboard.advisor.setCurrentIndex(1)
    assert "· 王芳 ·" in dashboard.print_lines()[0]
    dashboard.advisor.blockSignals(True)  # chosen again, not yet computed
    dashboard.advisor.setCurrentIndex(0)
    dashboard.advisor.blockSignals(False)
    assert "· 王芳 ·" in dashboard.print_lines()[0]


def test_at_1280x800_every_legend_is_inside_its_chart_and_this_month_is_month_to_date(
        qtbot, window, window_dashboard):
    dashboard = window_dashboard
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: dashboard.canvases["visits"].width() < 700)
    dashboard.redraw()
    for key, canvas in dashboard.canvases.items():
        canvas.draw()
        figure = canvas.figure
        legend = figure.axes[0].get_legend()
        if legend is not None:
            extent, box = legend.get_window_extent(), figure.bbox
            assert box.x0 - 0.5 <= extent.x0 and extent.x1 <= box.x1 + 0.5, key
            assert extent.y1 <= box.y1 + 0.5, key
    texts = [t.get_text() for t in dashboard.canvases["visits"].figure.axes[0].get_legend().get_texts()]
    assert texts[-1] == f"{TODAY:%Y-%m}: month to date"
