"""Opening, upgrading and checking a book (a SQLite file or a server URL)."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import DatabaseError, OperationalError

from app.db.changes import prune_vehicle_changes, vehicle_changes_to_prune
from app.db.engine import Book, sqlite_path, url_for
from app.db.integrity import IntegrityGate, is_damage
from app.db.migrate import UpgradeResult, check_compatible, head_revision, upgrade_book
from app.db.models import Customer, Interaction, Staff, Vehicle
from app.domain.changes import SYSTEM, Actor
from app.domain.desk_rules import Rules
from app.domain.errors import BookError
from app.services.admin.audit import AuditService, chain_problems
from app.services.admin.staff import StaffService
from app.services.analytics.segments import SegmentService
from app.services.customers.cards import CustomerService
from app.services.customers.household import HouseholdService
from app.services.customers.timeline import TimelineService
from app.services.customers.vehicles import VehicleService
from app.services.outreach.callsheet import CallSheetService
from app.services.outreach.followups import FollowUpService
from app.services.outreach.reminders import ReminderService
from app.services.service_lane.visits import VisitService

log = logging.getLogger(__name__)


@dataclass
class Services:
    """Every use case over one open book; built once in bootstrap and passed down."""

    book: Book
    customers: CustomerService
    vehicles: VehicleService
    timeline: TimelineService
    staff: StaffService
    reminders: ReminderService
    followups: FollowUpService
    callsheet: CallSheetService
    household: HouseholdService
    visits: VisitService
    segments: SegmentService
    upgraded_from: str | None = None
    backup: Path | None = None
    rules: Rules = field(default_factory=Rules)

    @property
    def audit(self) -> AuditService:
        """The audit log: read, follow its chain, export; record what changes nothing."""
        return AuditService(self.book)

    def apply_rules(self, rules: Rules) -> None:
        """Hand each service its part of the store's rules (a changed option)."""
        self.rules = rules
        self.reminders.use_rules(rules.reminders)
        self.followups.use_rules(rules.follow_ups)
        self.visits.use_rules(rules.service_lane)
        self.segments.use_rules(rules.value, rules.service_lane.lapse)
        self.leads.use_rules(rules.leads)
        self.callsheet.use_lead_rules(rules.leads)
        if "_dashboard" in self.__dict__:
            self.dashboard.use_lead_rules(rules.leads)

    # ------------------------------------------------------------ who writes, what changed
    def act_as(self, actor: Actor) -> None:
        """Writes not told otherwise are done by `actor` (the person at this desk)."""
        self.book.actor = actor

    def listen(self, listener) -> None:
        """`listener(committed)` after each committed write that changed something (on the
        thread that wrote; app.db.unit.Committed)."""
        self.book.listeners.append(listener)

    def stop_listening(self, listener) -> None:
        try:
            self.book.listeners.remove(listener)
        except ValueError:
            pass

    def others_wrote(self) -> bool:
        """Another desk or program wrote to the book since this desk last looked."""
        return self.book.others_wrote()

    @property
    def dashboard(self):
        """The owner's dashboard (app.services.analytics.dashboard), made when first asked for."""
        made = self.__dict__.get("_dashboard")
        if made is None:
            from app.services.analytics.dashboard import DashboardService

            made = self.__dict__["_dashboard"] = DashboardService(
                self.book, self.segments, self.reminders, self.rules.leads)
        return made

    @property
    def handover(self):
        """Handing a leaver's customers and follow-ups over to others
        (app.services.admin.handover), made when first asked for."""
        made = self.__dict__.get("_handover")
        if made is None:
            from app.services.admin.handover import HandOverService

            made = self.__dict__["_handover"] = HandOverService(self.book, self.segments)
        return made

    @property
    def leads(self):
        """Leads, the showroom log, test drives and referrals (app.services.sales.leads),
        made when first asked for, with the store's lead rules."""
        made = self.__dict__.get("_leads")
        if made is None:
            from app.services.sales.leads import LeadService

            made = self.__dict__["_leads"] = LeadService(self.book, self.rules.leads)
        return made

    @property
    def merges(self):
        """Merging duplicate customers and undoing a merge (app.services.customers.merge),
        made when first asked for; the duplicate finder is
        app.services.customers.duplicates.find_pairs(book)."""
        made = self.__dict__.get("_merges")
        if made is None:
            from app.services.customers.merge import MergeService

            made = self.__dict__["_merges"] = MergeService(self.book)
        return made

    @property
    def erasure(self):
        """Erasing a person, the retention review (app.services.admin.erase)."""
        from app.services.admin.erase import ErasureService

        return ErasureService(self.book)

    @property
    def consents(self):
        """Consent per purpose (app.services.customers.consents), made when first asked for."""
        made = self.__dict__.get("_consents")
        if made is None:
            from app.services.customers.consents import ConsentService

            made = self.__dict__["_consents"] = ConsentService(self.book)
        return made

    @property
    def accounts(self):
        """Signing in (app.services.admin.sign_in), made when first asked for."""
        made = self.__dict__.get("_accounts")
        if made is None:
            from app.services.admin.sign_in import SignInService

            made = self.__dict__["_accounts"] = SignInService(self.book, self.staff.passwords)
        return made

    @property
    def writable(self) -> bool:
        """False once the book is found damaged, or when it was opened only to read."""
        return self.book.writable

    @property
    def checking(self) -> bool:
        """True while the check made on opening is still reading the book."""
        return self.book.gate is not None and not self.book.gate.known

    def when_checked(self, listener) -> None:
        """`listener(problems)` once the check made on opening is over: () when the book is
        sound. Called at once when there was no check, else from the checking thread."""
        if self.book.gate is None:
            listener(())
        else:
            self.book.gate.when_known(listener)

    @property
    def location(self) -> str:
        """Where the book is, as a person reads it: the file, or the server's book as
        user@server:port/database (never its password: this is shown in the window and
        written to the log)."""
        if self.book.path is not None:
            return str(self.book.path)
        from app.services.admin.server_book import address_from_url

        return address_from_url(self.book.url)[0].shown

    def close(self) -> None:
        """Prune the vehicle change log and close the book (what cannot be pruned now, with
        the book busy or read-only, is pruned at a later close)."""
        if self.book.gate is not None:
            self.book.gate.stop()  # a check still running ends here (no verdict: no damage)
        if self.book.dialect.keeps_reminder_copy and self.book.writable:
            try:
                with self.book.reading() as session:
                    up_to = vehicle_changes_to_prune(session.connection())
                if up_to is not None:  # nothing is written to a book with nothing to prune
                    with self.book.writing(actor=SYSTEM) as session:
                        prune_vehicle_changes(session.connection(), up_to)
            except (OperationalError, BookError):
                log.info("vehicle change log not pruned", exc_info=True)
        self.book.dispose()


def _refuse_unusable_file(path: Path, create: bool) -> bool:
    """Refuses what must not be opened as a book; True when the file is there already.

    Only the file system is asked (stat, access): the book file itself is opened by
    SQLite alone."""
    if not path.exists():
        if not create:
            raise BookError("missing", str(path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BookError("cannot_create", str(exc)) from None
        if not os.access(path.parent, os.W_OK | os.X_OK):
            raise BookError("cannot_create", str(path.parent))
        return False
    if path.is_dir():
        raise BookError("not_a_book", str(path))
    if path.stat().st_size == 0:  # never silently made into a new book
        raise BookError("empty_file", str(path))
    if not os.access(path, os.R_OK):
        raise BookError("unreadable", str(path))
    # SQLite needs to write the book and, beside it, its -wal and -shm files
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK):
        raise BookError("read_only_place", str(path.parent))
    return True


def _database_error(exc: DatabaseError) -> BookError:
    """What a failure while opening means: busy, full disk, damaged ... or not a book."""
    from app.services.errors import classify

    known = classify(exc)
    if known is not None and known.code in ("busy", "disk_full", "disk_error", "damaged"):
        return known
    if is_damage(exc.orig):
        return BookError("damaged", str(exc.orig))
    return BookError("not_a_book", str(exc.orig))


def open_book(path_or_url: str | Path, create: bool = True, *, check: bool = True,
              read_only: bool = False, rules: Rules | None = None) -> Services:
    """Open (creating or upgrading as needed) and return the services over it, each built
    with its part of `rules` (the store's choices; the defaults without).

    An existing SQLite book is checked beside the work (`book.gate`): writes wait for the
    verdict and a damaged book takes none. `read_only` opens a book (a damaged one, to
    save what can be read) without upgrading it and refuses every write."""
    url = url_for(path_or_url)
    path = sqlite_path(url)
    existed = False
    if path is not None:
        existed = _refuse_unusable_file(path, create and not read_only)
    book = Book(url)
    try:
        if read_only:
            book.refuse_writes = "read_only_open"
            revision = check_compatible(book)
            result = UpgradeResult(revision, revision or "", None)
        else:
            result = upgrade_book(book)
    except BookError:
        book.dispose()
        raise
    except (OperationalError, DatabaseError) as exc:
        book.dispose()
        raise _database_error(exc) from None
    if path is not None and existed and check:
        book.gate = IntegrityGate(path)
    rules = rules or Rules()
    reminders = ReminderService(book, rules=rules.reminders)
    followups = FollowUpService(book, reminders, rules.follow_ups)
    return Services(
        book=book,
        customers=CustomerService(book),
        vehicles=VehicleService(book),
        timeline=TimelineService(book),
        staff=StaffService(book),
        reminders=reminders,
        followups=followups,
        callsheet=CallSheetService(book, reminders, followups, rules.leads),
        household=HouseholdService(book),
        visits=VisitService(book, rules.service_lane),
        segments=SegmentService(book, rules.value, rules.service_lane.lapse),
        upgraded_from=result.from_revision if result.backup else None,
        backup=result.backup,
        rules=rules,
    )


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    schema_revision: str | None
    program_revision: str
    problems: tuple[str, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)


def check_book(path_or_url: str | Path) -> CheckReport:
    """Integrity and schema version, read-only: the book is not upgraded or changed."""
    url = url_for(path_or_url)
    path = sqlite_path(url)
    head = head_revision()
    if path is not None and not path.exists():
        return CheckReport(False, None, head, ("missing",))
    book = Book(url)
    problems: list[str] = []
    counts: dict[str, int] = {}
    revision = None
    try:
        try:
            revision = check_compatible(book)
        except BookError as exc:
            return CheckReport(False, None, head, (exc.code + (f": {exc.detail}" if exc.detail else ""),))
        if revision is None:
            problems.append("not_initialised")
        elif revision != head:
            problems.append(f"needs_upgrade: {revision} -> {head}")
        with book.reading() as session:
            damage = book.dialect.integrity_problems(session)
            problems.extend(damage)
            if revision is not None and not damage:
                problems.extend(chain_problems(session))
            if revision is not None:
                for name, model in (
                    ("customers", Customer),
                    ("vehicles", Vehicle),
                    ("interactions", Interaction),
                    ("staff", Staff),
                ):
                    counts[name] = session.scalar(select(func.count()).select_from(model)) or 0
    except (OperationalError, DatabaseError) as exc:
        problems.append(f"unreadable: {exc.orig}")
    except BookError as exc:  # damage met while counting (Book.reading says so)
        if not any(p.startswith("integrity") for p in problems):
            problems.append(f"{exc.code}: {exc.detail}" if exc.detail else exc.code)
    finally:
        book.dispose()
    return CheckReport(not problems, revision, head, tuple(problems), counts)

