"""A claim bounded by another scope ("ordering within a topic" for "within a partition") says
something else: wrong, in any language (scopes.py). Answers keeping the scope, in other words or
with more said, stay right."""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade

ORDER_EN = "Ordering is guaranteed within a partition."
ORDER_RU = "Порядок гарантируется в рамках партиции."
ORDER_DE = "Die Reihenfolge ist nur innerhalb einer Partition garantiert."
ATOMIC = "Atomic per document, multi-document transactions since 4.0."
LOCKS_DE = "Sperren pro Zeile."

SWAPPED = [
    (ORDER_EN, "ordering is guaranteed within a topic"),
    (ORDER_EN, "order is kept inside the consumer group"),
    (ORDER_RU, "порядок гарантируется в рамках топика"),
    (ORDER_RU, "порядок внутри кластера"),
    (ORDER_DE, "reihenfolge nur innerhalb eines topics"),
    (ATOMIC, "atomic per collection, transactions since 4.0"),
    (LOCKS_DE, "sperren pro tabelle"),
    ("Retention is configured per topic.", "retention is configured per partition"),
]

KEPT = [
    (ORDER_EN, "ordering within one partition, not across the topic"),
    (ORDER_EN, "order is kept inside a single partition"),
    (ORDER_EN, "ordered within a partition; keyed messages land in the same partition"),
    (ORDER_RU, "порядок в пределах одной партиции"),
    (ORDER_RU, "гарантирован внутри партиции, между партициями нет"),
    (ORDER_DE, "reihenfolge garantiert innerhalb einer partition"),
    (ATOMIC, "atomic per document, multi-doc transactions since 4.0"),
    ("Deduplication by message id within the stream's window.", "dedup by msg id inside the duplicate window"),
    ("Tunable per query (ONE, QUORUM, ALL).", "tunable per request: one, quorum, all"),
]


@pytest.mark.parametrize(("expected", "answer"), SWAPPED)
def test_another_scope_is_wrong(expected: str, answer: str) -> None:
    result = grade(expected, answer)
    assert result.verdict == "wrong", result


@pytest.mark.parametrize(("expected", "answer"), KEPT)
def test_the_same_scope_stays_right(expected: str, answer: str) -> None:
    result = grade(expected, answer)
    assert result.correct, result
