"""A denial is held to the sentence it answers: when the model answer has several sentences, a
word the answer denies contradicts only a plain word of the model answer's sentence that the
answer's clause (or sentence) says (its counterpart, counterparts.py). "A schema per record type,
not one per topic" answers the model answer's second sentence, not its first ("one subject per
topic"). A denial of the very sentence it answers is still wrong, and so is a word said plainly
that any sentence denies (a known gap, below). Made-up answers, written before the code.
"""

from __future__ import annotations

import pytest

from brokerquiz.core.deck.cards import subject_aliases
from brokerquiz.core.deck.library import open_deck
from brokerquiz.grading import grade

SCHEMA_EN = ("The default strategy gives one subject per topic, and every message must fit one schema. "
             "RecordNameStrategy registers a schema per record type and allows several types in a topic.")
SCHEMA_RU = ("Стратегия по умолчанию даёт один subject на топик, и все сообщения должны быть совместимы с одной схемой. "
             "RecordNameStrategy регистрирует схему на каждый тип записи и разрешает несколько типов в топике.")
STANDBY_EN = ("A standby task keeps reading the changelog and holds a warm copy of the store. "
              "A persistent store on a kept disk reads only what is missing, not everything from the start.")
STANDBY_RU = ("Standby-задача постоянно читает changelog и держит тёплую копию store. "
              "Persistent store на сохранённом диске дочитывает только недостающее, а не всё с начала.")


def _grade(deck: str, expected: str, answer: str):
    loaded, _ = open_deck(deck)
    return grade(expected, answer, aliases=subject_aliases(loaded))


SCHEMA_DE = ("Die Standardstrategie gibt ein Subject pro Topic, und alle Nachrichten müssen zu einem Schema passen. "
             "RecordNameStrategy registriert ein Schema pro Datensatztyp und erlaubt mehrere Typen in einem Topic.")


@pytest.mark.parametrize("deck, expected, answer", [
    ("message-brokers-interview-en", SCHEMA_EN, "RecordNameStrategy: a schema is registered per record type, not one per topic"),
    ("message-brokers-interview-en", SCHEMA_EN,
     "the default gives one subject per topic. RecordNameStrategy registers a schema per record type, not one per topic"),
    ("message-brokers-interview", SCHEMA_RU, "RecordNameStrategy: схема регистрируется на каждый тип записи, а не одна на топик"),
    ("message-brokers-interview", SCHEMA_RU, "RecordNameStrategy — схема на каждый тип записи, а не один subject на топик"),
    ("tests/fixtures/decks/datenbanken.de.yaml", SCHEMA_DE, "RecordNameStrategy registriert ein Schema pro Datensatztyp, nicht ein Subject pro Topic"),
])
def test_a_denial_answering_another_sentence_contradicts_nothing(deck, expected, answer):
    g = _grade(deck, expected, answer)
    assert not g.contradicting, g.reason
    assert "opposite polarity" not in g.reason


@pytest.mark.xfail(strict=True, reason="known gap: a word said plainly is held against a denial in any sentence, because a "
                   "sentence of the answer may join two of the model answer's ('share groups. they keep per-key order' must "
                   "stay wrong); restricting it to the counterpart let 7 such flips pass on tune")
@pytest.mark.parametrize("deck, expected, answer", [
    ("message-brokers-interview-en", STANDBY_EN,
     "a standby task reads everything from the changelog all the time and holds a warm copy. "
     "a persistent store on the old disk reads only the missing tail"),
    ("message-brokers-interview", STANDBY_RU,
     "standby-таска всё время читает changelog и держит тёплую копию стора. persistent store на том же диске дочитывает только хвост"),
])
def test_a_plain_word_another_sentence_denies(deck, expected, answer):
    assert "opposite polarity" not in _grade(deck, expected, answer).reason


@pytest.mark.parametrize("deck, expected, answer", [
    # the denial in the very sentence it answers
    ("message-brokers-interview-en", SCHEMA_EN,
     "the default strategy does not give one subject per topic. RecordNameStrategy registers a schema per record type"),
    ("message-brokers-interview-en", SCHEMA_EN,
     "the default gives one subject per topic. RecordNameStrategy registers a schema per record type and does not allow several types in a topic"),
    ("message-brokers-interview-en", STANDBY_EN,
     "a standby task keeps reading the changelog and holds a warm copy. a persistent store on a kept disk reads everything from the start"),
    ("message-brokers-interview", STANDBY_RU,
     "standby-таска читает changelog и держит тёплую копию. persistent store на сохранённом диске читает всё с начала"),
    ("tests/fixtures/decks/datenbanken.de.yaml", SCHEMA_DE,
     "die Standardstrategie gibt nicht ein Subject pro Topic. RecordNameStrategy registriert ein Schema pro Datensatztyp"),
    ("tests/fixtures/decks/datenbanken.de.yaml", SCHEMA_DE,
     "RecordNameStrategy registriert ein Schema pro Datensatztyp und erlaubt nicht mehrere Typen in einem Topic"),
    # one clause of the answer saying the first sentence's own words: that sentence is its counterpart
    ("message-brokers-interview-en", SCHEMA_EN, "the default does not give one subject per topic, RecordNameStrategy gives a schema per record type"),
])
def test_a_denial_of_its_own_sentence_is_still_wrong(deck, expected, answer):
    assert _grade(deck, expected, answer).verdict == "wrong"
