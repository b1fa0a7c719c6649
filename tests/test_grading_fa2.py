"""The general causes behind the tune set's false accepts, round 2 (branch fa2): answers right on
the model answer's point that go on to make a wrong claim of their own. Said with made-up texts,
in other words, decks and languages than the tune cases they stand for."""

from __future__ import annotations

import pytest

from brokerquiz.core.deck.cards import subject_aliases
from brokerquiz.core.deck.library import open_deck
from brokerquiz.core.grading import grade, grade_card


@pytest.mark.parametrize(
    ("expected", "answer", "question", "verdict_"),
    [
        # "Y too": what the model answer says of one thing claimed of another thing it says otherwise of
        ("Yes: snapshots restore the state by version; plain tables overwrite it on update.",
         "yes, snapshots restore the state by version, and plain tables can restore it too", "Can the store restore old state?", "wrong"),
        ("Yes: XRANGE re-reads entries by id; Pub/Sub drops a message nobody listens to.",
         "yes, xrange re-reads by id, and pub/sub can replay as well", "Can Redis replay?", "wrong"),
        ("Да: snapshot'ы восстанавливают состояние по версии; обычные таблицы перезаписывают его при обновлении.",
         "да, snapshot'ы восстанавливают состояние, и обычные таблицы тоже восстанавливают", "Можно ли восстановить старое состояние?", "wrong"),
        ("Ja: Streams lesen per Offset erneut; klassische Queues löschen beim Konsumieren.",
         "ja, streams lesen per offset erneut, klassische queues lesen auch erneut", "Kann der Broker Nachrichten erneut lesen?", "wrong"),
        # the replacement the model answer recommends said to be withdrawn too (by a pronoun)
        ("No: end-of-life since 2023; take the new engine.",
         "no, end-of-life since 2023, take the new engine, though it is deprecated too", "Would you pick the old engine today?", "wrong"),
        ("Нет: end-of-life с 2023; берите новый движок.",
         "нет, end-of-life с 2023, берите новый движок — хотя он тоже устарел", "Выбрали бы вы старый движок сегодня?", "wrong"),
        # the same thing said of the other thing as the model answer says it, or a detail of the first
        ("Yes: snapshots restore the state by version; plain tables overwrite it on update.",
         "yes, snapshots restore the state by version; plain tables also overwrite it on update", "Can the store restore old state?", "right"),
        ("Yes: XRANGE re-reads entries by id; Pub/Sub drops a message nobody listens to.",
         "yes, xrange re-reads entries by id, and by a time range too", "Can Redis replay?", "right"),
        ("Ja: Streams lesen per Offset erneut; klassische Queues löschen beim Konsumieren.",
         "ja, streams lesen per offset erneut, auch per zeitstempel", "Kann der Broker Nachrichten erneut lesen?", "right"),
        ("Нет: end-of-life с 2023; берите новый движок.",
         "нет, end-of-life с 2023, берите новый движок — он тоже бесплатный", "Выбрали бы вы старый движок сегодня?", "right"),
        # "again", "not yet", "as well as", "even if": no other thing said alike
        ("Если соединение рвётся до ack, брокер возвращает сообщение в очередь и доставляет его снова. Если теряется confirm, продюсер публикует сообщение повторно.",
         "если соединение порвалось до ack, брокер вернёт сообщение в очередь и доставит снова. если теряется confirm, продюсер опубликует ещё раз",
         "Откуда дубли?", "right"),
        ("Yes: snapshots restore the state by version; plain tables overwrite it on update.",
         "yes, snapshots restore the state by version as well as plain tables overwriting it on update", "Can the store restore old state?", "right"),
        ("Ja: Streams lesen per Offset erneut; klassische Queues löschen beim Konsumieren.",
         "ja, streams lesen per offset erneut, auch wenn klassische queues beim konsumieren löschen", "Kann der Broker Nachrichten erneut lesen?", "right"),
    ],
)
def test_too_claims_of_another_thing_what_the_model_answer_says_otherwise(expected, answer, question, verdict_):
    assert grade(expected, answer, context=question).verdict == verdict_


def _card(deck_id: str, card_id: str):
    deck, cards = open_deck(deck_id)
    return next(c for c in cards if c.id == card_id), subject_aliases(deck)


DB_EN, DB_DE = "tests/fixtures/decks/databases.en.yaml", "tests/fixtures/decks/datenbanken.de.yaml"


@pytest.mark.parametrize(
    ("deck_id", "card_id", "answer", "verdict_"),
    [
        # a figure the deck gives this subject otherwise (its cell's nuance: "7 days by default")
        ("message-brokers-en", "message-brokers-en/fact/comparison/storage/kafka",
         "long-term, configurable retention, 30 days by default", "wrong"),
        ("message-brokers", "message-brokers/fact/comparison/storage/kafka",
         "долгое, retention настраивается, по умолчанию 14 дней", "wrong"),
        # a version the deck gives another subject and never this one
        (DB_EN, "databases/fact/comparison/queries/postgres", "rich sql, joins, window functions since 8.0, ctes", "wrong"),
        (DB_EN, "databases/fact/comparison/schema/postgres", "strict schema, jsonb for flexible fields since version 8.0", "wrong"),
        (DB_DE, "datenbanken/fact/vergleich/schema/postgres", "festes schema, jsonb für flexible felder, ab 8.0", "wrong"),
        ("message-brokers-en", "message-brokers-en/fact/comparison/storage/rabbitmq",
         "until acked / durable queue, streams since 8.2 re-read by offset", "wrong"),
        # the subject's own figures, or one the deck gives no subject: no claim against the deck
        ("message-brokers-en", "message-brokers-en/fact/comparison/storage/kafka",
         "long-term, configurable retention, 7 days by default", "right"),
        ("message-brokers", "message-brokers/fact/comparison/storage/kafka",
         "долгое, retention настраивается, по умолчанию 7 дней", "right"),
        ("message-brokers-en", "message-brokers-en/fact/comparison/storage/rabbitmq",
         "until acked / durable queue, streams since 3.9 re-read by offset", "right"),
        (DB_EN, "databases/fact/comparison/queries/mysql", "sql with joins, window functions since 8.0", "right"),
        (DB_EN, "databases/fact/comparison/queries/postgres", "rich sql, joins, window functions, ctes for 20 years", "right"),
    ],
)
def test_a_figure_the_deck_gives_otherwise_is_a_wrong_extra_claim(deck_id, card_id, answer, verdict_):
    card, aliases = _card(deck_id, card_id)
    assert grade_card(card, answer, aliases=aliases).verdict == verdict_


@pytest.mark.parametrize(
    ("deck_id", "card_id", "answer", "verdict_"),
    [
        # "which one?" for a quoted cell: the right subject, then a claim the quoted cell says the other way
        ("message-brokers-en", "message-brokers-en/reverse/comparison/storage/kafka", "kafka, but retention is not configurable", "wrong"),
        ("message-brokers-en", "message-brokers-en/reverse/comparison/storage/kafka", "kafka, though messages are kept short-term", "wrong"),
        (DB_EN, "databases/reverse/comparison/queries/cassandra", "cassandra, and it supports joins", "wrong"),
        (DB_DE, "datenbanken/reverse/vergleich/abfragen/mysql", "mysql, aber ohne joins", "wrong"),
        ("message-brokers-interview", "message-brokers-interview/reverse/topics/poison/rabbitmq",
         "rabbitmq, хотя dead letter exchange там нет", "wrong"),
        ("message-brokers-interview-en", "message-brokers-interview-en/reverse/topics/poison/kafka",
         "kafka, the broker has a dlq of its own", "wrong"),
        # the right subject with the quoted cell's own words, or a detail it does not speak of
        ("message-brokers-en", "message-brokers-en/reverse/comparison/storage/kafka", "kafka, retention is configurable per topic", "right"),
        (DB_EN, "databases/reverse/comparison/queries/cassandra", "cassandra, you query by partition key", "right"),
        (DB_DE, "datenbanken/reverse/vergleich/abfragen/mysql", "mysql, fensterfunktionen seit 8.0", "right"),
        ("message-brokers-interview", "message-brokers-interview/reverse/topics/poison/rabbitmq", "rabbitmq, через dead letter exchange", "right"),
        ("message-brokers-interview-en", "message-brokers-interview-en/reverse/topics/poison/kafka",
         "kafka, you make the dlq yourself with retry topics", "right"),
    ],
)
def test_the_quoted_cell_said_the_other_way_beside_the_right_subject(deck_id, card_id, answer, verdict_):
    card, aliases = _card(deck_id, card_id)
    assert grade_card(card, answer, aliases=aliases).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # done by itself where the model answer says by hand (and the other way round): the other value
        ("Split the data by hand into several tables", "split into several tables, the engine does it by itself", "wrong"),
        ("Делить вручную на несколько потоков", "делить на несколько потоков, кластер делит их сам по себе", "wrong"),
        ("Von Hand in mehrere Streams aufteilen", "in mehrere streams aufteilen, der cluster macht das von selbst", "wrong"),
        ("Failover happens automatically", "failover is done by hand", "wrong"),
        # the same value in other words
        ("Split the data manually into several tables", "split it by hand into several tables", "right"),
        ("Делить вручную на несколько потоков", "делить руками на несколько потоков", "right"),
        ("Manuell in mehrere Streams aufteilen", "von hand in mehrere streams aufteilen", "right"),
        ("Failover happens automatically", "failover happens by itself", "right"),
    ],
)
def test_by_itself_and_by_hand_are_the_two_values_of_control(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # kept for years beside ephemeral data: the other value of durability
        ("Very fast, light, ideal for ephemeral data", "very fast and light, for ephemeral data, keeps the history for years", "wrong"),
        ("Очень быстрый, лёгкий, для эфемерных данных", "быстрый и лёгкий, эфемерные данные, а историю хранит годами", "wrong"),
        ("Sehr schnell, leicht, ideal für flüchtige Daten", "schnell und leicht, für flüchtige daten, speichert alles jahrelang", "wrong"),
        ("Transient queues in memory", "transient queues in memory, kept for years", "wrong"),
        # kept for years where the model answer says durable
        ("Durable log, replicated", "a durable log kept for years, replicated", "right"),
        ("Персистентный лог, реплицируется", "персистентный лог, хранится годами, реплицируется", "right"),
    ],
)
def test_kept_for_years_is_no_ephemeral_data(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # the model answer's own circumstance, with another outcome
        ("Requesters share a queue group. If no one subscribes, the server returns no responders at once.",
         "requesters share a queue group; if no one subscribes, the server keeps the request until someone shows up", "wrong"),
        ("Wenn der Consumer abstürzt, stellt der Broker die Nachricht erneut zu.",
         "wenn der consumer abstürzt, löscht der broker die nachricht", "wrong"),
        ("Если консьюмер падает до ack, брокер возвращает сообщение в очередь.",
         "если консьюмер падает до ack, брокер просто удаляет сообщение", "wrong"),
        ("Dedup by id in a window. When the window expires, the stream forgets the id and accepts a repeat.",
         "dedup by id in a window; when the window expires, the stream still keeps the id", "wrong"),
        # the same outcome in other words (no value of a group: "loses" may paraphrase), or another circumstance
        ("Если консьюмер падает до ack, брокер возвращает сообщение в очередь.",
         "если консьюмер падает до ack, брокер отдаёт сообщение обратно в очередь", "right"),
        ("Requesters share a queue group. If no one subscribes, the server returns no responders at once.",
         "requesters share a queue group; if no one subscribes, the server keeps nothing and answers no responders", "right"),
        ("Requesters share a queue group. If no one subscribes, the server returns no responders at once.",
         "requesters share a queue group; if no one subscribes, the server returns no responders right away", "right"),
        ("Wenn der Consumer abstürzt, stellt der Broker die Nachricht erneut zu.",
         "wenn der consumer abstürzt, stellt der broker die nachricht noch einmal zu", "right"),
        ("Если консьюмер падает до ack, брокер возвращает сообщение в очередь.",
         "если консьюмер падает до ack, брокер вернёт сообщение в очередь", "right"),
        ("Dedup by id in a window. When the window expires, the stream forgets the id and accepts a repeat.",
         "dedup by id in a window, when the window expires the id is forgotten and a repeat accepted", "right"),
    ],
)
def test_another_outcome_of_the_model_answers_own_circumstance(expected, answer, verdict_):
    assert grade(expected, answer, context="What happens?").verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # "Y too" with no claim of its own: what was just said of one thing, said of another the model answer says otherwise of
        ("Yes: snapshots restore the state by version; plain tables overwrite it on update.",
         "yes, snapshots restore the state by version; plain tables too", "wrong"),
        ("Yes: snapshots restore the state by version; plain tables overwrite it on update.",
         "yes, snapshots restore the state by version, and so do plain tables", "wrong"),
        ("Да: snapshot'ы восстанавливают состояние по версии; обычные таблицы перезаписывают его при обновлении.",
         "да, snapshot'ы восстанавливают состояние по версии, как и обычные таблицы", "wrong"),
        ("Ja: Streams lesen per Offset erneut; klassische Queues löschen beim Konsumieren.",
         "ja, streams lesen per offset erneut, klassische queues ebenfalls", "wrong"),
        # the same thing again, or a one-sentence model answer naming both
        ("Yes: snapshots restore the state by version; plain tables overwrite it on update.",
         "yes, snapshots restore the state by version, and by time too", "right"),
        ("Yes, via transactional producer/consumer", "yes, via the transactional producer, and the consumer too", "right"),
        ("Ja: Streams lesen per Offset erneut; klassische Queues löschen beim Konsumieren.",
         "ja, streams lesen per offset erneut; klassische queues löschen ebenfalls beim konsumieren", "right"),
    ],
)
def test_y_too_with_no_claim_of_its_own_says_the_claim_before_it(expected, answer, verdict_):
    assert grade(expected, answer, context="Can it restore or re-read?").verdict == verdict_


@pytest.mark.parametrize(
    "answer",
    [
        "yes, streams re-read by offset or timestamp; classic queues too",
        "yes, streams re-read by offset, and so do classic queues",
        "yes, streams re-read by offset or timestamp, same for classic queues",
        "yes, with streams, and classic queues as well",
    ],
)
def test_y_too_on_a_shipped_card(answer):
    card, aliases = _card("message-brokers-en", "message-brokers-en/follow-up/rabbit-replay")
    assert grade_card(card, answer, aliases=aliases).verdict == "wrong"


@pytest.mark.parametrize(
    ("answer", "verdict_"),
    [
        # another amount of time than the nuance's, in another unit; the same amount in another unit
        ("long-term, configurable retention (default 24 hours)", "wrong"),
        ("long-term, configurable retention, 2 days by default", "wrong"),
        ("long-term, configurable retention, 1 week by default", "right"),
        ("long-term, configurable retention, by default 168 hours", "right"),
    ],
)
def test_a_time_is_compared_in_any_unit(answer, verdict_):
    card, aliases = _card("message-brokers-en", "message-brokers-en/fact/comparison/storage/kafka")
    assert grade_card(card, answer, aliases=aliases).verdict == verdict_


@pytest.mark.parametrize(
    ("card_id", "answer", "verdict_"),
    [
        # "so does Y", "neither does Y", "Y too" after the part saying another sentence's thing
        ("rebalance-cooperative", "eager: everyone gives up all partitions, whole group stops; cooperative revokes only the moving ones, and so does eager", "wrong"),
        ("kafka-dlq", "no, the application builds dead letter and retry topics; the broker has none, and neither does kafka connect", "wrong"),
        ("kafka-dlq", "no, the app builds retry and dlt topics, the broker has none; connect sink connectors too", "wrong"),
        ("kafka-dlq", "no, the app builds retry and dlt topics, the broker has none; connect sink connectors have a dead letter queue topic", "right"),
    ],
)
def test_y_too_after_the_part_just_before(card_id, answer, verdict_):
    card, aliases = _card("message-brokers-interview-en", f"message-brokers-interview-en/follow-up/{card_id}")
    assert grade_card(card, answer, aliases=aliases).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        ("Nein: der Broker hat keine DLQ. Kafka Connect schreibt fehlerhafte Records in ein eigenes DLQ-Topic.",
         "nein, der broker hat keine dlq, kafka connect auch nicht", "wrong"),
        ("Nein: der Broker hat keine DLQ. Kafka Connect schreibt fehlerhafte Records in ein eigenes DLQ-Topic.",
         "nein, der broker hat keine dlq, kafka connect schreibt sie in ein eigenes dlq-topic", "right"),
    ],
)
def test_auch_nicht_carries_a_denial_over(expected, answer, verdict_):
    assert grade(expected, answer, context="Hat Kafka eine DLQ?").verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # a count said in words before a unit is a number; a time is one amount in any unit
        ("The tombstone is kept for delete.retention.ms (one day by default)", "kept for delete.retention.ms, one week by default", "wrong"),
        ("The tombstone is kept for delete.retention.ms (one day by default)", "kept for delete.retention.ms, 24 hours by default", "right"),
        ("По умолчанию окно — два дня", "по умолчанию окно три дня", "wrong"),
        ("По умолчанию окно — два дня", "по умолчанию окно 2 дня", "right"),
        ("Standardmäßig sieben Tage", "standardmäßig zwei tage", "wrong"),
        ("Standardmäßig sieben Tage", "standardmäßig 7 tage", "right"),
    ],
)
def test_counts_in_words_and_times_in_other_units(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # "X — Y" pairs of the model answer swapped: one sentence's X with another sentence's Y
        ("Ready grows — too few consumers. Unacked grows — consumers hang or never ack.",
         "ready grows — consumers hang, unacked grows — too few consumers", "wrong"),
        ("Ready wächst — zu wenige Consumer. Unacked wächst — Consumer hängen.",
         "ready wächst — consumer hängen, unacked wächst — zu wenige consumer", "wrong"),
        ("Read replicas: they scale reads. Sharding: it scales writes.", "read replicas: scale writes; sharding: scales reads", "wrong"),
        ("Read-реплики — масштабируют чтение. Шардинг — масштабирует запись.",
         "read-реплики — масштабируют запись, шардинг — масштабирует чтение", "wrong"),
        # the pairs as the model answer makes them
        ("Ready grows — too few consumers. Unacked grows — consumers hang or never ack.",
         "ready grows — too few consumers, unacked grows — consumers hang", "right"),
        ("Ready wächst — zu wenige Consumer. Unacked wächst — Consumer hängen.",
         "ready wächst — zu wenige consumer; unacked wächst — consumer hängen", "right"),
        ("Read replicas: they scale reads. Sharding: it scales writes.", "read replicas: scale reads; sharding: scales writes", "right"),
        ("Read-реплики — масштабируют чтение. Шардинг — масштабирует запись.",
         "read-реплики — масштабируют чтение, шардинг — масштабирует запись", "right"),
    ],
)
def test_pairs_of_the_model_answer_swapped(expected, answer, verdict_):
    assert grade(expected, answer, context="What do you watch?").verdict == verdict_


@pytest.mark.parametrize(
    ("deck_id", "card_id", "answer", "verdict_"),
    [
        # an API name the deck gives another subject only, said of this one
        (DB_EN, "databases/follow-up/cassandra-joins", "no, one denormalized table per query, or use $lookup", "wrong"),
        ("message-brokers-interview-en", "message-brokers-interview-en/follow-up/nats-max-deliver",
         "MaxDeliver caps the deliveries and BackOff sets the pauses; XCLAIM takes the message over", "wrong"),
        ("message-brokers-interview", "message-brokers-interview/follow-up/redis-poison",
         "XPENDING показывает число доставок, после порога — XADD в dead-letter stream и XACK, или просто MaxDeliver", "wrong"),
        ("message-brokers-interview-en", "message-brokers-interview-en/follow-up/max-poll-interval",
         "max.poll.interval.ms passed between polls, so the group dropped it; raise MaxAckPending", "wrong"),
        # the subject's own API names, or a plain word or acronym
        ("message-brokers-interview-en", "message-brokers-interview-en/follow-up/redis-poison",
         "XPENDING gives the delivery count, XCLAIM raises it; past a threshold XADD it to a dead-letter stream and XACK it", "right"),
        ("message-brokers-interview-en", "message-brokers-interview-en/follow-up/nats-max-deliver",
         "MaxDeliver caps the deliveries, BackOff sets the pauses between retries", "right"),
        (DB_EN, "databases/follow-up/cassandra-joins", "no, one denormalized table per query, no SQL joins", "right"),
    ],
)
def test_an_api_name_of_another_subject_only(deck_id, card_id, answer, verdict_):
    card, aliases = _card(deck_id, card_id)
    assert grade_card(card, answer, aliases=aliases).verdict == verdict_


def test_an_api_name_of_another_subject_denied_claims_nothing():
    card, aliases = _card(DB_EN, "databases/follow-up/cassandra-joins")
    assert grade_card(card, "no, one denormalized table per query; there is no $lookup", aliases=aliases).verdict == "right"
    assert grade_card(card, "no, one denormalized table per query; there is $lookup", aliases=aliases).verdict == "wrong"


def test_a_wh_questions_words_are_no_claim_carried_over():
    # "which reply fits a poison message?": saying "term also fits a poison message" answers it
    card, aliases = _card("message-brokers-interview-en", "message-brokers-interview-en/follow-up/nats-ack-kinds")
    answer = "nak asks for redelivery, in progress extends the ack wait, term stops redelivery; term also fits a poison message"
    assert grade_card(card, answer, aliases=aliases).verdict == "right"


def test_the_same_outcome_with_a_valued_word_is_no_other_outcome():
    # "keeps the message and delivers it again" is the model answer's "requeues ... delivers it again"
    card, aliases = _card("message-brokers-interview-en", "message-brokers-interview-en/follow-up/rabbit-duplicates")
    answer = ("if the connection drops before the ack, the broker keeps the message and delivers it again; "
              "if a confirm is lost, the producer publishes again")
    assert grade_card(card, answer, aliases=aliases).verdict == "right"


@pytest.mark.parametrize(
    ("deck_id", "card_id", "answer", "verdict_"),
    [
        # the cell's own nuance says consumers pull: "the broker pushes" is the other value of the trait
        ("message-brokers-en", "message-brokers-en/fact/comparison/backpressure/kafka",
         "consumer lag, flow control via offset commit, and the broker pushes messages to the consumers", "wrong"),
        ("message-brokers-en", "message-brokers-en/fact/comparison/backpressure/kafka",
         "consumer lag, flow control via offset commit; it is push-based", "wrong"),
        ("message-brokers", "message-brokers/fact/comparison/backpressure/kafka",
         "consumer lag, flow control через offset commit, брокер делает push консьюмерам", "wrong"),
        ("message-brokers", "message-brokers/fact/comparison/backpressure/kafka",
         "consumer lag, flow control через offset commit, модель push", "wrong"),
        # the nuance's own value
        ("message-brokers-en", "message-brokers-en/fact/comparison/backpressure/kafka",
         "consumer lag, flow control via offset commit, consumers pull at their own pace", "right"),
        ("message-brokers", "message-brokers/fact/comparison/backpressure/kafka",
         "consumer lag, flow control через offset commit, консьюмеры сами делают pull", "right"),
    ],
)
def test_a_trait_value_the_cells_nuance_says_otherwise(deck_id, card_id, answer, verdict_):
    card, aliases = _card(deck_id, card_id)
    assert grade_card(card, answer, aliases=aliases).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # "as do Y", "just like Y", "Y так же", "Y genauso": the claim just said, said of another thing
        ("Yes: snapshots restore the state by version; plain tables overwrite it on update.",
         "yes, snapshots restore the state by version, as do plain tables", "wrong"),
        ("Yes: snapshots restore the state by version; plain tables overwrite it on update.",
         "yes, snapshots restore the state by version, just like plain tables", "wrong"),
        ("Да: snapshot'ы восстанавливают состояние по версии; обычные таблицы перезаписывают его при обновлении.",
         "да, snapshot'ы восстанавливают состояние по версии, обычные таблицы так же", "wrong"),
        ("Ja: Streams lesen per Offset erneut; klassische Queues löschen beim Konsumieren.",
         "ja, streams lesen per offset erneut, klassische queues genauso", "wrong"),
        # likened to what the same sentence says
        ("Yes: snapshots restore the state by version; plain tables overwrite it on update.",
         "yes, snapshots restore the state by version, just like a version history", "right"),
    ],
)
def test_as_do_and_just_like_carry_the_claim_over(expected, answer, verdict_):
    assert grade(expected, answer, context="Can it restore or re-read?").verdict == verdict_
