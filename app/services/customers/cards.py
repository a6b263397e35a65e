"""Customers: search, read, create, edit, archive and restore."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import fields
from datetime import datetime
from enum import StrEnum

from sqlalchemy import bindparam, delete, func, or_, select, text, update
from sqlalchemy.orm import Session

from app.db import audit
from app.db.cancel import Cancelled, StatementCancel
from app.db.engine import Book
from app.db.models import Customer, CustomerTag, Staff, Tag, Vehicle
from app.db.upkeep import refresh_search_keys, touch_last_contact  # noqa: F401 (used below)
from app.domain.clock import now as _now
from app.domain.enums import (
    CalendarKind,
    ConsentChannel,
    ConsentPurpose,
    CustomerKind,
    CustomerSort,
    CustomerSource,
    Gender,
)
from app.domain.errors import ConflictError, FieldError, NotFoundError, ValidationError
from app.domain.records import CustomerCard, CustomerInput, CustomerRecord, CustomerRow
from app.domain.roles import Right
from app.domain.rules import validate_customer
from app.domain.search import FURTHER_READING, SEPARATOR, normalize_query, pinyin_of
from app.domain.validation import (
    format_phone,
    is_masked,
    normalize_phone,
    phone_digits,
)
from app.services.permissions import masker, refusal, require_any, require_customers

TIMELINE_LIMIT = 500
AMONG_MAX = 10  # search_ids(among=...): a row and its neighbours, never a list


_INPUT_FIELDS = [f.name for f in fields(CustomerInput) if f.name != "tags"]
# a card as it was before a save: what the audit log's change entry compares (statements
# built once: a card save is the program's most frequent write)
_OLD_CARD = select(*[Customer.__table__.c[name] for name in _INPUT_FIELDS]).where(
    Customer.__table__.c.id == bindparam("cid"))
# a card's tags taken off before its new ones are put on: the ids it had
_DROP_TAGS = delete(CustomerTag.__table__).where(
    CustomerTag.__table__.c.customer_id == bindparam("cid")).returning(
    CustomerTag.__table__.c.tag_id)

_SORT_SQL = {
    CustomerSort.NAME: "c.name_pinyin",
    CustomerSort.PHONE: "c.phone_digits",
    CustomerSort.ADVISOR: "s.name",
    CustomerSort.SOURCE: "c.source",
    CustomerSort.LAST_CONTACT: "c.last_contact_at",
    CustomerSort.CREATED: "c.created_at",
}


class CustomerService:
    def __init__(self, book: Book):
        self.book = book

    # ------------------------------------------------------------ search
    def search_ids(
        self,
        query: str = "",
        *,
        include_archived: bool = False,
        sort: CustomerSort = CustomerSort.NAME,
        descending: bool = False,
        limit: int | None = None,
        among: Sequence[int] | None = None,
        cancel: StatementCancel | None = None,
    ) -> list[int]:
        """Ids of matching customers in list order.

        Queries of three or more characters match anywhere in the name, full
        pinyin, initials, phone digits, plates and VINs; shorter ones match the
        start of the name, the initials or the pinyin ("zs" finds 张三), a
        two-letter one also the start of a further reading ("cx" finds 曾小贤).

        `limit`: only the first ones (a list's first page). `among`: only these customers
        (a few: whether they still match, and in which order). `cancel`: another thread may
        stop the search (it then raises app.db.cancel.Cancelled).
        """
        sql, params = self._search_sql(normalize_query(query), include_archived,
                                       CustomerSort(sort), descending, among)
        if limit is not None:
            sql += " LIMIT :limit"
            params["limit"] = int(limit)
        with self.book.reading() as session:
            if cancel is None:
                return self._ids_of(session, sql, params)
            with cancel.watching(session):
                return self._ids_of(session, sql, params)

    def _ids_of(self, session: Session, sql: str, params: dict) -> list[int]:
        return self.book.dialect.first_column(session.connection(), sql, params)

    def _search_sql(self, q: str, include_archived: bool, sort: CustomerSort,
                    descending: bool, among: Sequence[int] | None) -> tuple[str, dict]:
        direction = "DESC" if descending else "ASC"
        params: dict = {}
        if among is not None:
            among = [int(i) for i in among][:AMONG_MAX]  # a bounded number of parameters
            params.update({f"a{n}": i for n, i in enumerate(among)})
            chosen = ", ".join(f":a{n}" for n in range(len(among))) or "NULL"
        if q and len(q) < 3 and sort == CustomerSort.NAME:
            # Each prefix range is read from an index that also holds the sort key and the
            # archived mark, so no customer row is visited; the ranges merge in list order.
            live = "" if include_archived else " AND archived_at IS NULL"
            only = f" AND id IN ({chosen})" if among is not None else ""
            branches = [
                f"SELECT id, name_pinyin FROM customers WHERE name_initials >= :q"
                f" AND name_initials < :upper{live}{only}",
                f"SELECT id, name_pinyin FROM customers WHERE name_pinyin >= :q"
                f" AND name_pinyin < :upper{live}{only}",
                f"SELECT id, name_pinyin FROM customers WHERE name >= :q AND name < :upper{live}{only}",
            ]
            if len(q) == 2:
                branches.append(
                    "SELECT c.id, c.name_pinyin FROM " + self._further_reading(q, params)
                    + f" {self.book.dialect.ordered_join} customers c ON c.id = m.id WHERE 1 = 1"
                    + live.replace("archived_at", "c.archived_at")
                    + only.replace("id IN", "c.id IN")
                )
            params.update(q=q, upper=q + "\U0010ffff")
            sql = " UNION ".join(branches) + f" ORDER BY 2 {direction}, 1 {direction}"
            return sql, params
        joins = "LEFT JOIN staff s ON s.id = c.advisor_id" if sort == CustomerSort.ADVISOR else ""
        where = [] if include_archived else ["c.archived_at IS NULL"]
        if among is not None:
            where.append(f"c.id IN ({chosen})")
        if not q:
            source = "customers c"
        elif len(q) >= 3 and self.book.dialect.has_search_index:
            # Driven from the trigram index: only the hits are looked up and sorted (by
            # name from a narrow index that holds the sort key, see migration 0008).
            source = self.book.dialect.search_source(
                "ix_customers_search_sort" if sort == CustomerSort.NAME else None)
            where.append(self.book.dialect.search_match("phrase"))
            params["phrase"] = '"' + q.replace('"', '""') + '"'
        elif len(q) >= 3:
            source = (f"customer_search k {self.book.dialect.ordered_join} customers c"
                      " ON c.id = k.customer_id")
            where.append("k.keys LIKE :pattern ESCAPE '!'")
            escaped = q.replace("!", "!!").replace("%", "!%").replace("_", "!_")
            params["pattern"] = f"%{escaped}%"
        else:
            # Each prefix range runs on its own index; the union is then sorted.
            further = ""
            if len(q) == 2:
                further = " UNION SELECT id FROM " + self._further_reading(q, params)
            source = (
                "(SELECT id FROM customers WHERE name_initials >= :q AND name_initials < :upper"
                " UNION SELECT id FROM customers WHERE name_pinyin >= :q AND name_pinyin < :upper"
                f" UNION SELECT id FROM customers WHERE name >= :q AND name < :upper{further}) m"
                f" {self.book.dialect.ordered_join} customers c ON c.id = m.id"
            )
            params.update(q=q, upper=q + "\U0010ffff")
        sql = f"SELECT c.id FROM {source} {joins}"
        if where:
            sql += " WHERE " + " AND ".join(where)
        nulls = self.book.dialect.nulls_as_sqlite(direction)
        sql += f" ORDER BY {_SORT_SQL[sort]} {direction}{nulls}, c.id {direction}"
        return sql, params

    def _further_reading(self, q: str, params: dict) -> str:
        """A subquery `m` (id) of the customers with a further reading starting with the
        two letters `q`: the trigram index finds "|~cx"."""
        marked = SEPARATOR + FURTHER_READING + q
        return self.book.dialect.further_reading_ids(marked, params)

    def count(self, include_archived: bool = False) -> int:
        stmt = select(func.count(Customer.id))
        if not include_archived:
            stmt = stmt.where(Customer.archived_at.is_(None))
        with self.book.reading() as session:
            return session.scalar(stmt) or 0

    def rows(self, ids: list[int]) -> list[CustomerRow]:
        """List rows for the given ids, in the order given."""
        if not ids:
            return []
        with self.book.reading() as session:
            found = session.execute(
                select(
                    Customer.id,
                    Customer.name,
                    Customer.kind,
                    Customer.phone,
                    Staff.name,
                    Customer.source,
                    Customer.last_contact_at,
                    Customer.created_at,
                    Customer.archived_at,
                    Customer.key_account,
                    Customer.advisor_id,
                )
                .outerjoin(Staff, Staff.id == Customer.advisor_id)
                .where(Customer.id.in_(ids))
            ).all()
            plates: dict[int, list[str]] = {}
            for owner_id, plate in session.execute(
                select(Vehicle.owner_id, Vehicle.plate)
                .where(Vehicle.owner_id.in_(ids), Vehicle.archived_at.is_(None), Vehicle.plate != "")
                .order_by(Vehicle.id)
            ):
                plates.setdefault(owner_id, []).append(plate)
        mask = masker(self.book.actor)
        by_id = {
            r[0]: CustomerRow(
                id=r[0],
                name=r[1],
                kind=CustomerKind(r[2]),
                phone=format_phone(r[3]) if mask is None or mask.shows(r[10])
                else mask.phone(r[3], r[10]),
                plates=" ".join(plates.get(r[0], ())),
                advisor_name=r[4] or "",
                source=CustomerSource(r[5] or ""),
                last_contact_at=r[6],
                created_at=r[7],
                archived=r[8] is not None,
                key_account=bool(r[9]),
                advisor_id=r[10],
                masked=not (mask is None or mask.shows(r[10])),
            )
            for r in found
        }
        return [by_id[i] for i in ids if i in by_id]

    # ------------------------------------------------------------ same phone
    def customers_with_phone(
        self, numbers: Iterable[str], exclude_id: int | None = None
    ) -> list[CustomerRow]:
        """Other customers (archived ones too) who already have one of these numbers as
        their mobile or other phone, compared in E.164 form whatever way the numbers were
        typed ("138 0013 8000", "+86 138-0013-8000"); numbers that are not valid phone
        numbers are left out (the card refuses them anyway). Oldest customer first."""
        wanted: set[str] = set()
        for number in numbers:
            try:
                wanted.add(normalize_phone(number))
            except ValidationError:
                continue
        wanted.discard("")
        if not wanted:
            return []
        # the search index finds both numbers of a card by their digits (the other phone
        # has no index of its own: a scan of the book on every save); then the exact match
        candidates: set[int] = set()
        for number in wanted:
            candidates.update(self.search_ids(phone_digits(number), include_archived=True))
        candidates.discard(exclude_id)
        if not candidates:
            return []
        with self.book.reading() as session:
            ids = set(session.scalars(select(Customer.id).where(
                Customer.id.in_(candidates),
                or_(Customer.phone.in_(wanted), Customer.phone_alt.in_(wanted)))))
        return self.rows(sorted(ids))

    # ------------------------------------------------------------ read
    def get(self, customer_id: int) -> CustomerRecord:
        with self.book.reading() as session:
            return self._record(session, customer_id)

    def card(self, customer_id: int) -> CustomerCard:
        """The customer, their vehicles and the timeline (newest first) in one read."""
        from app.services.customers.timeline import timeline_of
        from app.services.customers.vehicles import vehicles_of

        with self.book.reading() as session:
            return CustomerCard(
                customer=self._record(session, customer_id),
                vehicles=tuple(vehicles_of(session, customer_id)),
                timeline=tuple(timeline_of(session, customer_id, TIMELINE_LIMIT)),
            )

    def _record(self, session: Session, customer_id: int) -> CustomerRecord:
        row = session.get(Customer, customer_id)
        if row is None:
            raise NotFoundError(customer_id)
        tags = tuple(
            session.scalars(
                select(Tag.name)
                .join(CustomerTag, CustomerTag.tag_id == Tag.id)
                .where(CustomerTag.customer_id == customer_id)
                .order_by(Tag.name)
            )
        )
        referred_by = (
            session.scalar(select(Customer.name).where(Customer.id == row.referred_by_id))
            if row.referred_by_id
            else ""
        )
        advisor = (
            session.scalar(select(Staff.name).where(Staff.id == row.advisor_id))
            if row.advisor_id
            else ""
        )
        values = {name: getattr(row, name) for name in _INPUT_FIELDS}
        values.update(
            kind=CustomerKind(row.kind),
            gender=Gender(row.gender or ""),
            birthday_calendar=CalendarKind(row.birthday_calendar),
            source=CustomerSource(row.source or ""),
            marketing_consent_channel=ConsentChannel(row.marketing_consent_channel or ""),
        )
        mask = masker(self.book.actor)
        masked = mask is not None and not mask.shows(row.advisor_id)
        if masked:
            values.update(phone=mask.phone(row.phone, row.advisor_id),
                          phone_alt=mask.phone(row.phone_alt, row.advisor_id),
                          address=mask.address(row.address, row.advisor_id))
        return CustomerRecord(
            **values,
            tags=tags,
            masked=masked,
            id=row.id,
            referred_by_name=referred_by or "",
            advisor_name=advisor or "",
            created_at=row.created_at,
            updated_at=row.updated_at,
            archived_at=row.archived_at,
            version=row.version,
            phone_wrong=bool(row.phone_wrong),
            satisfaction_flag=bool(row.satisfaction_flag),
        )

    def reveal(self, customer_id: int) -> dict[str, str]:
        """The full phone numbers and address of a card shown masked (a click on the card):
        written to the audit log."""
        with self.book.writing() as session:
            row = session.get(Customer, customer_id)
            if row is None:
                raise NotFoundError(customer_id)
            full = {"phone": row.phone, "phone_alt": row.phone_alt, "address": row.address}
            audit.note(session, "reveal", "customer", customer_id,
                       {"fields": [k for k, v in full.items() if v]})
        return full

    # ------------------------------------------------------------ write
    def create(self, data: CustomerInput) -> CustomerRecord:
        """A new customer: anyone who works customers; given to another advisor only by
        whoever may reassign."""
        actor = self.book.actor
        require_any(self.book, Right.WORK_OWN, Right.WORK_ANY)
        if data.advisor_id not in (None, actor.staff_id):
            require_any(self.book, Right.REASSIGN, Right.WORK_ANY)
        with self.book.writing() as session:
            clean = self._validate(session, None, data)
            row = Customer(**self._columns(clean), version=1)
            session.add(row)
            session.flush()
            self._set_tags(session, row.id, clean.tags)
            refresh_search_keys(session, row.id)
            customer_id = row.id
            audit.note(session, "create", "customer", customer_id)
            if clean.marketing_consent:
                self._consent_history(session, customer_id, clean)
        return self.get(customer_id)

    def update(self, customer_id: int, data: CustomerInput, version: int) -> CustomerRecord:
        """Save an edit; refused with ConflictError if another desk saved first."""
        actor = self.book.actor
        with self.book.writing() as session:
            require_customers(session, actor, [customer_id])
            old = session.connection().execute(_OLD_CARD, {"cid": customer_id}).first()
            if old is not None:
                data = _unmasked(data, old)
                taken = old.advisor_id is None and data.advisor_id == actor.staff_id
                if data.advisor_id != old.advisor_id and not taken \
                        and not actor.may(Right.REASSIGN):
                    raise refusal(Right.REASSIGN)
            clean = self._validate(session, customer_id, data)
            values = self._columns(clean)
            old_phone = old.phone if old is not None else None
            if old_phone is not None and old_phone != values["phone"]:
                values["phone_wrong"] = False  # a new number is not the wrong one
            result = session.execute(
                update(Customer)
                .where(Customer.id == customer_id, Customer.version == version)
                .values(**values, version=version + 1, updated_at=_now())
            )
            if result.rowcount != 1:
                if session.get(Customer, customer_id) is None:
                    raise NotFoundError(customer_id)
                raise ConflictError(customer_id)
            old_tags = self._set_tags(session, customer_id, clean.tags)
            refresh_search_keys(session, customer_id)
            changed = {name: [getattr(old, name), values[name]] for name in _INPUT_FIELDS
                       if not _same(getattr(old, name), values[name])}
            if sorted(old_tags) != sorted(clean.tags):
                changed["tags"] = [sorted(old_tags), sorted(clean.tags)]
            audit.note(session, "change", "customer", customer_id, {"fields": changed})
            if bool(old.marketing_consent) != bool(clean.marketing_consent):
                self._consent_history(session, customer_id, clean)
        return self.get(customer_id)

    def archive(self, customer_id: int) -> None:
        self._set_archived(customer_id, _now())

    def restore(self, customer_id: int) -> None:
        self._set_archived(customer_id, None)

    def _set_archived(self, customer_id: int, when: datetime | None) -> None:
        with self.book.writing() as session:
            require_customers(session, self.book.actor, [customer_id])
            result = session.execute(
                update(Customer)
                .where(Customer.id == customer_id)
                .values(archived_at=when, version=Customer.version + 1, updated_at=_now())
            )
            if result.rowcount != 1:
                raise NotFoundError(customer_id)
            audit.note(session, "archive" if when else "restore", "customer", customer_id)

    def export_rows(self, ids: list[int] | None = None, *, marketing_only: bool = False):
        """Every current customer as a flat row for a spreadsheet, in list order (streamed);
        with `ids` (a searched list), those customers in that order. `marketing_only`:
        only the customers who agreed to marketing (an export for marketing)."""
        actor = self.book.actor
        mask = masker(actor)
        # whoever may export only their own lists gets their own customers only
        own = None
        if not actor.may(Right.EXPORT_ALL):
            if actor.staff_id is None or not actor.may(Right.EXPORT_OWN):
                raise refusal(Right.EXPORT_OWN)
            own = actor.staff_id

        def out(row):
            advisor = row[-1]
            if own is not None and advisor != own:
                return None
            row = row[1:-1]
            if mask is not None and not mask.shows(advisor):
                row = list(row)
                row[2], row[3] = mask.phone(row[2], advisor), mask.phone(row[3], advisor)
                row[18] = mask.address(row[18], advisor)
                return tuple(row)
            return _export_row(row)

        base = _export_sql(self.book.dialect)
        if marketing_only:
            base = base.replace("WHERE c.archived_at IS NULL",
                                "WHERE c.archived_at IS NULL AND c.marketing_consent = :yes")
        params = {"yes": True} if marketing_only else {}
        with self.book.reading() as session:
            if ids is None:
                sql = base
                if own is not None:
                    sql = sql.replace("WHERE c.archived_at IS NULL",
                                      f"WHERE c.archived_at IS NULL AND c.advisor_id = {int(own)}")
                for row in session.execute(text(sql), params):
                    shown = out(row)
                    if shown is not None:
                        yield shown
                return
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                sql = base.replace(
                    "WHERE c.archived_at IS NULL", f"WHERE c.id IN ({','.join(map(str, map(int, chunk)))})"
                )
                found = {row[0]: row for row in session.execute(text(sql), params)}
                for customer_id in chunk:
                    if customer_id in found:
                        shown = out(found[customer_id])
                        if shown is not None:
                            yield shown

    def all_tags(self) -> list[str]:
        with self.book.reading() as session:
            return list(session.scalars(select(Tag.name).order_by(Tag.name)))

    # ------------------------------------------------------------ helpers
    def _consent_history(self, session: Session, customer_id: int, clean: CustomerInput) -> None:
        """The card's marketing box changed: the consent history gets the same change."""
        from app.services.customers.consents import record

        granted = bool(clean.marketing_consent)
        # a withdrawal is dated the day it is saved (the card's date is the agreement's)
        on_day = (clean.marketing_consent_date if granted else None) or _now().date()
        record(session, customer_id, ConsentPurpose.MARKETING, granted, on_day,
               ConsentChannel(clean.marketing_consent_channel or ""), self.book.actor.staff_id,
               from_card=True)

    @staticmethod
    def _columns(clean: CustomerInput) -> dict:
        values = {name: getattr(clean, name) for name in _INPUT_FIELDS}
        for key, value in values.items():
            if isinstance(value, StrEnum):
                values[key] = value.value
        full, initials = pinyin_of(clean.name, person=clean.kind != CustomerKind.COMPANY)
        values.update(name_pinyin=full, name_initials=initials, phone_digits=phone_digits(clean.phone))
        return values

    @staticmethod
    def _validate(session: Session, customer_id: int | None, data: CustomerInput) -> CustomerInput:
        """Field rules and references to other records, every problem reported at once."""
        errors: list[FieldError] = []
        try:
            clean = validate_customer(data)
        except ValidationError as exc:
            errors.extend(exc.errors)
            clean = data
        referrer = clean.referred_by_id
        if referrer is not None and (
            referrer == customer_id or session.get(Customer, referrer) is None
        ):
            errors.append(FieldError("referred_by_id", "referrer_invalid"))
        if clean.advisor_id is not None and session.get(Staff, clean.advisor_id) is None:
            errors.append(FieldError("advisor_id", "staff_invalid"))
        if errors:
            raise ValidationError(errors)
        return clean

    @staticmethod
    def _set_tags(session: Session, customer_id: int, names: tuple[str, ...]) -> list[str]:
        """(the names of the tags it had, when they were not these; else `names`)"""
        old_ids = set(session.connection().execute(_DROP_TAGS, {"cid": customer_id}).scalars())
        new_ids = set()
        for name in names:
            tag_id = session.scalar(select(Tag.id).where(Tag.name == name))
            if tag_id is None:
                tag = Tag(name=name)
                session.add(tag)
                session.flush()
                tag_id = tag.id
            session.add(CustomerTag(customer_id=customer_id, tag_id=tag_id))
            new_ids.add(tag_id)
        if old_ids == new_ids:
            return list(names)
        return list(session.scalars(select(Tag.name).where(Tag.id.in_(old_ids))))


__all__ = ["Cancelled", "CustomerService", "CustomerSort", "StatementCancel"]


def _same(old, new) -> bool:
    """Equal as a card shows them (an empty text and no value are the same)."""
    return (old if old is not None else "") == (new if new is not None else "")


def _export_sql(dialect) -> str:
    return """
        SELECT c.id, c.name, c.kind, c.phone, c.phone_alt, c.wechat, c.gender, c.birthday_calendar,
               c.birth_month, c.birth_day, c.birth_leap, c.source, s.name,
               (SELECT {plates} FROM vehicles v
                 WHERE v.owner_id = c.id AND v.archived_at IS NULL AND v.plate != ''),
               (SELECT {tags} FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id
                 WHERE ct.customer_id = c.id),
               c.key_account, c.marketing_consent, c.last_contact_at, c.created_at, c.address,
               c.birth_year, c.advisor_id
        FROM customers c LEFT JOIN staff s ON s.id = c.advisor_id
        WHERE c.archived_at IS NULL
        ORDER BY c.name_pinyin, c.id
    """.replace("{plates}", dialect.string_agg_sql("v.plate", " ")).replace(
        "{tags}", dialect.string_agg_sql("t.name", ", "))


def _unmasked(data: CustomerInput, old) -> CustomerInput:
    """A card saved without its masked contact details revealed gives the masked forms
    back: the stored values stay."""
    from dataclasses import replace

    kept = {name: getattr(old, name) for name in ("phone", "phone_alt", "address")
            if is_masked(getattr(data, name))}
    return replace(data, **kept) if kept else data


def _export_row(row) -> tuple:
    row = list(row)
    row[2] = format_phone(row[2])
    row[3] = format_phone(row[3])
    return tuple(row)
