"""card_ids: every builder's id parses back into the keys it was built from, and the helpers
between kinds, decks, topics and interview question keys agree with the builders."""

from __future__ import annotations

import pytest

from brokerquiz.core import card_ids
from brokerquiz.core.card_ids import SHAPES, CardId, CardIdError

KEYS = {"table": "comparison", "row": "delivery", "subject": "kafka", "list": "when", "item": "replay", "phrase": "closing", "clause": "c2"}

BUILDERS = {
    "fact": card_ids.fact,
    "reverse": card_ids.reverse,
    "compare": card_ids.compare,
    "scenario": card_ids.scenario,
    "rating": card_ids.rating,
    "use-case": card_ids.use_case,
    "takeaway": card_ids.takeaway,
    "phrase": card_ids.phrase,
    "cloze": card_ids.cloze,
    "follow-up": card_ids.follow_up,
}


def _keys(kind: str) -> tuple[str, ...]:
    return tuple(KEYS[name] for name in SHAPES[kind])


def test_every_kind_has_a_builder():
    assert set(BUILDERS) == set(SHAPES)


@pytest.mark.parametrize("kind", sorted(SHAPES))
def test_the_fast_builder_the_checked_build_and_parse_agree(kind):
    keys = _keys(kind)
    built = BUILDERS[kind]("kafka-vs-rabbitmq", *keys)
    assert built == card_ids.build("kafka-vs-rabbitmq", kind, *keys)
    parsed = card_ids.parse(built)
    assert parsed == CardId("kafka-vs-rabbitmq", kind, keys)
    assert str(parsed) == built
    for name in SHAPES[kind]:
        assert parsed.key(name) == KEYS[name]
    assert card_ids.deck_of(built) == "kafka-vs-rabbitmq"


def test_the_format_itself_is_pinned():
    assert card_ids.fact("d", "t", "r", "s") == "d/fact/t/r/s"
    assert card_ids.use_case("d", "l", "s", "i") == "d/use-case/l/s/i"
    assert card_ids.cloze("d", "p", "c") == "d/cloze/p/c"
    assert card_ids.follow_up("d", "f") == "d/follow-up/f"


@pytest.mark.parametrize(
    "text",
    ["", "deck", "deck/fact", "deck/fact/t/r", "deck/fact/t/r/s/extra", "deck/nope/t", "deck/phrase/", "/phrase/p", "deck//p"],
)
def test_parse_refuses_what_is_not_an_id(text):
    with pytest.raises(CardIdError):
        card_ids.parse(text)


def test_build_refuses_an_unknown_kind_or_the_wrong_number_of_keys():
    with pytest.raises(CardIdError, match="unknown card kind"):
        card_ids.build("d", "essay", "x")
    with pytest.raises(CardIdError, match="takes 3 keys"):
        card_ids.build("d", "fact", "t", "r")


def test_phrase_and_its_clauses_map_both_ways():
    phrase = card_ids.phrase("d", "closing")
    clauses = card_ids.clauses_of(phrase, ["c1", "c2"])
    assert clauses == (card_ids.cloze("d", "closing", "c1"), card_ids.cloze("d", "closing", "c2"))
    assert {card_ids.phrase_of(c) for c in clauses} == {phrase}
    assert card_ids.legacy_cloze_note(clauses[1]) == "d/cloze/closing"
    with pytest.raises(CardIdError, match="not a cloze card id"):
        card_ids.phrase_of(phrase)
    with pytest.raises(CardIdError, match="not a phrase card id"):
        card_ids.clauses_of(clauses[0], ["c1"])


def test_with_deck_keeps_every_key_and_deck_of_is_lenient():
    en = card_ids.rating("brokers-en", "ratings", "replay", "kafka")
    ru = card_ids.with_deck(en, "brokers-ru")
    assert card_ids.parse(ru) == CardId("brokers-ru", "rating", ("ratings", "replay", "kafka"))
    assert card_ids.deck_of("old-deck/retired-kind/x") == "old-deck"


def test_topics_round_trip_and_question_keys_name_the_keys():
    topic = card_ids.row_topic("comparison", "delivery")
    assert card_ids.row_of_topic(topic) == ("comparison", "delivery")
    assert card_ids.row_of_topic("comparison") == ("comparison", "")
    assert card_ids.compare_question_key("t", "r", ["kafka", "nats"]) == "compare/t/r/kafka+nats"
    assert card_ids.scenario_question_key("t", ["a", "b"]) == "scenario/t/a+b"
    assert card_ids.use_question_key("when", "kafka") == "use/when/kafka"
    assert card_ids.card_question_key("follow-up", card_ids.follow_up("d", "f1")) == "follow-up/f1"
    assert card_ids.card_question_key("phrase", card_ids.phrase("d", "closing")) == "phrase/closing"
