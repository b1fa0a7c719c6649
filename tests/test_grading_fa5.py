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
