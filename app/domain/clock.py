"""The book's clock: local wall time to the second, the way the desk reads it."""

from datetime import datetime


def now() -> datetime:
    return datetime.now().replace(microsecond=0)
