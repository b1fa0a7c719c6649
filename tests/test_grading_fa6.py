"""fa6: false accepts, round 6. Each class with made-up variants (other words, decks, languages)
and the near misses that must stay right."""

import pytest

from brokerquiz.grading import grade

# --- 1. "the server does it itself" (ru "сервер сам ...", de "der Broker ... selbst"): a machine
# (the broker, the server, the cluster, a subject of the deck) said to do a thing by itself, where
# the model answer of several sentences gives it to someone else (a subscriber, the application).
# An accept entry's short form ("MaxDeliver") does not vouch for that claim: the model answer judges.
MAX_DELIVER = ("MaxDeliver на consumer ограничивает число доставок, BackOff задаёт паузы между повторами. "
               "Когда попытки исчерпаны, сервер публикует advisory MAX_DELIVERIES; подписчик на него может "
               "переложить сообщение в DLQ-stream.")
MAX_DELIVER_Q = "Как JetStream ограничивает повторы poison-сообщения?"
MAX_DELIVER_ACCEPT = ("MaxDeliver, advisory MAX_DELIVERIES", "MaxDeliver, BackOff", "MaxDeliver")
REBALANCE = ("Partitions are reassigned when a member joins or leaves. Static membership keeps a member's "
             "partitions across a restart within the session timeout.")
REBALANCE_RU = ("Партиции переназначаются, когда участник входит или выходит. Static membership сохраняет "
                "партиции участника при рестарте в пределах session timeout.")
SHARDING_RU = ("Один stream — один ключ, а ключ живёт на одном шарде. Заводят несколько streams и выбирают "
               "stream по хешу ключа.")

SELF_DOERS = [
    (MAX_DELIVER, "после MaxDeliver попыток сервер сам перекладывает сообщение в DLQ стрим", MAX_DELIVER_Q,
     MAX_DELIVER_ACCEPT),
    (MAX_DELIVER, "MaxDeliver и BackOff, а потом брокер сам кладёт сообщение в DLQ", MAX_DELIVER_Q,
     MAX_DELIVER_ACCEPT),
    (REBALANCE_RU, "static membership, при рестарте брокер сам вернёт партиции участнику",
     "Как избежать ребаланса?", ("static membership",)),
    (SHARDING_RU, "несколько streams по хешу ключа, хотя redis cluster сам делит большой stream",
     "Как масштабировать один stream?", ("несколько streams по хешу ключа",)),
]


@pytest.mark.parametrize("expected,answer,question,accept", SELF_DOERS)
def test_a_machine_doing_it_itself_is_no_accepted_short_form(expected, answer, question, accept):
    g = grade(expected, answer, accept=accept, question=question, context=question)
    assert g.verdict != "right"


SELF_DOERS_KEPT = [
    # the candidate (or the consumer, the application) does it: no claim about the broker
    (MAX_DELIVER, "MaxDeliver, а в DLQ перекладываешь сам по advisory", MAX_DELIVER_Q, MAX_DELIVER_ACCEPT),
    (MAX_DELIVER, "MaxDeliver, консьюмер сам решает, что делать после advisory", MAX_DELIVER_Q, MAX_DELIVER_ACCEPT),
    # emphasis: "сам" before its noun
    (MAX_DELIVER, "MaxDeliver, сам сервер сообщение никуда не перекладывает", MAX_DELIVER_Q, MAX_DELIVER_ACCEPT),
    (REBALANCE, "static membership", "How do you avoid a rebalance?", ("static membership",)),
    (SHARDING_RU, "несколько streams по хешу ключа, шардируешь сам", "Как масштабировать один stream?",
     ("несколько streams по хешу ключа",)),
]


@pytest.mark.parametrize("expected,answer,question,accept", SELF_DOERS_KEPT)
def test_someone_else_doing_it_themselves_stays_right(expected, answer, question, accept):
    g = grade(expected, answer, accept=accept, question=question, context=question)
    assert g.verdict == "right"
