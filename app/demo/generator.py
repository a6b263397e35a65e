"""A realistic, deterministic demo book: staff, customers, vehicles and their history.

`generate_demo(path, customers=100_000)` fills an empty book with a Beijing-area
dealership's customers (Chinese names, mobile numbers, lunar birthdays, plates,
VINs with valid check digits, a contact timeline), their households (spouse,
children, parents and their birthdays), important dates (wedding anniversaries,
dated notes), a year of follow-up calls with their outcomes, the open follow-ups
of the fortnight around `today` and a few handled reminders. The same seed and
`today` give the same book, row for row. Rows go in through the bulk writers of
app.db.bulk (the ones an import uses), several thousand customers per write transaction;
they work out what the services keep around a row (search keys, last contact, mileage,
next service, last visit).

The draws live by what they make: people and cars (people.py, the first stream),
households and dates (households.py), follow-ups and calls (followups.py), service visits
(visits.py); customers.py puts one batch of customers together, state.py holds the counters.

The household, dates and follow-up rows draw from a second random stream, so
adding them left the customers, vehicles and timeline of a given seed as they were
(except what the follow-ups write back: their calls on the timeline, the last
contact, a wrong-number flag).

The service visits (maintenance at each make's interval, repairs, bodywork, warranty work,
inspections, washes, accessories, each with its lines of work) draw from a third stream in
the same way; what they write back is each card's mileage (its latest visit's), the next
maintenance forecast, the customers' last visit day and a recent low score's flag. About 15 %
of the customers with a car stopped coming 6-12 months (at risk) or over a year (lost) ago.

The leads of the last 18 months (about 0.6 a customer), the showroom log and the test drives
draw from a fifth stream (app.demo.leads), a customer at a time before their service
visits: a won lead's car joins the customer's cars (bought here, on the delivery day, at the
order's price), so its visits, reminders and value follow. A sales manager, last on the
staff, reviews the lost ones.
"""

from __future__ import annotations

import hashlib
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select, text

from app.db import audit, bulk
from app.db.models import (
    Consent,
    Customer,
    FollowUp,
    HouseholdMember,
    ImportantDate,
    Interaction,
    Lead,
    ReminderMark,
    ServiceVisit,
    ShowroomVisit,
    Staff,
    Tag,
    TestDrive,
    Vehicle,
)
from app.demo.customers import batch
from app.demo.followups import FINAL_OUTCOMES, OPEN_REASONS, PAST_REASONS
from app.demo.households import CUSTOM_DATES, HouseholdDraws
from app.demo.leads import LeadDraws
from app.demo.people import (
    CATALOGUE,
    COLOURS,
    CONSENT_CHANNELS,
    FEMALE_GIVEN,
    INTERACTION_KINDS,
    MALE_GIVEN,
    SOURCES,
    STAFF,
    SURNAMES,
    TAGS,
    PeopleDraws,
)
from app.demo.state import State, weighted
from app.demo.visits import SATISFACTION
from app.demo.visits import service_visits as _service_visits
from app.domain.enums import ConsentChannel, Gender, StaffRole
from app.domain.errors import BookError
from app.domain.recurrence import lunar_keys_in_window, solar_keys_in_window
from app.domain.search import pinyin_of
from app.domain.service_rules import lapse_cutoffs
from app.services.admin.book import open_book
from app.services.admin.passwords import DEFAULT as DEFAULT_PASSWORDS

BATCH = 5_000  # customers per write transaction
# The indexes the bulk writers read through while the demo writes (a car's and a customer's
# visits, a customer's timeline); every other index (not a unique one) is made again, as it
# was, once the rows are in (_drop_deferred_indexes).
READ_DURING_LOAD = frozenset((
    "ix_service_visits_vehicle_date",
    "ix_service_visits_customer_date",
    "ix_interactions_customer_time",
))
LOAD_CACHE_KB = 256 * 1024  # the page cache while the demo writes (module doc of _for_a_long_load)
YEARS_OF_HISTORY = 6


# every demo account (the owner "owner", each advisor their pinyin) signs in with this
DEMO_PASSWORD = "demo"


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    vehicles: int
    interactions: int
    staff: int
    tags: int
    seconds: float
    household_members: int = 0
    important_dates: int = 0
    follow_ups: int = 0
    reminder_marks: int = 0
    visits: int = 0
    visit_items: int = 0
    leads: int = 0
    showroom_visits: int = 0
    test_drives: int = 0


class Generator(PeopleDraws, HouseholdDraws):
    """All the random choices; one instance per book, driven by three random streams (the
    module doc): the draws are the mixins', the tables they draw from are set up here."""

    def __init__(self, seed: int, today: date):
        self.rng = random.Random(seed)
        self.seed = seed
        self.today = today
        self.now = datetime.combine(today, datetime.min.time())
        self.surnames, self.surname_cum = weighted(SURNAMES)
        self.sources, self.source_cum = weighted(SOURCES)
        self.kinds, self.kind_cum = weighted(INTERACTION_KINDS)
        self.channels, self.channel_cum = weighted(CONSENT_CHANNELS)
        self.colours, self.colour_cum = weighted(COLOURS)
        self.models, self.model_cum = weighted([(m, m[6]) for m in CATALOGUE])
        self.ev_models, self.ev_cum = weighted([(m, m[6]) for m in CATALOGUE if m[4]])
        # given-name characters: the first in each pool are the most popular (a Zipf-like curve)
        self.given = {
            gender: weighted([(c, 1 / (rank + 2) ** 0.8) for rank, c in enumerate(pool)])
            for gender, pool in ((Gender.MALE, MALE_GIVEN), (Gender.FEMALE, FEMALE_GIVEN))
        }
        self.plates: set[str] = set()
        self.vins: set[str] = set()
        self.phones: set[str] = set()
        self.vds: dict[tuple[str, str], str] = {}
        self.plants: dict[str, str] = {}
        self.lunar_ok: dict[tuple[int, int, int, bool], bool] = {}
        # households, dated notes, follow-ups and marks: a stream of their own (module doc)
        self.extra = random.Random(f"guanxi-demo-extra-{seed}")
        self.past_reasons, self.past_reason_cum = weighted(PAST_REASONS)
        self.open_reasons, self.open_reason_cum = weighted(OPEN_REASONS)
        self.outcomes, self.outcome_cum = weighted(FINAL_OUTCOMES)
        self.fortnight = (today - timedelta(days=14), today - timedelta(days=1))
        self.fortnight_solar = solar_keys_in_window(*self.fortnight)
        self.fortnight_lunar = lunar_keys_in_window(*self.fortnight)
        # service visits: a third stream (module doc)
        self.visits = random.Random(f"guanxi-demo-visits-{seed}")
        self.today_ord = today.toordinal()
        at_risk_before, lost_before = lapse_cutoffs(today)
        self.at_risk_window = (lost_before.toordinal() + 3, at_risk_before.toordinal() - 3)
        self.lost_window = (today.toordinal() - 365 * 3, lost_before.toordinal() - 3)
        self.intervals: dict[str, tuple[float, int]] = {}
        self.satisfaction, self.satisfaction_cum = weighted(SATISFACTION)
        # consent history: a fourth stream (app.demo.consents)
        self.consents = random.Random(f"guanxi-demo-consents-{seed}")
        self.consent_channels = [c for c in ConsentChannel if c != ConsentChannel.NONE]
        # leads, the showroom log and test drives: a fifth stream (app.demo.leads)
        self.leads = random.Random(f"guanxi-demo-leads-{seed}")
        self.lead_draws: LeadDraws | None = None  # (made once the staff are in)


def generate_demo(
    path_or_url: str | Path,
    customers: int,
    seed: int = 1,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Fill an empty book with `customers` demo customers and everything around them.

    Raises BookError("demo_not_empty") if the book already has customers.
    """
    started = time.perf_counter()
    today = today or date.today()
    services = open_book(path_or_url)
    book = services.book
    try:
        with book.reading() as session:
            if session.scalar(select(func.count(Customer.id))):
                raise BookError("demo_not_empty", str(path_or_url))
            next_ids = {
                name: (session.scalar(select(func.max(model.id))) or 0) + 1
                for name, model in (
                    ("next_vehicle", Vehicle),
                    ("next_interaction", Interaction),
                    ("next_member", HouseholdMember),
                    ("next_date", ImportantDate),
                    ("next_follow_up", FollowUp),
                    ("next_mark", ReminderMark),
                    ("next_visit", ServiceVisit),
                    ("next_consent", Consent),
                    ("next_lead", Lead),
                    ("next_showroom_visit", ShowroomVisit),
                    ("next_test_drive", TestDrive),
                )
            }
        gen = Generator(seed, today)
        with book.writing() as session:
            audit.quiet(session)  # the demo is one entry, below
            staff = _insert_staff(session, gen)
            tags = _insert_tags(session)
        state = State(staff=staff, tags=tags, **next_ids)
        gen.lead_draws = LeadDraws(gen, staff)
        gen.lead_draws.active = [sid for (sid, role), (_, _, active) in zip(staff, STAFF, strict=True)
                                 if role == StaffRole.ADVISOR.value and active]
        created = _creation_times(gen, customers)
        state.created = created
        done = 0
        if progress:
            progress(0, customers)
        with book.writing() as session:
            audit.quiet(session)  # the demo is one entry, below
            deferred = _drop_deferred_indexes(session)
        try:
            while done < customers:
                count = min(BATCH, customers - done)
                rows = batch(gen, state, done + 1, created[done : done + count], _service_visits)
                with book.writing() as session:
                    audit.quiet(session)  # the demo is one entry, below
                    _for_a_long_load(session)
                    _write(session, rows)
                done += count
                if progress:
                    progress(done, customers)
        finally:
            with book.writing() as session:
                audit.quiet(session)  # the demo is one entry, below
                _for_a_long_load(session)
                for sql in deferred:
                    session.execute(text(sql))
        with book.writing() as session:
            audit.quiet(session)  # the demo is one entry, below
            # the cars noted as changed while they were written: only the last is kept
            session.execute(text("DELETE FROM vehicle_changes"
                                 " WHERE seq < (SELECT max(seq) FROM vehicle_changes)"))
            # planner statistics: without them SQLite reads `archived_at IS NULL` as selective
            # and walks every customer for a month of reminders (PRAGMA optimize at close does
            # not analyze tables this connection only wrote to)
            if book.dialect.name != "postgresql":
                session.execute(text("ANALYZE"))
            audit.note(session, "demo", "", None, {"customers": customers})
        if book.dialect.name == "postgresql":
            # a server's statistics, and its visibility map: the search's index-only scans
            # read no table page once it is set (autovacuum would, some time later)
            with book.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM (ANALYZE)")
        return DemoSummary(
            customers=customers,
            vehicles=state.vehicles,
            interactions=state.interactions,
            staff=len(staff),
            tags=len(tags),
            seconds=round(time.perf_counter() - started, 2),
            household_members=state.household_members,
            important_dates=state.important_dates,
            follow_ups=state.follow_ups,
            reminder_marks=state.reminder_marks,
            visits=state.visits,
            visit_items=state.visit_items,
            leads=state.leads,
            showroom_visits=state.showroom_visits,
            test_drives=state.test_drives,
        )
    finally:
        services.close()


def _for_a_long_load(session) -> None:
    """A bigger page cache for this connection while the demo writes: a million visits
    go into six indexes each, and with the usual 16 MB most of their pages are read and
    written again and again."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text(f"PRAGMA cache_size=-{LOAD_CACHE_KB}"))


def _drop_deferred_indexes(session) -> list[str]:
    """Drop every index but the unique ones and READ_DURING_LOAD, and return the statements
    that make them again as they were: built once over a million rows after the load, they
    cost a fraction of keeping them up to date row by row."""
    engine = session.get_bind().dialect.name
    if engine == "sqlite":
        found = session.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            " ORDER BY name"
        )).all()
    elif engine == "postgresql":  # (the trigram index most of all: built once, it is quick)
        found = session.execute(text(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i"
            " WHERE i.schemaname = current_schema() AND NOT EXISTS (SELECT 1 FROM"
            " pg_constraint k WHERE k.conname = i.indexname) ORDER BY i.indexname"
        )).all()
    else:
        return []
    deferred = [(name, sql) for name, sql in found
                if name not in READ_DURING_LOAD and not sql.upper().startswith("CREATE UNIQUE")]
    for name, _sql in deferred:
        session.execute(text(f'DROP INDEX "{name}"'))
    return [sql for _name, sql in deferred]


def _write(session, rows) -> None:
    """One batch through the bulk writers, parents before the rows that refer to them."""
    bulk.add_customers(session, rows.customers)
    bulk.add_leads(session, rows.leads)
    bulk.add_showroom_visits(session, rows.showroom_visits)
    bulk.add_test_drives(session, rows.test_drives)
    bulk.add_follow_ups(session, rows.follow_ups)
    bulk.add_interactions(session, rows.interactions)
    bulk.add_household_members(session, rows.household)
    bulk.add_important_dates(session, rows.dates)
    bulk.add_reminder_marks(session, rows.marks)
    bulk.add_visits(session, rows.visits)
    bulk.add_consents(session, rows.consents)


def _insert_staff(session, gen: Generator) -> list[tuple[int, str]]:
    joined = gen.now - timedelta(days=365 * YEARS_OF_HISTORY + 30)
    # every demo account's password is "demo": hashed once (argon2 is slow by design)
    # (a salt from the seed: the same seed gives the same book, to the last byte)
    salt = hashlib.sha256(f"guanxi demo accounts {gen.seed}".encode()).digest()[:16]
    demo_hash = DEFAULT_PASSWORDS.hash(DEMO_PASSWORD, salt=salt)
    logins = demo_logins(STAFF)
    result = []
    for (name, role, active), login in zip(STAFF, logins, strict=True):
        row = Staff(name=name, role=role.value, active=active, created_at=joined,
                    login=login, password_hash=demo_hash)
        session.add(row)
        session.flush()
        result.append((row.id, role.value))
    return result


def demo_logins(staff) -> list[str]:
    """The demo accounts' logins: "owner" for the first owner, the pinyin of the name for
    everybody else (wanglei), a number added when two would be the same."""
    taken: set[str] = set()
    logins = []
    for name, role, _active in staff:
        login = "owner" if role == StaffRole.OWNER and "owner" not in taken else pinyin_of(name)[0]
        login = login or "staff"
        base, n = login, 2
        while login in taken:
            login, n = f"{base}{n}", n + 1
        taken.add(login)
        logins.append(login)
    return logins


def _insert_tags(session) -> dict[str, int]:
    existing = {name: tag_id for name, tag_id in session.execute(select(Tag.name, Tag.id))}
    for name in TAGS:
        if name not in existing:
            row = Tag(name=name)
            session.add(row)
            session.flush()
            existing[name] = row.id
    return {name: existing[name] for name in TAGS}


def _creation_times(gen: Generator, customers: int) -> list[datetime]:
    """When each customer was entered, oldest first (ids follow time)."""
    rng = gen.rng
    first = gen.today - timedelta(days=365 * YEARS_OF_HISTORY)
    span = (gen.today - first).days
    # a growing business: more new customers in later years
    days = sorted(int(span * (rng.random() ** 0.8)) for _ in range(customers))
    return [gen.moment(first + timedelta(days=d)) for d in days]


__all__ = ["CUSTOM_DATES", "DemoSummary", "generate_demo"]
