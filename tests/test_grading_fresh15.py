"""fresh15 first-run causes (own-words follow-ups on the interview banks), stated with other words:

- two things the question contrasts, each said with the other's claim, are swapped even when a
  word of the question ("whom do you move first?") is said once inside one thing's claim: only the
  question words opening a part of the model answer open a thing's region (swaps.py).
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
