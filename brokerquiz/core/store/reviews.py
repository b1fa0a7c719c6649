"""The review log and the card state it rewinds: rows read and written for one answer.

Plain SQL over the store's sqlite3 connection (an answer is on the study hot path, so no
sqlite-utils here). `Store.record_review` and `Store.undo_review` hold the write transaction
and apply FSRS; these functions only read and write rows.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import datetime

from ..clock import iso, parse_iso
from ..scheduler import NEW
from .types import StoreError
from ..translate import N_, _

# The card columns a review changes; a review's `state_before` holds exactly these.
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

# The part of a card's state the scheduler reads (see scheduler.py).
_SCHEDULER_KEYS = ("state", "step", "stability", "difficulty", "due", "last_review")


def card_row(conn: sqlite3.Connection, card_id: str) -> dict:
    """The card's row as a dict; StoreError for an id the store does not know."""
    cursor = conn.execute("SELECT * FROM cards WHERE id = ?", [card_id])
    row = cursor.fetchone()
    if row is None:
        raise StoreError(_("unknown card {id}").format(id=card_id))
    return dict(zip([d[0] for d in cursor.description], row))


def scheduler_state(row: dict) -> dict | None:
    """The scheduler's view of a card row (None: never scheduled)."""
    if row["state"] == NEW:
        return None
    return {k: row[k] for k in _SCHEDULER_KEYS}


def insert_review(
    conn: sqlite3.Connection,
    row: dict,
    rating: int,
    now: datetime,
    before: dict,
    *,
    answer: str | None,
    grade: float | None,
    correct: bool | None,
    duration_ms: int,
    mode: str,
    scheduled: bool,
) -> int:
    """Append one review of the card `row` (with its state `before`, for undo); returns its id."""
    return conn.execute(
        "INSERT INTO reviews (card_id, deck, kind, rating, answer, grade, correct,"
        " duration_ms, mode, reviewed_at, state_before, scheduled)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            row["id"],
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
            int(scheduled),
        ],
    ).lastrowid


def set_state(conn: sqlite3.Connection, card_id: str, state: dict) -> None:
    """Overwrite the card's STATE_COLUMNS with `state`'s values."""
    conn.execute(
        "UPDATE cards SET " + ", ".join(f"{k} = ?" for k in STATE_COLUMNS) + " WHERE id = ?",
        [state[k] for k in STATE_COLUMNS] + [card_id],
    )


UNDO_CONFLICT = N_(
    "cannot undo: this card was answered again after you (another window or mode);"
    " undoing now would overwrite that answer, so both answers stay"
)


def delete_review(conn: sqlite3.Connection, review_id: int) -> str:
    """Delete the review `review_id` and put its card back as it was before it; returns the
    card id. The caller holds the transaction.

    Refused with a StoreError, nothing changed, when the review is gone or when a later
    scheduled review of the same card exists (another terminal, say): restoring the state
    from before ours would silently undo that one too. An unscheduled review (cram, quiz)
    never changed the card, so deleting it leaves the card's state alone.
    """
    row = conn.execute(
        "SELECT card_id, state_before, scheduled, EXISTS (SELECT 1 FROM reviews AS later"
        " WHERE later.card_id = r.card_id AND later.id > r.id AND later.scheduled = 1)"
        " FROM reviews AS r WHERE id = ?",
        [review_id],
    ).fetchone()
    if row is None:
        raise StoreError(_("cannot undo: answer {id} is no longer in the database").format(id=review_id))
    card_id, state_before, scheduled, answered_since = row
    if scheduled:
        if answered_since:
            raise StoreError(_(UNDO_CONFLICT))
        set_state(conn, card_id, json.loads(state_before))
    conn.execute("DELETE FROM reviews WHERE id = ?", [review_id])
    return card_id


def card_states(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, dict]:
    """id -> state summary for the known ids (see `Store.card_states`)."""
    out: dict[str, dict] = {}
    ids = list(dict.fromkeys(ids))
    for i in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
        chunk = ids[i : i + 500]
        cursor = conn.execute(
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
