"""A year of follow-up calls with their outcomes on the timeline, the open follow-ups of the
fortnight around today and a few handled reminders, drawn from the second stream (`extra`)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from app.demo.state import Card, Rows, State, days_between, months_later
from app.domain.desk_rules import NO_ANSWER_EXPIRY_DAYS
from app.domain.enums import (
    FollowUpReason,
    FollowUpStatus,
    InteractionKind,
    Outcome,
    ReminderKind,
    ReminderState,
)
from app.domain.recurrence import DEFAULT_LEAD_DAYS, lunar_occurrences, solar_occurrences

if TYPE_CHECKING:
    from app.demo.generator import Generator

# ---------------------------------------------------------------- follow-ups
FOLLOW_UP_SHARE = 0.15  # of customers: 1-3 follow-ups in the past year
OPEN_FOLLOW_UP_SHARE = 0.011  # of customers with an advisor: one open, due within a week
MARK_SHARE = 0.35  # of birthdays in the past fortnight: marked done or dismissed
PAST_REASONS = (
    (FollowUpReason.POST_SERVICE, 24),
    (FollowUpReason.INSURANCE, 18),
    (FollowUpReason.BIRTHDAY, 10),
    (FollowUpReason.INSPECTION, 8),
    (FollowUpReason.LEAD, 8),
    (FollowUpReason.WIN_BACK, 6),
    (FollowUpReason.PURCHASE_ANNIVERSARY, 5),
    (FollowUpReason.OTHER, 5),
    (FollowUpReason.WARRANTY, 4),
    (FollowUpReason.COMPLAINT, 4),
    (FollowUpReason.HOLIDAY, 3),
    (FollowUpReason.HOUSEHOLD_BIRTHDAY, 2),
    (FollowUpReason.CUSTOM, 2),
    (FollowUpReason.WEDDING_ANNIVERSARY, 1),
)
OPEN_REASONS = (
    (FollowUpReason.POST_SERVICE, 25),
    (FollowUpReason.INSURANCE, 20),
    (FollowUpReason.LEAD, 12),
    (FollowUpReason.INSPECTION, 10),
    (FollowUpReason.BIRTHDAY, 8),
    (FollowUpReason.WIN_BACK, 8),
    (FollowUpReason.OTHER, 8),
    (FollowUpReason.COMPLAINT, 5),
    (FollowUpReason.WARRANTY, 4),
)
VEHICLE_REASONS = frozenset((
    FollowUpReason.POST_SERVICE,
    FollowUpReason.INSURANCE,
    FollowUpReason.INSPECTION,
    FollowUpReason.PURCHASE_ANNIVERSARY,
    FollowUpReason.WARRANTY,
))
# how a closed follow-up ended; no answer means it lapsed unanswered (cancelled)
FINAL_OUTCOMES = (
    (Outcome.REACHED, 40),
    (Outcome.APPOINTMENT, 22),
    (Outcome.NO_ANSWER, 15),
    (Outcome.NOT_INTERESTED, 13),
    (Outcome.WRONG_NUMBER, 3),
)
OUTCOME_TEXT = {
    Outcome.REACHED: (
        "回访完成，客户满意",
        "已电话沟通，客户表示车辆使用正常",
        "客户说考虑一下，下个月再联系",
        "已告知最新活动，客户表示感谢",
    ),
    Outcome.APPOINTMENT: (
        "约了周六上午到店",
        "约了下周二下午到店",
        "约好本周末到店试驾",
        "约了明天上午，客户要求快速通道",
    ),
    Outcome.NOT_INTERESTED: (
        "客户暂无需求",
        "客户表示不需要，近期不要再打",
        "客户说最近很忙，暂不考虑",
        "客户已在别家办理",
    ),
    Outcome.NO_ANSWER: (
        "未接通",
        "无人接听，明天再打",
        "关机",
        "占线，稍后再打",
        "响铃无人接听，已发短信",
    ),
    Outcome.WRONG_NUMBER: (
        "空号",
        "号码错误，对方不认识客户",
        "号码已停机",
        "接电话的是别人，说打错了",
    ),
}
# what a reached or booked call was about, by reason (else OUTCOME_TEXT)
REASON_TEXT = {
    FollowUpReason.POST_SERVICE: ("保养后回访，客户对服务满意", "维修后回访，车辆没有问题"),
    FollowUpReason.INSURANCE: ("已报续保价格，客户同意在我店续保", "续保报价已微信发送"),
    FollowUpReason.INSPECTION: ("提醒年检，客户自己去办", "年检代办已预约"),
    FollowUpReason.BIRTHDAY: ("电话送上生日祝福，客户很高兴", "生日祝福，顺便提醒保养"),
    FollowUpReason.HOUSEHOLD_BIRTHDAY: ("祝福家人生日快乐",),
    FollowUpReason.WEDDING_ANNIVERSARY: ("结婚纪念日祝福",),
    FollowUpReason.HOLIDAY: ("节日问候", "节日问候，邀请参加车主答谢会"),
    FollowUpReason.PURCHASE_ANNIVERSARY: ("购车周年回访，送保养券一张",),
    FollowUpReason.WARRANTY: ("质保快到期，介绍延保方案",),
    FollowUpReason.LEAD: ("回电报价，客户还在比较", "客户对新款感兴趣，邀约试驾"),
    FollowUpReason.WIN_BACK: ("邀约回厂保养，客户答应考虑",),
    FollowUpReason.COMPLAINT: ("投诉回访，客户对处理结果满意", "投诉回访，已道歉并送保养券"),
}
# why an open follow-up is on the list (its notes; the call sheet shows the last line)
OPEN_NOTES = {
    FollowUpReason.POST_SERVICE: ("保养后三天回访", "维修后回访，更换刹车片"),
    FollowUpReason.INSURANCE: ("车险下月到期，报续保价格", "客户要求再报一次续保价格"),
    FollowUpReason.LEAD: ("客户咨询新款车型，需回电报价", "展厅来访，意向较强，约试驾"),
    FollowUpReason.INSPECTION: ("年检到期，问是否需要代办",),
    FollowUpReason.BIRTHDAY: ("生日问候",),
    FollowUpReason.WIN_BACK: ("两年未到店，邀约回厂保养", "老客户流失，了解原因"),
    FollowUpReason.OTHER: ("客户来电要求回电", "确认发票邮寄地址"),
    FollowUpReason.COMPLAINT: ("客户投诉维修等待时间长，需回访", "投诉处理进度回访"),
    FollowUpReason.WARRANTY: ("质保即将到期，介绍延保",),
}


def _interaction(state: State, card: Card, follow_up: dict, when: datetime, outcome: Outcome,
                 summary: str) -> dict:
    row = {
        "id": state.next_interaction,
        "customer_id": card.id,
        "vehicle_id": follow_up["vehicle_id"],
        "staff_id": follow_up["advisor_id"],
        "kind": InteractionKind.CALL.value,
        "summary": summary,
        "occurred_at": when,
        "follow_up_id": follow_up["id"],
        "outcome": outcome.value,
        "created_at": when,
    }
    state.next_interaction += 1
    state.interactions += 1
    return row


def _follow_up_row(state: State, card: Card, reason: FollowUpReason, vehicle: dict | None,
                   advisor_id: int | None, due: date) -> dict:
    row = {
        "id": state.next_follow_up,
        "customer_id": card.id,
        "vehicle_id": vehicle["id"] if vehicle else None,
        "reason": reason.value,
        "due_date": due,
        "advisor_id": advisor_id,
        "status": FollowUpStatus.OPEN.value,
        "outcome": None,
        "notes": "",
        "attempts": 0,
        "expires_on": due + timedelta(days=NO_ANSWER_EXPIRY_DAYS),
        "snoozed_until": None,
        "reminder_kind": None,
        "occurs_on": None,
        "created_at": None,
        "updated_at": None,
        "closed_at": None,
        "version": 1,
    }
    state.next_follow_up += 1
    state.follow_ups += 1
    return row


def _mark(state: State, card: Card, key: tuple[str, int, date], reminder_state: ReminderState,
          staff_id: int | None, when: datetime, follow_up_id: int | None = None) -> dict:
    row = {
        "id": state.next_mark,
        "kind": key[0],
        "source_id": key[1],
        "occurs_on": key[2],
        "customer_id": card.id,
        "state": reminder_state.value,
        "snoozed_until": None,
        "follow_up_id": follow_up_id,
        "staff_id": staff_id,
        "created_at": when,
    }
    state.next_mark += 1
    state.reminder_marks += 1
    return row


def _birthdays_in(birthday, start: date, end: date) -> list[date]:
    calendar, _, month, day, leap = birthday
    if month is None or start > end:
        return []
    if calendar == "lunar":
        return lunar_occurrences(month, day, leap, start, end)
    return solar_occurrences(month, day, start, end)


def _past_follow_ups(gen: Generator, state: State, card: Card, advisors: list[int],
                     service: list[int], used: set, rows: Rows) -> bool:
    """1-3 closed follow-ups in the past year, each call on the timeline; True if one
    ended on a wrong number."""
    rng = gen.extra
    today = gen.today
    first = max(card.created_at.date() + timedelta(days=1), today - timedelta(days=365))
    wrong = False
    for _ in range(rng.choices((1, 2, 3), cum_weights=(60, 88, 100))[0]):
        reason = rng.choices(gen.past_reasons, cum_weights=gen.past_reason_cum)[0]
        outcome = rng.choices(gen.outcomes, cum_weights=gen.outcome_cum)[0]
        if outcome == Outcome.NO_ANSWER:  # tried a few times, then it lapsed
            attempts = rng.randint(2, 4)
            offsets = [0, *sorted(rng.sample(range(1, NO_ANSWER_EXPIRY_DAYS), attempts - 2)),
                       NO_ANSWER_EXPIRY_DAYS]
        else:
            attempts = rng.choices((1, 2, 3, 4), cum_weights=(70, 88, 96, 100))[0]
            offsets = [0, *sorted(rng.sample(range(1, 8), attempts - 1))]
        last_due = today - timedelta(days=1 + offsets[-1])
        if last_due < first:
            continue
        vehicle = rng.choice(card.vehicles) if card.vehicles and reason in VEHICLE_REASONS else None
        earliest = first
        if vehicle is not None:
            earliest = max(first, vehicle["purchase_date"] + timedelta(days=1))
        if (
            (reason in VEHICLE_REASONS and (vehicle is None or earliest > last_due))
            or (reason == FollowUpReason.BIRTHDAY and card.birthday[2] is None)
            or (reason == FollowUpReason.HOUSEHOLD_BIRTHDAY and not card.household)
            or (reason == FollowUpReason.WEDDING_ANNIVERSARY and not card.wedding)
            or (reason == FollowUpReason.HOLIDAY and not card.key_account)
        ):
            reason, vehicle, earliest = FollowUpReason.OTHER, None, first
        # a reminder acted on: the follow-up is due a few days before the date
        key = due = None
        if reason == FollowUpReason.BIRTHDAY:
            found = _birthdays_in(card.birthday, first, last_due + timedelta(days=3))
            if found:
                key = (ReminderKind.BIRTHDAY.value, card.id, found[-1])
        elif reason in (FollowUpReason.INSURANCE, FollowUpReason.INSPECTION):
            renewal = vehicle["insurance_expiry" if reason == FollowUpReason.INSURANCE else "inspection_due"]
            if renewal >= today:
                renewal = months_later(renewal, -12)
            key = (reason.value, vehicle["id"], renewal)
        if key is not None:
            lead = DEFAULT_LEAD_DAYS[ReminderKind(key[0])]
            due = key[2] - timedelta(days=rng.randint(0, lead))
            if not earliest <= due <= last_due or key in used:
                key = due = None
        if due is None:
            if reason == FollowUpReason.BIRTHDAY:
                reason = FollowUpReason.OTHER
            due = days_between(rng, earliest, last_due)
        if card.advisor_id is not None and not (reason == FollowUpReason.POST_SERVICE and rng.random() < 0.5):
            advisor_id = card.advisor_id
        else:
            advisor_id = rng.choice(service if reason == FollowUpReason.POST_SERVICE else advisors)
        row = _follow_up_row(state, card, reason, vehicle, advisor_id, due)
        notes = []
        when = None
        for number, offset in enumerate(offsets, 1):
            day = due + timedelta(days=offset)
            when = gen.moment(day, rng)
            said = outcome if number == attempts else Outcome.NO_ANSWER
            if said in (Outcome.REACHED, Outcome.APPOINTMENT) and reason in REASON_TEXT and rng.random() < 0.6:
                summary = rng.choice(REASON_TEXT[reason])
            else:
                summary = rng.choice(OUTCOME_TEXT[said])
            notes.append(summary)
            rows.interactions.append(_interaction(state, card, row, when, said, summary))
        created = gen.moment(due - timedelta(days=rng.randint(0, 7)), rng)
        first_call = rows.interactions[-attempts]["occurred_at"]
        row.update(
            due_date=due + timedelta(days=offsets[-2] + 1) if attempts > 1 else due,
            status=(FollowUpStatus.CANCELLED if outcome == Outcome.NO_ANSWER else FollowUpStatus.DONE).value,
            outcome=outcome.value,
            notes="\n".join(notes),
            attempts=attempts,
            reminder_kind=key[0] if key else None,
            occurs_on=key[2] if key else None,
            created_at=min(max(created, card.created_at), first_call),
            updated_at=when,
            closed_at=when,
            version=1 + attempts,
        )
        rows.follow_ups.append(row)
        if key is not None:
            used.add(key)
            rows.marks.append(_mark(state, card, key, ReminderState.FOLLOW_UP, None,
                                    row["created_at"], follow_up_id=row["id"]))
        wrong = wrong or outcome == Outcome.WRONG_NUMBER
    return wrong


def _open_follow_up(gen: Generator, state: State, card: Card, rows: Rows) -> None:
    """An open follow-up due within a week either way, on the customer's advisor's list."""
    rng = gen.extra
    today = gen.today
    reason = rng.choices(gen.open_reasons, cum_weights=gen.open_reason_cum)[0]
    vehicle = rng.choice(card.vehicles) if card.vehicles and reason in VEHICLE_REASONS else None
    if (reason in VEHICLE_REASONS and vehicle is None) or (
        reason == FollowUpReason.BIRTHDAY and card.birthday[2] is None
    ):
        reason = FollowUpReason.OTHER
    due = today + timedelta(days=rng.randint(-7, 7))
    created_day = min(due, today) - timedelta(days=rng.randint(0, 10))
    created = max(card.created_at, gen.moment(created_day, rng))
    row = _follow_up_row(state, card, reason, vehicle, card.advisor_id, due)
    notes = [rng.choice(OPEN_NOTES[reason])]
    updated = created
    version = 1
    tried = due - timedelta(days=1)
    if due <= today and rng.random() < 0.3 and tried >= created.date():
        # called once, no answer: it came back the next day
        when = max(created, gen.moment(tried, rng))
        summary = rng.choice(OUTCOME_TEXT[Outcome.NO_ANSWER])
        notes.append(summary)
        rows.interactions.append(_interaction(state, card, row, when, Outcome.NO_ANSWER, summary))
        row.update(attempts=1, outcome=Outcome.NO_ANSWER.value,
                   expires_on=tried + timedelta(days=NO_ANSWER_EXPIRY_DAYS))
        updated = when
        version += 1
    if rng.random() < 0.2:
        row.update(status=FollowUpStatus.SNOOZED.value,
                   snoozed_until=max(due + timedelta(days=1), today + timedelta(days=rng.randint(-2, 4))))
        version += 1
    row.update(notes="\n".join(notes), created_at=created, updated_at=updated, version=version)
    rows.follow_ups.append(row)


def _fortnight_marks(gen: Generator, state: State, card: Card, used: set, rows: Rows) -> None:
    """Birthdays of the past two weeks that the advisor marked done or dismissed."""
    calendar, _, month, day, _ = card.birthday
    if month is None:
        return
    keys = gen.fortnight_lunar if calendar == "lunar" else gen.fortnight_solar
    if (month, day) not in keys:
        return
    rng = gen.extra
    for when in _birthdays_in(card.birthday, *gen.fortnight):
        key = (ReminderKind.BIRTHDAY.value, card.id, when)
        if key in used or rng.random() >= MARK_SHARE:
            continue
        reminder_state = ReminderState.DONE if rng.random() < 0.75 else ReminderState.DISMISSED
        marked = days_between(rng, when - timedelta(days=3), min(when + timedelta(days=1),
                                                                   gen.today - timedelta(days=1)))
        at = max(card.created_at, gen.moment(marked, rng))
        used.add(key)
        rows.marks.append(_mark(state, card, key, reminder_state, card.advisor_id, at))


def extras(gen: Generator, state: State, card: Card, advisors: list[int], service: list[int],
            rows: Rows) -> bool:
    """Follow-ups and reminder marks of one customer; True if a call hit a wrong number."""
    rng = gen.extra
    used: set[tuple[str, int, date]] = set()
    wrong = False
    if rng.random() < FOLLOW_UP_SHARE:
        wrong = _past_follow_ups(gen, state, card, advisors, service, used, rows)
    if card.advisor_id is not None and rng.random() < OPEN_FOLLOW_UP_SHARE:
        _open_follow_up(gen, state, card, rows)
    _fortnight_marks(gen, state, card, used, rows)
    return wrong
