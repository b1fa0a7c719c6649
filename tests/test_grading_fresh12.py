"""The general causes behind the fresh12 round (issue 11): known defects of the grader and the
first-run errors of the fresh12 batch (English interview follow-ups, the English shipped deck,
the databases decks in English and German), said with words other than the batch's cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from brokerquiz.core.deck.cards import subject_aliases
from brokerquiz.core.deck.library import open_deck, shipped_decks
from brokerquiz.core.grading import grade, grade_card, grade_parts
from brokerquiz.core.grading.thresholds import FULL_RECALL, RIGHT_RECALL

FIXTURE_DECKS = sorted(str(p) for p in (Path(__file__).parent / "fixtures" / "decks").glob("*.yaml"))
DATABASES = str(Path(__file__).parent / "fixtures" / "decks" / "databases.en.yaml")


@pytest.mark.parametrize("deck_name", [*sorted(shipped_decks()), *FIXTURE_DECKS])
def test_every_model_answer_is_right_on_its_own_card(deck_name):
    deck, cards = open_deck(deck_name)
    aliases = subject_aliases(deck)
    wrong = [(c.id, g.reason) for c in cards if not (g := grade_card(c, c.back, aliases=aliases)).correct]
    assert not wrong, wrong


def test_a_subject_named_twice_in_its_clause_owns_the_clause_once():
    # "Alpha Store: Alpha replicas, slower" names Alpha twice; its clause is said once, so the
    # model answer read back repeats nothing that a "slow" in Beta's clause could claim
    aliases = {"Alpha Store": ("Alpha",), "Beta": ()}
    parts = [("Alpha Store", "Alpha replicas, harder"), ("Beta", "shards and nodes, hard to grow")]
    answer = "Alpha Store: Alpha replicas, harder\nBeta: shards and nodes, hard to grow"
    assert grade_parts(parts, answer, aliases=aliases).correct


def test_a_repeated_own_word_is_no_other_subjects_value():
    others = ("Queues and workers, hard to grow",)
    assert grade("replicas, harder", "replicas, harder, replicas, harder", others=others).verdict == "right"
    # another cell's word that the expected text does not say still is
    assert grade("replicas, easy", "replicas, easy, hard to grow", others=others).verdict == "wrong"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # denying the one other value of a two-value group says the expected one, and the rest
        # of that denial ("across the keyspace") only says what is denied
        ("guaranteed within a shard", "only within one shard, no global order", "right"),
        ("guaranteed within a shard", "only within one shard, no global order across the keyspace", "right"),
        ("kept per tenant", "only per tenant, not global", "right"),
        ("garantiert innerhalb eines Shards", "nur innerhalb eines Shards, keine globale Reihenfolge", "right"),
        # the other value itself is still the opposite, and a claim beside the denial is a claim
        ("guaranteed within a shard", "within one shard, global order", "wrong"),
        ("guaranteed within a shard", "within one shard, no global order, rows can be lost", "partly"),
        # in a group of three values, denying one says neither of the others
        ("at-least-once", "not exactly-once", "wrong"),
    ],
)
def test_a_denied_other_value_says_the_expected_one(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


def test_a_denied_other_value_on_the_databases_deck():
    aliases = subject_aliases(open_deck(DATABASES)[0])
    answer = "only within one partition, no global order"
    assert grade("guaranteed within a partition", answer, aliases=aliases).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # what a negated part names is denied, not claimed: no other subject's value
        ("No ACID across shards, atomic per shard", "no acid across several shards, atomic per shard", "right"),
        ("Kein ACID über Shards, atomar pro Shard", "kein ACID über mehrere Shards, atomar pro Shard", "right"),
        # said without the negation it is a claim again
        ("No ACID across shards, atomic per shard", "acid across several shards, atomic per shard", "wrong"),
    ],
)
def test_words_of_a_negated_part_are_no_other_subjects_value(expected, answer, verdict_):
    others = ("Atomic per row, transactions across several rows since 5.0",)
    assert grade(expected, answer, others=others).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "right"),
    [
        # a modifier glued to the expected word names another kind of it
        ("Relational store", "object-relational store", False),
        ("relationale Datenbank", "objektrelationale Datenbank", False),
        # unless the expected text names that kind itself
        ("Relational (object-relational) store", "object-relational store", True),
        ("Relational (objektrelational), SQL", "objektrelational, sql", True),
        # nor when the expected text says the modifier too, or it is a combining form
        ("append log, offsets", "append-log, offsets", True),
        ("Hierarchical, XML", "semi-hierarchical, xml", True),
        # a glossary spelling with a hyphen is that term, no other kind
        ("super fast writes", "ultra-fast writes", True),
        ("Relational store", "relational store", True),
    ],
)
def test_a_compound_naming_another_kind_does_not_satisfy_the_plain_kind(expected, answer, right):
    assert grade(expected, answer).correct is right


def test_a_noun_for_the_doer_is_not_its_base_word():
    # "partitioner" (what assigns) is another thing than "partitions" (what is assigned)
    assert grade("round-robin partitioner", "round-robin partitions").verdict != "right"
    assert grade("round-robin partitioner", "round-robin partitioners").verdict == "right"
    assert grade("a custom tokenizer", "a custom tokenizer").verdict == "right"
    assert grade("spread over the partitions", "spread over the partitioner").verdict != "right"


def test_full_recall_below_right_recall_is_the_stricter_scale():
    # FULL_RECALL (an answer that says other words too) is below RIGHT_RECALL (one that only
    # leaves words out) because the two recalls are measured on different scales: only the
    # leaving-out answer gets two thirds of a three-word part counted as the whole part
    assert FULL_RECALL < RIGHT_RECALL
    assert grade("guaranteed inside a region", "inside a region").verdict == "right"
    assert grade("guaranteed inside a region", "promised inside a region").verdict != "right"


def test_a_part_said_in_place_of_another_is_no_omission():
    expected = "blue fox, red cat, green dog, white owl"
    # a whole part replaced by one of the answer's own is no better than the part left out
    assert grade(expected, "blue fox, red cat, green dog, grey wolf").verdict != "right"
    assert grade(expected, "blue fox, red cat, green dog").verdict == "partly"
    # a part said in another language is said ("window functions" for "Fensterfunktionen")
    assert grade("Joins, Fensterfunktionen, CTEs, Trigger", "joins, window functions, ctes, trigger").verdict == "right"


def test_a_short_latin_word_is_no_typo_of_a_phrase_value_in_another_script():
    # "name" keys one typo away from a Cyrillic two-word spelling of the scope value "for all";
    # it is no such value, so it contradicts no "per"
    from brokerquiz.core.grading.subjects import index_for
    from brokerquiz.core.grading.text import word_key

    glossary = index_for(None).glossary
    term = glossary.term_of(word_key("name", True), word_key("name", False), "name")
    assert term is None or glossary.terms[term].group is None
    assert grade("one lock per job; jobs sharing a name wait", "a lock per job, jobs with the same name wait").verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # a negator after an "or" is an alternative ("all or nothing"), no denial of the part
        ("written whole or not at all", "the whole batch is written or nothing", "right"),
        ("gespeichert ganz oder gar nicht", "ganz gespeichert oder nichts", "right"),
        # a phrase the expected text denies is denied with all its words ("no reply queue")
        ("To have no reply queue at all: the client reads the pseudo-queue", "no reply queue: the client reads a pseudo queue", "right"),
        # "nowhere" is a negator
        ("die Antwort wird nirgends gespeichert", "antwort wird nicht gespeichert", "right"),
        ("the reply is stored nowhere", "the reply is stored", "wrong"),
    ],
)
def test_alternatives_and_denied_phrases(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # a degree word before a value is part of that value ("very fast" is "super fast")
        ("very fast, small footprint", "super fast, small footprint", "right"),
        ("very fast, small footprint", "very slow, small footprint", "wrong"),
        ("very slow, small footprint", "super fast, small footprint", "wrong"),
        # latest / last / newest: one word
        ("the latest value", "the last value", "right"),
        ("der jüngste Wert", "der letzte Wert", "right"),
    ],
)
def test_more_spellings(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_
