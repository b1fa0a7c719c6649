"""A recital card ("say the whole phrase") holds each clause to each of its points (essence.EVERY).

On a compare card one subject's first point is its essence; the interview phrase asks for the whole
text, so a clause cut to one of its points ("kafka for analytics" for "Kafka for event sourcing and
analytics") is an omission, while every point said in fewer or other words stays right.
"""

from __future__ import annotations

import pytest

from brokerquiz.core.deck.cards import subject_aliases
from brokerquiz.core.deck.library import open_deck
from brokerquiz.core.grading import grade_card

RU, EN = "message-brokers", "message-brokers-en"
DB, DE = "tests/fixtures/decks/databases.en.yaml", "tests/fixtures/decks/datenbanken.de.yaml"


def _graded(deck: str, answer: str):
    d, cards = open_deck(deck)
    card = next(c for c in cards if c.kind == "phrase")
    return grade_card(card, answer, aliases=subject_aliases(d))


CUT = [  # every subject named, some clauses cut to one of their points
    (RU, "выбор зависит от нагрузки, ретенции и консистентности: кафка для аналитики, rabbit для pub-sub, redis для очередей, nats для event bus"),
    (EN, "depends on load, retention, consistency. kafka - event sourcing, analytics; rabbit - workflows; redis streams - fast queues; nats - lightweight event bus"),
    (EN, "it depends on load, retention and consistency: kafka for analytics, rabbitmq for pub-sub, redis streams for ultra-fast queues, nats for a lightweight event bus"),
    (DB, "postgres for sql, mysql for web apps, mongo for documents, cassandra for writes"),
    (DE, "postgres für sql, mysql für webapps, mongo für dokumente, cassandra für schreiblast"),
]

WHOLE = [  # every point of every clause, in fewer or other words
    (RU, "выбор зависит от нагрузки, ретенции и консистентности: кафка — event sourcing и аналитика, кролик — воркфлоу и pub/sub, редис стримс — сверхбыстрые очереди, натс — лёгкий low-latency event bus"),
    (RU, "выбор брокера зависит от нагрузки, требований к хранению и консистентности: kafka для event sourcing и аналитики, rabbitmq для workflow и pub-sub, redis streams для очень быстрых очередей, nats для лёгкой шины событий с низкой задержкой"),
    (EN, "choice depends on load, retention and consistency needs: kafka for event sourcing/analytics, rabbit for workflows & pub/sub, redis streams for super fast queues, nats for a light low latency event bus"),
    (DB, "postgres for sql and transactions, mysql for read-heavy web apps, mongodb for flexible documents, cassandra for massive multi-region writes"),
    (DE, "postgres für sql und transaktionen, mysql für leselastige webapps, mongo für flexible dokumente, cassandra für massive schreiblast in mehreren regionen"),
]

SWAPPED = [  # still wrong: two subjects' uses swapped
    (RU, "выбор брокера зависит от нагрузки, требований к ретенции и консистентности: rabbitmq для event sourcing и аналитики, kafka для workflow и pub-sub, redis streams для сверхскоростных очередей, nats для лёгкого event bus"),
    (DB, "postgres for flexible documents, mysql for simple read heavy web apps, mongo for rich sql and strict transactions, cassandra for massive writes"),
]


@pytest.mark.parametrize(("deck", "answer"), CUT)
def test_a_clause_cut_to_one_point_is_partly(deck: str, answer: str) -> None:
    g = _graded(deck, answer)
    assert not g.correct and g.verdict == "partly", g


@pytest.mark.parametrize(("deck", "answer"), WHOLE)
def test_every_point_in_own_words_is_right(deck: str, answer: str) -> None:
    assert _graded(deck, answer).correct


@pytest.mark.parametrize(("deck", "answer"), SWAPPED)
def test_swapped_uses_stay_wrong(deck: str, answer: str) -> None:
    assert _graded(deck, answer).verdict == "wrong"
