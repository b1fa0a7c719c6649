"""Answers in the other language, paraphrases and synonyms (issue 11, classes 4 and 5): the paired
edition's cell for every card kind, the glossary's field words in both languages, numbers written
either way, and the parts that hold several claims. Each right answer has a wrong twin beside it,
so a grader that accepts everything fails here.
"""

from __future__ import annotations

import pytest

from brokerquiz.core.deck.cards import subject_aliases
from brokerquiz.core.deck.library import open_deck
from brokerquiz.core.grading import grade, grade_card


def _card(deck: str, key: str):
    loaded, cards = open_deck(deck)
    card = next(c for c in cards if c.id == f"{deck}/{key}")
    return card, subject_aliases(loaded)


@pytest.mark.parametrize(
    ("deck", "key", "right", "wrong_"),
    [
        ("message-brokers", "follow-up/nats-streaming-today", "no, it has been EOL since 2023, go with JetStream",
         "yes, it is still the recommended option"),
        ("message-brokers", "follow-up/jetstream-ack-disk", "no, a quorum stored it; fsync runs every 2 minutes by default",
         "yes, the ack means it was fsynced to disk"),
        ("message-brokers", "takeaway/redis", "super fast, lightweight, great for ephemeral data and low latency queues",
         "slow but durable, ideal for long-term storage"),
        ("message-brokers-en", "follow-up/zookeeper", "нет, kafka 4.0 работает только на KRaft, KRaft готов к продакшену с 3.3",
         "да, без zookeeper kafka не работает"),
        ("message-brokers-en", "takeaway/nats", "лёгкая шина событий, простое горизонтальное масштабирование, идеально для микросервисов и IoT",
         "лёгкий event bus, но масштабируется только вертикально"),
        ("message-brokers-en", "cloze/interview/criteria", "выбор брокера зависит от нагрузки, требований к ретенции и консистентности",
         "выбор брокера зависит от нагрузки"),
    ],
)
def test_every_kind_takes_the_other_language_and_still_catches_a_flip(deck, key, right, wrong_):
    card, aliases = _card(deck, key)
    assert grade_card(card, right, aliases=aliases).correct, grade_card(card, right, aliases=aliases)
    assert not grade_card(card, wrong_, aliases=aliases).correct


@pytest.mark.parametrize(
    ("expected", "answer", "flipped"),
    [
        ("High-speed queueing, ephemeral data, counters, streams", "быстрые очереди, эфемерные данные, счётчики, стримы",
         "медленные очереди, эфемерные данные, счётчики, стримы"),
        ("лёгкий event bus для микросервисов", "лёгкая шина событий для микросервисов", "тяжёлая шина событий для микросервисов"),
        ("Log-based, pub-sub + queue groups", "на логе, публикация-подписка и группы очередей",
         "на очередях, публикация-подписка и группы очередей"),
        ("non-idempotent side effects", "неидемпотентные побочные эффекты", "идемпотентные побочные эффекты"),
    ],
)
def test_the_fields_common_words_are_understood_in_either_language(expected, answer, flipped):
    assert grade(expected, answer).correct, grade(expected, answer)
    assert grade(expected, flipped).verdict == "wrong", grade(expected, flipped)


@pytest.mark.parametrize(
    ("answer", "verdict_"),
    [
        ("no, kafka 4 runs on kraft only, production-ready since 3.3", "right"),  # 4 = 4.0
        ("no, kafka 4.1 runs on kraft only, production-ready since 3.3", "wrong"),
        ("no, kafka 3 runs on kraft only, production-ready since 3.3", "wrong"),
    ],
)
def test_a_zero_fraction_is_the_same_number(answer, verdict_):
    expected = "No — Kafka 4.0 runs on KRaft only; KRaft has been production-ready since 3.3."
    assert grade(expected, answer).verdict == verdict_, grade(expected, answer)


def test_a_long_part_needs_each_of_its_claims():
    # an accept entry joining claims with "and" is one part: two thirds of it leave a claim out
    expected = "Retries after the de-dup window, late acks after redelivery, non-idempotent side effects."
    accept = ("retries after the de-dup window and non-idempotent side effects",)
    assert grade(expected, "retries after the de-dup window and non-idempotent side effects", accept=accept).correct
    half = grade(expected, "retries after the deduplication window", accept=accept)
    assert half.verdict == "partly", half
    # a short part still takes two of its three words
    assert grade("guaranteed within a partition", "within a partition").correct


def test_subjects_named_after_their_words_in_comma_pieces_get_their_own_piece():
    card, aliases = _card("message-brokers-en", "follow-up/per-key-order")
    right = ("partition by key, one active consumer per partition: kafka partitions, super streams + SAC in rabbitmq, "
             "N keys in redis, subject partitions in nats")
    swapped = ("partition by key, one active consumer per partition: kafka partitions, N keys in rabbitmq, "
               "super streams + SAC in redis, subject partitions in nats")
    assert grade_card(card, right, aliases=aliases).correct, grade_card(card, right, aliases=aliases)
    assert not grade_card(card, swapped, aliases=aliases).correct


@pytest.mark.parametrize(
    ("answer", "verdict_"),
    [
        ("no, with requeues or several consumers order breaks; use single active consumer", "right"),
        ("Нет при requeue, нескольких консьюмерах или приоритетах; нужен Single Active Consumer или streams", "right"),
        ("yes, even with requeues and several consumers", "wrong"),
        ("with requeues, several consumers or priorities; use single active consumer", "wrong"),
    ],
)
def test_a_no_opening_the_answer_denies_the_part_after_it(answer, verdict_):
    card, aliases = _card("message-brokers-en", "follow-up/rabbit-fifo")
    got = grade_card(card, answer, aliases=aliases)
    assert got.verdict == verdict_, got


def test_a_yes_or_no_in_its_own_part_answers_the_whole_question():
    expected = "Нет при requeue, нескольких консьюмерах или приоритетах; нужен Single Active Consumer или streams."
    got = grade(expected, "нет, при requeue и нескольких консьюмерах порядок ломается; Single Active Consumer")
    assert "нет" not in got.wrong, got


def test_a_rating_word_in_the_middle_of_a_text_is_no_rating_to_contradict():
    # "limit" is also a caution rating word: in the middle of a follow-up it is no rating
    expected = "You can, but the extra ones sit idle; share groups lift that limit, without ordering."
    got = grade(expected, "yes, but the extra consumers sit idle; share groups lift the limit, without ordering")
    assert got.correct, got
    assert grade(expected, "no, the extra consumers sit idle").verdict == "wrong"
    # a rating opening the text is still its core
    assert grade("⚠️ limited", "👍 limited").verdict == "wrong"
    assert grade("👍/⚠️ lightweight cluster", "👍/⚠️").correct


def test_more_and_less_stay_opposites_in_russian():
    assert grade("больше консьюмеров, чем партиций", "меньше консьюмеров, чем партиций").verdict == "wrong"


@pytest.mark.parametrize("word", ["end-of-life", "KIP-966"])
def test_a_short_piece_of_a_hyphenated_word_is_no_value_by_its_sound(word):
    from brokerquiz.core.grading.analysis import analyze
    from brokerquiz.core.grading.subjects import index_for

    token = next(t for t in analyze(word, index_for(None)).toks if t.kind == "word")
    assert token.group is None, token  # "of" is no "off", "kip" no "keep"
    assert analyze("disk-backed", index_for(None)).toks[0].value == "disk"


def test_a_short_word_meets_a_value_only_in_its_own_script():
    # "года" (years) keys as "god", like "good", a rating: no rating, so no "no" to contradict
    card, aliases = _card("message-brokers", "follow-up/nats-streaming-today")
    got = grade_card(card, "нет, с 2023 года он end-of-life, берите JetStream", aliases=aliases)
    assert got.correct, got
    assert grade("👍 partitions", "good, partitions").correct  # the rating word in its own script
    assert grade("мощный, идеален для аналитики", "мощный, идеальный для аналитики").correct  # a plain term still does


@pytest.mark.parametrize(
    ("deck", "key", "answer"),
    [
        ("message-brokers-en", "follow-up/kafka-exactly-once", "идемпотентный продюсер"),
        ("message-brokers-en", "follow-up/jetstream-exactly-once", "неидемпотентные побочные эффекты"),
        ("message-brokers", "fact/comparison/use-cases/rabbitmq", "уведомления"),
    ],
)
def test_one_whole_part_and_nothing_else_is_partly_right_in_either_language(deck, key, answer):
    card, aliases = _card(deck, key)
    assert grade_card(card, answer, aliases=aliases).verdict == "partly"
    assert grade_card(card, answer + ", и ещё exactly-once для внешних систем", aliases=aliases).verdict != "right"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        ("at-most-once / at-least-once / exactly-once", "all three", "right"),
        ("at-most-once / at-least-once / exactly-once", "все три гарантии", "right"),
        ("at-most-once / at-least-once / exactly-once", "all two", "wrong"),  # not the count listed
        ("at-least-once", "all three", "wrong"),  # one value expected: "all" claims the others
        ("disk-backed / memory", "all in memory", "wrong"),  # names a value itself: no quantifier
    ],
)
def test_all_n_names_every_listed_value(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_, grade(expected, answer)


def test_all_three_in_a_comparison_part():
    card, aliases = _card("message-brokers", "compare/comparison/delivery")
    right = "кафка все три, rabbitmq и redis как минимум один раз, nats at-least-once + exactly-once"
    assert grade_card(card, right, aliases=aliases).correct
    assert not grade_card(card, "kafka at-least-once, rabbitmq all three, redis at-least-once, nats all three",
                          aliases=aliases).correct
