"""A value said plainly where the model answer calls it hard ("horizontal" for "hard to scale
horizontally") claims what the model answer withholds: wrong (hedged.py). Keeping the hedge, in
any words, stays right; leaving the part out is an omission."""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade

EN = "Queues + workers, hard to scale horizontally"
RU = "Очереди + воркеры, горизонтально сложно"
DE = "Queues + Worker, horizontal schwer zu skalieren"
OTHERS = ("Partitions + brokers, horizontal", "Channels + clustering, horizontal")

UNHEDGED = [
    (EN, "queues + workers, horizontal"),
    (EN, "queues and workers, scales horizontally with more workers"),
    (RU, "очереди и воркеры, горизонтально масштабируется"),
    (RU, "очереди, воркеры, горизонтальное масштабирование"),
    (DE, "queues und worker, horizontal skalierbar"),
]

KEPT = [
    (EN, "queues + workers, horizontal scaling is hard"),
    (EN, "queues and workers, not easily scaled horizontally"),
    (EN, "queues + workers, scaling out horizontally is tricky"),
    (RU, "очереди + воркеры, горизонтально масштабировать тяжело"),
    (RU, "очереди и воркеры, горизонтальное масштабирование затруднено"),
    (DE, "queues und worker, horizontal nur schwierig zu skalieren"),
]


@pytest.mark.parametrize(("expected", "answer"), UNHEDGED)
def test_the_value_said_plainly_is_wrong(expected: str, answer: str) -> None:
    result = grade(expected, answer, others=OTHERS)
    assert result.verdict == "wrong", result


@pytest.mark.parametrize(("expected", "answer"), KEPT)
def test_the_hedge_kept_stays_right(expected: str, answer: str) -> None:
    result = grade(expected, answer, others=OTHERS)
    assert result.correct, result


@pytest.mark.parametrize("expected", [EN, RU, DE])
def test_the_part_left_out_is_an_omission(expected: str) -> None:
    assert grade(expected, "queues and workers", others=OTHERS).verdict == "partly"


def test_a_rating_beside_the_hedge_is_no_hedged_claim() -> None:
    assert grade("⚠️ harder", "caution, more moving parts").verdict != "wrong"
