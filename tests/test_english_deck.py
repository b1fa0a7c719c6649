"""The English edition mirrors the Russian deck key for key, and both decks carry a follow-up card
for each of the 13 interviewer follow-ups in the facts file (tests/fixtures/brokers-facts.md, a
copy of shared/facts/brokers.md)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from rapidfuzz import fuzz

from brokerquiz.cli import cli
from brokerquiz.core.deck.cards import generate_cards
from brokerquiz.core.deck.load import load_deck
from brokerquiz.core.deck.library import open_deck, resolve_deck_path

ROOT = Path(__file__).resolve().parents[1]
RU_PATH = ROOT / "decks" / "message-brokers.yaml"
EN_PATH = ROOT / "decks" / "message-brokers.en.yaml"
FACTS = Path(__file__).parent / "fixtures" / "brokers-facts.md"
CYRILLIC = re.compile(r"[\u0400-\u04ff\u0500-\u052f]")

# facts-file number → (follow-up key in both decks, terms its answer must keep in either language)
FOLLOW_UPS = {
    1: ("zookeeper", ["KRaft", "4.0", "3.3"]),
    2: ("kafka-exactly-once", ["read_committed", "Kafka→Kafka"]),
    3: ("acks-all", ["min.insync.replicas"]),
    4: ("more-consumers", ["share groups", "4.2"]),
    5: ("rabbit-replay", ["streams", "3.9"]),
    6: ("rabbit-fifo", ["Single Active Consumer"]),
    7: ("rabbit-ha", ["Quorum queues", "4.0"]),
    8: ("redis-consumer-dies", ["XAUTOCLAIM", "XCLAIM"]),
    9: ("redis-durable", ["AOF everysec", "failover"]),
    10: ("nats-streaming-today", ["2023", "JetStream"]),
    11: ("jetstream-exactly-once", ["redelivery", "side effects"]),
    12: ("jetstream-ack-disk", ["fsync", "2"]),
    13: ("per-key-order", ["super streams", "SAC", "Redis", "NATS"]),
}


@pytest.fixture(scope="module")
def ru():
    return load_deck(RU_PATH)


@pytest.fixture(scope="module")
def en():
    return load_deck(EN_PATH)


def facts_follow_ups() -> list[tuple[int, str, str]]:
    text = FACTS.read_text(encoding="utf-8")
    section = text.split("## Interviewer follow-ups", 1)[1]
    return [(int(n), q, a) for n, q, a in re.findall(r"^(\d+)\. (.+?) → (.+)$", section, re.M)]


def structure(deck) -> dict:
    """Every key of a deck, and which places carry a nuance note: the shape a translation keeps."""
    return {
        "subjects": [s.key for s in deck.subjects],
        "tables": [(t.key, [(r.key, list(r.cells), [k for k, c in r.cells.items() if c.nuance]) for r in t.rows]) for t in deck.tables],
        "ratings": [(t.key, [(r.key, {k: c.rating for k, c in r.cells.items()}, [k for k, c in r.cells.items() if c.nuance]) for r in t.rows]) for t in deck.ratings],
        "lists": [(lst.key, {s: [(i.key, bool(i.nuance)) for i in items] for s, items in lst.items.items()}) for lst in deck.lists],
        "takeaways": {k: bool(c.nuance) for k, c in deck.takeaways.items()},
        "phrases": [(p.key, [c.key for c in p.clauses]) for p in deck.phrases],
        "follow_ups": [(f.key, f.subjects, f.topic, bool(f.source)) for f in deck.follow_ups],
    }


def test_english_deck_has_the_same_keys_as_the_russian_one(ru, en):
    assert (en.id, en.language, en.subject_noun) == ("message-brokers-en", "en", "broker")
    assert structure(en) == structure(ru)


def test_same_card_ids_apart_from_the_deck_prefix(ru, en):
    ru_cards, en_cards = generate_cards(ru), generate_cards(en)
    strip = lambda cards, prefix: [c.id.removeprefix(prefix + "/") for c in cards]  # noqa: E731
    assert strip(en_cards, en.id) == strip(ru_cards, ru.id)
    for a, b in zip(ru_cards, en_cards):  # a faithful translation keeps the answers' shape
        assert (a.kind, a.correct, a.optional, len(a.choices or ()), len(a.parts)) == (
            b.kind, b.correct, b.optional, len(b.choices or ()), len(b.parts)
        )


def test_english_deck_has_no_cyrillic_letters_left():
    text = EN_PATH.read_text(encoding="utf-8")
    assert not CYRILLIC.findall(text)
    assert CYRILLIC.findall(RU_PATH.read_text(encoding="utf-8"))  # the check itself can see Cyrillic


def test_english_deck_passes_check_and_opens_by_its_shipped_id():
    result = CliRunner().invoke(cli, ["check", str(EN_PATH)])
    assert result.exit_code == 0, result.output
    assert resolve_deck_path("message-brokers-en") == EN_PATH
    deck, cards = open_deck("message-brokers-en")
    assert deck.id == "message-brokers-en" and len(cards) == len(generate_cards(load_deck(RU_PATH)))


def test_cards_command_lists_the_english_deck():
    result = CliRunner().invoke(cli, ["cards", "--deck", "message-brokers-en", "--kind", "follow-up"])
    assert result.exit_code == 0, result.output
    assert "message-brokers-en/follow-up/zookeeper  [follow-up]" in result.stdout
    assert "Q: Does a current Kafka still need ZooKeeper?" in result.stdout
    assert "13 cards from message-brokers-en" in result.stderr


def test_the_facts_file_lists_13_follow_ups():
    assert [n for n, _, _ in facts_follow_ups()] == list(range(1, 14))


@pytest.mark.parametrize("number", range(1, 14))
def test_both_decks_have_a_follow_up_card_for_each_numbered_follow_up(ru, en, number):
    _, question, answer = facts_follow_ups()[number - 1]
    key, terms = FOLLOW_UPS[number]
    for term in terms:  # the table above must say what the facts say
        assert term.casefold() in answer.casefold(), term
    # the English question is a rewording of the facts' question: it is the closest one
    best = max(en.follow_ups, key=lambda f: fuzz.token_set_ratio(question, f.question))
    assert best.key == key and fuzz.token_set_ratio(question, best.question) >= 75
    for deck in (ru, en):
        (card,) = [c for c in generate_cards(deck) if c.id == f"{deck.id}/follow-up/{key}"]
        assert card.kind == "follow-up" and card.source
        for term in terms:
            assert term.casefold() in card.back.casefold(), (deck.id, key, term)


def test_english_nuances_keep_their_sources(ru, en):
    def sources(deck):
        found = []
        for table in deck.tables:
            for row in table.rows:
                found += [(row.key, k, c.nuance.source) for k, c in row.cells.items() if c.nuance]
        return found

    assert sources(en) == sources(ru) and len(sources(en)) >= 20
