"""Staff members and their accounts: add, edit, deactivate (never delete), reset a password.

An account is a login and argon2's hash of a password (app.services.admin.passwords); a
staff member without one is on the records (advisor boxes, old visits) but cannot sign in.
Once the book has an account, it keeps at least one active owner who can sign in."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from app.db.engine import Book
from app.db.models import Staff
from app.domain.characters import check_storable_text
from app.domain.enums import StaffRole
from app.domain.errors import FieldError, NotFoundError, ValidationError
from app.domain.records import StaffRecord
from app.domain.roles import FULL_CONTACT_KEY, Right
from app.domain.validation import normalize_phone
from app.services.admin.passwords import DEFAULT, Passwords, check_new_password
from app.services.permissions import full_contact_roles, require

NAME_LENGTH = 80  # staff.name
LOGIN_LENGTH = 40  # staff.login
# a login is typed at every start: letters (any script), digits and . _ - @, no spaces
_LOGIN = re.compile(r"[\w.@-]+")


def record_of(row: Staff) -> StaffRecord:
    return StaffRecord(row.id, row.name, StaffRole(row.role), bool(row.active), row.login,
                       row.phone or "", bool(row.password_hash))


def clean_login(login: str | None) -> str:
    """A login as stored: trimmed, lower case (typed either way at the sign-in)."""
    return (login or "").strip().lower()


class StaffService:
    def __init__(self, book: Book, passwords: Passwords | None = None):
        self.book = book
        self.passwords = passwords or DEFAULT

    # ------------------------------------------------------------------ reading
    def list(self, active_only: bool = True) -> list[StaffRecord]:
        stmt = select(Staff).order_by(Staff.name, Staff.id)
        if active_only:
            stmt = stmt.where(Staff.active.is_(True))
        with self.book.reading() as session:
            return [record_of(s) for s in session.scalars(stmt)]

    def get(self, staff_id: int) -> StaffRecord:
        with self.book.reading() as session:
            row = session.get(Staff, staff_id)
            if row is None:
                raise NotFoundError(staff_id)
            return record_of(row)

    def by_login(self, login: str) -> StaffRecord | None:
        with self.book.reading() as session:
            row = session.scalar(select(Staff).where(Staff.login == clean_login(login)))
            return None if row is None else record_of(row)

    # ------------------------------------------------------------------ writing
    def add(self, name: str, role: StaffRole = StaffRole.ADVISOR, *, login: str | None = None,
            phone: str = "", password: str | None = None) -> StaffRecord:
        """A new staff member; with a login and a password, an account too (a password
        without a login is refused: nobody could sign in with it)."""
        require(self.book, Right.STAFF)
        name, login_, phone, role = self._checked(name, login, phone, role)
        if password is not None and password != "" and not login_:
            raise ValidationError([FieldError("login", "required")])
        hashed = None
        if password is not None and login_:
            hashed = self.passwords.hash(check_new_password(password))
        with self.book.writing() as session:
            self._refuse_taken_login(session, login_, None)
            row = Staff(name=name, role=role.value, active=True, login=login_ or None,
                        phone=phone, password_hash=hashed)
            session.add(row)
            session.flush()
            return record_of(row)

    def edit(self, staff_id: int, *, name: str, login: str | None, role: StaffRole,
             phone: str = "") -> StaffRecord:
        """Name, login, role and phone as given (the password stays; a login taken away
        ends the account: its password goes with it)."""
        require(self.book, Right.STAFF)
        name, login_, phone, role = self._checked(name, login, phone, role)
        with self.book.writing() as session:
            row = self._row(session, staff_id, lock=True)
            self._refuse_taken_login(session, login_, staff_id)
            if row.role == StaffRole.OWNER.value and (role != StaffRole.OWNER or not login_):
                self._refuse_losing_last_owner(session, staff_id)
            row.name, row.role, row.phone = name, role.value, phone
            if not login_:
                row.password_hash = None
            row.login = login_ or None
            session.flush()
            return record_of(row)

    def deactivate(self, staff_id: int) -> StaffRecord:
        """Marked as gone (kept on every record that names them); their account no longer
        signs in. The last active owner with an account cannot be deactivated."""
        require(self.book, Right.STAFF)
        with self.book.writing() as session:
            row = self._row(session, staff_id, lock=True)
            if row.active and row.role == StaffRole.OWNER.value:
                self._refuse_losing_last_owner(session, staff_id)
            row.active = False
            session.flush()
            return record_of(row)

    def reactivate(self, staff_id: int) -> StaffRecord:
        require(self.book, Right.STAFF)
        with self.book.writing() as session:
            row = self._row(session, staff_id, lock=True)
            row.active = True
            session.flush()
            return record_of(row)

    def reset_password(self, staff_id: int, password: str) -> StaffRecord:
        """A new password for a staff member who has a login (and an end to any wait their
        failed sign-ins had earned)."""
        require(self.book, Right.STAFF)
        hashed = self.passwords.hash(check_new_password(password))
        with self.book.writing() as session:
            row = self._row(session, staff_id, lock=True)
            if not row.login:
                raise ValidationError([FieldError("login", "required")])
            row.password_hash = hashed
            row.failed_sign_ins = 0
            row.wait_until = None
            session.flush()
            return record_of(row)

    # ------------------------------------------------------------ the roles' rights
    def full_contact_roles(self) -> tuple[StaffRole, ...]:
        """The roles that see phone numbers, ID numbers and addresses in full (the owner
        always does; an advisor always sees their own customers')."""
        from app.domain.roles import DEFAULT_FULL_CONTACT

        with self.book.reading() as session:
            stored = full_contact_roles(session)
        roles = DEFAULT_FULL_CONTACT if stored is None else stored
        return tuple(r for r in StaffRole if r.value in roles or r is StaffRole.OWNER)

    def set_full_contact_roles(self, roles) -> tuple[StaffRole, ...]:
        """The owner lets these roles see full contact details (owner only; audited). Takes
        effect at each person's next sign-in."""
        from app.db import audit
        from app.db.models import BookSetting

        require(self.book, Right.SETTINGS)
        chosen = sorted({StaffRole(r).value for r in roles} | {StaffRole.OWNER.value},
                        key=[r.value for r in StaffRole].index)
        value = ",".join(chosen)
        with self.book.writing() as session:
            row = session.get(BookSetting, FULL_CONTACT_KEY)
            before = None if row is None else row.value
            if row is None:
                session.add(BookSetting(key=FULL_CONTACT_KEY, value=value))
            else:
                row.value = value
            audit.note(session, "change", "book_settings", None,
                       {"field": FULL_CONTACT_KEY, "old": before, "new": value})
        return tuple(StaffRole(r) for r in chosen)

    # ------------------------------------------------------------------ rules
    @staticmethod
    def _checked(name: str, login: str | None, phone: str,
                 role: StaffRole) -> tuple[str, str, str, StaffRole]:
        role = StaffRole(role)  # (ValueError: the interface offers only the roles there are)
        name = (name or "").strip()
        login_ = clean_login(login)
        phone = (phone or "").strip()
        check_storable_text(name=name, login=login_, phone=phone)
        errors: list[FieldError] = []
        if not name:
            errors.append(FieldError("name", "required"))
        elif len(name) > NAME_LENGTH:
            errors.append(FieldError("name", "too_long", str(NAME_LENGTH)))
        if login_ and (len(login_) > LOGIN_LENGTH or not _LOGIN.fullmatch(login_)):
            errors.append(FieldError("login", "login_invalid", str(LOGIN_LENGTH)))
        try:
            phone = normalize_phone(phone, "phone")
        except ValidationError as exc:
            errors.extend(exc.errors)
        if errors:
            raise ValidationError(errors)
        return name, login_, phone, role

    @staticmethod
    def _row(session, staff_id: int, lock: bool = False) -> Staff:
        stmt = select(Staff).where(Staff.id == staff_id)
        if lock:  # (a server's row lock; SQLite's writer already holds the whole book)
            stmt = stmt.with_for_update()
        row = session.scalar(stmt)
        if row is None:
            raise NotFoundError(staff_id)
        return row

    @staticmethod
    def _refuse_taken_login(session, login: str, staff_id: int | None) -> None:
        if not login:
            return
        other = session.scalar(select(Staff.id).where(Staff.login == login))
        if other is not None and other != staff_id:
            raise ValidationError([FieldError("login", "login_taken")])

    @staticmethod
    def _refuse_losing_last_owner(session, staff_id: int) -> None:
        """ValidationError (last_owner) when `staff_id` is the book's last active owner
        who can sign in, and the book has accounts (a book without any is not locked)."""
        others = session.scalar(
            select(func.count()).select_from(Staff).where(
                Staff.id != staff_id, Staff.role == StaffRole.OWNER.value,
                Staff.active.is_(True), Staff.login.is_not(None),
                Staff.password_hash.is_not(None)))
        if others:
            return
        me = session.get(Staff, staff_id)
        if me is not None and me.login and me.password_hash:
            raise ValidationError([FieldError("role", "last_owner")])
