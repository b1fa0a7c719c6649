"""An answer that only leaves things out, its words taken from two parts of the model answer.

Every word the answer says is the model answer's own, but not all from one part: some from one
part and some from another, each of those parts half said ("bridges between the islands" for
"Bridges link the islands into a chain: a ring between the islands ..."). That is an omission,
partly, as the same words from one part are (chunks.half_a_part). The same words denied, or
beside a claim the model answer lacks, keep their verdict: not only left out.
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
