"""A closing negator reaches back over its whole part («уменьшить число реплик нельзя»: the count
and the verb are denied), a leading or late one only over what it denies ("the replica count
cannot be reduced": the verb alone). Across languages the two agree when the verbs both texts deny
are one direction (`clause_opposites:` "reduce" = «уменьшить» = "verringern"): the same denial with
a wider reach, no opposite polarity (guards._denied_alike). The other direction denied («увеличить
... нельзя» for "cannot be reduced") still is one.
"""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade

_EN = "The replica count of a group cannot be reduced."
_RU = "Число реплик группы уменьшить нельзя."
_DE = "Die Anzahl der Replikas einer Gruppe kann man nicht verringern."


@pytest.mark.parametrize(("expected", "answer"), [
    (_EN, "уменьшить число реплик группы нельзя"),
    (_EN, "число реплик группы уменьшить нельзя"),
    (_RU, "the replica count of a group cannot be reduced"),
    (_RU, "die anzahl der replikas einer gruppe kann man nicht verringern"),
    (_EN, "die anzahl der replikas einer gruppe kann man nicht verringern"),
    # a count denied denies none of what it counts: «реплик» stays a word said plainly elsewhere
    (_EN + " Each replica follows the leader.", "every replica follows the leader; уменьшить число реплик группы нельзя"),
])
def test_one_direction_denied_with_a_wider_reach_agrees(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(("expected", "answer"), [
    (_EN, "увеличить число реплик группы нельзя"),
    (_RU, "the replica count of a group cannot be raised"),
    (_DE, "увеличить число реплик группы нельзя"),
])
def test_the_other_direction_denied_stays_wrong(expected, answer):
    assert grade(expected, answer).verdict == "wrong"
