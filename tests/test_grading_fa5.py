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
