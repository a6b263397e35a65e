"""The dashboard's charts (PRODUCT.md F8), drawn with matplotlib and nothing of Qt.

Every `draw_*` function clears a `matplotlib.figure.Figure` and draws one chart of
`DashboardData` into it, so the same drawing serves the window (a FigureCanvasQTAgg) and
the command line (`render_png`, headless Agg). Texts go through the caller's `tr`, which
translates an English text in the context "Charts"; each text is marked where it is used
with `QT_TRANSLATE_NOOP("Charts", ...)` so that lupdate files it under that context.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from matplotlib import rcParams
from matplotlib.colors import to_hex, to_rgb
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator
from matplotlib.transforms import Bbox

from app.domain.dashboard_records import DashboardData, month_end
from app.domain.segments import Tier

Translate = Callable[[str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks `text` for the translation catalogue under `context`; returns it unchanged."""
    return text


@dataclass(frozen=True)
class Theme:
    """The colours of a chart; `series` in the order the charts use them."""

    background: str
    foreground: str
    grid: str
    series: tuple[str, ...]
    good: str
    bad: str


LIGHT = Theme(
    background="#ffffff",
    foreground="#202124",
    grid="#dadce0",
    series=("#1a73e8", "#e8710a", "#12a4af", "#9334e6", "#f9ab00", "#5f6368"),
    good="#188038",
    bad="#d93025",
)
DARK = Theme(
    background="#202124",
    foreground="#e8eaed",
    grid="#5f6368",
    series=("#8ab4f8", "#fcad70", "#78d9ec", "#c58af9", "#fdd663", "#bdc1c6"),
    good="#81c995",
    bad="#f28b82",
)

# ------------------------------------------------------------------ fonts
LATIN_FAMILY = "DejaVu Sans"  # ships with matplotlib: digits and Latin letters
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "SimHei",
    "Noto Sans CJK JP",
    "Noto Sans CJK TC",
    "Source Han Sans",
    "Heiti SC",
    "STHeiti",
    "Arial Unicode MS",
)
_fonts_done = False
_cjk_family: str | None = None


def configure_fonts() -> str | None:
    """Let matplotlib draw Chinese: Latin text in DejaVu Sans, every glyph it lacks in the
    first CJK family the system has. Returns that family (None when there is none).
    Safe to call again: the fonts are looked up once."""
    global _fonts_done, _cjk_family
    if not _fonts_done:
        from matplotlib import font_manager

        names = {f.name for f in font_manager.fontManager.ttflist}
        _cjk_family = next((n for n in CJK_FAMILIES if n in names), None)
        if _cjk_family is None:  # any other CJK sans the system has
            _cjk_family = next((n for n in sorted(names) if "CJK" in n and "Sans" in n), None)
        _fonts_done = True
    families = [LATIN_FAMILY] + ([_cjk_family] if _cjk_family else [])
    # a list as the family makes matplotlib fall back glyph by glyph along it
    rcParams["font.family"] = families
    rcParams["font.sans-serif"] = families + [
        f for f in rcParams["font.sans-serif"] if f not in families
    ]
    rcParams["axes.unicode_minus"] = False  # the CJK fonts lack U+2212
    return _cjk_family


# ------------------------------------------------------------------ shared drawing
TITLE_SIZE = 11
LABEL_SIZE = 9
TICK_SIZE = 8


def _mix(colour: str, background: str, amount: float) -> str:
    """`colour` faded towards `background` by `amount` (0: unchanged, 1: background)."""
    a, b = to_rgb(colour), to_rgb(background)
    return to_hex(tuple(x + (y - x) * amount for x, y in zip(a, b, strict=True)))


def _start(figure: Figure, theme: Theme, title: str):
    """Clear the figure, title it and return its one axes, styled for the theme."""
    configure_fonts()
    figure.clear()
    figure.set_facecolor(theme.background)
    figure.set_layout_engine(None)  # `_place` lays the plot out, far faster than "constrained"
    figure.suptitle(title, color=theme.foreground, fontsize=TITLE_SIZE, fontweight="bold",
                    x=0.02, y=1 - 0.02, ha="left", va="top")
    ax = figure.add_subplot()
    ax.set_axes_locator(_place)
    _style(ax, theme)
    return ax


def _twin(ax, theme: Theme):
    """A second y axis on the right of `ax`, styled and laid out with it."""
    other = ax.twinx()
    other.set_axes_locator(_place)
    _style(other, theme, right=True)
    other.spines["left"].set_visible(False)
    return other


# ------------------------------------------------------------------ layout
# Margins around the plot in points, worked out from the texts around it when the chart is
# drawn: matplotlib's constrained layout measures every text, which took 40 % of the time.
PAD = 5.0
TICK_SPACE = 3.5 + 3.5 + 1.5  # tick length, tick pad, a little air


def text_width(text: str, size: float) -> float:
    """The width of `text` in points at `size`: a CJK character is one em, others about
    0.62 em (DejaVu Sans' digits are 0.64, its commas and points 0.32)."""
    return size * sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.62 for ch in text)


def _tick_texts(axis) -> list[str]:
    """The texts the axis will put at its ticks (without laying a single one out)."""
    lo, hi = sorted(axis.get_view_interval())
    locations = [x for x in axis.get_major_locator()() if lo - 1e-9 <= x <= hi + 1e-9]
    return [t for t in axis.get_major_formatter().format_ticks(locations) if t]


def _label_size(axis) -> float:
    return float(axis.get_tick_params().get("labelsize", TICK_SIZE))


def _y_side(ax) -> float:
    """Points needed beside the plot by the y axis of `ax`: tick texts and the axis title."""
    if not ax.yaxis.get_visible():
        return PAD
    texts = _tick_texts(ax.yaxis)
    size = _label_size(ax.yaxis)
    width = max((text_width(t, size) for t in texts), default=0.0)
    label = ax.yaxis.label
    title = label.get_size() * 1.35 + 2 if label.get_text() else 0.0
    return PAD + title + width + TICK_SPACE


def _place(ax, renderer=None) -> Bbox:
    """Where the plot of `ax` goes in its figure (figure fractions): every axes of the
    figure gets the same box, with room for the title, the legend row, the tick texts and
    the axis titles around it."""
    figure = ax.get_figure(root=True)
    width_pt = figure.bbox.width * 72 / figure.dpi
    height_pt = figure.bbox.height * 72 / figure.dpi
    left = right = None
    for axes in figure.axes:
        side = _y_side(axes)
        if axes.yaxis.get_label_position() == "right":
            right = max(right or 0.0, side)
        else:
            left = max(left or 0.0, side)
    main = figure.axes[0]
    # the legend takes as many rows as the figure's width needs: never cut at the edge
    rows = _fit_legend(main, width_pt - (left if left is not None else PAD) - PAD)
    x_texts = _tick_texts(main.xaxis) if main.xaxis.get_visible() else []
    size = _label_size(main.xaxis)
    labels = main.xaxis.get_ticklabels()
    rotated = labels[0].get_rotation() if labels else 0.0
    widest = max((text_width(t, size) for t in x_texts), default=0.0)
    if rotated:
        angle = math.radians(rotated)
        below = widest * math.sin(angle) + size * 1.2 * math.cos(angle)
    else:
        below = size * 1.2 if x_texts else 0.0
        # a centred text at either end reaches past the plot by half its width
        right = max(right or 0.0, widest / 2 + 2)
    x_title = main.xaxis.label
    bottom = PAD + below + TICK_SPACE + (x_title.get_size() * 1.35 + 2
                                         if x_title.get_text() else 0.0)
    top = PAD + TITLE_SIZE * 1.4 + (LEGEND_ROW * rows + 4 if rows else 0.0) + 3
    left = left if left is not None else PAD
    right = max(right if right is not None else PAD, PAD * 2)
    # a figure too small for its texts still gets a plot, squeezed
    w = max(width_pt - left - right, width_pt * 0.3)
    h = max(height_pt - top - bottom, height_pt * 0.3)
    return Bbox.from_bounds(left / width_pt, bottom / height_pt, w / width_pt, h / height_pt)


def _style(ax, theme: Theme, right: bool = False) -> None:
    ax.set_facecolor(theme.background)
    for name, spine in ax.spines.items():
        spine.set_color(theme.grid)
        spine.set_visible(name in ("bottom", "left") or (right and name == "right"))
    ax.tick_params(colors=theme.foreground, labelsize=TICK_SIZE)
    ax.xaxis.label.set_color(theme.foreground)
    ax.yaxis.label.set_color(theme.foreground)
    ax.set_axisbelow(True)


def _grid(ax, theme: Theme, axis: str = "y") -> None:
    ax.grid(axis=axis, color=theme.grid, linewidth=0.6, alpha=0.8)


LEGEND_ROW = TICK_SIZE * 1.5  # points: one row of legend entries
_HANDLE, _HANDLE_PAD, _COLUMN_GAP, _BORDER = 1.4, 0.8, 1.2, 0.2  # in ems of TICK_SIZE


def _legend(ax, theme: Theme, handles=None, labels=None) -> None:
    """The legend between the title and the plot: on one row when the figure is wide
    enough, else on as few rows as fit (chosen again whenever the figure is laid out)."""
    if handles is None:
        handles, labels = ax.get_legend_handles_labels()
    ax._guanxi_legend = (list(handles), list(labels), theme.foreground)
    _make_legend(ax, len(handles))


def _make_legend(ax, ncols: int) -> None:
    handles, labels, colour = ax._guanxi_legend
    ax.legend(handles, labels, loc="lower left", bbox_to_anchor=(0, 1.01), ncols=ncols,
              frameon=False, fontsize=TICK_SIZE, labelcolor=colour,
              handlelength=_HANDLE, handletextpad=_HANDLE_PAD, columnspacing=_COLUMN_GAP,
              borderaxespad=0, borderpad=_BORDER)
    ax._guanxi_legend_cols = ncols


def legend_width(labels: Sequence[str], ncols: int) -> float:
    """Points a legend of `labels` in `ncols` columns takes: matplotlib fills the columns
    top to bottom, the first ones an entry longer when the entries do not divide evenly,
    each column as wide as its widest entry."""
    ncols = min(ncols, len(labels))
    base, extra = divmod(len(labels), ncols)
    columns, start = [], 0
    for index in range(ncols):
        end = start + base + (1 if index < extra else 0)
        columns.append(labels[start:end])
        start = end
    em = TICK_SIZE
    widths = [max(text_width(t, em) for t in column) + (_HANDLE + _HANDLE_PAD) * em
              for column in columns]
    return sum(widths) + _COLUMN_GAP * em * (len(columns) - 1) + 2 * _BORDER * em


def _fit_legend(ax, room: float) -> int:
    """Give the legend of `ax` the most columns that fit in `room` points; its rows."""
    if getattr(ax, "_guanxi_legend", None) is None or ax.get_legend() is None:
        return 0
    labels = ax._guanxi_legend[1]
    ncols = len(labels)
    while ncols > 1 and legend_width(labels, ncols) > room:
        ncols -= 1
    if ncols != ax._guanxi_legend_cols:
        _make_legend(ax, ncols)
    return math.ceil(len(labels) / ncols)


def _no_data(ax, theme: Theme, tr: Translate) -> None:
    """An empty axis saying so: a chart with nothing to show must still say why."""
    ax.set_xticks([])
    ax.set_yticks([])
    ax.text(0.5, 0.5, tr(QT_TRANSLATE_NOOP("Charts", "No data for this period")),
            transform=ax.transAxes, ha="center", va="center", fontsize=LABEL_SIZE + 1,
            color=_mix(theme.foreground, theme.background, 0.35))


def month_label(month: date) -> str:
    return f"{month.year:04d}-{month.month:02d}"


def _month_axis(ax, months: Sequence[date]) -> None:
    """Months along x at 0..n-1: every label when they fit, else every k-th, slanted."""
    n = len(months)
    step = max(1, math.ceil(n / 12))
    ticks = list(range(0, n, step))
    ax.set_xticks(ticks, [month_label(months[i]) for i in ticks])
    ax.set_xlim(-0.6, n - 0.4)
    if n > 6:
        for label in ax.get_xticklabels():
            label.set_rotation(40)
            label.set_horizontalalignment("right")
            label.set_rotation_mode("anchor")


def _yuan(value: float, _pos=None) -> str:
    return f"{value:,.0f}"


def percent(fraction: float, decimals: int = 0) -> str:
    """A share as every chart writes it: "69.9%", "20%" (no space, as Chinese and English
    both write it)."""
    return f"{fraction * 100:.{decimals}f}%"


@dataclass(frozen=True)
class MoneyAxis:
    """How a money axis counts: its tick texts and its title."""

    divisor: int
    suffix: str
    title: str

    def tick(self, value: float, _pos=None) -> str:
        if value == 0:
            return "0"
        scaled = value / self.divisor
        text = f"{scaled:,.0f}" if abs(scaled - round(scaled)) < 1e-9 else f"{scaled:,.1f}"
        return text + self.suffix


WAN_TITLE = QT_TRANSLATE_NOOP("Charts", "Revenue (10,000 yuan)")


def money_axis(tr: Translate) -> MoneyAxis:
    """Chinese counts money in 万 (ten thousand yuan, "收入（万元）" on the axis), English in
    thousands ("7,500k"): the interface is Chinese when that title's translation is
    written in Chinese characters."""
    wan = tr(WAN_TITLE)
    if any(unicodedata.east_asian_width(ch) == "W" for ch in wan):
        return MoneyAxis(10_000, "", wan)
    return MoneyAxis(1_000, "k", tr(QT_TRANSLATE_NOOP("Charts", "Revenue (yuan)")))


def running_month(months: Sequence[date], today: date) -> int | None:
    """The index of the month `today` falls in, when it is shown: its numbers are only
    the month so far, and it is drawn so."""
    for index, month in enumerate(months):
        if month <= today <= month_end(month):
            return index
    return None


RUNNING_ALPHA = 0.45


def _mark_running(bars, index: int | None) -> None:
    """The bar of the running month faded and hatched: not a full month's worth."""
    if index is None:
        return
    for patch in bars.patches[index:index + 1]:
        patch.set_alpha(RUNNING_ALPHA)
        patch.set_hatch("///")
        patch.set_edgecolor(patch.get_facecolor()[:3])


def _running_note(data: DashboardData, colour: str, tr: Translate) -> Patch:
    """A legend entry saying the faded, hatched month is the month to date."""
    text = tr(QT_TRANSLATE_NOOP("Charts", "%1: month to date")).replace(
        "%1", month_label(data.today))
    return Patch(facecolor=colour, alpha=RUNNING_ALPHA, hatch="///", edgecolor=colour,
                 linewidth=0, label=text)


def _count_axis(ax) -> None:
    ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=6))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:,.0f}"))
    ax.set_ylim(bottom=0)


# ------------------------------------------------------------------ the charts
TIER_TEXTS = {
    Tier.TOP: QT_TRANSLATE_NOOP("Charts", "Top"),
    Tier.MIDDLE: QT_TRANSLATE_NOOP("Charts", "Middle"),
    Tier.SMALL: QT_TRANSLATE_NOOP("Charts", "Small"),
}


def tier_text(tier: Tier, tr: Translate) -> str:
    return tr(TIER_TEXTS[Tier(tier)])


def draw_tiers(figure: Figure, data: DashboardData, theme: Theme, tr: Translate) -> None:
    """Customers by tier: one bar per tier, the count on it."""
    ax = _start(figure, theme, tr(QT_TRANSLATE_NOOP("Charts", "Customers by tier")))
    if not data.tiers or sum(t.customers for t in data.tiers) == 0:
        _no_data(ax, theme, tr)
        return
    names = [tier_text(t.tier, tr) for t in data.tiers]
    counts = [t.customers for t in data.tiers]
    colours = [theme.series[i % len(theme.series)] for i in range(len(counts))]
    bars = ax.bar(names, counts, color=colours, width=0.6)
    total = sum(counts)
    ax.bar_label(bars, labels=[f"{c:,}  ({percent(c / total)})" for c in counts],
                 padding=3, fontsize=LABEL_SIZE, color=theme.foreground)
    _count_axis(ax)
    ax.set_ylim(top=max(counts) * 1.15)
    ax.tick_params(axis="x", labelsize=LABEL_SIZE)
    ax.set_ylabel(tr(QT_TRANSLATE_NOOP("Charts", "Customers")), fontsize=LABEL_SIZE)
    _grid(ax, theme)


def draw_visits(figure: Figure, data: DashboardData, theme: Theme, tr: Translate) -> None:
    """Service visits per month (bars) and the month's revenue in yuan (line, right axis)."""
    ax = _start(figure, theme, tr(QT_TRANSLATE_NOOP("Charts", "Visits and revenue per month")))
    rows = data.visits
    if not rows or all(r.visits == 0 and r.revenue_yuan == 0 for r in rows):
        _no_data(ax, theme, tr)
        return
    x = list(range(len(rows)))
    running = running_month([r.month for r in rows], data.today)
    bar_colour = _mix(theme.series[0], theme.background, 0.25)
    bars = ax.bar(x, [r.visits for r in rows], color=bar_colour,
                  width=0.65, label=tr(QT_TRANSLATE_NOOP("Charts", "Visits")))
    _mark_running(bars, running)
    _month_axis(ax, [r.month for r in rows])
    _count_axis(ax)
    ax.set_ylabel(tr(QT_TRANSLATE_NOOP("Charts", "Visits")), fontsize=LABEL_SIZE)
    _grid(ax, theme)
    money = _twin(ax, theme)
    unit = money_axis(tr)
    revenue = [r.revenue_yuan for r in rows]
    line = theme.series[1]
    whole = len(rows) if running is None else running  # the months that are over
    money.plot(x[:whole], revenue[:whole], color=line, linewidth=2, marker="o", markersize=4,
               label=tr(QT_TRANSLATE_NOOP("Charts", "Revenue")))
    if running is not None:  # the month so far: dashed, an open dot
        money.plot(x[max(running - 1, 0):running + 1], revenue[max(running - 1, 0):running + 1],
                   color=line, linewidth=1.5, linestyle="--")
        money.plot([x[running]], [revenue[running]], linestyle="none", marker="o",
                   markersize=5, markerfacecolor=theme.background, markeredgecolor=line)
    money.yaxis.set_major_formatter(FuncFormatter(unit.tick))
    money.yaxis.set_major_locator(MaxNLocator(nbins=6))
    money.set_ylim(bottom=0, top=max(max(revenue) * 1.1, 1))
    money.set_ylabel(unit.title, fontsize=LABEL_SIZE)
    h1, l1 = ax.get_legend_handles_labels()
    h2, l2 = money.get_legend_handles_labels()
    handles, labels = h1 + h2, l1 + l2
    if running is not None:
        note = _running_note(data, bar_colour, tr)
        handles, labels = [*handles, note], [*labels, note.get_label()]
    _legend(ax, theme, handles, labels)


def pareto_text(data: DashboardData, tr: Translate) -> str:
    """The sentence printed on the Pareto chart."""
    return tr(QT_TRANSLATE_NOOP("Charts", "Top 20% of customers: %1 of revenue")).replace(
        "%1", percent(data.pareto.top20_share, 1))


def draw_pareto(figure: Figure, data: DashboardData, theme: Theme, tr: Translate) -> None:
    """Cumulative share of revenue against share of customers, best first."""
    ax = _start(figure, theme, tr(QT_TRANSLATE_NOOP("Charts", "Revenue concentration (Pareto)")))
    curve = data.pareto
    if not curve.points or curve.customers == 0:
        _no_data(ax, theme, tr)
        return
    xs = [p[0] for p in curve.points]
    ys = [p[1] for p in curve.points]
    if xs[0] > 0:  # the curve starts at the origin even when the service left it out
        xs.insert(0, 0.0)
        ys.insert(0, 0.0)
    line = theme.series[0]
    ax.fill_between(xs, ys, color=line, alpha=0.12, linewidth=0)
    ax.plot(xs, ys, color=line, linewidth=2,
            label=tr(QT_TRANSLATE_NOOP("Charts", "Customers, best first")))
    ax.plot([0, 1], [0, 1], color=_mix(theme.foreground, theme.background, 0.5),
            linestyle="--", linewidth=1,
            label=tr(QT_TRANSLATE_NOOP("Charts", "Equal share")))
    top = curve.top20_share
    mark = theme.series[1]
    ax.plot([0.2, 0.2, 0], [0, top, top], color=mark, linestyle=":", linewidth=1.2)
    ax.plot([0.2], [top], marker="o", color=mark, markersize=6)
    ax.text(0.97, 0.16, pareto_text(data, tr), transform=ax.transAxes, ha="right",
            va="bottom", fontsize=LABEL_SIZE + 1, fontweight="bold", color=theme.foreground)
    detail = tr(QT_TRANSLATE_NOOP("Charts", "%1 customers with revenue, %2 yuan in all"))
    ax.text(0.97, 0.06, detail.replace("%1", f"{curve.customers:,}").replace(
        "%2", _yuan(curve.revenue_yuan)), transform=ax.transAxes, ha="right", va="bottom",
        fontsize=TICK_SIZE, color=_mix(theme.foreground, theme.background, 0.3))
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.02)
    ax.set_xticks([i / 5 for i in range(6)])
    ax.set_yticks([i / 5 for i in range(6)])
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: percent(v)))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: percent(v)))
    ax.set_xlabel(tr(QT_TRANSLATE_NOOP("Charts", "Share of customers")), fontsize=LABEL_SIZE)
    ax.set_ylabel(tr(QT_TRANSLATE_NOOP("Charts", "Share of revenue")), fontsize=LABEL_SIZE)
    _grid(ax, theme, "both")
    _legend(ax, theme)


def draw_done_missed(figure: Figure, data: DashboardData, theme: Theme, tr: Translate) -> None:
    """Per month, two stacked bars: reminders done / missed and follow-ups done / missed."""
    ax = _start(figure, theme, tr(QT_TRANSLATE_NOOP(
        "Charts", "Reminders and follow-ups: done vs missed")))
    rows = data.done_missed
    if not rows or all(sum(r[1:]) == 0 for r in rows):
        _no_data(ax, theme, tr)
        return
    width = 0.4
    left = [i - width / 2 for i in range(len(rows))]
    right = [i + width / 2 for i in range(len(rows))]
    faded_good = _mix(theme.good, theme.background, 0.5)
    faded_bad = _mix(theme.bad, theme.background, 0.5)
    running = running_month([r.month for r in rows], data.today)
    done = [r.reminders_done for r in rows]
    stacks = [ax.bar(left, done, width, color=theme.good,
                     label=tr(QT_TRANSLATE_NOOP("Charts", "Reminders done")))]
    stacks.append(ax.bar(left, [r.reminders_missed for r in rows], width, bottom=done,
                         color=theme.bad,
                         label=tr(QT_TRANSLATE_NOOP("Charts", "Reminders missed"))))
    done = [r.follow_ups_done for r in rows]
    ax.bar(right, done, width, color=faded_good, hatch="///", edgecolor=theme.background,
           linewidth=0, label=tr(QT_TRANSLATE_NOOP("Charts", "Follow-ups done")))
    ax.bar(right, [r.follow_ups_missed for r in rows], width, bottom=done, color=faded_bad,
           hatch="///", edgecolor=theme.background, linewidth=0,
           label=tr(QT_TRANSLATE_NOOP("Charts", "Follow-ups missed")))
    for bars in ax.containers:  # (the follow-ups are hatched already: faded only)
        if running is not None and bars not in stacks:
            bars.patches[running].set_alpha(RUNNING_ALPHA)
    for bars in stacks:
        _mark_running(bars, running)
    _month_axis(ax, [r.month for r in rows])
    _count_axis(ax)
    ax.set_ylabel(tr(QT_TRANSLATE_NOOP("Charts", "Count")), fontsize=LABEL_SIZE)
    _grid(ax, theme)
    handles, labels = ax.get_legend_handles_labels()
    if running is not None:
        note = _running_note(data, _mix(theme.foreground, theme.background, 0.5), tr)
        handles, labels = [*handles, note], [*labels, note.get_label()]
    _legend(ax, theme, handles, labels)


def draw_lapsed(figure: Figure, data: DashboardData, theme: Theme, tr: Translate) -> None:
    """Customers at risk and lost at each month's end."""
    ax = _start(figure, theme, tr(QT_TRANSLATE_NOOP("Charts", "Lapsed customers")))
    rows = data.lapsed
    if not rows or all(r.at_risk == 0 and r.lost == 0 for r in rows):
        _no_data(ax, theme, tr)
        return
    x = list(range(len(rows)))
    for values, colour, text in (
        ([r.at_risk for r in rows], theme.series[1],
         QT_TRANSLATE_NOOP("Charts", "At risk")),
        ([r.lost for r in rows], theme.bad, QT_TRANSLATE_NOOP("Charts", "Lost")),
    ):
        ax.fill_between(x, values, color=colour, alpha=0.12, linewidth=0)
        ax.plot(x, values, color=colour, linewidth=2, marker="o", markersize=3.5, label=tr(text))
    _month_axis(ax, [r.month for r in rows])
    _count_axis(ax)
    ax.set_ylim(top=max(max(r.at_risk, r.lost) for r in rows) * 1.12 + 1)
    ax.set_ylabel(tr(QT_TRANSLATE_NOOP("Charts", "Customers")), fontsize=LABEL_SIZE)
    _grid(ax, theme)
    _legend(ax, theme)


def draw_satisfaction(figure: Figure, data: DashboardData, theme: Theme, tr: Translate) -> None:
    """Average satisfaction score (1-5, line) over the month's responses (bars, right axis)."""
    ax = _start(figure, theme, tr(QT_TRANSLATE_NOOP("Charts", "Satisfaction per month")))
    rows = data.satisfaction
    if not rows or sum(r.responses for r in rows) == 0:
        _no_data(ax, theme, tr)
        return
    x = list(range(len(rows)))
    counts = _twin(ax, theme)
    running = running_month([r.month for r in rows], data.today)
    unhappy = [r.unhappy for r in rows]
    _mark_running(counts.bar(x, unhappy, 0.6, color=_mix(theme.bad, theme.background, 0.35),
                             label=tr(QT_TRANSLATE_NOOP("Charts", "Unhappy (1-2)"))), running)
    other = _mix(theme.series[5], theme.background, 0.6)
    _mark_running(counts.bar(x, [r.responses - r.unhappy for r in rows], 0.6, bottom=unhappy,
                             color=other,
                             label=tr(QT_TRANSLATE_NOOP("Charts", "Other responses"))), running)
    most = max(r.responses for r in rows)
    counts.set_ylim(0, most * 2.2)  # the bars stay in the lower half, under the score line
    counts.set_yticks([t for t in MaxNLocator(nbins=3, integer=True).tick_values(0, most)
                       if t <= most])
    counts.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:,.0f}"))
    counts.set_ylabel(tr(QT_TRANSLATE_NOOP("Charts", "Responses")), fontsize=LABEL_SIZE)
    # the score line is drawn over the bars of the twin axis
    ax.set_zorder(counts.get_zorder() + 1)
    ax.patch.set_visible(False)
    averages = [r.average if r.average is not None else math.nan for r in rows]
    scored = sum(r.responses for r in rows if r.average is not None)
    overall = sum(r.average * r.responses for r in rows if r.average is not None) / max(scored, 1)
    ax.plot(x, averages, color=theme.series[0], linewidth=2, marker="o", markersize=4,
            label=tr(QT_TRANSLATE_NOOP("Charts", "Average score (overall %1)")).replace(
                "%1", f"{overall:.2f}"))
    ax.set_ylim(0.8, 5.2)
    ax.set_yticks([1, 2, 3, 4, 5])
    ax.set_ylabel(tr(QT_TRANSLATE_NOOP("Charts", "Average score")), fontsize=LABEL_SIZE)
    _month_axis(ax, [r.month for r in rows])
    _grid(ax, theme)
    h1, l1 = ax.get_legend_handles_labels()
    h2, l2 = counts.get_legend_handles_labels()
    handles, labels = h1 + h2, l1 + l2
    if running is not None:
        note = _running_note(data, _mix(theme.series[5], theme.background, 0.3), tr)
        handles, labels = [*handles, note], [*labels, note.get_label()]
    _legend(ax, theme, handles, labels)


MAX_ADVISORS = 12


def draw_advisors(figure: Figure, data: DashboardData, theme: Theme, tr: Translate) -> None:
    """One stacked horizontal bar per member of staff, most active at the top."""
    ax = _start(figure, theme, tr(QT_TRANSLATE_NOOP("Charts", "Activity per advisor")))
    rows = list(data.advisors[:MAX_ADVISORS])
    if not rows:
        _no_data(ax, theme, tr)
        return
    y = list(range(len(rows)))
    left = [0] * len(rows)
    for index, (field, text) in enumerate((
        ("contacts", QT_TRANSLATE_NOOP("Charts", "Contacts")),
        ("follow_ups_done", QT_TRANSLATE_NOOP("Charts", "Follow-ups done")),
        ("service_visits", QT_TRANSLATE_NOOP("Charts", "Service visits")),
    )):
        values = [getattr(r, field) for r in rows]
        bars = ax.barh(y, values, 0.65, left=left, color=theme.series[index], label=tr(text))
        left = [a + b for a, b in zip(left, values, strict=True)]
    ax.bar_label(bars, labels=[f"{t:,}" for t in left], padding=3, fontsize=TICK_SIZE,
                 color=theme.foreground)
    ax.set_yticks(y, [r.name for r in rows])
    ax.tick_params(axis="y", labelsize=LABEL_SIZE)
    ax.invert_yaxis()
    ax.set_xlim(0, max(max(left) * 1.12, 1))
    ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=6))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:,.0f}"))
    if len(data.advisors) > MAX_ADVISORS:
        ax.set_xlabel(tr(QT_TRANSLATE_NOOP("Charts", "The %1 most active of %2")).replace(
            "%1", str(MAX_ADVISORS)).replace("%2", str(len(data.advisors))), fontsize=TICK_SIZE)
    _grid(ax, theme, "x")
    _legend(ax, theme)


# ------------------------------------------------------------------ the sales floor (issue 16)
STAGE_TEXTS = {
    "new": QT_TRANSLATE_NOOP("Charts", "Leads"),
    "contacted": QT_TRANSLATE_NOOP("Charts", "Contacted"),
    "showroom": QT_TRANSLATE_NOOP("Charts", "Showroom visit"),
    "test_drive": QT_TRANSLATE_NOOP("Charts", "Test drive"),
    "negotiation": QT_TRANSLATE_NOOP("Charts", "Negotiation"),
    "ordered": QT_TRANSLATE_NOOP("Charts", "Ordered"),
    "delivered": QT_TRANSLATE_NOOP("Charts", "Won (delivered)"),
}
SOURCE_TEXTS = {
    "walk_in": QT_TRANSLATE_NOOP("Charts", "Walk-in"),
    "phone": QT_TRANSLATE_NOOP("Charts", "Phone"),
    "website": QT_TRANSLATE_NOOP("Charts", "Website"),
    "car_portal": QT_TRANSLATE_NOOP("Charts", "Car portal"),
    "auto_show": QT_TRANSLATE_NOOP("Charts", "Auto show"),
    "referral": QT_TRANSLATE_NOOP("Charts", "Referral"),
    "existing_customer": QT_TRANSLATE_NOOP("Charts", "Existing customer"),
    "service_lane": QT_TRANSLATE_NOOP("Charts", "Service lane"),
}
LOST_TEXTS = {
    "price": QT_TRANSLATE_NOOP("Charts", "Price"),
    "competitor": QT_TRANSLATE_NOOP("Charts", "Bought a competitor's brand"),
    "financing": QT_TRANSLATE_NOOP("Charts", "Financing refused"),
    "stock": QT_TRANSLATE_NOOP("Charts", "No stock or long wait"),
    "used": QT_TRANSLATE_NOOP("Charts", "Chose a used car"),
    "postponed": QT_TRANSLATE_NOOP("Charts", "Postponed"),
    "unreachable": QT_TRANSLATE_NOOP("Charts", "Unreachable"),
    "erased": QT_TRANSLATE_NOOP("Charts", "Erased on request"),
}
DEPARTMENT_TEXTS = {
    "service": QT_TRANSLATE_NOOP("Charts", "Service"),
    "front_desk": QT_TRANSLATE_NOOP("Charts", "Front desk"),
    "sales": QT_TRANSLATE_NOOP("Charts", "Sales"),
    "finance": QT_TRANSLATE_NOOP("Charts", "Finance"),
    "other": QT_TRANSLATE_NOOP("Charts", "Other"),
}


def _word(texts: dict[str, str], value: str, tr: Translate) -> str:
    """A stored value in words (a value no longer known: as it is stored)."""
    text = texts.get(value)
    return tr(text) if text is not None else value


def _hours_text(hours: float, tr: Translate) -> str:
    """"0.5 h", "2 h": hours to a tenth, a whole number without its ".0"."""
    text = f"{hours:.1f}"
    return tr(QT_TRANSLATE_NOOP("Charts", "%1 h")).replace(
        "%1", text[:-2] if text.endswith(".0") else text)


def _days_text(days: float, tr: Translate) -> str:
    return tr(QT_TRANSLATE_NOOP("Charts", "%1 days")).replace("%1", f"{days:.0f}")


def conversion_summary(data: DashboardData, tr: Translate) -> list[str]:
    """The funnel's notes: leads lost, first-contact time, time to close."""
    c = data.conversion
    lines = [tr(QT_TRANSLATE_NOOP("Charts", "Lost: %1")).replace("%1", f"{c.lost:,}")]
    if c.first_contact_median_hours is not None:
        lines.append(tr(QT_TRANSLATE_NOOP(
            "Charts", "First contact: median %1, %2 within %3"))
            .replace("%1", _hours_text(c.first_contact_median_hours, tr))
            .replace("%2", percent(c.first_contact_within_share or 0))
            .replace("%3", _hours_text(c.response_limit_hours, tr)))
    if c.close_median_days is not None:
        lines.append(tr(QT_TRANSLATE_NOOP("Charts", "Time to close: median %1"))
                     .replace("%1", _days_text(c.close_median_days, tr)))
    return lines


def draw_funnel(figure: Figure, data: DashboardData, theme: Theme, tr: Translate) -> None:
    """The leads made in the months and how many reached each stage, with the share of all
    leads; the leads lost, the first-contact time and the time to close in a corner."""
    ax = _start(figure, theme, tr(QT_TRANSLATE_NOOP("Charts", "Lead funnel")))
    c = data.conversion
    if not c.leads:
        _no_data(ax, theme, tr)
        return
    rows = list(c.funnel)
    y = list(range(len(rows)))
    colours = [_mix(theme.series[0], theme.background, 0.45 * i / max(len(rows) - 1, 1))
               for i in range(len(rows))]
    colours[-1] = theme.good
    bars = ax.barh(y, [r.leads for r in rows], 0.7, color=colours)
    ax.bar_label(bars, labels=[f"{r.leads:,}  ({percent(r.leads / c.leads)})" for r in rows],
                 padding=3, fontsize=TICK_SIZE, color=theme.foreground)
    ax.set_yticks(y, [_word(STAGE_TEXTS, r.stage, tr) for r in rows])
    ax.tick_params(axis="y", labelsize=LABEL_SIZE)
    ax.invert_yaxis()
    ax.set_xlim(0, c.leads * 1.3)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=6))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:,.0f}"))
    ax.text(0.98, 0.04, "\n".join(conversion_summary(data, tr)), transform=ax.transAxes,
            ha="right", va="bottom", fontsize=TICK_SIZE, color=theme.foreground,
            bbox={"boxstyle": "round,pad=0.4", "facecolor": theme.background,
                  "edgecolor": theme.grid})
    _grid(ax, theme, "x")


def draw_sources(figure: Figure, data: DashboardData, theme: Theme, tr: Translate) -> None:
    """Leads per source and those won, with the source's win rate."""
    ax = _start(figure, theme, tr(QT_TRANSLATE_NOOP("Charts", "Conversion by source")))
    rows = list(data.conversion.by_source)
    if not rows:
        _no_data(ax, theme, tr)
        return
    y = list(range(len(rows)))
    leads = ax.barh(y, [r.leads for r in rows], 0.7, color=theme.series[0],
                    label=tr(QT_TRANSLATE_NOOP("Charts", "Leads")))
    ax.barh(y, [r.won for r in rows], 0.4, color=theme.good,
            label=tr(QT_TRANSLATE_NOOP("Charts", "Won")))
    # the words after the leads' bar (the longer), never on a bar
    rate = tr(QT_TRANSLATE_NOOP("Charts", "%1 won of %2 (%3)"))
    ax.bar_label(leads, labels=[rate.replace("%1", f"{r.won:,}").replace("%2", f"{r.leads:,}")
                                .replace("%3", percent(r.win_rate or 0)) for r in rows],
                 padding=3, fontsize=TICK_SIZE, color=theme.foreground)
    ax.set_yticks(y, [_word(SOURCE_TEXTS, r.source, tr) for r in rows])
    ax.tick_params(axis="y", labelsize=LABEL_SIZE)
    ax.invert_yaxis()
    ax.set_xlim(0, max(r.leads for r in rows) * 1.45)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=6))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:,.0f}"))
    _grid(ax, theme, "x")
    _legend(ax, theme)


def draw_lost_reasons(figure: Figure, data: DashboardData, theme: Theme, tr: Translate) -> None:
    """The approved losses of the leads made in the months, by reason, most first."""
    ax = _start(figure, theme, tr(QT_TRANSLATE_NOOP("Charts", "Lost reasons")))
    rows = list(data.conversion.lost_reasons)
    total = sum(r.leads for r in rows)
    if not total:
        _no_data(ax, theme, tr)
        return
    y = list(range(len(rows)))
    bars = ax.barh(y, [r.leads for r in rows], 0.65, color=theme.bad)
    ax.bar_label(bars, labels=[f"{r.leads:,}  ({percent(r.leads / total)})" for r in rows],
                 padding=3, fontsize=TICK_SIZE, color=theme.foreground)
    ax.set_yticks(y, [_word(LOST_TEXTS, r.reason, tr) for r in rows])
    ax.tick_params(axis="y", labelsize=LABEL_SIZE)
    ax.invert_yaxis()
    ax.set_xlim(0, max(r.leads for r in rows) * 1.3)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=6))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:,.0f}"))
    _grid(ax, theme, "x")


def draw_targets(figure: Figure, data: DashboardData, theme: Theme, tr: Translate) -> None:
    """Each advisor's leads won (delivered) in the months against their monthly target
    times the months (Preferences > Leads), most won first."""
    ax = _start(figure, theme, tr(QT_TRANSLATE_NOOP("Charts", "Won against target per advisor")))
    conversion = data.conversion
    months = max(len(conversion.months), 1)
    rows = [a for a in conversion.advisors if a.staff_id is not None
            and (sum(a.won_per_month) or a.target)]
    if not rows:
        _no_data(ax, theme, tr)
        return
    rows.sort(key=lambda a: -sum(a.won_per_month))
    y = list(range(len(rows)))
    won = [sum(a.won_per_month) for a in rows]
    goals = [a.target * months if a.target else None for a in rows]
    bars = ax.barh(y, won, 0.6, color=theme.good,
                   label=tr(QT_TRANSLATE_NOOP("Charts", "Won")))
    marks = [(i, g) for i, g in enumerate(goals) if g]
    if marks:
        ax.scatter([g for _, g in marks], [i for i, _ in marks], marker="|", s=400,
                   color=theme.foreground, linewidths=2.5, zorder=3,
                   label=tr(QT_TRANSLATE_NOOP("Charts", "Target")))
    of_target = tr(QT_TRANSLATE_NOOP("Charts", "%1 of %2"))
    ax.bar_label(bars, labels=[f"{w:,}" if not g else of_target.replace("%1", f"{w:,}")
                               .replace("%2", f"{g:,}") for w, g in zip(won, goals, strict=True)],
                 padding=3, fontsize=TICK_SIZE, color=theme.foreground)
    ax.set_yticks(y, [a.name for a in rows])
    ax.tick_params(axis="y", labelsize=LABEL_SIZE)
    ax.invert_yaxis()
    ax.set_xlim(0, max(max(won), max((g or 0) for g in goals)) * 1.35 or 1)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=6))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:,.0f}"))
    _grid(ax, theme, "x")
    _legend(ax, theme)


Draw = Callable[[Figure, DashboardData, Theme, Translate], None]

CHARTS: list[tuple[str, str, Draw]] = [
    ("tiers", QT_TRANSLATE_NOOP("Charts", "Customers by tier"), draw_tiers),
    ("visits", QT_TRANSLATE_NOOP("Charts", "Visits and revenue per month"), draw_visits),
    ("pareto", QT_TRANSLATE_NOOP("Charts", "Revenue concentration (Pareto)"), draw_pareto),
    ("done_missed", QT_TRANSLATE_NOOP("Charts", "Reminders and follow-ups: done vs missed"),
     draw_done_missed),
    ("lapsed", QT_TRANSLATE_NOOP("Charts", "Lapsed customers"), draw_lapsed),
    ("satisfaction", QT_TRANSLATE_NOOP("Charts", "Satisfaction per month"), draw_satisfaction),
    ("advisors", QT_TRANSLATE_NOOP("Charts", "Activity per advisor"), draw_advisors),
    ("funnel", QT_TRANSLATE_NOOP("Charts", "Lead funnel"), draw_funnel),
    ("sources", QT_TRANSLATE_NOOP("Charts", "Conversion by source"), draw_sources),
    ("lost_reasons", QT_TRANSLATE_NOOP("Charts", "Lost reasons"), draw_lost_reasons),
    ("targets", QT_TRANSLATE_NOOP("Charts", "Won against target per advisor"), draw_targets),
]
"""(key, English title, draw function), in the order the dashboard shows them."""

# the field of DashboardData each chart draws, where it is not the chart's own key
CHART_DATA = {"funnel": "conversion", "sources": "conversion", "lost_reasons": "conversion",
              "targets": "conversion"}


def charts_of(field: str) -> list[str]:
    """The charts drawn from DashboardData's `field` (the service reports by field)."""
    return [key for key, _title, _draw in CHARTS if CHART_DATA.get(key, key) == field]


def chart(key: str) -> Draw:
    for name, _title, draw in CHARTS:
        if name == key:
            return draw
    raise KeyError(key)


def render_png(key: str, data: DashboardData, path: str | Path | BinaryIO, tr: Translate,
               theme: Theme = LIGHT, size: tuple[float, float] = (8, 4.5),
               dpi: int = 100) -> Path | BinaryIO:
    """Draw chart `key` into a PNG of size[0] x size[1] inches at `dpi` (a file named by
    `path`, or written to a binary file object); no window needed."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = Figure(figsize=size, dpi=dpi)
    FigureCanvasAgg(figure)
    chart(key)(figure, data, theme, tr)
    target = path if hasattr(path, "write") else Path(path)
    figure.savefig(target, format="png", dpi=dpi, facecolor=theme.background)
    return target


# ------------------------------------------------------------------ the same numbers as tables
def dashboard_sheets(data: DashboardData, tr: Translate) -> list:
    """One Excel sheet (app.services.exchange.excel_export.SheetSpec) per chart, with its numbers."""
    from app.services.exchange.excel_export import CellKind, ColumnSpec, SheetSpec

    def col(text: str, kind: CellKind = CellKind.INTEGER, width: int | None = None):
        return ColumnSpec(tr(text), kind, width)

    month = QT_TRANSLATE_NOOP("Charts", "Month")
    return [
        SheetSpec(tr(QT_TRANSLATE_NOOP("Charts", "Tiers")), [
            col(QT_TRANSLATE_NOOP("Charts", "Tier"), CellKind.TEXT, 10),
            col(QT_TRANSLATE_NOOP("Charts", "Customers")),
            col(QT_TRANSLATE_NOOP("Charts", "Value (yuan)"), CellKind.MONEY),
        ], [(tier_text(t.tier, tr), t.customers, t.value_yuan) for t in data.tiers]),
        SheetSpec(tr(QT_TRANSLATE_NOOP("Charts", "Visits and revenue")), [
            col(month, CellKind.TEXT, 9),
            col(QT_TRANSLATE_NOOP("Charts", "Visits")),
            col(QT_TRANSLATE_NOOP("Charts", "Revenue (yuan)"), CellKind.MONEY),
        ], [(month_label(r.month), r.visits, r.revenue_yuan) for r in data.visits]),
        SheetSpec(tr(QT_TRANSLATE_NOOP("Charts", "Pareto")), [
            col(QT_TRANSLATE_NOOP("Charts", "Share of customers (%)"), CellKind.MONEY),
            col(QT_TRANSLATE_NOOP("Charts", "Share of revenue (%)"), CellKind.MONEY),
        ], [(round(x * 100, 2), round(y * 100, 2)) for x, y in data.pareto.points]),
        SheetSpec(tr(QT_TRANSLATE_NOOP("Charts", "Reminders and follow-ups")), [
            col(month, CellKind.TEXT, 9),
            col(QT_TRANSLATE_NOOP("Charts", "Reminders done")),
            col(QT_TRANSLATE_NOOP("Charts", "Reminders missed")),
            col(QT_TRANSLATE_NOOP("Charts", "Follow-ups done")),
            col(QT_TRANSLATE_NOOP("Charts", "Follow-ups missed")),
        ], [(month_label(r.month), *r[1:]) for r in data.done_missed]),
        SheetSpec(tr(QT_TRANSLATE_NOOP("Charts", "Lapsed customers")), [
            col(month, CellKind.TEXT, 9),
            col(QT_TRANSLATE_NOOP("Charts", "At risk")),
            col(QT_TRANSLATE_NOOP("Charts", "Lost")),
        ], [(month_label(r.month), r.at_risk, r.lost) for r in data.lapsed]),
        SheetSpec(tr(QT_TRANSLATE_NOOP("Charts", "Satisfaction")), [
            col(month, CellKind.TEXT, 9),
            col(QT_TRANSLATE_NOOP("Charts", "Responses")),
            col(QT_TRANSLATE_NOOP("Charts", "Average score"), CellKind.MONEY),
            col(QT_TRANSLATE_NOOP("Charts", "Unhappy (1-2)")),
        ], [(month_label(r.month), r.responses,
             None if r.average is None else round(r.average, 2), r.unhappy)
            for r in data.satisfaction]),
        SheetSpec(tr(QT_TRANSLATE_NOOP("Charts", "Advisors")), [
            col(QT_TRANSLATE_NOOP("Charts", "Advisor"), CellKind.TEXT, 12),
            col(QT_TRANSLATE_NOOP("Charts", "Contacts")),
            col(QT_TRANSLATE_NOOP("Charts", "Follow-ups done")),
            col(QT_TRANSLATE_NOOP("Charts", "Service visits")),
        ], [(a.name, a.contacts, a.follow_ups_done, a.service_visits) for a in data.advisors]),
        *conversion_sheets(data, tr),
    ]


def conversion_sheets(data: DashboardData, tr: Translate) -> list:
    """The conversion figures as sheets: the figures, the funnel, by source, lost reasons,
    each advisor against the monthly target, referrals per department and per referrer."""
    from app.services.exchange.excel_export import CellKind, ColumnSpec, SheetSpec

    def col(text: str, kind: CellKind = CellKind.INTEGER, width: int | None = None):
        return ColumnSpec(tr(text), kind, width)

    def share(value: float | None):
        return None if value is None else round(value * 100, 1)

    def rounded(value: float | None):
        return None if value is None else round(value, 1)

    c = data.conversion
    figures = [
        (QT_TRANSLATE_NOOP("Charts", "Leads"), c.leads),
        (QT_TRANSLATE_NOOP("Charts", "Showroom-visit rate (%)"), share(c.showroom_rate)),
        (QT_TRANSLATE_NOOP("Charts", "Test-drive rate (%)"), share(c.test_drive_rate)),
        (QT_TRANSLATE_NOOP("Charts", "Order rate (%)"), share(c.order_rate)),
        (QT_TRANSLATE_NOOP("Charts", "Win rate (%)"), share(c.win_rate)),
        (QT_TRANSLATE_NOOP("Charts", "Lost"), c.lost),
        (QT_TRANSLATE_NOOP("Charts", "Leads contacted"), c.contacted),
        (QT_TRANSLATE_NOOP("Charts", "First contact, median (opening hours)"),
         rounded(c.first_contact_median_hours)),
        (QT_TRANSLATE_NOOP("Charts", "First contact within the limit (%)"),
         share(c.first_contact_within_share)),
        (QT_TRANSLATE_NOOP("Charts", "Response limit (opening hours)"),
         rounded(c.response_limit_hours)),
        (QT_TRANSLATE_NOOP("Charts", "Time to close, median (days)"),
         rounded(c.close_median_days)),
    ]
    month_columns = [ColumnSpec(month_label(m), CellKind.INTEGER, 9) for m in c.months]
    outcome_columns = [col(QT_TRANSLATE_NOOP("Charts", "Referred")),
                       col(QT_TRANSLATE_NOOP("Charts", "Won")),
                       col(QT_TRANSLATE_NOOP("Charts", "Lost")),
                       col(QT_TRANSLATE_NOOP("Charts", "Open"))]
    nobody = tr(QT_TRANSLATE_NOOP("Charts", "(no advisor)"))
    return [
        SheetSpec(tr(QT_TRANSLATE_NOOP("Charts", "Conversion")), [
            col(QT_TRANSLATE_NOOP("Charts", "Figure"), CellKind.TEXT, 36),
            col(QT_TRANSLATE_NOOP("Charts", "Value"), CellKind.MONEY),
        ], [(tr(text), value) for text, value in figures]),
        SheetSpec(tr(QT_TRANSLATE_NOOP("Charts", "Lead funnel")), [
            col(QT_TRANSLATE_NOOP("Charts", "Stage"), CellKind.TEXT, 16),
            col(QT_TRANSLATE_NOOP("Charts", "Leads")),
            col(QT_TRANSLATE_NOOP("Charts", "Share of leads (%)"), CellKind.MONEY),
        ], [(_word(STAGE_TEXTS, r.stage, tr), r.leads, share(c.rate(r.stage)))
            for r in c.funnel]),
        SheetSpec(tr(QT_TRANSLATE_NOOP("Charts", "Leads by source")), [
            col(QT_TRANSLATE_NOOP("Charts", "Source"), CellKind.TEXT, 18),
            col(QT_TRANSLATE_NOOP("Charts", "Leads")),
            col(QT_TRANSLATE_NOOP("Charts", "Won")),
            col(QT_TRANSLATE_NOOP("Charts", "Win rate (%)"), CellKind.MONEY),
        ], [(_word(SOURCE_TEXTS, r.source, tr), r.leads, r.won, share(r.win_rate))
            for r in c.by_source]),
        SheetSpec(tr(QT_TRANSLATE_NOOP("Charts", "Lost reasons")), [
            col(QT_TRANSLATE_NOOP("Charts", "Reason"), CellKind.TEXT, 28),
            col(QT_TRANSLATE_NOOP("Charts", "Leads")),
        ], [(_word(LOST_TEXTS, r.reason, tr), r.leads) for r in c.lost_reasons]),
        SheetSpec(tr(QT_TRANSLATE_NOOP("Charts", "Advisor conversion")), [
            col(QT_TRANSLATE_NOOP("Charts", "Advisor"), CellKind.TEXT, 14),
            col(QT_TRANSLATE_NOOP("Charts", "Leads")),
            col(QT_TRANSLATE_NOOP("Charts", "Won")),
            col(QT_TRANSLATE_NOOP("Charts", "Win rate (%)"), CellKind.MONEY),
            col(QT_TRANSLATE_NOOP("Charts", "Monthly target")),
            *month_columns,
        ], [(a.name if a.staff_id is not None else nobody, a.leads, a.won, share(a.win_rate),
             a.target, *a.won_per_month) for a in c.advisors]),
        SheetSpec(tr(QT_TRANSLATE_NOOP("Charts", "Referrals")), [
            col(QT_TRANSLATE_NOOP("Charts", "Department"), CellKind.TEXT, 14),
            *outcome_columns,
        ], [(_word(DEPARTMENT_TEXTS, r.key, tr), *r[2:]) for r in c.referral_departments]),
        SheetSpec(tr(QT_TRANSLATE_NOOP("Charts", "Referrers")), [
            col(QT_TRANSLATE_NOOP("Charts", "Referrer"), CellKind.TEXT, 14),
            *outcome_columns,
        ], [(r.name, *r[2:]) for r in c.referrers]),
    ]
