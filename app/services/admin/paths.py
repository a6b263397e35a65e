"""Where the program keeps its files (no database code: cheap to import at start)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir, user_log_dir


def default_book_path() -> Path:
    """The built-in book in the user's data folder."""
    return Path(user_data_dir("Guanxi", appauthor=False)) / "guanxi.db"


def log_dir() -> Path:
    return Path(user_log_dir("Guanxi", appauthor=False))
