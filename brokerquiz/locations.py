"""Where brokerquiz keeps its files: the only place paths are invented."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "brokerquiz"
DB_ENV = "BROKERQUIZ_DB"
DECKS_ENV = "BROKERQUIZ_DECKS_DIR"
CACHE_ENV = "BROKERQUIZ_CACHE_DIR"


def data_dir() -> Path:
    from platformdirs import user_data_path  # deferred: only commands that touch the db need it

    return user_data_path(APP_NAME, appauthor=False)


def decks_dir() -> Path:
    """Your own decks (`brokerquiz import` writes here): $BROKERQUIZ_DECKS_DIR, else `decks/` in
    the user data dir. Listed on home and found by `--deck ID` beside the shipped ones."""
    env = os.environ.get(DECKS_ENV)
    return Path(env).expanduser() if env else data_dir() / "decks"


def deck_cache_dir() -> Path:
    """The parsed-deck cache (core/deck/cache.py): $BROKERQUIZ_CACHE_DIR, else `decks/` in the
    user cache dir (e.g. ~/.cache/brokerquiz/decks)."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_path  # deferred: only when a deck is opened

    return user_cache_path(APP_NAME, appauthor=False) / "decks"


def default_db_path() -> Path:
    return data_dir() / "brokerquiz.db"


def db_path(option: str | os.PathLike | None = None) -> tuple[Path, str]:
    """The database in use and why: `--db`, then $BROKERQUIZ_DB, then the user data dir."""
    if option:
        return Path(option).expanduser(), "--db"
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser(), f"${DB_ENV}"
    return default_db_path(), "default"
