"""Suspend and bury, as in Anki: a card kept out of the study queue until undone (suspended)
or until a time, the start of tomorrow (buried). Plain SQL over the store's connection;
`Store.set_flags` holds the write transaction.

Undo follows the rule of review undo: a session puts back only what it changed itself, so a
flag changed again since (another terminal, the browser) is refused, nothing touched.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import NamedTuple

from ..clock import iso, parse_iso
from ..translate import N_, _

# StoreError is imported where it is raised: store_types defines dataclasses, which the study
# session (importing Flags from here) keeps off the start-up path (tests/test_model.py).

KEEP = object()  # "leave this flag as it is"


class Flags(NamedTuple):
    """A card's suspend and bury flags."""

    suspended: bool = False
    buried_until: datetime | None = None  # UTC; buried while now < buried_until

    def buried(self, now: datetime) -> bool:
        return self.buried_until is not None and now < self.buried_until


FLAGS_CHANGED = N_(
    "cannot undo: this card was suspended or buried again after you (another window);"
    " it stays as it is now"
)


def read_flags(conn: sqlite3.Connection, card_id: str) -> Flags:
    row = conn.execute("SELECT suspended, buried_until FROM cards WHERE id = ?", [card_id]).fetchone()
    if row is None:
        from .types import StoreError

        raise StoreError(_("unknown card {id}").format(id=card_id))
    return Flags(bool(row[0]), parse_iso(row[1]))


def change_flags(
    conn: sqlite3.Connection, card_id: str, *, suspended=KEEP, buried_until=KEEP, expect: Flags | None = None
) -> Flags:
    """Set the given flags of one card; returns its flags from before. The caller holds the
    transaction. With `expect`, refused (StoreError, nothing changed) unless the card's flags
    are still exactly `expect` (undo: only what this session set)."""
    before = read_flags(conn, card_id)
    if expect is not None and before != expect:
        from .types import StoreError

        raise StoreError(_(FLAGS_CHANGED))
    after = before._replace(
        **({} if suspended is KEEP else {"suspended": bool(suspended)}),
        **({} if buried_until is KEEP else {"buried_until": buried_until}),
    )
    conn.execute(
        "UPDATE cards SET suspended = ?, buried_until = ? WHERE id = ?",
        [int(after.suspended), iso(after.buried_until) if after.buried_until else None, card_id],
    )
    return before


def deck_cards(conn: sqlite3.Connection, deck_id: str) -> dict[str, dict]:
    """id -> {state, due, reps, lapses, leech, suspended, buried_until} of the deck's active
    cards, in one query (the card browser's table)."""
    out: dict[str, dict] = {}
    for r in conn.execute(
        "SELECT id, state, due, reps, lapses, leech, suspended, buried_until FROM cards"
        " WHERE deck = ? AND archived = 0",
        [deck_id],
    ):
        out[r[0]] = {
            "state": r[1],
            "due": parse_iso(r[2]),
            "reps": r[3],
            "lapses": r[4],
            "leech": bool(r[5]),
            "suspended": bool(r[6]),
            "buried_until": parse_iso(r[7]),
        }
    return out
