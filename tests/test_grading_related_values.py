"""Another value of a group said as what a claim about the expected value is about: "..., and
secondary indexes store the primary key" beside a model answer's "ordered by the primary key". Both
values of a two-value group are said, but of two things: the other value is the subject of a claim
whose object is the expected value, said plainly elsewhere as well. No list of every option, no
antonym (relations.py). Listed side by side ("the primary key or a secondary index"), or with the
expected value only as that claim's object, the other value keeps its guard.
"""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade

_EN = "Rows are kept in one tree ordered by the primary key."
_RU = "Строки лежат в одном дереве, упорядоченном по PK."
_DE = "Zeilen liegen in einem Baum, geordnet nach dem Primärschlüssel."


@pytest.mark.parametrize(("expected", "answer"), [
    (_EN, "rows are kept in one tree ordered by the primary key and secondary indexes store the primary key"),
    (_EN, "rows kept in one tree ordered by the pk and every secondary index points to the pk"),
    (_RU, "строки лежат в одном дереве, упорядоченном по PK, и вторичный индекс хранит PK"),
    (_DE, "zeilen liegen in einem baum, geordnet nach dem primärschlüssel, und ein sekundärindex speichert den primärschlüssel der zeile"),
])
def test_another_value_relating_to_the_expected_one_is_no_listing(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(("expected", "answer"), [
    (_EN, "rows are kept in one tree ordered by the primary key or a secondary index"),
    (_EN, "rows are kept in one tree ordered by the primary key and by secondary indexes"),
    (_EN, "rows are kept in one tree ordered by a secondary index that stores the primary key"),
    (_EN, "rows are kept in one tree ordered by the primary key and secondary indexes"),
    (_RU, "строки лежат в одном дереве, упорядоченном по PK или вторичный индекс"),
    (_RU, "строки лежат в одном дереве, упорядоченном: вторичный индекс хранит PK"),
    (_DE, "zeilen liegen in einem baum, geordnet nach dem primärschlüssel oder einem sekundärindex"),
])
def test_values_listed_or_the_expected_one_only_as_an_object_stay_wrong(expected, answer):
    assert grade(expected, answer).verdict == "wrong"
