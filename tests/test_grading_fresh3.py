"""The general causes behind the second fresh batch's (fresh3) first-run errors (issue 11), said
with words and subjects other than the batch's cases."""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        ("a lightweight client library", "a heavyweight client library", "wrong"),
        ("heavyweight setup", "a lightweight setup", "wrong"),
        ("heavyweight setup", "heavyweight setup", "right"),
        ("read-heavy workloads", "readheavy workloads", "right"),  # "heavy" alone is no level of ease
    ],
)
def test_heavyweight_is_the_opposite_of_lightweight(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


ALIASES = {"ClickHouse": ["CH"], "Valkey": []}


@pytest.mark.parametrize(
    ("answer", "verdict_"),
    [
        ("click house", "right"),  # a one-word name typed as two words
        ("clickhouse", "right"),
        ("click", "wrong"),
    ],
)
def test_a_long_name_typed_as_two_words_is_the_name(answer, verdict_):
    assert grade("ClickHouse", answer, aliases=ALIASES).verdict == verdict_


def test_a_short_name_split_in_two_is_no_name():
    assert grade("Valkey", "val key", aliases=ALIASES).verdict == "wrong"  # under eight letters: as typed only


SUBJECTS = {"ClickHouse": ["CH"], "Valkey": []}
CELLS = "The choice depends on the workload: ClickHouse for batch reports and dashboards, Valkey for session storage and caching."


@pytest.mark.parametrize(
    ("answer", "verdict_"),
    [
        ("the choice depends on the workload: clickhouse for batch reports and dashboards, valkey for session storage and caching", "right"),
        # the lead-in right and the two uses swapped: each part says the other's value, so wrong, not partly
        ("the choice depends on the workload: clickhouse for session storage and caching, valkey for batch reports and dashboards", "wrong"),
        ("the choice depends on the workload: clickhouse for batch reports and dashboards", "partly"),
    ],
)
def test_one_part_saying_another_parts_value_is_wrong(answer, verdict_):
    assert grade(CELLS, answer, aliases=SUBJECTS).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        ("настройка сложнее", "настройка проще", "wrong"),  # the comparative of простой
        ("простая настройка", "настройка проще", "right"),
    ],
)
def test_the_russian_comparative_of_simple_is_easy(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        ("long-lived sessions", "short-lived sessions", "wrong"),
        ("короткий TTL", "долгий TTL", "wrong"),
        ("kurze Aufbewahrung", "lange Aufbewahrung", "wrong"),
        ("long-term storage", "long storage", "right"),
    ],
)
def test_long_and_short_exclude_each_other(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_
