"""One copy of the program per book: the lock beside the book, seen from other processes."""

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.desk.book_lock import BookLock, book_file, lock_path_for, try_lock_book

ROOT = Path(__file__).resolve().parents[2]


def other_process(book: Path, then: str = "") -> subprocess.CompletedProcess:
    """Another copy of the program tries the book's lock; prints TAKEN or REFUSED <holder>."""
    code = textwrap.dedent(f"""
        import sys
        from app.desk.book_lock import try_lock_book
        lock, holder = try_lock_book({str(book)!r})
        print("TAKEN" if lock is not None else "REFUSED " + holder, flush=True)
        {then}
    """)
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)


def holding_process(book: Path) -> subprocess.Popen:
    """A process that takes the lock and keeps it until it is killed."""
    code = textwrap.dedent(f"""
        import sys, time
        from app.desk.book_lock import try_lock_book
        lock, holder = try_lock_book({str(book)!r})
        print("TAKEN" if lock is not None else "REFUSED", flush=True)
        time.sleep(600)
    """)
    process = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE,
                               text=True)
    assert process.stdout.readline().strip() == "TAKEN"
    return process


@pytest.fixture
def book(tmp_path):
    path = tmp_path / "book.db"
    path.write_bytes(b"")  # the lock never opens the book: any file will do
    return path


def test_a_second_copy_on_the_same_book_is_refused_and_says_who_holds_it(book):
    lock, holder = try_lock_book(book)
    try:
        assert lock is not None and lock.locked and holder == ""
        result = other_process(book)
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("REFUSED"), result.stdout
        assert str(os.getpid()) in result.stdout  # which process holds it
        assert lock.locked  # the first copy still has it
    finally:
        lock.release()
    assert not lock_path_for(book).exists()
    assert other_process(book).stdout.strip() == "TAKEN"  # released: free again


def test_the_same_book_through_a_symlink_or_another_spelling_is_refused(book, tmp_path):
    link_dir = tmp_path / "elsewhere"
    link_dir.mkdir()
    link = link_dir / "my-book.db"
    link.symlink_to(book)
    folder_link = tmp_path / "folder-link"
    folder_link.symlink_to(tmp_path, target_is_directory=True)
    lock, _ = try_lock_book(book)
    try:
        for name in (link, folder_link / "book.db", tmp_path / "elsewhere" / ".." / "book.db",
                     f"sqlite:///{book}"):
            assert book_file(name) == book.resolve()
            assert other_process(Path(name) if "://" not in str(name) else name
                                 ).stdout.startswith("REFUSED"), name
        # in this process too (a second window on the same book)
        again, holder = try_lock_book(link)
        assert again is None and str(os.getpid()) in holder
    finally:
        lock.release()


def test_the_lock_file_is_hidden_beside_the_real_book_and_apart_from_sqlites_files(book, tmp_path):
    link = tmp_path / "link.db"
    link.symlink_to(book)
    with BookLock(link) as lock:
        assert lock.acquire()
        assert lock.path == tmp_path.resolve() / ".book.db.lock"
        assert lock.path.exists()
        assert not {p.name for p in tmp_path.iterdir()} & {"book.db-wal", "book.db-shm",
                                                            "book.db-journal"}
    assert not lock.path.exists()


def test_two_different_books_are_open_in_two_copies(book, tmp_path):
    other = tmp_path / "other.db"
    other.write_bytes(b"")
    lock, _ = try_lock_book(book)
    try:
        assert other_process(other).stdout.strip() == "TAKEN"
    finally:
        lock.release()


def test_a_stale_lock_of_a_killed_copy_is_taken_over(book):
    holder = holding_process(book)
    try:
        assert other_process(book).stdout.startswith("REFUSED")  # alive: refused
        again, text = try_lock_book(book)
        assert again is None and str(holder.pid) in text
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(30)
    assert lock_path_for(book).exists()  # left behind by the kill
    started = time.monotonic()
    lock, text = try_lock_book(book)
    try:
        assert lock is not None and lock.locked, text
        assert time.monotonic() - started < 5
        assert other_process(book).stdout.startswith("REFUSED")  # and now it is ours
    finally:
        lock.release()


def test_a_server_book_takes_no_lock():
    lock, holder = try_lock_book("postgresql+psycopg://user@server/book")
    assert lock is not None and not lock.locked and lock.path is None
    lock.release()


def test_a_folder_that_takes_no_new_file_leaves_the_refusal_to_the_book(tmp_path):
    folder = tmp_path / "read-only"
    folder.mkdir()
    (folder / "book.db").write_bytes(b"")
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        lock, holder = try_lock_book(folder / "book.db")
        assert lock is not None and not lock.locked  # open_book then says read_only_place
    finally:
        folder.chmod(0o755)
