"""The lead funnel, conversion by source and lost reasons charts, and the conversion sheets
(issue 16, item 9): drawn from plain figures, empty periods saying so."""

from __future__ import annotations

from datetime import date

import pytest
from matplotlib.figure import Figure

from app.domain.conversion_records import (
    AdvisorConversion,
    ConversionFigures,
    ReasonCount,
    ReferralOutcome,
    SourceConversion,
    StageCount,
)
from app.domain.dashboard_records import DashboardData, DashboardQuery
from app.presentation import charts

PNG = b"\x89PNG\r\n\x1a\n"
MONTHS = (date(2026, 1, 1), date(2026, 2, 1))


def same(text: str) -> str:
    return text


@pytest.fixture
def data() -> DashboardData:
    figures = ConversionFigures(
        months=MONTHS, leads=100,
        by_source=(SourceConversion("walk_in", 60, 15), SourceConversion("phone", 40, 3)),
        funnel=tuple(StageCount(s, n) for s, n in (
            ("new", 100), ("contacted", 90), ("showroom", 40), ("test_drive", 20),
            ("negotiation", 20), ("ordered", 19), ("delivered", 18))),
        lost=27, contacted=90, first_contact_median_hours=0.75, first_contact_within_limit=81,
        response_limit_hours=2, close_median_days=16.4,
        lost_reasons=(ReasonCount("price", 20), ReasonCount("competitor", 7)),
        advisors=(AdvisorConversion(3, "王磊", 60, 12, 8, (5, 7)),
                  AdvisorConversion(None, "", 40, 6, None, (2, 4))),
        referral_departments=(ReferralOutcome("service", "", 10, 2, 3, 5),),
        referrers=(ReferralOutcome("9", "杨帆", 10, 2, 3, 5),))
    return DashboardData(query=DashboardQuery(*MONTHS), today=date(2026, 2, 20),
                         conversion=figures)


def _texts(figure: Figure) -> str:
    return " ".join(t.get_text() for ax in figure.axes for t in ax.texts + ax.get_yticklabels())


def test_the_funnel_shows_each_stage_with_its_share_and_the_notes(data):
    figure = Figure(figsize=(8, 4.5))
    charts.draw_funnel(figure, data, charts.LIGHT, same)
    texts = _texts(figure)
    assert "Showroom visit" in texts and "Won (delivered)" in texts
    assert "40  (40%)" in texts and "18  (18%)" in texts
    assert "First contact: median 0.8 h, 90% within 2 h" in texts
    assert "Time to close: median 16 days" in texts
    assert "Lost: 27" in texts


def test_sources_show_their_win_rate_and_lost_reasons_their_share(data):
    figure = Figure(figsize=(8, 4.5))
    charts.draw_sources(figure, data, charts.LIGHT, same)
    assert "15 won of 60 (25%)" in _texts(figure) and "Walk-in" in _texts(figure)
    figure = Figure(figsize=(8, 4.5))
    charts.draw_lost_reasons(figure, data, charts.LIGHT, same)
    assert "20  (74%)" in _texts(figure) and "Bought a competitor's brand" in _texts(figure)


@pytest.mark.parametrize("key", ["funnel", "sources", "lost_reasons"])
def test_an_empty_period_says_so_and_saves_as_png(key, data, tmp_path):
    empty = DashboardData(query=data.query, today=data.today)
    figure = Figure(figsize=(8, 4.5))
    charts.chart(key)(figure, empty, charts.LIGHT, same)
    assert "No data for this period" in _texts(figure)
    assert charts.render_png(key, data, tmp_path / f"{key}.png", same).read_bytes()[:8] == PNG


def test_the_three_charts_draw_from_the_conversion_figures():
    assert charts.charts_of("conversion") == ["funnel", "sources", "lost_reasons", "targets"]
    assert charts.charts_of("tiers") == ["tiers"]


def test_the_conversion_sheets_hold_the_figures(data, tmp_path):
    import openpyxl

    from app.services.exchange.excel_export import write_xlsx

    write_xlsx(tmp_path / "conversion.xlsx", charts.conversion_sheets(data, same))
    book = openpyxl.load_workbook(tmp_path / "conversion.xlsx")
    rows = {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}
    figures = dict(rows["Conversion"][1:])
    assert figures["Win rate (%)"] == 18 and figures["Showroom-visit rate (%)"] == 40
    assert figures["First contact within the limit (%)"] == 90
    assert rows["Advisor conversion"][0][-2:] == ("2026-01", "2026-02")
    assert rows["Advisor conversion"][1] == ("王磊", 60, 12, 20, 8, 5, 7)
    assert rows["Advisor conversion"][2][0] == "(no advisor)"
    assert rows["Referrals"][1] == ("Service", 10, 2, 3, 5)
    assert rows["Referrers"][1] == ("杨帆", 10, 2, 3, 5)
    assert rows["Lead funnel"][4] == ("Test drive", 20, 20)


def test_the_targets_chart_puts_each_advisors_won_leads_against_the_target(data):
    from matplotlib.figure import Figure

    figure = Figure()
    charts.draw_targets(figure, data, charts.LIGHT, same)
    ax = figure.axes[0]
    words = [t.get_text() for t in ax.texts]
    # 王磊 won 12 over the two months (5 and 7) against a target of 8 a month
    assert "12 of 16" in words, words
    assert [t.get_text() for t in ax.get_yticklabels()][0] == "王磊"
