"""A closing negator reaches back over its whole part («уменьшить число реплик нельзя»: the count
and the verb are denied), a leading or late one only over what it denies ("the replica count
cannot be reduced": the verb alone). Across languages the two agree when the verbs both texts deny
are one direction (`clause_opposites:` "reduce" = «уменьшить» = "verringern"): the same denial with
a wider reach, no opposite polarity (guards._denied_alike). The other direction denied («увеличить
... нельзя» for "cannot be reduced") still is one, and so is one direction's verb said plainly in
another language where the model answer denies it, or denied where it says it («можно уменьшить»
for "cannot be reduced", "nicht verringern" for "can be reduced"): words of one direction meet as
one word for the polarity guard, and a direction verb beside a count ("reduce the number") is no
counted thing.
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


_CAN = "The replica count of a group can be reduced."


@pytest.mark.parametrize(("expected", "answer"), [
    (_EN, "число реплик группы можно уменьшить"),
    (_EN, "уменьшить число реплик группы можно"),
    (_EN, "die anzahl der replikas einer gruppe kann man verringern"),
    (_CAN, "нельзя уменьшить число реплик группы"),
    (_CAN, "man kann die anzahl der replikas einer gruppe nicht verringern"),
])
def test_one_directions_verb_said_the_other_way_in_another_language_is_wrong(expected, answer):
    assert grade(expected, answer).verdict == "wrong"


@pytest.mark.parametrize(("expected", "answer"), [
    (_EN, "нельзя уменьшить число реплик группы"),
    (_CAN, "можно уменьшить число реплик группы"),
    (_CAN, "man kann die anzahl der replikas einer gruppe verringern"),
])
def test_one_directions_verb_said_the_same_way_stays_right(expected, answer):
    assert grade(expected, answer).verdict == "right"
