"""Typing the question back is never a right answer, on any card of any shipped deck.

(Found on the interview bank: with question words graded "free", a follow-up whose answer repeats
the question's terms was marked right for the question itself.)"""

from __future__ import annotations

import pytest

from brokerquiz.core.deck.cards import subject_aliases
from brokerquiz.core.grading import grade_card
from brokerquiz.core.deck.library import open_deck, shipped_decks

DECK_IDS = sorted(shipped_decks())


@pytest.mark.parametrize("deck_id", DECK_IDS)
def test_the_question_typed_back_is_not_right(deck_id):
    deck, cards = open_deck(deck_id)
    aliases = subject_aliases(deck)
    echoed = [
        card.id
        for card in cards
        if card.kind not in ("phrase", "cloze")  # their front holds (part of) the answer by design
        and grade_card(card, card.front, aliases=aliases).correct
    ]
    assert echoed == []
