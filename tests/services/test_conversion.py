"""Conversion figures (issue 16, item 9) on a hand-built book with known answers: leads by
source, first-contact time in opening hours, the rates, the funnel, the time to close, the
lost reasons (approved only), each advisor against the monthly target, referrals per
department and per referrer; the rates cross-checked with pandas on the same rows."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.db.models import Lead
from app.domain.dashboard_records import DashboardQuery
from app.domain.enums import StaffRole
from app.domain.leads import LeadRules, opening_hours_between
from app.domain.records import CustomerInput
from app.services.analytics.conversion import ConversionService

JAN, MAR = date(2026, 1, 1), date(2026, 3, 31)


def at(month: int, day: int, hour: int = 10, minute: int = 0, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute)


@pytest.fixture
def book(services):
    """Ten leads: eight made January to March 2026 (the cohort), one in December delivered
    in January, one in April."""
    adam = services.staff.add("Adam", StaffRole.ADVISOR)
    bea = services.staff.add("Bea", StaffRole.ADVISOR)
    sam = services.staff.add("Sam", StaffRole.SERVICE_ADVISOR)
    customer = services.customers.create(CustomerInput(name="张三", phone="13800138000"))
    a, b = adam.id, bea.id

    def lead(advisor, source, created, stage, **reached):
        first = reached.pop("first", None)
        return dict(customer_id=customer.id, advisor_id=advisor, source=source,
                    created_at=created, updated_at=created, stage=stage,
                    first_contact_at=first, last_contact_at=first,
                    contacted_at=reached.pop("contacted", first), **reached)

    rows = [
        # 1: walked in, the whole way: won in 15 days
        lead(a, "walk_in", at(1, 5), "delivered", first=at(1, 5), showroom_at=at(1, 5),
             test_drive_at=at(1, 6), negotiation_at=at(1, 10), ordered_at=at(1, 12),
             delivered_at=at(1, 20)),
        # 2: made at 17:00, contacted the next morning at 10:00: two opening hours; lost
        lead(a, "phone", at(1, 7, 17), "lost", first=at(1, 8, 10), showroom_at=at(1, 9),
             lost_at=at(1, 15), lost_reason="price", lost_review="approved"),
        # 3: contacted after three hours, still open
        lead(a, "website", at(2, 2, 9), "contacted", first=at(2, 2, 12)),
        # 4: made at night, contacted half an hour after opening; ordered without
        # negotiating; delivered 21 days after its making
        lead(b, "car_portal", at(2, 10, 20), "delivered", first=at(2, 11, 9, 30),
             showroom_at=at(2, 12), test_drive_at=at(2, 12), ordered_at=at(2, 20),
             delivered_at=at(3, 3, 20)),
        # 5: passed on by the service lane, nobody has called yet
        lead(b, "referral", at(3, 3, 11), "new", referral_department="service",
             referrer_id=sam.id, referral_kind="trade_in"),
        # 6: passed on by the service lane, lost to a competitor
        lead(b, "service_lane", at(3, 4, 14), "lost", first=at(3, 4, 15),
             lost_at=at(3, 20), lost_reason="competitor", lost_competitor="特斯拉",
             lost_review="approved", referral_department="service", referrer_id=sam.id),
        # 7: from the front desk; the advisor asks to close it as lost, not yet approved
        lead(a, "walk_in", at(3, 10), "contacted", first=at(3, 10), lost_reason="price",
             lost_review="requested", referral_department="front_desk"),
        # 8: lost before the showroom
        lead(b, "phone", at(1, 20), "lost", first=at(1, 20, 11), lost_at=at(1, 25),
             lost_reason="price", lost_review="approved"),
        # outside the months: made in December, delivered in January (Adam's target)
        lead(a, "phone", at(12, 20, year=2025), "delivered", first=at(12, 20, year=2025),
             ordered_at=at(1, 2), delivered_at=at(1, 15)),
        # outside the months: April
        lead(a, "phone", at(4, 2), "new"),
    ]
    with services.book.writing() as session:
        for row in rows:
            session.add(Lead(**row))
    rules = LeadRules(targets={a: 2, b: 1})
    return services, ConversionService(services.book, rules), adam, bea, sam


def test_the_funnel_counts_the_stages_reached(book):
    _services, conversion, *_ = book
    figures = conversion.figures(DashboardQuery(JAN, MAR))
    assert figures.leads == 8
    assert [tuple(s) for s in figures.funnel] == [
        ("new", 8), ("contacted", 7), ("showroom", 3), ("test_drive", 2), ("negotiation", 2),
        ("ordered", 2), ("delivered", 2)]
    assert figures.showroom_rate == 3 / 8
    assert figures.test_drive_rate == 2 / 8
    assert figures.order_rate == 2 / 8
    assert figures.win_rate == 2 / 8
    assert figures.lost == 3


def test_leads_by_source_with_their_wins(book):
    _services, conversion, *_ = book
    figures = conversion.figures(DashboardQuery(JAN, MAR))
    assert {r.source: (r.leads, r.won) for r in figures.by_source} == {
        "walk_in": (2, 1), "phone": (2, 0), "website": (1, 0), "car_portal": (1, 1),
        "referral": (1, 0), "service_lane": (1, 0)}
    assert [r.source for r in figures.by_source][:2] == ["phone", "walk_in"]  # most first


def test_first_contact_is_counted_in_opening_hours(book):
    _services, conversion, *_ = book
    figures = conversion.figures(DashboardQuery(JAN, MAR))
    # 0, 2, 3, 0.5, 1, 0, 1 opening hours: the median 1; within the 2-hour limit all but one
    assert figures.contacted == 7
    assert figures.first_contact_median_hours == pytest.approx(1.0, abs=1e-6)
    assert figures.first_contact_within_limit == 6
    assert figures.first_contact_within_share == pytest.approx(6 / 7)


def test_time_to_close_is_the_median_from_making_to_delivery(book):
    _services, conversion, *_ = book
    figures = conversion.figures(DashboardQuery(JAN, MAR))
    assert figures.close_median_days == pytest.approx((15 + 21) / 2, abs=1e-6)


def test_lost_reasons_count_approved_losses_only(book):
    _services, conversion, *_ = book
    figures = conversion.figures(DashboardQuery(JAN, MAR))
    assert [tuple(r) for r in figures.lost_reasons] == [("price", 2), ("competitor", 1)]


def test_each_advisor_against_the_monthly_target(book):
    _services, conversion, adam, bea, _sam = book
    figures = conversion.figures(DashboardQuery(JAN, MAR))
    rows = {r.staff_id: r for r in figures.advisors}
    assert (rows[adam.id].leads, rows[adam.id].won, rows[adam.id].target) == (4, 1, 2)
    assert rows[adam.id].won_per_month == (2, 0, 0)  # December's lead delivered in January
    assert (rows[bea.id].leads, rows[bea.id].won, rows[bea.id].target) == (4, 1, 1)
    assert rows[bea.id].won_per_month == (0, 0, 1)
    assert rows[adam.id].win_rate == 1 / 4


def test_referrals_are_counted_per_department_and_referrer(book):
    _services, conversion, _adam, _bea, sam = book
    figures = conversion.figures(DashboardQuery(JAN, MAR))
    assert [tuple(r) for r in figures.referral_departments] == [
        ("service", "", 2, 0, 1, 1), ("front_desk", "", 1, 0, 0, 1)]
    assert [tuple(r) for r in figures.referrers] == [(str(sam.id), "Sam", 2, 0, 1, 1)]


def test_one_advisor_counts_their_leads_only(book):
    _services, conversion, _adam, bea, _sam = book
    figures = conversion.figures(DashboardQuery(JAN, MAR, bea.id))
    assert figures.leads == 4 and figures.won == 1
    assert [r.staff_id for r in figures.advisors] == [bea.id]
    assert figures.close_median_days == pytest.approx(21.0, abs=1e-6)


def test_an_empty_period_has_no_rates(book):
    _services, conversion, *_ = book
    figures = conversion.figures(DashboardQuery(date(2027, 1, 1), date(2027, 2, 1)))
    assert figures.leads == 0 and figures.win_rate is None
    assert figures.first_contact_median_hours is None and figures.close_median_days is None


def test_the_rates_agree_with_pandas_on_the_same_rows(book):
    services, conversion, *_ = book
    pd = pytest.importorskip("pandas")
    with services.book.reading() as session:
        leads = session.scalars(select(Lead)).all()
        frame = pd.DataFrame([{c: getattr(x, c) for c in (
            "source", "advisor_id", "created_at", "first_contact_at", "contacted_at",
            "showroom_at", "test_drive_at", "negotiation_at", "ordered_at", "delivered_at",
            "stage", "lost_reason", "lost_review")} for x in leads])
    frame = frame[(frame.created_at >= datetime(2026, 1, 1))
                  & (frame.created_at < datetime(2026, 4, 1))]
    figures = conversion.figures(DashboardQuery(JAN, MAR))
    later = ["showroom_at", "test_drive_at", "negotiation_at", "ordered_at", "delivered_at"]
    for i, stage in enumerate(("showroom", "test_drive", "negotiation", "ordered", "delivered")):
        reached = frame[later[i:]].notna().any(axis=1)
        assert figures.rate(stage) == pytest.approx(reached.mean())
    by_source = frame.groupby("source").size().to_dict()
    assert {r.source: r.leads for r in figures.by_source} == by_source
    contacted = frame[frame.first_contact_at.notna()]
    rules = LeadRules()
    hours = [opening_hours_between(rules, a.to_pydatetime(), b.to_pydatetime())
             for a, b in zip(contacted.created_at, contacted.first_contact_at, strict=True)]
    assert figures.first_contact_median_hours == pytest.approx(pd.Series(hours).median(),
                                                               abs=1e-6)
    won = frame[frame.delivered_at.notna()]
    days = (won.delivered_at - won.created_at) / timedelta(days=1)
    assert figures.close_median_days == pytest.approx(days.median(), abs=1e-6)
    approved = frame[(frame.stage == "lost") & (frame.lost_review == "approved")]
    assert dict(figures.lost_reasons) == approved.groupby("lost_reason").size().to_dict()
