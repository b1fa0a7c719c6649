"""Issue 13: revealing a choice card without answering it proposes Again (study's session rule)."""

from __future__ import annotations

from brokerquiz.core.deck.cards import generate_cards, subject_aliases
from brokerquiz.core.clock import FakeClock
from brokerquiz.core.deck.load import parse_deck
from brokerquiz.core.sessions.study import StudySession


def test_revealing_a_choice_card_unanswered_proposes_again_a_plain_card_good(store, small_deck_yaml, now):
    deck = parse_deck(small_deck_yaml, "small.yaml")
    cards = generate_cards(deck)
    session = StudySession(store, deck, cards, clock=FakeClock(now), aliases=subject_aliases(deck), cram=True)
    seen = {}
    for _ in range(len(cards)):
        card = session.card
        if card is None or len(seen) == 2:
            break
        key = "choice" if card.is_choice else "plain"
        answer = session.reveal()
        seen.setdefault(key, answer.proposed)
        session.rate()
    assert seen == {"choice": 1, "plain": 3}
