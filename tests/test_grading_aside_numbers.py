"""A number in the model answer's parenthesised aside is optional: an answer that says every other
figure of it, and a figure of its own elsewhere, changes none ("..., since 4.0 the limit is 20"
beside an unsaid "(in AMQP 1.0 ...)": extranumbers.py). The aside's figure said otherwise, beside
a word of the aside ("pier 3" for "(in winter from pier 2)"), is still a changed figure, and so is
any figure outside the aside, and one standing in for an aside of figures alone ("(3.11+)": the
version of the word before it, needed as any figure).
"""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade

_EN = "The ferry leaves at 9 from pier 4 (in winter from pier 2) and takes 40 minutes."
_RU = "Паром уходит в 9 от причала 4 (зимой от причала 2) и идёт 40 минут."
_DE = "Die Fähre legt um 9 an Steg 4 ab (im Winter an Steg 2) und braucht 40 Minuten."


@pytest.mark.parametrize(("expected", "answer"), [
    (_EN, "leaves at 9 from pier 4, takes 40 minutes; the boat carries 300 people"),
    (_RU, "уходит в 9 от причала 4, идёт 40 минут, берёт на борт 300 человек"),
    (_DE, "legt um 9 an steg 4 ab, braucht 40 minuten, an bord passen 300 leute"),
])
def test_a_figure_of_its_own_beside_every_figure_but_the_asides_is_detail(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(("expected", "answer"), [
    (_EN, "leaves at 9 from pier 4 (in winter from pier 3), takes 40 minutes"),
    (_EN, "leaves at 9 from pier 4, in winter from pier 3, takes 40 minutes"),
    (_EN, "leaves at 9 from pier 5, takes 40 minutes; the boat carries 300 people"),
    (_RU, "уходит в 9 от причала 4, зимой от причала 3, идёт 40 минут"),
    (_RU, "уходит в 9 от причала 4, идёт 50 минут, берёт на борт 300 человек"),
    (_DE, "legt um 9 an steg 4 ab, im winter an steg 3, braucht 40 minuten"),
])
def test_the_asides_figure_changed_or_another_figure_changed_stays_wrong(expected, answer):
    assert grade(expected, answer).verdict == "wrong"


_NAMED = "Guests fold their own linen in the fold rooms (plan R-12)."


@pytest.mark.parametrize(("answer", "verdict"), [
    ("guests fold their own linen in the fold rooms, there are 6 of them", "right"),
    # the aside's name with other digits stands in for it: a changed figure
    ("guests fold their own linen in the fold rooms of plan R-14", "wrong"),
    ("guests fold their own linen in the fold rooms, by R-14", "wrong"),
])
def test_a_name_of_the_asides_with_other_digits_stands_in(answer, verdict):
    assert grade(_NAMED, answer).verdict == verdict


@pytest.mark.parametrize(("expected", "answer"), [
    ("Folding trays (4.2+) hold two cups.", "folding trays hold two cups, from 4.1 on"),
    ("Folding trays (4.2+) hold two cups.", "folding trays (4.1+) hold two cups"),
    ("Складные подносы (с 4.2) держат две чашки.", "складные подносы с 4.1 держат две чашки"),
    ("Klapptabletts (ab 4.2) tragen zwei Tassen.", "klapptabletts ab 4.1 tragen zwei tassen"),
])
def test_an_aside_of_figures_alone_is_needed_as_any_figure(expected, answer):
    assert grade(expected, answer).verdict == "wrong"
