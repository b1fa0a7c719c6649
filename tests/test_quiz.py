"""The quiz core and its command: picking cards, grading at once, recording without scheduling."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from brokerquiz.cli import cli
from brokerquiz.core.deck.cards import generate_cards, subject_aliases
from brokerquiz.core.clock import FakeClock
from brokerquiz.core.deck.load import load_deck
from brokerquiz.core.deck.library import open_deck
from brokerquiz.core.sessions.quiz import QuizError, QuizSession, note_lines, pick_quiz_cards, record_result
from brokerquiz.errors import SessionError


@pytest.fixture
def small(small_deck_path):
    deck = load_deck(small_deck_path)
    return deck, generate_cards(deck)


def test_kinds_select_the_right_cards():
    _, cards = open_deck("message-brokers")
    assert {c.kind for c in pick_quiz_cards(cards, kind="scenario", count=500, seed=1)} == {"scenario", "rating"}
    assert {c.kind for c in pick_quiz_cards(cards, kind="use-case", count=500, seed=1)} == {"use-case"}
    assert {c.kind for c in pick_quiz_cards(cards, kind="reverse", count=500, seed=1)} == {"reverse"}
    every = {c.kind for c in pick_quiz_cards(cards, kind="all", count=500, seed=1)}
    assert every == {"scenario", "rating", "use-case", "reverse", "fact", "follow-up"}


def test_pick_is_seeded_and_spreads_over_rows():
    _, cards = open_deck("message-brokers")
    a = pick_quiz_cards(cards, kind="scenario", count=6, seed=3)
    assert [c.id for c in a] == [c.id for c in pick_quiz_cards(cards, kind="scenario", count=6, seed=3)]
    assert [c.id for c in a] != [c.id for c in pick_quiz_cards(cards, kind="scenario", count=6, seed=4)]
    assert len({c.topic for c in a}) == 6  # six rating rows, one card each


def test_bad_quiz_requests(small):
    _, cards = small
    with pytest.raises(QuizError, match="unknown quiz kind"):
        pick_quiz_cards(cards, kind="nope")
    with pytest.raises(QuizError, match="at least one"):
        pick_quiz_cards(cards, count=0)
    with pytest.raises(QuizError, match="no cards"):
        pick_quiz_cards([c for c in cards if c.kind != "reverse"], kind="reverse")


def test_choice_and_typed_answers_are_graded_and_scored(small, now):
    deck, cards = small
    scenario = next(c for c in cards if c.kind == "scenario")  # Kafka 👍, RabbitMQ ❌, Redis 👍/⚠️
    fact = next(c for c in cards if c.id == "small/fact/basics/delivery/kafka")
    clock = FakeClock(now)
    session = QuizSession([scenario, fact, scenario], clock, aliases=subject_aliases(deck))
    clock.advance(4)
    right = session.answer_choice({0})
    assert right.grade.verdict == "right" and right.duration_ms == 4000 and right.answer == "Kafka"
    with pytest.raises(SessionError):
        session.answer_choice({0})  # the current card is typed, not multiple choice
    typed = session.answer_text("EOS")  # an accepted other answer
    assert typed.grade.correct
    wrong = session.answer_choice({0, 1})
    assert wrong.grade.verdict != "right"
    assert session.finished and session.current is None
    assert session.right == 2
    assert 60 < session.percent() < 100
    with pytest.raises(SessionError):
        session.answer_text("late")


def test_feedback_explains_with_every_rating_and_the_nuance_source(small, now):
    deck, cards = small
    scenario = next(c for c in cards if c.kind == "scenario")
    session = QuizSession([scenario], FakeClock(now))
    lines = dict(note_lines(session.answer_choice({1})))
    assert "Kafka: 👍 offsets" in lines["explanation"] and "RabbitMQ: ❌ no" in lines["explanation"]
    fact = next(c for c in cards if c.id == "small/fact/basics/delivery/kafka")
    lines = dict(note_lines(QuizSession([fact], FakeClock(now)).answer_text("at-least-once")))
    assert lines["nuance"] == "Nuance: Kafka to Kafka only, through transactions.  [https://kafka.apache.org/documentation/#semantics]"


def test_dont_know_scores_the_question_as_not_known(small, now):
    deck, cards = small
    fact = next(c for c in cards if c.kind == "fact")
    scenario = next(c for c in cards if c.kind == "scenario")
    session = QuizSession([fact, scenario], FakeClock(now))
    typed, choice = session.dont_know(), session.dont_know()
    assert [r.grade.verdict for r in (typed, choice)] == ["wrong", "wrong"]
    assert typed.rating == choice.rating == 1 and session.score == 0 and session.finished


def test_results_are_recorded_as_quiz_reviews_without_moving_the_schedule(small, now, store):
    deck, cards = small
    store.sync_cards(deck.id, cards)
    scenario = next(c for c in cards if c.kind == "scenario")
    session = QuizSession([scenario], FakeClock(now))
    result = session.answer_choice({1})
    before = store.card_states([scenario.id])[scenario.id]
    record_result(store, result, now)
    [row] = store.reviews(scenario.id)
    assert row["mode"] == "quiz" and row["rating"] == 1 and row["correct"] == 0 and row["scheduled"] == 0
    assert row["answer"] == "RabbitMQ"
    assert store.card_states([scenario.id])[scenario.id] == before


def test_quiz_command_refuses_bad_input_without_a_traceback(tmp_path, tmp_db):
    runner = CliRunner()
    result = runner.invoke(cli, ["quiz", "--db", str(tmp_db), "--kind", "nope"])
    assert result.exit_code == 2 and "--kind" in result.output
    result = runner.invoke(cli, ["quiz", "--db", str(tmp_db), "--count", "0"])
    assert result.exit_code == 2 and "--count" in result.output
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\n  title: broken\n", encoding="utf-8")
    result = runner.invoke(cli, ["quiz", "--db", str(tmp_db), "--deck", str(bad)])
    assert result.exit_code == 1 and f"{bad}:" in result.output
    assert "Traceback" not in result.output
    assert not tmp_db.exists()


def test_quiz_command_help_has_examples():
    result = CliRunner().invoke(cli, ["quiz", "--help"])
    assert result.exit_code == 0
    assert "brokerquiz quiz --kind scenario" in result.output
    assert "never move the study" in " ".join(result.output.split())
