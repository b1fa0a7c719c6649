"""Meaning flips that passed (issue 11, class 1), each as a class with made-up answers in ru, en and de,
and near misses that keep their verdict.

1. A stop word that is also a value word («короче» "in short" / "shorter"): the value where it carries one,
   a filler only where it stands alone in its part; every overlap of the stop words with the glossary's
   spellings is declared in the lexicons (value_stop_words:), so a new one fails here.
2. A setting typed `name=value`, `name = value` or `name: value` is one claim of the setting whole: another
   value of it on either side is a contradiction, the same value typed otherwise is the same claim; so is
   the setting said with a verb that turns it on or off ("disable auto ack", «отключить», "abschalten").
3. A closing negator after a preposition's phrase: German's late "nicht" / "nein" skips the phrase (the
   circumstance), but where the phrase takes every word of its part (nouns are capitalised as names are:
   "bei Rebalances Duplikate nicht", "auf der Platte nicht") those words are what it denies, as ru and en read it.
4. "No need for X" denies X (en's negator_determiners: need); so do «нет необходимости / нужды / потребности в X»
   and "keine Notwendigkeit für X", "kein Bedarf an X" (the lexicons' negator_determiners).
5. An abbreviation with a dot ("incl.", "e.g.", «напр.», «т. е.», "z. B.", "d. h.") ends no sentence and splits
   no part: the lexicons' shorthands write it out before analysis, into words that assert nothing.
6. Known, not fixed: two words meeting by stem or phonetic key («копия» / «копится», «копию» / «копятся»,
   "reach" / "rich", "polling" / «поле») are one term; listed as strict xfails so a fix shows.
"""

from __future__ import annotations

import pytest
import yaml

from brokerquiz.core.grading import grade
from brokerquiz.core.grading.analysis import analyze
from brokerquiz.core.grading.lexicon import _read, lexicon_files, lexicons
from brokerquiz.core.grading.sentences import sentences
from brokerquiz.core.grading.subjects import index_for
from brokerquiz.core.grading.text import expand_shorthands, fold

# 1. a stop word carrying a value ---------------------------------------------------------------

STOP_VALUE_WRONG = [
    ("Сообщение живёт дольше, чем в обычной очереди.", "сообщение живёт короче, чем в обычной очереди"),
    ("Снапшот хранится дольше журнала.", "снапшот хранится короче журнала"),
    ("The snapshot lives longer than the journal.", "the snapshot lives shorter than the journal"),
    ("Der Snapshot lebt länger als das Journal.", "der snapshot lebt kürzer als das journal"),
]

STOP_VALUE_RIGHT = [  # the filler alone in its part says nothing
    ("Сообщение живёт дольше, чем в обычной очереди.", "Короче, сообщение живёт дольше, чем в обычной очереди"),
    ("Снапшот хранится дольше журнала.", "Короче говоря, снапшот хранится дольше журнала"),
    ("Снапшот хранится дольше журнала.", "снапшот, короче, хранится дольше журнала"),
    ("Снапшот хранится недолго.", "Короче, снапшот хранится недолго"),
]


@pytest.mark.parametrize(("expected", "answer"), STOP_VALUE_WRONG)
def test_a_stop_word_carrying_a_value_is_the_value(expected: str, answer: str) -> None:
    assert grade(expected, answer).verdict == "wrong"


@pytest.mark.parametrize(("expected", "answer"), STOP_VALUE_RIGHT)
def test_a_stop_word_alone_in_its_part_is_a_filler(expected: str, answer: str) -> None:
    assert grade(expected, answer).correct


def _glossary_words() -> tuple[set[str], set[str]]:
    """The glossary's one-word spellings, whole and as stem prefixes (a trailing "*"), folded."""
    from importlib import resources

    data = yaml.safe_load(resources.files("brokerquiz.core.grading").joinpath("data", "glossary.yaml").read_text("utf-8"))
    spellings = [s for t in data["terms"] for s in t]
    for group in data["opposites"].values():
        spellings += [s for k, v in group.items() if isinstance(v, list) for s in [k, *v]]
    whole = {fold(str(s)) for s in spellings if " " not in str(s) and not str(s).endswith("*")}
    stems = {fold(str(s)[:-1]) for s in spellings if " " not in str(s) and str(s).endswith("*")}
    return whole, stems


def test_every_stop_word_spelling_a_value_is_declared() -> None:
    whole, stems = _glossary_words()
    overlap = {w for w in lexicons().stop if w in whole or any(w.startswith(s) for s in stems)}
    declared = {fold(str(w)) for n in lexicon_files() for w in _read(n).get("value_stop_words") or ()}
    assert overlap == declared, "a stop word spelling a glossary value: declare it in value_stop_words:"
    assert declared <= lexicons().stop


# 2. a setting's value typed with "=", " = " or ":" -----------------------------------------------

SETTING_WRONG = [
    ("Set fetch.auto.ack=false and ack after processing.", "fetch.auto.ack: true, ack after processing"),
    ("Set fetch.auto.ack=false and ack after processing.", "fetch.auto.ack = true, ack after processing"),
    ("fetch.auto.ack: true, ack after processing.", "set fetch.auto.ack=false and ack after processing"),
    ("Поставить fetch.auto.ack=false и подтверждать после обработки.", "fetch.auto.ack: true, подтверждать после обработки"),
    ("fetch.auto.ack = false setzen und nach der Verarbeitung bestätigen.", "fetch.auto.ack: true setzen und nach der Verarbeitung bestätigen"),
    ("Set log.compact.enable=true.", "log.compact.enable: false"),
    # the name said with a verb on one side, typed with its value on the other
    ("Disable auto ack and ack after processing.", "consumer.auto.ack=true, ack after processing"),
    ("Отключить auto ack и подтверждать после обработки.", "consumer.auto.ack=true, подтверждать после обработки"),
    ("Auto ack abschalten und nach der Verarbeitung bestätigen.", "consumer.auto.ack=true, nach der Verarbeitung bestätigen"),
    ("consumer.auto.ack=false, ack after processing.", "enable auto ack, ack after processing"),
    ("consumer.auto.ack=false, подтверждать после обработки.", "включить auto ack, подтверждать после обработки"),
    ("consumer.auto.ack=false, nach der Verarbeitung bestätigen.", "auto ack aktivieren, nach der Verarbeitung bestätigen"),
]

SETTING_RIGHT = [  # the same value typed another way
    ("Set fetch.auto.ack=false and ack after processing.", "fetch.auto.ack: false, ack after processing"),
    ("Set fetch.auto.ack=false and ack after processing.", "fetch.auto.ack = false, ack after processing"),
    ("fetch.auto.ack: false, ack after processing.", "set fetch.auto.ack=false and ack after processing"),
    ("Поставить fetch.auto.ack=false и подтверждать после обработки.", "fetch.auto.ack: false, подтверждать после обработки"),
    ("fetch.auto.ack = false setzen und nach der Verarbeitung bestätigen.", "fetch.auto.ack=false setzen und nach der Verarbeitung bestätigen"),
    ("Set log.compact.enable=true.", "log.compact.enable: true"),
    ("Disable auto ack and ack after processing.", "consumer.auto.ack=false, ack after processing"),
    ("Отключить auto ack и подтверждать после обработки.", "consumer.auto.ack=false, подтверждать после обработки"),
    ("consumer.auto.ack=false, ack after processing.", "disable auto ack, ack after processing"),
    ("consumer.auto.ack=false, nach der Verarbeitung bestätigen.", "auto ack deaktivieren, nach der Verarbeitung bestätigen"),
    # a verb's object only: a setting named past a preposition is no object of it
    ("Prevent duplicates with idempotence.", "prevent duplicates with enable.idempotence=true"),
    ("Дубликаты предотвращает идемпотентность.", "enable.idempotence=true предотвращает дубликаты"),
]


@pytest.mark.parametrize(("expected", "answer"), SETTING_WRONG)
def test_another_value_of_a_setting_is_wrong(expected: str, answer: str) -> None:
    assert grade(expected, answer).verdict == "wrong"


@pytest.mark.parametrize(("expected", "answer"), SETTING_RIGHT)
def test_the_same_value_typed_otherwise_is_right(expected: str, answer: str) -> None:
    assert grade(expected, answer).correct


# 3. a closing negator after a preposition's phrase ------------------------------------------------

CLOSING_WRONG = [  # the thing after the circumstance is denied
    ("Bei Rebalances sind Duplikate möglich.", "bei Rebalances Duplikate nicht"),
    ("Bei Rebalances sind Duplikate möglich.", "bei Rebalances Duplikate nein"),
    ("Duplicates are possible on rebalances.", "on rebalances duplicates no"),
    ("При ребалансах возможны дубликаты.", "при ребалансах дубликатов нет"),
]

CLOSING_RIGHT = [
    ("Bei Rebalances sind Duplikate möglich.", "bei Rebalances Duplikate möglich"),
    ("Bei Rebalances sind keine Duplikate möglich.", "bei Rebalances Duplikate nicht"),
    ("Keine Duplikate bei Rebalances.", "bei Rebalances Duplikate nicht"),
]

CLOSING_NOT_WRONG = [  # the phrase alone in its part, denied as the model answer denies it
    ("Daten nur im Cache, nicht auf der Platte.", "im Cache, auf der Platte nicht"),
    ("Data only in the cache, not on disk.", "in the cache, on disk no"),
    ("Данные только в кэше, не на диске.", "в кэше, на диске нет"),
]


@pytest.mark.parametrize(("expected", "answer"), CLOSING_WRONG)
def test_a_closing_negator_denies_the_thing_after_the_circumstance(expected: str, answer: str) -> None:
    assert grade(expected, answer).verdict == "wrong"


@pytest.mark.parametrize(("expected", "answer"), CLOSING_RIGHT)
def test_a_closing_negator_agreeing_stays_right(expected: str, answer: str) -> None:
    assert grade(expected, answer).correct


@pytest.mark.parametrize(("expected", "answer"), CLOSING_NOT_WRONG)
def test_a_phrase_alone_denied_is_no_contradiction(expected: str, answer: str) -> None:
    assert grade(expected, answer).verdict != "wrong"


# 4. no need for a thing denies the thing ---------------------------------------------------------

NEED_WRONG = [  # the model answer keeps the thing
    ("Отдельный журнал на реплике.", "нет необходимости в отдельном журнале на реплике"),
    ("Держит журнал на реплике.", "нет потребности в журнале"),
    ("Держит журнал на реплике.", "нет нужды в журнале"),
    ("Keeps a journal on the replica.", "no need for a journal"),
    ("Hält ein Journal auf der Replik.", "keine Notwendigkeit für ein Journal"),
    ("Hält ein Journal auf der Replik.", "kein Bedarf an einem Journal"),
]

NEED_RIGHT = [  # the model answer denies it too
    ("Журнал на реплике не нужен.", "нет нужды в журнале на реплике"),
    ("Журнал на реплике не нужен.", "нет необходимости в журнале на реплике"),
    ("No journal on the replica is needed.", "no need for a journal on the replica"),
    ("Kein Journal auf der Replik nötig.", "kein Bedarf an einem Journal auf der Replik"),
]


@pytest.mark.parametrize(("expected", "answer"), NEED_WRONG)
def test_no_need_for_a_thing_denies_it(expected: str, answer: str) -> None:
    assert grade(expected, answer).verdict == "wrong"


@pytest.mark.parametrize(("expected", "answer"), NEED_RIGHT)
def test_no_need_agreeing_with_a_denial_is_right(expected: str, answer: str) -> None:
    assert grade(expected, answer).correct


# 5. an abbreviation with a dot -------------------------------------------------------------------

ABBREVIATED = [  # (typed, the point after the abbreviation)
    "Some brokers, incl. Pulsar, keep it", "Some settings, e.g. Linger, matter", "It waits, i.e. Nothing is sent",
    "Некоторые брокеры, напр. Pulsar, держат это", "Консьюмер ждёт, т. е. Ничего не шлёт", "Консьюмер ждёт, т.е. Ничего не шлёт",
    "Manche Broker, z. B. Pulsar, halten das", "Manche Broker, z.B. Pulsar, halten das", "Er wartet, d. h. Nichts wird gesendet",
]


@pytest.mark.parametrize("typed", ABBREVIATED)
def test_an_abbreviation_ends_no_sentence_and_splits_no_part(typed: str) -> None:
    text = expand_shorthands(typed)
    assert len(sentences(text)) == 1
    toks = analyze(text, index_for(None)).toks
    after = next(n for n, t in enumerate(toks) if t.raw[:1].isupper() and n > 0)
    assert toks[after].chunk == toks[after - 1].chunk or toks[after - 1].kind == "stop"
    assert all(len(t.low) > 1 for t in toks if t.kind == "word")  # no "e", "g", "z", "B" as words of content


def test_the_abbreviation_costs_nothing() -> None:
    assert grade("acks and retries", "e.g. acks and retries").correct
    assert grade("acks и ретраи", "напр. acks и ретраи").correct
    assert grade("acks und Retries", "z. B. acks und Retries").correct


# 6. glossary stem and phonetic-key collisions: known, not fixed (leads) ----------------------------

def _term(word: str) -> int | None:
    return analyze(word, index_for(None)).toks[0].term


KNOWN_COLLISIONS = [  # a stem (same script), a phonetic key (same script), a stem across scripts
    ("копия", "копится"), ("копию", "копятся"), ("reach", "rich"), ("polling", "поле"),
]


@pytest.mark.xfail(strict=True, reason="not fixed yet: the glossary meets a word by its stem or phonetic key first")
@pytest.mark.parametrize(("one", "other"), KNOWN_COLLISIONS)
def test_known_collisions(one: str, other: str) -> None:
    assert _term(one) != _term(other)


def test_words_of_one_term_still_meet() -> None:
    assert _term("копирует") == _term("copies") == _term("kopiert")
    assert _term("копится") == _term("grows")
