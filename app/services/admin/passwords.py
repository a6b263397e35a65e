"""Passwords: argon2id hashes (argon2-cffi), never the password itself.

A password is never logged and never put in an exception's text: what is refused says
which rule (a FieldError code), not what was typed."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from app.domain.errors import FieldError, ValidationError

MIN_LENGTH = 6
MAX_LENGTH = 200  # (a longer one is a paste gone wrong; argon2 would take it)


class Passwords:
    """Hashing and checking with one set of argon2id costs.

    The defaults (argon2-cffi's: 64 MiB, 3 passes, 4 lanes) verify in about 0.2 s on the
    desk machines measured; tests may hand the services a cheaper hasher."""

    def __init__(self, hasher: PasswordHasher | None = None):
        self.hasher = hasher or PasswordHasher()

    def hash(self, password: str, salt: bytes | None = None) -> str:
        """argon2id's encoded hash (costs, salt and digest in one string). A given `salt`
        is for the demo books only (the same seed gives the same book): a random one
        otherwise."""
        if salt is None:
            return self.hasher.hash(password)
        from argon2.low_level import Type, hash_secret

        h = self.hasher
        return hash_secret(password.encode("utf-8"), salt, time_cost=h.time_cost,
                           memory_cost=h.memory_cost, parallelism=h.parallelism,
                           hash_len=h.hash_len, type=Type.ID).decode("ascii")

    def verify(self, stored_hash: str | None, password: str) -> bool:
        """True when `password` is the one `stored_hash` was made from (False for no hash or
        a damaged one)."""
        if not stored_hash:
            return False
        try:
            return self.hasher.verify(stored_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, stored_hash: str) -> bool:
        """True when the hash was made with other costs than these (made again at the next
        sign-in that got the password right)."""
        try:
            return self.hasher.check_needs_rehash(stored_hash)
        except (InvalidHashError, ValueError):
            return True

    def spend_a_verify(self) -> None:
        """As long as a verify (an unknown login answers no quicker than a wrong password)."""
        self.verify(_DUMMY.get(self), "-")


class _Dummy:
    """One hash per hasher, made when first needed, for spend_a_verify."""

    def __init__(self) -> None:
        self._made: dict[int, str] = {}

    def get(self, passwords: Passwords) -> str:
        key = id(passwords.hasher)
        if key not in self._made:
            self._made[key] = passwords.hash("not a password of anybody")
        return self._made[key]


_DUMMY = _Dummy()
DEFAULT = Passwords()


def check_new_password(password: str | None) -> str:
    """A new password as given (never stripped: spaces are part of it), or
    ValidationError: password_short (fewer than MIN_LENGTH characters), password_long,
    text_invalid (a character that cannot be stored or typed again)."""
    password = password or ""
    if len(password) < MIN_LENGTH:
        raise ValidationError([FieldError("password", "password_short", str(MIN_LENGTH))])
    if len(password) > MAX_LENGTH:
        raise ValidationError([FieldError("password", "password_long", str(MAX_LENGTH))])
    if any(ord(c) < 32 or 0xD800 <= ord(c) <= 0xDFFF or ord(c) == 0x7F for c in password):
        raise ValidationError([FieldError("password", "text_invalid")])
    return password
