"""The model's value types: immutable, hashable, equal by value, cheap to import, and kept
equal through the parsed-deck cache's JSON entries."""

from __future__ import annotations

import subprocess
import sys

import pytest

from brokerquiz.core.deck import cache as deck_cache
from brokerquiz.core.deck.library import open_deck, resolve_deck_path
from brokerquiz.core.model import Card, Cell, Deck, Nuance, RatingCell, Subject


def card(**changes) -> Card:
    fields = dict(id="d/t/r/kafka/fact", deck="d", kind="fact", front="Kafka — Model?", back="log")
    return Card(**{**fields, **changes})


def test_cards_are_values_equal_by_content_and_usable_as_keys():
    assert card() == card()
    assert card() != card(back="queue")
    assert {card(): 1}[card()] == 1
    assert len({card(), card(), card(kind="reverse")}) == 2


@pytest.mark.parametrize(
    "obj, name", [(card(), "front"), (Cell("log"), "text"), (Subject("kafka", "Kafka"), "key"), (Nuance("since 4.0"), "source")]
)
def test_fields_cannot_be_reassigned_nor_added(obj, name):
    before = getattr(obj, name)
    with pytest.raises(AttributeError):
        setattr(obj, name, "changed")
    with pytest.raises(AttributeError):
        obj.extra = "new"  # type: ignore[attr-defined]
    assert getattr(obj, name) == before


def test_defaults_and_keyword_construction_keep_the_field_names():
    c = card()
    assert (c.choices, c.correct, c.answers, c.nuance, c.explanation) == (None, frozenset(), (), None, None)
    assert not c.is_choice and card(choices=("a", "b"), correct=frozenset({0})).is_choice
    assert Card(**c._asdict()) == c
    assert c._replace(front="Other?").front == "Other?" and c.front == "Kafka — Model?"


def test_properties_still_work():
    assert Subject("redis", "Redis Streams", ("Redis",)).names == ("Redis Streams", "Redis")
    mixed = RatingCell(("good", "caution"), "with care")
    assert mixed.mixed and mixed.fits and mixed.text == "👍/⚠️ with care"
    assert RatingCell(("bad",), ", never").text == "❌, never"


def test_a_deck_without_takeaways_gets_an_empty_mapping_and_finds_subjects():
    deck = Deck(id="d", title="T", language="en", subjects=(Subject("kafka", "Kafka"),))
    assert deck.takeaways == {} and deck.tables == ()
    assert deck.subject("kafka").name == "Kafka"
    with pytest.raises(KeyError):
        deck.subject("nats")


def test_the_shipped_deck_and_its_cards_survive_the_deck_cache(tmp_path):
    """The parsed-deck cache keeps (deck, cards) as JSON (deck_cache): what comes back must be
    equal, nuances, frozensets and dicts included."""
    deck, cards = open_deck("message-brokers")
    path = resolve_deck_path("message-brokers")
    assert deck_cache.write(path, deck_cache.cache_key(path), deck, tuple(cards), folder=tmp_path)
    back_deck, back_cards = deck_cache.read(path, folder=tmp_path)
    assert back_deck == deck and back_cards == tuple(cards)
    assert type(back_cards[0]) is Card and back_cards[0].to_json() == cards[0].to_json()


def test_the_model_and_the_session_do_not_import_dataclasses():
    """Frozen dataclasses exec-compile their methods at import (on every start-up): the
    modules `brokerquiz study` imports before the first card avoid them."""
    code = "import sys, brokerquiz.core.model, brokerquiz.core.sessions.study; print('dataclasses' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
