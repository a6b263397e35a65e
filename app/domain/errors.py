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


class Cancelled(Exception):
    """Work stopped because the person (or a newer request) asked it to; nothing of it is
    kept. Long work raises it when its `cancelled()` callable answers True."""
