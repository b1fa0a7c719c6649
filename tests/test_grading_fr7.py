"""fr7: right answers the newest batches (fresh21-23) were refused for, by class.

1. A frequent misspelt Russian ending (a verb's third person typed with the infinitive's soft sign,
   "-ться" for "-тся"; "-шся" for "-шься") stems as its spelling does (lexicon misspelt_endings:):
   the word is met; a word that is another verb stays unmet, and an infinitive ending so is kept.
"""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade
from brokerquiz.core.grading.text import keys_match, word_key


@pytest.mark.parametrize(("spelt", "typed"), [
    ("читаются", "читаються"),
    ("делаются", "делаються"),
    ("меняются", "меняються"),
    ("сохраняется", "сохраняеться"),
    ("хешируются", "хешируються"),
    ("подписываешься", "подписываешся"),
])
def test_a_misspelt_reflexive_ending_keys_as_its_spelling(spelt, typed):
    assert word_key(spelt) == word_key(typed)


@pytest.mark.parametrize(("spelt", "typed"), [
    ("копятся", "удаляються"),
    ("теряется", "сохраняеться"),
    ("смеяться", "смеются"),  # an infinitive ending so is no misspelling
])
def test_a_misspelt_ending_is_no_other_word(spelt, typed):
    assert not keys_match(word_key(spelt), word_key(typed))


_FIELD = ("Дать полю значение default: читатель новой схемой подставит его, если в данных старой версии поля нет. "
          "Поле без default делает новую схему несовместимой назад.")


@pytest.mark.parametrize("answer", [
    "дать полю значение default, тогда старые данные читаються новой схемой и поле подставится",
    "дать полю дефолт значение: старые данные читаються новой схемой, поле подставляеться",
    "дать полю default, старые данные читаються новой схемой, поле подставляеться",
    "дать полю дефолт значение, тогда старые данные читаються новой схемой и поле подставится",
])
def test_a_misspelt_ending_in_a_long_answer(answer):
    graded = grade(_FIELD, answer)
    assert graded.correct, graded


def test_a_misspelt_ending_still_denied():
    assert not grade(_FIELD, "дать полю дефолт, но старые данные не читаються новой схемой").correct
