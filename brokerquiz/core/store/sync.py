"""Registering a deck's generated cards: new ids added, vanished ids archived, returning ids
restored with their history, order and labels refreshed. `Store.sync_cards` holds the write
transaction; an unchanged deck costs one read and no write."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from typing import Any

from ..model import Card
from .new_order import new_card_order
from .types import SyncResult

# The card columns a sync writes (archived last).
SYNC_COLUMNS = ("id", "deck", "kind", "sibling", "topic", "topic_label", "ord", "new_ord", "archived")


def sync_rows(deck_id: str, cards: Iterable[Card]) -> list[tuple]:
    """The deck's cards as rows in SYNC_COLUMNS order, first occurrence of each id kept."""
    unique: dict[str, Card] = {}
    for card in cards:
        if card.id in unique:
            continue
        if card.deck != deck_id:
            raise ValueError(f"card {card.id} belongs to deck {card.deck!r}, not {deck_id!r}")
        unique[card.id] = card
    new_ords = new_card_order(list(unique.values()))
    return [
        (c.id, deck_id, c.kind, c.sibling, c.topic, c.topic_label, i, new_ords[i], 0)
        for i, c in enumerate(unique.values())
    ]


def write_sync(
    conn: sqlite3.Connection, deck_id: str, rows: list[tuple], upsert: Callable[[list[dict[str, Any]]], None]
) -> SyncResult:
    """Write only the new or changed `rows` (through `upsert`) and archive the deck's ids
    missing from them. The caller holds the write transaction."""
    existing = {
        row[0]: row
        for row in conn.execute(f"SELECT {', '.join(SYNC_COLUMNS)} FROM cards WHERE deck = ?", [deck_id])
    }
    seen = {r[0] for r in rows}
    added = sum(1 for r in rows if r[0] not in existing)
    restored = sum(1 for r in rows if r[0] in existing and existing[r[0]][-1])
    changed = [dict(zip(SYNC_COLUMNS, r)) for r in rows if existing.get(r[0]) != r]
    gone = [(i,) for i, row in existing.items() if not row[-1] and i not in seen]
    if changed:
        upsert(changed)
    if gone:
        conn.executemany("UPDATE cards SET archived = 1 WHERE id = ?", gone)
    return SyncResult(added=added, archived=len(gone), restored=restored)
