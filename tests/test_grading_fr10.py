"""fr10: equivalences of the field said in other words (a counter's identifier said in words, a "+" spaced
off in a name, a clustered index said as rows kept in key order), with made-up cards; near misses keep their verdict."""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade

COUNTERS = "Watch num_pending and num_ack_pending"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        (COUNTERS, "watch the pending count and the ack pending count", "right"),
        ("num_pending, num_ack_pending", "число pending и количество ack pending", "right"),
        # another counter is not the pending one
        ("Watch num_pending", "watch the redelivery count", "wrong"),
    ],
)
def test_counter_identifiers_said_in_words(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


INDEX = "Clustered B+tree index on the primary key"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        ("InnoDB, clustered B+tree index", "innodb, rows stored in pk order in a b+ tree", "right"),
        (INDEX, "clustered b+ tree index on the pk", "right"),
        ("Geclustert, B+Baum auf dem Primärschlüssel", "geclustert, B+ Baum auf dem Primärschlüssel", "right"),
        # the other key is a flip
        (INDEX, "a b+ tree on a secondary index", "wrong"),
    ],
)
def test_spaced_plus_and_clustered_rows(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_
