"""The deck around a card: its paired edition (the same cards in another language, a deck's
`pair:` field) and the other subjects' cells of the card's row.

An answer in the other language is graded against the pair's card with the same keys as well
("immutable events" on the Russian deck meets the English deck's cell). The pair is loaded
through core.library (its parsed-deck cache) on the first typed answer that needs it, never on
the study start-up path, and kept for the process.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from .. import card_ids
from ...errors import BrokerquizError

if TYPE_CHECKING:
    from ..model import Card, Deck


def _reopened(name: str) -> tuple[Deck, list[Card]] | None:
    """The deck and its cards, or None when it cannot be opened: a deck that cannot be reopened
    (a missing or broken pair, an unreadable file) only means less known, never an error."""
    from ..deck import library

    try:
        return library.open_deck(name)
    except (BrokerquizError, OSError, yaml.YAMLError, UnicodeDecodeError):
        return None


def _reopened_cards(name: str) -> list[Card] | None:
    loaded = _reopened(name)
    return None if loaded is None else loaded[1]


@lru_cache(maxsize=8)
def _pair_deck(pair: str, base: str | None) -> tuple[str, dict[str, Card], Mapping[str, Sequence[str]]] | None:
    """The pair's id, its cards by id and its aliases, or None when it cannot be opened."""
    from ..deck.cards import subject_aliases

    name = pair
    if base and not Path(pair).is_absolute():
        beside = Path(base).parent / pair
        if beside.is_file():
            name = str(beside)
    loaded = _reopened(name)
    if loaded is None:
        return None
    deck, cards = loaded
    return deck.id, {c.id: c for c in cards}, subject_aliases(deck)


def paired_card(card: Card, aliases: Mapping[str, Sequence[str]] | None) -> tuple[Card, Mapping[str, Sequence[str]]] | None:
    """The pair deck's card with this card's keys, and the pair's aliases; None without a pair."""
    pair = getattr(aliases, "pair", "")
    deck_id = getattr(aliases, "deck_id", None) or card.deck
    if not pair or card_ids.deck_of(card.id) != deck_id:
        return None
    loaded = _pair_deck(pair, getattr(aliases, "path", None))
    if loaded is None:
        return None
    pair_id, cards, pair_aliases = loaded
    other = cards.get(card_ids.with_deck(card.id, pair_id))
    return (other, pair_aliases) if other is not None else None


@lru_cache(maxsize=16)
def _deck_cards(name: str, kind: str = "fact") -> dict[str, tuple[tuple[str, str, str | None], ...]] | None:
    """topic -> every card's (id, back, subject) of that kind (fact: the table cells; rating: the
    scenarios' ratings with their notes) in the deck, or None when it cannot be opened."""
    cards = _reopened_cards(name)
    if cards is None:
        return None
    rows: dict[str, list[tuple[str, str, str | None]]] = {}
    for c in cards:
        if c.kind == kind and c.topic:
            rows.setdefault(c.topic, []).append((c.id, c.back, c.subject))
    return {topic: tuple(items) for topic, items in rows.items()}


def row_cells(card: Card, aliases: Mapping[str, Sequence[str]] | None) -> tuple[str, ...]:
    """The other subjects' cells of a fact card's row (from the deck the aliases describe)."""
    path = getattr(aliases, "path", None)
    if card.kind != "fact" or not card.topic or not path:
        return ()
    rows = _deck_cards(path)
    if not rows:
        return ()
    return tuple(back for cid, back, _ in rows.get(card.topic, ()) if cid != card.id and back != card.back)


def subject_cells(card: Card, aliases: Mapping[str, Sequence[str]] | None) -> tuple[str, ...]:
    """The card's subject's cells in the other rows of its deck (a fact card's; from the deck the
    aliases describe): what the deck says of that subject elsewhere."""
    path = getattr(aliases, "path", None)
    if card.kind != "fact" or not card.topic or not card.subject or not path:
        return ()
    rows = _deck_cards(path) or {}
    return tuple(back for topic, items in rows.items() if topic != card.topic
                 for _, back, subject in items if subject == card.subject)  # fmt: skip


def other_subjects_cells(card: Card, aliases: Mapping[str, Sequence[str]] | None) -> tuple[str, ...]:
    """Every fact cell of the deck's other subjects, in any row (a fact card's; from the deck the
    aliases describe): what the deck says of the others, that an extra claim about this one may borrow."""
    path = getattr(aliases, "path", None)
    if card.kind != "fact" or not card.subject or not path:
        return ()
    rows = _deck_cards(path) or {}
    return tuple(back for items in rows.values() for _, back, subject in items if subject and subject != card.subject)


def deck_subjects(aliases: Mapping[str, Sequence[str]] | None) -> tuple[str, ...]:
    """The deck keys of the subjects its table cells are about (from the deck the aliases describe)."""
    path = getattr(aliases, "path", None)
    rows = (_deck_cards(path) or {}) if path else {}
    return tuple(dict.fromkeys(subject for items in rows.values() for _, _, subject in items if subject))


def cells_by_other_subject(card: Card, aliases: Mapping[str, Sequence[str]] | None) -> tuple[tuple[str, ...], ...]:
    """Every fact cell of each of the deck's other subjects (one tuple per subject, a fact card's;
    from the deck the aliases describe): what the deck says that one other subject alone may say."""
    path = getattr(aliases, "path", None)
    if card.kind != "fact" or not card.subject or not path:
        return ()
    rows = _deck_cards(path) or {}
    by: dict[str, list[str]] = {}
    for items in rows.values():
        for _, back, subject in items:
            if subject and subject != card.subject:
                by.setdefault(subject, []).append(back)
    return tuple(tuple(cells) for cells in by.values())


def subject_row_cells(card: Card, aliases: Mapping[str, Sequence[str]] | None) -> tuple[tuple[str, str], ...]:
    """The other subjects' (deck key, cell) of a fact card's row."""
    path = getattr(aliases, "path", None)
    if card.kind != "fact" or not card.topic or not path:
        return ()
    rows = _deck_cards(path) or {}
    return tuple((subject, back) for cid, back, subject in rows.get(card.topic, ()) if cid != card.id and subject)


def deck_subject_cells(card: Card, aliases: Mapping[str, Sequence[str]] | None) -> tuple[str, ...]:
    """Every fact cell of the card's subject but the card's own text, whatever the card's kind
    (a fact's other rows, a takeaway's table cells): what the deck says of that subject."""
    path = getattr(aliases, "path", None)
    if not card.subject or not path:
        return ()
    rows = _deck_cards(path) or {}
    cells = tuple((topic, back) for topic, items in rows.items() for cid, back, subject in items
                  if subject == card.subject and cid != card.id and back != card.back)  # fmt: skip
    return tuple(back for _, back in cells) + _denied_rows(cells, path)


@lru_cache(maxsize=256)  # a subject's cells are the same for every answer to its cards
def _denied_rows(cells: tuple[tuple[str, str], ...], path: str) -> tuple[str, ...]:
    """A cell that is a bare no ("No / only DLX") denies its row's label ("Replay / Event Sourcing"):
    that row's label with the cell's no-word before each of its pieces ("No Replay", "No Event
    Sourcing"), so what the subject's row denies is said the other way by a claim of it."""
    from .lexicon import lexicons

    labels = _row_labels(path) or {}
    no_words, out = lexicons().no, []
    for topic, back in cells:
        first = re.split(r"[\s,;:/(]+", back.strip(), maxsplit=1)[0].strip(".!—-")
        label = labels.get(topic)  # the row's shown label ("Replay / Event Sourcing"), not an id
        if first.lower() in no_words and label:
            out += [f"{first} {piece.strip()}" for piece in label.split("/") if piece.strip()]
    return tuple(out)


@lru_cache(maxsize=16)
def _row_labels(name: str) -> dict[str, str] | None:
    """topic -> its row's label (the fact cards' topic_label) in the deck, or None when it cannot be opened."""
    cards = _reopened_cards(name)
    if cards is None:
        return None
    return {c.topic: c.topic_label for c in cards if c.kind == "fact" and c.topic and c.topic_label}


def row_notes(card: Card, aliases: Mapping[str, Sequence[str]] | None) -> tuple[str, ...]:
    """The other subjects' ratings with their notes in a rating card's scenario ("👍 via exchanges")."""
    path = getattr(aliases, "path", None)
    if card.kind != "rating" or not card.topic or not path:
        return ()
    rows = _deck_cards(path, "rating") or {}
    return tuple(back for cid, back, _ in rows.get(card.topic, ()) if cid != card.id)


def subject_notes(card: Card, aliases: Mapping[str, Sequence[str]] | None) -> tuple[str, ...]:
    """The card's subject's ratings with their notes in every scenario ("⚠️ single primary"):
    what the deck says of that subject beside its table cells."""
    path = getattr(aliases, "path", None)
    if not card.subject or not path:
        return ()
    rows = _deck_cards(path, "rating") or {}
    return tuple(back for items in rows.values() for cid, back, subject in items if subject == card.subject and cid != card.id)


@lru_cache(maxsize=8)
def _fitting(name: str) -> dict[str, tuple[str, ...]] | None:
    """subject display name or key -> the questions of the deck's choice cards (scenarios, use
    cases, ratings) it is a right or either-way answer of, or None when the deck cannot be opened."""
    cards = _reopened_cards(name)
    if cards is None:
        return None
    fits: dict[str, list[str]] = {}
    for c in cards:
        picks = [*(c.correct or ()), *(c.optional or ())]
        if c.kind == "rating" and c.subject and 0 in picks:  # rated good (the first choice) in a scenario
            fits.setdefault(c.subject, []).append(c.front)
        elif c.kind in ("scenario", "use-case") and c.choices:
            for i in picks:
                fits.setdefault(c.choices[i], []).append(c.front)
    return {who: tuple(texts) for who, texts in fits.items()}


def subject_fits(card: Card, aliases: Mapping[str, Sequence[str]] | None, display: str = "") -> tuple[str, ...]:
    """The scenarios and uses the deck says the card's subject fits (rated good, or a right
    answer of a "which one?" card): what the subject is for besides its table cells."""
    path = getattr(aliases, "path", None)
    if not card.subject or not path:
        return ()
    fits = _fitting(path) or {}
    return (*fits.get(card.subject, ()), *(fits.get(display, ()) if display else ()))


@lru_cache(maxsize=16)
def _subject_texts(name: str) -> dict[str, tuple[str, ...]] | None:
    """subject key -> its fact cells and their nuances in the deck, or None when it cannot be opened."""
    cards = _reopened_cards(name)
    if cards is None:
        return None
    by: dict[str, list[str]] = {}
    for c in cards:
        if c.kind == "fact" and c.subject:
            by.setdefault(c.subject, []).extend(t for t in (c.back, c.nuance) if t)
    return {subject: tuple(texts) for subject, texts in by.items()}


def subject_texts(card: Card, aliases: Mapping[str, Sequence[str]] | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(what the deck says of the card's subject: the card's nuance, the subject's cells and their
    nuances; what it says of the other subjects): the texts a figure of an extra claim is held to."""
    path = getattr(aliases, "path", None)
    if not card.subject or not path:
        return (), ()
    texts = _subject_texts(path) or {}
    own = (*((card.nuance,) if card.nuance else ()), *texts.get(card.subject, ()))
    return own, tuple(t for subject, items in texts.items() if subject != card.subject for t in items)


def quoted_cell(card: Card, aliases: Mapping[str, Sequence[str]] | None) -> str:
    """The fact cell of the card's row and subject that its question quotes ("Which one? Storage:
    'Long-term, configurable retention'"), for a card of another kind; "" if none."""
    path = getattr(aliases, "path", None)
    if card.kind == "fact" or not card.topic or not card.subject or not path:
        return ""
    rows = _deck_cards(path) or {}
    return next((back for _, back, subject in rows.get(card.topic, ()) if subject == card.subject and back and back in card.front), "")


@lru_cache(maxsize=16)
def _typed_texts(name: str) -> dict[str, tuple[str, ...]] | None:
    """subject key -> the backs, nuances and accepted answers of its typed cards (no choices) in
    the deck, or None when it cannot be opened."""
    cards = _reopened_cards(name)
    if cards is None:
        return None
    by: dict[str, list[str]] = {}
    for c in cards:
        if c.subject and c.choices is None:
            by.setdefault(c.subject, []).extend(t for t in (c.back, c.nuance, *c.answers) if t)
    return {subject: tuple(texts) for subject, texts in by.items()}


def texts_by_subject(card: Card, aliases: Mapping[str, Sequence[str]] | None) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """(what the deck's typed cards say of the card's subject; the same of each other subject, one
    tuple per subject): their backs, nuances and accepted answers."""
    path = getattr(aliases, "path", None)
    if not card.subject or not path:
        return (), ()
    texts = _typed_texts(path) or {}
    return texts.get(card.subject, ()), tuple(items for subject, items in texts.items() if subject != card.subject)
