"""The dashboard's charts drawn headless (matplotlib's Agg, no Qt), as the command line does."""

import re
import shutil
import struct
import subprocess
import sys
import warnings
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from matplotlib import font_manager, rcParams
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.image import imread

from app.domain.dashboard_records import (
    AdvisorActivity,
    DashboardData,
    DashboardQuery,
    MonthDoneMissed,
    MonthLapsed,
    MonthSatisfaction,
    MonthVisits,
    ParetoCurve,
    TierCount,
)
from app.domain.segments import Tier
from app.presentation import charts

ROOT = Path(__file__).resolve().parents[2]
KEYS = [key for key, _title, _draw in charts.CHARTS]
QUERY = DashboardQuery(date(2025, 4, 1), date(2026, 3, 31))
CHINESE = {"Top": "重点客户", "Middle": "一般客户", "Small": "小客户", "Customers by tier": "客户分级"}


def same(text: str) -> str:
    return text


@pytest.fixture
def data() -> DashboardData:
    months = QUERY.months()
    pareto = tuple((i / 10, 1 - (1 - i / 10) ** 3) for i in range(11))
    return DashboardData(
        query=QUERY,
        today=date(2026, 3, 15),
        tiers=(TierCount(Tier.TOP, 12, 3_200_000.0), TierCount(Tier.MIDDLE, 60, 2_100_000.0),
               TierCount(Tier.SMALL, 140, 640_000.0)),
        visits=tuple(MonthVisits(m, 30 + i, 120_000.0 + 5_000 * i) for i, m in enumerate(months)),
        pareto=ParetoCurve(pareto, 0.539, 180, 5_940_000.0),
        done_missed=tuple(MonthDoneMissed(m, 20 + i, 3, 15, i % 4) for i, m in enumerate(months)),
        lapsed=tuple(MonthLapsed(m, 40 + i, 25 + 2 * i) for i, m in enumerate(months)),
        satisfaction=tuple(
            MonthSatisfaction(m, 0, None, 0) if i == 5 else MonthSatisfaction(m, 12, 4.25, 1)
            for i, m in enumerate(months)),
        advisors=(AdvisorActivity(1, "王芳", 80, 30, 25), AdvisorActivity(2, "李娜", 60, 20, 31),
                  AdvisorActivity(3, "Tom Chen", 10, 2, 0)),
    )


@pytest.fixture
def empty() -> DashboardData:
    return DashboardData(QUERY, date(2026, 3, 15))


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's header, which must be a real PNG's."""
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR"
    return struct.unpack(">II", head[16:24])


def texts_of(figure: Figure) -> list[str]:
    """Every text the figure shows: titles, labels, tick labels, legends, annotations."""
    figure.draw_without_rendering()  # tick labels are made when drawn
    return [t.get_text() for t in figure.findobj(lambda a: hasattr(a, "get_text"))
            if t.get_text()]


def has_cjk_font() -> bool:
    names = {f.name for f in font_manager.fontManager.ttflist}
    return any(n in names for n in charts.CJK_FAMILIES) or any("CJK" in n for n in names)


@pytest.mark.parametrize("key", KEYS)
def test_every_chart_renders_a_png_of_the_asked_size(key, data, tmp_path):
    out = charts.render_png(key, data, tmp_path / f"{key}.png", same, size=(6, 3.5), dpi=80)
    assert png_size(out) == (480, 280)


@pytest.mark.parametrize("key", KEYS)
def test_a_chart_without_data_says_so_instead_of_failing(key, empty, tmp_path):
    figure = Figure()
    charts.chart(key)(figure, empty, charts.LIGHT, same)
    assert "No data for this period" in texts_of(figure)
    assert png_size(charts.render_png(key, empty, tmp_path / "empty.png", same)) == (800, 450)


def _drawn_tick_labels(axis) -> list:
    """The tick labels matplotlib draws: those at a tick inside the view."""
    lo, hi = sorted(axis.get_view_interval())
    return [label for loc, label in zip(axis.get_majorticklocs(), axis.get_majorticklabels(),
                                        strict=True) if lo - 1e-9 <= loc <= hi + 1e-9]


def _extents(figure: Figure, artists) -> list:
    renderer = figure.canvas.get_renderer()
    return [a.get_window_extent(renderer) for a in artists if a.get_visible() and a.get_text()]


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("size", [(6.4, 3.3), (4.2, 3.0), (11, 4)])
def test_the_layout_keeps_every_text_inside_the_picture_and_off_the_plot(key, size, data):
    """The margins are worked out from the texts' lengths, not measured: measure them here.
    Tick texts and axis titles stay inside the figure and outside the plot; the title and
    the legend stay above it."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = Figure(figsize=size, dpi=100)
    FigureCanvasAgg(figure)
    chart_data = replace(data, advisors=data.advisors + (
        AdvisorActivity(4, "欧阳建国", 5, 1, 1),))
    charts.chart(key)(figure, chart_data, charts.DARK, lambda s: CHINESE.get(s, s))
    figure.canvas.draw()
    box = figure.bbox
    plot = figure.axes[0].get_window_extent()
    for ax in figure.axes:
        assert ax.get_window_extent().bounds == pytest.approx(plot.bounds)  # twins align
        texts = [*_drawn_tick_labels(ax.xaxis), *_drawn_tick_labels(ax.yaxis),
                 ax.xaxis.label, ax.yaxis.label]
        for extent in _extents(figure, texts):
            assert box.x0 - 0.5 <= extent.x0 and extent.x1 <= box.x1 + 0.5, key
            assert box.y0 - 0.5 <= extent.y0 and extent.y1 <= box.y1 + 0.5, key
            assert not extent.overlaps(plot.shrunk(0.98, 0.98)) or extent.width == 0, key
    above = _extents(figure, figure.texts)  # the title
    legend = figure.axes[0].get_legend()
    if legend is not None:
        above.append(legend.get_window_extent())
    for extent in above:
        assert extent.y0 >= plot.y1 - 0.5 and extent.y1 <= box.y1 + 0.5, key
    assert plot.width > box.width * 0.5 and plot.height > box.height * 0.4


def test_pareto_chart_prints_the_top_20_percent_share(data):
    figure = Figure()
    charts.draw_pareto(figure, data, charts.LIGHT, same)
    assert "Top 20% of customers: 53.9% of revenue" in texts_of(figure)
    assert "180 customers with revenue, 5,940,000 yuan in all" in texts_of(figure)
    ax = figure.axes[0]
    assert ax.get_xlim() == (0, 1)
    assert [t.get_text() for t in ax.get_yticklabels()][-1] == "100%"


def test_visits_chart_labels_months_and_counts_yuan_in_thousands_in_english(data, tmp_path):
    figure = Figure(figsize=(8, 4.5))
    charts.draw_visits(figure, data, charts.LIGHT, same)
    figure.draw_without_rendering()  # tick labels are made when drawn
    bars, money = figure.axes
    months = [t.get_text() for t in bars.get_xticklabels()]
    assert months[0] == "2025-04" and months[-1] == "2026-03"
    ticks = [t.get_text() for t in _drawn_tick_labels(money.yaxis)]
    assert "120k" in ticks and all(t == "0" or t.endswith("k") for t in ticks), ticks
    assert money.get_ylabel() == "Revenue (yuan)"


def test_tier_names_and_chinese_labels_render_through_the_translation(data, tmp_path):
    figure = Figure()
    charts.draw_tiers(figure, data, charts.LIGHT, lambda s: CHINESE.get(s, s))
    texts = texts_of(figure)
    assert {"重点客户", "一般客户", "小客户", "客户分级"} <= set(texts)
    assert "12  (6%)" in texts  # the count on the bar
    if not has_cjk_font():
        pytest.skip("no CJK font installed")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing glyph (a box) warns
        charts.render_png("tiers", data, tmp_path / "zh.png", lambda s: CHINESE.get(s, s))
        charts.render_png("advisors", data, tmp_path / "advisors.png", same)


def test_configure_fonts_picks_a_cjk_family_after_a_latin_one():
    if not has_cjk_font():
        pytest.skip("no CJK font installed")
    family = charts.configure_fonts()
    assert family is not None
    assert family in {f.name for f in font_manager.fontManager.ttflist}
    assert rcParams["font.family"] == [charts.LATIN_FAMILY, family]  # digits stay Latin
    assert rcParams["font.sans-serif"][:2] == [charts.LATIN_FAMILY, family]
    assert rcParams["axes.unicode_minus"] is False
    before = list(rcParams["font.sans-serif"])
    assert charts.configure_fonts() == family
    assert rcParams["font.sans-serif"] == before  # idempotent


def test_dark_theme_paints_the_picture_dark(data, tmp_path):
    out = charts.render_png("lapsed", data, tmp_path / "dark.png", same, theme=charts.DARK)
    corner = imread(out)[2, 2][:3]
    assert to_hex(corner) == charts.DARK.background


def test_dashboard_sheets_hold_each_charts_numbers(data, tmp_path):
    import openpyxl

    from app.services.exchange.excel_export import write_xlsx

    sheets = charts.dashboard_sheets(data, same)
    # one per chart of the service lane, then the conversion figures' sheets
    assert len(sheets) == 7 + len(charts.conversion_sheets(data, same))
    write_xlsx(tmp_path / "dashboard.xlsx", sheets)
    book = openpyxl.load_workbook(tmp_path / "dashboard.xlsx")
    rows = {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}
    assert rows["Tiers"][1] == ("Top", 12, 3_200_000)
    assert rows["Visits and revenue"][1] == ("2025-04", 30, 120_000)
    assert len(rows["Pareto"]) == 12 and rows["Pareto"][-1] == (100, 100)
    assert rows["Satisfaction"][6] == ("2025-09", 0, None, 0)
    assert rows["Advisors"][1] == ("王芳", 80, 30, 25)


def test_every_chart_text_is_in_the_catalogue_under_charts(data, empty, tmp_path):
    """What the charts ask `tr` for is what lupdate files under the context "Charts",
    the context the window translates them in."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate not installed")
    ts = tmp_path / "charts.ts"
    subprocess.run([lupdate, str(ROOT / "app" / "presentation" / "charts.py"), "-ts", str(ts)],
                   check=True, capture_output=True)
    text = ts.read_text(encoding="utf-8")
    contexts = re.findall(r"<name>([^<]*)</name>(.*?)</context>", text, re.S)
    catalogue = {name: set(re.findall(r"<source>([^<]*)</source>", body))
                 for name, body in contexts}
    assert set(catalogue) == {"Charts"}
    asked: set[str] = set()

    def tr(s: str) -> str:
        asked.add(s)
        return s

    for _key, title, draw in charts.CHARTS:
        asked.add(title)
        for d in (data, empty):
            draw(Figure(), d, charts.LIGHT, tr)
    charts.dashboard_sheets(data, tr)
    unescaped = {s.replace("&amp;", "&") for s in catalogue["Charts"]}
    assert asked <= unescaped


def test_charts_draw_without_qt():
    code = ("import sys, tempfile, pathlib; from datetime import date\n"
            "from app.presentation import charts\n"
            "from app.domain.dashboard_records import DashboardData, DashboardQuery\n"
            "d = DashboardData(DashboardQuery(date(2026, 1, 1), date(2026, 3, 1)), date(2026, 3, 1))\n"
            "charts.render_png('tiers', d, pathlib.Path(tempfile.mkdtemp()) / 'x.png', str)\n"
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was loaded'\n")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


# ------------------------------------------------------------------ issue 11, stumble 9
ZH = {"Revenue (10,000 yuan)": "收入（万元）", "Revenue": "收入", "Visits": "进店"}


def test_visits_chart_counts_yuan_in_wan_in_chinese(data):
    figure = Figure(figsize=(8, 4.5))
    charts.draw_visits(figure, data, charts.LIGHT, lambda s: ZH.get(s, s))
    figure.draw_without_rendering()
    money = figure.axes[1]
    assert money.get_ylabel() == "收入（万元）"
    ticks = [t.get_text() for t in _drawn_tick_labels(money.yaxis)]
    # revenue 120,000..175,000 yuan: 0..18 万
    assert "8" in ticks and not any("k" in t or "," in t for t in ticks), ticks


def test_money_ticks_are_short_in_both_units():
    wan, thousand = charts.money_axis(lambda s: ZH.get(s, s)), charts.money_axis(same)
    assert [wan.tick(v) for v in (0, 15_000, 1_500_000, 75_000_000)] == ["0", "1.5", "150", "7,500"]
    assert [thousand.tick(v) for v in (0, 500, 1_500_000)] == ["0", "0.5k", "1,500k"]


def test_the_running_month_is_drawn_as_month_to_date(data):
    """data.today (2026-03-15) falls in the last month shown: its bar is faded and
    hatched, its revenue dashed, and the legend says it is the month so far."""
    figure = Figure(figsize=(8, 4.5))
    charts.draw_visits(figure, data, charts.LIGHT, same)
    bars, money = figure.axes
    patches = bars.containers[0].patches
    assert patches[-1].get_hatch() == "///" and patches[-1].get_alpha() == charts.RUNNING_ALPHA
    assert all(p.get_hatch() is None and p.get_alpha() is None for p in patches[:-1])
    solid, dashed, last_dot = money.get_lines()
    assert list(solid.get_xdata()) == list(range(11)) and solid.get_linestyle() == "-"
    assert list(dashed.get_xdata()) == [10, 11] and dashed.get_linestyle() == "--"
    assert list(last_dot.get_xdata()) == [11]
    legend = [t.get_text() for t in bars.get_legend().get_texts()]
    assert legend[-1] == "2026-03: month to date"


@pytest.mark.parametrize("key", ["visits", "done_missed", "satisfaction"])
def test_a_month_chart_marks_the_running_month_only_while_it_runs(key, data):
    figure = Figure(figsize=(8, 4.5))
    charts.chart(key)(figure, data, charts.LIGHT, same)
    assert "2026-03: month to date" in texts_of(figure)
    over = replace(data, today=date(2026, 4, 2))  # the range shown is over
    charts.chart(key)(figure, over, charts.LIGHT, same)
    assert not any("month to date" in t for t in texts_of(figure))
    assert not any(p.get_hatch() == "///" and p.get_alpha() == charts.RUNNING_ALPHA
                   for ax in figure.axes for p in ax.patches)


def test_percentages_are_written_one_way_everywhere(data):
    assert charts.percent(0.699, 1) == "69.9%" and charts.percent(0.2) == "20%"
    figure = Figure()
    charts.draw_tiers(figure, data, charts.LIGHT, same)
    charts_texts = texts_of(figure)
    charts.draw_pareto(figure, data, charts.LIGHT, same)
    charts_texts += texts_of(figure)
    shares = [t for t in charts_texts if "%" in t]
    assert shares and not [t for t in shares if re.search(r"\d %", t)], shares


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("width", [4.2, 5.0, 6.2])
@pytest.mark.parametrize("tr", [same, lambda s: CHINESE.get(s, s)])
def test_the_legend_stays_inside_the_figure_however_narrow(key, width, tr, data):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = Figure(figsize=(width, 3.3), dpi=100)
    FigureCanvasAgg(figure)
    charts.chart(key)(figure, data, charts.LIGHT, tr)
    figure.canvas.draw()
    legend = figure.axes[0].get_legend()
    if legend is None:
        return
    box, extent = figure.bbox, legend.get_window_extent()
    assert box.x0 - 0.5 <= extent.x0 and extent.x1 <= box.x1 + 0.5, (key, width)
    assert extent.y1 <= box.y1 + 0.5 and extent.y0 >= figure.axes[0].get_window_extent().y1 - 0.5


def test_a_legend_drawn_narrow_gets_one_row_again_when_the_figure_widens(data):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = Figure(figsize=(4.2, 3.3), dpi=100)
    FigureCanvasAgg(figure)
    charts.draw_done_missed(figure, data, charts.LIGHT, same)
    figure.canvas.draw()
    assert figure.axes[0].get_legend()._ncols < 5
    figure.set_size_inches(12, 3.3)  # the window made wider: the canvas is redrawn
    figure.canvas.draw()
    assert figure.axes[0].get_legend()._ncols == 5
