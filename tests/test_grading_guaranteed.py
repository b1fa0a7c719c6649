"""'Not guaranteed' is a predicate's denial like 'not supported': the denial reaches back to what
the part names ("order is not guaranteed" denies the order), so "no ordering" is no opposite
polarity and "order is guaranteed" stays one (lexicon predicates, ru/en/de)."""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade

EN = "Order is not guaranteed"
RU = "Порядок не гарантируется"
DE = "Die Reihenfolge ist nicht garantiert"


@pytest.mark.parametrize(("expected", "answer"), [
    (EN, "no ordering"), (EN, "there is no order"), (RU, "порядка нет"), (RU, "без порядка"), (DE, "keine reihenfolge"),
])
def test_no_x_is_no_opposite_of_x_not_guaranteed(expected: str, answer: str) -> None:
    assert grade(expected, answer).verdict != "wrong"


@pytest.mark.parametrize(("expected", "answer"), [
    (EN, "order is guaranteed"), (EN, "ordering is always guaranteed"), (RU, "порядок гарантируется"), (DE, "reihenfolge garantiert"),
])
def test_x_guaranteed_stays_the_opposite(expected: str, answer: str) -> None:
    assert grade(expected, answer).verdict == "wrong"


@pytest.mark.parametrize(("expected", "answer"), [
    (EN, "ordering is not guaranteed"), (RU, "порядок не гарантирован"), (DE, "reihenfolge wird nicht garantiert"),
])
def test_the_same_denial_is_right(expected: str, answer: str) -> None:
    assert grade(expected, answer).correct
