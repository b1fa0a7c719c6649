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


IDEM = "message-brokers-interview/fact/topics/idempotence/"
IDEM_EN = "message-brokers-interview-en/fact/topics/idempotence/"


@pytest.mark.parametrize(("deck", "card_id", "answer", "verdict"), [
    # a true extra done by the client (dedup on the consumer, in the app): no other broker's value
    ("message-brokers-interview", IDEM + "rabbitmq",
     "confirms, ручные ack и флаг redelivered; дедупликация по id сообщения в приложении", "right"),
    ("message-brokers-interview", IDEM + "kafka",
     "идемпотентный продюсер и транзакции, read_committed, плюс дедуп по id сообщения на консьюмере", "right"),
    ("message-brokers-interview-en", IDEM_EN + "rabbitmq",
     "publisher confirms, manual acks, the redelivered flag, plus client-side dedup by message id", "right"),
    ("message-brokers-interview-en", IDEM_EN + "kafka",
     "idempotent producer and transactions, read_committed, and consumer-side dedup by message id", "right"),
    # near misses: the broker's own dedup window is another subject's value
    ("message-brokers-interview", IDEM + "rabbitmq",
     "publisher confirms, ручные ack, redelivered, дедупликация по id сообщения в окне stream'а", "wrong"),
    ("message-brokers-interview-en", IDEM_EN + "rabbitmq",
     "publisher confirms, manual acks, redelivered, and dedup by message id within the stream's window", "wrong"),
])
def test_a_client_side_extra_is_no_other_subjects_value(deck, card_id, answer, verdict):
    card, aliases = _card(deck, card_id)
    assert grade_card(card, answer, aliases=aliases).verdict == verdict


@pytest.mark.parametrize(("deck", "card_id", "answer", "verdict"), [
    # the whole cell said, then a true extra done by the client: right
    ("message-brokers-interview", IDEM + "rabbitmq",
     "publisher confirms и ручные ack, флаг redelivered, плюс дедуп на консьюмере", "right"),
    ("message-brokers-interview-en", IDEM_EN + "rabbitmq",
     "publisher confirms and manual acks, the redelivered flag, plus client-side deduplication", "right"),
    # near miss: the broker's own dedup window, another subject's value
    ("message-brokers-interview-en", IDEM_EN + "rabbitmq",
     "publisher confirms and manual acks, the redelivered flag, plus deduplication by message id within the stream's window",
     "wrong"),
])
def test_the_whole_cell_then_a_client_side_extra(deck, card_id, answer, verdict):
    card, aliases = _card(deck, card_id)
    assert grade_card(card, answer, aliases=aliases).verdict == verdict
