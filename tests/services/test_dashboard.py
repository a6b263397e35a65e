"""The owner's dashboard over hand-built books with known answers for every chart."""

from collections import Counter
from datetime import date, datetime, timedelta

import pytest

from app.domain.dashboard_records import (
    AdvisorActivity,
    DashboardQuery,
    MonthDoneMissed,
    MonthLapsed,
    MonthSatisfaction,
    MonthVisits,
    TierCount,
)
from app.domain.enums import (
    CalendarKind,
    CustomerKind,
    FollowUpReason,
    Outcome,
    PurchaseType,
    ReminderKind,
    ReminderState,
    VisitType,
)
from app.domain.records import CustomerInput, InteractionInput, VehicleInput
from app.domain.reminder_records import HouseholdMemberRecord, ImportantDateRecord
from app.domain.segments import Tier
from app.domain.service_rules import LapseThresholds
from app.domain.visit_records import VisitInput
from app.services.analytics.dashboard import (
    MAX_PARETO_POINTS,
    DashboardService,
    month_end,
    pareto_curve,
)
from app.services.analytics.segments import SegmentService

TODAY = date(2026, 4, 15)
QUERY = DashboardQuery(date(2026, 1, 1), date(2026, 6, 30))  # Jan-Jun; today is in April
MONTHS = [date(2026, m, 1) for m in range(1, 7)]
PAST = MONTHS[:4]  # the months up to today's


def dashboard(services) -> DashboardService:
    return DashboardService(services.book, SegmentService(services.book))


def customer(services, name, **kw):
    return services.customers.create(CustomerInput(name=name, **kw))


def car(services, owner, price=None, bought=None, how=PurchaseType.NEW_HERE, **kw):
    return services.vehicles.add(owner.id, VehicleInput(
        make="丰田", model="凯美瑞", price_yuan=price, purchase_date=bought, purchase_type=how,
        **kw))


def visit(services, vehicle, day, fen=0, today=TODAY, **kw):
    services.visits.add(VisitInput(vehicle.id, day, total_fen=fen, **kw), today=today)


def for_advisor(advisor_id, query=QUERY):
    return DashboardQuery(query.start, query.end, advisor_id)


# ---------------------------------------------------------------- an empty book
def test_an_empty_book_gives_zeros_in_every_chart(services):
    calls = []
    data = dashboard(services).build(QUERY, TODAY, progress=lambda *a: calls.append(a))
    assert data.tiers == (TierCount(Tier.TOP, 0, 0.0), TierCount(Tier.MIDDLE, 0, 0.0),
                          TierCount(Tier.SMALL, 0, 0.0))
    assert data.visits == tuple(MonthVisits(m, 0, 0.0) for m in MONTHS)
    assert data.pareto.points == () and data.pareto.customers == 0
    assert data.pareto.top20_share == 0.0 and data.pareto.revenue_yuan == 0.0
    assert data.done_missed == tuple(MonthDoneMissed(m, 0, 0, 0, 0) for m in PAST)
    assert data.lapsed == tuple(MonthLapsed(m, 0, 0) for m in PAST)
    assert data.satisfaction == tuple(MonthSatisfaction(m, 0, None, 0) for m in MONTHS)
    assert data.advisors == ()
    assert data.conversion.leads == 0 and data.conversion.win_rate is None
    assert calls == [(i, 8) for i in range(1, 9)]


def test_a_query_after_today_has_no_done_missed_or_lapsed_months(services):
    later = DashboardQuery(date(2026, 5, 1), date(2026, 6, 30))
    data = dashboard(services).build(later, TODAY)
    assert data.done_missed == () and data.lapsed == ()
    assert [v.month for v in data.visits] == [date(2026, 5, 1), date(2026, 6, 1)]


# ---------------------------------------------------------------- the service lane
@pytest.fixture
def lane(services):
    """Visits and sales around month ends, with scores, for two advisors and nobody's."""
    wang = services.staff.add("王芳")
    li = services.staff.add("李强")
    jia = customer(services, "甲", advisor_id=wang.id)
    yi = customer(services, "乙", advisor_id=li.id)
    bing = customer(services, "丙")
    golf = car(services, jia, how=PurchaseType.ELSEWHERE)
    visit(services, golf, date(2026, 1, 31), 12_345, satisfaction=5)  # the month's last day
    visit(services, golf, date(2026, 2, 1), 10_000, satisfaction=1)  # the next month's first
    camry = car(services, yi, price=150_000, bought=date(2026, 2, 14))
    visit(services, camry, date(2025, 12, 31), 99_900, satisfaction=1)  # before the range
    visit(services, camry, date(2026, 1, 15), 0, satisfaction=2)
    visit(services, camry, date(2026, 2, 28), 5_000)  # no score
    visit(services, camry, date(2026, 2, 27), 1_000, satisfaction=4)
    car(services, bing, price=80_000, bought=date(2026, 3, 1), how=PurchaseType.USED_HERE)
    car(services, bing, price=70_000, bought=date(2026, 3, 5), how=PurchaseType.ELSEWHERE)
    car(services, bing, price=60_000, bought=date(2025, 12, 31))  # before the range
    suv = car(services, bing, price=90_000, bought=date(2026, 7, 1))  # after it
    visit(services, suv, TODAY, 20_000, satisfaction=3)
    return services, wang, li


def test_visits_and_revenue_per_month_with_month_boundaries(lane):
    services, wang, li = lane
    assert dashboard(services).visits(QUERY) == (
        MonthVisits(date(2026, 1, 1), 2, 123.45),
        MonthVisits(date(2026, 2, 1), 3, 100 + 10 + 50 + 150_000),
        MonthVisits(date(2026, 3, 1), 0, 80_000.0),  # used, sold here; not the one bought elsewhere
        MonthVisits(date(2026, 4, 1), 1, 200.0),
        MonthVisits(date(2026, 5, 1), 0, 0.0),
        MonthVisits(date(2026, 6, 1), 0, 0.0),
    )


def test_a_short_range_reads_the_same_visits(lane):
    services, _, _ = lane
    february = DashboardQuery(date(2026, 2, 1), date(2026, 2, 28))  # read through the date index
    service = dashboard(services)
    assert service.visits(february) == service.visits(QUERY)[1:2]
    assert service.satisfaction(february) == service.satisfaction(QUERY)[1:2]


def test_visits_of_one_advisors_customers(lane):
    services, wang, li = lane
    mine = dashboard(services).visits(for_advisor(wang.id))
    assert [(v.visits, v.revenue_yuan) for v in mine] == [
        (1, 123.45), (1, 100.0), (0, 0.0), (0, 0.0), (0, 0.0), (0, 0.0)]
    theirs = dashboard(services).visits(for_advisor(li.id))
    assert [(v.visits, v.revenue_yuan) for v in theirs][:3] == [
        (1, 0.0), (2, 60 + 150_000), (0, 0.0)]


def test_satisfaction_per_month(lane):
    services, wang, li = lane
    assert dashboard(services).satisfaction(QUERY) == (
        MonthSatisfaction(date(2026, 1, 1), 2, 3.5, 1),
        MonthSatisfaction(date(2026, 2, 1), 2, 2.5, 1),
        MonthSatisfaction(date(2026, 3, 1), 0, None, 0),
        MonthSatisfaction(date(2026, 4, 1), 1, 3.0, 0),
        MonthSatisfaction(date(2026, 5, 1), 0, None, 0),
        MonthSatisfaction(date(2026, 6, 1), 0, None, 0),
    )
    mine = dashboard(services).satisfaction(for_advisor(li.id))
    assert mine[:2] == (MonthSatisfaction(date(2026, 1, 1), 1, 2.0, 1),
                        MonthSatisfaction(date(2026, 2, 1), 1, 4.0, 0))


def test_pareto_ranks_customers_by_revenue_in_the_range(lane):
    services, wang, li = lane
    curve = dashboard(services).pareto(QUERY)
    # 乙 150,060 (the car and two visits), 丙 80,200, 甲 223.45
    total = 150_060 + 80_200 + 223.45
    assert curve.customers == 3
    assert curve.revenue_yuan == pytest.approx(total)
    assert curve.top20_share == pytest.approx(150_060 / total)
    assert [x for x, _ in curve.points] == pytest.approx([0, 1 / 3, 2 / 3, 1])
    assert [y for _, y in curve.points] == pytest.approx(
        [0, 150_060 / total, 230_260 / total, 1])
    mine = dashboard(services).pareto(for_advisor(wang.id))
    assert (mine.customers, mine.revenue_yuan, mine.top20_share) == (1, 223.45, 1.0)
    assert mine.points == ((0.0, 0.0), (1.0, 1.0))


def test_pareto_curve_is_thinned_to_at_most_200_points():
    curve = pareto_curve(range(1, 1001))  # fen per customer
    assert len(curve.points) <= MAX_PARETO_POINTS
    assert curve.points[0] == (0.0, 0.0) and curve.points[-1] == (1.0, 1.0)
    xs = [x for x, _ in curve.points]
    ys = [y for _, y in curve.points]
    assert xs == sorted(xs) and ys == sorted(ys)
    assert curve.customers == 1000 and curve.revenue_yuan == pytest.approx(500_500 / 100)
    assert curve.top20_share == pytest.approx(sum(range(801, 1001)) / 500_500)
    assert pareto_curve([0, 0]) == pareto_curve([])


# ---------------------------------------------------------------- tiers
def test_tiers_count_customers_and_value_as_of_today(services):
    wang = services.staff.add("王芳")
    li = services.staff.add("李强")
    top = customer(services, "甲", advisor_id=wang.id)
    bmw = car(services, top, price=300_000, bought=date(2026, 1, 10))
    visit(services, bmw, date(2026, 2, 1), 50_000, visit_type=VisitType.MAINTENANCE)
    visit(services, bmw, date(2026, 3, 1), 50_000, visit_type=VisitType.REPAIR)
    visit(services, bmw, date(2026, 3, 2), 0, visit_type=VisitType.WASH)
    rich = customer(services, "乙", advisor_id=wang.id)
    car(services, rich, price=250_000, bought=date(2025, 6, 1))
    customer(services, "丙", advisor_id=wang.id)
    loyal = customer(services, "丁", advisor_id=li.id)
    customer(services, "戊", advisor_id=li.id, referred_by_id=loyal.id)
    customer(services, "己", referred_by_id=loyal.id)
    gone = customer(services, "庚", advisor_id=wang.id)
    car(services, gone, price=900_000, bought=date(2026, 1, 1))
    services.customers.archive(gone.id)
    service = dashboard(services)
    # 甲: 301,000 yuan, loyalty 3/3 + 4; 乙: 250,000 only; 丁: two referrals (loyalty 4)
    assert service.tiers(QUERY, TODAY) == (
        TierCount(Tier.TOP, 1, 301_000.0),
        TierCount(Tier.MIDDLE, 2, 250_000.0),
        TierCount(Tier.SMALL, 3, 0.0),
    )
    assert service.tiers(for_advisor(wang.id), TODAY) == (
        TierCount(Tier.TOP, 1, 301_000.0),
        TierCount(Tier.MIDDLE, 1, 250_000.0),
        TierCount(Tier.SMALL, 1, 0.0),
    )
    other_range = DashboardQuery(date(2020, 1, 1), date(2020, 3, 31))
    assert service.tiers(other_range, TODAY) == service.tiers(QUERY, TODAY)


# ---------------------------------------------------------------- lapsed customers
@pytest.fixture
def lapsing(services):
    wang = services.staff.add("王芳")
    li = services.staff.add("李强")
    history = {
        "X": (wang.id, [date(2025, 7, 20)]),
        "Y": (li.id, [date(2025, 2, 10)]),
        "Z": (wang.id, [date(2025, 1, 5), date(2026, 3, 2)]),  # comes back in March
        "W": (li.id, [date(2026, 2, 20)]),  # first visit in February
        "V": (wang.id, [date(2025, 7, 31)]),  # six months to the day before 31 January
        "U": (None, [date(2024, 1, 1), date(2025, 8, 28)]),  # ... before 28 February
        "R": (li.id, [date(2024, 12, 1), date(2025, 8, 1)]),
        "T": (None, [date(2024, 6, 1)]),  # archived below
        "S": (None, []),  # never came
    }
    people = {}
    for name, (advisor, days) in history.items():
        person = people[name] = customer(services, name, advisor_id=advisor)
        vehicle = car(services, person, how=PurchaseType.ELSEWHERE)
        for day in days:
            visit(services, vehicle, day, 10_000)
    services.customers.archive(people["T"].id)
    return services, wang, li


def test_lapsed_at_each_month_end_and_today(lapsing):
    services, wang, li = lapsing
    # ends 31 Jan, 28 Feb, 31 Mar and today 15 Apr; at risk before 31 Jul, 28 Aug, 30 Sep,
    # 15 Oct 2025; lost before 31 Jan, 28 Feb, 31 Mar, 15 Apr 2025
    assert dashboard(services).lapsed(QUERY, TODAY) == (
        MonthLapsed(date(2026, 1, 1), 2, 1),  # X Y / Z
        MonthLapsed(date(2026, 2, 1), 3, 2),  # X V R / Y Z
        MonthLapsed(date(2026, 3, 1), 4, 1),  # X V U R / Y
        MonthLapsed(date(2026, 4, 1), 4, 1),  # X V U R / Y
    )


def test_lapsed_of_one_advisor_and_other_thresholds(lapsing):
    services, wang, li = lapsing
    service = dashboard(services)
    assert [(m.at_risk, m.lost) for m in service.lapsed(for_advisor(wang.id), TODAY)] == [
        (1, 1), (2, 1), (2, 0), (2, 0)]
    assert [(m.at_risk, m.lost) for m in service.lapsed(for_advisor(li.id), TODAY)] == [
        (1, 0), (1, 1), (1, 1), (1, 1)]
    # 3 / 6 months: on 15 April at risk before 15 Jan 2026, lost before 15 Oct 2025
    short = service.lapsed(QUERY, TODAY, LapseThresholds(3, 6))
    assert short[-1] == MonthLapsed(date(2026, 4, 1), 0, 5)  # X Y V U R lost; Z W active
    assert short[1] == MonthLapsed(date(2026, 2, 1), 1, 5)  # 28 Feb: U at risk, from 28 Aug


def test_lapsed_matches_lapsed_customers_today(lapsing):
    services, _, _ = lapsing
    listed = Counter(c.status.value for c in services.visits.lapsed(TODAY))
    last = dashboard(services).lapsed(QUERY, TODAY)[-1]
    assert (last.at_risk, last.lost) == (listed["at_risk"], listed["lost"])


# ---------------------------------------------------------------- lapsed figures kept
def kept(services) -> dict:
    """{(advisor key, month end): (at risk, lost)} as lapsed_month_ends holds them."""
    from sqlalchemy import select

    from app.db.models import LapsedMonthEnd

    with services.book.reading() as s:
        return {(r.advisor_key, r.month_end): (r.at_risk, r.lost)
                for r in s.scalars(select(LapsedMonthEnd))}


def car_of(services, name):
    from sqlalchemy import select

    from app.db.models import Customer, Vehicle

    with services.book.reading() as s:
        return s.execute(select(Vehicle.id, Vehicle.owner_id)
                         .join(Customer, Customer.id == Vehicle.owner_id)
                         .where(Customer.name == name)).one()


def from_visits(service, query=QUERY, lapse=None):
    """Every month end worked out from the visits, the table not looked at."""
    lapse = lapse or LapseThresholds()
    ends = [min(month_end(m), TODAY) for m in query.months() if m <= TODAY]
    return service._lapsed_from_visits(query.advisor_id, ends, lapse)[0]


def test_month_ends_over_are_kept_and_read_back_with_today_worked_out(lapsing):
    services, wang, li = lapsing
    service = dashboard(services)
    first = service.lapsed(QUERY, TODAY)
    # today's figure can still change today: not kept
    assert kept(services) == {(0, date(2026, 1, 31)): (2, 1), (0, date(2026, 2, 28)): (3, 2),
                              (0, date(2026, 3, 31)): (4, 1)}
    from sqlalchemy import update

    from app.db.models import LapsedMonthEnd

    with services.book.writing() as s:  # a kept figure altered by hand comes back as it is
        s.execute(update(LapsedMonthEnd).where(LapsedMonthEnd.month_end == date(2026, 1, 31))
                  .values(at_risk=99))
    again = service.lapsed(QUERY, TODAY)
    assert again[0] == MonthLapsed(date(2026, 1, 1), 99, 1)
    assert again[1:] == first[1:]
    service.lapsed(for_advisor(wang.id), TODAY, LapseThresholds(3, 6))
    assert (wang.id, date(2026, 2, 28)) in kept(services)


def test_a_visit_back_in_february_forgets_the_figures_from_february_on(lapsing):
    services, wang, li = lapsing
    service = dashboard(services)
    service.lapsed(QUERY, TODAY)
    visit(services, car_of(services, "X"), date(2026, 2, 10), 5_000)  # X was at risk
    assert kept(services) == {(0, date(2026, 1, 31)): (2, 1)}
    after = service.lapsed(QUERY, TODAY)
    assert [(m.at_risk, m.lost) for m in after] == from_visits(service)
    assert [(m.at_risk, m.lost) for m in after] == [(2, 1), (2, 2), (3, 1), (3, 1)]
    assert len(kept(services)) == 3


def test_archiving_a_customer_forgets_every_figure_moving_one_those_of_two_advisors(lapsing):
    services, wang, li = lapsing
    service = dashboard(services)
    service.lapsed(QUERY, TODAY)
    service.lapsed(for_advisor(li.id), TODAY)
    service.lapsed(for_advisor(wang.id), TODAY)
    assert len(kept(services)) == 9
    from sqlalchemy import update

    from app.db.models import Customer

    with services.book.writing() as s:  # R goes from 李强 to 王芳
        s.execute(update(Customer).where(Customer.name == "R").values(advisor_id=wang.id))
    assert {key for key, _day in kept(services)} == {0}  # every advisor's: R counted either way
    for query in (QUERY, for_advisor(wang.id), for_advisor(li.id)):
        assert [(m.at_risk, m.lost) for m in service.lapsed(query, TODAY)] == from_visits(
            service, query)
    assert len(kept(services)) == 9
    services.customers.archive(car_of(services, "Y").owner_id)  # 李强's
    assert {key for key, _day in kept(services)} == {wang.id}
    for query in (QUERY, for_advisor(wang.id), for_advisor(li.id)):
        assert [(m.at_risk, m.lost) for m in service.lapsed(query, TODAY)] == from_visits(
            service, query)


def test_a_visit_written_by_another_program_forgets_the_figures_too(lapsing, tmp_path):
    from tests.postgres.books import connect

    services, _, _ = lapsing
    service = dashboard(services)
    service.lapsed(QUERY, TODAY)
    vehicle = car_of(services, "Y")
    other = connect(services.book.url)  # another program (or desk) writes the book
    with other:
        other.execute("INSERT INTO service_visits (vehicle_id, customer_id, date_in, "
                      "visit_type, total_fen, comments, created_at, version) "
                      "VALUES (?, ?, '2026-03-05', 'maintenance', 0, '', '2026-04-15 09:00:00', 1)",
                      (vehicle.id, vehicle.owner_id))
    other.close()
    assert set(kept(services)) == {(0, date(2026, 1, 31)), (0, date(2026, 2, 28))}
    assert [(m.at_risk, m.lost) for m in service.lapsed(QUERY, TODAY)] == from_visits(service)


def test_figures_read_before_a_change_are_not_kept(lapsing):
    services, _, _ = lapsing
    service = dashboard(services)
    ends = [date(2026, 1, 31), date(2026, 2, 28)]
    counts, stamp = service._lapsed_from_visits(None, ends, LapseThresholds())
    visit(services, car_of(services, "W"), date(2026, 4, 1))  # moves the stamp
    key = {"advisor_key": 0, "at_risk_months": 6, "lost_months": 12}
    service._store_lapsed(key, dict(zip(ends, counts, strict=True)), stamp)
    assert kept(services) == {}
    counts, stamp = service._lapsed_from_visits(None, ends, LapseThresholds())
    service._store_lapsed(key, dict(zip(ends, counts, strict=True)), stamp)
    assert len(kept(services)) == 2


def test_one_day_alone_gives_what_every_visit_gives(lapsing):
    services, wang, li = lapsing
    service = dashboard(services)
    day = date(2024, 12, 1)
    while day <= TODAY:
        for advisor in (None, wang.id, li.id):
            for lapse in (LapseThresholds(), LapseThresholds(3, 6), LapseThresholds(0, 1)):
                expected = service._lapsed_from_visits(advisor, [day], lapse)[0][0]
                assert service._lapsed_at(advisor, day, lapse) == expected, (day, advisor)
        day += timedelta(days=11)


def test_keep_month_ends_works_them_out_only_when_one_is_missing(lapsing):
    services, wang, li = lapsing
    service = dashboard(services)
    assert service.keep_month_ends(QUERY, TODAY) is True
    assert set(kept(services)) == {(0, date(2026, 1, 31)), (0, date(2026, 2, 28)),
                                   (0, date(2026, 3, 31))}
    assert service.keep_month_ends(QUERY, TODAY) is False  # all there: nothing read
    visit(services, car_of(services, "X"), date(2026, 3, 10))
    assert service.keep_month_ends(QUERY, TODAY) is True  # March forgotten, worked out again
    assert len(kept(services)) == 3
    assert service.keep_month_ends(for_advisor(li.id), TODAY, LapseThresholds(3, 6)) is True
    assert (li.id, date(2026, 3, 31)) in kept(services)
    this_month = DashboardQuery(date(2026, 4, 1), TODAY)
    assert service.keep_month_ends(this_month, TODAY) is False  # no month over yet
    assert DashboardQuery.last_months(TODAY) == DashboardQuery(date(2025, 5, 1), TODAY)
    assert DashboardQuery.last_months(date(2026, 12, 31), 1, 7) == DashboardQuery(
        date(2026, 12, 1), date(2026, 12, 31), 7)


def test_the_triggers_that_forget_lapsed_figures_exist_at_head(services):
    from tests.postgres.books import trigger_names

    names = trigger_names(services.book.url)
    assert {"service_visits_lapsed_ai", "service_visits_lapsed_ad", "service_visits_lapsed_au",
            "customers_lapsed_au", "customers_lapsed_ad"} <= names


# ---------------------------------------------------------------- advisors
def test_advisors_activity_in_the_range(services, monkeypatch):
    wang = services.staff.add("王芳")
    li = services.staff.add("李强")
    zhao = services.staff.add("赵敏")
    services.staff.add("闲人")  # nothing to show: left out
    jia = customer(services, "甲", advisor_id=wang.id)
    yi = customer(services, "乙", advisor_id=li.id)

    def contact(who, staff, when):
        services.timeline.log(InteractionInput(who.id, summary="电话回访", staff_id=staff.id,
                                               occurred_at=when))

    contact(jia, wang, datetime(2026, 1, 31, 23, 59, 59))
    contact(yi, wang, datetime(2026, 2, 1, 0, 0))
    contact(jia, li, datetime(2025, 12, 31, 23, 59))  # before the range
    contact(yi, li, datetime(2026, 6, 30, 23, 59, 59))
    contact(yi, li, datetime(2026, 7, 1, 0, 0))  # after it
    for who, day in ((jia, date(2026, 2, 3)), (yi, date(2026, 3, 3)), (yi, date(2025, 12, 3))):
        visit(services, car(services, who), day, 1_000, service_advisor_id=zhao.id)
    monkeypatch.setattr("app.services.outreach.followups.now", lambda: datetime(2026, 3, 10, 9, 0))
    done = services.followups.create(jia.id, FollowUpReason.OTHER, date(2026, 3, 9))
    services.followups.log_outcome(done, Outcome.REACHED)  # a contact of 王芳 too
    services.followups.cancel(services.followups.create(jia.id, FollowUpReason.OTHER,
                                                        date(2026, 3, 9)))
    monkeypatch.setattr("app.services.outreach.followups.now", lambda: datetime(2026, 7, 2, 9, 0))
    late = services.followups.create(yi.id, FollowUpReason.OTHER, date(2026, 6, 30))
    services.followups.log_outcome(late, Outcome.REACHED)  # closed after the range
    service = dashboard(services)
    assert service.advisors(QUERY) == (
        AdvisorActivity(wang.id, "王芳", 3, 1, 0),
        AdvisorActivity(zhao.id, "赵敏", 0, 0, 2),
        AdvisorActivity(li.id, "李强", 1, 0, 0),
    )
    assert service.advisors(for_advisor(wang.id)) == (  # the activity on 甲 only
        AdvisorActivity(wang.id, "王芳", 2, 1, 0),
        AdvisorActivity(zhao.id, "赵敏", 0, 0, 1),
    )


# ---------------------------------------------------------------- done and missed
@pytest.fixture
def desk(services):
    """Follow-ups in every state and birthdays handled in every way, January to April."""
    wang = services.staff.add("王芳")
    li = services.staff.add("李强")
    fu = services.followups

    def follow_up(due, advisor):
        return fu.create(people["key"].id, FollowUpReason.OTHER, due, advisor_id=advisor.id)

    people = {"key": customer(services, "大客户", advisor_id=wang.id, key_account=True)}
    fu.log_outcome(follow_up(date(2026, 1, 10), wang), Outcome.REACHED)  # done
    fu.cancel(follow_up(date(2026, 1, 31), wang))  # missed
    follow_up(date(2026, 2, 1), li)  # still open, due date passed: missed
    fu.snooze(follow_up(date(2026, 3, 5), li), date(2026, 4, 20))  # missed
    follow_up(date(2026, 4, 14), wang)  # missed
    follow_up(date(2026, 4, 15), wang)  # due today: not missed yet
    follow_up(date(2026, 5, 2), wang)  # after today's month

    for name, advisor, month, day in [("r1", wang, 1, 20), ("r2", li, 2, 10), ("r3", wang, 3, 5),
                                      ("r4", wang, 3, 20), ("r5", li, 4, 14), ("r6", wang, 4, 15),
                                      ("r7", wang, 4, 20), ("r8", li, 3, 25), ("gone", wang, 1, 5)]:
        people[name] = customer(services, name, advisor_id=advisor.id, birth_month=month,
                                birth_day=day)
    found = services.reminders.occurrences(date(2026, 1, 1), date(2026, 4, 30), today=TODAY)

    def occurrence(name):
        return next(o for o in found if o.customer_id == people[name].id)

    services.reminders.mark(occurrence("r1"), ReminderState.DONE)
    fu.act_on(occurrence("r2"), today=date(2026, 2, 8))  # a follow-up due 8 Feb, left open
    services.reminders.mark(occurrence("r3"), ReminderState.DISMISSED)
    services.reminders.mark(occurrence("r6"), ReminderState.DONE)  # on its day, today
    services.reminders.mark(occurrence("r7"), ReminderState.DONE)  # ahead of its day
    services.reminders.mark(occurrence("r8"), ReminderState.SNOOZED,
                            snoozed_until=date(2026, 4, 20))
    services.reminders.mark(occurrence("gone"), ReminderState.DONE)
    services.customers.archive(people["gone"].id)
    return services, wang, li


def test_done_and_missed_reminders_and_follow_ups_per_month(desk):
    services, wang, li = desk
    # reminders: the key account's New Year (1 Jan), Spring Festival (17 Feb) and Lantern
    # (3 Mar) and the birthdays; marks of any state are not missed; done = done or follow-up
    assert dashboard(services).done_missed(QUERY, TODAY) == (
        MonthDoneMissed(date(2026, 1, 1), 1, 1, 1, 1),  # r1 done; New Year missed
        MonthDoneMissed(date(2026, 2, 1), 1, 1, 0, 2),  # r2 followed up; 17 Feb missed
        MonthDoneMissed(date(2026, 3, 1), 0, 2, 0, 1),  # r3 dismissed, r8 snoozed; r4, 3 Mar
        MonthDoneMissed(date(2026, 4, 1), 2, 1, 0, 1),  # r6 today and r7 early done; r5 missed
    )


def test_done_and_missed_of_one_advisor(desk):
    services, wang, li = desk
    assert dashboard(services).done_missed(for_advisor(wang.id), TODAY) == (
        MonthDoneMissed(date(2026, 1, 1), 1, 1, 1, 1),
        MonthDoneMissed(date(2026, 2, 1), 0, 1, 0, 0),
        MonthDoneMissed(date(2026, 3, 1), 0, 2, 0, 0),
        MonthDoneMissed(date(2026, 4, 1), 2, 0, 0, 1),
    )
    assert dashboard(services).done_missed(for_advisor(li.id), TODAY) == (
        MonthDoneMissed(date(2026, 1, 1), 0, 0, 0, 0),
        MonthDoneMissed(date(2026, 2, 1), 1, 0, 0, 2),
        MonthDoneMissed(date(2026, 3, 1), 0, 0, 0, 1),
        MonthDoneMissed(date(2026, 4, 1), 0, 1, 0, 0),
    )


def test_missed_reminders_are_the_unmarked_occurrences_the_reminder_service_lists(desk):
    services, wang, _ = desk
    rows = dashboard(services).done_missed(QUERY, TODAY)
    for row in rows[:3]:  # the months before today's
        found = services.reminders.occurrences(row.month, month_end(row.month), today=TODAY,
                                               include_handled=True)
        assert row.reminders_missed == sum(1 for o in found if o.state is None) > 0


# ---------------------------------------------------------------- occurrences = ReminderService
REMINDER_TODAY = date(2026, 6, 15)
WINDOW = (date(2025, 6, 1), date(2026, 5, 31))


@pytest.fixture
def dated_book(services):
    """Every kind of reminder source, with the awkward dates: 29 February, lunar leap months
    and day 30, first anniversaries, archived customers and vehicles, dated items."""
    wang = services.staff.add("王芳")
    li = services.staff.add("李强")
    hh, fix = services.household, services.vehicles

    def member(owner, name, **kw):
        hh.add_member(HouseholdMemberRecord(owner.id, name, **kw))

    def item(owner, on, kind="custom", yearly=True):
        hh.add_date(ImportantDateRecord(owner.id, on, kind, "纪念日", yearly))

    a1 = customer(services, "闰日", advisor_id=wang.id, birth_year=1980, birth_month=2,
                  birth_day=29)
    a2 = customer(services, "腊月三十", advisor_id=wang.id, birthday_calendar=CalendarKind.LUNAR,
                  birth_month=12, birth_day=30)
    a3 = customer(services, "闰六月", advisor_id=li.id, birthday_calendar=CalendarKind.LUNAR,
                  birth_year=1987, birth_month=6, birth_day=10, birth_leap=True)
    a4 = customer(services, "六月", advisor_id=li.id, birthday_calendar=CalendarKind.LUNAR,
                  birth_month=6, birth_day=10)
    customer(services, "公司", kind=CustomerKind.COMPANY, advisor_id=wang.id, key_account=True,
             birth_month=5, birth_day=5)  # a company has no birthday reminder
    a7 = customer(services, "国庆", advisor_id=li.id, birth_month=10, birth_day=1,
                  key_account=True)
    customer(services, "大户", key_account=True)
    gone = customer(services, "走了", advisor_id=wang.id, birth_month=7, birth_day=1,
                    key_account=True)

    member(a1, "配偶", relation="spouse", birth_month=3, birth_day=15)
    member(a1, "孩子", relation="child", birthday_calendar="lunar", birth_month=1, birth_day=1)
    member(a3, "闰女", relation="child", birth_year=2012, birth_month=2, birth_day=29)
    member(a4, "无生日", relation="parent")
    member(gone, "家人", birth_month=8, birth_day=8)

    fix.add(a1.id, VehicleInput(make="大众", purchase_date=date(2024, 2, 29),
                                insurance_expiry=date(2025, 9, 10),
                                inspection_due=date(2026, 3, 1), warranty_end=date(2026, 5, 31)))
    fix.add(a2.id, VehicleInput(make="本田", purchase_date=date(2025, 7, 15),
                                insurance_expiry=date(2026, 1, 31)))
    old = fix.add(a3.id, VehicleInput(make="别克", purchase_date=date(2020, 6, 1),
                                      insurance_expiry=date(2025, 10, 1)))
    fix.set_archived(old.id, True)
    fix.add(gone.id, VehicleInput(make="日产", purchase_date=date(2019, 8, 8),
                                  insurance_expiry=date(2025, 11, 11)))
    fix.add(a7.id, VehicleInput(make="吉利", purchase_date=date(2016, 12, 31),
                                insurance_expiry=date(2026, 6, 1)))
    serviced = fix.add(a4.id, VehicleInput(make="丰田", purchase_date=date(2023, 5, 20)))
    for day, km in ((date(2025, 1, 10), 10_000), (date(2025, 4, 10), 15_000)):
        visit(services, serviced, day, 30_000, today=REMINDER_TODAY, mileage_km=km)

    item(a1, date(2000, 2, 29), "wedding_anniversary")
    item(a2, date(2025, 12, 20), yearly=False)
    item(a3, date(2025, 9, 9))  # yearly, first occurrence this window
    item(a4, date(2026, 7, 1))  # yearly from July 2026: nothing in the window
    item(a4, date(2024, 6, 10), yearly=False)  # once, before the window
    item(gone, date(2010, 10, 10), "wedding_anniversary")
    services.customers.archive(gone.id)
    return services, wang, li


def listed(services, start, end, advisor_id=None):
    return Counter((o.kind, o.occurs_on) for o in services.reminders.occurrences(
        start, end, today=REMINDER_TODAY, include_handled=True, advisor_id=advisor_id))


def month_windows(start, end):
    month = start
    while month <= end:
        following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        yield month, min(end, date.fromordinal(following.toordinal() - 1))
        month = following


def test_occurrence_counts_equal_the_reminder_service_month_by_month(dated_book):
    services, wang, li = dated_book
    service = dashboard(services)
    whole = service.occurrence_counts(*WINDOW)
    assert whole == listed(services, *WINDOW)
    # the awkward ones are really there (so the comparison is not of two empty lists)
    assert whole[(ReminderKind.BIRTHDAY, date(2026, 2, 28))] == 1  # 29 Feb
    assert whole[(ReminderKind.BIRTHDAY, date(2025, 8, 3))] == 1  # leap sixth month of 2025
    assert whole[(ReminderKind.BIRTHDAY, date(2025, 7, 4))] == 1  # the ordinary one
    assert whole[(ReminderKind.HOUSEHOLD_BIRTHDAY, date(2026, 2, 28))] == 1
    assert whole[(ReminderKind.WEDDING_ANNIVERSARY, date(2026, 2, 28))] == 1
    assert whole[(ReminderKind.PURCHASE_ANNIVERSARY, date(2026, 2, 28))] == 1
    assert whole[(ReminderKind.HOLIDAY, date(2026, 2, 17))] == 3  # three current key accounts
    assert sum(n for (k, _), n in whole.items() if k == ReminderKind.MAINTENANCE) == 1
    assert whole[(ReminderKind.BIRTHDAY, date(2026, 2, 16))] == 1  # lunar 12/30 on the 29th
    assert sum(whole.values()) == 34  # 5 birthdays, 3 in households, 8 from vehicles, 3
    # dated items and 5 holidays for 3 key accounts; nothing of the archived customer
    for start, end in month_windows(*WINDOW):
        for advisor in (None, wang.id, li.id):
            assert service.occurrence_counts(start, end, advisor) == \
                listed(services, start, end, advisor), (start, advisor)


def test_occurrence_counts_over_a_short_window_across_the_year_end(dated_book):
    services, _, _ = dated_book
    start, end = date(2025, 12, 20), date(2026, 1, 31)
    assert dashboard(services).occurrence_counts(start, end) == listed(services, start, end)
    assert dashboard(services).occurrence_counts(end, start) == Counter()


# ---------------------------------------------------------------- all at once
def test_build_is_every_chart_and_reports_progress(lane):
    services, wang, _ = lane
    service = dashboard(services)
    for query in (QUERY, for_advisor(wang.id)):
        calls = []
        data = service.build(query, TODAY, progress=lambda *a, calls=calls: calls.append(a))
        assert calls == [(i, 8) for i in range(1, 9)]
        assert (data.query, data.today) == (query, TODAY)
        assert data.tiers == service.tiers(query, TODAY)
        assert data.visits == service.visits(query)
        assert data.pareto == service.pareto(query)
        assert data.done_missed == service.done_missed(query, TODAY)
        assert data.lapsed == service.lapsed(query, TODAY)
        assert data.satisfaction == service.satisfaction(query)
        assert data.advisors == service.advisors(query)


def test_build_stops_when_progress_raises(lane):
    services, _, _ = lane

    class Superseded(Exception):
        pass

    def progress(done, total):
        raise Superseded  # what the view does when a newer request replaced this one

    with pytest.raises(Superseded):
        dashboard(services).build(QUERY, TODAY, progress=progress)


def test_build_passes_on_a_failure(services, monkeypatch):
    service = dashboard(services)

    def broken(*_a, **_k):
        raise RuntimeError("the book went away")

    monkeypatch.setattr(service, "lapsed", broken)
    with pytest.raises(RuntimeError, match="went away"):
        service.build(QUERY, TODAY)


def test_two_requests_at_once_work_the_month_ends_out_once(lapsing):
    """The start-up's keep_month_ends and a dashboard opened meanwhile: the second waits for
    the first's figures instead of reading every visit again."""
    import threading

    services, _, _ = lapsing
    service = dashboard(services)
    calls = []
    real = service._lapsed_from_visits

    def counted(*args):
        calls.append(args)
        return real(*args)

    service._lapsed_from_visits = counted
    start = threading.Barrier(2)
    results = []

    def ask():
        start.wait()
        results.append(service.lapsed(QUERY, TODAY))

    threads = [threading.Thread(target=ask) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert len(calls) == 1
    assert results[0] == results[1] and len(results) == 2
