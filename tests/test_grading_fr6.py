"""fr6: right answers the newest batches (fresh21-23) were refused for, by class.

1. A "no" closing a part ("если в данных старой версии поля нет") denies the thing the part names
   (the field), not the place it stands in after a preposition (the old data): an answer saying the
   place plainly ("старые данные читаются") contradicts nothing; one saying the thing is there does.
"""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade

_FIELD = "Дать полю значение default: читатель подставит его, если в данных старой версии поля нет."
_RECORDS = "Если в записях старой схемы поля нет, читатель подставляет default."


@pytest.mark.parametrize(("expected", "answer"), [
    (_FIELD, "дать полю default, тогда старые данные читаются и поле подставится"),
    (_FIELD, "дать полю default, старые данные читатель прочитает и подставит его"),
    (_RECORDS, "старые записи читаются, читатель подставляет default"),
    ("Дать полю значение default: читатель новой схемой подставит его, если в данных старой версии поля нет. "
     "Поле без default делает новую схему несовместимой назад.",
     "дать полю дефолт значение, тогда старые данные читаются новой схемой и поле подставится"),
])
def test_a_closing_no_denies_the_thing_not_its_place(expected, answer):
    graded = grade(expected, answer)
    assert graded.correct, graded


@pytest.mark.parametrize(("expected", "answer"), [
    (_RECORDS, "в старых записях поле есть, читатель его читает"),  # the thing said to be there
    ("В очереди без консьюмеров сообщений нет", "сообщения лежат в очереди"),  # no place phrase: the thing itself
])
def test_the_thing_a_closing_no_denies_stays_denied(expected, answer):
    graded = grade(expected, answer)
    assert graded.verdict == "wrong", graded
