"""Staff accounts: adding, editing, deactivating, passwords, the last owner, signing in and
being slowed down after wrong passwords (kept in the book, so every desk sees it).

Most tests hash with cheap argon2id costs (the services take the hasher they are given);
the ones about the real costs use the program's own, and stay few: each verify is ~0.2 s."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from app.db.models import Staff
from app.domain.changes import Actor
from app.domain.enums import StaffRole
from app.domain.errors import SignInRefused, ValidationError
from app.services.admin.book import open_book
from app.services.admin.passwords import DEFAULT, Passwords
from app.services.admin.sign_in import LONGEST_WAIT, SignInService, wait_after
from app.services.admin.staff import StaffService
from tests.postgres.books import book_rows

CHEAP = Passwords(PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))
SECRET = "Kz9-secret-pw"


class Clock:
    def __init__(self) -> None:
        self.moment = datetime(2026, 12, 1, 9, 0, 0)

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, seconds: float) -> None:
        self.moment += timedelta(seconds=seconds)


@pytest.fixture
def staff(services):
    return StaffService(services.book, CHEAP)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def desk(services, clock):
    return SignInService(services.book, CHEAP, clock=clock)


def refusal(call) -> SignInRefused:
    with pytest.raises(SignInRefused) as caught:
        call()
    return caught.value


def codes(call) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value.codes()


def row_of(services, staff_id: int) -> tuple[int, datetime | None, str | None]:
    with services.book.reading() as session:
        row = session.get(Staff, staff_id)
        return row.failed_sign_ins, row.wait_until, row.password_hash


# ------------------------------------------------------------------ the staff list
def test_add_edit_deactivate_reactivate_and_reset_a_password(staff, desk):
    made = staff.add(" 王芳 ", StaffRole.ADVISOR, login=" WangFang ", phone="138 0013 8000",
                     password=SECRET)
    assert (made.name, made.login, made.role, made.phone, made.active, made.has_password) == (
        "王芳", "wangfang", StaffRole.ADVISOR, "+8613800138000", True, True)
    no_account = staff.add("李四", StaffRole.SERVICE_ADVISOR)
    assert (no_account.login, no_account.has_password) == (None, False)

    edited = staff.edit(made.id, name="王芳芳", login="wff", role=StaffRole.SERVICE_MANAGER, phone="")
    assert (edited.name, edited.login, edited.role, edited.phone) == (
        "王芳芳", "wff", StaffRole.SERVICE_MANAGER, "")
    assert desk.sign_in("WFF", SECRET) == Actor(made.id, "王芳芳")  # the password stayed

    staff.deactivate(made.id)
    assert [m.id for m in staff.list()] == [no_account.id]
    listed = {m.id: m for m in staff.list(active_only=False)}
    assert listed[made.id].active is False and listed[made.id].login == "wff"
    assert refusal(lambda: desk.sign_in("wff", SECRET)).code == "inactive"
    staff.reactivate(made.id)
    assert staff.get(made.id).active

    staff.reset_password(made.id, "another-one")
    assert refusal(lambda: desk.sign_in("wff", SECRET)).code == "not_right"
    assert desk.sign_in("wff", "another-one").staff_id == made.id
    # a password needs a login to sign in with
    assert codes(lambda: staff.reset_password(no_account.id, "long enough")) == {"login": "required"}


def test_a_taken_login_is_refused_whatever_its_case(staff):
    first = staff.add("王芳", login="wangfang", password=SECRET)
    assert codes(lambda: staff.add("王芳二", login="WANGFANG", password=SECRET)) == {
        "login": "login_taken"}
    other = staff.add("李四", login="lisi")
    assert codes(lambda: staff.edit(other.id, name="李四", login="wangfang",
                                    role=StaffRole.ADVISOR)) == {"login": "login_taken"}
    # keeping one's own login is no clash
    assert staff.edit(first.id, name="王芳", login="wangfang", role=StaffRole.ADVISOR).login == "wangfang"


def test_clear_refusals_for_name_password_login_and_unstorable_text(staff, services):
    assert codes(lambda: staff.add("  ", login="x1")) == {"name": "required"}
    with pytest.raises(ValidationError) as caught:
        staff.add("王芳", login="wangfang", password="abc12")
    assert caught.value.errors[0].code == "password_short"
    assert caught.value.errors[0].detail == "6"  # the rule is said: at least 6 characters
    assert "abc12" not in str(caught.value)  # never the password in an exception's text
    assert codes(lambda: staff.add("王芳", login="wang fang")) == {"login": "login_invalid"}
    assert codes(lambda: staff.add("王\x00芳")) == {"name": "text_invalid"}
    assert codes(lambda: staff.add("王芳", phone="12")) == {"phone": "phone_invalid"}
    assert staff.list(active_only=False) == []  # nothing of it was stored


def test_the_last_owner_who_can_sign_in_is_kept(staff):
    unaccounted = staff.add("老板", StaffRole.OWNER)  # a book without accounts locks nobody out
    staff.deactivate(unaccounted.id)
    owner = staff.add("店长", StaffRole.OWNER, login="owner", password=SECRET)
    assert codes(lambda: staff.deactivate(owner.id)) == {"role": "last_owner"}
    assert codes(lambda: staff.edit(owner.id, name="店长", login="owner",
                                    role=StaffRole.ADVISOR)) == {"role": "last_owner"}
    assert codes(lambda: staff.edit(owner.id, name="店长", login="",
                                    role=StaffRole.OWNER)) == {"role": "last_owner"}
    assert staff.get(owner.id).active and staff.get(owner.id).role == StaffRole.OWNER
    second = staff.add("副店长", StaffRole.OWNER, login="owner2", password=SECRET)
    staff.edit(owner.id, name="店长", login="owner", role=StaffRole.ADVISOR)  # now allowed
    assert codes(lambda: staff.deactivate(second.id)) == {"role": "last_owner"}


# ------------------------------------------------------------------ signing in
def test_sign_in_right_wrong_and_unknown_login_get_one_answer(staff, desk):
    made = staff.add("王芳", login="wangfang", password=SECRET)
    assert desk.sign_in("wangfang", SECRET) == Actor(made.id, "王芳")
    wrong = refusal(lambda: desk.sign_in("wangfang", "not-it"))
    unknown = refusal(lambda: desk.sign_in("nobody", SECRET))
    no_account = staff.add("李四")
    assert no_account.login is None
    assert (wrong.code, unknown.code, str(wrong), str(unknown)) == (
        "not_right", "not_right", "not_right", "not_right")
    assert SECRET not in str(wrong) and "not-it" not in str(wrong)


def test_wrong_passwords_are_slowed_down_and_a_success_resets(services, staff, desk, clock,
                                                               tmp_path):
    made = staff.add("王芳", login="wangfang", password=SECRET)
    for _ in range(3):
        assert refusal(lambda: desk.sign_in("wangfang", "wrong!")).code == "not_right"
    failures, wait_until, _ = row_of(services, made.id)
    assert (failures, wait_until) == (3, clock.moment + timedelta(seconds=5))
    # while waiting, even the right password is not tried
    slowed = refusal(lambda: desk.sign_in("wangfang", SECRET))
    assert (slowed.code, slowed.wait_seconds) == ("wait", 5)
    clock.advance(2)
    assert refusal(lambda: desk.sign_in("wangfang", SECRET)).wait_seconds == 3
    clock.advance(3)
    refusal(lambda: desk.sign_in("wangfang", "wrong!"))  # the fourth: the wait doubles
    assert row_of(services, made.id)[:2] == (4, clock.moment + timedelta(seconds=10))
    assert refusal(lambda: desk.sign_in("wangfang", SECRET)).wait_seconds == 10

    # another desk on the same book sees the count and the wait
    other = open_book(tmp_path / "book.db")  # (the services fixture's book)
    try:
        other_desk = SignInService(other.book, CHEAP, clock=clock)
        assert refusal(lambda: other_desk.sign_in("wangfang", SECRET)).code == "wait"
        clock.advance(10)
        refusal(lambda: other_desk.sign_in("wangfang", "wrong!"))
        assert row_of(services, made.id)[:2] == (5, clock.moment + timedelta(seconds=20))
        clock.advance(20)
        assert other_desk.sign_in("wangfang", SECRET).staff_id == made.id
    finally:
        other.close()
    assert row_of(services, made.id)[:2] == (0, None)
    refusal(lambda: desk.sign_in("wangfang", "wrong!"))
    assert row_of(services, made.id)[:2] == (1, None)  # counted afresh: no wait yet


def test_the_wait_doubles_up_to_five_minutes():
    assert [wait_after(n) for n in range(1, 10)] == [0, 0, 5, 10, 20, 40, 80, 160, 300]
    assert wait_after(10_000) == LONGEST_WAIT


def test_a_reset_password_ends_the_wait(services, staff, desk):
    made = staff.add("王芳", login="wangfang", password=SECRET)
    for _ in range(3):
        refusal(lambda: desk.sign_in("wangfang", "wrong!"))
    staff.reset_password(made.id, "a-new-one")
    assert desk.sign_in("wangfang", "a-new-one").staff_id == made.id


def test_a_hash_with_other_costs_is_made_again_at_the_next_sign_in(services, staff):
    made = staff.add("王芳", login="wangfang", password=SECRET)
    before = row_of(services, made.id)[2]
    dearer = Passwords(PasswordHasher(time_cost=2, memory_cost=64, parallelism=1))
    SignInService(services.book, dearer).sign_in("wangfang", SECRET)
    after = row_of(services, made.id)[2]
    assert after != before and "t=2" in after and dearer.verify(after, SECRET)


def test_a_new_book_asks_for_its_owner_first_and_only_once(services, staff):
    accounts = SignInService(services.book, CHEAP)
    staff.add("李四")  # staff without an account: the book still has no account
    assert accounts.needs_owner()
    owner = accounts.create_owner("店长", "Owner", SECRET)
    assert (owner.role, owner.login, owner.has_password) == (StaffRole.OWNER, "owner", True)
    assert not accounts.needs_owner()
    assert refusal(lambda: accounts.create_owner("另一个", "boss", SECRET)).code == "owner_exists"
    assert accounts.sign_in("owner", SECRET) == Actor(owner.id, "店长")


def test_the_hash_is_argon2id_and_the_password_is_nowhere_in_the_book(services):
    """With the program's own costs (one hash, one verify)."""
    assert services.accounts.passwords is DEFAULT
    owner = services.accounts.create_owner("店长", "owner", SECRET)
    assert services.accounts.sign_in("owner", SECRET).staff_id == owner.id
    with services.book.reading() as session:
        stored = session.scalar(select(Staff.password_hash).where(Staff.id == owner.id))
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    for table, rows in book_rows(services.book).items():
        for row in rows:
            assert not any(SECRET in str(value) for value in row), table


def test_demo_accounts_sign_in_with_demo(tmp_path):
    from app.demo.generator import generate_demo

    path = tmp_path / "demo.db"
    generate_demo(path, 20, seed=1)
    opened = open_book(path)
    try:
        members = opened.staff.list(active_only=False)
        logins = [m.login for m in members]
        assert all(logins) and len(set(logins)) == len(logins)
        owner = next(m for m in members if m.login == "owner")
        assert owner.role == StaffRole.OWNER
        assert opened.accounts.sign_in("owner", "demo") == Actor(owner.id, owner.name)
        assert opened.accounts.sign_in("wanglei", "demo").name == "王磊"
        with opened.book.reading() as session:
            hashes = set(session.scalars(select(Staff.password_hash)))
        assert len(hashes) == 1  # "demo" hashed once for every account
    finally:
        opened.close()


def test_a_book_opened_only_to_read_still_signs_in(services, staff, tmp_path):
    made = staff.add("王芳", login="wangfang", password=SECRET)
    reading = open_book(tmp_path / "book.db", read_only=True)
    try:
        desk = SignInService(reading.book, CHEAP)
        assert refusal(lambda: desk.sign_in("wangfang", "wrong!")).code == "not_right"
        assert desk.sign_in("wangfang", SECRET).staff_id == made.id
    finally:
        reading.close()
    assert row_of(services, made.id)[:2] == (0, None)  # nothing was written to it


def test_sign_ins_right_wrong_and_unknown_are_in_the_audit_log(services, staff, desk):
    from app.services.admin.audit import AuditService, chain_problems

    made = staff.add("王芳", StaffRole.ADVISOR, login="wangfang", password="secret-1")
    assert desk.sign_in("wangfang", "secret-1") == Actor(made.id, "王芳")
    refusal(lambda: desk.sign_in("wangfang", "wrong-one"))
    refusal(lambda: desk.sign_in("nobody", "whatever"))
    entries = [e for e in AuditService(services.book).entries()
               if e.action in ("sign_in", "sign_in_failed")]
    assert [(e.action, e.staff_id, e.record_id) for e in entries] == [
        ("sign_in", made.id, made.id),  # done by the person who signed in
        ("sign_in_failed", None, made.id),  # the program notes it, on their account
        ("sign_in_failed", None, None),  # a login nobody has
    ]
    assert '"nobody"' in entries[2].detail
    assert "secret-1" not in "".join(e.detail for e in entries)
    with services.book.reading() as session:
        assert chain_problems(session) == []
