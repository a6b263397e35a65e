"""A faster `services`: each test still gets its own migrated book file in tmp_path,
copied from one freshly created book instead of running every migration again."""

import shutil

import pytest

from app.services.admin.book import open_book
from tests.postgres.books import ON_SERVER


@pytest.fixture(scope="session")
def pristine_book(tmp_path_factory):
    """An empty book at the program's head revision, created once by open_book."""
    if ON_SERVER:
        return None
    path = tmp_path_factory.mktemp("pristine") / "book.db"
    open_book(path).close()  # closing the last connection checkpoints the WAL into the file
    assert not path.with_name(path.name + "-wal").exists()
    return path


@pytest.fixture
def services(tmp_path, pristine_book):
    path = tmp_path / "book.db"
    if not ON_SERVER:  # (there, a new path is a copy of the server's own template)
        shutil.copyfile(pristine_book, path)
    opened = open_book(path)
    assert opened.backup is None  # already at head: nothing was upgraded
    yield opened
    opened.close()
