"""Pauses of Python's cyclic garbage collector around work that makes hundreds of
thousands of small acyclic objects (tuples of rows, occurrences, date strings): each
collection would walk them all, a quarter to a half of such work otherwise."""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager

_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = True


@contextmanager
def few_collections():
    """No cyclic garbage collection while tens of thousands of tuples are made: each
    collection would walk the in-memory copy of the book (about half the time otherwise).
    Nothing made here is cyclic; reference counting frees it as usual. Nested and
    concurrent pauses are counted; collection resumes as it was when the last one ends."""
    global _gc_pauses, _gc_was_enabled
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_was_enabled = gc.isenabled()
        _gc_pauses += 1
        gc.disable()
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_was_enabled:
                gc.enable()
