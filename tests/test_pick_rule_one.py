"""One rule for choice picks, clicked, pressed or typed: a pick outside the right (and
either-way) options makes the answer wrong. A single-answer question (a radio choice) with a
wrong pick is wrong with no credit; a multi-answer one keeps at most GUARD_SCORE_CAP of its
right picks' credit, as a typed pick that does not fit. Clicked quiz picks used to keep
partial credit for a wrong pick ("partly right 50%") where the typed pick was wrong."""

from __future__ import annotations

import pytest

from brokerquiz.core.clock import FakeClock
from brokerquiz.core.grading import grade_card, grade_choice
from brokerquiz.core.grading.thresholds import GUARD_SCORE_CAP
from brokerquiz.core.model import Card
from brokerquiz.core.picking import pick_rule
from brokerquiz.core.sessions.quiz import QuizSession

BROKERS = ("Kafka", "RabbitMQ", "Redis Streams", "NATS JetStream")


def _card(kind, correct, optional=(), choices=BROKERS):
    return Card(id=f"t/{kind}/x", deck="t", kind=kind, front="Which?", back=", ".join(choices[i] for i in sorted(correct)),
                choices=choices, correct=frozenset(correct), optional=frozenset(optional))  # fmt: skip


CASES = [
    # (card, picks): every case has a pick outside the right ones
    (_card("rating", {0}, choices=("👍", "⚠️", "❌")), {0, 2}),  # single answer: 👍 and ❌ both
    (_card("scenario", {0, 3}), {0, 3, 1}),  # multi: every right one and a wrong one
    (_card("scenario", {0, 3}), {0, 1}),  # multi: one right, one wrong
    (_card("scenario", {0, 3}, optional={2}), {0, 3, 1}),  # all that fit, and a wrong one
]


@pytest.mark.parametrize(("card", "picks"), CASES)
def test_a_wrong_pick_is_wrong_clicked_as_typed(card, picks):
    clicked = grade_choice(card, picks)
    typed = grade_card(card, ", ".join(str(i + 1) for i in sorted(picks)))
    assert clicked.verdict == typed.verdict == "wrong"
    assert clicked.score == typed.score <= GUARD_SCORE_CAP
    assert clicked.contradicting == clicked.wrong != ()


def test_a_single_answer_question_gives_a_wrong_pick_no_credit():
    card = CASES[0][0]
    assert pick_rule(card) == 1
    assert grade_choice(card, {0, 2}).score == 0.0 and grade_choice(card, {2}).score == 0.0


def test_right_picks_left_out_still_give_partial_credit():
    assert grade_choice(_card("scenario", {0, 3}), {0}).verdict == "partly"
    assert grade_card(_card("scenario", {0, 3}), "1").verdict == "partly"


def test_the_quiz_scores_a_clicked_wrong_pick_as_wrong(small_deck_path, now):
    from brokerquiz.core.deck.cards import generate_cards
    from brokerquiz.core.deck.load import load_deck

    deck = load_deck(small_deck_path)
    cards = [c for c in generate_cards(deck) if c.is_choice and pick_rule(c) != 1 and len(c.correct) < len(c.choices)]
    assert cards, "the small deck has a multi-answer choice card"
    card = cards[0]
    wrong = next(i for i in range(len(card.choices)) if i not in card.correct | card.optional)
    session = QuizSession([card], FakeClock(now))
    result = session.answer_choice(set(card.correct) | {wrong})
    assert result.grade.verdict == "wrong" and session.score <= GUARD_SCORE_CAP
