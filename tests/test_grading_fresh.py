"""The general causes behind the fresh batch's first-run errors (issue 11): each test is the
mechanism or the field's term equivalence, said with words other than the batch's cases."""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade


def verdict(expected: str, answer: str) -> str:
    return grade(expected, answer).verdict


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # an English contraction is a negator: "isn't X" says "not X", so it is no flip of
        # "non-X" (and, since fresh7, a word denied matches its negating-prefix form: right)
        ("non-idempotent consumers", "consumers that aren't idempotent", "right"),
        ("non-idempotent consumers", "consumers that are idempotent", "wrong"),
        ("immutable segments", "segments that aren't mutable", "right"),
        ("mutable segments", "segments that aren’t mutable", "wrong"),
    ],
)
def test_a_contraction_negates_the_word_after_it(expected, answer, verdict_):
    assert verdict(expected, answer) == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        ("hard to scale out", "it scales out easily", "wrong"),  # an adverb of a value
        ("built-in replication", "replication through a plugin", "wrong"),
        ("built-in replication", "native replication", "right"),
        ("partitioning via extensions", "partitioning is built in", "wrong"),
        ("flexible schema", "rigid schema", "wrong"),
        ("strict schema", "a rigid schema", "right"),
        ("strenges Schema", "flexibles Schema", "wrong"),
        ("festes Schema, JSONB für flexible Felder", "striktes Schema, flexible Felder per JSONB", "right"),
        ("Fensterfunktionen seit 8.0", "Fensterfunktionen ab 5.7", "wrong"),  # the number still counts
    ],
)
def test_field_opposites_beyond_the_first_table(expected, answer, verdict_):
    assert verdict(expected, answer) == verdict_


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("compaction reclaims disk space", "compaction frees disk space"),
        ("fencing prevents split brain", "fencing stops split brain"),
        ("umfangreiche Abfragen", "reichhaltige Abfragen"),
        ("strikte Isolation", "strenge Isolation"),
        ("a versatile engine", "eine vielseitige Engine"),
        ("the default engine", "the go-to engine"),
        ("a document store", "a document database"),
        ("Dokumentenspeicher", "Dokumentdatenbank"),
        ("Fensterfunktionen seit 8.0", "Fensterfunktionen ab 8.0"),
    ],
)
def test_field_term_equivalents(expected, answer):
    assert verdict(expected, answer) == "right"


DATABASES = {"PostgreSQL": ("Postgres",), "MySQL": (), "MongoDB": ("Mongo",), "Cassandra": ()}


@pytest.mark.parametrize(
    ("answer", "verdict_"),
    [
        ("cassandra, fed from kafka", "right"),  # why, in words of another field: no cost
        ("cassandra, because writes scale linearly", "right"),
        ("cassandra, fed from mongo", "wrong"),  # another subject of the deck still is
        ("not cassandra", "wrong"),  # the subject denied
        ("nicht Cassandra", "wrong"),
    ],
)
def test_an_answer_naming_the_subject_may_say_why(answer, verdict_):
    assert grade("Cassandra", answer, aliases=DATABASES).verdict == verdict_


BROKERS = {"Kafka": ("кафка",), "RabbitMQ": ("Rabbit", "RMQ"), "Redis Streams": ("Redis",), "NATS JetStream": ("NATS",)}
RULE_THEN_MEANS = "Batch the writes and compress them: Kafka linger.ms and batch.size; RabbitMQ publisher confirms in batches."


@pytest.mark.parametrize(
    ("answer", "verdict_"),
    [
        ("batch the writes and compress them", "partly"),  # the rule right, each broker's means left out
        ("compress nothing", "wrong"),
    ],
)
def test_the_lead_in_right_alone_is_partly(answer, verdict_):
    assert grade(RULE_THEN_MEANS, answer, aliases=BROKERS).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        ("Streaming and logical replication, single primary", "streaming and logical replication, multi primary", "wrong"),
        ("Streaming and logical replication, single primary", "streaming + logical, one primary", "right"),
        ("❌ single primary", "❌ multi-master", "wrong"),
        ("⚠️ nur ein Primary", "⚠️ mehrere Primaries", "wrong"),
        ("Horizontal, masterless ring, linear scale-out", "horizontal, leaderless ring, linear scale-out", "right"),
        ("Horizontal, masterless ring, linear scale-out", "horizontal, ring with a single master", "wrong"),
        ("Horizontal, Ring ohne Master, lineares Scale-out", "horizontal, masterloser ring, lineares scale-out", "right"),
    ],
)
def test_one_writer_several_writers_and_none_exclude_each_other(expected, answer, verdict_):
    assert verdict(expected, answer) == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        ("Flexible schema, optional validation", "schemaless, validation is optional", "right"),
        ("Flexibles Schema, optionale Validierung", "schemalos, validierung optional", "right"),
        ("Strict schema, JSON column type", "schemaless, json column type", "wrong"),
    ],
)
def test_schemaless_is_a_flexible_schema_not_no_schema(expected, answer, verdict_):
    assert verdict(expected, answer) == verdict_


def test_versions_of_rows_are_row_versions():
    assert verdict("Heap tables + WAL, MVCC row versions", "heap tables + wal, mvcc versions of rows") == "right"
    assert verdict("Heap tables + WAL, MVCC row versions", "heap + write-ahead log, mvcc versions of rows") == "right"
