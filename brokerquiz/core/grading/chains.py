"""A follow-up's chain: the deck's follow-ups that continue it or that it continues. A question
quoting words of another follow-up's model answer ('You said "a separate process publishes it".
How exactly, and what delivery guarantee do you get?') asks on about what that answer says, and
its own model answer is the deck's word on the same thing ("Both are at-least-once ..."). What an
answer to either card claims beside its point is judged by the other's model answer too: an
extra "the relay delivers exactly once" to "Why an outbox?" claims a delivery guarantee the
continuation says otherwise (traits.py reads the chain as the subject's other cells).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from .pairs import _reopened_cards
from .text import fold

if TYPE_CHECKING:
    from ..model import Card

#: A phrase in quotes of any of the usual kinds ("...", «...», „...“, “...”).
_QUOTED = re.compile(r"\"([^\"]{3,})\"|«([^»]{3,})»|„([^“”]{3,})[“”]|“([^”]{3,})”")


def _norm(text: str) -> str:
    return " ".join(fold(text).split())


def _quotes(text: str) -> list[str]:
    return [_norm(next(g for g in m.groups() if g)) for m in _QUOTED.finditer(text)]


@lru_cache(maxsize=16)
def _follow_ups(name: str) -> tuple[tuple[str, str, str, tuple[str, ...]], ...]:
    """Every follow-up card's (id, its answer folded, its answer, the phrases its question quotes)."""
    cards = _reopened_cards(name) or []
    return tuple((c.id, _norm(c.back), c.back, tuple(_quotes(c.front))) for c in cards if c.kind == "follow-up")


def chain_answers(card: Card, aliases: Mapping[str, Sequence[str]] | None) -> tuple[str, ...]:
    """The model answers of the follow-ups continuing this one (their question quotes its answer)
    or that it continues (its question quotes theirs), from the deck the aliases describe."""
    path = getattr(aliases, "path", None)
    if card.kind != "follow-up" or not path:
        return ()
    return _chain(path, card.id, card.back, card.front)


@lru_cache(maxsize=4096)  # the deck side: the same card's chain for every answer to it
def _chain(path: str, card_id: str, back: str, front: str) -> tuple[str, ...]:
    """chain_answers() of the follow-up with this id, model answer and question in the deck at path."""
    cards = _follow_ups(path)
    mine = _norm(back)
    asked = _quotes(front)
    return tuple(other for cid, folded, other, quotes in cards if cid != card_id
                 and (any(q in mine for q in quotes) or any(q in folded for q in asked)))  # fmt: skip
