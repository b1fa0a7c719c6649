"""Long right answers refused outright (the "long" round, 7 December): a guard fired on a part of
the answer that qualifies the right one (a true condition, another value said of another case)
rather than contradicting it. Each class has made-up variants an expert would sign, beside near
misses that must stay wrong (a real flip, a wrong value with a qualifier, a condition the deck
never makes).
"""

from __future__ import annotations

import pytest

from brokerquiz.core.deck.cards import subject_aliases
from brokerquiz.core.deck.library import open_deck
from brokerquiz.core.grading import grade_card

DB_EN = "tests/fixtures/decks/databases.en.yaml"
DB_DE = "tests/fixtures/decks/datenbanken.de.yaml"

_DECKS: dict[str, tuple] = {}


def _grade(deck: str, key: str, answer: str):
    if deck not in _DECKS:
        loaded, cards = open_deck(deck)
        _DECKS[deck] = ({c.id: c for c in cards}, subject_aliases(loaded))
    cards, aliases = _DECKS[deck]
    card = next(c for cid, c in cards.items() if cid.endswith("/" + key))
    return grade_card(card, answer, aliases=aliases)


# -- 1. a condition the deck's note makes ("only with consumer acks; without acks at-most-once") --

@pytest.mark.parametrize(
    ("deck", "key", "answer"),
    [
        ("message-brokers-en", "fact/comparison/delivery/rabbitmq",
         "at-least-once, only when consumers ack manually; with automatic acks it becomes at-most-once"),
        ("message-brokers-en", "fact/comparison/delivery/rabbitmq", "at-least-once, but only if the consumer uses manual acks"),
        ("message-brokers-en", "fact/comparison/delivery/rabbitmq", "at-least-once; with auto-ack it drops to at-most-once"),
        ("message-brokers", "fact/comparison/delivery/rabbitmq",
         "at-least-once, но только если консьюмер подтверждает вручную; с auto-ack падает до at-most-once"),
        (DB_EN, "fact/comparison/storage/postgres",
         "heap tables + WAL, MVCC row versions, but only until vacuum reclaims the old version"),
        (DB_EN, "fact/comparison/transactions/mongodb",
         "atomic per document, multi-document transactions since 4.0, but only if replica sets are used"),
    ],
)
def test_a_condition_the_deck_makes_is_no_claim_of_its_own(deck, key, answer):
    graded = _grade(deck, key, answer)
    assert graded.verdict == "right", graded


@pytest.mark.parametrize(
    ("deck", "key", "answer"),
    [
        # the value itself flipped, the condition true
        ("message-brokers-en", "fact/comparison/delivery/rabbitmq", "at-most-once, but only if the consumer uses manual acks"),
        ("message-brokers", "fact/comparison/delivery/rabbitmq", "at-most-once, но только если консьюмер подтверждает вручную"),
        # a condition the deck never makes
        ("message-brokers-en", "fact/comparison/delivery/rabbitmq", "at-least-once, but only if you enable lazy queues"),
        ("message-brokers", "fact/comparison/delivery/rabbitmq", "at-least-once, но только если включить lazy очереди"),
        # another value said of another case that the note does not vouch for
        ("message-brokers-en", "fact/comparison/delivery/rabbitmq", "at-least-once; with auto-ack it drops to exactly-once"),
        # a restriction that is no condition
        (DB_EN, "fact/comparison/storage/postgres", "heap tables + WAL, MVCC row versions, but only inside one schema"),
        ("message-brokers-en", "fact/comparison/delivery/rabbitmq", "at-least-once, but only inside one vhost"),
        # a condition of the subject's own words that the card's note does not make
        ("message-brokers-en", "fact/comparison/delivery/rabbitmq", "at-least-once, but only if the storage is in memory"),
        ("message-brokers-en", "fact/comparison/delivery/rabbitmq", "at-least-once, but only if the queue is durable"),
    ],
)
def test_a_condition_or_value_the_deck_does_not_make_stays_wrong(deck, key, answer):
    graded = _grade(deck, key, answer)
    assert graded.verdict == "wrong", graded


# -- 2. a value the card's own note says of this cell is no other subject's value --------------

@pytest.mark.parametrize(
    ("deck", "key", "answer"),
    [
        ("message-brokers", "fact/comparison/storage/nats",
         "долго, на диске, пока действует retention и нет ack; можно ограничить по возрасту или объёму"),
        ("message-brokers", "fact/comparison/storage/nats", "долго, retention + ack, на диске; при interest хранит, пока есть консьюмеры"),
        ("message-brokers-en", "fact/comparison/storage/nats",
         "long, retention + ack, on disk; with interest retention until every consumer needs it no more"),
    ],
)
def test_a_value_the_cards_note_says_is_the_subjects_own(deck, key, answer):
    graded = _grade(deck, key, answer)
    assert graded.verdict == "right", graded


@pytest.mark.parametrize(
    ("deck", "key", "answer"),
    [
        # another subject's cell said whole (RabbitMQ's "until acked / durable queue")
        ("message-brokers", "fact/comparison/storage/nats", "долго, пока не ack, durable queue"),
        ("message-brokers-en", "fact/comparison/storage/nats", "long, disk-backed, until acked by a durable queue"),
        # the same value on a card whose note does not say it
        ("message-brokers-en", "fact/comparison/storage/kafka", "long-term, configurable retention, until acked"),
    ],
)
def test_another_subjects_value_the_note_does_not_say_stays_wrong(deck, key, answer):
    graded = _grade(deck, key, answer)
    assert graded.verdict == "wrong", graded


# -- 3. a negator closing its part denies the whole part: the other language says "no X in Y" ----

IB = "message-brokers-interview"


def _plain(expected: str, answer: str, deck: str = IB):
    from brokerquiz.core.grading import grade

    loaded, _ = open_deck(deck)
    return grade(expected, answer, aliases=subject_aliases(loaded))


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        ("DLQ у брокера нет — retry- и DLT-топики в приложении",
         "no dlq in the broker itself, retry topics and a dead letter topic in the app", "right"),
        ("Глобального порядка у топика нет, только внутри партиции", "no global order in the topic, only within a partition", "right"),
        ("Встроенной задержки у брокера нет", "в брокере встроенной задержки нету", "right"),
        # right since the glossary knows delay = задержка (para2); partly before, for that word alone
        ("Встроенной задержки у брокера нет", "no built-in delay in the broker", "right"),
        ("DLQ у брокера нет — retry- и DLT-топики в приложении", "у брокера dlq нету", "partly"),
    ],
)
def test_a_closing_negator_denies_its_whole_part(expected, answer, verdict):
    graded = _plain(expected, answer)
    assert graded.verdict == verdict, graded


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("DLQ у брокера нет — retry- и DLT-топики в приложении", "the broker has its own dlq, retry topics and a dead letter topic in the app"),
        ("DLQ у брокера нет — retry- и DLT-топики в приложении", "у брокера dlq есть"),
        ("Глобального порядка у топика нет, только внутри партиции", "a global order in the topic, also within a partition"),
        ("Встроенной задержки у брокера нет", "в брокере встроенная задержка есть"),
        ("Встроенной задержки у брокера нет", "the broker has a built-in delay"),
    ],
)
def test_saying_the_denied_thing_is_there_stays_wrong(expected, answer):
    graded = _plain(expected, answer)
    assert graded.verdict == "wrong", graded


# -- 4. "all three" with details after it; "only" before a subject; a default the note gives -----

KAFKA_DELIVERY = "fact/comparison/delivery/kafka"


@pytest.mark.parametrize(
    ("deck", "answer"),
    [
        ("message-brokers", "все три, дефолт at-least-once, exactly-once только kafka->kafka через транзакции"),
        ("message-brokers", "все три, по умолчанию at-least-once"),
        ("message-brokers-en", "all three, the default is at-least-once"),
        ("message-brokers-en", "all three, default at-least-once, exactly-once only kafka->kafka via transactions"),
        ("message-brokers-en", "at-most-once / at-least-once / exactly-once, exactly-once only kafka->kafka"),
        ("message-brokers", "at-most-once, at-least-once, exactly-once; exactly-once только kafka->kafka"),
    ],
)
def test_all_three_with_its_details_and_only_before_a_subject_are_right(deck, answer):
    graded = _grade(deck, KAFKA_DELIVERY, answer)
    assert graded.verdict == "right", graded


@pytest.mark.parametrize(
    ("deck", "answer"),
    [
        ("message-brokers", "exactly-once только"),  # "only" rules the other values out
        ("message-brokers-en", "only exactly-once"),
        ("message-brokers-en", "all two, at-least-once by default"),  # another count
        ("message-brokers-en", "all three, at-most-once by default"),  # the note says the default is at-least-once
        ("message-brokers", "все три, по умолчанию at-most-once"),
        ("message-brokers", "все три, но exactly-once невозможен"),  # one of the three denied
        ("message-brokers-en", "all three, but exactly-once is impossible"),
    ],
)
def test_all_three_with_a_wrong_detail_stays_wrong(deck, answer):
    graded = _grade(deck, KAFKA_DELIVERY, answer)
    assert graded.verdict == "wrong", graded


# -- 5. a setting typed "name=false" denies the name; an accept entry's item left out whole ------

@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        ("nack с requeue=false", "nack без requeue", "right"),
        ("nack with requeue=false", "nack without requeue", "right"),
        ("nack mit requeue=false", "nack ohne requeue", "right"),
        # "false" says the setting's state: it does not deny the next word
        ("nack with requeue=false, or its TTL expires", "nack with requeue=false and a TTL that expires", "right"),
        # near misses: the setting said the other way
        ("nack с requeue=false", "nack с requeue", "wrong"),
        ("nack with requeue=false", "nack with requeue", "wrong"),
        ("nack with requeue=true", "nack without requeue", "wrong"),
    ],
)
def test_a_setting_typed_false_is_its_name_denied(expected, answer, verdict):
    from brokerquiz.core.grading import grade

    graded = grade(expected, answer)
    assert graded.verdict == verdict, graded


@pytest.mark.parametrize(
    ("deck", "answer", "verdict"),
    [
        ("message-brokers-interview", "reject или nack без requeue, истёк ttl, переполнение очереди", "partly"),
        ("message-brokers-interview", "при nack с requeue=false и по ttl", "partly"),
        ("message-brokers-interview", "reject или nack без requeue, истёк ttl, переполнение очереди, превышен delivery-limit", "right"),
        ("message-brokers-interview", "nack с requeue=false, ttl, переполнение, delivery-limit", "right"),
        ("message-brokers-interview-en", "reject without requeue, TTL, length limit, delivery-limit", "right"),
        ("message-brokers-interview-en", "reject or nack with requeue, an expired ttl, an overflowing queue", "wrong"),
    ],
)
def test_the_dead_letter_triggers_with_requeue_false(deck, answer, verdict):
    graded = _grade(deck, "follow-up/rabbit-dlx", answer)
    assert graded.verdict == verdict, graded


def test_an_accept_entry_item_left_out_whole_is_an_omission():
    from brokerquiz.core.grading.match import grade_text
    from brokerquiz.core.grading.subjects import index_for

    index = index_for(None)
    entry = "reject without requeue, TTL, length limit, delivery-limit"
    three = grade_text(entry, "basic reject without requeue, expired TTL, queue length limit", index, use_core=False, terse=True)
    assert not three.correct and three.verdict == "partly", three
    four = grade_text(entry, "reject without requeue, TTL expired, length limit, delivery-limit", index, use_core=False, terse=True)
    assert four.correct, four


# -- 6. a negator is no value called the default; the model answer's own default holds -----------

DLX_SAFE = "follow-up/rabbit-dlx-at-least-once"


@pytest.mark.parametrize(
    ("deck", "answer"),
    [
        ("message-brokers-interview-en",
         "yes, by default it is at-most-once and there are no internal confirms; since 3.10 quorum queues support at-least-once "
         "dead lettering with overflow reject-publish"),
        ("message-brokers-interview-en",
         "yes: by default dead lettering is at-most-once, with no publisher confirms inside the broker; quorum queues since 3.10 "
         "have the at-least-once dead-letter-strategy with reject-publish"),
        ("message-brokers-interview",
         "да, по умолчанию dead lettering at-most-once, внутренних confirms нет; quorum queues с 3.10 дают at-least-once "
         "dead-letter-strategy с reject-publish"),
    ],
)
def test_a_negator_beside_by_default_calls_nothing_the_default(deck, answer):
    graded = _grade(deck, DLX_SAFE, answer)
    assert graded.verdict == "right", graded


@pytest.mark.parametrize(
    ("deck", "answer"),
    [
        ("message-brokers-interview-en", "no, by default dead lettering is at-least-once with no internal confirms"),
        ("message-brokers-interview-en",
         "yes, by default dead lettering is at-least-once with no internal confirms; quorum queues since 3.10 have the "
         "at-most-once dead-letter-strategy"),
        ("message-brokers-interview", "да, по умолчанию dead lettering at-least-once, а quorum queues с 3.10 — at-most-once"),
    ],
)
def test_another_value_called_the_default_than_the_model_answers_stays_wrong(deck, answer):
    graded = _grade(deck, DLX_SAFE, answer)
    assert graded.verdict == "wrong", graded


# -- 7. a negator closing a clause of its own reaches no further; "isn't compatible" = incompatible --

READER = "A reader with the new schema reads old data and fills in the default"
LESER = "Der Leser mit dem neuen Schema liest alte Daten und setzt den Standardwert ein"
KONSUMER = "Консьюмер с новой схемой читает старые данные и подставляет значение по умолчанию"
NO_DEFAULT = "A field without a default makes the new schema backward incompatible"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        (READER, "a reader on the new schema reads old data that doesn't have it; it fills in the default", "right"),
        (READER, "a reader on the new schema reads old data which it cannot; it fills in the default", "right"),
        (KONSUMER, "консьюмер с новой схемой читает старые данные которых там нет; подставляет значение по умолчанию", "right"),
        (LESER, "der leser mit dem neuen schema liest alte daten welche es nicht haben; er setzt den standardwert ein", "right"),
        # the negation of the main clause itself stays a denial
        (READER, "a reader on the new schema reads no old data; it fills in the default", "wrong"),
        (KONSUMER, "старые данные консьюмер с новой схемой не читает; подставляет значение по умолчанию", "wrong"),
        (LESER, "der leser mit dem neuen schema liest keine alten daten", "wrong"),
    ],
)
def test_a_negator_closing_a_relative_clause_denies_only_that_clause(expected, answer, verdict):
    from brokerquiz.core.grading import grade

    graded = grade(expected, answer)
    assert graded.verdict == verdict, graded


def test_a_denied_phrase_says_the_negated_form():
    from brokerquiz.core.grading import grade

    assert grade(NO_DEFAULT, "a field without a default makes the new schema not backward compatible").verdict == "right"
    assert grade(NO_DEFAULT, "without a default the new schema isn't backward compatible").verdict == "partly"
    assert grade(NO_DEFAULT, "without a default the new schema is backward compatible").verdict == "wrong"


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("you give the new field a default value, so when a reader on the new schema reads old data that doesn't have it, "
         "it just fills in the default", "right"),
        ("you give the new field a default value, so when a reader on the new schema reads old data that doesn't have it, "
         "it just fills in the default. without a default the change isn't backward compatible", "right"),  # para3: the
        # second sentence's "without a default" is that sentence's denial, no contradiction of the lead (besides.py)
        ("no default needed, a reader on the new schema just skips the field", "wrong"),
    ],
)
def test_a_default_value_is_no_option_called_the_default(answer, verdict):
    graded = _grade("message-brokers-interview-en", "follow-up/avro-add-field", answer)
    assert graded.verdict == verdict, graded


# -- 8. another word for an end of the cell's range is the cell's own value ----------------------

@pytest.mark.parametrize(
    ("deck", "answer", "verdict"),
    [
        ("message-brokers-en", "low to medium, a small single binary, simple cluster", "right"),
        ("message-brokers-en", "low/medium, one small go binary, clustering is easy", "right"),
        ("message-brokers", "низкая/средняя, маленький бинарник на go, кластер простой", "right"),
        ("message-brokers-en", "high, a small single binary, simple cluster", "wrong"),
        ("message-brokers", "высокая, маленький бинарник на go, кластер простой", "wrong"),
        ("message-brokers-en", "low, redis is already in production", "wrong"),
    ],
)
def test_a_word_for_an_end_of_the_range_is_no_other_subjects_value(deck, answer, verdict):
    graded = _grade(deck, "fact/comparison/complexity/nats", answer)
    assert graded.verdict == verdict, graded


def test_a_value_of_the_cells_group_said_beside_every_option_stays_wrong():
    graded = _grade(DB_EN, "fact/comparison/schema/postgres", "strict schema, JSON, JSONB, or schemaless")
    assert graded.verdict == "wrong", graded


# -- 9. a rating's note comparing with another subject ("harder than rabbit") -------------------

KAFKA_SETUP = "rating/heavy-scenarios/simple-setup/kafka"


@pytest.mark.parametrize(
    ("deck", "key", "answer", "verdict"),
    [
        ("message-brokers", KAFKA_SETUP, "с оговорками, посложнее чем рэббит", "right"),
        ("message-brokers", KAFKA_SETUP, "⚠️, сложнее чем rabbitmq", "right"),
        ("message-brokers-en", KAFKA_SETUP, "caution, harder than rabbit", "right"),
        ("message-brokers-en", KAFKA_SETUP, "with caveats, more moving parts than redis", "right"),
        (DB_DE, "rating/lasten/schreiblast/cassandra", "gut, schreibt schneller als postgres", "right"),
        (DB_DE, "rating/lasten/schreiblast/postgres", "mit Einschränkungen, braucht mehr Arbeit als cassandra", "right"),
        # the rating or the comparison the other way, or the other subject as a claim of its own
        ("message-brokers", KAFKA_SETUP, "👍, проще чем рэббит", "wrong"),
        ("message-brokers-en", KAFKA_SETUP, "caution, easier than rabbit", "wrong"),
        ("message-brokers-en", KAFKA_SETUP, "caution, rabbit is harder", "wrong"),
        ("message-brokers-en", KAFKA_SETUP, "caution, like rabbit", "wrong"),
    ],
)
def test_a_ratings_note_may_compare_with_another_subject(deck, key, answer, verdict):
    graded = _grade(deck, key, answer)
    assert graded.verdict == verdict, graded


# -- 10. a sentence's question words are two swapped things only on a question contrasting them --

@pytest.mark.parametrize(
    ("deck", "key", "answer", "verdict"),
    [
        ("message-brokers-interview-en", "follow-up/redis-group-claim",
         "xreadgroup with > gives each new entry to one consumer of the group, it waits in the PEL until XACK; a live consumer "
         "takes over a dead one's entries with XAUTOCLAIM after the min idle time", "right"),
        ("message-brokers-interview-en", "follow-up/redis-group-claim",
         "xreadgroup with > hands every new entry to one consumer, it sits in the PEL until XACK; dead consumer entries get "
         "taken over with xautoclaim after min idle time", "right"),
        ("message-brokers-interview", "follow-up/redis-group-claim",
         "xreadgroup с > отдаёт каждую новую запись одному консьюмеру группы, она лежит в PEL до XACK; записи упавшего "
         "консьюмера забирает живой через XAUTOCLAIM после min-idle-time", "right"),
        # a question contrasting two things still catches them swapped
        ("message-brokers-interview-en", "follow-up/rebalance-cooperative",
         "cooperative revokes all partitions and the whole group waits, eager revokes only the partitions that move", "wrong"),
        ("message-brokers-interview", "follow-up/rebalance-cooperative",
         "cooperative отдаёт все партиции и вся группа ждёт, а eager отзывает только переезжающие", "wrong"),
    ],
)
def test_swaps_are_judged_on_questions_that_contrast_two_things(deck, key, answer, verdict):
    graded = _grade(deck, key, answer)
    assert graded.verdict == verdict, graded


@pytest.mark.parametrize(
    ("deck", "answer", "verdict"),
    [
        # one thing named, the other's claim denied of it: no swap
        ("message-brokers-interview", "при cooperative вся группа не останавливается", "partly"),
        # the other's claim said of it, or its own claim denied: still wrong
        ("message-brokers-interview", "при cooperative вся группа стоит", "wrong"),
        ("message-brokers-interview", "при eager вся группа не останавливается", "wrong"),
        ("message-brokers-interview-en", "with eager the whole group does not stop", "wrong"),
        ("message-brokers-interview-en", "in an eager rebalance only the moving partitions are revoked", "wrong"),
    ],
)
def test_the_others_claim_denied_of_one_thing_is_no_swap(deck, answer, verdict):
    graded = _grade(deck, "follow-up/rebalance-cooperative", answer)
    assert graded.verdict == verdict, graded


# -- 11. "X is not important" denies X as "X is not needed" does; a condition word ends its reach --

@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        ("Если порядок не нужен — share groups", "share groups, если порядок не важен", "right"),
        ("Если порядок не нужен — share groups", "share groups, если порядок важен", "wrong"),
        ("Wenn die Reihenfolge nicht nötig ist, Share Groups", "share groups, wenn die reihenfolge nicht wichtig ist", "right"),
        ("Wenn die Reihenfolge nicht nötig ist, Share Groups", "share groups, wenn die reihenfolge wichtig ist", "wrong"),
        ("When order does not matter, use share groups", "share groups, if order is not important", "partly"),
        ("When order does not matter, use share groups", "share groups, if order is important", "wrong"),
    ],
)
def test_not_important_denies_what_its_part_names(expected, answer, verdict):
    from brokerquiz.core.grading import grade

    graded = grade(expected, answer)
    assert graded.verdict == verdict, graded


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("share groups, если порядок не нужен", "partly"),
        ("share groups when order is not important", "partly"),
        ("share groups, when the order does not matter", "partly"),
    ],
)
def test_a_condition_after_the_answer_keeps_its_negation_to_itself(answer, verdict):
    deck = "message-brokers-interview" if any("\u0400" <= ch <= "\u04ff" for ch in answer) else "message-brokers-interview-en"
    graded = _grade(deck, "follow-up/add-partitions-how", answer)
    assert graded.verdict == verdict, graded
