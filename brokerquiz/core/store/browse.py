"""The card browser's search, as in Anki's browser: words, ``tag:``, ``is:``; no Textual.

A query is words separated by spaces; a card matches when it matches every one:

* ``tag:TEXT``  a tag containing TEXT ("tag:kind::fact", "tag:kafka", "tag:delivery");
* ``is:STATE``  one of `STATES` (new, learning, review, due, suspended, buried, leech);
* any other word: found, case-insensitively, in the card's front, back, id or topic label.

Unknown states are an error message naming the known ones, not an empty list.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import NamedTuple

from ...errors import BrokerquizError
from ..model import Card

STATE_NAMES = {0: "new", 1: "learning", 2: "review", 3: "learning"}  # relearning shows as learning
STATES = ("new", "learning", "review", "due", "suspended", "buried", "leech")


class BrowseError(BrokerquizError):
    """A query the browser cannot run (an unknown is: state)."""


class Query(NamedTuple):
    words: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    states: tuple[str, ...] = ()


def parse_query(text: str) -> Query:
    words, tags, states = [], [], []
    for word in text.casefold().split():
        if word.startswith("tag:") and len(word) > 4:
            tags.append(word[4:])
        elif word.startswith("is:"):
            state = word[3:]
            if state not in STATES:
                raise BrowseError(f"is:{state} is not a state; try one of: {', '.join(STATES)}")
            states.append(state)
        else:
            words.append(word)
    return Query(tuple(words), tuple(tags), tuple(states))


def card_states(info: dict | None, now: datetime) -> set[str]:
    """The `STATES` a card is in: its schedule state, and due/suspended/buried/leech."""
    if info is None:
        return {"new"}
    states = {STATE_NAMES.get(info["state"], "new")}
    if info["state"] and info["due"] is not None and info["due"] <= now:
        states.add("due")
    if info["suspended"]:
        states.add("suspended")
    if info["buried_until"] is not None and now < info["buried_until"]:
        states.add("buried")
    if info["leech"]:
        states.add("leech")
    return states


def state_label(info: dict | None, now: datetime) -> str:
    """One word for the browser's state column: suspended and buried win over the schedule."""
    states = card_states(info, now)
    for name in ("suspended", "buried", "due"):
        if name in states:
            return name
    return STATE_NAMES.get(info["state"], "new") if info else "new"


def matches(card: Card, info: dict | None, query: Query, now: datetime) -> bool:
    if query.states and not set(query.states) <= card_states(info, now):
        return False
    tags = [t.casefold() for t in card.tags]
    if any(not any(tag in t for t in tags) for tag in query.tags):
        return False
    text = " ".join((card.front, card.back, card.id, card.topic_label or "")).casefold()
    return all(word in text for word in query.words)


def browse(cards: Iterable[Card], infos: dict[str, dict], text: str, now: datetime) -> list[Card]:
    """The cards matching the query `text`, in deck order (raises BrowseError)."""
    query = parse_query(text)
    return [card for card in cards if matches(card, infos.get(card.id), query, now)]
