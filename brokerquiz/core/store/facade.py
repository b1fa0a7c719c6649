"""Spaced-repetition state in SQLite (through sqlite-utils), scheduled by FSRS.

One database file holds every deck's progress:

``cards`` (one row per generated card id, FSRS state in columns; never deleted, archived
when the deck no longer generates it), ``reviews`` (one row per answer in any mode, with the
card's state before it as JSON, for an exact undo), ``settings`` (key -> JSON) and
``interviews`` (mock-interview results).

`Store` is the one entry point every caller uses; it owns the connection and the
write transactions. The work behind it lives in the modules beside it: schema
(migrations), queue, sync, reviews, flags, stats, interviews, anki and types.

Times are fixed-width UTC ISO-8601 text (text order is time order); the clock is never read
here: methods take `now`. "Today" is the calendar day of `now` in `tz` (Store.open; None:
local time). WAL journal, busy_timeout 5000 ms, writes in BEGIN IMMEDIATE transactions
committed before the method returns, synchronous=FULL: two terminals can share a file.

Start-up: an up-to-date database and the study path (sync of an unchanged deck, due queue,
preview, review, undo) use the sqlite3 connection directly, measured by
benchmarks/bench_startup.py; sqlite-utils (migrations, upserts, `Store.db`) and fsrs are
imported on first use.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from . import queue as store_queue, reviews as store_reviews
from ..model import Card
from ..clock import iso, parse_iso, to_utc
from ..scheduler import NEW, RATINGS, REVIEW, Scheduler  # noqa: F401  (NEW: re-exported)
from .flags import Flags, change_flags, deck_cards
from .interviews import insert_interview, saved_interviews
from .reviews import STATE_COLUMNS, card_row, delete_review, insert_review, scheduler_state, set_state
from .schema import (  # noqa: F401  (BUSY_TIMEOUT_MS, SQLITE_HEADER: re-exported)
    APPLICATION_ID, BUSY_TIMEOUT_MS, MIGRATIONS, SCHEMA_VERSION, SQLITE_HEADER, connect,
    newer_schema_error, sqlite_utils_database,
)
from .stats import DeckStats, deck_stats
from .sync import sync_rows, write_sync
from .types import ReviewResult, StoreError, SyncResult, sqlite_failure

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .anki import MergeResult

DEFAULT_SETTINGS: dict[str, Any] = {
    "desired_retention": 0.9,
    "new_per_day": 20,
    "leech_lapses": 8,  # a card with this many lapses is flagged as a leech
}

_Method = TypeVar("_Method", bound=Callable[..., Any])


def _reported(method: _Method) -> _Method:
    """Any sqlite3 error inside `method` becomes a StoreError naming the file and what happened
    (read-only, damaged, busy, a table missing...): callers catch one error type, never sqlite's."""

    @functools.wraps(method)
    def wrapper(self: Store, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as error:
            raise sqlite_failure(self.path, error) from error

    return wrapper  # type: ignore[return-value]


class Store:
    """A brokerquiz progress database. Open with `Store.open(path)`.

    Every public method raises StoreError, never sqlite3's errors (see `_reported`).
    """

    def __init__(self, db: Database | sqlite3.Connection, path: Path, tz: tzinfo | None = None) -> None:
        if isinstance(db, sqlite3.Connection):
            self.conn, self._db = db, None
        else:
            self.conn, self._db = db.conn, db
        self.path = path
        self.tz = tz
        self._schedulers: dict[float, Scheduler] = {}

    @property
    def db(self) -> Database:
        """The sqlite-utils Database on this store's connection (made on first use)."""
        if self._db is None:
            self._db = sqlite_utils_database()(self.conn)
        return self._db


    @classmethod
    def open(cls, path: str | Path, *, create: bool = True, tz: tzinfo | None = None) -> Store:
        """Open (and create, migrate) the database at `path`.

        Refuses, leaving the file untouched, a file that is not SQLite, a SQLite
        file of another application, or one written by a newer brokerquiz.
        `tz` is the time zone whose calendar days count as "today" (None: local).
        """
        path = Path(path).expanduser()
        conn, version = connect(path, create=create)  # the read-only checks
        try:
            store = cls(conn, path, tz)
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                store.db.enable_wal()  # once per file: WAL mode is persistent
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            if version != SCHEMA_VERSION:  # up to date: no write transaction at all
                store._migrate()
        except StoreError:
            conn.close()
            raise
        except sqlite3.Error as e:
            conn.close()
            raise sqlite_failure(path, e) from e
        return store

    def _migrate(self) -> None:
        while True:
            with self._write():
                version = self.conn.execute("PRAGMA user_version").fetchone()[0]
                if version > SCHEMA_VERSION:  # another process upgraded it meanwhile
                    raise newer_schema_error(self.path.name, version)
                if version == SCHEMA_VERSION:
                    return
                MIGRATIONS[version + 1](self.db)
                if version == 0:
                    self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                self.conn.execute(f"PRAGMA user_version = {version + 1}")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One write transaction, taken at once (no read-to-write upgrade deadlock), committed on exit."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:
            raise sqlite_failure(self.path, e) from e
        try:
            yield
        except BaseException:
            self._rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as e:
            self._rollback()
            raise sqlite_failure(self.path, e) from e

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")


    @_reported
    def get_setting(self, key: str, default: Any = None) -> Any:
        """The JSON value stored under `key`, else `default` (else the built-in default)."""
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        if row is None:
            return DEFAULT_SETTINGS.get(key) if default is None else default
        return json.loads(row[0])

    @_reported
    def set_setting(self, key: str, value: Any) -> None:
        """Store a JSON-able value under `key` (committed at once)."""
        with self._write():
            self.db["settings"].upsert({"key": key, "value": json.dumps(value)}, pk="key")

    @property
    def desired_retention(self) -> float:
        return float(self.get_setting("desired_retention"))

    @property
    def new_per_day(self) -> int:
        return int(self.get_setting("new_per_day"))

    def scheduler(self) -> Scheduler:
        """The FSRS scheduler for the current `desired_retention` setting."""
        retention = self.desired_retention
        if retention not in self._schedulers:
            self._schedulers[retention] = Scheduler(desired_retention=retention)
        return self._schedulers[retention]


    @_reported
    def sync_cards(self, deck_id: str, cards: Iterable[Card]) -> SyncResult:
        """Register the deck's generated cards, in order.

        New ids become new cards; ids of this deck no longer generated are
        archived (never deleted, reviews kept); archived ids generated again are
        restored with their state. kind/sibling/topic/topic_label/order and the
        new-card order (`new_order.new_card_order`) are refreshed. One
        transaction, bulk upsert.
        """
        rows = sync_rows(deck_id, cards)
        with self._write():
            return write_sync(
                self.conn, deck_id, rows, lambda changed: self.db["cards"].upsert_all(changed, pk="id", batch_size=1000)
            )

    @_reported
    def new_left_today(self, deck_id: str, now: datetime) -> int:
        """How many new cards `new_per_day` still allows today for this deck."""
        return store_queue.new_left_today(
            self.conn, deck_id, now, tz=self.tz, new_per_day=self.new_per_day
        )

    @_reported
    def due_queue(
        self, deck_id: str, now: datetime, *, new_limit: int | None = None, limit: int | None = None,
        focus_topic: str | None = None,
    ) -> list[str]:
        """Card ids to study now, in order: the cards due by `now`, earliest first, then new
        cards interleaved (new_order.py), at most `new_limit` (default: what `new_per_day` leaves
        today). Archived, suspended and buried cards never appear; at most one card per sibling
        group, none of a group reviewed today (queue.py). `focus_topic` keeps one topic
        ("table/row") or table; `limit` caps the queue."""
        new_room = self.new_left_today(deck_id, now) if new_limit is None else max(0, new_limit)
        return store_queue.due_queue(
            self.conn, deck_id, now, tz=self.tz, new_room=new_room, limit=limit, focus_topic=focus_topic
        )

    @_reported
    def due_items(
        self, deck_id: str, now: datetime, *, new_limit: int | None = None, limit: int | None = None,
        focus_topic: str | None = None,
    ) -> list[tuple[str, int]]:
        """`due_queue` with each card's state (0 new, 1 learning, 2 review, 3 relearning)."""
        new_room = self.new_left_today(deck_id, now) if new_limit is None else max(0, new_limit)
        return store_queue.due_items(
            self.conn, deck_id, now, tz=self.tz, new_room=new_room, limit=limit, focus_topic=focus_topic
        )

    @_reported
    def set_flags(self, card_id: str, *, expect: Flags | None = None, **flags: Any) -> Flags:
        """Suspend / bury one card (`suspended=bool`, `buried_until=datetime|None`); returns
        its flags from before, for undo. With `expect`, refused unless unchanged since
        (store_flags.change_flags). Committed at once."""
        with self._write():
            return change_flags(self.conn, card_id, expect=expect, **flags)

    @_reported
    def deck_cards(self, deck_id: str) -> dict[str, dict]:
        """The deck's active cards with state, due, reps, lapses and flags (one query)."""
        return deck_cards(self.conn, deck_id)

    @_reported
    def cram_queue(
        self, deck_id: str, limit: int | None = None, *, focus_topic: str | None = None,
        now: datetime | None = None,
    ) -> list[str]:
        """Active card ids hardest first, ignoring due dates and siblings; suspended cards and,
        given `now`, cards buried past it are left out.

        Seen cards by lowest stability, then most lapses; never-seen cards last,
        in deck order. Review them with mode='cram': the schedule is untouched.
        """
        return store_queue.cram_queue(self.conn, deck_id, limit, focus_topic=focus_topic, now=now)


    @_reported
    def record_review(
        self, card_id: str, rating: int, now: datetime, *, answer: str | None = None,
        grade: float | None = None, correct: bool | None = None, duration_ms: int = 0,
        mode: str = "study", schedule: bool = True,
    ) -> ReviewResult:
        """Record one answer (rating 1 again .. 4 easy) and, when `schedule` (never in mode 'cram'),
        apply FSRS: review row and new state in one transaction. A lapse is an 'again' on a card
        in review state; `leech_lapses` lapses flag a leech."""
        if rating not in RATINGS:
            raise ValueError(f"rating must be 1..4, got {rating!r}")
        now = to_utc(now)
        schedule = schedule and mode != "cram"
        with self._write():
            row = card_row(self.conn, card_id)
            before = {k: row[k] for k in STATE_COLUMNS}
            after = dict(before)
            if schedule:
                state, due = self.scheduler().review(scheduler_state(row), rating, now)
                after.update(state)
                after["reps"] = row["reps"] + 1
                if rating == 1 and row["state"] == REVIEW:
                    after["lapses"] = row["lapses"] + 1
                after["leech"] = int(after["lapses"] >= int(self.get_setting("leech_lapses")))
                after["first_review"] = row["first_review"] or iso(now)
            review_id = insert_review(
                self.conn, row, rating, now, before, answer=answer, grade=grade, correct=correct,
                duration_ms=duration_ms, mode=mode, scheduled=schedule,
            )
            if schedule:
                set_state(self.conn, card_id, after)
        due = parse_iso(after["due"])
        return ReviewResult(review_id=review_id, due=due, interval=(due - now) if due is not None else None)

    @_reported
    def undo_review(self, review_id: int) -> str:
        """Delete one review, by its id, and restore the card's state from before it, exactly.

        Returns the card id. A session undoes only the ids it recorded, so another terminal's
        answers are never touched; StoreError (nothing changed) when the review is gone or the
        card was answered again since (see `store_reviews.delete_review`).
        """
        with self._write():
            return delete_review(self.conn, review_id)

    @_reported
    def preview(self, card_id: str, now: datetime) -> dict[int, timedelta]:
        """The interval each rating 1..4 would give this card at `now`."""
        return self.scheduler().preview(scheduler_state(card_row(self.conn, card_id)), now)

    @_reported
    def card_states(self, ids: Sequence[str]) -> dict[str, dict]:
        """id -> {state, stability, difficulty, lapses, reps, due, last_review, leech,
        archived} for the known ids (due/last_review as UTC datetimes or None)."""
        return store_reviews.card_states(self.conn, ids)

    @_reported
    def reviews(self, card_id: str) -> list[dict]:
        """A card's review rows, oldest first (state_before left as JSON text)."""
        return list(self.db.query("SELECT * FROM reviews WHERE card_id = ? ORDER BY id", [card_id]))


    @_reported
    def known_cards(self) -> list[tuple[str, str, int, bool]]:
        """Every card of every deck, archived too: (id, kind, ord, archived)."""
        from .anki import known_cards

        return known_cards(self.conn)

    @_reported
    def next_anki_mod(self, at_least: int) -> int:
        """The note mod time (epoch seconds) for the next `export anki`: `at_least`, but above
        every one handed out before, kept under the setting ``anki_note_mod`` (Anki updates a
        note only from a newer one, whatever file and path the export came in)."""
        from .anki import next_note_mod

        with self._write():
            return next_note_mod(self.db, at_least)

    @_reported
    def merge_anki(self, reviews: Iterable, resets: Iterable = ()) -> MergeResult:
        """Add reviews done in Anki (store_anki.AnkiReview) and Anki's resets, skipping those
        already imported, and replay each touched card's whole history through FSRS in time
        order. One write transaction: all of it, or nothing on an error."""
        from .anki import merge

        with self._write():
            return merge(
                self.conn, reviews, resets, self.scheduler(), int(self.get_setting("leech_lapses"))
            )

    @_reported
    def stats(self, deck_id: str | None = None, now: datetime | None = None) -> DeckStats:
        """The figures for one deck (or all decks when `deck_id` is None) as of `now` (required):
        counts, reviews by source, per day and 30-day retention, the 14-day forecast and the
        weakest topics (misses in every mode, interviews from their reports); see DeckStats."""
        if now is None:
            raise TypeError("stats() needs now=, the current time (the store never reads the clock)")
        return deck_stats(self.conn, deck_id, to_utc(now), tz=self.tz, new_per_day=self.new_per_day)

    @_reported
    def save_interview(
        self, deck_id: str, *, started_at: datetime, finished_at: datetime | None = None,
        score: float | None = None, questions: int = 0, report: Any = None,
    ) -> int:
        """Store one mock interview (report: any JSON-able value); returns its id."""
        with self._write():
            return insert_interview(
                self.conn, deck_id, started_at=started_at, finished_at=finished_at, score=score,
                questions=questions, report=report,
            )

    @_reported
    def interviews(self, deck_id: str | None = None) -> list[dict]:
        """Saved interviews, newest first, with datetimes and the report decoded."""
        return saved_interviews(self.conn, deck_id)
