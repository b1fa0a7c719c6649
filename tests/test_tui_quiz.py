"""The quiz screen driven like a user: pick with number keys, type, read the feedback, the score."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Static

from brokerquiz.core.clock import FakeClock
from brokerquiz.core.store import Store
from brokerquiz.tui.app import make_app
from brokerquiz.tui.screens.quiz import QuizScreen

MARKUP_DECK = """\
id: markup
title: Markup deck
language: en
subjects:
  kafka: Kafka
  rabbitmq: RabbitMQ
ratings:
  s:
    title: Scenarios
    rows:
      tricky:
        label: "[bold]Replay[/bold] of events"
        kafka: 👍 [red]offsets[/red]
        rabbitmq: ❌ no
"""


@pytest.fixture
def store(tmp_db):
    with Store.open(tmp_db) as s:
        yield s


def text_of(app, selector: str) -> str:
    """The text a person sees in a widget and every Static inside it."""
    node = app.screen.query_one(selector)
    statics = ([node] if isinstance(node, Static) else []) + list(node.query(Static))
    return "\n".join(str(s.render()) for s in statics if s.display)


async def test_scenario_quiz_with_number_keys_feedback_and_score(store, now, small_deck_path):
    app = make_app(store=store, clock=FakeClock(now), screen="quiz", deck_name=str(small_deck_path), kind="scenario", count=2, seed=1)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        assert "0 done · 2 left" in text_of(app, "#quiz-progress")
        card = screen.session.current
        assert card.front in text_of(app, "#quiz-card")
        right = sorted(card.correct)
        for i in right:
            await pilot.press(str(i + 1))
        assert "[x]" in text_of(app, "#quiz-choices")
        await pilot.press("enter")
        await pilot.pause()
        feedback = text_of(app, "#quiz-feedback")
        assert "✔ Right" in feedback
        assert "Kafka: 👍 offsets" in feedback  # every broker's rating and note
        await pilot.press("enter")  # next question
        assert "1 done · 1 left" in text_of(app, "#quiz-progress")
        second = screen.session.current
        wrong_pick = next(i for i in range(len(second.choices)) if i not in second.correct | second.optional)
        await pilot.press(str(wrong_pick + 1))
        await pilot.press("enter")
        await pilot.pause()
        last = screen.session.results[-1]
        assert last.grade.verdict != "right"
        assert ("✘ Wrong" if last.grade.verdict == "wrong" else "◐ Partly") in text_of(app, "#quiz-feedback")
        await pilot.press("enter")
        await pilot.pause()
        summary = text_of(app, "#quiz-summary")
        session = screen.session
        assert f"Score: {session.score:.1f}/2 ({session.percent()}%) · 1 right" in summary
        assert second.front in summary  # listed to look at again
        await pilot.press("q")
    rows = list(store.db.query("SELECT mode, scheduled, rating FROM reviews ORDER BY id"))
    assert [r["mode"] for r in rows] == ["quiz", "quiz"]
    assert all(r["scheduled"] == 0 for r in rows)
    assert rows[0]["rating"] == 3 and rows[1]["rating"] == 1


async def test_typed_answer_for_short_answer_cards(store, now, small_deck_path):
    app = make_app(store=store, clock=FakeClock(now), screen="quiz", deck_name=str(small_deck_path), kind="all", count=30, seed=2)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        # answer choice cards with a wrong empty pick until a typed card comes
        while screen.session.current.is_choice:
            await pilot.press("enter")
            await pilot.press("enter")
        card = screen.session.current
        answer = screen.query_one("#quiz-answer", Input)
        assert answer.display and app.focused is answer
        await pilot.press(*card.back)
        await pilot.press("enter")
        await pilot.pause()
        assert "✔ Right" in text_of(app, "#quiz-feedback")
        assert screen.session.results[-1].answer == card.back


async def test_deck_text_is_shown_literally(store, now, tmp_path):
    deck = tmp_path / "markup.yaml"
    deck.write_text(MARKUP_DECK, encoding="utf-8")
    app = make_app(store=store, clock=FakeClock(now), screen="quiz", deck_name=str(deck), kind="scenario", count=1, seed=1)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "[bold]Replay[/bold] of events" in text_of(app, "#quiz-card")
        await pilot.press("1", "enter")
        await pilot.pause()
        assert "👍 [red]offsets[/red]" in text_of(app, "#quiz-feedback")


async def test_a_bad_deck_is_a_message(store, now, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\n  broken: [\n", encoding="utf-8")
    app = make_app(store=store, clock=FakeClock(now), screen="home")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_mode("quiz", deck_name=str(bad))
        await pilot.pause()
        assert not isinstance(app.screen, QuizScreen)
        assert any(str(bad) in str(n.message) for n in app._notifications)
