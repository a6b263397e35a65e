"""The demo book's leads (issue 16), drawn from a stream of their own (`gen.leads`), so the
customers, cars, timeline, follow-ups and visits the other streams draw are what they were
(but for the cars the won leads deliver, which the service visits then look after).

About 0.6 leads a customer over the last 18 months: the customers entered in that time came
with one (a walk-in, a phone call, a website or car-portal enquiry, an auto show, a friend's
referral, the service lane), nearly half of the older ones came back for another car (as
existing customers, or passed on by a service advisor with a trade-in, an insurance or an
accessories note). On their way: ~40 % reach the showroom (every walk-in), half of those
test-drive, 10-20 % are won (ordered; delivered when the car came, which puts the car on the
card: bought here, the delivery day, the price), about a third of the rest lost with a
reason (the competitor's brand named) and reviewed by the sales manager, the rest open at
levels O/H/A/B/C, some gone quiet (dormant). First contact mostly within two opening hours,
some late, a few new leads not yet touched; the showroom log (walk-ins, return visits,
phone-ups), test drives (done; a few scheduled in the coming days), the open leads' next
calls, the calls after recent deliveries, and the timeline entries each step leaves.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from app.demo.people import BEIJING_PLATE_LETTERS
from app.demo.state import Rows, State, months_later, next_anniversary, weighted
from app.domain.desk_rules import NO_ANSWER_EXPIRY_DAYS
from app.domain.enums import (
    CustomerSource,
    FollowUpReason,
    FollowUpStatus,
    InteractionKind,
    Outcome,
    PurchaseType,
)
from app.domain.leads import (
    DEFAULT_DELIVERY_CARE_DAYS,
    DEFAULT_LEVELS,
    DEFAULT_OPENING,
    Department,
    LeadSource,
    LeadStage,
    LostReason,
    LostReview,
    Payment,
    ReferralKind,
    TestDriveKind,
    TestDriveState,
    VisitKind,
)

if TYPE_CHECKING:
    from app.demo.generator import Generator

WINDOW_DAYS = 548  # the leads of the last ~18 months
NEW_CUSTOMER_LEAD = 0.95  # of the customers entered in the window: they came with a lead
RETURNING_LEAD = 0.45  # of the older customers: back for another car
SHOWROOM_OTHER = 0.29  # of the leads not walked in: came to the showroom (~40 % of all)
DRIVE = 0.5  # of those in the showroom: a test drive
WON_AFTER_DRIVE, WON_AFTER_SHOWROOM, WON_OTHERWISE = 0.50, 0.20, 0.02
SCHEDULED_DRIVE = 0.25  # of the open leads being worked in the showroom: one booked ahead
CARE_WINDOW_DAYS = 60  # deliveries this recent have their delivery-care calls in the book

LEVELS = {level.code: level for level in DEFAULT_LEVELS}
# the level an open lead is at, by the stage it got to
OPEN_LEVELS = {
    LeadStage.NEW: (("B", 50), ("C", 50)),
    LeadStage.CONTACTED: (("A", 20), ("B", 45), ("C", 35)),
    LeadStage.SHOWROOM: (("H", 15), ("A", 40), ("B", 35), ("C", 10)),
    LeadStage.TEST_DRIVE: (("H", 40), ("A", 45), ("B", 15)),
    LeadStage.NEGOTIATION: (("H", 55), ("A", 40), ("B", 5)),
}
NEW_SOURCES = {
    CustomerSource.SHOWROOM.value: ((LeadSource.WALK_IN, 1),),
    CustomerSource.REFERRAL.value: ((LeadSource.REFERRAL, 1),),
    CustomerSource.SERVICE_WALK_IN.value: ((LeadSource.SERVICE_LANE, 1),),
    CustomerSource.PHONE.value: ((LeadSource.PHONE, 1),),
    CustomerSource.WEBSITE.value: ((LeadSource.WEBSITE, 1), (LeadSource.CAR_PORTAL, 1)),
    CustomerSource.SOCIAL_MEDIA.value: ((LeadSource.CAR_PORTAL, 3), (LeadSource.WEBSITE, 1)),
    CustomerSource.AUTO_SHOW.value: ((LeadSource.AUTO_SHOW, 1),),
}
BY_PHONE = ((LeadSource.PHONE, 1),)  # (fleets, other and unknown sources)
ONLINE = frozenset((LeadSource.WEBSITE, LeadSource.CAR_PORTAL))
REFERRAL_KINDS = ((ReferralKind.TRADE_IN, 35), (ReferralKind.INSURANCE, 20),
                  (ReferralKind.NEW_CAR, 15), (ReferralKind.USED_CAR, 10),
                  (ReferralKind.FINANCE, 10), (ReferralKind.ACCESSORIES, 10))
REFERRAL_NOTES = {
    ReferralKind.TRADE_IN: ("保养时说想把旧车置换", "车龄八年，问置换补贴", "客户想换七座车"),
    ReferralKind.INSURANCE: ("续保时问新车保险怎么买", "车险到期，顺便看新车"),
    ReferralKind.NEW_CAR: ("等车时在展厅看了新款", "给家人再买一台"),
    ReferralKind.USED_CAR: ("想给孩子买台二手车", "问二手车行情"),
    ReferralKind.FINANCE: ("问贷款购车的利率", "想办分期"),
    ReferralKind.ACCESSORIES: ("想加装行车记录仪", "问原厂脚垫和贴膜"),
}
LOST_REASONS = ((LostReason.COMPETITOR, 34), (LostReason.PRICE, 22), (LostReason.POSTPONED, 14),
                (LostReason.UNREACHABLE, 12), (LostReason.STOCK, 7), (LostReason.USED, 6),
                (LostReason.FINANCING, 5))
COMPETITORS = (("比亚迪", 14), ("特斯拉", 8), ("问界", 8), ("理想", 7), ("小米汽车", 7),
               ("吉利", 6), ("蔚来", 5), ("小鹏", 5), ("零跑", 5), ("长安", 5), ("日产", 5),
               ("现代", 4), ("马自达", 3), ("长城哈弗", 3), ("极氪", 3), ("奇瑞", 3))
LOST_NOTES = {
    LostReason.COMPETITOR: ("对方优惠更多", "客户更看重智能驾驶", "家人更喜欢对方的外观", ""),
    LostReason.PRICE: ("差价谈不拢", "预算不够，觉得落地价太高", ""),
    LostReason.POSTPONED: ("客户说明年再考虑", "家里有事，暂不买车", ""),
    LostReason.UNREACHABLE: ("多次电话未接通", "微信不回，电话关机", ""),
    LostReason.STOCK: ("想要的颜色要等三个月", "现车没有，客户等不了", ""),
    LostReason.USED: ("客户买了一台二手车", ""),
    LostReason.FINANCING: ("贷款审批没通过", ""),
}
LEAD_NOTES = ("", "", "", "", "关注油耗和保养费用", "家里添了二胎，想换大空间", "预算有限，想要优惠",
              "老婆要求一起来看车", "公司用车，需要开发票", "想要现车", "对比了几家4S店的报价",
              "关注新能源补贴", "周末才有时间来店")
VISIT_NOTES = ("", "", "", "带孩子一起来", "看了样车，要了报价单", "坐进去试了后排空间",
               "问了置换补贴", "和朋友一起来的")
FIRST_CALLS = ("首次电话联系，介绍车型和优惠", "电话回复询价，邀约到店", "加了微信，发了报价和配置表",
               "电话联系，客户说周末来看车")
DRIVE_FEEDBACK = ("动力不错，底盘稳", "空间够用，孩子坐着舒服", "隔音一般", "操控比现在的车好很多",
                  "觉得中控屏好用", "加速很快，家人满意", "座椅偏硬", "很满意，想尽快定车", "")
CARE_CALLS = ("交车回访，客户对新车很满意", "提醒首保时间，客户已知道", "回访用车情况，车机有些不会用，已讲解",
              "交车一个月回访，一切正常")
PARTY = ((1, 35), (2, 40), (3, 18), (4, 7))
PAYMENTS = ((Payment.LOAN, 45), (Payment.CASH, 38), (Payment.LEASE, 7), (Payment.UNKNOWN, 10))
DRIVE_KINDS = ((TestDriveKind.SHOWROOM, 80), (TestDriveKind.HOME, 12), (TestDriveKind.WEEKEND, 8))


_TABLES: dict[int, tuple[list, list]] = {}


def _pick(rng: random.Random, pairs):
    """A weighted choice among (value, weight) pairs, one of this module's tables (their
    cumulative weights kept)."""
    table = _TABLES.get(id(pairs))
    if table is None:
        table = _TABLES[id(pairs)] = weighted(pairs)
    return rng.choices(table[0], cum_weights=table[1])[0]


class LeadDraws:
    """The leads of one batch's customers, a customer at a time (mixed into nothing: one
    per book, kept on the generator as `gen.lead_draws`)."""

    def __init__(self, gen: Generator, staff: list[tuple[int, str]]):
        from app.domain.enums import StaffRole

        self.gen = gen
        self.rng = gen.leads
        self.today = gen.today
        self.limit = gen.now - timedelta(minutes=1)  # nothing after the day before `today`
        self.window_start = gen.today - timedelta(days=WINDOW_DAYS)
        self.sales = [sid for sid, role in staff if role == StaffRole.ADVISOR.value]
        self.service = [sid for sid, role in staff if role == StaffRole.SERVICE_ADVISOR.value]
        managers = [sid for sid, role in staff if role == StaffRole.SALES_MANAGER.value]
        self.manager = managers[0] if managers else None
        self.active: list[int] = []  # set by the generator: the advisors still at work
        self.demo_cars: dict[str, str] = {}  # model -> the plate of its demo car
        self._visited: int | None = None  # the lead of the latest showroom entry

    # ------------------------------------------------------------ one customer
    def customer(self, state: State, row: dict, vehicles: list[dict], rows: Rows) -> None:
        """Perhaps a lead for this customer (the row as written, their cars so far): its
        rows appended to `rows`; a delivered car joins `vehicles` (the customer's)."""
        rng = self.rng
        created = row["created_at"]
        fresh = created.date() >= self.window_start
        if rng.random() >= (NEW_CUSTOMER_LEAD if fresh else RETURNING_LEAD):
            return
        first_day = max(self.window_start, created.date() + timedelta(days=30))
        if not fresh and first_day > self.today - timedelta(days=1):
            return
        advisor = row["advisor_id"] if row["advisor_id"] in self.active else rng.choice(self.active)
        referral = None
        if fresh:
            source = _pick(rng, NEW_SOURCES.get(row["source"], BY_PHONE))
            start = created
        else:
            source = LeadSource.SERVICE_LANE if rng.random() < 0.35 else LeadSource.EXISTING
            day = first_day + timedelta(days=rng.randint(0, (self.today - first_day).days - 1))
            start = self._moment(day, online=False)
        if source is LeadSource.SERVICE_LANE and self.service:
            kind = _pick(rng, REFERRAL_KINDS)
            referral = (kind, rng.choice(self.service), rng.choice(REFERRAL_NOTES[kind]))
        elif source in ONLINE and fresh and rng.random() < 0.35:  # an enquiry after hours
            start = datetime.combine(created.date(), time(rng.choice((6, 7, 19, 20, 21, 22, 23)),
                                                          rng.randrange(60)))
        self._lead(state, row, vehicles, rows, source, start, advisor, referral)

    # ------------------------------------------------------------ the lead's way
    def _lead(self, state: State, row: dict, vehicles: list[dict], rows: Rows,
              source: LeadSource, start: datetime, advisor: int, referral) -> None:
        rng, limit = self.rng, self.limit
        cid = row["id"]
        interest = [self.gen.models[i] for i in sorted({
            rng.choices(range(len(self.gen.models)), cum_weights=self.gen.model_cum)[0]
            for _ in range(rng.choice((1, 1, 1, 2)))})]
        low, high = interest[0][3]
        price = rng.randint(low * 100, high * 100) * 100
        walk_in = source is LeadSource.WALK_IN
        showroom = walk_in or rng.random() < SHOWROOM_OTHER
        drive = showroom and rng.random() < DRIVE
        won_chance = WON_AFTER_DRIVE if drive else WON_AFTER_SHOWROOM if showroom else WON_OTHERWISE
        won = rng.random() < won_chance
        negotiate = won or (showroom and rng.random() < 0.3)

        times: dict[LeadStage, datetime] = {}
        first_contact = start if walk_in or source is LeadSource.PHONE \
            else self._first_contact(start)
        if first_contact > limit or (start >= limit - timedelta(days=2) and first_contact != start
                                     and rng.random() < 0.3):
            first_contact = None  # a new lead nobody has called yet
        moment = first_contact
        if moment is not None:
            times[LeadStage.CONTACTED] = moment
            steps = [(LeadStage.SHOWROOM, showroom, 1, 14), (LeadStage.TEST_DRIVE, drive, 0, 10),
                     (LeadStage.NEGOTIATION, negotiate, 0, 7), (LeadStage.ORDERED, won, 0, 14),
                     (LeadStage.DELIVERED, won, 7, 45)]
            for stage, taken, low_days, high_days in steps:
                if not taken:
                    continue
                if stage is LeadStage.SHOWROOM and walk_in:
                    when = start
                elif stage is LeadStage.TEST_DRIVE and rng.random() < 0.6:
                    when = moment + timedelta(minutes=rng.randint(20, 50))  # on the same visit
                else:
                    when = self._moment(moment.date() + timedelta(
                        days=rng.randint(max(low_days, 1), high_days)), online=False)
                if when > limit:
                    break
                times[stage] = moment = when
        reached = [s for s in (LeadStage.CONTACTED, LeadStage.SHOWROOM, LeadStage.TEST_DRIVE,
                               LeadStage.NEGOTIATION, LeadStage.ORDERED, LeadStage.DELIVERED)
                   if s in times]
        stage = reached[-1] if reached else LeadStage.NEW
        last = moment or start
        contacted = first_contact is not None
        lead_id = state.next_lead
        state.next_lead += 1
        state.leads += 1
        lead = {
            "id": lead_id, "customer_id": cid, "advisor_id": advisor, "source": source.value,
            "models": "、".join(f"{m[0]} {m[1]}" for m in interest),
            "budget_yuan": int(round(price * rng.uniform(0.9, 1.15), -3)),
            "payment": _pick(rng, PAYMENTS).value, "trade_in": self._trade_in(vehicles),
            "level": "B", "stage": stage.value, "next_follow_up": None,
            "notes": rng.choice(LEAD_NOTES), "created_at": start,
            "first_contact_at": first_contact, "last_contact_at": last if contacted else None,
            "contacted_at": times.get(LeadStage.CONTACTED),
            "showroom_at": times.get(LeadStage.SHOWROOM),
            "test_drive_at": times.get(LeadStage.TEST_DRIVE),
            "negotiation_at": times.get(LeadStage.NEGOTIATION),
            "ordered_at": times.get(LeadStage.ORDERED),
            "delivered_at": times.get(LeadStage.DELIVERED),
            "lost_at": None, "order_model": "", "order_price_yuan": None,
            "expected_delivery": None, "vehicle_id": None, "lost_reason": "",
            "lost_competitor": "", "lost_note": "", "lost_review": "",
            "lost_requested_at": None, "lost_reviewed_by": None,
            "referrer_id": None, "referral_department": "", "referral_kind": "",
            "referral_note": "", "updated_at": last, "version": 1,
        }
        if referral is not None:
            kind, referrer, note = referral
            lead.update(referrer_id=referrer, referral_department=Department.SERVICE.value,
                        referral_kind=kind.value, referral_note=note)
        rows.leads.append(lead)

        # the timeline and the showroom log along the way
        if source is LeadSource.PHONE:
            self._visit(state, rows, lead, VisitKind.PHONE_UP, start, advisor)
        if first_contact is not None and not walk_in and source is not LeadSource.PHONE:
            self._note(state, rows, cid, advisor, InteractionKind.CALL, rng.choice(FIRST_CALLS),
                       first_contact)
        if LeadStage.SHOWROOM in times:
            self._visit(state, rows, lead, VisitKind.WALK_IN, times[LeadStage.SHOWROOM], advisor)
        if LeadStage.TEST_DRIVE in times:
            at = times[LeadStage.TEST_DRIVE]
            if at.date() != times[LeadStage.SHOWROOM].date():  # came back for it
                self._visit(state, rows, lead, VisitKind.WALK_IN, at, advisor)
            self._drive(state, rows, lead, interest, at, advisor, TestDriveState.DONE)
        elif LeadStage.SHOWROOM in times and rng.random() < 0.08:  # booked, then called off
            at = self._moment(times[LeadStage.SHOWROOM].date() + timedelta(days=rng.randint(1, 5)),
                              online=False)
            if at <= limit:
                self._drive(state, rows, lead, interest, at, advisor, TestDriveState.CANCELLED)
        if LeadStage.NEGOTIATION in times and rng.random() < 0.5:
            self._visit(state, rows, lead, VisitKind.WALK_IN, times[LeadStage.NEGOTIATION],
                        advisor)

        if LeadStage.ORDERED in times:
            self._order(state, rows, lead, interest[0], price, times, vehicles, row)
        else:
            self._unwon(state, rows, lead, stage, last, interest)
        lead["updated_at"] = max(v for k, v in lead.items()
                                 if k.endswith("_at") and isinstance(v, datetime))

    def _first_contact(self, start: datetime) -> datetime:
        """Mostly within two opening hours, some later the same day, a few days later."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.75:
            return _opening_later(start, rng.randint(3, 110))
        if roll < 0.9:
            return _opening_later(start, rng.randint(125, 480))
        return self._moment(start.date() + timedelta(days=rng.randint(1, 3)), online=False)

    def _moment(self, day: date, online: bool) -> datetime:
        if online:
            return datetime.combine(day, time(self.rng.randrange(24), self.rng.randrange(60)))
        return datetime.combine(day, time(9)) + timedelta(minutes=self.rng.randrange(0, 8 * 60 + 30))

    def _trade_in(self, vehicles: list[dict]) -> str:
        if not vehicles or self.rng.random() >= 0.35:
            return ""
        car = self.rng.choice(vehicles)
        return f"{car['make']} {car['model']} {car['year']}年"

    # ------------------------------------------------------------ won
    def _order(self, state: State, rows: Rows, lead: dict, model, price: int,
               times: dict, vehicles: list[dict], row: dict) -> None:
        rng = self.rng
        make, name, trims, _, new_energy, wmi, _ = model
        trim = rng.choice(trims)
        ordered = times[LeadStage.ORDERED]
        lead.update(level="O", order_model=f"{make} {name} {trim}", order_price_yuan=price,
                    expected_delivery=ordered.date() + timedelta(days=rng.randint(7, 45)))
        self._note(state, rows, lead["customer_id"], lead["advisor_id"], InteractionKind.NOTE,
                   f"订车：{make} {name} {trim}", ordered)
        delivered = times.get(LeadStage.DELIVERED)
        if delivered is None:  # still waiting for the car: called every week
            lead["expected_delivery"] = max(lead["expected_delivery"], self.today + timedelta(
                days=rng.randint(1, 21)))
            self._keep_in_touch(state, rows, lead, ordered)
            return
        lead["expected_delivery"] = min(lead["expected_delivery"], delivered.date())
        day = delivered.date()
        plates = [v["plate"] for v in vehicles if v.get("plate")]
        prefix = plates[0].split("·")[0] if plates else "京" + rng.choice(BEIJING_PLATE_LETTERS)
        vid = state.next_vehicle
        state.next_vehicle += 1
        vehicle = {
            "id": vid, "owner_id": lead["customer_id"], "make": make, "model": name,
            "trim": trim, "vin": self.gen.vin(wmi, name, trim, day.year, rng),
            "plate": self.gen.plate(prefix, new_energy, rng),
            "colour": rng.choices(self.gen.colours, cum_weights=self.gen.colour_cum)[0],
            "year": day.year, "purchase_date": day,
            "purchase_type": PurchaseType.NEW_HERE.value, "price_yuan": price,
            "mileage_km": max(0, int((self.today - day).days * rng.uniform(20, 60))) // 100 * 100,
            "insurance_expiry": next_anniversary(day, self.today),
            "inspection_due": next_anniversary(date(day.year, day.month, min(day.day, 28)),
                                               self.today),
            "warranty_end": months_later(date(day.year, day.month, min(day.day, 28)), 36),
            "notes": "", "archived_at": None, "version": 1,
            "created_at": delivered, "updated_at": delivered,
        }
        vehicles.append(vehicle)
        lead["vehicle_id"] = vid
        self._note(state, rows, lead["customer_id"], lead["advisor_id"], InteractionKind.VISIT,
                   f"交车：{make} {name}", delivered)
        if (self.today - day).days <= CARE_WINDOW_DAYS:
            for days in DEFAULT_DELIVERY_CARE_DAYS:
                self._care_call(state, rows, lead, vid, day + timedelta(days=days))

    def _care_call(self, state: State, rows: Rows, lead: dict, vehicle_id: int, due: date) -> None:
        follow_up = self._follow_up(state, rows, lead, FollowUpReason.DELIVERY_CARE, due,
                                    vehicle_id=vehicle_id)
        if due < self.today:
            when = self._moment(due, online=False)
            follow_up.update(status=FollowUpStatus.DONE.value, outcome=Outcome.REACHED.value,
                             attempts=1, closed_at=when, updated_at=when)
            interaction = self._note(state, rows, lead["customer_id"], lead["advisor_id"],
                                     InteractionKind.CALL, self.rng.choice(CARE_CALLS), when)
            interaction.update(follow_up_id=follow_up["id"], vehicle_id=vehicle_id,
                               outcome=Outcome.REACHED.value)

    # ------------------------------------------------------------ not won (yet)
    def _unwon(self, state: State, rows: Rows, lead: dict, stage: LeadStage, last: datetime,
               interest) -> None:
        rng, today = self.rng, self.today
        age = (today - lead["created_at"].date()).days
        lead["level"] = _pick(rng, OPEN_LEVELS[stage])
        lost_share = 0.40 if age > 180 else 0.28 if age > 60 else 0.10
        if lead["first_contact_at"] is not None and rng.random() < lost_share:
            asked = self._moment(last.date() + timedelta(days=rng.randint(3, 40)), online=False)
            if asked <= self.limit:
                reason = _pick(rng, LOST_REASONS)
                lead.update(lost_reason=reason.value, lost_note=rng.choice(LOST_NOTES[reason]),
                            lost_competitor=_pick(rng, COMPETITORS)
                            if reason is LostReason.COMPETITOR else "",
                            lost_requested_at=asked, last_contact_at=asked)
                recent = (today - asked.date()).days <= 7
                if recent and rng.random() < 0.5:  # waiting for the manager's review
                    lead["lost_review"] = LostReview.REQUESTED.value
                    self._next_call(state, rows, lead, asked, LEVELS[lead["level"]].cadence_days)
                    return
                reviewed = asked + timedelta(hours=rng.randint(1, 30))
                reviewed = min(reviewed, self.limit)
                lead["lost_reviewed_by"] = self.manager
                if rng.random() < 0.93 or recent:
                    lead.update(stage=LeadStage.LOST.value, lost_at=reviewed,
                                lost_review=LostReview.APPROVED.value)
                    self._note(state, rows, lead["customer_id"], lead["advisor_id"],
                               InteractionKind.NOTE, "战败审核通过", reviewed)
                    return
                lead["lost_review"] = LostReview.SENT_BACK.value  # another try
                last = reviewed
        # open: being worked (a next call on the sheet) or gone quiet (dormant)
        level = LEVELS[lead["level"]]
        quiet_from = today - timedelta(days=level.dormant_days)
        if lead["first_contact_at"] is None:
            lead["next_follow_up"] = lead["created_at"].date()
            if age <= 7:
                self._follow_up(state, rows, lead, FollowUpReason.REFERRAL
                                if lead["referrer_id"] else FollowUpReason.LEAD,
                                lead["next_follow_up"])
            return
        worked = 0.97 if age <= 30 else 0.92 if age <= 90 else 0.88 if age <= 180 else 0.85
        if last.date() > quiet_from or rng.random() < worked:
            # called within the cadence mostly (the next call still to come), some overdue
            ago = rng.randint(1, level.cadence_days) if rng.random() < 0.85 else \
                rng.randint(level.cadence_days, max(level.cadence_days, level.dormant_days - 1))
            contact = max(last, self._moment(today - timedelta(days=ago), online=False))
            if contact > last:
                self._note(state, rows, lead["customer_id"], lead["advisor_id"],
                           InteractionKind.CALL, rng.choice(FIRST_CALLS[1:]), contact)
            lead["last_contact_at"] = contact
            self._next_call(state, rows, lead, contact, level.cadence_days)
            if stage in (LeadStage.CONTACTED, LeadStage.SHOWROOM) and \
                    rng.random() < SCHEDULED_DRIVE:
                at = self._moment(today + timedelta(days=rng.randint(0, 6)), online=False)
                at = at.replace(minute=at.minute // 30 * 30)
                self._drive(state, rows, lead, interest, at, lead["advisor_id"],
                            TestDriveState.SCHEDULED)
                self._follow_up(state, rows, lead, FollowUpReason.TEST_DRIVE, at.date())
        else:  # quiet since: its last call lapsed unanswered
            lead["next_follow_up"] = last.date() + timedelta(days=level.cadence_days)

    def _keep_in_touch(self, state: State, rows: Rows, lead: dict, ordered: datetime) -> None:
        contact = max(ordered, self._moment(self.today - timedelta(
            days=self.rng.randint(1, 6)), online=False))
        lead["last_contact_at"] = contact
        self._next_call(state, rows, lead, contact, LEVELS["O"].cadence_days)

    def _next_call(self, state: State, rows: Rows, lead: dict, contact: datetime,
                   cadence: int) -> None:
        lead["next_follow_up"] = contact.date() + timedelta(days=cadence)
        self._follow_up(state, rows, lead, FollowUpReason.LEAD, lead["next_follow_up"])

    # ------------------------------------------------------------ rows
    def _follow_up(self, state: State, rows: Rows, lead: dict, reason: FollowUpReason,
                   due: date, vehicle_id: int | None = None) -> dict:
        made = min(datetime.combine(due, time(8)), self.limit)
        row = {
            "id": state.next_follow_up, "customer_id": lead["customer_id"],
            "vehicle_id": vehicle_id, "reason": reason.value, "due_date": due,
            "advisor_id": lead["advisor_id"], "status": FollowUpStatus.OPEN.value,
            "outcome": None, "notes": "", "attempts": 0,
            "expires_on": due + timedelta(days=NO_ANSWER_EXPIRY_DAYS), "snoozed_until": None,
            "reminder_kind": None, "occurs_on": None, "visit_id": None, "lead_id": lead["id"],
            "created_at": made, "updated_at": made, "closed_at": None, "version": 1,
        }
        state.next_follow_up += 1
        state.follow_ups += 1
        rows.follow_ups.append(row)
        return row

    def _note(self, state: State, rows: Rows, cid: int, staff_id: int | None,
              kind: InteractionKind, summary: str, when: datetime) -> dict:
        row = {"id": state.next_interaction, "customer_id": cid, "vehicle_id": None,
               "staff_id": staff_id, "kind": kind.value, "summary": summary,
               "occurred_at": when, "follow_up_id": None, "outcome": None, "created_at": when}
        state.next_interaction += 1
        state.interactions += 1
        rows.interactions.append(row)
        return row

    def _visit(self, state: State, rows: Rows, lead: dict, kind: VisitKind, at: datetime,
               advisor: int) -> None:
        rng = self.rng
        first = lead["id"] != self._visited  # (a lead's visits are drawn one after another)
        self._visited = lead["id"]
        stay = rng.randint(20, 150) if kind is VisitKind.WALK_IN else rng.randint(3, 15)
        left = at + timedelta(minutes=stay)
        if left > self.limit:  # (still here as the day the book is made for begins)
            left = None if at >= self.limit else self.limit
        rows.showroom_visits.append({
            "id": state.next_showroom_visit, "customer_id": lead["customer_id"],
            "lead_id": lead["id"], "kind": kind.value, "arrived_at": at,
            "left_at": left,
            "party_size": _pick(rng, PARTY) if kind is VisitKind.WALK_IN else 1,
            "first_visit": first, "interest": lead["models"], "advisor_id": advisor,
            "notes": rng.choice(VISIT_NOTES) if kind is VisitKind.WALK_IN else "",
            "created_at": at,
        })
        state.next_showroom_visit += 1
        state.showroom_visits += 1
        if kind is VisitKind.WALK_IN:
            self._note(state, rows, lead["customer_id"], advisor, InteractionKind.VISIT,
                       f"{'到店看车' if first else '再次到店'}：{lead['models']}", at)
        else:
            self._note(state, rows, lead["customer_id"], advisor, InteractionKind.CALL,
                       f"来电咨询：{lead['models']}", at)

    def _drive(self, state: State, rows: Rows, lead: dict, interest, at: datetime,
               advisor: int, drive_state: TestDriveState) -> None:
        rng = self.rng
        model = interest[0]
        name = f"{model[0]} {model[1]}"
        plate = self.demo_cars.get(name)
        if plate is None:
            plate = self.demo_cars[name] = self.gen.plate("京N", model[4], rng)
        done = drive_state is TestDriveState.DONE
        rows.test_drives.append({
            "id": state.next_test_drive, "lead_id": lead["id"],
            "customer_id": lead["customer_id"], "at": at,
            "kind": _pick(rng, DRIVE_KINDS).value, "model": name, "plate": plate,
            "licence_seen": done and rng.random() < 0.97, "advisor_id": advisor,
            "state": drive_state.value, "feedback": rng.choice(DRIVE_FEEDBACK) if done else "",
            "done_at": at + timedelta(minutes=rng.randint(20, 60)) if done else None,
            "created_at": min(at, self.limit) - timedelta(days=rng.randint(0, 2)),
            "updated_at": min(at, self.limit), "version": 1,
        })
        state.next_test_drive += 1
        state.test_drives += 1


def _opening_later(start: datetime, minutes: int) -> datetime:
    """`minutes` of the showroom's opening hours after `start` (a lead made at night waits
    for the morning)."""
    open_at, close_at = DEFAULT_OPENING
    moment = start
    if moment.time() < open_at:
        moment = datetime.combine(moment.date(), open_at)
    elif moment.time() >= close_at:
        moment = datetime.combine(moment.date() + timedelta(days=1), open_at)
    while minutes > 0:
        closing = datetime.combine(moment.date(), close_at)
        room = int((closing - moment).total_seconds() // 60)
        if minutes <= room:
            return moment + timedelta(minutes=minutes)
        minutes -= room
        moment = datetime.combine(moment.date() + timedelta(days=1), open_at)
    return moment
