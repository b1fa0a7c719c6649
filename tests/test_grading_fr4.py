"""Round fr4 of false rejects: an optional choice named with a detail of its own."""

from __future__ import annotations

import pytest

from brokerquiz.core.deck.cards import subject_aliases
from brokerquiz.core.deck.library import open_deck
from brokerquiz.core.grading import grade_card


def _card(deck_name: str, card_id: str):
    deck, cards = open_deck(deck_name)
    return next(c for c in cards if c.id == card_id), subject_aliases(deck)


@pytest.mark.parametrize(("deck", "card_id", "answer", "verdict"), [
    # the right ones named, plus the optional one with a detail of its own: right
    ("message-brokers", "message-brokers/scenario/heavy-scenarios/high-load",
     "kafka и nats jetstream, ну и rabbitmq streams тоже", "right"),
    ("message-brokers-en", "message-brokers-en/scenario/heavy-scenarios/replay",
     "kafka, nats jetstream, and rabbitmq streams since 3.9", "right"),
    ("message-brokers-en", "message-brokers-en/scenario/heavy-scenarios/task-queue",
     "rabbitmq, redis streams, nats jetstream, and kafka with share groups", "right"),
    ("message-brokers", "message-brokers/scenario/heavy-scenarios/replay",
     "kafka, nats, rabbitmq streams", "right"),
    # near misses: a choice that does not fit, or a right one left out
    ("message-brokers", "message-brokers/scenario/heavy-scenarios/replay",
     "kafka, nats, redis streams с consumer groups", "wrong"),
    ("message-brokers-en", "message-brokers-en/scenario/heavy-scenarios/replay",
     "kafka and rabbitmq streams since 3.9", "partly"),
    ("message-brokers-en", "message-brokers-en/scenario/heavy-scenarios/high-load",
     "kafka, nats jetstream, redis streams too", "wrong"),
])
def test_an_optional_choice_with_a_detail(deck, card_id, answer, verdict):
    card, aliases = _card(deck, card_id)
    assert grade_card(card, answer, aliases=aliases).verdict == verdict
