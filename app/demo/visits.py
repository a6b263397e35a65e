"""Service visits of the demo book: maintenance at each make's interval, repairs, bodywork,
warranty work, inspections, washes and accessories, each with its lines of work, drawn from the
third stream (`visits`); some customers stopped coming (at risk, lost)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from app.demo.state import State
from app.domain.enums import PurchaseType, VisitType
from app.domain.service_rules import interval_for

if TYPE_CHECKING:
    from app.demo.generator import Generator

# ---------------------------------------------------------------- service visits
# (a third random stream: adding them left every other table of a seed as it was, except
# the cards' mileage, which follows the latest visit, and the customers' last visit day)
LAPSED_SHARE = 0.15  # of customers with a car: stopped coming (half at risk, half lost)
SKIP_SHARE = 0.05  # of due maintenances: done elsewhere (no visit)
VISIT_RATES = (  # visits a year besides maintenance; repairs grow with the car's age
    (VisitType.BODYWORK, 0.12),
    (VisitType.WASH, 0.7),
    (VisitType.ACCESSORY, 0.04),
)
WARRANTY_RATE = 0.18
INSPECTION_SHARE = 0.3  # of yearly inspections: done through us
PREMIUM_MAKES = frozenset(("奥迪", "宝马", "奔驰"))
SATISFACTION = ((5, 55), (4, 30), (3, 8), (2, 4), (1, 3))
RATED_SHARE = 0.6
# (description, lowest, highest yuan)
OIL = (("更换机油 5W-30 全合成 4L", 280, 600), ("更换机油 0W-20 全合成 4L", 300, 650))
PREMIUM_OIL = (("更换原厂机油 0W-40 全合成 5L", 550, 900), ("更换原厂机油 5W-30 长效 5L", 500, 850))
OIL_FILTER = ("更换机油滤清器", 40, 120)
MAINTENANCE_EXTRAS = (("更换空气滤清器", 60, 180), ("更换空调滤芯", 60, 160),
                      ("更换刹车油", 150, 300), ("清洗节气门", 100, 200))
MAINTENANCE_LABOUR = ("保养工时", 100, 300)
FIRST_SERVICE_LABOUR = ("首保工时（厂家免费）", 0, 0)
EV_MAINTENANCE = (("三电系统检测", 100, 300), ("更换空调滤芯", 80, 180), ("轮胎换位及动平衡", 80, 160),
                  ("更换刹车油", 200, 350), ("冷却液检测补充", 50, 150))
REPAIR_PARTS = (
    ("更换前刹车片", 400, 900), ("更换后刹车片", 350, 800), ("更换刹车盘", 800, 2000),
    ("更换蓄电池", 500, 1300), ("更换火花塞（4只）", 300, 900), ("更换轮胎（2条）", 1200, 3200),
    ("更换前减震器", 1500, 3800), ("空调系统检修加氟", 300, 800), ("更换空调压缩机", 2500, 5500),
    ("更换水泵", 900, 2200), ("更换节温器", 400, 900), ("四轮定位", 200, 400),
    ("更换正时皮带套件", 1800, 4000), ("发动机故障诊断", 200, 400), ("更换发电机", 2000, 4500),
    ("更换雨刮电机", 500, 1200), ("更换车窗升降器", 600, 1500),
)
REPAIR_LABOUR = ("维修工时", 150, 800)
BODY_PARTS = (
    ("前保险杠喷漆", 800, 1800), ("后保险杠喷漆", 800, 1800), ("左前门钣金喷漆", 1000, 2500),
    ("右前门钣金喷漆", 1000, 2500), ("左后叶子板钣金喷漆", 1200, 2800), ("右后门钣金喷漆", 1000, 2500),
    ("前机盖钣金喷漆", 1200, 3000), ("更换前保险杠总成", 1500, 4500), ("更换左大灯总成", 1500, 6000),
    ("更换右后视镜总成", 600, 2000), ("车顶钣金修复", 1500, 3500),
)
BODY_LABOUR = ("钣金工时", 300, 1200)
WARRANTY_WORK = (
    "质保更换车窗升降器", "质保更换水泵", "质保更换空调压缩机", "质保维修中控屏黑屏", "质保更换节温器",
    "质保更换雨刮电机", "召回：发动机控制软件升级", "质保更换悬挂衬套（异响）", "质保更换油底壳密封垫",
    "质保更换天窗电机",
)
WASHES = (("普通洗车", 30, 50), ("精致洗车", 50, 80))
ACCESSORIES = (
    ("全车隔热膜", 1500, 4500), ("全包围脚垫", 300, 900), ("行车记录仪（前后双录）", 500, 1500),
    ("真皮座套", 800, 2000), ("后备箱垫", 300, 600), ("隐形车衣（前杠）", 1200, 3000),
    ("车载冰箱", 600, 1500), ("倒车雷达", 400, 1000),
)
INSPECTION_WORK = (("年检代办服务费", 200, 400), ("六年免检领标代办", 50, 150))
INSPECTION_CHECK = ("年检前安全检查", 0, 100)
GOOD_COMMENTS = ("服务很好，速度快", "顾问讲解很清楚", "休息区很舒适", "洗车很干净，谢谢", "价格透明，满意",
                 "准时交车")
BAD_COMMENTS = ("等待时间太长", "价格偏高", "问题没有一次修好", "交车时车内不干净", "预约了还要排队",
                "没有提前告知额外费用")
ADVISOR_COMMENTS = ("客户自带机油", "建议下次更换刹车片", "客户要求保留旧件", "已提醒轮胎磨损较大",
                    "客户在休息区等待", "已安排代步车", "下次保养可用保养券")
FLAG_DAYS = 30  # a score of 3 or less this recent is still flagged on the card


def service_visits(gen: Generator, state: State, cid: int, since: date, vehicles: list[dict],
                   previous: dict[int, tuple[int, date]], advisors: list[int],
                   visits: list[dict]) -> bool:
    """The service visits of one customer's cars, from purchase (or the day they became our
    customer) to today, each with its "items"; an earlier owner's visits on a second-hand car
    go to that owner. A lapsed customer stops coming 6-12 months (at risk) or over 12 months
    (lost) ago. (The bulk writer gives each car the mileage of its latest visit.) True if a
    recent score of 3 or less flags the card."""
    if not vehicles:
        return False
    rng = gen.visits
    today = gen.today_ord
    since_o = since.toordinal()
    starts = [max(v["purchase_date"].toordinal(), since_o) for v in vehicles]
    stop = today
    lapse_from = None
    roll = rng.random()
    if roll < LAPSED_SHARE:
        windows = (gen.at_risk_window, gen.lost_window)
        if roll >= LAPSED_SHARE / 2:
            windows = windows[::-1]
        earliest = min(starts)
        for low, high in windows:
            if max(low, earliest) <= high:
                stop = rng.randint(max(low, earliest), high)
                lapse_from = low
                state.lapse_stop[cid] = stop
                break
    favourite = rng.choice(advisors)
    plans = []
    for vehicle, start in zip(vehicles, starts, strict=True):
        segments = [(cid, start, stop)]
        earlier = previous.get(vehicle["id"])
        if earlier is not None:
            owner, owned = earlier
            first = max(owned.toordinal(), state.created[owner - 1].toordinal())
            last = min(vehicle["purchase_date"].toordinal() - 1, state.lapse_stop.get(owner, today))
            if first <= last:
                segments.insert(0, (owner, first, last))
        plans.append(_vehicle_plan(gen, vehicle, segments, earlier))
    if lapse_from is not None:
        last_seen = max((day for plan in plans for day, _, owner in plan[3] if owner == cid), default=0)
        if last_seen < lapse_from:  # the visit they stayed away after
            candidates = [i for i, start in enumerate(starts) if start <= stop]
            chosen = max(candidates, key=lambda i: (plans[i][3][-1][0] if plans[i][3] else 0, -i))
            plans[chosen][3].append((stop, VisitType.MAINTENANCE, cid))
    flag = False
    flag_from = today - FLAG_DAYS
    service = VisitType.MAINTENANCE
    for vehicle, (daily, day_before, km, events) in zip(vehicles, plans, strict=True):
        if not events:
            continue
        make = vehicle["make"]
        premium = make in PREMIUM_MAKES
        electric = make == "特斯拉" or "EV" in vehicle["trim"]
        free_first = vehicle["purchase_type"] == PurchaseType.NEW_HERE.value
        origin = day_before
        back_on = 0
        for day, kind, owner in events:
            if day < back_on:  # still in the workshop
                continue
            km += int((day - day_before) * daily * rng.uniform(0.8, 1.2))
            day_before = day
            if kind is VisitType.REPAIR:
                out = day + (0 if rng.random() < 0.4 else rng.randint(1, 3))
            elif kind is VisitType.BODYWORK:
                out = day + rng.randint(1, 3)
            else:
                out = day
            back_on = out
            free = free_first and kind is service and owner == cid
            if kind is service:
                free_first = False
            work = _work(rng, kind, premium, electric, free, (day - origin) / 365)
            score = None
            if rng.random() < RATED_SHARE:
                score = rng.choices(gen.satisfaction, cum_weights=gen.satisfaction_cum)[0]
            comment = ""
            roll = rng.random()
            if score is not None and score <= 3:
                if roll < 0.7:
                    comment = rng.choice(BAD_COMMENTS)
                if owner == cid and day >= flag_from:
                    flag = True
            elif score is not None and roll < 0.2:
                comment = rng.choice(GOOD_COMMENTS)
            elif roll < 0.08:
                comment = rng.choice(ADVISOR_COMMENTS)
            vid = state.next_visit
            state.next_visit += 1
            total = sum(amount for _, amount in work)
            state.visit_items += len(work)
            visits.append({
                "id": vid,
                "vehicle_id": vehicle["id"],
                "customer_id": owner,
                "date_in": date.fromordinal(day),
                "date_out": date.fromordinal(out) if out <= today else None,  # else still in
                "visit_type": kind.value,
                "mileage_km": km,
                "total_fen": total,
                "service_advisor_id": favourite if rng.random() < 0.7 else rng.choice(advisors),
                "satisfaction": score,
                "comments": comment,
                "created_at": datetime.fromordinal(day) + timedelta(minutes=rng.randrange(510, 1080)),
                "version": 1,
                "items": work,
            })
            state.visits += 1
    return flag


def _vehicle_plan(gen: Generator, vehicle: dict, segments: list[tuple[int, int, int]],
                  earlier: tuple[int, date] | None) -> tuple[float, int, int, list]:
    """(km a day, odometer origin day, km then, [(day, visit type, customer)] in date order)
    for one car; segments are (customer, first day, last day) ordinals of its owners with us."""
    rng = gen.visits
    daily = rng.uniform(20, 80)
    bought = vehicle["purchase_date"]
    bought_o = bought.toordinal()
    if vehicle["purchase_type"] == PurchaseType.NEW_HERE.value:
        origin = bought_o
    else:  # registered in its model year
        origin = date(vehicle["year"], bought.month, min(bought.day, 28)).toordinal()
        if earlier is not None:
            origin = min(origin, earlier[1].toordinal())
    origin = min(origin, bought_o)
    km0 = rng.randint(5, 50)
    first, last = segments[0][1], segments[-1][2]
    if first > last:
        return daily, origin, km0, []
    make = vehicle["make"]
    interval = gen.intervals.get(make)
    if interval is None:
        found = interval_for(make)
        interval = gen.intervals[make] = (found.months * 30.44, found.km)
    cycle = int(min(interval[0], interval[1] / daily))
    events: dict[int, VisitType] = {}
    # maintenance: every interval (months or km, whichever first), a little early or late
    t = first if first == bought_o else first - rng.randint(0, cycle)
    while True:
        t += max(30, cycle + rng.randint(-15, 30))
        if t > last:
            break
        if t >= first and rng.random() >= SKIP_SHARE:
            events[t] = VisitType.MAINTENANCE
    age = (first - origin) / 365
    _poisson_days(rng, events, VisitType.REPAIR, min(0.25 + 0.07 * age, 0.6), first, last)
    for kind, rate in VISIT_RATES:
        _poisson_days(rng, events, kind, rate, first, last)
    warranty_end = vehicle["warranty_end"].toordinal()
    _poisson_days(rng, events, VisitType.WARRANTY, WARRANTY_RATE, first, min(last, warranty_end - 1))
    due = vehicle["inspection_due"]
    for year in range(date.fromordinal(first).year, date.fromordinal(last).year + 2):
        day = date(year, due.month, min(due.day, 28)).toordinal() - rng.randint(0, 30)
        if first <= day <= last and rng.random() < INSPECTION_SHARE:
            events.setdefault(day, VisitType.INSPECTION)
    if vehicle["purchase_type"] != PurchaseType.ELSEWHERE.value and rng.random() < 0.3:
        day = bought_o + rng.randint(1, 45)  # accessories soon after buying here
        if first <= day <= last:
            events.setdefault(day, VisitType.ACCESSORY)
    plan = []
    for day in sorted(events):
        for owner, low, high in segments:
            if low <= day <= high:
                plan.append((day, events[day], owner))
                break
    return daily, origin, km0, plan


def _poisson_days(rng: random.Random, events: dict, kind: VisitType, per_year: float,
                  first: int, last: int) -> None:
    """Days of a visit kind at random, per_year a year on average, between first and last."""
    if per_year <= 0 or first > last:
        return
    scale = 365.0 / per_year
    t = first + rng.expovariate(1.0) * scale
    while t <= last:
        events.setdefault(int(t), kind)
        t += rng.expovariate(1.0) * scale


def _price(rng: random.Random, item: tuple[str, int, int]) -> tuple[str, int]:
    """(description, fen): whole tens of yuan from 200 up, whole yuan below."""
    description, low, high = item
    if high >= 200:
        return description, rng.randint(low // 10, high // 10) * 1000
    return description, rng.randint(low, high) * 100


def _work(rng: random.Random, kind: VisitType, premium: bool, electric: bool, free_labour: bool,
          age_years: float) -> list[tuple[str, int]]:
    """1-4 lines of work for a visit, amounts in fen."""
    if kind is VisitType.MAINTENANCE:
        labour = _price(rng, FIRST_SERVICE_LABOUR if free_labour else MAINTENANCE_LABOUR)
        if electric:
            return [_price(rng, item) for item in rng.sample(EV_MAINTENANCE, rng.randint(1, 3))] + [labour]
        work = [_price(rng, rng.choice(PREMIUM_OIL if premium else OIL)), _price(rng, OIL_FILTER)]
        if rng.random() < 0.5:
            work.append(_price(rng, rng.choice(MAINTENANCE_EXTRAS)))
        return [*work, labour]
    if kind is VisitType.WASH:
        return [_price(rng, rng.choice(WASHES))]
    if kind is VisitType.WARRANTY:
        return [(what, 0) for what in rng.sample(WARRANTY_WORK, rng.choices((1, 2), cum_weights=(75, 100))[0])]
    if kind is VisitType.INSPECTION:
        work = [_price(rng, INSPECTION_WORK[0 if age_years >= 6 else 1])]
        if rng.random() < 0.4:
            work.append(_price(rng, INSPECTION_CHECK))
        return work
    if kind is VisitType.ACCESSORY:
        work = [_price(rng, item) for item in rng.sample(ACCESSORIES, rng.choices((1, 2), cum_weights=(65, 100))[0])]
        if sum(a for _, a in work) > 500_000:
            work.pop()
        return work
    repair = kind is VisitType.REPAIR
    parts, labour_item, low, high = (
        (REPAIR_PARTS, REPAIR_LABOUR, 500, 8000) if repair else (BODY_PARTS, BODY_LABOUR, 1500, 12_000)
    )
    work = [_price(rng, item) for item in rng.sample(parts, rng.choices((1, 2, 3), cum_weights=(55, 88, 100))[0])]
    description, labour = _price(rng, labour_item)
    while len(work) > 1 and sum(a for _, a in work) + labour > high * 100:
        work.pop()
    total = sum(a for _, a in work) + labour
    if total < low * 100:
        labour += low * 100 - total + rng.randint(0, 30) * 1000
    return [*work, (description, labour)]
