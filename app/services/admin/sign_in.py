"""Signing in: who is at the desk, from a login and a password.

A wrong password and an unknown login get the same answer. After FREE_TRIES failures in a
row the next attempt waits, 5 s doubling with each further failure up to 5 minutes; the
count and the wait are kept in the staff row, so they hold across program starts and
desks. A refusal is a SignInRefused (app.domain.errors). A new book asks for its owner's account first (needs_owner, create_owner)."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import select, text

from app.db.engine import Book
from app.db.models import Staff
from app.domain.changes import SYSTEM, Actor
from app.domain.clock import now as book_now
from app.domain.enums import StaffRole
from app.domain.errors import FieldError, SignInRefused, ValidationError
from app.domain.records import StaffRecord
from app.services.admin.passwords import DEFAULT, Passwords, check_new_password
from app.services.admin.staff import StaffService, clean_login, record_of
from app.services.permissions import actor_for

FREE_TRIES = 3
FIRST_WAIT = 5  # seconds, after the FREE_TRIES-th failure in a row
LONGEST_WAIT = 300


def wait_after(failures: int) -> int:
    """Seconds the next attempt waits after `failures` failed sign-ins in a row."""
    if failures < FREE_TRIES:
        return 0
    return min(LONGEST_WAIT, FIRST_WAIT * 2 ** min(failures - FREE_TRIES, 16))


class SignInService:
    def __init__(self, book: Book, passwords: Passwords | None = None,
                 clock: Callable[[], datetime] = book_now):
        self.book = book
        self.passwords = passwords or DEFAULT
        self.clock = clock

    def needs_owner(self) -> bool:
        """True while the book has no account at all: a new book asks for its owner's."""
        with self.book.reading() as session:
            return session.scalar(
                select(Staff.id).where(Staff.login.is_not(None), Staff.password_hash.is_not(None))
                .limit(1)) is None

    def create_owner(self, name: str, login: str, password: str) -> StaffRecord:
        """The book's first account, an owner's. SignInRefused(owner_exists) once the book
        has any account (the owner adds the others on the staff screen)."""
        name, login_, _phone, role = StaffService._checked(name, login, "", StaffRole.OWNER)
        if not login_:
            raise ValidationError([FieldError("login", "required")])
        hashed = self.passwords.hash(check_new_password(password))
        with self.book.writing() as session:
            if self.book.dialect.name == "postgresql":  # two desks at once: one owner
                session.execute(text("LOCK TABLE staff IN SHARE ROW EXCLUSIVE MODE"))
            if session.scalar(select(Staff.id).where(
                    Staff.login.is_not(None), Staff.password_hash.is_not(None)).limit(1)):
                raise SignInRefused("owner_exists")
            StaffService._refuse_taken_login(session, login_, None)
            row = Staff(name=name, role=role.value, active=True, login=login_,
                        password_hash=hashed)
            session.add(row)
            session.flush()
            return record_of(row)

    def sign_in(self, login: str, password: str) -> Actor:
        """The person at the desk (an Actor with their staff id and name), or
        SignInRefused: not_right, inactive, wait."""
        login_ = clean_login(login)
        with self.book.reading() as session:
            row = session.scalar(select(Staff).where(Staff.login == login_)) if login_ else None
            found = None if row is None or not row.password_hash else (
                row.id, row.name, row.password_hash, row.wait_until, row.failed_sign_ins,
                bool(row.active))
            person = None if found is None else actor_for(session, row.id, row.name, row.role)
        if found is None:
            self.passwords.spend_a_verify()  # (an unknown login answers no quicker)
            self._audit_unknown(login_)
            raise SignInRefused("not_right")
        staff_id, name, stored, wait_until, failures, active = found
        moment = self.clock()
        if wait_until is not None and moment < wait_until:
            raise SignInRefused("wait", _seconds(wait_until - moment))
        if not self.passwords.verify(stored, password):
            self._failed(staff_id)
            raise SignInRefused("not_right")
        rehashed = self.passwords.hash(password) if self.passwords.needs_rehash(stored) else None
        # (a book opened only to read is signed in to, but nothing is written to it)
        if self.book.writable:
            self._succeeded(person, stored, rehashed, bool(active))
        if not active:  # (said only to whoever knows the password)
            raise SignInRefused("inactive")
        return person

    def _succeeded(self, person: Actor, stored: str, rehashed: str | None,
                   active: bool) -> None:
        """The audit log's entry; the count of failures starts again; a hash with older
        costs is replaced."""
        from app.db import audit

        with self.book.writing(actor=person) as session:
            row = session.scalar(
                select(Staff).where(Staff.id == person.staff_id).with_for_update())
            if row is None or row.password_hash != stored:  # changed meanwhile (a reset)
                raise SignInRefused("not_right")
            if row.failed_sign_ins or row.wait_until is not None:
                row.failed_sign_ins, row.wait_until = 0, None
            if rehashed:
                row.password_hash = rehashed
            audit.note(session, "sign_in" if active else "sign_in_failed", "staff",
                       person.staff_id, None if active else {"reason": "inactive"})

    def _audit_unknown(self, login: str) -> None:
        """A sign-in with a login nobody has: in the audit log (with the login typed)."""
        if not self.book.writable or not login:
            return
        from app.db import audit

        with self.book.writing(actor=SYSTEM) as session:
            audit.note(session, "sign_in_failed", "staff", None, {"login": login[:40]})

    def _failed(self, staff_id: int) -> None:
        """One more failure in a row, counted in the row (another desk's count too)."""
        if not self.book.writable:
            return  # (a book opened only to read keeps no count)
        with self.book.writing(actor=SYSTEM) as session:
            row = session.scalar(select(Staff).where(Staff.id == staff_id).with_for_update())
            if row is None:
                return
            row.failed_sign_ins = (row.failed_sign_ins or 0) + 1
            wait = wait_after(row.failed_sign_ins)
            if wait:
                row.wait_until = self.clock() + timedelta(seconds=wait)
            from app.db import audit

            audit.note(session, "sign_in_failed", "staff", staff_id,
                       {"failures": row.failed_sign_ins})


def _seconds(delta: timedelta) -> int:
    return max(1, math.ceil(delta.total_seconds()))
