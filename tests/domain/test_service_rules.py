"""Service-lane rules: intervals, daily mileage, next-service forecast, lapsed customers."""

from datetime import date, timedelta

import pytest

from app.domain.service_rules import (
    DEFAULT_DAILY_KM,
    DEFAULT_INTERVAL,
    DEFAULT_INTERVALS,
    MAX_DAILY_KM,
    LapseStatus,
    LapseThresholds,
    MaintenanceInterval,
    add_months,
    average_daily_km,
    interval_for,
    lapse_cutoffs,
    lapse_status,
    predict_next_service,
)

D = date
YEARLY_10K = MaintenanceInterval(months=12, km=10_000)
HALF_YEAR_5K = MaintenanceInterval(months=6, km=5_000)


# ---- intervals ----------------------------------------------------------------------------


def test_interval_for_known_makes_uses_the_table():
    assert interval_for("丰田") == MaintenanceInterval(6, 5_000)
    assert interval_for("大众") == MaintenanceInterval(6, 7_500)
    assert interval_for("宝马").months == 12
    assert interval_for("特斯拉") == MaintenanceInterval(12, 20_000)
    assert interval_for(" 本田 ") == interval_for("本田")


def test_every_make_the_spec_names_has_an_entry():
    for make in "大众 丰田 本田 别克 日产 奥迪 宝马 奔驰 比亚迪 吉利 长安 哈弗 理想 特斯拉 蔚来 小鹏".split():
        assert make in DEFAULT_INTERVALS


def test_interval_for_unknown_or_empty_make_is_the_default_interval():
    assert interval_for("无名牌") == DEFAULT_INTERVAL
    assert interval_for("") == DEFAULT_INTERVAL
    assert DEFAULT_INTERVAL == MaintenanceInterval(months=12, km=10_000)


def test_interval_for_override_mapping_wins_and_falls_back_for_other_makes():
    custom = {"丰田": MaintenanceInterval(12, 10_000), "五菱": MaintenanceInterval(3, 3_000)}
    assert interval_for("丰田", custom) == MaintenanceInterval(12, 10_000)
    assert interval_for("五菱", custom) == MaintenanceInterval(3, 3_000)
    assert interval_for("本田", custom) == DEFAULT_INTERVALS["本田"]
    assert interval_for("无名牌", custom) == DEFAULT_INTERVAL


def test_interval_for_joint_venture_names_find_the_brand_named_last():
    assert interval_for("一汽-大众") == DEFAULT_INTERVALS["大众"]
    assert interval_for("东风日产") == DEFAULT_INTERVALS["日产"]
    assert interval_for("长安福特") == DEFAULT_INTERVALS["福特"]
    assert interval_for("上汽通用别克") == DEFAULT_INTERVALS["别克"]


def test_interval_for_latin_override_keys_match_case_insensitively():
    assert interval_for("bmw", {"BMW": MaintenanceInterval(24, 30_000)}).km == 30_000


def test_maintenance_interval_must_be_positive():
    with pytest.raises(ValueError):
        MaintenanceInterval(0, 5_000)
    with pytest.raises(ValueError):
        MaintenanceInterval(6, 0)


# ---- add_months ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2025, 1, 15), 1, D(2025, 2, 15)),
        (D(2025, 1, 31), 1, D(2025, 2, 28)),
        (D(2024, 1, 31), 1, D(2024, 2, 29)),
        (D(2024, 2, 29), 12, D(2025, 2, 28)),
        (D(2024, 2, 29), 48, D(2028, 2, 29)),
        (D(2024, 8, 31), 6, D(2025, 2, 28)),
        (D(2025, 3, 31), 1, D(2025, 4, 30)),
        (D(2025, 11, 30), 3, D(2026, 2, 28)),
        (D(2025, 12, 15), 1, D(2026, 1, 15)),
        (D(2025, 1, 15), -1, D(2024, 12, 15)),
        (D(2025, 2, 28), -6, D(2024, 8, 28)),
        (D(2024, 8, 31), -6, D(2024, 2, 29)),
        (D(2025, 3, 31), -1, D(2025, 2, 28)),
        (D(2025, 5, 5), 0, D(2025, 5, 5)),
    ],
)
def test_add_months_clamps_to_month_end(day, months, expected):
    assert add_months(day, months) == expected


# ---- average daily mileage ----------------------------------------------------------------


def test_average_daily_km_50_a_day_over_100_days_in_any_order():
    history = [(D(2025, 4, 11), 15_000), (D(2025, 1, 1), 10_000), (D(2025, 2, 20), 12_000)]
    assert average_daily_km(history) == pytest.approx(50.0)


def test_average_daily_km_fewer_than_two_points_is_the_fallback():
    assert average_daily_km([]) == DEFAULT_DAILY_KM
    assert average_daily_km([(D(2025, 1, 1), 10_000)]) == DEFAULT_DAILY_KM
    assert average_daily_km([(D(2025, 1, 1), 10_000)], fallback=25) == 25


def test_average_daily_km_same_day_readings_are_one_point():
    same_day = [(D(2025, 1, 1), 10_000), (D(2025, 1, 1), 10_050)]
    assert average_daily_km(same_day, fallback=33) == 33
    history = same_day + [(D(2025, 1, 11), 10_550)]
    assert average_daily_km(history) == pytest.approx(50.0)  # the day's highest reading counts


def test_average_daily_km_ignores_readings_that_go_backwards():
    history = [
        (D(2025, 1, 1), 10_000),
        (D(2025, 2, 1), 1_200),  # odometer typed short
        (D(2025, 4, 11), 15_000),
        (D(2025, 4, 20), 14_000),  # lower than an earlier reading
    ]
    assert average_daily_km(history) == pytest.approx(50.0)


def test_average_daily_km_only_backwards_readings_leave_too_few_points():
    history = [(D(2025, 1, 1), 10_000), (D(2025, 3, 1), 9_000)]
    assert average_daily_km(history, fallback=40) == 40


def test_average_daily_km_never_negative_and_zero_for_a_car_that_stood_still():
    assert average_daily_km([(D(2025, 1, 1), 8_000), (D(2025, 6, 1), 8_000)]) == 0.0


def test_average_daily_km_absurd_values_are_capped():
    history = [(D(2025, 1, 1), 10_000), (D(2025, 1, 3), 90_000)]
    assert average_daily_km(history) == MAX_DAILY_KM == 500


def test_average_daily_km_negative_fallback_is_zero():
    assert average_daily_km([], fallback=-5) == 0.0


# ---- next service -------------------------------------------------------------------------


def test_prediction_distance_first_for_a_heavy_driver():
    # 50 km/day: 10,000 km in 200 days, well before 12 months
    history = [(D(2025, 1, 1), 10_000), (D(2025, 4, 11), 15_000)]
    p = predict_next_service(D(2025, 1, 1), 10_000, history, YEARLY_10K)
    assert p.by == "distance"
    assert p.due_km == 20_000
    assert p.daily_km == pytest.approx(50.0)
    assert p.based_on_history is True
    # projected from the latest reading: 5,000 km to go at 50 a day
    assert p.due_date == D(2025, 4, 11) + timedelta(days=100)
    assert p.due_date == D(2025, 1, 1) + timedelta(days=200)


def test_prediction_time_first_for_a_light_driver():
    # 10 km/day: 10,000 km would take 1,000 days; the 12 months come first
    history = [(D(2025, 1, 1), 10_000), (D(2025, 4, 11), 11_000)]
    p = predict_next_service(D(2025, 1, 1), 10_000, history, YEARLY_10K)
    assert p.by == "time"
    assert p.due_date == D(2026, 1, 1)
    assert p.due_km == 20_000
    assert p.daily_km == pytest.approx(10.0)


def test_prediction_time_limit_uses_month_end_clamping():
    p = predict_next_service(D(2024, 8, 31), 0, [], HALF_YEAR_5K, fallback_daily_km=1)
    assert p.by == "time"
    assert p.due_date == D(2025, 2, 28)


def test_prediction_tie_counts_as_time():
    # 6 months from 1 Jan 2025 is 1 Jul; at 20 km/day from the 11 Jan reading (200 km) the
    # remaining 3,420 km also take until 1 Jul (171 days)
    interval = MaintenanceInterval(months=6, km=181 * 20)
    history = [(D(2025, 1, 1), 0), (D(2025, 1, 11), 200)]
    p = predict_next_service(D(2025, 1, 1), 0, history, interval)
    assert p.due_date == D(2025, 7, 1)
    assert p.by == "time"


def test_prediction_with_fewer_than_two_visits_uses_the_fallback():
    p = predict_next_service(D(2025, 1, 1), 10_000, [(D(2025, 1, 1), 10_000)], HALF_YEAR_5K)
    assert p.based_on_history is False
    assert p.daily_km == DEFAULT_DAILY_KM
    # 5,000 km at 40 km/day = 125 days, before 6 months (181 days)
    assert p.by == "distance"
    assert p.due_date == D(2025, 1, 1) + timedelta(days=125)


def test_prediction_with_no_history_and_custom_fallback():
    p = predict_next_service(D(2025, 1, 1), 10_000, [], YEARLY_10K, fallback_daily_km=20)
    assert p.based_on_history is False
    assert p.daily_km == 20
    assert p.by == "time"
    assert p.due_date == D(2026, 1, 1)


def test_prediction_rounds_the_distance_day_up():
    # 30 km/day, 5,000 km -> 166.67 days: the limit is reached on day 167
    history = [(D(2025, 1, 1), 0), (D(2025, 1, 11), 300)]
    p = predict_next_service(D(2025, 1, 1), 0, history, HALF_YEAR_5K)
    assert p.due_date == D(2025, 1, 1) + timedelta(days=167)


def test_prediction_exact_division_is_not_pushed_a_day_late_by_float_error():
    # 1,000 km over 3 days: 1,000 / 333.33... is 3.0000000000000004 in floating point
    history = [(D(2025, 1, 1), 0), (D(2025, 1, 4), 1_000)]
    p = predict_next_service(D(2025, 1, 4), 1_000, history, MaintenanceInterval(12, 1_000))
    assert p.due_date == D(2025, 1, 7)


def test_prediction_unknown_service_km_uses_latest_odometer():
    history = [(D(2025, 1, 1), 10_000), (D(2025, 4, 11), 15_000)]
    p = predict_next_service(D(2025, 4, 11), None, history, YEARLY_10K)
    assert p.due_km == 25_000
    assert p.due_date == D(2025, 4, 11) + timedelta(days=200)


def test_prediction_unknown_service_km_and_no_history_starts_at_zero():
    p = predict_next_service(D(2025, 1, 1), None, [], HALF_YEAR_5K)
    assert p.due_km == 5_000
    assert p.based_on_history is False


def test_prediction_ignores_backwards_readings():
    history = [
        (D(2025, 1, 1), 10_000),
        (D(2025, 3, 1), 2_000),  # typo
        (D(2025, 4, 11), 15_000),
    ]
    p = predict_next_service(D(2025, 1, 1), 10_000, history, YEARLY_10K)
    assert p.daily_km == pytest.approx(50.0)
    assert p.due_date == D(2025, 1, 1) + timedelta(days=200)


def test_prediction_same_day_readings_only_is_fallback():
    history = [(D(2025, 1, 1), 10_000), (D(2025, 1, 1), 10_020)]
    p = predict_next_service(D(2025, 1, 1), 10_000, history, YEARLY_10K)
    assert p.based_on_history is False
    assert p.daily_km == DEFAULT_DAILY_KM


def test_prediction_absurd_mileage_is_capped():
    history = [(D(2025, 1, 1), 0), (D(2025, 1, 2), 100_000)]
    p = predict_next_service(D(2025, 1, 1), 0, history, YEARLY_10K)
    assert p.daily_km == MAX_DAILY_KM
    assert p.based_on_history is True
    assert p.by == "distance"
    # the reading on 2 Jan (100,000 km) is already past due_km 10,000: due that day
    assert p.due_date == D(2025, 1, 2)


def test_prediction_car_that_stood_still_is_due_by_time():
    history = [(D(2025, 1, 1), 8_000), (D(2025, 6, 1), 8_000)]
    p = predict_next_service(D(2025, 1, 1), 8_000, history, HALF_YEAR_5K)
    assert p.daily_km == 0.0
    assert p.by == "time"
    assert p.due_date == D(2025, 7, 1)


def test_prediction_tiny_daily_mileage_does_not_overflow_dates():
    history = [(D(2025, 1, 1), 0), (D(2025, 12, 31), 1)]
    p = predict_next_service(D(2025, 1, 1), 0, history, MaintenanceInterval(12, 10_000_000))
    assert p.by == "time"
    assert p.due_date == D(2026, 1, 1)


def test_prediction_readings_before_the_last_service_only_set_the_rate():
    # history from an earlier owner period; last service later at a known mileage
    history = [(D(2024, 1, 1), 0), (D(2024, 4, 10), 5_000)]  # 50 km/day
    p = predict_next_service(D(2025, 1, 1), 20_000, history, YEARLY_10K)
    assert p.due_km == 30_000
    assert p.due_date == D(2025, 1, 1) + timedelta(days=200)


# ---- lapse --------------------------------------------------------------------------------


def test_lapse_no_visit_is_never():
    assert lapse_status(None, D(2025, 3, 15)) is LapseStatus.NEVER


@pytest.mark.parametrize(
    ("last_visit", "expected"),
    [
        (D(2025, 3, 15), LapseStatus.ACTIVE),  # today
        (D(2025, 4, 1), LapseStatus.ACTIVE),  # a future date
        (D(2024, 9, 15), LapseStatus.ACTIVE),  # exactly 6 months ago
        (D(2024, 9, 14), LapseStatus.AT_RISK),  # one day earlier
        (D(2024, 3, 15), LapseStatus.AT_RISK),  # exactly 12 months ago
        (D(2024, 3, 14), LapseStatus.LOST),  # one day earlier
        (D(2020, 1, 1), LapseStatus.LOST),
    ],
)
def test_lapse_boundary_days(last_visit, expected):
    assert lapse_status(last_visit, D(2025, 3, 15)) is expected


@pytest.mark.parametrize(
    ("today", "last_visit", "expected"),
    [
        # 6 months before 28 Feb 2025 is 28 Aug 2024
        (D(2025, 2, 28), D(2024, 8, 28), LapseStatus.ACTIVE),
        (D(2025, 2, 28), D(2024, 8, 27), LapseStatus.AT_RISK),
        (D(2025, 2, 28), D(2024, 8, 31), LapseStatus.ACTIVE),
        # a visit on 31 Aug is due back 28 Feb; from 1 Mar it is at risk
        (D(2025, 3, 1), D(2024, 8, 31), LapseStatus.AT_RISK),
        # 6 months before 31 Aug 2024 is 29 Feb 2024 (leap year)
        (D(2024, 8, 31), D(2024, 2, 29), LapseStatus.ACTIVE),
        (D(2024, 8, 31), D(2024, 2, 28), LapseStatus.AT_RISK),
        # 12 months before 28 Feb 2025 is 28 Feb 2024; 29 Feb 2024 is later
        (D(2025, 2, 28), D(2024, 2, 29), LapseStatus.AT_RISK),
        (D(2025, 2, 28), D(2024, 2, 28), LapseStatus.AT_RISK),
        (D(2025, 2, 28), D(2024, 2, 27), LapseStatus.LOST),
        # 12 months before 1 Mar 2025 is 1 Mar 2024: a 29 Feb 2024 visit is lost
        (D(2025, 3, 1), D(2024, 2, 29), LapseStatus.LOST),
        # 12 months before 29 Feb 2024 is 28 Feb 2023
        (D(2024, 2, 29), D(2023, 2, 28), LapseStatus.AT_RISK),
        (D(2024, 2, 29), D(2023, 2, 27), LapseStatus.LOST),
    ],
)
def test_lapse_boundaries_at_month_ends_and_leap_days(today, last_visit, expected):
    assert lapse_status(last_visit, today) is expected


def test_lapse_custom_thresholds():
    t = LapseThresholds(at_risk_months=3, lost_months=9)
    today = D(2025, 6, 30)
    assert lapse_status(D(2025, 3, 30), today, t) is LapseStatus.ACTIVE
    assert lapse_status(D(2025, 3, 29), today, t) is LapseStatus.AT_RISK
    assert lapse_status(D(2024, 9, 30), today, t) is LapseStatus.AT_RISK
    assert lapse_status(D(2024, 9, 29), today, t) is LapseStatus.LOST


def test_lapse_thresholds_must_be_ordered():
    with pytest.raises(ValueError):
        LapseThresholds(at_risk_months=12, lost_months=6)
    with pytest.raises(ValueError):
        LapseThresholds(at_risk_months=-1, lost_months=6)


def test_lapse_cutoffs_are_the_months_back():
    assert lapse_cutoffs(D(2025, 3, 15)) == (D(2024, 9, 15), D(2024, 3, 15))
    assert lapse_cutoffs(D(2024, 8, 31)) == (D(2024, 2, 29), D(2023, 8, 31))


def _status_from_cutoffs(last_visit, at_risk_before, lost_before):
    if last_visit < lost_before:
        return LapseStatus.LOST
    if last_visit < at_risk_before:
        return LapseStatus.AT_RISK
    return LapseStatus.ACTIVE


@pytest.mark.parametrize("thresholds", [LapseThresholds(), LapseThresholds(1, 3)])
def test_lapse_cutoffs_agree_with_lapse_status_every_day_over_two_years(thresholds):
    # every "today" from Dec 2023 to Nov 2025 (29 Feb 2024 and all month ends); for each, every
    # visit day within a week of either cutoff, and every 5th day from 14 months back to today
    start = D(2023, 12, 1)
    week = [timedelta(days=k) for k in range(-7, 8)]
    for n in range(731):
        today = start + timedelta(days=n)
        at_risk_before, lost_before = lapse_cutoffs(today, thresholds)
        first = add_months(today, -thresholds.lost_months - 2)
        visits = [first + timedelta(days=k) for k in range(0, (today - first).days + 8, 5)]
        visits += [cutoff + d for cutoff in (at_risk_before, lost_before) for d in week]
        for visit in visits:
            expected = _status_from_cutoffs(visit, at_risk_before, lost_before)
            assert lapse_status(visit, today, thresholds) is expected, (today, visit)
