"""Follow-up answers (an interviewer's push-back, a model answer of one to three sentences)
graded by their point (issue 11), said with words and subjects other than the eval's cases."""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade
from brokerquiz.core.grading.sentences import sentences

SNAPSHOT = (
    "Take a snapshot of the index every hour and keep the last 3 copies. A background job prunes "
    "the older ones, and a restore replays the journal written since the snapshot."
)
SNAPSHOT_RU = (
    "Делать снимок индекса каждый час и хранить 3 последние копии. Фоновая задача чистит "
    "старые, а восстановление проигрывает журнал, записанный после снимка."
)


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # the lead sentence said in full: its point; the rest is detail
        (SNAPSHOT, "snapshot the index every hour, keep the last 3 copies", "right"),
        (SNAPSHOT_RU, "снимок индекса каждый час, хранить 3 последних копии", "right"),
        # the lead sentence and a word of the rest: the rest's words cost nothing
        (SNAPSHOT, "snapshot the index every hour, keep the last 3 copies, replay the journal", "right"),
        # half of the lead sentence is an omission, not the point
        (SNAPSHOT, "keep the last 3 copies", "not right"),
        (SNAPSHOT, "take a snapshot of the index every hour", "not right"),
        # the lead sentence, but the rest contradicted: wrong
        (SNAPSHOT, "snapshot the index every hour, keep the last 3 copies; the older ones are never pruned", "wrong"),
        # the lead sentence with another number is no lead sentence said
        (SNAPSHOT, "snapshot the index every hour, keep the last 5 copies", "wrong"),
    ],
)
def test_the_lead_sentence_of_a_longer_model_answer_is_its_point(expected, answer, verdict_):
    verdict = grade(expected, answer).verdict
    assert verdict != "right" if verdict_ == "not right" else verdict == verdict_


@pytest.mark.parametrize("answer", ["no", "no, it is not"])
def test_a_bare_yes_or_no_is_no_lead_sentence(answer):
    expected = "No. Acknowledgements alone do not survive a crash of the only replica holding the write."
    assert grade(expected, answer).verdict != "right"


def test_one_sentence_has_no_lead_of_its_own():
    # a single sentence of several clauses: its first clause alone stays an omission
    expected = "Take a snapshot of the index every hour; a restore replays the journal written since."
    assert grade(expected, "take a snapshot of the index every hour").verdict == "partly"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (SNAPSHOT, 2),
        (SNAPSHOT_RU, 2),
        ("Ready since 4.2. Then it is on by default.", 2),  # a version number ends no sentence by itself
        ("Set retention.ms, e.g. a day.", 1),  # a dotted setting name or an abbreviation does not end one
    ],
)
def test_sentences_split_where_one_ends_and_the_next_opens(text, count):
    assert len(sentences(text)) == count


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # a phrase denied by a negator before it agrees with the same phrase denied by a no-word after it
        ("Общей блокировки таблицы нет, строки блокируются по одной", "без общей блокировки таблицы, строки блокируются по одной", "right"),
        ("Отдельного индекса нет, поиск идёт по журналу", "без отдельного индекса, поиск идёт по журналу", "right"),
        # the phrase said plainly, or with its opposite, still contradicts the denial
        ("Общей блокировки таблицы нет, строки блокируются по одной", "общая блокировка таблицы, строки блокируются по одной", "wrong"),
        ("Общей блокировки таблицы нет, строки блокируются по одной", "с общей блокировкой таблицы, строки блокируются по одной", "wrong"),
    ],
)
def test_a_denied_phrase_agrees_whichever_side_denies_it(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


FENCE = (
    "Use a fencing token: a number the lock service raises on every grant and the storage checks on "
    "each write. A paused holder that wakes up late then writes with a stale token and is refused."
)


@pytest.mark.parametrize(
    ("answer", "verdict_"),
    [
        # the lead sentence's definition said without its term names the term's point
        ("a number the lock service raises on every grant, and storage checks it on each write", "right"),
        ("a number raised by the lock service on every grant that the storage checks on each write", "right"),
        # the definition with its check denied is no definition of the term
        ("a number the lock service raises on every grant and the storage never checks on writes", "not right"),
        # half the definition is not the point either
        ("a number the lock service raises", "not right"),
    ],
)
def test_a_lead_sentence_defining_its_term_is_said_by_the_definition(answer, verdict_):
    verdict = grade(FENCE, answer).verdict
    assert verdict != "right" if verdict_ == "not right" else verdict == verdict_


def test_a_long_head_before_the_colon_is_no_term():
    # more than a term before the colon: the text after it alone does not say the lead sentence
    expected = (
        "The storage compares the token of every incoming write: a number raised on every grant. "
        "A late writer is refused."
    )
    assert grade(expected, "a number raised on every grant").verdict != "right"
