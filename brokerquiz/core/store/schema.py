"""The progress database's file format: which files are ours, and the schema migrations.

A file is opened only after read-only checks: not SQLite, SQLite of another application, or
a schema newer than this brokerquiz knows are refused with nothing written. A new, empty file
becomes a brokerquiz database (``PRAGMA application_id``) with its first migration.

sqlite-utils is imported here on first use (see `sqlite_utils_database`): an up-to-date
database is opened with the sqlite3 module alone.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..translate import _
from .types import StoreError, sqlite_failure

if TYPE_CHECKING:
    from sqlite_utils import Database

SQLITE_HEADER = b"SQLite format 3\x00"
APPLICATION_ID = 0x42514B5A  # "BQKZ": marks a file as a brokerquiz database
BUSY_TIMEOUT_MS = 5000
# The tables of the first schema: a file of ours without one of them is damaged.
CORE_TABLES = ("cards", "reviews", "settings", "interviews")


def sqlite_utils_database() -> type[Database]:
    """sqlite_utils.Database, imported on first use without numpy.

    sqlite-utils imports numpy (and pandas), when installed, only to map their scalar types
    in inserts; we never store such values, and importing numpy costs about a quarter of a
    second. So numpy and pandas are hidden for the duration of this one import, and
    sys.modules is put back right after: any later `import numpy` in the process works as
    usual (sqlite-utils alone keeps seeing them as absent). Only the first run (a new file,
    migrations) imports sqlite-utils; benchmarks/bench_startup.py -n 10, first run, 3 runs
    each: with the hiding best 307-343 ms (median 397-432), without 377-457 ms (461-652).
    """
    loaded = sys.modules.get("sqlite_utils.db")
    if loaded is None:
        hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
        for name in hidden:
            sys.modules[name] = None  # type: ignore[assignment]  # None: "import fails", at once
        try:
            import sqlite_utils.db as loaded
        finally:
            for name in hidden:
                if sys.modules.get(name, False) is None:
                    del sys.modules[name]
    return loaded.Database


# --------------------------------------------------------------------------- migrations


def _migrate_1_initial(db: Database) -> None:
    # cards, reviews and interviews in SQL: sqlite-utils' create has no CHECK and no AUTOINCREMENT
    db.execute(
        """
        CREATE TABLE cards (
            id TEXT PRIMARY KEY,          -- "deck/kind/table/row/subject", from deck keys only
            deck TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT '',
            sibling TEXT NOT NULL DEFAULT '',  -- same key: not shown the same day
            topic TEXT NOT NULL DEFAULT '',    -- "table/row"
            topic_label TEXT NOT NULL DEFAULT '',
            ord INTEGER NOT NULL DEFAULT 0,    -- position in the deck's generated order
            archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
            state INTEGER NOT NULL DEFAULT 0 CHECK (state BETWEEN 0 AND 3),  -- 0 new, 1 learning,
            step INTEGER,                      -- 2 review, 3 relearning (fsrs.State + new)
            stability REAL,
            difficulty REAL,
            due TEXT,                          -- UTC ISO; NULL for new cards
            last_review TEXT,                  -- last scheduled review
            first_review TEXT,                 -- first scheduled review (new cards per day)
            reps INTEGER NOT NULL DEFAULT 0,
            lapses INTEGER NOT NULL DEFAULT 0,
            leech INTEGER NOT NULL DEFAULT 0 CHECK (leech IN (0, 1))
        )
        """
    )
    db.execute(
        """
        CREATE TABLE reviews (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            card_id TEXT NOT NULL REFERENCES cards (id),
            deck TEXT NOT NULL,
            kind TEXT NOT NULL,
            rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
            answer TEXT,
            grade REAL,
            correct INTEGER CHECK (correct IN (0, 1)),
            duration_ms INTEGER NOT NULL DEFAULT 0,
            mode TEXT NOT NULL DEFAULT 'study',  -- study, typed, cram, quiz, interview...
            reviewed_at TEXT NOT NULL,            -- UTC ISO
            state_before TEXT NOT NULL,           -- JSON of the card's STATE_COLUMNS, for undo
            scheduled INTEGER NOT NULL DEFAULT 1 CHECK (scheduled IN (0, 1))
        )
        """
    )
    db["settings"].create({"key": str, "value": str}, pk="key", not_null={"value"})  # value: JSON
    db.execute(
        """
        CREATE TABLE interviews (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            deck TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            score REAL,
            questions INTEGER NOT NULL DEFAULT 0,
            report TEXT                            -- JSON
        )
        """
    )
    # Partial covering indexes (SQL: create_index has no WHERE): both parts of the study queue are read, already in
    # order, from the index alone (no table lookups, no sort).
    db.execute(
        "CREATE INDEX idx_cards_due ON cards (deck, due, ord, sibling, id)"
        " WHERE archived = 0 AND state > 0"
    )
    db.execute(
        "CREATE INDEX idx_cards_new ON cards (deck, ord, sibling, id)"
        " WHERE archived = 0 AND state = 0"
    )
    # covering: the cards reviewed today (siblings rule) come from the index alone
    db["cards"].create_index(
        ["deck", "last_review", "sibling", "id"], index_name="idx_cards_last_review"
    )
    db["cards"].create_index(["deck", "first_review"], index_name="idx_cards_first_review")
    db["cards"].create_index(["deck", "topic"], index_name="idx_cards_topic")
    db["reviews"].create_index(["deck", "reviewed_at"], index_name="idx_reviews_deck_time")
    db["reviews"].create_index(["reviewed_at"], index_name="idx_reviews_time")
    db["reviews"].create_index(["card_id", "id"], index_name="idx_reviews_card")
    db["interviews"].create_index(["deck", "started_at"], index_name="idx_interviews_deck")


def _migrate_2_anki_reviews(db: Database) -> None:
    """Reviews brought back from Anki (`brokerquiz import anki`) keep Anki's revlog id, so a
    second import of the same review adds nothing; Anki's resets ("forget") are kept apart,
    since a reset is not an answer (no rating) but the replay of the card's history needs it."""
    db["reviews"].add_column("anki_id", int)  # Anki's revlog id (epoch ms)
    db.execute(  # partial: sqlite-utils' create_index has no WHERE
        "CREATE UNIQUE INDEX idx_reviews_anki ON reviews (card_id, anki_id) WHERE anki_id IS NOT NULL"
    )
    db["anki_resets"].create(  # anki_id: Anki's revlog id (epoch ms); reset_at: UTC ISO
        {"card_id": str, "anki_id": int, "reset_at": str},
        pk=("card_id", "anki_id"),
        not_null={"card_id", "anki_id", "reset_at"},
        foreign_keys=[("card_id", "cards", "id")],
    )


def _migrate_3_study_order_suspend_bury(db: Database) -> None:
    """New cards in an interleaved order (`new_ord`, see core/store/new_order.py, written by sync);
    Anki's suspend (until undone) and bury (until a given time, the start of tomorrow). The
    queue indexes are rebuilt so both parts of the due queue read from an index alone (they
    hold every column the queries read; the first schema's did not), skipping suspended cards
    in the index and buried ones by its buried_until column."""
    db["cards"].add_column("new_ord", int, not_null_default=0)
    db.execute(  # the CHECK: sqlite-utils' add_column has none
        "ALTER TABLE cards ADD COLUMN suspended INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1))"
    )
    db["cards"].add_column("buried_until", str)  # UTC ISO; NULL: not buried
    db.execute("DROP INDEX idx_cards_due")
    db.execute("DROP INDEX idx_cards_new")
    db.execute(
        "CREATE INDEX idx_cards_due ON cards (deck, due, ord, sibling, id, state, buried_until,"
        " archived, suspended) WHERE archived = 0 AND state > 0 AND suspended = 0"
    )
    db.execute(  # the columns of the WHERE too: SQLite covers a query only with every column read
        "CREATE INDEX idx_cards_new ON cards (deck, new_ord, ord, sibling, id, buried_until,"
        " state, archived, suspended) WHERE archived = 0 AND state = 0 AND suspended = 0"
    )


# version -> function bringing the schema from version-1 to version; each runs in
# its own transaction together with the PRAGMA user_version bump (Store._migrate).
MIGRATIONS: dict[int, Callable[[Database], None]] = {
    1: _migrate_1_initial,
    2: _migrate_2_anki_reviews,
    3: _migrate_3_study_order_suspend_bury,
}
SCHEMA_VERSION = max(MIGRATIONS)


# --------------------------------------------------------------------------- checks


def newer_schema_error(name: str, version: int) -> StoreError:
    """The refusal of a file written by a newer brokerquiz."""
    message = _("{name} was written by a newer brokerquiz (schema {version}, this one knows {known}); upgrade brokerquiz")
    return StoreError(message.format(name=name, version=version, known=SCHEMA_VERSION))


def schema_error(path: Path, version: int, app_id: int, tables: set[str]) -> StoreError | None:
    """Why the file's header and `tables` (every name in sqlite_master) say it is not one we
    may open, or None: it is.

    Only an empty database (a new file) may become a brokerquiz one; a brokerquiz file has a
    schema version this brokerquiz knows and every table of the first schema.
    """
    if app_id != APPLICATION_ID and (version or app_id or tables):
        return StoreError(_("{name} is not a brokerquiz database").format(name=path.name))
    if version > SCHEMA_VERSION:
        return newer_schema_error(path.name, version)
    if version < 0 or (version == 0 and tables):
        why = _("schema version {version}").format(version=version) if version else _("tables but no schema version")
        return StoreError(f"{path}: " + _("not a brokerquiz database, or damaged ({why}); left untouched").format(why=why))
    missing = [t for t in CORE_TABLES if t not in tables] if version else []
    if missing:
        return StoreError(f"{path}: " + _("damaged, missing table {tables}; left untouched").format(tables=", ".join(missing)))
    return None


def _check_file(path: Path, *, create: bool) -> None:
    """Refuse what is not a file or not SQLite; make the folder of a new file."""
    if path.exists():
        if not path.is_file():
            raise StoreError(_("{path} is not a file").format(path=path))
        try:
            with path.open("rb") as f:
                header = f.read(len(SQLITE_HEADER))
        except OSError as e:
            raise StoreError(_("cannot read {path}: {reason}").format(path=path, reason=e.strerror or e)) from None
        if header and header != SQLITE_HEADER:
            raise StoreError(_("{name} is not a brokerquiz database (not SQLite)").format(name=path.name))
    elif not create:
        raise StoreError(_("{path} does not exist").format(path=path))
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(_("cannot create {path}: {reason}").format(path=path.parent, reason=e.strerror or e)) from None


def connect(path: Path, *, create: bool) -> tuple[sqlite3.Connection, int]:
    """A connection to `path` that passed the read-only checks, and its schema version.

    Nothing is written before the checks pass, so a file we refuse is left untouched.
    """
    _check_file(path, create=create)
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as e:
        raise sqlite_failure(path, e) from e
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # One statement, so one snapshot even while another process creates the file.
        version, app_id, names = conn.execute(
            "SELECT (SELECT user_version FROM pragma_user_version),"
            " (SELECT application_id FROM pragma_application_id),"
            " (SELECT group_concat(name, char(10)) FROM sqlite_master)"
        ).fetchone()
        refusal = schema_error(path, version, app_id, set(names.split("\n")) if names else set())
        if refusal is not None:
            raise refusal
    except StoreError:
        conn.close()
        raise
    except sqlite3.Error as e:
        conn.close()
        raise sqlite_failure(path, e) from e
    return conn, version
