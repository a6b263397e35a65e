"""What a unit of work changed, and who did it.

Every write unit of work records what it changed as (kind, ids) and carries an actor: the
person at the desk, or SYSTEM for automatic work (month-end figures, the forecasts of the
whole book). The window hears of it through one signal; the audit log will be one hook on it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class ChangeKind(StrEnum):
    CUSTOMER = "customer"
    VEHICLE = "vehicle"
    INTERACTION = "interaction"  # the timeline: calls, visits noted, notes
    HOUSEHOLD = "household"  # household members
    IMPORTANT_DATE = "important_date"
    FOLLOW_UP = "follow_up"
    REMINDER_MARK = "reminder_mark"  # a reminder handled or put off
    VISIT = "visit"  # service visits and their lines of work
    STAFF = "staff"
    TAG = "tag"
    FIGURES = "figures"  # kept month-end figures (the dashboard's)
    LEAD = "lead"  # leads, the showroom log, test drives (issue 16)


@dataclass(frozen=True)
class Changes:
    """kind -> the ids changed, or None when some rows of that kind changed whose ids are not
    known (a statement over many rows, another desk's work): read them all again."""

    by_kind: Mapping[ChangeKind, frozenset[int] | None] = field(default_factory=dict)

    @classmethod
    def of(cls, kind: ChangeKind, ids: Iterable[int] | None) -> Changes:
        return cls({kind: None if ids is None else frozenset(ids)})

    @classmethod
    def everything(cls) -> Changes:
        return cls({kind: None for kind in ChangeKind})

    def __bool__(self) -> bool:
        return bool(self.by_kind)

    def touches(self, *kinds: ChangeKind) -> bool:
        return any(kind in self.by_kind for kind in kinds)

    def ids(self, kind: ChangeKind) -> frozenset[int] | None:
        """The ids of `kind` changed (empty when none; None when not known: all of them)."""
        if kind not in self.by_kind:
            return frozenset()
        return self.by_kind[kind]

    def merged(self, other: Changes) -> Changes:
        out: dict[ChangeKind, frozenset[int] | None] = dict(self.by_kind)
        for kind, ids in other.by_kind.items():
            if kind in out:
                mine = out[kind]
                out[kind] = None if mine is None or ids is None else mine | ids
            else:
                out[kind] = ids
        return Changes(out)


@dataclass(frozen=True)
class Actor:
    """Who a write is done by: a staff member (id and name as the staff list shows them),
    somebody at this desk not yet known by name (staff_id None), or the program itself."""

    staff_id: int | None
    name: str
    system: bool = False
    # the signed-in person's role and rights (app.domain.roles); None: not restricted (the
    # program itself, a book nobody signs in to)
    role: str | None = field(default=None, compare=False)
    rights: frozenset[str] | None = field(default=None, compare=False)

    def may(self, right: str) -> bool:
        return self.rights is None or right in self.rights


SYSTEM = Actor(None, "system", system=True)
DESK = Actor(None, "desk")  # nobody signed in, no advisor chosen for this desk
