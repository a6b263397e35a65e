"""check_book: integrity and schema version, read-only."""

import hashlib
import os

import pytest

from app.db.migrate import head_revision
from app.domain.records import CustomerInput, InteractionInput, VehicleInput
from app.services.admin.book import check_book, open_book
from tests.postgres.books import contents, run_sql


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_good_book_is_ok_with_revision_and_counts(tmp_path):
    path = tmp_path / "good.db"
    services = open_book(path)
    zhang = services.customers.create(CustomerInput(name="张三"))
    services.customers.create(CustomerInput(name="李四"))
    services.vehicles.add(zhang.id, VehicleInput(model="汉"))
    services.timeline.log(InteractionInput(customer_id=zhang.id, summary="来电"))
    services.staff.add("Wang Fang")
    services.close()
    before = contents(path)

    report = check_book(path)

    assert report.ok is True
    assert report.problems == ()
    assert report.schema_revision == head_revision()
    assert report.program_revision == head_revision()
    assert report.counts == {"customers": 2, "vehicles": 1, "interactions": 1, "staff": 1}
    assert contents(path) == before


@pytest.mark.sqlite_only
def test_check_of_garbage_file_is_not_ok_and_leaves_it_unchanged(tmp_path):
    path = tmp_path / "garbage.db"
    path.write_bytes(os.urandom(8192))
    before = sha256(path)

    report = check_book(path)

    assert report.ok is False
    assert report.problems and report.problems[0].startswith("not_a_book")
    assert report.schema_revision is None
    assert sha256(path) == before


@pytest.mark.sqlite_only
def test_check_of_missing_file_is_not_ok_and_creates_nothing(tmp_path):
    path = tmp_path / "missing.db"
    report = check_book(path)
    assert report.ok is False
    assert report.problems == ("missing",)
    assert not path.exists()


def test_check_of_a_book_from_a_newer_program_reports_schema_newer_and_leaves_it(tmp_path):
    path = tmp_path / "newer.db"
    open_book(path).close()
    run_sql(path, "UPDATE alembic_version SET version_num = 'f00dcafe9999'")
    before = contents(path)

    report = check_book(path)

    assert report.ok is False
    assert report.problems == ("schema_newer: f00dcafe9999",)
    assert contents(path) == before
