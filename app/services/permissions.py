"""Roles enforced where the work is done: every service that reads or writes what a role
may not checks here first (app.domain.roles), whatever the interface shows or hides.

`require(book, right)` refuses with NotAllowed (naming the roles that may) unless the person
at the desk has `right`; `require_customers(session, actor, ids)` lets an advisor work only
their own customers (and ones nobody is assigned to); `contact_shown(actor, advisor_id)`
says whether a customer's phone, ID and address are shown in full to this person.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from app.domain.changes import Actor
from app.domain.errors import NotAllowed
from app.domain.roles import (
    FULL_CONTACT_KEY,
    Right,
    parse_roles,
    rights_of,
    roles_with,
)


def full_contact_roles(session) -> tuple[str, ...] | None:
    """The roles the owner lets see full contact details (None: never set, the defaults)."""
    from app.db.models import BookSetting

    return parse_roles(session.scalar(
        select(BookSetting.value).where(BookSetting.key == FULL_CONTACT_KEY)))


def refusal(right: Right) -> NotAllowed:
    """The refusal of an action needing `right`, naming the roles that have it."""
    return NotAllowed(right.value, tuple(r.value for r in roles_with(right)))


def require(book, right: Right, actor: Actor | None = None) -> None:
    """NotAllowed unless the person at the desk (or `actor`) has `right`."""
    actor = actor or book.actor
    if not actor.may(right):
        raise refusal(right)


def require_any(book, *rights: Right, actor: Actor | None = None) -> None:
    """NotAllowed (naming the first right's roles) unless `actor` has one of `rights`."""
    actor = actor or book.actor
    if not any(actor.may(r) for r in rights):
        raise refusal(rights[0])


def credited(book, staff_id: int | None) -> int | None:
    """Who a call or an outcome is credited to: the person signed in at the desk, else
    `staff_id` (the customer's or the follow-up's advisor, when nobody signs in)."""
    actor = book.actor
    if actor.role is not None and actor.staff_id is not None and not actor.system:
        return actor.staff_id
    return staff_id


def works_on(actor: Actor, advisor_id: int | None) -> bool:
    """Whether `actor` may work a customer assigned to `advisor_id`: their own, nobody's,
    or anyone's with WORK_ANY."""
    if actor.may(Right.WORK_ANY):
        return True
    return actor.may(Right.WORK_OWN) and advisor_id in (None, actor.staff_id)


def require_customers(session, actor: Actor, customer_ids: Iterable[int | None]) -> None:
    """NotAllowed unless `actor` may work every one of these customers."""
    if actor.may(Right.WORK_ANY):
        return
    if not actor.may(Right.WORK_OWN):
        raise refusal(Right.WORK_OWN)
    from app.db.models import Customer

    ids = {i for i in customer_ids if i is not None}
    if not ids:
        return
    others = session.scalar(
        select(Customer.id).where(Customer.id.in_(ids), Customer.advisor_id.is_not(None),
                                  Customer.advisor_id != actor.staff_id).limit(1))
    if others is not None:
        raise refusal(Right.WORK_ANY)


def require_follow_ups(session, actor: Actor, follow_up_ids: Iterable[int]) -> None:
    """NotAllowed unless `actor` may work these follow-ups: every advisor's with
    FOLLOW_UPS_ALL, else their own (or ones of customers they may work)."""
    if actor.may(Right.FOLLOW_UPS_ALL) or actor.may(Right.WORK_ANY):
        return
    from app.db.models import Customer, FollowUp

    ids = list(follow_up_ids)
    for start in range(0, len(ids), 900):
        for advisor, owner in session.execute(
                select(FollowUp.advisor_id, Customer.advisor_id)
                .join(Customer, Customer.id == FollowUp.customer_id)
                .where(FollowUp.id.in_(ids[start:start + 900]))):
            if advisor != actor.staff_id and not works_on(actor, owner):
                raise refusal(Right.FOLLOW_UPS_ALL)


def own_only(actor: Actor, right: Right, advisor_id: int | None) -> int | None:
    """The advisor a list is for: as asked with `right` (every advisor's lists), else the
    person's own whatever was asked."""
    if actor.may(right) or actor.staff_id is None:
        return advisor_id
    return actor.staff_id


def contact_shown(actor: Actor, advisor_id: int | None) -> bool:
    """Whether a customer's contact details are shown in full to `actor`: with the right to
    see them, or the advisor's own customers (they call them)."""
    return actor.may(Right.FULL_CONTACT) or (
        actor.staff_id is not None and advisor_id == actor.staff_id)


class Masker:
    """Masks a customer's phone numbers and address for a person who may not see them in
    full (app.domain.validation.mask_phone / mask_address); `None` from `masker()` when
    nothing is masked for this person (the common case costs one check per list)."""

    def __init__(self, actor: Actor):
        self.staff_id = actor.staff_id

    def shows(self, advisor_id: int | None) -> bool:
        return self.staff_id is not None and advisor_id == self.staff_id

    def phone(self, e164: str, advisor_id: int | None) -> str:
        """The stored number, or its masked form (138****5678)."""
        if not e164 or self.shows(advisor_id) or "***" in e164:
            return e164
        from app.domain.validation import mask_phone

        return mask_phone(e164)

    def address(self, text: str, advisor_id: int | None) -> str:
        if not text or self.shows(advisor_id) or "***" in text:
            return text
        from app.domain.validation import mask_address

        return mask_address(text)


def masker(actor: Actor) -> Masker | None:
    """How `actor`'s lists, prints and exports show contact details: None when in full."""
    if actor.may(Right.FULL_CONTACT):
        return None
    return Masker(actor)


def actor_for(session, staff_id: int, name: str, role: str) -> Actor:
    """The signed-in person's Actor: their role and rights as the book sets them now."""
    return Actor(staff_id, name, role=role,
                 rights=frozenset(r.value for r in rights_of(role, full_contact_roles(session))))
