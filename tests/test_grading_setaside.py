"""A "which one(s)?" card answered with a subject set aside ("A and B, not C").

A subject the answer names only to deny it is no pick: set aside where the card does not ask for
it (the rating agrees), a contradiction where it does ("kafka, not nats" for "Kafka, NATS").
"""

from __future__ import annotations

import pytest

from brokerquiz.core.deck.cards import subject_aliases
from brokerquiz.core.deck.library import open_deck
from brokerquiz.core.grading import grade_card

RU, EN = "message-brokers", "message-brokers-en"
DE = "tests/fixtures/decks/datenbanken.de.yaml"
HIGH_LOAD = "{}/scenario/heavy-scenarios/high-load"  # Kafka and NATS JetStream 👍, RabbitMQ optional, Redis ⚠️


def _graded(deck: str, card_id: str, answer: str):
    d, cards = open_deck(deck)
    card = next(c for c in cards if c.id == card_id)
    return grade_card(card, answer, aliases=subject_aliases(d))


SET_ASIDE = [
    (RU, HIGH_LOAD.format(RU), "кафка и натс, редис нет"),
    (RU, HIGH_LOAD.format(RU), "кафка и натс, но не редис"),
    (RU, HIGH_LOAD.format(RU), "кафка и натс, без редиса"),
    (EN, HIGH_LOAD.format(EN), "kafka and nats, not redis"),
    (EN, HIGH_LOAD.format(EN), "kafka and nats; rabbit no, redis no"),
    (DE, "datenbanken/scenario/lasten/schreiblast", "cassandra, nicht postgres"),
    (DE, "datenbanken/scenario/lasten/schreiblast", "cassandra, kein mysql"),
]

ASKED_DENIED = [
    (RU, HIGH_LOAD.format(RU), "кафка, натс нет"),
    (EN, HIGH_LOAD.format(EN), "kafka, not nats"),
    (EN, HIGH_LOAD.format(EN), "not kafka, nats"),
]

STILL_WRONG = [  # a subject the card does not ask for, said plainly
    (RU, HIGH_LOAD.format(RU), "кафка, натс и редис"),
    (EN, HIGH_LOAD.format(EN), "kafka, nats, redis streams"),
    (DE, "datenbanken/scenario/lasten/schreiblast", "cassandra und postgres"),
]


@pytest.mark.parametrize(("deck", "card_id", "answer"), SET_ASIDE)
def test_a_subject_set_aside_is_no_pick(deck: str, card_id: str, answer: str) -> None:
    assert _graded(deck, card_id, answer).correct


@pytest.mark.parametrize(("deck", "card_id", "answer"), ASKED_DENIED)
def test_an_asked_subject_denied_is_wrong(deck: str, card_id: str, answer: str) -> None:
    g = _graded(deck, card_id, answer)
    assert g.verdict == "wrong" and "opposite polarity" in g.reason, g


@pytest.mark.parametrize(("deck", "card_id", "answer"), STILL_WRONG)
def test_a_subject_said_plainly_stays_wrong(deck: str, card_id: str, answer: str) -> None:
    assert _graded(deck, card_id, answer).verdict == "wrong"
