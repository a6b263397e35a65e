"""Shared fixtures: real SQLite books in tmp_path, the offscreen Qt platform."""

import os
import subprocess

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from app.services.admin.book import open_book  # noqa: E402


@pytest.fixture(autouse=True)
def _extension_word_kept():
    """A test that sets up another interface language leaves the word before a phone
    extension ("转", "ext.") as it found it."""
    from app.domain.phone_words import extension_word, set_extension_word

    before = extension_word()
    yield
    set_extension_word(before)


@pytest.fixture
def services(tmp_path):
    """A fresh, migrated book in a real file."""
    opened = open_book(tmp_path / "book.db")
    yield opened
    opened.close()


@pytest.fixture
def small_disk(tmp_path):
    """small_disk(megabytes) -> a folder on a real file system of that size (a tmpfs
    mount: root only, else the test is skipped); unmounted lazily afterwards, so that a
    book a failing test left open does not keep the mount behind."""
    mounted = []

    def make(megabytes: int = 1):
        folder = tmp_path / f"small-{len(mounted)}"
        folder.mkdir()
        if os.geteuid() != 0:
            pytest.skip("mounting a small file system needs root")
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs",
                               str(folder)], capture_output=True, check=False)
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr!r}")
        mounted.append(folder)
        return folder

    yield make
    for folder in mounted:
        subprocess.run(["umount", "-l", str(folder)], check=False)
