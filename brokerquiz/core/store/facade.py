"""Spaced-repetition state in SQLite (through sqlite-utils), scheduled by FSRS.

One database file holds every deck's progress:

* ``cards``      one row per generated card id, with its FSRS state in columns.
                 Cards are never deleted: an id the deck no longer generates is
                 archived, and un-archived with its history if it comes back.
* ``reviews``    one row per answer (all modes), with the card's state before
                 it as JSON so a review can be undone exactly.
* ``settings``   key -> JSON value (``desired_retention``, ``new_per_day``...).
* ``interviews`` mock-interview results.

`Store` is the one entry point every caller uses; it owns the connection and the
write transactions. The work behind it is split by responsibility:
`store_schema` (which files are ours, migrations), `store_queue` (today, the
due and cram queues), `store_reviews` (the review log, undo), `store_flags`
(suspend and bury), `store_stats` (progress figures), `store_interviews`
(saved mock interviews) and `store_types` (StoreError and the result types).
Their public names are importable from here as before.

Times are stored as fixed-width UTC ISO-8601 text (so text order is time
order). The clock is never read here: every method that needs the time takes
`now`, a timezone-aware datetime.

"Today" (new cards per day, siblings, forecast, per-day counts) is the
calendar day of `now` in the store's time zone: the `tz` given to
`Store.open`, or the system's local time zone when it is None.

Concurrency and durability: WAL journal, ``busy_timeout`` 5000 ms, writes in
``BEGIN IMMEDIATE`` transactions committed before the method returns, with
``synchronous=FULL``. Two terminals can study the same file at once.

Start-up: opening a database that is already up to date and the study path (sync of an
unchanged deck, due queue, preview, review, undo) use the sqlite3 connection directly;
sqlite-utils (migrations, upserts, `Store.db`) and fsrs are imported on first use, which
keeps about a tenth of a second off `brokerquiz study`'s first paint.
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
from .new_order import new_card_order
from .flags import Flags, change_flags, deck_cards
from .interviews import insert_interview, saved_interviews
from .reviews import (
    STATE_COLUMNS,
    card_row,
    delete_review,
    insert_review,
    scheduler_state,
    set_state,
)
from .schema import (  # noqa: F401  (BUSY_TIMEOUT_MS, SQLITE_HEADER: re-exported)
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    MIGRATIONS,
    SCHEMA_VERSION,
    SQLITE_HEADER,
    connect,
    newer_schema_error,
    sqlite_utils_database,
)
from .stats import deck_stats
from .types import ReviewResult, StoreError, SyncResult, sqlite_failure

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .anki import MergeResult

# the name this loader had before the split, kept for callers of the old private helper
_sqlite_utils_database = sqlite_utils_database

DEFAULT_SETTINGS: dict[str, Any] = {
    "desired_retention": 0.9,
    "new_per_day": 20,
    "leech_lapses": 8,  # a card with this many lapses is flagged as a leech
}

# The card columns sync_cards writes (archived last).
_SYNC_COLUMNS = ("id", "deck", "kind", "sibling", "topic", "topic_label", "ord", "new_ord", "archived")

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

    # ----------------------------------------------------------------- open / close

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

    # ----------------------------------------------------------------- settings

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

    # ----------------------------------------------------------------- cards and queues

    @_reported
    def sync_cards(self, deck_id: str, cards: Iterable[Card]) -> SyncResult:
        """Register the deck's generated cards, in order.

        New ids become new cards; ids of this deck no longer generated are
        archived (never deleted, reviews kept); archived ids generated again are
        restored with their state. kind/sibling/topic/topic_label/order and the
        new-card order (`new_order.new_card_order`) are refreshed. One
        transaction, bulk upsert.
        """
        unique: dict[str, Card] = {}
        for card in cards:
            if card.id in unique:
                continue
            if card.deck != deck_id:
                raise ValueError(f"card {card.id} belongs to deck {card.deck!r}, not {deck_id!r}")
            unique[card.id] = card
        new_ords = new_card_order(list(unique.values()))
        rows: list[tuple] = [  # in _SYNC_COLUMNS order
            (c.id, deck_id, c.kind, c.sibling, c.topic, c.topic_label, i, new_ords[i], 0)
            for i, c in enumerate(unique.values())
        ]
        seen = unique.keys()
        with self._write():
            existing = {
                row[0]: row
                for row in self.conn.execute(
                    f"SELECT {', '.join(_SYNC_COLUMNS)} FROM cards WHERE deck = ?", [deck_id]
                )
            }
            added = sum(1 for r in rows if r[0] not in existing)
            restored = sum(1 for r in rows if r[0] in existing and existing[r[0]][-1])
            # Only new or changed rows are written: an unchanged deck costs one read.
            changed = [dict(zip(_SYNC_COLUMNS, r)) for r in rows if existing.get(r[0]) != r]
            gone = [(i,) for i, row in existing.items() if not row[-1] and i not in seen]
            if changed:
                self.db["cards"].upsert_all(changed, pk="id", batch_size=1000)
            if gone:
                self.conn.executemany("UPDATE cards SET archived = 1 WHERE id = ?", gone)
        return SyncResult(added=added, archived=len(gone), restored=restored)

    @_reported
    def new_left_today(self, deck_id: str, now: datetime) -> int:
        """How many new cards `new_per_day` still allows today for this deck."""
        return store_queue.new_left_today(
            self.conn, deck_id, now, tz=self.tz, new_per_day=self.new_per_day
        )

    @_reported
    def due_queue(
        self,
        deck_id: str,
        now: datetime,
        *,
        new_limit: int | None = None,
        limit: int | None = None,
        focus_topic: str | None = None,
    ) -> list[str]:
        """Card ids to study now, in order.

        First the cards due by `now` (learning, review, relearning), earliest
        due first; then new cards interleaved across kinds and subjects
        (core/store/new_order.py), at most `new_limit` (default: the new cards
        `new_per_day` leaves for today). Archived and suspended cards never
        appear, buried ones not before their `buried_until`. Siblings (the
        cards of one cell, core/deck/cards.py): a card is left out when another card
        of its sibling group was reviewed today, and the queue holds at most one
        card per group (cards with an empty sibling key are their own group).
        `focus_topic` keeps one topic ("table/row") or one table ("table").
        `limit` caps the whole queue.
        """
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
        self, deck_id: str, limit: int | None = None, *, focus_topic: str | None = None
    ) -> list[str]:
        """Active card ids hardest first, ignoring due dates and siblings.

        Seen cards by lowest stability, then most lapses; never-seen cards last,
        in deck order. Review them with mode='cram': the schedule is untouched.
        """
        return store_queue.cram_queue(self.conn, deck_id, limit, focus_topic=focus_topic)

    # ----------------------------------------------------------------- reviews

    @_reported
    def record_review(
        self,
        card_id: str,
        rating: int,
        now: datetime,
        *,
        answer: str | None = None,
        grade: float | None = None,
        correct: bool | None = None,
        duration_ms: int = 0,
        mode: str = "study",
        schedule: bool = True,
    ) -> ReviewResult:
        """Record one answer (rating 1 again .. 4 easy) and, when `schedule`, apply FSRS.

        The review row and the card's new state are written in one transaction,
        committed before returning. mode 'cram' never changes the schedule.
        A lapse is an 'again' on a card in review state; `leech_lapses` lapses
        flag the card as a leech.
        """
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
                self.conn,
                row,
                rating,
                now,
                before,
                answer=answer,
                grade=grade,
                correct=correct,
                duration_ms=duration_ms,
                mode=mode,
                scheduled=schedule,
            )
            if schedule:
                set_state(self.conn, card_id, after)
        due = parse_iso(after["due"])
        return ReviewResult(
            review_id=review_id, due=due, interval=(due - now) if due is not None else None
        )

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

    # ----------------------------------------------------------------- Anki

    def known_cards(self) -> list[tuple[str, str, int, bool]]:
        """Every card of every deck, archived too: (id, kind, ord, archived)."""
        from .anki import known_cards

        return known_cards(self.conn)

    @_reported
    def next_anki_mod(self, at_least: int) -> int:
        """The note mod time (epoch seconds) for the next `export anki`: `at_least`, but above
        every one handed out before, kept under the setting ``anki_note_mod`` (Anki updates a
        note only from a newer one, whatever file and path the export came in)."""
        with self._write():
            row = self.conn.execute("SELECT value FROM settings WHERE key = 'anki_note_mod'").fetchone()
            try:
                last = int(json.loads(row[0])) if row else 0
            except (ValueError, TypeError):  # a damaged value: the clock and the file still count
                last = 0
            mod = max(int(at_least), last + 1)
            self.db["settings"].upsert({"key": "anki_note_mod", "value": json.dumps(mod)}, pk="key")
        return mod

    def merge_anki(self, reviews: Iterable, resets: Iterable = ()) -> MergeResult:
        """Add reviews done in Anki (store_anki.AnkiReview) and Anki's resets, skipping those
        already imported, and replay each touched card's whole history through FSRS in time
        order. One write transaction: all of it, or nothing on an error."""
        from .anki import merge

        with self._write():
            return merge(
                self.conn, reviews, resets, self.scheduler(), int(self.get_setting("leech_lapses"))
            )

    # ----------------------------------------------------------------- stats

    @_reported
    def stats(self, deck_id: str | None = None, now: datetime | None = None) -> dict:
        """Counts for one deck (or all decks when `deck_id` is None), as of `now` (required).

        Keys: reviews (all review rows), by_source (reviews by source: {brokerquiz: n,
        anki: n}, Anki's brought back by `brokerquiz import anki`), cards (active), seen, new, due (due now),
        due_today (due before tomorrow), new_left_today, retention_30d (share of
        scheduled reviews in the last 30 days rated >= 2, None without any),
        leeches, per_day (ISO date -> review count, last 365 days incl. today),
        forecast (14 counts: due on each day from today, today incl. overdue),
        weakest (up to 10 topics with the most wrong answers in any mode: study,
        cram, quiz, Anki, and interviews from their reports; {deck, topic,
        topic_label, misses, answers, by_mode, lapses, reviews}; see store_stats).
        """
        if now is None:
            raise TypeError("stats() needs now=, the current time (the store never reads the clock)")
        return deck_stats(self.conn, deck_id, to_utc(now), tz=self.tz, new_per_day=self.new_per_day)

    # ----------------------------------------------------------------- interviews

    @_reported
    def save_interview(
        self,
        deck_id: str,
        *,
        started_at: datetime,
        finished_at: datetime | None = None,
        score: float | None = None,
        questions: int = 0,
        report: Any = None,
    ) -> int:
        """Store one mock interview (report: any JSON-able value); returns its id."""
        with self._write():
            return insert_interview(
                self.conn,
                deck_id,
                started_at=started_at,
                finished_at=finished_at,
                score=score,
                questions=questions,
                report=report,
            )

    @_reported
    def interviews(self, deck_id: str | None = None) -> list[dict]:
        """Saved interviews, newest first, with datetimes and the report decoded."""
        return saved_interviews(self.conn, deck_id)
