"""fr7: right answers the newest batches (fresh21-23) were refused for, by class.

1. A frequent misspelt Russian ending (a verb's third person typed with the infinitive's soft sign,
   "-ться" for "-тся"; "-шся" for "-шься") stems as its spelling does (lexicon misspelt_endings:):
   the word is met; a word that is another verb stays unmet, and an infinitive ending so is kept.
2. An intensifier in a model answer ("no reply queue at all", «вообще», "überhaupt", the lexicons'
   intensifiers:) only stresses its part: a stop word neither text must say, so "no reply queue" makes
   the lead's point; a negator before it reaches past it ("not at all durable" denies "durable").
3. A word the model answer's core (or one of its parts) denies is covered only by an answer that
   denies something: "a reply queue per client" for "To have no reply queue: ..." is no part of it,
   though the alignment met "reply" and "queue" in the text's later sentences.
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


_REPLY = ("To have no reply queue at all: the client consumes from the pseudo-queue and puts it in reply-to, and the reply "
          "arrives straight on its channel. The reply is stored nowhere — if the channel has closed, the reply is lost.")
_ANTWORT = ("Damit es überhaupt keine Antwort-Queue gibt: der Client konsumiert aus der Pseudo-Queue und setzt sie in reply-to, "
            "die Antwort kommt direkt auf seinem Kanal an. Die Antwort wird nirgends gespeichert — ist der Kanal zu, geht sie verloren.")
_OTVET = ("Чтобы вообще не было очереди ответов: клиент читает из псевдо-очереди и ставит её в reply-to, ответ приходит прямо "
          "в его канал. Ответ нигде не хранится — если канал закрыт, ответ потерян.")


@pytest.mark.parametrize(("expected", "answer"), [
    (_REPLY, "no reply queue"),
    (_REPLY, "so there is no reply queue"),
    (_REPLY, "so the client needs no reply queue"),
    (_ANTWORT, "damit es keine Antwort-Queue gibt"),
    (_OTVET, "чтобы не было очереди ответов"),
])
def test_an_intensifier_need_not_be_said(expected, answer):
    assert grade(expected, answer).verdict == "partly"


@pytest.mark.parametrize(("expected", "answer"), [
    (_REPLY, "a reply queue per client"),
    (_ANTWORT, "eine Antwort-Queue pro Client"),
    (_OTVET, "очередь ответов на каждого клиента"),
    ("The consumer is not at all durable", "the consumer is durable"),  # the negator reaches past "at all"
    ("Der Consumer ist gar nicht dauerhaft", "der Consumer ist dauerhaft"),
    ("Консьюмер вовсе не durable", "консьюмер durable"),
])
def test_an_intensifier_weakens_no_negation(expected, answer):
    assert grade(expected, answer).verdict == "wrong"


@pytest.mark.parametrize(("expected", "answer"), [
    (_REPLY.replace(" at all", ""), "a reply queue per client"),
    (_REPLY.replace(" at all", ""), "you declare a reply queue"),
    (_REPLY.replace(" at all", ""), "there is a reply queue"),
    (_ANTWORT.replace("Damit es überhaupt keine Antwort-Queue gibt", "Keine Antwort-Queue"), "der Client deklariert eine Antwort-Queue"),
    (_ANTWORT.replace("Damit es überhaupt keine Antwort-Queue gibt", "Keine Antwort-Queue"), "eine Antwort-Queue pro Client"),
    (_OTVET.replace("Чтобы вообще не было очереди ответов", "Без очереди ответов"), "клиент объявляет очередь ответов"),
    (_OTVET.replace("Чтобы вообще не было очереди ответов", "Без очереди ответов"), "очередь ответов на каждого клиента"),
])
def test_a_denied_core_is_no_part_of_an_answer_denying_nothing(expected, answer):
    assert grade(expected, answer).verdict == "wrong"


@pytest.mark.parametrize(("expected", "answer"), [
    (_REPLY.replace(" at all", ""), "the client needs no reply queue"),
    (_ANTWORT.replace("Damit es überhaupt keine Antwort-Queue gibt", "Keine Antwort-Queue"), "keine Antwort-Queue nötig"),
    (_OTVET.replace("Чтобы вообще не было очереди ответов", "Без очереди ответов"), "очередь ответов не нужна"),
])
def test_a_denied_core_said_denied_is_still_its_part(expected, answer):
    assert grade(expected, answer).verdict == "partly"
