"""What the grader knows of a deck's subjects: display name → short names, and the rest."""

from __future__ import annotations

from ..model import Deck


class DeckAliases(dict):
    """Display name → short names, as the grader takes them, carrying the rest of what the
    grader knows of the deck: its id, language, `glossary:` section, `pair:`, `defaults:` and file."""

    def __init__(self, deck: Deck):
        super().__init__((s.name, s.aliases) for s in deck.subjects)
        self.deck_id = deck.id
        self.language = deck.language
        self.glossary = tuple(deck.glossary) if deck.glossary else None
        self.pair = deck.pair
        self.defaults = deck.defaults
        self.path = deck.path


def subject_aliases(deck: Deck) -> DeckAliases:
    """Display name → short names (and the deck's glossary, language and pair), as the grader takes them."""
    return DeckAliases(deck)
