"""Grader v2 (issue 11), words: acronyms, compounds, a denying opening "no", negating suffixes,
alternatives joined by "or" and claims joined by "and". Examples written for the mechanism,
not taken from the evaluation set.
"""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade
from brokerquiz.core.grading.lexicon import lexicons


class German(dict):
    """What a German deck passes as aliases: no subjects, its language (the stemmer of Latin words)."""

    language = "de"
    glossary = None


def verdict(expected: str, answer: str, language: str = "en") -> str:
    return grade(expected, answer, aliases=German() if language == "de" else None).verdict


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("Change data capture, outbox", "CDC, outbox"),  # capitals spell the words' initials
        ("RF per keyspace", "replication factor per keyspace"),  # and the other way round
        ("B-tree on the clustering key", "B-tree on the CK"),
        ("Window functions, CTEs", "window functions, CTE"),  # an acronym's plural is the acronym
    ],
)
def test_an_acronym_meets_the_words_it_spells(expected, answer):
    assert verdict(expected, answer) == "right"


def test_a_lower_case_word_is_no_acronym():
    # "pk" typed in lower case is a word like any other: it spells nothing
    assert verdict("Primary key lookups", "pk") != "right"


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("Aggregation Pipeline, Indexe", "Aggregations-Pipeline, Indexe"),  # hyphenated, a linking s
        ("Aggregation-Pipeline, Indexe", "Aggregation Pipeline, Indexe"),
        ("Knotenausfall, Failover", "Ausfall eines Knotens, Failover"),  # a closed compound in other order
        ("Mehrdokumenttransaktionen", "Transaktionen über mehrere Dokumente"),
    ],
)
def test_a_compound_meets_its_parts(expected, answer):
    assert verdict(expected, answer, language="de") == "right"


def test_a_compound_of_other_parts_is_no_match():
    assert verdict("Knotenausfall, Failover", "Ausfall der Platte, Failover", language="de") != "right"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        ("No cross-shard joins, lookups per shard", "cross-shard joins, lookups per shard", "wrong"),
        ("No cross-shard joins, lookups per shard", "no joins across shards, lookups per shard", "right"),
        ("Нет межшардовых джойнов", "межшардовые джойны", "wrong"),
        # an opening no before a stop word is the text's yes/no, not a denial of what follows
        ("No when requeued; use a single consumer", "no, when requeued; a single consumer", "right"),
    ],
)
def test_an_opening_no_before_a_word_denies_it(expected, answer, verdict_):
    assert verdict(expected, answer) == verdict_


def test_an_answer_opening_no_x_to_an_expected_no_says_no_then_x():
    # typed without a comma: the candidate's no answers the question, it does not deny what follows
    assert verdict("No — end-of-life since 2023; use the successor", "no end-of-life since 2023, the successor") == "right"
    assert verdict("Нет — end-of-life с 2023", "нет end-of-life с 2023") == "right"
    assert verdict("Horizontal, with partitions", "no horizontal scaling") == "wrong"


def test_an_inflected_negating_suffix_still_negates():
    assert verdict("Ring ohne Master", "masterloser Ring", language="de") == "right"
    assert verdict("Ring ohne Master", "Ring mit Master", language="de") != "right"


def test_one_of_alternatives_joined_by_or_is_enough():
    assert verdict("Needs a lock service or a leader lease", "a lock service") == "right"
    assert verdict("Needs a lock service or a leader lease", "a leader lease") == "right"


def test_leaving_out_a_claim_joined_by_and_is_no_two_thirds_cover():
    assert verdict("retries after the dedup window and late acks", "retries after the dedup window") == "partly"


def test_every_lexicon_names_its_conjunctions_and_disjunctions():
    lex = lexicons()
    assert {"and", "und", "и"} <= lex.conjunctions
    assert {"or", "oder", "или"} <= lex.disjunctions


# --- branch words: names and words the grader misread ---------------------------------------


@pytest.mark.parametrize(
    ("expected", "answer", "language", "verdict_"),
    [
        # an identifier of three pieces or more is one name: "x-max-length" says no "long"
        ("Short retention", "x-max-length short retention", "en", "right"),
        ("Короткое хранение", "x-max-length, короткое хранение", "en", "right"),
        ("Kurze Aufbewahrung", "x-max-length, kurze Aufbewahrung", "de", "right"),
        # nor "LOG-END-OFFSET" the "log" of log-based; its pieces still meet the words typed apart
        ("Log end offset minus the committed offset", "LOG-END-OFFSET minus CURRENT-OFFSET", "en", "right"),
        ("Log-based, immutable", "LOG-END-OFFSET", "en", "wrong"),
        # near miss: the other value said as a word beside the name is still an antonym
        ("Long retention", "x-max-length short retention", "en", "wrong"),
        # ordinary hyphenated words keep their terms
        ("Read-only replicas", "read-only replicas", "en", "right"),
        ("Доставка at-least-once", "at-least-once-доставка", "en", "right"),
        ("Log-based, immutable", "queue-based", "en", "wrong"),
    ],
)
def test_an_identifier_is_one_name(expected, answer, language, verdict_):
    assert verdict(expected, answer, language) == verdict_


def test_a_names_pieces_typed_apart_keep_its_order():
    # "TTL of messages" beside another setting (x-expires) is no x-message-ttl typed apart ...
    assert verdict("x-message-ttl, expiration", "x-expires задаёт ttl сообщения") != "right"
    # ... and a one-letter piece ("x") is a marker, no word a compound's piece meets
    assert verdict("x-message-ttl, expiration", "x-expires, ttl сообщения") != "right"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # the plural noun «записи» is records, no "write" beside «читают»
        ("Consumers read records", "консьюмеры читают записи", "right"),
        ("Reads records from a partition", "читает записи из партиции", "right"),
        ("Консьюмеры читают записи из партиции", "консьюмер читает записи из партиции", "right"),
        # the verb and the act of writing are still the write value
        ("Reads only", "только записывает", "wrong"),
        ("Только чтение", "только запись", "wrong"),
        ("Consumers read records", "консьюмеры записывают записи", "wrong"),
    ],
)
def test_records_are_no_write(expected, answer, verdict_):
    assert verdict(expected, answer) == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "language", "verdict_"),
    [
        # a negator before a determiner denies the word after it: "without any delay" says no delay
        ("Delivered with a delay", "delivered without any delay", "en", "wrong"),
        ("Доставка с задержкой", "доставка без всякой задержки", "en", "wrong"),
        ("Zustellung mit Verzögerung", "Zustellung ohne jede Verzögerung", "de", "wrong"),
        # and agrees with the expected denial
        ("Delivered without delay", "delivered without any delay", "en", "right"),
        ("Доставка без задержки", "доставка без всякой задержки", "en", "right"),
        ("Zustellung ohne Verzögerung", "Zustellung ohne jede Verzögerung", "de", "right"),
    ],
)
def test_a_negator_reaches_past_a_determiner(expected, answer, language, verdict_):
    assert verdict(expected, answer, language) == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # "the classic way", «классика»: the proven way of doing it, no classic queue type
        ("Quorum queues", "the classic way: quorum queues", "right"),
        ("Кворумные очереди", "классика — кворумные очереди", "right"),
        ("TTL + DLX: проверенный способ", "классика это TTL + DLX", "right"),
        # near misses: the queue type said is still the other value
        ("Quorum queues", "classic queues", "wrong"),
        ("Кворумные очереди", "классические очереди", "wrong"),
    ],
)
def test_the_classic_way_is_no_queue_type(expected, answer, verdict_):
    assert verdict(expected, answer) == verdict_


def asked(question: str, expected: str, answer: str, language: str = "en") -> str:
    return grade(expected, answer, context=question, aliases=German() if language == "de" else None).verdict


@pytest.mark.parametrize(
    ("question", "expected", "answer", "language", "verdict_"),
    [
        # a question asked by its "?" alone (no opener, no particle) asks yes or no: an opening no
        # before the model answer's restriction is the answer in one word, no contradiction
        ("Kafka гарантирует порядок?", "Порядок гарантирован только внутри партиции",
         "нет, порядок гарантирован только внутри партиции", "en", "right"),
        ("Kafka garantiert die Reihenfolge?", "Reihenfolge nur innerhalb einer Partition",
         "nein, Reihenfolge nur innerhalb einer Partition", "de", "right"),
        # and a yes against a model answer denying what it asks is the other answer
        ("Kafka умеет отложенную доставку?", "Встроенной отложенной доставки нет: делают retry-топики",
         "да, делают retry-топики", "en", "wrong"),
        ("Kafka — Delayed delivery?", "No built-in delay, retention deletes segments",
         "yes, retention deletes segments", "en", "wrong"),
        # as with a particle
        ("Гарантирует ли Kafka порядок?", "Порядок гарантирован только внутри партиции",
         "нет, порядок гарантирован только внутри партиции", "en", "right"),
    ],
)
def test_a_question_asked_by_its_mark_alone_asks_yes_or_no(question, expected, answer, language, verdict_):
    assert asked(question, expected, answer, language) == verdict_


@pytest.mark.parametrize(
    "question",
    ["Как Kafka гарантирует порядок?", "Kafka или RabbitMQ?", "Which broker keeps order?", "Welcher Broker hält die Reihenfolge?"],
)
def test_a_question_word_or_alternatives_ask_no_yes_or_no(question):
    from brokerquiz.core.grading.yesno import asks_yes_or_no

    assert not asks_yes_or_no(question)


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # a name's pieces spelling a glossary phrase whole (a one-letter marker aside) name its term
        ("Dead letter exchange", "x-dead-letter-exchange", "right"),
        ("Failed messages go to a DLX", "failed messages go to the x-dead-letter-exchange", "right"),
        ("Ушедшие в отказ сообщения идут в DLX", "ушедшие в отказ сообщения идут в x-dead-letter-exchange", "right"),
        # a name with more pieces than the phrase is another setting
        ("Dead letter exchange", "x-dead-letter-routing-key", "wrong"),
    ],
)
def test_a_names_pieces_spelling_a_phrase_name_its_term(expected, answer, verdict_):
    assert verdict(expected, answer) == verdict_
