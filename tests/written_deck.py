"""A deck written from YAML text into a temp folder, and the verdict of a typed answer on one
of its cards: for grading tests that state a rule with subjects and words of their own."""

from __future__ import annotations

from brokerquiz.core.deck.cards import subject_aliases
from brokerquiz.core.deck.library import open_deck


def written_deck(tmp_path_factory, name: str, text: str):
    """({card id: card}, the deck's subject aliases) of the deck `text`, written as `name`.yaml."""
    path = tmp_path_factory.mktemp("decks") / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    opened, cards = open_deck(str(path))
    return {c.id: c for c in cards}, subject_aliases(opened)


def verdict(deck, card_id: str, answer: str) -> str:
    """right / partly / wrong for `answer` on the card `card_id` of a `written_deck`."""
    from brokerquiz.core.grading import grade_card

    cards, aliases = deck
    return grade_card(cards[card_id], answer, aliases=aliases).verdict
