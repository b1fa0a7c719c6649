"""fresh15 first-run causes (own-words follow-ups on the interview banks), stated with other words:

- two things the question contrasts, each said with the other's claim, are swapped even when a
  word of the question ("whom do you move first?") is said once inside one thing's claim: only the
  question words opening a part of the model answer open a thing's region (swaps.py);
- a word is no form of a long camel-case name it begins ("topic" of "TopicRecordNameStrategy"):
  two keys sharing a prefix meet when the rest is an ending (PREFIX_TAIL_MAX letters) or the shorter
  key is PREFIX_WORD_SHARE of the longer (a compound's first word), not when it is words of its own.
"""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade

_MODES = (
    "SHARED: a reader may join at any time, so the readers are migrated first; it is the default. "
    "EXCLUSIVE: a single writer holds the lock, so the writers go first."
)
_MODES_Q = "How does SHARED mode differ from EXCLUSIVE, and whom do you migrate first?"


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("shared: migrate the writers first. exclusive: migrate the readers first", "wrong"),
        ("exclusive - the readers go first; shared - the writers go first", "wrong"),
    ],
)
def test_two_contrasted_things_swapped_around_a_question_word_inside_a_claim(answer, verdict):
    assert grade(_MODES, answer, context=_MODES_Q).verdict == verdict


def test_the_contrasted_things_in_their_own_places_are_no_swap():
    answer = "shared: migrate the readers first. exclusive: the writers first"
    assert grade(_MODES, answer, context=_MODES_Q).verdict != "wrong"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        ("BucketRetentionPolicy", "a bucket", "wrong"),
        ("set the LedgerCompactionMode", "set the ledger", "partly"),  # "set" said, the name not
        ("BucketRetentionPolicy", "BucketRetentionPolicy", "right"),
        ("BucketRetentionPolicy", "bucket retention policy", "right"),
        ("partitioning by hand", "partitioned by hand", "right"),  # an ending
        ("Zeilenversionen aufräumen", "Zeilen aufräumen", "right"),  # a compound's first word
    ],
)
def test_a_word_is_no_form_of_a_long_name_it_begins(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict
