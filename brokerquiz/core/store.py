"""Spaced-repetition state in SQLite (through sqlite-utils), scheduled by FSRS.

One database file holds every deck's progress:

* ``cards``      one row per generated card id, with its FSRS state in columns.
                 Cards are never deleted: an id the deck no longer generates is
                 archived, and un-archived with its history if it comes back.
* ``reviews``    one row per answer (all modes), with the card's state before
                 it as JSON so the newest review can be undone exactly.
* ``settings``   key -> JSON value (``desired_retention``, ``new_per_day``...).
* ``interviews`` mock-interview results.

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

import bisect
import json
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .model import Card
from .scheduler import NEW, RATINGS, REVIEW, Scheduler, iso, parse_iso, to_utc

if TYPE_CHECKING:
    from sqlite_utils import Database

SQLITE_HEADER = b"SQLite format 3\x00"
APPLICATION_ID = 0x42514B5A  # "BQKZ": marks a file as a brokerquiz database
BUSY_TIMEOUT_MS = 5000

DEFAULT_SETTINGS: dict[str, Any] = {
    "desired_retention": 0.9,
    "new_per_day": 20,
    "leech_lapses": 8,  # a card with this many lapses is flagged as a leech
}

# The card columns sync_cards writes (archived last).
_SYNC_COLUMNS = ("id", "deck", "kind", "sibling", "topic", "topic_label", "ord", "archived")

# The card columns a review changes; `state_before` holds exactly these.
STATE_COLUMNS = (
    "state",
    "step",
    "stability",
    "difficulty",
    "due",
    "last_review",
    "first_review",
    "reps",
    "lapses",
    "leech",
)


class StoreError(Exception):
    """A problem to show the user as is (bad file, newer schema, busy database...)."""


@dataclass(frozen=True)
class SyncResult:
    added: int  # new card ids registered
    archived: int  # ids no longer generated, now archived
    restored: int  # archived ids generated again, un-archived with their history


@dataclass(frozen=True)
class ReviewResult:
    review_id: int
    due: datetime | None  # when the card is next due (None: a new card reviewed unscheduled)
    interval: timedelta | None  # due - now


# --------------------------------------------------------------------------- sqlite-utils


def _sqlite_utils_database() -> type[Database]:
    """sqlite_utils.Database, imported on first use without numpy.

    sqlite-utils imports numpy (and pandas), when installed, only to map their scalar types
    in inserts; we never store such values, and importing numpy costs about a quarter of a
    second. So numpy and pandas are hidden for the duration of this one import, and
    sys.modules is put back right after: any later `import numpy` in the process works as
    usual (sqlite-utils alone keeps seeing them as absent).
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
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")  # value: JSON
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
    # Partial covering indexes: both parts of the study queue are read, already in
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


# version -> function bringing the schema from version-1 to version; each runs in
# its own transaction together with the PRAGMA user_version bump.
MIGRATIONS: dict[int, Callable[[Database], None]] = {
    1: _migrate_1_initial,
}
SCHEMA_VERSION = max(MIGRATIONS)


# --------------------------------------------------------------------------- the store


class Store:
    """A brokerquiz progress database. Open with `Store.open(path)`."""

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
            self._db = _sqlite_utils_database()(self.conn)
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
        name = path.name
        if path.exists():
            if not path.is_file():
                raise StoreError(f"{path} is not a file")
            try:
                with path.open("rb") as f:
                    header = f.read(len(SQLITE_HEADER))
            except OSError as e:
                raise StoreError(f"cannot read {path}: {e.strerror or e}") from None
            if header and header != SQLITE_HEADER:
                raise StoreError(f"{name} is not a brokerquiz database (not SQLite)")
        elif not create:
            raise StoreError(f"{path} does not exist")
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StoreError(f"cannot create {path.parent}: {e.strerror or e}") from None

        try:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error as e:
            raise StoreError(f"cannot open {path}: {e}") from None
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            # Read-only checks first: nothing is written to a file we refuse. One
            # statement, so one snapshot even while another process creates the file.
            version, app_id, has_tables = conn.execute(
                "SELECT (SELECT user_version FROM pragma_user_version),"
                " (SELECT application_id FROM pragma_application_id),"
                " (SELECT count(*) FROM sqlite_master)"
            ).fetchone()
            if app_id != APPLICATION_ID and (version or app_id or has_tables):
                # only an empty database (a new file) may become a brokerquiz one
                raise StoreError(f"{name} is not a brokerquiz database")
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{name} was written by a newer brokerquiz (schema {version}, "
                    f"this one knows {SCHEMA_VERSION}); upgrade brokerquiz"
                )
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
        except sqlite3.DatabaseError as e:
            conn.close()
            if "not a database" in str(e) or "malformed" in str(e):
                raise StoreError(f"{name} is not a brokerquiz database ({e})") from None
            raise StoreError(f"cannot open {path}: {e}") from None
        return store

    def _migrate(self) -> None:
        while True:
            with self._write():
                version = self.conn.execute("PRAGMA user_version").fetchone()[0]
                if version > SCHEMA_VERSION:  # another process upgraded it meanwhile
                    raise StoreError(
                        f"{self.path.name} was written by a newer brokerquiz (schema {version}, "
                        f"this one knows {SCHEMA_VERSION}); upgrade brokerquiz"
                    )
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
        except sqlite3.OperationalError as e:
            raise self._busy(e) from None
        try:
            yield
        except BaseException:
            self._rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as e:
            self._rollback()
            raise self._busy(e) from None

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def _busy(self, e: sqlite3.OperationalError) -> StoreError:
        if "locked" in str(e) or "busy" in str(e):
            return StoreError(f"{self.path.name} is busy (another brokerquiz is writing); try again")
        return StoreError(f"{self.path.name}: {e}")

    # ----------------------------------------------------------------- settings

    def get_setting(self, key: str, default: Any = None) -> Any:
        """The JSON value stored under `key`, else `default` (else the built-in default)."""
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        if row is None:
            return DEFAULT_SETTINGS.get(key) if default is None else default
        return json.loads(row[0])

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

    # ----------------------------------------------------------------- days

    def _day_start(self, day: date) -> datetime:
        if self.tz is None:
            return datetime.combine(day, time()).astimezone()  # local midnight, DST-aware
        return datetime.combine(day, time(), tzinfo=self.tz)

    def _today(self, now: datetime) -> date:
        return now.astimezone(self.tz).date() if self.tz else now.astimezone().date()

    def _day_bounds(self, now: datetime) -> tuple[str, str]:
        """UTC ISO text of the start of today and of tomorrow."""
        today = self._today(now)
        return iso(self._day_start(today)), iso(self._day_start(today + timedelta(days=1)))

    # ----------------------------------------------------------------- cards

    def sync_cards(self, deck_id: str, cards: Iterable[Card]) -> SyncResult:
        """Register the deck's generated cards, in order.

        New ids become new cards; ids of this deck no longer generated are
        archived (never deleted, reviews kept); archived ids generated again are
        restored with their state. kind/sibling/topic/topic_label/order are
        refreshed. One transaction, bulk upsert.
        """
        rows: list[tuple] = []  # in _SYNC_COLUMNS order
        seen: set[str] = set()
        for card in cards:
            if card.id in seen:
                continue
            if card.deck != deck_id:
                raise ValueError(f"card {card.id} belongs to deck {card.deck!r}, not {deck_id!r}")
            seen.add(card.id)
            rows.append(
                (card.id, deck_id, card.kind, card.sibling, card.topic, card.topic_label, len(rows), 0)
            )
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

    @staticmethod
    def _topic_filter(focus_topic: str | None) -> tuple[str, list]:
        """SQL matching a "table/row" topic exactly, or every row of a "table"."""
        if not focus_topic:
            return "", []
        prefix = focus_topic.rstrip("/") + "/"
        return " AND (topic = ? OR substr(topic, 1, ?) = ?)", [focus_topic, len(prefix), prefix]

    def _new_reviewed_today(self, deck_id: str, start: str, end: str) -> int:
        return self.conn.execute(
            "SELECT count(*) FROM cards WHERE deck = ? AND first_review >= ? AND first_review < ?",
            [deck_id, start, end],
        ).fetchone()[0]

    def new_left_today(self, deck_id: str, now: datetime) -> int:
        """How many new cards `new_per_day` still allows today for this deck."""
        start, end = self._day_bounds(now)
        return max(0, self.new_per_day - self._new_reviewed_today(deck_id, start, end))

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
        due first; then new cards in deck order, at most `new_limit` (default:
        the new cards `new_per_day` leaves for today). Archived cards never
        appear. Siblings: a card is left out when another card of its sibling
        group was reviewed today, and the queue holds at most one card per
        group (cards with an empty sibling key are their own group).
        `focus_topic` keeps one topic ("table/row") or one table ("table").
        `limit` caps the whole queue.
        """
        now_s = iso(now)
        start, end = self._day_bounds(now)
        topic_sql, topic_params = self._topic_filter(focus_topic)

        touched: dict[str, set[str]] = {}  # sibling group -> ids reviewed today
        for card_id, sibling in self.conn.execute(
            "SELECT id, sibling FROM cards WHERE deck = ? AND last_review >= ?", [deck_id, start]
        ):
            touched.setdefault(sibling or card_id, set()).add(card_id)

        queue: list[str] = []
        groups: set[str] = set()

        def take(rows: Iterable[tuple[str, str]], room: int | None) -> None:
            taken = 0
            for card_id, sibling in rows:
                if room is not None and taken >= room:
                    return
                group = sibling or card_id
                if group in groups or touched.get(group, {card_id}) - {card_id}:
                    continue
                groups.add(group)
                queue.append(card_id)
                taken += 1

        take(
            self.conn.execute(
                "SELECT id, sibling FROM cards WHERE deck = ? AND archived = 0 AND state > 0"
                f" AND due <= ?{topic_sql} ORDER BY due, ord",
                [deck_id, now_s, *topic_params],
            ),
            limit,
        )
        new_room = (
            max(0, self.new_per_day - self._new_reviewed_today(deck_id, start, end))
            if new_limit is None
            else max(0, new_limit)
        )
        if limit is not None:
            new_room = min(new_room, limit - len(queue))
        if new_room > 0:
            take(
                self.conn.execute(
                    "SELECT id, sibling FROM cards WHERE deck = ? AND archived = 0 AND state = 0"
                    f"{topic_sql} ORDER BY ord",
                    [deck_id, *topic_params],
                ),
                new_room,
            )
        return queue

    def cram_queue(
        self, deck_id: str, limit: int | None = None, *, focus_topic: str | None = None
    ) -> list[str]:
        """Active card ids hardest first, ignoring due dates and siblings.

        Seen cards by lowest stability, then most lapses; never-seen cards last,
        in deck order. Review them with mode='cram': the schedule is untouched.
        """
        topic_sql, topic_params = self._topic_filter(focus_topic)
        sql = (
            "SELECT id FROM cards WHERE deck = ? AND archived = 0"
            f"{topic_sql} ORDER BY stability IS NULL, stability, lapses DESC, ord"
        )
        params: list = [deck_id, *topic_params]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [row[0] for row in self.conn.execute(sql, params)]

    # ----------------------------------------------------------------- reviews

    def _card_row(self, card_id: str) -> dict:
        cursor = self.conn.execute("SELECT * FROM cards WHERE id = ?", [card_id])
        row = cursor.fetchone()
        if row is None:
            raise StoreError(f"unknown card {card_id}")
        return dict(zip([d[0] for d in cursor.description], row))

    @staticmethod
    def _sched_state(row: dict) -> dict | None:
        if row["state"] == NEW:
            return None
        return {k: row[k] for k in ("state", "step", "stability", "difficulty", "due", "last_review")}

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
            row = self._card_row(card_id)
            before = {k: row[k] for k in STATE_COLUMNS}
            after = dict(before)
            if schedule:
                state, due = self.scheduler().review(self._sched_state(row), rating, now)
                after.update(state)
                after["reps"] = row["reps"] + 1
                if rating == 1 and row["state"] == REVIEW:
                    after["lapses"] = row["lapses"] + 1
                after["leech"] = int(after["lapses"] >= int(self.get_setting("leech_lapses")))
                after["first_review"] = row["first_review"] or iso(now)
            review_id = self.conn.execute(
                "INSERT INTO reviews (card_id, deck, kind, rating, answer, grade, correct,"
                " duration_ms, mode, reviewed_at, state_before, scheduled)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    card_id,
                    row["deck"],
                    row["kind"],
                    int(rating),
                    answer,
                    grade,
                    None if correct is None else int(bool(correct)),
                    int(duration_ms),
                    mode,
                    iso(now),
                    json.dumps(before),
                    int(schedule),
                ],
            ).lastrowid
            if schedule:
                self._set_state(card_id, after)
        due = parse_iso(after["due"])
        return ReviewResult(
            review_id=review_id, due=due, interval=(due - now) if due is not None else None
        )

    def _set_state(self, card_id: str, state: dict) -> None:
        self.conn.execute(
            "UPDATE cards SET " + ", ".join(f"{k} = ?" for k in STATE_COLUMNS) + " WHERE id = ?",
            [state[k] for k in STATE_COLUMNS] + [card_id],
        )

    def undo_last(self, deck_id: str | None = None) -> str | None:
        """Delete the newest review (of `deck_id`, or of any deck) and restore the card's
        state from before it, exactly. Returns the card id, or None if there is nothing to undo."""
        with self._write():
            sql = "SELECT id, card_id, state_before FROM reviews"
            params: list = []
            if deck_id is not None:
                sql += " WHERE deck = ?"
                params.append(deck_id)
            row = self.conn.execute(sql + " ORDER BY id DESC LIMIT 1", params).fetchone()
            if row is None:
                return None
            review_id, card_id, state_before = row
            self._set_state(card_id, json.loads(state_before))
            self.conn.execute("DELETE FROM reviews WHERE id = ?", [review_id])
        return card_id

    def preview(self, card_id: str, now: datetime) -> dict[int, timedelta]:
        """The interval each rating 1..4 would give this card at `now`."""
        return self.scheduler().preview(self._sched_state(self._card_row(card_id)), now)

    def card_states(self, ids: Sequence[str]) -> dict[str, dict]:
        """id -> {state, stability, difficulty, lapses, reps, due, last_review, leech,
        archived} for the known ids (due/last_review as UTC datetimes or None)."""
        out: dict[str, dict] = {}
        ids = list(dict.fromkeys(ids))
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            cursor = self.conn.execute(
                "SELECT id, state, stability, difficulty, lapses, reps, due, last_review, leech,"
                f" archived FROM cards WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
            for r in cursor:
                out[r[0]] = {
                    "state": r[1],
                    "stability": r[2],
                    "difficulty": r[3],
                    "lapses": r[4],
                    "reps": r[5],
                    "due": parse_iso(r[6]),
                    "last_review": parse_iso(r[7]),
                    "leech": bool(r[8]),
                    "archived": bool(r[9]),
                }
        return out

    def reviews(self, card_id: str) -> list[dict]:
        """A card's review rows, oldest first (state_before left as JSON text)."""
        return list(self.db.query("SELECT * FROM reviews WHERE card_id = ? ORDER BY id", [card_id]))

    # ----------------------------------------------------------------- stats

    def stats(self, deck_id: str | None = None, now: datetime | None = None) -> dict:
        """Counts for one deck (or all decks when `deck_id` is None), as of `now` (required).

        Keys: reviews (all review rows), cards (active), seen, new, due (due now),
        due_today (due before tomorrow), new_left_today, retention_30d (share of
        scheduled reviews in the last 30 days rated >= 2, None without any),
        leeches, per_day (ISO date -> review count, last 365 days incl. today),
        forecast (14 counts: due on each day from today, today incl. overdue),
        weakest (up to 10 topics with most lapses: {deck, topic, topic_label,
        lapses, reviews}).
        """
        if now is None:
            raise TypeError("stats() needs now=, the current time (the store never reads the clock)")
        now = to_utc(now)
        deck_sql, deck_params = (" AND deck = ?", [deck_id]) if deck_id is not None else ("", [])
        start, end = self._day_bounds(now)
        today = self._today(now)

        def one(sql: str, params: Sequence = ()) -> Any:
            return self.conn.execute(sql, [*params]).fetchone()[0]

        active = "FROM cards WHERE archived = 0" + deck_sql
        counts = self.conn.execute(
            "SELECT count(*), coalesce(sum(state > 0), 0), coalesce(sum(state = 0), 0),"
            " coalesce(sum(leech), 0) " + active,
            deck_params,
        ).fetchone()
        due_now = one(
            "SELECT count(*) FROM cards WHERE archived = 0 AND state > 0 AND due <= ?" + deck_sql,
            [iso(now), *deck_params],
        )
        due_today = one(
            "SELECT count(*) FROM cards WHERE archived = 0 AND state > 0 AND due < ?" + deck_sql,
            [end, *deck_params],
        )

        new_left = 0
        decks = [deck_id] if deck_id is not None else [
            r[0] for r in self.conn.execute("SELECT DISTINCT deck FROM cards WHERE archived = 0")
        ]
        for deck in decks:
            available = one(
                "SELECT count(*) FROM cards WHERE deck = ? AND archived = 0 AND state = 0", [deck]
            )
            allowed = max(0, self.new_per_day - self._new_reviewed_today(deck, start, end))
            new_left += min(available, allowed)

        scheduled_30d = self.conn.execute(
            "SELECT count(*), coalesce(sum(rating >= 2), 0) FROM reviews"
            " WHERE scheduled = 1 AND reviewed_at >= ?" + deck_sql,
            [iso(now - timedelta(days=30)), *deck_params],
        ).fetchone()
        retention = scheduled_30d[1] / scheduled_30d[0] if scheduled_30d[0] else None

        # per_day: one index range count per local day (exact across DST changes).
        days = [today - timedelta(days=364 - i) for i in range(365)]
        bounds = [iso(self._day_start(d)) for d in days] + [end]
        per_day_sql = (
            "SELECT count(*) FROM reviews WHERE reviewed_at >= ? AND reviewed_at < ?" + deck_sql
        )
        per_day = {
            d.isoformat(): one(per_day_sql, [bounds[i], bounds[i + 1], *deck_params])
            for i, d in enumerate(days)
        }

        forecast_ends = [iso(self._day_start(today + timedelta(days=i + 1))) for i in range(14)]
        forecast = [0] * 14
        for (due,) in self.conn.execute(
            "SELECT due FROM cards WHERE archived = 0 AND state > 0 AND due < ?" + deck_sql,
            [forecast_ends[-1], *deck_params],
        ):
            forecast[bisect.bisect_right(forecast_ends, due)] += 1

        weakest = [
            {"deck": r[0], "topic": r[1], "topic_label": r[2], "lapses": r[3], "reviews": r[4]}
            for r in self.conn.execute(
                "SELECT deck, topic, max(topic_label), sum(lapses) AS l, sum(reps) AS n "
                + active
                + " GROUP BY deck, topic HAVING l > 0 ORDER BY l DESC, n DESC, deck, topic LIMIT 10",
                deck_params,
            )
        ]

        return {
            "reviews": one("SELECT count(*) FROM reviews WHERE 1" + deck_sql, deck_params),
            "cards": counts[0],
            "seen": counts[1],
            "new": counts[2],
            "due": due_now,
            "due_today": due_today,
            "new_left_today": new_left,
            "retention_30d": retention,
            "leeches": counts[3],
            "per_day": per_day,
            "forecast": forecast,
            "weakest": weakest,
        }

    # ----------------------------------------------------------------- interviews

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
            return self.conn.execute(
                "INSERT INTO interviews (deck, started_at, finished_at, score, questions, report)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    deck_id,
                    iso(started_at),
                    iso(finished_at) if finished_at else None,
                    score,
                    int(questions),
                    json.dumps(report),
                ],
            ).lastrowid

    def interviews(self, deck_id: str | None = None) -> list[dict]:
        """Saved interviews, newest first, with datetimes and the report decoded."""
        sql = "SELECT * FROM interviews"
        params: list = []
        if deck_id is not None:
            sql += " WHERE deck = ?"
            params.append(deck_id)
        out = []
        for row in self.db.query(sql + " ORDER BY started_at DESC, id DESC", params):
            row["started_at"] = parse_iso(row["started_at"])
            row["finished_at"] = parse_iso(row["finished_at"])
            row["report"] = json.loads(row["report"]) if row["report"] is not None else None
            out.append(row)
        return out
