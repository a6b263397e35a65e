"""What each role may do: the rights, the role defaults, and who may do what.

A signed-in person's Actor carries their role and their rights (the role's defaults, plus
"see full contact details" where the owner allowed it to that role: a book setting). An
Actor without rights (`rights is None`) is not restricted: the program's own work, and a
book nobody signs in to (one without accounts). Services check with app.services.permissions
before they read or write; a refusal is a NotAllowed naming the roles that may.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from app.domain.enums import StaffRole


class Right(StrEnum):
    WORK_OWN = "work_own_customers"  # edit the cards, log calls and follow-ups of one's own
    WORK_ANY = "work_any_customer"  # ... of every customer
    SERVICE_LANE = "service_lane"  # record and change service visits
    FOLLOW_UPS_ALL = "follow_ups_of_everyone"  # see and work every advisor's follow-ups
    REASSIGN = "reassign"  # give customers and follow-ups to another advisor
    CAMPAIGN = "run_campaigns"  # follow-ups for many customers at once
    EXPORT_OWN = "export_own_lists"  # export lists of one's own customers
    EXPORT_ALL = "export_every_list"  # export any list, the whole book
    PRINT_ALL = "print_every_list"  # print any list
    FULL_CONTACT = "see_full_contact"  # phone, ID and address unmasked everywhere
    BACK_UP = "back_up"
    RESTORE = "restore"
    STAFF = "manage_staff"  # the staff screen, hand-over
    SETTINGS = "book_settings"  # the book's rules and the roles' rights
    AUDIT = "read_audit_log"
    PERSON_DATA = "export_person_data"  # a person's data on request
    ERASE = "erase_person"
    ANONYMISE = "anonymise_book"
    IMPORT = "import_customers"  # bring customers in from a sheet (a whole-book write)
    REVIEW_LEADS = "review_lost_leads"  # approve closing a lead as lost, or send it back


# the right the owner may give or take per role (the owner keeps it)
CONFIGURABLE = (Right.FULL_CONTACT,)

_ADVISOR = frozenset({Right.WORK_OWN, Right.EXPORT_OWN})
DEFAULTS: dict[StaffRole, frozenset[Right]] = {
    StaffRole.ADVISOR: _ADVISOR,
    StaffRole.SERVICE_ADVISOR: _ADVISOR | {Right.SERVICE_LANE},
    StaffRole.SERVICE_MANAGER: _ADVISOR | {
        Right.WORK_ANY, Right.SERVICE_LANE, Right.FOLLOW_UPS_ALL, Right.REASSIGN,
        Right.CAMPAIGN, Right.EXPORT_ALL, Right.PRINT_ALL, Right.FULL_CONTACT, Right.BACK_UP,
        Right.IMPORT},
    StaffRole.SALES_MANAGER: _ADVISOR | {
        Right.WORK_ANY, Right.FOLLOW_UPS_ALL, Right.REASSIGN, Right.CAMPAIGN, Right.EXPORT_ALL,
        Right.PRINT_ALL, Right.FULL_CONTACT, Right.REVIEW_LEADS},
    StaffRole.OWNER: frozenset(Right),
}
# the book setting that lists the roles allowed to see full contact details
FULL_CONTACT_KEY = "roles.full_contact"
DEFAULT_FULL_CONTACT = tuple(r for r in StaffRole if Right.FULL_CONTACT in DEFAULTS[r])


def rights_of(role: StaffRole | str, full_contact_roles: Iterable[str] | None = None
              ) -> frozenset[Right]:
    """The rights of `role`; `full_contact_roles`: the roles the owner lets see full contact
    details (None: the defaults). The owner always has every right."""
    role = StaffRole(role)
    rights = set(DEFAULTS[role])
    if role is not StaffRole.OWNER and full_contact_roles is not None:
        allowed = {str(r) for r in full_contact_roles}
        if role.value in allowed:
            rights.add(Right.FULL_CONTACT)
        else:
            rights.discard(Right.FULL_CONTACT)
    return frozenset(rights)


def roles_with(right: Right, full_contact_roles: Iterable[str] | None = None
               ) -> list[StaffRole]:
    """The roles that have `right`, in the order of StaffRole (for "only ... may")."""
    return [r for r in StaffRole if right in rights_of(r, full_contact_roles)]


def parse_roles(value: str | None) -> tuple[str, ...] | None:
    """A stored list of roles ("advisor,owner"); None when never set (the defaults)."""
    if value is None:
        return None
    known = {r.value for r in StaffRole}
    return tuple(v for v in (p.strip() for p in value.split(",")) if v in known)
