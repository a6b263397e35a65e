"""One batch of the demo book's customers: each with their cars, timeline and tags (the first
stream), households, dates and follow-ups (the second) and service visits (the third), as rows
for the bulk writers."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from app.demo.consents import consent_rows
from app.demo.followups import extras
from app.demo.households import CUSTOM_SHARE, HOUSEHOLD_SHARE, WEDDING_SHARE
from app.demo.people import (
    EMAIL_DOMAINS,
    EMPLOYERS,
    FAMILY_NOTES,
    HOBBIES,
    INTERACTION_TEXT,
    NOTES,
    OCCUPATIONS,
    TAGS,
)
from app.demo.state import Card, Rows, State, days_between
from app.domain.enums import (
    CustomerKind,
    CustomerSource,
    InteractionKind,
    ReminderKind,
    StaffRole,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.demo.generator import Generator

CONTACT_WINDOW_DAYS = 730


def batch(gen: Generator, state: State, first_id: int, created: list[datetime],
          service_visits: Callable[..., bool]) -> Rows:
    """Rows for customers first_id.. (one per creation time); `service_visits` draws each
    customer's visits (the generator's, which a test may leave out)."""
    rng = gen.rng
    today = gen.today
    advisors = [sid for sid, role in state.staff if role == StaffRole.ADVISOR.value]
    service = [sid for sid, role in state.staff if role == StaffRole.SERVICE_ADVISOR.value]
    # (the sales manager, added with the leads, works only on them: a seed's book otherwise
    # as it was)
    everyone = [sid for sid, role in state.staff if role != StaffRole.SALES_MANAGER.value]
    contact_start = today - timedelta(days=CONTACT_WINDOW_DAYS)
    rows = Rows()
    interactions = rows.interactions
    previous: dict[int, tuple[int, date]] = {}  # second-hand vehicle -> (earlier owner, since)

    for offset, created_at in enumerate(created):
        cid = first_id + offset
        is_company = rng.random() < 0.03
        address, plate_prefix = gen.region()
        if is_company:
            name, gender = gen.company_name(), ""
            kind = CustomerKind.COMPANY.value
            calendar, b_year, b_month, b_day, b_leap = "solar", None, None, None, False
            occupation, employer, hobbies, family = "", "", "", ""
            source = CustomerSource.FLEET.value if rng.random() < 0.7 else CustomerSource.PHONE.value
        else:
            name, gender = gen.person_name()
            kind = CustomerKind.PERSON.value
            calendar, b_year, b_month, b_day, b_leap = gen.birthday()
            occupation = rng.choice(OCCUPATIONS) if rng.random() < 0.7 else ""
            employer = rng.choice(EMPLOYERS) if occupation and rng.random() < 0.6 else ""
            hobbies = "、".join(rng.sample(HOBBIES, rng.randint(1, 3))) if rng.random() < 0.5 else ""
            family = rng.choice(FAMILY_NOTES) if rng.random() < 0.3 else ""
            source = gen.pick(gen.sources, gen.source_cum).value
        readings = gen.readings_of(name, kind == CustomerKind.PERSON.value)
        full = readings[0][0] if readings else ""
        phone = gen.mobile()
        phone_alt = gen.mobile() if rng.random() < 0.1 else ""
        roll = rng.random()
        if roll < 0.35:
            wechat = f"wxid_{rng.randrange(36**10):010x}"[:15]
        elif roll < 0.55:
            wechat = f"{full[:12]}{rng.randint(1, 9999)}"
        else:
            wechat = ""
        email = (
            f"{full[:12] or 'user'}{rng.randint(1, 999)}@{rng.choice(EMAIL_DOMAINS)}"
            if rng.random() < 0.15
            else ""
        )
        referred_by = None
        if source == CustomerSource.REFERRAL.value and cid > 1 and rng.random() < 0.8:
            referred_by = rng.randint(max(1, cid - 20_000), cid - 1)
        consent = rng.random() < 0.6
        created_day = created_at.date()
        consent_date = days_between(rng, created_day, today) if consent else None
        consent_channel = gen.pick(gen.channels, gen.channel_cum).value if consent else ""
        key_account = rng.random() < (0.3 if is_company else 0.015)

        # vehicles: ~1.5 per customer on average; fleets have several
        if is_company:
            owned = rng.randint(2, 9)
        else:
            owned = rng.choices((0, 1, 2, 3, 4), cum_weights=(8, 63, 90, 98, 100))[0]
        own_vehicles: list[dict] = []
        any_new_energy = False
        ev_bias = rng.random() < 0.15
        for _ in range(owned):
            if rng.random() < 0.7:  # bought after they became our customer
                bought = days_between(rng, created_day, today - timedelta(days=1))
            else:
                bought = created_day - timedelta(days=rng.randint(0, 365 * 4))
            # ~2% came to them from an earlier customer of ours
            second_hand = cid > 1 and rng.random() < 0.02
            vehicle, new_energy = gen.vehicle(plate_prefix, bought, ev_bias, second_hand)
            any_new_energy = any_new_energy or new_energy
            vid = state.next_vehicle
            state.next_vehicle += 1
            entered = max(created_at, gen.moment(bought))
            vehicle.update(id=vid, owner_id=cid, created_at=entered, updated_at=entered)
            own_vehicles.append(vehicle)
            if second_hand:
                first_owned = date(vehicle["year"], rng.randint(1, 12), rng.randint(1, 28))
                first_owned = min(first_owned, bought - timedelta(days=90))
                earlier = rng.randint(max(1, cid - 50_000), cid - 1)
                vehicle["earlier_owners"] = [(earlier, first_owned, bought)]
                previous[vid] = (earlier, first_owned)

        # timeline: 2-5 entries on average, within the last two years
        entries = rng.choices(range(9), cum_weights=(4, 12, 28, 48, 66, 80, 90, 96, 100))[0]
        first_contact = max(created_day, contact_start)
        last_contact = None
        for _ in range(entries):
            kind_ = gen.pick(gen.kinds, gen.kind_cum)
            when = gen.moment(days_between(rng, first_contact, today - timedelta(days=1)))
            vehicle_id = None
            if own_vehicles and kind_ in (InteractionKind.VISIT, InteractionKind.CALL) and rng.random() < 0.5:
                vehicle_id = rng.choice(own_vehicles)["id"]
                staff_id = rng.choice(service)
            else:
                staff_id = rng.choice(advisors) if rng.random() < 0.85 else rng.choice(everyone)
            interactions.append(
                {
                    "id": state.next_interaction,
                    "customer_id": cid,
                    "vehicle_id": vehicle_id,
                    "staff_id": staff_id,
                    "kind": kind_.value,
                    "summary": rng.choice(INTERACTION_TEXT[kind_]),
                    "occurred_at": when,
                    "follow_up_id": None,
                    "outcome": None,
                    "created_at": when,
                }
            )
            state.next_interaction += 1
            if last_contact is None or when > last_contact:
                last_contact = when
        state.interactions += entries

        # tags for ~40%
        chosen: set[str] = set()
        if is_company:
            chosen.update(("车队", "企业客户"))
        if any_new_energy and rng.random() < 0.5:
            chosen.add("新能源车主")
        if referred_by is not None and rng.random() < 0.5:
            chosen.add("转介绍")
        if key_account:
            chosen.add("VIP")
        if rng.random() < 0.22:
            chosen.update(rng.sample(TAGS, rng.randint(1, 2)))

        row = {
            "id": cid,
            "kind": kind,
            "name": name,
            "phone": phone,
            "phone_alt": phone_alt,
            "phone_wrong": rng.random() < 0.01,
            "wechat": wechat,
            "email": email,
            "gender": gender,
            "birthday_calendar": calendar,
            "birth_year": b_year,
            "birth_month": b_month,
            "birth_day": b_day,
            "birth_leap": b_leap,
            "occupation": occupation,
            "employer": employer,
            "hobbies": hobbies,
            "family_notes": family,
            "address": address,
            "source": source,
            "referred_by_id": referred_by,
            "advisor_id": rng.choice(advisors) if rng.random() < 0.9 else None,
            "notes": rng.choice(NOTES) if rng.random() < 0.1 else "",
            "marketing_consent": consent,
            "marketing_consent_date": consent_date,
            "marketing_consent_channel": consent_channel,
            "key_account": key_account,
            "last_contact_at": last_contact,
            "created_at": created_at,
            "updated_at": max(created_at, last_contact or created_at),
            "archived_at": None,
            "version": 1,
            "tags": sorted(chosen),
            "vehicles": own_vehicles,
        }
        rows.customers.append(row)
        consent_rows(gen.consents, state, row, created_day, today, gen.consent_channels,
                     rows.consents)

        # household, important dates, follow-ups, marks: from the second stream
        x = gen.extra
        household: list[dict] = []
        married = False
        if not is_company:
            married = gen.married(b_year, family)
            if x.random() < HOUSEHOLD_SHARE:
                household = gen.household(name, gender, b_year, married)
        for member in household:
            member.update(id=state.next_member, customer_id=cid)
            state.next_member += 1
        rows.household.extend(household)
        dated = []
        if married and x.random() < WEDDING_SHARE:
            wedding = gen.wedding(b_year)
            if wedding is not None:
                dated.append((ReminderKind.WEDDING_ANNIVERSARY.value, "", wedding, True))
        if x.random() < CUSTOM_SHARE:
            for _ in range(x.choices((1, 2), cum_weights=(70, 100))[0]):
                title, on_date, yearly = gen.custom_date(is_company, occupation, own_vehicles)
                dated.append((ReminderKind.CUSTOM.value, title, on_date, yearly))
        for kind_value, title, on_date, yearly in dated:
            rows.dates.append({"id": state.next_date, "customer_id": cid, "kind": kind_value,
                               "title": title, "on_date": on_date, "yearly": yearly})
            state.next_date += 1
        state.household_members += len(household)
        state.important_dates += len(dated)
        card = Card(
            id=cid, created_at=created_at, advisor_id=row["advisor_id"], vehicles=own_vehicles,
            birthday=(calendar, b_year, b_month, b_day, b_leap), key_account=key_account,
            household=bool(household), wedding=bool(dated and dated[0][0] != "custom"),
        )
        calls_from = len(interactions)
        if extras(gen, state, card, advisors, service, rows):
            row["phone_wrong"] = True
        for entry in interactions[calls_from:]:
            if last_contact is None or entry["occurred_at"] > last_contact:
                last_contact = entry["occurred_at"]
        if last_contact is not None:
            row["last_contact_at"] = last_contact
            row["updated_at"] = max(row["updated_at"], last_contact)
        # a lead perhaps (its own stream): a won one's car joins the customer's cars
        calls_from = len(interactions)
        gen.lead_draws.customer(state, row, own_vehicles, rows)
        for entry in interactions[calls_from:]:
            if last_contact is None or entry["occurred_at"] > last_contact:
                last_contact = entry["occurred_at"]
        if last_contact is not None:
            row["last_contact_at"] = last_contact
            row["updated_at"] = max(row["updated_at"], last_contact)
        # service visits: from the third stream; they set the cards' mileage
        row["satisfaction_flag"] = service_visits(
            gen, state, cid, created_day, own_vehicles, previous, service or everyone, rows.visits
        )
        state.vehicles += len(own_vehicles)

    return rows
