"""An answer denying what the model answer's words imply ("no ordering in a stream" for "FIFO
within a stream": first-in-first-out keeps an order) is wrong (entails.denies_implied); a denial
of something else, or one beside the model answer's own word, is not. A quiet word ("within",
«внутри») of another subject's cell stands in for no value (othercells)."""

from __future__ import annotations

from functools import cache

import pytest

from brokerquiz.core.deck.cards import subject_aliases
from brokerquiz.core.deck.library import open_deck
from brokerquiz.core.grading import grade, grade_card

EN_CARD = ("message-brokers-en", "message-brokers-en/fact/comparison/ordering/redis")  # FIFO within a stream
RU_CARD = ("message-brokers", "message-brokers/fact/comparison/ordering/redis")  # FIFO в stream


@cache
def _card(deck_id: str, card_id: str):
    deck, cards = open_deck(deck_id)
    return {c.id: c for c in cards}[card_id], subject_aliases(deck)


def verdict(where: tuple[str, str], answer: str) -> str:
    card, aliases = _card(*where)
    return grade_card(card, answer, aliases=aliases).verdict


@pytest.mark.parametrize(("where", "answer"), [
    (EN_CARD, "no ordering in a stream"),
    (EN_CARD, "there is no order within the stream"),
    (RU_CARD, "порядка в стриме нет"),
])
def test_denying_what_the_model_answer_implies_is_wrong(where, answer: str) -> None:
    assert verdict(where, answer) == "wrong"


@pytest.mark.parametrize(("where", "answer"), [
    (EN_CARD, "ordered within a stream"),
    (EN_CARD, "fifo, but no ordering across streams"),
    (RU_CARD, "порядок внутри стрима"),
    pytest.param(RU_CARD, "fifo в стриме, но между стримами порядка нет", marks=pytest.mark.xfail(
        strict=True, reason="a known gap: the closing «нет» of another scope («между стримами») reads as denying the stream")),
])
def test_saying_it_or_denying_something_else_stays_right(where, answer: str) -> None:
    assert verdict(where, answer) == "right"


def test_german_denial_of_the_implied_order() -> None:
    assert grade("FIFO innerhalb eines Streams", "keine reihenfolge im stream", context="Reihenfolge?").verdict == "wrong"
    assert grade("FIFO innerhalb eines Streams", "reihenfolge innerhalb eines streams", context="Reihenfolge?").correct


def test_a_quiet_word_of_another_cell_stands_in_for_no_value() -> None:
    assert verdict(RU_CARD, "порядок внутри стрима") == "right"
    assert verdict(RU_CARD, "порядок внутри партиции") == "wrong"  # Kafka's partition stays another subject's value


def test_the_denial_of_another_thing_beside_the_own_word_is_no_denial() -> None:
    assert grade("ACID with InnoDB, repeatable read by default",
                 "acid with innodb, repeatable read by default, myisam has no transactions at all").correct
