"""Likely duplicates among the book's customers (issue 15, item 7): pairs of customers that
are probably one person, each with its reasons and a score, for the person to merge
(app.services.customers.merge).

Reasons: the same phone (either number, by its digits), the same VIN (a car of each, or
one car held by both), the same name with a phone one digit apart or the same address,
names read alike (the same pinyin) with a phone one digit apart. Archived and erased
customers are left out.

Never a loop over all pairs: exact matches are self-joins on indexed columns (phone digits)
or one pass into buckets; "one digit apart" puts each phone, once per position with that
digit masked, into a bucket keyed by the name's reading, so only customers that share a
bucket are ever compared.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import and_, select
from sqlalchemy.orm import aliased

from app.db.bulk import digits_of
from app.db.engine import Book
from app.db.models import Customer, Vehicle, VehicleOwnership


class Reason(StrEnum):
    SAME_PHONE = "same_phone"
    SAME_VIN = "same_vin"
    SAME_NAME_SIMILAR_PHONE = "same_name_similar_phone"
    SAME_NAME_SAME_ADDRESS = "same_name_same_address"
    PINYIN_SIMILAR_PHONE = "pinyin_similar_phone"


# how sure each reason alone makes a pair (0-100); a further reason adds EXTRA
SCORES = {
    Reason.SAME_VIN: 95,
    Reason.SAME_PHONE: 90,
    Reason.SAME_NAME_SAME_ADDRESS: 80,
    Reason.SAME_NAME_SIMILAR_PHONE: 75,
    Reason.PINYIN_SIMILAR_PHONE: 60,
}
EXTRA = 5
# a phone (or address) shared by more customers than this is a switchboard, a placeholder
# ("00000000000") or a company's: no pairs are made from it
MAX_BUCKET = 20
# a phone shorter than this is too short to call "one digit apart" meaningful
MIN_SIMILAR_DIGITS = 7


@dataclass(frozen=True)
class DuplicatePair:
    a: int  # the smaller customer id
    b: int
    reasons: tuple[Reason, ...]
    score: int


def _address_key(text: str) -> str:
    return re.sub(r"\s+", "", text or "").casefold()


def _pairs(ids) -> list[tuple[int, int]]:
    ids = sorted(set(ids))
    if len(ids) < 2 or len(ids) > MAX_BUCKET:
        return []
    return [(ids[i], ids[j]) for i in range(len(ids)) for j in range(i + 1, len(ids))]


def find_pairs(book: Book, limit: int | None = 500) -> list[DuplicatePair]:
    """Likely duplicate pairs, the likeliest first (score, then ids); at most `limit`."""
    found: dict[tuple[int, int], set[Reason]] = defaultdict(set)
    live = and_(Customer.archived_at.is_(None), Customer.erased_at.is_(None))
    with book.reading() as session:
        # the same main phone: a self-join on the indexed digits
        other = aliased(Customer)
        for a, b in session.execute(
                select(Customer.id, other.id)
                .join(other, and_(other.phone_digits == Customer.phone_digits,
                                  other.id > Customer.id))
                .where(Customer.phone_digits != "", live,
                       other.archived_at.is_(None), other.erased_at.is_(None))):
            found[(a, b)].add(Reason.SAME_PHONE)
        rows = session.execute(
            select(Customer.id, Customer.name, Customer.name_pinyin, Customer.phone_digits,
                   Customer.phone_alt, Customer.address).where(live)).all()
        live_ids = {r.id for r in rows}
        # the same VIN: cars of different customers whose VINs agree once tidied, and one
        # car held (an open ownership) by two customers
        by_vin: dict[str, set[int]] = defaultdict(set)
        for vin, owner in session.execute(
                select(Vehicle.vin, Vehicle.owner_id).where(
                    Vehicle.vin.is_not(None), Vehicle.vin != "",
                    Vehicle.owner_id.is_not(None), Vehicle.archived_at.is_(None))):
            if owner in live_ids:
                by_vin[re.sub(r"[\s-]", "", vin).upper()].add(owner)
        held: dict[int, set[int]] = defaultdict(set)
        for vehicle_id, customer_id in session.execute(
                select(VehicleOwnership.vehicle_id, VehicleOwnership.customer_id)
                .where(VehicleOwnership.end_date.is_(None))):
            if customer_id in live_ids:
                held[vehicle_id].add(customer_id)
    for owners in (*by_vin.values(), *held.values()):
        for pair in _pairs(owners):
            found[pair].add(Reason.SAME_VIN)

    by_phone: dict[str, set[int]] = defaultdict(set)
    by_name_address: dict[tuple[str, str], set[int]] = defaultdict(set)
    masked: dict[tuple[str, int, str], set[int]] = defaultdict(set)
    phones_of: dict[int, set[str]] = {}
    names: dict[int, str] = {}
    for cid, name, pinyin, digits, alt, address in rows:
        phones = {digits} if digits else set()
        if alt:
            phones.add(digits_of(alt))
        phones.discard("")
        phones_of[cid] = phones
        names[cid] = name
        if alt:  # (main = main came from the join; the other number against both)
            for phone in phones:
                by_phone[phone].add(cid)
        key = _address_key(address)
        if key and name:
            by_name_address[(name, key)].add(cid)
        reading = pinyin or name
        if not reading:
            continue
        for phone in phones:
            if len(phone) < MIN_SIMILAR_DIGITS:
                continue
            for i in range(len(phone)):
                masked[(reading, i, phone[:i] + phone[i + 1:])].add(cid)
    if by_phone:  # only the customers with a second number can add pairs here
        # every customer whose main number is one of those phones joins the bucket
        for cid, _, _, digits, _, _ in rows:
            if digits in by_phone:
                by_phone[digits].add(cid)
        for ids in by_phone.values():
            for pair in _pairs(ids):
                found[pair].add(Reason.SAME_PHONE)
    for ids in by_name_address.values():
        for pair in _pairs(ids):
            found[pair].add(Reason.SAME_NAME_SAME_ADDRESS)
    for ids in masked.values():
        for a, b in _pairs(ids):
            if phones_of[a] & phones_of[b]:
                continue  # the same number: said already
            found[(a, b)].add(Reason.SAME_NAME_SIMILAR_PHONE if names[a] == names[b]
                              else Reason.PINYIN_SIMILAR_PHONE)

    pairs = []
    for (a, b), reasons in found.items():
        ordered = tuple(sorted(reasons, key=lambda r: -SCORES[r]))
        score = min(100, SCORES[ordered[0]] + EXTRA * (len(ordered) - 1))
        pairs.append(DuplicatePair(a, b, ordered, score))
    pairs.sort(key=lambda p: (-p.score, p.a, p.b))
    return pairs if limit is None else pairs[:limit]
