"""Issue 13 in the quiz: Esc is "I don't know", leaving asks then shows the score so far,
a one-answer question is a radio choice, a multi-answer one says how many, and every verdict
shows the model answer in the words study uses."""

from __future__ import annotations

import re

from textual.widgets import Static

from brokerquiz.core.clock import FakeClock
from brokerquiz.core.model import Card
from brokerquiz.tui.app import make_app
from brokerquiz.tui.screens.quiz import QuizScreen
from brokerquiz.tui.widgets.choices import ChoiceList, pick_rule, pick_text
from brokerquiz.tui.widgets.confirm import ConfirmLeave


def text_of(app, selector: str) -> str:
    node = app.screen.query_one(selector)
    statics = ([node] if isinstance(node, Static) else []) + list(node.query(Static))
    return "\n".join(str(s.render()) for s in statics if s.display)


def quiz(store, now, deck_path, **options):
    options.setdefault("seed", 1)
    return make_app(store=store, clock=FakeClock(now), screen="quiz", deck_name=str(deck_path), **options)


def ratings(store) -> list[int]:
    return [r["rating"] for r in store.db.query("SELECT rating FROM reviews WHERE mode = 'quiz' ORDER BY id")]


async def test_escape_on_a_choice_question_is_i_dont_know(store, now, small_deck_path):
    app = quiz(store, now, small_deck_path, kind="scenario", count=2)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        card = screen.session.current
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen), "Esc closed the quiz"
        feedback = text_of(app, "#quiz-feedback")
        assert "✗ Wrong" in feedback and f"Expected  {card.back.splitlines()[0]}" in feedback
        assert ratings(store) == [1]


async def test_escape_while_typing_is_i_dont_know_too(store, now, small_deck_path):
    app = quiz(store, now, small_deck_path, kind="all", count=6)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        while screen.session.current.is_choice:
            await pilot.press("escape", "enter")
            await pilot.pause()
        before = len(ratings(store))
        await pilot.press("k", "escape")  # half typed, then "I don't know"
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        assert "✗ Wrong" in text_of(app, "#quiz-feedback")
        assert ratings(store)[before:] == [1]


async def test_leaving_with_answers_asks_then_shows_the_score_so_far(store, now, small_deck_path):
    app = quiz(store, now, small_deck_path, kind="all", count=3)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("escape")  # one answer given (not known)
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmLeave)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen) and not app.screen.query_one("#quiz-summary").display
        await pilot.press("q")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        summary = text_of(app, "#quiz-summary")
        assert "Score: 0.0/1 (0%) · 0 right · left after 1 of 3" in summary
        await pilot.press("q")  # the score is read: q now leaves at once
        await pilot.pause()
    assert app.return_code == 0 or app.return_code is None


async def test_leaving_before_any_answer_does_not_ask(store, now, small_deck_path):
    app = quiz(store, now, small_deck_path, kind="scenario", count=2)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmLeave)
        assert not app.is_running or not isinstance(app.screen, QuizScreen)


async def test_a_rating_question_is_a_radio_choice(store, now, small_deck_path):
    app = quiz(store, now, small_deck_path, kind="scenario", count=4, seed=3)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        while screen.session.current.kind != "rating":
            await pilot.press("escape", "enter")
            await pilot.pause()
        card = screen.session.current
        right = next(iter(card.correct))
        other = next(i for i in range(len(card.choices)) if i != right)
        choices = screen.query_one(ChoiceList)
        assert "Pick one." in text_of(app, "#quiz-choices")
        await pilot.press(str(other + 1), str(right + 1))  # the second pick replaces the first
        assert choices.picked == {right}
        assert "(•)" in text_of(app, "#quiz-choices") and "[x]" not in text_of(app, "#quiz-choices")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.session.results[-1].grade.verdict == "right"  # not "partly right, 50%"


def test_the_pick_rule_says_one_how_many_or_all_that_fit():
    one = Card("d/x", "d", "rating", "q", "a", choices=("👍", "⚠️", "❌"), correct=frozenset({0}))
    two = Card("d/y", "d", "scenario", "q", "a", choices=("A", "B", "C"), correct=frozenset({0, 2}))
    mixed = Card("d/z", "d", "scenario", "q", "a", choices=("A", "B", "C"), correct=frozenset({0}), optional=frozenset({1}))
    assert [pick_text(pick_rule(c)) for c in (one, two, mixed)] == ["Pick one.", "Pick 2.", "Pick all that fit."]


async def test_a_right_answer_still_shows_the_model_answer(store, now, small_deck_path):
    app = quiz(store, now, small_deck_path, kind="scenario", count=2, seed=1)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        card = app.screen.session.current
        for i in sorted(card.correct):
            await pilot.press(str(i + 1))
        await pilot.press("enter")
        await pilot.pause()
        feedback = text_of(app, "#quiz-feedback")
        assert "✓ Right" in feedback and "Expected  " in feedback


async def test_each_question_shows_its_own_choices_unmarked(store, now, small_deck_path):
    app = quiz(store, now, small_deck_path, kind="all", count=8, seed=2)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        seen = 0
        while screen.session.current is not None:
            card = screen.session.current
            if card.is_choice:
                seen += 1
                rows = [line for line in text_of(app, "#quiz-choices").splitlines() if line[:1].isdigit()]
                # rows reused from the last question carry this one's words, no mark of the last answer
                assert [re.sub(r"^\d+ (\[.\]|\(.\)) ", "", r) for r in rows] == list(card.choices)
                assert not any("✓" in r or "✗" in r or "~" in r for r in rows)
            await pilot.press("escape", "enter")
            await pilot.pause()
        assert seen >= 2
