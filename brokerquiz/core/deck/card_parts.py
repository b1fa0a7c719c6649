"""What every kind's cards are built from (core/deck/cards.py, core/deck/row_cards.py): the deck
with its prompts and subjects by key, a card's note and sources, and its tags."""

from __future__ import annotations

from typing import NamedTuple

from ..model import Deck, Nuance, Subject


def nuance_of(nuance: Nuance | None) -> tuple[str | None, str | None]:
    return (nuance.text, nuance.source) if nuance else (None, None)


def row_nuance(row, keys: list[str], names: dict[str, str], *, prefix: bool = True) -> tuple[str | None, str | None]:
    """The note of a card about several cells of a row: the row's own nuance, then each cell's
    ("Subject: note" when `prefix`), with every source; so a compare, scenario or shared-value
    reverse card that drills an outdated cell carries its correction."""
    cells = [(k, row.cells[k].nuance) for k in keys if row.cells[k].nuance]
    text, source = nuance_of(row.nuance)
    texts = [text, *((f"{names[k]}: {n.text}" if prefix else n.text) for k, n in cells)]
    sources = [source, *(n.source for _, n in cells)]
    return "\n".join(filter(None, texts)) or None, "; ".join(dict.fromkeys(filter(None, sources))) or None


def card_tags(deck: Deck, kind: str, **keys: str | None) -> tuple[str, ...]:
    tags = [f"deck::{deck.id}", f"kind::{kind}"]
    tags += [f"{name}::{value}" for name, value in keys.items() if value]
    return tuple(tags)


class DeckParts(NamedTuple):
    """What every kind's cards are built from: the deck, its prompts and its subjects by key."""

    deck: Deck
    p: dict[str, str]
    noun: str
    names: dict[str, str]
    subjects: dict[str, Subject]
