"""An answer that only leaves things out, its words taken from two parts of the model answer.

Every word the answer says is the model answer's own, but not all from one part: some from one
part and some from another ("bridges between the islands" for "Bridges link the islands into a
chain: a ring between the islands ..."; "a tray per guest, reused" for "One tray per guest,
reused across meals: ..."), one of those parts half said. That is an omission, partly, as the same
words from one part are (chunks.half_a_part). The same words denied, beside a claim the model
answer lacks, or with a value of an opposite group taken from a part not half said ("big trays
are washed by hand" for "Small trays are washed by hand ..., big trays go through the machine")
keep their verdict: not only left out.
"""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade

_EN = ("Bridges link the islands into a chain: a ring between the islands rather than between all towns, "
       "and a bridge only carries the carts the far side has asked for.")
_RU = ("Мосты связывают острова в цепь: кольцо между островами, а не между всеми городами, "
       "и мост везёт только те телеги, которые заказал другой берег.")
_DE = ("Brücken verbinden die Inseln zu einer Kette: ein Ring zwischen den Inseln statt zwischen allen Städten, "
       "und eine Brücke trägt nur die Karren, die die andere Seite bestellt hat.")


@pytest.mark.parametrize(("expected", "answer"), [
    (_EN, "bridges between the islands"),
    (_EN, "a ring of bridges between islands"),
    (_RU, "мосты между островами"),
    (_DE, "brücken zwischen den inseln"),
])
def test_words_from_two_half_said_parts_are_an_omission(expected, answer):
    assert grade(expected, answer).verdict == "partly"


@pytest.mark.parametrize(("expected", "answer"), [
    (_EN, "no bridges between the islands"),
    (_EN, "bridges between the islands by ferry"),
    (_RU, "никаких мостов между островами"),
    (_RU, "мосты между островами на пароме"),
    (_DE, "keine brücken zwischen den inseln"),
])
def test_the_same_words_denied_or_beside_a_claim_of_their_own_stay_wrong(expected, answer):
    assert grade(expected, answer).verdict == "wrong"


def test_one_half_said_part_stays_partly():
    assert grade(_EN, "bridges link the islands").verdict == "partly"


def test_a_word_of_a_part_said_below_half_is_no_omission():
    # "carts" is of the third part, of which it says one word of five: a claim, not half a part
    assert grade(_EN, "bridges between the islands carry carts").verdict != "right"


_TRAYS = ("One tray per guest, reused across meals: washed by hand when only the kitchen needs it, "
          "or sent to the machine when it must be ready by morning. A tray per meal is wasteful.")
_WASH_EN = "Small trays are washed by hand in the back kitchen, big trays go through the machine at night."
_WASH_RU = "Маленькие подносы моют руками на задней кухне, большие подносы идут в машину ночью."
_WASH_DE = "Kleine Tabletts werden in der hinteren Küche von Hand gespült, große Tabletts laufen nachts durch die Maschine."


def test_a_word_of_a_part_said_less_than_half_beside_a_half_said_part_is_an_omission():
    assert grade(_TRAYS, "a tray per guest, reused").verdict == "partly"
    assert grade(_TRAYS, "a tray per guest, never reused").verdict == "wrong"


@pytest.mark.parametrize(("expected", "answer"), [
    (_WASH_EN, "big trays are washed by hand"),
    (_WASH_RU, "большие подносы моют руками"),
    (_WASH_DE, "große tabletts werden von hand gespült"),
])
def test_another_parts_value_said_in_a_half_said_part_is_no_omission(expected, answer):
    assert grade(expected, answer).verdict == "wrong"


@pytest.mark.parametrize(("expected", "answer"), [
    (_WASH_EN, "small trays are washed by hand"),
    (_WASH_DE, "kleine tabletts werden von hand gespült"),
])
def test_the_parts_own_value_stays_an_omission(expected, answer):
    assert grade(expected, answer).verdict == "partly"
