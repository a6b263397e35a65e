"""The book's tables. Changes only through an Alembic migration (migrations/versions)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base
from app.domain.clock import now


class Staff(Base):
    __tablename__ = "staff"
    __table_args__ = (
        # a sign-in name is one person's (staff without an account have none)
        Index("ix_staff_login", "login", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    role: Mapped[str] = mapped_column(String(20), default="advisor")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    # the account (migration 0010): the sign-in name, argon2's hash of the password (never
    # the password), the work phone; failed sign-ins in a row, and until when the next
    # attempt waits (a wrong password is slowed down after a few tries)
    login: Mapped[str | None] = mapped_column(String(40), nullable=True)
    password_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)
    phone: Mapped[str] = mapped_column(String(20), default="", server_default=text("''"))
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    wait_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class Customer(Base):
    __tablename__ = "customers"
    __table_args__ = (
        Index("ix_customers_archived_pinyin", "archived_at", "name_pinyin", "id"),
        Index("ix_customers_name_pinyin", "name_pinyin"),
        # the search's prefix ranges read the sort key and the archived mark from these,
        # never the customer's row (a one-letter query matches a fifth of the book)
        Index("ix_customers_name_search", "name", "archived_at", "name_pinyin"),
        Index("ix_customers_initials_search", "name_initials", "archived_at", "name_pinyin"),
        # what the search sorts its trigram hits by, a few pages instead of the wide rows
        Index("ix_customers_search_sort", "id", "archived_at", "name_pinyin"),
        Index("ix_customers_birthday", "birth_month", "birth_day"),
        Index("ix_customers_phone_digits", "phone_digits"),
        Index("ix_customers_last_contact", "last_contact_at"),
        # who may get marketing reminders: the call sheet's consent check reads this alone
        Index("ix_customers_marketing_consent", "marketing_consent", "advisor_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), default="person")
    name: Mapped[str] = mapped_column(String(120))
    name_pinyin: Mapped[str] = mapped_column(String(400), default="")
    name_initials: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    phone_digits: Mapped[str] = mapped_column(String(20), default="")
    phone_alt: Mapped[str] = mapped_column(String(20), default="")
    phone_wrong: Mapped[bool] = mapped_column(Boolean, default=False)
    wechat: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    gender: Mapped[str] = mapped_column(String(10), default="")
    birthday_calendar: Mapped[str] = mapped_column(String(10), default="solar")
    birth_year: Mapped[int | None] = mapped_column(Integer)
    birth_month: Mapped[int | None] = mapped_column(Integer)
    birth_day: Mapped[int | None] = mapped_column(Integer)
    birth_leap: Mapped[bool] = mapped_column(Boolean, default=False)
    occupation: Mapped[str] = mapped_column(String(80), default="")
    employer: Mapped[str] = mapped_column(String(120), default="")
    hobbies: Mapped[str] = mapped_column(String(200), default="")
    family_notes: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(String(20), default="")
    referred_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True
    )
    advisor_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    marketing_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    marketing_consent_date: Mapped[date | None] = mapped_column(Date)
    marketing_consent_channel: Mapped[str] = mapped_column(String(20), default="")
    key_account: Mapped[bool] = mapped_column(Boolean, default=False)
    # a post-service score of 3 or less, shown on the card until a manager closes it
    satisfaction_flag: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )
    last_contact_at: Mapped[datetime | None] = mapped_column(DateTime)
    # the latest service visit's day, kept by the visit service: lapsed customers by index
    last_visit_on: Mapped[date | None] = mapped_column(Date, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # when the person's data was erased on their request (migration 0011): the row stays,
    # anonymised, for the counts and amounts
    erased_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class Consent(Base):
    """One grant or withdrawal of a customer's consent to a purpose (migration 0011): the
    history is kept, the newest entry per purpose is the consent now."""

    __tablename__ = "consents"
    __table_args__ = (
        Index("ix_consents_customer_purpose", "customer_id", "purpose", "id"),
        Index("ix_consents_purpose", "purpose", "customer_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    # service_reminders, marketing, share_maker, share_insurer (app.domain.enums)
    purpose: Mapped[str] = mapped_column(String(20))
    granted: Mapped[bool] = mapped_column(Boolean)
    on_day: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(20), default="", server_default=text("''"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    at: Mapped[datetime] = mapped_column(DateTime, default=now)


class CustomerMerge(Base):
    """Two customers merged into one (migration 0012): the kept one, the merged one (kept,
    archived), and the merge's own changes as JSON (app.services.customers.merge), so that
    undoing it reverses exactly those."""

    __tablename__ = "customer_merges"

    id: Mapped[int] = mapped_column(primary_key=True)
    kept_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    merged_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(DateTime, default=now)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
    changes: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))


class BookSetting(Base):
    """The book's own settings, the same at every desk (migration 0011): which rights the
    owner gives each role (app.domain.roles)."""

    __tablename__ = "book_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))


class CustomerSearch(Base):
    """One row per customer: the keys it is found by (name, pinyin, phones, plates, VINs)."""

    __tablename__ = "customer_search"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True
    )
    keys: Mapped[str] = mapped_column(Text, default="")


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)


class CustomerTag(Base):
    __tablename__ = "customer_tags"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Vehicle(Base):
    __tablename__ = "vehicles"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True
    )
    make: Mapped[str] = mapped_column(String(40), default="")
    model: Mapped[str] = mapped_column(String(60), default="")
    trim: Mapped[str] = mapped_column(String(80), default="")
    vin: Mapped[str | None] = mapped_column(String(17), unique=True)
    plate: Mapped[str] = mapped_column(String(12), default="", index=True)
    colour: Mapped[str] = mapped_column(String(30), default="")
    year: Mapped[int | None] = mapped_column(Integer)
    purchase_date: Mapped[date | None] = mapped_column(Date)
    # month*100+day of the purchase date: purchase anniversaries found through an index
    purchase_md: Mapped[int | None] = mapped_column(Integer, index=True)
    purchase_type: Mapped[str] = mapped_column(String(12), default="new_here")
    price_yuan: Mapped[int | None] = mapped_column(Integer)
    mileage_km: Mapped[int | None] = mapped_column(Integer)
    insurance_expiry: Mapped[date | None] = mapped_column(Date, index=True)
    inspection_due: Mapped[date | None] = mapped_column(Date, index=True)
    warranty_end: Mapped[date | None] = mapped_column(Date, index=True)
    # the predicted next maintenance, worked out from the visits whenever they change
    next_service_due: Mapped[date | None] = mapped_column(Date, index=True)
    next_service_km: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)


class VehicleOwnership(Base):
    """Who owned which vehicle when; the open row (end_date NULL) is the current owner."""

    __tablename__ = "vehicle_ownerships"

    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(
        ForeignKey("vehicles.id", ondelete="CASCADE"), index=True
    )
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)


class Interaction(Base):
    """The contact timeline: every call, visit and message."""

    __tablename__ = "interactions"
    __table_args__ = (
        Index("ix_interactions_customer_time", "customer_id", "occurred_at"),
        # covers the contacts per staff member over a date range (the dashboard)
        Index("ix_interactions_time_staff", "occurred_at", "staff_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    vehicle_id: Mapped[int | None] = mapped_column(
        ForeignKey("vehicles.id", ondelete="SET NULL"), index=True
    )
    staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(12), default="call")
    summary: Mapped[str] = mapped_column(Text, default="")
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    # set when the entry records a follow-up's outcome (shown in the person's language)
    follow_up_id: Mapped[int | None] = mapped_column(
        ForeignKey("follow_ups.id", ondelete="SET NULL"), index=True
    )
    outcome: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)


class HouseholdMember(Base):
    """Spouse, children, parents: their birthdays are reasons to call too."""

    __tablename__ = "household_members"
    __table_args__ = (Index("ix_household_members_birthday", "birth_month", "birth_day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    relation: Mapped[str] = mapped_column(String(10), default="other")
    name: Mapped[str] = mapped_column(String(80), default="")
    birthday_calendar: Mapped[str] = mapped_column(String(10), default="solar")
    birth_year: Mapped[int | None] = mapped_column(Integer)
    birth_month: Mapped[int | None] = mapped_column(Integer)
    birth_day: Mapped[int | None] = mapped_column(Integer)
    birth_leap: Mapped[bool] = mapped_column(Boolean, default=False)
    phone: Mapped[str] = mapped_column(String(20), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class ImportantDate(Base):
    """A dated item on a card: a wedding anniversary or anything the advisor notes."""

    __tablename__ = "important_dates"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20), default="custom")  # wedding_anniversary | custom
    title: Mapped[str] = mapped_column(String(120), default="")
    on_date: Mapped[date] = mapped_column(Date)
    yearly: Mapped[bool] = mapped_column(Boolean, default=True)


class FollowUp(Base):
    """A call to make: customer, reason, due date, advisor, status and outcome."""

    __tablename__ = "follow_ups"
    __table_args__ = (
        Index("ix_follow_ups_status_due", "status", "due_date"),
        # (the due date too: one advisor's calls of a day read only those follow-ups, 0015)
        Index("ix_follow_ups_advisor_status_due", "advisor_id", "status", "due_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(String(24))
    due_date: Mapped[date] = mapped_column(Date)
    advisor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(12), default="open")
    outcome: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    expires_on: Mapped[date | None] = mapped_column(Date)
    snoozed_until: Mapped[date | None] = mapped_column(Date)
    reminder_kind: Mapped[str | None] = mapped_column(String(24))
    occurs_on: Mapped[date | None] = mapped_column(Date)
    # the visit a post-service call is about (its outcome records the satisfaction)
    visit_id: Mapped[int | None] = mapped_column(
        ForeignKey("service_visits.id", ondelete="SET NULL"), index=True
    )
    # the lead a sales call is about (its next follow-up, a test drive, a delivery call,
    # a referral): migration 0013
    lead_id: Mapped[int | None] = mapped_column(
        ForeignKey("leads.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)


class ReminderMark(Base):
    """What was done with one occurrence of a reminder (done, snoozed, dismissed, a follow-up)."""

    __tablename__ = "reminder_marks"
    __table_args__ = (UniqueConstraint("kind", "source_id", "occurs_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))
    source_id: Mapped[int] = mapped_column(Integer)
    occurs_on: Mapped[date] = mapped_column(Date, index=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    state: Mapped[str] = mapped_column(String(12))
    snoozed_until: Mapped[date | None] = mapped_column(Date)
    follow_up_id: Mapped[int | None] = mapped_column(
        ForeignKey("follow_ups.id", ondelete="SET NULL")
    )
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)


class ServiceVisit(Base):
    """One visit of a vehicle to the service lane."""

    __tablename__ = "service_visits"
    __table_args__ = (
        Index("ix_service_visits_vehicle_date", "vehicle_id", "date_in"),
        Index("ix_service_visits_customer_date", "customer_id", "date_in"),
        # covers the per-customer value and loyalty sums (no table reads for a million visits)
        Index("ix_service_visits_customer_value", "customer_id", "date_in", "visit_type",
              "total_fen"),
        # covers the dashboard's figures per month (visits, revenue, satisfaction, advisors)
        Index("ix_service_visits_month_figures", "date_in", "service_advisor_id", "total_fen",
              "satisfaction", "customer_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id", ondelete="CASCADE"))
    # the owner at the time of the visit (the vehicle may change hands later)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL")
    )
    date_in: Mapped[date] = mapped_column(Date, index=True)
    date_out: Mapped[date | None] = mapped_column(Date)
    visit_type: Mapped[str] = mapped_column(String(16), default="maintenance")
    mileage_km: Mapped[int | None] = mapped_column(Integer)
    total_fen: Mapped[int] = mapped_column(Integer, default=0)
    service_advisor_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    comments: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    version: Mapped[int] = mapped_column(Integer, default=1)


class VisitItem(Base):
    """A line of work on a visit, with its amount."""

    __tablename__ = "visit_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(
        ForeignKey("service_visits.id", ondelete="CASCADE"), index=True
    )
    description: Mapped[str] = mapped_column(String(200), default="")
    amount_fen: Mapped[int] = mapped_column(Integer, default=0)


class AuditEntry(Base):
    """Who did what to which record when (migration 0010): appended, never changed but for
    erasure. Each entry's `hash` is sha256 over the previous entry's hash and this entry's
    own fields (its detail as the detail's sha256), so an entry edited or removed by hand
    breaks the chain (`guanxi check` follows it), while an entry about a person erased on
    request keeps only its detail's digest ("sha256:<hex>") and the chain still holds."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_at", "at"),
        Index("ix_audit_log_staff_at", "staff_id", "at"),
        Index("ix_audit_log_record", "record_kind", "record_id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=now)
    # the signed-in person (None: the program itself, or nobody signed in), and their name
    # as it was then
    staff_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    actor: Mapped[str] = mapped_column(String(80), default="")
    # create, change, archive, merge, import, export, print, reveal, consent, erase,
    # sign_in, sign_in_failed, restore ...
    action: Mapped[str] = mapped_column(String(30))
    record_kind: Mapped[str] = mapped_column(String(30), default="")
    record_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # what else there is to say, as JSON: the fields changed (old -> new), a list's name
    # and its row count, a reason
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")


class ChangeCount(Base):
    """A counter per topic, kept by triggers (migration 0005): 'reminder_sources' grows
    whenever a date, name, phone, owner or advisor the reminders are computed from changes,
    so an in-memory copy of those can tell it is still current."""

    __tablename__ = "change_counts"

    topic: Mapped[str] = mapped_column(String(40), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)


class LapsedMonthEnd(Base):
    """The dashboard's lapsed customers (at risk, lost) at the end of a month already over,
    for every advisor (advisor_key 0) or one, under given lapse thresholds. SQLite triggers
    (migration 0006) delete the rows a visit or customer change makes wrong."""

    __tablename__ = "lapsed_month_ends"

    advisor_key: Mapped[int] = mapped_column(Integer, primary_key=True)
    at_risk_months: Mapped[int] = mapped_column(Integer, primary_key=True)
    lost_months: Mapped[int] = mapped_column(Integer, primary_key=True)
    month_end: Mapped[date] = mapped_column(Date, primary_key=True)
    at_risk: Mapped[int] = mapped_column(Integer)
    lost: Mapped[int] = mapped_column(Integer)


class VehicleChange(Base):
    """A vehicle whose reminder dates, owner or description changed (triggers of migration
    0005): the reminders' in-memory copy patches these cars instead of reading it all."""

    __tablename__ = "vehicle_changes"
    __table_args__ = {"sqlite_autoincrement": True}

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(Integer)


class Lead(Base):
    """A prospect's lead (issue 16, migration 0013): a customer's card plus what the sales
    floor works with: source, models, budget, payment, trade-in, intent level, stage, the
    next follow-up, the advisor; when it reached each stage; the order, the delivery and
    its vehicle; the lost-lead review; who referred it from which department."""

    __tablename__ = "leads"
    __table_args__ = (
        Index("ix_leads_stage_advisor", "stage", "advisor_id"),
        Index("ix_leads_advisor_next", "advisor_id", "next_follow_up"),
        Index("ix_leads_created", "created_at"),
        # one advisor's dormant leads (the call sheet) read from the index alone: the level,
        # stage and last touch (app.services.sales.dormant.last_touch) and customer of each
        # of their leads, without the wide lead rows (0015)
        Index("ix_leads_advisor_touch", "advisor_id", "level", "stage", "last_contact_at",
              "created_at", "customer_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    advisor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    source: Mapped[str] = mapped_column(String(20), default="walk_in")
    models: Mapped[str] = mapped_column(String(200), default="")
    budget_yuan: Mapped[int | None] = mapped_column(Integer)
    payment: Mapped[str] = mapped_column(String(10), default="")
    trade_in: Mapped[str] = mapped_column(String(200), default="")
    level: Mapped[str] = mapped_column(String(4), default="B")
    stage: Mapped[str] = mapped_column(String(16), default="new")
    next_follow_up: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    first_contact_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_contact_at: Mapped[datetime | None] = mapped_column(DateTime)
    # when the lead first reached each stage (kept when it moves on, or is lost)
    contacted_at: Mapped[datetime | None] = mapped_column(DateTime)
    showroom_at: Mapped[datetime | None] = mapped_column(DateTime)
    test_drive_at: Mapped[datetime | None] = mapped_column(DateTime)
    negotiation_at: Mapped[datetime | None] = mapped_column(DateTime)
    ordered_at: Mapped[datetime | None] = mapped_column(DateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime)
    lost_at: Mapped[datetime | None] = mapped_column(DateTime)
    # the order, the delivery
    order_model: Mapped[str] = mapped_column(String(120), default="")
    order_price_yuan: Mapped[int | None] = mapped_column(Integer)
    expected_delivery: Mapped[date | None] = mapped_column(Date)
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id", ondelete="SET NULL"))
    # closing as lost: the advisor asks with a reason, the sales manager approves or sends back
    lost_reason: Mapped[str] = mapped_column(String(20), default="")
    lost_competitor: Mapped[str] = mapped_column(String(60), default="")
    lost_note: Mapped[str] = mapped_column(Text, default="")
    lost_review: Mapped[str] = mapped_column(String(12), default="")
    lost_requested_at: Mapped[datetime | None] = mapped_column(DateTime)
    lost_reviewed_by: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"))
    # passed to sales by another department
    referrer_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    referral_department: Mapped[str] = mapped_column(String(20), default="")
    referral_kind: Mapped[str] = mapped_column(String(20), default="")
    referral_note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    version: Mapped[int] = mapped_column(Integer, default=1)


class ShowroomVisit(Base):
    """The showroom log (来店登记): a walk-in or a phone-up, its times, party, whether it is
    the first visit, the interest and the advisor on duty; the lead it opened or updated."""

    __tablename__ = "showroom_visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("leads.id", ondelete="SET NULL"),
                                                index=True)
    kind: Mapped[str] = mapped_column(String(10), default="walk_in")
    arrived_at: Mapped[datetime] = mapped_column(DateTime, default=now, index=True)
    left_at: Mapped[datetime | None] = mapped_column(DateTime)
    party_size: Mapped[int] = mapped_column(Integer, default=1)
    first_visit: Mapped[bool] = mapped_column(Boolean, default=True)
    interest: Mapped[str] = mapped_column(String(200), default="")
    advisor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)


class TestDrive(Base):
    """A test drive of a lead: when, which model and demo car (plate), the driving licence
    seen, the advisor along, the feedback; scheduled, done or cancelled."""

    __tablename__ = "test_drives"
    __table_args__ = (Index("ix_test_drives_advisor_at", "advisor_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"), index=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    kind: Mapped[str] = mapped_column(String(10), default="showroom")
    model: Mapped[str] = mapped_column(String(120), default="")
    plate: Mapped[str] = mapped_column(String(12), default="")
    licence_seen: Mapped[bool] = mapped_column(Boolean, default=False)
    advisor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    state: Mapped[str] = mapped_column(String(10), default="scheduled")
    feedback: Mapped[str] = mapped_column(Text, default="")
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    version: Mapped[int] = mapped_column(Integer, default=1)
