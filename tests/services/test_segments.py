"""Customer value and segments over hand-built books with known answers."""

from datetime import date, timedelta

import pytest

from app.domain.enums import ConsentPurpose, FollowUpReason, PurchaseType, VisitType
from app.domain.records import CustomerInput, InteractionInput, VehicleInput
from app.domain.segments import SegmentFilter, Tier, ValueThresholds
from app.domain.service_rules import LapseThresholds
from app.domain.visit_records import VisitInput
from app.services.analytics.segments import SegmentService, window_start

TODAY = date(2026, 11, 22)  # the window of 3 years starts on 2023-11-22


def customer(services, name, **kw):
    return services.customers.create(CustomerInput(name=name, **kw))


def car(services, owner, make="丰田", model="凯美瑞", price=None, bought=None,
        how=PurchaseType.NEW_HERE):
    return services.vehicles.add(owner.id, VehicleInput(
        make=make, model=model, price_yuan=price, purchase_date=bought, purchase_type=how))


def visit(services, vehicle, day, fen, kind=VisitType.MAINTENANCE):
    services.visits.add(VisitInput(vehicle.id, day, kind, total_fen=fen), today=TODAY)


def by_id(values):
    return {cv.customer_id: cv for cv in values}


@pytest.fixture
def book(services):
    wang = customer(services, "王总", key_account=True)
    bmw = car(services, wang, "宝马", "X5", 400_000, date(2024, 5, 1))
    camry = car(services, wang, price=100_000, bought=date(2019, 1, 1), how=PurchaseType.USED_HERE)
    visit(services, bmw, date(2025, 1, 10), 50_000)
    visit(services, bmw, date(2025, 6, 10), 150_000, VisitType.REPAIR)
    visit(services, camry, date(2020, 6, 1), 1_000_000, VisitType.REPAIR)  # before the window
    visit(services, camry, date(2023, 11, 21), 70_000)  # the day before the window
    li = customer(services, "李四", referred_by_id=wang.id)
    golf = car(services, li, "大众", "高尔夫", 300_000, date(2025, 3, 1), PurchaseType.ELSEWHERE)
    for day, kind in [((2023, 11, 22), VisitType.MAINTENANCE), ((2024, 5, 1), VisitType.WASH),
                      ((2024, 11, 1), VisitType.MAINTENANCE), ((2025, 5, 1), VisitType.REPAIR),
                      ((2025, 11, 1), VisitType.MAINTENANCE), ((2026, 5, 1), VisitType.WASH)]:
        visit(services, golf, date(*day), 10_000, kind)
    zhao = customer(services, "赵六", referred_by_id=wang.id)
    car(services, zhao, price=250_000, bought=date(2026, 1, 1))
    gone = customer(services, "钱七", referred_by_id=wang.id)
    services.customers.archive(gone.id)
    nobody = customer(services, "孙八")
    return services, wang, li, zhao, gone, nobody


def test_value_counts_sales_here_and_service_in_the_window_only(book):
    services, wang, li, zhao, gone, nobody = book
    values = by_id(SegmentService(services.book).values(TODAY))
    assert set(values) == {wang.id, li.id, zhao.id, nobody.id}  # the archived one is left out
    assert values[wang.id].value_yuan == 400_000 + 500 + 1_500
    assert values[wang.id].visits == 2
    assert values[li.id].value_yuan == 600  # bought elsewhere: only the service counts
    assert values[li.id].visits == 6  # the window's first day counts
    assert values[zhao.id].value_yuan == 250_000
    assert values[nobody.id].value_yuan == 0


def test_loyalty_distinct_services_and_referrals(book):
    services, wang, li, zhao, _, nobody = book
    values = by_id(SegmentService(services.book).values(TODAY))
    assert values[wang.id].referrals == 2  # the archived referral is not counted
    assert values[wang.id].distinct_services == 2 + 1  # maintenance, repair + the BMW
    assert values[wang.id].loyalty == pytest.approx(2 / 3 + 3 + 2 * 2)
    assert values[li.id].distinct_services == 3
    assert values[li.id].loyalty == pytest.approx(6 / 3 + 3)
    assert values[zhao.id].loyalty == 1
    assert values[nobody.id].loyalty == 0


def test_tiers_for_the_four_combinations(book):
    services, wang, li, zhao, _, nobody = book
    values = by_id(SegmentService(services.book).values(TODAY))
    assert values[wang.id].tier == Tier.TOP  # high value, high loyalty
    assert values[li.id].tier == Tier.MIDDLE  # low value, high loyalty
    assert values[zhao.id].tier == Tier.MIDDLE  # high value, low loyalty
    assert values[nobody.id].tier == Tier.SMALL
    strict = by_id(SegmentService(services.book).values(
        TODAY, thresholds=ValueThresholds(high_value_yuan=500_000, high_loyalty=10)))
    assert {cv.tier for cv in strict.values()} == {Tier.SMALL}


def test_flags_and_recency(book):
    services, wang, li, zhao, _, nobody = book
    values = by_id(SegmentService(services.book).values(TODAY))
    w = values[wang.id]
    assert (w.group, w.repeat_buyer, w.premium, w.key_account) == (True, True, True, True)
    z = values[zhao.id]
    assert (z.group, z.repeat_buyer, z.premium, z.key_account) == (False, False, False, False)
    assert w.recency_days == (TODAY - date(2025, 6, 10)).days
    assert z.recency_days == (TODAY - date(2026, 1, 1)).days  # a purchase counts too
    assert values[nobody.id].recency_days is None
    assert values[nobody.id].r == 1
    # another premium list: the Camry's model makes 王总 premium, the BMW no longer does
    other = by_id(SegmentService(services.book).values(TODAY, premium_makes={"凯美瑞"}))
    assert other[wang.id].premium and other[zhao.id].premium
    assert not other[li.id].premium


def test_rfm_quintiles_and_pareto_on_ten_buyers(services):
    people = []
    for i in range(1, 11):
        person = customer(services, f"客户{i}")
        car(services, person, price=10_000 * i, bought=date(2026, 1, i))
        people.append(person.id)
    service = SegmentService(services.book)
    values = by_id(service.values(TODAY))
    assert [values[p].m for p in people] == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    assert [values[p].r for p in people] == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]  # later is better
    assert [values[p].f for p in people] == [1] * 10  # no visits: all tied
    assert service.pareto_share(list(values.values())) == pytest.approx(190_000 / 550_000)
    assert service.pareto_share([]) == 0.0


def test_equal_values_share_a_score(services):
    ids = []
    for i, price in enumerate([50_000, 50_000, 10_000, 90_000]):
        person = customer(services, f"客户{i}")
        car(services, person, price=price, bought=date(2026, 2, 1))
        ids.append(person.id)
    values = by_id(SegmentService(services.book).values(TODAY))
    # ranked 10k (1 of 4), 50k 50k (2-3), 90k (4): ceil(5 x top position / 4)
    assert [values[p].m for p in ids] == [4, 4, 2, 5]
    assert {values[p].r for p in ids} == {5}  # the same purchase day: all at the top
    assert {values[p].f for p in ids} == {1}  # no visits: nothing to score


def pandas_rfm(values, higher_is_better=True):
    """ceil(5 x rank / n) with pandas' rank(method="max"), worst first; None (nothing to
    score) ranked first of all and scored 1."""
    import numpy as np
    import pandas as pd

    s = pd.Series([np.nan if v is None else v for v in values], dtype="float64")
    rank = s.rank(method="max", ascending=higher_is_better, na_option="top")
    return np.ceil(5 * rank / len(s)).where(s.notna(), 1).astype(int).tolist()


def test_rfm_on_a_book_with_many_ties_equals_the_pandas_computation(services):
    """45 customers, a third of them seen today with the same bill: they all get R = 5."""
    # (how many, [(days before TODAY, fen) of each visit], car bought here (days, yuan))
    plan = [
        (15, [(0, 50_000)], None),  # seen today, one visit of 500 yuan: tied on R, F and M
        (8, [(30, 50_000), (400, 50_000)], None),
        (6, [(200, 10_000), (300, 20_000), (350, 30_000)], None),
        (4, [(700, 90_000)], None),
        (5, [], (500, 100_000)),  # bought here, never serviced
        (7, [], None),  # never seen
    ]
    expected = {}  # customer id -> (recency days, visits in the window, value in yuan)
    for group, (count, visits, bought) in enumerate(plan):
        for i in range(count):
            person = customer(services, f"客户{group}-{i}")
            if bought is not None:
                days, yuan = bought
                car(services, person, price=yuan, bought=TODAY - timedelta(days=days))
            elif visits:
                vehicle = car(services, person, how=PurchaseType.ELSEWHERE)
                for days, fen in visits:
                    visit(services, vehicle, TODAY - timedelta(days=days), fen)
            days_ago = [d for d, _ in visits] + ([bought[0]] if bought else [])
            expected[person.id] = (min(days_ago, default=None), len(visits),
                                   sum(fen for _, fen in visits) / 100
                                   + (bought[1] if bought else 0))
    values = by_id(SegmentService(services.book).values(TODAY))
    ids = sorted(expected)
    assert [(values[c].recency_days, values[c].visits, values[c].value_yuan) for c in ids] == [
        expected[c] for c in ids]
    want_r = pandas_rfm([expected[c][0] for c in ids], higher_is_better=False)
    want_f = pandas_rfm([expected[c][1] or None for c in ids])
    want_m = pandas_rfm([expected[c][2] or None for c in ids])
    assert [values[c].r for c in ids] == want_r
    assert [values[c].f for c in ids] == want_f
    assert [values[c].m for c in ids] == want_m
    seen_today = [c for c in ids if expected[c][0] == 0]
    assert len(seen_today) == 15 and {values[c].r for c in seen_today} == {5}
    never_seen = [c for c in ids if expected[c][0] is None]
    assert {(values[c].r, values[c].f, values[c].m) for c in never_seen} == {(1, 1, 1)}


def test_window_start_handles_the_leap_day():
    assert window_start(date(2024, 2, 29), 3) == date(2021, 2, 28)
    assert window_start(TODAY, 3) == date(2023, 11, 22)


# ---------------------------------------------------------------- segment filters
def ids_of(services, segment, **kw):
    return SegmentService(services.book).matching_ids(segment, TODAY, **kw)


def test_an_empty_filter_lets_everyone_through(book):
    services, *_ = book
    assert ids_of(services, SegmentFilter()) is None


def test_tier_rfm_and_flag_filters(book):
    services, wang, li, zhao, gone, nobody = book
    assert ids_of(services, SegmentFilter(tiers=frozenset({Tier.TOP}))) == {wang.id}
    assert ids_of(services, SegmentFilter(tiers=frozenset({Tier.MIDDLE}))) == {li.id, zhao.id}
    assert ids_of(services, SegmentFilter(tiers=frozenset({Tier.TOP, Tier.MIDDLE}))) == {
        wang.id, li.id, zhao.id}
    values = by_id(SegmentService(services.book).values(TODAY))
    best_m = max(cv.m for cv in values.values())
    assert ids_of(services, SegmentFilter(m_min=best_m)) == {
        cid for cid, cv in values.items() if cv.m >= best_m}
    assert ids_of(services, SegmentFilter(r_min=5, f_min=5, m_min=5)) == {
        cid for cid, cv in values.items() if min(cv.r, cv.f, cv.m) == 5}
    assert ids_of(services, SegmentFilter(group=True)) == {wang.id}
    assert ids_of(services, SegmentFilter(group=False)) == {li.id, zhao.id, nobody.id}
    assert ids_of(services, SegmentFilter(repeat=True)) == {wang.id}
    assert ids_of(services, SegmentFilter(repeat=False)) == {li.id, zhao.id, nobody.id}
    assert ids_of(services, SegmentFilter(premium=True)) == {wang.id}
    assert ids_of(services, SegmentFilter(premium=True), premium_makes={"大众"}) == {li.id}
    strict = ValueThresholds(high_value_yuan=10**9, high_loyalty=100)
    assert ids_of(services, SegmentFilter(tiers=frozenset({Tier.SMALL})), thresholds=strict) == {
        wang.id, li.id, zhao.id, nobody.id}


def test_key_account_lapse_and_tag_filters_combine(book):
    services, wang, li, zhao, gone, nobody = book
    tagged = customer(services, "周九", tags=("VIP",))
    customer(services, "吴十", tags=("车队",))
    assert ids_of(services, SegmentFilter(key_account=True)) == {wang.id}
    assert wang.id not in ids_of(services, SegmentFilter(key_account=False))
    # last visits: 王总 2025-06-10 (lost), 李四 2026-05-01 (at risk), others never
    assert ids_of(services, SegmentFilter(lapse="lost")) == {wang.id}
    assert ids_of(services, SegmentFilter(lapse="at_risk")) == {li.id}
    assert ids_of(services, SegmentFilter(lapse="active")) == set()
    assert ids_of(services, SegmentFilter(lapse="never")) >= {zhao.id, nobody.id, tagged.id}
    assert gone.id not in ids_of(services, SegmentFilter(lapse="never"))  # archived
    # longer thresholds make 李四 active and 王总 only at risk
    longer = LapseThresholds(at_risk_months=7, lost_months=24)
    assert ids_of(services, SegmentFilter(lapse="active"), lapse=longer) == {li.id}
    assert ids_of(services, SegmentFilter(lapse="at_risk"), lapse=longer) == {wang.id}
    assert ids_of(services, SegmentFilter(tag="VIP")) == {tagged.id}
    assert ids_of(services, SegmentFilter(tag="VIP", lapse="lost")) == set()
    # combined with value criteria: key accounts of the top tier, lost
    assert ids_of(services, SegmentFilter(tiers=frozenset({Tier.TOP}), key_account=True,
                                          lapse="lost")) == {wang.id}
    assert ids_of(services, SegmentFilter(tiers=frozenset({Tier.TOP}), lapse="at_risk")) == set()


def test_cached_values_are_reused_until_forgotten(book):
    services, wang, *_ = book
    segments = SegmentService(services.book)
    first, by, stamp = segments.cached(TODAY)
    again, _, stamp2 = segments.cached(TODAY)
    assert again is first and stamp2 == stamp
    other, _, _ = segments.cached(TODAY, thresholds=ValueThresholds(1, 1))
    assert other is not first  # other arguments: worked out again
    assert by[wang.id].tier == Tier.TOP
    segments.forget()
    assert segments.cached(TODAY)[0] is not other


def test_a_campaign_puts_one_call_per_customer_on_their_advisors_sheet(services):
    advisor = services.staff.add("王芳")
    other = services.staff.add("李明")
    a = customer(services, "甲", advisor_id=advisor.id)
    b = customer(services, "乙", advisor_id=other.id)
    c = customer(services, "丙")
    for who in (a, b, c):  # campaign calls are marketing: they agreed
        services.consents.set(who.id, ConsentPurpose.MARKETING, True, TODAY)
    created, skipped = services.followups.create_many(
        [a.id, b.id, c.id, a.id], FollowUpReason.CAMPAIGN, TODAY, notes=" 感谢回访 ")
    assert (created, skipped) == (3, 0)
    calls = {f.customer_id: f for f in services.followups.list(statuses=None)}
    assert calls[a.id].advisor_id == advisor.id and calls[b.id].advisor_id == other.id
    assert calls[c.id].advisor_id is None
    assert calls[a.id].reason == FollowUpReason.CAMPAIGN and calls[a.id].notes == "感谢回访"
    sheet = services.callsheet.for_day(TODAY, advisor_id=advisor.id)
    assert [line.customer_id for line in sheet.lines] == [a.id]
    # a second campaign skips the customers who still have one open
    assert services.followups.create_many([a.id, b.id], FollowUpReason.CAMPAIGN, TODAY) == (0, 2)


def test_cached_values_follow_a_new_visit_and_a_new_car(book):
    services, wang, li, zhao, _, nobody = book
    segments = SegmentService(services.book)
    before, by_id, _ = segments.cached(TODAY)
    assert by_id[nobody.id].visits == 0
    golf = car(services, nobody, "大众", "高尔夫", 500_000, date(2026, 10, 1))
    after_car, by_id, _ = segments.cached(TODAY)
    assert after_car is not before and by_id[nobody.id].value_yuan == 500_000
    visit(services, golf, date(2026, 11, 1), 80_000)
    _, by_id, _ = segments.cached(TODAY)
    assert by_id[nobody.id].visits == 1 and by_id[nobody.id].value_yuan == 500_800
    services.timeline.log(InteractionInput(customer_id=nobody.id, summary="回访"))
    assert segments.cached(TODAY)[1] is by_id  # a logged call changes no value: kept


# ---------------------------------------------------------------- tiers counted in SQL
def tiers_of(values, ids=None):
    """{tier: (customers, fen)} counted from `values` in Python."""
    out = {t: [0, 0] for t in Tier}
    for cv in values:
        if ids is None or cv.customer_id in ids:
            out[cv.tier][0] += 1
            out[cv.tier][1] += round(cv.value_yuan * 100)
    return {t: tuple(n) for t, n in out.items()}


def test_tier_counts_in_sql_equal_the_values_tiers_on_the_hand_built_book(book):
    services, wang, li, zhao, gone, nobody = book
    segments = SegmentService(services.book)
    assert segments.tier_counts(TODAY)[Tier.SMALL] == (1, 0)  # 孙八 (nobody)
    for years, thresholds in [(3, ValueThresholds()), (1, ValueThresholds(250_000, 5.0)),
                              (5, ValueThresholds(600, 2 / 3 + 3 + 4)), (2, ValueThresholds(0, 0))]:
        expected = tiers_of(segments.values(TODAY, years, thresholds))
        assert segments.tier_counts(TODAY, years, thresholds) == expected, (years, thresholds)
    # the bounds count as high, exactly: 王总 has 402,000 yuan and loyalty 2/3 + 3 + 4
    at_bounds = segments.tier_counts(TODAY, 3, ValueThresholds(402_000, 2 / 3 + 3 + 4))
    assert at_bounds[Tier.TOP] == (1, 40_200_000)
    from sqlalchemy import select

    from app.db.models import Customer

    only = select(Customer.id).where(Customer.id.in_([wang.id, nobody.id, gone.id]))
    assert segments.tier_counts(TODAY, customers=only) == tiers_of(
        segments.values(TODAY), {wang.id, nobody.id})


def test_tier_counts_in_sql_equal_the_values_tiers_on_a_generated_book(tmp_path):
    from sqlalchemy import select

    from app.db.models import Customer
    from app.demo.generator import generate_demo
    from app.services.admin.book import open_book

    path = tmp_path / "demo.db"
    generate_demo(path, customers=400, seed=11, today=TODAY)
    services = open_book(path)
    try:
        segments = SegmentService(services.book)
        values = segments.values(TODAY)
        assert len({cv.tier for cv in values}) == 3  # the book has every tier
        for years, thresholds in [(3, ValueThresholds()), (1, ValueThresholds(20_000, 2.5)),
                                  (4, ValueThresholds(150_000, 6.0))]:
            expected = tiers_of(segments.values(TODAY, years, thresholds))
            assert segments.tier_counts(TODAY, years, thresholds) == expected
        for advisor in services.staff.list()[:3]:
            mine = select(Customer.id).where(Customer.advisor_id == advisor.id)
            with services.book.reading() as session:
                ids = set(session.execute(mine).scalars())
            assert segments.tier_counts(TODAY, customers=mine) == tiers_of(values, ids)
    finally:
        services.close()
