"""The order new cards are introduced in: kinds spread evenly, brokers in turn.

Deck order puts every card of a row together, one broker after the other, kind by kind, so
day 1 would be a run of fact cards. `new_card_order` interleaves instead:

* every kind is spread evenly over the whole order: the i-th card of a kind with n cards
  sits near (i + ½) / n of the way, so the 48 fact cards, the 12 comparisons and the one
  phrase are each met from start to end (ties: the kind met first in the deck first);
* within a kind, the card of the subject (broker) shown least recently comes next, each
  subject's cards in deck order; cards about no single subject (compare, scenario, phrase,
  cloze) follow deck order.

Pure and deterministic: the same cards give the same order. The store keeps the result as
each card's `new_ord` (`Store.sync_cards`); card ids are untouched.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence

from ..model import Card


def new_card_order(cards: Sequence[Card]) -> list[int]:
    """The position of each card of `cards` (same order) among the deck's new cards."""
    kinds: dict[str, dict[str | None, deque[int]]] = {}  # kind -> subject -> card indexes
    for index, card in enumerate(cards):
        kinds.setdefault(card.kind, {}).setdefault(card.subject, deque()).append(index)
    sizes = {kind: sum(len(q) for q in by_subject.values()) for kind, by_subject in kinds.items()}
    taken = dict.fromkeys(kinds, 0)
    first = {kind: i for i, kind in enumerate(kinds)}
    last_shown: dict[str | None, int] = {}  # subject -> step it was last shown at
    positions = [0] * len(cards)
    for step in range(len(cards)):
        kind = min(
            (k for k in kinds if taken[k] < sizes[k]),
            key=lambda k: ((taken[k] + 0.5) / sizes[k], first[k]),
        )
        queues = kinds[kind]
        subject = min(
            (s for s, q in queues.items() if q),
            key=lambda s: (last_shown.get(s, -1) if s is not None else -1, queues[s][0]),
        )
        index = queues[subject].popleft()
        taken[kind] += 1
        if subject is not None:
            last_shown[subject] = step
        positions[index] = step
    return positions
