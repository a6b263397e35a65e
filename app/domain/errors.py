"""Errors the domain and services raise; the interface words them for a person."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldError:
    """One invalid field: which field and a stable code the interface translates."""

    field: str
    code: str
    detail: str = ""


class ValidationError(Exception):
    """A record was refused; nothing of it was stored."""

    def __init__(self, errors: list[FieldError]):
        super().__init__("; ".join(f"{e.field}: {e.code}" for e in errors))
        self.errors = list(errors)

    def codes(self) -> dict[str, str]:
        return {e.field: e.code for e in self.errors}


class NotFoundError(LookupError):
    """The record asked for is not in the book."""


class ConflictError(Exception):
    """Somebody else changed the record since it was read (another desk)."""


class BookError(Exception):
    """The book cannot be opened or used; `code` says why for the interface."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


class SignInRefused(Exception):
    """A sign-in refused; `code` says why for the interface: not_right (the login or the
    password, never told which), inactive (the account was deactivated), wait (slowed
    down: `wait_seconds` before the next try), owner_exists (a first owner's account asked
    for on a book that has accounts). Never carries the password."""

    def __init__(self, code: str, wait_seconds: int = 0):
        super().__init__(f"{code} ({wait_seconds} s)" if wait_seconds else code)
        self.code = code
        self.wait_seconds = wait_seconds


class NotAllowed(Exception):
    """An action the signed-in person's role may not do (app.domain.roles): `right` is what
    it needs, `roles` the roles that have it (the message names them)."""

    def __init__(self, right: str, roles: tuple[str, ...] = ()):
        super().__init__(f"{right} ({', '.join(roles)})")
        self.right = right
        self.roles = tuple(roles)


class Cancelled(Exception):
    """Work stopped because the person (or a newer request) asked it to; nothing of it is
    kept. Long work raises it when its `cancelled()` callable answers True."""
