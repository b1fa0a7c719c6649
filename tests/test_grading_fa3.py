"""The general causes behind the tune set's false accepts, round 3 (branch fa3): answers that
leave out a point the grader took for given. Said with made-up texts, in other words, decks and
languages than the tune cases they stand for."""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade


@pytest.mark.parametrize(
    ("expected", "answer", "question", "verdict_"),
    [
        # a word of the row label the expected text denies is the answer ("Queries and joins?"
        # "..., no joins"): leaving the denial out is an omission, not a word the question gave
        ("Only via the partition key, no joins", "via the partition key", "Queries and joins", "partly"),
        ("Только по первичному ключу, без JOIN", "по первичному ключу", "Запросы и JOIN", "partly"),
        ("Über Offsets, keine Transaktionen", "über offsets", "Offsets und Transaktionen", "partly"),
        ("Order per partition, no replay", "order per partition", "Ordering and replay", "partly"),
        ("Нет ретраев, только dead letter", "только dead letter", "Ретраи и ошибки", "partly"),
        # the denial said (in other words), or a row-label word the expected text only affirms
        ("Only via the partition key, no joins", "via the partition key, no joins", "Queries and joins", "right"),
        ("Только по первичному ключу, без JOIN", "по первичному ключу, join нет", "Запросы и JOIN", "right"),
        ("Über Offsets, keine Transaktionen", "über offsets, ohne transaktionen", "Offsets und Transaktionen", "right"),
        ("Replay via offsets", "via offsets", "Replay", "right"),
        ("Reihenfolge pro Partition", "pro partition", "Reihenfolge", "right"),
    ],
)
def test_a_row_label_word_the_expected_text_denies_must_be_said(expected, answer, question, verdict_):
    assert grade(expected, answer, question=question).verdict == verdict_
