"""The demo book's consent history (a stream of its own, so the rest of the book is the
same with or without it): marketing as the card draws it (~60% granted on a day and by
a channel), ~10% of those withdrawn later; sharing with the maker ~30% and with insurers
~20% granted, a few withdrawn; service reminders withdrawn by ~3%."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from app.demo.state import State, days_between
from app.domain.enums import ConsentChannel, ConsentPurpose

MARKETING_WITHDRAWN = 0.10  # of the customers who agreed
SHARES = ((ConsentPurpose.SHARE_MAKER, 0.30, 0.08), (ConsentPurpose.SHARE_INSURER, 0.20, 0.08))
SERVICE_WITHDRAWN = 0.03
NOTES = ("", "", "", "交车时签字", "电话确认", "微信回复同意", "客户要求停止联系")


def consent_rows(rng: random.Random, state: State, row: dict, created_day: date, today: date,
                 channels: list[ConsentChannel], out: list[dict]) -> None:
    """Append the customer's consent rows (in the order they happened) to `out`; a
    withdrawn marketing consent is set on the customer's row too (kept in step)."""
    cid = row["id"]
    staff_id = row["advisor_id"]
    # ~1 customer in 8 without an advisor: the book's first staff member recorded it
    recorder = staff_id if staff_id is not None else state.staff[0][0]

    def add(purpose: ConsentPurpose, granted: bool, on_day: date, channel: str) -> None:
        out.append({"id": state.next_consent, "customer_id": cid, "purpose": purpose.value,
                    "granted": granted, "on_day": on_day, "channel": channel,
                    "staff_id": recorder, "note": rng.choice(NOTES) if not granted else "",
                    "at": datetime.combine(on_day, time(10, rng.randint(0, 59)))})
        state.next_consent += 1

    if row["marketing_consent"]:
        agreed = row["marketing_consent_date"]
        add(ConsentPurpose.MARKETING, True, agreed, row["marketing_consent_channel"])
        if rng.random() < MARKETING_WITHDRAWN and agreed < today:
            withdrawn = days_between(rng, agreed + timedelta(days=1), today)
            channel = rng.choice(channels).value
            add(ConsentPurpose.MARKETING, False, withdrawn, channel)
            row.update(marketing_consent=False, marketing_consent_date=withdrawn,
                       marketing_consent_channel=channel)
    for purpose, share, withdrawn_share in SHARES:
        if rng.random() < share:
            agreed = days_between(rng, created_day, today)
            add(purpose, True, agreed, rng.choice(channels).value)
            if rng.random() < withdrawn_share and agreed < today:
                add(purpose, False, days_between(rng, agreed + timedelta(days=1), today),
                    rng.choice(channels).value)
    if rng.random() < SERVICE_WITHDRAWN:
        add(ConsentPurpose.SERVICE_REMINDERS, False, days_between(rng, created_day, today),
            rng.choice(channels).value)
