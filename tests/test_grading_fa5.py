"""fa5: false accepts, round 5. Each class with made-up variants (other words, decks, languages)
and the near misses that must stay right."""

import pytest

from brokerquiz.grading import grade

# --- 1. a part of the cell that is the question's term in other words ("DLQs?" -> "Dead letter
# exchange, ..."): the glossary meets them, but the part is the subject's own mechanism, not the
# question repeated; leaving it out is an omission.
TERM_PART_LEFT_OUT = [
    ("Dead letter exchange, delivery-limit on quorum queues", "delivery limit on quorum queues",
     "RabbitMQ — Poison messages and DLQs?"),
    ("Dead-letter-Exchange, delivery-limit bei Quorum Queues", "delivery-limit bei quorum queues",
     "RabbitMQ — Poison Messages und DLQs?"),
    ("Dead letter exchange, delivery-limit на quorum-очередях", "delivery-limit на quorum очередях",
     "RabbitMQ — Poison-сообщения и DLQ?"),
    ("Dead letter topic, retries in the application", "retries in the application",
     "Kafka — Dead letter queues?"),
]


@pytest.mark.parametrize("expected,answer,question", TERM_PART_LEFT_OUT)
def test_a_part_naming_the_questions_term_otherwise_is_needed(expected, answer, question):
    assert grade(expected, answer, question=question, context=question).verdict == "partly"


TERM_PART_KEPT = [
    # the part said (by the acronym): right
    ("Dead letter exchange, delivery-limit on quorum queues", "dlx plus delivery-limit on quorum queues",
     "RabbitMQ — Poison messages and DLQs?"),
    # the part is the question's own word, spelled as the question spells it: given
    ("Consumer groups, partitions rebalanced on join", "partitions are rebalanced when one joins",
     "Kafka — Consumer groups?"),
    ("Replication, ISR and acks=all", "isr and acks=all", "Kafka — Replication?"),
    # a word of the question inside a part of other words: given
    ("Yes, replay via offset", "yes, via offsets", "NATS JetStream — Replay / Event Sourcing?"),
    ("Very fast (in-memory), latency <1ms", "very fast, in memory, under 1 ms", "Redis Streams — Latency?"),
]


@pytest.mark.parametrize("expected,answer,question", TERM_PART_KEPT)
def test_the_questions_own_words_stay_given(expected, answer, question):
    assert grade(expected, answer, question=question, context=question).verdict == "right"


# --- 2. another dotted name sharing pieces with the expected one ("group.consumer.assignors" for
# the accept entry "group.remote.assignor"): two thirds of its pieces are not two thirds of it.
RETENTION = ("Time retention is set by log.retention.hours, a week by default. A size cap per "
             "partition comes from log.retention.bytes, unlimited unless you set it.")
ASSIGNORS = ("На брокере: group.consumer.assignors перечисляет серверные assignor'ы, клиент может "
             "попросить другой через group.remote.assignor. Таймауты тоже серверные.")
OFFSETS = ("Die Offsets einer Gruppe verfallen nach offsets.retention.minutes, wenn die Gruppe leer ist. "
           "Die Daten selbst hält log.retention.minutes.")
FETCH = ("Die Antwort eines Fetch wird durch fetch.max.bytes begrenzt, der Broker wartet bis fetch.min.bytes "
         "da sind. Beide stellt der Consumer ein.")
POLL = ("The consumer must call poll() within max.poll.interval.ms or it leaves the group. Long "
        "processing needs a larger value or smaller batches.")

OTHER_NAMES = [
    (RETENTION, ("log.retention.hours",), "log.retention.bytes", "Which setting keeps data for a week?"),
    (ASSIGNORS, ("group.remote.assignor",), "через group.consumer.assignors", "Как клиенту выбрать другой assignor?"),
    (FETCH, ("fetch.max.bytes",), "fetch.min.bytes", "Was begrenzt die Größe einer Fetch-Antwort?"),
    (POLL, ("max.poll.interval.ms",), "max.poll.records", "Why does a consumer leave its group?"),
]


@pytest.mark.parametrize("expected,accept,answer,question", OTHER_NAMES)
def test_another_dotted_name_is_not_the_accept_entry(expected, accept, answer, question):
    assert grade(expected, answer, accept=accept, context=question).verdict != "right"


SAME_NAMES = [
    (RETENTION, ("log.retention.hours",), "log.retention.hours", "Which setting keeps data for a week?"),
    (ASSIGNORS, ("group.remote.assignor",), "клиент просит другой через group.remote.assignor",
     "Как клиенту выбрать другой assignor?"),
    # the name said short, or its pieces in words: still the name
    (OFFSETS, ("offsets.retention.minutes",), "offsets.retention, wenn die gruppe leer ist",
     "Wann verfallen die Offsets einer Gruppe?"),
    (POLL, ("max.poll.interval.ms",), "max.poll.interval", "Why does a consumer leave its group?"),
    (POLL, ("max.poll.interval.ms",), "the max poll interval", "Why does a consumer leave its group?"),
]


@pytest.mark.parametrize("expected,accept,answer,question", SAME_NAMES)
def test_the_name_itself_stays_right(expected, accept, answer, question):
    assert grade(expected, answer, accept=accept, context=question).verdict == "right"


# --- 3. a question of two asks ("What does X do, and how do you choose it?") answered by the
# lead sentence alone: the later sentence answering the other ask is left out, partly.
from brokerquiz.core.deck.cards import subject_aliases  # noqa: E402
from brokerquiz.core.deck.library import open_deck  # noqa: E402
from brokerquiz.grading import grade_card  # noqa: E402

LINGER_Q = "What does linger.ms do, and how do you choose it?"
LINGER = ("linger.ms makes the producer wait before it sends a batch, so several records share one request. "
          "A small linger keeps latency low, a larger one gives bigger batches and more throughput.")
VACUUM_Q = "Was macht VACUUM FULL, und wann setzt man es ein?"
VACUUM = ("VACUUM FULL schreibt die Tabelle neu und gibt den Platz an das Betriebssystem zurück. "
          "Man setzt es nur bei starkem Bloat ein, weil es die Tabelle exklusiv sperrt.")

ONE_ASK_OF_TWO = [
    (LINGER, "the producer waits linger.ms before it sends a batch, so records share a request", LINGER_Q),
    (VACUUM, "schreibt die tabelle neu und gibt den platz ans betriebssystem zurück", VACUUM_Q),
]
BOTH_ASKS = [
    (LINGER, "the producer waits linger.ms before it sends a batch; small for low latency, large for bigger batches", LINGER_Q),
    (VACUUM, "schreibt die tabelle neu, gibt platz ans betriebssystem zurück; nur bei starkem bloat, sperrt exklusiv", VACUUM_Q),
]


@pytest.mark.parametrize("expected,answer,question", ONE_ASK_OF_TWO)
def test_the_lead_alone_answers_one_ask_of_two(expected, answer, question):
    assert grade(expected, answer, context=question).verdict == "partly"


@pytest.mark.parametrize("expected,answer,question", BOTH_ASKS)
def test_both_asks_answered_stay_right(expected, answer, question):
    assert grade(expected, answer, context=question).verdict == "right"


def _card(deck: str, card_id: str):
    d, cards = open_deck(deck)
    return {c.id: c for c in cards}[card_id], subject_aliases(d)


@pytest.mark.parametrize(("deck", "card_id", "answer", "verdict"), [
    # the other ask ("how do you choose it", "FORWARD") left out: partly
    ("message-brokers-interview-en", "message-brokers-interview-en/follow-up/rabbit-prefetch",
     "basic.qos caps the unacked messages per consumer; 0 means no cap", "partly"),
    ("message-brokers-interview-en", "message-brokers-interview-en/follow-up/schema-compatibility",
     "backward is the schema registry default; the new schema can read data written with the old one", "partly"),
    # near misses: the second ask answered with a word of its own sentence, or the lead answering both
    ("message-brokers-interview-en", "message-brokers-interview-en/follow-up/nats-pull-sharing",
     "each instance fetches from the shared consumer, the server hands messages to whoever asks, no rebalance; "
     "MaxAckPending bounds it", "right"),
    ("message-brokers-interview-en", "message-brokers-interview-en/follow-up/inbox",
     "a table of processed message ids with a unique key; insert the id and apply the change in one transaction", "right"),
    ("message-brokers-interview", "message-brokers-interview/follow-up/schema-compatibility",
     "backward: новая схема читает данные старой, сначала консьюмеры; forward наоборот, сначала продюсеры", "right"),
    # one ask, whose words recur in the detail ("delete" ... "deletion"): the lead alone is right
    ("message-brokers-interview-en", "message-brokers-interview-en/follow-up/tombstone",
     "produce a record with that key and a null payload", "right"),
])
def test_shipped_follow_ups_of_two_asks(deck, card_id, answer, verdict):
    card, aliases = _card(deck, card_id)
    assert grade_card(card, answer, aliases=aliases).verdict == verdict


# --- 4. one pair's claim said of another pair's thing without a dash ("with BACKWARD you upgrade
# the producers first" for "BACKWARD: ..., consumers first. FORWARD: ..., producers go first."):
# a flip, wrong, not an omission.
ISOLATION_Q = "What do the isolation levels in PostgreSQL guarantee?"
ISOLATION = ("READ COMMITTED: a statement never sees dirty reads. SERIALIZABLE: the transactions behave as if "
             "run one after another, at the cost of retries.")
COUNTERS_Q = "Was sagen die beiden Zähler einer Queue?"
COUNTERS = "Ready wächst: es gibt zu wenige Consumer. Unacked wächst: die Consumer hängen oder der Prefetch ist zu hoch."


@pytest.mark.parametrize("expected,answer,question", [
    (ISOLATION, "read committed means the transactions behave as if run one after another", ISOLATION_Q),
    (COUNTERS, "bei unacked gibt es zu wenige consumer", COUNTERS_Q),
])
def test_another_pairs_claim_without_a_dash_is_wrong(expected, answer, question):
    assert grade(expected, answer, context=question).verdict == "wrong"


@pytest.mark.parametrize("expected,answer,question", [
    (ISOLATION, "read committed: a statement never sees dirty reads", ISOLATION_Q),
    (COUNTERS, "unacked: consumer hängen oder prefetch zu hoch", COUNTERS_Q),
])
def test_a_pairs_own_claim_is_no_flip(expected, answer, question):
    assert grade(expected, answer, context=question).verdict != "wrong"


@pytest.mark.parametrize(("deck", "answer", "verdict"), [
    ("message-brokers-interview-en", "with BACKWARD you upgrade the producers first", "wrong"),
    ("message-brokers-interview-en", "with forward you upgrade the consumers first", "wrong"),
    ("message-brokers-interview", "при backward первыми обновляют продюсеров", "wrong"),
    # near misses: its own pair's claim, partly (FORWARD left out)
    ("message-brokers-interview-en", "with BACKWARD you upgrade the consumers first", "partly"),
    ("message-brokers-interview", "при backward первыми обновляют консьюмеров", "partly"),
])
def test_schema_compatibility_pairs(deck, answer, verdict):
    card, aliases = _card(deck, f"{deck}/follow-up/schema-compatibility")
    assert grade_card(card, answer, aliases=aliases).verdict == verdict


# --- 5. "Y too" / "auch" / "тоже": what the model answer says of one thing claimed of another it
# says otherwise of, in an answer that is only partly right otherwise: a flip, wrong.
LOG_Q = "What happens to a message after it is consumed?"
LOG = ("A log keeps messages after they are read, until retention deletes them. A classic queue deletes a "
       "message once it is acknowledged.")
VACUUM_LOCK_Q = "Wie unterscheiden sich VACUUM und VACUUM FULL?"
VACUUM_LOCK = ("Die Tabelle sperrt VACUUM FULL exklusiv, während es sie neu schreibt. Ein normales VACUUM läuft "
               "neben Lese- und Schreibzugriffen und gibt Platz nur zur Wiederverwendung frei.")


@pytest.mark.parametrize("expected,answer,question", [
    (LOG, "a classic queue also keeps messages after they are read", LOG_Q),
    (VACUUM_LOCK, "ein normales vacuum sperrt die tabelle auch exklusiv", VACUUM_LOCK_Q),
])
def test_likewise_in_a_partly_answer_is_wrong(expected, answer, question):
    assert grade(expected, answer, context=question).verdict == "wrong"


@pytest.mark.parametrize("answer", [
    "share group тоже держит один offset на партицию, так что застрявшая запись держит всё",
    "у share group тоже один offset на партицию",
])
def test_share_group_said_like_a_consumer_group_is_wrong(answer):
    card, aliases = _card("message-brokers-interview", "message-brokers-interview/follow-up/kafka-share-poison")
    assert grade_card(card, answer, aliases=aliases).verdict == "wrong"


@pytest.mark.parametrize("expected,answer,question,verdict", [
    (LOG, "a log keeps them after reading until retention deletes them", LOG_Q, "right"),
    # the question asks how the two differ: one of them said right, the other left out, is partly
    (VACUUM_LOCK, "vacuum full sperrt exklusiv", VACUUM_LOCK_Q, "partly"),
])
def test_the_things_own_claim_is_no_flip(expected, answer, question, verdict):
    assert grade(expected, answer, context=question).verdict == verdict


# --- 6. a value the model answer gives both things ("both are asynchronous", "оба асинхронные"),
# another value of its group said of one of them: a flip, wrong, not an omission.
@pytest.mark.parametrize(("deck", "card", "answer", "verdict"), [
    ("message-brokers-interview", "rabbit-federation", "shovel синхронный, а federation асинхронная", "wrong"),
    ("message-brokers-interview", "nats-mirror", "sources синхронные, а mirror асинхронный", "wrong"),
    ("message-brokers-interview-en", "rabbit-federation", "federation is synchronous, while shovel is asynchronous", "wrong"),
    ("message-brokers-interview-en", "nats-mirror", "a mirror is synchronous, sources are asynchronous", "wrong"),
    # near misses: the value said of both, or the other value denied
    ("message-brokers-interview-en", "rabbit-federation",
     "federation by policies copies from an upstream exchange, shovel moves point to point; both asynchronous, for wans", "right"),
    ("message-brokers-interview", "nats-mirror",
     "mirror — read-only копия, sources собирают несколько streams, оба асинхронные", "right"),
    ("message-brokers-interview", "nats-mirror",
     "mirror — read-only копия одного stream, sources собирают несколько, ни один не синхронный", "right"),
])
def test_another_value_of_what_both_are(deck, card, answer, verdict):
    c, aliases = _card(deck, f"{deck}/follow-up/{card}")
    assert grade_card(c, answer, aliases=aliases).verdict == verdict


def test_neither_denies_the_other_value():
    expected = ("Federation gives local consumers the messages of an upstream queue in another cluster. "
                "Shovel moves them from point to point; both are asynchronous and built for the WAN.")
    from brokerquiz.core.grading.both import other_value_of_both
    from brokerquiz.core.grading.subjects import index_for

    index = index_for(None)
    assert other_value_of_both(expected, "federation is synchronous", index) == ("synchronous",)
    assert other_value_of_both(expected, "neither is synchronous", index) == ()
    assert other_value_of_both(expected, "keiner ist synchron", index) == ()
    assert other_value_of_both(expected, "both are asynchronous", index) == ()


# --- 3b. a later sentence summing up ("Confirms and acks together give ...") repeats question words an
# earlier sentence already said: it opens no ask of its own.
REPEATS_Q = "Where do repeats come from, even with publisher confirms and manual acks?"
REPEATS = ("If the connection drops before the ack, the broker requeues the message and delivers it again with the "
           "redelivered flag. If a confirm is lost, the producer publishes it again and the queue holds two copies. "
           "Confirms and acks together give at-least-once.")


@pytest.mark.parametrize("answer,verdict", [
    ("the broker requeues and redelivers it when the connection drops before the ack, and the producer publishes "
     "again when a confirm is lost", "right"),
    ("the broker requeues and redelivers it when the connection drops before the ack", "partly"),
])
def test_a_summing_up_sentence_opens_no_ask(answer, verdict):
    assert grade(REPEATS, answer, context=REPEATS_Q).verdict == verdict


# --- 7. an accept item naming a path between subjects ("Kafka to Kafka", "Kafka→Kafka"): the card's
# own subject named twice is a key point (the scope), not the topic said again.
@pytest.mark.parametrize(("deck", "answer", "verdict"), [
    ("message-brokers-interview-en", "read_committed", "not right"),
    ("message-brokers-interview-en", "consumers read with read_committed", "not right"),
    ("message-brokers-interview", "read_committed", "not right"),
    ("message-brokers-interview", "консьюмеры читают с read_committed", "not right"),
    # near misses: the scope said
    ("message-brokers-interview-en", "kafka to kafka with read_committed", "right"),
    ("message-brokers-interview", "только kafka→kafka, read_committed", "right"),
    ("message-brokers-interview-en", "only within kafka, consumers on read_committed", "right"),
])
def test_a_path_between_subjects_is_a_key_point(deck, answer, verdict):
    card, aliases = _card(deck, f"{deck}/follow-up/kafka-eos-boundary")
    got = grade_card(card, answer, aliases=aliases).verdict
    assert got == verdict if verdict == "right" else got != "right"


def test_a_path_of_the_cards_subject_in_an_accept_entry():
    from brokerquiz.core.deck.library import open_deck as _open

    deck, _ = _open("message-brokers-en")
    expected = "A shovel moves messages from RabbitMQ to RabbitMQ across clusters. It acks on both ends, so nothing is lost."
    accept = ("RabbitMQ to RabbitMQ, acks on both ends",)
    kw = dict(accept=accept, aliases=subject_aliases(deck), subject="rabbitmq", context="What does a shovel do?")
    assert grade(expected, "it acks on both ends", **kw).verdict != "right"
    assert grade(expected, "rabbitmq to rabbitmq, acks on both ends", **kw).verdict == "right"


# --- 8. a value the expected text lists, denied with an ability verb ("exactly-once кафка не умеет",
# "it cannot do exactly-once", "exactly-once it doesn't handle"): the lexicons' predicates deny what
# their part names, before them or, with nothing named before, after them.
GUARANTEES = "at-most-once / at-least-once / exactly-once"


@pytest.mark.parametrize("answer", [
    "at-most-once и at-least-once, exactly-once она не умеет",
    "at-most-once and at-least-once; it cannot do exactly-once",
    "at-most-once and at-least-once, exactly-once it doesn't handle",
    "at-most-once und at-least-once, exactly-once beherrscht es nicht",
])
def test_a_listed_value_denied_by_an_ability_verb_is_wrong(answer):
    assert grade(GUARANTEES, answer).verdict == "wrong"


@pytest.mark.parametrize("expected,answer", [
    (GUARANTEES, "at-most-once, at-least-once и exactly-once, может все три"),
    (GUARANTEES, "at-most-once, at-least-once and exactly-once, which it does with transactions"),
    ("Yes, replay via offset", "yes, replay via offset; it does not delete on read"),
    ("Долгое, configurable retention", "долгое, retention настраивается, удалять после чтения не умеет"),
    # a modal is no ability verb: "cannot be lost" denies the losing, not the messages
    ("Да (ACK + durable messages)", "да, через ack, сообщения не могут потеряться"),
    ("Ja (ACK + dauerhafte Nachrichten)", "ja, über ack, dauerhafte nachrichten können nicht verloren gehen"),
])
def test_an_ability_verb_denying_something_else_stays_right(expected, answer):
    assert grade(expected, answer).verdict == "right"


# --- 9. one-way / two-way (the glossary's `flow` group): "bidirectional" for "one-way" is a flip.
@pytest.mark.parametrize(("deck", "answer", "verdict"), [
    ("message-brokers-interview", "перекладывает сообщения из очереди в другой кластер, двунаправленный, терпит обрывы wan", "wrong"),
    ("message-brokers-interview-en", "moves messages from a queue to another cluster, bidirectional, survives wan outages", "wrong"),
    ("message-brokers-interview",
     "перекладывает сообщения из очереди в другой кластер с ack на обоих концах, однонаправленный, терпит обрывы wan", "right"),
    ("message-brokers-interview-en",
     "moves messages from a source queue to another cluster, acking on both ends; one-way, survives wan outages", "right"),
])
def test_shovel_one_way(deck, answer, verdict):
    card, aliases = _card(deck, f"{deck}/follow-up/rabbit-shovel")
    assert grade_card(card, answer, aliases=aliases).verdict == verdict


@pytest.mark.parametrize("expected,answer,verdict", [
    ("Einseitige Replikation vom Primary zu den Replikaten", "bidirektionale replikation vom primary zu den replikaten", "wrong"),
    ("One-way copy of a stream, same sequence numbers", "two-way copy of a stream, same sequence numbers", "wrong"),
    ("Einseitige Replikation vom Primary zu den Replikaten", "einseitig vom primary zu den replikaten", "right"),
    ("One-way copy of a stream, same sequence numbers", "a one way copy of a stream with the same sequence numbers", "right"),
])
def test_one_way_and_two_way_are_opposites(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict


# --- 10. upstream / downstream (the glossary's `link-end` group): the other end of a link is a flip.
@pytest.mark.parametrize(("deck", "answer", "verdict"), [
    ("message-brokers-interview-en", "switched on by policies: a federated exchange receives copies of the messages "
     "published to a downstream exchange in another cluster", "wrong"),
    ("message-brokers-interview", "включается политиками: федеративный exchange получает копию сообщений, "
     "опубликованных в downstream-exchange другого кластера", "wrong"),
    ("message-brokers-interview-en", "switched on by policies: a federated exchange receives copies of the messages "
     "published to an upstream exchange in another cluster", "right"),
    ("message-brokers-interview", "включается политиками: федеративный exchange получает копию сообщений, "
     "опубликованных в upstream-exchange другого кластера", "right"),
])
def test_federation_upstream(deck, answer, verdict):
    card, aliases = _card(deck, f"{deck}/follow-up/rabbit-federation")
    assert grade_card(card, answer, aliases=aliases).verdict == verdict


@pytest.mark.parametrize("answer,verdict", [
    ("die föderation holt nachrichten aus dem downstream-cluster", "wrong"),
    ("holt nachrichten aus dem upstream cluster", "right"),
])
def test_upstream_and_downstream_are_opposites(answer, verdict):
    assert grade("Die Föderation holt Nachrichten aus dem Upstream-Cluster", answer).verdict == verdict


# --- 11. "complex" said of a setup or a cluster is the hard value of `ease` ("complex cluster" for
# "simple cluster"); the row label "Complexity?" itself stays no value.
@pytest.mark.parametrize("expected,answer,verdict", [
    ("Low/medium, lightweight, simple cluster", "low/medium, lightweight, complex cluster", "wrong"),
    ("Simple to operate, one binary", "complex to operate, one binary", "wrong"),
    ("Easy to set up, single node", "complex to set up, single node", "wrong"),
    ("Medium, simple setup", "medium, a complex setup", "wrong"),
    ("Medium, simple setup", "medium, simple setup", "right"),
    ("Low/medium, lightweight, simple cluster", "low to medium, lightweight, easy cluster", "right"),
])
def test_complex_is_hard(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict


def test_the_complexity_row_label_is_no_value():
    question = "Kafka — Complexity?"
    assert grade("Высокая, требует zookeeper / kafka cluster", "высокая сложность эксплуатации",
                 question=question, context=question).verdict != "wrong"


# --- 12. external is the add-on value of `provision`: "external sharding" for "built-in sharding" is a flip.
@pytest.mark.parametrize("expected,answer,verdict", [
    ("Horizontal, built-in sharding", "horizontal, external sharding", "wrong"),
    ("Horizontal, eingebautes Sharding", "horizontal, externes sharding", "wrong"),
    ("Горизонтально, встроенный шардинг", "горизонтально, внешний шардинг", "wrong"),
    ("flexible documents, built-in sharding, easy to start with.", "flexible documents, sharding through an external tool, easy start", "wrong"),
    ("Horizontal, built-in sharding", "horizontal, native sharding", "right"),
    ("Horizontal, eingebautes Sharding", "horizontal, sharding eingebaut", "right"),
])
def test_external_is_no_built_in(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict


def test_an_external_system_the_model_answer_names_stays_right():
    card, aliases = _card("message-brokers-interview-en", "message-brokers-interview-en/follow-up/kafka-eos-boundary")
    answer = "kafka to kafka with read_committed; for an external system you need an idempotent sink"
    assert grade_card(card, answer, aliases=aliases).verdict == "right"


# --- 13. an accept entry's part of three words or more said without its head ("after a lost ack" for
# "republished after a lost confirm"): the circumstance, not what happens in it; never two thirds of it.
HEARTBEAT_Q = "What happens when a consumer stops sending heartbeats?"
HEARTBEAT = ("A member that misses its heartbeats is dropped from the group and its partitions are rebalanced. The others "
             "get them after a missed heartbeat times out, so processing pauses briefly.")
DUPES_RU_Q = "Откуда берутся дубли в RabbitMQ?"
DUPES_RU = ("Если консьюмер упал до ack, брокер возвращает сообщение в очередь. Если потерян confirm, продюсер публикует его "
            "повторно, и в очереди две копии.")
DUPES_DE_Q = "Woher kommen Duplikate in RabbitMQ?"
DUPES_DE = ("Fällt der Consumer vor dem Ack aus, stellt der Broker die Nachricht neu zu. Geht ein Confirm verloren, "
            "veröffentlicht der Producer sie erneut.")
REQUEUE_Q = "Where do redeliveries come from?"
REQUEUE = "The broker requeues a message after a dropped connection. The consumer sees the redelivered flag."


@pytest.mark.parametrize("expected,accept,answer,question,verdict", [
    (HEARTBEAT, "rebalanced after a missed heartbeat", "after a missed heartbeat", HEARTBEAT_Q, "not right"),
    (DUPES_RU, "повторная публикация после потерянного confirm", "после потерянного confirm", DUPES_RU_Q, "not right"),
    (DUPES_DE, "erneut veröffentlicht nach verlorenem Confirm", "nach verlorenem confirm", DUPES_DE_Q, "not right"),
    (REQUEUE, "requeued after a dropped connection", "after a dropped connection", REQUEUE_Q, "not right"),
    # near misses: the head said, in any form
    (HEARTBEAT, "rebalanced after a missed heartbeat", "rebalanced after a missed heartbeat", HEARTBEAT_Q, "right"),
    (DUPES_RU, "повторная публикация после потерянного confirm", "повторная публикация после потери confirm", DUPES_RU_Q, "right"),
    (DUPES_DE, "erneut veröffentlicht nach verlorenem Confirm", "erneut veröffentlicht nach verlorenem confirm", DUPES_DE_Q, "right"),
])
def test_an_accept_parts_head_is_needed(expected, accept, answer, question, verdict):
    got = grade(expected, answer, accept=(accept,), context=question).verdict
    assert got == verdict if verdict == "right" else got != "right"


# --- 14. any / every where the model answer bounds its claim with only ("работает с любыми внешними
# системами" beside "только Kafka→Kafka"): the bound turned into its opposite, wrong, not partly.
EOS_Q = "How far does exactly-once go?"
EOS = ("Exactly-once only holds from Kafka to Kafka: a transactional producer and read_committed readers. An external "
       "sink needs its own dedup.")
REPLAY_DE_Q = "Kann man Nachrichten erneut lesen?"
REPLAY_DE = "Replay geht nur mit Streams: sie lesen ab einem Offset. Klassische Queues löschen beim Konsum."
ORDER_RU_Q = "Есть ли порядок сообщений?"
ORDER_RU = "Порядок гарантирован только в пределах партиции. Между партициями порядка нет."


@pytest.mark.parametrize("expected,answer,question,verdict", [
    (EOS, "a transactional producer and read_committed readers, and it works with any sink", EOS_Q, "wrong"),
    (REPLAY_DE, "replay geht mit streams ab einem offset, und mit jeder queue", REPLAY_DE_Q, "wrong"),
    (ORDER_RU, "порядок гарантирован в пределах партиции, и в любом топике целиком", ORDER_RU_Q, "wrong"),
    # near misses: the bound said, or the sweeping word denied
    (EOS, "only kafka to kafka: a transactional producer and read_committed readers", EOS_Q, "right"),
    (EOS, "a transactional producer and read_committed readers, not with any external sink", EOS_Q, "partly"),
    (ORDER_RU, "только в пределах партиции, между партициями нет", ORDER_RU_Q, "right"),
])
def test_any_where_the_model_answer_says_only(expected, answer, question, verdict):
    assert grade(expected, answer, context=question).verdict == verdict


def test_the_shipped_eos_card_any_external_system():
    card, aliases = _card("message-brokers", "message-brokers/follow-up/kafka-exactly-once")
    answer = "идемпотентный продюсер и транзакции, read_committed, работает с любыми внешними системами"
    assert grade_card(card, answer, aliases=aliases).verdict == "wrong"


# --- 15. a claim that something happens or exists by itself ("automatically", "built-in",
# "автоматически", "automatisch") beside an accept entry the model answer does not vouch for: the
# entry does not make the answer right (the lexicons' agency_words, asked of accept entries only).
@pytest.mark.parametrize(("deck", "answer", "verdict"), [
    ("message-brokers-interview-en", "MaxDeliver caps it, and the server moves the message into a DLQ stream automatically", "not right"),
    ("message-brokers-interview", "MaxDeliver, и сервер автоматически перекладывает сообщение в DLQ-stream", "not right"),
    ("message-brokers-interview-en", "MaxDeliver on the consumer, then the server puts the message into its built-in DLQ", "not right"),
    ("message-brokers-interview-en",
     "MaxDeliver on the consumer caps deliveries, then a subscriber to the advisory moves it into a DLQ stream", "right"),
    ("message-brokers-interview",
     "MaxDeliver на consumer, потом подписчик на advisory перекладывает сообщение в DLQ-stream", "right"),
])
def test_agency_beside_an_accept_entry(deck, answer, verdict):
    card, aliases = _card(deck, f"{deck}/follow-up/nats-max-deliver")
    got = grade_card(card, answer, aliases=aliases).verdict
    assert got == verdict if verdict == "right" else got != "right"


MAX_DELIVER_DE = ("MaxDeliver am Consumer begrenzt die Zustellungen. Danach veröffentlicht der Server ein Advisory; ein "
                  "Abonnent kann die Nachricht in einen DLQ-Stream verschieben.")


@pytest.mark.parametrize("answer,verdict", [
    ("MaxDeliver, danach landet die nachricht automatisch in der dlq", "not right"),
    ("MaxDeliver, danach verschiebt ein abonnent die nachricht in einen dlq-stream", "right"),
])
def test_agency_beside_an_accept_entry_de(answer, verdict):
    got = grade(MAX_DELIVER_DE, answer, accept=("MaxDeliver",), context="Wie begrenzt JetStream Wiederholungen?").verdict
    assert got == verdict if verdict == "right" else got != "right"


# --- 16. source / sink connectors (the glossary's connector-kind group): the other kind is a flip.
@pytest.mark.parametrize(("deck", "answer", "verdict"), [
    ("message-brokers-interview", "в брокере нет, делает приложение; в kafka connect для source-коннекторов есть "
     "errors.deadletterqueue.topic.name", "wrong"),
    ("message-brokers-interview-en", "no, the broker has none, the app does it; kafka connect source connectors have "
     "errors.deadletterqueue.topic.name", "wrong"),
    ("message-brokers-interview", "в брокере нет, делает приложение; в kafka connect для sink-коннекторов есть "
     "errors.deadletterqueue.topic.name", "right"),
    ("message-brokers-interview-en", "no, the broker has none, the app does it; kafka connect sink connectors have "
     "errors.deadletterqueue.topic.name", "right"),
])
def test_connector_kinds(deck, answer, verdict):
    card, aliases = _card(deck, f"{deck}/follow-up/kafka-dlq")
    assert grade_card(card, answer, aliases=aliases).verdict == verdict


@pytest.mark.parametrize("answer,verdict", [
    ("ein source-connector schreibt die datensätze aus kafka in die datenbank", "wrong"),
    ("ein sink-connector schreibt die datensätze in die datenbank", "right"),
])
def test_connector_kinds_de(answer, verdict):
    assert grade("Ein Sink-Connector schreibt die Datensätze aus Kafka in die Datenbank.", answer).verdict == verdict


# --- 17. an answer opening "cannot" / "нельзя" / "unmöglich" (the lexicons' no_openers) to "Can one ...?"
# whose model answer says it can: the opposite yes/no, wrong, not partly.
@pytest.mark.parametrize(("deck", "answer", "verdict"), [
    ("message-brokers-interview-en", "cannot, cleanup.policy takes a single value", "wrong"),
    ("message-brokers-interview", "нельзя, cleanup.policy принимает только одно значение: compact или delete", "wrong"),
    ("message-brokers-interview-en", "impossible, you pick compact or delete", "wrong"),
    ("message-brokers-interview", "можно, cleanup.policy=compact,delete", "right"),
    ("message-brokers-interview-en", "yes, cleanup.policy=compact,delete", "right"),
])
def test_cannot_to_can_one(deck, answer, verdict):
    card, aliases = _card(deck, f"{deck}/follow-up/compact-delete")
    assert grade_card(card, answer, aliases=aliases).verdict == verdict


def test_unmoeglich_to_kann_man():
    question = "Kann man Compaction und Löschen nach Zeit in einem Topic kombinieren?"
    expected = "Kann man: cleanup.policy=compact,delete. Schlüssel werden kompaktiert, alte Segmente gelöscht."
    assert grade(expected, "unmöglich, es gibt nur eine policy", context=question).reason.startswith("opposite polarity")
    assert grade(expected, "ja, cleanup.policy=compact,delete", context=question).verdict != "wrong"


# --- 18. "in the consumer config" / "в конфиге консьюмера" is the client side (the glossary's side
# group): a setting placed there where the model answer says "on the broker" is a flip.
@pytest.mark.parametrize(("deck", "answer", "verdict"), [
    ("message-brokers-interview", "в конфиге консьюмера: partition.assignment.strategy и session.timeout.ms", "wrong"),
    ("message-brokers-interview-en", "in the client config, partition.assignment.strategy and session.timeout.ms as before", "wrong"),
    ("message-brokers-interview", "на брокере: group.consumer.assignors, клиент может попросить другой через "
     "group.remote.assignor; таймауты тоже серверные", "right"),
])
def test_client_config_is_the_client_side(deck, answer, verdict):
    card, aliases = _card(deck, f"{deck}/follow-up/kip-848-how")
    assert grade_card(card, answer, aliases=aliases).verdict == verdict


@pytest.mark.parametrize("answer,verdict", [
    ("in der consumer-konfiguration: partition.assignment.strategy", "wrong"),
    ("der broker wählt sie über group.consumer.assignors, timeouts serverseitig", "right"),
])
def test_client_config_is_the_client_side_de(answer, verdict):
    expected = "Der Broker wählt die Strategie: group.consumer.assignors. Auch die Timeouts sind serverseitig."
    assert grade(expected, answer, context="Wo wird die Zuweisungsstrategie gewählt?").verdict == verdict
