"""A sentence the model answer denies, said plainly with its circumstance ("when the whole queue
expires, its messages get dead-lettered" where the model answer says they are not): wrong
(unnegated.py), even when the rest of the answer is right. Saying the denial, leaving the
sentence out, or a denial of one's own keeps the verdict."""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade

EN = ("Rejected messages and expired ones go to the dead-letter exchange. When a whole queue expires, "
      "its messages are not dead-lettered.")
RU = "Отклонённые и просроченные сообщения уходят в DLX. Когда истекает вся очередь, её сообщения не попадают в DLX."
DE = "Abgelehnte und abgelaufene Nachrichten gehen an den DLX. Läuft die ganze Queue ab, werden ihre Nachrichten nicht an den DLX geleitet."

SAID_PLAINLY = [
    (EN, "rejected and expired messages go to the dead-letter exchange; when the whole queue expires its messages are dead-lettered too"),
    (RU, "отклонённые и просроченные уходят в dlx, а когда истекает вся очередь, её сообщения тоже попадают в dlx"),
    (DE, "abgelehnte und abgelaufene nachrichten gehen an den dlx, und läuft die ganze queue ab, werden ihre nachrichten an den dlx geleitet"),
]

KEPT = [
    (EN, "rejected and expired messages go to the dead-letter exchange; when the whole queue expires they are not dead-lettered"),
    (RU, "отклонённые и просроченные уходят в dlx, при истечении всей очереди её сообщения в dlx не попадают"),
    (DE, "abgelehnte und abgelaufene nachrichten gehen an den dlx, läuft die ganze queue ab, werden sie nicht geleitet"),
]


@pytest.mark.parametrize(("expected", "answer"), SAID_PLAINLY)
def test_a_denied_sentence_said_plainly_is_wrong(expected: str, answer: str) -> None:
    assert grade(expected, answer).verdict == "wrong"


@pytest.mark.parametrize(("expected", "answer"), KEPT)
def test_the_denial_kept_is_not_this_flip(expected: str, answer: str) -> None:
    assert grade(expected, answer).reason != "says plainly what the model answer denies"


def test_a_denial_of_its_own_elsewhere_leaves_the_reading_open() -> None:
    expected = "Not with requeues, several consumers or priorities; use Single Active Consumer or streams."
    answer = "nope. once you have requeues or several consumers or priorities the order breaks, so single active consumer"
    assert grade(expected, answer).reason != "says plainly what the model answer denies"


def test_a_word_the_sentence_also_says_plainly_is_no_denied_one() -> None:
    expected = "num_ack_pending, delivered without an ack; num_pending, not delivered yet."
    answer = "num_ack_pending is delivered but unacked, num_pending not delivered yet"
    assert grade(expected, answer).reason != "says plainly what the model answer denies"
