"""A value's participle said as an adjective («уже удалённого ключа», "der gelöschte Schlüssel")
is that value: an answer saying the verb («ключ удалён») says the same, no second option beside it."""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade

RIGHT = [
    ("У консьюмера останется старое значение уже удалённого ключа.",
     "у него останется старое значение ключа, который уже удалён"),
    ("Der Consumer behält den alten Wert des gelöschten Schlüssels.",
     "der consumer behält den alten wert, obwohl der schlüssel gelöscht ist"),
]

WRONG = [  # the other value alone: kept where the model answer says deleted
    ("Запись удалённого ключа исчезнет при компакции.", "запись ключа сохранили, при компакции она останется"),
]


@pytest.mark.parametrize(("expected", "answer"), RIGHT)
def test_the_participle_is_the_value(expected: str, answer: str) -> None:
    assert grade(expected, answer).correct


@pytest.mark.parametrize(("expected", "answer"), WRONG)
def test_the_other_value_stays_wrong(expected: str, answer: str) -> None:
    assert grade(expected, answer).verdict == "wrong"
