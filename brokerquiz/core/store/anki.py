"""Reviews brought back from Anki, written into the review log, and the touched cards replayed.

Plain SQL over the store's connection; `Store.merge_anki` holds the one write transaction, so
an import either lands whole or not at all. A review already imported (same card, same Anki
revlog id) is skipped, so importing the same file twice adds nothing.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from .replay import Event, replay
from ..clock import iso, parse_iso
from ..scheduler import Scheduler
from .reviews import set_state

if TYPE_CHECKING:
    from sqlite_utils import Database

ANKI_MODE = "anki"  # the reviews table's mode for reviews done in Anki


@dataclass(frozen=True)
class AnkiReview:
    """One answer given in Anki, matched to one of our cards."""

    card_id: str
    anki_id: int  # Anki's revlog id: the answer's epoch milliseconds, UTC
    rating: int  # 1 again .. 4 easy
    duration_ms: int
    scheduled: bool  # False: a filtered-deck review that did not reschedule (cramming)


@dataclass(frozen=True)
class AnkiReset:
    """Anki's "Forget" (reset to new) of one of our cards."""

    card_id: str
    anki_id: int


@dataclass(frozen=True)
class MergeResult:
    """What `Store.merge_anki` wrote."""

    added: Counter = field(default_factory=Counter)  # our deck id -> reviews added
    already: int = 0  # reviews (and resets) already in the database: skipped
    resets: int = 0  # resets added
    updated: tuple[str, ...] = ()  # card ids whose state was replayed


def _at(anki_id: int) -> str:
    return iso(datetime.fromtimestamp(anki_id / 1000, tz=timezone.utc))


def merge(
    conn: sqlite3.Connection,
    reviews: Iterable[AnkiReview],
    resets: Iterable[AnkiReset],
    scheduler: Scheduler,
    leech_lapses: int,
) -> MergeResult:
    """Insert the new reviews and resets, then replay every card that got one. The caller
    holds the write transaction."""
    reviews, resets = list(reviews), list(resets)
    ids = sorted({r.card_id for r in reviews} | {r.card_id for r in resets})
    seen = _imported(conn, ids)
    decks = _decks(conn, ids)
    added: Counter = Counter()
    touched: set[str] = set()
    already = 0
    for review in reviews:
        if (review.card_id, review.anki_id) in seen["reviews"]:
            already += 1
            continue
        seen["reviews"].add((review.card_id, review.anki_id))
        deck, kind = decks[review.card_id]
        conn.execute(
            "INSERT INTO reviews (card_id, deck, kind, rating, duration_ms, mode, reviewed_at,"
            " state_before, scheduled, anki_id) VALUES (?, ?, ?, ?, ?, ?, ?, '{}', ?, ?)",
            [review.card_id, deck, kind, review.rating, review.duration_ms, ANKI_MODE,
             _at(review.anki_id), int(review.scheduled), review.anki_id],
        )
        added[deck] += 1
        touched.add(review.card_id)
    new_resets = 0
    for item in resets:
        if (item.card_id, item.anki_id) in seen["resets"]:
            already += 1
            continue
        seen["resets"].add((item.card_id, item.anki_id))
        conn.execute(
            "INSERT INTO anki_resets (card_id, anki_id, reset_at) VALUES (?, ?, ?)",
            [item.card_id, item.anki_id, _at(item.anki_id)],
        )
        new_resets += 1
        touched.add(item.card_id)
    for card_id in sorted(touched):
        replay_card(conn, card_id, scheduler, leech_lapses)
    return MergeResult(added=added, already=already, resets=new_resets, updated=tuple(sorted(touched)))


def replay_card(conn: sqlite3.Connection, card_id: str, scheduler: Scheduler, leech_lapses: int) -> None:
    """Recompute the card's state from its whole history (every mode, Anki's resets too), in
    time order, and give each review the state from just before it (so undo stays exact)."""
    events = [
        Event(at=parse_iso(at), rating=rating, scheduled=bool(scheduled), key=review_id)
        for review_id, at, rating, scheduled in conn.execute(
            "SELECT id, reviewed_at, rating, scheduled FROM reviews WHERE card_id = ?", [card_id]
        )
    ]
    events += [
        Event(at=parse_iso(at), rating=None)
        for (at,) in conn.execute("SELECT reset_at FROM anki_resets WHERE card_id = ?", [card_id])
    ]
    state, before = replay(events, scheduler, leech_lapses)
    conn.executemany(
        "UPDATE reviews SET state_before = ? WHERE id = ?",
        [(json.dumps(b), review_id) for review_id, b in before.items()],
    )
    set_state(conn, card_id, state)


def _imported(conn: sqlite3.Connection, ids: list[str]) -> dict[str, set[tuple[str, int]]]:
    out: dict[str, set[tuple[str, int]]] = {"reviews": set(), "resets": set()}
    for i in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
        chunk = ids[i : i + 500]
        marks = ", ".join("?" * len(chunk))
        out["reviews"].update(
            conn.execute(
                f"SELECT card_id, anki_id FROM reviews WHERE anki_id IS NOT NULL AND card_id IN ({marks})",
                chunk,
            )
        )
        out["resets"].update(
            conn.execute(f"SELECT card_id, anki_id FROM anki_resets WHERE card_id IN ({marks})", chunk)
        )
    return out


def _decks(conn: sqlite3.Connection, ids: list[str]) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ", ".join("?" * len(chunk))
        for card_id, deck, kind in conn.execute(
            f"SELECT id, deck, kind FROM cards WHERE id IN ({marks})", chunk
        ):
            out[card_id] = (deck, kind)
    return out


def known_cards(conn: sqlite3.Connection) -> list[tuple[str, str, int, bool]]:
    """Every card the store knows (archived too): (id, kind, ord, archived)."""
    return [
        (card_id, kind, ord_, bool(archived))
        for card_id, kind, ord_, archived in conn.execute("SELECT id, kind, ord, archived FROM cards")
    ]


def next_note_mod(db: Database, at_least: int) -> int:
    """`at_least`, but above the last note mod time handed out (setting ``anki_note_mod``),
    which it becomes (see Store.next_anki_mod; the caller holds the write transaction)."""
    row = db.execute("SELECT value FROM settings WHERE key = 'anki_note_mod'").fetchone()
    try:
        last = int(json.loads(row[0])) if row else 0
    except (ValueError, TypeError):  # a damaged value: the clock and the file still count
        last = 0
    mod = max(int(at_least), last + 1)
    db["settings"].upsert({"key": "anki_note_mod", "value": json.dumps(mod)}, pk="key")
    return mod
