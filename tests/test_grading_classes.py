"""Grader v2 (issue 11): one group of tests per class of mistake, written from the issue's
descriptions (not from the evaluation set), plus the rules that keep the grader deck- and
language-neutral.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from brokerquiz.core import grading
from brokerquiz.core.deck.cards import generate_cards, subject_aliases
from brokerquiz.core.deck.load import DeckError, load_deck, parse_deck
from brokerquiz.core.grading import grade, grade_card
from brokerquiz.core.deck.library import open_deck

ROOT = Path(__file__).resolve().parents[1]
BROKERS = {"Kafka": ("кафка",), "RabbitMQ": ("Rabbit", "RMQ"), "Redis Streams": ("Redis",), "NATS JetStream": ("NATS",)}


def verdict(expected: str, answer: str, **kw) -> str:
    return grade(expected, answer, **kw).verdict


# 1. Meaning flips outside a built-in table -------------------------------------------------


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("Immutable records", "mutable records"),  # negating prefix, English
        ("asynchronous replication", "synchronous replication"),
        ("неизменяемые записи", "изменяемые записи"),  # negating prefix, Russian
        ("Stack order: LIFO", "Stack order: FIFO"),  # reversed order words
        ("compression off", "compression on"),
        ("сжатие выключено", "сжатие включено"),
        ("scales horizontally", "scales vertically"),
        ("optimistic locking", "pessimistic locking"),
        ("eventual consistency", "strong consistency"),
        ("Daten werden komprimiert", "Daten werden nicht komprimiert"),  # a German negator
        ("automatic failover", "manual failover"),
    ],
)
def test_a_flipped_meaning_is_wrong(expected, answer):
    g = grade(expected, answer)
    assert g.verdict == "wrong", g
    assert g.wrong, "the contradicting words are named"


def test_a_contradicting_detail_is_wrong_not_left_out():
    g = grade("Append-only log, immutable segments", "append-only log, mutable segments")
    assert g.verdict == "wrong"
    assert "mutable" in g.wrong and "left out" not in g.reason


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        # a piece of a config name is no word with a negating prefix ("in" + "sync" is not "since")
        ("No: min.insync.replicas=2 with RF 3; since 4.1 ELR is on", "no, min.insync.replicas=2 with RF 3"),
        # the word after the prefix is another glossary term than the expected word
        ("No: 2 in-sync replicas; since 4.1 ELR is on", "no, insync replicas 2"),
    ],
)
def test_a_prefix_that_is_no_negation_is_no_flip(expected, answer):
    g = grade(expected, answer)
    assert "opposite" not in g.reason, g
    assert g.verdict != "wrong", g


def test_a_real_negating_prefix_still_flips_beside_an_identifier():
    g = grade("immutable log, min.insync.replicas=2", "mutable log, min.insync.replicas=2")
    assert g.verdict == "wrong" and "mutable" in g.wrong


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        ("Quorum queues or streams; classic mirroring was removed in 4.0.", "mirrored classic queues", "wrong"),
        ("Quorum queues или streams; классическое зеркалирование удалено в 4.0.", "классические зеркальные очереди", "wrong"),
        ("Daten in Segmenten; der alte Index wurde entfernt", "der alte Index", "wrong"),
        ("Quorum queues or streams; classic mirroring was removed in 4.0.", "quorum queues or streams", "partly"),
        ("Quorum queues or streams; classic mirroring was removed in 4.0.", "quorum queues or streams, classic mirroring removed in 4.0", "right"),
    ],
)
def test_offering_what_the_answer_says_was_withdrawn_is_wrong(expected, answer, verdict_):
    assert verdict(expected, answer) == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        ("Quorum queues or streams; classic mirroring was removed in 4.0.", "quorum queues or streams, not classic mirroring", "right"),
        ("Quorum queues или streams; классическое зеркалирование удалено в 4.0.", "quorum queues или streams, не классическое зеркалирование", "right"),
        ("Segmente; der alte Index wurde entfernt", "Segmente, nicht der alte Index", "right"),
        # the negation still flips what the text does not say was withdrawn
        ("Quorum queues or streams; classic mirroring was removed in 4.0.", "quorum queues or streams, not quorum queues", "wrong"),
        ("Quorum queues or streams; classic mirroring was removed in 4.0.", "not quorum queues", "wrong"),
    ],
)
def test_not_x_agrees_with_the_expected_texts_own_x_was_withdrawn(expected, answer, verdict_):
    # a "not X" matching the expected text's own contrast ("X was removed") is no contradiction
    assert verdict(expected, answer) == verdict_


def test_deck_title_words_are_no_optional_words_of_the_answer():
    # the deck is about "streaming": that does not make "streams" a word the answer may leave out
    from brokerquiz.core.model import Card

    card = Card(id="t/x", deck="t", kind="fact", front="Redis — use cases?", back="counters, streams",
                context=("Comparing streaming brokers", "Use cases"))
    assert grade_card(card, "counters").verdict == "partly"
    assert grade_card(card, "counters, streams").verdict == "right"
    # the row label is the question's own context: its words need not be said again
    row = Card(id="t/y", deck="t", kind="fact", front="Redis — replay?", back="replay by offset",
               context=("Comparing streaming brokers", "Replay"))
    assert grade_card(row, "by offset").verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # a negation after the word it denies, or before a predicate of being there
        ("By partition key, no joins", "by partition key, joins not supported", "right"),
        ("Nur über den Partitionsschlüssel, keine Joins", "nur über den Partitionsschlüssel, Joins gibt es nicht", "right"),
        ("по ключу партиции, без джойнов", "по ключу партиции, джойны не поддерживаются", "right"),
        ("нет джойнов", "джойны не поддерживаются", "right"),
        # and the same words flip what the expected text affirms
        ("By partition key, joins", "by partition key, joins not supported", "wrong"),
        ("Joins möglich", "Joins gibt es nicht", "wrong"),
        ("джойны поддерживаются", "джойны не поддерживаются", "wrong"),
        ("Replication mandatory", "replication not needed", "wrong"),
    ],
)
def test_a_negation_after_the_word_or_before_a_predicate_denies_the_word(expected, answer, verdict_):
    assert verdict(expected, answer) == verdict_


def test_lexicon_words_are_folded_like_typed_text():
    # "über" is read as "uber": a stop word written with an umlaut must still be one
    lex = grading.lexicon.lexicons()
    assert {"uber", "fur"} <= lex.stop and "moglich" in lex.predicates
    g = grade("Sharding über Erweiterungen", "Sharding per Erweiterungen")
    assert g.verdict == "right", g


# 2. Words do not leak across parts -----------------------------------------------------------


def test_one_parts_word_does_not_satisfy_another_part():
    g = grade("fast writes, slow reads", "slow writes, fast reads")
    assert g.verdict == "wrong", g


def test_aligned_values_in_the_right_parts_are_right():
    assert grade("small heap, large cache", "large cache, small heap").correct


def test_a_shared_small_word_does_not_cover_a_missing_part():
    g = grade("one leader per shard, one follower per zone", "one leader per shard")
    assert not g.correct


# 3. More right words never make a right answer wrong -----------------------------------------


def test_repeating_the_question_costs_nothing():
    card = _card("Low", front="Operational overhead of the cache?")
    assert grade_card(card, "low").verdict == grade_card(card, "low operational overhead").verdict == "right"


def test_an_aside_in_parentheses_costs_nothing():
    assert grade("at-least-once", "at-least-once (redelivered until acked)").correct


def test_extra_wrong_words_cost():
    assert not grade("at-least-once", "at-least-once, exactly-once").correct


# 4. The other language ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("immutable events", "неизменяемые события"),
        ("at-least-once", "как минимум один раз"),
        ("at-least-once", "mindestens einmal"),
        ("шардинг", "sharding"),
        ("в пределах партиции", "within a partition"),
        ("low latency", "низкая задержка"),
    ],
)
def test_the_other_language_is_understood(expected, answer):
    assert grade(expected, answer).correct, grade(expected, answer)


def test_the_paired_deck_supplies_the_other_languages_cell():
    deck, cards = open_deck("message-brokers")
    pair, pair_cards = open_deck("message-brokers-en")
    assert deck.pair == pair.id and pair.pair == deck.id
    by_id = {c.id.split("/", 1)[1]: c for c in pair_cards}
    card = next(c for c in cards if c.kind == "takeaway")
    english = by_id[card.id.split("/", 1)[1]].back
    assert grade_card(card, english, aliases=subject_aliases(deck)).correct


# 5. Synonyms and paraphrases ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("medium complexity", "moderate complexity"),
        ("в пределах очереди", "в рамках очереди"),
        ("ordered within a shard", "ordered per shard"),
        ("сверхбыстрые очереди", "сверхскоростные очереди"),
        ("TTL on each key", "time to live on each key"),
        ("dead letter queue", "DLQ"),
    ],
)
def test_synonyms_and_abbreviations(expected, answer):
    assert grade(expected, answer).correct, grade(expected, answer)


# 6. Ratings -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        ("⚠️ needs tuning", "⚠️", "right"),
        ("❌", "❌ нет", "right"),
        ("⚠️ needs tuning", "caution", "right"),
        ("⚠️ нужна настройка", "с оговорками", "right"),
        ("👍 built in", "хорошо", "right"),
        ("❌ not built in", "schlecht", "right"),
        ("⚠️ needs tuning", "👍 needs tuning", "wrong"),  # the wrong rating with the right reason
        ("⚠️ needs tuning", "👍 ⚠️ ❌", "wrong"),  # every rating
        ("👍 built in", "bad", "wrong"),
        # rating phrases: a "fit" word inside one is no good rating of its own
        ("❌ no", "bad fit", "right"),
        ("❌ no joins", "unsuitable, no joins", "right"),
        ("⚠️ сложно", "так себе", "right"),
        ("👍 umfangreiches SQL", "gut geeignet", "right"),
        ("❌ keine Joins", "nicht geeignet", "right"),
        ("⚠️ hard", "not a fit", "wrong"),
        ("👍 partitions", "poor fit", "wrong"),
    ],
)
def test_ratings_are_values(expected, answer, verdict_):
    assert verdict(expected, answer) == verdict_, grade(expected, answer)


# 7. Stuffing: every option of any set ---------------------------------------------------------


def test_listing_every_value_of_a_group_is_wrong():
    g = grade("read committed", "read uncommitted, read committed, repeatable read, serializable")
    assert g.verdict == "wrong" and "every option" in g.reason


def test_listing_every_subject_is_wrong():
    assert not grade("RabbitMQ", "Kafka, RabbitMQ, Redis, NATS", aliases=BROKERS).correct


def test_a_deck_group_can_be_stuffed_too():
    deck = parse_deck(MINI_DECK.replace("GLOSSARY", MINI_GLOSSARY))
    aliases = subject_aliases(deck)
    assert not grade("bronze tier", "bronze tier, silver tier, gold tier", aliases=aliases).correct
    assert grade("bronze tier", "bronze tier", aliases=aliases).correct


# 8. A deck's accept entry wins over the guards ------------------------------------------------


def test_accept_wins_over_the_polarity_guard():
    card = _card("Нет, только классические очереди", answers=("да, streams",))
    assert grade_card(card, "да, streams").correct
    assert not grade_card(card, "да").correct  # the guard still holds for other answers


def test_an_accept_entry_takes_the_cards_yes_or_no():
    # the entry names the fix; the card's "No" opens it: "no, <entry>" is the same answer
    card = _card("No, acks=all alone is not enough: you need min.insync.replicas=2 with replication factor 3.",
                 answers=("min.insync.replicas=2 with RF=3",))
    assert grade_card(card, "min.insync.replicas=2 with RF=3").correct
    assert grade_card(card, "no, min.insync.replicas=2 with RF=3").correct
    assert grade_card(card, "yes, min.insync.replicas=2 with RF=3").verdict == "wrong"


def test_gone_is_a_word_for_withdrawn():
    expected = "Quorum queues or streams; classic mirroring was removed in 4.0."
    assert verdict(expected, "quorum queues or streams; mirrored classic queues are gone in 4.0") == "right"
    assert verdict(expected, "mirrored classic queues") == "wrong"


def test_an_accept_entry_needs_every_word_it_says():
    # the card's context says "streaming": that makes "streams" no optional word of the entry
    from brokerquiz.core.model import Card

    card = Card(id="t/x", deck="t", kind="fact", front="Replay?", back="No / only DLX",
                answers=("yes, via streams",), context=("Comparing streaming brokers", "Replay"))
    assert grade_card(card, "yes, via streams").correct
    assert grade_card(card, "yes").verdict == "wrong"
    assert grade_card(card, "yes, via DLX").verdict == "wrong"


@pytest.mark.parametrize(("deck", "right", "wrong_"), [
    ("message-brokers", "да, через streams", "да"),
    ("message-brokers-en", "yes, via streams", "yes"),
])
def test_the_shipped_replay_cell_accepts_streams(deck, right, wrong_):
    loaded, cards = open_deck(deck)
    card = next(c for c in cards if c.id == f"{deck}/fact/comparison/replay/rabbitmq")
    aliases = subject_aliases(loaded)
    assert grade_card(card, right, aliases=aliases).correct
    assert grade_card(card, wrong_, aliases=aliases).verdict == "wrong"


# 9. Knowledge belongs to the deck and the data ------------------------------------------------


def test_no_built_in_subjects():
    # a databases answer naming a broker in passing is not "another subject"
    db = load_deck(ROOT / "tests/fixtures/decks/databases.en.yaml")
    card = next(c for c in generate_cards(db) if c.kind == "fact" and c.back.startswith("Document store"))
    g = grade_card(card, card.back + ", like a Kafka topic of JSON", aliases=subject_aliases(db))
    assert "other subject" not in g.reason
    assert "other subject" not in grade("Document store", "document store like Kafka").reason


@pytest.mark.parametrize("path", ["tests/fixtures/decks/databases.en.yaml", "tests/fixtures/decks/datenbanken.de.yaml"])
def test_the_same_code_grades_other_fields_and_languages(path):
    deck = load_deck(ROOT / path)
    aliases = subject_aliases(deck)
    for card in generate_cards(deck):
        if card.choices is None:
            assert grade_card(card, card.back, aliases=aliases).correct, card.id
    german = [c for c in generate_cards(deck) if c.kind == "fact"]
    if deck.language == "de":
        flipped = next(c for c in german if " nicht " not in f" {c.back} ")
        assert grade_card(flipped, "nicht " + flipped.back, aliases=aliases).verdict != "right"


def _grading_sources() -> list[Path]:
    return sorted((ROOT / "brokerquiz/core/grading").glob("*.py")) + [ROOT / "brokerquiz/grading.py"]


def test_the_grading_code_names_no_subject_and_no_cyrillic():
    names = set()
    for deck_id in ("message-brokers", "message-brokers-en"):
        deck, _ = open_deck(deck_id)
        for subject in deck.subjects:
            names.update(n for n in (subject.name, *subject.aliases, *subject.name.split("/")) if n.strip())
    words = {w for n in names for w in re.findall(r"[^\W\d_]{4,}", n)}
    for path in _grading_sources():
        text = path.read_text(encoding="utf-8")
        assert not re.search("[\u0400-\u04ff]", text), f"{path.name}: Cyrillic in the grading code"
        for word in words:
            assert not re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE), f"{path.name} names {word!r}"


def test_knowledge_ships_as_package_data():
    data = ROOT / "brokerquiz/core/grading/data"
    assert {p.name for p in data.glob("lexicon.*.yaml")} >= {"lexicon.ru.yaml", "lexicon.en.yaml", "lexicon.de.yaml"}
    assert (data / "glossary.yaml").is_file()
    lex = grading.lexicon.lexicons()
    assert {"ru", "en", "de"} <= set(lex.languages) and lex.negating_prefixes and lex.ratings["caution"]


# the deck's glossary section ---------------------------------------------------------------------

MINI_DECK = """\
id: tiers
title: Storage tiers
language: en
subjects:
  a: Alpha
  b: Beta
tables:
  t:
    title: T
    rows:
      tier:
        label: Tier
        a: bronze tier
        b: gold tier
GLOSSARY"""
MINI_GLOSSARY = """\
glossary:
  terms:
    - [cold storage, glacier]
  opposites:
    tier:
      bronze: [bronze]
      silver: [silver]
      gold: [gold]
"""


def test_a_deck_glossary_adds_terms_and_opposites():
    deck = parse_deck(MINI_DECK.replace("GLOSSARY", MINI_GLOSSARY))
    assert deck.glossary.terms == (("cold storage", "glacier"),)
    aliases = subject_aliases(deck)
    assert grade("cold storage", "glacier", aliases=aliases).correct
    assert not grade("cold storage", "glacier").correct  # another deck does not know it
    assert grade("bronze tier", "gold tier", aliases=aliases).verdict == "wrong"


@pytest.mark.parametrize(
    ("glossary", "where", "message"),
    [
        ("glossary:\n  terms:\n    - [lonely]\n", (17, 7), "two spellings or more"),
        ("glossary:\n  terms: oops\n", (16, 10), "must be a list"),
        ("glossary:\n  opposites:\n    tier:\n      gold: [gold]\n", (18, 7), "two values or more"),
        ("glossary:\n  opposite: {}\n", (16, 3), "unknown field 'opposite'"),
    ],
)
def test_check_reports_glossary_problems_with_positions(glossary, where, message):
    with pytest.raises(DeckError) as err:
        parse_deck(MINI_DECK.replace("GLOSSARY", glossary), "mini.yaml")
    problem = err.value.problems[0]
    assert (problem.line, problem.col) == where and message in problem.message, problem


def _card(back: str, *, answers: tuple[str, ...] = (), front: str = "?", kind: str = "follow-up"):
    from brokerquiz.core.model import Card

    return Card(id="t/x", deck="t", kind=kind, front=front, back=back, answers=answers)


def test_brokerquiz_check_reports_a_glossary_problem(tmp_path):
    from click.testing import CliRunner

    from brokerquiz.cli import cli

    path = tmp_path / "tiers.yaml"
    path.write_text(MINI_DECK.replace("GLOSSARY", "glossary:\n  terms:\n    - [lonely]\n"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code == 1
    assert f"{path}:17:7:" in result.output and "two spellings or more" in result.output
    assert "Traceback" not in result.output
    path.write_text(MINI_DECK.replace("GLOSSARY", MINI_GLOSSARY), encoding="utf-8")
    assert CliRunner().invoke(cli, ["check", str(path)]).exit_code == 0


@pytest.mark.parametrize(
    ("answer", "verdict_"),
    [
        ("document store, like a Kafka topic you can query", "right"),
        ("document store, a Kafka topic you can query", "wrong"),
        ("Dokumentenspeicher, ähnlich wie ein Kafka Topic", "right"),
    ],
)
def test_a_comparison_in_passing_is_an_aside(answer, verdict_):
    assert verdict(answer.split(",")[0], answer) == verdict_


def test_another_subjects_cell_of_the_row_is_wrong_on_a_card():
    deck, cards = open_deck("message-brokers-en")
    aliases = subject_aliases(deck)
    facts = [c for c in cards if c.kind == "fact" and c.topic == cards[0].topic]
    mine, other = facts[0], next(c for c in facts[1:] if c.back != facts[0].back)
    g = grade_card(mine, f"{mine.back}, {other.back}", aliases=aliases)
    assert g.verdict == "wrong" and g.wrong, g
    assert grade_card(mine, mine.back, aliases=aliases).correct


def test_a_terse_comparison_with_each_subjects_point_is_right():
    expected = "Kafka: partitions + brokers, horizontal\nRabbitMQ: queues + workers, horizontally hard"
    assert grade(expected, "kafka horizontal via partitions; rabbitmq hard to scale horizontally", aliases=BROKERS).correct
    swapped = grade(expected, "kafka horizontally hard; rabbitmq horizontal via partitions", aliases=BROKERS)
    assert not swapped.correct


def test_the_question_typed_back_is_no_answer_but_a_picked_value_is():
    card = _card("No — end of life since 2023; use JetStream", answers=("JetStream",), front="Would you pick NATS Streaming today?")
    aliases = {"NATS": ("JetStream", "NATS Streaming")}
    assert grade_card(card, "pick NATS Streaming today", aliases=aliases).verdict == "wrong"
    assert grade_card(card, "JetStream", aliases=aliases).correct
    rating = _card("❌ no replay", front="RabbitMQ for replay: 👍, ⚠️ or ❌?", kind="rating")
    assert grade_card(rating, "bad, no replay").correct


def test_a_rating_with_its_note_in_other_plain_words_is_right():
    assert grade("👍 already deployed", "good, it is usually already there").correct
    assert not grade("👍 via topics", "👍 via exchanges").correct  # another term: a claim of its own


@pytest.mark.parametrize(("tag", "latin"), [("de", "de"), ("de-AT", "de"), ("en-US", "en"), ("EN_us", "en"),
                                            ("ru", "en"), ("ru-RU", "en"), (None, "en"), ("", "en"), ("xx-YY", "en")])
def test_latin_words_are_stemmed_by_the_decks_primary_language_tag(tag, latin):
    assert grading.lexicon.latin_language(tag) == latin


def test_a_pair_that_cannot_be_opened_only_means_no_second_language(tmp_path):
    from brokerquiz.core.grading import pairs

    broken = tmp_path / "broken.yaml"
    broken.write_text("id: [unclosed\n", encoding="utf-8")
    pairs._pair_deck.cache_clear()
    assert pairs._pair_deck(str(tmp_path / "missing.yaml"), None) is None
    assert pairs._pair_deck(str(broken), None) is None
    pairs._deck_cards.cache_clear()
    assert pairs._deck_cards(str(broken)) is None


def test_a_programming_error_in_the_pair_is_not_swallowed(monkeypatch):
    from brokerquiz.core.deck import library
    from brokerquiz.core.grading import pairs

    def boom(name, max_bytes=None):
        raise TypeError("a bug, not a missing deck")

    monkeypatch.setattr(library, "open_deck", boom)
    pairs._pair_deck.cache_clear()
    with pytest.raises(TypeError):
        pairs._pair_deck("some-pair", None)
    pairs._pair_deck.cache_clear()
